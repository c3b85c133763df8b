"""Plain-text exports of a comparison or an evidence matrix: CSV, Markdown, JSON.

Values are written as the deck wrote them (``value_text`` + unit), "n.r." where not reported;
the JSON and the CSV carry every verbatim quote with its slide so a figure on a talk slide can be
traced back. Markdown is for pasting into slides: one table row per row of the comparison, plain
text only (no HTML), several figures of a cell joined with " ; ".
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from bclm_viewer.evidence.compare import Cell, Comparison, Figure, FindingItem, Quote
from bclm_viewer.evidence.matrix import Matrix, MatrixCell
from bclm_viewer.evidence.words import Labels
from bclm_viewer.i18n import translate

# ----- shared ---------------------------------------------------------------------------------


def quotes_text(quotes: tuple[Quote, ...], slide_word: str = "diapo") -> str:
    """'diapo 4 : « OS5: 37% »' for each quote, joined by " | "."""
    parts = []
    for q in quotes:
        where = f"{slide_word} {q.slide}" if q.slide is not None else ""
        if q.text:
            quote = translate("Handout", "« {quote} »").format(quote=q.text)
            parts.append(f"{where}{translate('Handout', ' : ')}{quote}" if where else quote)
        elif where:
            parts.append(where)
    return " | ".join(parts)


def _reference(label: str, citation: str, slide_word: str, slide: int | None) -> str:
    return f"- {label}{translate('Handout', ' : ')}{citation} ({slide_word} {slide})"


def markdown_cell(text: str) -> str:
    """``text`` as one Markdown table cell: ``\\`` and ``|`` escaped, lines joined by " ; "."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ; ")


