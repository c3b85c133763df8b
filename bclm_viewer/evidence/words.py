"""The words shown for the KB's codes, defined once, without Qt: the CLI, the evidence exports
(Markdown, CSV, HTML, PDF) and the UI (through ``ui/common/labels.py``, which translates them)
all read them here, so "n.r." or "péjoratif" cannot be spelt two ways.

The KB stores English codes (``poor``, ``multivariate``, ``case-control``...) and ``None`` for
what the deck does not say: shown as ``NR`` ("n.r.", non rapporté), never 0 or blank.
``Labels`` gathers the words one rendering of the comparison and the matrix writes (the UI
passes translated ones: ``FRENCH.translated(tr)``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from bclm_viewer.i18n import QT_TRANSLATE_NOOP, translate
from bclm_viewer.query.readings import READING_MARK

NR = "n.r."  # the one spelling of a value the deck does not give

KINDS = {
    "series": QT_TRANSLATE_NOOP("Words", "série"),
    "systematic-review": QT_TRANSLATE_NOOP("Words", "revue systématique"),
    "case-control": QT_TRANSLATE_NOOP("Words", "cas-témoins"),
    "clinical-case": QT_TRANSLATE_NOOP("Words", "cas clinique"),
}
EFFECTS = {
    "poor": QT_TRANSLATE_NOOP("Words", "péjoratif"),
    "favourable": QT_TRANSLATE_NOOP("Words", "favorable"),
    "not significant": QT_TRANSLATE_NOOP("Words", "non significatif"),
}
# A shape per effect, so the effect reads without colour (and in black and white).
EFFECT_SYMBOLS = {"poor": "▼", "favourable": "▲", "not significant": "="}
EFFECTS_SHORT = {
    "poor": QT_TRANSLATE_NOOP("Words", "▼ péj."),
    "favourable": QT_TRANSLATE_NOOP("Words", "▲ fav."),
    "not significant": "= NS",
}
ENDPOINTS = {"OS": "OS", "DFS": "DFS"}
ENDPOINTS_LONG = {
    "OS": QT_TRANSLATE_NOOP("Words", "OS (survie globale)"),
    "DFS": QT_TRANSLATE_NOOP("Words", "DFS (survie sans récidive)"),
}
ANALYSES = {
    "univariate": QT_TRANSLATE_NOOP("Words", "univariée"),
    "multivariate": QT_TRANSLATE_NOOP("Words", "multivariée"),
}
ANALYSES_SHORT = {  # narrow columns
    "univariate": QT_TRANSLATE_NOOP("Words", "univ."),
    "multivariate": QT_TRANSLATE_NOOP("Words", "multiv."),
}
QUESTION_KINDS = {"question": "Question", "perspective": "Perspective"}
# The vocabularies' categories (content/factors.yaml, measures.yaml), translated where shown
# (``category``); tests/i18n fails when the content has a category missing here.
CATEGORIES = (
    QT_TRANSLATE_NOOP("Categories", "Patiente"),
    QT_TRANSLATE_NOOP("Categories", "Tumeur primitive"),
    QT_TRANSLATE_NOOP("Categories", "Biologie tumorale"),
    QT_TRANSLATE_NOOP("Categories", "Maladie métastatique"),
    QT_TRANSLATE_NOOP("Categories", "Traitement systémique"),
    QT_TRANSLATE_NOOP("Categories", "Chirurgie"),
    QT_TRANSLATE_NOOP("Categories", "Épidémiologie"),
    QT_TRANSLATE_NOOP("Categories", "Revue"),
    QT_TRANSLATE_NOOP("Categories", "Effectifs"),
    QT_TRANSLATE_NOOP("Categories", "Présentation"),
    QT_TRANSLATE_NOOP("Categories", "Survie"),
    QT_TRANSLATE_NOOP("Categories", "Récidive"),
    QT_TRANSLATE_NOOP("Categories", "Réponse"),
    QT_TRANSLATE_NOOP("Categories", "Cas clinique"),
)


@dataclass(frozen=True)
class Labels:
    """Every word the comparison and the matrix write themselves (French: ``FRENCH``; in the
    current language: ``labels()``)."""

    nr: str = NR
    poor: str = EFFECTS_SHORT["poor"]
    favourable: str = EFFECTS_SHORT["favourable"]
    not_significant: str = EFFECTS_SHORT["not significant"]
    endpoint_nr: str = QT_TRANSLATE_NOOP("Words", "critère n.r.")
    univariate: str = ANALYSES_SHORT["univariate"]
    multivariate: str = ANALYSES_SHORT["multivariate"]
    slide: str = QT_TRANSLATE_NOOP("Words", "diapo")
    best: str = "★"
    worst: str = "▽"
    characteristics: str = QT_TRANSLATE_NOOP("Words", "Caractéristiques")
    findings: str = QT_TRANSLATE_NOOP("Words", "Facteurs pronostiques")
    kind: str = QT_TRANSLATE_NOOP("Words", "Type d'étude")
    journal: str = QT_TRANSLATE_NOOP("Words", "Revue")
    year: str = QT_TRANSLATE_NOOP("Words", "Année")
    n_patients: str = QT_TRANSLATE_NOOP("Words", "N (patientes)")
    period: str = QT_TRANSLATE_NOOP("Words", "Période")
    centre: str = QT_TRANSLATE_NOOP("Words", "Centre")
    conflict: str = QT_TRANSLATE_NOOP("Words", "⚠ conflit")
    discordant: str = QT_TRANSLATE_NOOP("Words", "≠ discordance")
    undetermined: str = QT_TRANSLATE_NOOP("Words", "? sens non comparable")
    concordant: str = QT_TRANSLATE_NOOP("Words", "✓ concordant")
    single: str = QT_TRANSLATE_NOOP("Words", "une seule série")
    no_finding: str = QT_TRANSLATE_NOOP("Words", "aucun constat")
    mixed: str = QT_TRANSLATE_NOOP("Words", "mixte")
    reading: str = READING_MARK  # after a value the KB reads into the slide
    reading_legend: str = QT_TRANSLATE_NOOP(
        "Words",
        "lecture : la diapositive ne le dit pas mot pour mot (mise en page, « Cox »...) ; "
        "le motif est en note",
    )
    readings_title: str = QT_TRANSLATE_NOOP("Words", "Lectures de la diapositive")
    kinds: tuple[tuple[str, str], ...] = tuple(KINDS.items())

    def translated(self, tr: Callable[[str], str]) -> Labels:
        """These words passed through ``tr`` (the UI's translation)."""
        words = {f.name: tr(getattr(self, f.name)) for f in fields(self) if f.name != "kinds"}
        return replace(self, kinds=tuple((k, tr(v)) for k, v in self.kinds), **words)

    def effect(self, effect: str) -> str:
        return {
            "poor": self.poor,
            "favourable": self.favourable,
            "not significant": self.not_significant,
        }.get(effect, effect)

    def status(self, status: str) -> str:
        """The label of a matrix agreement status (see ``matrix``)."""
        return {
            "conflict": self.conflict,
            "discordant": self.discordant,
            "undetermined": self.undetermined,
            "concordant": self.concordant,
            "single": self.single,
            "none": self.no_finding,
        }.get(status, status)

    def kind_label(self, kind: str | None) -> str:
        if kind is None:
            return self.nr
        return dict(self.kinds).get(kind, kind)


FRENCH = Labels()


def word(text: str) -> str:
    """One of the words above in the current language (``bclm_viewer.i18n``)."""
    return translate("Words", text)


def category(name: str | None) -> str:
    """A vocabulary category in the current language (as the content writes it if unknown)."""
    return translate("Categories", name) if name else ""


def labels() -> Labels:
    """The comparison's and the matrix's words in the current language (French: ``FRENCH``)."""
    return FRENCH.translated(word)


def figure_text(value_text: str, unit: str | None) -> str:
    """The figure exactly as the deck wrote it, then its unit: "14,2 mois", "< 10 %", "5-10 %".

    Counts (unit ``n``) stand bare: "85". (The comparison's cells attach "%": ``with_unit``.)
    """
    if not unit or unit == "n":
        return value_text
    return f"{value_text} {unit}"
