"""Metadata read from an article's own text: the news dateline and a title.

A dateline ("БАКУ, 28 июл - Sputnik.", "WASHINGTON, May 12 (Reuters) -", "МОСКВА, 3 марта.
/ТАСС/.") gives the place, the day and month (the year only when it is written) and the agency.
Nothing here invents a year: a dateline without one gives no publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdesk.core.domain.article_text import TRAILING_JOINERS, headline
from claimdesk.core.domain.dates import month_number
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_TITLE_CHARS = 160

_UPPER = "A-ZА-ЯЁІЇЄҐÀ-ÖØ-ÞŁŚŻŹĆŃ"
_LETTER = r"[^\W\d_]"
_PLACE = rf"[{_UPPER}][\w.'’\-]*(?:[ \-][{_UPPER}][\w.'’\-]*){{0,3}}"
_MONTH_WORD = rf"{_LETTER}{{3,10}}\.?"
_YEAR = r"(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)(?:\s*(?:г\.|года|р\.|року))?)?"
_DATE = (
    rf"(?:(?P<day1>\d{{1,2}})\.?\s+(?:de\s+)?(?P<month1>{_MONTH_WORD})"
    rf"|(?P<month2>{_MONTH_WORD})\s+(?P<day2>\d{{1,2}})){_YEAR}"
)
_DASH = r"[-–—]"
_AGENCY = r"[^\s()/.,][^()/\n]{0,38}?"
_DATELINE = re.compile(
    rf"""\A\s*(?P<place>{_PLACE})
    (?:,\s*(?P<region>{_PLACE}))?           # "KYIV, Ukraine (AP)"
    (?:\s*[,.]\s*{_DATE})?                   # "28 июл", "May 12", "12. Mai", "12 de mayo"
    \s*\.?\s*
    (?:
        \((?P<agency1>{_AGENCY})\)\s*\.?\s*(?P<dash1>{_DASH})?  # "(Reuters) -", "(AFP).-"
      | /(?P<agency2>{_AGENCY})/\s*\.?                     # "/ТАСС/."
      | (?P<dash3>{_DASH})\s*(?P<agency3>{_AGENCY})\s*\.(?=\s|$)  # "- Sputnik.", "— РИА Новости."
      | (?P<agency4>[{_UPPER}][{_UPPER}.\-]+)\s*{_DASH}     # "INTERFAX.RU -"
      | (?P<dash>{_DASH})                                  # "МОСКВА, 3 марта —"
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a news dateline says; ``end`` is where the article's own words start."""

    place: str
    start: int
    day: int | None
    month: int | None
    year: int | None
    outlet: str
    end: int

    @property
    def published(self) -> str | None:
        """A partial ISO date when the year is written; None otherwise (never a guessed year)."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def describe(self) -> Message:
        """ "Baku, 28 July, Sputnik" style summary for a note on the import, in the user's
        language when it is shown (the month's name is)."""
        when: Message | int | None = self.year
        if self.day is not None and self.month is not None:
            when = Message(DAY_OF_MONTH[self.month - 1], day=self.day)
            if self.year is not None:
                when = Message(
                    QT_TRANSLATE_NOOP("Errors", "{date} {year}"), date=when, year=self.year
                )
        place = self.place.title()
        if when is not None and self.outlet:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{place}, {date}, {outlet}"),
                place=place,
                date=when,
                outlet=self.outlet,
            )
        if when is not None:
            return Message(QT_TRANSLATE_NOOP("Errors", "{place}, {date}"), place=place, date=when)
        if self.outlet:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{place}, {outlet}"), place=place, outlet=self.outlet
            )
        return Message("{place}", place=place)  # nothing to translate


