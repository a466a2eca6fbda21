"""The cluster listing read quickly (issue 19: the Clusters tab at 100,000 claims): the order and
sizes alone (``cluster_order``) and the clusters of a page (``clusters_by_id``) list exactly what
``list_clusters`` lists, and all three equal an independent computation (plain SQL text read here,
then Python) over a generated catalogue: ties in size broken by the first appearance's date,
partial and missing dates, verdicts filtered; migration 0013 (the articles' dates by id). Every
test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import inspect, text

from catalogue_backends import migrate
from claimdesk.core.catalogue import Catalogue

DATES = (None, "2024", "2024-07", "2024-07-01", "2024-07-01", "2024-07-28", "2023-12-31", None)
QUOTES = (
    "Азербайджан никогда не согласится на такие условия переговоров о мире",
    "Цены на газ в следующем году вырастут вдвое",
    "The talks will resume in Geneva next month",
    "Ёмкость рынка выросла на треть за полгода",
)
SPEAKERS = ("Джейхун Байрамов", "Ильхам Алиев", "Александр Новак", "Jane Smith")


def generate(catalogue: Catalogue, seed: int = 19) -> None:
    """About thirty claims in articles of varied dates, gathered into clusters of one to five
    claims (linked pairs), a few given verdicts, one split and one merge (ids not in order)."""
    rng = random.Random(seed)
    claims: list[int] = []
    for n in range(30):
        quote = rng.choice(QUOTES)
        published = rng.choice(DATES)
        article = catalogue.add_article(
            f"Статья {n} 🙂\n\nОн заявил: «{quote}». Конец.",
            title=f"Статья {n}",
            outlet=f"Издание {n % 4}",
            published=published,
        ).id
        claims.append(catalogue.attribute_quote(article, quote, rng.choice(SPEAKERS)).id)
    position = 0
    while position < len(claims) - 1:
        size = rng.randint(2, 5)
        group = claims[position : position + size]
        for a, b in itertools.pairwise(group):
            catalogue.link_claims(a, b, "same")
        position += size + rng.randint(0, 1)  # now and then a claim in no cluster
    catalogue.gather_clusters(almost_certain=False)
    listed = catalogue.list_clusters()
    big = next(c for c in listed if c.size >= 3)
    members = [a.claim_id for a in catalogue.get_cluster(big.id).appearances]
    catalogue.split_cluster(big.id, members[-1:])  # a cluster of one, with a new id
    small = [c.id for c in catalogue.list_clusters() if c.size == 2]
    catalogue.merge_clusters(small[-1], [small[0]])
    for cluster_id, status in zip(
        [c.id for c in catalogue.list_clusters()][::3], ("false", "true", "false", "mixed"),
        strict=False,
    ):  # fmt: skip
        catalogue.set_verdict(cluster_id, status)


def expected(catalogue: Catalogue, status: str | None = None) -> list[dict[str, Any]]:
    """Each cluster (with ``status``) computed here from the stored rows: its size, first
    appearance (the earliest date, unknown dates last, then the lowest claim id) and last date;
    the largest first, then the earliest first appearance, then the lowest id."""
    rows = text(
        "SELECT m.cluster_id, c.id, a.published, c.quote, coalesce(s.name, ''), cl.status "
        "FROM claim_cluster_member m JOIN claim c ON c.id = m.claim_id "
        "JOIN article a ON a.id = c.article_id LEFT JOIN speaker s ON s.id = c.speaker_id "
        "JOIN claim_cluster cl ON cl.id = m.cluster_id"
    )
    members: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    with catalogue.engine.connect() as connection:
        for cluster_id, claim_id, published, quote, speaker, verdict in connection.execute(rows):
            if status is None or verdict == status:
                members[cluster_id].append((published, claim_id, quote, speaker))
    clusters = []
    for cluster_id, found in members.items():
        published, claim_id, quote, speaker = min(
            found, key=lambda m: (m[0] is None, m[0] or "", m[1])
        )
        dates = [m[0] for m in found if m[0] is not None]
        clusters.append(
            {
                "id": cluster_id,
                "size": len(found),
                "first": claim_id,
                "first_published": published,
                "quote": quote,
                "speaker": speaker,
                "last_published": max(dates) if dates else None,
            }
        )
    clusters.sort(
        key=lambda c: (
            -c["size"],
            c["first_published"] is None,
            c["first_published"] or "",
            c["id"],
        )
    )
    return clusters


def listed(clusters: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id,
            "size": c.size,
            "first": c.first.claim_id,
            "first_published": c.first.published,
            "quote": c.first.quote,
            "speaker": c.first.speaker_name,
            "last_published": c.last_published,
        }
        for c in clusters
    ]


def test_the_listing_the_order_and_the_pages_equal_an_independent_computation(
    catalogue: Catalogue,
) -> None:
    generate(catalogue)
    want = expected(catalogue)
    assert len(want) >= 6 and len({c["size"] for c in want}) >= 3
    # the generated catalogue has what the order must get right: sizes tied, broken by dates
    # (partial, equal and unknown ones)
    sizes = [c["size"] for c in want]
    assert any(sizes.count(size) >= 3 for size in sizes)
    everything = catalogue.list_clusters()
    assert listed(everything) == want
    assert catalogue.cluster_order() == [(c["id"], c["size"]) for c in want]
    ids = [c["id"] for c in want]
    # the clusters of any page, in the order asked for, as the full listing has them
    assert catalogue.clusters_by_id(ids) == everything
    page = [ids[4], ids[1], ids[2]]
    assert [c.id for c in catalogue.clusters_by_id(page)] == page
    assert catalogue.clusters_by_id(page) == [everything[4], everything[1], everything[2]]
    # a cluster no longer there is left out
    assert catalogue.clusters_by_id([ids[0], 10**6]) == [everything[0]]
    assert catalogue.clusters_by_id([]) == []


def test_the_order_by_verdict_and_after_edits_stays_the_listings(catalogue: Catalogue) -> None:
    generate(catalogue)
    for status in ("false", "true", "mixed", "unchecked", "mostly_true"):
        want = expected(catalogue, status)
        assert listed(catalogue.list_clusters(status)) == want
        assert catalogue.cluster_order(status) == [(c["id"], c["size"]) for c in want]
    # an edit that changes sizes and first appearances, then its undo
    largest = catalogue.list_clusters()[0]
    first = largest.first.claim_id
    catalogue.delete_claims([first])
    assert listed(catalogue.list_clusters()) == expected(catalogue)
    assert catalogue.cluster_order() == [(c["id"], c["size"]) for c in expected(catalogue)]
    catalogue.undo()
    assert catalogue.cluster_order()[0] == (largest.id, largest.size)
    assert catalogue.clusters_by_id([largest.id]) == [largest]


def test_migration_0013_goes_down_and_up(catalogue: Catalogue) -> None:
    def indexes() -> set[str]:
        return {str(i["name"]) for i in inspect(catalogue.engine).get_indexes("article")}

    generate(catalogue)
    before = catalogue.list_clusters()
    assert "ix_article_id_published" in indexes()
    migrate(catalogue, "0012", down=True)
    assert "ix_article_id_published" not in indexes()
    migrate(catalogue, "head", down=False)
    assert "ix_article_id_published" in indexes()
    assert catalogue.list_clusters() == before


def test_an_sqlite_without_materialized_ctes_lists_the_same(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite before 3.35 has no ``AS MATERIALIZED``: the listing then joins the articles."""
    generate(catalogue)
    listing, order = catalogue.list_clusters(), catalogue.cluster_order()
    monkeypatch.setattr(catalogue.engine.dialect, "server_version_info", (3, 34, 1))
    assert catalogue.list_clusters() == listing
    assert catalogue.cluster_order() == order
    assert listed(listing) == expected(catalogue)
