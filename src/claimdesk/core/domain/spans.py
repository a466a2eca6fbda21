"""Spans of article text: code-point offsets, the exact text, and context to re-find them.

A claim is stored the way a W3C Web Annotation TextQuoteSelector plus TextPositionSelector would
describe it: ``start``/``end`` are Python string indices (code points) into the article text, and
``text``, ``prefix`` and ``suffix`` let a span be checked and re-anchored if offsets ever drift
(:mod:`claimdesk.core.domain.anchoring`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimdesk.core.domain.errors import EmptySpanError, QuoteNotFoundError, SpanOutOfRangeError
from claimdesk.core.domain.values import CONTEXT_CHARS, ClaimKind


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    prefix: str
    suffix: str


def make_span(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Span:
    """Validate ``start``/``end`` against ``text`` and capture the exact text and its context."""
    if not 0 <= start <= len(text) or not 0 <= end <= len(text):
        raise SpanOutOfRangeError(start, end, len(text))
    if end <= start:
        raise EmptySpanError()
    if not text[start:end].strip():
        raise EmptySpanError()
    return Span(
        start=start,
        end=end,
        text=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def _is_word_char(char: str) -> bool:
    category = unicodedata.category(char)
    # letters, marks (combining accents belong to their letter), numbers, connector punctuation
    return category[0] in "LMN" or category == "Pc"


_APOSTROPHES = "'’"


def _is_apostrophe(text: str, i: int) -> bool:
    """An apostrophe inside a word ("don't", "д’Артаньян"), not a quotation mark."""
    return (
        text[i] in _APOSTROPHES
        and 0 < i < len(text) - 1
        and _is_word_char(text[i - 1])
        and _is_word_char(text[i + 1])
    )


def _in_word(text: str, i: int) -> bool:
    return _is_word_char(text[i]) or _is_apostrophe(text, i)


# Quotation marks and brackets: what closes each opening mark, and what opens each closing one.
# A mark that only ever closes (») cannot start a quote, one that only opens («) cannot end it.
_CLOSERS_OF = {
    "«": "»", "‹": "›", "“": "”", "„": "“”", "‟": "”", "‘": "’", "‚": "‘’", '"': '"',
    "'": "'", "「": "」", "『": "』", "(": ")", "[": "]", "{": "}",
}  # fmt: skip
_OPENERS_OF = {
    "»": "«", "›": "‹", "”": "“„‟", "“": "„", "’": "‘‚", "‘": "‚", '"': '"', "'": "'",
    "」": "「", "』": "『", ")": "(", "]": "[", "}": "{",
}  # fmt: skip
_SEPARATORS = ",;:"
SENTENCE_END = ".!?…"
"""Kept at the end of a snapped span: they end the claim's own sentence."""


def _dropped_anywhere(char: str) -> bool:
    """White space, and invisible control and format characters."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def _is_dash(char: str) -> bool:
    return unicodedata.category(char) == "Pd"


def _closing_match(text: str, start: int, end: int) -> int | None:
    """Where the quotation mark (or bracket) at ``start`` is closed before ``end``, if it is."""
    opener = text[start]
    closers = _CLOSERS_OF[opener]
    depth = 1
    for i in range(start + 1, end):
        char = text[i]
        if _is_apostrophe(text, i):
            continue
        if char in closers:
            depth -= 1
        elif char == opener:
            depth += 1
        if depth == 0:
            return i
    return None


def _opening_match(text: str, start: int, end: int) -> int | None:
    """Where the closing quotation mark (or bracket) at ``end - 1`` was opened, from ``start``."""
    closer = text[end - 1]
    openers = _OPENERS_OF[closer]
    if closer in openers:  # " and ': they pair up in order, first with second
        marks = [i for i in range(start, end) if text[i] == closer and not _is_apostrophe(text, i)]
        return marks[-2] if len(marks) % 2 == 0 else None
    depth = 1
    for i in range(end - 2, start - 1, -1):
        char = text[i]
        if _is_apostrophe(text, i):
            continue
        if char in openers:
            depth -= 1
        elif char == closer:
            depth += 1
        if depth == 0:
            return i
    return None


def _trim_start(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without what its first character should not start a claim with, or None."""
    char = text[start]
    if _dropped_anywhere(char) or char in _SEPARATORS or char in SENTENCE_END:
        return start + 1, end
    if _is_dash(char) and not (start + 1 < end and text[start + 1].isdigit()):  # not "-5"
        return start + 1, end
    if char in _CLOSERS_OF and not _is_apostrophe(text, start):
        match = _closing_match(text, start, end)
        if match is None:
            return start + 1, end  # opened and never closed in the span
        if match == end - 1:
            return start + 1, end - 1  # the quotation marks around the whole span
        return None  # a quote that closes inside the span: part of the claim
    if char in _OPENERS_OF:
        return start + 1, end  # a mark that only closes: the end of an earlier quote
    return None


