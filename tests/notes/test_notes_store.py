"""UserStore: notes, stars, talk lists, search, conflicts, migrations and locking."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bclm_viewer.kb.paths import data_dir
from bclm_viewer.notes import (
    NotFoundError,
    StoreBusyError,
    UnusableStoreError,
    UserStore,
    comparison_ref,
    schema,
)
from bclm_viewer.notes import store as store_module
from bclm_viewer.notes.store import CONCURRENT_EDIT
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START


@pytest.fixture()
def store() -> Iterator[UserStore]:
    with UserStore() as s:
        yield s


def _raw(s: UserStore) -> sqlite3.Connection:
    return s._con  # the tests look at connection settings directly


# -- the file and its settings ----------------------------------------------------------------


def test_lives_in_the_data_folder_with_durable_settings(store: UserStore) -> None:
    assert store.path == data_dir() / "user.sqlite" and store.path.exists()
    con = _raw(store)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert con.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def test_forward_migration_keeps_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    with UserStore() as s:
        s.set_note("adam-2006", "avant la migration")
    extra = ("CREATE TABLE tags (study_id TEXT NOT NULL, tag TEXT NOT NULL)",)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with UserStore() as s:
        con = _raw(s)
        assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        con.execute("SELECT * FROM tags").fetchall()
        note = s.note("adam-2006")
        assert note is not None and note.body_md == "avant la migration"


def test_a_store_from_a_newer_version_is_refused_untouched() -> None:
    with UserStore() as s:
        s.set_note("x", "futur")
    path = data_dir() / "user.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(UnusableStoreError) as err:
        UserStore()
    assert err.value.reason == "too-new"
    assert path.read_bytes() == before


# -- notes -------------------------------------------------------------------------------------


def test_note_round_trip_and_updated_at(store: UserStore) -> None:
    first = store.set_note("adam-2006", "Série **Paul Brousse**")
    assert first is not None and store.note("adam-2006") == first
    again = store.set_note("adam-2006", "Série **Paul Brousse**")  # unchanged: no new stamp
    assert again == first
    second = store.set_note("adam-2006", "Série revue")
    assert second is not None and second.created_at == first.created_at
    assert second.updated_at >= first.updated_at and store.note("adam-2006") == second
    store.set_note("ruiterkamp-2013", "revue systématique")
    assert [n.study_id for n in store.notes()] == ["adam-2006", "ruiterkamp-2013"]
    assert store.note("inconnue") is None


def test_blank_note_removes_it(store: UserStore) -> None:
    store.set_note("adam-2006", "texte")
    assert store.set_note("adam-2006", "  \n ") is None
    assert store.note("adam-2006") is None and store.search("texte") == []


@pytest.mark.parametrize("bad", ["", "   "])
def test_blank_study_id_is_refused(store: UserStore, bad: str) -> None:
    with pytest.raises(ValueError):
        store.set_note(bad, "x")
    assert store.notes() == []


def test_a_note_changed_elsewhere_is_kept_as_a_conflict() -> None:
    with UserStore() as window_a, UserStore() as window_b:
        window_a.set_note("adam-2006", "v1")
        window_b.set_note("adam-2006", "v2 par B", base_md="v1")  # B saw v1: no conflict
        assert window_b.conflicts() == []
        window_a.set_note("adam-2006", "v3 par A", base_md="v1")  # A never saw v2
        note = window_a.note("adam-2006")
        assert note is not None and note.body_md == "v3 par A"
        [conflict] = window_a.conflicts("adam-2006")
        assert conflict.incoming_md == "v2 par B" and conflict.local_md == "v3 par A"
        assert conflict.source == CONCURRENT_EDIT


def test_resolving_a_conflict_keeps_both_texts(store: UserStore) -> None:
    store.set_note("adam-2006", "v1")
    store.set_note("adam-2006", "v2")
    store.set_note("adam-2006", "v3", base_md="v1")
    [conflict] = store.conflicts()
    store.resolve_conflict(conflict.id, use_incoming=True)
    note = store.note("adam-2006")
    assert note is not None and note.body_md == "v2"
    assert store.conflicts() == []
    [closed] = store.conflicts(include_resolved=True)
    assert closed.resolved_at is not None and closed.local_md == "v3"
    with pytest.raises(NotFoundError):
        store.resolve_conflict(9999)


def test_orphans_are_reported_and_still_readable(store: UserStore) -> None:
    for sid in ("adam-2006", "mariani-2013", "case"):
        store.set_note(sid, f"note de {sid}")
    kb_ids = ["adam-2006", "case", "ruiterkamp-2013"]  # the rebuilt KB lost mariani-2013
    [orphan] = store.orphans(kb_ids)
    assert orphan.study_id == "mariani-2013"
    note = store.note("mariani-2013")
    assert note is not None and note.body_md == "note de mariani-2013"
    assert store.orphans(iter(kb_ids + ["mariani-2013"])) == []


def test_note_html_is_rendered_safely(store: UserStore) -> None:
    store.set_note("adam-2006", "**gras** <script>alert(1)</script> [x](javascript:alert(1))")
    html = store.note_html("adam-2006")
    assert html is not None and "<strong>gras</strong>" in html
    assert "<script>" not in html and 'href="javascript:' not in html
    assert store.note_html("inconnue") is None


# -- stars -------------------------------------------------------------------------------------


def test_stars(store: UserStore) -> None:
    store.set_star("adam-2006", True)
    store.set_star("adam-2006", True)
    store.set_star("case", True)
    store.set_star("case", False)
    store.set_star("never", False)
    assert store.starred() == {"adam-2006"}
    assert store.is_starred("adam-2006") and not store.is_starred("case")


# -- lists -------------------------------------------------------------------------------------


def test_list_lifecycle_with_soft_delete(store: UserStore) -> None:
    talk = store.create_list("  Talk du 12 mars ")
    other = store.create_list("Staff")
    store.rename_list(other, "Staff RCP")
    assert [(t.name, t.n_items) for t in store.lists()] == [
        ("Talk du 12 mars", 0),
        ("Staff RCP", 0),
    ]
    store.add_item(talk, "study", "adam-2006")
    store.delete_list(talk)
    assert [t.id for t in store.lists()] == [other]
    [gone] = [t for t in store.lists(include_deleted=True) if t.id == talk]
    assert gone.deleted and gone.n_items == 1
    assert store.search("mars") == []
    store.restore_list(talk)
    restored = store.get_list(talk)
    assert restored is not None and not restored.deleted
    assert [i.ref for i in store.items(talk)] == ["adam-2006"]
    assert [h.list_id for h in store.search("mars")] == [talk]


@pytest.mark.parametrize("name", ["", "   "])
def test_blank_list_name_is_refused(store: UserStore, name: str) -> None:
    with pytest.raises(ValueError):
        store.create_list(name)
    assert store.lists(include_deleted=True) == []


def test_unknown_ids_raise_not_found(store: UserStore) -> None:
    for call in (
        lambda: store.rename_list(42, "x"),
        lambda: store.delete_list(42),
        lambda: store.add_item(42, "study", "adam-2006"),
        lambda: store.remove_item(42),
        lambda: store.move_item(42, 0),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_items_of_each_kind_normalised(store: UserStore) -> None:
    talk = store.create_list("Talk")
    store.add_item(talk, "study", "adam-2006", caption="Série de référence")
    store.add_item(talk, "comparison", '[ "adam-2006", "mariani-2013" ]', caption="  ")
    store.add_item(talk, "slide", "04")
    items = store.items(talk)
    assert [(i.position, i.kind, i.ref, i.caption) for i in items] == [
        (0, "study", "adam-2006", "Série de référence"),
        (1, "comparison", comparison_ref(["adam-2006", "mariani-2013"]), None),
        (2, "slide", "4", None),
    ]
    assert items[1].study_ids() == ["adam-2006", "mariani-2013"] and items[2].study_ids() == []


@pytest.mark.parametrize(
    ("kind", "ref"),
    [("figure", "1"), ("slide", "0"), ("slide", "deux"), ("comparison", "adam-2006"),
     ("comparison", "[]"), ("comparison", '["a", 3]'), ("comparison", "{}"), ("study", " ")],
)
def test_bad_items_are_refused_and_nothing_written(store: UserStore, kind: str, ref: str) -> None:
    talk = store.create_list("Talk")
    with pytest.raises(ValueError):
        store.add_item(talk, kind, ref)
    assert store.items(talk) == []


@pytest.mark.parametrize(
    ("move", "to", "expected"),
    [(0, 3, "bcda"), (3, 0, "dabc"), (1, 2, "acbd"), (2, 2, "abcd"), (0, 99, "bcda"),
     (3, -5, "dabc")],
)
def test_move_item_keeps_positions_dense(
    store: UserStore, move: int, to: int, expected: str
) -> None:
    talk = store.create_list("Talk")
    ids = [store.add_item(talk, "study", letter) for letter in "abcd"]
    store.move_item(ids[move], to)
    items = store.items(talk)
    assert "".join(i.ref for i in items) == expected
    assert [i.position for i in items] == [0, 1, 2, 3]


def test_remove_item_closes_the_gap_and_returns_the_item(store: UserStore) -> None:
    talk = store.create_list("Talk")
    ids = [store.add_item(talk, "study", letter, caption=letter.upper()) for letter in "abc"]
    removed = store.remove_item(ids[1])
    assert (removed.ref, removed.caption, removed.position) == ("b", "B", 1)
    assert [(i.ref, i.position) for i in store.items(talk)] == [("a", 0), ("c", 1)]
    store.add_item(talk, "study", "d")
    assert [(i.ref, i.position) for i in store.items(talk)] == [("a", 0), ("c", 1), ("d", 2)]


def test_set_caption_is_searchable(store: UserStore) -> None:
    talk = store.create_list("Talk")
    item = store.add_item(talk, "study", "adam-2006")
    store.set_caption(item, "Résection hépatique")
    assert [h.list_id for h in store.search("hepatique")] == [talk]
    store.set_caption(item, None)
    assert store.search("hepatique") == []


# -- search ------------------------------------------------------------------------------------

HOSTILE = ['"x', "AND", "HER2-", "M+", "(", "*", ":", "🙂", "\x00", "", "   ", "NEAR(a b)",
           "' OR 1=1 --", "a:b", "OR OR", "NOT", "^x", "{a b}", "é*", "x\x00y", ")", '"', "-"]


@pytest.fixture()
def corpus(store: UserStore) -> UserStore:
    store.set_note("adam-2006", "Hépatectomie majeure ; HER2- M+ à discuter 🙂")
    store.set_note("mariani-2013", "Pas de bénéfice si maladie extra-hépatique")
    talk = store.create_list("Talk du 12 mars")
    store.add_item(talk, "comparison", comparison_ref(["adam-2006", "mariani-2013"]),
                   caption="Survie à 5 ans")
    return store


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_never_raises(corpus: UserStore, text: str) -> None:
    hits = corpus.search(text)
    assert isinstance(hits, list)


def test_search_folds_accents_and_marks_snippets(corpus: UserStore) -> None:
    hits = corpus.search("HEPATECTOMIE")
    assert [(h.kind, h.study_id) for h in hits] == [("note", "adam-2006")]
    assert f"{HIGHLIGHT_START}Hépatectomie{HIGHLIGHT_END}" in hits[0].snippet
    assert {h.study_id for h in corpus.search("hépat")} == {"adam-2006", "mariani-2013"}
    assert [h.study_id for h in corpus.search("HER2-")] == ["adam-2006"]


def test_search_finds_lists_by_name_caption_and_study(corpus: UserStore) -> None:
    [talk] = corpus.lists()
    for text in ("mars", "survie", "mariani"):
        assert talk.id in {h.list_id for h in corpus.search(text) if h.kind == "list"}


def test_search_follows_edits(corpus: UserStore) -> None:
    corpus.set_note("adam-2006", "Réponse au traitement systémique")
    assert corpus.search("majeure") == []
    assert [h.study_id for h in corpus.search("systemique")] == ["adam-2006"]
    con = _raw(corpus)
    n_index = con.execute("SELECT count(*) FROM user_search").fetchone()[0]
    assert n_index == len(corpus.notes()) + len(corpus.lists())


# -- change polling and locking ----------------------------------------------------------------


def test_data_version_moves_on_own_and_other_writes(store: UserStore) -> None:
    v0 = store.data_version()
    assert store.data_version() == v0
    store.set_note("adam-2006", "x")
    v1 = store.data_version()
    assert v1 != v0
    with UserStore(store.path) as other:
        other.set_star("adam-2006", True)
    assert store.data_version() != v1


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    blocker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    return blocker


def test_write_waits_beyond_busy_timeout_and_is_not_lost(
    store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 20)
    with UserStore(store.path) as short:  # busy_timeout 20 ms: retries do the waiting
        blocker = _hold_write_lock(store.path)
        release = threading.Timer(0.5, lambda: blocker.execute("COMMIT"))
        release.start()
        try:
            short.set_note("adam-2006", "écrit malgré le verrou")
        finally:
            release.join()
            blocker.close()
    note = store.note("adam-2006")
    assert note is not None and note.body_md == "écrit malgré le verrou"


def test_a_lock_never_released_raises_instead_of_dropping(
    store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 20)
    with UserStore(store.path, retry_seconds=0.2) as short:
        blocker = _hold_write_lock(store.path)
        try:
            with pytest.raises(StoreBusyError):
                short.set_note("adam-2006", "ne peut pas être écrit")
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        short.set_note("adam-2006", "écrit ensuite")
    note = store.note("adam-2006")
    assert note is not None and note.body_md == "écrit ensuite"
