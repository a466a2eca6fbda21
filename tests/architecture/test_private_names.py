"""No module takes another's private names (``_name``): what a module offers others is public,
so its private parts can change without breaking them."""

from __future__ import annotations

import ast
from pathlib import Path

import claimdesk

PACKAGE = Path(claimdesk.__file__).resolve().parent


def private_imports(source: str) -> list[str]:
    """``module._name`` for each private name ``source`` imports from a claimdesk module."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("claimdesk"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{node.module}.{alias.name}")
    return found


def test_the_scan_finds_private_imports_in_any_form() -> None:
    source = (
        "from claimdesk.core.storage.store import _short, CatalogueBase\n"
        "def f():\n"
        "    from claimdesk.core.matching.names import (\n        _lock,\n        analyse,\n    )\n"
        "from os import _exit\n"
        "from claimdesk import __version__\n"
    )
    assert private_imports(source) == [
        "claimdesk.core.storage.store._short",
        "claimdesk.core.matching.names._lock",
    ]


def test_no_module_imports_another_modules_private_names() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := private_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
