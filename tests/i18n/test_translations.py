"""The translations: compiled files fresh, every string of the sources in the ``.ts``, every
English translation finished and keeping its ``{placeholders}``, and the Qt-free reader of
the ``.ts`` (CLI, exports) giving what Qt's translator gives."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from bclm_viewer import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
UPDATE = "run tools/update-translations.sh (docs/translations.md)"


def _messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    out = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            node = m.find("translation")
            if node is not None and node.get("type") in ("vanished", "obsolete"):
                continue
            out[(name, m.findtext("source") or "")] = m
    return out


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} not installed next to this Python")
    return path


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_committed_qm_is_compiled_from_its_ts(tmp_path: Path, language: str) -> None:
    ts = I18N / f"bclm_viewer_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                   check=True)
    committed = I18N / f"bclm_viewer_{language}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale: {UPDATE}"


def test_the_ts_holds_every_translatable_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing to the committed .ts and drops nothing."""
    copy = tmp_path / "src"
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n_sources.py"),
                    str(ROOT / "bclm_viewer"), str(copy)], check=True)
    ts = tmp_path / "bclm_viewer_en.ts"
    shutil.copy(I18N / "bclm_viewer_en.ts", ts)
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-extensions", "py",
                    "-source-language", "fr", "-target-language", "en", str(copy), "-ts",
                    str(ts)], check=True)
    before, after = set(_messages(I18N / "bclm_viewer_en.ts")), set(_messages(ts))
    assert not after - before, f"new strings not in the .ts: {sorted(after - before)}; {UPDATE}"
    assert not before - after, f"strings no longer in the code: {sorted(before - after)}"


def test_every_english_translation_is_finished_and_keeps_its_placeholders() -> None:
    problems = []
    for (context, source), m in _messages(I18N / "bclm_viewer_en.ts").items():
        node = m.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        if node.get("type") == "unfinished" or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(re.findall(r"\{\w*\}", source))
        for form in forms:
            if sorted(re.findall(r"\{\w*\}", form)) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            if "%n" in source and m.get("numerus") == "yes" and "%n" not in form:
                problems.append(f"{context}: {source!r} -> {form!r}: %n missing")
    assert not problems, "\n".join(problems)


def test_french_plurals_have_their_forms() -> None:
    plurals = [m for m in _messages(I18N / "bclm_viewer_fr.ts").values()
               if m.get("numerus") == "yes"]
    assert plurals
    for m in plurals:
        forms = [f.text for f in m.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in forms[1], m.findtext("source")


def test_the_qt_free_catalogue_translates_words_and_plurals() -> None:
    i18n.set_language("en")
    assert i18n.translate("Words", "péjoratif") == "poor prognosis"
    assert i18n.translate("Words", "pas dans le catalogue") == "pas dans le catalogue"
    assert i18n.plural("%n étude(s)", "", 1) == "1 study"
    assert i18n.plural("%n étude(s)", "", 3) == "3 studies"
    i18n.set_language("fr")
    assert i18n.translate("Words", "péjoratif") == "péjoratif"
    assert i18n.plural("%n étude(s)", "", 1) == "1 étude"
    assert i18n.plural("%n étude(s)", "", 0) == "0 étude"
    assert i18n.plural("%n étude(s)", "", 3) == "3 études"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "fr_CA"}, "fr"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({"LANG": "C"}, "en"), ({}, "en"),
    ({"LANG": "en_US", "LC_ALL": "fr_BE.UTF-8"}, "fr"),
    ({"LANG": "fr_FR", "BCLM_VIEWER_LANG": "en"}, "en"),
])
def test_the_system_language(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                             expected: str) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "BCLM_VIEWER_LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected
