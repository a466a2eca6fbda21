"""Catalogue.move_claim: a claim gets another span of its article, keeping everything else; one
undo step; conflict-safe; typed errors; the matching indexes (this desk's and the server's)
follow the new quote."""

from __future__ import annotations

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ConflictError, EmptySpanError, SpanOutOfRangeError
from claimdesk.core.storage.models import CONTEXT_CHARS

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество между странами продолжается.\n"
)
OLD = "Азербайджан не участвует"
NEW = "Азербайджан не участвует в переговорах ради переговоров"


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def a_claim(catalogue: Catalogue) -> tuple[int, int, int]:
    """An article, a claim in it with tags, a note and a link, and the claim it is linked to."""
    article = catalogue.add_article(TEXT).id
    claim = catalogue.attribute_quote(
        article, OLD, "Джейхун Байрамов", kind="direct", tags=["переговоры"], note="важно"
    )
    other = catalogue.attribute_quote(article, "сотрудничество", "Михаил Бочарников")
    catalogue.link_claims(claim.id, other.id, "same")
    return article, claim.id, other.id


def test_a_moved_claim_keeps_all_but_its_span(catalogue: Catalogue) -> None:
    _article, claim_id, other_id = a_claim(catalogue)
    before = catalogue.get_claim(claim_id)
    pushes = catalogue.history.push_count
    moved = catalogue.move_claim(claim_id, *span(NEW), expected_version=before.version)
    assert catalogue.history.push_count == pushes + 1
    assert catalogue.history.undo_description == f"Move claim “{NEW[:39].rstrip()}…”"
    assert (moved.start, moved.end) == span(NEW)
    assert moved.quote == NEW
    start, end = span(NEW)
    assert moved.context_before == TEXT[max(0, start - CONTEXT_CHARS) : start]
    assert moved.context_after == TEXT[end : end + CONTEXT_CHARS]
    for field in ("id", "speaker_id", "kind", "tags", "note", "linked_claim_ids", "created_at"):
        assert getattr(moved, field) == getattr(before, field), field
    assert moved.created_by == before.created_by
    assert moved.linked_claim_ids == (other_id,)
    assert moved.version == before.version + 1
    assert catalogue.get_claim(claim_id) == moved
    # one undo puts it back as it was, redo moves it again
    catalogue.undo()
    restored = catalogue.get_claim(claim_id)
    assert (restored.start, restored.end, restored.quote) == (before.start, before.end, OLD)
    assert (restored.context_before, restored.context_after) == (
        before.context_before,
        before.context_after,
    )
    catalogue.redo()
    assert catalogue.get_claim(claim_id).quote == NEW


def test_moving_to_the_same_span_changes_nothing(catalogue: Catalogue) -> None:
    _article, claim_id, _other = a_claim(catalogue)
    before = catalogue.get_claim(claim_id)
    pushes = catalogue.history.push_count
    assert catalogue.move_claim(claim_id, before.start, before.end) == before
    assert catalogue.history.push_count == pushes


def test_a_colleagues_change_since_is_a_conflict(catalogue: Catalogue) -> None:
    _article, claim_id, _other = a_claim(catalogue)
    seen = catalogue.get_claim(claim_id)
    catalogue.update_claim(claim_id, note="изменено коллегой")
    with pytest.raises(ConflictError):
        catalogue.move_claim(claim_id, *span(NEW), expected_version=seen.version)
    assert catalogue.get_claim(claim_id).quote == OLD


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        (10, 10, EmptySpanError),
        (12, 5, EmptySpanError),
        (TEXT.index("»") + 2, TEXT.index("»") + 3, EmptySpanError),  # the line break alone
        (-1, 5, SpanOutOfRangeError),
        (5, len(TEXT) + 1, SpanOutOfRangeError),
    ],
)
def test_impossible_spans_are_refused(
    catalogue: Catalogue, start: int, end: int, error: type[Exception]
) -> None:
    _article, claim_id, _other = a_claim(catalogue)
    pushes = catalogue.history.push_count
    with pytest.raises(error):
        catalogue.move_claim(claim_id, start, end)
    assert catalogue.get_claim(claim_id).quote == OLD
    assert catalogue.history.push_count == pushes


def test_the_matching_index_follows_a_moved_claim(catalogue: Catalogue) -> None:
    article, claim_id, _other = a_claim(catalogue)
    catalogue.index.build()  # as the window does at start-up
    elsewhere = "Посол считает, что сотрудничество между странами продолжается."
    catalogue.add_article(elsewhere)

    def found(query: str) -> list[int]:
        return [s.claim.id for s in catalogue.similar_claims(query) if s.score >= 99]

    quote = "сотрудничество между странами продолжается"
    assert claim_id not in found(quote)
    catalogue.move_claim(claim_id, *span(quote))
    assert claim_id in found(quote)
    catalogue.undo()
    assert claim_id not in found(quote)
    assert claim_id in found(OLD)
    catalogue.redo()
    assert claim_id in found(quote)
    assert article == catalogue.get_claim(claim_id).article_id
