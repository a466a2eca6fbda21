"""A batch import's worker processes load what reading needs, not the desktop app: "spawn"
runs the launching script again in each worker, and the ``claimdesk`` console script (written
as pip writes it, from pyproject's entry point) must not import Qt when it is only imported."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = '''
import sys


def loaded(_: object) -> list[str]:
    """The GUI modules this (worker) process has imported."""
    return sorted(m for m in ("PySide6", "PySide6.QtWidgets", "claimdesk.gui") if m in sys.modules)
'''

# what pip writes for a gui-script "module:function", with the worker pool started where the
# script would run the app: the pool's worker imports the script again, as __mp_main__
LAUNCHER = """import sys
from {module} import {function}
if __name__ == "__main__":
    import json
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import probe

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        print(json.dumps(pool.submit(probe.loaded, None).result(timeout=120)))
"""


def test_the_desktop_launcher_leaves_qt_out_of_the_import_workers(tmp_path: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        entry = tomllib.load(file)["project"]["gui-scripts"]["claimdesk"]
    module, function = entry.split(":")
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    launcher = tmp_path / "claimdesk"
    launcher.write_text(LAUNCHER.format(module=module, function=function), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(launcher)],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_launcher_runs_the_app(tmp_path: Path) -> None:
    """The entry point is the app's own main: --version answers as the app does."""
    code = (
        "import sys\nfrom claimdesk.gui_entry import main\n"
        "sys.exit(main(['claimdesk', '--version']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("claimdesk ")