def markdown_table(header: list[str], rows: list[list[str]], indent: str = "") -> list[str]:
    """The lines of a Markdown table (each prefixed with ``indent``): the one table writer of
    the comparison and matrix exports (``compare --format md``...) and of the list export."""
    lines = ["| " + " | ".join(markdown_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join(" --- " for _ in header) + "|")
    lines += ["| " + " | ".join(markdown_cell(c) for c in row) + " |" for row in rows]
    return [indent + line for line in lines]


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue()


def readings_notes(
    entries: list[tuple[str, str, tuple[str, ...]]], labels: Any
) -> list[tuple[str, str]]:
    """The footnotes of the readings: ("Treska 2014 — Âge", reason), each once, in order."""
    notes: dict[tuple[str, str], None] = {}
    for study, row, reasons in entries:
        for reason in reasons:
            notes[(f"{study} — {row}", reason)] = None
    return list(notes)


def _reading(reasons: tuple[str, ...]) -> str | None:
    return " ; ".join(reasons) or None


def _figure_json(f: Figure) -> dict[str, Any]:
    return {
        "id": f.id,
        "value_text": f.value_text,
        "unit": f.unit,
        "value": f.value,
        "value_low": f.value_low,
        "value_high": f.value_high,
        "qualifier": f.qualifier,
        "group": f.group_label,
        "p": f.p_value,
        "slide": f.slide,
        "source": f.source,
        "readings": dict(f.readings),
    }


def _finding_json(f: FindingItem) -> dict[str, Any]:
    return {
        "id": f.id,
        "level": f.level,
        "effect": f.effect,
        "endpoint": f.endpoint,
        "analysis": f.analysis,
        "p": f.p_value,
        "slide": f.slide,
        "source": f.source,
        "readings": dict(f.readings),
    }


# ----- comparison -----------------------------------------------------------------------------


def marked_text(cell: Cell, comp: Comparison) -> str:
    """The cell's text with its best / worst symbol ("43,6% ★")."""
    if cell.mark == "best":
        return f"{cell.text} {comp.labels.best}"
    if cell.mark == "worst":
        return f"{cell.text} {comp.labels.worst}"
    return cell.text


def comparison_csv(comp: Comparison) -> str:
    """One line per row; per study a value column and a "sources" column (slide and quote)."""
    header = [translate("Handout", "Catégorie"), translate("Handout", "Ligne"),
              translate("Handout", "Unité")]
    for s in comp.studies:
        header += [s.label, translate("Handout", "{study} — sources").format(study=s.label)]
    rows = [header]
    for row in comp.rows:
        line = [row.category, row.label, row.unit or ""]
        for cell in row.cells:
            sources = quotes_text(cell.quotes, comp.labels.slide)
            for reason in cell.readings:
                sources += f" | {comp.labels.reading} {reason}"
            line += [cell.text, sources]
        rows.append(line)
    return _csv(rows)


def comparison_markdown(comp: Comparison) -> str:
    """A Markdown table (one row per row), the legend, then the references."""
    header = [""] + [s.label for s in comp.studies]
    rows = [[row.label] + [marked_text(c, comp) for c in row.cells] for row in comp.rows]
    lab = comp.labels
    lines = markdown_table(header, rows)
    lines += [
        "",
        translate(
            "Handout",
            "{best} meilleure valeur, {worst} moins bonne (valeurs ponctuelles comparables "
            "seulement) ; {nr} = non rapporté ; valeurs telles qu'écrites sur les diapositives ;",
        ).format(best=lab.best, worst=lab.worst, nr=lab.nr)
        + f" {lab.reading} {lab.reading_legend}.",
        "",
    ]
    lines += [_reference(s.label, s.citation, lab.slide, s.slide) for s in comp.studies]
    lines += _markdown_notes(
        [(s.label, row.label, c.readings) for row in comp.rows
         for s, c in zip(comp.studies, row.cells, strict=True)], lab)
    return "\n".join(lines) + "\n"


def _markdown_notes(entries: list[tuple[str, str, tuple[str, ...]]], lab: Labels) -> list[str]:
    notes = readings_notes(entries, lab)
    if not notes:
        return []
    colon = translate("Handout", " : ")
    return ["", f"{lab.reading} {lab.readings_title}{colon.rstrip()}", ""] + [
        f"- {where}{colon}{markdown_cell(reason)}" for where, reason in notes
    ]


def comparison_json(comp: Comparison) -> str:
    data = {
        "studies": [
            {
                "id": s.id,
                "label": s.label,
                "citation": s.citation,
                "slide": s.slide,
                "n_patients": s.n_patients,
            }
            for s in comp.studies
        ],
        "rows": [
            {
                "key": row.key,
                "kind": row.kind,
                "category": row.category,
                "label": row.label,
                "unit": row.unit,
                "higher_is_better": row.higher_is_better,
                "cells": [
                    {
                        "study_id": s.id,
                        "text": cell.text,
                        "reported": cell.reported,
                        "mark": cell.mark,
                        "reading": _reading(cell.readings),
                        "figures": [_figure_json(f) for f in cell.figures],
                        "findings": [_finding_json(f) for f in cell.findings],
                        "quotes": [{"slide": q.slide, "text": q.text} for q in cell.quotes],
                    }
                    for s, cell in zip(comp.studies, row.cells, strict=True)
                ],
            }
            for row in comp.rows
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ----- matrix ---------------------------------------------------------------------------------


def matrix_csv(m: Matrix) -> str:
    """Factors × studies; then per study a "sources" column; then agreement and reason."""
    header = [translate("Handout", "Catégorie"), translate("Handout", "Facteur")]
    for s in m.studies:
        header += [s.label, translate("Handout", "{study} — sources").format(study=s.label)]
    header += [translate("Handout", "Accord"), translate("Handout", "Motif")]
    rows = [header]
    for factor, cells, conflict in zip(m.factors, m.cells, m.conflicts, strict=True):
        line = [factor.category, factor.name]
        for cell in cells:
            sources = quotes_text(cell.quotes, m.labels.slide)
            for reason in cell.readings:
                sources += f" | {m.labels.reading} {reason}"
            line += [cell.text, sources]
        line += [m.labels.status(conflict.status), conflict.reason]
        rows.append(line)
    return _csv(rows)


def matrix_markdown(m: Matrix) -> str:
    lab = m.labels
    header = ([translate("Handout", "Facteur")] + [s.label for s in m.studies]
              + [translate("Handout", "Accord")])
    rows = [
        [f.name] + [c.text for c in cells] + [lab.status(k.status)]
        for f, cells, k in zip(m.factors, m.cells, m.conflicts, strict=True)
    ]
    lines = markdown_table(header, rows)
    lines += [
        "",
        translate(
            "Handout",
            "{poor} = péjoratif, {fav} = favorable, {ns} = non significatif ; {nr} = non "
            "rapporté. {conflict} : sens opposés ; {discordant} : significatif dans une série, "
            "NS dans une autre.",
        ).format(poor=lab.poor, fav=lab.favourable, ns=lab.not_significant, nr=lab.nr,
                 conflict=lab.conflict, discordant=lab.discordant)
        + f" {lab.reading} {lab.reading_legend}.",
        "",
    ]
    lines += [
        f"- {f.name} — {lab.status(k.status)}{translate('Handout', ' : ')}{k.reason}"
        for f, k in zip(m.factors, m.conflicts, strict=True)
        if k.reason
    ]
    lines += [""] + [_reference(s.label, s.citation, lab.slide, s.slide) for s in m.studies]
    lines += _markdown_notes(
        [(s.label, f.name, c.readings) for f, cells in zip(m.factors, m.cells, strict=True)
         for s, c in zip(m.studies, cells, strict=True)], lab)
    return "\n".join(lines) + "\n"


def _matrix_cell_json(study_id: str, cell: MatrixCell) -> dict[str, Any]:
    return {
        "study_id": study_id,
        "text": cell.text,
        "effect": cell.effect,
        "reading": _reading(cell.readings),
        "findings": [_finding_json(f) for f in cell.findings],
    }


def matrix_json(m: Matrix) -> str:
    data = {
        "studies": [
            {"id": s.id, "label": s.label, "citation": s.citation, "slide": s.slide}
            for s in m.studies
        ],
        "factors": [
            {
                "id": f.id,
                "name": f.name,
                "category": f.category,
                "status": k.status,
                "reason": k.reason,
                "cells": [
                    _matrix_cell_json(s.id, c) for s, c in zip(m.studies, cells, strict=True)
                ],
            }
            for f, cells, k in zip(m.factors, m.cells, m.conflicts, strict=True)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

