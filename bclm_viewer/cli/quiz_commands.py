"""``bclm-viewer quiz``: self-test questions from the KB, with their answer, options and sources
(quote, slide, study), the same for the same ``--seed``; or an Anki package (``--format apkg
-o FILE``). No Qt. Exit status 0, 2 with a plain message on an unknown study or factor id.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from bclm_viewer.i18n import plural as tr
from bclm_viewer.i18n import translator
from bclm_viewer.study.questions import KINDS

_tr = translator("Quiz")

DEFAULT_COUNT = 10


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    q = sub.add_parser("quiz", help="self-test questions generated from the KB (or an .apkg)")
    q.add_argument("--count", type=int, default=None, metavar="N",
                   help=f"how many questions (default {DEFAULT_COUNT}; with apkg: all; 0: all)")
    q.add_argument("--seed", type=int, default=0, metavar="S",
                   help="the draw and the order of the options (default 0)")
    q.add_argument("--factor", action="append", default=[], metavar="ID",
                   help="only questions on this factor (repeatable)")
    q.add_argument("--study", action="append", default=[], metavar="ID",
                   help="only questions on this study (repeatable)")
    q.add_argument("--kind", action="append", default=[], choices=KINDS,
                   help="only this kind of question (repeatable)")
    q.add_argument("--json", action="store_true", help="JSON instead of text")
    q.add_argument("--format", choices=("text", "json", "apkg"), default=None,
                   help="text (default), json, or apkg (an Anki package; needs -o)")
    q.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")


def _as_dict(q: object) -> dict[str, object]:
    from bclm_viewer.study.questions import Question

    assert isinstance(q, Question)
    return {
        "id": q.id, "kind": q.kind, "prompt": q.prompt, "answer": q.answer,
        "choices": list(q.choices), "free_entry": q.free_entry,
        "tolerance": q.tolerance_text() or None, "reading": q.reading,
        "study_ids": list(q.study_ids), "factor_ids": list(q.factor_ids),
        "sources": [{"kind": s.kind, "ref": s.ref, "study_id": s.study_id,
                     "study": s.study_label, "slide": s.slide, "quote": s.quote}
                    for s in q.sources],
    }


def _as_text(n: int, q: object) -> str:
    from bclm_viewer.study.anki import source_line
    from bclm_viewer.study.questions import Question

    assert isinstance(q, Question)
    lines = [f"{n}. [{q.kind}] {q.prompt}"]
    lines += [f"   {chr(65 + i)}. {c}" for i, c in enumerate(q.choices)]
    tol = _tr("  (saisie libre : {tol})").format(tol=q.tolerance_text()) if q.free_entry else ""
    lines.append("   " + _tr("Réponse : {answer}").format(answer=q.answer) + tol)
    for s in dict.fromkeys(q.sources):
        lines.append("   " + _tr("« {quote} » — diapositive {n}, {study}").format(
            quote=s.quote, n=s.slide, study=s.study_label))
    if not q.sources:
        lines.append(f"   {source_line(q)}")
    return "\n".join(lines)


def _notes_written(n: int, path: Path) -> str:
    return tr("%n note(s) écrite(s) dans {path}", "", n).format(path=path)


def cmd_quiz(args: argparse.Namespace, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from bclm_viewer.evidence.figures import UnknownStudyError
    from bclm_viewer.evidence.matrix import UnknownFactorError
    from bclm_viewer.kb.content import ContentError
    from bclm_viewer.kb.errors import KbError
    from bclm_viewer.query.knowledge_base import open_kb
    from bclm_viewer.study.choices import pick, with_choices
    from bclm_viewer.study.questions import Scope, check_scope, generate

    fmt = args.format or ("json" if args.json else "text")
    if fmt == "apkg" and args.output is None:
        print("quiz: --format apkg écrit un fichier : ajoutez -o FICHIER.apkg", file=err)
        return 2
    if args.count is not None and args.count < 0:
        print("quiz: --count doit être positif ou nul", file=err)
        return 2
    scope = Scope(tuple(args.factor), tuple(args.study), (), tuple(args.kind))
    try:
        with open_kb(args.kb) as kb:
            check_scope(kb, scope)
            bank = generate(kb, scope.kinds or KINDS)
    except UnknownStudyError as exc:
        print(f"quiz: {exc}. La liste des études : « bclm-viewer search ».", file=err)
        return 2
    except UnknownFactorError as exc:
        print(f"quiz: {exc}. La liste des facteurs : « bclm-viewer factors ».", file=err)
        return 2
    except (KbError, ContentError) as exc:
        print(f"quiz: {exc}", file=err)
        return 2
    questions = bank.select(scope)
    count = args.count if args.count is not None else (None if fmt == "apkg" else DEFAULT_COUNT)
    chosen = pick(questions, count or None, args.seed)
    if fmt == "apkg":
        from bclm_viewer.study.anki import export_apkg

        n = export_apkg(chosen, bank, args.output, args.seed)
        print(_notes_written(n, args.output), file=err)
        return 0
    shown = [with_choices(q, bank, args.seed) for q in chosen]
    if fmt == "json":
        text = json.dumps([_as_dict(q) for q in shown], ensure_ascii=False, indent=2) + "\n"
    else:
        text = "\n\n".join(_as_text(i + 1, q) for i, q in enumerate(shown)) + "\n"
        if not shown:
            text = _tr("Aucune question pour ces critères.") + "\n"
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return 0
