"""Speaker names in their base form: "Марии Захаровой" → "Мария Захарова".

Russian news names people in every grammatical case. pymorphy3 knows the forms, but its single most
likely parse of a word is often wrong for names ("Джейхуна" as a feminine nominative), so the words
of a name are read together: the case and gender on which all of them agree is chosen, and each
word is put in the nominative of that gender. Latin names, initials and words pymorphy3 cannot
parse are left as written.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
morph_lock = threading.Lock()


@lru_cache(maxsize=1)
def morph_analyzer() -> Any:
    import pymorphy3  # noqa: PLC0415  (16 MB of dictionaries: load on first use only)

    return pymorphy3.MorphAnalyzer(lang="ru")


def _parses(word: str) -> list[Any]:
    with morph_lock:
        parses = list(morph_analyzer().parse(word))
    named = [p for p in parses if _NAME_TAGS & p.tag.grammemes]
    return named or [p for p in parses if p.tag.POS == "NOUN"] or parses


def _readings(
    parse_lists: Sequence[list[Any]], gender_hint: str | None = None
) -> list[list[Any | None]]:
    """Ways to read the words of a name together, most likely first: one parse per word, all in
    the same case and (where the word has one) gender. A word no parse of which fits and that
    pymorphy3 does not know as a name (a foreign indeclinable name such as "Мехрибан") is left as
    written (None) at a small cost."""
    scored: list[tuple[float, list[Any | None]]] = []
    for case in _CASES:
        for gender in ("masc", "femn", None):
            chosen: list[Any | None] = []
            score = 0.1 if gender is not None else 0.0  # agreeing on a gender is better
            if gender_hint is not None and gender == gender_hint:
                score += 2.0
            for parses in parse_lists:
                fits = [
                    p
                    for p in parses
                    if p.tag.case == case
                    and (gender is None or p.tag.gender in (gender, None))
                    and p.tag.number != "plur"
                ]
                if not fits:
                    if any(_NAME_TAGS & p.tag.grammemes for p in parses):
                        break  # a known name word must agree with the others
                    chosen.append(None)
                    score -= 0.4
                    continue
                pick = max(fits, key=lambda p: p.score)
                chosen.append(pick)
                score += pick.score + (0.5 if _NAME_TAGS & pick.tag.grammemes else 0.0)
            else:
                if any(p is not None for p in chosen):
                    scored.append((score, chosen))
    scored.sort(key=lambda item: -item[0])
    return [chosen for _, chosen in scored]


def _restore_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _is_name_word(token: str) -> bool:
    return bool(_CYRILLIC.search(token)) and not token.endswith(".") and len(token) > 1


def base_form_candidates(name: str, limit: int = 3, gender: str | None = None) -> list[str]:
    """Possible nominative forms of a Russian name, most likely first.

    A name can be read several ways: "Джейхуна Байрамова" is the genitive of "Джейхун Байрамов"
    and also, grammatically, a woman's name in the nominative. Callers that know more (the
    catalogue's speakers) should pick among these; ``gender`` ("masc" or "femn", e.g. from the
    verb that follows: "отметил", "заявила") ranks readings of that gender first.
    """
    tokens = name.split()
    # each name word, split at hyphens ("Иванова-Смирнова"), is one unit of agreement
    parts = [
        (i, j, part) for i, token in enumerate(tokens) for j, part in enumerate(token.split("-"))
    ]
    units = [(i, j, part.strip(",;:«»\"'")) for i, j, part in parts if _is_name_word(part)]
    if not units:
        return [" ".join(tokens)]
    results: list[str] = []
    for reading in _readings([_parses(word) for _, _, word in units], gender):
        pieces = [token.split("-") for token in tokens]
        for (i, j, word), parse in zip(units, reading, strict=True):
            if parse is None or parse.tag.case == "nomn":
                continue
            with morph_lock:
                inflected = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
            if inflected is not None:
                pieces[i][j] = _restore_case(inflected.word, word)
        candidate = " ".join("-".join(p) for p in pieces)
        if candidate not in results:
            results.append(candidate)
        if len(results) >= limit:
            break
    return results or [" ".join(tokens)]


def base_form(name: str, gender: str | None = None) -> str:
    """The most likely nominative singular of a Russian name (a Latin name as written)."""
    return base_form_candidates(name, limit=1, gender=gender)[0]
