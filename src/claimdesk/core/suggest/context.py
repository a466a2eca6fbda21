"""What every rule family reads in an article: its sentences, its quotations, and the speaker a
reporting clause names next to a speech verb ("— заявил X", ", she said", "X said, \"…")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.parsed_subjects import subject_of, verb_word
from claimdesk.core.suggest.people import Person
from claimdesk.core.suggest.russian_nlp import LANGUAGE as PARSED_LANGUAGE
from claimdesk.core.suggest.russian_nlp import MAX_WORDS, Word, models
from claimdesk.core.suggest.subjects import (
    LEAST_JOINED_CLAUSE,
    described,
    description_subject,
    named_group,
    names_only,
)
from claimdesk.core.suggest.tokens import WORD, Token, tokenize

DIRECT = "direct"
INDIRECT = "indirect"

CLAUSE_BREAK = re.compile(r"[,;(]|:(?=\s)|\s[—–](?=\s)")
MAX_SENTENCE_CHARS = 1000
"""How far either side of a position the rules look within one sentence: a text without full
stops is one "sentence" as long as the article, and the work per speech verb must stay bounded."""
MAX_PARSED_SENTENCES = 1500
"""At most this many sentences of an article are parsed (about 0.5 s of work; a 5,000-word
article has some 300): in a longer one the rest are left to the rules."""
MAX_PARSED_CLAUSES = 100
"""At most this many reporting clauses are parsed on their own, one by one (each costs a few
milliseconds; see :meth:`Context.with_syntax`)."""
MAX_PARSED_CHARS = MAX_SENTENCE_CHARS
"""The longest sentence the syntax parses (a longer one is left to the rules): in a text without
full stops every verb has a "sentence" of its own, 2,000 characters around it, and parsing each
would take seconds per hundred verbs."""


_MOST_LONG_SUBJECT = 12
"""Words of a speaker with an affiliation or a long description after a quotation."""
_INDEFINITE_WORDS = frozenset({"a", "an", "one"})
_PREPOSITIONS = frozenset({"on", "in", "at", "to", "for", "from", "with", "about", "by", "into"})
"""Words before a name after the verb that make it a place or medium, not the speaker."""
_FEW_BEFORE_COMMA = 4
_MOST_BEFORE_COMMA = 8
"""Words between a speech verb and the comma before a quotation: up to the first number any,
up to the second (English) only words naming whom or where it was said ('told the radio
station's morning host Jane Doe, "…"'), no clause."""
_PASSIVE_ADVERBS = frozenset({"also", "later", "then", "not", "never", "first", "again", "since"})
"""Adverbs between "be" and a passive participle ("was also told", "was not asked")."""
_DOUBLED = re.compile(r"''|``")
_PARTICIPLE_AFTER_QUOTE = re.compile(r",[\"”’'][ \t\u00a0]+(?=[a-z]+ing\b)")
"""A comma and closing mark, then a participle: '…," adding …' (a speech verb ends content)."""
_DESCRIBING_WORDS = frozenset({"the", "a", "an"})
"""Words that open a description before or around a name ("the economist Jane Doe")."""
_PARENTHESIS = re.compile(r"\((?:[^()\n\"“”«»]{1,40})\)")
"""A short parenthesis ("(D-Ohio)", "(NRA)"): blanked for the rules (offsets kept), since it is
never the speaker and its full stops are no sentence ends."""


def _closed_later(text: str, start: int, end: int) -> bool:
    """Whether a closing double mark comes in ``text[start:end]`` before any opening one."""
    for c in text[start:end]:
        if c in "“«„":
            return False
        if c in '”"»':
            return True
    return False


def _typewriter_quotes(text: str) -> str:
    """Two apostrophes (or backquotes) typed for a quotation mark, as some newspapers' archives
    have them, read as one ``"`` beside the quoted words and a space (so no offset moves)."""

    def one(m: re.Match[str]) -> str:
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        closing = before != "" and not before.isspace() and not after.isalnum()
        return '" ' if closing else ' "'

    return _DOUBLED.sub(one, text)


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
        self._parses: dict[tuple[int, int], list[Word]] = {}
        self._clauses_parsed = 0
        self._passive: dict[int, bool] = {}

    # sentences and quotations

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        for m in re.finditer(r"[.!?…]+[»”\"“]?(?=\s+(?:[«\"“„—–(\-]\s*){0,3}[^\W\d_])|\n+", text):
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
        text = self.text
        for paragraph in re.finditer(r"[^\n]+", text):
            start: int | None = None
            nested_end = -1
            for i, written in enumerate(paragraph.group(), paragraph.start()):
                if i <= nested_end:
                    continue
                c = written
                if c == opening and start is not None and text[start] == either:
                    # '"… about “Fair Fares” anymore …"': curly marks inside straight ones
                    inner_end = text.find(closing, i + 1, paragraph.end())
                    next_straight = text.find(either, i + 1, paragraph.end())
                    if 0 < inner_end < next_straight:
                        nested_end = inner_end
                        continue
                if (
                    c == opening
                    and start is not None
                    and not text[i + 1 : paragraph.end()].strip()
                    and i - start > 1
                ):
                    c = closing  # '“… check this link .“' at the paragraph's end: a closing
                if c == opening or (c == either and start is None):
                    start = i
                elif c in (closing, either) and start is not None:
                    if text[i - 1].isdigit() and _closed_later(text, i + 1, paragraph.end()):
                        continue  # 'he is like 6’2”," Doe said': an inch mark, not the close
                    found.append((start + 1, i))
                    taken[start : i + 1] = b"\x01" * (i + 1 - start)
                    start = None

    def content_end(self, start: int, end: int) -> int:
        """``end``, or earlier where the writer's own clause begins (", while …"), or where
        the speaker goes on with another speech verb ("… and insisted that …", "but added")."""
        segment = self.text[start:end].casefold()
        found = []
        for b in self.lang.content_breaks:
            cut = segment.find(b)
            after = segment[cut + len(b) :].split(maxsplit=1)[:1]
            joined = b.strip(" ,;") in self.lang.conjunctions
            if joined and after and not self._new_clause(segment, cut + len(b), after[0]):
                continue  # "…, but that …", "…, but never …": the same content goes on
            if cut > 0 and not self.in_quotation(start + cut):
                found.append(cut)
        if not self.lang.morph.inflected:
            # '… "working together," suggesting that …': the quotation's comma, then more
            for comma in _PARTICIPLE_AFTER_QUOTE.finditer(self.text, start, end):
                verb = self.lang.verb_re.match(self.text, comma.end())
                if verb is not None and not self.in_quotation(comma.end()):
                    found.append(comma.start() - start)
                    break
        if self.lang.verb_conjunctions is not None:
            m = self.lang.verb_conjunctions.search(self.text, start, end)
            if m is not None and m.start() > start and not self.in_quotation(m.start()):
                found.append(m.start() - start)
        return start + min(found) if found else self._through_quotation(start, end)

    def subordinate_end(self, sentence_start: int, verb_start: int, start: int, end: int) -> int:
        """``end``, or the first comma after ``start`` when the speech verb is in a clause that
        opens the sentence with a subordinator ("While critics argue that …, the mayor has
        …", "When Doe said …, the crowd …"): the main clause after the comma is the writer's
        (English)."""
        if self.lang.morph.inflected:
            return end
        opening = tokenize(self.text, sentence_start, verb_start)
        if not opening or opening[0].folded not in self.lang.subordinators:
            return end
        if "," in self.text[sentence_start:verb_start]:
            return end  # "Though X is ahead, Doe says …": the verb is in the main clause
        comma = self.text.find(",", start, end)
        while comma >= 0 and self.in_quotation(comma):
            comma = self.text.find(",", comma + 1, end)
        return comma if comma >= 0 else end

    def _through_quotation(self, start: int, end: int) -> int:
        """``end``, or the end of a quotation (its closing mark) that opens inside the content
        and goes on past ``end``: a full stop inside quoted words ends no reported speech ('said
        he would "build it. We will find out."'). English: a Russian quotation's full stop is
        followed by its closing mark."""
        if self.lang.morph.inflected:
            return end
        index = bisect_right(self.quotations, (end, len(self.text) + 1)) - 1
        if index < 0:
            return end
        q_start, q_end = self.quotations[index]
        if start < q_start <= end < q_end and q_end - end <= MAX_SENTENCE_CHARS // 2:
            return q_end + 1
        return end

    def _new_clause(self, segment: str, at: int, word: str) -> bool:
        """Whether the words at ``at`` of a (casefolded) segment open a clause with a subject
        of its own ("but she has since …", "but the city …"), not a verb or "that" going on."""
        if word in self.lang.complementizers:
            return False
        return word in self.lang.bare_starts or word in self.lang.pronouns

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

    def passive(self, verb: re.Match[str]) -> bool:
        """Whether the speech verb follows a form of "be", perhaps with adverbs between ("she
        was stressed", "he was later told", "it has been reported"): a passive participle, whose
        subject is not who spoke. A gerund after it is no participle ("was saying")."""
        if not self.lang.passive_auxiliaries:
            return False
        # (every speech verb is checked, by two rules: the words before it are split once,
        # as a tokenizer pass for each made a long article measurably slower)
        known = self._passive.get(verb.start())
        if known is None:
            words = self.text[max(0, verb.start() - 40) : verb.start()].split()[-4:]
            while words and (words[-1].endswith("ly") or words[-1].casefold() in _PASSIVE_ADVERBS):
                words.pop()
            known = self._passive[verb.start()] = (
                bool(words)
                and fold(words[-1]) in self.lang.passive_auxiliaries
                and not verb.group().casefold().endswith("ing")
            )
        return known

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
            return self._apposed_attribution(start, clause_end)
        before = tokenize(text, start, verb.start())
        if before and before[0].folded in self.lang.subordinators:
            return None  # '"…" if Doe had asked': a clause of the writer's, not an attribution
        if not before and verb.group()[:1].isupper():
            return None  # '"….” Asked which town he liked, he …': a new sentence
        if not before and not self.lang.morph.inflected and verb.group().endswith("ing"):
            return None  # '"…," suggesting that …': more of what was said, no one named
        gender = self.gender(verb.group())
        if len(before) > 6:
            long_subject = self._long_subject(before)
            if long_subject is None:
                return None
            return long_subject, gender or ""
        if before:
            mention = mention_in(self.lang, text, before, last=True) or described(text, before)
        else:
            after = tokenize(text, verb.end(), clause_end)
            mention = mention_in(self.lang, text, after, last=False)
            if mention is not None and mention.reference == "name":
                mention = self._described_by_a_body(mention, after) or mention
            lead = [t for t in after if mention is not None and t.end <= mention.start]
            if (
                lead
                and not self.lang.morph.inflected
                and lead[-1].folded in _PREPOSITIONS
                and lead[0].folded not in _DESCRIBING_WORDS
            ):
                return None  # ", writing on Harbour News,": where, not who
            if (
                mention is not None
                and mention.reference == "name"
                and self.lang.morph.inflected
                and self._after_preposition(lead)
            ):
                # "— написал Подольски в своём Instagram": where he wrote, not who; the
                # speaker, if named, comes after ("— написал в Telegram Иванов"). A body
                # after "в" speaks: "сообщили в администрации города"
                rest = [t for t in after if t.start >= mention.end]
                mention = mention_in(self.lang, text, rest, last=False) if rest else None
            if (
                mention is not None
                and not self.lang.morph.inflected
                and len(after) > 2
                and after[0].folded in _INDEFINITE_WORDS
                and mention.start > after[1].start
            ):
                # "said a longtime adviser to Doe": someone described; Doe is not the speaker
                start, end = after[0].start, mention.end
                mention = Mention(start, end, text[start:end], "description", text[start:end], None)
            if mention is None and not self.lang.morph.inflected:
                mention = described(text, after[:6])  # "asked the boy", "said one voter"
            if mention is None and clause_end < len(text) and text[clause_end] == ",":
                # "said the city's mayor, Jane Doe," – the name after the comma
                nxt = tokenize(text, clause_end + 1, min(len(text), clause_end + 60))[:3]
                mention = mention_in(self.lang, text, nxt, last=False)
        mention = self.with_syntax(mention, verb.start())
        if mention is None:
            return None
        return mention, gender or ""

    def _after_preposition(self, lead: list[Token]) -> bool:
        """Whether ``lead`` ends with a preposition, perhaps with possessives or adjectives
        after it ("в своём", "на его"): what follows is its object (Russian, by part of
        speech)."""
        part = self.lang.morph.part_of_speech
        index = len(lead) - 1
        while index >= 0 and part(lead[index].text) in ("ADJF", "NPRO"):
            index -= 1
        return index >= 0 and part(lead[index].text) == "PREP"

    def _long_subject(self, before: list[Token]) -> Mention | None:
        """The speaker in more than six words before the verb after a quotation (English): a
        name with its affiliation ('"…," Jane Doe of the Harbour Institute for Coastal Studies
        said') or a description with no clause in it ('"…," the veteran harbour master and
        former council member said')."""
        if self.lang.morph.inflected or len(before) > _MOST_LONG_SUBJECT:
            return None
        if any(
            t.folded in self.lang.finite_verbs
            or t.folded in self.lang.relative_words
            or t.folded in self.lang.complementizers
            for t in before
        ):
            return None
        text = self.text
        if before[0].capitalised:
            mention = mention_in(self.lang, text, before[:4], last=False)
            if (
                mention is not None
                and mention.reference == "name"
                and mention.start == before[0].start
            ):
                rest = [t for t in before if t.start >= mention.end]
                if rest and rest[0].folded in self.lang.affiliation_words:
                    return mention
            return None
        if before[0].folded in _DESCRIBING_WORDS:
            start, end = before[0].start, before[-1].end
            return Mention(start, end, text[start:end], "description", text[start:end], None)
        return None

    def _apposed_attribution(self, start: int, clause_end: int) -> tuple[Mention, str] | None:
        """'"…," Jane Doe, a city planner, said' / '"…," Doe, 49, told' / '"…," the economist
        Jane Doe, a former adviser, wrote' / '"…," the city's spokesman, Jane Doe, said': a name
        (or a description with the name as its apposition), an apposition between commas (no
        speech verb; a relative clause may be one: '"…," Doe, who led the campaign, said'),
        then the speech verb with at most two lowercase words
        before it."""
        text = self.text
        if clause_end >= len(text) or text[clause_end] != ",":
            return None
        subject = tokenize(text, start, clause_end)
        if not subject:
            return None
        position = clause_end + 1
        named_apart = False  # the name is the description's apposition
        if subject[0].capitalised and len(subject) <= 4:
            mention = mention_in(self.lang, text, subject, last=False)
        elif (
            not self.lang.morph.inflected
            and len(subject) <= 6
            and subject[0].folded in _DESCRIBING_WORDS
        ):
            mention = mention_in(self.lang, text, subject, last=True)
            if mention is None or mention.reference != "name" or mention.end != subject[-1].end:
                mention, position = self._name_apposed(position)
                named_apart = True
        else:
            return None
        if mention is None or mention.reference != "name":
            return None
        for appositions in range(3):  # none, or one or two clauses ("a lawyer, 52,")
            clause_end = position
            while clause_end < min(len(text), position + 60) and (
                text[clause_end] not in '.,;:!?\n—«»"“”„(' or self.abbreviation_at(clause_end)
            ):
                clause_end += 1
            verb = self.verb_in(position, clause_end)
            if verb is not None:
                between = tokenize(text, position, verb.start())
                if not (appositions or named_apart) or len(between) > 2:
                    return None
                if any(t.capitalised for t in between):
                    return None
                return mention, self.gender(verb.group()) or ""
            if appositions == 2:
                return None
            end = position
            while end < min(len(text), position + 130) and (
                text[end] not in '.,;:!?\n—«»"“”„(' or self.abbreviation_at(end)
            ):
                end += 1
            if end >= len(text) or text[end] != ",":
                return None
            if (
                not text[position:end].strip()  # an age ("Doe, 61,") has no words
                or self.verb_in(position, end) is not None
            ):
                return None
            position = end + 1
        return None

    def _described_by_a_body(self, mention: Mention, after: list[Token]) -> Mention | None:
        """'said Harbour University political scientist Jane Doe': the first name is a body
        the person works for; the name after the lowercase description is the speaker's
        (English)."""
        if self.lang.morph.inflected:
            return None
        rest = [t for t in after if t.start >= mention.end]
        if not rest or rest[0].folded not in self.lang.organisations:
            return None
        words = 1
        while words < len(rest) and not rest[words].capitalised:
            words += 1  # the lowercase description ("political scientist")
        if words == 1 or words == len(rest):
            return None  # "Harbour University Press": still the body's name
        later = mention_in(self.lang, self.text, rest[words : words + 4], last=False)
        if later is None or later.reference != "name" or later.start != rest[words].start:
            return None
        return later

    def _name_apposed(self, position: int) -> tuple[Mention | None, int]:
        """The name standing alone between commas from ``position`` (", Jane Doe,") and where
        the words after it start."""
        end = self.text.find(",", position, position + 50)
        if end < 0:
            return None, position
        words = tokenize(self.text, position, end)
        if not 1 <= len(words) <= 4 or not all(t.capitalised for t in words):
            return None, position
        mention = mention_in(self.lang, self.text, words, last=False)
        if mention is None or (mention.start, mention.end) != (words[0].start, words[-1].end):
            return None, position
        return mention, end + 1

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
        words = tokenize(text, verb.end(), sentence_start + tail.start())
        colon = tail.group().strip().startswith(":")
        most = _MOST_BEFORE_COMMA if not self.lang.morph.inflected else _FEW_BEFORE_COMMA
        if len(words) > (12 if colon else most):
            return None
        if (
            not colon
            and len(words) > _FEW_BEFORE_COMMA
            and any(
                w.folded in self.lang.finite_verbs
                or w.folded in self.lang.subordinators
                or w.folded in self.lang.complementizers
                for w in words
            )
        ):
            return None  # 'said because Doe is popular, "…"': a clause of the writer's between
        # the clause before the quotation parsed alone: the quoted words confuse the parse
        clause = (sentence_start, sentence_start + tail.start())
        mention = self.subject_before(sentence_start, verb.start(), clause)
        if mention is None:
            mention = mention_in(
                self.lang,
                text,
                tokenize(text, verb.end(), sentence_start + tail.start()),
                last=False,
            )
            mention = self.with_syntax(mention, verb.start())
        if mention is None:
            return None
        return mention, self.gender(verb.group()) or ""

    def subject_before(
        self, sentence_start: int, verb_start: int, parsed: tuple[int, int] | None = None
    ) -> Mention | None:
        """The speaker named before the verb at ``verb_start``; ``parsed`` is the stretch of
        text the syntax parses for it (default: the sentence)."""
        text = self.text
        earlier = self._joined_verb(sentence_start, verb_start)
        if earlier is not None:  # "X said … and insisted …": the subject of the first verb
            return self.subject_before(sentence_start, earlier)
        segment = text[sentence_start:verb_start]
        cuts = [m.end() for m in CLAUSE_BREAK.finditer(segment)]
        clause_start = sentence_start + cuts[-1] if cuts else sentence_start
        tokens = tokenize(text, clause_start, verb_start)[-8:]
        tokens = self._after_joined_clause(tokens)
        if not self.lang.morph.inflected:
            # quoted words are no subject ('played it down as "part of the campaign" and
            # argued'); "but" after a comma opens the clause ("…, but the fund reported")
            tokens = [t for t in tokens if not self.in_quotation(t.start)]
            if cuts and len(tokens) > 1 and tokens[0].folded in self.lang.conjunctions:
                tokens = tokens[1:]
        mention = mention_in(self.lang, text, tokens, last=True) if tokens else None
        # ", has said", ", also said": only lowercase words between the comma and the verb
        bare_verb = all(t.text[:1].islower() for t in tokens) and len(tokens) <= 3
        if mention is None and not self.lang.morph.inflected:
            mention = description_subject(text, tokens) or (
                described(text, tokens) if tokens else None
            )
        if tokens and tokens[0].folded in self.lang.thing_relatives:
            bare_verb = False  # "the film, which recounts …": a thing's verb, no one's
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
                if index == 0 and segment[cuts[0] - 2 : cuts[0]].strip() in ("—", "–"):
                    continue  # a dateline: "Washington (AFP) – Jane Doe has said, …"
                found = mention_in(self.lang, text, clause[:6], last=False)
                if found is not None and found.reference == "name":
                    following = clauses[index + 1] if index + 1 < len(clauses) else []
                    possessor = text[found.end : found.end + 2] in ("’s", "'s") or (
                        found.text.endswith(("’s", "'s"))
                    )
                    if (not clause[0].capitalised or possessor) and following:
                        # "the director of the agency, Jane Doe, said", "Spain’s party
                        # leader, Jane Doe, said": the apposed name
                        named = mention_in(self.lang, text, following, last=False)
                        if (
                            named is not None
                            and named.reference == "name"
                            and named.start == following[0].start
                            and named.end == following[-1].end
                        ):
                            found = named
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
        if mention is not None and mention.reference == "name" and not self.lang.morph.inflected:
            mention = named_group(text, self.lang, tokens, mention) or mention
        if mention is None and self.lang.morph.inflected:
            mention = self.organisation(clause_start, verb_start)
        if mention is None and self.lang.morph.inflected:
            mention = self._noun_subject(tokenize(text, clause_start, verb_start))
        return self.with_syntax(mention, verb_start, parsed)

    # the speaker by the syntax (Russian, where the models are installed)

    def parse(self, position: int, clause: tuple[int, int] | None = None) -> list[Word]:
        """The dependency parse of the sentence at ``position``, or of the ``clause`` (start,
        end) given; empty without the models."""
        nlp = models() if self.lang.code == PARSED_LANGUAGE else None
        if nlp is None:
            return []
        if not self._parses:
            # every sentence with a speech verb, in one batch: the rules ask about most of them
            # (only whole sentences short enough to parse: their bounds are what
            # :meth:`sentence` gives for any position inside them)
            ends = [*self.sentences[1:], len(self.text)]
            wanted = [
                (a, b)
                for a, b in zip(self.sentences, ends, strict=True)
                if b - a <= MAX_PARSED_CHARS and self.lang.verb_re.search(self.text, a, b)
            ][:MAX_PARSED_SENTENCES]
            self._parses.update(zip(wanted, nlp.parse_many(self.text, wanted), strict=True))
            self._parses[-1, -1] = []  # (marks the batch as done, even when it was empty)
        if clause is None:
            return self._parses.get(self.sentence(position), [])
        words = self._parses.get(clause)
        if words is None and clause[1] - clause[0] <= MAX_PARSED_CHARS:
            if self._clauses_parsed >= MAX_PARSED_CLAUSES:
                return []
            self._clauses_parsed += 1
            words = self._parses[clause] = nlp.parse(self.text, *clause)
        return words or []

    def syntax_subject(
        self, verb_start: int, clause: tuple[int, int] | None = None
    ) -> tuple[Mention, int, int] | None:
        """The subject of the speech verb at ``verb_start`` in the parse of its sentence (or of
        ``clause``), with the offsets of its whole phrase."""
        words = self.parse(verb_start, clause)
        verb = verb_word(words, verb_start)
        return None if verb is None else subject_of(self.lang, self.text, words, verb)

    def reported_clause_end(self, verb_start: int, end: int) -> int:
        """Where the clause a speech verb reports (the verb's ccomp in the parse) ends, if
        before ``end``; else ``end``."""
        words = self.parse(verb_start)
        verb = verb_word(words, verb_start)
        if verb is None or len(words) >= MAX_WORDS or self.text[words[-1].end : end].strip():
            return end  # no parse, or one that stops before the content does
        clause = next((i for i, w in enumerate(words) if w.head == verb and w.rel == "ccomp"), None)
        if clause is None:
            return end
        inside = {clause}
        grown = True
        while grown:
            more = {i for i, w in enumerate(words) if w.head in inside} - inside
            grown = bool(more)
            inside |= more
        last = max(words[i].end for i in inside if words[i].rel != "punct")
        return last if last < end else end

    def with_syntax(
        self, mention: Mention | None, verb_start: int, clause: tuple[int, int] | None = None
    ) -> Mention | None:
        """The rules' ``mention`` of a verb's speaker, or the parse's subject where the rules
        found none or another phrase than the subject (an object pronoun, a name in an
        adverbial); where the rules' mention is within the subject phrase, it is kept."""
        found = self.syntax_subject(verb_start)
        if found is None and clause is not None:
            # the quoted words after the clause can confuse the parse of the whole sentence
            found = self.syntax_subject(verb_start, clause)
        if found is None:
            return mention
        subject, start, end = found
        if mention is None:
            return subject
        if mention.start < end and start < mention.end:
            if (
                mention.reference == subject.reference == "description"
                and subject.start <= mention.start
                and mention.end <= subject.end
            ):
                return subject  # the whole noun phrase: "Жители соседних сёл", not "Жители"
            return mention
        return subject

    def _after_joined_clause(self, tokens: list[Token]) -> list[Token]:
        """The words after the last "and"/"but" that opens a clause of its own before the verb
        ("Doe's agency declined to comment and Senate aides later said"): its subject speaks."""
        for index in range(len(tokens) - 2, 0, -1):
            if tokens[index].folded in self.lang.conjunctions:
                rest = tokens[index + 1 :]
                if (
                    rest
                    and index >= LEAST_JOINED_CLAUSE  # "her advisers and allies": one subject
                    and not names_only(tokens[:index])
                    and mention_in(self.lang, self.text, rest, last=True) is not None
                ):
                    return rest
                return tokens
        return tokens

    def _joined_verb(self, sentence_start: int, verb_start: int) -> int | None:
        """Where the earlier speech verb of the sentence starts when the one at ``verb_start``
        is joined to it by "and" or "but" ("said … and insisted")."""
        pattern = self.lang.verb_conjunctions
        if pattern is None:
            return None
        m = pattern.search(self.text, max(sentence_start, verb_start - 30), verb_start + 40)
        if m is None or m.end() <= verb_start or m.start() >= verb_start:
            return None
        verbs = list(self.lang.verb_re.finditer(self.text, sentence_start, m.start()))
        if not verbs:
            return None
        earlier = verbs[-1].start()
        opening = tokenize(self.text, max(sentence_start, earlier - 20), earlier)
        if opening and opening[-1].folded in self.lang.subordinators:
            return None  # "When asked …, Doe smiled and said": the earlier verb opens a clause
        return earlier

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
        if (
            not self.lang.morph.inflected
            and len(clause) > 2
            and first.endswith("ing")
            and not clause[1].capitalised
        ):
            return True  # "Reacting to criticism, …": a participle opens the sentence
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
            [
                *(w if w.isupper() else morph.nominative(w, gender) for w in words[: head + 1]),
                *words[head + 1 :],
            ]
        )
        s, e = start + m.start(1), start + m.end(1)
        return Mention(s, e, self.text[s:e], "organisation", name, None)
