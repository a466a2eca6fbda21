"""Web pages: the article's own text and provenance, without navigation, ads or comments.

trafilatura does the extraction on an lxml tree of the page: nothing is fetched (no images,
styles or frames), and scripts are never run, only dropped. Title, author, date, site name and
canonical URL come from the page's metadata where it has them.

Before the page is parsed, what holds no article text goes: scripts (except JSON-LD metadata),
styles, SVG drawings, comments and long ``data:`` URIs, by a linear scan. What is left must stay
within :data:`MAX_HTML_MARKUP_CHARS` and :data:`MAX_HTML_ELEMENTS`: the parser and the extractor
take time and memory in proportion to it (a 45 MB page took 55 s and 1.1 GB).
"""

from __future__ import annotations

import codecs
import dataclasses
import logging
import re
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import (
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.encoding import Decoded, decode
from claimdesk.core.importers.limits import MAX_FILE_BYTES, MAX_HTML_ELEMENTS, MAX_HTML_MARKUP_CHARS

MIN_ARTICLE_WORDS = 12
"""Fewer words than this after extraction means the page holds no article (a login page, an
index of links, a page whose article is loaded by scripts)."""

_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
# codecs.lookup knows these, but they do not decode a web page: "undefined" always fails,
# punycode and IDNA are for host names, the escape codecs and UTF-7 would rewrite the text
_NOT_PAGE_ENCODINGS = frozenset(
    {"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"}
)
_DROPPED = re.compile(r"<(script|style|svg|template|noscript)\b([^>]{0,2000})>", re.IGNORECASE)
_DATA_URI = re.compile(r"data:[\w/+.-]{1,100}(?:;[\w=-]{1,100})*,[A-Za-z0-9+/=%\s]{200,}")
_PAGE_CHROME = re.compile(
    r"<(nav|header|footer|aside|menu)\b|role\s*=\s*[\"']?(navigation|banner|contentinfo)",
    re.IGNORECASE,
)
log = logging.getLogger("claimdesk.importers")


def read_html_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    decoded = decode_html(read_bytes(path, limit), path.name)
    article = extract_html_article(decoded.text, path.name, encoding=decoded.encoding)
    return dataclasses.replace(article, warnings=decoded.warnings)


def decode_html(data: bytes, name: str) -> Decoded:
    """The page as text: a byte-order mark, else the charset it declares, else detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        encoding = page_encoding(declared.group(1)) if declared is not None else None
        if encoding is not None:
            try:
                return Decoded(data.decode(encoding), encoding)
            except (UnicodeError, LookupError, ValueError):
                pass  # a wrong declaration: detect instead
    return decode(data, name)


def page_encoding(label: bytes) -> str | None:
    """The codec a page's declared charset names (in a ``<meta>`` or the server's Content-Type
    header), or None for one that cannot be right."""
    try:
        name = codecs.lookup(label.decode("ascii")).name
    except (LookupError, UnicodeError, ValueError):
        return None
    if name in _NOT_PAGE_ENCODINGS:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a page without a BOM that says UTF-16 is ASCII-compatible (as browsers do)
    return name


def _without_non_text(html: str) -> str:
    """The page without scripts (JSON-LD metadata kept), styles, SVG, templates, comments and
    long data: URIs. One pass: the next comment and the next such element are each searched for
    again only once the position has passed them, so no stretch of the page is scanned twice."""
    parts: list[str] = []
    position = 0
    comment = html.find("<!--")
    element = _DROPPED.search(html)
    while comment >= 0 or element is not None:
        if element is None or 0 <= comment < element.start():
            end = html.find("-->", comment + 4)
            parts.append(html[position:comment])
            position = len(html) if end < 0 else end + 3
        else:
            tag = element.group(1).lower()
            closing = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(html, element.end())
            end = closing.end() if closing is not None else len(html)
            keep = tag == "script" and "ld+json" in element.group(2).lower()
            parts.append(html[position : end if keep else element.start()])
            position = end
        if 0 <= comment < position:
            comment = html.find("<!--", position)
        if element is not None and element.start() < position:
            element = _DROPPED.search(html, position)
    parts.append(html[position:])
    return _DATA_URI.sub("data:,", "".join(parts))


def check_page_size(html: str, name: str) -> str:
    """``html`` without what holds no text, refused when still too large to parse in time."""
    html = _without_non_text(html)
    elements = html.count("<") - html.count("</")
    if len(html) > MAX_HTML_MARKUP_CHARS or elements > MAX_HTML_ELEMENTS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is too large a web page to read ({chars:,} characters and {elements:,} "
                "elements of markup without its scripts and styles; ClaimDesk reads up to "
                "{max_chars:,} characters and {max_elements:,} elements). Save the article "
                "alone (the browser's reader view, or print it to PDF), or copy its text and "
                "paste it.",
            ),
            file=name,
            chars=len(html),
            elements=elements,
            max_chars=MAX_HTML_MARKUP_CHARS,
            max_elements=MAX_HTML_ELEMENTS,
        )
    return html


def extract_html_article(html: str, name: str, *, encoding: str = "") -> ImportedArticle:
    """The article in a page's HTML; ImportFileError when the page holds none or is too large."""
    document = _extract(check_page_size(html, name))
    text = normalise_line_ends(str(getattr(document, "text", "") or "")).strip() if document else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} holds no article text: the page has only navigation, forms or a few "
                "words (its article may be loaded by scripts). Save the article page itself, or "
                "copy the article's text and paste it.",
            ),
            file=name,
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
    """trafilatura's reading of the page: its text and the metadata an article keeps (title,
    author, date, site name, address), or None when it finds nothing. The page is parsed once:
    the metadata is read off the tree (:mod:`~claimdesk.core.importers.page_metadata`, without
    the categories, tags and licence trafilatura would look for too), then the extractor takes
    a copy of it, as it does of any tree it is given."""
    # loaded on first use: trafilatura and lxml take 0.15 s, which no other command should pay
    import trafilatura  # noqa: PLC0415
    from trafilatura.utils import load_html  # noqa: PLC0415

    from claimdesk.core.importers.page_metadata import page_metadata  # noqa: PLC0415

    options = _options()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = load_html(html, options.max_file_size)
            if tree is None:
                return None
            metadata = page_metadata(tree, options.date_params)
            extracted = trafilatura.bare_extraction(tree, options=options)
        except Exception as error:  # the extractor fails on some malformed pages
            log.info("trafilatura failed: %s", error)
            return None
    if extracted is None:
        return None
    metadata.text = getattr(extracted, "text", None)
    return metadata


