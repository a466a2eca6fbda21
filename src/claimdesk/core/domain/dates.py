"""Dates as people type them, read as the ISO 8601 partial dates the catalogue stores.

``2024``, ``2024-03`` and ``2024-03-15`` as they are, and the dotted forms written day first in
every language that writes them (``15.03.2024``, ``5.3.2024``, ``03.2024``), and dates with the
month's name as newspapers print them (``20 марта 2021 г.``, ``20 March 2021``, ``March 20,
2021``, ``12. März 2024``, ``5 de mayo de 2024``, ``марта 2021``; the name in any case, whole or
cut short); digits of any script and dash-like characters are read as ASCII digits and "-".
Slashes are refused: ``03/04/2024`` is the 4th of March in the United States and the 3rd of
April in Europe, and guessing would store the wrong one without a word."""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import MINYEAR, UTC, datetime

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, shorten

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Errors", "“{date}” is not a date: write it as YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY."
)
NOT_A_FULL_DATE = QT_TRANSLATE_NOOP(
    "Errors", "“{date}” is not a full date: write it as YYYY-MM-DD or DD.MM.YYYY."
)

_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)
_DOTTED = re.compile(r"(?:([0-9]{1,2})\.)?([0-9]{1,2})\.([0-9]{4})", re.ASCII)
_MONTH = r"([^\W\d_]{3,12})\.?"
_YEAR_WORD = r"(?:\s*(?:г|года|год|р|року|рік)\.?)?"
"""What may follow the year: "г.", "года" (Russian), "р.", "року" (Ukrainian)."""
_NAMED_DAY_FIRST = re.compile(
    rf"([0-9]{{1,2}})\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?([0-9]{{4}}){_YEAR_WORD}"
)
_NAMED_MONTH_FIRST = re.compile(rf"{_MONTH}\s+([0-9]{{1,2}}),?\s+([0-9]{{4}}){_YEAR_WORD}")
_NAMED_MONTH = re.compile(rf"{_MONTH},?\s+(?:de\s+)?([0-9]{{4}}){_YEAR_WORD}")
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_SHOWN_CHARS = 40
"""How much of what was typed a message repeats (a pasted paragraph is cut)."""


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        # ru, uk, en, de, fr, es, it, pt, pl (stems: a name matches when it starts with one)
        "янв січ jan ene gen",
        "фев лют feb fév fev",
        "мар бер mär mar",
        "апр кві apr avr abr",
        "май мая тра may mai mag",
        "июн чер jun juin giu",
        "июл лип jul juil lug",
        "авг сер aug août aou ago",
        "сен вер sep set",
        "окт жов oct okt ott out",
        "ноя лис nov",
        "дек гру dec dez déc dic",
    ),
    start=1,
):
    for _stem in _names.split():
        _MONTHS[_stem] = _number


def month_number(word: str) -> int | None:
    """The month a (possibly abbreviated or inflected) month name means, or None."""
    word = word.lower().rstrip(".")
    if len(word) < 3:
        return None
    for length in (4, 3):
        found = _MONTHS.get(word[:length])
        if found is not None:
            return found
    return None


def read_date(value: str | None, *, full: bool = False, not_a_date: str = "") -> str | None:
    """``value`` as typed, read as an ISO partial date ("2024", "2024-03", "2024-03-15"), or None
    when it is empty; with ``full``, only a whole date (year, month and day) is taken.

    Taken: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, day first with dots ``DD.MM.YYYY``,
    ``D.M.YYYY``, ``MM.YYYY``, and the month's name with the year (and the day before or after
    the name), with spaces around. Anything else is refused with
    InvalidValueError saying which forms are taken (``not_a_date``, a template with ``{date}``,
    says it instead when given); a date that does not exist (the 31st of February, a 13th
    month, the year 0) is refused saying why."""
    if value is None or not value.strip():
        return None
    given = value.strip()
    text = normalise_date_text(given)
    shown = shorten(given, _SHOWN_CHARS)
    parts: tuple[int, ...] | None = None
    if found := _ISO.fullmatch(text):
        parts = tuple(int(p) for p in found.groups() if p is not None)
    elif found := _DOTTED.fullmatch(text):
        day, month, year = found.groups()
        parts = (int(year), int(month)) + ((int(day),) if day is not None else ())
    else:
        parts = _named_month_parts(text)
    if parts is None or (full and len(parts) < 3):
        template = not_a_date or (NOT_A_FULL_DATE if full else NOT_A_DATE)
        raise InvalidValueError(template, date=shown)
    year, month = parts[0], parts[1] if len(parts) > 1 else 1
    if year < MINYEAR:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "“{date}” is not a real date (there is no year 0)."),
            date=shown,
        )
    if not 1 <= month <= 12:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{date}” is not a real date (a month is numbered from 01 to 12)."
            ),
            date=shown,
        )
    days = monthrange(year, month)[1]
    if len(parts) > 2 and not 1 <= parts[2] <= days:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{date}” is not a real date ({year}-{month:02d} has {days} days)."
            ),
            date=shown,
            year=year,
            month=month,
            days=days,
        )
    return "-".join([f"{year:04d}", *(f"{p:02d}" for p in parts[1:])])


def _named_month_parts(text: str) -> tuple[int, ...] | None:
    """(year, month, day) or (year, month) of a date written with the month's name, or None."""
    if found := _NAMED_DAY_FIRST.fullmatch(text):
        day, name, year = found.groups()
    elif found := _NAMED_MONTH_FIRST.fullmatch(text):
        name, day, year = found.groups()
    elif found := _NAMED_MONTH.fullmatch(text):
        (name, year), day = found.groups(), None
    else:
        return None
    month = month_number(name)
    if month is None:
        return None
    return (int(year), month) + ((int(day),) if day is not None else ())


def normalise_date_text(value: str) -> str:
    """``value`` with every decimal digit as its ASCII digit and every dash as "-"."""
    out = []
    for char in value:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            out.append(str(digit))
        elif char in _DASHES:
            out.append("-")
        else:
            out.append(char)
    return "".join(out)


def read_timestamp(value: object) -> datetime | None:
    """A moment a file records (an ISO 8601 / xsd:dateTime such as "2026-03-01T10:15:00Z", as
    Web Annotations and REFI-QDA projects write them) in UTC; a time without a zone is taken as
    UTC. None when it is missing or not such a time: what it dates is then dated now, as if
    the file had not said (the rest of the record is still good)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
