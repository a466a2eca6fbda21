"""Every file dialog comes from gui/file_dialogs.py: QFileDialog's static functions guess the
types of the files they list from their contents, and opening and closing a catalogue's
``-shm`` file that way dropped the window's SQLite locks (tests/gui/test_catalogue_locks.py)."""

from __future__ import annotations

import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "src" / "claimdesk"
STATIC = re.compile(r"QFileDialog\s*\.\s*get\w+\s*\(")


def test_no_module_calls_the_static_file_dialogs() -> None:
    found = [
        f"{path.relative_to(SOURCES)}:{number}"
        for path in sorted(SOURCES.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if STATIC.search(line)
    ]
    assert found == []


def test_the_pattern_finds_a_static_call() -> None:
    assert STATIC.search('path, _ = QFileDialog.getOpenFileName(self, "Open")')
    assert not STATIC.search("dialog = QFileDialog(parent, caption, directory, filters)")
