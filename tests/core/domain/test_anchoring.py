"""Claims follow a changed text: exact, moved, approximate or orphaned (core/domain/anchoring.py),
with a property test of random edits around claims in texts of many scripts."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.core.domain.anchoring import AnchorState, anchor_all
from claimdesk.core.domain.spans import Span, make_span
from claimdesk.core.storage.models import CONTEXT_CHARS

TEXT = (
    "Министр заявил: «Мы готовы к диалогу».\n"
    "Посол отметил, что мы готовы к диалогу всегда.\n"
    "Пресс-служба сообщила, что встреча прошла 🙂 в дружеской обстановке.\n"
)


def span_of(text: str, quote: str, occurrence: int = 0) -> Span:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(quote, at + 1)
    return make_span(text, at, at + len(quote))


def placed(text: str, spans: list[Span], new: str) -> list[tuple[AnchorState, str | None]]:
    return [
        (a.state, None if a.start is None else new[a.start : a.end])
        for a in anchor_all(text, new, spans)
    ]


def test_a_claim_follows_the_text_when_offsets_drift() -> None:
    """(What spans.reanchor did, exact text only, before this module replaced it.)"""
    span = make_span(TEXT, TEXT.index("Мы"), TEXT.index("»"))
    edited = "Срочно. " + TEXT
    (moved,) = anchor_all(TEXT, edited, [span])
    assert moved.state is AnchorState.MOVED
    assert edited[moved.start : moved.end] == span.text
    (gone,) = anchor_all(TEXT, "совсем другой текст", [span])
    assert gone.state is AnchorState.ORPHANED


def test_an_unchanged_text_keeps_every_claim_exactly() -> None:
    spans = [span_of(TEXT, "Мы готовы к диалогу"), span_of(TEXT, "встреча прошла 🙂")]
    assert placed(TEXT, spans, TEXT) == [
        (AnchorState.EXACT, "Мы готовы к диалогу"),
        (AnchorState.EXACT, "встреча прошла 🙂"),
    ]


def test_text_added_before_moves_claims_and_a_repeated_phrase_keeps_its_own_place() -> None:
    first = span_of(TEXT, "готовы к диалогу", 0)
    second = span_of(TEXT, "готовы к диалогу", 1)
    new = "БАКУ, 28 июля.\n\n" + TEXT.replace("Посол отметил", "Посол России отметил")
    result = anchor_all(TEXT, new, [first, second])
    assert [a.state for a in result] == [AnchorState.MOVED, AnchorState.MOVED]
    # each occurrence stays with its own sentence
    assert new[: result[0].start].endswith("«Мы ")
    assert new[result[1].end :].startswith(" всегда.")


def test_an_occurrence_at_the_old_offsets_with_other_context_is_not_taken() -> None:
    """Text inserted before the claim can put another occurrence of its words exactly at its old
    offsets; the claim goes where its own context is."""
    text = "A said: the plan works. B said: the plan fails."
    claim = span_of(text, "the plan", 1)  # B's
    new = "A said: the plan works. C wrote the plan, and B said: the plan fails."
    assert new[claim.start : claim.end] == "the plan"  # the trap
    (result,) = anchor_all(text, new, [claim])
    assert result.state is AnchorState.MOVED
    assert new[: result.start].endswith("B said: ")


def test_a_corrected_word_moves_the_claim_approximately_with_a_score() -> None:
    claim = span_of(TEXT, "Мы готовы к диалогу")
    new = TEXT.replace("Мы готовы к диалогу", "Мы готовы к дилогу")
    (result,) = anchor_all(TEXT, new, [claim])
    assert result.state is AnchorState.APPROXIMATE
    assert new[result.start : result.end] == "Мы готовы к дилогу"
    assert 0.9 < result.score < 1.0


def test_an_approximate_match_leaves_out_the_quotation_mark_next_to_it() -> None:
    """The sentence after the claim is gone (no context to stand between), and a word of the
    claim corrected: the fuzzy match is the words, not the closing guillemet after them."""
    text = "Министр сказал: «Мы готовы к диалогу». Посол отметил, что визит готовится давно.\n"
    claim = span_of(text, "Мы готовы к диалогу")
    new = "Срочно.\nМинистр сказал: «Мы готовы к дилогу».\n"
    (result,) = anchor_all(text, new, [claim])
    assert result.state is AnchorState.APPROXIMATE
    assert new[result.start : result.end] == "Мы готовы к дилогу"


def test_a_reworded_claim_between_its_old_neighbours_is_found() -> None:
    claim = span_of(TEXT, "Мы готовы к диалогу")
    new = TEXT.replace("Мы готовы к диалогу", "Мы готовы к переговорам")
    assert placed(TEXT, [claim], new) == [(AnchorState.APPROXIMATE, "Мы готовы к переговорам")]


def test_replaced_words_are_orphaned_not_moved_onto_a_like_phrase_elsewhere() -> None:
    """The first claim's words are gone; the second sentence has nearly the same words (another
    claim's), which must not take it."""
    claim = span_of(TEXT, "Мы готовы к диалогу")
    new = TEXT.replace("Мы готовы к диалогу", "Погода сегодня хорошая")
    (result,) = anchor_all(TEXT, new, [claim])
    assert result.state is AnchorState.ORPHANED
    assert (result.start, result.end, result.score) == (None, None, 0.0)


