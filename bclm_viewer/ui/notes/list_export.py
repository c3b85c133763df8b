"""A talk list written out as Markdown, for editing elsewhere: each item named as the list
shows it, the user's note under a study, the headline figures of a comparison's studies. (The
PDF handout and the PowerPoint slides are ``talk_export``'s.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from bclm_viewer.evidence.export_text import markdown_table
from bclm_viewer.notes import ListItem, UserStore
from bclm_viewer.ui.common.export_ui import ask_path
from bclm_viewer.ui.common.labels import or_nr
from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.notes.notes_models import KbNames

tr = translator("ListExport")


def headline_columns() -> list[str]:
    return [tr("Étude"), tr("Année"), tr("N"), tr("OS5 (%)"), tr("DFS5 (%)"), tr("R0 (%)")]


def headline_rows(names: KbNames, study_ids: list[str]) -> list[list[str]]:
    """One row per study of a comparison: its headline figures, « n.r. » when not reported."""
    rows = []
    for sid in study_ids:
        row = names.study_row(sid)
        if row is None:
            rows.append([sid, "", "", "", "", tr("étude absente de la base")])
            continue
        values: list[Any] = [row.label, row.year, row.n_patients, row.os5_text, row.dfs5_text,
                             row.r0_text]
        rows.append([or_nr(v) for v in values])
    return rows


def _list_parts(names: KbNames, store: UserStore, list_id: int) -> tuple[str, list[ListItem]]:
    tl = store.get_list(list_id)
    return (tl.name if tl is not None else ""), store.items(list_id)


def list_markdown(names: KbNames, store: UserStore, list_id: int) -> str:
    """The list as Markdown: a numbered item per line, notes quoted, comparisons as tables."""
    name, items = _list_parts(names, store, list_id)
    out = [f"# {name}", ""]
    for n, item in enumerate(items, 1):
        out.append(f"{n}. {names.describe(item)}")
        if item.kind == "study":
            note = store.note(item.ref)
            if note is not None:
                out.append("")
                out += [f"   > {line}" if line else "   >" for line in note.body_md.splitlines()]
                out.append("")
        elif item.kind == "comparison":
            out.append("")
            out += markdown_table(headline_columns(), headline_rows(names, item.study_ids()),
                                  indent="   ")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def export_list(
    parent: QWidget, names: KbNames, store: UserStore, list_id: int, fmt: str
) -> Path | None:
    """Ask where, then write list ``list_id`` as Markdown (``"md"``); the PDF handout and the
    PowerPoint file are ``talk_export``'s.

    Returns the file written, None if the user cancelled; raises ``OSError`` on failure.
    """
    tl = store.get_list(list_id)
    if tl is None:
        return None
    suffix = ".md" if fmt == "md" else ".pdf"
    title = tr("Exporter la liste en Markdown") if fmt == "md" else tr("Exporter la liste en PDF")
    pattern = tr("Markdown (*.md)") if fmt == "md" else tr("PDF (*.pdf)")
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in tl.name).strip()
    default = Path.home() / f"{safe or tr('liste')}{suffix}"
    path = ask_path(parent, title, str(default), pattern)
    if path is None:
        return None
    path.write_text(list_markdown(names, store, list_id), encoding="utf-8")
    return path
