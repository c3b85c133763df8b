"""Printable handouts of a comparison or a matrix, as HTML for Qt's rich-text engine.

Qt renders this to PNG, PDF and paper (``QTextDocument``), so only its HTML subset is used
(tables, bgcolor, b/i). Every piece of content goes through ``html.escape``: nothing from the
KB or the user is ever live markup. The handout ends with the references and, figure by
figure, the slide and the verbatim quote it comes from.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from bclm_viewer.evidence.compare import Cell, Comparison, Labels, Quote, StudyColumn
from bclm_viewer.evidence.export_text import readings_notes
from bclm_viewer.evidence.matrix import Matrix, MatrixCell
from bclm_viewer.i18n import translate

BEST_BG = "#d9f2d9"
WORST_BG = "#f8dcdc"
EFFECT_BG = {
    "poor": "#f8dcdc",
    "favourable": "#d9f2d9",
    "not significant": "#e8e8e8",
    "mixed": "#fff1c6",
}
FLAG_BG = {"conflict": "#f8dcdc", "discordant": "#fff1c6"}


def esc(text: str) -> str:
    """Escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def _head(title: str, subtitle: str) -> list[str]:
    return [
        "<html><head><meta charset='utf-8'></head><body style='font-family: sans-serif'>",
        f"<h2>{esc(title)}</h2>",
        f"<p style='color:#555555'>{esc(subtitle)}</p>",
    ]


def _references(studies: Iterable[StudyColumn], slide_word: str) -> list[str]:
    out = [f"<h3>{esc(translate('Handout', 'Références'))}</h3>", "<ol>"]
    for s in studies:
        slide = f" ({slide_word} {s.slide})" if s.slide is not None else ""
        out.append(f"<li><b>{esc(s.label)}</b> — {esc(s.citation)}{esc(slide)}</li>")
    out.append("</ol>")
    return out


def _sources(
    entries: Iterable[tuple[str, str, tuple[Quote, ...]]], slide_word: str
) -> list[str]:
    """A table: row label, study, slide, verbatim quote — one line per quote."""
    out = [
        f"<h3>{esc(translate('Handout', 'Sources (diapositive et citation exacte)'))}</h3>",
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>",
        f"<tr><th align='left'>{esc(translate('Handout', 'Ligne'))}</th>"
        f"<th align='left'>{esc(translate('Handout', 'Étude'))}</th>"
        f"<th align='left'>{esc(slide_word.capitalize())}</th>"
        f"<th align='left'>{esc(translate('Handout', 'Citation'))}</th></tr>",
    ]
    for label, study, quotes in entries:
        for q in quotes:
            slide = "" if q.slide is None else str(q.slide)
            text = translate("Handout", "« {quote} »").format(quote=q.text) if q.text else ""
            out.append(
                f"<tr><td>{esc(label)}</td><td>{esc(study)}</td><td>{esc(slide)}</td>"
                f"<td>{esc(text)}</td></tr>"
            )
    out.append("</table>")
    return out


def _text(text: str, readings: tuple[str, ...]) -> str:
    """Escaped; in italics when the cell holds a reading (its "◊" is in the text)."""
    return f"<i>{esc(text)}</i>" if readings else esc(text)


def _readings(entries: Iterable[tuple[str, str, tuple[str, ...]]], labels: Labels) -> list[str]:
    """The footnote of the readings: where, and why the slide is read so."""
    notes = readings_notes(list(entries), labels)
    if not notes:
        return []
    out = [f"<h3>{esc(labels.reading)} {esc(labels.readings_title)}</h3>", "<ul>"]
    out += [f"<li><b>{esc(where)}</b> — {esc(reason)}</li>" for where, reason in notes]
    return [*out, "</ul>"]


def _cell(cell: Cell, comp: Comparison) -> str:
    lab = comp.labels
    text = _text(cell.text, cell.readings)
    if not cell.reported:
        return f"<td><i><font color='#777777'>{text}</font></i></td>"
    if cell.mark == "best":
        return f"<td bgcolor='{BEST_BG}'><b>{text} {esc(lab.best)}</b></td>"
    if cell.mark == "worst":
        return f"<td bgcolor='{WORST_BG}'>{text} {esc(lab.worst)}</td>"
    return f"<td>{text}</td>"


