"""Morphology behind one small interface: what a word is (a name, a place, a known word), its
lemma, and names and nouns put in the nominative.

:class:`Morphology` is the simple analyser every language gets (English, German, French: lemma =
the folded word without a possessive "'s"). :class:`RussianMorphology` answers for Cyrillic words
with pymorphy3 (through :mod:`claimdesk.core.matching.names`, which loads it once and guards it with
a lock) and falls back to the simple answers for other scripts. A language's data file names its
analyser (``"morphology": "pymorphy3"``); :func:`morphology_for` returns it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from claimdesk.core.domain.folding import fold

_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


class Morphology:
    """The analyser of a language without a morphological dictionary."""

    inflected = False
    """Whether names and nouns change their form with case (Russian), so they need normalising."""

    def handles(self, word: str) -> bool:
        """Whether this analyser has a dictionary for ``word`` (else the simple answers hold)."""
        return False

    def lemma(self, word: str) -> str:
        folded = fold(word)
        return folded.removesuffix("’s").removesuffix("'s")

    def name_kind(self, word: str) -> str:
        """ "name", "place" or "known" (a dictionary word); only for words it handles."""
        return "name"

    def is_first_name(self, word: str) -> bool:
        return False

    def part_of_speech(self, word: str) -> str:
        return ""

    def nominative(self, word: str, gender: str | None = None) -> str:
        return word

    def gender(self, word: str) -> str | None:
        return None

    def plural_nominative(self, word: str) -> str | None:
        """The nominative plural of ``word`` when it is a plural noun ("экспертов" →
        "эксперты"), else None."""
        return None

    def opens_adverbial(self, word: str) -> bool:
        """Whether a clause starting with ``word`` is an adverbial one (a preposition, a verbal
        adverb: "Выступая на …"), which holds no subject."""
        return False

    def nominative_phrase_word(self, word: str) -> bool:
        """Whether ``word`` may be a noun or adjective in the nominative (part of a subject)."""
        return False

    def gender_of_name(self, name: str) -> str | None:
        return None

    def base_name(self, written: str, gender: str | None, case: str | None = None) -> str:
        """A person's name as written in the text, in its base form."""
        return written.removesuffix("’s").removesuffix("'s")


class RussianMorphology(Morphology):
    """pymorphy3 for Cyrillic words."""

    inflected = True

    def handles(self, word: str) -> bool:
        return _CYRILLIC.search(word) is not None

    def lemma(self, word: str) -> str:
        if self.handles(word):
            return _ru_lemma(word.lower())
        return super().lemma(word)

    def name_kind(self, word: str) -> str:
        return _ru_kind(word)

    def is_first_name(self, word: str) -> bool:
        return _ru_first_name(word)

    def part_of_speech(self, word: str) -> str:
        return _ru_pos(word)

    def nominative(self, word: str, gender: str | None = None) -> str:
        return _ru_nominative(word, gender)

    def gender(self, word: str) -> str | None:
        return _ru_gender(word)

    def plural_nominative(self, word: str) -> str | None:
        return _ru_plural_nominative(word) if self.handles(word) else None

    def opens_adverbial(self, word: str) -> bool:
        return self.handles(word) and _ru_pos(word) in ("GRND", "PREP")

    def nominative_phrase_word(self, word: str) -> bool:
        return self.handles(word) and _ru_nominative_word(word)

    def gender_of_name(self, name: str) -> str | None:
        last = fold(name.rsplit(maxsplit=1)[-1]) if name.split() else ""
        if re.search("(ова|ева|ёва|ина|ына|ская|цкая)$", last):
            return "femn"
        if re.search("(ов|ев|ёв|ин|ын|ский|цкий|ян|дзе|ли|швили)$", last):
            return "masc"
        return None

    def base_name(self, written: str, gender: str | None, case: str | None = None) -> str:
        written = written.removesuffix("’s").removesuffix("'s")
        if not self.handles(written):
            return written
        from claimdesk.core.matching.names import base_form_candidates  # noqa: PLC0415

        hint = gender if gender in ("masc", "femn") else None
        try:
            candidates = base_form_candidates(written, limit=3, gender=hint)
        except (ValueError, KeyError):  # pymorphy3 on a letter Unicode gives no name
            return written
        if case not in (None, "nomn"):
            # not a nominative: the first reading that changes the words
            candidates = [c for c in candidates if c != written] or candidates
        return candidates[0]


