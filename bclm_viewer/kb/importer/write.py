"""Write an import plan into a content folder: new files only, all or nothing.

Every file is created exclusively (an existing file is never replaced); ``deck.txt``, when the
folder already has one, is extended: its old bytes stay, the new deck's text follows, through a
temporary file renamed over it. A folder without vocabularies gets the bundled ``factors.yaml``,
``measures.yaml`` and ``glossary.yaml`` and an empty ``questions.yaml``, so that ``check`` and the
build work on it at once. If any write fails, what this import wrote is removed again.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bclm_viewer.kb.importer.model import Deck
from bclm_viewer.kb.importer.plan import ImportPlan, plan_import
from bclm_viewer.kb.importer.reading import read_deck
from bclm_viewer.kb.importer.vocabulary import Vocabulary
from bclm_viewer.kb.paths import content_dir

_VOCABULARIES = ("factors.yaml", "measures.yaml", "glossary.yaml")
_EMPTY_QUESTIONS = "# Questions and perspectives of the deck (none yet: add them by hand).\n[]\n"


@dataclass
class ImportResult:
    into: Path
    plan: ImportPlan
    written: list[str]

    def summary(self) -> str:
        p = self.plan
        lines = [
            f"Imported into {self.into}: {len(p.slides)} slides, {len(p.studies)} draft studies, "
            f"{p.n_candidates} candidates to review.",
        ]
        lines += [f"  added {rel}" for rel in self.written]
        if p.deck_append:
            lines.append("  extended deck.txt (its text before stays as it was)")
        for n in p.image_only:
            lines.append(f"  slide {n}: image seule : texte non extrait")
        lines.append(
            f"Review them: bclm-viewer --content {self.into} --review "
            "(nothing is in the knowledge base until accepted)."
        )
        return "\n".join(lines)


def _create(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def _extend(path: Path, text: str) -> None:
    old = path.read_bytes()
    sep = b"" if old.endswith(b"\n\n\n") else (b"\n\n" if old.endswith(b"\n") else b"\n\n\n")
    fd, tmp = tempfile.mkstemp(prefix=".deck.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(old + sep + text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_plan(plan: ImportPlan, into: Path) -> list[str]:
    files = dict(plan.files)
    bundled = content_dir()
    for name in _VOCABULARIES:
        if not (into / name).exists():
            files[name] = (bundled / name).read_text(encoding="utf-8")
    if not (into / "questions.yaml").exists():
        files["questions.yaml"] = _EMPTY_QUESTIONS
    written: list[str] = []
    created_dirs: list[Path] = []
    try:
        if not into.exists():
            into.mkdir(parents=True)
            created_dirs.append(into)
        for rel, text in files.items():
            _create(into / rel, text)
            written.append(rel)
        if plan.deck_append:
            _extend(into / "deck.txt", plan.deck_append)
    except BaseException:
        for rel in written:
            (into / rel).unlink(missing_ok=True)
        for d in created_dirs:
            shutil.rmtree(d, ignore_errors=True)
        raise
    return written


def import_deck(deck_path: Path, into: Path, deck: Deck | None = None) -> ImportResult:
    """Read ``deck_path`` and add it to the content folder ``into``; ``DeckError`` (nothing
    written) if it cannot be read. ``OSError`` when writing fails (nothing left behind)."""
    into = Path(into)
    if into.exists() and not into.is_dir():
        from bclm_viewer.kb.importer.model import DeckError

        raise DeckError(f"{into} is a file, not a content folder")
    deck = deck if deck is not None else read_deck(Path(deck_path))
    plan = plan_import(deck, into, Vocabulary(into))
    return ImportResult(into, plan, write_plan(plan, into))
