"""Claims that follow the text: where a claim made on one version of an article stands in the next.

Each claim keeps its exact text and the text just before and after it (see :mod:`spans`), as a
W3C Web Annotation TextQuoteSelector does, so it can be found again when the article changes:

1. **exact**: the same text at the same offsets, with its context on at least one side intact;
2. **moved**: the same text elsewhere (text was added or removed before it). Among several
   occurrences the one whose surrounding text agrees best with the stored context wins, then the
   one nearest where the claim is expected (its old offset shifted by the edits before it), so a
   repeated phrase is not moved onto another occurrence with other words around it;
3. **approximate**: the words changed (a corrected typo, a reworded clause): the best fuzzy match
   of the old text near where its context still stands, or else anywhere, scored on the quote and
   its context together; kept when the score reaches :data:`APPROXIMATE_MIN_SCORE`;
4. **orphaned**: nothing close enough. The claim is not deleted: it keeps its old text and waits
   for the user to place it.

The functions here are pure: storing versions and moving claims in one undoable edit is the
service layer's work.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimdesk.core.domain.spans import Span
from claimdesk.core.domain.values import CONTEXT_CHARS
from claimdesk.core.domain.values import AnchorState as AnchorState  # noqa: PLC0414  (records use it)

APPROXIMATE_MIN_SCORE = 0.7
"""Least combined score (0–1) of a fuzzy match for the claim to move there, rather than be
orphaned."""

_QUOTE_WEIGHT = 0.7
"""Share of the quote's own similarity in an approximate match's score (the rest is context)."""

_LEAST_CONTEXT = ((0.6, 0.5), (0.85, 0.35))
"""(quote similarity, least context similarity) pairs: a fuzzy match needs its surroundings to
agree this much, the more so the less the quote itself agrees, so that a claim whose words were
replaced is not moved onto a like phrase elsewhere in the article (another claim's words)."""


@dataclass(frozen=True, slots=True)
class Anchoring:
    """Where a claim stands in the new text. ``start``/``end`` are None for an orphan; ``score``
    is 1.0 for exact and moved claims, the match's score for an approximate one, else 0."""

    state: AnchorState
    start: int | None
    end: int | None
    score: float


ORPHAN = Anchoring(AnchorState.ORPHANED, None, None, 0.0)


class OffsetMap:
    """Maps an offset in the old text to where the same character stands in the new text, from
    the lines (paragraphs) the two texts share; in a line that changed, to the end of the last
    shared line before it plus the offset's distance into the changed stretch. It only ranks
    equally good candidates, so a line's precision is enough, and a line diff stays fast on long
    articles where a character diff does not."""

    def __init__(self, old: str, new: str) -> None:
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        self._old_starts = _line_starts(old_lines)
        self._new_starts = _line_starts(new_lines)
        self._new_length = len(new)
        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        # (first old line, first new line, lines) of each shared run of lines
        self._blocks = [(b.a, b.b, b.size) for b in matcher.get_matching_blocks() if b.size]

    def __call__(self, offset: int) -> int:
        line = max(0, bisect.bisect_right(self._old_starts, offset) - 1)
        previous_end = (0, 0)  # (old offset, new offset) where the last shared run ended
        for old_line, new_line, size in self._blocks:
            if old_line <= line < old_line + size:
                column = offset - self._old_starts[line]
                return min(self._new_length, self._new_starts[new_line + line - old_line] + column)
            if old_line > line:
                break
            previous_end = (
                self._old_starts[old_line + size],
                self._new_starts[new_line + size],
            )
        old_at, new_at = previous_end
        return min(self._new_length, new_at + max(0, offset - old_at))


def _line_starts(lines: list[str]) -> list[int]:
    """The offset where each line starts, and one past the last line's end."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def anchor_all(old_text: str, new_text: str, spans: list[Span]) -> list[Anchoring]:
    """Where each of ``spans`` (made on ``old_text``) stands in ``new_text``, in their order."""
    if old_text == new_text:
        return [
            Anchoring(AnchorState.EXACT, s.start, s.end, 1.0)
            if new_text[s.start : s.end] == s.text
            else anchor(new_text, s, OffsetMap(old_text, new_text))
            for s in spans
        ]
    offsets = OffsetMap(old_text, new_text)
    lost = {
        quote: len(_occurrences(old_text, quote)) > len(_occurrences(new_text, quote))
        for quote in {span.text for span in spans if span.text}
    }
    return [
        anchor(new_text, span, offsets, occurrence_lost=lost.get(span.text, False))
        for span in spans
    ]


def anchor(
    new_text: str, span: Span, expected: OffsetMap | None = None, *, occurrence_lost: bool = False
) -> Anchoring:
    """Where ``span`` stands in ``new_text`` (``expected`` maps its old offsets there).
    ``occurrence_lost``: its words occur fewer times in the new text than in the old, so the
    claim's own occurrence may be the one lost, and one left with other words around it
    another's (see :data:`LEAST_REPEATED_CONTEXT`)."""
    if not span.text:
        return ORPHAN
    expected_start = expected(span.start) if expected is not None else span.start
    occurrences = _occurrences(new_text, span.text)
    if occurrences:
        best = max(occurrences, key=lambda s: _exact_rank(new_text, span, s, expected_start))
        start, end = best, best + len(span.text)
        if not occurrence_lost or _own_occurrence(new_text, span, start, end):
            same_place = start == span.start and _context_agrees(new_text, span, start, end)
            state = AnchorState.EXACT if same_place else AnchorState.MOVED
            return Anchoring(state, start, end, 1.0)
        # the words of a repeated phrase, but in another's surroundings: its own occurrence was
        # reworded (looked for approximately) or deleted (orphaned), never this one
        found = _approximate(new_text, span, expected_start)
        if found.start is not None and new_text[found.start : found.end] == span.text:
            return ORPHAN
        return found
    return _approximate(new_text, span, expected_start)


LEAST_REPEATED_CONTEXT = 0.6
"""How alike (0–1) the surroundings of an occurrence must be to the claim's old context, when
neither side stands whole and the new text has fewer occurrences of its words than the old,
for the claim to move there: the same words elsewhere with other words around them are another
occurrence (another person saying it), and a claim whose own occurrence was reworded or deleted
must not land on it. While every occurrence is still there, the best-ranked one is taken as
before, however much its surroundings were rewritten."""


def _own_occurrence(text: str, span: Span, start: int, end: int) -> bool:
    """Whether the occurrence at ``start``–``end`` can be the claim's own: its context stands
    whole on one side, or is still much like the old one."""
    if _intact_sides(text, span, start, end) > 0:
        return True
    _quote, context = _similarities(text, span, start, end)
    return context >= LEAST_REPEATED_CONTEXT


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    at = text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _shared_before(text: str, start: int, prefix: str) -> int:
    """How many characters just before ``start`` agree with the end of ``prefix``."""
    n = 0
    while n < len(prefix) and start - n - 1 >= 0 and text[start - n - 1] == prefix[-n - 1]:
        n += 1
    return n


def _shared_after(text: str, end: int, suffix: str) -> int:
    n = 0
    while n < len(suffix) and end + n < len(text) and text[end + n] == suffix[n]:
        n += 1
    return n


def _intact_sides(text: str, span: Span, start: int, end: int) -> int:
    """On how many sides (0–2) the stored context stands whole next to ``start``/``end``. A
    context shorter than :data:`CONTEXT_CHARS` was cut by the text's edge: that side is whole
    only if the edge is there again (a claim that ended the text is not one followed by more)."""
    before = _shared_before(text, start, span.prefix) == len(span.prefix) and (
        len(span.prefix) >= CONTEXT_CHARS or start == len(span.prefix)
    )
    after = _shared_after(text, end, span.suffix) == len(span.suffix) and (
        len(span.suffix) >= CONTEXT_CHARS or end + len(span.suffix) == len(text)
    )
    return int(before) + int(after)


def _context_agrees(text: str, span: Span, start: int, end: int) -> bool:
    """Whether the context on at least one side is as it was."""
    return _intact_sides(text, span, start, end) > 0


def _exact_rank(
    text: str, span: Span, start: int, expected_start: int
) -> tuple[int, int, float, int]:
    """Rank of an occurrence: the sides whose context stands whole, the characters of context
    that agree exactly next to it, how alike the context windows are (edits may touch them),
    then nearness to the expected place."""
    end = start + len(span.text)
    intact = _intact_sides(text, span, start, end)
    adjacent = _shared_before(text, start, span.prefix) + _shared_after(text, end, span.suffix)
    before = text[max(0, start - len(span.prefix)) : start]
    after = text[end : end + len(span.suffix)]
    alike = fuzz.ratio(before, span.prefix) + fuzz.ratio(after, span.suffix)
    return intact, adjacent, alike, -abs(start - expected_start)


def _approximate(text: str, span: Span, expected_start: int) -> Anchoring:
    """The best fuzzy place for a quote whose words changed, or an orphan."""
    candidates: list[tuple[int, int]] = []
    between = _between_contexts(text, span, expected_start)
    if between is not None:
        candidates.append(between)
    # the quote's best alignment near where it is expected, then in the whole text
    reach = 2 * len(span.text) + len(span.prefix) + len(span.suffix)
    window_start = max(0, expected_start - reach)
    for lo, hi in ((window_start, expected_start + len(span.text) + reach), (0, len(text))):
        found = fuzz.partial_ratio_alignment(span.text, text[lo:hi])
        if found is not None and found.dest_end > found.dest_start:
            candidates.append((lo + found.dest_start, lo + found.dest_end))
    best = ORPHAN
    for found_start, found_end in candidates:
        start, end = _whole_words(text, *_trim(text, found_start, found_end))
        start, end = _without_stray_marks(text, span.text, start, end)
        if end <= start:
            continue
        quote, context = _similarities(text, span, start, end)
        if not any(quote >= q and context >= c for q, c in _LEAST_CONTEXT):
            continue
        score = _QUOTE_WEIGHT * quote + (1 - _QUOTE_WEIGHT) * context
        if score > best.score:
            best = Anchoring(AnchorState.APPROXIMATE, start, end, round(score, 3))
    return best if best.score >= APPROXIMATE_MIN_SCORE else ORPHAN


def _between_contexts(text: str, span: Span, expected_start: int) -> tuple[int, int] | None:
    """The stretch between the claim's old prefix and suffix, where both still stand (nearest
    the expected place) and what lies between is not far longer than the quote was."""
    if len(span.prefix) < 8 or len(span.suffix) < 8:
        return None  # a context this short says too little on its own
    prefix_ends = [at + len(span.prefix) for at in _occurrences(text, span.prefix)]
    suffix_starts = _occurrences(text, span.suffix)
    best: tuple[int, int] | None = None
    for start in sorted(prefix_ends, key=lambda at: abs(at - expected_start)):
        for end in suffix_starts:
            if start < end <= start + 2 * len(span.text) + 16:
                best = (start, end)
                break
        if best is not None:
            return best
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _without_stray_marks(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy alignment may take in the quotation mark or full stop next to the words (the
    quote "Мы готовы к диалогу" found as "Мы готовы к дилогу»"): punctuation at either end
    that the old quote did not have there is left out."""
    while end > start and _is_mark(text[end - 1]) and not quote.endswith(text[end - 1]):
        end -= 1
    while start < end and _is_mark(text[start]) and not quote.startswith(text[start]):
        start += 1
    return _trim(text, start, end)


def _is_mark(char: str) -> bool:
    return not char.isalnum() and not char.isspace()


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy alignment may cut a word: it is widened to whole words."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _similarities(text: str, span: Span, start: int, end: int) -> tuple[float, float]:
    """How alike (0–1) the quote is to ``text[start:end]``, and its old context to the new."""
    quote = fuzz.ratio(span.text, text[start:end]) / 100
    before = text[max(0, start - len(span.prefix)) : start]
    after = text[end : end + len(span.suffix)]
    sides = [fuzz.ratio(a, b) / 100 for a, b in ((before, span.prefix), (after, span.suffix)) if b]
    context = sum(sides) / len(sides) if sides else quote
    return quote, context
