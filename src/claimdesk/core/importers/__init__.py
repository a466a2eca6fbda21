"""Turning files into article text; one module per input format.

:func:`read_article_file` picks the importer by the file's extension and by what its first bytes
show it really is, so a PDF renamed .txt or a damaged .docx gets a readable error instead of
garbage. Every importer refuses files over the size limit before reading them. Metadata the file
lacks is then looked for in the text itself (:func:`complete_metadata`).
"""

from __future__ import annotations

import dataclasses
import os
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable
from claimdesk.core.importers.base import (
    ImportedArticle,
    Note,
    file_size,
    read_head,
)
from claimdesk.core.importers.docx import read_docx_article
from claimdesk.core.importers.encoding import encoding_label, is_binary
from claimdesk.core.importers.html import read_html_article
from claimdesk.core.importers.language import detect_language
from claimdesk.core.importers.limits import MAX_FILE_BYTES
from claimdesk.core.importers.markdown import read_markdown_article
from claimdesk.core.importers.metadata import Dateline, find_dateline, guess_title
from claimdesk.core.importers.odt import read_odt_article
from claimdesk.core.importers.pdf import read_pdf_article
from claimdesk.core.importers.rtf import read_rtf_article
from claimdesk.core.importers.text import read_text_article

__all__ = [
    "ARTICLE_EXTENSIONS",
    "MAX_FILE_BYTES",
    "Dateline",
    "ImportedArticle",
    "article_files",
    "complete_metadata",
    "describe_left_out",
    "detect_language",
    "find_dateline",
    "guess_title",
    "read_article_file",
]

Reader = Callable[[Path, int], ImportedArticle]

_READERS: dict[str, Reader] = {
    "text": read_text_article,
    "markdown": read_markdown_article,
    "html": read_html_article,
    "docx": read_docx_article,
    "pdf": read_pdf_article,
    "odt": read_odt_article,
    "rtf": read_rtf_article,
}
_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".odt": "odt",
    ".rtf": "rtf",
}
ARTICLE_EXTENSIONS = frozenset(_BY_EXTENSION)
"""The extensions a folder import picks up."""

_FORMAT_NAMES = {
    "pdf": QT_TRANSLATE_NOOP("Errors", "a PDF document"),
    "docx": QT_TRANSLATE_NOOP("Errors", "a Word document"),
    "odt": QT_TRANSLATE_NOOP("Errors", "an OpenDocument text"),
    "zip": QT_TRANSLATE_NOOP("Errors", "a ZIP archive"),
    "ole": QT_TRANSLATE_NOOP("Errors", "an old-style Office document"),
    "rtf": QT_TRANSLATE_NOOP("Errors", "an RTF document"),
    "image": QT_TRANSLATE_NOOP("Errors", "an image"),
    "binary": QT_TRANSLATE_NOOP("Errors", "binary data"),
}
"""What a file's first bytes show it holds, as the name a message gives it (a value of the
messages below, which word it as a name standing on its own: "it holds {format}")."""
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"II*\x00", b"MM\x00*")


def _format_name(kind: str) -> Message:
    return Message(_FORMAT_NAMES.get(kind, _FORMAT_NAMES["binary"]))


def read_article_file(
    path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES
) -> ImportedArticle:
    """Read a file as an article; raises ImportFileError with a readable one-line reason."""
    path = Path(path)
    size = file_size(path, limit)
    if size == 0:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} is empty."), file=path.name)
    kind = _choose_reader(path)
    article = _READERS[kind](path, limit)
    if not article.text.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} holds no text."), file=path.name)
    return complete_metadata(article)


def _choose_reader(path: Path) -> str:
    head = read_head(path)
    content = sniff(head, path)
    expected = _BY_EXTENSION.get(path.suffix.lower())
    name = path.name
    if path.suffix.lower() == ".doc":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is an old Word .doc file: open it in Word or LibreOffice, save it as "
                ".docx and import that.",
            ),
            file=name,
        )
    if expected is None:
        if content in _READERS:
            return content
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is {format}, not an article ClaimDesk reads."),
            file=name,
            format=_format_name(content),
        )
    if expected in ("text", "markdown"):
        if content in ("text", "html", "markdown"):
            # a saved web page named .txt is still a web page
            return "html" if content == "html" and expected == "text" else expected
        raise _not_text(name, content)
    if expected == "html":
        if content in ("text", "html"):
            return "html"
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a web page: it holds {format}."),
            file=name,
            format=_format_name(content),
        )
    if content == expected:
        return expected
    if expected in ("docx", "odt") and content in ("zip", "ole", "docx", "odt"):
        return expected  # its importer says precisely what is wrong (damaged, protected, …)
    if content in ("text", "html"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not {format}: it holds plain text or HTML. Rename it to .txt or "
                ".html to import it.",
            ),
            file=name,
            format=_format_name(expected),
        )
    if content == "binary":
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged or not {format}."),
            file=name,
            format=_format_name(expected),
        )
    raise ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} is damaged or not {format} (it holds {content})."),
        file=name,
        format=_format_name(expected),
        content=_format_name(content),
    )


