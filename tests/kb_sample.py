"""A sample KB written straight from ``schema.DDL`` with plain sqlite3, for tests and benchmarks.

The first seven studies mirror the deck (its figures, quoted as the slides write them, with the
gaps the deck leaves: no journal, no year, ranges, "< 10", no OS at all). The rest are synthetic
(ids ``synth-NNNNN``, seeded, same rows every run) so the query API can be tested and timed at
10,000 studies without the real build.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bclm_viewer.kb import derived, schema

SLIDES = [
    (1, "MHKS", "MHKS\nSurgical management of non colorectal cancer liver metastases.\n"
        "Page AL et al. Cancer 2014\nOS5 : < 10 %\nOS5 opérées : 40-60 %"),
    (2, "Bergenfeldt", "Bergenfeldt M et al. EJSO 2011\nRevue systématique\n"
        "32 publications rétrospectives\n2 [0,7 – 7] opérations par an"),
    (3, "Chua", "Chua TC et al. EJC 2011\n1,8 case per annum"),
    (4, "Adam", "Adam R et al. Ann Surg 2006\n85 MHKS ; 84-04; Hôpital Paul Brousse\n"
        "Hépatectomie majeure (>3 segments): 54 (63%)\nR0: 65%\nOS5: 37%\nDFS5: 21%\n"
        "Cox -: Absence de réponse au TTT systémique\n"
        "R2 absence de chirurgie hépatique itérative"),
    (5, "Mariani", "Mariani P et al. EJSO 2013\nCas-témoins\nN0/ N1 p=0.049\n"
        "Chir Hepat O/N\nNS : Age, RH, HER2, IL"),
    (6, "Abbott", "Abbott DE et al. Surgery 2012\nMD Anderson\nR0: 90%\n"
        "DFS médian: 14,2 mois\nOS5: 43,6%\nRH+ : facteur favorable"),
    (7, "34 résections", "34 résections\nFacteurs de mauvais pronostic : HER2 -, "
        "M+ extra hépatique, Age > 50"),
    (8, "F, 54 ans", "F, 54 ans\nGr III, RH-, HER2+\nMHKS synchrone\n8 cycles:"),
    (9, "Perspectives", "Perspectives\nSélection des patientes\n"
        "Chirurgie adjuvante du traitement systémique"),
    (10, "Questions", "Questions\nImpact de la chir sur les malades sélectionnés?"),
    (11, "Facteurs de mauvais pronostics", "Facteurs de mauvais pronostics\n"
         "Treska 2014 : Age, IL (< 4 ans), M+ extra hépatique (OS) ; Diam > 35 mm, RH- (DFS)"),
]

FACTORS = [
    ("age", "Âge", "Age", "Patiente", ["Age", "Age < 50", "Age > 50"]),
    ("nodal_status", "Statut ganglionnaire (N0/N1)", "Nodal status of the primary (N0/N1)",
     "Tumeur primitive", ["N0/ N1", "N0", "N1"]),
    ("hormone_receptors", "Récepteurs hormonaux (RH)", "Hormone receptor status",
     "Biologie tumorale", ["RH", "RH+", "RH +", "RH-"]),
    ("her2", "Statut HER2", "HER2 status", "Biologie tumorale", ["HER2", "HER2+", "HER2 -"]),
    ("disease_free_interval", "Intervalle libre (IL)", "Disease-free interval",
     "Maladie métastatique", ["IL", "IL (< 4 ans)"]),
    ("extrahepatic_metastases", "Métastases extra-hépatiques", "Extrahepatic metastases",
     "Maladie métastatique", ["M+ extra hépatique"]),
    ("bone_metastases", "Métastases osseuses (M+ Os)", "Bone metastases",
     "Maladie métastatique", ["M+ Os"]),
    ("metastasis_diameter", "Diamètre de la plus grosse MH (Diam)",
     "Diameter of the largest metastasis", "Maladie métastatique", ["Diam", "Diam > 35 mm"]),
    ("chemo_cycles", "Nombre de cycles de Ct", "Number of chemotherapy cycles",
     "Traitement systémique", ["Nbre de cycles de Ct"]),
    ("systemic_response", "Réponse au traitement systémique", "Response to systemic treatment",
     "Traitement systémique", ["Réponse au TTT"]),
    ("resection_margin", "Marge de résection (R0 / R2)", "Resection margin (R0 / R2)",
     "Chirurgie", ["R0", "R2"]),
    ("repeat_hepatectomy", "Chirurgie hépatique itérative", "Repeat hepatectomy", "Chirurgie",
     ["chirurgie hépatique itérative"]),
    ("liver_surgery", "Chirurgie hépatique (O/N)", "Liver surgery (yes/no)", "Chirurgie",
     ["Chir Hepat O/N"]),
]

MEASURES = [
    ("os5", "OS5 (survie globale à 5 ans)", "5-year overall survival (OS5)", "%", "Survie", 1),
    ("dfs5", "DFS5 (survie sans récidive à 5 ans)", "5-year disease-free survival (DFS5)", "%",
     "Survie", 1),
    ("median_dfs_months", "DFS médian", "Median disease-free survival", "mois", "Survie", 1),
    ("follow_up_months", "Suivi (FU)", "Follow-up (FU)", "mois", "Survie", None),
    ("r0_pct", "Résection R0", "R0 resection", "%", "Chirurgie", 1),
    ("her2_positive_pct", "HER2+", "HER2 positive", "%", "Présentation", None),
    ("hr_positive_pct", "RH+", "Hormone receptor positive", "%", "Présentation", None),
    ("patients_n", "Effectif (groupe)", "Number of patients (group)", "n", "Effectifs", None),
    ("operations_per_year", "Opérations par an", "Operations per year", "/an", "Effectifs", None),
]
_MEASURE_NAME = {m[0]: m[1] for m in MEASURES}
_MEASURE_UNIT = {m[0]: m[3] for m in MEASURES}
_FACTOR_NAME = {f[0]: f[1] for f in FACTORS}

QUESTIONS = [
    ("q1", "question", "Impact de la chir sur les malades sélectionnés?", 10),
    ("p1", "perspective", "Sélection des patientes", 9),
    ("p2", "perspective", "Chirurgie adjuvante du traitement systémique", 9),
]
GLOSSARY = [
    ("MHKS", "métastases hépatiques de cancer du sein", "breast cancer liver metastases (BCLM)"),
    ("OS5", "survie globale à 5 ans", "5-year overall survival"),
    ("RH", "récepteurs hormonaux", "hormone receptors"),
]


@dataclass
class Study:
    id: str
    slide: int
    first_author: str | None = None
    year: int | None = None
    journal: str | None = None
    title: str | None = None
    kind: str | None = None
    centre: str | None = None
    period: str | None = None
    n_patients: int | None = None
    notes: str = ""
    label: str = ""
    # (measure, value_text, group, p, source)
    outcomes: list[tuple[str, str, str | None, str | None, str]] = field(default_factory=list)
    # (factor, level, effect, endpoint, analysis, p, source)
    findings: list[tuple[str, str | None, str, str | None, str | None, str | None, str]] = (
        field(default_factory=list)
    )


DECK_STUDIES = [
    Study("page-2014", 1, "Page AL", 2014, "Cancer",
          "Surgical management of non colorectal cancer liver metastases",
          outcomes=[("os5", "< 10", None, None, "OS5 : < 10 %"),
                    ("os5", "40-60", "opérées", None, "OS5 opérées : 40-60 %")]),
    Study("bergenfeldt-2011", 2, "Bergenfeldt M", 2011, "EJSO",
          "Liver resection and local ablation of breast cancer liver metastases: "
          "a systematic review", kind="systematic-review",
          outcomes=[("operations_per_year", "2 [0,7 – 7]", None, None,
                     "2 [0,7 – 7] opérations par an")]),
    Study("adam-2006", 4, "Adam R", 2006, "Ann Surg",
          "Is liver resection justified for patients with hepatic metastases from breast "
          "cancer?", "series", "Hôpital Paul Brousse", "1984–2004", 85,
          notes="Série de l'Hôpital Paul Brousse : 85 réséquées. Hépatectomie majeure.",
          outcomes=[("r0_pct", "65", None, None, "R0: 65%"), ("os5", "37", None, None, "OS5: 37%"),
                    ("dfs5", "21", None, None, "DFS5: 21%")],
          findings=[("systemic_response", "absence de réponse au TTT systémique", "poor", None,
                     "multivariate", None, "Cox -: Absence de réponse au TTT systémique"),
                    ("resection_margin", "R2", "poor", None, "multivariate", None,
                     "R2 absence de chirurgie hépatique itérative"),
                    ("repeat_hepatectomy", "absence de chirurgie hépatique itérative", "poor",
                     None, "multivariate", None, "R2 absence de chirurgie hépatique itérative")]),
    Study("mariani-2013", 5, "Mariani P", 2013, "EJSO",
          "Liver metastases from breast cancer: surgical resection or not? A case-matched "
          "control study in highly selected patients", "case-control", None, "1988–2007", 51,
          findings=[("nodal_status", "N1", "poor", None, None, "0.049", "N0/ N1 p=0.049"),
                    ("liver_surgery", None, "favourable", None, None, None, "Chir Hepat O/N"),
                    ("age", None, "not significant", None, None, None, "NS : Age, RH, HER2, IL"),
                    ("her2", None, "not significant", None, None, None,
                     "NS : Age, RH, HER2, IL")]),
    Study("abbott-2012", 6, "Abbott DE", 2012, "Surgery",
          "Resection of liver metastases from breast cancer: estrogen receptor status and "
          "response to chemotherapy before metastasectomy define outcome", "series",
          "MD Anderson", "1997–2010", 86,
          outcomes=[("r0_pct", "90", None, None, "R0: 90%"),
                    ("median_dfs_months", "14,2", None, None, "DFS médian: 14,2 mois"),
                    ("os5", "43,6", None, None, "OS5: 43,6%")],
          findings=[("hormone_receptors", "RH+", "favourable", None, "multivariate", None,
                     "RH+ : facteur favorable")]),
    Study("treska-2014", 11, "Treska", 2014, None, None, "series", n_patients=24,
          findings=[("age", None, "poor", "OS", None, None, "Treska 2014 : Age"),
                    ("disease_free_interval", "IL (< 4 ans)", "poor", "OS", None, None,
                     "IL (< 4 ans)"),
                    ("age", None, "poor", "DFS", None, None, "Treska 2014 : Age"),
                    ("hormone_receptors", "RH-", "poor", "DFS", None, None, "RH- (DFS)"),
                    ("metastasis_diameter", "Diam > 35 mm", "poor", "DFS", None, None,
                     "Diam > 35 mm")]),
    Study("cas-clinique", 8, title="F, 54 ans", kind="clinical-case", label="Cas clinique",
          notes="Cas clinique : F, 54 ans ; Gr III, RH-, HER2+ ; MHKS synchrone."),
]

AUTHORS = ["Élie M", "Müller K", "Ødegård T", "García-López J", "Lefèvre C", "Nguyễn T",
           "O'Brien P", "Zhang W", "Dupont A", "Bénard F", "Çelik S", "Ångström L"]
JOURNALS = ["Ann Surg", "EJSO", "Surgery", "HPB", "Br J Surg", "Ann Surg Oncol", "Cancer",
            "J Chir Hépato-Bil", None]
CENTRES = ["Hôpital Paul Brousse", "Institut Curie", "Centre Léon Bérard", "MD Anderson",
           "Hôpital Beaujon", "Gustave Roussy", None]
KINDS = ["series"] * 14 + ["systematic-review", "case-control", "clinical-case", None]
EFFECTS = ["poor"] * 5 + ["favourable"] * 2 + ["not significant"] * 3
ENDPOINTS = ["OS", "OS", "DFS", None]
OTHER_MEASURES = ["follow_up_months", "her2_positive_pct", "hr_positive_pct", "patients_n"]
WORDS = ("hépatectomie résection métastases hépatiques sein chimiothérapie réponse systémique "
         "récidive synchrone métachrone sélection pronostic survie").split()


def _pct(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.08:
        lo = rng.randint(10, 50)
        return f"{lo}-{lo + 20}"
    if r < 0.12:
        return f"< {rng.randint(5, 20)}"
    if r < 0.4:
        return f"{rng.randint(5, 90)},{rng.randint(1, 9)}"
    return str(rng.randint(5, 95))


def _synthetic(i: int, rng: random.Random) -> Study:
    kind = rng.choice(KINDS)
    case = kind == "clinical-case"
    author = None if case else rng.choice(AUTHORS)
    year = None if rng.random() < 0.08 else rng.randint(1985, 2023)
    y0 = rng.randint(1980, 2010)
    s = Study(
        f"synth-{i:05d}", rng.randint(1, len(SLIDES)), author, year,
        None if case else rng.choice(JOURNALS),
        f"Résection hépatique des MHKS : série n°{i}", kind, rng.choice(CENTRES),
        None if rng.random() < 0.2 else f"{y0}–{y0 + rng.randint(3, 20)}",
        None if rng.random() < 0.1 else rng.randint(5, 400),
        notes=" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))),
    )
    for measure, share in (("os5", 0.8), ("dfs5", 0.6), ("r0_pct", 0.6),
                           ("median_dfs_months", 0.4)):
        if rng.random() < share:
            v = _pct(rng)
            s.outcomes.append((measure, v, None, None, f"{measure.upper()}: {v}%"))
    for _ in range(rng.randint(14, 26) - len(s.outcomes)):
        m = rng.choice(OTHER_MEASURES)
        v = str(rng.randint(1, 99))
        group = rng.choice([None, None, "opérées", "non opérées"])
        s.outcomes.append((m, v, group, rng.choice([None, None, "0.049", "<0.0001"]),
                           f"{_MEASURE_NAME[m]}: {v}"))
    for _ in range(rng.randint(8, 16)):
        fid, name_fr = rng.choice(FACTORS)[:2]
        s.findings.append((fid, rng.choice([None, name_fr, f"{name_fr} > 50"]),
                           rng.choice(EFFECTS), rng.choice(ENDPOINTS),
                           rng.choice([None, "univariate", "multivariate"]),
                           rng.choice([None, "0.049", "NS"]), f"{name_fr} ({rng.choice(WORDS)})"))
    return s


def studies(n: int, seed: int = 1234) -> Iterator[Study]:
    """The first ``n`` sample studies: the deck-like ones, then synthetic ones."""
    yield from DECK_STUDIES[:n]
    rng = random.Random(seed)
    for i in range(max(0, n - len(DECK_STUDIES))):
        yield _synthetic(i + 1, rng)


_NUMBER = r"\d+(?:,\d+)?"


def parse_value(text: str) -> tuple[float | None, float | None, float | None, str | None]:
    """(value, low, high, qualifier) per docs/content-format.md (French decimal comma)."""
    num = lambda t: float(t.replace(",", "."))  # noqa: E731
    t = text.strip()
    if m := re.fullmatch(rf"({_NUMBER})\s*\[({_NUMBER})\s*–\s*({_NUMBER})\]", t):
        return num(m[1]), num(m[2]), num(m[3]), None
    if m := re.fullmatch(rf"({_NUMBER})\s*-\s*({_NUMBER})", t):
        return None, num(m[1]), num(m[2]), None
    if m := re.fullmatch(rf"<\s*({_NUMBER})", t):
        return None, None, num(m[1]), "<"
    return num(t), None, None, None


def _label(s: Study) -> str:
    if s.label:
        return s.label
    name = s.first_author or f"Cas clinique {s.id}"
    return f"{name} {s.year}" if s.year else name


SearchRow = tuple[object, ...]  # (kind, ref, study_id, slide, title, body)


def make_sample_kb(
    path: Path,
    n_studies: int = 12,
    *,
    analyze: bool = False,
    extra_search: list[SearchRow] | None = None,
) -> Path:
    """Write a KB of ``n_studies`` studies at ``path`` (replaced if present) and return it.

    ``analyze`` runs ``ANALYZE`` (planner statistics), which the real build may or may not do.
    ``extra_search`` adds rows to the full-text index (a study's rows name it in ``study_id``).
    """
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.executescript(schema.DDL)
    con.execute(derived.SEARCH_STAGE_DDL)
    con.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("schema_version", str(schema.SCHEMA_VERSION)), ("built_at", "2025-01-01T00:00:00Z"),
        ("generator", "tests/kb_sample.py")])
    con.executemany("INSERT INTO slides VALUES (?, ?, ?, ?, ?)", [
        (n, t, body, "<p>" + body.replace("\n", "<br>\n") + "</p>", f"slides/{n:02d}.md")
        for n, t, body in SLIDES])
    con.executemany("INSERT INTO factors VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (fid, fr, en, cat, json.dumps(syn, ensure_ascii=False), i, None)
        for i, (fid, fr, en, cat, syn) in enumerate(FACTORS)])
    con.executemany("INSERT INTO measures VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(*m, i) for i, m in enumerate(MEASURES)])
    con.executemany("INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?)",
                    [(q, k, t, sl, t, i) for i, (q, k, t, sl) in enumerate(QUESTIONS)])
    con.executemany("INSERT INTO glossary VALUES (?, ?, ?, ?)",
                    [(*g, i) for i, g in enumerate(GLOSSARY)])
    search: list[tuple[object, ...]] = [("slide", str(n), None, n, t, body)
                                        for n, t, body in SLIDES]
    search += [("question", q, None, sl, "", t) for q, _k, t, sl in QUESTIONS]
    search += [("glossary", term, None, None, term, f"{fr} — {en}") for term, fr, en in GLOSSARY]
    all_studies = sorted(studies(n_studies), key=lambda s: (s.year is None, s.year or 0, s.id))
    study_rows, outcome_rows, finding_rows, summary_rows = [], [], [], []
    for order, s in enumerate(all_studies):
        label = _label(s)
        citation = ", ".join(str(x) for x in (s.first_author, s.title, s.journal, s.year) if x)
        study_rows.append((s.id, s.first_author, s.year, s.journal, s.title, s.kind, s.centre,
                           s.period, s.n_patients, s.slide, s.notes, f"<p>{s.notes}</p>", label,
                           citation, f"studies/{s.id}.md", order, None))
        search.append(("study", s.id, s.id, s.slide, label,
                       " ".join(x for x in (s.title, s.journal, s.centre, s.notes) if x)))
        headline: dict[str, tuple[str, float | None]] = {}
        for k, (m, text, group, p, source) in enumerate(s.outcomes, 1):
            value, low, high, qual = parse_value(text)
            oid = f"{s.id}/o{k:02d}"
            outcome_rows.append((oid, s.id, m, value, _MEASURE_UNIT[m], text, low, high, qual,
                                 group, p, s.slide, source, k))
            headline.setdefault(m, (text, value))
            search.append(("outcome", oid, s.id, s.slide, _MEASURE_NAME[m], source))
        for k, (fid, level, effect, endpoint, analysis, p, source) in enumerate(s.findings, 1):
            rid = f"{s.id}/f{k:02d}"
            finding_rows.append((rid, s.id, fid, level, effect, endpoint, analysis, p, s.slide,
                                 source, k))
            search.append(("finding", rid, s.id, s.slide, _FACTOR_NAME[fid],
                           " ".join(x for x in (level, source) if x)))
        cells: list[object] = [s.id]
        for m in ("os5", "dfs5", "r0_pct"):
            cells += list(headline.get(m, (None, None)))
        summary_rows.append((*cells, len(s.outcomes), len(s.findings)))
    con.executemany(f"INSERT INTO studies VALUES ({', '.join('?' * 17)})", study_rows)
    con.executemany(f"INSERT INTO outcomes VALUES ({', '.join('?' * 14)})", outcome_rows)
    con.executemany(f"INSERT INTO study_factors VALUES ({', '.join('?' * 11)})", finding_rows)
    con.executemany(f"INSERT INTO study_summary VALUES ({', '.join('?' * 9)})", summary_rows)
    con.executemany(derived.SEARCH_STAGE_INSERT, search + list(extra_search or ()))
    derived.finish(con)
    counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (
        "slides", "studies", "outcomes", "study_factors", "questions", "glossary", "factors",
        "measures", "search_index")}
    con.executemany("INSERT INTO meta VALUES (?, ?)",
                    [(f"count_{t}", str(n)) for t, n in counts.items()])
    con.commit()
    if analyze:
        con.execute("ANALYZE")
        con.commit()
    con.close()
    return path
