"""The role a new speaker gets from the article: "Посол Михаил Бочарников" makes Михаил Бочарников
"посол", "Министр иностранных дел Азербайджана Джейхун Байрамов" a "министр иностранных дел
Азербайджана", "Democratic pollster Stan Greenberg" a "pollster".

Only what the article says right before the name counts, from a word of the language's title list
(``titles`` in suggest_data) in the form the list has it (for Russian the nominative: "посла
Михаила Бочарникова" gives nothing rather than a role in the wrong case), up to the name, within
its clause and at most :data:`MOST_WORDS` words. Modifiers before the title are left out
("российский посол" gives "посол"): a shorter true role beats a longer wrong one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.engine import Suggestion
from claimdesk.core.suggest.language import Language, load_language

MOST_WORDS = 8
"""A role is at most this many words ("министр иностранных дел Азербайджана" is four)."""

_JOINING = {
    "en": frozenset({"of", "the", "and", "for", "on", "to", "at", "in"}),
    "ru": frozenset({"и", "в", "во", "на", "по", "с", "со", "при", "для"}),
}
"""Small words that join a role's parts ("Secretary of State", "посол по особым поручениям");
a role never ends with one."""

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?", re.UNICODE)
_CLAUSE_BREAK = re.compile(r"[.!?;:,«»\"“”„()\[\]\n—–]|\s-\s")
"""What ends the stretch of text a role may come from (a name after a comma is an apposition's,
after a dash or a quotation mark a new clause's)."""


def with_roles(text: str, suggestions: Sequence[Suggestion], language: str) -> list[Suggestion]:
    """``suggestions`` with ``role`` filled for each named speaker the article gives a role, for
    a new speaker made from them: the words before the first place the article writes their
    name in full with a role before it, else a title the speaker is referred to by ("посол",
    "глава МИД АР") when the title is in its listed form."""
    try:
        data = load_language(language)
    except KeyError:
        return list(suggestions)
    roles: dict[str, str] = {}
    named = {s.speaker for s in suggestions if s.speaker and not s.unnamed}
    for speaker in sorted(named):
        if len(speaker.split()) < 2:
            continue  # a surname alone: the words before it may be the first name
        at = text.find(speaker)
        while at != -1 and speaker not in roles:
            role = role_before(text, at, speaker, speaker, data)
            if role:
                roles[speaker] = role
            at = text.find(speaker, at + len(speaker))
    for s in sorted(suggestions, key=lambda s: s.mention_start):
        if s.speaker in named and s.speaker not in roles and s.reference == "title":
            role = _title_role(s.mention, data)
            if role:
                roles[s.speaker] = role
    return [
        dataclasses.replace(s, role=roles[s.speaker]) if s.speaker in roles else s
        for s in suggestions
    ]


def _title_role(mention: str, data: Language) -> str:
    """A title mention as a role, if it starts with a listed title in its listed form."""
    words = [m.group(0) for m in _WORD.finditer(mention)]
    if not words or len(words) > MOST_WORDS or fold(words[0].rstrip(".")) not in data.titles:
        return ""
    return _lower_first(words, data)


def _lower_first(words: list[str], data: Language) -> str:
    """Russian roles start in lower case unless the first word is an acronym ("МИД")."""
    if data.code == "ru" and words[0][:1].isupper() and not words[0].isupper():
        words = [words[0][:1].lower() + words[0][1:], *words[1:]]
    return " ".join(words)


def role_before(text: str, at: int, mention: str, speaker: str, data: Language) -> str:
    """The role written just before the mention of ``speaker`` at ``at``, or ""."""
    if mention != speaker and not speaker.endswith(mention):
        return ""  # an inflected mention ("Бочарникова"): what stands before is inflected too
    start = max(0, at - 200)
    before = text[start:at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    words = [m.group(0) for m in _WORD.finditer(clause)]
    if not words or clause[len(clause.rstrip()) :] == "":
        return ""  # the name does not follow the words after a space
    words = words[-MOST_WORDS:]
    for index, word in enumerate(words):
        if fold(word.rstrip(".")) in data.titles:
            role = words[index:]
            return _lower_first(role, data) if _reads_as_role(role, data) else ""
    return ""


def _reads_as_role(words: list[str], data: Language) -> bool:
    """Whether the words from the title to the name read as one title phrase: not ending with a
    joining word, and in English, where a title phrase is capitalised ("Secretary of State"),
    every word after the title capitalised or joining ("judge Trump was referring to is …" is a
    clause, not a role)."""
    joining = _JOINING.get(data.code, frozenset())
    if fold(words[-1]) in joining:
        return False
    if data.code == "en":
        return all(w[:1].isupper() or fold(w) in joining for w in words[1:])
    return True
