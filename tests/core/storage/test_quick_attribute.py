"""claimdesk-cli attribute's quick path (core/storage/quick_attribute.py): the same rows, output,
messages and exit codes as the full path (Catalogue.attribute_quote), on two copies of one
catalogue; the full path whenever anything is unusual.

The full path is taken by naming the same file as a URL (``sqlite:///…``), which the quick path
leaves to it; a spy on ``Catalogue.open`` (which still opens the catalogue) tells which path
ran. The clock both paths read (row_values.utc_now) is set for each step, so that the rows can
be compared exactly.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.dialects import sqlite

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.articles import article_text_query
from claimdesk.core.catalogue.speakers import speaker_by_alias_query, speaker_by_name_query
from claimdesk.core.domain import row_values
from claimdesk.core.export.query import claim_records_query
from claimdesk.core.storage import quick_attribute
from claimdesk.core.storage.checked import forget, remember_clean_close, trusted_check
from claimdesk.core.storage.models import UTCDateTime, claim_table
from claimdesk.core.storage.store import count_change_statement, first_change_statement

ENGLISH = (
    "WASHINGTON (Reuters) - Secretary of State Antony Blinken said on Tuesday: “We are ready "
    "to talk.” Blinken added that the talks would resume. “We are ready,”  he repeated."
)


def _sqlite_text(statement: Any) -> str:
    compiled = statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    return str(compiled)


def test_the_quick_statements_are_the_service_layers_own() -> None:
    """The SQL the quick path runs is what SQLAlchemy compiles from the service layer's own
    statements (if one changes, this shows the new text to put in quick_attribute.py)."""
    q = quick_attribute
    assert _sqlite_text(article_text_query(7)) == q.ARTICLE_TEXT_SQL.replace("?", "7")
    assert _sqlite_text(speaker_by_name_query("ж")) == q.SPEAKER_BY_NAME_SQL.replace("?", "'ж'")
    assert _sqlite_text(speaker_by_alias_query("ж")) == q.SPEAKER_BY_ALIAS_SQL.replace("?", "'ж'")
    assert _sqlite_text(count_change_statement()) == q.COUNT_CHANGE_SQL
    assert _sqlite_text(first_change_statement()) == q.FIRST_CHANGE_SQL
    one_claim = claim_records_query("sqlite").where(claim_table.c.id == 7)
    assert _sqlite_text(one_claim) == q.CLAIM_RECORD_SQL.replace("?", "7")


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 12, 3, 11, 4, 5, 469523, tzinfo=UTC),
        datetime(2026, 12, 3, 11, 4, 5, tzinfo=UTC),  # no microseconds: still six digits
        datetime(2027, 1, 1, 2, 30, 0, 7, tzinfo=timezone(timedelta(hours=3))),  # Moscow
    ],
)
def test_a_timestamp_is_stored_as_sqlalchemy_stores_it(moment: datetime) -> None:
    # what SQLAlchemy hands the sqlite3 module for the column type the models use
    bind = UTCDateTime().dialect_impl(sqlite.dialect()).bind_processor(sqlite.dialect())
    assert bind is not None
    stored = bind(moment)
    assert isinstance(stored, str) and row_values.sqlite_time(moment) == stored
    with pytest.raises(ValueError, match="timezone"):
        row_values.sqlite_time(moment.replace(tzinfo=None))


# -- the two paths on two copies of one catalogue --------------------------------------------


@pytest.fixture
def original(tmp_path: Path, sample_text: str) -> Path:
    """Russian and English articles (the English one corrected once), speakers with aliases (one
    with ё in its name), tags, and claims already there."""
    path = tmp_path / "original" / "каталог.sqlite"
    path.parent.mkdir()
    with Catalogue.open(path) as catalogue:
        russian = catalogue.add_article(sample_text, title="Байрамов принял посла", language="ru")
        english = catalogue.add_article(ENGLISH, title="Blinken", outlet="Reuters", language="en")
        assert (russian.id, english.id) == (1, 2)
        catalogue.add_speaker("Джейхун Байрамов", role="министр", aliases=["Байрамов"])
        catalogue.add_speaker("Алёна Ёлкина", organisation="ТАСС")
        catalogue.attribute_quote(1, "Михаила Бочарникова", "Михаил Бочарников", tags=["посол"])
        # corrected once: a claim made on it now is made on version 2
        catalogue.new_article_version(2, ENGLISH + "\nUpdated.", source="correction")
    return path


@pytest.fixture
def copies(original: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of ``original``, each opened and closed once by the service layer (so each
    has the record of a clean close that lets the quick path trust its integrity check)."""
    made = []
    for name in ("quick", "full"):
        folder = tmp_path / name
        folder.mkdir()
        copy = folder / original.name
        shutil.copyfile(original, copy)
        Catalogue.open(copy).close()
        assert trusted_check(copy) is not None
        made.append(copy)
    return made[0], made[1]


