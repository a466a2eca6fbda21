"""Suggested attributions: quotes in an article and who said them, for the user to confirm.

Reported speech in news follows a few patterns: a quotation with a speech verb and a speaker
next to it ("«…», — заявил министр", '"…," she said', "X заявил: «…»"), a reporting clause with
"что"/"that" ("X отметил, что …"), a clause after the content ("…, напомнил посол") and "по словам
X, …" / "according to X, …". :func:`suggest_attributions` finds these with regular expressions
built from a per-language data file (``suggest_data/<code>.json``: quotation marks, speech verbs
with their gender, pronouns, titles), so adding a language is adding a file.

Speakers are people named in the article: a name in any case is reduced to its base form
(:func:`claimdesk.core.names.base_form`, with the verb's gender as a hint), a surname alone is the
full name mentioned earlier, and a pronoun or title ("он", "посол", "the mayor") is the most recent
compatible person mentioned before it. A name that matches a catalogue speaker gives that speaker.
Deterministic and offline; nothing is stored here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from claimdesk.core.matching import SpeakerMatcher, fold, name_key

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.records import ClaimInfo

DIRECT = "direct"
INDIRECT = "indirect"
MATCH_SCORE = 88.0
MAX_SENTENCE_CHARS = 1000
"""How far either side of a speech verb the rules look within one sentence."""
"""The least SpeakerMatcher score at which a name is taken as a catalogue speaker."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed attribution. Offsets are code points into the article text."""

    start: int
    end: int
    text: str
    kind: str
    confidence: float
    speaker: str
    """The speaker's name: the catalogue's name when ``speaker_id`` is set, else a proposal."""
    speaker_id: int | None
    mention_start: int
    mention_end: int
    mention: str
    reference: str
    """How the speaker is named at the mention: "name", "pronoun" or "title"."""


# -- language data ----------------------------------------------------------------------------


@dataclass
class Language:
    code: str
    quotes: list[tuple[str, str]]
    verbs: dict[str, str | None]  # folded form -> "masc"/"femn"/"plur"/None
    complementizers: list[str]
    according: list[str]
    as_reported: list[str]
    pronouns: dict[str, str | None]
    titles: frozenset[str]
    title_words: frozenset[str]
    honorific_gender: dict[str, str]
    abbreviations: frozenset[str]
    first_names: dict[str, str]
    bare_starts: frozenset[str]
    detect: frozenset[str]
    morphology: str | None
    object_verbs: frozenset[str]
    affiliation_words: frozenset[str]
    not_person_words: frozenset[str]
    common_words: frozenset[str]
    relative_words: frozenset[str]
    according_case: str | None
    place_words: frozenset[str]
    organisations: frozenset[str]
    bare_not_starts: frozenset[str]
    verb_re: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        forms = sorted(self.verbs, key=len, reverse=True)
        body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) or r"(?!x)x"
        self.verb_re = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def _language_codes() -> tuple[str, ...]:
    folder = resources.files("claimdesk.core") / "suggest_data"
    if not folder.is_dir():  # a bundle built without the data files: no suggestions, no crash
        return ()
    return tuple(
        sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))
    )


def available_languages() -> list[str]:
    """Codes of the languages with a data file in suggest_data/."""
    return list(_language_codes())


@cache
def load_language(code: str) -> Language:
    """The data for language ``code`` (a file in suggest_data/); KeyError if there is none."""
    path = resources.files("claimdesk.core") / "suggest_data" / f"{code}.json"
    if not path.is_file():
        raise KeyError(code)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    verbs: dict[str, str | None] = {}
    for stem in data.get("verb_stems", []):
        for ending, gender in data.get("verb_endings", {}).items():
            verbs[fold(stem + ending)] = gender
    for gender, forms in data.get("verbs", {}).items():
        for form in forms:
            verbs[fold(form)] = None if gender == "any" else gender
    first_names = {fold(n): "femn" for n in data.get("female_names", [])}
    first_names.update({fold(n): "masc" for n in data.get("male_names", [])})
    return Language(
        code=code,
        quotes=[(o, c) for o, c in data.get("quotes", [])],
        verbs=verbs,
        complementizers=[fold(c) for c in data.get("complementizers", [])],
        according=[fold(a) for a in data.get("according", [])],
        as_reported=[fold(a) for a in data.get("as_reported", [])],
        pronouns={fold(k): v for k, v in data.get("pronouns", {}).items()},
        titles=frozenset(fold(t) for t in data.get("titles", [])),
        title_words=frozenset(fold(t) for t in data.get("title_words", [])),
        honorific_gender={fold(k): v for k, v in data.get("honorific_gender", {}).items()},
        abbreviations=frozenset(fold(a) for a in data.get("abbreviations", [])),
        first_names=first_names,
        bare_starts=frozenset(fold(w) for w in data.get("bare_content_starts", [])),
        detect=frozenset(fold(w) for w in data.get("detect", [])),
        morphology=data.get("morphology"),
        object_verbs=frozenset(fold(v) for v in data.get("object_verbs", [])),
        affiliation_words=frozenset(fold(v) for v in data.get("affiliation_words", [])),
        not_person_words=frozenset(fold(v) for v in data.get("not_person_words", [])),
        common_words=frozenset(fold(v) for v in data.get("common_words", [])),
        relative_words=frozenset(fold(v) for v in data.get("relative_words", [])),
        according_case=data.get("according_case"),
        place_words=frozenset(fold(v) for v in data.get("place_words", [])),
        organisations=frozenset(fold(v) for v in data.get("organisations", [])),
        bare_not_starts=frozenset(fold(v) for v in data.get("bare_not_starts", [])),
    )


_OPENINGS = "«„“\"'‘‹"
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")


