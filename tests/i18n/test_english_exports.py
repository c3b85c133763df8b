"""``--lang en``: the talk's PowerPoint, its Markdown handout and the quiz are English but for
the deck's own quotes and names (the KB's text, taken out before looking for French words).

Every text of the PowerPoint is read with python-pptx: slide titles, text boxes, table cells,
chart titles and categories, and the speaker notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from french_words import french_words, kb_texts
from pptx import Presentation

from bclm_viewer.cli.main import main

ITEMS = ("study:adam-2006", "compare:adam-2006,abbott-2012,mariani-2013,dittmar-2013",
         "slide:11", "matrix:flagged", "matrix:", "chart:os5")
TITLE = "Grand rounds"  # the user's own list name


@pytest.fixture(scope="module")
def allowed(real_kb_path: Path) -> list[str]:
    return kb_texts(real_kb_path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main(list(argv))
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return captured.out


@pytest.fixture()
def talk_list(real_kb_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
              ) -> list[str]:
    base = ["--lang", "en", "--kb", str(real_kb_path), "list", "--data-dir", str(tmp_path / "d")]
    _run(capsys, *base, "new", TITLE)
    for item in ITEMS:
        _run(capsys, *base, "add", TITLE, item)
    return base


def _pptx_texts(path: Path) -> Iterator[tuple[str, str]]:
    for n, slide in enumerate(Presentation(str(path)).slides, 1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                yield f"slide {n} text", shape.text_frame.text
            if shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        yield f"slide {n} cell", cell.text
            if shape.has_chart:
                chart = shape.chart
                if chart.has_title:
                    yield f"slide {n} chart title", chart.chart_title.text_frame.text
                for category in chart.plots[0].categories:
                    yield f"slide {n} chart category", str(category)
        if slide.has_notes_slide:
            yield f"slide {n} notes", slide.notes_slide.notes_text_frame.text


def _problems(texts: Iterator[tuple[str, str]], allowed: list[str]) -> list[str]:
    out = []
    for where, text in texts:
        words = french_words(text, allowed) if text else []
        if words:
            out.append(f"{where}: {text[:160]!r} -> {sorted(set(words))}")
    return out


def test_the_english_powerpoint_has_no_french_outside_the_deck(
    talk_list: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    allowed: list[str]
) -> None:
    out = tmp_path / "talk.pptx"
    _run(capsys, *talk_list, "export", TITLE, "--format", "pptx", "-o", str(out))
    texts = list(_pptx_texts(out))
    titles = [t for w, t in texts if w.endswith(" text")]
    assert any(t.startswith("Comparison: Adam 2006") for t in titles)
    assert any(t.startswith("Prognostic factor matrix") for t in titles)
    assert any(t.startswith("References") for t in titles)
    assert any(t.startswith("Slide 11: ") for t in titles)
    problems = _problems(iter(texts), allowed)
    assert not problems, f"{len(problems)} French text(s):\n" + "\n".join(problems[:60])


def test_the_english_handout_has_no_french_outside_the_deck(
    talk_list: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    allowed: list[str]
) -> None:
    out = tmp_path / "talk.md"
    _run(capsys, *talk_list, "export", TITLE, "--format", "md", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "## References" in text and "n.r. = not reported" in text
    problems = _problems((("md", line) for line in text.splitlines()), allowed)
    assert not problems, f"{len(problems)} French line(s):\n" + "\n".join(problems[:60])


def test_the_english_quiz_asks_in_english(
    real_kb_path: Path, capsys: pytest.CaptureFixture[str], allowed: list[str]
) -> None:
    """Every kind of question, its options, its answer and its quotes."""
    text = _run(capsys, "--lang", "en", "--kb", str(real_kb_path), "quiz", "--count", "0")
    assert "poor, favourable or not significant?" in text
    assert "Which of these series reports the" in text
    assert "Answer: " in text
    problems = _problems((("quiz", line) for line in text.splitlines()), allowed)
    assert not problems, f"{len(problems)} French line(s):\n" + "\n".join(problems[:60])


def test_the_english_list_commands_and_studies_export_speak_english(
    real_kb_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    allowed: list[str]
) -> None:
    base = ["--lang", "en", "--kb", str(real_kb_path), "list", "--data-dir", str(tmp_path / "d")]
    said = [_run(capsys, *base, "new", TITLE), _run(capsys, *base, "add", TITLE, "slide:4")]
    assert said[0].strip() == f"List “{TITLE}” created."
    table = _run(capsys, "--lang", "en", "--kb", str(real_kb_path), "search", "HER2",
                 "--format", "md")
    assert table.startswith("**Filter: search: “HER2”")
    assert "| Study | Year | Journal |" in table
    lines = [*said, *table.splitlines()]
    problems = _problems((("cli", line) for line in lines), allowed)
    assert not problems, "\n".join(problems[:60])


def test_the_user_data_import_summary_is_english() -> None:
    from bclm_viewer import i18n
    from bclm_viewer.notes.records import ImportReport

    report = ImportReport(Path("mine.json"), notes_added=["adam-2006", "abbott-2012"],
                          stars_added=["adam-2006"], lists_renamed=[("Talk", "Talk (2)")])
    i18n.set_language("en")
    text = report.summary()
    assert "2 notes added, 0 already the same." in text and "1 star added." in text
    assert not french_words(text, ["Talk"]), text
    i18n.set_language("fr")
    assert "2 notes ajoutées, 0 déjà identique." in report.summary()
