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
from claimdesk.core.importers.limits import MAX_ZIP_PART_BYTES, megabytes


def check_zip(data: bytes, name: str, kind: str, *, must_hold: str) -> zipfile.ZipFile:
    """The document's ZIP archive, checked to be a ZIP of the expected kind."""
    if data[:8].startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ImportFileError(
                f"{name} is password-protected: open it in its editor, remove the password "
                "(or save an unprotected copy) and import that."
            )
        raise ImportFileError(
            f"{name} is an old-style Office file, not {kind}: open it and save it as "
            f"{'.docx' if 'Word' in kind else '.odt'}."
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise ImportFileError(
            f"{name} is damaged or not {kind} (it is not a complete ZIP package)."
        ) from error
    if must_hold not in names:
        raise ImportFileError(f"{name} is not {kind} (it has no {must_hold}).")
    return archive


def check_part_size(archive: zipfile.ZipFile, part: str, name: str) -> int:
    """The unpacked size of ``part`` as the archive's directory gives it; refused over the
    limit before anything is unpacked."""
    size = archive.getinfo(part).file_size
    if size > MAX_ZIP_PART_BYTES:
        raise ImportFileError(
            f"{name} is too large to read: its {part} unpacks to {megabytes(size)} (ClaimDesk "
            f"reads at most {megabytes(MAX_ZIP_PART_BYTES)}); it may be a \u201czip bomb\u201d. "
            "Open it in its editor and copy the article's text, or save it again."
        )
    return size