def _not_text(name: str, content: str) -> ImportFileError:
    """The error for a .txt or .md file whose first bytes show it is something else."""
    if content == "binary":
        return ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a text file: it holds binary data."),
            file=name,
        )
    if content in _READERS:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not a text file: it holds {format} (binary data). Rename it to "
                ".{extension} to import it.",
            ),
            file=name,
            format=_format_name(content),
            extension=content,
        )
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a text file: it holds {format} (binary data)."),
        file=name,
        format=_format_name(content),
    )


def sniff(head: bytes, path: Path | None = None) -> str:
    """What the first bytes of a file show it is: "pdf", "docx", "odt", "zip", "ole", "rtf",
    "html", "image", "binary" or "text"."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path) if path is not None else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if is_binary(head):
        return "binary"
    sample = _head_text(head).lstrip().lower()
    if sample.startswith(("<!doctype html", "<html")):
        return "html"
    if sample.startswith(("<?xml", "<!--", "<head", "<meta")) and "<html" in sample:
        return "html"
    return "text"


def _head_text(head: bytes) -> str:
    for encoding in ("utf-16", "utf-8"):
        if encoding == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        return head.decode(encoding, "ignore")
    return head.decode("latin-1")


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names and "mimetype" in names:
                with archive.open("mimetype") as part:
                    kind = part.read(100)  # not read(): the part could be a zip bomb
                if kind.startswith(b"application/vnd.oasis.opendocument.text"):
                    return "odt"
    except (
        zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError, ValueError, RuntimeError,
        NotImplementedError,
    ):  # fmt: skip
        pass  # a damaged archive: the importer named by the extension says what is wrong
    return "zip"


NO_YEAR_HINT = QT_TRANSLATE_NOOP(
    "Errors", "The dateline gives {dateline} but no year: add the year to the date."
)
"""The hint on a dateline without a year (one about the date: moot once a date is given)."""


def complete_metadata(article: ImportedArticle) -> ImportedArticle:
    """Fill in what the file did not say from the text itself: language, the dateline's outlet
    and (only with a written year) date, and a title; ``hints`` say what was guessed."""
    hints: list[Note] = list(dict.fromkeys([*article.warnings, *article.hints]))
    dateline = find_dateline(article.text)
    language = article.language or detect_language(article.text)
    outlet = article.outlet
    published = article.published
    if dateline is not None:
        outlet = outlet or dateline.outlet
        if published is None and dateline.published is not None:
            published = dateline.published
        elif published is None and dateline.month is not None:
            hints.append(Message(NO_YEAR_HINT, dateline=dateline.describe()))
    title = article.title or guess_title(article.text, dateline)
    if article.encoding and article.encoding not in ("utf-8", "ascii"):
        hints.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "The text was decoded as {encoding}."),
                encoding=encoding_label(article.encoding),
            )
        )
    return dataclasses.replace(
        article,
        title=" ".join(title.split()),
        outlet=outlet,
        published=published,
        language=language,
        dateline=dateline,
        hints=tuple(hints),
    )


def article_files(
    paths: Iterable[str | os.PathLike[str]], left_out: Counter[str] | None = None
) -> Iterator[Path]:
    """The files to import for ``paths``: files as given, folders searched recursively (in name
    order) for files with an article extension; hidden files and folders are skipped. The other
    files met in a folder are counted in ``left_out`` by extension ("" for none), so the user can
    be told what was not imported."""
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for root, folders, files in os.walk(path):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                suffix = Path(name).suffix.lower()
                if suffix in ARTICLE_EXTENSIONS:
                    yield Path(root) / name
                elif left_out is not None:
                    left_out[suffix] += 1


def describe_left_out(left_out: Mapping[str, int]) -> Message | None:
    """ "119 other files left out (.json 119)": what a folder import did not read, or None."""
    total = sum(left_out.values())
    if not total:
        return None
    kinds = sorted(left_out.items(), key=lambda item: (-item[1], item[0]))
    shown = _KindCounts(kinds[:5], more=len(kinds) > 5)
    if total == 1:
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors", "1 other file left out ({kinds}): not a kind ClaimDesk imports"
            ),
            kinds=shown,
        )
    # the count is written out by the template ("1,234", not %n's "1234")
    return Message(
        QT_TRANSLATE_NOOP(
            "Errors", "{total:,} other files left out ({kinds}): not a kind ClaimDesk imports"
        ),
        total=total,
        kinds=shown,
    )


class _KindCounts(Translatable):
    """ ".json 119, no extension 3, …": the extensions a folder import left out and how many of
    each, "no extension" in the user's language."""

    __slots__ = ("kinds", "more")

    def __init__(self, kinds: list[tuple[str, int]], *, more: bool) -> None:
        self.kinds = kinds
        self.more = more

    def _listed(self, shown: Callable[[Message], str]) -> str:
        none = Message(QT_TRANSLATE_NOOP("Errors", "no extension"))
        listed = ", ".join(f"{suffix or shown(none)} {count:,}" for suffix, count in self.kinds)
        return listed + (", …" if self.more else "")

    def __str__(self) -> str:
        return self._listed(str)

    @property
    def english(self) -> str:
        return self._listed(lambda message: message.english)
