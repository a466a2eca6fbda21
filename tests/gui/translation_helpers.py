"""Compiling .ts files with Qt's lrelease and speaking their language for a while, for the
tests of the translated GUI."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def ts_files(language: str) -> list[Path]:
    """The .ts files of ``language``: the merged catalogue and the parts not yet merged."""
    files = [
        TRANSLATIONS / f"claimdesk_{language}.ts",
        *sorted(TRANSLATIONS.glob(f"parts/{language}_*.ts")),
    ]
    return [f for f in files if f.exists()]


def compile_translation(sources: list[Path], qm: Path) -> Path:
    """``sources`` compiled into ``qm`` by Qt's lrelease."""
    subprocess.run(
        [str(LRELEASE), *map(str, sources), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@contextmanager
def speaking(qm: Path) -> Iterator[QTranslator]:
    """The application translates through ``qm`` (before any translator installed earlier)
    until the block ends."""
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} is not a translation"
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
