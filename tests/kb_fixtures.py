"""A minimal, valid content tree for tests (``write_minimal_content``), per docs/content-format.md.

The studies, names and figures here are synthetic test data, not the deck's. They cover what the
build must handle: a decimal comma, a range, a bound, a point with its range, groups, p-values,
findings with and without endpoint/analysis, a figure on another slide than its study's, a study
without journal, the clinical case, accents (``hépatectomie``), questions and perspectives.

Use it from a test::

    from kb_fixtures import write_minimal_content

    content = write_minimal_content(tmp_path / "content")
"""

from __future__ import annotations

from pathlib import Path

SLIDES: dict[str, str] = {
    "01-durand.md": """\
---
number: 1
title: "Durand"
---
Une série test de résection hépatique
Durand A & al. Revue Test 2010

• 108 MHKS opérées ; 90-05 ; Centre Test
• OS5: 37% / DFS5: 21%
• R0: 65% - DFS médian: 14,2 mois
• Hépatectomie majeure itérative
• Cox -: Absence de réponse au TTT
• Évolution : -2
""",
    "02-martin.md": """\
---
number: 2
title: "Martin"
---
Martin B & al. Journal Test 2012

• OS5 des MHKS tous stades < 10%
• opérées 40-60%
• 2 [0,7 – 7] interventions par an
• N0/ N1   p:0.049
""",
    "03-questions.md": """\
---
number: 3
title: "Questions"
---
Questions

Impact de la chir sur les malades sélectionnés?

Perspectives : hépatectomie en deux temps

F, 54 ans
Bernard 2015 : OS5 50%
""",
}

STUDIES: dict[str, str] = {
    "durand-2010.md": """\
---
first_author: "Durand A"
year: 2010
journal: "Revue Test"
title: "Une série test de résection hépatique"
kind: series
centre: "Centre Test"
period: "1990–2005"
period_source: "90-05"
n_patients: 108
n_patients_source: "108 MHKS opérées"
slide: 1
outcomes:
  - measure: operated_n
    value: "108"
    source: "108 MHKS opérées"
  - measure: os5
    value: "37"
    source: "OS5: 37%"
  - measure: dfs5
    value: "21"
    source: "DFS5: 21%"
  - measure: r0_pct
    value: "65"
    source: "R0: 65%"
  - measure: median_dfs_months
    value: "14,2"
    source: "DFS médian: 14,2 mois"
findings:
  - factor: systemic_response
    level: "absence de réponse au TTT"
    effect: poor
    endpoint: OS
    analysis: multivariate
    source: "Cox -: Absence de réponse au TTT"
---
Série test : **hépatectomie** majeure itérative.
""",
    "martin-2012.md": """\
---
first_author: "Martin B"
year: 2012
journal: "Journal Test"
kind: systematic-review
slide: 2
outcomes:
  - measure: os5
    value: "< 10"
    group: "tous stades"
    source: "OS5 des MHKS tous stades < 10%"
  - measure: os5
    value: "40-60"
    group: "opérées"
    source: "opérées 40-60%"
  - measure: cases_per_year
    value: "2 [0,7 – 7]"
    source: "2 [0,7 – 7] interventions par an"
findings:
  - factor: nodal_status
    level: "N1 (vs N0)"
    effect: poor
    p: "0.049"
    source: "N0/ N1 p:0.049"
---
""",
    "bernard-2015.md": """\
---
first_author: "Bernard"
year: 2015
slide: 3
outcomes:
  - measure: os5
    value: "50"
    source: "Bernard 2015 : OS5 50%"
---
Cité sur la diapositive 3 seulement.
""",
    "cas-clinique.md": """\
---
title: "F, 54 ans"
kind: clinical-case
slide: 3
outcomes:
  - measure: age_years
    value: "54"
    source: "F, 54 ans"
---
Cas clinique.
""",
}

FACTORS = """\
- id: systemic_response
  name_fr: "Réponse au traitement systémique"
  name_en: "Response to systemic treatment"
  category: "Traitement systémique"
  synonyms: ["Réponse au TTT"]
- id: nodal_status
  name_fr: "Statut ganglionnaire (N0/N1)"
  name_en: "Nodal status"
  category: "Tumeur primitive"
  synonyms: ["N0/ N1", "N0", "N1"]
"""

MEASURES = """\
- id: os5
  name_fr: "OS5 (survie globale à 5 ans)"
  name_en: "5-year overall survival"
  unit: "%"
  category: "Survie"
  higher_is_better: true
- id: dfs5
  name_fr: "DFS5 (survie sans récidive à 5 ans)"
  name_en: "5-year disease-free survival"
  unit: "%"
  category: "Survie"
  higher_is_better: true
- id: r0_pct
  name_fr: "Résection R0"
  name_en: "R0 resection"
  unit: "%"
  category: "Chirurgie"
- id: median_dfs_months
  name_fr: "DFS médian"
  name_en: "Median disease-free survival"
  unit: "mois"
  category: "Survie"
- id: operated_n
  name_fr: "MHKS opérées"
  name_en: "Patients operated on"
  unit: "n"
  category: "Effectifs"
- id: cases_per_year
  name_fr: "Interventions par an"
  name_en: "Operations per year"
  unit: "/an"
  category: "Revue"
- id: age_years
  name_fr: "Âge"
  name_en: "Age"
  unit: "ans"
  category: "Cas clinique"
"""

QUESTIONS = """\
- id: q1
  kind: question
  slide: 3
  text: "Impact de la chir sur les malades sélectionnés?"
- id: p1
  kind: perspective
  slide: 3
  text: "hépatectomie en deux temps"
  source: "Perspectives : hépatectomie en deux temps"
"""

GLOSSARY = """\
- term: "MHKS"
  meaning_fr: "métastases hépatiques de cancer du sein"
  meaning_en: "breast cancer liver metastases (BCLM)"
- {term: "OS5", meaning_fr: "survie globale à 5 ans", meaning_en: "5-year overall survival"}
"""


def _body(slide_file: str) -> str:
    return slide_file.split("---\n", 2)[2]


DECK = "\n\n".join(_body(text) for _name, text in sorted(SLIDES.items()))


def write_minimal_content(root: Path) -> Path:
    """Write the minimal valid content tree into ``root`` (created) and return ``root``.

    Problems name files relative to ``root``'s parent, e.g. ``content/studies/durand-2010.md``
    for ``root = tmp_path / "content"``.
    """
    (root / "slides").mkdir(parents=True, exist_ok=True)
    (root / "studies").mkdir(parents=True, exist_ok=True)
    for name, text in SLIDES.items():
        (root / "slides" / name).write_text(text, encoding="utf-8")
    for name, text in STUDIES.items():
        (root / "studies" / name).write_text(text, encoding="utf-8")
    for name, text in (
        ("factors.yaml", FACTORS),
        ("measures.yaml", MEASURES),
        ("questions.yaml", QUESTIONS),
        ("glossary.yaml", GLOSSARY),
        ("deck.txt", DECK),
    ):
        (root / name).write_text(text, encoding="utf-8")
    return root


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace ``old`` by ``new`` in the file (it must be there: a test that edits nothing
    would prove nothing)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, text: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line of ``path`` containing ``text``."""
    found = [
        i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line
    ]
    assert len(found) >= nth, f"{text!r} not found {nth} time(s) in {path}"
    return found[nth - 1]