STEPS: list[tuple[list[str], str]] = [
    # an existing speaker by name, Russian
    (["1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов", "--json"], ""),
    # by alias, another case and spacing; the second place the quote stands
    (["1", "--quote", "Байрамов", "--occurrence", "2", "--speaker", " БАЙРАМОВ "], ""),
    # ё written as е, any case
    (["1", "--quote", "пресс-службе", "--speaker", "алена елкина", "--kind", "indirect"], ""),
    # a new speaker, tags folded and once each, a note
    (["1", "--quote", "Россия", "--speaker", "  Сергей   Лавров ", "--tag", "Визит",
      "--tag", "визит", "--tag", "Баку", "--note", "заметка", "--json"], ""),
    # the new speaker found again
    (["1", "--quote", "Азербайджан", "--occurrence", "2", "--speaker", "сергей лавров"], ""),
    # English: a new speaker, then the same by another case; white space that differs
    (["2", "--quote", "We are ready", "--speaker", "Antony Blinken", "--json"], ""),
    (["2", "--quote", "We are ready,” he", "--speaker", "ANTONY BLINKEN", "--kind", "claim"], ""),
    # refused, each with its own message, nothing written
    (["1", "--quote", "Этого нет в статье", "--speaker", "Джейхун Байрамов"],
     "The quote “Этого нет в статье” does not occur in the article."),
    (["1", "--quote", "Байрамов", "--occurrence", "9", "--speaker", "Джейхун Байрамов"],
     "The quote “Байрамов” occurs 5 times in the article; occurrence 9 does not exist."),
    (["99", "--quote", "Байрамов", "--speaker", "Джейхун Байрамов", "--json"],
     "There is no article with id 99 in this catalogue."),
    (["1", "--quote", "   ", "--speaker", "Джейхун Байрамов"],
     "The selection is empty: select some words of the article first."),
    (["1", "--quote", "Байрамов", "--speaker", "Я" * 301],
     "The speaker's name is longer than 300 characters."),
    (["1", "--quote", "Байрамов", "--speaker", "Новый Человек", "--tag", "т" * 201],
     "A tag may be at most 200 characters long."),
    (["2", "--quote", "we are ready", "--speaker", "Antony Blinken", "--json"],
     "The quote “we are ready” does not occur in the article."),
    # and after the refusals, a new speaker of one word; no speaker at all
    (["2", "--quote", "talks would resume", "--speaker", "Blinken", "--json"], ""),
    (["2", "--quote", "Secretary of State", "--unattributed"], ""),
]  # fmt: skip
"""Each step's arguments, and the message it is refused with ("": it is not)."""


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index's own tables, sqlite_sequence and the
    change counter too), read without changing the file."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        names = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        connection.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The catalogues the service layer opens from now on (it still opens them)."""
    calls: list[str] = []
    real_open = Catalogue.open.__func__  # type: ignore[attr-defined]

    def spied(cls: type[Catalogue], /, db: Any = None, **options: Any) -> Catalogue:
        calls.append(str(db))
        return real_open(cls, db, **options)  # type: ignore[no-any-return]

    monkeypatch.setattr(Catalogue, "open", classmethod(spied))
    return calls


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[datetime]]:
    """The time both paths read when they make a row (set it by replacing the list's item)."""
    now = [datetime(2026, 12, 3, 11, 0, 0, tzinfo=UTC)]
    monkeypatch.setattr(row_values, "utc_now", lambda: now[0])
    row_values.set_default_user_name("Анна Петрова")
    try:
        yield now
    finally:
        row_values.set_default_user_name(None)