def detect_language(text: str) -> str:
    """The language whose common words are most frequent in ``text`` (Cyrillic means ru)."""
    sample = text[:5000]
    cyrillic = sum(1 for c in sample if "а" <= c.lower() <= "я" or c in "ёЁ")
    letters = sum(1 for c in sample if c.isalpha()) or 1
    if cyrillic / letters > 0.3 and "ru" in available_languages():
        return "ru"
    counts: dict[str, int] = {}
    tokens = [fold(w) for w in _WORD.findall(sample)]
    for code in available_languages():
        detect = load_language(code).detect
        counts[code] = sum(1 for t in tokens if t in detect)
    return max(sorted(counts), key=lambda c: counts[c]) if counts else "en"


# -- words and names --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        return self.text.isupper() and len(self.text) > 1


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(m.start() + start, m.end() + start, m.group())
        for m in _WORD.finditer(text[start:end])
    ]


@lru_cache(maxsize=20000)
def _ru_kind(word: str) -> str:
    """ "name" when pymorphy3 reads ``word`` as a first name, surname or patronymic (or does not
    know it), "place" for a place, organisation or abbreviation, else "known"."""
    from claimdesk.core.names import _analyzer, _lock  # noqa: PLC0415

    with _lock:
        analyzer = _analyzer()
        parses = analyzer.parse(word)
        known = analyzer.word_is_known(word.lower())
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return "name"
    if any({"Geox", "Orgn", "Abbr", "Trad"} & p.tag.grammemes for p in parses):
        return "place"
    return "known" if known else "name"


@lru_cache(maxsize=20000)
def _ru_first_name(word: str) -> bool:
    from claimdesk.core.names import _analyzer, _lock  # noqa: PLC0415

    if not word[:1].isupper():
        return False
    with _lock:
        parses = _analyzer().parse(word)
    return any("Name" in p.tag.grammemes for p in parses[:2])


@lru_cache(maxsize=20000)
def _ru_lemma(word: str) -> str:
    from claimdesk.core.names import _analyzer, _lock  # noqa: PLC0415

    with _lock:
        parses = _analyzer().parse(word)
    return fold(parses[0].normal_form) if parses else fold(word)


@lru_cache(maxsize=20000)
def _ru_pos(word: str) -> str:
    from claimdesk.core.names import _analyzer, _lock  # noqa: PLC0415

    with _lock:
        parses = _analyzer().parse(word)
    return str(parses[0].tag.POS) if parses else ""


def _lemma(lang: Language, word: str) -> str:
    if lang.morphology == "pymorphy3" and re.search("[а-яё]", word, re.IGNORECASE):
        return _ru_lemma(word.lower())
    folded = fold(word)
    return folded.removesuffix("’s").removesuffix("'s")


def _is_name_token(lang: Language, token: Token, text: str | None = None) -> bool:
    """Whether ``token`` may be part of a person's name. With ``text``, a capitalised Russian
    word inside a sentence counts even when it is also a common noun ("Сергей Шелест")."""
    if not token.capitalised or token.acronym or len(token.text) == 1:
        return False
    folded = token.folded
    if folded in lang.pronouns or folded in lang.verbs or folded in lang.title_words:
        return False
    if folded in lang.titles or folded in lang.organisations:
        return False
    if lang.morphology == "pymorphy3" and re.search("[а-яё]", folded):
        kind = _ru_kind(token.text)
        if kind == "place" and text is not None:
            # "Даниил Орехов": after a first name, a surname that is also a town
            before = re.search(
                r"([^\W\d_]+)[ \u00a0]+$", text[max(0, token.start - 30) : token.start]
            )
            return before is not None and _ru_first_name(before.group(1))
        if kind == "known" and text is not None and not _sentence_start(text, token):
            lemma = _ru_lemma(token.text.lower())
            return lemma not in lang.titles and lemma not in lang.organisations
        return kind == "name"
    return not (folded in lang.detect or folded in lang.bare_starts or folded in lang.common_words)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    reference: str  # name / pronoun / title
    key: str  # the name or the pronoun/title folded
    gender: str | None
    case: str | None = None
    """Grammatical case the name is known to be in ("по словам X": genitive), if any."""


def _name_run(lang: Language, tokens: Sequence[Token], text: str) -> list[Token]:
    """The first run of adjacent name words (only white space or a hyphen between them)."""
    run: list[Token] = []
    for token in tokens:
        if _is_name_token(lang, token, text) and (
            not run or not text[run[-1].end : token.start].strip(" -")
        ):
            run.append(token)
        elif run:
            break
    return run


def _mention_in(
    lang: Language, text: str, tokens: Sequence[Token], *, last: bool
) -> Mention | None:
    """The speaker mention among ``tokens`` (a clause next to the verb): a name, else a pronoun,
    else a title. ``last`` prefers the mention nearest the end (the subject before a verb)."""
    ordered = list(reversed(tokens)) if last else list(tokens)
    skip = 0
    for index, token in enumerate(ordered):
        if skip:
            skip -= 1
            continue
        folded = token.folded
        if folded in lang.pronouns and (index == 0 or not last):
            if lang.pronouns[folded] == "plur":
                return None
            return Mention(
                token.start, token.end, token.text, "pronoun", folded, lang.pronouns[folded]
            )
        if (
            _is_name_token(lang, token, text)
            and text[token.start - 1 : token.start] not in _OPENINGS
        ):
            if last:
                run = [token]
                for earlier in ordered[index + 1 :]:
                    if _is_name_token(lang, earlier, text) and not text[
                        earlier.end : run[0].start
                    ].strip(" -"):
                        run.insert(0, earlier)
                    else:
                        break
            else:
                run = _name_run(lang, ordered[index:], text)
            if (
                last
                and len(run) == 1
                and index + 1 == len(ordered)
                and _sentence_start(text, token)
                and lang.morphology != "pymorphy3"
                and folded in lang.detect
            ):
                continue  # a capitalised first word of a sentence that is a common word
            before_run = (
                ordered[index + len(run)] if last and index + len(run) < len(ordered) else None
            )
            if any(t.folded in lang.not_person_words for t in run) or (
                before_run is not None and before_run.folded in lang.affiliation_words
            ):
                skip = len(run) - 1 + (1 if before_run is not None else 0)
                continue  # "of Northbridge University": not the speaker
            return _name_mention(lang, text, run)
    for token in ordered:
        lemma = _lemma(lang, token.text)
        if lemma in lang.titles or token.folded in lang.titles:
            start = token.start
            prev = tokens[tokens.index(token) - 1] if tokens.index(token) > 0 else None
            if prev is not None and prev.folded == "the":
                start = prev.start
            end = token.end
            following = tokens[tokens.index(token) + 1 : tokens.index(token) + 4]
            for nxt in following:
                if nxt.acronym or (lang.code == "ru" and nxt.folded in ("мид", "рф", "сша")):
                    end = nxt.end
                else:
                    break
            return Mention(start, end, text[start:end], "title", lemma, None)
    for index, token in enumerate(tokens):
        if _lemma(lang, token.text) in lang.organisations or token.folded in lang.organisations:
            return _organisation_mention(lang, text, tokens, index)
    return None


