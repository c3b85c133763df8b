"""Command line: ``bclm-viewer`` opens the app; sub-commands build, check and query the KB.

Only argparse lives here: every command calls the kb layer (no SQL) or the ui package (lazily,
so that the query commands never import Qt). One parser reads every command line but the
app's plain launch (``bclm-viewer``, ``bclm-viewer --smoke-test``): building the parser imports
the sub-command modules and asks gettext for its messages, ~10 ms of a ~200 ms start-up
(``docs/performance.md``), so that launch opens the app directly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _take_language(argv: Sequence[str]) -> list[str]:
    """``argv`` without its ``--lang fr|en`` (accepted anywhere: before or after a sub-command;
    the last one wins), whose language is set for the whole run (``bclm_viewer.i18n``); a bad
    value is left in place for argparse to refuse."""
    from bclm_viewer import i18n

    args = list(argv)
    kept: list[str] = []
    i = 0
    while i < len(args):
        arg, value, step = args[i], None, 1
        if arg.startswith("--lang="):
            value = arg[len("--lang="):]
        elif arg == "--lang" and i + 1 < len(args):
            value, step = args[i + 1], 2
        if value is not None and value.lower() in i18n.LANGUAGES:
            i18n.set_language(value)
        else:
            kept += args[i:i + step]
        i += step
    return kept


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bclm-viewer",
        description="Evidence on liver surgery for breast cancer liver metastases (MHKS).",
    )
    p.add_argument("--kb", type=Path, help="open this knowledge base instead of the bundled one")
    p.add_argument("--lang", choices=("fr", "en"),
                   help="language of the app and of every command's output (default: the "
                   "system's: French for fr_* locales, English otherwise)")
    p.add_argument("--content", type=Path,
                   help="build this content folder (e.g. an imported deck) and open it")
    p.add_argument("--include-drafts", action="store_true",
                   help="with --content: also show drafts and candidates, marked à vérifier")
    p.add_argument("--review", action="store_true",
                   help="with --content: open the review page of its imported candidates")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, load the KB, paint the main window, exit 0 (non-zero on any failure)",
    )
    desktop = p.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry", action="store_true",
        help="add bclm-viewer to the desktop menu (a .desktop file and its icon, for this user)",
    )
    desktop.add_argument(
        "--uninstall-desktop-entry", action="store_true",
        help="remove what --install-desktop-entry wrote",
    )
    sub = p.add_subparsers(dest="command")

    b = sub.add_parser("build", help="build the knowledge base from content")
    b.add_argument("--content", type=Path, help="content folder (default: the packaged content)")
    b.add_argument("--output", type=Path, help="KB file (default: the user cache)")
    b.add_argument("--include-drafts", action="store_true",
                   help="also build draft studies and unreviewed candidates (marked à vérifier)")

    c = sub.add_parser("check", help="validate content, write nothing")
    c.add_argument("--content", type=Path, help="content folder (default: the packaged content)")
    c.add_argument("--strict", action="store_true",
                   help="fail (exit 2) on draft studies and unreviewed candidates")

    from bclm_viewer.cli.import_commands import add_parser as add_import_parser

    add_import_parser(sub)  # import

    from bclm_viewer.cli.evidence_commands import add_parsers as add_compare_parsers

    add_compare_parsers(sub)  # compare, matrix

    from bclm_viewer.cli.query_commands import add_parsers as add_query_parsers

    add_query_parsers(sub)  # search, factors, show

    from bclm_viewer.cli.quiz_commands import add_parsers as add_quiz_parsers

    add_quiz_parsers(sub)  # quiz

    from bclm_viewer.cli.list_commands import add_parsers as add_list_parsers

    add_list_parsers(sub)  # list new|add|show|export
    return p


def main(argv: Sequence[str] | None = None) -> int:
    given = _take_language(sys.argv[1:] if argv is None else argv)
    if given in ([], ["--smoke-test"]):  # the app, as a launcher opens it (see the docstring)
        from bclm_viewer.ui.app import run_app

        return run_app(smoke_test=bool(given))
    args = _parser().parse_args(given)
    try:
        return _run_command(args)
    except BrokenPipeError:
        # The reader went away (``bclm-viewer search HER2 | head``): stop quietly, as Unix
        # tools do; stdout goes to devnull so that Python's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _run_command(args: argparse.Namespace) -> int:
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from bclm_viewer.cli import desktop_entry

        return desktop_entry.run(remove=args.uninstall_desktop_entry)
    if args.command == "build":
        from bclm_viewer.cli.content_commands import cmd_build

        return cmd_build(args.content, args.output, include_drafts=args.include_drafts)
    if args.command == "check":
        from bclm_viewer.cli.content_commands import cmd_check

        return cmd_check(args.content, strict=args.strict)
    if args.command == "import":
        from bclm_viewer.cli.import_commands import cmd_import

        return cmd_import(args.deck, args.into)
    if args.command in ("compare", "matrix"):
        from bclm_viewer.cli.evidence_commands import dispatch

        return int(dispatch(args) or 0)
    if args.command == "list":
        from bclm_viewer.cli.list_commands import cmd_list

        return cmd_list(args)
    if args.command in ("search", "factors", "show"):
        from bclm_viewer.cli.query_commands import dispatch as dispatch_query

        return dispatch_query(args)
    if args.command == "quiz":
        from bclm_viewer.cli.quiz_commands import cmd_quiz

        return cmd_quiz(args)
    from bclm_viewer.ui.app import run_app

    if args.content is not None:
        from bclm_viewer.ui.app import run_content

        return run_content(args.content, args.include_drafts, args.review, args.smoke_test)
    return run_app(kb_path=args.kb, smoke_test=args.smoke_test)


if __name__ == "__main__":
    sys.exit(main())
