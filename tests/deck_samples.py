"""Decks written with python-pptx for the importer's tests: the bundled deck's slides (text
frames, a table for slide 11, shapes added out of reading order) and a second, different deck
(other authors and numbers, a group shape, a table, speaker notes, a picture-only slide)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from bclm_viewer.kb.frontmatter import split_front_matter
from bclm_viewer.kb.paths import content_dir

SLIDE_11_TABLE = [
    ["", "OS", "DFS"],
    ["Treska 14 24\n- 13 LR\n- 11 RFA", "Age < 50\nIL (< 4 ans)\nM+ extra hépatique",
     "Age < 50\nIL (< 4 ans)\nDiam > 35 mm\nRH-"],
    ["Dittmar 13 34", "HER2 -\nM+ extra hepat\nAge > 50", ""],
]


def _emu(inches: float) -> int:
    return int(inches * 914400)


def _presentation() -> Any:
    from pptx import Presentation

    prs = Presentation()
    prs.slide_width, prs.slide_height = _emu(13.33), _emu(7.5)
    return prs


def _textbox(shapes: Any, lines: list[str], top: float, left: float = 0.5,
             width: float = 12.0, height: float = 1.0) -> Any:
    box = shapes.add_textbox(_emu(left), _emu(top), _emu(width), _emu(height))
    frame = box.text_frame
    frame.text = lines[0] if lines else ""
    for line in lines[1:]:
        frame.add_paragraph().text = line
    return box


def _table(shapes: Any, rows: list[list[str]], top: float) -> Any:
    frame = shapes.add_table(len(rows), len(rows[0]), _emu(0.5), _emu(top), _emu(12),
                             _emu(0.4 * len(rows)))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = frame.table.cell(r, c)
            parts = text.split("\n")
            cell.text_frame.text = parts[0]
            for part in parts[1:]:
                cell.text_frame.add_paragraph().text = part
    return frame


def bundled_slides() -> list[tuple[int, str]]:
    """(number, text) of every bundled slide file, in order."""
    out = []
    for path in sorted((content_dir() / "slides").glob("*.md")):
        fm = split_front_matter(path.read_text(encoding="utf-8"))
        number = fm.meta.get("number")
        assert number is not None
        out.append((int(number.value.text), fm.body.rstrip("\n")))  # type: ignore[union-attr]
    return sorted(out)


def write_bundled_pptx(path: Path) -> Path:
    """The bundled slides as a PPTX: one text box per paragraph block, added bottom first (the
    reader must sort them), and slide 11 as a heading over a table."""
    prs = _presentation()
    blank = prs.slide_layouts[6]
    for number, text in bundled_slides():
        slide = prs.slides.add_slide(blank)
        if number == 11:
            _table(slide.shapes, SLIDE_11_TABLE, 1.5)
            _textbox(slide.shapes, text.split("\n")[:1], 0.3)
            continue
        lines = text.split("\n")
        half = len(lines) // 2
        # second half first, lower on the slide: reading order comes from positions
        _textbox(slide.shapes, lines[half:], 3.5)
        _textbox(slide.shapes, lines[:half], 0.3)
    prs.save(str(path))
    return path


def png_bytes() -> bytes:
    """A 2x2 grey PNG (no imaging library needed)."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


OTHER_TABLE = [
    ["", "OS", "DFS"],
    ["Lopez 18 57", "Age < 50\nRH-", "Diam > 35 mm"],
    ["Kim 20 88", "HER2 -", "IL (< 4 ans)"],
]


def write_other_pptx(path: Path, picture: Path) -> Path:
    """A second deck: other authors, numbers, a group, a table, notes, a picture-only slide."""
    picture.write_bytes(png_bytes())
    prs = _presentation()
    title_only = prs.slide_layouts[5]
    blank = prs.slide_layouts[6]

    s1 = prs.slides.add_slide(title_only)
    s1.shapes.title.text = "Séries récentes"
    _textbox(s1.shapes, [
        "Resection of breast cancer liver metastases: a multicentre series.",
        "Martin JP et al. J Hepatol 2019",
        "",
        "• 212 patientes opérées",
        "• OS5: 52,4% / DFS5: 28%",
        "• R0: 81%",
        "• DFS médian: 19,5 mois",
        "• Facteurs péjoratifs en multivarié :",
        "• HER2 -",
        "• M+ extra hépatique p<0.01",
    ], 1.5, height=4)
    s1.notes_slide.notes_text_frame.text = "Série la plus large à ce jour : 212 patientes."

    s2 = prs.slides.add_slide(blank)
    group = s2.shapes.add_group_shape()
    _textbox(group.shapes, ["• 41 études ; 1,6 chir/an"], 2.5)
    _textbox(group.shapes, ["Liver surgery for BCLM: a systematic review.",
                            "Nguyen T and col. Ann Surg Oncol 2021"], 0.5)

    s3 = prs.slides.add_slide(blank)
    s3.shapes.add_picture(str(picture), _emu(1), _emu(1), _emu(4), _emu(3))

    s4 = prs.slides.add_slide(title_only)
    s4.shapes.title.text = "Facteurs de mauvais pronostic"
    _table(s4.shapes, OTHER_TABLE, 2.0)
    s4.notes_slide.notes_text_frame.text = "Deux séries asiatique et espagnole."
    prs.save(str(path))
    return path