def _organisation_mention(
    lang: Language, text: str, tokens: Sequence[Token], index: int
) -> Mention:
    """An organisation that speaks: "пресс-служба правительства региона" (with what follows
    in the genitive), "the regional environment agency" (with the words before it)."""
    if lang.morphology == "pymorphy3":
        start = tokens[index].start
        end = tokens[index].end
        for token in tokens[index + 1 : index + 4]:
            if text[end : token.start].strip():
                break
            end = token.end
        words = text[start:end].split()
        name = " ".join([_ru_nominative(words[0]), *words[1:]])
    else:
        first = index
        while (
            first > 0
            and tokens[first - 1].text.islower()
            and (tokens[first - 1].folded not in ("the", "a", "an", "their", "its", "his", "her"))
        ):
            first -= 1
        start, end = tokens[first].start, tokens[index].end
        name = text[start:end]
    return Mention(start, end, text[start:end], "organisation", name, None)


def _ru_nominative(word: str, gender: str | None = None) -> str:
    """The nominative singular of ``word``; an adjective in ``gender`` (its noun's)."""
    from claimdesk.core.names import _analyzer, _lock  # noqa: PLC0415

    with _lock:
        parses = _analyzer().parse(word)
        if not parses:
            return word
        wanted = {"nomn", "sing"}
        if gender and parses[0].tag.POS in ("ADJF", "PRTF"):
            wanted.add(gender)
        inflected = parses[0].inflect(wanted) or parses[0].inflect({"nomn"})
    return inflected.word if inflected is not None else word


def _ru_gender(word: str) -> str | None:
    from claimdesk.core.names import _analyzer, _lock  # noqa: PLC0415

    with _lock:
        parses = _analyzer().parse(word)
    return str(parses[0].tag.gender) if parses and parses[0].tag.gender else None


def _sentence_start(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 3) : token.start].strip(' «"“„—-')
    return not before or before[-1:] in ".!?\n"


def _name_mention(lang: Language, text: str, run: list[Token]) -> Mention:
    before = _tokens(text, max(0, run[0].start - 30), run[0].start)
    if len(run) > 1 and before and _lemma(lang, before[-1].text) in lang.place_words:
        run = run[1:]  # "на улице Дианова Людмила Каримова": the street, then the name
    for i, token in enumerate(run[:-1]):
        if token.text.endswith(("'s", "’s")):
            run = run[i + 1 :]  # "Ethiopia's Dawit Bekele"
    start, end = run[0].start, run[-1].end
    gender = None
    before = _tokens(text, max(0, start - 6), start)
    if before and before[-1].folded.rstrip(".") in lang.honorific_gender:
        gender = lang.honorific_gender[before[-1].folded.rstrip(".")]
    if run[0].folded in lang.first_names:
        gender = lang.first_names[run[0].folded]
    written = text[start:end]
    return Mention(start, end, written, "name", written, gender)


def _ru_gender_of_name(name: str) -> str | None:
    last = fold(name.rsplit(maxsplit=1)[-1]) if name.split() else ""
    if re.search("(ова|ева|ёва|ина|ына|ская|цкая)$", last):
        return "femn"
    if re.search("(ов|ев|ёв|ин|ын|ский|цкий|ян|дзе|ли|швили)$", last):
        return "masc"
    return None


# -- the article's people ---------------------------------------------------------------------


@dataclass
class Person:
    name: str
    gender: str | None
    surname_key: str


