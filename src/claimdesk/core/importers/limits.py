"""Every limit an import is held to, in one place.

An importer checks these before it expands anything (a file's size before reading it, a ZIP
part's unpacked size from the archive's directory before unpacking it, a PDF's page count before
reading its pages), and counts as it goes where the size only shows while reading (XML depth,
text length, PDF operators, time). Each refusal is an :class:`ImportFileError` whose one line
says what was too large and what to do. The limits are chosen so that importing any file under
10 MB takes well under 10 seconds and 500 MB of memory (``benchmarks/import_limits.py`` shows
the worst case over a corpus of hostile files), while leaving room for real articles: the
largest article ClaimDesk stores is :data:`MAX_ARTICLE_CHARS` characters.
"""

from __future__ import annotations

from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message

MB = 1024 * 1024

MAX_ARTICLE_CHARS = 5_000_000
"""The longest article text stored (about 2,500 pages of a book); an importer stops expanding a
file's text as soon as it passes this."""

MAX_FILE_BYTES = 50 * MB
"""The largest file any importer opens (a .docx or .odt with photos, a PDF with images)."""

MAX_ANNOTATION_FILE_BYTES = 50 * MB
"""The largest W3C Web Annotation file read: about 35,000 of ClaimDesk's annotations (1.4 KB
each), or fewer with the articles' texts the file carries, and well under a gigabyte of memory
once parsed (the whole file is parsed before anything is stored, so that a bad annotation
anywhere stores nothing; a carried text costs about its size in memory, each longer than
:data:`MAX_ARTICLE_CHARS` refused)."""

MAX_ANNOTATIONS = 100_000
"""The most annotations one import stores (one edit, one undo), and the most articles a file
may carry for them."""

MAX_TEXT_FILE_BYTES = 25 * MB
"""Plain text and Markdown: a 5-million-character article is at most 20 MB even in UTF-32."""

MAX_RTF_BYTES = 50 * MB
"""RTF escapes every non-ASCII character (four bytes each) and may embed pictures."""

MAX_HTML_MARKUP_CHARS = 5_000_000
"""A web page's markup after scripts, styles, comments and embedded data (``data:`` images) are
taken out: the HTML parser and the article extractor take time and memory in proportion to it
(a big news page has well under a million)."""

MAX_HTML_ELEMENTS = 150_000
"""Elements in that markup (a big news page has a few thousand): the extractor handles about
50,000 a second."""

MAX_ZIP_PART_BYTES = 100 * MB
"""The unpacked size of one part a .docx or .odt importer reads (its document XML): read from the
ZIP directory before anything is unpacked, and counted again while unpacking."""

MAX_XML_DEPTH = 256
"""Nesting of XML elements; real documents stay under a few dozen (libxml2's own default)."""

MAX_REPEAT_COUNT = 1_000
"""A repeat count in a document (ODT ``<text:s text:c="N"/>``, N spaces) is capped at this."""

MAX_RTF_GROUP_DEPTH = 1_000
"""Nesting of RTF ``{…}`` groups; Word writes fewer than twenty."""

MAX_PDF_PAGES = 2_000
"""Pages of a PDF read for text."""

MAX_PDF_OPERATORS = 200_000
"""Content-stream operators run to extract a PDF's text, over all its pages. pypdf runs some
30,000 a second; a page of text has from about a hundred (a line per operator) to a few thousand
(a word or a letter per operator), so this is a hundred dense pages or thousands of plain ones."""

MAX_DOWNLOAD_BYTES = MAX_FILE_BYTES
"""The most a web address's page (or PDF, …) may be: the body is read a piece at a time and the
fetch stops as soon as it passes this, whatever the server said it would send, so memory stays
bounded; a server that announces more is refused before anything is read."""

FETCH_CONNECT_SECONDS = 15.0
"""How long a web server may take to accept the connection (a slow mobile link takes a few)."""

FETCH_READ_SECONDS = 30.0
"""How long a web server may go without sending anything, while it prepares or sends a page."""

MAX_FETCH_SECONDS = 120.0
"""A whole fetch, redirects and all: a server that sends a byte now and then (never idle long
enough for :data:`FETCH_READ_SECONDS`) is stopped here. A 50 MB page takes a minute at
8 Mbit/s."""

MAX_REDIRECTS = 8
"""Redirects followed from the address given (http to https, to www., to a language's page…
takes three or four); more, or one that comes back to an address already visited, is refused."""

MAX_SECONDS = 30.0
"""A last resort: an importer that counts its work also stops after this long. The limits above
keep every import far below it; this only catches a case nobody thought of."""


def megabytes(size: int) -> Message:
    """``size`` bytes for a message: "12 MB", or "1,234 bytes" under a megabyte (in the user's
    language: a value of a message, or text through ``str()``)."""
    if size >= MB:
        return Message(QT_TRANSLATE_NOOP("Errors", "{size:.0f} MB"), size=size / MB)
    return Message(QT_TRANSLATE_NOOP("Errors", "{size:,} bytes"), size=size)
