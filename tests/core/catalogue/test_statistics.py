"""Catalogue statistics (issue 19): claims per speaker, outlet, tag, kind and month, compared
figure by figure with counts taken by hand-written SQL over a generated catalogue, on SQLite and
on PostgreSQL."""

from __future__ import annotations

import random

from sqlalchemy import text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import NewClaim

WORDS = "мир газ цена закон выборы договор граница нефть школа больница".split()
DATES = ["2024-07-28", "2024-07-01", "2024-08", "2023", None, "2025-01-15", "2024-08-30"]
OUTLETS = ["Спутник", "ТАСС", "", "Reuters", "Медуза"]
TAGS = ["экономика", "политика", "Война и мир", "fact-check"]
KINDS = ["direct", "indirect", "claim"]


def _generate(catalogue: Catalogue, seed: int = 19) -> None:
    rng = random.Random(seed)
    speakers = [catalogue.add_speaker(name).id for name in ("Алиев", "Байрамов", "Smith", "Ёлкин")]
    for number in range(14):
        sentences = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))) + "." for _ in range(12)
        ]
        body = f"Статья {number} 🙂\n\n" + " ".join(sentences)
        article = catalogue.add_article(
            body,
            outlet=rng.choice(OUTLETS),
            published=rng.choice(DATES),
            language="ru",
        ).id
        claims, position = [], body.index("\n\n") + 2
        for sentence in sentences:
            start, position = position, position + len(sentence) + 1
            if rng.random() < 0.7:
                claims.append(
                    NewClaim(
                        start,
                        start + len(sentence),
                        speaker_id=rng.choice([*speakers, None]),
                        kind=rng.choice(KINDS),
                        tags=tuple(rng.sample(TAGS, rng.randint(0, 3))),
                    )
                )
        catalogue.attribute_spans(article, claims)


def _counts(catalogue: Catalogue, sql: str) -> dict[object, int]:
    with catalogue.engine.connect() as connection:
        return {key: int(n) for key, n in connection.execute(text(sql))}


def test_every_figure_equals_a_count_taken_with_sql(catalogue: Catalogue) -> None:
    _generate(catalogue)
    stats = catalogue.statistics()
    total = _counts(catalogue, "SELECT 'all', count(*) FROM claim")["all"]
    assert stats.claims == total > 50

    assert {c.key: c.claims for c in stats.by_speaker} == _counts(
        catalogue, "SELECT speaker_id, count(*) FROM claim GROUP BY speaker_id"
    )
    assert {c.label for c in stats.by_speaker} >= {"Ёлкин", "(no speaker)"}
    outlets = _counts(
        catalogue,
        "SELECT a.outlet, count(*) FROM claim c JOIN article a ON a.id = c.article_id "
        "GROUP BY a.outlet",
    )
    assert {c.key or "": c.claims for c in stats.by_outlet} == outlets
    assert {c.key: c.claims for c in stats.by_tag} == _counts(
        catalogue, "SELECT tag, count(*) FROM claim_tag GROUP BY tag"
    )
    assert {c.key: c.claims for c in stats.by_kind} == _counts(
        catalogue, "SELECT kind, count(*) FROM claim GROUP BY kind"
    )
    months = _counts(
        catalogue,
        "SELECT substr(a.published, 1, 7), count(*) FROM claim c "
        "JOIN article a ON a.id = c.article_id WHERE length(a.published) >= 7 "
        "GROUP BY substr(a.published, 1, 7)",
    )
    undated = _counts(
        catalogue,
        "SELECT 'none', count(*) FROM claim c JOIN article a ON a.id = c.article_id "
        "WHERE a.published IS NULL OR length(a.published) < 7",
    )["none"]
    assert {c.key: c.claims for c in stats.by_month} == {
        **months,
        **({None: undated} if undated else {}),
    }
    # shown most first; months in time order, the undated last
    for figures in (stats.by_speaker, stats.by_outlet, stats.by_tag, stats.by_kind):
        assert [c.claims for c in figures] == sorted((c.claims for c in figures), reverse=True)
    dated = [c.key for c in stats.by_month if c.key is not None]
    assert dated == sorted(dated) and "2024-07" in dated
    assert stats.by_month[-1].key is None or undated == 0
    assert sum(c.claims for c in stats.by_month) == total


def test_an_empty_catalogue_has_no_figures(catalogue: Catalogue) -> None:
    stats = catalogue.statistics()
    assert stats.claims == 0
    assert stats.by_speaker == stats.by_outlet == stats.by_tag == stats.by_month == ()
