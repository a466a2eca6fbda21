"""Checks on ZIP-based documents (.docx, .odt) before a parser opens them.

Nothing is unpacked here: the archive's directory says what it holds and how large each part
unpacks, and a part over :data:`MAX_ZIP_PART_BYTES` is refused before a byte of it is inflated
(a "zip bomb" of 1.7 MB held 387 MB of XML). Parts are checked as they are read (the ZIP reader
verifies each one's CRC and stops at its declared size), so a damaged picture in a document does
not stop its text from being imported.
"""

from __future__ import annotations

import io
import zipfile

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.limits import MAX_ZIP_PART_BYTES, megabytes

WORD = "a Word document"
OPENDOCUMENT = "an OpenDocument text"
"""The kinds of document the importers check (``check_zip``'s ``kind``)."""

_OLD_OFFICE = {
    WORD: QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is an old-style Office file, not a Word document: open it and save it as .docx.",
    ),
    OPENDOCUMENT: QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is an old-style Office file, not an OpenDocument text: open it and save it as "
        ".odt.",
    ),
}
_NOT_A_PACKAGE = {
    WORD: QT_TRANSLATE_NOOP(
        "Errors", "{file} is damaged or not a Word document (it is not a complete ZIP package)."
    ),
    OPENDOCUMENT: QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is damaged or not an OpenDocument text (it is not a complete ZIP package).",
    ),
}
_LACKS = {
    WORD: QT_TRANSLATE_NOOP("Errors", "{file} is not a Word document (it has no {part})."),
    OPENDOCUMENT: QT_TRANSLATE_NOOP(
        "Errors", "{file} is not an OpenDocument text (it has no {part})."
    ),
}
"""Each message in a whole sentence for each kind, so that a translation can decline the kind;
another kind (named by ``kind``) has the sentences below."""
_OLD_OFFICE_OTHER = QT_TRANSLATE_NOOP(
    "Errors", "{file} is an old-style Office file, not {kind}: open it and save it as {suffix}."
)
_NOT_A_PACKAGE_OTHER = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged or not {kind} (it is not a complete ZIP package)."
)
_LACKS_OTHER = QT_TRANSLATE_NOOP("Errors", "{file} is not {kind} (it has no {part}).")


ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
)
"""What Python's zipfile raises for an archive it cannot read: damaged, truncated, or one whose
directory asks for a ZIP version or feature it lacks ("zip file version 8.4", which a damaged
.docx gave and which ended the import with a traceback)."""


def check_zip(data: bytes, name: str, kind: str, *, must_hold: str) -> zipfile.ZipFile:
    """The document's ZIP archive, checked to be a ZIP of the expected kind."""
    if data[:8].startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is password-protected: open it in its editor, remove the password "
                    "(or save an unprotected copy) and import that.",
                ),
                file=name,
            )
        raise ImportFileError(
            _OLD_OFFICE.get(kind, _OLD_OFFICE_OTHER),
            file=name,
            kind=kind,
            suffix=".docx" if "Word" in kind else ".odt",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except ZIP_ERRORS as error:
        raise ImportFileError(
            _NOT_A_PACKAGE.get(kind, _NOT_A_PACKAGE_OTHER), file=name, kind=kind
        ) from error
    if must_hold not in names:
        raise ImportFileError(_LACKS.get(kind, _LACKS_OTHER), file=name, kind=kind, part=must_hold)
    return archive


def check_part_size(archive: zipfile.ZipFile, part: str, name: str) -> int:
    """The unpacked size of ``part`` as the archive's directory gives it; refused over the
    limit before anything is unpacked."""
    size = archive.getinfo(part).file_size
    if size > MAX_ZIP_PART_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is too large to read: its {part} unpacks to {size} (ClaimDesk reads at "
                "most {limit}); it may be a “zip bomb”. Open it in its editor and copy the "
                "article's text, or save it again.",
            ),
            file=name,
            part=part,
            size=megabytes(size),
            limit=megabytes(MAX_ZIP_PART_BYTES),
        )
    return size
