"""PDF files with a text layer, through pypdf, turned back into paragraphs of running text.

A PDF stores lines placed on a page, not paragraphs. Whitespace is normalised (pypdf gives tabs
between words of some PDFs); a line that breaks inside a visual line (a change of font gives one)
is rejoined; lines wrapped by the page layout are joined into their paragraph, and a word
hyphenated at a line end is made whole again, so a quote reads as one run of text. Page numbers
and running heads repeated on most pages are dropped. (Reading the pages, within limits, is
:mod:`claimdesk.core.importers.pdf_pages`.)
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import ImportedArticle, read_bytes
from claimdesk.core.importers.limits import MAX_FILE_BYTES
from claimdesk.core.importers.pdf_pages import read_pages

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s+|стр\.\s*|с\.\s*)?\d{1,4}(?:\s*[-–—])?$", re.I)
_ENDS_SENTENCE = (".", "!", "?", "…", ":", "»", "”", '"', ")")
_HYPHEN_END = re.compile(r"([^\W\d_])[-\u00ad‐]$")


def read_pdf_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, limit)
    name = path.name
    if not data.lstrip()[:5] == b"%PDF-":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is damaged or not a PDF file (it does not start as one)."
            ),
            file=name,
        )
    if b"%%EOF" not in data[-2048:]:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is incomplete (the file is cut short); download or copy it again."
            ),
            file=name,
        )
    pages, title, author = read_pages(data, name)
    text = pdf_text_to_paragraphs(pages)  # a scan may still have page numbers as text
    if len(text.split()) < 2:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has no text layer (is it a scan?): run OCR on it first (for example with "
                "ocrmypdf), or copy its text from a viewer and paste it.",
            ),
            file=name,
        )
    return ImportedArticle(
        text=text, source_name=name, source_format="pdf", title=title, author=author
    )


def pdf_text_to_paragraphs(pages: list[str]) -> str:
    """The text of PDF pages as paragraphs, one per line."""
    page_lines = _without_running_heads([_visual_lines(page) for page in pages])
    lines = [line for page in page_lines for line in page]
    full = _typical_full_length(lines)
    words = _word_forms(lines)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif _HYPHEN_END.search(current) and line[:1].islower():
            current = _join_hyphenated(current, line, words)
        else:
            current = f"{current} {line}"
        following = next((later for later in lines[index + 1 :] if later), "")
        if _ends_paragraph(line, full, following):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _visual_lines(page: str) -> list[str]:
    """The page's lines, whitespace normalised; a line that ends in white space was broken
    inside a visual line (pypdf does so where the font changes) and is joined to the next."""
    lines: list[str] = []
    pending = ""
    for raw in page.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        continued = raw[-1:].isspace() if raw else False
        line = _SPACES.sub(" ", raw).strip()
        pending = f"{pending} {line}".strip() if pending else line
        if continued and line:
            continue
        lines.append(pending)
        pending = ""
    if pending:
        lines.append(pending)
    return lines


def _without_running_heads(pages: list[list[str]]) -> list[list[str]]:
    """Pages without bare page numbers and without first/last lines repeated on most pages."""
    edges = Counter[str]()
    for lines in pages:
        content = [line for line in lines if line]
        for line in {*content[:2], *content[-2:]}:
            edges[line] += 1
    repeated = {line for line, n in edges.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    cleaned: list[list[str]] = []
    for lines in pages:
        content_index = [i for i, line in enumerate(lines) if line]
        edge_index = set(content_index[:2] + content_index[-2:])
        kept = [
            line
            for i, line in enumerate(lines)
            if not (i in edge_index and (_PAGE_NUMBER.match(line) or line in repeated))
        ]
        cleaned.append(kept)
    return cleaned


def _typical_full_length(lines: list[str]) -> int:
    """The length of a full line of the page's text column (a high percentile of lengths)."""
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return 0
    return lengths[int(0.8 * (len(lengths) - 1))]


def _ends_paragraph(line: str, full: int, following: str) -> bool:
    """The layout wraps a paragraph's lines near the full width, so a line well short of it is
    the paragraph's last: one that ends a sentence, or a headline before a capitalised line."""
    if _HYPHEN_END.search(line) or not following:
        return not following
    starts_anew = following[:1].isupper() or following[:1] in '«“"—–-•0123456789'
    if line.endswith(_ENDS_SENTENCE):
        return len(line) < 0.8 * full and starts_anew
    return len(line) < 0.6 * full and starts_anew


def _word_forms(lines: list[str]) -> set[str]:
    return {word.lower() for line in lines for word in re.findall(r"[^\W\d_][\w-]*", line)}


def _join_hyphenated(current: str, line: str, words: set[str]) -> str:
    """Rejoin a word broken at a line end; keep the hyphen when the document itself writes the
    word with one (``азербайджано-российские``), drop it otherwise (``страте-гического``)."""
    head = re.search(r"[\w-]*[-\u00ad‐]$", current)
    first, _, rest = line.partition(" ")
    stem = head.group(0)[:-1] if head else ""
    tail = rest and f" {rest}"
    if current.endswith("\u00ad"):
        return current[:-1] + first + tail
    if f"{stem}-{first}".lower().rstrip(".,;:!?»”)") in words:
        return current + first + tail
    return current[:-1] + first + tail
