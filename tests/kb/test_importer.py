"""The importer: a PPTX or text deck -> slides verbatim, draft studies and candidates; the
round trip of the bundled deck, the recall of the hand-made figures, and what it never does
(overwrite a file, write anything for a bad input, let a draft into the KB unasked)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from deck_samples import bundled_slides, write_bundled_pptx, write_other_pptx

from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.content import load_study, study_names
from bclm_viewer.kb.drafts import review_status
from bclm_viewer.kb.frontmatter import split_front_matter
from bclm_viewer.kb.importer import reading
from bclm_viewer.kb.importer.model import IMAGE_ONLY_NOTE, DeckError
from bclm_viewer.kb.importer.write import import_deck
from bclm_viewer.kb.paths import content_dir
from bclm_viewer.kb.validate import check_content, normalise


def _slides(root: Path) -> list[tuple[int, str, str]]:
    out = []
    for path in sorted((root / "slides").glob("*.md")):
        fm = split_front_matter(path.read_text(encoding="utf-8"))
        number, title = fm.meta.get("number"), fm.meta.get("title")
        assert number is not None and title is not None
        out.append((int(number.value.text), title.value.text, fm.body.rstrip("\n")))  # type: ignore[union-attr, arg-type]
    return sorted(out)


def _studies(root: Path) -> list:  # type: ignore[type-arg]
    return [load_study(root / "studies" / n, root, []) for n in study_names(root)]


@pytest.fixture(scope="module")
def bundled_import(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bundled")
    deck = write_bundled_pptx(tmp / "bundled.pptx")
    import_deck(deck, tmp / "content")
    return tmp / "content"


def test_pptx_round_trip_gives_the_bundled_slide_texts(bundled_import: Path) -> None:
    imported = _slides(bundled_import)
    expected = bundled_slides()
    assert [n for n, _, _ in imported] == [n for n, _ in expected]
    for (number, _, text), (_, want) in zip(imported, expected, strict=True):
        assert normalise(text) == normalise(want), f"slide {number}"
        if number != 11:  # the table is written cell by cell, blank line between cells
            assert [ln for ln in text.split("\n") if ln] == [ln for ln in want.split("\n") if ln]
    deck = (bundled_import / "deck.txt").read_text(encoding="utf-8")
    bundled_deck = (content_dir() / "deck.txt").read_text(encoding="utf-8")
    assert normalise(deck) == normalise(bundled_deck)
    assert check_content(bundled_import) == []


def test_candidates_cover_every_figure_of_the_hand_made_studies(bundled_import: Path) -> None:
    found = {
        (c.slide, normalise(c.value or ""))
        for s in _studies(bundled_import) for c in s.candidates if c.kind == "figure"
    }
    hand = [
        (s.id, o.slide, o.value_text, o.source)
        for s in _studies(content_dir()) for o in s.outcomes
    ]
    missed = [h for h in hand if (h[1], normalise(h[2])) not in found]
    assert len(hand) == 61
    assert not missed, f"recall {len(hand) - len(missed)}/{len(hand)}; missed: {missed}"


def test_candidates_keep_their_line_slide_and_guesses(bundled_import: Path) -> None:
    adam = next(s for s in _studies(bundled_import) if s.id == "adam-2006")
    assert adam.draft and adam.first_author == "Adam R" and adam.journal == "Ann Surg"
    assert adam.citation_source == "Adam R & al. Ann Surg 2006"
    os5 = next(c for c in adam.candidates if c.value == "37")
    assert (os5.measure, os5.slide, os5.source) == ("os5", 4, "• OS5: 37% / DFS5: 21%")
    cox = next(c for c in adam.candidates if c.factor == "systemic_response")
    assert (cox.effect, cox.analysis) == ("poor", "multivariate")
    # the table's rows are studies; a factor under the "DFS" column is a reading, with its reason
    treska = next(s for s in _studies(bundled_import) if s.id == "treska-2014")
    diam = next(c for c in treska.candidates if c.factor == "metastasis_diameter")
    assert diam.endpoint == "DFS" and "DFS" in diam.readings["endpoint"]
    mariani = next(s for s in _studies(bundled_import) if s.id == "mariani-2013")
    survival = next(c for c in mariani.candidates if c.value == "69.5")
    assert survival.p == "0.049"
    assert not any(c.value in ("2013", "0.049") for c in mariani.candidates)


def test_text_deck_keeps_the_text_verbatim(tmp_path: Path) -> None:
    result = import_deck(content_dir() / "deck.txt", tmp_path / "c")
    assert (tmp_path / "c" / "deck.txt").read_bytes() == (content_dir() / "deck.txt").read_bytes()
    assert check_content(tmp_path / "c") == []
    assert len(result.plan.slides) >= 10  # slides split at runs of blank lines


def test_drafts_stay_out_of_the_kb_unless_asked(bundled_import: Path, tmp_path: Path) -> None:
    from bclm_viewer.kb.content import ContentError

    with pytest.raises(ContentError, match="every study is a draft"):
        build_kb(bundled_import, tmp_path / "kb.sqlite")
    build_kb(bundled_import, tmp_path / "kb.sqlite", include_drafts=True)
    con = sqlite3.connect(tmp_path / "kb.sqlite")
    labels = [r[0] for r in con.execute("SELECT label FROM studies")]
    n_outcomes = con.execute("SELECT COUNT(*) FROM outcomes").fetchone()[0]
    con.close()
    assert labels and all(label.endswith("(à vérifier)") for label in labels)
    assert n_outcomes > 0  # the candidates with a measure are built, under a marked study
    status = review_status(bundled_import)
    assert sum(s.candidates for s in status) == sum(len(s.candidates) for s in _studies(
        bundled_import))


def test_import_into_a_folder_never_overwrites(bundled_import: Path, tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "c"
    shutil.copytree(bundled_import, root)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    deck = write_bundled_pptx(tmp_path / "again.pptx")
    result = import_deck(deck, root)
    for path, data in before.items():
        if path.name != "deck.txt":
            assert path.read_bytes() == data, path
    assert (root / "deck.txt").read_bytes().startswith(before[root / "deck.txt"])
    assert "studies/adam-2006-2.md" in result.written
    assert [n for n, _, _ in _slides(root)] == list(range(1, 23))
    assert check_content(root) == []


def test_image_only_slide_and_notes(tmp_path: Path) -> None:
    deck = write_other_pptx(tmp_path / "other.pptx", tmp_path / "pic.png")
    result = import_deck(deck, tmp_path / "c")
    assert result.plan.image_only == [3]
    slides = _slides(tmp_path / "c")
    assert slides[2][2] == ""
    notes = {
        p.name: p.read_text(encoding="utf-8")
        for p in (tmp_path / "c" / "speaker-notes").iterdir()
    }
    assert any(IMAGE_ONLY_NOTE in text for text in notes.values())
    assert any("212 patientes" in text for text in notes.values())
    assert not any("212 patientes." in text for _, _, text in slides)  # notes stay apart
    assert check_content(tmp_path / "c") == []
    ids = {s.id for s in _studies(tmp_path / "c")}
    assert {"martin-2019", "nguyen-2021", "lopez-2018", "kim-2020"} <= ids


def _ole(extra: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + extra


def _zip(path: Path, names: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in names.items():
            z.writestr(name, data)


def _pptx_without_text(path: Path, tmp: Path, pictures: bool) -> None:
    from deck_samples import png_bytes
    from pptx import Presentation

    prs = Presentation()
    if pictures:
        (tmp / "p.png").write_bytes(png_bytes())
        for _ in range(2):
            prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_picture(str(tmp / "p.png"), 0, 0)
    prs.save(str(path))


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("old.ppt", lambda p, t: p.write_bytes(_ole()), "97-2003"),
        ("locked.pptx", lambda p, t: p.write_bytes(_ole("EncryptionInfo".encode("utf-16-le"))),
         "password"),
        ("deck.pdf", lambda p, t: p.write_bytes(b"%PDF-1.7\n..."), "PDF"),
        ("broken.pptx", lambda p, t: p.write_bytes(b"PK\x03\x04garbage"), "damaged zip"),
        ("doc.pptx", lambda p, t: _zip(p, {"word/document.xml": b"<x/>"}), "not a PowerPoint"),
        ("empty.pptx", lambda p, t: _pptx_without_text(p, t, False), "0 slides"),
        ("pictures.pptx", lambda p, t: _pptx_without_text(p, t, True), "pictures only"),
        ("binary.txt", lambda p, t: p.write_bytes(b"abc\0def"), "neither"),
        ("latin1.txt", lambda p, t: p.write_bytes("Résumé".encode("latin-1")), "UTF-8"),
        ("blank.txt", lambda p, t: p.write_text("\n\n  \n"), "0 slides"),
    ],
)
def test_bad_input_is_one_message_and_nothing_written(
    tmp_path: Path, name: str, make: object, words: str
) -> None:
    path = tmp_path / name
    make(path, tmp_path)  # type: ignore[operator]
    with pytest.raises(DeckError, match=words):
        import_deck(path, tmp_path / "c")
    assert not (tmp_path / "c").exists()


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("x" * 2000)
    with pytest.raises(DeckError, match="MB"):
        import_deck(path, tmp_path / "c")
    assert not (tmp_path / "c").exists()


def test_python_pptx_is_imported_by_its_two_users_only() -> None:
    """The deck reader and the talk's PowerPoint writer; both import it inside functions, so
    neither start-up nor any other command pays for it (``tests/ui/test_startup.py``)."""
    import re

    package = Path(__file__).resolve().parents[2] / "bclm_viewer"
    users = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if re.search(r"^\s*(from pptx\b|import pptx\b)", p.read_text(encoding="utf-8"), re.M)
    )
    assert users == ["evidence/talk/pptx_writer.py", "kb/importer/pptx_reader.py"]