def comparison_html(
    comp: Comparison, title: str, subtitle: str = "", sources: bool = True
) -> str:
    """The handout; ``sources=False`` leaves out the quote table (a slide-ready image)."""
    lab = comp.labels
    out = _head(title, subtitle)
    out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
    out.append("<tr><th></th>" + "".join(f"<th>{esc(s.label)}</th>" for s in comp.studies))
    category = None
    span = len(comp.studies) + 1
    for row in comp.rows:
        if row.category != category:
            category = row.category
            out.append(
                f"<tr><td colspan='{span}' bgcolor='#eef2f7'><b>{esc(category)}</b></td></tr>"
            )
        out.append(
            f"<tr><td><b>{esc(row.label)}</b></td>"
            + "".join(_cell(c, comp) for c in row.cells)
            + "</tr>"
        )
    out.append("</table>")
    out.append(
        "<p><small>" + esc(translate(
            "Handout",
            "{best} meilleure valeur, {worst} moins bonne valeur (sens de la mesure ; seules les "
            "valeurs ponctuelles uniques sont classées, jamais un intervalle ou une borne) ; "
            "{nr} = non rapporté. Valeurs telles qu'écrites sur les diapositives ;",
        ).format(best=lab.best, worst=lab.worst, nr=lab.nr))
        + f" <i>{esc(lab.reading)}</i> {esc(lab.reading_legend)}.</small></p>"
    )
    out += _readings(
        ((s.label, row.label, c.readings) for row in comp.rows
         for s, c in zip(comp.studies, row.cells, strict=True)), lab)
    out += _references(comp.studies, lab.slide)
    if sources:
        entries = [
            (row.label, s.label, cell.quotes)
            for row in comp.rows
            if row.kind != "study"
            for s, cell in zip(comp.studies, row.cells, strict=True)
            if cell.reported
        ]
        out += _sources(entries, lab.slide)
    out.append("</body></html>")
    return "\n".join(out)


def _matrix_cell(cell: MatrixCell) -> str:
    text = _text(cell.text, cell.readings)
    if not cell.reported:
        return f"<td><i><font color='#777777'>{text}</font></i></td>"
    return f"<td bgcolor='{EFFECT_BG.get(cell.effect or '', '#ffffff')}'>{text}</td>"


def matrix_html(m: Matrix, title: str, subtitle: str = "", sources: bool = True) -> str:
    """The handout; ``sources=False`` leaves out the quote table (a slide-ready image)."""
    lab = m.labels
    out = _head(title, subtitle)
    out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
    out.append(
        f"<tr><th>{esc(translate('Handout', 'Facteur'))}</th>"
        + "".join(f"<th>{esc(s.label)}</th>" for s in m.studies)
        + f"<th>{esc(translate('Handout', 'Accord'))}</th></tr>"
    )
    for factor, cells, k in zip(m.factors, m.cells, m.conflicts, strict=True):
        bg = FLAG_BG.get(k.status)
        status = f"<td bgcolor='{bg}'>" if bg else "<td>"
        out.append(
            f"<tr><td><b>{esc(factor.name)}</b></td>"
            + "".join(_matrix_cell(c) for c in cells)
            + f"{status}{esc(lab.status(k.status))}</td></tr>"
        )
    out.append("</table>")
    out.append(
        "<p><small>" + esc(translate(
            "Handout",
            "{poor} = péjoratif, {fav} = favorable, {ns} = non significatif, {nr} = non "
            "rapporté. {conflict} : des séries donnent des sens opposés ; {discordant} : "
            "significatif dans une série, non significatif dans une autre.",
        ).format(poor=lab.poor, fav=lab.favourable, ns=lab.not_significant, nr=lab.nr,
                 conflict=lab.conflict, discordant=lab.discordant))
        + f" <i>{esc(lab.reading)}</i> {esc(lab.reading_legend)}.</small></p>"
    )
    reasons = [(f, k) for f, k in zip(m.factors, m.conflicts, strict=True) if k.flagged]
    if reasons:
        out.append(f"<h3>{esc(translate('Handout', 'Désaccords entre séries'))}</h3><ul>")
        out += [
            f"<li><b>{esc(f.name)}</b> — {esc(lab.status(k.status))}"
            f"{esc(translate('Handout', ' : '))}{esc(k.reason)}</li>"
            for f, k in reasons
        ]
        out.append("</ul>")
    out += _readings(
        ((s.label, f.name, c.readings) for f, cells in zip(m.factors, m.cells, strict=True)
         for s, c in zip(m.studies, cells, strict=True)), lab)
    out += _references(m.studies, lab.slide)
    if sources:
        entries = [
            (f.name, s.label, c.quotes)
            for f, cells in zip(m.factors, m.cells, strict=True)
            for s, c in zip(m.studies, cells, strict=True)
            if c.reported
        ]
        out += _sources(entries, lab.slide)
    out.append("</body></html>")
    return "\n".join(out)
