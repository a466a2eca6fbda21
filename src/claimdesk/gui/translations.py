"""The language the GUI speaks: chosen at start-up, before any widget is built.

The preference ``ui/language`` (QSettings) is ``system`` (the default: the first of the system's
UI languages ClaimDesk has), ``en`` or ``ru``. :func:`install_translations` sets Qt's default locale
to it (dates and numbers), and installs two translators: ClaimDesk's own ``claimdesk_<lang>.qm``
(English too: its English catalogue holds the plural forms, "1 claim" / "2 claims") and Qt's
``qtbase_<lang>.qm`` from Qt's translations folder when there is one (standard buttons, the text
fields' context menus). A missing catalogue leaves that part in English, with one line in the log.

How ``self.tr`` picks its context: lupdate files a string under the class it is written in;
PySide6 (6.8-6.11) looks a string up under the instance's class and then each base class in turn,
so a plain string written in a base class is still translated in a subclass's instance. A string
with a count (``self.tr("%n claim(s)", "", n)``) is not: the lookup stops at the subclass (the
``%n`` already replaced looks translated). So a class that has subclasses writes its counts as
``QCoreApplication.translate("ItsClassName", "%n claim(s)", None, n)``;
tests/gui/test_translation_context.py checks both and enforces that rule over the package.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from claimdesk.core.domain.messages import english as core_english
from claimdesk.core.domain.messages import set_translator as set_core_translator
from claimdesk.i18n_text import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    TRANSLATIONS_DIR,
    supported_language,
)

__all__ = ["PLURAL", "QT_TRANSLATE_NOOP", "install_translations", "translate"]
# QT_TRANSLATE_NOOP: PySide6's is typed as returning object; this one (the same no-op, the name
# lupdate looks for) returns the str it marks, for tables of marked strings

log = logging.getLogger("claimdesk.gui")

LANGUAGE_KEY = "ui/language"
"""The preference: "system", or one of claimdesk.i18n_text.LANGUAGES."""
SYSTEM = "system"

_installed: list[QTranslator] = []
"""The translators installed now (kept referenced: Qt does not own them)."""
_locale_before: list[QLocale] = []
"""The default locale before the translations now installed (restored on their removal)."""


def preferred_language(settings: QSettings | None = None) -> str:
    """The language chosen in preferences, else the system's: one of LANGUAGES."""
    value = (settings if settings is not None else QSettings()).value(LANGUAGE_KEY, SYSTEM)
    chosen = str(value or SYSTEM).strip()
    if chosen and chosen != SYSTEM:
        return supported_language([chosen])
    return supported_language([*QLocale.system().uiLanguages(), SOURCE_LANGUAGE])


def install_translations(language: str | None = None, directory: Path = TRANSLATIONS_DIR) -> str:
    """Speak ``language`` (None: :func:`preferred_language`) from now on: the default locale and
    the translators; returns the language. Call it after the QApplication exists and before any
    widget is built (a widget's texts are set when it is made)."""
    app = QCoreApplication.instance()
    assert app is not None, "install_translations needs a QApplication"
    chosen = preferred_language() if language is None else supported_language([language])
    remove_translations()
    # the core's messages (its errors) are translated by the same translators when shown
    set_core_translator(_translate_core_message)
    _locale_before.append(QLocale())
    locale = QLocale(chosen)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    if own.load(str(directory / f"claimdesk_{chosen}.qm")):
        _install(own)
    else:
        log.warning(
            "no translation claimdesk_%s.qm in %s: ClaimDesk speaks English", chosen, directory
        )
    if chosen != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(locale, "qtbase", "_", qt_folder):
            _install(qt_own)
        else:
            log.info("no Qt translation qtbase_%s.qm in %s", chosen, qt_folder)
    return chosen


def _translate_core_message(context: str, template: str, count: int) -> str:
    text = QCoreApplication.translate(context, template, None, count)
    if count >= 0 and text == template.replace("%n", str(count)):
        return core_english(context, template, count)  # English with its plural forms
    return text


def _install(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def remove_translations() -> None:
    """Back to the source language (English without its plural forms): tests switch languages."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if _locale_before:  # and the default locale (numbers, dates) it replaced
        QLocale.setDefault(_locale_before[0])
        _locale_before.clear()


def available_languages() -> tuple[str, ...]:
    """The languages a preferences page offers (besides "system")."""
    return LANGUAGES


PLURAL = "plural"
"""The fourth argument of a :func:`translate` call with a count."""


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    plural: object = None,
    n: int = -1,
) -> str:
    """``QCoreApplication.translate`` for a message with a count outside a QObject:
    ``translate("ArticleActions", "%n claim(s) imported", None, PLURAL, count)``.

    pyside6-lupdate (6.11) files ``QCoreApplication.translate(ctx, text, None, n)`` as a plain
    message (no plural forms) when ``n`` is a name, and skips it when ``n`` is an expression; it
    takes a plural only in Qt 4's five-argument form, which this function accepts. ``count``
    must be a plain name there, and the call must not end in a comma (lupdate skips it). In a
    QObject, ``self.tr("%n claim(s)", "", count)`` needs none of this.
    """
    if isinstance(plural, int) and n < 0:
        n = plural
    return QCoreApplication.translate(context, source, disambiguation, n)
