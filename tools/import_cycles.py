"""List the import cycles among ClaimDesk's modules, imports under ``if TYPE_CHECKING:`` and
inside functions included (a cycle through either still ties the modules together).

Usage: ``.venv/bin/python tools/import_cycles.py`` prints each cycle (a strongly connected
group of modules) and exits 1 if there is any; tests/test_import_cycles.py runs it.
"""

from __future__ import annotations

import sys

import grimp


def import_graph(package: str = "claimdesk") -> dict[str, set[str]]:
    """Each module of ``package`` with the modules of the package it imports."""
    graph = grimp.build_graph(package, exclude_type_checking_imports=False)
    return {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of two or more modules that import each other, directly or through others
    (Tarjan's strongly connected components, iteratively), each sorted, sorted by first name."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                child = pending.pop()
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, sorted(graph.get(child, ()))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return sorted(found)


def main() -> int:
    found = cycles(import_graph())
    for group in found:
        print(f"cycle of {len(group)}: " + " <-> ".join(group))
    if not found:
        print("no import cycles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
