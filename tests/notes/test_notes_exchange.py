"""Export to JSON and merge-import: round trip, conflicts, list names, malformed files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bclm_viewer.notes import ImportFormatError, UserStore, comparison_ref
from bclm_viewer.notes.exchange import FORMAT, FORMAT_VERSION, snapshot


def _state(store: UserStore) -> dict[str, Any]:
    return store.read_txn(snapshot)


def _populate(store: UserStore) -> None:
    store.set_note("adam-2006", "Série **Paul Brousse** — OS5 37 % ✓\n\n- HER2-\n- M+")
    store.set_note("mariani-2013", "à relire")
    store.set_note("case", "v1")
    store.set_note("case", "v2")
    store.set_note("case", "v3", base_md="v1")  # leaves a conflict
    store.set_star("adam-2006", True)
    store.set_star("orphan-study", True)
    talk = store.create_list("Talk du 12 mars")
    store.add_item(talk, "study", "adam-2006", caption="Référence")
    store.add_item(talk, "comparison", comparison_ref(["adam-2006", "mariani-2013"]))
    store.add_item(talk, "slide", "7", caption="Facteurs")
    old = store.create_list("Ancienne présentation")
    store.add_item(old, "slide", "1")
    store.delete_list(old)
    store.create_list("Vide")


def _write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _doc(**sections: Any) -> dict[str, Any]:
    return {"format": FORMAT, "version": FORMAT_VERSION, "exported_at": "2025-03-01T10:00:00+00:00",
            **sections}


def test_round_trip_into_a_fresh_store_is_identical(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with UserStore(tmp_path / "a.sqlite") as a:
        _populate(a)
        a.export_json(export)
        original = _state(a)
    doc = json.loads(export.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["version"] == FORMAT_VERSION
    assert [lst["deleted"] for lst in doc["lists"]] == [False, True, False]
    assert not list(tmp_path.glob("*.tmp-*"))
    with UserStore(tmp_path / "b.sqlite") as b:
        report = b.import_json(export)
        assert _state(b) == original
        assert sorted(report.notes_added) == ["adam-2006", "case", "mariani-2013"]
        assert report.conflicts == [] and report.lists_renamed == []
        assert sorted(report.stars_added) == ["adam-2006", "orphan-study"]
        assert [t.name for t in b.lists()] == ["Talk du 12 mars", "Vide"]
        assert [h.study_id for h in b.search("brousse")] == ["adam-2006"]
        assert b.search("ancienne") == []  # soft-deleted lists stay out of search
        # Importing the same file again changes nothing.
        again = b.import_json(export)
        assert _state(b) == original
        assert again.notes_added == [] and again.conflicts == [] and again.lists_added == []
        assert len(again.lists_unchanged) == 3


def test_differing_note_keeps_local_text_and_stores_a_conflict(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.json", _doc(notes=[
        {"study_id": "adam-2006", "body_md": "texte de l'autre machine",
         "created_at": "2025-01-01T00:00:00+00:00", "updated_at": "2025-02-01T00:00:00+00:00"},
        {"study_id": "same", "body_md": "identique"},
        {"study_id": "new", "body_md": "seulement dans le fichier"},
    ]))
    with UserStore() as store:
        store.set_note("adam-2006", "texte local")
        store.set_note("same", "identique")
        report = store.import_json(path)
        note = store.note("adam-2006")
        assert note is not None and note.body_md == "texte local"
        [c] = report.conflicts
        assert (c.study_id, c.local_md, c.incoming_md) == (
            "adam-2006", "texte local", "texte de l'autre machine")
        assert c.incoming_updated_at == "2025-02-01T00:00:00+00:00"
        assert store.conflicts() == [c]
        assert report.notes_unchanged == ["same"] and report.notes_added == ["new"]
        new = store.note("new")
        assert new is not None and new.body_md == "seulement dans le fichier"
        assert "adam-2006" in report.summary()
        # The same file again: the conflict is already known, not duplicated.
        again = store.import_json(path)
        assert again.conflicts == [] and again.conflicts_already_known == ["adam-2006"]
        assert len(store.conflicts()) == 1


def test_lists_merge_by_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.json", _doc(lists=[
        {"name": "Talk", "items": [{"kind": "study", "ref": "adam-2006", "caption": None}]},
        {"name": "Staff", "items": [{"kind": "slide", "ref": "3"}]},
        {"name": "Nouveau", "deleted": True, "deleted_at": "2025-02-02T00:00:00+00:00",
         "items": []},
    ]))
    with UserStore() as store:
        talk = store.create_list("Talk")
        store.add_item(talk, "study", "adam-2006")
        staff = store.create_list("Staff")
        store.add_item(staff, "slide", "4")
        report = store.import_json(path)
        assert report.lists_unchanged == ["Talk"]
        assert report.lists_renamed == [("Staff", "Staff (importé)")]
        assert report.lists_added == ["Staff (importé)", "Nouveau"]
        assert [i.ref for i in store.items(staff)] == ["4"]  # the local list is untouched
        by_name = {t.name: t for t in store.lists(include_deleted=True)}
        assert [i.ref for i in store.items(by_name["Staff (importé)"].id)] == ["3"]
        assert by_name["Nouveau"].deleted_at == "2025-02-02T00:00:00+00:00"
        again = store.import_json(path)
        assert again.lists_added == [] and len(store.lists(include_deleted=True)) == 4


def test_stars_are_a_union(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.json", _doc(stars=[{"study_id": "b"}, {"study_id": "c"}]))
    with UserStore() as store:
        store.set_star("a", True)
        store.set_star("b", True)
        report = store.import_json(path)
        assert store.starred() == {"a", "b", "c"} and report.stars_added == ["c"]


MALFORMED: list[tuple[str, bytes | Any, str]] = [
    ("not-json", b"{ this is not json", "JSON invalide, ligne 1"),
    ("truncated", json.dumps(_doc(notes=[{"study_id": "x", "body_md": "y"}]))[:40].encode(),
     "JSON invalide"),
    ("empty", b"", "JSON invalide"),
    ("latin1", "{\"note\": \"é\"}".encode("latin-1"), "UTF-8"),
    ("other-format", {"format": "something-else", "version": 1}, "format"),
    ("a-list", [1, 2, 3], "format"),
    ("too-new", _doc(version=FORMAT_VERSION + 1), "plus récente"),
    ("bad-version", _doc(version="1"), "version"),
    ("notes-not-list", _doc(notes={"x": "y"}), "notes : liste attendue"),
    ("note-missing-body", _doc(notes=[{"study_id": "x"}]), "notes[0].body_md"),
    ("note-blank-id", _doc(notes=[{"study_id": " ", "body_md": "x"}]), "notes[0].study_id"),
    ("note-bad-date", _doc(notes=[{"study_id": "x", "body_md": "y", "updated_at": "hier"}]),
     "notes[0].updated_at"),
    ("duplicate-note", _doc(notes=[{"study_id": "x", "body_md": "1"},
                                   {"study_id": "x", "body_md": "2"}]), "en double"),
    ("bad-kind", _doc(lists=[{"name": "T", "items": [{"kind": "figure", "ref": "1"}]}]),
     "lists[0].items[0]"),
    ("bad-slide", _doc(lists=[{"name": "T", "items": [{"kind": "slide", "ref": "x"}]}]),
     "diapositive"),
    ("blank-list-name", _doc(lists=[{"name": "", "items": []}]), "lists[0].name"),
    ("star-not-object", _doc(stars=["adam-2006"]), "stars[0]"),
]


@pytest.mark.parametrize(("case", "content", "expected"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_file_is_rejected_and_nothing_written(
    tmp_path: Path, case: str, content: Any, expected: str
) -> None:
    path = tmp_path / f"{case}.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        _write(path, content)
    # A valid note alongside the fault must not be written either.
    with UserStore() as store:
        store.set_note("local", "ma note")
        before, version = _state(store), store.data_version()
        with pytest.raises(ImportFormatError) as err:
            store.import_json(path)
        assert str(path) in str(err.value) and expected in str(err.value)
        assert _state(store) == before and store.data_version() == version


def test_a_valid_part_is_not_written_when_another_part_is_malformed(tmp_path: Path) -> None:
    path = _write(tmp_path / "half.json", _doc(
        notes=[{"study_id": "good", "body_md": "bonne note"}],
        lists=[{"name": "T", "items": [{"kind": "slide", "ref": "0"}]}],
    ))
    with UserStore() as store:
        with pytest.raises(ImportFormatError):
            store.import_json(path)
        assert store.notes() == [] and store.lists() == []


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with UserStore() as store, pytest.raises(ImportFormatError, match="introuvable"):
        store.import_json(tmp_path / "absent.json")


def test_export_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("ancien contenu", encoding="utf-8")
    with UserStore() as store:
        store.set_note("adam-2006", "x")
        store.export_json(path)
    assert json.loads(path.read_text(encoding="utf-8"))["notes"][0]["study_id"] == "adam-2006"
