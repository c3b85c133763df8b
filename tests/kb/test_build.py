"""The build: rows as the spec says, deterministic, atomic, FTS accent-insensitive, safe HTML,
the CLI, and the cached KB (``ensure_kb``) rebuilt only when it must be."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from kb_fixtures import edit, write_minimal_content

from bclm_viewer.cli.main import main
from bclm_viewer.kb import cache, paths, schema
from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.cache import KB_TABLES, content_hash, ensure_kb, stale_reason
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.render import render_markdown
from bclm_viewer.query.fts import fts_query

TABLES = sorted(KB_TABLES)  # the tables every KB has


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    con = _ro(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_minimal_content(tmp_path / "content")


@pytest.fixture
def kb(content: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kb.sqlite"
    build_kb(content, path)
    return path


# ----- rows ---------------------------------------------------------------------------------


def test_counts_and_summary(content: Path, tmp_path: Path) -> None:
    result = build_kb(content, tmp_path / "kb.sqlite")
    assert result.counts["slides"] == 3
    assert result.counts["studies"] == 4
    assert result.counts["outcomes"] == 10
    assert result.counts["study_factors"] == 2
    assert result.summary().startswith(f"Built {tmp_path / 'kb.sqlite'}: 3 slides, 4 studies, ")


def test_studies_label_citation_and_order(kb: Path) -> None:
    rows = _rows(
        kb,
        "SELECT id, label, citation, year, journal, title, kind, slide, "
        "source_path FROM studies ORDER BY sort_order",
    )
    assert [r[0] for r in rows] == ["durand-2010", "martin-2012", "bernard-2015", "cas-clinique"]
    by_id = {r[0]: r for r in rows}
    assert by_id["durand-2010"][1:3] == (
        "Durand 2010",
        "Durand A et al. Une série test de résection hépatique. Revue Test 2010.",
    )  # the slide writes "Durand A & al."
    # No title in the file: none in the citation, nothing invented.
    assert by_id["martin-2012"][1:3] == ("Martin 2012", "Martin B et al. Journal Test 2012.")
    assert by_id["martin-2012"][5] is None
    assert by_id["bernard-2015"][4] is None and by_id["bernard-2015"][6] is None
    # The clinical case is cited as the deck's slide, never as an author.
    assert by_id["cas-clinique"][1:4] == (
        "F, 54 ans", "Cas clinique « F, 54 ans », diapositive 3 du diaporama.", None)
    assert by_id["cas-clinique"][6] == "clinical-case"
    assert by_id["durand-2010"][8] == "content/studies/durand-2010.md"


def test_outcomes_keep_the_text_and_parse_the_numbers(kb: Path) -> None:
    rows = {
        r[0]: r[1:]
        for r in _rows(
            kb,
            "SELECT id, value, value_text, value_low, value_high, qualifier, unit, group_label, "
            "slide FROM outcomes",
        )
    }
    assert rows["durand-2010/o05"] == (14.2, "14,2", None, None, None, "mois", None, 1)
    assert rows["martin-2012/o01"] == (None, "< 10", None, 10.0, "<", "%", "tous stades", 2)
    assert rows["martin-2012/o02"] == (None, "40-60", 40.0, 60.0, None, "%", "opérées", 2)
    assert rows["martin-2012/o03"] == (2.0, "2 [0,7 – 7]", 0.7, 7.0, None, "/an", None, 2)
    findings = _rows(
        kb,
        "SELECT id, factor_id, level, effect, endpoint, analysis, p_value "
        "FROM study_factors ORDER BY id",
    )
    assert findings == [
        (
            "durand-2010/f01",
            "systemic_response",
            "absence de réponse au TTT",
            "poor",
            "OS",
            "multivariate",
            None,
        ),
        ("martin-2012/f01", "nodal_status", "N1 (vs N0)", "poor", None, None, "0.049"),
    ]


def test_study_summary_texts_values_and_not_reported(kb: Path) -> None:
    rows = {r[0]: r[1:] for r in _rows(kb, "SELECT * FROM study_summary")}
    assert rows["durand-2010"] == ("37 %", 37.0, "21 %", 21.0, "65 %", 65.0, 5, 1)
    assert rows["martin-2012"] == (
        "< 10 % (tous stades); 40-60 % (opérées)",
        None,  # a bound and a range: no point, never sorted as if "< 10" were 10
        None,
        None,
        None,
        None,
        3,
        1,
    )
    assert rows["cas-clinique"] == (None, None, None, None, None, None, 1, 0)


def test_vocabularies_questions_glossary(kb: Path) -> None:
    assert _rows(kb, "SELECT id, synonyms, sort_order FROM factors ORDER BY sort_order") == [
        ("systemic_response", '["Réponse au TTT"]', 1),
        ("nodal_status", '["N0/ N1", "N0", "N1"]', 2),
    ]
    measures = _rows(kb, "SELECT id, unit, higher_is_better FROM measures ORDER BY sort_order")
    assert measures[:3] == [("os5", "%", 1), ("dfs5", "%", 1), ("r0_pct", "%", None)]
    assert _rows(kb, "SELECT id, kind, text, slide, source FROM questions ORDER BY sort_order") == [
        (
            "q1",
            "question",
            "Impact de la chir sur les malades sélectionnés?",
            3,
            "Impact de la chir sur les malades sélectionnés?",
        ),
        (
            "p1",
            "perspective",
            "hépatectomie en deux temps",
            3,
            "Perspectives : hépatectomie en deux temps",
        ),
    ]
    assert [r[0] for r in _rows(kb, "SELECT term FROM glossary ORDER BY sort_order")] == [
        "MHKS",
        "OS5",
    ]


def test_slides_text_verbatim_and_html(kb: Path, content: Path) -> None:
    [(text, html, source_path)] = _rows(
        kb, "SELECT text, html, source_path FROM slides WHERE number = 2"
    )
    body = (content / "slides/02-martin.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert text == body.rstrip("\n")
    assert "Martin B &amp; al. Journal Test 2012</p>" in html
    assert "• OS5 des MHKS tous stades &lt; 10%<br>" in html  # breaks: one line, one <br>
    assert source_path == "content/slides/02-martin.md"
    [(notes_md, notes_html)] = _rows(
        kb, "SELECT notes_md, notes_html FROM studies WHERE id = 'durand-2010'"
    )
    assert notes_md == "Série test : **hépatectomie** majeure itérative."
    assert notes_html == "<p>Série test : <strong>hépatectomie</strong> majeure itérative.</p>\n"
    assert _rows(kb, "SELECT notes_md, notes_html FROM studies WHERE id = 'martin-2012'") == [
        ("", "")
    ]


def test_meta(kb: Path, content: Path) -> None:
    meta = dict(_rows(kb, "SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION)
    assert meta["content_hash"] == content_hash(content)
    assert meta["built_at"].endswith("Z") and meta["built_at"][:2] == "20"
    assert meta["tool_version"].startswith("bclm-viewer ")
    assert meta["count_studies"] == "4"
    assert meta["count_outcomes"] == "10"
    assert meta["count_search_index"] == str(_rows(kb, "SELECT COUNT(*) FROM search_index")[0][0])


def test_foreign_keys_declared_and_checked(kb: Path) -> None:
    con = _ro(kb)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        fks = con.execute("PRAGMA foreign_key_list(outcomes)").fetchall()
        assert {(r[2], r[3]) for r in fks} == {
            ("studies", "study_id"),
            ("measures", "measure"),
            ("slides", "slide"),
        }
    finally:
        con.close()


def test_search_index_rows(kb: Path) -> None:
    kinds = dict(_rows(kb, "SELECT kind, COUNT(*) FROM search_index GROUP BY kind"))
    assert kinds == {
        "study": 4,
        "slide": 3,
        "finding": 2,
        "outcome": 10,
        "question": 2,
        "glossary": 2,
    }
    assert _rows(
        kb,
        "SELECT kind, ref, study_id, slide, title FROM search_index "
        "WHERE ref IN ('2', 'martin-2012/f01', 'durand-2010')",
    ) == [
        ("slide", "2", None, 2, "Martin"),
        ("study", "durand-2010", "durand-2010", 1, "Durand 2010"),
        ("finding", "martin-2012/f01", "martin-2012", 2, "Statut ganglionnaire (N0/N1) N1 (vs N0)"),
    ]


@pytest.mark.parametrize("typed", ["hepatectomie", "HÉPATECTOMIE", "hépatect"])
def test_fts_is_accent_and_case_insensitive(kb: Path, typed: str) -> None:
    query = fts_query(typed)
    hits = _rows(kb, "SELECT kind, ref FROM search_index WHERE search_index MATCH ?", (query,))
    assert ("study", "durand-2010") in hits  # its notes say « hépatectomie »
    assert ("question", "p1") in hits


def test_same_content_same_rows(content: Path, tmp_path: Path) -> None:
    # A reading too, so that every table of the KB has rows to compare.
    edit(content / "studies" / "durand-2010.md", "slide: 1\n",
         'slide: 1\nreadings:\n  kind: "« série » lue dans la mise en page"\n')
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_kb(content, a)
    build_kb(content, b)
    for table in TABLES:
        where = " WHERE key != 'built_at'" if table == "meta" else ""
        sql = f"SELECT * FROM {table}{where}"
        rows_a, rows_b = _rows(a, sql), _rows(b, sql)
        assert rows_a, table
        assert rows_a == rows_b, table


# ----- atomic -------------------------------------------------------------------------------


def test_build_replaces_the_previous_kb_and_leaves_no_temp_file(content: Path, kb: Path) -> None:
    edit(content / "studies/durand-2010.md", 'centre: "Centre Test"\n', "")
    build_kb(content, kb)
    assert _rows(kb, "SELECT centre FROM studies WHERE id = 'durand-2010'") == [(None,)]
    assert sorted(p.name for p in kb.parent.iterdir()) == ["content", "kb.sqlite"]


def test_failure_after_validation_keeps_previous_kb(
    content: Path, kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bclm_viewer.kb import build

    before = kb.read_bytes()

    def broken(*args: Any) -> None:
        raise RuntimeError("integrity check failed: simulated")

    monkeypatch.setattr(build, "_verify", broken)
    with pytest.raises(RuntimeError, match="simulated"):
        build_kb(content, kb)
    assert kb.read_bytes() == before
    assert sorted(p.name for p in kb.parent.iterdir()) == ["content", "kb.sqlite"]


def test_build_into_a_new_folder(content: Path, tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "kb.sqlite"
    build_kb(content, target)
    assert target.is_file()


# ----- rendering ----------------------------------------------------------------------------


def test_render_escapes_raw_html() -> None:
    html = render_markdown("a <script>alert(1)</script> <b>b</b>\n\n<div onclick=x>y</div>")
    assert "<script>" not in html and "<b>" not in html and "<div" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html,<script>x</script>",
    ],
)
def test_render_refuses_dangerous_links(url: str) -> None:
    for md in (f"[x]({url})", f"<{url}>", f"![x]({url})"):
        html = render_markdown(md).lower()
        assert 'href="javascript' not in html and 'href="vbscript' not in html
        assert 'href="file' not in html and 'src="javascript' not in html
        assert 'href="data' not in html and 'src="data:text' not in html


def test_render_keeps_ordinary_links_and_breaks() -> None:
    assert '<a href="https://example.org">x</a>' in render_markdown("[x](https://example.org)")
    assert render_markdown("a\nb", breaks=True) == "<p>a<br>\nb</p>\n"
    assert render_markdown("a\nb") == "<p>a\nb</p>\n"


# ----- CLI ----------------------------------------------------------------------------------


def test_cli_build_and_check(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.sqlite"
    assert main(["build", "--content", str(content), "--output", str(out)]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1 and "4 studies" in printed[0]
    assert out.is_file()
    assert main(["check", "--content", str(content)]) == 0


def test_cli_build_defaults_to_packaged_content_and_cache(
    content: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(paths, "content_dir", lambda: content)
    assert main(["build"]) == 0
    assert paths.default_kb_path().is_file()
    assert str(paths.default_kb_path()) in capsys.readouterr().out


def test_cli_build_reports_an_unwritable_output(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["build", "--content", str(content), "--output", str(blocker / "kb")]) == 1
    assert "bclm-viewer build:" in capsys.readouterr().err


# ----- the cached KB ------------------------------------------------------------------------


@pytest.fixture
def packaged(content: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture content stands in for the packaged content."""
    monkeypatch.setattr(paths, "content_dir", lambda: content)
    return content


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def test_ensure_kb_builds_once_then_reuses(packaged: Path) -> None:
    target = paths.default_kb_path()
    assert not target.exists()
    assert ensure_kb() == target
    assert stale_reason(target, packaged) is None
    first = _identity(target)
    assert ensure_kb() == target
    assert _identity(target) == first


