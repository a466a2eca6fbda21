"""Speech after a colon without quotation marks: "Иванов признал: у правительства нет денег",
"The minister added: the talks will go on". The rest of the sentence is what was said. A colon
that ends its line ("Jane Doe said:") introduces the paragraph after it; a quotation that goes
on over several paragraphs, each opening with a quotation mark and only the last one closed,
is what was said whole."""

from __future__ import annotations

import re

from claimdesk.core.suggest.context import DIRECT, Context, Found
from claimdesk.core.suggest.mentions import mention_in
from claimdesk.core.suggest.tokens import OPENINGS, WORD, tokenize, trim

_MOST_BETWEEN = 4
"""Words allowed between the speech verb and the colon ("предупреждала наших деятелей:")."""
_COLON = re.compile(r":[ \t\u00a0]+")
_LINE_COLON = re.compile(r":[ \t\u00a0]*\n+[ \t\u00a0]*")
_MOST_PARAGRAPHS = 6
"""Paragraphs of one quotation that the line-ending colon introduces."""


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    for colon in _COLON.finditer(text):
        start = colon.end()
        if start >= len(text) or text[start] in OPENINGS or ctx.in_quotation(colon.start()):
            continue  # a quotation after the colon is the direct rule's
        sentence_start, sentence_end = ctx.sentence(colon.start())
        item = _after_colon(ctx, colon.start(), start, sentence_end, sentence_start)
        if item is not None:
            found.append(item)
    for colon in _LINE_COLON.finditer(text):
        if ctx.in_quotation(colon.start()):
            continue
        paragraph = _paragraph_after(ctx, colon.end())
        if paragraph is None:
            continue
        sentence_start, _ = ctx.sentence(colon.start())
        item = _after_colon(ctx, colon.start(), *paragraph, sentence_start)
        if item is not None:
            found.append(item)
    return found


def _paragraph_after(ctx: Context, start: int) -> tuple[int, int] | None:
    """The paragraph at ``start`` after a line-ending colon, as (start, end); one that opens
    with a quotation mark only when that quotation is not closed in it: a quotation of several
    paragraphs, each opening with a mark, the last one closing it (a quotation closed in its
    paragraph is the direct rule's)."""
    text = ctx.text
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= end:
        return None
    if text[start] not in OPENINGS:
        return start, end
    if ctx.in_quotation(start + 1):
        return None
    for _ in range(_MOST_PARAGRAPHS):
        if text[start:end].rstrip().endswith(("”", '"', "»")):
            return start, end
        following = end
        while following < len(text) and text[following].isspace():
            following += 1
        if following >= len(text) or text[following] not in OPENINGS:
            return start, end
        end = text.find("\n", following)
        end = len(text) if end < 0 else end
    return start, end


def _after_colon(
    ctx: Context, colon: int, start: int, sentence_end: int, sentence_start: int
) -> Found | None:
    """What was said after the colon at ``colon``, from ``start`` to ``sentence_end``, when a
    speech verb with its speaker comes right before the colon in its sentence."""
    text = ctx.text
    verbs = list(ctx.lang.verb_re.finditer(text, sentence_start, colon))
    if not verbs:
        return None
    verb = verbs[-1]
    if len(tokenize(text, verb.end(), colon)) > _MOST_BETWEEN:
        return None
    s, e = trim(text, start, sentence_end)
    if len(WORD.findall(text[s:e])) < 3:
        return None
    before = tokenize(text, sentence_start, verb.start())
    if before and before[-1].text.endswith(("’s", "'s")):
        return None  # "The union's claims:": a noun
    mention = ctx.subject_before(sentence_start, verb.start())
    if mention is None:
        after = tokenize(text, verb.end(), colon)
        mention = mention_in(ctx.lang, text, after, last=False) if after else None
    if mention is None:
        return None
    return Found(s, e, DIRECT, 0.85, mention, ctx.gender(verb.group()), rule="colon")
