"""The core's messages rendered in the language a front end installs (issue 21)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from claimdesk.core.domain import messages
from claimdesk.core.domain.errors import ImportFileError, NotFoundError, QuoteNotFoundError


@pytest.fixture
def translator() -> Iterator[dict[str, str]]:
    """A front end's translator from a table (template → translation), removed after."""
    table: dict[str, str] = {}

    def translate(context: str, template: str, count: int) -> str:
        text = table.get(template, template)
        return text.replace("%n", str(count)) if count >= 0 else text

    messages.set_translator(translate)
    yield table
    messages.set_translator(None)


def test_an_error_renders_translated_and_keeps_its_english(translator: dict[str, str]) -> None:
    translator["There is no speaker with id {ident} in this catalogue."] = "Нет спикера {ident}."
    error = NotFoundError("speaker", 7)
    assert str(error) == "Нет спикера 7."
    assert error.english == "There is no speaker with id 7 in this catalogue."
    # a wrapped error is a value: translated inside the outer message, English in its English
    outer = ImportFileError(messages.QT_TRANSLATE_NOOP("Errors", "{file}: {reason}"), file="a.txt",
                            reason=error)  # fmt: skip
    assert str(outer) == "a.txt: Нет спикера 7."
    assert outer.english == "a.txt: There is no speaker with id 7 in this catalogue."


def test_a_translation_with_a_broken_field_shows_the_english(translator: dict[str, str]) -> None:
    # a translator's typo must not hide the message (nor raise while an error is being shown)
    translator["The quote “{quote}” does not occur in the article."] = "Цитаты «{цитата}» нет."
    assert str(QuoteNotFoundError("мы готовы", 1, 0)) == (
        "The quote “мы готовы” does not occur in the article."
    )


def test_an_error_read_in_another_process_keeps_its_template(translator: dict[str, str]) -> None:
    # a batch import's worker sends the error itself: the parent renders it in its language
    error = pickle.loads(pickle.dumps(QuoteNotFoundError("мы", 9, 3)))
    assert isinstance(error, QuoteNotFoundError)
    translator[error.template] = "Цитата «{quote}» встречается %n раза; вхождения {occurrence} нет."
    assert str(error) == "Цитата «мы» встречается 3 раза; вхождения 9 нет."
    assert (
        error.english
        == "The quote “мы” occurs 3 times in the article; occurrence 9 does not exist."
    )
    message = pickle.loads(pickle.dumps(messages.Message("{n} left", n=2)))
    assert (str(message), message.english) == ("2 left", "2 left")