class People:
    """The people an article names, where, and what each title refers to."""

    def __init__(self, lang: Language, text: str) -> None:
        self.lang = lang
        self.text = text
        self.by_surname: dict[str, Person] = {}
        # the same people by the first three letters of their surname key (a shorter key is its
        # own bucket): _match looks only in the buckets a word can match, not through everyone
        # (a long article names thousands of people); each entry keeps its order of addition
        self._by_prefix: dict[str, list[tuple[int, str, Person]]] = {}
        self.mentions: list[tuple[int, Person]] = []  # sorted by position
        self._mention_positions: list[int] = []
        self.titles: list[tuple[int, str, Person]] = []
        self._titles_by_lemma: dict[str, tuple[list[int], list[Person]]] = {}
        self._base_forms: dict[tuple[str, str | None], list[str]] = {}

    def base_name(self, written: str, gender: str | None, case: str | None = None) -> str:
        written = written.removesuffix("’s").removesuffix("'s")
        if self.lang.morphology == "pymorphy3" and re.search("[а-яё]", written, re.IGNORECASE):
            from claimdesk.core.names import base_form_candidates  # noqa: PLC0415

            hint = gender if gender in ("masc", "femn") else None
            # the same name recurs all through a long article: analyse each form once
            cached = self._base_forms.get((written, hint))
            if cached is None:
                cached = self._base_forms[written, hint] = base_form_candidates(
                    written, limit=3, gender=hint
                )
            candidates = cached
            if case not in (None, "nomn"):
                # not a nominative: the first reading that changes the words
                candidates = [c for c in candidates if c != written] or candidates
            return candidates[0]
        return written

    def person(self, mention: Mention, gender: str | None) -> Person:
        gender = gender if gender in ("masc", "femn") else mention.gender
        name = self.base_name(mention.text, gender, mention.case)
        key = name_key(name.split()[-1])
        known = self.by_surname.get(key)
        if known is not None:
            if len(name.split()) > len(known.name.split()):
                known.name = name
            known.gender = known.gender or gender
            return known
        if self.lang.morphology == "pymorphy3":
            gender = gender or _ru_gender_of_name(name)
        person = Person(name, gender, key)
        self.by_surname[key] = person
        self._by_prefix.setdefault(key[:3], []).append((len(self.by_surname), key, person))
        return person

    def add_names_in_text(self) -> None:
        """Every full name (two or three name words) in the text is someone a pronoun or title
        may refer to, speaker or not."""
        tokens = _tokens(self.text, 0, len(self.text))
        run: list[Token] = []
        for token in [*tokens, None]:
            if (
                token is not None
                and _is_name_token(self.lang, token, self.text)
                and self.text[token.start - 1 : token.start] not in _OPENINGS
                and (not run or not self.text[run[-1].end : token.start].strip(" -"))
            ):
                run.append(token)
                continue
            if 2 <= len(run) <= 3 and not any(t.folded in self.lang.not_person_words for t in run):
                self.person(_name_mention(self.lang, self.text, run), None)
            run = []
            if token is not None and _is_name_token(self.lang, token, self.text):
                run = [token]

    def locate(self) -> None:
        """Find every mention of the known people (any case; surname alone or full name) and
        the titles written next to them ("посла России Михаила Бочарникова", "Mayor Jane Doe")."""
        found: list[tuple[int, Person]] = []
        tokens = _tokens(self.text, 0, len(self.text))
        for i, token in enumerate(tokens):
            if not token.capitalised:
                continue
            person = self._match(token.folded)
            if person is None:
                continue
            if i + 1 < len(tokens) and self._match(tokens[i + 1].folded) is person:
                continue  # "Байрамов Байрамова": count once, at the last word
            found.append((token.start, person))
            # a full name with first name before the surname: keep the longest written form
            run = [token]
            j = i - 1
            while j >= 0 and _is_name_token(self.lang, tokens[j], self.text) and len(run) < 3:
                if self.text[tokens[j].end : run[0].start].strip():
                    break
                run.insert(0, tokens[j])
                j -= 1
            if len(run) > 1 and len(person.name.split()) < len(run):
                full = _name_mention(self.lang, self.text, run)
                if len(full.text.split()) > len(person.name.split()):
                    person.name = self.base_name(full.text, person.gender)
                    person.gender = person.gender or full.gender
            for back in tokens[max(0, j - 3) : j + 1]:
                lemma = _lemma(self.lang, back.text)
                if lemma in self.lang.titles and not self.text[back.end : run[0].start].count("."):
                    self.titles.append((back.start, lemma, person))
            after = tokens[i + 1 : i + 5]
            if self.text[token.end : token.end + 2].startswith(","):
                for nxt in after:
                    lemma = _lemma(self.lang, nxt.text)
                    if lemma in self.lang.titles:
                        self.titles.append((nxt.start, lemma, person))
                        break
        found.sort(key=lambda item: item[0])
        self.mentions = found
        self._mention_positions = [position for position, _ in found]
        self.titles.sort(key=lambda item: item[0])
        self._titles_by_lemma = {}
        for position, lemma, person in self.titles:
            positions, people = self._titles_by_lemma.setdefault(lemma, ([], []))
            positions.append(position)
            people.append(person)

    def _match(self, folded: str) -> Person | None:
        key = name_key(folded.removesuffix("’s").removesuffix("'s"))
        person = self.by_surname.get(key)
        if person is not None:
            return person
        if len(key) < 4:
            return None
        matches = [
            (order, candidate)
            for bucket in {key[:3], key[:2], key[:1]}
            for order, surname, candidate in self._by_prefix.get(bucket, ())
            if key.startswith(surname[: max(3, len(surname) - 1)]) and len(key) <= len(surname) + 3
        ]
        return min(matches, key=lambda match: match[0])[1] if matches else None

    def resolve(self, mention: Mention, gender: str | None, position: int) -> Person | None:
        """The person a pronoun or title at ``position`` most likely refers to."""
        wanted = gender or mention.gender
        if mention.reference == "title":
            positions, people = self._titles_by_lemma.get(mention.key, ([], []))
            before = bisect_left(positions, position)
            if before and _compatible(people[before - 1], wanted):
                return people[before - 1]
        index = bisect_right(self._mention_positions, position - 1)
        earlier = [person for _, person in reversed(self.mentions[max(0, index - 12) : index])]
        for person in earlier:  # someone known to agree, then anyone who may
            if wanted is not None and person.gender == wanted:
                return person
        for person in earlier:
            if _compatible(person, wanted):
                return person
        return None


