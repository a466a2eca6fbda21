"""The people an article names, and coreference: a surname alone is the full name mentioned
before, and a pronoun or title ("он", "посол", "the mayor") is the most recent compatible person
mentioned before it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimdesk.core.matching.similarity import name_key
from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention, is_name_token, name_mention, particle_name
from claimdesk.core.suggest.tokens import Token, after_opening, tokenize


@dataclass
class Person:
    name: str
    gender: str | None
    surname_key: str
    speaker: bool = False
    """Named as the speaker of some quote in the article (so surely a person)."""


class People:
    """The people an article names, where, and what each title refers to."""

    def __init__(
        self,
        lang: Language,
        text: str,
        sentences: Sequence[int] = (0,),
        quotations: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.lang = lang
        self.text = text
        self.sentences = list(sentences) or [0]
        self.quoted = bytearray(len(text) + 1)
        for start, end in quotations:  # names inside a quotation are not what "he" refers to
            self.quoted[start:end] = b"\x01" * (end - start)
        self.by_surname: dict[str, Person] = {}
        self.namesakes: dict[str, list[Person]] = {}
        """Surnames that several people with different first names share ("Ellen Marsh",
        "Peter Marsh"): the surname alone then names none of them for sure."""
        self.mentions: list[tuple[int, Person]] = []  # sorted by position
        self.titles: list[tuple[int, str, Person]] = []
        # a long article names thousands of people, mentions them and uses pronouns thousands
        # of times: the lookups below are indexes built once, not scans of everything per word
        self._by_prefix: dict[str, list[tuple[int, str, Person]]] = {}
        """The people of by_surname by the first three letters of their surname key (a shorter
        key is its own bucket), each with its order of addition."""
        self._mention_positions: list[int] = []
        self._mention_sentences: list[int] = []
        self._opening_ends: dict[int, int] = {}
        self._people_before: list[int] = []
        """How many different people the mentions up to each one (itself included) name."""
        self._titles_by_lemma: dict[str, tuple[list[int], list[Person]]] = {}
        self._base_names: dict[tuple[str, str | None, str | None], str] = {}
        self._title_lines: list[tuple[int, int]] | None = None

    def base_name(self, written: str, gender: str | None, case: str | None = None) -> str:
        # the same name recurs all through a long article: analyse each form once
        known = self._base_names.get((written, gender, case))
        if known is None:
            known = self._base_names[written, gender, case] = self.lang.morph.base_name(
                written, gender, case
            )
        return known

    def person(self, mention: Mention, gender: str | None) -> Person:
        gender = gender if gender in ("masc", "femn") else mention.gender
        name = self.base_name(mention.text, gender, mention.case)
        key = name_key(surname(name))
        known = self.by_surname.get(key)
        first = _first_name(name)
        if known is not None and first and _first_name(known.name) not in ("", first):
            for namesake in self.namesakes.setdefault(key, [known]):
                if _first_name(namesake.name) == first:
                    return namesake
            person = Person(name, gender, key)
            self.namesakes[key].append(person)
            return person
        if known is not None and not first and len(self.namesakes.get(key, ())) > 1:
            return Person(name, None, key)  # "Marsh" when two Marshes are named
        if known is not None:
            if len(name.split()) > len(known.name.split()):
                known.name = name
            known.gender = known.gender or gender
            return known
        if self.lang.morph.inflected:
            gender = gender or self.lang.morph.gender_of_name(name)
        person = Person(name, gender, key)
        self.by_surname[key] = person
        self._by_prefix.setdefault(key[:3], []).append((len(self.by_surname), key, person))
        return person

    def add_names_in_text(self) -> None:
        """Every full name (two or three name words) in the text is someone a pronoun or title
        may refer to, speaker or not."""
        tokens = [
            t for t in tokenize(self.text, 0, len(self.text)) if not self._in_title_case(t.start)
        ]
        run: list[Token] = []
        for token in [*tokens, None]:
            if (
                token is not None
                and is_name_token(self.lang, token, self.text)
                and not after_opening(self.text, token)
                and (not run or not self.text[run[-1].end : token.start].strip(" -"))
            ):
                run.append(token)
                continue
            words = [t for t in run if not t.initial]
            if (
                2 <= len(words) <= 3
                and not any(t.folded in self.lang.not_person_words for t in run)
                and not self._after_article(run[0])
            ):
                self.person(name_mention(self.lang, self.text, run), None)
            run = []
            if (
                token is not None
                and is_name_token(self.lang, token, self.text)
                and not after_opening(self.text, token)
            ):
                run = [token]  # (a word right after a quotation mark is quoted, not a name)

    def _after_article(self, token: Token) -> bool:
        """Whether an article stands right before ``token`` ("the Great Lakes", "a Silver
        Line"): capitalised words after it name a thing or a body, not a person (English)."""
        if self.lang.morph.inflected:
            return False
        before = re.search(r"\b([A-Za-z]+)\s+$", self.text[max(0, token.start - 6) : token.start])
        return before is not None and before.group(1).casefold() in _ARTICLES

    def _in_title_case(self, position: int) -> bool:
        """Whether ``position`` is in a line written in title case (a headline: "Mayor Backs
        Harbour Plan After Vote"), where capitalised words next to each other are no name."""
        if self._title_lines is None:
            self._title_lines = []
            for line in re.finditer(r"[^\n]+", self.text):
                words = [w for w in line.group().split() if len(w) > 3 and w[:1].isalpha()]
                capitalised = sum(1 for w in words if w[:1].isupper())
                if len(words) >= _LEAST_TITLE_WORDS and capitalised >= 0.8 * len(words):
                    self._title_lines.append((line.start(), line.end()))
        index = bisect_right(self._title_lines, (position, len(self.text) + 1)) - 1
        return index >= 0 and self._title_lines[index][0] <= position < self._title_lines[index][1]

    def locate(self) -> None:
        """Find every mention of the known people (any case; surname alone or full name) and
        the titles written next to them ("посла России Михаила Бочарникова", "Mayor Jane Doe")."""
        found: list[tuple[int, Person]] = []
        tokens = tokenize(self.text, 0, len(self.text))
        lemma = self.lang.morph.lemma
        for i, token in enumerate(tokens):
            if not (token.capitalised or particle_name(token)) or self._in_title_case(token.start):
                continue
            person = self._match(token.folded)
            if person is None or self.quoted[token.start]:
                continue
            namesakes = self.namesakes.get(person.surname_key, [])
            if len(namesakes) > 1:
                before = name_key(tokens[i - 1].folded) if i > 0 else ""
                chosen = [p for p in namesakes if _first_name(p.name) == before]
                if not chosen:
                    continue  # "Marsh" alone: which one is not known
                person = chosen[0]
            if i > 0 and person.gender is None:  # "Mrs. Marsh", "Sen. Smith" (a she)
                honorific = tokens[i - 1].folded.rstrip(".")
                gap = self.text[tokens[i - 1].end : token.start]
                if honorific in self.lang.honorific_gender and not gap.strip(". "):
                    person.gender = self.lang.honorific_gender[honorific]
            if i + 1 < len(tokens) and self._match(tokens[i + 1].folded) is person:
                continue  # "Байрамов Байрамова": count once, at the last word
            found.append((token.start, person))
            # a full name with first name before the surname: keep the longest written form
            run = [token]
            j = i - 1
            while j >= 0 and is_name_token(self.lang, tokens[j], self.text) and len(run) < 3:
                gap = self.text[tokens[j].end : run[0].start]
                if gap.strip() or "\n" in gap:
                    break  # (a name ending one line and a name opening the next are two)
                if len(run) >= 2 and tokens[j].folded in self.lang.not_person_words:
                    break  # "Secretary of State Jane Doe": the body is not part of the name
                run.insert(0, tokens[j])
                j -= 1
            if len(run) > 1 and len(person.name.split()) < len(run):
                full = name_mention(self.lang, self.text, run)
                if len(full.text.split()) > len(person.name.split()):
                    person.name = self.base_name(full.text, person.gender)
                    person.gender = person.gender or full.gender
            for k in range(max(0, j - 3), j + 1):
                back = tokens[k]
                title = lemma(back.text)
                if (
                    title in self.lang.titles
                    and not self.text[back.end : run[0].start].count(".")
                    and self._title_of_name(tokens[k + 1 : j + 1])
                ):
                    self.titles.append((back.start, title, person))
            after = tokens[i + 1 : i + 5]
            if self.text[token.end : token.end + 2].startswith(","):
                for nxt in after:
                    title = lemma(nxt.text)
                    if title in self.lang.titles:
                        self.titles.append((nxt.start, title, person))
                        break
        found.sort(key=lambda item: item[0])
        self.mentions = found
        self._mention_positions = [pos for pos, _ in found]
        self._mention_sentences = [bisect_right(self.sentences, pos) - 1 for pos, _ in found]
        seen: set[int] = set()
        self._people_before = []
        for _, person in found:
            seen.add(id(person))
            self._people_before.append(len(seen))
        self.titles.sort(key=lambda item: item[0])
        self._titles_by_lemma = {}
        for position, title, person in self.titles:
            positions, people = self._titles_by_lemma.setdefault(title, ([], []))
            positions.append(position)
            people.append(person)

    def _title_of_name(self, between: list[Token]) -> bool:
        """Whether a title with ``between`` before a name is the name's ("Secretary of State
        Jane Doe", "посол России Иван Петров"), not a title whose own words go on ("the
        official responsible for North America"): in English only capitalised words, "of"
        and "the" stand between."""
        if self.lang.morph.inflected:
            return True
        return all(t.capitalised or t.folded in ("of", "the") for t in between)

    def _match(self, folded: str) -> Person | None:
        key = name_key(folded.removesuffix("’s").removesuffix("'s"))
        person = self.by_surname.get(key)
        if person is not None:
            return person
        if len(key) < 4:
            return None
        # the first person added whose surname's root begins the word: its first three letters
        # (or the whole of a shorter surname) are the word's, so only those buckets can hold it
        matches = [
            (order, candidate)
            for bucket in {key[:3], key[:2], key[:1]}
            for order, surname, candidate in self._by_prefix.get(bucket, ())
            if key.startswith(surname[: max(3, len(surname) - 1)]) and len(key) <= len(surname) + 3
        ]
        return min(matches, key=lambda match: match[0])[1] if matches else None

    def _antecedents(self, position: int) -> list[Person]:
        """The people mentioned before ``position``: the nearest sentence first, and in each
        sentence the first mentioned first (the subject is the likeliest referent)."""
        index = bisect_right(self._mention_positions, position - 1)
        # walk back a sentence at a time; stop once _NEAREST people are known (sentences further
        # back only add people after them) or every person mentioned before is
        everyone = self._people_before[index - 1] if index else 0
        ordered: list[Person] = []
        while index > 0 and len(ordered) < min(_NEAREST, everyone):
            sentence = self._mention_sentences[index - 1]
            first = index - 1
            while first > 0 and self._mention_sentences[first - 1] == sentence:
                first -= 1
            opening = self._opening_clause_end(sentence)
            # "After Doe spoke, Roe left.": one named in a clause that opens the sentence with a
            # subordinator is no subject of it; the main clause's come first
            in_order = sorted(self.mentions[first:index], key=lambda m: m[0] < opening)
            for _, person in in_order:
                if person not in ordered:
                    ordered.append(person)
            index = first
        return ordered

    def _opening_clause_end(self, sentence: int) -> int:
        """Where a clause that opens sentence number ``sentence`` with a subordinator ("After
        Doe agreed, …", "When Roe spoke, …") ends (its comma); the sentence's start when it
        opens with none."""
        known = self._opening_ends.get(sentence)
        if known is not None:
            return known
        start = self.sentences[sentence]
        end = self.sentences[sentence + 1] if sentence + 1 < len(self.sentences) else len(self.text)
        first = tokenize(self.text, start, min(end, start + 20))[:1]
        comma = self.text.find(",", start, end)
        opens = bool(first) and first[0].folded in self.lang.subordinators and comma > 0
        known = self._opening_ends[sentence] = comma if opens else start
        return known

    def _subject_of_previous_sentence(self, person: Person, position: int) -> bool:
        """Whether ``person`` is the only one mentioned in the nearest sentence before
        ``position`` that mentions anyone, and that sentence is the one at ``position`` or the
        one before it."""
        index = bisect_right(self._mention_positions, position - 1)
        if not index:
            return False
        here = bisect_right(self.sentences, position) - 1
        sentence = self._mention_sentences[index - 1]
        if sentence < here - 1:
            return False
        first = index - 1
        while first > 0 and self._mention_sentences[first - 1] == sentence:
            first -= 1
        opening = self._opening_clause_end(sentence)  # (not the subject: "After Roe spoke, …")
        return all(
            other is person for at, other in self.mentions[first:index] if at >= opening
        ) and any(other is person for _, other in self.mentions[first:index])

    def others_between(self, person: Person, start: int, end: int, pronoun: str = "") -> bool:
        """Whether someone other than ``person`` is mentioned between ``start`` and ``end``.
        With ``pronoun`` ("he"), one mentioned after that pronoun in their sentence does not
        count: "He came to the rally, though he may vote for Doe." goes on about the one the
        pronoun refers to, and Doe is no subject (English)."""
        first = bisect_left(self._mention_positions, start)
        last = bisect_left(self._mention_positions, end)
        return any(
            other is not person and not self._after_pronoun(position, pronoun)
            for position, other in self.mentions[first:last]
        )

    def _after_pronoun(self, position: int, pronoun: str) -> bool:
        """Whether ``pronoun`` is written earlier in the sentence at ``position``."""
        if not pronoun or self.lang.morph.inflected or self.lang.pronouns.get(pronoun) == "plur":
            return False
        sentence = self.sentences[bisect_right(self.sentences, position) - 1]
        return any(
            t.folded == pronoun or t.folded.startswith((pronoun + "'", pronoun + "’"))
            for t in tokenize(self.text, sentence, position)
            if not self.quoted[t.start]
        )

    def resolve(
        self,
        mention: Mention,
        gender: str | None,
        position: int,
        last_speaker: tuple[Person, int] | None = None,
    ) -> Person | None:
        """The person a pronoun or title at ``position`` most likely refers to.
        ``last_speaker`` is the speaker of the attribution before it and where it was named:
        with no one else mentioned since, "he said" goes on with that speaker."""
        wanted = gender or mention.gender
        if last_speaker is not None and mention.reference == "pronoun":
            person, named_at = last_speaker
            if (
                compatible(person, wanted)
                and position - named_at < _LAST_SPEAKER_REACH
                and not self.others_between(person, named_at + 1, position, mention.key)
            ):
                return person
        if mention.reference == "title":
            positions, people = self._titles_by_lemma.get(mention.key, ([], []))
            before = bisect_left(positions, position)  # the last one with that title before it
            if before and compatible(people[before - 1], wanted):
                return people[before - 1]
        earlier = self._antecedents(position)[:_NEAREST]
        for person in earlier[:1]:  # the subject of the nearest sentence, if a speaker who may
            if person.speaker and compatible(person, wanted):
                return person
            if (
                mention.reference == "pronoun"
                and compatible(person, wanted)
                and self._subject_of_previous_sentence(person, position)
            ):
                return person  # "Jane Doe, a farmer, runs the stall. 'We …,' she said."
        for person in earlier:  # someone known to agree, then a speaker who may, then anyone
            if wanted is not None and person.gender == wanted:
                return person
        for person in earlier:
            if person.speaker and compatible(person, wanted):
                return person
        for person in earlier:
            if compatible(person, wanted):
                return person
        return None


_ARTICLES = frozenset({"the", "a", "an"})
_LEAST_TITLE_WORDS = 4
"""Words of four letters or more in a line for it to be read as a title-case headline."""
_NEAREST = 4
"""How many people back a pronoun or title may refer (the nearest sentences first)."""
_LAST_SPEAKER_REACH = 600
"""How far back (in characters) the speaker of the attribution before a pronoun is still its
likeliest referent, when no one else is mentioned between."""


def _first_name(name: str) -> str:
    """The folded first word of a name of two words or more (initials aside), else ""."""
    words = [w for w in name.split() if not w.endswith(".")]
    return name_key(words[0]) if len(words) > 1 else ""


def surname(name: str) -> str:
    """The last word of a name that is no initial or suffix ("Smith" of "Joseph K. Smith Jr.")."""
    words = name.split()
    plain = [w for w in words if not w.endswith(".")]
    return plain[-1] if plain else words[-1]


def compatible(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender
