"""Markdown files: read as text, with the markup taken off lightly so quotes read as prose.

Front matter (``title:``, ``date:``, ``author:``, ``url:``/``source:``) gives metadata; headings,
emphasis, links (their text stays), images, code marks and block-quote marks are dropped; lines a
writer wrapped inside a paragraph are joined.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import (
    MAX_FILE_BYTES,
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.encoding import decode_text

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|#|\|)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_INLINE = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
)


def read_markdown_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    text, encoding = decode_text(read_bytes(path, limit), path.name)
    meta, body = split_front_matter(normalise_line_ends(text))
    plain, heading = strip_markdown(body)
    if not plain.strip():
        raise ImportFileError(f"{path.name} holds no text.")
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
        encoding=encoding,
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
    found = re.match(r"(\d{4})(-\d{2})?(-\d{2})?", value)
    return found.group(0) if found else None


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
        if not line.strip() or _RULE.match(line) or _REFERENCE.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            first_heading = first_heading or _inline(heading.group(1))
            paragraphs.append(_inline(heading.group(1)))
            continue
        quote = re.match(r"^\s{0,3}>\s?(.*)$", line)
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


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text
