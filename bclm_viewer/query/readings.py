"""Readings as the query API hands them out: ``{field: reason}`` on a record.

A reading is a field the knowledge base reads into a slide beyond its words (``kb/readings.py``
says which and why). Records carry them as ``readings`` (empty: every field is what the slide
says); whoever shows a field in ``readings`` marks it (``READING_MARK``, the reason in a tooltip
or a footnote) and JSON carries ``"reading": reason`` next to it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

READING_MARK = "◊"  # shown after a value that is a reading, never on what the slide says

def readings_sql(table: str, id_expr: str) -> str:
    """A scalar subquery: the readings of the row ``id_expr`` of ``table`` as a JSON object
    (``'{}'`` when none), read through the ``readings`` primary key."""
    return (
        "(SELECT json_group_object(r.field, r.reason) FROM readings r "
        f"WHERE r.table_name = '{table}' AND r.row_id = {id_expr})"
    )


def study_readings(
    con: sqlite3.Connection, study_ids: Sequence[str] | None = None
) -> dict[str, dict[str, str]]:
    """{study id: {field: reason}}: the readings of the studies' own fields (their kind, period,
    N...), of these studies or of every one (``None``)."""
    sql = "SELECT row_id, field, reason FROM readings WHERE table_name = 'studies'"
    out: dict[str, dict[str, str]] = {}
    if study_ids is None:
        chunks: list[list[str]] = [[]]
    else:
        ids = list(dict.fromkeys(study_ids))
        chunks = [ids[i:i + 900] for i in range(0, len(ids), 900)]  # SQLite's variable limit
    for chunk in chunks:
        where = f" AND row_id IN ({', '.join('?' * len(chunk))})" if study_ids is not None else ""
        for sid, name, reason in con.execute(sql + where, chunk):
            out.setdefault(str(sid), {})[str(name)] = str(reason)
    return out


def parse_readings(text: str | None) -> dict[str, str]:
    """``readings_sql``'s JSON as ``{field: reason}`` (a plain dict: records go to JSON with
    ``dataclasses.asdict``)."""
    if not text or text == "{}":
        return {}
    value = json.loads(text)
    return {str(k): str(v) for k, v in value.items()}


def marked(text: str, reason: str | None) -> str:
    """``text`` with the reading mark when ``reason`` is given ("multiv. ◊")."""
    return f"{text} {READING_MARK}" if reason else text
