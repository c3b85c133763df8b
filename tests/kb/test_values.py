"""The deck's figures as written → numbers: French decimal comma, ranges, bounds, point+range."""

from __future__ import annotations

import pytest

from bclm_viewer.kb.values import ParsedValue, parse_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37", ParsedValue(37.0)),
        ("0", ParsedValue(0.0)),
        ("14,2", ParsedValue(14.2)),
        ("43,6", ParsedValue(43.6)),
        ("69.5", ParsedValue(69.5)),
        ("-2", ParsedValue(-2.0)),
        (" 37 ", ParsedValue(37.0)),
        ("5-10", ParsedValue(None, 5.0, 10.0)),
        ("40-60", ParsedValue(None, 40.0, 60.0)),
        ("0,7 – 7", ParsedValue(None, 0.7, 7.0)),
        ("5 - 10", ParsedValue(None, 5.0, 10.0)),
        ("< 10", ParsedValue(None, None, 10.0, "<")),
        ("<10", ParsedValue(None, None, 10.0, "<")),
        ("> 3", ParsedValue(None, 3.0, None, ">")),
        ("≤ 5", ParsedValue(None, None, 5.0, "≤")),
        ("- de 4", ParsedValue(None, None, 4.0, "<")),
        ("+ de 3", ParsedValue(None, 3.0, None, ">")),
        ("2 [0,7 – 7]", ParsedValue(2.0, 0.7, 7.0)),
        ("2 [0,7-7]", ParsedValue(2.0, 0.7, 7.0)),
        ("1,8 [1 – 2,5]", ParsedValue(1.8, 1.0, 2.5)),
    ],
)
def test_parses(text: str, expected: ParsedValue) -> None:
    assert parse_value(text) == expected


def test_a_range_is_never_a_point() -> None:
    parsed = parse_value("5-10")
    assert parsed.value is None
    assert parsed.numbers() == (5.0, 10.0)


@pytest.mark.parametrize(
    ("text", "key"),
    [("37", 37.0), ("5-10", 5.0), ("< 10", 10.0), ("> 3", 3.0), ("2 [0,7 – 7]", 2.0)],
)
def test_sort_key_is_value_else_low_else_high(text: str, key: float) -> None:
    assert parse_value(text).sort_key() == key


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "37%",
        "37 %",
        "environ 37",
        "NO",
        "14,2,3",
        "5-",
        "-5-10",
        "10-5",
        "< ",
        "2 [7 – 0,7]",
        "9 [0,7 – 7]",
        "2 [0,7 – 7",
        "1/2",
        "3 mois",
        "1e3",
    ],
)
def test_refuses_what_is_not_a_figure(text: str) -> None:
    with pytest.raises(ValueError):
        parse_value(text)


def test_message_says_what_is_expected() -> None:
    with pytest.raises(ValueError, match="not a figure"):
        parse_value("environ 37")
    with pytest.raises(ValueError, match="backwards"):
        parse_value("10-5")
