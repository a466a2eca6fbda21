"""Reported speech without a complementizer: "X said the city would …" (the rest of the
sentence), when the next word is one that starts such a clause."""

from __future__ import annotations

import re

from claimdesk.core.matching import fold
from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.tokens import WORD, tokenize, trim

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_AFTER_COMMA = re.compile(r",(?:\s+[^\W\d_A-ZА-ЯЁ]+){0,2}\s*$")
"""An apposition closed by a comma, perhaps with "has" or "also" before the verb."""


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    lang = ctx.lang
    if not lang.bare_starts:
        return found
    for verb in lang.verb_re.finditer(ctx.text):
        if ctx.in_quotation(verb.start()):
            continue
        m = _NEXT_WORD.match(ctx.text, verb.end())
        if m is None:
            continue
        first = m.group(1)
        promise = fold(first) == "to" and fold(verb.group()) in lang.infinitive_verbs
        participle = verb.group().endswith("ing")  # "adding up to": seldom speech without "that"
        if (
            not promise
            and fold(first) not in lang.bare_starts
            and (participle or not first.islower() or fold(first) in lang.bare_not_starts)
        ):
            continue
        if fold(verb.group()) in lang.object_verbs:
            continue
        sentence_start, sentence_end = ctx.sentence(verb.start())
        tokens = tokenize(ctx.text, sentence_start, verb.start())
        if not tokens:
            continue
        mention = ctx.subject_before(sentence_start, verb.start())
        between = ctx.text[mention.end : verb.start()] if mention else ""
        # the subject right before the verb, perhaps with an apposition or one adverb
        if mention is None or not (_AFTER_COMMA.search(between) or len(WORD.findall(between)) <= 1):
            continue
        s, e = trim(ctx.text, m.start(1), ctx.content_end(m.start(1), sentence_end))
        found.append(Found(s, e, INDIRECT, 0.78, mention, ctx.gender(verb.group()), rule="bare"))
    return found
