"""Web pages: the article's own text and provenance, without navigation, ads or comments.

trafilatura does the extraction on an lxml tree of the page: nothing is fetched (no images,
styles or frames), and scripts are never run, only dropped. Title, author, date, site name and
canonical URL come from the page's metadata where it has them.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from pathlib import Path
from typing import Any

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import (
    MAX_FILE_BYTES,
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.encoding import decode_text

MIN_ARTICLE_WORDS = 12
"""Fewer words than this after extraction means the page holds no article (a login page, an
index of links, a page whose article is loaded by scripts)."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_PAGE_CHROME = re.compile(
    r"<(nav|header|footer|aside|menu)\b|role\s*=\s*[\"']?(navigation|banner|contentinfo)",
    re.IGNORECASE,
)
log = logging.getLogger("claimdesk.importers")


def read_html_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    html, encoding = decode_html(read_bytes(path, limit), path.name)
    return extract_html_article(html, path.name, encoding=encoding)


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """The page as text: a byte-order mark, else the charset it declares, else detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None:
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name
                return data.decode(encoding), encoding
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
    return decode_text(data, name)


def extract_html_article(html: str, name: str, *, encoding: str = "") -> ImportedArticle:
    """The article in a page's HTML; ImportFileError when the page holds none."""
    document = _extract(html)
    text = normalise_line_ends(str(getattr(document, "text", "") or "")).strip() if document else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise ImportFileError(
            f"{name} holds no article text: the page has only navigation, forms or a few "
            "words (its article may be loaded by scripts). Save the article page itself, or "
            "copy the article's text and paste it."
        )
    assert document is not None
    return ImportedArticle(
        text=text,
        source_name=name,
        source_format="html",
        title=_field(document, "title"),
        author=_field(document, "author"),
        outlet=_field(document, "sitename"),
        url=_url(_field(document, "url")),
        published=_date(_field(document, "date")),
        language=_field(document, "language")[:2].lower(),
        encoding=encoding,
    )


def extract_pasted_html(html: str, plain_text: str) -> ImportedArticle | None:
    """For HTML pasted from a browser: the article without the page around it, when the paste
    holds a whole page (navigation, header, footer…) and extraction keeps most of its prose;
    None when the plain text of the paste is best left as it is."""
    if not _PAGE_CHROME.search(html):
        return None
    try:
        found = extract_html_article(html, "clipboard")
    except ImportFileError:
        return None
    if len(found.text) >= len(plain_text.strip()):
        return None
    return ImportedArticle(
        **{**_as_dict(found), "source_name": "clipboard", "source_format": "clipboard"}
    )


def _as_dict(article: ImportedArticle) -> dict[str, Any]:
    return {name: getattr(article, name) for name in article.__dataclass_fields__}


def _extract(html: str) -> Any:
    # loaded on first use: trafilatura and lxml take 0.15 s, which no other command should pay
    import trafilatura  # noqa: PLC0415

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                deduplicate=False,
            )
        except Exception as error:  # the extractor fails on some malformed pages
            log.info("trafilatura failed: %s", error)
            return None


def _field(document: Any, name: str) -> str:
    value = getattr(document, name, None)
    return " ".join(str(value).split()) if value else ""


def _url(value: str) -> str:
    return value if value.startswith(("http://", "https://")) else ""


def _date(value: str) -> str | None:
    found = re.match(r"\d{4}-\d{2}-\d{2}$", value)
    return value if found else None
