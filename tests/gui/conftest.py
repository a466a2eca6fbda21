"""The GUI tests speak English with its plural forms ("1 claim", "2 claims"), as the app does:
English is the source language, but the texts with a count are written once with ``%n``
("%n claim(s)") and their English forms come from the English translation. Until the app's own
start-up installs it for the tests too, this compiles the English .ts files (the merged catalogue
and the parts not yet merged) and installs the result for the whole session.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def english_sources() -> list[Path]:
    """The .ts files that hold English's plural forms."""
    files = [TRANSLATIONS / "claimdesk_en.ts", *sorted(TRANSLATIONS.glob("parts/en_*.ts"))]
    return [f for f in files if f.exists()]


def compile_translation(sources: list[Path], qm: Path) -> Path:
    """``sources`` compiled into ``qm`` by Qt's lrelease."""
    subprocess.run(
        [str(LRELEASE), *map(str, sources), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@pytest.fixture(autouse=True, scope="session")
def english_plural_forms(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    sources = english_sources()
    if not sources:
        yield
        return
    qm = compile_translation(sources, tmp_path_factory.mktemp("english") / "claimdesk_en.qm")
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
