"""English where it is asked for: the KB's English names are required, the CLI writes one
language (``--lang``), the exports' headings follow, and ``--smoke-test`` says which language
came up."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.cli.main import main
from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.content import ContentError
from bclm_viewer.kb.paths import content_dir


@pytest.mark.parametrize(("file", "field", "line"), [
    ("factors.yaml", "name_en", '  name_en: "Age"\n'),
    ("measures.yaml", "name_en", None),
    ("glossary.yaml", "meaning_en", None),
])
def test_the_build_fails_without_an_english_name(
    tmp_path: Path, file: str, field: str, line: str | None
) -> None:
    content = tmp_path / "content"
    shutil.copytree(content_dir(), content)
    path = content / file
    text = path.read_text(encoding="utf-8")
    if line is None:  # the first entry's English name, emptied
        start = text.index(f"{field}:")
        end = min(i for i in (text.find(",", start), text.find("}", start), text.find("\n", start))
                  if i > 0)
        text = text[:start] + f'{field}: ""' + text[end:]
    else:
        assert line in text
        text = text.replace(line, f'  {field}: ""\n', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build_kb(content, tmp_path / "kb.sqlite")
    assert f"{file}:" in str(caught.value) and field in str(caught.value)


def test_the_real_content_names_everything_in_english(real_kb: object) -> None:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    assert isinstance(real_kb, KnowledgeBase)
    assert all(f.name_en.strip() for f in real_kb.factors())
    assert all(m.name_en.strip() for m in real_kb.measures())
    assert all(g.meaning_en.strip() for g in real_kb.glossary())


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_kb(tmp_path_factory.mktemp("lang") / "kb.sqlite", 7)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_compare_and_matrix_write_one_language(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = ("adam-2006", "treska-2014")
    english = _run(capsys, "--kb", str(kb_path), "compare", *ids, "--lang", "en")
    assert "| Study type |" in english and "best value" in english
    assert "Type d'étude" not in english and "non rapporté" not in english
    french = _run(capsys, "--lang=fr", "--kb", str(kb_path), "compare", *ids)
    assert "| Type d'étude |" in french and "Study type" not in french
    matrix = _run(capsys, "--lang", "en", "--kb", str(kb_path), "matrix", "--factor", "age")
    assert "| Factor |" in matrix and "| Agreement |" in matrix and "Age" in matrix
    assert "péjoratif" not in matrix and "Facteur" not in matrix
    matrix_fr = _run(capsys, "--lang", "fr", "--kb", str(kb_path), "matrix", "--factor", "age")
    assert "| Facteur |" in matrix_fr and "Âge" in matrix_fr


def test_json_keys_stay_english_identifiers(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    fr = json.loads(_run(capsys, "--lang", "fr", "--kb", str(kb_path), "factors", "--json"))
    en = json.loads(_run(capsys, "--lang", "en", "--kb", str(kb_path), "factors", "--json"))
    assert [sorted(x) for x in fr] == [sorted(x) for x in en]
    assert "name_fr" in fr[0] and "studies" in fr[0]


def test_the_search_summary_is_one_language(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fr = _run(capsys, "--lang", "fr", "--kb", str(kb_path), "search", "hepatectomie")
    assert re.search(r"\n1 étude sur 7 ", fr)
    assert "résultats en texte intégral" in fr and "hit(s)" not in fr and "Study" not in fr
    en = _run(capsys, "--lang", "en", "--kb", str(kb_path), "search", "hepatectomie")
    assert "\n1 of 7 studies" in en and "full-text hit" in en and "Étude" not in en


def test_an_unknown_language_is_refused(kb_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "de", "--kb", str(kb_path), "factors"])
    assert caught.value.code == 2


@pytest.mark.parametrize(("language", "title", "tabs"), [
    ("en", "BCLM — liver surgery", "Studies | Slides | Questions | Glossary"),
    ("fr", "MHKS — chirurgie", "Études | Diapositives | Questions | Glossaire"),
])
def test_the_smoke_test_says_which_language_came_up(
    tmp_path: Path, language: str, title: str, tabs: str
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BCLM_VIEWER_CACHE_DIR": str(tmp_path / "cache"),
           "BCLM_VIEWER_DATA_DIR": str(tmp_path / "data"),
           "BCLM_VIEWER_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "bclm_viewer.cli.main", "--lang", language, "--smoke-test"],
        env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()[:2]
    assert first.startswith(f"language {language}: {title}") and tabs in first
    assert second.startswith("smoke test ok")


def test_every_category_of_the_content_has_an_english_name(real_kb: object) -> None:
    """Categories are the content's words with no ``_en`` field: ``evidence.words.CATEGORIES``
    lists them for the .ts; a new category in the content must be added there."""
    from bclm_viewer import i18n
    from bclm_viewer.evidence.words import CATEGORIES, category
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    assert isinstance(real_kb, KnowledgeBase)
    used = {f.category for f in real_kb.factors()} | {m.category for m in real_kb.measures()}
    used.discard("")
    assert used <= set(CATEGORIES), f"add to evidence/words.py CATEGORIES: {used - set(CATEGORIES)}"
    i18n.set_language("en")
    assert category("Survie") == "Survival"
    assert all(category(c) != c for c in used)