_SIMPLE = Morphology()
_RUSSIAN = RussianMorphology()


def morphology_for(name: str | None) -> Morphology:
    """The analyser a language's data file names ("pymorphy3"), else the simple one."""
    return _RUSSIAN if name == "pymorphy3" else _SIMPLE


def _parse(analyzer: Any, word: str) -> list[Any]:
    """pymorphy3's parses of ``word``; none for a word it cannot take (it fails on a letter
    Unicode gives no name, such as an unassigned code point)."""
    try:
        return list(analyzer.parse(word))
    except (ValueError, KeyError):
        return []


@lru_cache(maxsize=20000)
def _ru_kind(word: str) -> str:
    """ "name" when pymorphy3 reads ``word`` as a first name, surname or patronymic (or does not
    know it), "place" for a place, organisation or abbreviation, else "known"."""
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        analyzer = morph_analyzer()
        parses = _parse(analyzer, word)
        known = analyzer.word_is_known(word.lower())
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return "name"
    if any({"Geox", "Orgn", "Abbr", "Trad"} & p.tag.grammemes for p in parses):
        return "place"
    return "known" if known else "name"


@lru_cache(maxsize=20000)
def _ru_first_name(word: str) -> bool:
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    if not word[:1].isupper():
        return False
    with morph_lock:
        parses = _parse(morph_analyzer(), word)
    return any("Name" in p.tag.grammemes for p in parses[:2])


@lru_cache(maxsize=20000)
def _ru_lemma(word: str) -> str:
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        parses = _parse(morph_analyzer(), word)
    return fold(parses[0].normal_form) if parses else fold(word)


@lru_cache(maxsize=20000)
def _ru_pos(word: str) -> str:
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        parses = _parse(morph_analyzer(), word)
    return str(parses[0].tag.POS) if parses else ""


def _ru_nominative(word: str, gender: str | None = None) -> str:
    """The nominative singular of ``word``; an adjective in ``gender`` (its noun's)."""
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        parses = _parse(morph_analyzer(), word)
        if not parses:
            return word
        wanted = {"nomn", "sing"}
        if gender and parses[0].tag.POS in ("ADJF", "PRTF"):
            wanted.add(gender)
        inflected = parses[0].inflect(wanted) or parses[0].inflect({"nomn"})
    return inflected.word if inflected is not None else word


@lru_cache(maxsize=20000)
def _ru_nominative_word(word: str) -> bool:
    """A noun, adjective or participle that pymorphy3 reads as nominative first (its likeliest
    reading), not a pronoun or a name."""
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        parses = _parse(morph_analyzer(), word)
    if not parses:
        return False
    tag = parses[0].tag
    names = {"Name", "Surn", "Patr"} & tag.grammemes
    return tag.POS in ("NOUN", "ADJF", "PRTF") and tag.case == "nomn" and not names


@lru_cache(maxsize=20000)
def _ru_plural_nominative(word: str) -> str | None:
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        parses = _parse(morph_analyzer(), word)
        if not parses or parses[0].tag.POS != "NOUN" or parses[0].tag.number != "plur":
            return None
        inflected = parses[0].inflect({"nomn", "plur"})
    return inflected.word if inflected is not None else None


def _ru_gender(word: str) -> str | None:
    from claimdesk.core.matching.names import morph_analyzer, morph_lock  # noqa: PLC0415

    with morph_lock:
        parses = _parse(morph_analyzer(), word)
    return str(parses[0].tag.gender) if parses and parses[0].tag.gender else None
