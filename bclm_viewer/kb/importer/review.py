"""Reviewing an import: every draft study and candidate of a content folder, one decision each.

``ReviewSession`` is what the app's review page (and tests) drive: ``accept`` (optionally with
edited fields, another study, readings), ``reject``. Accepting a candidate checks the entry with
the same loader and checks as ``bclm-viewer check`` (vocabulary, figure grammar, quote on its
slide, value and p in the quote) before anything is written; a refused entry raises
``ReviewError`` with the problems and leaves every file as it was. Accepting a study confirms
its citation, possibly edited (``draft: true`` goes); its candidates are reviewed one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bclm_viewer.i18n import translate
from bclm_viewer.kb.content import (
    Problem,
    Slide,
    Study,
    load_factors,
    load_measures,
    load_slide,
    load_study,
    slide_files,
    study_names,
)
from bclm_viewer.kb.importer.edit import (
    append_entry,
    entry_lines,
    remove_candidate,
    set_scalar,
    write_atomic,
)
from bclm_viewer.kb.importer.plan import q
from bclm_viewer.kb.validate import Context, check_study, load_context

PENDING, ACCEPTED, REJECTED = "à revoir", "accepté", "rejeté"
FIGURE_FIELDS = ("measure", "value", "group", "p")
FINDING_FIELDS = ("factor", "level", "effect", "endpoint", "analysis", "p")
STUDY_FIELDS = ("first_author", "year", "journal", "title", "kind")


class ReviewError(Exception):
    """An accept that would make the content invalid; ``problems`` says what to fix."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ReviewItem:
    kind: str  # "study" | "figure" | "finding"
    study_id: str
    cid: str | None  # the candidate's id in its file (None for a study)
    slide: int | None
    source: str
    fields: dict[str, str | None]
    readings: dict[str, str] = field(default_factory=dict)
    status: str = PENDING

    @property
    def pending(self) -> bool:
        return self.status == PENDING


def _study_item(s: Study) -> ReviewItem:
    fields = {k: (None if getattr(s, k) is None else str(getattr(s, k))) for k in STUDY_FIELDS}
    return ReviewItem("study", s.id, None, s.slide, s.citation_source or s.title or "", fields)


_SLIDE_KEY = re.compile(r"^slide:\s*(\d+)", re.M)


def _by_slide(root: Path, names: list[str]) -> list[str]:
    """Study file names in the order of their ``slide:`` (read with a pattern, not YAML, so
    that a large import can be listed before its files are parsed)."""

    def key(name: str) -> tuple[int, str]:
        try:
            with open(root / "studies" / name, "rb") as fh:
                head = fh.read(4096).decode("utf-8", errors="replace")
        except OSError:
            return (0, name)
        m = _SLIDE_KEY.search(head)
        return (int(m[1]) if m else 0, name)

    return sorted(names, key=key)


