"""Readings as the query API hands them out: ``{field: reason}`` on a record.

A reading is a field the knowledge base reads into a slide beyond its words (``kb/readings.py``
says which and why). Records carry them as ``readings`` (empty: every field is what the slide
says); whoever shows a field in ``readings`` marks it (``READING_MARK``, the reason in a tooltip
or a footnote) and JSON carries ``"reading": reason`` next to it.
"""

from __future__ import annotations

import json

READING_MARK = "◊"  # shown after a value that is a reading, never on what the slide says

def readings_sql(table: str, id_expr: str) -> str:
    """A scalar subquery: the readings of the row ``id_expr`` of ``table`` as a JSON object
    (``'{}'`` when none), read through the ``readings`` primary key."""
    return (
        "(SELECT json_group_object(r.field, r.reason) FROM readings r "
        f"WHERE r.table_name = '{table}' AND r.row_id = {id_expr})"
    )


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
