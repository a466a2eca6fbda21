"""What every rule family reads in an article: its sentences, its quotations, and the speaker a
reporting clause names next to a speech verb ("— заявил X", ", she said", "X said, \"…")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise

from claimdesk.core.matching import fold
from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.people import Person
from claimdesk.core.suggest.tokens import WORD, Token, tokenize

DIRECT = "direct"
INDIRECT = "indirect"

CLAUSE_BREAK = re.compile(r"[,;(]|:(?=\s)|\s[—–](?=\s)")
MAX_SENTENCE_CHARS = 1000
"""How far either side of a position the rules look within one sentence: a text without full
stops is one "sentence" as long as the article, and the work per speech verb must stay bounded."""


_DOUBLED = re.compile(r"''|``")
_PARENTHESIS = re.compile(r"\((?:[^()\n\"“”«»]{1,40})\)")
"""A short parenthesis ("(D-Ohio)", "(NRA)"): blanked for the rules (offsets kept), since it is
never the speaker and its full stops are no sentence ends."""


def _typewriter_quotes(text: str) -> str:
    """Two apostrophes (or backquotes) typed for a quotation mark, as some newspapers' archives
    have them, read as one ``"`` beside the quoted words and a space (so no offset moves)."""

    def one(m: re.Match[str]) -> str:
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        closing = before != "" and not before.isspace() and not after.isalnum()
        return '" ' if closing else ' "'

    return _DOUBLED.sub(one, text)


_DESCRIBING = frozenset({"the", "a", "an", "one", "another"})


def _described(text: str, before: list[Token]) -> Mention | None:
    """ "one user", "the release", "another" right before the verb: an unnamed speaker."""
    if len(before) > 4 or before[0].folded not in _DESCRIBING:
        return None
    if len(before) == 1 and before[0].folded != "another":
        return None
    start, end = before[0].start, before[-1].end
    return Mention(start, end, text[start:end], "description", text[start:end], None)


@dataclass
class Found:
    """A span a rule found, before its speaker is resolved to a person."""

    start: int
    end: int
    kind: str
    confidence: float
    mention: Mention
    gender: str | None
    person: Person | None = None
    rule: str = ""
    """Which pattern found it ("quote after", "that", "colon", …): what its confidence rests on."""