DAY_OF_MONTH = (
    QT_TRANSLATE_NOOP("Errors", "{day} January"),
    QT_TRANSLATE_NOOP("Errors", "{day} February"),
    QT_TRANSLATE_NOOP("Errors", "{day} March"),
    QT_TRANSLATE_NOOP("Errors", "{day} April"),
    QT_TRANSLATE_NOOP("Errors", "{day} May"),
    QT_TRANSLATE_NOOP("Errors", "{day} June"),
    QT_TRANSLATE_NOOP("Errors", "{day} July"),
    QT_TRANSLATE_NOOP("Errors", "{day} August"),
    QT_TRANSLATE_NOOP("Errors", "{day} September"),
    QT_TRANSLATE_NOOP("Errors", "{day} October"),
    QT_TRANSLATE_NOOP("Errors", "{day} November"),
    QT_TRANSLATE_NOOP("Errors", "{day} December"),
)
"""A day of each month, as a date says it ("28 July"; in Russian the month's genitive)."""


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text`` (or of its first paragraph after a headline)."""
    start = 0
    for _ in range(2):  # the dateline may follow a one-line headline
        while start < len(text) and text[start].isspace():
            start += 1
        found = _parse_dateline(text, start)
        if found is not None:
            return found
        line_end = text.find("\n", start)
        if line_end < 0 or line_end - start > MAX_TITLE_CHARS * 2:
            return None
        start = line_end + 1
    return None


def _parse_dateline(text: str, start: int) -> Dateline | None:
    match = _DATELINE.match(text[start : start + 200])
    if match is None:
        return None
    place = match["place"]
    end = match.end()
    agency = match["agency1"] or match["agency2"] or match["agency4"] or ""
    if match["agency3"]:
        if _is_agency(match["agency3"]):
            agency = match["agency3"]
        else:  # "ВАШИНГТОН, 28 июля — Президент США заявил." : the dash ends the dateline
            end = match.end("dash3")
    month_word = match["month1"] or match["month2"]
    day_text = match["day1"] or match["day2"]
    month = month_number(month_word) if month_word else None
    if month_word and month is None:
        return None  # "NEW YORK, Broadway 12 -" is not a date
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    if match["agency1"] and not match["dash1"] and not place.isupper():
        # "Sen. Jane Doe (D-Ohio) said" is a name and a party, not "KYIV (AP) Ukraine said"
        return None
    if not agency and month is None:
        return None  # a place and a dash alone is too weak: "Итак, —"
    if not agency and not place.isupper():
        return None  # "Berlin, 12. Mai —" is plausible but "Как сообщили, 5 мая —" is not
    if agency and (len(agency.split()) > 4 or (agency[0].islower() and not match["agency1"])):
        return None
    year = int(match["year"]) if match["year"] else None
    return Dateline(
        place=place.strip(),
        start=start,
        day=day,
        month=month,
        year=year,
        outlet=agency.strip(),
        end=start + end,
    )


def _is_agency(name: str) -> bool:
    """A word or two after a dateline's dash that names a news agency, not a sentence."""
    words = name.split()
    folded = name.casefold()
    if any(folded.startswith(known) for known in _KNOWN_AGENCY_NAMES):
        return True
    if len(words) == 1 and len(name) <= 4 and not name.isupper():
        return False  # "WASHINGTON — Sen. Jane Doe said": a title's abbreviation, not "— AP."
    return len(words) == 1 and name[0].isupper()


_KNOWN_AGENCY_NAMES = (
    "sputnik", "риа новости", "тасс", "интерфакс", "interfax", "reuters", "afp", "dpa", "efe",
    "ansa", "xinhua", "синьхуа", "укрінформ", "укринформ", "уніан", "униан", "белта",
    "казинформ", "trend", "anadolu", "bloomberg", "рбк", "regnum", "регнум", "новости",
)  # fmt: skip


def guess_title(text: str, dateline: Dateline | None = None) -> str:
    """A title from the text: its first line when that reads as a headline, else the first
    sentence of the first paragraph, without a leading dateline."""
    first, line_start = "", 0
    position = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            first, line_start = raw.strip(), position
            break
        position += len(raw)
    if not first:
        return ""
    if dateline is not None and dateline.start == line_start:
        first = text[dateline.end : line_start + len(text[line_start:].split("\n", 1)[0])]
        return _first_sentence(first.strip())
    if len(first) <= MAX_TITLE_CHARS:
        return headline(first)
    return _first_sentence(first)


# two letters before the stop, so "U.S. Senate" and "Дж. Байрамов" do not end a sentence
_SENTENCE_END = re.compile(r"(?:[^\s.]{2}|[»”\")])[.!?…][»”\"]?(?=\s+[«“\"A-ZА-ЯЁІЇЄҐ])")


def _first_sentence(paragraph: str) -> str:
    paragraph = " ".join(paragraph.split())
    found = _SENTENCE_END.search(paragraph)
    sentence = paragraph[: found.end()] if found else paragraph
    if len(sentence) <= MAX_TITLE_CHARS:
        return sentence
    cut = sentence[: MAX_TITLE_CHARS - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(TRAILING_JOINERS) + "…"
