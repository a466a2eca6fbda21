"""Text normalisation and the similarity scores of claims and speaker names (rapidfuzz).

``fold`` (from :mod:`claimdesk.core.domain.folding`) is the one normalisation every case-insensitive
lookup uses.

Claims are compared on word stems (Snowball, per script) so that inflection, word order, case and
punctuation do not matter, with penalties where numbers or negation differ: "рост составил 5%" and
"рост составил 15%" share every word but say different things. A text that leaves numbers out
("рост составил 5%" quoted from "рост составил 5% в 2023 году") is not penalised: only numbers
that contradict each other are.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz

from claimdesk.core.domain.folding import fold

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

SUGGEST_THRESHOLD = 70.0
"""From this score on, a stored claim is shown as "possibly the same claim"."""
CERTAIN_THRESHOLD = 88.0
"""From this score on, a claim of at least ``MIN_CERTAIN_WORDS`` words is "almost certainly the
same" and shown first."""
MIN_CERTAIN_WORDS = 4

NEGATIONS = frozenset(
    "не нет ни никогда ничего нельзя not no never none nobody nothing cannot can't won't don't "
    "doesn't didn't isn't aren't wasn't weren't nicht kein keine nie jamais pas ne nunca".split()
)


def words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation and quotation marks dropped."""
    return _WORD.findall(fold(text))


STEMMERS = {
    "russian": snowballstemmer.stemmer("russian"),
    "english": snowballstemmer.stemmer("english"),
}
_stem_lock = threading.Lock()


def _script_of(word: str) -> str:
    for char in word:
        if "а" <= char <= "я" or char in "ёіїєґў":
            return "russian"
        if "a" <= char <= "z":
            return "english"
    return ""


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a folded word (Russian for Cyrillic, English for Latin)."""
    language = _script_of(word)
    if not language:
        return word
    with _stem_lock:  # the Snowball stemmer objects keep state between calls
        return str(STEMMERS[language].stemWord(word))


def claim_key(text: str) -> str:
    """The normalised form claims are compared on: folded, stemmed words in order."""
    return " ".join(stem(w) for w in words(text))


