"""``bclm-viewer search``, ``factors`` and ``show``: the KB from a terminal, no Qt imported.

Every figure is printed as the deck wrote it; what the deck does not report prints as "n.r."
(and stays ``null`` in ``--json``). Exit status: 0 on success; 1 when the KB cannot be opened
or ``show`` names an unknown study; 2 for an unknown factor, effect or endpoint, invalid
content behind the bundled KB, or a damaged KB file (said once, no traceback). What the user
should know about the bundled KB (rebuilt because it had been modified, built in the temp
folder) goes to stderr first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bclm_viewer.evidence.words import ANALYSES, KINDS, NR, figure_text, word
from bclm_viewer.evidence.words import EFFECTS as EFFECT_WORDS
from bclm_viewer.evidence.words import category as word_category
from bclm_viewer.i18n import localized, translator
from bclm_viewer.i18n import plural as tr
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import EFFECTS, ENDPOINTS
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START
from bclm_viewer.query.readings import READING_MARK

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

PROG = "bclm-viewer"

_tr = translator("Cli")


def slide(number: int | None, source: str | None) -> str:
    """"diapositive 4 — « OS5: 37% »"."""
    return _tr("diapositive {n} — « {quote} »").format(n=number, quote=source or "")



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


def valid_text(text: str) -> str:
    """``text`` as valid Unicode: bytes that were not UTF-8 on the command line (kept by
    Python as surrogate escapes) and lone surrogates become U+FFFD, so that what is echoed,
    searched and printed as JSON is always valid UTF-8."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(code - 0xDC00)  # the original byte: decoded below as U+FFFD
        elif 0xD800 <= code <= 0xDFFF:
            out += "\ufffd".encode()
        else:
            out += ch.encode("utf-8")
    return out.decode("utf-8", "replace")


