"""Quotations: «…», — заявил X / '"…," she said' / 'X said: "…"', a quotation split by its
attribution («Q1, — сказал X. — Q2»), and a quotation right after an attributed one."""

from __future__ import annotations

import re

from claimdesk.core.suggest.context import DIRECT, INDIRECT, Context, Found
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.tokens import WORD, tokenize, trim


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    previous: Found | None = None
    for start, end in ctx.quotations:
        content = ctx.text[start:end]
        if _a_title(content) or len(WORD.findall(content)) < (1 if _an_utterance(content) else 3):
            # (a word or two in quotation marks is a term, unless it ends a sentence); but
            # '"The bullying," Doe said. "The greed …"': the attributed words are Doe's, and
            # the quotation after them goes on with Doe
            attributed = None if _a_title(content) else ctx.attribution_after(end + 1)
            if attributed is not None:
                mention, gender = attributed
                s, e = trim(ctx.text, start, end)
                previous = Found(s, e, DIRECT, 0.8, mention, gender or None, rule="quote after")
            continue
        pieces = _split_quotation(ctx, start, end)
        if pieces is not None:
            (a, b), (c, d), (mention, gender) = pieces
            for piece in ((a, b), (c, d)):
                s, e = trim(ctx.text, *piece)
                found.append(Found(s, e, DIRECT, 0.93, mention, gender or None, rule="split"))
            previous = found[-1]
            continue
        found_after = ctx.attribution_after(end + 1)
        attribution = found_after or ctx.attribution_before(start - 1)
        if found_after is None and attribution is not None and _inside_a_clause(ctx, start, end):
            previous = None
            continue  # 'said that "a wise judge" can …': the reported clause is the content
        s, e = trim(ctx.text, start, end)
        opening = _mixed_opening(ctx, start) if found_after is not None else None
        if opening is not None and attribution is not None:
            # 'Doe, though, would have to "go more to center," Roe said': the sentence is what
            # Roe said, partly in Roe's words
            mention, gender = attribution
            s, e = trim(ctx.text, opening, end)[0], end + 1  # the closing mark with its words
            previous = Found(s, e, INDIRECT, 0.85, mention, gender or None, rule="mixed")
            found.append(previous)
        elif attribution is not None:
            mention, gender = attribution
            confidence = 0.95 if found_after else 0.93
            rule = "quote after" if found_after else "quote before"
            going_on = None if found_after else _sentence_goes_on(ctx, end)
            if going_on is not None:
                # 'Doe said, "I have not heard that" from the city's police.': the sentence
                # goes on with what was said, partly in Doe's words
                s, e = start - 1, going_on  # (with the opening mark, as the closing one)
                previous = Found(s, e, INDIRECT, 0.85, mention, gender or None, rule="mixed")
            else:
                previous = Found(s, e, DIRECT, confidence, mention, gender or None, rule=rule)
            found.append(previous)
        elif (
            previous is not None
            and _continues(ctx, previous, start)
            and not _own_speech_verb(ctx, end + 1, previous.mention)
        ):
            found.append(
                Found(
                    s,
                    e,
                    DIRECT,
                    0.8,
                    previous.mention,
                    previous.gender,
                    previous.person,
                    rule="continued",
                )
            )
            previous = found[-1]
        else:
            previous = None
    return found


_MOST_GOING_ON = 12
"""Words after a quotation that the sentence it opens may go on with."""


def _sentence_goes_on(ctx: Context, end: int) -> int | None:
    """Where the sentence ends when it goes on after the quotation that ends at ``end``, with
    lowercase words that are neither a conjunction nor a clause of their own after a
    subordinator ('"…" from the city's police.', '"…," repeatedly.') (English); None when the
    quotation ends it or a comma and a new clause follow."""
    if ctx.lang.morph.inflected:
        return None
    _, sentence_end = ctx.sentence(end)
    words = tokenize(ctx.text, end + 1, sentence_end)
    if not words or len(words) > _MOST_GOING_ON or not words[0].text.islower():
        return None
    first = words[0].folded
    if first in ctx.lang.conjunctions or first in ctx.lang.subordinators:
        return None  # '"…" and left', '"…" when asked': the writer's words
    if ctx.overlaps_quotation(words[0].start, sentence_end) or ctx.verb_in(end + 1, sentence_end):
        return None
    return trim(ctx.text, words[0].start, sentence_end)[1]


