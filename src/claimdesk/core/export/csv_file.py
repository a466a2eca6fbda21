"""CSV export of claims: one row per claim, streamed, written atomically.

Rows follow RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks
quoted) in UTF-8; ``excel=True`` adds a byte-order mark so spreadsheet programs read Cyrillic right.
Cells a spreadsheet would run as a formula are neutralised by default (a leading apostrophe), as
OWASP advises against CSV injection (see ``claimdesk.core.export.formulas``); data pipelines can
turn that off.

On SQLite the database builds the lines themselves, quoted and neutralised
(``claimdesk.core.export.lines``), read in ranges of ids, each range's lines in one piece
(``claimdesk.core.export.reader``): Python copies bytes, and builds only the rare line SQL cannot
judge. On PostgreSQL the flat rows are streamed from a server-side cursor and written with the
csv module. The file is the same byte for byte either way.

The file is written only as a regular file the export creates: never through a symbolic link or
onto a device, a pipe or a folder; it is written under a short temporary name in the same folder
and renamed into place when complete, keeping an existing file's permissions.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar, cast

from claimdesk.core.domain.errors import ExportCancelledError, ExportFileError
from claimdesk.core.domain.records import ClaimFilter, ClaimInfo
from claimdesk.core.export.formulas import FORMULA_TRIGGERS as FORMULA_TRIGGERS  # noqa: PLC0414
from claimdesk.core.export.formulas import SAFE_START, cell_needs_neutralising, neutralise
from claimdesk.core.export.formulas import needs_neutralising as needs_neutralising  # noqa: PLC0414
from claimdesk.core.export.query import EXPORT_COLUMNS, FIRST_CHARACTERS, TAGS, TEXT_COLUMNS
from claimdesk.core.export.reader import Batch

CSV_COLUMNS = EXPORT_COLUMNS
T = TypeVar("T")
TAG_SEPARATOR = "; "
STALE_PART_SECONDS = 12 * 3600
"""Temporary files of an export killed half-way are removed by a later export into the same
folder once they are this old (an export in progress elsewhere is never that old)."""
PART_PREFIX = ".claimdesk-export-"
PART_SUFFIX = ".part"

PROGRESS_EVERY = 500
"""Rows fetched and written between two progress reports (and chances to cancel); on SQLite,
the claim ids a range spans (see ``claimdesk.core.export.reader``)."""

Progress = Callable[[int, int], bool]
"""Called as ``progress(written, total)``; returning False cancels the export."""


def claim_record(claim: ClaimInfo) -> dict[str, Any]:
    """A claim as the flat record the CSV and ``claimdesk-cli claims --json`` share."""
    return {
        "claim_id": claim.id,
        "speaker": claim.speaker_name,
        "speaker_role": claim.speaker_role,
        "speaker_organisation": claim.speaker_organisation,
        "kind": claim.kind,
        "quote": claim.quote,
        "context_before": claim.context_before,
        "context_after": claim.context_after,
        "start": claim.start,
        "end": claim.end,
        "article_id": claim.article_id,
        "article_title": claim.article_title,
        "outlet": claim.outlet,
        "published": claim.published or "",
        "url": claim.url,
        "language": claim.language,
        "tags": TAG_SEPARATOR.join(claim.tags),
        "note": claim.note,
        "linked_claim_ids": " ".join(str(i) for i in claim.linked_claim_ids),
        "created_at": claim.created_at.isoformat(timespec="seconds"),
        "updated_at": claim.updated_at.isoformat(timespec="seconds"),
        "created_by": claim.created_by,
        "updated_by": claim.updated_by,
        "version": claim.text_version,
        "anchor_state": claim.anchor_state,
    }


def write_claims_csv(
    claims: Iterable[ClaimInfo],
    stream: IO[str],
    *,
    neutralise_formulas: bool = True,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """Write ``claims`` as CSV rows (with a header) to a text stream; returns the row count."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    written = 0
    for claim in claims:
        record = claim_record(claim)
        if neutralise_formulas:
            record = {k: neutralise(v) if isinstance(v, str) else v for k, v in record.items()}
        writer.writerow(record[column] for column in CSV_COLUMNS)
        written += 1
        if progress is not None and written % 500 == 0 and not progress(written, total):
            raise ExportCancelledError()
    if progress is not None:
        progress(written, total)
    return written