def numbers_in(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", ".") for n in _NUMBER.findall(text))


def numbers_conflict(numbers_a: frozenset[str], numbers_b: frozenset[str]) -> bool:
    """Whether two claims' numbers contradict: neither set holds all of the other's. A shortened
    quote that drops the year, or a claim without numbers, contradicts nothing."""
    return not (numbers_a <= numbers_b or numbers_b <= numbers_a)


def negation_count(word_list: Sequence[str]) -> int:
    """How many negation words a claim has: taking one of two away ("мы не допустим срыва,
    чтобы не допустить …" → "мы допустим срыва, чтобы не допустить …") reverses it too."""
    return sum(1 for w in word_list if w in NEGATIONS)


def claim_similarity(a: str, b: str) -> float:
    """How alike two claims are, 0–100: 100 for the same claim in other words, order or case."""
    return similarity_of_keys(
        claim_key(a), claim_key(b), numbers_in(a), numbers_in(b), words(a), words(b)
    )


def similarity_of_keys(
    key_a: str,
    key_b: str,
    numbers_a: frozenset[str],
    numbers_b: frozenset[str],
    words_a: Sequence[str],
    words_b: Sequence[str],
) -> float:
    if not key_a or not key_b:
        return 0.0
    set_score = fuzz.token_set_ratio(key_a, key_b)
    sort_score = fuzz.token_sort_ratio(key_a, key_b)
    # token_set_ratio is 100 whenever one text's words are a subset of the other's: a shortened
    # quote. Temper that by how much of the longer text the shorter covers.
    shorter, longer = sorted((len(key_a), len(key_b)))
    coverage = shorter / longer
    score = max(sort_score, set_score * (0.85 + 0.15 * coverage))
    if numbers_conflict(numbers_a, numbers_b):
        score = min(score * 0.85, CERTAIN_THRESHOLD - 8)
    if negation_count(words_a) != negation_count(words_b):
        score = min(score * 0.85, CERTAIN_THRESHOLD - 8)
    return float(round(score, 2))


def is_certain(score: float, text: str) -> bool:
    """Whether a match of ``score`` for ``text`` counts as "almost certainly the same claim"."""
    return score >= CERTAIN_THRESHOLD and len(words(text)) >= MIN_CERTAIN_WORDS


# -- speakers ---------------------------------------------------------------------------------

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    }
)  # fmt: skip
# Spelling variants that transliterations of the same name disagree on.
_LATIN_VARIANTS = (
    ("j", "dzh"), ("dj", "dzh"), ("ey", "ei"), ("ay", "ai"), ("iy", "i"), ("yy", "y"),
    ("x", "ks"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"),
)  # fmt: skip


def name_key(name: str) -> str:
    """A script-neutral form of a name: folded, transliterated to Latin, variants unified."""
    latin = " ".join(words(name)).translate(_TRANSLIT)
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(c for c in latin if not unicodedata.combining(c))
    for variant, canonical in _LATIN_VARIANTS:
        latin = latin.replace(variant, canonical)
    return latin


def name_score(query: str, query_tokens: list[str], candidate: str) -> float:
    score = max(fuzz.token_sort_ratio(query, candidate), fuzz.ratio(query, candidate))
    return float(max(score, prefix_rule_score(query_tokens, candidate)))


def prefix_rule_score(query_tokens: list[str], candidate: str) -> float:
    """As-you-type and initials: when every query word is the start of a different name word
    (or, from 4 letters on, that word with a typo), 80-100 by how much of the name is typed;
    else 0."""
    tokens = candidate.split()
    if not query_tokens or len(query_tokens) > len(tokens):
        return 0.0
    remaining = list(tokens)
    for token in query_tokens:
        hit = None
        for name_token in remaining:
            if name_token.startswith(token):
                hit = name_token
                break
        if hit is None and len(token) >= 4:
            for name_token in remaining:
                if fuzz.ratio(token, name_token) >= 80:
                    hit = name_token
                    break
        if hit is None:
            return 0.0
        remaining.remove(hit)
    typed = sum(len(t) for t in query_tokens)
    return 80 + 20 * min(1.0, typed / max(1, len(candidate.replace(" ", ""))))


def name_form_matches(word: str, token: str) -> bool:
    """Whether ``word`` (folded, in running text or typed) is ``token`` of a name (folded), in
    any grammatical case ("лаврову" for "лавров")."""
    if len(token) <= 3:
        return word == token
    root = token[: max(3, len(token) - 2)]
    return word.startswith(root) and len(word) <= len(token) + 3


def named_in_any_case(typed: str, names: Iterable[str]) -> bool:
    """Whether every word of ``typed`` is a word of ``names`` (a speaker's name and aliases)
    in some grammatical case: "Лаврову", "Сергея Лаврова" name "Сергей Лавров"."""
    typed_words = words(typed)
    name_words = [word for name in names for word in words(name)]
    return bool(typed_words) and all(
        any(name_form_matches(word, token) for token in name_words) for word in typed_words
    )


def paragraph_start(text: str, position: int) -> int:
    """Where the paragraph holding ``position`` begins: after the blank line before it, or in
    a text with no blank lines (one paragraph a line), after the line break before it."""
    if "\n\n" in text:
        return text.rfind("\n\n", 0, position) + 1
    return text.rfind("\n", 0, position) + 1


def nearest_mention(
    text: str,
    position: int,
    names: Iterable[tuple[int, str]],
    window: int = 4000,
    *,
    since: int = 0,
) -> int | None:
    """The speaker whose name or alias is mentioned last before ``position`` in ``text``, and
    not before ``since``.

    ``names`` gives (speaker_id, name) pairs. A mention may be inflected ("Байрамова" for
    "Байрамов"); a person's surname alone counts as a mention of the full name.
    """
    start = max(0, since, position - window)
    found_words = [
        (m.start() + start, m.group()) for m in _WORD.finditer(fold(text[start:position]))
    ]
    if not found_words:
        return None
    by_last: dict[str, list[tuple[int, list[str]]]] = {}
    for speaker_id, name in names:
        tokens = words(name)
        if not tokens:
            continue
        patterns = [tokens]
        if len(tokens) in (2, 3) and len(tokens[-1]) > 3:
            patterns.append(tokens[-1:])  # surname alone
        for pattern in patterns:
            by_last.setdefault(pattern[-1][:3], []).append((speaker_id, pattern))
    for index in range(len(found_words) - 1, -1, -1):
        word = found_words[index][1]
        for speaker_id, pattern in by_last.get(word[:3], ()):
            if index + 1 < len(pattern):
                continue
            window_words = [w for _, w in found_words[index + 1 - len(pattern) : index + 1]]
            if all(name_form_matches(w, t) for w, t in zip(window_words, pattern, strict=True)):
                return speaker_id
    return None
