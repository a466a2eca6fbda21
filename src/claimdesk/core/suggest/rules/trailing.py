"""A clause after the content, without quotation marks: "…, отметил глава МИД АР." /
"…, the mayor said."."""

from __future__ import annotations

from itertools import pairwise

from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.tokens import CLOSING_PUNCT, WORD, tokenize, trim


def _quoted(ctx: Context, start: int, end: int) -> bool:
    """Whether quotation marks take up much of ``text[start:end]`` (a quotation is the direct
    rule's; a quoted word or two inside reported speech is not)."""
    return ctx.quoted_chars(start, end) * 3 > end - start or ctx.in_quotation(end)


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    bounds = [*ctx.sentences, len(text)]
    for sentence_start, sentence_end in pairwise(bounds):
        sentence = text[sentence_start:sentence_end].rstrip()
        if not sentence:
            continue
        comma = sentence.rfind(",")
        if comma < 10 or _quoted(ctx, sentence_start, sentence_start + comma):
            continue
        tail_start = sentence_start + comma + 1
        tail = text[tail_start : sentence_start + len(sentence)].rstrip(CLOSING_PUNCT)
        if len(WORD.findall(tail)) > 8 or not tail.strip() or tail.rstrip().endswith(":"):
            continue  # ("…, and the paper responded:": what it said comes after the colon)
        attribution = ctx.attribution_after(tail_start)
        if attribution is None:
            continue
        content_end = sentence_start + len(sentence)
        verb = ctx.verb_in(tail_start, content_end)
        if verb is None:
            continue
        subject_first = bool(tokenize(text, tail_start, verb.start()))
        if subject_first and len(tokenize(text, verb.end(), content_end)) > 2:
            continue  # "…, X said it would …" is not a clause after the content
        after_verb = tokenize(text, verb.end(), content_end)[:1]
        if after_verb and after_verb[0].folded in ctx.lang.complementizers:
            continue  # "…, said that the board would appeal": the content follows
        mention_end = attribution[0].end
        if not subject_first and len(tokenize(text, mention_end, content_end)) > 2:
            continue  # "…, said she had heard …": a reporting clause, not a tail
        mention, gender = attribution
        content_start, _ = ctx.sentence(sentence_start + comma)  # a bounded reach back
        s, e = trim(text, content_start, sentence_start + comma)
        found.append(Found(s, e, INDIRECT, 0.88, mention, gender or None, rule="trailing"))
    return found