def _trim_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without what its last character should not end a claim with, or None."""
    char = text[end - 1]
    if _dropped_anywhere(char) or char in _SEPARATORS or _is_dash(char):
        return start, end - 1
    if char in SENTENCE_END:
        # "…готовы." keeps its full stop; in "…готовы»." it ends the sentence around the quote
        before = end - 1
        while before > start and text[before - 1] in SENTENCE_END:
            before -= 1
        if before > start and _trim_end(text, start, before) is not None:
            return start, before
        return None
    if char in _OPENERS_OF and not _is_apostrophe(text, end - 1):
        match = _opening_match(text, start, end)
        if match is None:
            return start, end - 1  # closes a quote opened before the span
        if match == start:
            return start + 1, end - 1
        return None
    if char in _CLOSERS_OF:
        return start, end - 1  # a mark that only opens: the start of a later quote
    return None


def _take_in_partners(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the quotation mark (or bracket) just before it, or just after it, when
    that mark pairs with one inside the span: a selection from the first letter after “ to past
    its ” kept the closing mark alone ("flexibility” for advisers"). Straight quotes, which do
    not say which way they face, are left as they are."""
    if start > 0:
        mark = text[start - 1]
        if (
            mark in _CLOSERS_OF
            and mark not in _CLOSERS_OF[mark]
            and not _is_apostrophe(text, start - 1)
            and _closing_match(text, start - 1, end) is not None
        ):
            start -= 1
    if end < len(text):
        mark = text[end]
        if (
            mark in _OPENERS_OF
            and mark not in _OPENERS_OF[mark]
            and not _is_apostrophe(text, end)
            and (opened := _opening_match(text, start, end + 1)) is not None
            and opened >= start
        ):
            end += 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words, then drop what a claim neither starts nor ends with.

    Dropped at either edge: white space (and invisible control characters), commas, semicolons
    and colons, dashes (a leading one only when no digit follows: "-5" stays), and quotation
    marks and brackets that do not pair up inside the span, in every style (« » “ ” „ ‚ ‘ ’
    " ' ‹ › 「 」 『 』 ( ) [ ] { }). Marks around the whole span go together; a pair that opens
    and closes inside the span (Он назвал это «провокацией») is part of the claim and stays.
    At the start, sentence punctuation goes too; at the end ``. ! ? …`` stay, as the end of the
    claim's own sentence, unless they follow a dropped mark (in «Мы готовы». the full stop
    belongs to the sentence around the quote). An apostrophe inside a word is a letter. A mark
    just outside the selection that pairs with one inside it is taken in («провокацией» and
    more, selected from its first letter, keeps both marks).

    Returns ``(start, end)``; for a selection of nothing but such marks, the original range.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if start == end:
        return start, end
    new_start, new_end = start, end
    # widen a cut through a word, but only if the cut really is inside a word
    if 0 < new_start < len(text) and _in_word(text, new_start):
        while new_start > 0 and _in_word(text, new_start - 1):
            new_start -= 1
    if 0 < new_end < len(text) and _in_word(text, new_end - 1):
        while new_end < len(text) and _in_word(text, new_end):
            new_end += 1
    new_start, new_end = _take_in_partners(text, new_start, new_end)
    while new_start < new_end:
        trimmed = _trim_start(text, new_start, new_end) or _trim_end(text, new_start, new_end)
        if trimmed is None:
            break
        new_start, new_end = trimmed
    if new_start >= new_end:
        return start, end
    return new_start, new_end


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Find the ``occurrence``-th (1-based) place where ``quote`` stands in ``text``.

    An exact match is tried first; failing that, white space may differ (a quote copied from a
    PDF or typed with single spaces still matches an article with line breaks); failing that,
    both are compared in Unicode normalisation form NFC, so a quote typed with "é" (one
    character) is found in an article that stores "e" and a combining accent, and the other way
    round. The offsets are always into ``text`` as it is: nothing is normalised in the article.
    """
    if not quote.strip():
        raise EmptySpanError()
    if occurrence < 1:
        raise QuoteNotFoundError(quote, occurrence, 0)
    found = _exact_matches(text, quote) or _spaced_matches(text, quote)
    if not found and not (
        unicodedata.is_normalized("NFC", text) and unicodedata.is_normalized("NFC", quote)
    ):
        found = _normalised_matches(text, quote)
    if len(found) < occurrence:
        raise QuoteNotFoundError(quote, occurrence, len(found))
    return found[occurrence - 1]


def _spaced_matches(text: str, quote: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _normalised_matches(text: str, quote: str) -> list[tuple[int, int]]:
    """Matches of ``quote`` in ``text`` compared in NFC, as offsets into ``text``; a match must
    begin and end where a character (with its combining marks) of ``text`` does."""
    normal, origin = _nfc_with_origin(text)
    normal_quote = unicodedata.normalize("NFC", quote)
    candidates = _exact_matches(normal, normal_quote) or _spaced_matches(normal, normal_quote)
    found: list[tuple[int, int]] = []
    for start, end in candidates:
        if _starts_char(origin, start) and _starts_char(origin, end):
            found.append((origin[start], origin[end]))
    return found


_NON_ASCII_RUN = re.compile(r".?[^\x00-\x7f]+", re.DOTALL)
"""A run of non-ASCII characters with the character before it (an ASCII letter may take a
combining accent). ASCII characters never compose with what precedes them, so NFC of a text is
NFC of these runs with the ASCII between them left as it is."""


def _nfc_with_origin(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` in NFC, and for each of its characters the index in ``text`` where the
    character (base and combining marks) it comes from starts, plus ``len(text)`` at the end."""
    parts: list[str] = []
    origin: list[int] = []
    position = 0
    for run in _NON_ASCII_RUN.finditer(text):
        start, end = run.span()
        parts.append(text[position:start])
        origin.extend(range(position, start))
        segment = run.group()
        if unicodedata.is_normalized("NFC", segment):
            parts.append(segment)
            origin.extend(range(start, end))
        else:
            for offset, chunk in _composing_chunks(segment):
                normal = unicodedata.normalize("NFC", chunk)
                parts.append(normal)
                origin.extend([start + offset] * len(normal))
        position = end
    parts.append(text[position:])
    origin.extend(range(position, len(text) + 1))
    return "".join(parts), tuple(origin)


