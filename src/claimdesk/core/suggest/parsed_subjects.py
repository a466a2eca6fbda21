"""The speaker as the syntax tells it: the subject of a speech verb in a dependency parse
(:mod:`claimdesk.core.suggest.russian_nlp`), whatever words stand between them, as a mention
("Люди, хорошо помнившие войну, в один голос утверждают" → "Люди"; "Вручая её, они мне
сказали" → "они", not "её"; "говорит одна из участниц" → "одна из участниц")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.russian_nlp import Word
from claimdesk.core.suggest.tokens import Token, tokenize

PERSONAL_PRONOUNS: dict[str, str | None] = {
    "я": None,
    "ты": None,
    "мы": "plur",
    "вы": "plur",
    "он": "masc",
    "она": "femn",
    "они": "plur",
}
"""Personal pronouns in the nominative, the only case a subject takes, with their gender or
number."""
FIRST_AND_SECOND = frozenset({"я", "ты", "мы", "вы", "i", "we", "you"})
"""Pronouns that never refer to someone the article names before them (the writer, the one
interviewed, the reader)."""

_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_SAME_SUBJECT = frozenset({"conj", "xcomp"})
"""A verb in these relations shares its head's subject ("заявил и добавил", "продолжает
настаивать")."""
_NOT_IN_PHRASE = frozenset(
    {"acl", "acl:relcl", "advcl", "punct", "parataxis", "conj", "cc", "ccomp", "csubj", "obl"}
)
"""Dependents that are clauses or punctuation: not part of the speaker's noun phrase
("Люди, помнившие войну": "Люди")."""
_NUMERALS = frozenset({"один", "одна", "двое", "трое", "некоторые", "многие", "кто-то"})
"""Words that head a description with "из" ("одна из участниц", "многие из жителей")."""


def verb_word(words: Sequence[Word], position: int) -> int | None:
    """The index of the word at ``position``, if the parse has one there."""
    for index, word in enumerate(words):
        if word.start <= position < word.end:
            return index
    return None


def subject_of(
    lang: Language, text: str, words: Sequence[Word], verb: int
) -> tuple[Mention, int, int] | None:
    """The speaker mention of the speech verb ``words[verb]`` (its subject, the subject of the
    verb it is joined to, or the noun a participle describes: "Петрова, говорившего …"), with
    the offsets of the whole subject phrase (appositions included)."""
    seen: set[int] = set()
    while verb not in seen:
        seen.add(verb)
        subjects = [i for i, w in enumerate(words) if w.head == verb and w.rel in _SUBJECT]
        if subjects:
            return _mention(lang, text, words, subjects[0])
        word = words[verb]
        if word.head < 0:
            return None
        if word.rel == "acl" and fold(word.text).endswith(("вший", "вшего", "вшая", "вшие")):
            return _mention(lang, text, words, word.head)
        gerund = word.rel == "advcl" and fold(word.text).endswith(("в", "вши", "вшись"))
        if word.rel not in _SAME_SUBJECT and not gerund:
            return None
        verb = word.head  # a gerund's subject is its clause's ("он, заявив, что …, ушёл")
    return None


def _inside(words: Sequence[Word], head: int) -> set[int]:
    """The words of the phrase ``words[head]`` heads, its clauses left out."""
    inside = {head}
    changed = True
    while changed:
        changed = False
        for index, word in enumerate(words):
            if index not in inside and word.head in inside and word.rel not in _NOT_IN_PHRASE:
                inside.add(index)
                changed = True
    return inside


def _run(words: Sequence[Word], inside: set[int], head: int) -> tuple[int, int]:
    """The offsets of the unbroken run of ``inside`` words around ``head`` (a comma ends it:
    "Люди, помнившие войну": "Люди")."""
    first = last = head
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    return words[first].start, words[last].end


def _mention(
    lang: Language, text: str, words: Sequence[Word], head: int
) -> tuple[Mention, int, int] | None:
    word = words[head]
    folded = fold(word.text)
    if folded in PERSONAL_PRONOUNS:
        pronoun = Mention(
            word.start, word.end, word.text, "pronoun", folded, PERSONAL_PRONOUNS[folded]
        )
        return pronoun, word.start, word.end
    inside = _inside(words, head)
    whole = words[min(inside)].start, words[max(inside)].end
    # "Главный тренер клуба Иван Петров", "Автор гола, полузащитник Иван Петров,": the person
    # the title is given to, not the title
    for index, other in enumerate(words):
        if other.head == head and other.rel == "appos":
            start, end = _run(words, _inside(words, index), index)
            named = mention_in(lang, text, tokenize(text, start, end), last=False)
            if named is not None and named.reference == "name":
                return named, *whole
    start, end = _run(words, inside, head)
    named = mention_in(lang, text, tokenize(text, start, end), last=False)
    if named is not None and named.reference in ("name", "title", "organisation"):
        return named, *whole
    if not _animate_noun(word.text) and not (
        folded in _NUMERALS and any(w.head == head and w.rel == "nmod" for w in words)
    ):
        return None  # "Это говорит о том, что …", "Опрос показывает": not someone speaking
    written = text[start:end]
    return Mention(start, end, written, "description", written, None), *whole


@lru_cache(maxsize=5000)
def _animate_noun(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` first as an animate noun ("эксперты", "женщина")."""
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        try:
            parses = list(morph_analyzer().parse(word))
        except (ValueError, KeyError):
            return False
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "anim"


def described_in_genitive(text: str, tokens: Sequence[Token]) -> Mention | None:
    """ "по мнению некоторых местных фермеров" → "некоторые местные фермеры": a group or someone
    described, not named, after a source phrase that governs the genitive: the first words of
    ``tokens`` up to an animate noun, put in the nominative."""
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    readings: list[Any] = []
    with morph_lock:
        for token in tokens[:4]:
            if token.capitalised:
                return None
            try:
                parses = list(morph_analyzer().parse(token.text))
            except (ValueError, KeyError):
                return None
            reading = next((p for p in parses if p.tag.case == "gent"), None)
            if reading is None or reading.tag.POS not in ("NOUN", "ADJF", "PRTF"):
                return None
            readings.append(reading)
            if reading.tag.POS == "NOUN":
                break
        else:
            return None  # no noun in the first words
        noun = readings[-1]
        if noun.tag.animacy != "anim":
            return None  # "по мнению редакции" is an organisation's, "по данным опроса" none
        number = str(noun.tag.number or "sing")
        agreement = {"nomn", number}
        if number == "sing" and noun.tag.gender:
            agreement.add(str(noun.tag.gender))
        words = [_inflected(p, agreement) for p in readings[:-1]]
        words.append(_inflected(noun, {"nomn", number}))
    start, end = tokens[0].start, tokens[len(readings) - 1].end
    return Mention(start, end, text[start:end], "description", " ".join(words), None)


def _inflected(parse: Any, wanted: set[str]) -> str:
    inflected = parse.inflect(wanted)
    return str(inflected.word if inflected is not None else parse.word)
