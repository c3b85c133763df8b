"""A PPTX -> slides, with python-pptx (imported here only, when a PPTX is read).

Reading order is top-to-bottom then left-to-right over the slide's shapes; a group's shapes are
read in the same order among themselves, where the group stands. Every text frame (text boxes,
placeholders, auto shapes) gives one line per paragraph line (a line break inside a paragraph
starts a new line); a table gives its rows and cells; pictures give nothing. The title
placeholder, when there is one, is the slide's title; otherwise its first line is. Speaker notes
are kept apart (``DeckSlide.notes``), never mixed into the slide's text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bclm_viewer.kb.importer.model import IMAGE_ONLY_NOTE, Block, Deck, DeckError, DeckSlide, Table
from bclm_viewer.kb.importer.text_reader import slide_title

# A shape's position in EMU; shapes within this of each other vertically are on one "row".
_SAME_ROW_EMU = 45720  # 0.05 inch


def _position(shape: Any) -> tuple[int, int]:
    top = shape.top if shape.top is not None else 0
    left = shape.left if shape.left is not None else 0
    return (int(top) // _SAME_ROW_EMU, int(left))


def _frame_lines(frame: Any) -> list[str]:
    lines: list[str] = []
    for paragraph in frame.paragraphs:
        text = paragraph.text.replace("\v", "\n")
        lines.extend(ln.rstrip() for ln in text.split("\n"))
    return lines


def _cell_text(cell: Any) -> str:
    return "\n".join(_frame_lines(cell.text_frame)).strip("\n")


def _shapes(shapes: Any, out: list[tuple[str, Any]]) -> None:
    """Walk ``shapes`` in reading order, appending ``(kind, shape)``."""
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in sorted(shapes, key=_position):
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            _shapes(shape.shapes, out)
        elif getattr(shape, "has_table", False) and shape.has_table:
            out.append(("table", shape))
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            out.append(("text", shape))
        elif shape.shape_type == MSO_SHAPE_TYPE.PICTURE or hasattr(shape, "image"):
            out.append(("picture", shape))
        else:
            out.append(("other", shape))


def _is_title(shape: Any) -> bool:
    if not shape.is_placeholder:
        return False
    from pptx.enum.shapes import PP_PLACEHOLDER

    kind = shape.placeholder_format.type
    return kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)


def _slide(number: int, slide: Any) -> DeckSlide:
    walked: list[tuple[str, Any]] = []
    _shapes(slide.shapes, walked)
    blocks: list[Block] = []
    title = ""
    pictures = 0
    for kind, shape in walked:
        if kind == "table":
            rows = [[_cell_text(c) for c in row.cells] for row in shape.table.rows]
            blocks.append(Block(table=Table(rows)))
        elif kind == "text":
            lines = _frame_lines(shape.text_frame)
            if not title and _is_title(shape):
                title = " ".join(" ".join(lines).split())
            blocks.append(Block(lines))
        elif kind == "picture":
            pictures += 1
    notes = ""
    if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
        notes = "\n".join(_frame_lines(slide.notes_slide.notes_text_frame)).strip()
    result = DeckSlide(number, title, blocks, notes)
    if not result.text.strip():
        result.blocks = []
        result.image_only = pictures > 0
        result.title = title or f"Diapositive {number}"
        if result.image_only:
            result.notes = "\n\n".join(x for x in (IMAGE_ONLY_NOTE, notes) if x)
    elif not result.title:
        result.title = slide_title(result.text.split("\n"))
    return result


def read_pptx(path: Path) -> Deck:
    """Read ``path`` (already known to be a PPTX package); ``DeckError`` if it cannot be."""
    try:
        from pptx import Presentation

        presentation = Presentation(str(path))
        slides = [_slide(n, s) for n, s in enumerate(presentation.slides, 1)]
    except DeckError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of a broken package is one message
        raise DeckError(f"{path.name} is a damaged PowerPoint file ({exc})") from None
    if not slides:
        raise DeckError(f"{path.name} has no slides: a deck of 0 slides")
    if not any(s.text.strip() for s in slides):
        pictures = sum(s.image_only for s in slides)
        raise DeckError(
            f"{path.name} has no text on any slide ({pictures} with pictures only; "
            "text in images is not extracted)"
        )
    deck_text = "\n\n\n".join(s.text for s in slides) + "\n"
    return Deck(slides, deck_text, path.name)
