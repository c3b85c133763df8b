"""The filtered studies list as a table to keep: CSV, Markdown, HTML and tab-separated text.

"Which series found HER2 prognostic?" is answered by the studies list under a filter; this
writes that list (every study the filter keeps, in the order shown, with the list's columns)
with the filter stated on top, so a copy pasted into a talk or a spreadsheet says what it is.
The app (Studies page: Fichier -> Exporter, Édition -> Copier) and ``bclm-viewer search
--format csv|md`` use the same writers. Values as the deck wrote them, "n.r." where not
reported; HTML is escaped, nothing from content is ever markup.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bclm_viewer.evidence.export_text import markdown_cell, markdown_table
from bclm_viewer.evidence.words import Labels
from bclm_viewer.evidence.words import labels as current_labels
from bclm_viewer.i18n import QT_TRANSLATE_NOOP, localized, translator
from bclm_viewer.i18n import plural as tr
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.readings import READING_MARK

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.query.records import StudyRow

# The studies list's columns: (StudyRow attribute, title). The UI's model uses its own titles.
_tr = translator("StudiesList")
COLUMNS: tuple[tuple[str, str], ...] = (  # titles translated where written (``_tr``)
    ("label", QT_TRANSLATE_NOOP("StudiesList", "Étude")),
    ("year", QT_TRANSLATE_NOOP("StudiesList", "Année")),
    ("journal", QT_TRANSLATE_NOOP("StudiesList", "Revue")),
    ("kind", QT_TRANSLATE_NOOP("StudiesList", "Type")),
    ("n_patients", "N"),
    ("os5_text", "OS5 (%)"),
    ("dfs5_text", "DFS5 (%)"),
    ("r0_text", "R0 (%)"),
    ("period", QT_TRANSLATE_NOOP("StudiesList", "Période")),
    ("centre", QT_TRANSLATE_NOOP("StudiesList", "Centre")),
    ("id", QT_TRANSLATE_NOOP("StudiesList", "Identifiant")),
)
EFFECT_WORDS = {"poor": QT_TRANSLATE_NOOP("StudiesList", "péjoratif"),
                "favourable": QT_TRANSLATE_NOOP("StudiesList", "favorable"),
                "not significant": QT_TRANSLATE_NOOP("StudiesList", "non significatif")}


@dataclass(frozen=True)
class StudiesList:
    """What is written: the filter in words, the column titles, the rows as shown."""

    filter_text: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: int  # the studies in the KB, for "k sur n"
    # "◊ Adam 2006 — Période : « 84-04 » ..." for each value marked ◊ (a reading of the slide)
    notes: tuple[str, ...] = ()

    def caption(self) -> str:
        return _caption(self.filter_text, len(self.rows), self.total)


def _caption(filter_text: str, shown: int, total: int) -> str:
    return tr("{filter} — %n sur {total} étude(s)", "", shown).format(filter=filter_text,
                                                                      total=total)


def describe_filter(f: StudyFilter, factor_names: Mapping[str, str],
                    effect_words: Mapping[str, str] = EFFECT_WORDS) -> str:
    """The filter in words, as the chips read: "Filtre : facteurs (tous) : Statut HER2 ; …"."""
    parts: list[str] = []
    if f.factors:
        names = ", ".join(factor_names.get(x, x) for x in f.factors)
        if len(f.factors) < 2:
            parts.append(_tr("facteurs : {names}").format(names=names))
        elif f.mode == "all":
            parts.append(_tr("facteurs (tous) : {names}").format(names=names))
        else:
            parts.append(_tr("facteurs (au moins un) : {names}").format(names=names))
    if f.effects:
        parts.append(_tr("effet : {effects}").format(
            effects=", ".join(_tr(effect_words.get(e, e)) for e in f.effects)))
    if f.endpoints:
        parts.append(_tr("critère : {endpoints}").format(endpoints=", ".join(f.endpoints)))
    if f.text.strip():
        parts.append(_tr("recherche : « {text} »").format(text=" ".join(f.text.split())))
    if not parts:
        return _tr("Aucun filtre : toutes les études")
    return _tr("Filtre : {parts}").format(parts=_tr(" ; ").join(parts))


def studies_list(kb: KnowledgeBase, f: StudyFilter, sort: str = "year", descending: bool = False,
                 labels: Labels | None = None) -> StudiesList:
    """Every study ``f`` keeps, sorted as the list is (``sort`` a ``STUDY_COLUMNS`` key); the
    words in the current language unless ``labels`` says otherwise."""
    labels = labels or current_labels()
    total = int(kb.count_studies(f))
    rows = kb.study_rows(f, sort, descending, 0, total) if total else []
    kinds = dict(labels.kinds)
    names = {x.id: localized(x.name_fr, x.name_en) for x in kb.factors()} if f.factors else {}

    titles = {attr: _tr(title) for attr, title in COLUMNS}
    notes: list[str] = []

    def shown(row: StudyRow, attr: str) -> str:
        value = row.n_text if attr == "n_patients" else getattr(row, attr, None)
        if value is None or value == "":
            return labels.nr
        text = kinds.get(str(value), str(value)) if attr == "kind" else str(value)
        reason = row.readings.get(attr)
        if reason is None:
            return text
        notes.append(_tr("{mark} {study} — {column} : {reason}").format(
            mark=READING_MARK, study=row.label, column=titles[attr], reason=reason))
        return f"{text} {READING_MARK}"

    cells = tuple(tuple(shown(r, attr) for attr, _ in COLUMNS) for r in rows)
    return StudiesList(
        describe_filter(f, names),
        tuple(titles[attr] for attr, _ in COLUMNS),
        cells,
        int(kb.total_studies()),
        tuple(notes),
    )


def _lines(table: StudiesList) -> list[list[str]]:
    return [list(table.header), *(list(r) for r in table.rows)]


def studies_csv(table: StudiesList) -> str:
    """CSV (comma, CRLF): the filter line, an empty line, the header and the rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([table.caption()])
    writer.writerow([])
    writer.writerows(_lines(table))
    if table.notes:
        writer.writerow([])
        writer.writerows([n] for n in table.notes)
    return buf.getvalue()


