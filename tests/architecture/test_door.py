"""The core's door (claimdesk.core.catalogue): every name it lists is the object the defining
module holds, its __all__ is that list, unknown names fail as on any module, and importing the door
alone loads none of what stands behind it."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import claimdesk.core.catalogue as door


@pytest.mark.parametrize("name", sorted(door.DOOR))
def test_each_name_is_the_defining_modules_object(name: str) -> None:
    module, attribute = door.DOOR[name]
    defined = getattr(importlib.import_module("claimdesk.core." + module), attribute)
    assert getattr(door, name) is defined


def test_all_lists_exactly_the_door() -> None:
    assert sorted(door.__all__) == sorted(door.DOOR)
    assert set(door.DOOR) <= set(dir(door))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Catalog'"):
        _ = door.Catalog  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        exec("from claimdesk.core.catalogue import nothing_here", {})


def test_importing_the_door_loads_nothing_behind_it() -> None:
    code = (
        "import sys\n"
        "import claimdesk.core.catalogue\n"
        "from claimdesk.core.catalogue import default_database_path\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'alembic', 'numpy', 'claimdesk.core.catalogue.service',"
        " 'claimdesk.core.suggest')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
