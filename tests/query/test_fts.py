"""fts_query must turn any typed text into a query FTS5 accepts."""

import sqlite3

import pytest

from bclm_viewer.query.fts import fts_query

HOSTILE = ['"x', "AND", "HER2-", "M+", "(", "*", "-", ":", "a:b", "NEAR(a b)", "OR OR",
           "' OR 1=1 --", "\"\"\"", "🙂", "R0 / R1", "Âge > 50", "NOT", "^x",
           "col:val", "x\x00y", "{a b}", "é*"]


@pytest.fixture()
def db() -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
    )
    con.executemany(
        "INSERT INTO t(body) VALUES (?)",
        [("Hépatectomie majeure",), ("HER2- M+ extra hépatique",), ("Âge > 50",)],
    )
    return con


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(db: sqlite3.Connection, text: str) -> None:
    q = fts_query(text)
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    # Text with a word becomes a query (None only for blank or punctuation-only text)...
    assert (q is None) == (not words)
    if q is not None:
        # ...that FTS5 accepts, and that finds only rows holding every word typed.
        rows = db.execute("SELECT body FROM t WHERE t MATCH ?", (q,)).fetchall()
        assert all(isinstance(body, str) for (body,) in rows)
        if text == "Âge > 50":
            assert rows == [("Âge > 50",)]


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "()", "-", "*"])
def test_blank_or_punctuation_only_is_none(text: str) -> None:
    assert fts_query(text) is None


def test_accents_and_case_fold(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT body FROM t WHERE t MATCH ?", (fts_query("HEPATECTOMIE"),)).fetchall()
    assert rows == [("Hépatectomie majeure",)]


def test_prefix_on_last_token(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT body FROM t WHERE t MATCH ?", (fts_query("hépat"),)).fetchall()
    assert len(rows) == 2


def test_her2_minus_finds_literal(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT body FROM t WHERE t MATCH ?", (fts_query("HER2-"),)).fetchall()
    assert rows == [("HER2- M+ extra hépatique",)]
