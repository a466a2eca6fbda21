"""Translated text without Qt: the command line's messages from the app's own catalogue.

The GUI loads ``claimdesk_<lang>.qm`` with a QTranslator (:mod:`claimdesk.gui.translations`); the
command line must not import PySide6, so this module reads the same compiled files itself. A .qm
file (what ``pyside6-lrelease`` writes, ``make translations``) is a few tagged sections; its
messages section holds, for each message, its translations (UTF-16, one per plural form), its
comment, source text and context, which is all a lookup by (context, source) needs. No XML is
parsed at run time, and nothing at all is read until the first message is translated; in English
only a message with a count (``%n``) reads the small English catalogue, which holds nothing but the
plural forms ("1 claim", "2 claims").

Mark messages as for the GUI, with the literal call ``translate("Cli", "…")`` (lupdate extracts it
like ``QCoreApplication.translate``) or ``translate("Cli", "%n claim(s)", None, PLURAL, count)``
for a count (see :func:`translate`); a table built at import time marks with
``QT_TRANSLATE_NOOP("Cli", "…")``.

The language: ``CLAIMDESK_LANG`` if set (``en``, ``ru``, or ``system``), else the first of
``LANGUAGE`` (a colon-separated list), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set, as
gettext reads them; a language with no catalogue is English.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

# logging is imported only to warn of a missing catalogue: claimdesk-cli --help does not load it

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
"""Where ``make translations`` (and the test set-up) put ``claimdesk_<lang>.qm``."""
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "ru")
"""The languages ClaimDesk speaks: English is the source, the others have a catalogue."""
LANGUAGE_VARIABLE = "CLAIMDESK_LANG"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_NULL = 0xFFFFFFFF

Messages = dict[tuple[str, str, str], tuple[str, ...]]
"""(context, source text, comment) → the translations, one per plural form."""


PLURAL = "plural"
"""The fourth argument of a :func:`translate` call with a count (see there)."""


def qt_translate_noop(context: str, source: str) -> str:
    """Marks ``source`` for lupdate in a table built at import time; translate it where shown."""
    return source


QT_TRANSLATE_NOOP = qt_translate_noop  # the name lupdate looks for


def language_from_environment(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language the command line speaks: one of :data:`LANGUAGES`."""
    env = os.environ if environ is None else environ
    override = env.get(LANGUAGE_VARIABLE, "").strip()
    if override and override.casefold() != "system":
        return supported_language([override])
    # as gettext: the locale of messages is the first of LC_ALL, LC_MESSAGES, LANG that is set;
    # LANGUAGE (a list, "de:ru") comes before it, but not when the locale is C (POSIX says so)
    locale_name = next((env[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(n)), "")
    if locale_name.split(".")[0].casefold() in ("", "c", "posix"):
        return SOURCE_LANGUAGE
    return supported_language([*filter(None, env.get("LANGUAGE", "").split(":")), locale_name])


def supported_language(names: list[str]) -> str:
    """The first of the locale names ``names`` (``ru_RU.UTF-8``, ``ru-RU``, ``en``) ClaimDesk
    speaks; English if none."""
    for name in names:
        code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].casefold()
        if code in ("c", "posix"):
            return SOURCE_LANGUAGE
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def plural_index(language: str, n: int) -> int:
    """Which plural form ``n`` takes, in the order Qt's numerus forms have for ``language``."""
    if language == "ru":
        # one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 25-30, 11-14)
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def read_qm(path: Path) -> Messages:
    """The messages of the compiled catalogue at ``path`` (ValueError if it is not one)."""
    data = path.read_bytes()
    if not data.startswith(_QM_MAGIC):
        raise ValueError(f"{path} is not a compiled Qt translation (.qm)")
    position = len(_QM_MAGIC)
    messages: Messages = {}
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        start = position + 5
        if tag == _SECTION_MESSAGES:
            _read_messages(data, start, start + length, messages)
        position = start + length
    return messages