def _compatible(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


# -- finding reported speech ------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    confidence: float
    mention: Mention
    gender: str | None
    person: Person | None = None


_CLOSING_PUNCT = ".!?…"
_CLAUSE_BREAK = re.compile(r"[,;(]|:(?=\s)|\s[—–](?=\s)")
_DASHES = "—–-"


class _Finder:
    def __init__(self, text: str, lang: Language) -> None:
        self.text = text
        self.lang = lang
        self.sentences = self._sentence_starts()
        self.quotations = self._quotations()

    # sentences and quotations

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        for m in re.finditer(r"[.!?…]+[»”\"“]?(?=\s+[«\"“„—–(\-]?\s*[^\W\d_])|\n+", text):
            if m.group().startswith("\n"):
                starts.append(m.end())
                continue
            before = _WORD.findall(text[max(0, m.start() - 12) : m.start()])
            word = fold(before[-1]) if before else ""
            if (
                m.group() == "."
                and text[m.start() - 1 : m.start()].isalpha()
                and (word in self.lang.abbreviations or (len(word) == 1 and before[-1].isupper()))
            ):
                continue
            nxt = m.end()
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if text[nxt : nxt + 1].isalpha() and not text[nxt].isupper():
                continue
            starts.append(nxt)
        return sorted(set(starts))

    def sentence(self, position: int) -> tuple[int, int]:
        index = bisect_right(self.sentences, position) - 1
        start = self.sentences[max(0, index)]
        end = self.sentences[index + 1] if index + 1 < len(self.sentences) else len(self.text)
        # a "sentence" without full stops can be the whole article: the rules look at most
        # MAX_SENTENCE_CHARS either side of the position, cut at a space, so that the work per
        # speech verb stays bounded (a 200,000-character one took 15 s, growing quadratically)
        if position - start > MAX_SENTENCE_CHARS:
            cut = self.text.find(" ", position - MAX_SENTENCE_CHARS, position)
            start = cut + 1 if cut >= 0 else position - MAX_SENTENCE_CHARS
        if end - position > MAX_SENTENCE_CHARS:
            cut = self.text.rfind(" ", position, position + MAX_SENTENCE_CHARS)
            end = cut if cut > position else position + MAX_SENTENCE_CHARS
        return start, end

    def _quotations(self) -> list[tuple[int, int]]:
        """Content start/end of each quotation (outermost), inside its marks."""
        text = self.text
        found: list[tuple[int, int]] = []
        taken = bytearray(len(text) + 1)
        for opening, closing in self.lang.quotes:
            if opening == closing:
                for paragraph in re.finditer(r"[^\n]+", text):
                    marks = [
                        paragraph.start() + i
                        for i, c in enumerate(paragraph.group())
                        if c == opening and not taken[paragraph.start() + i]
                    ]
                    for a, b in zip(marks[::2], marks[1::2], strict=False):
                        if not any(taken[a : b + 1]):
                            found.append((a + 1, b))
                            taken[a : b + 1] = b"\x01" * (b + 1 - a)
                continue
            depth = 0
            start = 0
            for i, c in enumerate(text):
                if taken[i]:
                    continue
                if c == "\n":
                    depth = 0
                elif c == opening:
                    if depth == 0:
                        start = i
                    depth += 1
                elif c == closing and depth > 0:
                    depth -= 1
                    if depth == 0:
                        found.append((start + 1, i))
                        taken[start : i + 1] = b"\x01" * (i + 1 - start)
        return sorted(found)

    def _overlaps_quotation(self, start: int, end: int) -> bool:
        """Whether a quotation (content and marks) touches ``start``–``end``: they do not
        overlap one another, so the last one starting by ``end`` is the only one to check."""
        index = bisect_right(self.quotations, (end, len(self.text) + 1)) - 1
        return index >= 0 and start <= self.quotations[index][1]

    def in_quotation(self, position: int) -> bool:
        index = bisect_right(self.quotations, (position, len(self.text) + 1)) - 1
        return (
            index >= 0 and self.quotations[index][0] - 1 <= position <= (self.quotations[index][1])
        )

    # the attribution next to a verb

    def _verb_in(self, start: int, end: int) -> re.Match[str] | None:
        match = self.lang.verb_re.search(self.text, start, end)
        return match

    def _gender(self, verb: str) -> str | None:
        return self.lang.verbs.get(fold(verb))

    def attribution_after(self, position: int, limit: int = 160) -> tuple[Mention, str] | None:
        """A speech verb and speaker in the clause starting at ``position``: "— заявил X",
        ", she said", ", said the mayor"."""
        text = self.text
        # "», — заявил", "," she said", "!» — сказал"; never across a full stop or a line
        m = re.compile(r"[ \t\u00a0]*[,!?…]?[ \t\u00a0]*(?:[—–-]+[ \t\u00a0]*)?").match(
            text, position
        )
        start = m.end() if m else position
        clause_end = start
        while (
            clause_end < min(len(text), start + limit)
            and text[clause_end] not in '.,;:!?\n—«»"“”„('
        ):
            clause_end += 1
        verb = self._verb_in(start, clause_end)
        if verb is None:
            return None
        before = _tokens(text, start, verb.start())
        if len(before) > 6:
            return None
        gender = self._gender(verb.group())
        if before:
            mention = _mention_in(self.lang, text, before, last=True)
        else:
            mention = _mention_in(
                self.lang, text, _tokens(text, verb.end(), clause_end), last=False
            )
            if mention is None and clause_end < len(text) and text[clause_end] == ",":
                # "said the city's mayor, Jane Doe," – the name after the comma
                nxt = _tokens(text, clause_end + 1, min(len(text), clause_end + 60))[:3]
                mention = _mention_in(self.lang, text, nxt, last=False)
        if mention is None:
            return None
        return mention, gender or ""

    def attribution_before(self, position: int) -> tuple[Mention, str] | None:
        """'X заявил: «', 'she said, "', 'X сказал, что «' ending at ``position``."""
        text = self.text
        sentence_start, _ = self.sentence(max(0, position - 1))
        before = text[sentence_start:position]
        tail = re.search(
            r"(?:[:,]|,?\s+(?:"
            + "|".join(map(re.escape, self.lang.complementizers or ["\0"]))
            + r"))\s*$",
            before,
            re.IGNORECASE,
        )
        if tail is None:
            return None
        verbs = list(
            self.lang.verb_re.finditer(text, sentence_start, sentence_start + tail.start())
        )
        if not verbs:
            return None
        verb = verbs[-1]
        gap = len(_tokens(text, verb.end(), sentence_start + tail.start()))
        if gap > (12 if tail.group().strip().startswith(":") else 4):
            return None
        mention = self.subject_before(sentence_start, verb.start())
        if mention is None:
            mention = _mention_in(
                self.lang,
                text,
                _tokens(text, verb.end(), sentence_start + tail.start()),
                last=False,
            )
        if mention is None:
            return None
        return mention, self._gender(verb.group()) or ""

    def subject_before(self, sentence_start: int, verb_start: int) -> Mention | None:
        text = self.text
        segment = text[sentence_start:verb_start]
        cuts = [m.end() for m in _CLAUSE_BREAK.finditer(segment)]
        clause_start = sentence_start + cuts[-1] if cuts else sentence_start
        tokens = _tokens(text, clause_start, verb_start)[-8:]
        mention = _mention_in(self.lang, text, tokens, last=True) if tokens else None
        if mention is None and not tokens and len(cuts) > 1:
            # "Jane Doe, the city's mayor, said": a name in an earlier clause of the sentence
            bounds = [0, *cuts]
            for left, right in reversed(list(pairwise(bounds))):
                clause = _tokens(text, sentence_start + left, sentence_start + right - 1)
                if clause and clause[0].folded in self.lang.relative_words:
                    continue  # "who visited Riverton": a relative clause, not the subject
                clause = clause[-6:]
                found = _mention_in(self.lang, text, clause, last=True) if clause else None
                if found is not None and (found.reference == "name" or mention is None):
                    mention = found
                    if found.reference == "name":
                        break
        if mention is None and self.lang.morphology == "pymorphy3":
            mention = self._organisation(clause_start, verb_start)
        return mention

    def _organisation(self, start: int, end: int) -> Mention | None:
        """'в пресс-службе МИД АР' → пресс-служба МИД АР (who "сообщили")."""
        m = re.search(
            r"\b(?:в|во)\s+([\w-]+(?:\s+[\w-]+){0,3})", self.text[start:end], re.IGNORECASE
        )
        if m is None:
            return None
        words = m.group(1).split()
        head = 0
        for i, word in enumerate(words):
            if _ru_pos(word) == "NOUN":
                head = i
                break
        gender = _ru_gender(words[head])
        name = " ".join(
            [*(_ru_nominative(w, gender) for w in words[: head + 1]), *words[head + 1 :]]
        )
        s, e = start + m.start(1), start + m.end(1)
        return Mention(s, e, self.text[s:e], "organisation", name, None)

    # the patterns

    def direct(self) -> list[_Found]:
        found: list[_Found] = []
        previous: _Found | None = None
        for start, end in self.quotations:
            content = self.text[start:end]
            if len(_WORD.findall(content)) < 3:
                continue
            pieces = self._split_quotation(start, end)
            if pieces is not None:
                (a, b), (c, d), (mention, gender) = pieces
                for piece in ((a, b), (c, d)):
                    s, e = _trim(self.text, *piece)
                    found.append(_Found(s, e, DIRECT, 0.93, mention, gender or None))
                previous = found[-1]
                continue
            found_after = self.attribution_after(end + 1)
            attribution = found_after or self.attribution_before(start - 1)
            s, e = _trim(self.text, start, end)
            if attribution is not None:
                mention, gender = attribution
                confidence = 0.95 if found_after else 0.93
                previous = _Found(s, e, DIRECT, confidence, mention, gender or None)
                found.append(previous)
            elif previous is not None and self._continues(previous, start):
                found.append(
                    _Found(s, e, DIRECT, 0.8, previous.mention, previous.gender, previous.person)
                )
                previous = found[-1]
            else:
                previous = None
        return found

    def _continues(self, previous: _Found, start: int) -> bool:
        """A quotation right after an attributed one in the same paragraph (or the next one that
        starts with it) continues it."""
        gap = self.text[previous.end : start - 1]
        return (
            "\n" not in gap.strip("\n")
            and len(gap) < 120
            and gap.count("\n") <= 1
            and (gap.count("\n") == 0 or gap.endswith("\n"))
        )

    def _split_quotation(
        self, start: int, end: int
    ) -> tuple[tuple[int, int], tuple[int, int], tuple[Mention, str]] | None:
        """«Q1, — сказал X. — Q2»: one quotation, two pieces around the attribution."""
        m = re.compile(r"(?<=[,.!?…])\s+[—–]\s+([^—–«»\"“”]{3,100}?)[.,:]?\s+[—–]\s+").search(
            self.text, start, end
        )
        if m is None:
            return None
        attribution = self.attribution_after(m.start(1))
        if attribution is None:
            return None
        return (start, m.start()), (m.end(), end), attribution

    def indirect(self) -> list[_Found]:
        found: list[_Found] = []
        if not self.lang.complementizers:
            return found
        comp = "|".join(map(re.escape, self.lang.complementizers))
        pattern = re.compile(
            rf"(?P<gap>(?:[\s,]+[^\s.;:!?«»\"“”—]+){{0,6}}?)\s*,?\s+(?:{comp})\s+",
            re.IGNORECASE,
        )
        for verb in self.lang.verb_re.finditer(self.text):
            if self.in_quotation(verb.start()):
                continue
            m = pattern.match(self.text, verb.end())
            if m is None:
                continue
            sentence_start, sentence_end = self.sentence(verb.start())
            if m.end() >= sentence_end:
                continue
            mention = self.subject_before(sentence_start, verb.start())
            if mention is None:
                mention = _mention_in(
                    self.lang, self.text, _tokens(self.text, verb.end(), m.end()), last=False
                )
            if mention is None:
                continue
            s, e = _trim(self.text, m.end(), sentence_end)
            if e - s < 8:
                continue
            found.append(_Found(s, e, INDIRECT, 0.9, mention, self._gender(verb.group())))
        return found

    def bare(self) -> list[_Found]:
        """'X said the city would …' (no "that"): the rest of the sentence."""
        found: list[_Found] = []
        if not self.lang.bare_starts:
            return found
        for verb in self.lang.verb_re.finditer(self.text):
            if self.in_quotation(verb.start()):
                continue
            m = re.compile(r"\s+([^\W\d_]+)").match(self.text, verb.end())
            if m is None:
                continue
            first = m.group(1)
            if fold(first) not in self.lang.bare_starts and (
                not first.islower() or fold(first) in self.lang.bare_not_starts
            ):
                continue
            if fold(verb.group()) in self.lang.object_verbs:
                continue
            sentence_start, sentence_end = self.sentence(verb.start())
            tokens = _tokens(self.text, sentence_start, verb.start())
            if not tokens:
                continue
            mention = self.subject_before(sentence_start, verb.start())
            between = self.text[mention.end : verb.start()] if mention else ""
            # the subject right before the verb, perhaps with an apposition or one adverb
            if mention is None or not (
                between.rstrip().endswith(",") or len(_WORD.findall(between)) <= 1
            ):
                continue
            s, e = _trim(self.text, m.start(1), sentence_end)
            found.append(_Found(s, e, INDIRECT, 0.78, mention, self._gender(verb.group())))
        return found

    def trailing(self) -> list[_Found]:
        """'…, отметил глава МИД АР.' / '…, the mayor said.' with no quotation marks."""
        found: list[_Found] = []
        bounds = [*self.sentences, len(self.text)]
        for sentence_start, sentence_end in pairwise(bounds):
            sentence = self.text[sentence_start:sentence_end].rstrip()
            if not sentence or self._overlaps_quotation(
                sentence_start, sentence_start + len(sentence)
            ):
                continue
            comma = sentence.rfind(",")
            if comma < 10:
                continue
            tail_start = sentence_start + comma + 1
            tail = self.text[tail_start : sentence_start + len(sentence)].rstrip(_CLOSING_PUNCT)
            if len(_WORD.findall(tail)) > 8 or not tail.strip():
                continue
            attribution = self.attribution_after(tail_start)
            if attribution is None:
                continue
            content_end = sentence_start + len(sentence)
            verb = self._verb_in(tail_start, content_end)
            if verb is None:
                continue
            subject_first = bool(_tokens(self.text, tail_start, verb.start()))
            if subject_first and len(_tokens(self.text, verb.end(), content_end)) > 2:
                continue  # "…, X said it would …" is not a clause after the content
            mention_end = attribution[0].end
            if not subject_first and len(_tokens(self.text, mention_end, content_end)) > 2:
                continue  # "…, said she had heard …": a reporting clause, not a tail
            mention, gender = attribution
            s, e = _trim(self.text, sentence_start, sentence_start + comma)
            found.append(_Found(s, e, INDIRECT, 0.88, mention, gender or None))
        return found

    def according(self) -> list[_Found]:
        """'по словам X, …', 'according to X, …', '…, according to X.', 'как сообщил X, …'."""
        found: list[_Found] = []
        markers = list(self.lang.according)
        verbs_body = self.lang.verb_re.pattern
        patterns = []
        prons = "|".join(re.escape(p) for p, g in self.lang.pronouns.items() if g != "plur")
        for marker in markers:
            first, _, rest = marker.partition(" ")
            head = re.escape(first)
            if rest and prons:
                head += rf"\s+(?:(?P<pron>{prons})\s+)?" + re.escape(rest).replace(r"\ ", r"\s+")
            patterns.append(
                re.compile(rf"(?<![\w-]){head}(?:\s+(?P<who>[^,.;:!?\n]{{1,90}}))?", re.I)
            )
        for word in self.lang.as_reported:
            patterns.append(
                re.compile(
                    rf"(?<![\w-]){re.escape(word)}\s+(?P<verb>{verbs_body})\s+(?P<who>[^,.;:!?\n]{{1,90}})",
                    re.I,
                )
            )
        for pattern in patterns:
            for m in pattern.finditer(self.text):
                if self.in_quotation(m.start()):
                    continue
                if m.group("who") is None and not m.groupdict().get("pron"):
                    continue
                who_start, who_end = m.span("who") if m.group("who") else m.span()
                tokens = _tokens(self.text, who_start, who_end)
                mention = _mention_in(self.lang, self.text, tokens, last=False)
                gender = None
                if "verb" in m.groupdict() and m.group("verb"):
                    gender = self._gender(m.group("verb"))
                    if gender == "plur" and self.lang.morphology == "pymorphy3":
                        mention = self._organisation(who_start - 1, who_end)
                if m.groupdict().get("pron"):
                    pron = m.group("pron")
                    gender = self.lang.pronouns.get(fold(pron))
                    mention = Mention(
                        m.start("pron"), m.end("pron"), pron, "pronoun", fold(pron), gender
                    )
                    who_end = m.end("pron")
                    more = re.compile(r"[^,.;:!?\n]*").match(self.text, who_end)
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
                        self.lang.according_case,
                    )
                sentence_start, sentence_end = self.sentence(m.start())
                after = self.text[who_end : who_end + 1]
                if after == "," and not self.text[sentence_start : m.start()].strip(" ,—"):
                    s, e = _trim(self.text, who_end + 1, sentence_end)
                elif self.text[sentence_start : m.start()].rstrip().endswith(","):
                    s, e = _trim(self.text, sentence_start, m.start())
                else:
                    continue
                if e - s < 8:
                    continue
                found.append(_Found(s, e, INDIRECT, 0.88, mention, gender))
        return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (
        text[start].isspace()
        or text[start] in '«»"“”„,—–-'
        or unicodedata.category(text[start]) in ("So", "Sk", "Cf")  # an emoji before the words
    ):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '«»"“”„,—–-'):
        end -= 1
    while end > start and text[end - 1] in ".":
        end -= 1
    return start, end


