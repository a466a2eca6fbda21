"""The catalogue's errors in the user's language (issue 21): the same refusal reads in Russian
when the front end installed Russian, and in English, word for word as before, otherwise; a count
takes its plural form in both ("stands 3 times", "встречается 3 раза")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ImportFileError, InvalidValueError
from claimdesk.core.domain.messages import set_translator
from claimdesk.i18n_core import install_core_translations
from claimdesk.i18n_text import set_language

TEXT = (
    "Глава МИД заявил: «Мы готовы». Посол повторил: «Мы готовы». "
    "И премьер сказал то же: «Мы готовы»."
)


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    with Catalogue.open(tmp_path / "catalogue.sqlite") as opened:
        yield opened


@pytest.fixture
def russian() -> Iterator[None]:
    """The core's messages in Russian for one test, as claimdesk-cli installs them."""
    set_language("ru")
    install_core_translations()
    yield
    set_language("en")
    set_translator(None)


def test_a_refused_status_reads_in_russian(catalogue: Catalogue, russian: None) -> None:
    with pytest.raises(InvalidValueError) as raised:
        catalogue.remove_verdict_label("unchecked")
    label = catalogue.verdict_label("unchecked").label
    assert str(raised.value) == (
        f"Статус «{label}» нельзя удалить: он есть у каждого нового кластера. "
        "Его можно переименовать."
    )
    # the English one stays as it was, for logs and for tests
    assert raised.value.english == (
        f"The status “{label}” cannot be removed: new clusters start with it. You can rename it."
    )


def test_a_date_that_is_no_date_says_why_in_russian(catalogue: Catalogue, russian: None) -> None:
    with pytest.raises(InvalidValueError) as raised:
        catalogue.add_article("Текст статьи.", published="2024-02-30")
    # the reason in the user's words too, not the calendar library's English
    # the month as Russian dates write it ("в 2024-02 дней: 29" mixed ISO into the sentence)
    assert str(raised.value) == (
        "«2024-02-30» — несуществующая дата (в месяце 02.2024 всего 29 дн.)."
    )
    with pytest.raises(InvalidValueError) as raised:
        catalogue.add_article("Текст статьи.", published="2024-13")
    assert str(raised.value) == "«2024-13» — несуществующая дата (месяцы нумеруются от 01 до 12)."


def _annotations_of_a_repeated_quote(catalogue: Catalogue, folder: Path) -> Path:
    """An annotation file whose one annotation quotes "Мы готовы" with neither its position nor
    the words around it, in an article that says it three times."""
    article = catalogue.add_article(TEXT, title="Заявления", url="https://example.org/a").id
    catalogue.attribute_quote(article, "Мы готовы", "Глава МИД")
    exported = folder / "claims.jsonld"
    assert catalogue.export_claims(exported, "webannotation") == 1
    document = json.loads(exported.read_text("utf-8"))
    (annotation,) = document["first"]["items"]
    quote = annotation["target"]["selector"][0]
    annotation["target"]["selector"] = [{"type": "TextQuoteSelector", "exact": quote["exact"]}]
    changed = folder / "repeated.jsonld"
    changed.write_text(json.dumps(document), "utf-8")
    return changed


def test_a_quote_standing_three_times_in_russian_and_english(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    path = _annotations_of_a_repeated_quote(catalogue, tmp_path)
    article = catalogue.list_articles()[0].id
    with pytest.raises(ImportFileError) as raised:
        catalogue.import_annotations(path)
    english = (
        f"Annotation 1: the quote “Мы готовы” stands 3 times in article {article}, and its "
        "prefix and suffix do not tell which."
    )
    assert str(raised.value) == raised.value.english == english
    set_language("ru")
    install_core_translations()
    try:
        shown = str(raised.value)
    finally:
        set_language("en")
        set_translator(None)
    assert shown == (
        f"Аннотация 1: цитата «Мы готовы» встречается в статье {article} 3 раза, и по тексту "
        "до и после неё не понять, какое из мест имеется в виду."
    )
    assert len(catalogue.list_claims()) == 1  # nothing stored


def test_a_verdict_field_too_long_names_the_field_and_its_limit(
    catalogue: Catalogue, russian: None
) -> None:
    article = catalogue.add_article(TEXT).id
    first = catalogue.attribute_quote(article, "Мы готовы", "Глава МИД")
    second = catalogue.attribute_quote(article, "Мы готовы", "Посол", occurrence=2)
    catalogue.link_claims(first.id, second.id)
    catalogue.gather_clusters(almost_certain=False)
    (cluster,) = catalogue.list_clusters()
    with pytest.raises(InvalidValueError) as raised:
        catalogue.set_verdict(cluster.id, "false", reviewer="Я" * 201)
    assert str(raised.value) == "Имя проверяющего слишком длинное (не более 200 символов)."
    assert raised.value.english == "The reviewer is too long (at most 200 characters)."
