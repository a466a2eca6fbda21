"""Reported speech with a complementizer: "X отметил, что …", "X said that …" (a few words may
stand between the verb and "что"/"that")."""

from __future__ import annotations

import re

from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.mentions import mention_in
from claimdesk.core.suggest.tokens import tokenize, trim


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    lang = ctx.lang
    if not lang.complementizers:
        return found
    comp = "|".join(map(re.escape, lang.complementizers))
    pattern = re.compile(
        rf"(?P<gap>(?:[\s,]+[^\s.;:!?«»\"“”—]+){{0,6}}?)\s*,?\s+(?:{comp})\s+",
        re.IGNORECASE,
    )
    for verb in lang.verb_re.finditer(ctx.text):
        if ctx.in_quotation(verb.start()):
            continue
        m = pattern.match(ctx.text, verb.end())
        if m is None:
            continue
        sentence_start, sentence_end = ctx.sentence(verb.start())
        if m.end() >= sentence_end:
            continue
        mention = ctx.subject_before(sentence_start, verb.start())
        if mention is None:
            mention = mention_in(
                lang, ctx.text, tokenize(ctx.text, verb.end(), m.end()), last=False
            )
        if mention is None:
            continue
        s, e = trim(ctx.text, m.end(), ctx.content_end(m.end(), sentence_end))
        if e - s < 8:
            continue
        found.append(Found(s, e, INDIRECT, 0.9, mention, ctx.gender(verb.group()), rule="that"))
    return found
