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


def _after_closing_mark(ctx: Context, comma: int) -> int | None:
    """Where the closing quotation mark right after the comma at ``comma`` is, when the comma
    ends a quotation ('called it "a disgrace," Doe said'); None otherwise."""
    text = ctx.text
    mark = comma + 1
    if mark < len(text) and text[mark] in CLOSING_MARKS and ctx.in_quotation(comma):
        return None if ctx.in_quotation(mark + 1) else mark
    return None


CLOSING_MARKS = "”\"’'»"


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    bounds = [*ctx.sentences, len(text)]
    for sentence_start, sentence_end in pairwise(bounds):
        sentence = text[sentence_start:sentence_end].rstrip()
        if not sentence:
            continue
        comma = sentence.rfind(",")
        # '… fans of "Prison Break," Mr. Madden said.': the comma inside the closing mark
        after_mark = _after_closing_mark(ctx, sentence_start + comma)
        content_end = sentence_start + comma if after_mark is None else after_mark + 1
        if comma < 10 or _quoted(ctx, sentence_start, content_end):
            continue
        tail_start = content_end if after_mark is not None else content_end + 1
        tail = text[tail_start : sentence_start + len(sentence)].rstrip(CLOSING_PUNCT)
        if len(WORD.findall(tail)) > 8 or not tail.strip() or tail.rstrip().endswith(":"):
            continue  # ("…, and the paper responded:": what it said comes after the colon)
        attribution = ctx.attribution_after(tail_start)
        if attribution is None:
            continue
        tail_end = sentence_start + len(sentence)
        verb = ctx.verb_in(tail_start, tail_end)
        if verb is None:
            continue
        subject_first = bool(tokenize(text, tail_start, verb.start()))
        if subject_first and len(tokenize(text, verb.end(), tail_end)) > 2:
            continue  # "…, X said it would …" is not a clause after the content
        after_verb = tokenize(text, verb.end(), tail_end)[:1]
        if after_verb and after_verb[0].folded in ctx.lang.complementizers:
            continue  # "…, said that the board would appeal": the content follows
        mention_end = attribution[0].end
        if not subject_first and len(tokenize(text, mention_end, tail_end)) > 2:
            continue  # "…, said she had heard …": a reporting clause, not a tail
        mention, gender = attribution
        content_start, _ = ctx.sentence(sentence_start + comma)  # a bounded reach back
        s, e = trim(text, content_start, content_end, keep_quoted=True)
        confidence = 0.88
        if after_mark is not None:
            # the quoted words with their closing mark; less sure than the mixed quotation rule
            # (direct), which reads such a sentence when it holds no other quotation
            e, confidence = after_mark + 1, 0.84
        found.append(Found(s, e, INDIRECT, confidence, mention, gender or None, rule="trailing"))
    return found
