"""``bclm-viewer list new|add|show|export``: talk lists from the command line, in the user's
own data (as the app has it; ``--data-dir`` or ``BCLM_VIEWER_DATA_DIR`` to point elsewhere).

An item is written as ``study:ID``, ``slide:N``, ``compare:ID,ID[,...]``,
``matrix[:flagged|:FACTOR,...]`` or ``chart:MEASURE[:ID,ID...]``; it is checked against the KB
before it is added. Errors are one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bclm_viewer.cli.talk_output import OUTPUT_FORMATS
from bclm_viewer.i18n import translator

if TYPE_CHECKING:
    from bclm_viewer.evidence.talk.items import TalkItem
    from bclm_viewer.notes import UserStore
    from bclm_viewer.query.knowledge_base import KnowledgeBase

PROG = "bclm-viewer list"
_tr = translator("ListCli")
KINDS = {"study": "study", "slide": "slide", "compare": "comparison", "matrix": "matrix",
         "chart": "chart"}


class CommandError(Exception):
    """A user error, reported as one line and exit status 2."""


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("list", help="talk lists: new, add, show, export (PowerPoint, PDF, MD)")
    p.add_argument("--data-dir", type=Path, help="user data folder (default: the app's)")
    cmds = p.add_subparsers(dest="list_command", required=True)
    n = cmds.add_parser("new", help="create a list")
    n.add_argument("name")
    a = cmds.add_parser("add", help="add an item at the end of a list")
    a.add_argument("name")
    a.add_argument("item", help="study:ID | slide:N | compare:ID,ID | matrix[:flagged|:F,..] | "
                   "chart:MEASURE[:ID,ID]")
    a.add_argument("--caption", help="a caption shown with the item")
    s = cmds.add_parser("show", help="the items of a list")
    s.add_argument("name")
    s.add_argument("--json", action="store_true")
    e = cmds.add_parser("export", help="write a list as slides (pptx), a handout (pdf) or md")
    e.add_argument("name")
    e.add_argument("--format", choices=OUTPUT_FORMATS, required=True)
    e.add_argument("--output", "-o", type=Path, required=True)
    e.add_argument("--template", type=Path, help="a .pptx whose layouts and theme to use")


def parse_item(text: str) -> tuple[str, str]:
    """ "compare:a,b" → ("comparison", '["a","b"]'); see the module's docstring."""
    from bclm_viewer.notes.records import comparison_ref, normalise_ref

    word, _, ref = text.partition(":")
    kind = KINDS.get(word.strip())
    if kind is None:
        raise CommandError(f"élément inconnu « {text} » (attendu : study:ID, slide:N, "
                           "compare:ID,ID, matrix[:flagged|:FACTEUR,...], chart:MESURE[:ID,...])")
    if kind == "comparison":
        ids = [i.strip() for i in ref.split(",") if i.strip()]
        if len(dict.fromkeys(ids)) < 2:
            raise CommandError("une comparaison demande au moins deux études différentes")
        ref = comparison_ref(list(dict.fromkeys(ids)))
    try:
        return kind, normalise_ref(kind, ref)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc


def _store(data_dir: Path | None) -> UserStore:
    from bclm_viewer.notes import UserStore, UserStoreError
    from bclm_viewer.notes.schema import FILE_NAME

    try:
        return UserStore(data_dir / FILE_NAME if data_dir is not None else None)
    except (UserStoreError, OSError) as exc:
        raise CommandError(f"base de notes inutilisable : {exc}") from exc


def _list_id(store: UserStore, name: str) -> int:
    found = [t for t in store.lists() if t.name == name.strip()]
    if not found:
        names = ", ".join(f"« {t.name} »" for t in store.lists()) or "aucune"
        raise CommandError(f"liste inconnue : « {name} » (listes : {names})")
    return found[0].id


def talk_items(store: UserStore, list_id: int) -> list[TalkItem]:
    from bclm_viewer.evidence.talk.items import TalkItem

    return [TalkItem(i.kind, i.ref, i.caption) for i in store.items(list_id)]


def today() -> str:
    return date.today().strftime("%d/%m/%Y")


