"""Source phrases: "по словам X, …", "according to X, …", "…, according to X.", "как сообщил
X, …" (the speaker's name then stands in the case the phrase governs), and in a language
without cases the subject before the verb: "As the Harbour Gazette reported, …"."""

from __future__ import annotations

import re

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.parsed_subjects import described_in_genitive
from claimdesk.core.suggest.tokens import Token, tokenize, trim


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


_MOST_SOURCE_WORDS = 8


def _whole_source(
    lang: Language, text: str, tokens: list[Token], mention: Mention | None
) -> Mention | None:
    """In a language without cases, "according to" names its source in one noun phrase: a
    person's name, a body or a group as such, else the whole phrase ("lawyers with the Harbor
    Trust", "Doe's campaign tracker", "the newspaper"), not a name inside it."""
    if lang.morph.inflected or not tokens or len(tokens) > _MOST_SOURCE_WORDS:
        return mention
    opening = tokens[1].start if len(tokens) > 1 else tokens[0].start
    if mention is not None and mention.reference != "name" and mention.start <= opening:
        return mention  # "a council report published …": the body or group itself
    if mention is not None and (
        len(tokens) <= 2 or (mention.start == tokens[0].start and mention.end == tokens[-1].end)
    ):
        return mention
    start, end = tokens[0].start, tokens[-1].end
    written = text[start:end]
    head = tokens[-1]
    named = head.capitalised or head.acronym or lang.morph.lemma(head.text) in lang.organisations
    return Mention(start, end, written, "organisation" if named else "description", written, None)


_SUBJECT_OF = {"him": "he", "her": "she", "them": "they"}
"""An object pronoun after "according to", and the pronoun the language lists it as."""


def _pronoun_source(lang: Language, token: Token) -> Mention | None:
    """ "according to him/her": a pronoun mention the engine resolves to the person; None for
    "them" (no one in particular) or a language without these pronouns."""
    subject = _SUBJECT_OF[token.folded]
    gender = lang.pronouns.get(subject)
    if gender is None or gender == "plur":
        return None
    return Mention(token.start, token.end, token.text, "pronoun", subject, gender)


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "one"})
_AS_SUBJECT_FIRST = (
    r"(?<![\w-]){word}\s+(?P<who>[^,.;:!?\n\"“”()]{{1,70}}?)\s+"
    r"(?:\w+ly\s+|has\s+|had\s+|have\s+)?(?P<verb>{verbs})"
    r"(?P<rest>[^,.;:!?\n\"“”]{{0,40}}),\s"
)
"""'As the Gazette reported, …', 'As Doe has noted in the past, …' (the words after the verb,
up to the comma, say when or where)."""


def _as_subject_first(ctx: Context) -> list[Found]:
    """ "As X reported, <what X reported>": the source phrase opens the sentence, its subject
    before the verb (English word order); the rest of the sentence is what was said."""
    found: list[Found] = []
    text = ctx.text
    lang = ctx.lang
    if lang.morph.inflected:
        return found
    for word in lang.as_reported:
        pattern = re.compile(
            _AS_SUBJECT_FIRST.format(word=re.escape(word), verbs=lang.verb_re.pattern), re.I
        )
        for m in pattern.finditer(text):
            sentence_start, sentence_end = ctx.sentence(m.start())
            if text[sentence_start : m.start()].strip(' "“”—–-') or ctx.in_quotation(m.start()):
                continue  # only where the phrase opens its sentence ("as much as he said, …")
            if m.end() >= sentence_end or not text[m.start()].isupper():
                continue
            tokens = tokenize(text, *m.span("who"))
            if any(t.folded == word for t in tokens) or (
                tokens[0].text.islower() and tokens[0].folded not in _DETERMINERS
            ):
                continue  # "As much as he said, …", "as noted above, …": no source named
            mention = _whole_source(lang, text, tokens, mention_in(lang, text, tokens, last=True))
            if mention is None or lang.verb_re.search(text, *m.span("who")):
                continue
            s, e = trim(text, m.end(), ctx.content_end(m.end(), sentence_end), keep_quoted=True)
            if e - s < 8:
                continue
            gender = ctx.gender(m.group("verb"))
            found.append(Found(s, e, INDIRECT, 0.85, mention, gender, rule="according"))
    return found


def find(ctx: Context) -> list[Found]:
    found: list[Found] = _as_subject_first(ctx)
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
            if mention is None and lang.morph.inflected and "verb" not in m.groupdict():
                mention = described_in_genitive(text, tokens)  # "по мнению многих врачей"
            if "verb" not in m.groupdict() and not m.groupdict().get("pron"):
                if len(tokens) == 1 and tokens[0].folded in _SUBJECT_OF:
                    # "according to her": the person "she" would be (resolved as a pronoun);
                    # "according to them" names no one
                    mention = _pronoun_source(lang, tokens[0])
                else:
                    mention = _whole_source(lang, text, tokens, mention)
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
            if after == "," and (
                not text[sentence_start : m.start()].strip(" ,—")
                or _an_opening_phrase(ctx, sentence_start, m.start(), who_end + 1)
            ):
                # ('According to the paper, "… . …"': a quotation goes on past the full stop)
                s, e = trim(
                    text, who_end + 1, ctx.content_end(who_end + 1, sentence_end), keep_quoted=True
                )
            elif text[sentence_start : m.start()].rstrip().endswith(","):
                s, e = trim(text, sentence_start, m.start())
                if after == "," and "verb" not in m.groupdict() and lang.morph.inflected:
                    # "X, по мнению Y, Z": the claim goes on after the source phrase (not in
                    # English, where a comma after the name opens an apposition as often:
                    # "…, according to Jane Doe, a pollster who …")
                    rest_start, rest_end = trim(text, who_end + 1, sentence_end, keep_quoted=True)
                    if rest_end - rest_start >= 8:
                        found.append(
                            Found(
                                rest_start,
                                rest_end,
                                INDIRECT,
                                0.8,
                                mention,
                                gender,
                                rule="according",
                            )
                        )
            else:
                continue
            if e - s < 8:
                continue
            found.append(Found(s, e, INDIRECT, 0.88, mention, gender, rule="according"))
    return found


_MOST_OPENING_WORDS = 4


def _an_opening_phrase(ctx: Context, start: int, end: int, rest: int) -> bool:
    """Whether the words before the source phrase are a short opening phrase with no verb ("In
    addition, according to …, the …"), not a claim: the claim comes after it, at ``rest``, and
    does not open with a verb ("The upshot, according to …, is that …": the subject before)
    (English)."""
    if ctx.lang.morph.inflected:
        return False
    words = tokenize(ctx.text, start, end)
    following = tokenize(ctx.text, rest, min(len(ctx.text), rest + 30))[:1]
    return (
        0 < len(words) <= _MOST_OPENING_WORDS
        and bool(following)
        and following[0].folded not in ctx.lang.finite_verbs
        and ctx.text[start:end].rstrip().endswith(",")
        and not any(w.folded in ctx.lang.finite_verbs or w.folded.endswith("ed") for w in words)
    )
