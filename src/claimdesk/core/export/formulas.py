"""What a spreadsheet might run as a formula, and how a CSV cell is kept from it.

Cells a spreadsheet would run as a formula are neutralised (a leading apostrophe), as OWASP
advises against CSV injection. :func:`needs_neutralising` is the one rule; the quick checks
(:data:`SAFE_CHARACTERS`, and the SQL the export builds from it) only ever decide the cases it
decides the same way, and leave every other cell to it.
"""

from __future__ import annotations

import re
import string
import unicodedata

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is neutralised (OWASP's list for CSV injection)."""
# What spreadsheets evaluate, as measured (issue 15) with LibreOffice Calc 7.4.7 converting a CSV
# headless: with its default import options only a field whose first character is "=" becomes a
# formula (quoted or not); with "Trim spaces" on, an unquoted field of ASCII spaces then "=" does
# too. "+", "-", "@", the full-width ＝＋－＠, and "=" after a tab, CR, LF, NBSP, ZWSP, BOM or RLO
# all stayed text, and a leading apostrophe kept every one of them text. Excel was not tested:
# OWASP (CSV Injection; ASVS 5.0 requirement 1.2.10) names = + - @ tab and NUL as triggers for
# Excel and others, and nothing public says what Excel does after invisible characters. So any
# cell whose first visible character is a trigger, or what compatibility-normalises to one
# (＝＋－＠, small and superscript forms), after any run of whitespace and invisible format
# characters, is neutralised: an apostrophe too many in a quote that starts " -" is harmless.
_TRIGGER_CHARACTERS = frozenset("=+-@")


def is_trigger(character: str) -> bool:
    """Whether ``character`` is, or compatibility-normalises to, one of = + - @."""
    return unicodedata.normalize("NFKC", character) in _TRIGGER_CHARACTERS


def invisible(character: str) -> bool:
    """Whitespace, or a format character (ZWSP, BOM, bidi marks and overrides) that shows nothing
    and that a spreadsheet may trim or skip before looking for a formula."""
    return character.isspace() or unicodedata.category(character) == "Cf"


def needs_neutralising(value: str) -> bool:
    """Whether a spreadsheet might run ``value`` as a formula (see the finding above)."""
    if value.startswith(FORMULA_TRIGGERS) or value.startswith("\x00"):
        return True
    for character in value:
        if not invisible(character):
            return is_trigger(character)
    return False


def neutralise(value: str) -> str:
    """Stop a spreadsheet from running ``value`` as a formula."""
    return "'" + value if needs_neutralising(value) else value


def _safe_first_characters() -> frozenset[str]:
    """Characters that can start a cell without making it a formula: visible, and not a trigger
    even after compatibility normalisation. Chosen by the same tests :func:`needs_neutralising`
    applies, so the quick checks built on them (here, and in SQL in ``claimdesk.core.export.lines``)
    can only be stricter than it."""
    candidates = (
        string.ascii_letters
        + string.digits
        + "".join(map(chr, range(0x0400, 0x0530)))  # Cyrillic and its supplement
        + "".join(map(chr, range(0x00C0, 0x0250)))  # Latin-1 letters, Latin Extended-A and -B
        + "\"'«»‹›“”„‘’‚()[]{}<>.,:;!?/\\|#$%&*^_~`…–—№§°"
    )
    return frozenset(c for c in candidates if not invisible(c) and not is_trigger(c))


SAFE_CHARACTERS = _safe_first_characters()
SAFE_START = re.compile("[" + "".join(map(re.escape, sorted(SAFE_CHARACTERS))) + "]*").fullmatch
"""Whether a string (a row's first characters) is made only of safe characters."""


def cell_needs_neutralising(value: str) -> bool:
    """:func:`needs_neutralising`, quicker for the usual cell: one that starts, maybe after
    spaces and line breaks, with a plainly harmless character."""
    if value[:1] in SAFE_CHARACTERS:
        return False
    if not value.startswith(FORMULA_TRIGGERS) and value.lstrip()[:1] in SAFE_CHARACTERS:
        return False  # isspace() characters, then a harmless one
    return needs_neutralising(value)