# -- the public function ----------------------------------------------------------------------

SpeakerSource = SpeakerMatcher | Iterable[tuple[int, Sequence[str]]] | None


def suggest_attributions(
    text: str, speakers: SpeakerSource = None, language: str | None = None
) -> list[Suggestion]:
    """Quotes in ``text`` with their speakers, in text order, one per span.

    ``speakers`` are the catalogue's speakers, as (id, [name, alias, …]) pairs or a
    :class:`SpeakerMatcher`; a speaker whose name matches gets its id. ``language`` is a code
    with a data file (see :func:`available_languages`), else it is guessed from the text.
    """
    if not text.strip():
        return []
    code = language if language in available_languages() else detect_language(text)
    if code not in available_languages():
        return []
    lang = load_language(code)
    finder = _Finder(text, lang)
    found = _without_overlaps(
        [
            *finder.direct(),
            *finder.indirect(),
            *finder.trailing(),
            *finder.according(),
            *finder.bare(),
        ]
    )
    people = People(lang, text)
    for item in found:
        if item.mention.reference == "name":
            item.person = people.person(item.mention, item.gender)
    people.add_names_in_text()
    people.locate()
    matcher, names = _matcher(speakers)
    results: list[Suggestion] = []
    for item in found:
        confidence = item.confidence
        name = ""
        if item.mention.reference == "organisation":
            name = item.mention.key[:1].upper() + item.mention.key[1:]
            confidence -= 0.1
        else:
            person = item.person
            if person is None:
                person = people.resolve(item.mention, item.gender, item.mention.start)
                confidence -= 0.05 if item.mention.reference == "pronoun" else 0.08
            if person is not None:
                name = person.name
        speaker_id = None
        if name and matcher is not None:
            hits = matcher.search(name, limit=1, min_score=MATCH_SCORE)
            if hits:
                speaker_id = hits[0].speaker_id
                name = names.get(speaker_id, hits[0].name)
                confidence += 0.03
        if not name:
            confidence = min(confidence, 0.4)
        results.append(
            Suggestion(
                start=item.start,
                end=item.end,
                text=text[item.start : item.end],
                kind=item.kind,
                confidence=round(max(0.0, min(0.99, confidence)), 2),
                speaker=name,
                speaker_id=speaker_id,
                mention_start=item.mention.start,
                mention_end=item.mention.end,
                mention=item.mention.text,
                reference=item.mention.reference,
            )
        )
    return results


