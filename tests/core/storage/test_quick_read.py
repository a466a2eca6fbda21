"""claimdesk-cli's quick listings (core/storage/quick_read.py): the same output as the full path, on
the same catalogue, from the service layer's own queries; the full path whenever anything is
unusual.

Each comparison runs the command both ways on one catalogue: ``args.quick`` (which says whether
it answered) and the command's handler over ``Catalogue.open``, as ``main`` would run either.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from catalogue_backends import migrate
from claimdesk.cli import _print_json, build_parser, main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.articles import articles_query
from claimdesk.core.catalogue.speakers import speaker_aliases_query, speakers_query
from claimdesk.core.export.query import claim_records_query
from claimdesk.core.storage import quick_read
from claimdesk.core.storage.checked import SETTLE_NS
from claimdesk.core.storage.paths import ENV_VAR


def _sqlite_text(query: object) -> str:
    compiled = query.compile(  # type: ignore[attr-defined]
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
    )
    return str(compiled)


def test_the_quick_queries_are_the_service_layers_own() -> None:
    """The SQL the quick path runs is what SQLAlchemy compiles from the service layer's queries
    (if a query changes, this prints the new text to put in quick_read.py)."""
    assert _sqlite_text(articles_query(text_length=False)) == quick_read.ARTICLES_SQL
    assert _sqlite_text(claim_records_query("sqlite")) == quick_read.CLAIM_RECORDS_SQL
    assert _sqlite_text(speakers_query()) == quick_read.SPEAKERS_SQL
    assert _sqlite_text(speaker_aliases_query()) == quick_read.SPEAKER_ALIASES_SQL


@pytest.fixture
def filled(tmp_path: Path, sample_text: str) -> Path:
    """A catalogue with Russian articles, speakers with roles, aliases, tags, links, an
    unattributed claim, a deleted one, text with control characters, and an article corrected
    once (claims that followed it, an orphan, a claim made on the new text)."""
    path = tmp_path / "каталог.sqlite"
    with Catalogue.open(path) as catalogue:
        sample = catalogue.add_article(
            sample_text,
            title="Байрамов принял посла",
            outlet="Sputnik Азербайджан",
            url="https://az.sputniknews.ru/",
            published="2020-07-28",
            language="ru",
        ).id
        other = catalogue.add_article(
            "Мария Захарова заявила: «Ёлки зелёные\tи\x1b[31m красные».\n"
            "Сергей Лавров отметил, что переговоры продолжатся.",
            title="",
            outlet="ТАСС",
        ).id
        catalogue.add_article("Пустая статья без цитат.", title="Без цитат")
        catalogue.add_speaker(
            "Мария Захарова", role="официальный представитель", organisation="МИД России"
        )
        catalogue.add_alias(1, "Захарова")
        first = catalogue.attribute_quote(
            sample, "Байрамов отметил", "Джейхун Байрамов", tags=["визит", "Баку", "б"]
        )
        second = catalogue.attribute_quote(
            other, "Ёлки зелёные\tи\x1b[31m красные", "Захарова", kind="claim", note="заметка"
        )
        catalogue.attribute_quote(other, "переговоры продолжатся", None, kind="indirect")
        gone = catalogue.attribute_quote(other, "Сергей Лавров", "Сергей Лавров")
        catalogue.delete_claim(gone.id)
        catalogue.link_claims(second.id, first.id)
        assert first.speaker_id is not None
        catalogue.add_alias(first.speaker_id, "глава МИД АР")
        catalogue.add_alias(first.speaker_id, "Байрамов")
        # a corrected text: one claim moved to version 2, the other orphaned on version 1
        catalogue.new_article_version(
            other, "Срочно.\nМария Захарова заявила: «Ёлки зелёные\tи\x1b[31m красные»."
        )
        catalogue.attribute_quote(other, "Срочно", None, note="made on version 2")
    return path


COMMANDS = [
    ["articles"],
    ["articles", "--json"],
    ["claims"],
    ["claims", "--json"],
    ["claims", "--json", "--limit", "2"],
    ["claims", "--limit", "1"],
    ["speakers"],
    ["speakers", "--json"],
]


def _both_ways(db: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    args = build_parser().parse_args([command[0], "--db", str(db), *command[1:]])
    assert args.quick(args), "the quick path declined"
    quick = capsys.readouterr()
    with Catalogue.open(db) as catalogue:
        args.handler(catalogue, args)
    full = capsys.readouterr()
    assert quick.err == full.err == ""
    return [quick.out, full.out]


def test_the_quick_article_listing_is_the_service_layers_but_for_the_length(
    filled: Path,
) -> None:
    quick = quick_read.article_listing(filled)
    with Catalogue.open(filled) as catalogue:
        full = catalogue.list_articles()
    assert quick is not None and len(quick) == len(full) == 3
    assert [replace(a, length=0) for a in full] == quick
    assert all(a.length > 0 for a in full)


def test_the_listing_is_read_from_its_index_alone_and_migration_0014_goes_down_and_up(
    filled: Path,
) -> None:
    """On SQLite the article listing reads migration 0014's index, already in its order, and
    no article row (whose fields after the text would be read through the text's pages)."""

    def plan() -> list[str]:
        with contextlib.closing(sqlite3.connect(filled)) as connection:
            return [
                row[3]
                for row in connection.execute(f"EXPLAIN QUERY PLAN {quick_read.ARTICLES_SQL}")
            ]

    assert "SCAN article USING COVERING INDEX ix_article_listing" in plan()
    assert not any("TEMP B-TREE" in step for step in plan())
    with Catalogue.open(filled) as catalogue:
        listed = catalogue.list_articles()
        migrate(catalogue, "0013", down=True)
    assert not any("ix_article_listing" in step for step in plan())
    with Catalogue.open(filled) as catalogue:  # opening upgrades it again
        assert catalogue.list_articles() == listed
    assert "SCAN article USING COVERING INDEX ix_article_listing" in plan()
    time.sleep(2 * SETTLE_NS / 1e9)  # the quick path reads only a file settled since its change
    assert quick_read.article_listing(filled) == [replace(a, length=0) for a in listed]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_quick_path_prints_what_the_full_path_prints(
    filled: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    quick, full = _both_ways(filled, command, capsys)
    assert quick == full
    assert "Захарова" in full or "Байрамов" in full
    if command == ["claims", "--json"]:
        assert "(unattributed)" not in full and '"speaker": ""' in full
        states = {(r["version"], r["anchor_state"], r["made_on_version"]) for r in json.loads(full)}
        assert states == {(1, "exact", 1), (2, "moved", 1), (1, "orphaned", 1), (2, "exact", 2)}
        assert '"tags": "б; Баку; визит"' in full and '"linked_claim_ids": "1"' in full
    if command == ["speakers"]:
        assert "[глава МИД АР; Байрамов]" in full and "Сергей Лавров\t0 claims" in full


def test_an_empty_catalogue_lists_nothing_both_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite"
    Catalogue.open(path).close()
    for command in COMMANDS:
        assert _both_ways(path, command, capsys) in (["", ""], ["[]\n", "[]\n"])


def test_the_environment_variable_and_a_relative_path_name_the_same_file(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(filled))
    assert quick_read.article_listing(None) is not None
    monkeypatch.chdir(filled.parent)
    assert quick_read.article_listing(filled.name) == quick_read.article_listing(None)
    assert main(["articles"]) == 0
    assert "Байрамов принял посла" in capsys.readouterr().out


def _answer(db: str | Path) -> object:
    return quick_read.article_listing(db)


def test_the_quick_path_declines_anything_unusual(filled: Path, tmp_path: Path) -> None:
    assert _answer(filled) is not None
    # a database URL (a team catalogue on PostgreSQL, or SQLite spelt as a URL)
    assert _answer("postgresql+psycopg://me@/claims") is None
    assert _answer(f"sqlite:///{filled}") is None
    # a file that is missing or empty: the full path creates the catalogue
    assert _answer(tmp_path / "missing.sqlite") is None
    (tmp_path / "empty.sqlite").touch()
    assert _answer(tmp_path / "empty.sqlite") is None
    # changes waiting beside the file: another program is writing, or one did not close it
    for suffix, content in (("-journal", b""), ("-wal", b"\0" * 32)):
        beside = filled.with_name(filled.name + suffix)
        beside.write_bytes(content)
        assert _answer(filled) is None, suffix
        beside.unlink()
    assert _answer(filled) is not None
    # the empty -wal and the -shm a read-only reader leaves hold nothing
    reader = sqlite3.connect(f"{filled.as_uri()}?mode=ro", uri=True)
    reader.execute("SELECT count(*) FROM article").fetchone()
    reader.close()
    assert filled.with_name(filled.name + "-shm").exists()
    assert _answer(filled) is not None
    # not a SQLite database at all
    (tmp_path / "text.sqlite").write_text("просто текст " * 100, encoding="utf-8")
    assert _answer(tmp_path / "text.sqlite") is None


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_a_catalogue_at_another_schema_goes_the_full_way(filled: Path, tmp_path: Path) -> None:
    """An older catalogue is upgraded by the full path; a newer one is refused by it."""
    copy = tmp_path / "newer.sqlite"
    shutil.copyfile(filled, copy)
    _set_revision(copy, "9999")
    assert _answer(copy) is None
    code = main(["articles", "--db", str(copy)])
    assert code == 1  # "written by a newer version of ClaimDesk", as before


def test_a_damaged_catalogue_goes_the_full_way_which_says_so(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(filled.read_bytes())
    at = data.find("Пустая статья без цитат".encode())
    page = 4096
    data[at // page * page : at // page * page + page] = bytes(range(256)) * (page // 256)
    filled.write_bytes(bytes(data))
    before = filled.read_bytes()
    assert _answer(filled) is None
    for command in (["articles"], ["claims", "--json"]):
        assert main([command[0], "--db", str(filled), *command[1:]]) == 1
        out, err = capsys.readouterr()
        assert out == "" and "is damaged" in err and err.count("\n") == 1
    assert filled.read_bytes() == before


def test_a_value_the_quick_path_cannot_read_goes_the_full_way(filled: Path) -> None:
    connection = sqlite3.connect(filled)
    with connection:
        connection.execute("UPDATE article SET imported_at = 'вчера' WHERE id = 2")
    connection.close()
    assert _answer(filled) is None


def test_the_quick_path_changes_and_creates_nothing(filled: Path) -> None:
    listing = sorted(os.listdir(filled.parent))
    before = filled.read_bytes(), os.stat(filled).st_mtime_ns
    assert _answer(filled) is not None
    assert quick_read.claim_records(filled) is not None
    assert (filled.read_bytes(), os.stat(filled).st_mtime_ns) == before
    assert sorted(os.listdir(filled.parent)) == listing


def test_filters_go_the_full_way(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (
        ["articles", "--filter", "ТАСС"],
        ["claims", "--speaker", "Захарова"],
        ["claims", "--text", "ёлки"],
        ["claims", "--kind", "claim"],
        ["speakers", "--filter", "мид"],
        ["speakers", "--match", "Захарову"],
    ):
        args = build_parser().parse_args([command[0], "--db", str(filled), *command[1:]])
        assert args.quick(args) is False
        assert capsys.readouterr().out == ""
        assert main([command[0], "--db", str(filled), *command[1:]]) == 0
        assert capsys.readouterr().out


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.lists(json_values, max_size=5) | json_values)
def test_json_is_written_an_item_at_a_time_as_the_whole_would_be(value: object) -> None:
    """claims --json on 100,000 claims writes each record as it goes: the same text."""
    written = io.StringIO()
    with contextlib.redirect_stdout(written):
        _print_json(value)
    assert written.getvalue() == json.dumps(value, ensure_ascii=False, indent=2) + "\n"