def _run(args: argparse.Namespace, kb: KnowledgeBase | None) -> int:
    from bclm_viewer.evidence.talk.items import TalkItem, build_talk, item_sections, study_notes

    store = _store(args.data_dir)
    try:
        cmd = args.list_command
        if cmd == "new":
            if any(t.name == args.name.strip() for t in store.lists()):
                raise CommandError(f"la liste « {args.name} » existe déjà")
            try:
                store.create_list(args.name)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            print(_tr("Liste « {name} » créée.").format(name=args.name.strip()))
            return 0
        list_id = _list_id(store, args.name)
        if cmd == "add":
            kind, ref = parse_item(args.item)
            assert kb is not None
            item_sections(kb, TalkItem(kind, ref, args.caption))  # raises on what the KB lacks
            store.add_item(list_id, kind, ref, args.caption)
            print(_tr("Ajouté à « {name} » : {item}").format(name=args.name.strip(),
                                                             item=args.item))
            return 0
        items = store.items(list_id)
        if cmd == "show":
            if args.json:
                data = [{"position": i.position + 1, "kind": i.kind, "ref": i.ref,
                         "caption": i.caption} for i in items]
                print(json.dumps({"name": args.name.strip(), "items": data},
                                 ensure_ascii=False, indent=2))
            else:
                print(args.name.strip())
                for i in items:
                    caption = f" — {i.caption}" if i.caption else ""
                    print(f"{i.position + 1}. {i.kind} {i.ref}{caption}")
            return 0
        assert kb is not None
        talk = build_talk(kb, args.name.strip(), talk_items(store, list_id), today(),
                          study_notes(talk_items(store, list_id), store.note))
        export(talk, args.format, args.output, args.template)
        print(_tr("Écrit : {path}").format(path=args.output))
        return 0
    finally:
        store.close()


def export(talk: object, fmt: str, output: Path, template: Path | None) -> None:
    """Write the talk; any failure becomes a ``CommandError`` (one line)."""
    from bclm_viewer.cli.talk_output import write_talk
    from bclm_viewer.evidence.talk.model import Talk

    assert isinstance(talk, Talk)
    if template is not None and fmt != "pptx":
        raise CommandError("--template ne s'applique qu'au format pptx")
    if template is not None and not Path(template).is_file():
        raise CommandError(f"modèle introuvable : {template}")
    try:
        write_talk(talk, fmt, output, template)
    except ValueError as exc:  # TemplateError
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"impossible d'écrire {output} : {exc.strerror or exc}") from exc


def cmd_list(args: argparse.Namespace) -> int:
    from bclm_viewer.kb.content import ContentError
    from bclm_viewer.kb.errors import KbError
    from bclm_viewer.query.knowledge_base import open_kb

    try:
        if args.list_command in ("new", "show"):
            return _run(args, None)
        with open_kb(args.kb) as kb:
            return _run(args, kb)
    except (CommandError, KbError, ContentError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2


def cmd_evidence_file(args: argparse.Namespace) -> int:
    """``compare ... --format pptx|pdf`` and ``matrix --format pptx|pdf``: the same slides and
    handout as a list holding that one item."""
    from bclm_viewer.evidence.talk.items import TalkItem, build_talk
    from bclm_viewer.kb.content import ContentError
    from bclm_viewer.kb.errors import KbError
    from bclm_viewer.notes.records import comparison_ref
    from bclm_viewer.query.knowledge_base import open_kb

    prog = f"bclm-viewer {args.command}"
    try:
        if args.output is None:
            raise CommandError(f"--format {args.format} écrit un fichier : ajoutez -o FICHIER")
        if args.command == "compare":
            ids = list(dict.fromkeys(args.ids))
            if len(ids) < 2:
                raise CommandError("il faut au moins deux études différentes")
            item = TalkItem("comparison", comparison_ref(ids))
            title = _tr("Comparaison")
        else:
            if args.study:
                raise CommandError(f"--study ne s'applique pas au format {args.format}")
            item = TalkItem("matrix", ",".join(args.factor) or "all")
            title = _tr("Matrice des facteurs pronostiques")
        with open_kb(args.kb) as kb:
            talk = build_talk(kb, title, [item], today())
            export(talk, args.format, args.output, None)
    except (CommandError, KbError, ContentError) as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    return 0
