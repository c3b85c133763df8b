"""A read deck -> the files to add to a content folder (nothing written here).

Each slide gets ``slides/NN-<slug>.md`` (numbered after the folder's last slide), ``deck.txt``
gets the deck's text (created, or extended after the text already there), speaker notes go to
``speaker-notes/NN-<slug>.txt`` (apart from the slide's text), and each citation becomes a draft
study ``studies/<author>-<year>.md`` holding the candidates of its slide (or of its table row).
Candidates on a slide that cites nothing go to a draft named after the slide (``diapo-07``), for
the reviewer to move to the right study. Names never collide with files already there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bclm_viewer.kb.importer.citations import Citation, find_citations
from bclm_viewer.kb.importer.detect import Candidate, find_candidates
from bclm_viewer.kb.importer.lines import slide_lines
from bclm_viewer.kb.importer.model import IMAGE_ONLY_NOTE, Deck, DeckSlide
from bclm_viewer.kb.importer.vocabulary import Vocabulary


def slug(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = "-".join(words)[:limit].strip("-")
    return out or "diapo"


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass
class DraftStudy:
    id: str
    slide: int
    citation: Citation | None
    slide_title: str
    candidates: list[Candidate] = field(default_factory=list)

    def text(self, deck_name: str) -> str:
        lines = ["---", "draft: true"]
        c = self.citation
        if c is not None:
            lines.append(f"first_author: {q(c.first_author)}")
            if c.year is not None:
                lines.append(f"year: {c.year}")
            if c.journal:
                lines.append(f"journal: {q(c.journal)}")
            if c.title:
                lines.append(f"title: {q(c.title)}")
        else:
            lines.append(f"title: {q(self.slide_title)}")
        lines.append(f"slide: {self.slide}")
        if c is not None:
            lines.append(f"citation_source: {q(c.source)}")
        if self.candidates:
            lines.append("candidates:")
        for k, cand in enumerate(self.candidates, 1):
            lines += candidate_lines(cand, f"c{k:02d}")
        lines.append("---")
        where = f"diapositive {self.slide}"
        lines.append(f"Brouillon importé de {deck_name} ({where}) : à revoir avant d'être publié.")
        return "\n".join(lines) + "\n"


def candidate_lines(c: Candidate, cid: str) -> list[str]:
    out = [f"  - id: {cid}", f"    kind: {c.kind}"]
    keys = ("measure", "value", "p") if c.kind == "figure" else (
        "factor", "level", "effect", "endpoint", "analysis", "p")
    for key in keys:
        value = getattr(c, key)
        if value is not None:
            out.append(f"    {key}: {q(value)}")
    out.append(f"    slide: {c.slide}")
    out.append(f"    source: {q(c.source)}")
    if c.readings:
        out.append("    readings:")
        out += [f"      {k}: {q(v)}" for k, v in c.readings.items()]
    return out


@dataclass
class ImportPlan:
    files: dict[str, str]  # relative path -> text, in writing order
    deck_append: str  # text to add to an existing deck.txt ("" when it is created)
    slides: list[str]
    studies: list[str]
    notes: list[str]
    image_only: list[int]
    n_candidates: int


def _assign(
    slide: DeckSlide, number: int, citations: list[Citation], candidates: list[Candidate],
    new_study: object,
) -> list[DraftStudy]:
    make = new_study  # (citation | None, number, title) -> DraftStudy
    drafts: dict[int, DraftStudy] = {}
    by_row: dict[tuple[int, int], int] = {}
    for k, c in enumerate(citations):
        drafts[k] = make(c, number, slide.title)  # type: ignore[operator]
        if c.table_row is not None:
            by_row[c.table_row] = k
    text_citations = [k for k, c in enumerate(citations) if c.table_row is None]
    loose: DraftStudy | None = None
    for cand in candidates:
        if cand.table_row is not None and cand.table_row in by_row:
            drafts[by_row[cand.table_row]].candidates.append(cand)
        elif text_citations:
            before = [k for k in text_citations if citations[k].line <= cand.line]
            drafts[before[-1] if before else text_citations[0]].candidates.append(cand)
        else:
            if loose is None:
                loose = make(None, number, slide.title)  # type: ignore[operator]
            loose.candidates.append(cand)
    out = list(drafts.values())
    return out + ([loose] if loose is not None else [])


def plan_import(deck: Deck, into: Path, vocab: Vocabulary) -> ImportPlan:
    into = Path(into)
    existing_slides = sorted((into / "slides").glob("*.md")) if (into / "slides").is_dir() else []
    first = _last_number(existing_slides) + 1
    total = first - 1 + len(deck.slides)
    width = max(2, len(str(total)))
    taken = {p.stem.casefold() for p in (into / "studies").glob("*.md")} if (
        into / "studies").is_dir() else set()

    def new_study(c: Citation | None, number: int, title: str) -> DraftStudy:
        base = (f"{slug(c.first_author.split()[0])}-{c.year}" if c.year else
                slug(c.first_author.split()[0])) if c else f"diapo-{number:0{width}d}"
        sid, n = base, 2
        while sid.casefold() in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid.casefold())
        return DraftStudy(sid, number, c, title)

    files: dict[str, str] = {}
    plan = ImportPlan(files, "", [], [], [], [], 0)
    drafts: list[DraftStudy] = []
    for slide in deck.slides:
        number = first - 1 + slide.number
        name = f"{number:0{width}d}-{slug(slide.title)}"
        body = slide.text
        files[f"slides/{name}.md"] = (
            f"---\nnumber: {number}\ntitle: {q(slide.title)}\n---\n" + (body + "\n" if body else "")
        )
        plan.slides.append(f"slides/{name}.md")
        if slide.image_only:
            plan.image_only.append(number)
        notes = slide.notes or (IMAGE_ONLY_NOTE if slide.image_only else "")
        if notes:
            files[f"speaker-notes/{name}.txt"] = notes + "\n"
            plan.notes.append(f"speaker-notes/{name}.txt")
        lines = slide_lines(slide)
        citations = find_citations(lines, slide.title)
        spans: dict[int, list[tuple[int, int]]] = {}
        for c in citations:
            spans.setdefault(c.line, []).append(c.span)
        candidates = find_candidates(number, slide.title, lines, vocab, spans)
        plan.n_candidates += len(candidates)
        drafts += _assign(slide, number, citations, candidates, new_study)
    for d in drafts:
        files[f"studies/{d.id}.md"] = d.text(deck.source_name)
        plan.studies.append(f"studies/{d.id}.md")
    deck_file = into / "deck.txt"
    if deck_file.is_file():
        plan.deck_append = deck.deck_text
    else:
        files["deck.txt"] = deck.deck_text
    return plan


def _last_number(paths: list[Path]) -> int:
    last = 0
    for p in paths:
        m = re.search(r"(?m)^number:\s*(\d+)", p.read_text(encoding="utf-8", errors="replace"))
        if m:
            last = max(last, int(m[1]))
    return last
