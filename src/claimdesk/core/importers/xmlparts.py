"""Reading an XML part of a .docx or .odt as a stream, with its limits.

The part is unpacked and parsed in chunks with expat, so memory stays small however large the
document; nothing is built but what a :class:`PartReader` keeps. The parse refuses what no
document needs and an attacker would use: a DOCTYPE (and with it entity expansion), nesting
deeper than :data:`MAX_XML_DEPTH`, and, through the reader, text beyond
:data:`MAX_ARTICLE_CHARS`. Every element is handled by a loop, never by recursion, so 100,000
nested spans are no more than a long document.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.parsers import expat

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import Deadline, too_long
from claimdesk.core.importers.limits import MAX_ARTICLE_CHARS, MAX_XML_DEPTH, MAX_ZIP_PART_BYTES
from claimdesk.core.importers.zipcheck import check_part_size

CHUNK_BYTES = 1024 * 1024


class PartReader:
    """What to do with a part's elements and text; tags come as "namespace-uri local-name"."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.chars = 0
        """Characters kept so far, counted by :meth:`keep` against the article limit."""

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        """An element opens."""

    def end(self, tag: str) -> None:
        """An element closes."""

    def text(self, data: str) -> None:
        """Character data inside the innermost open element."""

    def keep(self, count: int) -> None:
        """Count ``count`` more characters of article text; too many ends the import."""
        self.chars += count
        if self.chars > MAX_ARTICLE_CHARS:
            raise too_long(self.name)


class TextBuffer:
    """The text of one paragraph as it streams in, in bounded memory: text past the article
    limit ends the import; with ``collapse_spaces`` (runs of white space become one space) a
    paragraph padded with millions of spaces is collapsed as it grows instead of held."""

    def __init__(self, reader: PartReader, *, collapse_spaces: bool) -> None:
        self._reader = reader
        self._collapse = collapse_spaces
        self._buffer = io.StringIO()
        self._size = 0

    def add(self, data: str) -> None:
        self._buffer.write(data)
        self._size += len(data)
        room = MAX_ARTICLE_CHARS - self._reader.chars
        if self._size <= room:
            return
        if not self._collapse:
            raise too_long(self._reader.name)
        if self._size > 2 * MAX_ARTICLE_CHARS:  # at most every 5M characters: linear overall
            raw = self._buffer.getvalue()
            collapsed = " ".join(raw.split()) + (" " if raw[-1:].isspace() else "")
            if len(collapsed.strip()) > room:
                raise too_long(self._reader.name)
            self._buffer = io.StringIO(collapsed)
            self._buffer.seek(0, io.SEEK_END)
            self._size = len(collapsed)

    def take(self) -> str:
        """The paragraph's text (white space collapsed if asked) and an empty buffer."""
        raw = self._buffer.getvalue()
        self._buffer = io.StringIO()
        self._size = 0
        return " ".join(raw.split()) if self._collapse else raw


def read_part(archive: zipfile.ZipFile, part: str, reader: PartReader, deadline: Deadline) -> None:
    """Stream ``part`` of ``archive`` through ``reader``; ImportFileError for a part that is
    too large, too deep, damaged or not XML."""
    name = reader.name
    check_part_size(archive, part, name)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    depth = 0

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_XML_DEPTH:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is damaged or hostile: its {part} nests elements more than {depth} "
                    "deep. Open it in its editor and save it again.",
                ),
                file=name,
                part=part,
                depth=MAX_XML_DEPTH,
            )
        reader.start(tag, attributes)

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        reader.end(tag)

    def doctype(*_: object) -> None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is damaged or hostile: its {part} declares a DOCTYPE, which documents "
                "never do. Open it in its editor and save it again.",
            ),
            file=name,
            part=part,
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = reader.text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    unpacked = 0
    try:
        with archive.open(part) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                unpacked += len(chunk)
                if unpacked > MAX_ZIP_PART_BYTES:  # zipfile stops at the declared size: never
                    raise ImportFileError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{file} is damaged: its {part} is larger than it says."
                        ),
                        file=name,
                        part=part,
                    )
                parser.Parse(chunk, False)
                deadline.check()
            parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is damaged: its text cannot be read ({part}, line {line}: {reason}).",
            ),
            file=name,
            part=part,
            line=error.lineno,
            reason=expat.ErrorString(error.code),
        ) from error
    except (LookupError, UnicodeError) as error:  # <?xml encoding="WTF-8"?> and the like
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is damaged: its {part} declares an encoding that cannot be read "
                "({reason}).",
            ),
            file=name,
            part=part,
            reason=str(error),
        ) from error
    except RuntimeError as error:  # zipfile: "File is encrypted, password required"
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is password-protected or damaged ({reason}): save an unprotected copy.",
            ),
            file=name,
            reason=str(error),
        ) from error
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        NotImplementedError,
        ValueError,
    ) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is damaged: its part {part} cannot be read ({reason})."
            ),
            file=name,
            part=part,
            reason=str(error),
        ) from error