def _matcher(speakers: SpeakerSource) -> tuple[SpeakerMatcher | None, dict[int, str]]:
    if speakers is None:
        return None, {}
    if isinstance(speakers, SpeakerMatcher):
        return speakers, {}
    matcher = SpeakerMatcher()
    names: dict[int, str] = {}
    for speaker_id, speaker_names in speakers:
        listed = list(speaker_names)
        if listed:
            names[speaker_id] = listed[0]
            matcher.add(speaker_id, listed)
    return (matcher if names else None), names


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """One suggestion per stretch of text: direct quotes first, then the most confident."""
    ranked = sorted(found, key=lambda f: (f.kind != DIRECT, -f.confidence, f.start))
    kept: list[_Found] = []
    # the kept spans never overlap, so sorted by start their ends are sorted too: only the last
    # one starting before an item's end can overlap it (a scan of all of them was quadratic)
    starts: list[int] = []
    ends: list[int] = []
    for item in ranked:
        if item.end <= item.start:
            continue
        index = bisect_left(starts, item.end)
        if index and ends[index - 1] > item.start:
            continue
        kept.append(item)
        starts.insert(index, item.start)
        ends.insert(index, item.end)
    return sorted(kept, key=lambda f: (f.start, f.end))


# -- with a catalogue -------------------------------------------------------------------------


