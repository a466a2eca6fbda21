"""The same catalogue on SQLite and PostgreSQL: migrations, search and folding, optimistic locking,
who did it, and several processes writing at once."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, event, inspect, text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ConflictError, ServerUnavailableError, UndoConflictError
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.core.export.csv_file import CSV_COLUMNS, export_claims_csv
from claimdesk.core.storage import db
from pgserver import PostgresServer

WORDS = "Глава МИД Азербайджана Джейхун Байрамов заявил, что Ёлка и ЕЛКА — одно слово. "


def _migrate(engine_url: str, target: str, *, down: bool = False) -> None:
    engine = db.create_catalogue_engine(engine_url)
    try:
        config = db.alembic_config()
        with engine.connect().execution_options(claimdesk_write=True) as connection:
            config.attributes["connection"] = connection
            if down:
                command.downgrade(config, target)
            else:
                command.upgrade(config, target)
            if connection.in_transaction():
                connection.commit()
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_same_migrations_create_and_upgrade_both_backends(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'c.sqlite'}"
        if kind == "sqlite"
        else str(request.getfixturevalue("pg_database"))
    )
    _migrate(url, "0001")  # a catalogue as the first release made it
    with Catalogue.open(url) as old:
        # opening it upgraded it to head, keeping what 0001 had
        assert old.schema_revision() == db.head_revision()
        columns = {c["name"] for c in inspect(old.engine).get_columns("claim")}
        assert {"version", "created_by", "updated_by"} <= columns
        article = old.add_article(WORDS).id
        claim = old.attribute_span(article, 0, 5)
        assert claim.version == 1
    _migrate(url, "0001", down=True)  # and down again: the downgrade works here too
    engine = db.create_catalogue_engine(url)
    try:
        assert db.current_revision(engine) == "0001"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM claim")).scalar_one() == 1
    finally:
        engine.dispose()


def _fill(catalogue: Catalogue) -> None:
    article = catalogue.add_article(
        WORDS * 3, title="Байрамов о ЁЛКАХ", outlet="Sputnik Азербайджан", published="2024-07"
    ).id
    bayramov = catalogue.add_speaker("Джейхун Байрамов", aliases=["Глава МИД АР", "Bayramov"])
    catalogue.add_speaker("Пётр Ёлкин", role="редактор")
    catalogue.add_speaker("Мария Захарова")
    catalogue.attribute_quote(article, "Джейхун Байрамов заявил", "Джейхун Байрамов")
    catalogue.attribute_quote(article, "Ёлка и ЕЛКА", "Пётр Ёлкин", tags=["Ёлки", "МИД"])
    catalogue.attribute_span(article, 6, 9, bayramov.id, note="МИД")


def test_search_folding_and_speaker_lookups_agree_on_both_backends(
    tmp_path: Path, pg_server: PostgresServer
) -> None:
    pg_url = pg_server.create_database("claimdesk_compare")
    results = []
    for url in (str(tmp_path / "c.sqlite"), pg_url):
        with Catalogue.open(url) as catalogue:
            _fill(catalogue)
            found: dict[str, object] = {}
            for query in ("байрамов", "БАЙРАМОВ", "ёлка", "елка", "ЕЛКА", "мид", "ЁЛКАХ", "%", "_"):
                found[f"text:{query}"] = [
                    c.id for c in catalogue.list_claims(ClaimFilter(text=query))
                ]
            found["outlet"] = [
                c.id for c in catalogue.list_claims(ClaimFilter(outlet="АЗЕРБАЙДЖАН"))
            ]
            found["tag"] = [c.id for c in catalogue.list_claims(ClaimFilter(tag="ёлки"))]
            found["since"] = catalogue.count_claims(ClaimFilter(since="2024-07-01"))
            for name in ("ДЖЕЙХУН БАЙРАМОВ", "глава мид ар", "петр елкин", "Захарова"):
                speaker = catalogue.find_speaker(name)
                found[f"find:{name}"] = speaker.name if speaker else None
            found["list:ёлк"] = [s.name for s in catalogue.list_speakers("ЕЛК")]
            found["list:bay"] = [s.name for s in catalogue.list_speakers("bay")]
            found["fuzzy"] = [
                m.speaker.name for m in catalogue.match_speakers("Байрамова", limit=3)
            ]
            found["sorted"] = [
                c.id for c in catalogue.list_claims(order_by="speaker", descending=True)
            ]
            results.append(found)
    sqlite_found, pg_found = results
    assert sqlite_found == pg_found
    assert sqlite_found["text:ёлка"] == sqlite_found["text:ЕЛКА"] != []
    assert sqlite_found["find:петр елкин"] == "Пётр Ёлкин"
    assert sqlite_found["fuzzy"][0] == "Джейхун Байрамов"  # type: ignore[index]


def test_an_edit_from_an_old_view_is_refused_and_says_so(catalogue_url: str) -> None:
    with Catalogue.open(catalogue_url) as mine, Catalogue.open(catalogue_url) as theirs:
        article = mine.add_article(WORDS).id
        speaker = mine.add_speaker("Байрамов")
        seen = mine.attribute_span(article, 0, 5, speaker.id)
        assert seen.version == 1

        changed = theirs.update_claim(seen.id, note="их правка", expected_version=1)
        assert changed.version == 2
        with pytest.raises(ConflictError, match="changed by someone else since you opened it") as e:
            mine.update_claim(seen.id, note="моя правка", expected_version=seen.version)
        assert e.value.current_version == 2
        assert mine.get_claim(seen.id).note == "их правка"
        # after reloading, the edit goes through on top of theirs
        assert mine.update_claim(seen.id, note="моя правка", expected_version=2).version == 3
        with pytest.raises(ConflictError):
            mine.update_claim(seen.id, tags=["x"], expected_version=2)
        with pytest.raises(ConflictError):
            mine.reattribute(seen.id, None, expected_version=1)

        speaker_seen = mine.get_speaker(speaker.id)
        theirs.update_speaker(speaker.id, role="министр", expected_version=speaker_seen.version)
        with pytest.raises(ConflictError):
            mine.update_speaker(speaker.id, role="посол", expected_version=speaker_seen.version)
        assert mine.get_speaker(speaker.id).role == "министр"
        assert mine.get_speaker(speaker.id).version == speaker_seen.version + 1

        article_seen = mine.get_article(article)
        theirs.update_article(article, title="Новое", expected_version=article_seen.version)
        with pytest.raises(ConflictError):
            mine.update_article(article, title="Другое", expected_version=article_seen.version)


def test_versions_never_go_back_so_undo_cannot_hide_a_change(catalogue: Catalogue) -> None:
    article = catalogue.add_article(WORDS).id
    claim = catalogue.attribute_span(article, 0, 5)
    catalogue.update_claim(claim.id, note="a")
    seen_after_edit = catalogue.get_claim(claim.id)
    catalogue.undo()
    undone = catalogue.get_claim(claim.id)
    assert undone.note == ""
    assert undone.version == seen_after_edit.version + 1
    with pytest.raises(ConflictError):
        catalogue.update_claim(claim.id, note="b", expected_version=seen_after_edit.version)
    catalogue.redo()
    assert catalogue.get_claim(claim.id).note == "a"
    url = catalogue.engine.url.render_as_string(hide_password=False)
    with Catalogue.open(url) as colleague:
        colleague.update_claim(claim.id, note="theirs")
    with pytest.raises(UndoConflictError):
        catalogue.undo()
    assert catalogue.get_claim(claim.id).note == "theirs"


def test_claims_record_who_created_and_changed_them(catalogue_url: str, tmp_path: Path) -> None:
    with Catalogue.open(catalogue_url, user_name="alice") as alice:
        article = alice.add_article(WORDS).id
        claim = alice.attribute_span(article, 0, 5)
        assert (claim.created_by, claim.updated_by) == ("alice", "alice")
    with Catalogue.open(catalogue_url, user_name="bob") as bob:
        edited = bob.update_claim(claim.id, kind="direct")
        assert (edited.created_by, edited.updated_by) == ("alice", "bob")
        target = tmp_path / "claims.csv"
        export_claims_csv(bob, target)
        with target.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        # who, then (since article versions) which version, how it followed the text and
        # which version it was made on
        assert list(rows[0])[-5:] == [
            "created_by",
            "updated_by",
            "version",
            "anchor_state",
            "made_on_version",
        ]
        assert list(rows[0]) == list(CSV_COLUMNS)
        assert (rows[0]["created_by"], rows[0]["updated_by"]) == ("alice", "bob")
    with Catalogue.open(catalogue_url) as anyone:
        assert anyone.user_name  # the OS user by default


WORKER = textwrap.dedent(
    """
    import json, sys, time
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.errors import ConflictError

    url, worker, article, claim, count, start_at = sys.argv[1:7]
    worker, article, claim, count = int(worker), int(article), int(claim), int(count)
    confirmed, edits, conflicts = [], [], 0
    with Catalogue.open(url, user_name=f"desk{worker}") as catalogue:
        while time.time() < float(start_at):
            time.sleep(0.005)
        for i in range(count):
            start = (worker * count + i) * 2
            confirmed.append(catalogue.attribute_span(article, start, start + 1).id)
            seen = catalogue.get_claim(claim)
            try:
                done = catalogue.update_claim(
                    claim, note=f"{worker}:{i}", expected_version=seen.version
                )
                edits.append([done.version, done.note])
            except ConflictError:
                conflicts += 1
    print(json.dumps({"confirmed": confirmed, "edits": edits, "conflicts": conflicts}))
    """
)


@pytest.mark.slow
def test_several_processes_writing_at_once_lose_nothing(catalogue: Catalogue) -> None:
    workers, count = 4, 15
    article = catalogue.add_article("ab" * (workers * count + 5)).id
    contested = catalogue.attribute_span(article, 1, 2)
    catalogue.index.build()  # on PostgreSQL: the server claim index, which every write feeds
    url = catalogue.engine.url.render_as_string(hide_password=False)
    start_at = time.time() + 3
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                url,
                *map(str, (w, article, contested.id, count, start_at)),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(workers)
    ]
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        reports.append(json.loads(out))

    confirmed = [i for r in reports for i in r["confirmed"]]
    assert len(confirmed) == len(set(confirmed)) == workers * count
    stored = [c for c in catalogue.claims_for_article(article) if c.id != contested.id]
    assert sorted(c.id for c in stored) == sorted(confirmed)
    assert len({(c.start, c.end) for c in stored}) == workers * count  # none lost or doubled
    assert {c.created_by for c in stored} == {f"desk{w}" for w in range(workers)}
    if catalogue.server_index is not None:  # every claim written at once got its index rows
        with catalogue.engine.connect() as connection:
            keyed = set(connection.execute(text("SELECT claim_id FROM match_keys")).scalars())
        assert keyed == {c.id for c in stored} | {contested.id}

    # Every confirmed edit of the contested claim got its own version: none overwrote another
    # unseen; the rest were refused with a conflict.
    edits = [tuple(e) for r in reports for e in r["edits"]]
    conflicts = sum(r["conflicts"] for r in reports)
    assert len(edits) + conflicts == workers * count
    versions = sorted(v for v, _ in edits)
    assert versions == list(range(2, 2 + len(edits)))
    final = catalogue.get_claim(contested.id)
    assert final.version == 1 + len(edits)
    assert (final.version, final.note) in edits


def test_losing_the_server_gives_a_clear_message_and_reconnects() -> None:
    server = PostgresServer(port_offset=1)  # its own server: this test stops it
    server.start()
    try:
        url = server.create_database("claimdesk_outage")
        with Catalogue.open(url) as catalogue:
            article = catalogue.add_article(WORDS).id
            server.pause()
            with pytest.raises(ServerUnavailableError, match="cannot be reached") as lost:
                catalogue.attribute_span(article, 0, 5, note="typed during the outage")
            assert "try again" in str(lost.value)
            # the server named as a person reads it, not by its URL (cut off in a narrow panel)
            assert "(claimdesk_outage@" in str(lost.value) and "://" not in str(lost.value)
            with pytest.raises(ServerUnavailableError):
                catalogue.list_claims()
            with pytest.raises(ServerUnavailableError):  # searches on the server index too
                catalogue.similar_claims(WORDS[:40])
            server.resume()
            claim = catalogue.attribute_span(article, 0, 5, note="typed during the outage")
            assert [c.id for c in catalogue.list_claims()] == [claim.id]
            assert [s.claim.id for s in catalogue.similar_claims(claim.quote)] == [claim.id]
    finally:
        server.stop()


def test_a_window_notices_what_colleagues_committed(catalogue_url: str) -> None:
    with Catalogue.open(catalogue_url) as mine, Catalogue.open(catalogue_url) as theirs:
        seen: list[object] = []
        mine.subscribe(seen.append)
        assert mine.check_for_changes() is None  # the first look only takes note
        article = mine.add_article(WORDS).id
        seen.clear()
        assert mine.check_for_changes() is None  # its own edits are not news
        before = mine.change_count()
        mine.attribute_span(article, 6, 9)
        assert mine.check_for_changes() is None
        seen.clear()
        added = theirs.attribute_span(article, 0, 5, speaker_id=None)
        assert mine.change_count() == before + 2
        change = mine.check_for_changes()
        assert change is not None and "claim" in change.tables and seen == [change]
        assert added.id in change.claim_ids  # what the matching index must learn
        assert mine.check_for_changes() is None
        theirs.undo()
        assert mine.check_for_changes() is not None
        assert [s.claim.id for s in mine.similar_claims(WORDS[:5])] == []
        again = theirs.attribute_span(article, 0, 5)
        mine.similar_claims("прогрев")  # the index is built now, with what this window saw
        assert mine.check_for_changes() is not None
        found = mine.similar_claims(WORDS[0:5])
        assert again.id in [s.claim.id for s in found]


def test_the_speaker_matcher_learns_the_speakers_colleagues_add_rename_and_alias(
    catalogue_url: str,
) -> None:
    """A colleague's new speaker was not matched by name in this window (the picker offered
    only "New speaker", and the same person was stored twice): a change seen by looking names
    no speakers, and the matcher refreshed none."""
    with Catalogue.open(catalogue_url) as mine, Catalogue.open(catalogue_url) as theirs:
        renamed = theirs.add_speaker("Михаил Бочарников").id
        aliased = theirs.add_speaker("Мария Захарова").id
        gone = theirs.add_speaker("Игорь Попов").id
        assert mine.check_for_changes() is None  # the first look only takes note
        assert [m.speaker.id for m in mine.match_speakers("Бочарников")] == [renamed]  # built

        def found(name: str) -> list[int]:
            return [m.speaker.id for m in mine.match_speakers(name) if m.score >= 90]

        added = theirs.add_speaker("Джейхун Байрамов").id
        theirs.update_speaker(renamed, name="Михаил Бочарников-Старший")
        theirs.add_alias(aliased, "официальный представитель МИД")
        theirs.delete_speaker(gone)
        assert found("Джейхун Байрамов") == []  # not seen yet
        change = mine.check_for_changes()
        assert change is not None and change.by_others
        assert found("Джейхун Байрамов") == [added]
        assert found("Бочарников-Старший") == [renamed]
        assert found("официальный представитель МИД") == [aliased]
        assert found("Игорь Попов") == []


def test_an_edit_committing_on_another_thread_is_not_taken_for_colleagues(
    catalogue_url: str,
) -> None:
    """The GUI saves to a team server off its own thread while the live view keeps looking for
    colleagues' edits on the GUI thread: an edit that has counted itself but is not committed yet
    must not be reported as changed by others (nor the count go back and report it again)."""
    with Catalogue.open(catalogue_url) as mine:
        assert mine.check_for_changes() is None
        article = mine.add_article(WORDS).id
        committing, go_on = threading.Event(), threading.Event()

        def hold_the_commit(_connection: Connection) -> None:
            if threading.current_thread() is not threading.main_thread():
                committing.set()
                go_on.wait(10)

        event.listen(mine.engine, "commit", hold_the_commit)
        worker = threading.Thread(target=lambda: mine.attribute_span(article, 0, 5))
        worker.start()
        try:
            assert committing.wait(10)
            assert mine.check_for_changes() is None  # ours, on its way: not others' news
        finally:
            go_on.set()
            worker.join(10)
            event.remove(mine.engine, "commit", hold_the_commit)
        assert len(mine.claims_for_article(article)) == 1
        assert mine.check_for_changes() is None  # and once committed, still not news


def test_a_server_catalogue_is_remembered_without_its_password(pg_server: PostgresServer) -> None:
    url = pg_server.url().replace("postgres@", "postgres:s3cret@")
    with Catalogue.open(url) as catalogue:  # trust authentication ignores the password
        assert "s3cret" not in catalogue.location and "***" not in catalogue.location
        assert "s3cret" not in catalogue.url
        with Catalogue.open(catalogue.location) as again:
            assert again.schema_revision() == db.head_revision()
