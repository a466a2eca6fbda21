"""Checks on ZIP-based documents (.docx, .odt) before a parser opens them."""

from __future__ import annotations

import io
import zipfile

from claimdesk.core.errors import ImportFileError

MAX_UNPACKED_BYTES = 400 * 1024 * 1024
"""A document that unpacks to more than this is refused (a "zip bomb" would exhaust memory)."""


def check_zip(data: bytes, name: str, kind: str, *, must_hold: str) -> zipfile.ZipFile:
    """The document's ZIP archive, checked to be whole and of the expected kind."""
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
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFileError(
            f"{name} is damaged or not {kind} (it is not a complete ZIP package)."
        ) from error
    if must_hold not in names:
        raise ImportFileError(f"{name} is not {kind} (it has no {must_hold}).")
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            f"{name} unpacks to {unpacked / 1024 / 1024:.0f} MB, more than {kind} should; "
            "ClaimDesk does not open it."
        )
    broken = archive.testzip()
    if broken is not None:
        raise ImportFileError(f"{name} is damaged: its part {broken} cannot be read.")
    return archive