def test_both_paths_write_the_same_rows_and_print_the_same(
    copies: tuple[Path, Path],
    opened: list[str],
    clock: list[datetime],
    capsys: pytest.CaptureFixture[str],
) -> None:
    quick, full = copies
    assert _tables(quick) == _tables(full)
    for number, (step, refusal) in enumerate(STEPS):
        # one moment per step, some with no microseconds
        clock[0] = datetime(2026, 12, 3, 11, number, 7, number * 99_991 % 1_000_000, tzinfo=UTC)
        before = _tables(quick), quick.read_bytes()
        opened.clear()
        quick_code = main(["attribute", "--db", str(quick), *step])
        quick_out, quick_err = capsys.readouterr()
        assert opened == [], f"step {number}: the quick path declined"
        full_code = main(["attribute", "--db", f"sqlite:///{full}", *step])
        full_out, full_err = capsys.readouterr()
        assert opened == [f"sqlite:///{full}"]
        assert (quick_code, quick_out, quick_err) == (full_code, full_out, full_err), step
        assert _tables(quick) == _tables(full), step
        if refusal:
            assert (quick_code, quick_out) == (1, "")
            assert quick_err == f"claimdesk-cli: error: {refusal}\n"
            assert (_tables(quick), quick.read_bytes()) == before, "a refusal changed the file"
        else:
            assert quick_code == 0 and quick_err == "" and quick_out
            if "--json" not in step:
                assert quick_out == f"{len(_tables(quick)['claim'])}\n"
    assert sorted(os.listdir(quick.parent)) == [quick.name]  # nothing left beside it
    # what was written, in the terms a user would check
    with Catalogue.open(quick) as catalogue:
        claims = catalogue.list_claims()
        speakers = {s.name: s for s in catalogue.list_speakers()}
        assert catalogue.change_count() > len(claims)
    assert [(c.quote, c.speaker_name, c.kind) for c in claims] == [
        ("Михаила Бочарникова", "Михаил Бочарников", "direct"),
        ("Байрамов отметил", "Джейхун Байрамов", "direct"),
        ("Байрамов", "Джейхун Байрамов", "direct"),
        ("пресс-службе", "Алёна Ёлкина", "indirect"),
        ("Россия", "Сергей Лавров", "direct"),
        ("Азербайджан", "Сергей Лавров", "direct"),
        ("We are ready", "Antony Blinken", "direct"),
        ("We are ready,”  he", "Antony Blinken", "claim"),
        ("talks would resume", "Blinken", "direct"),
        ("Secretary of State", "", "direct"),
    ]
    assert claims[4].tags == ("Баку", "Визит") and claims[4].note == "заметка"  # as typed
    assert {c.created_by for c in claims[1:]} == {"Анна Петрова"}
    assert claims[2].start == claims[1].start == 355  # the second "Байрамов" begins the first quote
    # made on the version each article had: the English one's second
    assert {(c.article_id, c.made_on_version, c.text_version) for c in claims} == {
        (1, 1, 1),
        (2, 2, 2),
    }
    assert [
        speakers[name].claim_count for name in ("Сергей Лавров", "Antony Blinken", "Blinken")
    ] == [2, 2, 1]


def _attribute(db: str | Path) -> object:
    """The quick path's answer for an attribution that it would store (None: declined)."""
    return quick_attribute.attribute_quote(db, 1, "Байрамов отметил", "Джейхун Байрамов")


