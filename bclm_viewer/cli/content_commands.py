"""``bclm-viewer build`` and ``bclm-viewer check``: exit 0 when done, 2 on content problems
(each on stderr as ``path:line: field: what is wrong``), 1 on any other failure."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from bclm_viewer.kb import paths
from bclm_viewer.kb.content import Problem

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_CONTENT = 2


def _report(problems: list[Problem], what: str, err: TextIO) -> int:
    for problem in problems:
        print(problem, file=err)
    n = len(problems)
    print(f"{n} problem{'s' if n != 1 else ''} in the content; {what}", file=err)
    return EXIT_CONTENT


def cmd_build(content: Path | None, output: Path | None, *, include_drafts: bool = False) -> int:
    """Build the KB from ``content`` (default: packaged) into ``output`` (default: user cache)."""
    import sqlite3

    from bclm_viewer.kb.build import build_kb
    from bclm_viewer.kb.content import ContentError

    content = content if content is not None else paths.content_dir()
    output = output if output is not None else paths.default_kb_path()
    try:
        result = build_kb(content, output, include_drafts=include_drafts)
    except ContentError as exc:
        return _report(exc.problems, f"{output} was not written.", sys.stderr)
    except (OSError, RuntimeError, ValueError, sqlite3.Error) as exc:
        print(f"bclm-viewer build: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(result.summary())
    return EXIT_OK


def cmd_check(content: Path | None, *, strict: bool = False) -> int:
    """Validate ``content`` (default: packaged) and report every problem; write nothing. Drafts
    and unreviewed candidates are listed (a count per file); ``strict`` fails on them."""
    from bclm_viewer.kb.drafts import review_status
    from bclm_viewer.kb.validate import check_content

    content = content if content is not None else paths.content_dir()
    try:
        problems = check_content(content)
    except OSError as exc:
        print(f"bclm-viewer check: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if problems:
        return _report(problems, "fix them, then run the check again.", sys.stderr)
    pending = review_status(content)
    out = sys.stderr if strict else sys.stdout
    for status in pending:
        print(status, file=out)
    if pending:
        n = sum(s.candidates for s in pending)
        drafts = sum(s.draft for s in pending)
        print(f"{content}: {drafts} draft studies, {n} candidates to review "
              "(left out of the build unless --include-drafts)", file=out)
        if strict:
            return EXIT_CONTENT
    print(f"{content}: no problems")
    return EXIT_OK