def test_ensure_kb_rebuilds_when_content_changes(packaged: Path) -> None:
    target = ensure_kb()
    edit(packaged / "glossary.yaml", "breast cancer liver metastases (BCLM)", "BCLM")
    assert stale_reason(target, packaged) == "content changed"
    ensure_kb()
    assert _rows(target, "SELECT meaning_en FROM glossary WHERE term = 'MHKS'") == [("BCLM",)]


@pytest.mark.parametrize("damage", ["garbage", "truncate", "empty", "schema", "no-meta"])
def test_ensure_kb_rebuilds_a_damaged_or_foreign_kb(packaged: Path, damage: str) -> None:
    target = ensure_kb()
    if damage == "garbage":
        target.write_bytes(b"not a database at all" * 100)
    elif damage == "truncate":
        data = target.read_bytes()
        target.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        target.write_bytes(b"")
    else:
        con = sqlite3.connect(target)
        if damage == "schema":
            con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
        else:
            con.execute("DROP TABLE meta")
        con.commit()
        con.close()
    assert stale_reason(target, packaged) is not None
    ensure_kb()
    assert stale_reason(target, packaged) is None
    assert _rows(target, "SELECT COUNT(*) FROM studies") == [(4,)]


def test_ensure_kb_with_invalid_packaged_content_keeps_the_kb(packaged: Path) -> None:
    from bclm_viewer.kb.content import ContentError

    target = ensure_kb()
    before = target.read_bytes()
    edit(packaged / "studies/durand-2010.md", "effect: poor", "effect: terrible")
    with pytest.raises(ContentError):
        ensure_kb()
    assert target.read_bytes() == before


