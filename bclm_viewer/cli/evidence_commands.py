"""``bclm-viewer compare`` and ``bclm-viewer matrix``: the comparison and the evidence matrix as
Markdown, CSV or JSON on standard output (or a file). No Qt: these run on a headless server.

Exit status 0 on success, 2 with a plain message on an unknown study or factor id.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bclm_viewer.evidence.words import labels
from bclm_viewer.i18n import translator

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

FORMATS = ("md", "csv", "json", "pptx", "pdf")  # pptx / pdf: the talk's slides / handout

_tr = translator("Cli")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the two sub-commands on the CLI's sub-parsers."""
    c = sub.add_parser("compare", help="compare studies side by side (Markdown, CSV or JSON)")
    c.add_argument("ids", nargs="+", metavar="ID", help="study ids, e.g. adam-2006 abbott-2012")
    c.add_argument("--format", choices=FORMATS, default="md", help="output format (default md)")
    c.add_argument(
        "--all-rows",
        action="store_true",
        help="keep the rows no compared study reports (shown as n.r.)",
    )
    c.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")

    m = sub.add_parser("matrix", help="prognostic factors × studies, with disagreements")
    m.add_argument("--factor", action="append", default=[], metavar="ID", help="only this factor")
    m.add_argument(
        "--study", action="append", default=None, metavar="ID", help="only this study"
    )
    m.add_argument("--format", choices=FORMATS, default="md", help="output format (default md)")
    m.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")


def _emit(text: str, output: Path | None, out: TextIO) -> None:
    if output is None:
        out.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def _run(kb_path: Path | None, work: Callable[[KnowledgeBase], str], output: Path | None,
         prog: str, out: TextIO | None, err: TextIO | None) -> int:
    # Resolved here, not as defaults, so a redirected sys.stdout (tests, pipes) is honoured.
    out = out or sys.stdout
    err = err or sys.stderr
    from bclm_viewer.evidence.compare import UnknownStudyError
    from bclm_viewer.evidence.matrix import UnknownFactorError
    from bclm_viewer.kb.content import ContentError
    from bclm_viewer.kb.errors import KbDamagedError, KbError
    from bclm_viewer.query.knowledge_base import is_damaged_kb_error, open_kb

    try:
        with open_kb(kb_path) as kb:
            for notice in kb.notices:
                print(f"{prog}: {notice}", file=err)
            try:
                text = work(kb)
            except Exception as exc:
                if is_damaged_kb_error(exc) and not isinstance(exc, KbError):
                    raise KbDamagedError(kb.path, exc) from exc  # a damaged page: said once
                raise
    except UnknownStudyError as exc:
        print(f"{prog}: {exc}. " + _tr("La liste des études : « bclm-viewer search »."),
              file=err)
        return 2
    except UnknownFactorError as exc:
        print(f"{prog}: {exc}. " + _tr("La liste des facteurs : « bclm-viewer factors »."),
              file=err)
        return 2
    except KbError as exc:
        print(f"{prog}: {exc}", file=err)
        return 2
    except ContentError as exc:  # the bundled KB had to be rebuilt from invalid content
        print(f"{prog}: {exc}", file=err)
        return 2
    _emit(text, output, out)
    return 0


def cmd_compare(
    kb_path: Path | None,
    ids: list[str],
    fmt: str = "md",
    all_rows: bool = False,
    output: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    from bclm_viewer.evidence import export_text as export
    from bclm_viewer.evidence.compare import build_comparison

    if len(dict.fromkeys(ids)) < 2:
        print("bclm-viewer compare: " + _tr("il faut au moins deux études différentes."),
              file=err or sys.stderr)
        return 2

    def work(kb: KnowledgeBase) -> str:
        comp = build_comparison(kb, ids, labels())
        if not all_rows:
            comp = comp.reported_rows()
        writer = {
            "md": export.comparison_markdown,
            "csv": export.comparison_csv,
            "json": export.comparison_json,
        }[fmt]
        return writer(comp)

    return _run(kb_path, work, output, "bclm-viewer compare", out, err)


def cmd_matrix(
    kb_path: Path | None,
    factors: list[str],
    studies: list[str] | None = None,
    fmt: str = "md",
    output: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    from bclm_viewer.evidence import export_text as export
    from bclm_viewer.evidence.matrix import build_matrix

    def work(kb: KnowledgeBase) -> str:
        m = build_matrix(kb, factors, studies, labels())
        writer = {
            "md": export.matrix_markdown,
            "csv": export.matrix_csv,
            "json": export.matrix_json,
        }[fmt]
        return writer(m)

    return _run(kb_path, work, output, "bclm-viewer matrix", out, err)


def dispatch(args: argparse.Namespace) -> int | None:
    """Run ``compare`` / ``matrix`` if that is the command, else None."""
    if args.command in ("compare", "matrix") and args.format in ("pptx", "pdf"):
        from bclm_viewer.cli.list_commands import cmd_evidence_file

        return cmd_evidence_file(args)
    if args.command == "compare":
        return cmd_compare(args.kb, args.ids, args.format, args.all_rows, args.output)
    if args.command == "matrix":
        return cmd_matrix(args.kb, args.factor, args.study, args.format, args.output)
    return None
