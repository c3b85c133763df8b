"""A planned slide (``slides.SlideSpec``) as HTML for Qt's rich-text engine, for the app's
presentation mode: the same content, cut the same way, as the PowerPoint file.

Sizes are given in pixels per point of the 13.333 × 7.5 in slide (``px_per_pt``), so the
presentation scales the slide to the screen as a projector would. Everything from the KB or
the user goes through ``html.escape``.
"""

from __future__ import annotations

import html

from bclm_viewer.evidence.talk.handout import BG
from bclm_viewer.evidence.talk.model import TCell
from bclm_viewer.evidence.talk.slides import BODY_PT, SMALL_PT, TEXT_PT, SlideSpec


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _cell(c: TCell, band: bool, size: float) -> str:
    style = f"font-size:{size:.0f}px"
    if band:
        return f"<td bgcolor='#e4eaf2' style='{style}'><b>{_esc(c.text)}</b></td>"
    if not c.reported:
        return f"<td style='{style}'><i><font color='#666666'>{_esc(c.text)}</font></i></td>"
    bg = BG.get(c.mark or c.effect or "")
    attr = f" bgcolor='{bg}'" if bg else ""
    text = f"<b>{_esc(c.text)}</b>" if c.mark == "best" else _esc(c.text)
    return f"<td{attr} style='{style}'>{text}</td>"


def spec_html(spec: SlideSpec, px_per_pt: float) -> str:
    """The body of the slide (its title is the presentation's own)."""
    body = BODY_PT * px_per_pt
    small = SMALL_PT * px_per_pt
    out = ["<html><body>"]
    if spec.subtitle:
        out.append(f"<p style='font-size:{small:.0f}px; color:#555555'>{_esc(spec.subtitle)}</p>")
    if spec.columns:
        size = (BODY_PT if spec.kind == "references" else TEXT_PT) * px_per_pt
        cells = "".join(
            f"<td valign='top' style='font-size:{size:.0f}px'>{_esc(chr(10).join(lines))}</td>"
            for lines in spec.columns)
        out.append(f"<table width='100%' cellpadding='4'><tr>{cells}</tr></table>")
    if spec.table is not None:
        total = sum(spec.col_widths) or 1.0
        head = "".join(
            f"<th align='left' bgcolor='#1f3a5f' width='{100 * w / total:.0f}%' "
            f"style='font-size:{body:.0f}px'><font color='#ffffff'>{_esc(h)}</font></th>"
            for h, w in zip(spec.table.header, spec.col_widths, strict=True))
        rows = "".join("<tr>" + "".join(_cell(c, r.section, body) for c in r.cells) + "</tr>"
                       for r in spec.table.rows)
        out.append("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
                   f"style='border-color:#c0c8d0'><tr>{head}</tr>{rows}</table>")
    for text, italic in ((spec.reading, True), (spec.legend, False)):
        if text:
            inner = f"<i>{_esc(text)}</i>" if italic else _esc(text)
            out.append(f"<p style='font-size:{small:.0f}px; color:#555555'>{inner}</p>")
    out.append("</body></html>")
    return "".join(out)
