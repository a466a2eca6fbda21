"""Dates read as people type them (claimdesk.core.domain.dates): ISO as it is, day first with
dots as Russian, German and most of Europe write it, in any script's digits, and with the month's
name as newspapers print it ("20 марта 2021 г.", "March 20, 2021"); slashes, whose order
differs between the United States and Europe, and dates that do not exist are refused, saying
which forms are taken."""

from __future__ import annotations

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.clusters import read_review_date
from claimdesk.core.domain.dates import read_date
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.records import ClaimFilter


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2024-03-15", "2024-03-15"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("15.03.2024", "2024-03-15"),
        ("05.12.2026", "2026-12-05"),
        ("5.3.2024", "2024-03-05"),
        ("03.2024", "2024-03"),
        ("3.2024", "2024-03"),
        ("  15.03.2024\t", "2024-03-15"),  # spaces around, as pasted
        ("29.02.2024", "2024-02-29"),  # a leap year
        ("١٥.٠٣.٢٠٢٤", "2024-03-15"),  # Arabic-Indic digits
        ("۱۵.۰۳.۲۰۲۴", "2024-03-15"),  # Persian digits
        ("１５.０３.２０２４", "2024-03-15"),  # full-width digits
        ("٢٠٢٤-٠٣-١٥", "2024-03-15"),
        ("2024–03–15", "2024-03-15"),  # en dashes
        ("15 марта 2024", "2024-03-15"),  # the month's name, as newspapers print dates
        ("20 марта 2021 г.", "2021-03-20"),
        ("1 МАЯ 2022 года", "2022-05-01"),
        ("28 июл. 2023", "2023-07-28"),
        ("5 вересня 2024 р.", "2024-09-05"),  # Ukrainian
        ("20 March 2021", "2021-03-20"),
        ("March 20, 2021", "2021-03-20"),
        ("Sept. 3 2021", "2021-09-03"),
        ("12. März 2024", "2024-03-12"),
        ("5 de mayo de 2024", "2024-05-05"),
        ("март 2021", "2021-03"),
        ("December, 2020", "2020-12"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_what_is_read_as_which_iso_date(typed: str | None, read: str | None) -> None:
    assert read_date(typed) == read


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2024/03/15", "“2024/03/15” is not a date: write it as YYYY-MM-DD, DD.MM.YYYY, YYYY-MM"),
        ("15/03/2024", "is not a date: write it as YYYY-MM-DD, DD.MM.YYYY"),  # US or Europe?
        ("03/15/2024", "is not a date"),
        ("15.03", "is not a date"),  # no year
        ("15.03.24", "is not a date"),  # a two-digit year: which century?
        ("15.3.2024.", "is not a date"),
        ("٢٠ مارس ٢٠٢٤", "is not a date"),  # month names of the dateline reader's languages only
        ("15 Smarch 2024", "is not a date"),
        ("15 марта", "is not a date"),  # no year
        ("марта 15", "is not a date"),
        ("31 февраля 2024", r"is not a real date \(2024-02 has 29 days\)"),
        ("2024-7-28", "is not a date"),
        ("2024-07-28T10:00", "is not a date"),
        ("15.03.2024 12:00", "is not a date"),
        ("31.02.2024", r"“31.02.2024” is not a real date \(2024-02 has 29 days\)"),
        ("29.02.2023", r"\(2023-02 has 28 days\)"),
        ("15.13.2024", r"a month is numbered from 01 to 12"),
        ("13.2024", r"a month is numbered from 01 to 12"),
        ("00.03.2024", r"2024-03 has 31 days"),
        ("01.01.0000", r"there is no year 0"),
        ("²⁰²⁴", "is not a date"),  # superscripts are not decimal digits
    ],
)
def test_what_is_refused_and_why(typed: str, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        read_date(typed)


def test_a_long_paste_is_cut_in_the_message() -> None:
    with pytest.raises(InvalidValueError) as refused:
        read_date("опубликовано " * 20)
    assert len(str(refused.value)) < 140 and "…”" in str(refused.value)


def test_a_full_date_is_required_where_asked() -> None:
    assert read_date("15.03.2024", full=True) == "2024-03-15"
    assert read_date("2024-03-15", full=True) == "2024-03-15"
    for partial in ("2024-03", "03.2024", "2024"):
        with pytest.raises(InvalidValueError, match="is not a full date: write it as YYYY-MM-DD"):
            read_date(partial, full=True)


def test_the_review_date_takes_a_dotted_date_and_says_what_it_is() -> None:
    assert read_review_date("01.08.2024") == "2024-08-01"
    assert read_review_date(" ") is None
    with pytest.raises(InvalidValueError, match="The review date “2024-08” is not a date"):
        read_review_date("2024-08")
    with pytest.raises(InvalidValueError, match=r"write it as YYYY-MM-DD or DD\.MM\.YYYY"):
        read_review_date("01/08/2024")
    with pytest.raises(InvalidValueError, match=r"2024-02 has 29 days"):
        read_review_date("30.02.2024")


# -- every path that stores or compares a date reads it so --------------------------------------


def test_a_dotted_date_is_stored_and_filters_as_iso(catalogue: Catalogue) -> None:
    spring = catalogue.add_article("Мэр заявил: бюджет вырастет.", published="15.03.2024").id
    winter = catalogue.add_article("Министр сказал: налоги не вырастут.", published="2026").id
    catalogue.attribute_quote(spring, "бюджет вырастет", "Мэр")
    catalogue.attribute_quote(winter, "налоги не вырастут", "Министр")
    assert catalogue.get_article(spring).published == "2024-03-15"
    catalogue.update_article(winter, published="05.12.2026")
    assert catalogue.get_article(winter).published == "2026-12-05"

    def quotes(**bounds: str) -> list[str]:
        return sorted(claim.quote for claim in catalogue.list_claims(ClaimFilter(**bounds)))

    for since, until in (("16.03.2024", "05.12.2026"), ("2024-03-16", "2026-12-05")):
        assert quotes(since=since) == ["налоги не вырастут"]
        assert quotes(until=until) == ["бюджет вырастет", "налоги не вырастут"]
    assert quotes(until="04.12.2026") == ["бюджет вырастет"]
    assert quotes(since="03.2024", until="03.2024") == ["бюджет вырастет"]
    with pytest.raises(InvalidValueError, match="is not a date"):
        quotes(since="16/03/2024")


def test_a_dotted_review_date_is_stored_as_iso(catalogue: Catalogue) -> None:
    first = catalogue.add_article("Мэр заявил: бюджет вырастет.", published="2024-03-15").id
    second = catalogue.add_article("Мэр снова заявил: бюджет вырастет.", published="2024-04").id
    one = catalogue.attribute_quote(first, "бюджет вырастет", "Мэр").id
    two = catalogue.attribute_quote(second, "бюджет вырастет", "Мэр").id
    catalogue.link_claims(one, two, "same")
    catalogue.gather_clusters(almost_certain=False)
    [cluster] = catalogue.list_clusters()
    rated = catalogue.set_verdict(cluster.id, "false", reviewed_on="01.08.2024")
    assert rated.reviewed_on == "2024-08-01"
    with pytest.raises(InvalidValueError, match=r"The review date “08\.2024” is not a date"):
        catalogue.set_verdict(cluster.id, "false", reviewed_on="08.2024")
    assert catalogue.get_cluster(cluster.id).cluster.reviewed_on == "2024-08-01"
