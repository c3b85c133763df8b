"""One test of "is this a KB of ours?" (``schema.missing_tables``): the cache's check of a
given file and the query API's opening reject the same files with the same message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.kb import schema
from bclm_viewer.kb.cache import check_kb
from bclm_viewer.kb.errors import KbError
from bclm_viewer.query.knowledge_base import KnowledgeBase


def test_kb_tables_are_every_table_the_schema_creates() -> None:
    assert {"studies", "study_factors", "search_index", "study_list", "study_text"} <= (
        schema.KB_TABLES
    )
    for table in schema.KB_TABLES:
        assert f"TABLE {table} " in schema.DDL + schema.DERIVED_DDL


@pytest.mark.parametrize("table", ["studies", "study_text"])
def test_a_file_missing_a_table_is_refused_alike_by_the_cache_and_the_query_api(
    tmp_path: Path, table: str
) -> None:
    path = make_sample_kb(tmp_path / "kb.sqlite", 5)
    con = sqlite3.connect(path)
    con.execute(f"DROP TABLE {table}")
    con.commit()
    con.close()
    with pytest.raises(KbError) as checked:
        check_kb(path)
    with pytest.raises(KbError) as opened:
        KnowledgeBase(path)
    assert f"tables manquantes : {table}" in str(checked.value)
    assert str(checked.value) == str(opened.value)
