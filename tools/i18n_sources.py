"""Copy ``bclm_viewer/`` for ``pyside6-lupdate``, spelling the project's module translators as
Qt's ``translate``.

A UI module declares ``_tr = translator("Facets")`` and writes ``_tr("texte")``. lupdate cannot
tell which context such a call belongs to (it files bare calls under the enclosing class), so
this copy rewrites each ``_tr(`` of that module as ``translate("Facets", `` on the same line:
lupdate then extracts it in the context the app translates it with, and line numbers (the
``.ts`` locations) stay true. Everything else (``self.tr``, ``translate``,
``QT_TRANSLATE_NOOP``) is copied as is.

Usage: python3 tools/i18n_sources.py SOURCE_DIR COPY_DIR
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

_DECLARATION = re.compile(r"^\s*(\w+)\s*=\s*translator\(\s*[\"']([^\"']+)[\"']\s*\)", re.M)


def rewrite(text: str) -> str:
    """``text`` with every call of a module translator spelt as ``translate("Context", ``."""
    for name, context in _DECLARATION.findall(text):
        call = re.compile(rf"(?<![\w.]){re.escape(name)}\(")
        text = call.sub(f'translate("{context}", ', text)
    return text


def main(source: Path, copy: Path) -> None:
    if copy.exists():
        shutil.rmtree(copy)
    for path in sorted(source.rglob("*.py")):
        target = copy / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
