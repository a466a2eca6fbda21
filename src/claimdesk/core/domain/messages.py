"""Messages the core shows a user, kept in English and translated where they are shown.

The core raises typed errors whose text a user reads as it is (the GUI in a message box, the
command line on one line). So that a Russian user reads them in Russian, an error keeps its message
as a *template* marked for translation plus the values that fill it, and renders itself when it is
turned into text::

    raise InvalidValueError(
        QT_TRANSLATE_NOOP("Errors", "{speaker} has no alias “{alias}”."),
        speaker=speaker.name, alias=alias,
    )

``QT_TRANSLATE_NOOP`` only marks the template for ``pyside6-lupdate`` (which reads it by name, in
the context ``"Errors"``); the core knows nothing of Qt or of the catalogues. A template with a
count is marked ``N_NOOP.translate("Errors", "… %n cluster(s) …", None, PLURAL, 0)`` (the only
form lupdate files with plural forms; best as a module constant) and raised with ``count=count``.

The layer that shows messages installs a translator with :func:`set_translator` (the GUI:
``QCoreApplication.translate``; the command line: :func:`claimdesk.i18n_text.translate`). With
none installed (the core's own tests, a script using the library) the text is English: the
template, with a count in its English plural form.

Templates are :meth:`str.format` strings: named fields (``{alias}``, ``{size:,}``), literal braces
doubled. A template with a count has ``%n`` where the number goes and is translated with Qt's plural
forms (``%n time(s)`` becomes "1 раз", "3 раза", "5 раз"); its count is the ``count`` argument.
Values are rendered when the message is: a value that is itself a :class:`Message` (an error from
below, wrapped) is translated too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

CONTEXT = "Errors"
"""The translation context of every message the core marks."""

Translator = Callable[[str, str, int], str]
"""``(context, template, count)`` → the template in the user's language, ``%n`` replaced by the
count when it is >= 0 (what ``QCoreApplication.translate(context, template, None, count)`` does)."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate; the text is translated where the message is shown."""
    return source


PLURAL = "plural"
"""The fourth argument of ``N_NOOP.translate`` (see there)."""


class _PluralMarker:
    """``N_NOOP.translate(context, template, None, PLURAL, count)`` marks a template with a count
    for lupdate (which reads any call named ``translate`` with five arguments as one with plural
    forms) and returns it as it is: the message is translated when it is shown."""

    @staticmethod
    def translate(
        context: str,
        source: str,
        disambiguation: str | None = None,
        plural: object = None,
        n: int = -1,
    ) -> str:
        return source


N_NOOP = _PluralMarker()


def english(context: str, template: str, count: int = -1) -> str:
    """``template`` in English: the source, with a count in its English plural form ("1 time",
    "3 times": the English catalogue holds those forms)."""
    if count < 0:
        return template
    if "%n" in template:
        from claimdesk.i18n_text import english_plural  # noqa: PLC0415  (only for a count)

        return english_plural(context, template, count)
    return template


_translator: Translator = english


def set_translator(translator: Translator | None) -> None:
    """Translate the core's messages with ``translator`` from now on (None: English)."""
    global _translator  # noqa: PLW0603  (one language per process, chosen by the front end)
    _translator = translator or english


def render(template: str, values: Mapping[str, object], count: int = -1) -> str:
    """``template`` translated and filled with ``values`` (each turned into text now, so a
    wrapped message is translated too)."""
    text = _translator(CONTEXT, template, count)
    if not values:
        return text
    try:
        return text.format_map({k: _shown(v, english=False) for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        # a translation with a broken field must not hide the message: show the English one
        return render_english(template, values, count)


def render_english(template: str, values: Mapping[str, object], count: int = -1) -> str:
    """``template`` filled with ``values`` in English, as the source code words it."""
    text = english(CONTEXT, template, count)
    if not values:
        return text
    return text.format_map({k: _shown(v, english=True) for k, v in values.items()})


def _shown(value: object, *, english: bool) -> object:
    # numbers keep their type for format specs such as {size:,}; anything else becomes its text
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if english and isinstance(value, Translatable):
        return value.english
    return str(value)


class Translatable:
    """Text rendered in the user's language by ``str()``, with its English at ``english``."""

    __slots__ = ()

    @property
    def english(self) -> str:
        raise NotImplementedError


class Message(Translatable):
    """A template and its values, rendered in the user's language whenever it is shown.

    For text the core hands up that is not an error (a summary, a reason, a warning line)."""

    __slots__ = ("count", "template", "values")

    def __init__(self, template: str, /, *, count: int = -1, **values: object) -> None:
        self.template = template
        self.count = count
        self.values = values

    def __str__(self) -> str:
        return render(self.template, self.values, self.count)

    @property
    def english(self) -> str:
        return render_english(self.template, self.values, self.count)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, count={self.count}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.template, self.count, self.values) == (
                other.template,
                other.count,
                other.values,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.template, self.count))

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_message, (self.template, self.count, self.values))


def _rebuild_message(template: str, count: int, values: dict[str, object]) -> Message:
    return Message(template, count=count, **values)


def shorten(text: str, limit: int = 40) -> str:
    """``text`` as a message quotes what was given: on one line, cut to ``limit`` characters
    with "…" (a pasted paragraph is not repeated whole)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
