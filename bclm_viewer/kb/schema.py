"""The KB schema: a public interface (the app, the CLI and Datasette users query it).

Tables and columns named in the project's issue must never be renamed; new ones may be added.
Bump ``SCHEMA_VERSION`` whenever the DDL changes so cached KBs are rebuilt.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from bclm_viewer.kb.errors import KbError

SCHEMA_VERSION = 5

EFFECTS = ("poor", "favourable", "not significant")
ENDPOINTS = ("OS", "DFS")
ANALYSES = ("univariate", "multivariate")
QUESTION_KINDS = ("question", "perspective")

# One tokenizer for every full-text table, so a query means the same thing in each.
TOKENIZE = "unicode61 remove_diacritics 2"
# Prefix lengths indexed for search-as-you-type (see search_index): 1 to 16 characters.
PREFIXES = " ".join(str(n) for n in range(1, 17))
# The kinds of search_index rows; equal ranks are listed in this order, unlisted kinds last.
SEARCH_KINDS = ("study", "slide", "finding", "outcome", "question", "glossary")
# Rowids of ``search_index`` say what a row is without reading it (see ``kb/derived.py``):
# ``(block << SEARCH_ROWID_SHIFT) | (kind << SEARCH_KIND_SHIFT) | n`` where ``block`` is 0 for
# rows of no study (slides, questions, glossary) and ``study_list.ord + 1`` for a study's rows
# (its own, its findings', its figures'), ``kind`` the index in SEARCH_KINDS (6: another kind)
# and ``n`` 1, 2, 3... So a hit's study is ``(rowid >> SEARCH_ROWID_SHIFT) - 1``.
# What it buys, on 10,000 studies (8,000-15,000 matching rows; CPU time, median of 15): the
# studies a two-word text filter hits in 2.2-3.3 ms, against 25-36 ms reading each row's
# ``study_id`` and 5.4-7.8 ms through a rowid -> study table; the hits' kind order 0.5-1.5 ms
# less than reading the ``kind`` column. Readers: ``query/working_set.py``, ``query/search.py``.
SEARCH_ROWID_SHIFT = 20
SEARCH_KIND_SHIFT = 17

DDL = f"""
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
    sort_order INTEGER NOT NULL,
    n_controls INTEGER  -- a case-control study: n_patients cases / n_controls controls
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
    sort_order INTEGER NOT NULL,
    see_also TEXT  -- JSON list of related factor ids, kept apart (bone -> extrahepatic)
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
-- What the KB reads into a slide beyond its words (a layout read as a column's meaning, "Cox"
-- read as multivariate, a slide attributed to a study): one row per field so read, with the
-- reason. ``table_name`` is 'studies', 'outcomes' or 'study_factors'; ``row_id`` that table's
-- id; ``field`` the content field name (a column name, or 'group' = group_label, 'p' =
-- p_value, 'value' = the parsed value of value_text, 'study' = the row's attribution to its
-- study). A field without a row here is what the slide says.
CREATE TABLE readings (
    table_name TEXT NOT NULL CHECK (table_name IN ('studies', 'outcomes', 'study_factors')),
    row_id TEXT NOT NULL,
    study_id TEXT NOT NULL REFERENCES studies(id),
    field TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    PRIMARY KEY (table_name, row_id, field)
);
CREATE INDEX idx_readings_study ON readings(study_id);
CREATE INDEX idx_studies_slide ON studies(slide);
CREATE INDEX idx_studies_year ON studies(year);
CREATE INDEX idx_studies_sort ON studies(sort_order, id);  -- pages of the matrix, in order
CREATE INDEX idx_outcomes_study ON outcomes(study_id);
CREATE INDEX idx_outcomes_measure ON outcomes(measure);
-- A slide's figures and findings in their listed order, a page at a time (slides page).
CREATE INDEX idx_outcomes_slide ON outcomes(slide, study_id, sort_order, id);
CREATE INDEX idx_study_factors_study ON study_factors(study_id);
CREATE INDEX idx_study_factors_factor ON study_factors(factor_id, effect, endpoint, study_id);
CREATE INDEX idx_study_factors_slide ON study_factors(slide, study_id, sort_order, id);
-- The evidence matrix's agreement check: a factor's (effect, level) groups from the index alone.
CREATE INDEX idx_study_factors_level ON study_factors(factor_id, effect, level, study_id);
CREATE INDEX idx_questions_slide ON questions(slide);
-- Full-text search over studies, slides, findings, figures and questions: one table so one
-- query ranks them together. Accents and case are folded by the tokenizer. The prefix indexes
-- (1 to 16 characters) answer each keystroke of search-as-you-type ("h*", "hé*"... "résection*")
-- from one doclist: without them FTS5 merges, at every query, the doclists of every term that
-- starts so (3 ms for "hép*" or "résection*" on 10,000 studies, as much again for the bm25 rank,
-- and again for the snippets); they cost ~35% more index (see kb/search.py).
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    ref UNINDEXED,
    study_id UNINDEXED,
    slide UNINDEXED,
    title,
    body,
    tokenize = '{TOKENIZE}',
    prefix = '{PREFIXES}'
);
"""

# Derived at build time from the tables above by ``kb/derived.py`` (never edited by hand): what
# the studies list needs to filter, count, facet and sort 10,000 studies within a frame.
DERIVED_DDL = f"""
-- One row per study in deck order (sort_order, id): ``ord`` (0, 1, 2...) is the study's bit in
-- every bitset below and its rowid block in search_index. The list's columns, ready to show.
CREATE TABLE study_list (
    ord INTEGER PRIMARY KEY,
    study_id TEXT NOT NULL UNIQUE REFERENCES studies(id),
    label TEXT NOT NULL,
    first_author TEXT,
    year INTEGER,
    journal TEXT,
    kind TEXT,
    n_patients INTEGER,
    period TEXT,
    centre TEXT,
    os5_text TEXT,
    dfs5_text TEXT,
    r0_text TEXT,
    n_controls INTEGER,
    readings TEXT  -- JSON object (list column -> reason) of the columns above read into a slide
);
-- The studies having a finding on a factor with this effect and endpoint (NULL: not said), as
-- a bitset over study_list.ord (little-endian bytes: bit k of the integer is ord k).
CREATE TABLE finding_bits (
    factor_id TEXT NOT NULL REFERENCES factors(id),
    effect TEXT NOT NULL,
    endpoint TEXT,
    studies BLOB NOT NULL,
    UNIQUE (factor_id, effect, endpoint)
);
-- Every study's ord in list order, per sort key and direction (unsigned 32-bit little-endian).
CREATE TABLE study_orders (
    sort_key TEXT NOT NULL,
    descending INTEGER NOT NULL,
    ords BLOB NOT NULL,
    PRIMARY KEY (sort_key, descending)
) WITHOUT ROWID;
-- All the searchable text of a study (its row, findings and figures) as one document, rowid
-- ord + 1: the studies a one-word query hits, without visiting each matching row.
CREATE VIRTUAL TABLE study_text USING fts5(
    text,
    content = '',
    detail = none,
    tokenize = '{TOKENIZE}',
    prefix = '{PREFIXES}'
);
"""


# Every table of this schema, read from the DDL above: a file without one of them is not ours.
KB_TABLES = frozenset(re.findall(r"CREATE (?:VIRTUAL )?TABLE (\w+)", DDL + DERIVED_DDL))


def missing_tables(con: sqlite3.Connection) -> list[str]:
    """The tables of ``KB_TABLES`` an open SQLite file lacks, sorted (none: a KB of ours).
    The one test of "is this a KB of ours?", for the cache and for ``KnowledgeBase``."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return sorted(KB_TABLES - tables)


def not_a_kb(path: Path, missing: list[str]) -> KbError:
    """The error for a file lacking the ``missing`` tables (see ``missing_tables``)."""
    return KbError(
        f"« {path} » n'est pas une base de connaissances bclm-viewer "
        f"(tables manquantes : {', '.join(missing)})."
    )
