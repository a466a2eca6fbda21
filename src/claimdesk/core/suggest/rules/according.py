"""Source phrases: "по словам X, …", "according to X, …", "…, according to X.", "как сообщил
X, …" (the speaker's name then stands in the case the phrase governs)."""

from __future__ import annotations

import re

from claimdesk.core.matching import fold
from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.tokens import tokenize, trim


def _patterns(ctx: Context) -> list[re.Pattern[str]]:
    lang = ctx.lang
    verbs_body = lang.verb_re.pattern
    patterns = []
    prons = "|".join(re.escape(p) for p, g in lang.pronouns.items() if g != "plur")
    for marker in lang.according:
        first, _, rest = marker.partition(" ")
        head = re.escape(first)
        if rest and prons:
            head += rf"\s+(?:(?P<pron>{prons})\s+)?" + re.escape(rest).replace(r"\ ", r"\s+")
        patterns.append(re.compile(rf"(?<![\w-]){head}(?:\s+(?P<who>[^,.;:!?\n]{{1,90}}))?", re.I))
    for word in lang.as_reported:
        patterns.append(
            re.compile(
                rf"(?<![\w-]){re.escape(word)}\s+(?P<verb>{verbs_body})\s+(?P<who>[^,.;:!?\n]{{1,90}})",
                re.I,
            )
        )
    return patterns


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    lang = ctx.lang
    for pattern in _patterns(ctx):
        for m in pattern.finditer(text):
            if ctx.in_quotation(m.start()):
                continue
            if m.group("who") is None and not m.groupdict().get("pron"):
                continue
            who_start, who_end = m.span("who") if m.group("who") else m.span()
            tokens = tokenize(text, who_start, who_end)
            mention = mention_in(lang, text, tokens, last=False)
            gender = None
            if "verb" in m.groupdict() and m.group("verb"):
                gender = ctx.gender(m.group("verb"))
                if gender == "plur" and lang.morph.inflected:
                    mention = ctx.organisation(who_start - 1, who_end)
            if m.groupdict().get("pron"):
                pron = m.group("pron")
                gender = lang.pronouns.get(fold(pron))
                mention = Mention(
                    m.start("pron"), m.end("pron"), pron, "pronoun", fold(pron), gender
                )
                who_end = m.end("pron")
                more = re.compile(r"[^,.;:!?\n]*").match(text, who_end)
                who_end = more.end() if more else who_end
            if mention is None:
                continue
            if mention.reference == "name" and "verb" not in m.groupdict():
                mention = Mention(
                    mention.start,
                    mention.end,
                    mention.text,
                    mention.reference,
                    mention.key,
                    mention.gender,
                    lang.according_case,
                )
            sentence_start, sentence_end = ctx.sentence(m.start())
            after = text[who_end : who_end + 1]
            if after == "," and not text[sentence_start : m.start()].strip(" ,—"):
                s, e = trim(text, who_end + 1, sentence_end)
            elif text[sentence_start : m.start()].rstrip().endswith(","):
                s, e = trim(text, sentence_start, m.start())
            else:
                continue
            if e - s < 8:
                continue
            found.append(Found(s, e, INDIRECT, 0.88, mention, gender, rule="according"))
    return found
