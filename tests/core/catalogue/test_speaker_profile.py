"""A speaker's profile (issue 19): every claim of theirs in time order with its cluster, the
clusters, outlets and tags counted, first and last appearance — checked against counts taken
with SQL over the same catalogue."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import NotFoundError

QUOTE = "Переговоры о мире продолжатся в следующем месяце 🙂"


def fill(catalogue: Catalogue) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, published, outlet, speaker, tags in (
        ("a", "2024-07-28", "Спутник", "Джейхун Байрамов", ["мир", "Кавказ"]),
        ("b", "2024-07-01", "ТАСС", "Джейхун Байрамов", ["мир"]),
        ("c", None, "ТАСС", "Джейхун Байрамов", []),
        ("d", "2024-05", "", "Джейхун Байрамов", []),
        ("e", "2024-06-11", "ТАСС", "Мария Захарова", ["мир"]),
    ):
        body = f"{outlet} сообщает.\n\nОн заявил: «{QUOTE}». Конец {name}."
        article = catalogue.add_article(
            body, title=f"Статья {name}", outlet=outlet, published=published
        ).id
        claim = catalogue.attribute_quote(article, QUOTE, speaker)
        if tags:
            catalogue.update_claim(claim.id, tags=tags)
        ids[name] = claim.id
        ids[f"{name}_speaker"] = int(claim.speaker_id or 0)
    catalogue.link_claims(ids["a"], ids["e"], "same")
    catalogue.link_claims(ids["b"], ids["e"], "same")
    catalogue.gather_clusters(almost_certain=False)
    return ids


def test_a_profile_lists_the_speakers_claims_in_time_order_with_their_figures(
    catalogue: Catalogue,
) -> None:
    ids = fill(catalogue)
    speaker = ids["a_speaker"]
    profile = catalogue.speaker_profile(speaker)
    assert profile.speaker.name == "Джейхун Байрамов"
    # earliest first ("2024-05" before July), undated last
    assert [a.claim_id for a in profile.appearances] == [ids["d"], ids["b"], ids["a"], ids["c"]]
    assert profile.first_published == "2024-05"
    assert profile.last_published == "2024-07-28"
    assert profile.undated == 1
    cluster = catalogue.cluster_of_claim(ids["a"])
    assert cluster is not None
    assert profile.cluster_of == {ids["a"]: cluster, ids["b"]: cluster}
    assert [(c.key, c.claims) for c in profile.clusters] == [(cluster, 2)]
    assert [(c.label, c.claims) for c in profile.outlets] == [
        ("ТАСС", 2),
        ("(no outlet)", 1),
        ("Спутник", 1),
    ]
    assert [(c.label, c.claims) for c in profile.tags] == [
        ("мир", 2),
        ("Кавказ", 1),  # as typed
    ]  # tags are kept in lower case
    with catalogue.engine.connect() as connection:
        by_sql = connection.execute(
            text(
                "SELECT count(*) FROM claim_tag JOIN claim ON claim.id = claim_tag.claim_id"
                " WHERE claim.speaker_id = :s"
            ),
            {"s": speaker},
        ).scalar_one()
        claims_by_sql = connection.execute(
            text("SELECT count(*) FROM claim WHERE speaker_id = :s"), {"s": speaker}
        ).scalar_one()
    assert sum(c.claims for c in profile.tags) == by_sql
    assert len(profile.appearances) == claims_by_sql == sum(c.claims for c in profile.outlets)


def test_a_speaker_without_claims_has_an_empty_profile_and_an_unknown_one_none(
    catalogue: Catalogue,
) -> None:
    quiet = catalogue.add_speaker("Ильхам Алиев")
    profile = catalogue.speaker_profile(quiet.id)
    assert profile.appearances == () and profile.outlets == () and profile.clusters == ()
    assert profile.first_published is None and profile.last_published is None
    with pytest.raises(NotFoundError):
        catalogue.speaker_profile(quiet.id + 1000)
