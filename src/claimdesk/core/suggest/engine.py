"""The engine: run every rule family over an article, keep one suggestion per stretch of text,
resolve each speaker mention to a person of the article and, where one matches, to a catalogue
speaker. Deterministic and offline; nothing is stored here."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimdesk.core.matching.speaker_index import SpeakerMatcher
from claimdesk.core.suggest.calibration import calibrated
from claimdesk.core.suggest.context import DIRECT, Context, Found
from claimdesk.core.suggest.language import (
    Language,
    available_languages,
    detect_language,
    load_language,
)
from claimdesk.core.suggest.parsed_subjects import FIRST_AND_SECOND
from claimdesk.core.suggest.people import People, Person
from claimdesk.core.suggest.rules import FAMILIES
from claimdesk.core.suggest.russian_nlp import ready_for

MATCH_SCORE = 88.0
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
    """How the speaker is named at the mention: "name", "pronoun", "title", "organisation" or
    "description" ("a senior official")."""
    unnamed: bool = False
    """The speaker is a group or a description, not someone named ("critics", "эксперты", "a
    senior official", a title no name in the article goes with)."""
    basis: str = ""
    """What the confidence rests on: the pattern and how the speaker was found, e.g.
    "quote after/full name", "that/pronoun" (see :mod:`claimdesk.core.suggest.calibration`)."""
    language: str = ""
    """The code of the language the article was read in (whose ``min_confidence`` decides
    whether the suggestion is shown by default)."""
    role: str = ""
    """The role the article gives the speaker right before their name ("посол"), for a new
    speaker made from the suggestion (see :mod:`claimdesk.core.suggest.roles`)."""

    @property
    def speaker_unknown(self) -> bool:
        """The speaker is a pronoun that refers to no one named before it ("Они", "Я"): who
        spoke is for the reader to say, so it is never made a catalogue speaker unasked."""
        return self.unnamed and self.reference == "pronoun"

    @property
    def acceptable_unseen(self) -> bool:
        """Whether the suggestion may be stored without the reader choosing its speaker (accept
        all, ``claimdesk-cli suggest --accept-min``): it has a speaker, and not an unknown one."""
        return bool(self.speaker) and not self.speaker_unknown


LONG_NAME = "+long name"
"""Added to the basis when the speaker's name has more than two words (initials, a middle name,
"Jr."): such suggestions were right less often on the English set; a table without such a basis
uses the one without it (:func:`claimdesk.core.suggest.calibration.calibrated`)."""

SpeakerSource = SpeakerMatcher | Iterable[tuple[int, Sequence[str]]] | None


def ready_at_once(text: str, language: str | None = None) -> bool:
    """Whether suggestions for ``text`` come without first loading a language model (the
    Russian parser takes a second or more on its first use in a process): a window reads the
    others off its thread."""
    code = language if language in available_languages() else detect_language(text)
    return ready_for(code)


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
    context = Context(text, lang)
    found = without_overlaps([item for family in FAMILIES for item in family(context)])
    people = People(lang, context.text, context.sentences, context.quotations)
    for item in found:
        if item.mention.reference == "name":
            item.person = people.person(item.mention, item.gender)
            item.person.speaker = True
    people.add_names_in_text()
    for item in found:  # a surname alone that two people named in the article share
        if item.mention.reference == "name" and len(item.mention.text.split()) == 1:
            item.person = people.person(item.mention, item.gender)
    people.locate()
    matcher, names = _matcher(speakers)
    results: list[Suggestion] = []
    last_speaker: tuple[Person, int] | None = None
    for item in found:
        confidence = item.confidence
        name = ""
        unnamed = False
        reference = item.mention.reference
        found_by = reference
        if reference in ("organisation", "description"):
            name = item.mention.key[:1].upper() + item.mention.key[1:]
            unnamed = reference == "description" or _common_noun(lang, item.mention.key)
            confidence -= 0.1
        else:
            person = item.person
            if person is None and not _never_one_person(item):
                person = people.resolve(item.mention, item.gender, item.mention.start, last_speaker)
                confidence -= 0.05 if reference == "pronoun" else 0.08
            if person is not None:
                # (from the end of what they said: the people it names are talked about)
                last_speaker = (person, max(item.mention.start, item.end))
                name = person.name
                found_by = _found_by(item, person.name)
            elif reference == "pronoun" and lang.unresolved_pronoun_speaker:
                # "они сказали", "я утверждаю", "он" with no one before it: the pronoun, in the
                # nominative, is who the text names; the reader decides who that is
                pronoun = lang.morph.lemma(item.mention.key)
                name = pronoun[:1].upper() + pronoun[1:]
                unnamed = True
                confidence = min(confidence, 0.45)
                found_by = "unresolved pronoun"
            elif reference == "title":  # "говорит режиссер", "the senator said": no one named
                title = item.mention.key if lang.morph.inflected else item.mention.text
                name = title[:1].upper() + title[1:]
                unnamed = True
                confidence -= 0.15
                found_by = "unnamed title"
        basis = f"{item.rule}/{found_by}"
        if reference not in ("organisation", "description") and len(name.split()) > 2:
            basis += LONG_NAME  # "Joseph R. Doe Jr.": annotators often keep a shorter form
        if name:
            confidence = calibrated(basis, confidence, lang.calibration)
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
                mention=text[item.mention.start : item.mention.end],
                reference=reference,
                unnamed=unnamed,
                basis=basis,
                language=code,
            )
        )
    return results