REPEATED = (
    "The minister said: \u201cWe will not negotiate under pressure.\u201d That was on Monday.\n"
    "The ambassador replied that we will not negotiate under pressure, as before.\n"
)
PHRASE = "will not negotiate under pressure"


def test_a_repeated_phrase_whose_sentence_was_deleted_is_orphaned_not_moved_onto_the_other() -> (
    None
):
    """The minister's sentence is deleted: the ambassador's words are the same, but with other
    words around them, and another claim stands there."""
    minister, ambassador = span_of(REPEATED, PHRASE, 0), span_of(REPEATED, PHRASE, 1)
    new = REPEATED.replace(
        "The minister said: \u201cWe will not negotiate under pressure.\u201d ", ""
    )
    assert placed(REPEATED, [minister, ambassador], new) == [
        (AnchorState.ORPHANED, None),
        (AnchorState.MOVED, PHRASE),
    ]


def test_a_repeated_phrase_reworded_in_its_own_sentence_is_found_there_approximately() -> None:
    minister, ambassador = span_of(REPEATED, PHRASE, 0), span_of(REPEATED, PHRASE, 1)
    new = REPEATED.replace("We will not negotiate", "We shall not negotiate")
    result = anchor_all(REPEATED, new, [minister, ambassador])
    assert [a.state for a in result] == [AnchorState.APPROXIMATE, AnchorState.MOVED]
    first, second = result
    assert new[first.start : first.end] == "shall not negotiate under pressure"
    assert new[: first.start].endswith("\u201cWe ")
    assert new[second.end :].startswith(", as before.")


def test_a_repeated_phrase_keeps_its_place_when_only_its_surroundings_were_corrected() -> None:
    """Both sides of the minister's words changed a little (no side stands whole): they are
    still its own, much like the old context, and it moves there."""
    minister = span_of(REPEATED, PHRASE, 0)
    new = REPEATED.replace("minister said: \u201cWe", "minister sayd: \u201cWe").replace(
        "That was on", "That was last"
    )
    (result,) = anchor_all(REPEATED, new, [minister])
    assert result.state is AnchorState.MOVED
    assert new[: result.start].endswith("sayd: \u201cWe ")


def test_a_repeated_phrase_kept_whole_among_rewritten_surroundings_still_moves() -> None:
    """Both sides of the minister's words were rewritten, but every occurrence of them is
    still there: each claim keeps its own (none was lost that another could stand for)."""
    minister, ambassador = span_of(REPEATED, PHRASE, 0), span_of(REPEATED, PHRASE, 1)
    new = REPEATED.replace(
        "The minister said: \u201cWe will not negotiate under pressure.\u201d That was on Monday.",
        "On Monday, in a long interview, we will not negotiate under pressure, he insisted again.",
    )
    result = anchor_all(REPEATED, new, [minister, ambassador])
    assert [a.state for a in result] == [AnchorState.MOVED, AnchorState.MOVED]
    assert new[: result[0].start].endswith("long interview, we ")
    assert new[result[1].end :].startswith(", as before.")


def test_a_deleted_paragraph_orphans_its_claims_only() -> None:
    gone = span_of(TEXT, "мы готовы к диалогу всегда")
    kept = span_of(TEXT, "встреча прошла 🙂")
    new = TEXT.replace("Посол отметил, что мы готовы к диалогу всегда.\n", "")
    assert placed(TEXT, [gone, kept], new) == [
        (AnchorState.ORPHANED, None),
        (AnchorState.MOVED, "встреча прошла 🙂"),
    ]


def test_a_moved_paragraph_takes_its_claim_along() -> None:
    lines = TEXT.splitlines(keepends=True)
    claim = span_of(TEXT, "встреча прошла 🙂")
    new = lines[2] + lines[0] + lines[1]
    assert placed(TEXT, [claim], new) == [(AnchorState.MOVED, "встреча прошла 🙂")]


# -- property: random edits around claims ---------------------------------------------------

