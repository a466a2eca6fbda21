"""Reported speech with a complementizer: "X отметил, что …", "X said that …" (a few words may
stand between the verb and "что"/"that"; a comma may follow "that" before an aside: "said that,
in her view, …")."""

from __future__ import annotations

import re

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.mentions import mention_in
from claimdesk.core.suggest.rules.bare import joined_subject, participle_subject
from claimdesk.core.suggest.tokens import tokenize, trim


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    lang = ctx.lang
    if not lang.complementizers:
        return found
    comp = "|".join(map(re.escape, lang.complementizers))
    pattern = re.compile(
        rf"(?P<gap>(?:[\s,]+[^\s.;:!?«»\"“”—]+){{0,6}}?)\s*,?\s+(?:{comp}),?\s+",
        re.IGNORECASE,
    )
    for verb in lang.verb_re.finditer(ctx.text):
        if ctx.in_quotation(verb.start()):
            continue
        if ctx.passive(verb):
            continue  # "she was told the plan …": the subject was spoken to, not the speaker
        m = pattern.match(ctx.text, verb.end())
        if m is None:
            continue
        sentence_start, sentence_end = ctx.sentence(verb.start())
        if m.end() >= sentence_end:
            continue
        if m.group("gap").strip() and _relative_that(ctx, m.end(), verb.group()):
            continue  # "threatened to veto the bill that allows …": no reported clause
        if _that_time(ctx, m.end()):
            continue  # "announced that same day", "reported that night": "that" is no conjunction
        mention = None
        if verb.group().casefold().endswith("ing"):
            # "Democrats see Doe as …, arguing that …": the main clause's subject speaks
            mention = participle_subject(ctx, sentence_start, verb.start())
        if mention is None:
            mention = ctx.subject_before(sentence_start, verb.start())
        if mention is None:
            # "Doe did not attack the plan but argued that …": the subject of the verb phrase
            # that "and"/"but" joins the speech verb to
            mention = joined_subject(ctx, sentence_start, verb.start())
        if mention is None:
            mention = mention_in(
                lang, ctx.text, tokenize(ctx.text, verb.end(), m.end()), last=False
            )
        if mention is None:
            continue
        e = ctx.content_end(m.end(), sentence_end)
        e = ctx.subordinate_end(sentence_start, verb.start(), m.end(), e)
        if lang.gerund_endings and verb.group().casefold().endswith(lang.gerund_endings):
            # "он, сказав, что …, ушёл": the sentence goes on after the reported clause
            e = ctx.reported_clause_end(verb.start(), e)
        s, e = trim(ctx.text, m.end(), e, keep_quoted=True)
        if e - s < 8:
            continue
        found.append(Found(s, e, INDIRECT, 0.9, mention, ctx.gender(verb.group()), rule="that"))
    return found


def _relative_that(ctx: Context, content_start: int, verb: str) -> bool:
    """Whether the "that" before ``content_start``, some words after the verb, is a relative
    pronoun or a subject ("the bill that allows", "how that would play"): a verb follows it
    (English). After a verb that takes the person spoken to, the words before "that" are that
    person ("told investors that concerns …"), so a word in -s or -ed after it is a noun or
    adjective that opens the clause, not a verb."""
    if ctx.lang.morph.inflected:
        return False
    after = tokenize(ctx.text, content_start, min(len(ctx.text), content_start + 40))[:1]
    if not after or not after[0].text.islower():
        return False
    word = after[0].folded
    if word in ctx.lang.finite_verbs:
        return True
    return (
        fold(verb) not in ctx.lang.addressee_verbs
        and word not in ctx.lang.bare_starts
        and word.endswith(("s", "ed"))
    )


_TIMES = frozenset(
    "same day days night week weekend morning afternoon evening year month time summer winter "
    "spring autumn fall".split()
)


def _that_time(ctx: Context, content_start: int) -> bool:
    """Whether the "that" before ``content_start`` points at a time ("that night", "that same
    day"): a demonstrative, not the start of a reported clause (English)."""
    if ctx.lang.morph.inflected:
        return False
    after = tokenize(ctx.text, content_start, min(len(ctx.text), content_start + 20))[:1]
    return bool(after) and after[0].text in _TIMES
