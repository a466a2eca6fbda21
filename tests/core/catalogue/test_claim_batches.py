"""Many spans stored in one edit (Catalogue.attribute_spans, accept_suggestions): one undo step
for all of them and the speakers made for them, nothing stored when one cannot be."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ConflictError, EmptySpanError, NotFoundError
from claimdesk.core.domain.records import NewClaim
from claimdesk.core.suggest import (
    Suggestion,
    accept_suggestion,
    accept_suggestions,
    accept_suggestions_at_least,
    pending_suggestions,
    suggest_attributions,
)

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество между странами продолжается.\n"
    "«Мы готовы к диалогу с любой стороной», — сказал он.\n"
)


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def test_many_spans_are_one_edit_with_shared_new_speakers(catalogue: Catalogue) -> None:
    article = catalogue.add_article(TEXT).id
    known = catalogue.add_speaker("Джейхун Байрамов").id
    pushes = catalogue.history.push_count
    claims = catalogue.attribute_spans(
        article,
        [
            NewClaim(*span("Азербайджан не участвует"), speaker_id=known, kind="direct"),
            NewClaim(*span("сотрудничество"), new_speaker="Михаил  Бочарников", tags=("мир",)),
            NewClaim(*span("Мы готовы к диалогу"), new_speaker="михаил бочарников", note="он"),
            NewClaim(*span("любой стороной")),
        ],
    )
    assert catalogue.history.push_count == pushes + 1
    assert catalogue.history.undo_description == "Attribute 4 spans"
    assert [c.quote for c in claims] == [
        "Азербайджан не участвует",
        "сотрудничество",
        "Мы готовы к диалогу",
        "любой стороной",
    ]
    assert claims[0].speaker_id == known and claims[0].kind == "direct"
    assert claims[1].speaker_name == "Михаил Бочарников" and claims[1].tags == ("мир",)
    assert claims[2].speaker_id == claims[1].speaker_id and claims[2].note == "он"
    assert claims[3].speaker_id is None
    assert claims[1].context_before.endswith("отметил, что 🙂 ")
    catalogue.undo()
    assert catalogue.claims_for_article(article) == []
    assert [s.name for s in catalogue.list_speakers()] == ["Джейхун Байрамов"]
    catalogue.redo()
    assert [c.id for c in catalogue.claims_for_article(article)] == [c.id for c in claims]


def test_nothing_is_stored_when_one_span_cannot_be(catalogue: Catalogue) -> None:
    article = catalogue.add_article(TEXT).id
    good = NewClaim(*span("сотрудничество"), new_speaker="Посол")
    with pytest.raises(EmptySpanError):
        catalogue.attribute_spans(article, [good, NewClaim(5, 5)])
    with pytest.raises(NotFoundError):
        catalogue.attribute_spans(article, [good, NewClaim(0, 3, speaker_id=999)])
    assert catalogue.claims_for_article(article) == []
    assert catalogue.list_speakers() == []
    assert catalogue.attribute_spans(article, []) == []


def test_accepting_suggestions_is_one_undo_step(catalogue: Catalogue) -> None:
    article = catalogue.add_article(TEXT).id
    suggestions = suggest_attributions(TEXT)
    assert len(suggestions) == 3
    claims = accept_suggestions(catalogue, article, suggestions)
    assert catalogue.history.undo_description == "Accept 3 suggestions"
    assert [(c.start, c.end, c.kind) for c in claims] == [
        (s.start, s.end, s.kind) for s in suggestions
    ]
    # Бочарников said two of them: he is made once
    assert sorted(s.name for s in catalogue.list_speakers()) == [
        "Джейхун Байрамов",
        "Михаил Бочарников",
    ]
    catalogue.undo()
    assert catalogue.claims_for_article(article) == []
    assert catalogue.list_speakers() == []


def test_an_accepted_suggestion_drops_a_quotation_mark_with_no_partner(
    catalogue: Catalogue,
) -> None:
    """A suggested span that began at an opening '"' and stopped before its closing one was
    stored with the stray mark ('"наиболее существенно …'), in lists, clusters and exports."""
    text = 'Эксперт считает, что "рост сохранится в будущем году", и назвал это главным.\n'
    article = catalogue.add_article(text).id
    start = text.index('"рост')
    end = text.index(" в будущем") + len(" в будущем году")  # stops before the closing mark
    stray = Suggestion(
        start=start, end=end, text=text[start:end], kind="indirect", confidence=0.9,
        speaker="Эксперт", speaker_id=None, mention_start=0, mention_end=7,
        mention="Эксперт", reference="title",
    )  # fmt: skip
    assert stray.text.startswith('"')
    [claim] = accept_suggestions(catalogue, article, [stray])
    assert claim.quote == "рост сохранится в будущем году"
    catalogue.undo()
    assert accept_suggestion(catalogue, article, stray).quote == "рост сохранится в будущем году"


ROUNDS_TEXT = (Path(__file__).parents[2] / "data" / "accept-rounds-en.txt").read_text(
    encoding="utf-8"
)


def test_accepting_all_at_least_a_confidence_leaves_none_at_it(catalogue: Catalogue) -> None:
    """Storing a speaker's first quote raises the confidence of their others (the speaker is
    in the catalogue now): what reaches the bar then is stored by the same click, the same
    undo step."""
    article = catalogue.add_article(ROUNDS_TEXT, language="en").id
    before = catalogue.pending_suggestions(article)
    least = 0.9
    below = [s for s in before if s.confidence < least]
    assert below, "the article must have a suggestion below the bar to begin with"

    stored = catalogue.accept_suggestions_at_least(article, least, first=before)

    assert all(s.confidence < least for s in catalogue.pending_suggestions(article))
    risen = [s for s, _claim in stored if (s.start, s.end) in {(b.start, b.end) for b in below}]
    assert risen, "a suggestion below the bar at first was stored once its speaker was known"
    assert all(s.confidence >= least for s, _claim in stored)
    assert catalogue.history.undo_description == f"Accept {len(stored)} suggestions"
    assert len(catalogue.claims_for_article(article)) == len(stored)
    catalogue.undo()
    assert catalogue.claims_for_article(article) == []
    assert catalogue.list_speakers() == []


def test_accepting_all_at_least_a_confidence_leaves_out_the_rejected(
    catalogue: Catalogue,
) -> None:
    article = catalogue.add_article(ROUNDS_TEXT, language="en").id
    before = catalogue.pending_suggestions(article)
    surplus = next(s for s in before if s.text.startswith("The surplus is larger"))
    stored = catalogue.accept_suggestions_at_least(
        article, 0.9, leave_out={(surplus.start, surplus.end)}
    )
    assert stored
    assert (surplus.start, surplus.end) not in {(c.start, c.end) for _s, c in stored}
    assert any(s.text == surplus.text for s in catalogue.pending_suggestions(article))


class _FailingSecondRound:
    """The catalogue, whose second store of spans is refused (as when someone else saves a
    new version of the article's text between the rounds)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._stores = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._catalogue, name)

    def attribute_spans(self, *args: object, **kwargs: object) -> object:
        self._stores += 1
        if self._stores == 2:
            raise ConflictError("article", 1, 1, 2)
        return self._catalogue.attribute_spans(*args, **kwargs)  # type: ignore[arg-type]


def test_a_refused_later_round_keeps_what_the_first_stored(catalogue: Catalogue) -> None:
    article = catalogue.add_article(ROUNDS_TEXT, language="en").id
    records = _FailingSecondRound(catalogue)
    stored = accept_suggestions_at_least(records, article, 0.9)  # type: ignore[arg-type]
    assert len(stored) == len(catalogue.claims_for_article(article)) == 2  # the first round's
    assert catalogue.history.undo_description == "Accept 2 suggestions"
    catalogue.undo()
    assert catalogue.claims_for_article(article) == []


def test_a_refused_first_round_stores_nothing_and_says_why(catalogue: Catalogue) -> None:
    article = catalogue.add_article(ROUNDS_TEXT, language="en").id
    records = _FailingSecondRound(catalogue)
    records._stores = 1  # the first store is the one refused
    with pytest.raises(ConflictError):
        accept_suggestions_at_least(records, article, 0.9)  # type: ignore[arg-type]
    assert catalogue.claims_for_article(article) == []


class _CountingLooks:
    """The catalogue, counting how often the article's suggestions are looked for."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self.looks = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._catalogue, name)

    def claims_for_article(self, article_id: int) -> object:
        self.looks += 1  # pending_suggestions reads the claims once a look
        return self._catalogue.claims_for_article(article_id)


def test_the_suggestions_are_looked_at_again_only_after_a_new_speakers_quote_is_stored(
    catalogue: Catalogue,
) -> None:
    """Looking again costs as much as the first look: it is done only when a suggestion left
    names a speaker the round has just made."""
    article = catalogue.add_article(ROUNDS_TEXT, language="en").id
    records = _CountingLooks(catalogue)
    stored = accept_suggestions_at_least(records, article, 0.9)  # type: ignore[arg-type]
    # the first look, and one after Lopez's first quote made her; the second round made no one
    assert len(stored) == 3 and records.looks == 2

    one_each = (
        'Council member Rosa Delgado spoke in Dayton. "We will not close the pier," Delgado '
        "said.\n"
        'Harbor director Ann Kolb disagreed. "The pier cannot stay open," Kolb said.\n'
    )
    article = catalogue.add_article(one_each, language="en").id
    records = _CountingLooks(catalogue)
    first = pending_suggestions(records, article)  # type: ignore[arg-type]
    assert records.looks == 1
    stored = accept_suggestions_at_least(records, article, 0.9, first=first)  # type: ignore[arg-type]
    assert len(stored) == 2 and records.looks == 1  # nothing left of Delgado's or Kolb's