_EXTRACTOR: tuple[str, Any] | None = None
"""The extraction options and the day they were made for."""


def _options() -> Any:
    """trafilatura's options for an article's text, made once a day (making them reads its
    configuration, a tenth of a millisecond a page in a batch; and they hold today's date as
    the latest a page's date may be). The metadata is read apart (see :func:`_extract`)."""
    global _EXTRACTOR  # noqa: PLW0603  (a cache; trafilatura only reads the options)
    from trafilatura.settings import Extractor  # noqa: PLC0415  (see _extract)

    today = datetime.now().astimezone().strftime("%Y-%m-%d")  # as trafilatura dates its options
    if _EXTRACTOR is None or _EXTRACTOR[0] != today:
        options = Extractor(
            output_format="python",
            with_metadata=False,
            comments=False,
            tables=True,
            images=False,
            links=False,
            dedup=False,
        )
        _EXTRACTOR = (today, options)
    return _EXTRACTOR[1]


def _field(document: Any, name: str) -> str:
    value = getattr(document, name, None)
    return " ".join(str(value).split()) if value else ""


def _url(value: str) -> str:
    return value if value.startswith(("http://", "https://")) else ""


def _date(value: str) -> str | None:
    found = re.match(r"\d{4}-\d{2}-\d{2}$", value)
    return value if found else None