def test_ensure_kb_explicit_path_is_only_checked(kb: Path, tmp_path: Path) -> None:
    before = kb.read_bytes()
    assert ensure_kb(kb) == kb
    assert kb.read_bytes() == before
    with pytest.raises(KbError, match="n'existe pas"):
        ensure_kb(tmp_path / "missing.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(KbError, match="lisible"):
        ensure_kb(junk)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(KbError, match="tables manquantes"):
        ensure_kb(other)
    con = sqlite3.connect(kb)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(KbError, match="schéma 99"):
        ensure_kb(kb)


def test_content_hash_sees_edits_renames_and_additions(content: Path) -> None:
    first = content_hash(content)
    assert content_hash(content) == first
    (content / ".hidden").write_text("editor swap file")
    assert content_hash(content) == first
    edit(content / "deck.txt", "Questions", "Questions ")
    edited = content_hash(content)
    assert edited != first
    os.rename(content / "studies/bernard-2015.md", content / "studies/bernard-2016.md")
    assert content_hash(content) not in (first, edited)


def test_fast_path_imports_no_build_dependencies(kb: Path, content: Path, tmp_path: Path) -> None:
    """At app start, a current KB is checked without sqlite-utils, markdown-it or YAML."""
    cache_dir = tmp_path / "cache-child"
    cache_dir.mkdir()
    (cache_dir / "kb.sqlite").write_bytes(kb.read_bytes())
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bclm_viewer.kb import paths, cache\n"
        f"paths.content_dir = lambda: Path({str(content)!r})\n"
        "before = (Path(paths.default_kb_path()).stat().st_ino)\n"
        "cache.ensure_kb()\n"
        "cache.content_hash(paths.content_dir())\n"
        "assert Path(paths.default_kb_path()).stat().st_ino == before, 'rebuilt'\n"
        "heavy = [m for m in ('sqlite_utils', 'markdown_it', 'yaml', 'bclm_viewer.kb.build') "
        "if m in sys.modules]\n"
        "print(heavy)\n"
    )
    env = {**os.environ, "BCLM_VIEWER_CACHE_DIR": str(cache_dir)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_cache_module_does_not_import_the_build() -> None:
    assert "sqlite_utils" not in cache.__dict__ and "build_kb" not in cache.__dict__


# ----- worker processes ---------------------------------------------------------------------


def test_parallel_build_gives_the_same_rows_and_problems(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large content is prepared in forked workers: same rows, same problems, same order."""
    from bclm_viewer.kb import prepare
    from bclm_viewer.kb.content import ContentError

    if sys.platform != "linux":
        pytest.skip("worker processes are only used on Linux")
    for k in range(30):  # enough files for several pool chunks
        (content / "studies" / f"durand-2010-c{k:02d}.md").write_bytes(
            (content / "studies/durand-2010.md").read_bytes()
        )
    serial, parallel = tmp_path / "serial.sqlite", tmp_path / "parallel.sqlite"
    build_kb(content, serial)
    monkeypatch.setattr(prepare, "worker_count", lambda n: 2)
    monkeypatch.setattr(prepare, "BLOCK", 7)
    build_kb(content, parallel)
    for table in TABLES:
        where = " WHERE key != 'built_at'" if table == "meta" else ""
        assert _rows(serial, f"SELECT * FROM {table}{where}") == _rows(
            parallel, f"SELECT * FROM {table}{where}"
        ), table
    assert _rows(parallel, "SELECT COUNT(*) FROM studies") == [(34,)]

    edit(content / "studies/durand-2010-c07.md", "effect: poor", "effect: grave")
    edit(content / "studies/durand-2010-c21.md", 'value: "37"', 'value: "137"')
    with pytest.raises(ContentError) as in_workers:
        build_kb(content, parallel)
    monkeypatch.setattr(prepare, "worker_count", lambda n: 1)
    with pytest.raises(ContentError) as in_process:
        build_kb(content, parallel)
    assert in_workers.value.problems == in_process.value.problems
    assert [p.path for p in in_workers.value.problems] == [
        "content/studies/durand-2010-c07.md",
        "content/studies/durand-2010-c21.md",
        "content/studies/durand-2010-c21.md",
    ]


def test_workers_only_when_large_and_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    from bclm_viewer.kb import prepare

    assert prepare.worker_count(10) == 1
    monkeypatch.setattr(prepare.threading, "active_count", lambda: 3)
    assert prepare.worker_count(100_000) == 1  # never fork a process that runs threads
