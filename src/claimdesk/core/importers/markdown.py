"""Markdown files: read as text, with the markup taken off lightly so quotes read as prose.

Front matter (``title:``, ``date:``, ``author:``, ``url:``/``source:``) gives metadata; headings,
emphasis, links (their text stays), images, code marks and block-quote marks are dropped; lines a
writer wrapped inside a paragraph are joined.

Every pattern here runs in time linear in the line: a delimiter's content may not contain the
delimiter itself (bold is two stars around ``[^*]+?``, not around ``.+?``), so the scans that
start at successive delimiters never overlap, and what a pattern cannot do that way (headings,
rules, comments) is plain string code. A line of 12,500 ``**a `` took the old patterns 19 s; a
heading padded with 12,500 spaces, minutes.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimdesk.core.domain.dates import read_date
from claimdesk.core.domain.errors import ImportFileError, InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import (
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.encoding import decode
from claimdesk.core.importers.limits import MAX_FILE_BYTES, MAX_TEXT_FILE_BYTES

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_HEADING = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|#|\|)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
# a link's address: no spaces or brackets, one level of parentheses, an optional "title"
_ADDRESS = r"\((?:[^()\s\[\]]|\([^()\s\[\]]*\))*(?:\s+\"[^\"]*\")?\)"
_LINKS = (
    (re.compile(r"!\[[^\]\[]*\]" + _ADDRESS), ""),
    (re.compile(r"\[([^\]\[]+)\]" + _ADDRESS), r"\1"),
    (re.compile(r"\[([^\]\[]+)\]\[[^\]\[]*\]"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)
_EMPHASIS = (
    re.compile(r"\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*"),
    re.compile(r"__(?=[^\s_])([^_]+?)(?<=[^\s_])__"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])"),
    re.compile(r"~~(?=[^\s~])([^~]+?)(?<=[^\s~])~~"),
)
_EMPHASIS_ROUNDS = 3
"""Emphasis inside emphasis (``***both***``, ``**bold _and italic_**``) comes off in rounds."""


def read_markdown_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, min(limit, MAX_TEXT_FILE_BYTES), what="Markdown files")
    decoded = decode(data, path.name)
    meta, body = split_front_matter(normalise_line_ends(decoded.text))
    plain, heading = strip_markdown(body)
    if not plain.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} holds no text."), file=path.name)
    return ImportedArticle(
        text=plain,
        source_name=path.name,
        source_format="md",
        title=meta.get("title", "") or heading,
        author=meta.get("author", ""),
        outlet=meta.get("outlet", "") or meta.get("publisher", ""),
        url=meta.get("url", "") or meta.get("source", "") or meta.get("canonical", ""),
        published=_partial_date(meta.get("date", "")),
        language=meta.get("lang", "") or meta.get("language", ""),
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(simple ``key: value`` pairs of a YAML front matter block, the rest of the text)."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return {}, text
    meta: dict[str, str] = {}
    for line in found.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[found.end() :]


def _partial_date(value: str) -> str | None:
    """The front matter's date as the catalogue stores it: the ISO date it begins with
    ("2024-07-28T10:00:00Z"), or the whole value read as a person writes a date ("28.07.2024",
    which gave no date), or None for one that is no date at all (rather than refusing the file)."""
    value = value.strip()
    found = re.match(r"(\d{4})(-\d{2})?(-\d{2})?", value)
    for candidate in ([found.group(0)] if found else []) + [value]:
        try:
            return read_date(candidate)
        except InvalidValueError:
            continue
    return None


def strip_markdown(text: str) -> tuple[str, str]:
    """(plain text with paragraphs one per line, the first heading or "")."""
    paragraphs: list[str] = []
    current: list[str] = []
    first_heading = ""
    in_fence = False

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in text.split("\n"):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            paragraphs.append(raw)
            continue
        line = raw.rstrip()
        hard_break = raw.endswith(("  ", "\\"))
        line = line.rstrip("\\")
        if not line.strip() or _is_rule(line) or _REFERENCE.match(line):
            flush()
            continue
        heading = _heading(line)
        if heading is not None:
            flush()
            first_heading = first_heading or _inline(heading)
            paragraphs.append(_inline(heading))
            continue
        quote = _QUOTE.match(line)
        if quote:
            line = quote.group(1)
            if not line.strip():
                flush()
                continue
        if current and _BLOCK_START.match(raw):
            flush()
        current.append(_inline(line.strip()))
        if hard_break:
            flush()
    flush()
    return "\n".join(p for p in paragraphs if p.strip()), first_heading


def _heading(line: str) -> str | None:
    """The text of an ATX heading line ("## Title ##"), or None for any other line."""
    found = _HEADING.match(line)
    if found is None:
        return None
    content = line[found.end() :].strip()
    closed = content.rstrip("#")
    if not closed or closed[-1] in " \t":  # a closing run of # goes, "C#" keeps its #
        content = closed.rstrip()
    return content


def _is_rule(line: str) -> bool:
    """A thematic break: three or more of the same -, * or _, spaces allowed between them."""
    stripped = line.strip()
    if not stripped or stripped[0] not in "-*_" or len(line) - len(line.lstrip()) > 3:
        return False
    marks = stripped.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and marks.count(stripped[0]) == len(marks)


def _inline(text: str) -> str:
    text = _without_comments(text)
    for pattern, replacement in _LINKS:
        text = pattern.sub(replacement, text)
    for _ in range(_EMPHASIS_ROUNDS):
        before = text
        for emphasis in _EMPHASIS:
            text = emphasis.sub(r"\1", text)
        if text == before:
            break
    return text


def _without_comments(text: str) -> str:
    """``text`` without ``<!-- … -->`` comments; an unclosed one is kept as it is."""
    start = text.find("<!--")
    if start < 0:
        return text
    parts: list[str] = []
    position = 0
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts.append(text[position:start])
        position = end + 3
        start = text.find("<!--", position)
    parts.append(text[position:])
    return "".join(parts)
