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

The file is written as every export writes its file (``claimdesk.core.export.atomic``): only as a
regular file the export creates, under a short temporary name in the same folder, renamed into
place when complete.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, Protocol, cast

from claimdesk.core.domain.errors import ExportCancelledError
from claimdesk.core.domain.records import ClaimFilter, ClaimInfo
from claimdesk.core.export.atomic import written_atomically
from claimdesk.core.export.formulas import FORMULA_TRIGGERS as FORMULA_TRIGGERS  # noqa: PLC0414
from claimdesk.core.export.formulas import SAFE_START, cell_needs_neutralising, neutralise
from claimdesk.core.export.formulas import needs_neutralising as needs_neutralising  # noqa: PLC0414
from claimdesk.core.export.query import EXPORT_COLUMNS, FIRST_CHARACTERS, TAGS, TEXT_COLUMNS
from claimdesk.core.export.reader import Batch

CSV_COLUMNS = EXPORT_COLUMNS
TAG_SEPARATOR = "; "

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
        "made_on_version": claim.made_on_version,
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
    with written_atomically(destination) as stream:
        if excel:
            stream.write(codecs.BOM_UTF8)
        batches = catalogue.iter_export_lines(
            claim_filter,
            neutralise_formulas=neutralise_formulas,
            batch_size=PROGRESS_EVERY,
            threads=threads,
        )
        count = write_export_lines(
            batches,
            stream,
            neutralise_formulas=neutralise_formulas,
            progress=progress,
            total=total,
        )
    return count
