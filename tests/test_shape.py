"""The code keeps the shape a newcomer relies on (issue 10): the KB and query packages hold no
command line, the UI says which KB type it takes, modules stay small, item roles are numbered
in one place, and the import-linter contracts for the layers are there.

Each check is a function over a folder, so it is also run on a planted violation (a few files
written to ``tmp_path``): a check that cannot fail would prove nothing.
"""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bclm_viewer"
MAX_LINES = 600


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if ".venv" not in p.parts)


def _name(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


# ----- the checks ---------------------------------------------------------------------------


def cli_in(folder: Path) -> list[str]:
    """``argparse`` imports and ``print(...)`` calls: presentation, which belongs to the CLI."""
    found = []
    for path in _modules(folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{_name(path, folder)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import) and any(
                a.name.split(".")[0] == "argparse" for a in node.names
            ):
                found.append(f"{where} imports argparse")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("argparse"):
                found.append(f"{where} imports argparse")
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id == "print"):
                found.append(f"{where} calls print")
    return found


def untyped_kb(folder: Path) -> list[str]:
    """Parameters or attributes named ``kb`` annotated ``Any`` (or not annotated at all)."""
    found = []
    for path in _modules(folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{_name(path, folder)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.arg) and node.arg == "kb":
                if node.annotation is None or "Any" in ast.unparse(node.annotation):
                    found.append(f"{where} kb: {ast.unparse(node.annotation or ast.Name('?'))}")
            elif isinstance(node, ast.AnnAssign) and ast.unparse(node.target).endswith("kb"):
                if "Any" in ast.unparse(node.annotation):
                    found.append(f"{where} {ast.unparse(node.target)}: Any")
    return found


def long_modules(folder: Path, limit: int = MAX_LINES) -> list[str]:
    found = []
    for path in _modules(folder):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found.append(f"{_name(path, folder)}: {lines} lines")
    return found


ROLE = re.compile(r"UserRole\s*\+")


def roles_outside(folder: Path, home: str = "ui/common/roles.py") -> list[str]:
    """Custom item roles numbered anywhere but ``home``."""
    found = []
    for path in _modules(folder):
        if _name(path, folder) == home:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ROLE.search(line):
                found.append(f"{_name(path, folder)}:{n}: {line.strip()}")
    return found


def contract_gaps(config: Path) -> list[str]:
    """What the import-linter configuration lacks: the layers kb < query < evidence < cli, the
    Qt ban on kb, query, evidence and cli, and the evidence package's SQL ban."""
    parser = configparser.ConfigParser()
    parser.read(config, encoding="utf-8")
    contracts = [parser[s] for s in parser.sections() if s.startswith("importlinter:contract:")]

    def listed(contract: configparser.SectionProxy, key: str) -> list[str]:
        return [x.strip() for x in contract.get(key, "").splitlines() if x.strip()]

    gaps = []
    layered = False
    for c in contracts:
        if c.get("type") != "layers":
            continue
        layers = [{m.strip() for m in line.split("|")} for line in listed(c, "layers")]
        order = ["bclm_viewer.cli", "bclm_viewer.evidence", "bclm_viewer.query", "bclm_viewer.kb"]
        ranks = [next((i for i, layer in enumerate(layers) if m in layer), None) for m in order]
        if None not in ranks and ranks == sorted(ranks) and len(set(ranks)) == len(ranks):
            layered = True
    if not layered:
        gaps.append("no layers contract cli > evidence > query > kb")
    forbidden = [c for c in contracts if c.get("type") == "forbidden"]
    for package in ("kb", "query", "evidence", "cli"):
        module = f"bclm_viewer.{package}"
        if not any(module in listed(c, "source_modules")
                   and "PySide6" in listed(c, "forbidden_modules") for c in forbidden):
            gaps.append(f"no contract forbids Qt in {module}")
    if not any("bclm_viewer.evidence" in listed(c, "source_modules")
               and "sqlite3" in listed(c, "forbidden_modules") for c in forbidden):
        gaps.append("no contract forbids sqlite3 in bclm_viewer.evidence")
    return gaps


# ----- the code has the shape ---------------------------------------------------------------


@pytest.mark.parametrize("package", ["kb", "query"])
def test_kb_and_query_hold_no_command_line(package: str) -> None:
    assert cli_in(PACKAGE / package) == []


def test_the_ui_says_which_kb_it_takes() -> None:
    assert untyped_kb(PACKAGE / "ui") == []


def test_no_module_is_over_600_lines() -> None:
    assert long_modules(PACKAGE) == []


def test_item_roles_are_numbered_in_one_module() -> None:
    assert (PACKAGE / "ui/common/roles.py").read_text(encoding="utf-8").count("UserRole +") > 5
    assert roles_outside(PACKAGE) == []


def test_import_linter_contracts_cover_kb_query_evidence_and_cli() -> None:
    assert contract_gaps(ROOT / ".importlinter") == []


# ----- each check fails on a planted violation ------------------------------------------------


def _plant(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_cli_check_finds_argparse_and_print(tmp_path: Path) -> None:
    root = _plant(tmp_path, {
        "a.py": "import argparse\n",
        "b.py": "from argparse import ArgumentParser\n",
        "c.py": "def f() -> None:\n    print('x')\n",
        "clean.py": '"""print( in a docstring is fine"""\nimport sys\nsys.stdout.write("x")\n',
    })
    assert cli_in(root) == [
        "a.py:1 imports argparse", "b.py:1 imports argparse", "c.py:2 calls print",
    ]


def test_kb_check_finds_any(tmp_path: Path) -> None:
    root = _plant(tmp_path, {
        "page.py": "from typing import Any\nclass P:\n    def __init__(self, kb: Any) -> None:\n"
                   "        self.kb: Any = kb\n",
        "bare.py": "def f(kb):\n    return kb\n",
        "typed.py": "def f(kb: 'KnowledgeBase | None') -> None:\n    pass\n",
    })
    assert sorted(untyped_kb(root)) == [
        "bare.py:1 kb: ?", "page.py:3 kb: Any", "page.py:4 self.kb: Any",
    ]


def test_length_check_finds_a_long_module(tmp_path: Path) -> None:
    root = _plant(tmp_path, {"long.py": "x = 1\n" * 601, "ok.py": "x = 1\n" * 600})
    assert long_modules(root) == ["long.py: 601 lines"]


def test_role_check_finds_a_role_numbered_elsewhere(tmp_path: Path) -> None:
    root = _plant(tmp_path, {
        "ui/common/roles.py": "A = Qt.ItemDataRole.UserRole + 1\n",
        "ui/model.py": "B = Qt.ItemDataRole.UserRole+2\n",
    })
    assert roles_outside(root) == ["ui/model.py:1: B = Qt.ItemDataRole.UserRole+2"]


def test_contract_check_finds_missing_contracts(tmp_path: Path) -> None:
    config = tmp_path / ".importlinter"
    config.write_text(
        "[importlinter]\nroot_package = bclm_viewer\n\n"
        "[importlinter:contract:layers]\nname = layers\ntype = layers\nlayers =\n"
        "    bclm_viewer.cli | bclm_viewer.ui\n    bclm_viewer.query\n    bclm_viewer.evidence\n"
        "    bclm_viewer.kb\n\n"
        "[importlinter:contract:qt]\nname = qt\ntype = forbidden\nsource_modules =\n"
        "    bclm_viewer.kb\n    bclm_viewer.query\nforbidden_modules =\n    PySide6\n",
        encoding="utf-8",
    )
    assert contract_gaps(config) == [
        "no layers contract cli > evidence > query > kb",
        "no contract forbids Qt in bclm_viewer.evidence",
        "no contract forbids Qt in bclm_viewer.cli",
        "no contract forbids sqlite3 in bclm_viewer.evidence",
    ]
