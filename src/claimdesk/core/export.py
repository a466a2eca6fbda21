"""CSV export of claims: one row per claim, streamed, written atomically.

Rows follow RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks
quoted) in UTF-8; ``excel=True`` adds a byte-order mark so spreadsheet programs read Cyrillic right.
Cells a spreadsheet would run as a formula are neutralised by default (a leading apostrophe), as
OWASP advises against CSV injection; data pipelines can turn that off.

The file is written only as a regular file the export creates: never through a symbolic link or
onto a device, a pipe or a folder; it is written under a short temporary name in the same folder
and renamed into place when complete, keeping an existing file's permissions.
"""

from __future__ import annotations

import csv
import os
import secrets
import stat
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.errors import ClaimDeskError, ExportFileError
from claimdesk.core.records import ClaimFilter, ClaimInfo

CSV_COLUMNS = (
    "claim_id",
    "speaker",
    "speaker_role",
    "speaker_organisation",
    "kind",
    "quote",
    "context_before",
    "context_after",
    "start",
    "end",
    "article_id",
    "article_title",
    "outlet",
    "published",
    "url",
    "language",
    "tags",
    "note",
    "linked_claim_ids",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is neutralised (OWASP's list for CSV injection)."""
# What spreadsheets evaluate, as measured (issue 15) with LibreOffice Calc 7.4.7 converting a CSV
# headless: with its default import options only a field whose first character is "=" becomes a
# formula (quoted or not); with "Trim spaces" on, an unquoted field of ASCII spaces then "=" does
# too. "+", "-", "@", the full-width ＝＋－＠, and "=" after a tab, CR, LF, NBSP, ZWSP, BOM or RLO
# all stayed text, and a leading apostrophe kept every one of them text. Excel was not tested:
# OWASP (CSV Injection; ASVS 5.0 requirement 1.2.10) names = + - @ tab and NUL as triggers for
# Excel and others, and nothing public says what Excel does after invisible characters. So any
# cell whose first visible character is a trigger, or what compatibility-normalises to one
# (＝＋－＠, small and superscript forms), after any run of whitespace and invisible format
# characters, is neutralised: an apostrophe too many in a quote that starts " -" is harmless.
_TRIGGER_CHARACTERS = frozenset("=+-@")
TAG_SEPARATOR = "; "
STALE_PART_SECONDS = 12 * 3600
"""Temporary files of an export killed half-way are removed by a later export into the same
folder once they are this old (an export in progress elsewhere is never that old)."""
PART_PREFIX = ".claimdesk-export-"
PART_SUFFIX = ".part"

Progress = Callable[[int, int], bool]
"""Called as ``progress(written, total)``; returning False cancels the export."""


class ExportCancelledError(ClaimDeskError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


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
    }


def _is_trigger(character: str) -> bool:
    return unicodedata.normalize("NFKC", character) in _TRIGGER_CHARACTERS


def _invisible(character: str) -> bool:
    """Whitespace, or a format character (ZWSP, BOM, bidi marks and overrides) that shows nothing
    and that a spreadsheet may trim or skip before looking for a formula."""
    return character.isspace() or unicodedata.category(character) == "Cf"


def needs_neutralising(value: str) -> bool:
    """Whether a spreadsheet might run ``value`` as a formula (see the finding above)."""
    if value.startswith(FORMULA_TRIGGERS) or value.startswith("\x00"):
        return True
    for character in value:
        if not _invisible(character):
            return _is_trigger(character)
    return False


def neutralise(value: str) -> str:
    """Stop a spreadsheet from running ``value`` as a formula."""
    return "'" + value if needs_neutralising(value) else value


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


def export_claims_csv(
    catalogue: Catalogue,
    destination: str | os.PathLike[str],
    claim_filter: ClaimFilter | None = None,
    *,
    excel: bool = False,
    neutralise_formulas: bool = True,
    progress: Progress | None = None,
) -> int:
    """Export the claims matching ``claim_filter`` to ``destination``; returns how many.

    The file is written beside the destination under a temporary name and renamed into place
    only when complete, so a failed or cancelled export never leaves half a file behind. The
    destination must be a regular file or not exist yet (never a link, a device or a folder).
    """
    target = Path(destination)
    existing = _check_target(target)
    total = catalogue.count_claims(claim_filter) if progress is not None else 0
    remove_stale_parts(target.parent, target.name)
    handle, temporary = _create_part(target, existing)
    try:
        with open(handle, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as stream:
            count = write_claims_csv(
                catalogue.iter_claims(claim_filter),
                stream,
                neutralise_formulas=neutralise_formulas,
                progress=progress,
                total=total,
            )
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
    return count


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
