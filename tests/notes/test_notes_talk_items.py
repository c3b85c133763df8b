"""Schema 2: a list may hold the evidence matrix and a chart. A version-1 file (lists of
studies, comparisons and slides) is migrated forward with its items, ids and search intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bclm_viewer.kb.paths import data_dir
from bclm_viewer.notes import UserStore, comparison_ref, schema
from bclm_viewer.notes.records import normalise_ref


def _version_1_file() -> None:
    path = data_dir() / "user.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    with con:
        for sql in schema.MIGRATIONS[0]:
            con.execute(sql)
        con.execute("PRAGMA user_version = 1")
        con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        con.execute("INSERT INTO lists (id, name, created_at, updated_at) "
                    "VALUES (7, 'Exposé de mars', 't', 't')")
        for pos, (kind, ref) in enumerate((("study", "adam-2006"), ("slide", "11"),
                                           ("comparison", comparison_ref(["a", "b"])))):
            con.execute("INSERT INTO list_items (list_id, position, kind, ref, created_at) "
                        "VALUES (7, ?, ?, ?, 't')", (pos, kind, ref))
        try:
            con.execute("INSERT INTO list_items (list_id, position, kind, ref, created_at) "
                        "VALUES (7, 9, 'matrix', 'all', 't')")
            raise AssertionError("version 1 accepted a matrix item")
        except sqlite3.IntegrityError:
            pass
    con.close()


def test_version_1_lists_migrate_and_take_matrix_and_chart_items() -> None:
    _version_1_file()
    with UserStore() as store:
        assert store._con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        items = store.items(7)
        assert [(i.kind, i.ref) for i in items] == [
            ("study", "adam-2006"), ("slide", "11"), ("comparison", '["a","b"]')]
        store.add_item(7, "matrix", "flagged")
        store.add_item(7, "chart", "os5:adam-2006, abbott-2012")
        kinds = [(i.kind, i.ref) for i in store.items(7)]
        assert kinds[-2:] == [("matrix", "flagged"), ("chart", "os5:adam-2006,abbott-2012")]
        assert store.items(7)[-1].study_ids() == ["adam-2006", "abbott-2012"]
        hits = store.search("flagged")  # the list's search text follows its new items
        assert [h.list_id for h in hits] == [7]
        assert store.integrity_check() == ["ok"]


@pytest.mark.parametrize("kind, ref, canonical", [
    ("matrix", "", "all"), ("matrix", " age , her2 ", "age,her2"), ("chart", "os5", "os5"),
])
def test_matrix_and_chart_references(kind: str, ref: str, canonical: str) -> None:
    assert normalise_ref(kind, ref) == canonical


def test_a_chart_needs_a_measure() -> None:
    with pytest.raises(ValueError):
        normalise_ref("chart", ":adam-2006")


def test_a_migrated_file_is_not_taken_for_a_damaged_one(tmp_path: Path) -> None:
    """The v3 rebuild of ``list_items`` (created as ``list_items_v2``, renamed back) leaves the
    tables the damage check expects: the file reopens, for the app and for the CLI alike."""
    assert "list_items" in schema.expected_tables(schema.SCHEMA_VERSION)
    assert "list_items_v2" not in schema.expected_tables(schema.SCHEMA_VERSION)
    path = tmp_path / "user.sqlite"
    with UserStore(path) as store:
        list_id = store.create_list("Exposé")
        store.add_item(list_id, "matrix", "flagged")
    with UserStore(path) as store:  # reopened: not set aside as damaged
        assert [i.kind for i in store.items(list_id)] == ["matrix"]
