"""What a catalogue search looks for: the words typed, each on its own, or a phrase in quotation
marks (:func:`search_terms`), as the Catalogue tab, ``claimdesk-cli claims --search`` and exports
read it."""

from __future__ import annotations

from claimdesk.core.domain.folding import fold

PHRASE_MARKS = {'"': '"', "“": "”", "„": "“", "«": "»", "”": "”"}
"""A search in these quotation marks (opening: closing) looks for the words inside as they
stand together, a phrase, not each on its own."""
MAX_SEARCH_TERMS = 16
"""A search looks for at most this many words (the first ones typed): each is a condition of
its own, and a pasted paragraph's thousands made a query SQLite refused ("Expression tree is
too large"), shown as a catalogue that could not be used."""
TERM_EDGES = ",.;:!?…\"'«»„“”‘’()[]{}<>-–—"
"""Punctuation a search word is stripped of at either end ("fight," finds "fight and")."""


def search_terms(text: str) -> list[str]:
    """What a search looks for, each anywhere in a claim's quote, its speaker's name or
    aliases or its article's title: the words of ``text`` (split at spaces), each without the
    punctuation around it, and none twice; the whole text, as typed, if it is only
    punctuation; the words inside as one phrase if it is in double quotation marks
    (:data:`PHRASE_MARKS`). At most the first :data:`MAX_SEARCH_TERMS` words. Empty for blank
    text."""
    stripped = text.strip()
    if len(stripped) > 2 and PHRASE_MARKS.get(stripped[0]) == stripped[-1]:
        inner = " ".join(stripped[1:-1].split())
        if fold(inner):
            return [inner]
    terms: dict[str, str] = {}
    for piece in stripped.split():
        term = piece.strip(TERM_EDGES)
        if fold(term):
            terms.setdefault(fold(term), term)
            if len(terms) == MAX_SEARCH_TERMS:
                break
    if not terms:
        return [stripped] if fold(stripped) else []
    return list(terms.values())


def words_left_out(text: str) -> int:
    """How many distinct words of ``text`` a search does not look for (past the first
    :data:`MAX_SEARCH_TERMS`), so a list can say so; 0 for a phrase in quotation marks."""
    if len(search_terms(text)) < MAX_SEARCH_TERMS:
        return 0
    words = {fold(piece.strip(TERM_EDGES)) for piece in text.split()} - {""}
    return max(0, len(words) - MAX_SEARCH_TERMS)