def _composing_chunks(segment: str) -> list[tuple[int, str]]:
    """``segment`` cut into (offset, chunk) pieces that NFC treats separately: a character
    together with what composes with it (combining marks, a Hangul vowel after its consonant)."""
    chunks: list[tuple[int, str]] = []
    start = 0
    for index in range(1, len(segment) + 1):
        if index < len(segment):
            char = segment[index]
            current = segment[start:index]
            if (
                unicodedata.combining(char)
                or unicodedata.normalize("NFC", current + char)
                != unicodedata.normalize("NFC", current) + char
            ):
                continue
        chunks.append((start, segment[start:index]))
        start = index
    return chunks


def _exact_matches(text: str, quote: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    index = text.find(quote)
    while index != -1:
        found.append((index, index + len(quote)))
        index = text.find(quote, index + 1)
    return found


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every place ``query`` stands in ``text``, left to right and not overlapping, as code-point
    ``(start, end)`` pairs. Case folds (``str.casefold``, so Cyrillic too), ё and е match each
    other (also Ё, and ё written as е plus a combining diaeresis), and any run of white space
    matches any other (a line break in the text matches a space in the query). A blank query
    finds nothing. A hit always covers whole characters: "s" does not find half of "ß"."""
    folded_query, _ = _fold_for_find(query)
    if not folded_query.strip():
        return []
    folded, origin = _folded_text(text)
    hits: list[tuple[int, int]] = []
    at = folded.find(folded_query)
    while at != -1:
        end = at + len(folded_query)
        # a hit must start and end where a character's folded form starts and ends
        if _starts_char(origin, at) and _starts_char(origin, end):
            hits.append((origin[at], origin[end]))
            at = folded.find(folded_query, end)
        else:
            at = folded.find(folded_query, at + 1)
    return hits


def _starts_char(origin: tuple[int, ...], at: int) -> bool:
    return at == 0 or origin[at] != origin[at - 1]


@lru_cache(maxsize=4)
def _folded_text(text: str) -> tuple[str, tuple[int, ...]]:
    # the reader searches its one text on every keystroke: fold it once
    return _fold_for_find(text)


def _fold_for_find(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded for finding, and for each folded character the index in ``text`` of the
    character it comes from, plus ``len(text)`` at the end. Characters that fold to nothing (the
    rest of a white-space run, a diaeresis on е) belong to the character before them, so a hit
    that ends there takes them in."""
    parts: list[str] = []
    origin: list[int] = []
    last = ""
    for index, char in enumerate(text):
        if char.isspace():
            folded = "" if last == " " else " "
        elif char == "\u0308" and last == "е":
            folded = ""  # е + combining diaeresis is ё, which finds as е
        else:
            folded = char.casefold().replace("ё", "е")
        if folded:
            parts.append(folded)
            origin.extend([index] * len(folded))
            last = folded[-1]
    origin.append(len(text))
    return "".join(parts), tuple(origin)


_OPENING_QUOTES = "«“„\"'‘‚‹「『"
_CLOSING_QUOTES = "»”“\"'’‘›」』"
# A reporting clause just before a span makes it reported (indirect) speech.
_REPORTED_LEAD_IN = re.compile(
    r"(?:,?\s*(?:что|чтобы|будто|якобы|that|dass|que|che)"
    r"|(?:по (?:его|её|ее|их) словам|по словам [^,.;:]{1,60}|according to [^,.;:]{1,60}"
    r"|как (?:сообщил|заявил|отметил|сказал)[а-яё]* [^,.;:]{1,60}),)"
    r"[^\w«»“”„\"]*$",  # white space, or symbols such as an emoji, before the span
    re.IGNORECASE,
)


def guess_kind(text: str, start: int, end: int) -> ClaimKind:
    """What a span most likely is: a direct quote when quotation marks enclose it, an indirect
    quote after a reporting clause ("отметил, что …", "said that …", "по словам X, …"), else a
    claim. The user can always change it; this only chooses the default."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 3]
    inside = text[start:end]
    opened = _is_mark(before.rstrip()[-1:], _OPENING_QUOTES)
    closed = _is_mark(after.lstrip()[:1], _CLOSING_QUOTES)
    if (opened and closed) or (
        _is_mark(inside[:1], _OPENING_QUOTES) and _is_mark(inside[-1:], _CLOSING_QUOTES)
    ):
        return ClaimKind.DIRECT
    if _REPORTED_LEAD_IN.search(before):
        return ClaimKind.INDIRECT
    if opened or closed:
        return ClaimKind.DIRECT
    return ClaimKind.CLAIM


def _is_mark(char: str, marks: str) -> bool:
    """True when ``char`` is one of ``marks`` ("", no character at the text's start or end, is
    none of them: ``"" in marks`` would say it is)."""
    return len(char) == 1 and char in marks
