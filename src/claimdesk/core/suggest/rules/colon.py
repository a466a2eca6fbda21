"""Speech after a colon without quotation marks: "Иванов признал: у правительства нет денег",
"The minister added: the talks will go on". The rest of the sentence is what was said."""

from __future__ import annotations

import re

from claimdesk.core.suggest.context import DIRECT, Context, Found
from claimdesk.core.suggest.mentions import mention_in
from claimdesk.core.suggest.tokens import OPENINGS, WORD, tokenize, trim

_MOST_BETWEEN = 4
"""Words allowed between the speech verb and the colon ("предупреждала наших деятелей:")."""
_COLON = re.compile(r":[ \t\u00a0]+")


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    for colon in _COLON.finditer(text):
        start = colon.end()
        if start >= len(text) or text[start] in OPENINGS or ctx.in_quotation(colon.start()):
            continue  # a quotation after the colon is the direct rule's
        sentence_start, sentence_end = ctx.sentence(colon.start())
        verbs = list(ctx.lang.verb_re.finditer(text, sentence_start, colon.start()))
        if not verbs:
            continue
        verb = verbs[-1]
        if len(tokenize(text, verb.end(), colon.start())) > _MOST_BETWEEN:
            continue
        s, e = trim(text, start, sentence_end)
        if len(WORD.findall(text[s:e])) < 3:
            continue
        before = tokenize(text, sentence_start, verb.start())
        if before and before[-1].text.endswith(("’s", "'s")):
            continue  # "The union's claims:": a noun
        mention = ctx.subject_before(sentence_start, verb.start())
        if mention is None:
            after = tokenize(text, verb.end(), colon.start())
            mention = mention_in(ctx.lang, text, after, last=False) if after else None
        if mention is None:
            continue
        found.append(Found(s, e, DIRECT, 0.85, mention, ctx.gender(verb.group()), rule="colon"))
    return found
