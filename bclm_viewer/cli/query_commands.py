"""``bclm-viewer search``, ``factors`` and ``show``: the KB from a terminal, no Qt imported.

Every figure is printed as the deck wrote it; what the deck does not report prints as "n.r."
(and stays ``null`` in ``--json``). Exit status: 0 on success; 1 when the KB cannot be opened
or ``show`` names an unknown study; 2 for an unknown factor, effect or endpoint, or invalid
content behind the bundled KB.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import EFFECTS, ENDPOINTS
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START

NR = "n.r."
PROG = "bclm-viewer"


class UsageError(Exception):
    """A wrong id or value on the command line (exit 2)."""


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``search``, ``factors`` and ``show`` on the CLI's sub-parsers."""
    s = sub.add_parser("search", help="list the studies matching text and/or factors")
    s.add_argument("text", nargs="?", default="", metavar="TEXT", help="full-text search")
    s.add_argument("--factor", action="append", default=[], metavar="ID",
                   help="keep studies with a finding on this factor (repeatable)")
    s.add_argument("--effect", action="append", default=[], metavar="E",
                   help=f"only findings with this effect: {', '.join(EFFECTS)} (repeatable)")
    s.add_argument("--endpoint", action="append", default=[], metavar="OS|DFS",
                   help="only findings on this endpoint (repeatable)")
    s.add_argument("--any", action="store_true",
                   help="a study needs one of the factors, not all of them")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.add_argument("--format", choices=("table", "csv", "md"), default="table",
                   help="table (default), or the studies list as CSV or Markdown with the "
                        "filter stated on top (as the app's export)")

    f = sub.add_parser("factors", help="the prognostic factors, with their number of studies")
    f.add_argument("--json", action="store_true", help="print JSON")

    w = sub.add_parser("show", help="one study: citation, every figure and finding, quoted")
    w.add_argument("id", metavar="ID", help="a study id, e.g. adam-2006")
    w.add_argument("--json", action="store_true", help="print JSON")


