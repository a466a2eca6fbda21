"""Text the user types or an article holds, read the same whatever its script or form: dates in
any digits stored as ASCII ISO, and a quote found whatever its Unicode normalisation (issue 15)."""

from __future__ import annotations

import unicodedata

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.core.domain.spans import find_quote

# -- dates --------------------------------------------------------------------------------------


def test_a_date_in_arabic_indic_digits_is_stored_in_ascii(catalogue: Catalogue) -> None:
    article = catalogue.add_article("Мэр заявил: бюджет вырастет.", published="٢٠٢٤-٠٧-٢٨")
    assert catalogue.get_article(article.id).published == "2024-07-28"
    catalogue.update_article(article.id, published="۲۰۲۳")  # Persian digits
    assert catalogue.get_article(article.id).published == "2023"


def test_a_full_width_since_finds_what_an_ascii_one_does(catalogue: Catalogue) -> None:
    article = catalogue.add_article("Мэр заявил: бюджет вырастет.", published="2024-07-28").id
    catalogue.attribute_quote(article, "бюджет вырастет", "Мэр")

    def quotes(**bounds: str) -> list[str]:
        return [claim.quote for claim in catalogue.list_claims(ClaimFilter(**bounds))]

    assert quotes(since="２０２４") == ["бюджет вырастет"]
    assert quotes(since="２０２４－０７－２８") == ["бюджет вырастет"]  # full-width hyphens
    assert quotes(until="2024") == ["бюджет вырастет"]  # "until 2024" takes in all of 2024
    assert quotes(until="2024-07") == ["бюджет вырастет"]
    assert quotes(until="2024-07-27") == []
    assert quotes(since="2024–08") == []  # an en dash


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("28/07/2024", "is not a date: write it as YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY"),
        ("٢٠٢٤-٠٢-٣٠", "“٢٠٢٤-٠٢-٣٠” is not a real date"),
        ("2024-7-28", "is not a date"),
        ("²⁰²⁴", "is not a date"),  # superscripts are not decimal digits
        ("2024-07-28T10:00", "is not a date"),
    ],
)
def test_what_is_not_a_date_is_refused_with_the_expected_form(
    catalogue: Catalogue, value: str, message: str
) -> None:
    with pytest.raises(InvalidValueError, match=message):
        catalogue.add_article("Текст статьи.", published=value)
    assert catalogue.list_articles() == []
    with pytest.raises(InvalidValueError, match=message):
        catalogue.list_claims(ClaimFilter(since=value))


# -- quotes in any Unicode normalisation ----------------------------------------------------------


def test_an_nfc_quote_is_found_in_an_nfd_article(catalogue: Catalogue) -> None:
    text = unicodedata.normalize("NFD", "Он сказал: «Всё решено, ёлки зелёные». Café déjà vu.")
    assert text != unicodedata.normalize("NFC", text)
    article = catalogue.add_article(text).id
    claim = catalogue.attribute_quote(article, "Всё решено, ёлки зелёные", "Он")
    assert claim.quote == unicodedata.normalize("NFD", "Всё решено, ёлки зелёные")
    assert text[claim.start : claim.end] == claim.quote
    assert catalogue.get_article_text(article) == text  # the stored article is not changed
    cafe = catalogue.attribute_quote(article, "Café déjà vu", None)
    assert text[cafe.start : cafe.end] == unicodedata.normalize("NFD", "Café déjà vu")


@pytest.mark.parametrize("article_form", ["NFC", "NFD"])
@pytest.mark.parametrize("quote_form", ["NFC", "NFD"])
def test_find_quote_in_every_pairing_of_forms(article_form: str, quote_form: str) -> None:
    base = "Его цитата: «Ёж и ёлка». 한국 정부는 화요일. Ёж и ёлка снова."
    text = unicodedata.normalize(article_form, base)
    quote = unicodedata.normalize(quote_form, "Ёж и ёлка")
    for occurrence in (1, 2):
        start, end = find_quote(text, quote, occurrence)
        assert unicodedata.normalize("NFC", text[start:end]) == "Ёж и ёлка"
    start, end = find_quote(text, unicodedata.normalize(quote_form, "정부는"))
    assert unicodedata.normalize("NFC", text[start:end]) == "정부는"
