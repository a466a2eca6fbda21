"""CSV export of claims: one row per claim, streamed, written atomically.

Rows follow RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks
quoted) in UTF-8; ``excel=True`` adds a byte-order mark so spreadsheet programs read Cyrillic right.
Cells a spreadsheet would run as a formula are neutralised by default (a leading apostrophe), as
OWASP advises against CSV injection; data pipelines can turn that off.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.errors import ClaimDeskError
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
TAG_SEPARATOR = "; "

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


def neutralise(value: str) -> str:
    """Stop a spreadsheet from running ``value`` as a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


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
    only when complete, so a failed or cancelled export never leaves half a file behind.
    """
    target = Path(destination)
    total = catalogue.count_claims(claim_filter) if progress is not None else 0
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise ClaimDeskError(
            f"Cannot write to the folder {target.parent}: {error.strerror}."
        ) from error
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
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ClaimDeskError(f"Cannot write {target}: {error.strerror}.") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
