"""Who speaks when no one is named in English reporting clauses: someone described ("one
fisherman", "the retired surgeon", "Another"), and whether the words before "and" are names
joined or a clause of their own. Used by :mod:`.context`; words and mentions only."""

from __future__ import annotations

from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention
from claimdesk.core.suggest.tokens import Token

_DESCRIBING = frozenset({"the", "a", "an", "one", "another"})
_DESCRIPTION_ENDS = frozenset({"in", "at", "of", "from", "with", "on", "for", "who", "which"})


_TAKES_A_COMPLEMENT = frozenset({"familiar", "close"})
"""Adjectives whose complement belongs to the description ("familiar with", "close to")."""

_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must does did".split()
)
"""Finite verbs: words a noun phrase describing someone never holds (English)."""


_QUANTITY_NOUNS = frozenset(
    "majority minority number handful group few couple third half quarter dozen".split()
)
"""Nouns that count a group named after "of" ("a majority of voters")."""


def described(text: str, before: list[Token]) -> Mention | None:
    """ "one user", "the release", "another", "the presumptive Republican nominee" right before
    the verb (or right after it: "asked the boy"): an unnamed speaker."""
    if not before or len(before) > 6:
        return None
    if before[0].folded not in _DESCRIBING and not (
        len(before) > 2
        and before[0].text.islower()
        and before[0].folded.endswith(("s", "people"))
        and before[1].folded in _TAKES_A_COMPLEMENT
    ):  # ("people familiar with the plan", "officials close to the mayor")
        return None
    if any(t.folded in _AUXILIARIES for t in before[1:]):
        return None  # "says the harbour is too crowded": a clause, not who says it
    for index, token in enumerate(before[1:], 1):
        if index == 2 and token.folded == "of" and before[1].folded in _QUANTITY_NOUNS:
            continue  # "a majority of her backers", "a handful of Democrats": the whole group
        if token.folded in _DESCRIPTION_ENDS:  # "the boy in the front row": the boy
            if before[index - 1].folded in _TAKES_A_COMPLEMENT:
                continue  # "one official familiar with the talks": the whole description
            before = before[:index]
            break
    if len(before) == 1 and before[0].folded != "another":
        return None
    start, end = before[0].start, before[-1].end
    return Mention(start, end, text[start:end], "description", text[start:end], None)


LEAST_JOINED_CLAUSE = 3
"""Words before "and" that may be a clause of their own (a subject and a verb at least)."""


def names_only(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are all capitalised ("Doe and Roe said": names joined, not
    clauses)."""
    return all(t.capitalised for t in tokens)


_POSSESSIVE_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "each"})


def description_subject(text: str, tokens: list[Token]) -> Mention | None:
    """ "the retired neurosurgeon acknowledged", "his wife had warned": a lowercase noun phrase
    right before the verb is the subject, someone described rather than named."""
    if not 2 <= len(tokens) <= 5 or tokens[0].folded not in _POSSESSIVE_DETERMINERS:
        return None
    if not all(t.text[:1].islower() for t in tokens[1:]) or not tokens[0].text.isalpha():
        return None
    if any(t.folded in ("of", "and", "who", "which", "that", "to") for t in tokens):
        return None
    while len(tokens) > 2 and _adverb(tokens[-1]):
        tokens = tokens[:-1]  # "The letter also argues": the letter, not "The letter also"
    start, end = tokens[0].start, tokens[-1].end
    return Mention(start, end, text[start:end], "description", text[start:end], None)


_ADVERBS_BEFORE_A_VERB = frozenset(
    "also now still later then too again already first earlier often always once just even "
    "further repeatedly".split()
)


def _adverb(token: Token) -> bool:
    """Whether ``token`` is an adverb standing between a subject and its verb ("also",
    "publicly"), not a noun of the subject ("family", "ally")."""
    return token.folded in _ADVERBS_BEFORE_A_VERB or _ly_adverb(token.folded)


def _ly_adverb(folded: str) -> bool:
    """ "publicly", "repeatedly", but not the nouns "family" or "ally"."""
    return folded.endswith("ly") and folded not in _LY_NOUNS


_NOT_NOUNS = frozenset(
    {"never", "always", "still", "often", "too", "first", "both", "all", "alone"}
)
_LY_NOUNS = frozenset({"ally", "family", "rally", "assembly", "supply"})
_MOST_GROUP_NOUNS = 2


def named_group(text: str, lang: Language, tokens: list[Token], mention: Mention) -> Mention | None:
    """ "A Clinton ally suggested", "Doe’s campaign said", "Harbor Trust officials say": a name
    that modifies the lowercase nouns after it right before the verb names no speaker; the
    phrase (from its article) is the speaker, someone described."""
    after = [t for t in tokens if t.start >= mention.end]
    if not 1 <= len(after) <= _MOST_GROUP_NOUNS:
        return None
    for token in after:
        folded = token.folded
        if (
            not token.text.isalpha()
            or not token.text.islower()
            or _ly_adverb(folded)
            or folded.endswith(("self", "selves"))
            or folded in lang.finite_verbs
            or folded in lang.bare_not_starts
            or folded in lang.pronouns
            or folded in lang.conjunctions
            or folded in _NOT_NOUNS
        ):
            return None
    before = [t for t in tokens if t.end <= mention.start]
    start = mention.start
    if before and before[-1].folded in _DESCRIBING and not text[before[-1].end : start].strip():
        start = before[-1].start
    end = after[-1].end
    return Mention(start, end, text[start:end], "description", text[start:end], None)
