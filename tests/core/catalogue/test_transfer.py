"""Copying a whole catalogue SQLite -> PostgreSQL -> SQLite: every row, id and link survives."""

from __future__ import annotations

import json
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.transfer import CopyCancelledError, copy_catalogue
from claimdesk.core.domain.clusters import VerdictStatus
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.importers.web import WebSnapshot
from claimdesk.core.storage.db import open_engine
from claimdesk.core.storage.models import metadata, state_table
from pgserver import PostgresServer

TEXT = "Глава МИД Азербайджана Джейхун Байрамов заявил, что «переговоры продолжаются». " * 4


def _dump(location: str) -> dict[str, list[dict[str, Any]]]:
    engine = open_engine(location)
    try:
        with engine.connect() as connection:
            return {
                t.name: [
                    dict(r)
                    for r in connection.execute(
                        select(t).order_by(*t.primary_key.columns)
                    ).mappings()
                ]
                for t in metadata.sorted_tables
                if t is not state_table
            }
    finally:
        engine.dispose()


def _fill(location: str) -> int:
    """A small catalogue with every kind of record; returns the highest id ever given a claim."""
    with Catalogue.open(location, user_name="alice") as catalogue:
        first = catalogue.add_article(TEXT, outlet="Sputnik", published="2024-07").id
        second = catalogue.add_article(TEXT + " Ещё.", title="Второй").id
        bayramov = catalogue.add_speaker("Джейхун Байрамов", aliases=["Глава МИД АР"])
        gone = catalogue.add_speaker("Временный")
        a = catalogue.attribute_span(first, 0, 9, bayramov.id, tags=["мид", "Ёлки"], note="n")
        b = catalogue.attribute_span(second, 10, 22, bayramov.id, kind="indirect")
        catalogue.attribute_span(first, 23, 30)
        catalogue.link_claims(a.id, b.id, "same")
        catalogue.update_claim(a.id, note="правка", expected_version=a.version)
        last = catalogue.attribute_span(second, 30, 40)
        catalogue.delete_claim(last.id)  # the highest id is gone: the copy must not reuse it
        catalogue.delete_speaker(gone.id)
        # a web page kept with the article read from it (bytes, JSON redirects, a UTC time)
        catalogue.add_article(TEXT + " С сайта.", snapshot=_page())
        return last.id


def _page() -> WebSnapshot:
    headers = Message()
    headers["Content-Type"] = "text/html; charset=utf-8"
    body = f"<html><body><p>{TEXT}</p></body></html>".encode()
    return WebSnapshot.of(
        body,
        address="https://sputnik.az/s",
        url="https://sputnik.az/новости/1",
        redirects=("https://sputnik.az/s",),
        status=200,
        headers=headers,
    )


def test_a_catalogue_round_trips_through_postgresql(
    tmp_path: Path, pg_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(tmp_path / "source.sqlite")
    highest = _fill(source)
    pg_url = pg_server.create_database("claimdesk_copy")
    back = str(tmp_path / "back.sqlite")

    assert main(["copy", source, pg_url, "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["rows"]["claim"] == 3
    assert "copying" not in err  # progress only on a terminal (see test_cli_translations)
    code = main(["copy", pg_url, back])
    out, _ = capsys.readouterr()
    assert code == 0 and out.startswith("copied ")

    original = _dump(source)
    assert original["claim_link"] and original["claim_tag"] and original["speaker_alias"]
    assert len(original["page_snapshot"]) == 1
    assert _dump(pg_url) == original
    assert _dump(back) == original

    for location in (pg_url, back):
        with Catalogue.open(location) as copy:
            claims = copy.list_claims()
            assert [c.linked_claim_ids for c in claims][:2] == [(claims[1].id,), (claims[0].id,)]
            assert claims[0].created_by == "alice" and claims[0].version == 2
            assert copy.find_speaker("глава мид ар") is not None
            article = copy.list_articles()[0].id
            assert copy.attribute_span(article, 41, 50).id == highest + 1
            (page,) = copy.list_page_snapshots(article)  # the newest: the one from the web
            assert page.redirects == ("https://sputnik.az/s",) and page.fetched_at.tzinfo
            assert copy.page_snapshot_html(page.id) == _page().body()


def test_copy_refuses_a_target_that_is_not_empty_and_can_be_cancelled(tmp_path: Path) -> None:
    source = str(tmp_path / "a.sqlite")
    _fill(source)
    target = tmp_path / "b.sqlite"
    with Catalogue.open(target) as other:
        other.add_article("Что-то уже есть.")
    with pytest.raises(InvalidValueError, match="not empty"):
        copy_catalogue(source, target)
    with pytest.raises(InvalidValueError, match="same catalogue"):
        copy_catalogue(source, source)

    fresh = tmp_path / "c.sqlite"
    seen: list[tuple[str, int, int]] = []

    def cancel(table: str, done: int, total: int) -> bool:
        seen.append((table, done, total))
        return table != "claim"

    with pytest.raises(CopyCancelledError):
        copy_catalogue(source, fresh, progress=cancel)
    assert seen and all(total == seen[0][2] for _, _, total in seen)
    left = _dump(str(fresh))
    # nothing copied: only the default verdict statuses a new catalogue has
    assert sorted(row["key"] for row in left.pop("verdict_status")) == sorted(VerdictStatus)
    assert all(rows == [] for rows in left.values())


def test_a_copy_names_its_files_as_they_are_written(tmp_path: Path) -> None:
    """The copy said where it went as a URL: a Russian file name came out in %-escapes."""
    source = tmp_path / "каталог.sqlite"
    _fill(str(source))
    target = tmp_path / "копия каталога.sqlite"
    result = copy_catalogue(str(source), str(target))
    assert (result.source, result.target) == (str(source), str(target))
    assert result.rows["claim"] == 3
