"""Which reader a file needs, and one clear sentence when none can read it.

The file is recognised by its first bytes, never by its name alone: a PPTX is a zip holding
``ppt/presentation.xml``; a PowerPoint 97-2003 ``.ppt`` and a password-protected PPTX are both
OLE compound files (the latter holds an ``EncryptionInfo`` stream); a PDF starts ``%PDF``; a
text deck is UTF-8 without NUL bytes. Everything is refused before anything is written.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from bclm_viewer.kb.importer.model import Deck, DeckError

MAX_BYTES = 100 * 1024 * 1024  # a deck's text is small; a larger file is not a deck to import
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole_message(path: Path, head: bytes) -> str:
    with open(path, "rb") as fh:
        data = fh.read(4 * 1024 * 1024)
    if "EncryptionInfo".encode("utf-16-le") in data:
        return f"{path.name} is password-protected: remove the password in PowerPoint, then import"
    return (
        f"{path.name} is a PowerPoint 97-2003 file (.ppt) or another old Office file: "
        "save it as .pptx, then import"
    )


def read_deck(path: Path) -> Deck:
    """The deck at ``path``; ``DeckError`` (one sentence) if it is not a PPTX or a text deck."""
    path = Path(path)
    if not path.exists():
        raise DeckError(f"{path} does not exist")
    if path.is_dir():
        raise DeckError(f"{path} is a folder, not a deck")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DeckError(
            f"{path.name} is {size / 1024 / 1024:.0f} MB, over the {MAX_BYTES // 1024 // 1024} MB "
            "an imported deck may be"
        )
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise DeckError(f"{path.name} is a damaged zip file, not a readable PPTX") from None
        if "ppt/presentation.xml" not in names:
            raise DeckError(f"{path.name} is a zip file but not a PowerPoint presentation")
        from bclm_viewer.kb.importer.pptx_reader import read_pptx

        return read_pptx(path)
    if head.startswith(_OLE):
        raise DeckError(_ole_message(path, head))
    if head.startswith(b"%PDF"):
        raise DeckError(f"{path.name} is a PDF: export the deck as .pptx or as text, then import")
    data = path.read_bytes()
    if b"\0" in data:
        raise DeckError(f"{path.name} is neither a PPTX nor a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DeckError(f"{path.name} is a text file but not UTF-8: save it as UTF-8") from None
    from bclm_viewer.kb.importer.text_reader import read_text_deck

    return read_text_deck(text, path.name)
