"""Words of an article as tokens with code-point offsets, and the small text helpers every rule
uses: where a sentence starts, which characters open a quotation, trimming a span to its words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import islice

from claimdesk.core.domain.folding import fold

OPENINGS = "«„“\"'‘‹"
"""Characters that open a quotation: a capitalised word right after one is quoted, not a name."""
WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
TOKEN = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,}(?![\w.])"  # an acronym with stops: "the F.B.I. said"
    r"|(?<![\w.])[A-ZА-ЯЁ]\.(?=[ \u00a0]+[A-ZА-ЯЁ])"  # an initial: "Mary K. Smith", "П. Иванов"
    r"|(?<![\w.])(?:Jr|Sr)\.(?!\w)"  # a name's suffix: "Joseph Smith Jr."
    r"|" + WORD.pattern
)
"""A word, or an initial or name suffix with its full stop (so that it can be part of a name)."""
CLOSING_PUNCT = ".!?…"


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
        bare = self.text.removesuffix("’s").removesuffix("'s").replace(".", "")
        return bare.isupper() and len(bare) > 1 and bare.isalpha()

    @property
    def initial(self) -> bool:
        """An initial or a name suffix ("K.", "Jr."): part of a name, never a surname (an
        acronym with stops, "F.B.I.", is none)."""
        return self.text.endswith(".") and self.text.count(".") == 1


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``, with offsets into ``text``."""
    return [
        Token(m.start() + start, m.end() + start, m.group())
        for m in TOKEN.finditer(text[start:end])
    ]


def first_tokens(text: str, start: int, end: int, count: int) -> list[Token]:
    """``tokenize(text, start, end)[:count]``, without reading the words after those."""
    return [
        Token(m.start() + start, m.end() + start, m.group())
        for m in islice(TOKEN.finditer(text[start:end]), count)
    ]


def after_opening(text: str, token: Token) -> bool:
    """Whether ``token`` follows a quotation mark (a quoted word, not a speaker's name)."""
    return token.start > 0 and text[token.start - 1] in OPENINGS


def sentence_start(text: str, token: Token) -> bool:
    """Whether ``token`` is the first word of a sentence or line (quotation marks aside)."""
    before = text[max(0, token.start - 3) : token.start].strip(' «"“„—-')
    return not before or before[-1:] in ".!?\n"


def _closed_inside(text: str, start: int, end: int) -> bool:
    """Whether the quotation mark at ``start`` is closed before the last words of
    ``text[start:end]`` (so it opens a quoted part of the content, not the whole of it)."""
    closing = text.find({"«": "»", "“": "”", "„": "“"}.get(text[start], '"'), start + 1, end)
    return closing > 0 and bool(text[closing + 1 : end].strip(' \t.,!?…"”»'))


def trim(text: str, start: int, end: int, *, keep_quoted: bool = False) -> tuple[int, int]:
    """``start``/``end`` moved in past spaces, quotation marks, dashes and final full stops;
    with ``keep_quoted``, an opening mark closed before the last words stays (reported speech
    that opens with quoted words)."""
    while start < end and (
        text[start].isspace()
        or text[start] in '«»"“”„,—–-'
        or unicodedata.category(text[start]) in ("So", "Sk", "Cf")  # an emoji before the words
    ):
        if keep_quoted and text[start] in '«"“„' and _closed_inside(text, start, end):
            break  # '"a careful reader" can find …': the quoted words open the content
        start += 1
    # marks, spaces and full stops in any order: "…к Новому году»." and "… this report ."
    while end > start and (text[end - 1].isspace() or text[end - 1] in '«»"“”„,—–-.'):
        end -= 1
    return start, end