class ReviewSession:
    """The items of ``root``'s study files, read all at once (``load_all``, the default) or a
    few files at a time with ``load_more`` (the page does so, so that it opens at once)."""

    def __init__(self, root: Path, *, load_all: bool = True) -> None:
        self.root = Path(root)
        names = study_names(self.root)
        self.study_ids: list[str] = [n.removesuffix(".md") for n in names]
        self._pending_files = _by_slide(self.root, names)
        self._ctx: Context | None = None
        self._slides: dict[int, Slide | None] = {}
        problems: list[Problem] = []
        self.measures = load_measures(self.root, problems)
        self.factors = load_factors(self.root, problems)
        self.items: list[ReviewItem] = []
        if load_all:
            self.load_more()

    @property
    def loaded(self) -> bool:
        return not self._pending_files

    def load_more(self, max_files: int | None = None) -> list[ReviewItem]:
        """Read the next ``max_files`` study files (all when ``None``); their new items."""
        count = len(self._pending_files) if max_files is None else max_files
        batch, self._pending_files = self._pending_files[:count], self._pending_files[count:]
        new: list[ReviewItem] = []
        for name in batch:
            study = load_study(self.root / "studies" / name, self.root, [])
            if study is None:
                continue
            if study.draft:
                new.append(_study_item(study))
            for c in study.candidates:
                keys = FIGURE_FIELDS if c.kind == "figure" else FINDING_FIELDS
                new.append(
                    ReviewItem(c.kind, study.id, c.id, c.slide, c.source,
                               {k: getattr(c, k) for k in keys}, dict(c.readings))
                )
        self.items.extend(new)
        return new

    @property
    def ctx(self) -> Context:
        """Slides and vocabularies, checked: what an accept is validated against."""
        if self._ctx is None:
            self._ctx = load_context(self.root, [])
        return self._ctx

    def slide(self, number: int | None) -> Slide | None:
        """Slide ``number``: from the context once loaded, else its file alone."""
        if number is None:
            return None
        if self._ctx is not None:
            return self._ctx.slides.get(number)
        if number not in self._slides:
            self._slides[number] = None
            for path in slide_files(self.root):
                prefix = path.name.split("-", 1)[0]
                if prefix.isdigit() and int(prefix) == number:
                    slide = load_slide(path, self.root, [])
                    if slide is not None and slide.number == number:
                        self._slides[number] = slide
                        break
        return self._slides[number]

    # ----- progress ---------------------------------------------------------------------
    @property
    def reviewed(self) -> int:
        return sum(not i.pending for i in self.items)

    def progress(self) -> str:
        return translate("Importer", "{done} / {total} revus").format(
            done=self.reviewed, total=len(self.items))

    def slide_text(self, number: int | None) -> str:
        slide = self.slide(number)
        return slide.text if slide is not None else ""

    def speaker_notes(self, number: int | None) -> str:
        """The speaker notes the import kept apart for slide ``number`` ("" if none)."""
        slide = self.slide(number)
        if slide is None:
            return ""
        path = self.root / "speaker-notes" / f"{Path(slide.path).stem}.txt"
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    # ----- decisions --------------------------------------------------------------------
    def _path(self, study_id: str) -> Path:
        return self.root / "studies" / f"{study_id}.md"

    def _check(self, study_id: str, text: str) -> None:
        """Refuse ``text`` as the new file of ``study_id`` if it has any problem."""
        problems: list[Problem] = []
        tmp_dir = self.root / "studies" / ".review"
        tmp_dir.mkdir(exist_ok=True)
        tmp = tmp_dir / f"{study_id}.md"
        try:
            tmp.write_text(text, encoding="utf-8")
            study = load_study(tmp, self.root, problems)
            if study is not None:
                check_study(study, self.ctx, problems)
        finally:
            tmp.unlink(missing_ok=True)
            try:
                tmp_dir.rmdir()
            except OSError:
                pass
        if problems:
            raise ReviewError([f"{p.field}: {p.message}" for p in problems])

    def accept(
        self,
        index: int,
        changes: dict[str, str | None] | None = None,
        *,
        study: str | None = None,
        readings: dict[str, str] | None = None,
    ) -> None:
        item = self.items[index]
        fields = {**item.fields, **(changes or {})}
        if item.kind == "study":
            self._accept_study(item, fields)
            return
        target = study or item.study_id
        if target not in self.study_ids:
            raise ReviewError([f"study: unknown study {target!r}"])
        readings = dict(item.readings if readings is None else readings)
        entry = dict(fields)
        target_study = load_study(self._path(target), self.root, [])
        if target_study is None or target_study.slide != item.slide:
            entry["slide"] = str(item.slide)
        entry["source"] = item.source
        key = "outcomes" if item.kind == "figure" else "findings"
        new_entry = entry_lines(entry, readings)
        source_text = self._path(item.study_id).read_text(encoding="utf-8")
        without = remove_candidate(source_text, item.cid or "")
        if target == item.study_id:
            new = append_entry(without, key, new_entry)
            self._check(target, new)
            write_atomic(self._path(target), new)
        else:
            new_target = append_entry(
                self._path(target).read_text(encoding="utf-8"), key, new_entry
            )
            self._check(target, new_target)
            self._check(item.study_id, without)
            write_atomic(self._path(target), new_target)
            write_atomic(self._path(item.study_id), without)
        item.fields, item.readings, item.study_id = fields, readings, target
        item.status = ACCEPTED

    def _accept_study(self, item: ReviewItem, fields: dict[str, str | None]) -> None:
        path = self._path(item.study_id)
        text = path.read_text(encoding="utf-8")
        for key in STUDY_FIELDS:
            if fields.get(key) != item.fields.get(key):
                value = fields.get(key)
                text = set_scalar(text, key, None if not value else (
                    value if key == "year" else q(value)), before="slide")
        text = set_scalar(text, "draft", None)
        self._check(item.study_id, text)
        write_atomic(path, text)
        item.fields, item.status = fields, ACCEPTED

    def reject(self, index: int) -> None:
        item = self.items[index]
        path = self._path(item.study_id)
        if item.kind == "study":
            study = load_study(path, self.root, [])
            if study is not None and (study.outcomes or study.findings or any(
                i.pending and i.study_id == item.study_id and i.kind != "study"
                for i in self.items
            )):
                raise ReviewError(["study: reject or move its figures and findings first"])
            path.unlink()
            self.study_ids.remove(item.study_id)
            item.status = REJECTED
            return
        write_atomic(path, remove_candidate(path.read_text(encoding="utf-8"), item.cid or ""))
        item.status = REJECTED