class Context:
    """An article's text with its sentences and quotations, and the clause lookups."""

    def __init__(self, text: str, lang: Language) -> None:
        text = _typewriter_quotes(text) if ('"', '"') in lang.quotes else text
        self.text = _PARENTHESIS.sub(lambda m: " " * len(m.group()), text)
        self.lang = lang
        self.sentences = self._sentence_starts()
        self.quotations = self._quotations()
        # the furthest end of the quotations up to each one: a quotation may hold another (a
        # pair of one kind of marks around one of another), so their ends are not sorted
        self._furthest_end = list(accumulate((end for _, end in self.quotations), max))

    # sentences and quotations

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        for m in re.finditer(r"[.!?…]+[»”\"“]?(?=\s+[«\"“„—–(\-]?\s*[^\W\d_])|\n+", text):
            if m.group().startswith("\n"):
                starts.append(m.end())
                continue
            before = WORD.findall(text[max(0, m.start() - 12) : m.start()])
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
        # at most MAX_SENTENCE_CHARS either side, cut at a space (a 200,000-character "sentence"
        # took minutes: every rule's work grew with the square of its length)
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
        if self.lang.quote_family is not None:
            self._mixed_quotations(found, taken)
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

    def _mixed_quotations(self, found: list[tuple[int, int]], taken: bytearray) -> None:
        """Pair the double marks of one family in each paragraph, whichever way each is written
        ("“…?\"" closes); an opening mark while one is open means the first was never closed."""
        assert self.lang.quote_family is not None
        opening, closing, either = self.lang.quote_family
        for paragraph in re.finditer(r"[^\n]+", self.text):
            start: int | None = None
            for i, c in enumerate(paragraph.group(), paragraph.start()):
                if c == opening or (c == either and start is None):
                    start = i
                elif c in (closing, either) and start is not None:
                    found.append((start + 1, i))
                    taken[start : i + 1] = b"\x01" * (i + 1 - start)
                    start = None

    def content_end(self, start: int, end: int) -> int:
        """``end``, or earlier where the writer's own clause begins (", while …")."""
        if not self.lang.content_breaks:
            return end
        segment = self.text[start:end].casefold()
        cuts = [segment.find(b) for b in self.lang.content_breaks]
        found = [c for c in cuts if c > 0 and not self.in_quotation(start + c)]
        return start + min(found) if found else end

    def overlaps_quotation(self, start: int, end: int) -> bool:
        """Whether the content of a quotation touches ``start``–``end`` (either end included)."""
        index = bisect_right(self.quotations, (end, len(self.text) + 1)) - 1
        return index >= 0 and self._furthest_end[index] >= start

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of ``start``–``end`` lie inside quotations (a quotation inside
        another counted again)."""
        index = bisect_left(self.quotations, (end, -1)) - 1  # the last one starting before end
        inside = 0
        while index >= 0 and self._furthest_end[index] > start:
            a, b = self.quotations[index]
            if start < b:
                inside += min(b, end) - max(a, start)
            index -= 1
        return inside

    def in_quotation(self, position: int) -> bool:
        index = bisect_right(self.quotations, (position, len(self.text) + 1)) - 1
        return (
            index >= 0 and self.quotations[index][0] - 1 <= position <= (self.quotations[index][1])
        )

    # the attribution next to a verb

    def abbreviation_at(self, position: int) -> bool:
        """Whether the full stop at ``position`` ends an abbreviation ("Mr.", "Sen.") or an
        initial ("Mary K. Smith") rather than a sentence."""
        if self.text[position] != ".":
            return False
        before = WORD.findall(self.text[max(0, position - 12) : position])
        if not before or not self.text[position - 1 : position].isalpha():
            return False
        word = before[-1]
        return fold(word) in self.lang.abbreviations or (len(word) == 1 and word.isupper())

    def verb_in(self, start: int, end: int) -> re.Match[str] | None:
        match = self.lang.verb_re.search(self.text, start, end)
        return match

    def gender(self, verb: str) -> str | None:
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
        while clause_end < min(len(text), start + limit) and (
            text[clause_end] not in '.,;:!?\n—«»"“”„(' or self.abbreviation_at(clause_end)
        ):
            clause_end += 1
        verb = self.verb_in(start, clause_end)
        if verb is None:
            return None
        before = tokenize(text, start, verb.start())
        if len(before) > 6:
            return None
        gender = self.gender(verb.group())
        if before:
            mention = mention_in(self.lang, text, before, last=True) or _described(text, before)
        else:
            mention = mention_in(
                self.lang, text, tokenize(text, verb.end(), clause_end), last=False
            )
            if mention is None and clause_end < len(text) and text[clause_end] == ",":
                # "said the city's mayor, Jane Doe," – the name after the comma
                nxt = tokenize(text, clause_end + 1, min(len(text), clause_end + 60))[:3]
                mention = mention_in(self.lang, text, nxt, last=False)
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
        gap = len(tokenize(text, verb.end(), sentence_start + tail.start()))
        if gap > (12 if tail.group().strip().startswith(":") else 4):
            return None
        mention = self.subject_before(sentence_start, verb.start())
        if mention is None:
            mention = mention_in(
                self.lang,
                text,
                tokenize(text, verb.end(), sentence_start + tail.start()),
                last=False,
            )
        if mention is None:
            return None
        return mention, self.gender(verb.group()) or ""

    def subject_before(self, sentence_start: int, verb_start: int) -> Mention | None:
        text = self.text
        segment = text[sentence_start:verb_start]
        cuts = [m.end() for m in CLAUSE_BREAK.finditer(segment)]
        clause_start = sentence_start + cuts[-1] if cuts else sentence_start
        tokens = tokenize(text, clause_start, verb_start)[-8:]
        mention = mention_in(self.lang, text, tokens, last=True) if tokens else None
        # ", has said", ", also said": only lowercase words between the comma and the verb
        bare_verb = all(t.text[:1].islower() for t in tokens) and len(tokens) <= 3
        if mention is None and bare_verb and cuts:
            # "Jane Doe, the city's mayor, said": a name in an earlier clause of the sentence
            bounds = [0, *cuts]
            clauses = [
                tokenize(text, sentence_start + left, sentence_start + right - 1)
                for left, right in pairwise(bounds)
            ]
            # the subject comes first: the first clause that names someone, past an opening
            # adverbial ("In a statement,"), appositions and relative clauses after it
            for index, clause in enumerate(clauses):
                if not clause or self._not_subject(clause):
                    continue
                if index > 0 and self._place_after(clauses[index - 1], clause):
                    continue  # "of Dayton, Ohio,": the place goes on
                found = mention_in(self.lang, text, clause[:6], last=False)
                if found is not None and found.reference == "name":
                    mention = found
                    break
            if mention is None:  # no name: the nearest title or pronoun
                for clause in reversed(clauses):
                    if clause and clause[0].folded in self.lang.relative_words:
                        continue
                    found = mention_in(self.lang, text, clause[-6:], last=True) if clause else None
                    if found is not None:
                        mention = found
                        break
        if mention is None and self.lang.morph.inflected:
            mention = self.organisation(clause_start, verb_start)
        if mention is None and self.lang.morph.inflected:
            mention = self._noun_subject(tokenize(text, clause_start, verb_start))
        return mention

    def _noun_subject(self, tokens: list[Token]) -> Mention | None:
        """A noun phrase in the nominative that is the whole subject ("Местные рыбаки
        утверждают", "Женщина говорит"): someone described, not named."""
        morph = self.lang.morph
        words = list(tokens)
        while words and morph.part_of_speech(words[-1].text) == "ADVB":
            words.pop()  # "жители постоянно жалуются"
        if not words or len(words) > 4 or morph.part_of_speech(words[-1].text) != "NOUN":
            return None
        if not all(morph.nominative_phrase_word(t.text) for t in words):
            return None
        start, end = words[0].start, words[-1].end
        written = self.text[start:end]
        return Mention(start, end, written, "description", written, None)

    def _not_subject(self, clause: list[Token]) -> bool:
        """A clause that cannot hold the subject: a relative clause ("who …"), or one that opens
        with a preposition or adverb ("after …", "of Dayton")."""
        first = clause[0].folded
        return (
            first in self.lang.relative_words
            or first in self.lang.affiliation_words
            or first in self.lang.bare_not_starts
            or self.lang.morph.opens_adverbial(clause[0].text)
        )

    def _place_after(self, earlier: list[Token], clause: list[Token]) -> bool:
        """Whether ``clause`` (one or two capitalised words) continues a place that the clause
        before it named after a preposition ("of Dayton, Ohio")."""
        return (
            bool(earlier)
            and earlier[0].folded in self.lang.affiliation_words
            and 0 < len(clause) <= 2
            and all(t.capitalised for t in clause)
        )

    def organisation(self, start: int, end: int) -> Mention | None:
        """'в пресс-службе МИД АР' → пресс-служба МИД АР (who "сообщили")."""
        m = re.search(
            r"\b(?:в|во)\s+([\w-]+(?:\s+[\w-]+){0,3})", self.text[start:end], re.IGNORECASE
        )
        if m is None:
            return None
        morph = self.lang.morph
        words = m.group(1).split()
        head = 0
        for i, word in enumerate(words):
            if morph.part_of_speech(word) == "NOUN":
                head = i
                break
        if (
            morph.lemma(words[head]) not in self.lang.organisations
            and not words[head][:1].isupper()
        ):
            return None  # "в большинстве своем уверяют": no body named
        gender = morph.gender(words[head])
        name = " ".join(
            [*(morph.nominative(w, gender) for w in words[: head + 1]), *words[head + 1 :]]
        )
        s, e = start + m.start(1), start + m.end(1)
        return Mention(s, e, self.text[s:e], "organisation", name, None)