def pending_suggestions(catalogue: Catalogue, article_id: int) -> list[Suggestion]:
    """Suggestions for a stored article, with the catalogue's speakers matched (named as the
    catalogue names them), leaving out spans that already are claims (overlapping by half)."""
    article = catalogue.get_article(article_id)
    text = catalogue.get_article_text(article_id)
    found = suggest_attributions(
        text, catalogue.index.speaker_matcher(), language=article.language or None
    )
    claims = catalogue.claims_for_article(article_id)
    ids = sorted({s.speaker_id for s in found if s.speaker_id is not None})
    names = {sp.id: sp.name for sp in catalogue.list_speakers(speaker_ids=ids)} if ids else {}
    pending = []
    for s in found:
        if any(_covers(c.start, c.end, s.start, s.end) for c in claims):
            continue
        if s.speaker_id is not None and s.speaker_id in names:
            s = Suggestion(**{**_fields(s), "speaker": names[s.speaker_id]})  # noqa: PLW2901
        pending.append(s)
    return pending


def accept_suggestion(catalogue: Catalogue, article_id: int, suggestion: Suggestion) -> ClaimInfo:
    """Store a suggestion as a claim (one undoable edit): its catalogue speaker, else the
    speaker of that exact name, else a new speaker of the proposed name."""
    speaker_id = suggestion.speaker_id
    new_speaker = None
    if speaker_id is None and suggestion.speaker:
        known = catalogue.find_speaker(suggestion.speaker)
        if known is not None:
            speaker_id = known.id
        else:
            new_speaker = suggestion.speaker
    return catalogue.attribute_span(
        article_id,
        suggestion.start,
        suggestion.end,
        speaker_id,
        kind=suggestion.kind,
        new_speaker=new_speaker,
    )


def _covers(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= min(a_end - a_start, b_end - b_start)


def _fields(suggestion: Suggestion) -> dict[str, Any]:
    return {name: getattr(suggestion, name) for name in Suggestion.__slots__}