def _own_speech_verb(ctx: Context, after: int, speaker: Mention) -> bool:
    """Whether the words right after a quotation, up to the end of the line or a full stop,
    hold a speech verb with someone else than ``speaker`` before it: an attribution of its own
    that was not read, so the quotation does not go on with the speaker before it."""
    line_end = ctx.text.find("\n", after)
    stop = min(line_end if line_end >= 0 else len(ctx.text), after + 160)
    clause_end = ctx.text.find(".", after, stop)
    verb = ctx.verb_in(after, clause_end if clause_end >= 0 else stop)
    if verb is None:
        return False
    named = mention_in(ctx.lang, ctx.text, tokenize(ctx.text, after, verb.start()), last=True)
    return not (
        named is not None
        and named.reference == speaker.reference == "name"
        and named.text.split()[-1] == speaker.text.split()[-1]
    )


_LEAST_LEAD_WORDS = 3


def _mixed_opening(ctx: Context, start: int) -> int | None:
    """Where the sentence starts when a quotation attributed after it opens in the middle of
    it, after words of the writer's that carry the same statement ('Doe would have to "go more
    to center,"'); None when the quotation opens the sentence or follows a colon or comma."""
    if ctx.lang.morph.inflected:
        return None
    sentence_start, _ = ctx.sentence(start - 1)
    lead = ctx.text[sentence_start : start - 1]
    if lead.rstrip().endswith((":", ",", "—", "–", "-")) or ctx.overlaps_quotation(
        sentence_start, start - 2
    ):
        return None
    if len(tokenize(ctx.text, sentence_start, start - 1)) < _LEAST_LEAD_WORDS:
        return None
    if ctx.verb_in(sentence_start, start - 1) is not None:
        return None  # 'Doe told reporters "…"': the quotation is the direct rule's
    return sentence_start


def _inside_a_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether the quotation is a part of a reported clause: "that" (no comma or colon) before
    it and the clause going on after it with a lowercase word ('said that "…" can bring')."""
    before = tokenize(ctx.text, max(0, start - 30), start - 1)
    if not before or before[-1].folded not in ctx.lang.complementizers:
        return False
    if ctx.text[before[-1].end : start - 1].strip():
        return False
    after = re.match(r"[\s,]*([^\W\d_]+)", ctx.text[end + 1 : end + 40])
    return after is not None and after.group(1).islower() and after.start(1) <= 2


def _an_utterance(content: str) -> bool:
    """Whether a short quotation is a sentence of its own ("We lost.", "But why?"): it opens
    with a capital and ends with a full stop, question or exclamation mark."""
    stripped = content.strip()
    return stripped[:1].isupper() and stripped.rstrip("\"”’'»")[-1:] in (".", "!", "?", "…")


def _a_title(content: str) -> bool:
    """A quoted name of a work or show ("Songs of the Harbour Town", "Riverton Today"): a few words,
    the longer ones all capitalised, nothing that ends a sentence."""
    words = WORD.findall(content)
    longer = [w for w in words if len(w) > 3]
    return (
        len(words) <= 6
        and bool(longer)
        and all(w[:1].isupper() for w in longer)
        and not any(c in content.rstrip(".,") for c in ".!?")
        and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL_WORDS for w in words[1:])
    )  # ("But Doe won": a lowercase word no title would leave small, a sentence)


_TITLE_SMALL_WORDS = frozenset(
    "a an the and or of in on at to for with by from as but nor"
    " и в на с по для о об от из к у за до".split()
)
"""Words a title leaves in lowercase ("Songs of the Harbour Town", "Война и мир")."""


def _continues(ctx: Context, previous: Found, start: int) -> bool:
    """A quotation right after an attributed one in the same paragraph (or the next one that
    starts with it, blank lines between paragraphs or not) continues it, when it opens a
    sentence (not quoted words inside the writer's: 'He added that something "has to
    change"')."""
    gap = ctx.text[previous.end : start - 1]
    written = gap.rstrip()  # the writer's words between the two (the attribution)
    if written.rstrip(" \t\u00a0")[-1:] not in ("", ".", "!", "?", "…", '"', "”", "»", "\n"):
        return False
    return (
        "\n" not in written.strip("\n")
        and len(written) < 200
        and (written == gap or gap[len(written) :].strip(" \t\u00a0") in ("", "\n", "\n\n"))
    )


_SPLIT = re.compile(r"(?<=[,.!?…])\s+[—–]\s+([^—–«»\"“”]{3,100}?)[.,:]?\s+[—–]\s+")


def _split_quotation(
    ctx: Context, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int], tuple[Mention, str]] | None:
    """«Q1, — сказал X. — Q2»: one quotation, two pieces around the attribution."""
    m = _SPLIT.search(ctx.text, start, end)
    if m is None:
        return None
    attribution = ctx.attribution_after(m.start(1))
    if attribution is None:
        return None
    return (start, m.start()), (m.end(), end), attribution
