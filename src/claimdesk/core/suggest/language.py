"""Language data: quotation marks, speech verbs with their gender, pronouns, titles, … read from
``claimdesk/core/suggest_data/<code>.json`` (so adding a language is adding a file), and a guess
of an article's language from its words."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.morphology import Morphology, morphology_for
from claimdesk.core.suggest.tokens import WORD

_DATA_PACKAGE = "claimdesk.core"
_DATA_FOLDER = "suggest_data"


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
    infinitive_verbs: frozenset[str] = frozenset()
    infinitive_only_verbs: frozenset[str] = frozenset()
    """Speech verbs whose content without a complementizer is only an infinitive ("pledged to
    …", not "pledged his support")."""
    """Speech verbs whose content may be an infinitive ("vowed to boycott the product")."""
    content_breaks: tuple[str, ...] = ()
    """Where reported speech gives way to the writer's own clause (", while", ", так что")."""
    finite_verbs: frozenset[str] = frozenset()
    """Finite verbs that show a clause has begun after a name ("X said Doe was …")."""
    object_pronouns: frozenset[str] = frozenset()
    """Pronouns that name the person spoken to ("told me", "told them")."""
    thing_relatives: frozenset[str] = frozenset()
    """Relative pronouns that stand for a thing, never a person ("which"): a verb after one
    ("the film, which recounts …") has no speaker earlier in the sentence."""
    addressee_verbs: frozenset[str] = frozenset()
    """Speech verbs followed by the person spoken to, then the content ("told reporters …")."""
    calibration: dict[str, tuple[int, int]] | None = None
    """Basis of confidence -> (right, suggested) measured on this language's development set
    (its data file's ``calibration``); None where the file has none (the shared table then)."""
    min_confidence: float | None = None
    """The least confidence of the suggestions shown by default in this language (its data
    file's ``min_confidence``, chosen on the development set); None where the file gives none."""
    quote_family: tuple[str, str, str] | None = None
    """Opening, closing and either-way double quotation marks that writers mix up ("“…?\""),
    paired as one kind of mark; None where they are not (in Russian “ may close „)."""
    gerund_endings: tuple[str, ...] = ()
    """Endings of the speech verbs' gerunds ("сказав"): the sentence goes on after what such a
    verb reports."""
    unresolved_pronoun_speaker: bool = False
    """A pronoun speaker that refers to no one named before it is given as the speaker itself
    ("Они", marked unnamed) rather than left without one."""
    quotation_verbs: frozenset[str] = frozenset()
    """Speech verbs only beside a quotation ('"…," he continued'), never before a clause."""
    subordinators: frozenset[str] = frozenset()
    """Words that open a clause of the writer's after a quotation ("if", "when", "because")."""
    conjunctions: tuple[str, ...] = ()
    passive_auxiliaries: frozenset[str] = frozenset()
    past_verbs: frozenset[str] = frozenset()
    """Irregular verbs in the past tense ("went", "lost"): after a name, a clause has begun."""
    day_words: frozenset[str] = frozenset()
    """Words naming the day something was said, right after the verb ("said Tuesday it …")."""
    day_parts: frozenset[str] = frozenset()
    """Parts of a day after such a word ("Monday night")."""
    """Forms of "be" that make the speech verb after them a passive participle ("she was
    stressed", "he was told"): its subject is not the speaker (English)."""
    """Words joining a second speech verb to the first ("and", "but"): the content ends there."""
    verb_conjunctions: re.Pattern[str] | None = field(init=False)
    verb_re: re.Pattern[str] = field(init=False)
    morph: Morphology = field(init=False)

    def __post_init__(self) -> None:
        forms = sorted(self.verbs, key=len, reverse=True)
        body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) or r"(?!x)x"
        self.verb_re = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        joins = "|".join(re.escape(c) for c in self.conjunctions)
        self.verb_conjunctions = (
            re.compile(
                rf",?\s+(?:{joins})\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?:{body})(?![\w-])"
            )
            if joins
            else None
        )
        self.morph = morphology_for(self.morphology)


@cache
def _language_codes() -> tuple[str, ...]:
    folder = resources.files(_DATA_PACKAGE) / _DATA_FOLDER
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
    path = resources.files(_DATA_PACKAGE) / _DATA_FOLDER / f"{code}.json"
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
        thing_relatives=frozenset(fold(v) for v in data.get("thing_relatives", [])),
        according_case=data.get("according_case"),
        place_words=frozenset(fold(v) for v in data.get("place_words", [])),
        organisations=frozenset(fold(v) for v in data.get("organisations", [])),
        bare_not_starts=frozenset(fold(v) for v in data.get("bare_not_starts", [])),
        quote_family=tuple(data["quote_family"]) if data.get("quote_family") else None,
        content_breaks=tuple(data.get("content_breaks", [])),
        infinitive_verbs=frozenset(fold(v) for v in data.get("infinitive_verbs", [])),
        infinitive_only_verbs=frozenset(fold(v) for v in data.get("infinitive_only_verbs", [])),
        gerund_endings=tuple(data.get("gerund_endings", [])),
        unresolved_pronoun_speaker=bool(data.get("unresolved_pronoun_speaker", False)),
        finite_verbs=frozenset(fold(v) for v in data.get("finite_verbs", [])),
        object_pronouns=frozenset(fold(v) for v in data.get("object_pronouns", [])),
        addressee_verbs=frozenset(fold(v) for v in data.get("addressee_verbs", [])),
        conjunctions=tuple(data.get("conjunctions", [])),
        subordinators=frozenset(fold(v) for v in data.get("subordinators", [])),
        passive_auxiliaries=frozenset(fold(v) for v in data.get("passive_auxiliaries", [])),
        day_words=frozenset(fold(v) for v in data.get("day_words", [])),
        past_verbs=frozenset(fold(v) for v in data.get("past_verbs", [])),
        day_parts=frozenset(fold(v) for v in data.get("day_parts", [])),
        quotation_verbs=frozenset(fold(v) for v in data.get("quotation_verbs", [])),
        calibration=(
            {basis: (int(r), int(n)) for basis, (r, n) in data["calibration"].items()}
            if data.get("calibration")
            else None
        ),
        min_confidence=(
            float(data["min_confidence"]) if data.get("min_confidence") is not None else None
        ),
    )


def detect_language(text: str) -> str:
    """The language whose common words are most frequent in ``text`` (Cyrillic means ru)."""
    sample = text[:5000]
    cyrillic = sum(1 for c in sample if "а" <= c.lower() <= "я" or c in "ёЁ")
    letters = sum(1 for c in sample if c.isalpha()) or 1
    if cyrillic / letters > 0.3 and "ru" in available_languages():
        return "ru"
    counts: dict[str, int] = {}
    tokens = [fold(w) for w in WORD.findall(sample)]
    for code in available_languages():
        detect = load_language(code).detect
        counts[code] = sum(1 for t in tokens if t in detect)
    return max(sorted(counts), key=lambda c: counts[c]) if counts else "en"