def studies_markdown(table: StudiesList) -> str:
    """A Markdown table under the filter line (plain text, pipes escaped)."""
    out = [f"**{markdown_cell(table.caption())}**", ""]
    out += markdown_table(list(table.header), [list(r) for r in table.rows])
    if table.notes:
        out += [""] + [f"- {markdown_cell(n)}" for n in table.notes]
    return "\n".join(out) + "\n"


def studies_tsv(table: StudiesList) -> str:
    """Tab-separated lines (the clipboard's plain text: pastes into a spreadsheet's cells)."""
    def clean(text: str) -> str:
        return " ".join(text.replace("\t", " ").split())

    lines = [clean(table.caption()), ""]
    lines += ["\t".join(clean(c) for c in row) for row in _lines(table)]
    lines += ["", *map(clean, table.notes)] if table.notes else []
    return "\n".join(lines) + "\n"


def studies_html(table: StudiesList) -> str:
    """A bordered HTML table with its caption (the clipboard's rich text for a word processor);
    every text escaped."""
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in table.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in table.rows
    )
    return (
        "<html><head><meta charset=\"utf-8\"></head><body>"
        f"<p><b>{esc(table.caption())}</b></p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        + "".join(f"<p><i>{esc(n)}</i></p>" for n in table.notes)
        + "</body></html>"
    )


def studies_text(table: StudiesList, fmt: str) -> str:
    """``fmt`` one of "csv", "md", "tsv", "html"."""
    writers = {"csv": studies_csv, "md": studies_markdown, "tsv": studies_tsv,
               "html": studies_html}
    return writers[fmt](table)
