"""An attribution set inside the sentence it attributes, between commas: "Protest, Ms. Roe
said, is patriotic", "Тарифы, сообщил министр, вырастут в мае". The two parts around it are
the content (each a suggestion of its own, as a quotation split by its attribution is)."""

from __future__ import annotations

from itertools import pairwise

from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.tokens import Token, first_tokens, tokenize, trim

_MOST_WORDS = 7
"""The attribution between the commas: a speaker and a verb in a few words."""
_LEAST_OPENING = 5


_APPOSITION_STARTS = frozenset({"a", "an", "the", "who", "whose"})


def _an_apposition(ctx: Context, after: list[Token]) -> bool:
    """ "…, said Jane Doe, a former adviser": after an inverted attribution, words that describe
    the speaker, not what was said (English)."""
    return not ctx.lang.morph.inflected and after[0].text in _APPOSITION_STARTS


def _clause_after_speaker(ctx: Context, inside: list[Token], speaker_end: int) -> bool:
    """Whether words after the speaker of an inverted attribution go on as a clause of their
    own (a lowercase word that is neither a preposition nor an adverb of time: "says she
    identifies as …", "telling Doe that whatever …"), rather than say when or where ("said
    Doe on Monday")."""
    lang = ctx.lang
    return any(
        t.text.islower() and t.folded not in lang.bare_not_starts
        for t in inside
        if t.start >= speaker_end
    )


def _asked(ctx: Context, opening: list[Token]) -> bool:
    """Whether the sentence opens with a question put to the speaker ("When asked whom she
    backed, …", "If pressed on it, …"): a circumstance, not what was said."""
    return (
        len(opening) > 1
        and opening[0].folded in ctx.lang.subordinators
        and ctx.lang.verb_re.fullmatch(opening[1].text) is not None
    )


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    bounds = [*ctx.sentences, len(text)]
    for sentence_start, sentence_end in pairwise(bounds):
        quoted = ctx.overlaps_quotation(sentence_start, sentence_end)
        if quoted and ctx.lang.morph.inflected:
            continue
        commas = [i for i in range(sentence_start, sentence_end) if text[i] == ","]
        for first, second in pairwise(commas):
            if quoted and (
                ctx.overlaps_quotation(first - 2, second + 3) or ctx.in_quotation(first)
            ):
                continue  # '"…," she said, "…"': the quotation is the direct rule's
            # the sentence as far as the rules look from these commas (bounded in a long one)
            reach_start, _ = ctx.sentence(first)
            _, reach_end = ctx.sentence(second)
            inside = tokenize(text, first + 1, second)
            if not inside or len(inside) > _MOST_WORDS:
                continue
            verb = ctx.verb_in(first + 1, second)
            if verb is None:
                continue
            inverted = inside[0].start == verb.start()  # ", утверждает экономист Иван Петров,"
            if not inverted and tokenize(text, verb.end(), second)[2:]:
                continue  # the verb ends the clause ("Roe said"), or one word or two follow
            before = first_tokens(text, reach_start, first, _LEAST_OPENING)
            after = first_tokens(text, second + 1, reach_end, 2)
            if not before or len(after) < 2 or after[0].folded in ctx.lang.complementizers:
                continue
            if inside[-1].folded in ctx.lang.complementizers:
                continue  # "Doe asserted that, abortion aside, …": the clause goes on after
            attribution = ctx.attribution_after(first + 1)
            if attribution is None:
                continue
            mention, gender = attribution
            if inverted and _clause_after_speaker(ctx, inside, mention.end):
                continue  # ", says she identifies as …": a reported clause, not the speaker
            # a short opening ("In 1990, she said, …") is a circumstance rather than content
            pieces = []
            if not (inverted and _an_apposition(ctx, after)):
                pieces.append((second + 1, reach_end))
            if len(before) >= _LEAST_OPENING and not _asked(ctx, before):
                pieces.insert(0, (reach_start, first))
            for piece in pieces:
                s, e = trim(text, *piece)
                if quoted and ctx.quoted_chars(s, e) * 2 > e - s:
                    continue  # mostly a quotation: the direct rule's
                if e - s >= 8:
                    found.append(
                        Found(s, e, INDIRECT, 0.85, mention, gender or None, rule="parenthetical")
                    )
            break
    return found