def dispatch(args: argparse.Namespace, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    """Run the parsed sub-command ``search``, ``factors`` or ``show``."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    if args.command == "search":
        return cmd_search(args.kb, args.text, args.factor, args.effect, args.endpoint,
                          args.any, args.json, out, err, fmt=args.format)
    if args.command == "factors":
        return cmd_factors(args.kb, args.json, out, err)
    return cmd_show(args.kb, args.id, args.json, out, err)


# ----- plumbing ---------------------------------------------------------------------------
def _run(kb_path: Path | None, work: Any, out: TextIO, err: TextIO) -> int:
    """Open the KB, run ``work(kb, out) -> status``, turn known failures into messages."""
    from bclm_viewer.kb.content import ContentError
    from bclm_viewer.query.knowledge_base import open_kb

    try:
        with open_kb(kb_path) as kb:
            return int(work(kb, out))
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=err)
        return 2
    except ContentError as exc:  # the bundled KB had to be rebuilt from invalid content
        print(f"{PROG}: {exc}", file=err)
        return 2
    except KbError as exc:
        print(f"{PROG}: {exc}", file=err)
        return 1


def _json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _nr(value: object) -> str:
    return NR if value is None or value == "" else str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    for line in (header, ["-" * w for w in widths], *rows):
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                  + "\n")


def _marks(snippet: str, out: TextIO) -> str:
    """Highlight marks as bold on a terminal, as ``**…**`` in a pipe or file."""
    bold = out.isatty() if hasattr(out, "isatty") else False
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("**", "**")
    return " ".join(snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end).split())


def _with_unit(value_text: str, unit: str) -> str:
    return value_text if unit in ("", "n") else f"{value_text} {unit}"


# ----- search -----------------------------------------------------------------------------
def _check_values(kb: Any, factors: Sequence[str], effects: Sequence[str],
                  endpoints: Sequence[str]) -> None:
    for fid in factors:
        if kb.factor(fid) is None:
            known = ", ".join(x.id for x in kb.factors())
            raise UsageError(f"unknown factor id {fid!r}; known factors: {known} "
                             f"(see « {PROG} factors »)")
    for e in effects:
        if e not in EFFECTS:
            raise UsageError(f"unknown effect {e!r}; expected one of: "
                             + ", ".join(repr(x) for x in EFFECTS))
    for e in endpoints:
        if e not in ENDPOINTS:
            raise UsageError(f"unknown endpoint {e!r}; expected one of: {', '.join(ENDPOINTS)}")


def cmd_search(kb_path: Path | None, text: str, factors: Sequence[str], effects: Sequence[str],
               endpoints: Sequence[str], any_mode: bool, as_json: bool,
               out: TextIO, err: TextIO, fmt: str = "table") -> int:
    from bclm_viewer.query.filters import StudyFilter

    def work(kb: Any, out: TextIO) -> int:
        _check_values(kb, factors, effects, endpoints)
        f = StudyFilter(tuple(factors), "any" if any_mode else "all", tuple(effects),
                        tuple(endpoints), text or "")
        if fmt in ("csv", "md") and not as_json:
            from bclm_viewer.evidence.studies_list import studies_list, studies_text

            out.write(studies_text(studies_list(kb, f), fmt))
            return 0
        total = kb.count_studies(f)
        studies = kb.study_rows(f, "year", False, 0, total)
        hits = kb.search(text) if text.strip() else []
        if as_json:
            _json({"filter": asdict(f), "count": total,
                   "studies": [asdict(s) for s in studies],
                   "hits": [asdict(h) for h in hits]}, out)
            return 0
        header = ["Study", "Year", "Journal", "N", "OS5", "DFS5", "R0", "Id"]
        _table(header, [[s.label, _nr(s.year), _nr(s.journal), _nr(s.n_patients),
                         _nr(s.os5_text), _nr(s.dfs5_text), _nr(s.r0_text), s.id]
                        for s in studies], out)
        out.write(f"\n{total} of {kb.total_studies()} studies "
                  f"({NR} = not reported by the deck)\n")
        if text.strip():
            out.write(f"\n{len(hits)} full-text hit(s) for {text!r}:\n")
            for h in hits:
                where = f"slide {h.slide}" if h.slide is not None else "glossary"
                owner = f" [{h.study_id}]" if h.study_id else ""
                out.write(f"  {h.kind}{owner} ({where}) {h.title}: {_marks(h.snippet, out)}\n")
        return 0

    return _run(kb_path, work, out, err)


# ----- factors ----------------------------------------------------------------------------
def cmd_factors(kb_path: Path | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    from bclm_viewer.query.filters import StudyFilter

    def work(kb: Any, out: TextIO) -> int:
        counts = {x.id: x.count for x in kb.factor_facets(StudyFilter())}
        factors = kb.factors()
        if as_json:
            _json([{**asdict(x), "studies": counts.get(x.id, 0)} for x in factors], out)
            return 0
        for category in kb.factor_categories():
            out.write(f"{category}\n")
            rows = [[f"  {x.id}", x.name_fr, x.name_en, f"{counts.get(x.id, 0)} study(ies)"]
                    for x in factors if x.category == category]
            width = [max(len(r[i]) for r in rows) for i in range(3)]
            for r in rows:
                out.write("  ".join(c.ljust(w) for c, w in zip(r[:3], width, strict=True))
                          + "  " + r[3] + "\n")
        return 0

    return _run(kb_path, work, out, err)


# ----- show -------------------------------------------------------------------------------
def cmd_show(kb_path: Path | None, study_id: str, as_json: bool, out: TextIO,
             err: TextIO) -> int:
    def work(kb: Any, out: TextIO) -> int:
        study = kb.study(study_id)
        if study is None:
            print(f"{PROG}: unknown study id {study_id!r} (see « {PROG} search » for the ids)",
                  file=err)
            return 1
        outcomes = kb.outcomes(study_id)
        findings = kb.findings(study_id)
        if as_json:
            _json({"study": asdict(study), "outcomes": [asdict(o) for o in outcomes],
                   "findings": [asdict(x) for x in findings]}, out)
            return 0
        out.write(f"{study.label}  [{study.id}]\n{study.citation}\n\n")
        for name, value in (
            ("First author", study.first_author), ("Year", study.year),
            ("Journal", study.journal), ("Title", study.title), ("Kind", study.kind),
            ("Centre", study.centre), ("Period", study.period),
            ("Patients", study.n_patients), ("Slide", study.slide),
        ):
            out.write(f"{name + ':':<14}{_nr(value)}\n")
        out.write(f"\nFigures ({len(outcomes)}):\n")
        for o in outcomes:
            extra = "".join(
                f", {label} {v}" for label, v in (("group", o.group_label), ("p", o.p_value))
                if v is not None
            )
            out.write(f"  {o.measure_name_fr}: {_with_unit(o.value_text, o.unit)}{extra}"
                      f" — slide {o.slide} — « {o.source} »\n")
        out.write(f"\nFindings ({len(findings)}):\n")
        for x in findings:
            level = f" ({x.level})" if x.level else ""
            out.write(f"  {x.factor_name_fr}{level}: {x.effect}; endpoint {_nr(x.endpoint)}; "
                      f"analysis {_nr(x.analysis)}; p {_nr(x.p_value)}"
                      f" — slide {x.slide} — « {x.source} »\n")
        if study.notes_md.strip():
            out.write(f"\nNotes:\n{study.notes_md.rstrip()}\n")
        return 0

    return _run(kb_path, work, out, err)
