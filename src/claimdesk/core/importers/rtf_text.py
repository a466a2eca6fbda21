"""Plain text from RTF, in one linear pass over the file's tokens.

It replaces striprtf, whose patterns backtrack (an unclosed HYPERLINK field of 400 KB took
50 s) and which crashed on ``\\u9999999999?`` (OverflowError) and kept a frame per nested group.
Here every token is matched by one non-backtracking pattern (a run of plain text or of ``\\'xx``
escapes is one token), groups are a list used as a stack and bounded by
:data:`MAX_RTF_GROUP_DEPTH`, ``\\uN`` outside Unicode becomes U+FFFD, ``\\binN`` data is skipped
unread, and text past the article limit or a run past :data:`MAX_SECONDS` ends the import.

Destinations that hold no body text (the font and colour tables, styles, pictures, objects,
headers and footers, footnotes, field instructions, …) are skipped; a field's result (the text
a hyperlink shows) is kept. The document's title and author are picked out of its ``\\info``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import Deadline, too_long
from claimdesk.core.importers.limits import MAX_ARTICLE_CHARS, MAX_RTF_GROUP_DEPTH

_TOKEN = re.compile(
    r"((?:\\'[0-9a-fA-F]{2}|[^\\{}\r\n])+)"  # text: characters and \'xx escapes, one run
    r"|\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its parameter
    r"|\\(.)"  # a control symbol
    r"|([{}])"
    r"|[\r\n]+",  # line breaks in the file are not text
    re.DOTALL,
)
_SKIPPED = frozenset(
    """fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl xmlnstbl filetbl
    pgdsctbl latentstyles themedata colorschememapping datastore generator info pict object
    objdata nonshppict shp shpinst shppict header headerl headerr headerf footer footerl footerr
    footerf footnote ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn fldinst pntext pntxta pntxtb pn
    listtext bkmkstart bkmkend xe tc txe rxe annotation atnid atnauthor atnref atndate atnicn
    atnparent atntime atrfstart atrfend comment doccomm subject keywords category manager company
    operator hlinkbase userprops docvar template printim creatim revtim buptim wgrffmtfilter
    protusertbl password passwordhash sp sn sv falt panose fontemb fontfile oleclsid ud upr
    mmath blipuid""".split()
)
_CAPTURED = frozenset({"title", "author"})
_CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "tab": "\t",
    "cell": " | ", "nestcell": " | ", "emdash": "\u2014", "endash": "\u2013",
    "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
}  # fmt: skip
_HANDLED = _SKIPPED | _CAPTURED | {"ansicpg", "f", "fcharset", "uc", "bin"} | {*_CHARACTERS}
"""The control words that do something here; every other one only formats."""
_SYMBOLS = {
    "~": "\u00a0", "-": "", "_": "-", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n",
}  # fmt: skip
# \fcharsetN to a code page (the charsets Word writes)
_CHARSETS = {
    0: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk",
    136: "big5", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
    186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850",
}  # fmt: skip
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_INFO_CHARS = 1000
_CHECK_EVERY = 20_000
"""Tokens between looks at the clock."""


@dataclass
class RtfText:
    """What :func:`rtf_to_text` found: the body text and the \\info fields."""

    text: str
    info: dict[str, str] = field(default_factory=dict)


def rtf_to_text(source: str, name: str) -> RtfText:
    """The text of an RTF document (``source`` is the file's bytes decoded as Latin-1, RTF
    being 7-bit); ImportFileError for one nested too deep, too long or taking too long."""
    reader = _Reader(name)
    position = 0
    while position < len(source):
        position = reader.read(source, position)
    return RtfText(
        text=_pair_surrogates("".join(reader.body)),
        info={k: " ".join(_pair_surrogates("".join(v)).split()) for k, v in reader.info.items()},
    )


class _Reader:
    """The state of one pass over an RTF document's tokens."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.deadline = Deadline(name)
        self.body: list[str] = []
        self.info: dict[str, list[str]] = {}
        self.size = 0
        self.code_page = "cp1252"
        self.fonts: dict[str, str] = {}
        self.table_font = ""
        # per open group: (characters to skip after \uN, destination, font)
        self.stack: list[tuple[int, str, str]] = []
        self.uc, self.destination, self.font = 1, "", ""
        self.skip = 0
        self.done = False

    def read(self, source: str, start: int) -> int:
        """Handle the tokens from ``start``; where to go on (past a \\bin's data), or the end."""
        # the hot loop: most tokens are formatting words that change nothing (\\lang1049,
        # \\fcs1, …) and are dropped here without a call
        handled = _HANDLED
        for count, match in enumerate(_TOKEN.finditer(source, start), start=1):
            kind = match.lastindex
            if kind == 2 or kind == 3:  # noqa: PLR1714 (an int, not a membership test)
                word = match.group(2)
                if word == "u":
                    self._unicode(match.group(3))
                elif word in handled:
                    if word == "bin":  # binary data follows: skip it unread
                        return match.end() + max(0, int(match.group(3) or 0))
                    self._word(word, match.group(3))
                else:
                    self.skip = 0
            elif kind == 1:
                self._text(match.group(1))
            elif kind == 4:
                self._symbol(match.group(4))
            elif kind == 5:
                self._brace(match.group(5))
                if self.done:
                    return len(source)
            if count % _CHECK_EVERY == 0:
                self.deadline.check()
        return len(source)

    def _unicode(self, argument: str | None) -> None:
        if argument is None:
            self.skip = 0
            return
        value = int(argument)
        if value < 0:
            value += 0x10000
        self._out(chr(value) if 0 <= value <= 0xFFFF else "\ufffd")
        self.skip = self.uc

    def _text(self, run: str) -> None:
        if self.skip:  # the fallback characters after \uN: an escape counts as one
            index = 0
            while self.skip and index < len(run):
                index += 4 if run.startswith("\\'", index) else 1
                self.skip -= 1
            run = run[index:]
        if run and self.destination in ("", "title", "author"):
            if "\\'" in run:
                raw = codecs.escape_decode(run.replace("\\'", "\\x").encode("latin-1"))[0]
            else:
                raw = run.encode("latin-1")
            self._out(raw.decode(self.fonts.get(self.font, self.code_page), "replace"))

    def _brace(self, brace: str) -> None:
        self.skip = 0
        if brace == "{":
            if len(self.stack) >= MAX_RTF_GROUP_DEPTH:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file} is damaged or hostile: its groups nest more than {depth} deep. "
                        "Open it in its editor and save it again.",
                    ),
                    file=self.name,
                    depth=MAX_RTF_GROUP_DEPTH,
                )
            self.stack.append((self.uc, self.destination, self.font))
        elif self.stack:
            self.uc, self.destination, self.font = self.stack.pop()
            # the document's group is closed: what follows is not part of it
            self.done = not self.stack
        else:
            self.done = True

    def _word(self, word: str, argument: str | None) -> None:
        self.skip = 0
        destination = self.destination
        if word in _SKIPPED:
            self.destination = {"fonttbl": "fonttbl", "info": "info"}.get(word, "skip")
        elif word in _CAPTURED:
            self.destination = word if destination == "info" else "skip"
        elif word == "ansicpg":
            self.code_page = _code_page(f"cp{argument}", self.code_page)
        elif word == "f" and argument is not None:
            if destination == "fonttbl":
                self.table_font = argument
            else:
                self.font = argument
        elif word == "fcharset" and destination == "fonttbl" and argument is not None:
            charset = _CHARSETS.get(int(argument))
            if charset is not None:
                self.fonts[self.table_font] = charset
        elif word == "uc":
            self.uc = min(max(int(argument or 1), 0), 16)
        elif word in _CHARACTERS:
            self._out(_CHARACTERS[word])

    def _symbol(self, symbol: str) -> None:
        self.skip = 0
        if symbol == "*":
            if self.destination != "info":
                self.destination = "skip"
        elif symbol in _SYMBOLS:
            self._out(_SYMBOLS[symbol])

    def _out(self, text: str) -> None:
        if not text:
            return
        if self.destination == "":
            self.body.append(text)
            self.size += len(text)
            if self.size > 2 * MAX_ARTICLE_CHARS:  # white space is collapsed later: allow for it
                raise too_long(self.name)
        elif self.destination in _CAPTURED:
            parts = self.info.setdefault(self.destination, [])
            if sum(map(len, parts)) < _MAX_INFO_CHARS:
                parts.append(text)


def _code_page(encoding: str, current: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return current
    return encoding


def _pair_surrogates(text: str) -> str:
    """Characters outside the BMP come as two ``\\uN`` (a UTF-16 surrogate pair): join them;
    a lone surrogate becomes U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
