"""A cluster's verdict as schema.org ClaimReview JSON-LD (issue 19), checked against the fields
ClaimReview requires (claimReviewed, reviewRating with alternateName, url, author) and the Claim
it reviews (every appearance, with its author, date and address)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import InvalidValueError

QUOTE = "Азербайджан никогда не согласится на такие условия переговоров о мире"


def _problems(review: dict[str, Any]) -> list[str]:
    """What keeps ``review`` from being a ClaimReview a fact-check reader accepts: written
    from schema.org's ClaimReview and Claim types and the required properties of Google's
    ClaimReview documentation."""
    problems = []

    def text(value: object) -> bool:
        return isinstance(value, str) and value.strip() != ""

    def absolute(value: object) -> bool:
        return isinstance(value, str) and urlsplit(value).scheme in ("http", "https")

    def named(value: object) -> bool:
        return (
            isinstance(value, dict)
            and value.get("@type") in ("Person", "Organization")
            and text(value.get("name"))
        )

    if review.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append("@context")
    if review.get("@type") != "ClaimReview":
        problems.append("@type")
    if not text(review.get("claimReviewed")):
        problems.append("claimReviewed")
    if not absolute(review.get("url")):
        problems.append("url")
    if not named(review.get("author")):
        problems.append("author")
    rating = review.get("reviewRating")
    if not isinstance(rating, dict) or rating.get("@type") != "Rating":
        problems.append("reviewRating")
    else:
        if not text(rating.get("alternateName")):
            problems.append("reviewRating.alternateName")
        if "ratingValue" in rating and not (
            rating.get("worstRating", 1) <= rating["ratingValue"] <= rating.get("bestRating", 5)
        ):
            problems.append("reviewRating.ratingValue")
    item = review.get("itemReviewed")
    if not isinstance(item, dict) or item.get("@type") != "Claim":
        problems.append("itemReviewed")
        return problems
    appearances = item.get("appearance")
    if not isinstance(appearances, list) or not appearances:
        problems.append("itemReviewed.appearance")
        return problems
    for number, work in enumerate([*appearances, item.get("firstAppearance")]):
        if not isinstance(work, dict) or work.get("@type") != "CreativeWork":
            problems.append(f"appearance {number}")
        elif "url" in work and not absolute(work["url"]):
            problems.append(f"appearance {number}.url")
        elif "author" in work and not named(work["author"]):
            problems.append(f"appearance {number}.author")
    return problems


@pytest.fixture
def cluster(catalogue: Catalogue) -> int:
    claims = []
    for published, outlet, speaker, url in (
        ("2024-07-28", "Спутник", "Байрамов", "https://example.az/ru/news/1"),
        ("2024-07-01", "ТАСС", "Алиев", "https://example.ru/статья/2"),
        (None, "Блог", "Байрамов", ""),
    ):
        text = f"{outlet}\n\nГлава МИД 🙂 заявил: «{QUOTE}». Конец."
        article = catalogue.add_article(text, outlet=outlet, published=published, url=url).id
        claims.append(catalogue.attribute_quote(article, QUOTE, speaker).id)
    catalogue.link_claims(claims[0], claims[1], "same")
    catalogue.link_claims(claims[2], claims[1], "same")
    catalogue.gather_clusters(almost_certain=False)
    return catalogue.list_clusters()[0].id


def test_a_rated_cluster_is_a_valid_claim_review_listing_every_appearance(
    catalogue: Catalogue, cluster: int
) -> None:
    catalogue.set_verdict(
        cluster,
        "mostly_false",
        explanation="Условия на переговорах не обсуждались",
        review_url="https://factcheck.example/проверка/1",
        reviewer="Ирина Петрова",
        reviewed_on="2024-08-02",
    )
    review = json.loads(json.dumps(catalogue.cluster_claim_review(cluster), ensure_ascii=False))
    assert _problems(review) == []
    assert review["claimReviewed"] == QUOTE
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["author"] == {"@type": "Person", "name": "Ирина Петрова"}
    assert review["datePublished"] == "2024-08-02"
    assert review["reviewBody"] == "Условия на переговорах не обсуждались"
    item = review["itemReviewed"]
    assert item["author"]["name"] == "Алиев" and item["datePublished"] == "2024-07-01"
    assert [w.get("url") for w in item["appearance"]] == [
        "https://example.ru/статья/2",
        "https://example.az/ru/news/1",
        None,
    ]
    assert [w["author"]["name"] for w in item["appearance"]] == ["Алиев", "Байрамов", "Байрамов"]
    assert [w.get("datePublished") for w in item["appearance"]] == [
        "2024-07-01",
        "2024-07-28",
        None,
    ]
    assert item["firstAppearance"] == item["appearance"][0]


def test_unverifiable_has_a_rating_name_but_no_value(catalogue: Catalogue, cluster: int) -> None:
    catalogue.user_name = "Олег"  # the reviewer, when none is given
    catalogue.set_verdict(cluster, "unverifiable", review_url="https://factcheck.example/2")
    review = catalogue.cluster_claim_review(cluster)
    assert _problems(review) == []
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert review["author"]["name"] == "Олег"


def test_the_checker_finds_what_is_missing() -> None:
    # the check itself can fail: a review without its required fields is refused
    assert set(_problems({"@context": "https://schema.org", "@type": "ClaimReview"})) >= {
        "claimReviewed",
        "url",
        "author",
        "reviewRating",
        "itemReviewed",
    }


def test_a_cluster_without_a_finding_address_or_reviewer_is_refused(
    catalogue: Catalogue, cluster: int
) -> None:
    with pytest.raises(InvalidValueError, match=r"finding.*fact-check.s address"):
        catalogue.cluster_claim_review(cluster)
    catalogue.set_verdict(cluster, "in progress", review_url="https://factcheck.example/3")
    with pytest.raises(InvalidValueError, match="In progress"):
        catalogue.cluster_claim_review(cluster)
    catalogue.set_verdict(cluster, "false", reviewer="")
    with pytest.raises(InvalidValueError, match="reviewer"):
        catalogue.cluster_claim_review(cluster)
