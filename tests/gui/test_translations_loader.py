"""The GUI's language (gui/translations.py): the preference ui/language, the system's language,
Qt's own catalogue, and English with one log line when a catalogue is missing."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from claimdesk.gui.translations import (
    LANGUAGE_KEY,
    install_translations,
    preferred_language,
    remove_translations,
)


@pytest.fixture
def clean(qapp: QApplication, settings_dir: Path) -> Iterator[None]:
    yield
    remove_translations()
    QLocale.setDefault(QLocale.c())


def test_the_preference_chooses_the_language(clean: None) -> None:
    settings = QSettings()
    for value, expected in (("ru", "ru"), ("en", "en"), ("ru_RU", "ru"), ("de", "en")):
        settings.setValue(LANGUAGE_KEY, value)
        assert preferred_language(settings) == expected, value
    settings.setValue(LANGUAGE_KEY, "system")
    system = QLocale.system().uiLanguages()
    assert preferred_language(settings) == ("ru" if system and system[0].startswith("ru") else "en")


def test_russian_installs_claimdesks_and_qts_catalogues(clean: None) -> None:
    QSettings().setValue(LANGUAGE_KEY, "ru")
    assert install_translations() == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    assert QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts") == "Сочетания клавиш"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"  # qtbase_ru
    remove_translations()
    assert QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts") == (
        "Keyboard shortcuts"
    )


def test_a_missing_catalogue_is_english_and_one_log_line(
    clean: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="claimdesk.gui"):
        assert install_translations("ru", directory=tmp_path) == "ru"
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "claimdesk_ru.qm" in warnings[0].getMessage()
    assert QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts") == (
        "Keyboard shortcuts"
    )
