"""What the user store hands out: plain frozen records, its errors, and item-reference rules.

Records are plain data so the UI never holds a database row or a cursor, and so the export
and the store agree on one definition of a list item.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bclm_viewer.i18n import plural as tr
from bclm_viewer.i18n import translator

_tr = translator("UserImport")

ITEM_KINDS = ("study", "comparison", "slide", "matrix", "chart")


def utc_now() -> str:
    """A timestamp as stored: ISO 8601, UTC, microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class UserStoreError(Exception):
    """Base of every error the notes package raises on purpose; ``str()`` is for the user."""


class NotFoundError(UserStoreError, LookupError):
    """A list, item or conflict id that is not in the store."""


class StoreBusyError(UserStoreError):
    """Another program kept the notes database locked for too long; the change was not made."""


class StoreWriteError(UserStoreError):
    """The notes file cannot be written now (disk full, read-only folder, disk error): the change
    was not made. ``reason`` is ``"full"``, ``"readonly"`` or ``"io"``; ``str()`` says it in
    plain French, ``plain`` is the short form shown beside the editor (« disque plein »)."""

    PLAIN = {
        "full": "disque plein",
        "readonly": "dossier des notes en lecture seule",
        "io": "erreur du disque",
    }

    def __init__(self, path: Path, reason: str, detail: str) -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        self.plain = self.PLAIN.get(reason, "erreur d'écriture")
        super().__init__(
            f"La base de notes {path} ne peut pas être écrite ({self.plain} : {detail}). "
            "Rien n'a été perdu : le texte reste affiché et sera enregistré dès que possible."
        )


class UnusableStoreError(UserStoreError):
    """The file cannot serve as this app's notes database (corrupt, foreign, or too new)."""

    def __init__(self, path: Path, reason: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.reason = reason  # "corrupt" | "foreign" | "too-new"
        self.detail = detail


class ImportFormatError(UserStoreError):
    """An import file that is not a valid export; nothing was written."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  (et {len(problems) - 20} autre(s))" if len(problems) > 20 else ""
        super().__init__(
            f"Le fichier « {path} » n'a pas été importé (rien n'a été modifié) :\n{shown}{more}"
        )
        self.path = path
        self.problems = problems


def normalise_ref(kind: str, ref: str) -> str:
    """Check an item reference against its kind and return its canonical text.

    ``study``: a study id; ``comparison``: a JSON list of study ids (re-serialised compactly so
    equal comparisons compare equal); ``slide``: a slide number ≥ 1 as text; ``matrix``: "all",
    "flagged" or factor ids "a,b"; ``chart``: a measure id, optionally ":id,id" (its series).
    Raises ValueError.
    """
    if kind not in ITEM_KINDS:
        raise ValueError(f"type d'élément inconnu : {kind!r} (attendu : {', '.join(ITEM_KINDS)})")
    if not isinstance(ref, str):
        raise ValueError(f"référence attendue en texte, reçu {type(ref).__name__}")
    if kind == "study":
        if not ref.strip():
            raise ValueError("identifiant d'étude vide")
        return ref.strip()
    if kind == "matrix":
        parts = [p.strip() for p in ref.split(",") if p.strip()]
        return ",".join(parts) if parts else "all"
    if kind == "chart":
        measure, _, ids = ref.partition(":")
        if not measure.strip():
            raise ValueError("graphique : identifiant de mesure vide")
        series = [i.strip() for i in ids.split(",") if i.strip()]
        return measure.strip() + (":" + ",".join(series) if series else "")
    if kind == "slide":
        text = ref.strip()
        if not text.isdigit() or int(text) < 1:
            raise ValueError(f"numéro de diapositive invalide : {ref!r}")
        return str(int(text))
    try:
        ids = json.loads(ref)
    except json.JSONDecodeError as exc:
        raise ValueError(f"comparaison : liste JSON attendue ({exc.msg})") from exc
    if not isinstance(ids, list) or not ids:
        raise ValueError("comparaison : liste non vide d'identifiants d'études attendue")
    if not all(isinstance(i, str) and i.strip() for i in ids):
        raise ValueError("comparaison : chaque identifiant d'étude doit être un texte non vide")
    return comparison_ref([i.strip() for i in ids])


def comparison_ref(study_ids: list[str]) -> str:
    """The reference text of a ``comparison`` item for these study ids."""
    return json.dumps(list(study_ids), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Note:
    """The user's note on one study, as stored (Markdown)."""

    study_id: str
    body_md: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class TalkList:
    """A talk list (deleted lists stay, marked, until purged)."""

    id: int
    name: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    n_items: int

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class ListItem:
    """One item of a list: a study, a comparison of studies or a slide."""

    id: int
    list_id: int
    position: int
    kind: str
    ref: str
    caption: str | None
    created_at: str

    def study_ids(self) -> list[str]:
        """The studies this item shows: one, several (comparison, chart) or none (slide,
        matrix: its studies are those with a finding)."""
        if self.kind == "study":
            return [self.ref]
        if self.kind == "comparison":
            return [str(i) for i in json.loads(self.ref)]
        if self.kind == "chart":
            _, _, ids = self.ref.partition(":")
            return [i for i in ids.split(",") if i]
        return []


@dataclass(frozen=True, slots=True)
class NoteHit:
    """A search result: a note (``study_id`` set) or a list (``list_id`` set).

    ``snippet`` marks matches with ``bclm_viewer.query.fts.HIGHLIGHT_START/END``; escape it before
    turning the marks into highlighting.
    """

    kind: str  # "note" | "list"
    study_id: str | None
    list_id: int | None
    title: str
    snippet: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two versions of one note that could not both be the note: neither is ever dropped.

    ``local_md`` is the note as it stood; ``incoming_md`` the other version, kept here.
    """

    id: int
    study_id: str
    local_md: str
    incoming_md: str
    incoming_updated_at: str | None
    source: str
    created_at: str
    resolved_at: str | None


@dataclass(slots=True)
class ImportReport:
    """What an import did; nothing in the store was overwritten."""

    path: Path
    notes_added: list[str] = field(default_factory=list)
    notes_unchanged: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    conflicts_already_known: list[str] = field(default_factory=list)
    stars_added: list[str] = field(default_factory=list)
    lists_added: list[str] = field(default_factory=list)
    lists_renamed: list[tuple[str, str]] = field(default_factory=list)  # (in file, as imported)
    lists_unchanged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A summary for a message box, in the user's language."""
        return _import_summary(self)


def _import_summary(r: ImportReport) -> str:
    lines = [
        _tr("Import de « {name} » :").format(name=r.path.name),
        tr("%n note(s) ajoutée(s), ", "", len(r.notes_added))
        + tr("%n déjà identique(s).", "", len(r.notes_unchanged)),
        tr("%n étoile(s) ajoutée(s).", "", len(r.stars_added)),
        tr("%n liste(s) ajoutée(s), ", "", len(r.lists_added))
        + tr("%n déjà présente(s).", "", len(r.lists_unchanged)),
    ]
    for in_file, imported in r.lists_renamed:
        lines.append(_tr("La liste « {name} » existait déjà ici avec un autre contenu : importée "
                         "sous « {imported} ».").format(name=in_file, imported=imported))
    for c in r.conflicts:
        lines.append(_tr("Note de {study} différente ici et dans le fichier : la note locale est "
                         "gardée, l'autre version est conservée comme conflit.").format(
                             study=c.study_id))
    return "\n".join(lines)
