"""Reading what a fetch brought back (:mod:`claimdesk.core.importers.web`): the importer for what
it is, as the Content-Type says unless the bytes plainly say otherwise (a PDF served as
text/html); a web page exactly as an HTML file import reads it, with its charset from the
header, else its ``<meta>``, else detected; a PDF, Word, OpenDocument, RTF or Markdown file by its
own importer; plain text decoded as a text file is. Anything else (an image, a video, JSON) is
refused with a readable reason."""

from __future__ import annotations

import codecs
import dataclasses
import re
import tempfile
from email.message import Message
from pathlib import Path
from urllib.parse import unquote, urlsplit

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.messages import Message as ShownMessage
from claimdesk.core.importers import complete_metadata, read_article_file, sniff
from claimdesk.core.importers.base import ImportedArticle, normalise_line_ends
from claimdesk.core.importers.encoding import Decoded, decode
from claimdesk.core.importers.html import decode_html, extract_html_article, page_encoding

_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}
_SUFFIXES = {"markdown": ".md", "pdf": ".pdf", "docx": ".docx", "odt": ".odt", "rtf": ".rtf"}
_BY_SUFFIX = {
    **{suffix: kind for kind, suffix in _SUFFIXES.items()},
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_UNKNOWN_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_GIVES = {
    "image": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives an image, not an article: ClaimDesk imports web pages, PDFs, plain "
        "text and Word, OpenDocument and RTF documents.",
    ),
    "video": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives a video, not an article: ClaimDesk imports web pages, PDFs, plain "
        "text and Word, OpenDocument and RTF documents.",
    ),
    "audio": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives a sound recording, not an article: ClaimDesk imports web pages, PDFs, "
        "plain text and Word, OpenDocument and RTF documents.",
    ),
    "font": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives a font, not an article: ClaimDesk imports web pages, PDFs, plain text "
        "and Word, OpenDocument and RTF documents.",
    ),
    "application/json": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives JSON data, not an article: ClaimDesk imports web pages, PDFs, plain "
        "text and Word, OpenDocument and RTF documents.",
    ),
    "application/zip": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives a ZIP archive, not an article: ClaimDesk imports web pages, PDFs, "
        "plain text and Word, OpenDocument and RTF documents.",
    ),
    "application/msword": QT_TRANSLATE_NOOP(
        "Errors",
        "The address gives an old Word .doc file, not an article: ClaimDesk imports web pages, "
        "PDFs, plain text and Word, OpenDocument and RTF documents.",
    ),
}
"""The refusal for each kind of content named in words (by its type, else its family)."""
_GIVES_TYPE = QT_TRANSLATE_NOOP(
    "Errors",
    "The address gives {content_type}, not an article: ClaimDesk imports web pages, PDFs, plain "
    "text and Word, OpenDocument and RTF documents.",
)
_GIVES_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors",
    "The address gives data of an unknown kind, not an article: ClaimDesk imports web pages, "
    "PDFs, plain text and Word, OpenDocument and RTF documents.",
)


def read_page(body: bytes, headers: Message, url: str) -> ImportedArticle:
    """The article in a fetched ``body``, read by the importer for what it is: the Content-Type
    says, unless the bytes plainly say otherwise (a PDF served as text/html)."""
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    charset = str(headers.get_param("charset") or "") if content_type else ""
    if not body.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The page at {url} is empty."), url=url)
    kind = _kind(content_type, body, url)
    if kind == "html":
        article = _read_html(body, charset, url)
    elif kind == "text":
        article = _read_text(body, charset, url)
    else:  # its importer has completed the metadata already
        return dataclasses.replace(_read_as_file(body, kind, url), source_name=url, url=url)
    return complete_metadata(dataclasses.replace(article, source_name=url, url=url))


def _kind(content_type: str, body: bytes, url: str) -> str:
    """Which importer reads the body: "html", "text", "markdown", "pdf", "docx", "odt", "rtf";
    ImportFileError for anything else."""
    content = sniff(body[:8192])
    if content in ("pdf", "rtf"):
        return content  # the bytes decide, whatever the server calls them
    declared = _KINDS.get(content_type)
    if declared in ("html", "text", "markdown"):
        if content not in ("text", "html"):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The page at {url} is not a web page: the server says it is {content_type}, "
                    "but it holds binary data.",
                ),
                url=url,
                content_type=content_type,
            )
        return "html" if content == "html" and declared == "text" else declared
    if declared is not None:
        return declared
    if content_type in _UNKNOWN_TYPES:  # a server that does not say: the name or bytes do
        by_name = _BY_SUFFIX.get(Path(urlsplit(url).path).suffix.lower())
        if by_name is not None:
            return by_name
        if content in ("html", "text"):
            return content
    family = content_type.partition("/")[0]
    template = _GIVES.get(content_type) or _GIVES.get(family)
    if template is not None:
        raise ImportFileError(template)
    if content_type:
        raise ImportFileError(_GIVES_TYPE, content_type=content_type)
    raise ImportFileError(_GIVES_UNKNOWN)


def _read_html(body: bytes, charset: str, url: str) -> ImportedArticle:
    decoded = decode_page(body, charset, url)
    article = extract_html_article(decoded.text, url, encoding=decoded.encoding)
    return dataclasses.replace(article, warnings=decoded.warnings)


def decode_page(body: bytes, charset: str, name: str) -> Decoded:
    """A fetched page as text: a byte-order mark decides; then the charset the server named, if
    the page decodes in it (a page valid as UTF-8 with non-ASCII text is UTF-8 whatever a legacy
    charset header says: no legacy text is valid UTF-8 by accident); then the page's own
    ``<meta>`` declaration, then detection (:func:`decode_html`)."""
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    declared = page_encoding(charset.encode("ascii", "ignore")) if charset else None
    if declared is None or body.startswith(boms):
        return decode_html(body, name)
    if declared not in ("utf-8", "ascii") and not body.isascii():
        try:
            utf8 = body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(utf8, "utf-8", (_wrong_charset(charset, "utf-8"),))
    try:
        return Decoded(body.decode(declared), declared)
    except (UnicodeError, LookupError, ValueError):
        decoded = decode_html(body, name)
        return dataclasses.replace(
            decoded, warnings=(_wrong_charset(charset, decoded.encoding), *decoded.warnings)
        )


def _wrong_charset(declared: str, used: str) -> ShownMessage:
    return ShownMessage(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server said the page is in {declared}, but it is not: it was read as {used}. "
            "Check that the text reads right.",
        ),
        declared=declared,
        used=used,
    )


def _read_text(body: bytes, charset: str, url: str) -> ImportedArticle:
    decoded = decode_page(body, charset, url) if charset else None
    if decoded is None:
        decoded = decode(body, url)
    text = normalise_line_ends(decoded.text)
    if not text.strip():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The page at {url} holds only white space."), url=url
        )
    return ImportedArticle(
        text=text,
        source_name=url,
        source_format="txt",
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )


def _read_as_file(body: bytes, kind: str, url: str) -> ImportedArticle:
    """A PDF, a Word or OpenDocument file, RTF or Markdown, read by its own importer from a
    temporary file named as the address names it (its messages name the file)."""
    with tempfile.TemporaryDirectory(prefix="claimdesk-web-") as folder:
        path = Path(folder) / _file_name(url, _SUFFIXES[kind])
        path.write_bytes(body)
        return read_article_file(path)


def _file_name(url: str, suffix: str) -> str:
    """The address's last path segment as a safe file name with ``suffix``."""
    last = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    stem = re.sub(r"[^\w.-]+", "_", Path(last).stem)[:80].strip("._") or "page"
    return stem + suffix
