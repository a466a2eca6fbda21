"""Many spans stored in one edit (Catalogue.attribute_spans, accept_suggestions): one undo step
for all of them and the speakers made for them, nothing stored when one cannot be."""

from __future__ import annotations

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import EmptySpanError, NotFoundError
from claimdesk.core.domain.records import NewClaim
from claimdesk.core.suggest import (
    Suggestion,
    accept_suggestion,
    accept_suggestions,
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
