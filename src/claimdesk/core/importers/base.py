"""What every importer returns, and the choice of importer by file name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimdesk.core.errors import ImportFileError

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    text: str
    source_name: str
    source_format: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None
    language: str = ""


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFileError(
                f"{path.name} is {size / 1e6:.0f} MB; ClaimDesk opens files of at most "
                f"{limit / 1e6:.0f} MB."
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(f"{path.name} is a folder, not a file.") from None
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except PermissionError:
        raise ImportFileError(f"{path.name} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror}.") from error
