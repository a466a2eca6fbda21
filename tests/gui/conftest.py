"""The GUI tests speak English with its plural forms ("1 claim", "2 claims"), as the app does:
English is the source language, but the texts with a count are written once with ``%n``
("%n claim(s)") and their English forms come from the English translation. Until the app's own
start-up installs it for the tests too, this compiles the English .ts files (the merged catalogue
and the parts not yet merged) and installs the result for the whole session.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from translation_helpers import compile_translation, speaking, ts_files


@pytest.fixture(autouse=True, scope="session")
def english_plural_forms(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    sources = ts_files("en")
    if not sources:
        yield
        return
    qm = compile_translation(sources, tmp_path_factory.mktemp("english") / "claimdesk_en.qm")
    with speaking(qm):
        yield
