"""The KB schema: a public interface (the app, the CLI and Datasette users query it).

Tables and columns named in the project's issue must never be renamed; new ones may be added.
Bump ``SCHEMA_VERSION`` whenever the DDL changes so cached KBs are rebuilt.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

EFFECTS = ("poor", "favourable", "not significant")
ENDPOINTS = ("OS", "DFS")
ANALYSES = ("univariate", "multivariate")
QUESTION_KINDS = ("question", "perspective")

DDL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE slides (
    number INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT NOT NULL,
    source_path TEXT NOT NULL
);
CREATE TABLE studies (
    id TEXT PRIMARY KEY,
    first_author TEXT,
    year INTEGER,
    journal TEXT,
    title TEXT,
    kind TEXT,
    centre TEXT,
    period TEXT,
    n_patients INTEGER,
    slide INTEGER REFERENCES slides(number),
    notes_md TEXT NOT NULL,
    notes_html TEXT NOT NULL,
    label TEXT NOT NULL,
    citation TEXT NOT NULL,
    source_path TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL,
    category TEXT,
    higher_is_better INTEGER,
    sort_order INTEGER NOT NULL
);
CREATE TABLE factors (
    id TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    category TEXT NOT NULL,
    synonyms TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE outcomes (
    id TEXT PRIMARY KEY,
    study_id TEXT NOT NULL REFERENCES studies(id),
    measure TEXT NOT NULL REFERENCES measures(id),
    value REAL,
    unit TEXT NOT NULL,
    value_text TEXT NOT NULL,
    value_low REAL,
    value_high REAL,
    qualifier TEXT,
    group_label TEXT,
    p_value TEXT,
    slide INTEGER NOT NULL REFERENCES slides(number),
    source TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE study_factors (
    id TEXT PRIMARY KEY,
    study_id TEXT NOT NULL REFERENCES studies(id),
    factor_id TEXT NOT NULL REFERENCES factors(id),
    level TEXT,
    effect TEXT NOT NULL CHECK (effect IN ('poor', 'favourable', 'not significant')),
    endpoint TEXT CHECK (endpoint IN ('OS', 'DFS')),
    analysis TEXT CHECK (analysis IN ('univariate', 'multivariate')),
    p_value TEXT,
    slide INTEGER NOT NULL REFERENCES slides(number),
    source TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE questions (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('question', 'perspective')),
    text TEXT NOT NULL,
    slide INTEGER NOT NULL REFERENCES slides(number),
    source TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE glossary (
    term TEXT PRIMARY KEY,
    meaning_fr TEXT NOT NULL,
    meaning_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);
-- One row per study: the headline figures of the studies list, denormalised at build time
-- so the list never aggregates at run time. NULL text means "not reported".
CREATE TABLE study_summary (
    study_id TEXT PRIMARY KEY REFERENCES studies(id),
    os5_text TEXT,
    os5_value REAL,
    dfs5_text TEXT,
    dfs5_value REAL,
    r0_text TEXT,
    r0_value REAL,
    n_outcomes INTEGER NOT NULL,
    n_findings INTEGER NOT NULL
);
CREATE INDEX idx_studies_slide ON studies(slide);
CREATE INDEX idx_studies_year ON studies(year);
CREATE INDEX idx_studies_sort ON studies(sort_order, id);  -- pages of the matrix, in order
CREATE INDEX idx_outcomes_study ON outcomes(study_id);
CREATE INDEX idx_outcomes_measure ON outcomes(measure);
CREATE INDEX idx_outcomes_slide ON outcomes(slide);
CREATE INDEX idx_study_factors_study ON study_factors(study_id);
CREATE INDEX idx_study_factors_factor ON study_factors(factor_id, effect, endpoint, study_id);
CREATE INDEX idx_study_factors_slide ON study_factors(slide);
-- The evidence matrix's agreement check: a factor's (effect, level) groups from the index alone.
CREATE INDEX idx_study_factors_level ON study_factors(factor_id, effect, level, study_id);
CREATE INDEX idx_questions_slide ON questions(slide);
-- Full-text search over studies, slides, findings, figures and questions: one table so one
-- query ranks them together. Accents and case are folded by the tokenizer. The prefix index
-- ('1 2') answers search-as-you-type's first keystrokes ("h*", "hé*") without merging the
-- doclists of every term that starts so (see kb/search.py and benchmarks/queries.py).
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    ref UNINDEXED,
    study_id UNINDEXED,
    slide UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);
"""