ALPHABET = st.sampled_from(
    list("abcdefghij ABC .,;—«»\"'\n")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    + ["é", "\u0301", "ß", "🙂", "👍", "\U0001f3fd", "中", "文", "ا", "ل", "\u200d", "\u00a0", "\t"]
)
PHRASES = [
    "мы готовы к диалогу",
    "the plan works",
    "Ёлка стоит 🙂",
    "العربية نص",
    "中文 句子",
]


@dataclass
class Planted:
    start: int
    end: int
    protected: bool


@st.composite
def edited_texts(draw: st.DrawFn) -> tuple[str, str, list[Span], list[Planted]]:
    """An old text of random filler with phrases (some repeated) planted in it, claims on some
    of them, and a new text made by random edits. Edits never touch a protected claim or the
    context on one of its sides, so it must be found where it went."""
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    pieces: list[str] = []
    claims: list[tuple[int, int]] = []
    length = 0
    for _ in range(draw(st.integers(2, 7))):
        filler = draw(st.text(ALPHABET, min_size=0, max_size=60))
        phrase = rng.choice(PHRASES)
        pieces.append(filler)
        length += len(filler)
        claims.append((length, length + len(phrase)))
        pieces.append(phrase)
        length += len(phrase)
    pieces.append(draw(st.text(ALPHABET, max_size=40)))
    old = "".join(pieces)
    spans = [make_span(old, s, e) for s, e in claims if old[s:e].strip()]
    # which side of each claim's context is kept whole
    keep_before = [draw(st.booleans()) for _ in spans]
    protected = [draw(st.booleans()) for _ in spans]

    def forbidden(at: int, end: int) -> bool:
        for span, kept_before, is_protected in zip(spans, keep_before, protected, strict=True):
            if not is_protected:
                continue
            lo = span.start - CONTEXT_CHARS if kept_before else span.start
            hi = span.end if kept_before else span.end + CONTEXT_CHARS
            if (at < hi and end > lo) or (at == end and lo < at < hi):
                return True
        return False

    # edits applied right to left so earlier offsets stay valid; each is (at, end, replacement)
    positions = sorted(
        {draw(st.integers(0, len(old))) for _ in range(draw(st.integers(1, 6)))}, reverse=True
    )
    new = old
    moves: dict[int, int] = {}  # old offset of a protected claim -> shift
    shifts: list[tuple[int, int]] = []  # (old position, length change) of each edit
    last = len(old) + 1
    for at in positions:
        end = min(at + draw(st.integers(0, 12)), last - 1, len(old))
        end = max(end, at)
        if forbidden(at, end):
            continue
        replacement = draw(st.text(ALPHABET, max_size=15))
        new = new[:at] + replacement + new[end:]
        shifts.append((at, len(replacement) - (end - at)))
        last = at
    planted: list[Planted] = []
    for span, is_protected in zip(spans, protected, strict=True):
        shift = sum(change for at, change in shifts if at < span.start or at == span.start)
        moves[span.start] = shift
        planted.append(Planted(span.start + shift, span.end + shift, is_protected))
    if draw(st.booleans()) and not forbidden(0, 0):
        # the trap: text put at the very start shifts an earlier occurrence of a claim's words
        # onto the exact offsets the claim had
        for span, truth in zip(spans, planted, strict=True):
            earlier = new.rfind(span.text, 0, span.start)
            if truth.protected and earlier != -1 and span.start - earlier > 0:
                width = span.start - earlier
                if width <= truth.start:  # lands on the old offsets once inserted at 0
                    filler = draw(st.text(ALPHABET, min_size=width, max_size=width))
                    new = filler + new
                    planted = [
                        Planted(p.start + width, p.end + width, p.protected) for p in planted
                    ]
                    break
    return old, new, spans, planted


def context_at(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


@settings(max_examples=300, deadline=None)
@given(edited_texts())
def test_claims_whose_text_and_one_side_survive_are_found_where_they_went(
    case: tuple[str, str, list[Span], list[Planted]],
) -> None:
    old, new, spans, planted = case
    results = anchor_all(old, new, spans)
    assert len(results) == len(spans)
    for span, truth, result in zip(spans, planted, results, strict=True):
        if result.start is not None:
            assert result.end is not None
            assert 0 <= result.start < result.end <= len(new)  # never out of the text
        if not truth.protected:
            continue
        assert new[truth.start : truth.end] == span.text, "the generator moved a protected claim"
        assert result.state in (AnchorState.EXACT, AnchorState.MOVED), (span, result)
        assert result.start is not None and result.end is not None
        assert new[result.start : result.end] == span.text
        if result.start != truth.start:
            # another occurrence was taken: only allowed if nothing around them tells them apart
            assert context_at(new, result.start, result.end) == context_at(
                new, truth.start, truth.end
            ), (span, truth, result)
