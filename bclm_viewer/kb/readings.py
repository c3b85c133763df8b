"""Readings: what the knowledge base reads into a slide beyond its words, each with its reason.

The deck does not always say what a field states: "Cox" is read as a multivariate analysis,
Treska's first column as OS, slide 7 as Dittmar 2013. Such a field carries a *reading*: a
``readings:`` mapping on the study or on the outcome / finding entry, field name -> reason::

    analysis: multivariate
    readings:
      analysis: "« Cox » sur la diapositive ; un modèle de Cox peut aussi être univarié"

The build keeps them in the ``readings`` table (``table_name``, ``row_id``, ``study_id``,
``field``, ``reason``); every place that shows such a field marks it (``READING_MARK``, the
reason in a tooltip or a footnote). A reading needs a reason, and names a field the entry has:
anything else is a content problem (``check`` and ``build`` share this one check).

``study`` is a pseudo-field of outcomes and findings: the row's attribution to its study
(slide 7 names no study; it is read as Dittmar 2013's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bclm_viewer.kb.frontmatter import Map, Scalar

if TYPE_CHECKING:
    from bclm_viewer.kb.content import Fields

# The fields that may carry a reading (content names, as written in the study files).
STUDY_FIELDS = (
    "first_author", "year", "journal", "title", "kind", "centre", "period", "n_patients",
    "n_controls", "slide",
)
OUTCOME_FIELDS = ("measure", "value", "group", "p", "slide", "study")
FINDING_FIELDS = ("factor", "level", "effect", "endpoint", "analysis", "p", "slide", "study")
ALWAYS_PRESENT = ("slide", "study")  # an entry's slide defaults to its study's

# The tables of ``readings.table_name``.
TABLES = ("studies", "outcomes", "study_factors")


def parse_readings(f: Fields, allowed: tuple[str, ...]) -> tuple[dict[str, str], dict[str, int]]:
    """The ``readings:`` mapping of the entry ``f`` reads: {field: reason} and each key's line.

    A problem is recorded for a reading that is not a mapping, names an unknown field, names a
    field the entry does not have, or has no reason.
    """
    entry = f.node.get("readings")
    if entry is None or (isinstance(entry.value, Scalar) and entry.value.text is None):
        return {}, {}
    if not isinstance(entry.value, Map):
        f.problem("readings", "must be a mapping of 'field: reason' lines")
        return {}, {}
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    for item in entry.value:
        name = f"readings.{item.key}"
        if item.key not in allowed:
            f.problem(name, f"unknown field (a reading names one of: {', '.join(allowed)})",
                      item.line)
            continue
        if item.key not in ALWAYS_PRESENT and f.node.get(item.key) is None:
            f.problem(name, f"a reading on {item.key!r}, which this entry does not have",
                      item.line)
            continue
        value = item.value
        if not isinstance(value, Scalar):
            f.problem(name, "the reason must be a single text", item.line)
            continue
        if value.text is None or not value.text.strip():
            f.problem(name, "a reading needs its reason (why the slide is read so)", item.line)
            continue
        out[item.key] = " ".join(value.text.split())
        lines[item.key] = item.line
    return out, lines
