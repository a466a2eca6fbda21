"""Modules that import each other (TYPE_CHECKING imports included) tie layers together: the package
has none. tools/import_cycles.py lists every cycle."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "tools" / "import_cycles.py"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_cycles", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_cycles"] = module
    spec.loader.exec_module(module)
    return module


def test_the_cycle_finder_finds_cycles_and_only_them() -> None:
    tool = load_tool()
    graph = {
        "a": {"b"},
        "b": {"c"},
        "c": {"a", "d"},  # a -> b -> c -> a
        "d": {"e"},
        "e": {"d"},  # d <-> e, reached from the first cycle
        "f": {"a"},  # imports a cycle, is not in one
        "g": set(),
    }
    assert tool.cycles(graph) == [["a", "b", "c"], ["d", "e"]]
    assert tool.cycles({"x": {"y"}, "y": set()}) == []


def test_the_package_has_no_import_cycles() -> None:
    """catalogue.py and index.py imported each other (index named Catalogue for its types), as
    did the main window and its action table and suggestions controller (through TYPE_CHECKING),
    and app.py and smoke.py; each now names a narrow protocol or a shared module instead."""
    tool = load_tool()
    graph = tool.import_graph()
    assert (
        "claimdesk.core.matching.index" in graph["claimdesk.core.catalogue.service"]
    )  # the graph is real
    assert "claimdesk.gui.actions" in graph["claimdesk.gui.main_window"]
    assert tool.cycles(graph) == []