def _neutralised_row(row: Sequence[Any]) -> list[Any]:
    cells = list(row[:FIRST_CHARACTERS])
    for position in (*TEXT_COLUMNS, TAGS):
        value = cells[position]
        if isinstance(value, str) and value and cell_needs_neutralising(value):
            cells[position] = "'" + value
    return cells


def _csv_rows(rows: Sequence[Sequence[Any]], neutralise_formulas: bool) -> Iterable[Any]:
    """Flat export rows (as :meth:`Catalogue.iter_export_rows` gives them: the export's columns
    and then the first characters of its text cells) as the cells the CSV holds.

    Neutralising looks at one short string per row, the first characters the database sent
    along; only a row where one of them is not plainly harmless (a letter, a digit, common
    punctuation) has its cells checked one by one, exactly as :func:`neutralise` does.
    """
    end, tags = FIRST_CHARACTERS, TAGS
    if not neutralise_formulas:
        return (row[:end] for row in rows)
    safe = SAFE_START
    return (row[:end] if safe(row[end] + row[tags][:1]) else _neutralised_row(row) for row in rows)


def _csv_lines(rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """Rows of cells as the csv module writes them (RFC 4180, CRLF), each in UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for cells in rows:
        writer.writerow(cells)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()


def write_export_lines(
    batches: Iterable[Batch],
    stream: IO[bytes],
    *,
    neutralise_formulas: bool = True,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """Write a header and the batches :meth:`Catalogue.iter_export_lines` yields to a binary
    stream, in UTF-8; returns the row count. What the database built is copied as it is; a
    line it left None is built here from its flat row, with the csv module. ``progress`` is
    called after each batch."""
    stream.writelines(_csv_lines([CSV_COLUMNS]))
    written = 0
    for rows, pieces, fallback in batches:
        if fallback:
            built = _csv_lines(_csv_rows(fallback, neutralise_formulas))
            stream.write(b"".join(piece if piece is not None else next(built) for piece in pieces))
        else:
            stream.writelines(cast("list[bytes]", pieces))  # no None without fallback rows
        written += rows
        if progress is not None and not progress(written, total):
            raise ExportCancelledError()
    if progress is not None:
        progress(written, total)
    return written


class ExportSource(Protocol):
    """What an export reads of a catalogue (the catalogue's ``export_csv`` passes itself)."""

    def count_claims(
        self, claim_filter: ClaimFilter | None = None, *, at_most: int | None = None
    ) -> int: ...

    def iter_export_lines(
        self,
        claim_filter: ClaimFilter | None = None,
        *,
        neutralise_formulas: bool = True,
        batch_size: int = 1000,
        threads: int | None = None,
    ) -> Iterator[Batch]: ...


def export_claims_csv(
    catalogue: ExportSource,
    destination: str | os.PathLike[str],
    claim_filter: ClaimFilter | None = None,
    *,
    excel: bool = False,
    neutralise_formulas: bool = True,
    progress: Progress | None = None,
    threads: int | None = None,
) -> int:
    """Export the claims matching ``claim_filter`` to ``destination``; returns how many.

    The file is written beside the destination under a temporary name and renamed into place
    only when complete, so a failed or cancelled export never leaves half a file behind. The
    destination must be a regular file or not exist yet (never a link, a device or a folder).
    """
    total = catalogue.count_claims(claim_filter) if progress is not None else 0

    def write(stream: IO[bytes]) -> int:
        if excel:
            stream.write(codecs.BOM_UTF8)
        batches = catalogue.iter_export_lines(
            claim_filter,
            neutralise_formulas=neutralise_formulas,
            batch_size=PROGRESS_EVERY,
            threads=threads,
        )
        return write_export_lines(
            batches,
            stream,
            neutralise_formulas=neutralise_formulas,
            progress=progress,
            total=total,
        )

    return write_atomically(destination, write)


def write_atomically(destination: str | os.PathLike[str], write: Callable[[IO[bytes]], T]) -> T:
    """Run ``write`` on a new binary file beside ``destination`` and rename it into place when
    ``write`` returns; returns what ``write`` returns. If ``write`` raises (or the disk fills),
    the temporary file is removed and ``destination`` is left as it was. The destination must
    be a regular file or not exist yet (never a link, a device or a folder); an existing file's
    permissions are kept. Every export (CSV, REFI-QDA) writes its file through this."""
    target = Path(destination)
    existing = _check_target(target)
    remove_stale_parts(target.parent, target.name)
    handle, temporary = _create_part(target, existing)
    try:
        with open(handle, "wb") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _check_target(target)  # nothing put a link or a device there meanwhile
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportFileError(f"Cannot write {target}: {error.strerror}.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return result


def _check_target(target: Path) -> os.stat_result | None:
    """The destination's status if it is an existing regular file, None if there is none yet;
    raises ExportFileError for anything else, which the export must not replace."""
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ExportFileError(f"Cannot write {target}: {error.strerror}.") from error
    mode = found.st_mode
    if stat.S_ISREG(mode):
        return found
    if stat.S_ISLNK(mode):
        what = "a symbolic link"
    elif stat.S_ISDIR(mode):
        what = "a folder"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISFIFO(mode):
        what = "a named pipe"
    else:
        what = "a special file"
    raise ExportFileError(
        f"Cannot write {target}: it is {what}, and an export only writes regular files. "
        "Choose another name."
    )


def _create_part(target: Path, existing: os.stat_result | None) -> tuple[int, Path]:
    """A new temporary file beside ``target`` under a short name (the target's own name may be
    as long as the system allows), with the existing file's permissions and owner, else the
    permissions a new file gets (the umask applies, as os.open creates it)."""
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666
    for _attempt in range(100):
        temporary = target.parent / f"{PART_PREFIX}{secrets.token_hex(6)}{PART_SUFFIX}"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
        except FileExistsError:
            continue
        except OSError as error:
            raise ExportFileError(
                f"Cannot write to the folder {target.parent}: {error.strerror}."
            ) from error
        if existing is not None:
            try:
                os.fchmod(handle, mode)  # the umask must not narrow the file's permissions
                if (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
                    os.fchown(handle, existing.st_uid, existing.st_gid)
            except OSError:
                pass  # another user's file: ours replaces it with our ownership, as cp does
        return handle, temporary
    raise ExportFileError(f"Cannot create a temporary file in {target.parent}.")


def _is_part_name(name: str, target_name: str) -> bool:
    if name.startswith(PART_PREFIX) and name.endswith(PART_SUFFIX):
        return True
    # what earlier versions named them: ".{target}.{8 random characters}.part"
    old_prefix = f".{target_name}."
    return (
        bool(target_name)
        and name.startswith(old_prefix)
        and name.endswith(PART_SUFFIX)
        and len(name) == len(old_prefix) + 8 + len(PART_SUFFIX)
    )


def remove_stale_parts(
    folder: Path, target_name: str = "", max_age: float = STALE_PART_SECONDS
) -> list[Path]:
    """Remove the temporary files of exports into ``folder`` that were killed half-way (ours by
    name, also an earlier version's for ``target_name``; regular files older than ``max_age``
    seconds); returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _is_part_name(entry.name, target_name):
            continue
        try:
            found = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(found.st_mode) and now - found.st_mtime > max_age:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to remove
    return removed