def _read_messages(data: bytes, position: int, end: int, messages: Messages) -> None:
    translations: list[str] = []
    context = source = comment = ""
    while position < end:
        tag = data[position]
        position += 1
        if tag == _TAG_END:
            if source:
                messages.setdefault((context, source, comment), tuple(translations))
            translations, context, source, comment = [], "", "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            continue
        (length,) = struct.unpack_from(">I", data, position)
        position += 4
        if length == _NULL:
            value = b""
        else:
            value = data[position : position + length]
            position += length
        if tag == _TAG_TRANSLATION:
            translations.append(value.decode("utf-16-be"))
        elif tag == _TAG_SOURCE_TEXT:
            source = value.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = value.decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = value.decode("utf-8")


class Catalogue:
    """One language's messages, read from its .qm when first needed."""

    def __init__(self, language: str, directory: Path = TRANSLATIONS_DIR) -> None:
        self.language = language
        self.path = directory / f"claimdesk_{language}.qm"
        self._messages: Messages | None = None

    @property
    def messages(self) -> Messages:
        if self._messages is None:
            try:
                self._messages = read_qm(self.path)
            except (OSError, ValueError) as error:
                # English it is: a missing catalogue must never stop a command
                import logging  # noqa: PLC0415  (see the imports)

                logging.getLogger("claimdesk.i18n").warning(
                    "no %s translation, showing English: %s", self.language, error
                )
                self._messages = {}
        return self._messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` in this language (``%n`` replaced by ``n`` when ``n`` >= 0), as
        ``QCoreApplication.translate`` gives it."""
        if self.language != SOURCE_LANGUAGE or n >= 0:
            forms = self.messages.get((context, source, disambiguation or ""))
            if forms:
                index = plural_index(self.language, n) if n >= 0 else 0
                text = forms[min(index, len(forms) - 1)] or source
            else:
                text = source
        else:
            text = source  # English without a count: the source is the text
        return text.replace("%n", str(n)) if n >= 0 else text


_current: Catalogue | None = None


def current_catalogue() -> Catalogue:
    """The catalogue of the environment's language (chosen once per process)."""
    global _current  # noqa: PLW0603  (one per process, chosen when first needed)
    if _current is None:
        _current = Catalogue(language_from_environment())
    return _current


def set_language(language: str) -> None:
    """Speak ``language`` from now on (tests, and a program that chooses its own)."""
    global _current  # noqa: PLW0603
    _current = Catalogue(supported_language([language]))


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    plural: object = None,
    n: int = -1,
) -> str:
    """``source`` translated into the environment's language, as ``QCoreApplication.translate``
    gives it; a message with a count is ``translate("Cli", "%n claim(s)", None, PLURAL, count)``.

    The ``PLURAL`` argument is for pyside6-lupdate: its Python parser marks a ``translate`` call
    as a plural message only in that five-argument form (Qt 4's, whose fourth argument was an
    encoding), and ``count`` must be a plain name there (an attribute such as ``result.claims``
    makes it skip the message; ``len(result.claims)`` hangs it).
    """
    if isinstance(plural, int) and n < 0:  # translate(context, source, disambiguation, n)
        n = plural
    return current_catalogue().translate(context, source, disambiguation, n)


_english_catalogue: Catalogue | None = None


def english_plural(context: str, source: str, n: int) -> str:
    """``source`` with the count ``n`` in its English plural form, whatever the language."""
    global _english_catalogue  # noqa: PLW0603  (read once)
    if _english_catalogue is None:
        _english_catalogue = Catalogue(SOURCE_LANGUAGE)
    return _english_catalogue.translate(context, source, None, n)


# -- argparse's own words --------------------------------------------------------------------

_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)
"""The messages of Python's argparse a user of claimdesk-cli can see (argparse looks them up with
gettext, in a catalogue no system has for claimdesk-cli); the rest are programming errors."""


def _argparse_text(text: str) -> str:
    return translate("Argparse", text) if text in _ARGPARSE_TEXTS else text


def install_argparse_translations() -> None:
    """argparse's own words in the command line's language: "usage:", "options", its errors.

    argparse calls its module's ``_`` when it formats help and errors, so that is pointed at this
    catalogue (and back at gettext's in English, for a process that changed its language)."""
    import argparse  # noqa: PLC0415  (only the command line uses it)
    import gettext  # noqa: PLC0415

    english = current_catalogue().language == SOURCE_LANGUAGE
    argparse._ = gettext.gettext if english else _argparse_text  # type: ignore[attr-defined]
