"""CSV lines built by SQLite (issue 16): byte for byte what the csv module writes, neutralised by
the one rule, read in id ranges on several threads that see one moment of the catalogue.

The reference is always Python: ``csv.writer`` and ``neutralise`` for single cells, and the
per-claim export path (``write_claims_csv`` over ``iter_claims``) for whole files.
"""

from __future__ import annotations

import csv
import io
import itertools
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, bindparam, event, select
from sqlalchemy.dialects import sqlite

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.export.csv_file import (
    export_claims_csv,
    neutralise,
    write_claims_csv,
    write_export_lines,
)
from claimdesk.core.export.formulas import SAFE_CHARACTERS
from claimdesk.core.export.lines import glob_class, neutralised, quoted

TRICKY = "\"',;\n\r\t =+-@ \x00\u200b\ufeff\u202e＝＋－＠¹₊«»“”абвЁё—–"
VALUES = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(codec="utf-8"), max_size=12)


def _csv_cell(value: str) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerow([value, "x"])
    written = buffer.getvalue()
    assert written.endswith(",x\r\n")
    return written[: -len(",x\r\n")]


def _in_sql(connection: sqlite3.Connection, expression: object, value: str) -> str | None:
    query = select(expression)  # type: ignore[call-overload]
    compiled = query.compile(dialect=sqlite.dialect())
    params = compiled.construct_params({"value": value})
    arguments = tuple(params[name] for name in compiled.positiontup or ())
    assert set(compiled.positiontup or ()) == {"value"}  # the builder's constants are in the SQL
    found = connection.execute(str(compiled), arguments).fetchone()[0]
    return None if found is None else str(found)


@pytest.fixture(scope="module")
def memory() -> sqlite3.Connection:
    return sqlite3.connect(":memory:")


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=VALUES)
def test_a_cell_built_in_sql_is_what_python_writes_or_left_to_python(
    memory: sqlite3.Connection, value: str
) -> None:
    cell = bindparam("value", type_=String)
    assert _in_sql(memory, quoted(cell), value) == _csv_cell(value)
    built = _in_sql(memory, neutralised(cell), value)
    if built is not None:  # None: the row is built in Python, by neutralise() itself
        assert built == _csv_cell(neutralise(value))
    if value[:1] in SAFE_CHARACTERS or value.lstrip(" \n")[:1] in "=+-@" or value == "":
        assert built is not None  # the usual cells never leave SQL


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        "+7 495",
        "-5%",
        "@SUM(A1)",
        "\tтаб",
        "\rcr",
        "  \n =2",
        "Глава МИД, «кавычки»",
        'он сказал "да"',
        "строка\nдве",
        "",
        "   ",
        "'уже с апострофом",
        "a\x00b, c",
    ],
)
def test_common_cells_are_built_in_sql(memory: sqlite3.Connection, value: str) -> None:
    cell = bindparam("value", type_=String)
    assert _in_sql(memory, neutralised(cell), value) == _csv_cell(neutralise(value))


@pytest.mark.parametrize("characters", ["]-^a", "^", "-^", "a-z", "]", "-", "^]", "абв!-*"])
def test_glob_class_matches_exactly_its_characters(
    memory: sqlite3.Connection, characters: str
) -> None:
    pattern = glob_class(characters)
    probe = set(characters) | set("]-^[!az*bвя")
    for character in sorted(probe):
        (matched,) = memory.execute("SELECT ? GLOB ?", (character, pattern)).fetchone()
        assert bool(matched) == (character in characters), (pattern, character)
    assert set(glob_class(SAFE_CHARACTERS)) >= set("[]")


# -- whole files ---------------------------------------------------------------------------

CELLS = [
    "Глава МИД Джейхун Байрамов",
    '=HYPERLINK("http://evil")',
    "\u200b=скрытая формула",  # SQL cannot tell: built in Python
    "＝полноширинный",  # likewise
    'кавычки "внутри", запятая',
    "\tтаб",
    "строка\nвторая",
    "-5%",
    "",
]


def _fill(catalogue: Catalogue, claims: int) -> list[int]:
    """``claims`` claims, awkward values spread over every text column (so some lines are left
    to Python, in different id ranges), linked in a chain, some tagged."""
    quotes = [f"{CELLS[i % len(CELLS)].strip() or 'пусто'} {i}" for i in range(claims)]
    text = "\n\n".join(quotes)
    ids: list[int] = []
    for group in range(3):
        cell = CELLS[group * 3 + 1]
        article = catalogue.add_article(
            f"{group}\n{text}", title=cell, outlet=CELLS[group], url=cell, language="ru"
        ).id
        speaker = catalogue.add_speaker(f"Спикер {group}", role=cell, organisation=CELLS[group])
        offset = len(f"{group}\n")
        for number, quote in enumerate(quotes):
            if number % 3 != group:
                continue
            start = offset + text.index(quote + ("\n" if number + 1 < claims else ""))
            claim = catalogue.attribute_span(
                article,
                start,
                start + len(quote),
                speaker.id if number % 4 else None,
                tags=[CELLS[number % len(CELLS)] or "тег"] if number % 2 else [],
                note=CELLS[(number + 1) % len(CELLS)],
            )
            ids.append(claim.id)
    for first, second in itertools.pairwise(ids):
        catalogue.link_claims(first, second)
    return ids