def _unchanged(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(os.listdir(path.parent))


def test_the_quick_path_declines_anything_unusual_and_changes_nothing(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert trusted_check(original) is not None
    before = _unchanged(original)
    # a database URL (a team catalogue on PostgreSQL, with its server index; or SQLite spelt
    # as a URL)
    assert _attribute("postgresql+psycopg://me@/claims") is None
    assert _attribute(f"sqlite:///{original}") is None
    # a missing file (the full path creates the catalogue: not this one) or an empty one
    assert _attribute(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()
    (tmp_path / "empty.sqlite").touch()
    assert _attribute(tmp_path / "empty.sqlite") is None
    assert (tmp_path / "empty.sqlite").stat().st_size == 0
    # changes waiting beside the file: a writer in rollback mode, a writer in WAL mode (or
    # one that crashed)
    for suffix, content in (("-journal", b""), ("-wal", b"\0" * 32)):
        beside = original.with_name(original.name + suffix)
        beside.write_bytes(content)
        assert _attribute(original) is None, suffix
        beside.unlink()
    assert _unchanged(original) == before
    # no record of a clean close (the cache was cleared, or the last session met damage): the
    # full path checks its integrity first
    forget(original)
    assert _attribute(original) is None
    assert _unchanged(original) == before
    Catalogue.open(original).close()  # checked, and recorded again
    assert trusted_check(original) is not None
    # a catalogue at another schema: the full path upgrades it, or refuses a newer one
    connection = sqlite3.connect(original)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    checked_at = time.time()
    assert remember_clean_close(original, checked_at)  # as if ClaimDesk had left it so
    assert trusted_check(original) == checked_at
    changed = _unchanged(original)
    assert _attribute(original) is None
    assert _unchanged(original) == changed
    assert main(["attribute", "--db", str(original), "1", "--quote", "Байрамов", "--speaker",
                 "Б"]) == 1  # fmt: skip
    out, err = capsys.readouterr()
    assert out == "" and "written by a newer version of ClaimDesk" in err
    assert _unchanged(original)[0] == changed[0]


def test_a_file_another_program_changed_is_checked_by_the_full_path_first(
    original: Path, opened: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Written to by something other than ClaimDesk since it closed it: the full path checks
    its integrity, attributes, and records a clean close, after which the quick path may
    trust that check again."""
    connection = sqlite3.connect(original)
    with connection:
        connection.execute(
            "INSERT INTO speaker_alias (speaker_id, alias, alias_folded) VALUES (1, 'Глава МИД', "
            "'глава мид')"
        )
    connection.close()
    assert trusted_check(original) is None
    command = ["attribute", "--db", str(original), "1", "--quote", "Байрамов отметил"]
    assert main([*command, "--speaker", "глава МИД"]) == 0
    assert capsys.readouterr().out == "2\n"
    assert opened == [str(original)]
    assert trusted_check(original) is not None
    assert main([*command, "--speaker", "Глава мид", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["speaker"] == "Джейхун Байрамов"
    assert opened == [str(original)]  # the second went the quick way


def test_a_damaged_catalogue_goes_the_full_way_which_says_so(
    original: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(original.read_bytes())
    at = data.find(b"Blinken")
    page = 4096
    data[at // page * page : at // page * page + page] = bytes(range(256)) * (page // 256)
    original.write_bytes(bytes(data))
    before = _unchanged(original)
    assert _attribute(original) is None
    assert main(["attribute", "--db", str(original), "2", "--quote", "We are ready",
                 "--speaker", "Antony Blinken"]) == 1  # fmt: skip
    out, err = capsys.readouterr()
    assert out == "" and "is damaged" in err and err.count("\n") == 1
    assert _unchanged(original) == before


def test_a_reader_left_beside_the_file_does_not_stop_the_quick_path(original: Path) -> None:
    """A read-only reader (the sqlite3 shell's -readonly, say) leaves an empty -wal and a -shm
    beside the file: they hold nothing, and the quick path's clean close removes them."""
    reader = sqlite3.connect(f"{original.as_uri()}?mode=ro", uri=True)
    assert reader.execute("SELECT count(*) FROM claim").fetchone() == (1,)
    reader.close()
    assert original.with_name(original.name + "-shm").exists()
    done = _attribute(original)
    assert isinstance(done, quick_attribute.Attributed) and done.claim_id == 2
    assert sorted(os.listdir(original.parent)) == [original.name]
    assert trusted_check(original) is not None


def test_a_catalogue_another_writer_holds_is_left_to_the_full_path(original: Path) -> None:
    """Locked by another writer for longer than the quick path waits: nothing is written, and
    the full path (which waits longer, and says the catalogue is busy) takes it; once the
    writer is done, the quick path stores it."""
    writer = sqlite3.connect(original, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert _attribute(original) is None
        assert quick_attribute.BUSY_SECONDS <= time.monotonic() - started < 30
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Catalogue.open(original) as catalogue:
        assert len(catalogue.list_claims()) == 1
    done = _attribute(original)
    assert isinstance(done, quick_attribute.Attributed) and done.claim_id == 2


def test_a_change_counter_gone_is_made_again_both_ways(
    copies: tuple[Path, Path],
    opened: list[str],
    clock: list[datetime],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The change counter's row removed (a tool emptying the tables): each path makes it
    again, counting one change."""
    for copy in copies:
        connection = sqlite3.connect(copy)
        with connection:
            connection.execute("DELETE FROM catalogue_state")
        connection.close()
        Catalogue.open(copy).close()  # checked afresh, and left clean
    quick, full = copies
    opened.clear()
    step = ["2", "--quote", "We are ready", "--speaker", "Antony Blinken", "--json"]
    assert main(["attribute", "--db", str(quick), *step]) == 0
    assert opened == []
    assert main(["attribute", "--db", f"sqlite:///{full}", *step]) == 0
    assert opened == [f"sqlite:///{full}"]
    quick_out, full_out = capsys.readouterr().out.split("\n}\n", 1)
    assert f"{quick_out}\n}}\n" == full_out
    assert _tables(quick) == _tables(full)
    assert _tables(quick)["catalogue_state"] == [(1, 1)]