def dispatch(args: argparse.Namespace, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    """Run the parsed sub-command ``search``, ``factors`` or ``show``."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    if args.command == "search":
        return cmd_search(args.kb, valid_text(args.text), [valid_text(x) for x in args.factor],
                          [valid_text(x) for x in args.effect],
                          [valid_text(x) for x in args.endpoint], args.any, args.json, out, err,
                          fmt=args.format)
    if args.command == "factors":
        return cmd_factors(args.kb, args.json, out, err)
    return cmd_show(args.kb, valid_text(args.id), args.json, out, err)


# ----- plumbing ---------------------------------------------------------------------------
def _run(kb_path: Path | None, work: Callable[[KnowledgeBase, TextIO], int], out: TextIO,
         err: TextIO) -> int:
    """Open the KB, run ``work(kb, out) -> status``, turn known failures into messages."""
    import sqlite3

    from bclm_viewer.kb.content import ContentError
    from bclm_viewer.kb.errors import KbDamagedError
    from bclm_viewer.query.knowledge_base import open_kb

    try:
        with open_kb(kb_path) as kb:
            for notice in kb.notices:
                print(f"{PROG}: {notice}", file=err)
            try:
                return int(work(kb, out))
            except sqlite3.DatabaseError as exc:  # a page of the file is damaged
                raise KbDamagedError(kb.path, exc) from exc
    except KbDamagedError as exc:
        print(f"{PROG}: {exc}", file=err)
        return 2
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


# ----- search -----------------------------------------------------------------------------
def _check_values(kb: KnowledgeBase, factors: Sequence[str], effects: Sequence[str],
                  endpoints: Sequence[str]) -> None:
    for fid in factors:
        if kb.factor(fid) is None:
            known = ", ".join(x.id for x in kb.factors())
            raise UsageError(_tr("facteur inconnu {id} ; les facteurs : {known} (voir « {prog} "
                                 "factors »)").format(id=repr(fid), known=known, prog=PROG))
    for e in effects:
        if e not in EFFECTS:
            raise UsageError(_tr("effet inconnu {value} ; attendu : {known}").format(
                value=repr(e), known=", ".join(repr(x) for x in EFFECTS)))
    for e in endpoints:
        if e not in ENDPOINTS:
            raise UsageError(_tr("critère inconnu {value} ; attendu : {known}").format(
                value=repr(e), known=", ".join(ENDPOINTS)))


def cmd_search(kb_path: Path | None, text: str, factors: Sequence[str], effects: Sequence[str],
               endpoints: Sequence[str], any_mode: bool, as_json: bool,
               out: TextIO, err: TextIO, fmt: str = "table") -> int:
    from bclm_viewer.query.filters import StudyFilter

    def work(kb: KnowledgeBase, out: TextIO) -> int:
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
        def cell(s: Any, key: str, value: object) -> str:
            """The value, "◊" when the list column is a reading of the slide."""
            return _nr(value) + (f" {READING_MARK}" if value is not None and key in s.readings
                                 else "")

        header = [_tr("Étude"), _tr("Année"), _tr("Revue"), "N", "OS5", "DFS5", "R0", "Id"]
        _table(header, [[cell(s, "label", s.label), cell(s, "year", s.year),
                         cell(s, "journal", s.journal), cell(s, "n_patients", s.n_text),
                         cell(s, "os5_text", s.os5_text), cell(s, "dfs5_text", s.dfs5_text),
                         cell(s, "r0_text", s.r0_text), s.id]
                        for s in studies], out)
        read = any(s.readings for s in studies)
        out.write("\n" + tr("%n étude(s) sur {total}", "", total)
                  .format(total=kb.total_studies()) + " ("
                  + _tr("{nr} = non rapporté par le diaporama").format(nr=NR)
                  + (_tr(" ; {mark} = une lecture de la diapositive, voir « {prog} show ID »")
                     .format(mark=READING_MARK, prog=PROG) if read else "") + ")\n")
        if text.strip():
            out.write("\n" + tr("%n résultat(s) en texte intégral pour {text} :", "", len(hits))
                      .format(text=repr(text)) + "\n")
            for h in hits:
                where = (_tr("diapositive {n}").format(n=h.slide) if h.slide is not None
                         else _tr("glossaire"))
                owner = f" [{h.study_id}]" if h.study_id else ""
                out.write(f"  {h.kind}{owner} ({where}) {h.title}: {_marks(h.snippet, out)}\n")
        return 0

    return _run(kb_path, work, out, err)


# ----- factors ----------------------------------------------------------------------------
def cmd_factors(kb_path: Path | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    from bclm_viewer.query.filters import StudyFilter

    def work(kb: KnowledgeBase, out: TextIO) -> int:
        counts = {x.id: x.count for x in kb.factor_facets(StudyFilter())}
        factors = kb.factors()
        if as_json:
            _json([{**asdict(x), "studies": counts.get(x.id, 0)} for x in factors], out)
            return 0
        for category in kb.factor_categories():
            out.write(f"{word_category(category)}\n")
            rows = [[f"  {x.id}", x.name_fr, x.name_en, tr("%n étude(s)", "", counts.get(x.id, 0))]
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
    def work(kb: KnowledgeBase, out: TextIO) -> int:
        study = kb.study(study_id)
        if study is None:
            print(f"{PROG}: " + _tr("étude inconnue {id} (les identifiants : « {prog} search »)")
                  .format(id=repr(study_id), prog=PROG), file=err)
            return 1
        outcomes = kb.outcomes(study_id)
        findings = kb.findings(study_id)
        if as_json:
            _json({"study": {**asdict(study), "n_text": study.n_text},
                   "outcomes": [asdict(o) for o in outcomes],
                   "findings": [asdict(x) for x in findings]}, out)
            return 0
        out.write(f"{study.label}  [{study.id}]\n{study.citation}\n\n")
        notes: list[str] = []

        def read(value: object, reason: str | None, where: str) -> str:
            """The value, marked "◊ n" when it is a reading (the reason is note n)."""
            if reason is None or value is None:
                return _nr(value)
            notes.append(f"{where}: {reason}")
            return f"{value} {READING_MARK}{len(notes)}"

        kind = word(KINDS[study.kind]) if study.kind in KINDS else study.kind
        for name, key, value in (
            (_tr("Premier auteur"), "first_author", study.first_author),
            (_tr("Année"), "year", study.year),
            (_tr("Revue"), "journal", study.journal), (_tr("Titre"), "title", study.title),
            (_tr("Type"), "kind", kind), (_tr("Centre"), "centre", study.centre),
            (_tr("Période"), "period", study.period),
            (_tr("Patientes"), "n_patients", study.n_text),
            (_tr("Diapositive"), "slide", study.slide),
        ):
            out.write(f"{name + ':':<16}{read(value, study.readings.get(key), name)}\n")
        out.write("\n" + _tr("Chiffres ({n}) :").format(n=len(outcomes)) + "\n")
        for o in outcomes:
            r = o.readings
            extra = "".join(
                f", {label} {read(v, r.get(key), label)}"
                for label, key, v in ((_tr("groupe"), "group", o.group_label),
                                      ("p", "p", o.p_value))
                if v is not None
            )
            name = read(localized(o.measure_name_fr, o.measure_name_en),
                        r.get("measure") or r.get("study"), o.measure)
            value = read(figure_text(o.value_text, o.unit), r.get("value"), o.measure)
            out.write(f"  {name}: {value}{extra} — " + slide(o.slide, o.source) + "\n")
        out.write("\n" + _tr("Constats ({n}) :").format(n=len(findings)) + "\n")
        for x in findings:
            r = x.readings
            level = f" ({x.level})" if x.level else ""
            factor = read(localized(x.factor_name_fr, x.factor_name_en), r.get("study"),
                          x.factor_id)
            effect = word(EFFECT_WORDS[x.effect]) if x.effect in EFFECT_WORDS else x.effect
            analysis = word(ANALYSES[x.analysis]) if x.analysis in ANALYSES else x.analysis
            out.write(f"  {factor}{level}: " + _tr(
                "{effect} ; critère {endpoint} ; analyse {analysis} ; p {p}").format(
                effect=read(effect, r.get("effect"), "effect"),
                endpoint=read(x.endpoint, r.get("endpoint"), "endpoint"),
                analysis=read(analysis, r.get("analysis"), "analysis"), p=_nr(x.p_value))
                + " — " + slide(x.slide, x.source) + "\n")
        if notes:
            out.write(f"\n{READING_MARK} " + _tr(
                "Lectures (la diapositive ne le dit pas en ces mots ; la base de connaissances "
                "le lit ainsi) :") + "\n")
            out.writelines(f"  {READING_MARK}{n}. {note}\n" for n, note in enumerate(notes, 1))
        if study.notes_md.strip():
            out.write("\n" + _tr("Notes :") + f"\n{study.notes_md.rstrip()}\n")
        return 0

    return _run(kb_path, work, out, err)
