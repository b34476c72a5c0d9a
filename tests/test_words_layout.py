"""The shape of chat/words/: imports run one way (down the list in chat/words/__init__.py), no module imports another's
private names, and no dead names are left behind.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_words_layout.py -q
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

WORDS = Path(__file__).parent.parent / "chat" / "words"


def documented_order() -> list[str]:
    """Module names in the order chat/words/__init__.py lists them."""
    doc = ast.get_docstring(ast.parse((WORDS / "__init__.py").read_text()))
    return re.findall(r"^- ``(\w+)``", doc, re.M)


def words_imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) for each import of a chat.words module in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module == "chat.words":
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("chat.words."):
            found.append((node.module.split(".")[-1], [alias.name for alias in node.names]))
    return found


def test_every_module_is_listed_in_the_package_docstring():
    modules = {p.stem for p in WORDS.glob("*.py")} - {"__init__"}
    assert set(documented_order()) == modules


@pytest.mark.parametrize("module", sorted(p.stem for p in WORDS.glob("*.py") if p.stem != "__init__"))
def test_imports_run_down_the_list_and_take_no_private_names(module):
    order = documented_order()
    for imported, names in words_imports(WORDS / f"{module}.py"):
        assert order.index(imported) < order.index(module), f"{module} imports {imported}, listed below it"
        assert not [n for n in names if n.startswith("_")], f"{module} imports private names of {imported}"


def test_removed_dead_names_stay_gone():
    text = "\n".join(p.read_text() for p in WORDS.glob("*.py"))
    for dead in ("SLOTS = ", "_ACTIONS_WITH_PICTURE", "_LEAD_FILLER", "_ORDINAL_WORDS"):
        assert dead not in text