def _reference(catalogue: Catalogue) -> bytes:
    buffer = io.StringIO(newline="")
    write_claims_csv(catalogue.iter_claims(), buffer)
    return buffer.getvalue().encode("utf-8")


def _lines(catalogue: Catalogue, *, threads: int, batch_size: int) -> bytes:
    out = io.BytesIO()
    write_export_lines(catalogue.iter_export_lines(batch_size=batch_size, threads=threads), out)
    return out.getvalue()


def test_threads_and_id_ranges_write_what_the_per_claim_path_wrote(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    _fill(catalogue, 40)
    expected = _reference(catalogue)
    assert expected.count(b"'=") > 10 and expected.count(b"\xe2\x80\x8b") > 10
    for threads, batch_size in ((1, 1000), (1, 3), (3, 2), (4, 7)):
        assert _lines(catalogue, threads=threads, batch_size=batch_size) == expected
    out = tmp_path / "claims.csv"
    assert export_claims_csv(catalogue, out, threads=2) == 40
    assert out.read_bytes() == expected


def _export_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("claimdesk-export-")]


def test_an_export_sees_one_moment_and_blocks_no_edit(db_path: Path) -> None:
    with Catalogue.open(db_path) as catalogue:
        ids = _fill(catalogue, 30)
        before = _reference(catalogue)
        batches = catalogue.iter_export_lines(batch_size=2, threads=3)
        first = next(batches)
        # edits made while the export runs are committed at once, and it does not see them
        catalogue.delete_claims([ids[-1]])
        catalogue.update_claim(ids[-2], note="=изменено во время экспорта")
        article = catalogue.add_article("Новая статья во время экспорта.").id
        catalogue.attribute_span(article, 0, 5)
        out = io.BytesIO()
        write_export_lines([first, *batches], out)
        assert out.getvalue() == before
        assert _export_threads() == []
        assert _reference(catalogue) != before


def test_an_export_reads_on_one_thread_while_another_edit_holds_the_lock(
    db_path: Path,
) -> None:
    with Catalogue.open(db_path) as catalogue:
        _fill(catalogue, 12)
        expected = _reference(catalogue)
        other = sqlite3.connect(db_path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # an edit under way elsewhere
            seen: set[str] = set()
            batches = []
            for batch in catalogue.iter_export_lines(batch_size=2, threads=3):
                seen.update(t.name for t in _export_threads())
                batches.append(batch)
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert seen == {"claimdesk-export-0"}
        out = io.BytesIO()
        write_export_lines(batches, out)
        assert out.getvalue() == expected


def test_stopping_an_export_stops_its_threads(db_path: Path) -> None:
    with Catalogue.open(db_path) as catalogue:
        _fill(catalogue, 30)
        batches = catalogue.iter_export_lines(batch_size=1, threads=3)
        next(batches)
        assert _export_threads()
        batches.close()  # a cancelled export stops here
        assert _export_threads() == []
        article = catalogue.add_article("После отмены экспорта каталог можно менять.").id
        assert catalogue.get_article(article).id == article


def test_an_in_memory_catalogue_exports_on_its_one_connection(tmp_path: Path) -> None:
    with Catalogue.open("sqlite://") as catalogue:  # in memory
        _fill(catalogue, 9)
        out = tmp_path / "memory.csv"
        assert export_claims_csv(catalogue, out, threads=3) == 9
        assert out.read_bytes() == _reference(catalogue)


def test_a_reading_thread_that_cannot_connect_ends_the_export_with_its_error(
    db_path: Path,
) -> None:
    """A reading thread whose connection fails (here: the second thread's, refused through
    SQLAlchemy's own checkout event, as a vanished or locked file would) hands its error to
    the export. It used to die silently before it could, and the export waited for it for
    ever, the window with it."""
    with Catalogue.open(db_path) as catalogue:
        _fill(catalogue, 12)

        def refuse_the_second_thread(*_args: object) -> None:
            if threading.current_thread().name == "claimdesk-export-1":
                raise sqlite3.OperationalError("disk I/O error")

        event.listen(catalogue.engine.pool, "checkout", refuse_the_second_thread)
        outcome: list[BaseException | None] = []

        def export() -> None:
            try:
                for _batch in catalogue.iter_export_lines(batch_size=2, threads=3):
                    pass
            except BaseException as error:  # what the export raised is the point
                outcome.append(error)
            else:
                outcome.append(None)

        runner = threading.Thread(target=export, daemon=True)
        runner.start()
        runner.join(timeout=30)
        event.remove(catalogue.engine.pool, "checkout", refuse_the_second_thread)
        assert not runner.is_alive(), "the export hung"
        (error,) = outcome
        assert error is not None and "disk I/O error" in str(error)
        assert _export_threads() == []
        # the catalogue is as it was, and the next export reads it all
        assert _lines(catalogue, threads=3, batch_size=2) == _reference(catalogue)