def _never_one_person(item: Found) -> bool:
    """Whether the pronoun speaker is plural or in the first or second person ("они", "мы",
    "я"): it does not refer to one person named earlier in the article."""
    mention = item.mention
    return mention.reference == "pronoun" and (
        mention.gender == "plur" or item.gender == "plur" or mention.key in FIRST_AND_SECOND
    )


def _found_by(item: Found, name: str) -> str:
    """How a person speaker was found: "full name" written at the mention, a "surname" whose
    full name the article gives, a "surname only", a "pronoun" or a "title" resolved."""
    if item.mention.reference != "name":
        return item.mention.reference
    if len([w for w in item.mention.text.split() if not w.endswith(".")]) > 1:
        return "full name"
    return "surname" if len(name.split()) > 1 else "surname only"


def _common_noun(lang: Language, name: str) -> bool:
    """Whether an organisation's name is a common noun phrase ("the company", "Critics",
    "пресс-служба"), not a proper name ("the Harbor Trust", "the IRS")."""
    words = name.split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    head = words[0]
    return all(w[:1].islower() for w in words[1:]) and (
        head[:1].islower() or lang.morph.lemma(head) in lang.organisations
    )


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


def without_overlaps(found: list[Found]) -> list[Found]:
    """One suggestion per stretch of text: direct quotes first, then the most confident."""
    ranked = sorted(found, key=lambda f: (f.kind != DIRECT, -f.confidence, f.start))
    kept: list[Found] = []
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


def proposal_for_span(
    found: Sequence[Suggestion], start: int, end: int, least: float
) -> Suggestion | None:
    """Of the suggestions ``found`` in an article, the surest for about the span
    ``start``–``end`` (overlapping at least half of the longer of the two, as suggestions are
    scored, or holding the whole span: part of a suggested quote is said by the same speaker; a
    few words of Бочарников's quote were proposed as Байрамов's, named earlier in the
    paragraph) that names a person and is as sure as ``least``: whom the speaker picker
    proposes for a span the user selected. A group, a description or an organisation ("a
    source in the government") is left for the user to name."""
    best = None
    for s in found:
        overlap = min(end, s.end) - max(start, s.start)
        inside = s.start <= start and end <= s.end
        if not inside and 2 * overlap < max(end - start, s.end - s.start):
            continue
        if s.unnamed or s.speaker_unknown or not s.speaker or s.confidence < least:
            continue
        if best is None or s.confidence > best.confidence:
            best = s
    return best
