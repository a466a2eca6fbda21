"""The streamed export query: rows built in the database, lazily, and neutralised row by row.

Each test runs on SQLite and on a throwaway PostgreSQL server (the ``catalogue`` fixture). The
reference is the per-claim path the export used before (``write_claims_csv`` over
``iter_claims``, which builds each row in Python and neutralises every cell on its own): the
streamed export must write exactly the same file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.core.export.csv_file import (
    CSV_COLUMNS,
    export_claims_csv,
    needs_neutralising,
    write_claims_csv,
)

# What a spreadsheet might run, and what only looks like it: after spaces or line breaks, behind
# invisible characters, full-width forms; and harmless text, Russian and English.
CELLS = [
    '=HYPERLINK("http://evil")',
    "+7 (495) 123-45-67",
    "-5%",
    "@SUM(A1)",
    "\tтабуляция",
    "\rвозврат",
    "  =1+1",
    "\n\n=2+2",
    "\u200b=3+3",
    "＝4+4",
    "Глава МИД Джейхун Байрамов",
    "«Мы рассчитываем на диалог»",
    "\nс новой строки",
    "   indented, but harmless",
    "",
]


def _fill(catalogue: Catalogue) -> None:
    """A claim per awkward cell, each awkward value also in every other text column."""
    quotes = [cell.strip() or "пусто" for cell in CELLS]
    text = "\n\n".join(f"{i}. {q} ." for i, q in enumerate(quotes))
    for i, cell in enumerate(CELLS):
        article = catalogue.add_article(
            f"{i} {text}",
            title=cell or "без названия",
            outlet=CELLS[-2 - i % 3],
            url=cell,
            language="ru",
            published="2024-07-28",
        ).id
        speaker = catalogue.add_speaker(
            f"Спикер {i}" if not cell.strip() else cell, role=cell, organisation=cell
        )
        start = f"{i} {text}".index(f"{i}. {quotes[i]}") + len(f"{i}. ")
        claim = catalogue.attribute_span(
            article,
            start,
            start + len(quotes[i]),
            speaker.id if i % 4 else None,
            kind="direct",
            tags=[cell.strip() or "тег", "second"] if cell.strip() else [],
            note=cell,
        )
        if i:
            catalogue.link_claims(claim.id, claim.id - 1)


def _reference(catalogue: Catalogue, neutralise_formulas: bool) -> str:
    buffer = io.StringIO(newline="")
    write_claims_csv(catalogue.iter_claims(), buffer, neutralise_formulas=neutralise_formulas)
    return buffer.getvalue()


def test_the_export_writes_what_the_per_claim_path_wrote(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    _fill(catalogue)
    for neutralise_formulas in (True, False):
        out = tmp_path / f"claims-{neutralise_formulas}.csv"
        count = export_claims_csv(catalogue, out, neutralise_formulas=neutralise_formulas)
        assert count == len(CELLS)
        written = out.read_bytes().decode("utf-8")
        assert written == _reference(catalogue, neutralise_formulas)
    rows = list(csv.DictReader(io.StringIO(written, newline="")))
    assert [r["linked_claim_ids"] for r in rows][:3] == ["2", "1 3", "2 4"]
    assert rows[0]["tags"].split("; ") == sorted(rows[0]["tags"].split("; "))


def test_every_text_cell_a_spreadsheet_might_run_is_neutralised(
    catalogue_url: str, tmp_path: Path
) -> None:
    with Catalogue.open(catalogue_url, user_name="=cmd|' /C calc'!A0") as catalogue:
        _fill(catalogue)
        out = tmp_path / "claims.csv"
        export_claims_csv(catalogue, out)
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))[1:]
    text_columns = [
        i
        for i, name in enumerate(CSV_COLUMNS)
        if name not in {"claim_id", "start", "end", "article_id", "linked_claim_ids"}
        and not name.endswith("_at")
    ]
    neutralised = 0
    for row in rows:
        for i in text_columns:
            cell = row[i]
            # a neutralised cell starts with an apostrophe; none is left that could run
            assert not needs_neutralising(cell), (CSV_COLUMNS[i], cell)
            neutralised += cell.startswith("'")
    assert all(row[CSV_COLUMNS.index("created_by")] == "'=cmd|' /C calc'!A0" for row in rows)
    assert neutralised > 3 * len(rows)


def test_rows_are_streamed_lazily_in_batches(catalogue: Catalogue) -> None:
    _fill(catalogue)
    batches = catalogue.iter_export_rows(batch_size=4)
    first = next(batches)  # only now does the query run, and it hands over one batch
    assert len(first) == 4
    assert [row[0] for row in first] == sorted(row[0] for row in first)
    rest = [row for batch in batches for row in batch]
    assert len(first) + len(rest) == len(CELLS)
    assert len(rest[-1]) == len(CSV_COLUMNS) + 1  # the first-characters column at the end
    batches.close()


def test_an_abandoned_stream_releases_its_transaction(catalogue: Catalogue) -> None:
    _fill(catalogue)
    batches = catalogue.iter_export_rows(batch_size=2)
    next(batches)
    batches.close()  # a cancelled export stops here: the read transaction must end
    article = catalogue.add_article("После отмены экспорта каталог можно менять.").id
    assert catalogue.get_article(article).id == article


def test_a_filtered_export_writes_what_the_per_claim_path_wrote(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    _fill(catalogue)
    speaker = next(s for s in catalogue.list_speakers() if s.name == CELLS[1])
    filters = [
        ClaimFilter(text="переговор"),
        ClaimFilter(text="Глава"),
        ClaimFilter(tag="second"),
        ClaimFilter(speaker_id=speaker.id),
        ClaimFilter(unattributed=True),
        ClaimFilter(since="2024-07", until="2024"),
        ClaimFilter(outlet="indented"),
    ]
    counts = []
    for number, claim_filter in enumerate(filters):
        out = tmp_path / f"filtered-{number}.csv"
        counts.append(export_claims_csv(catalogue, out, claim_filter))
        buffer = io.StringIO(newline="")
        write_claims_csv(catalogue.iter_claims(claim_filter), buffer)
        assert out.read_bytes().decode("utf-8") == buffer.getvalue(), claim_filter
    assert counts[-2] == len(CELLS) and min(counts[1:5]) > 0 and max(counts[:5]) < len(CELLS)
