"""``bclm-viewer import DECK --into DIR``: a PPTX or text deck -> slides and draft studies.

Exit 0 with a summary of every file added; 2 with one sentence on stderr when the input is not
a deck that can be read (nothing is written then); 1 when writing fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INPUT = 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="import a slide deck (PPTX or text) into a content folder, as drafts to review",
    )
    p.add_argument("deck", type=Path, help="a .pptx file or a UTF-8 text export of the slides")
    p.add_argument("--into", type=Path, required=True,
                   help="content folder to create or add to (no existing file is replaced)")


def cmd_import(deck: Path, into: Path) -> int:
    from bclm_viewer.kb.importer.model import DeckError
    from bclm_viewer.kb.importer.write import import_deck

    try:
        result = import_deck(deck, into)
    except DeckError as exc:
        print(f"bclm-viewer import: {exc}. Nothing was written.", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print(f"bclm-viewer import: {exc}. Nothing was written.", file=sys.stderr)
        return EXIT_ERROR
    print(result.summary())
    return EXIT_OK
