"""The near-duplicate search compares a text only with the articles that share a shingle with
it (an inverted index): it must find what comparing with every article found, also after
articles are deleted and brought back."""

from __future__ import annotations

import random

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.matching.article_match import (
    JACCARD_THRESHOLD,
    LENGTH_RATIO,
    PREFIX_CHARS,
    resemblance,
    shingles,
)

WORDS = (
    "министр заявил что переговоры продолжатся в ближайшие недели посол правительство "
    "the minister said talks would continue next week ambassador government budget"
).split()


def every_article(catalogue: Catalogue, text: str) -> tuple[int, float] | None:
    """The best match by comparing with every stored article, as the search did before."""
    wanted = shingles(text)
    low, high = len(text) / LENGTH_RATIO, len(text) * LENGTH_RATIO
    best_id, best = 0, 0.0
    for article in sorted(catalogue.list_articles(), key=lambda a: a.id):
        stored = catalogue.get_article_text(article.id)
        if not low <= len(stored) <= high:
            continue
        score = resemblance(wanted, shingles(stored[:PREFIX_CHARS]))
        if score > best:
            best_id, best = article.id, score
    return (best_id, round(best, 3)) if best >= JACCARD_THRESHOLD else None


def test_the_index_finds_what_comparing_with_every_article_found(catalogue: Catalogue) -> None:
    rng = random.Random(7)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 80))) for _ in range(30)]
    ids = []
    for number, text in enumerate(texts):
        ids.append(catalogue.add_article(f"{text} {number}").id)
    catalogue.find_near_duplicate(texts[0])  # the index is built here
    # delete some (and undo one deletion) after that: the search must follow
    for article_id in ids[5:9]:
        catalogue.delete_article(article_id)
    catalogue.undo()
    found_any = 0
    for _ in range(60):
        base = texts[rng.randrange(len(texts))].split()
        # a copy with a few words changed, or an unrelated text
        if rng.random() < 0.7:
            for _change in range(rng.randint(0, 4)):
                base[rng.randrange(len(base))] = rng.choice(WORDS)
        else:
            base = [rng.choice(WORDS) for _ in range(len(base))]
        query = " ".join(base)
        near = catalogue.find_near_duplicate(query)
        expected = every_article(catalogue, query)
        got = (near.article_id, near.similarity) if near is not None else None
        assert got == expected, query
        found_any += got is not None
    assert found_any > 10
