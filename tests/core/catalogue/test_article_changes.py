"""Editing and deleting articles: one undoable edit each, refused from an out-of-date view, and
safe against a colleague adding a claim to the article at the same moment (SQLite and
PostgreSQL)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ClaimDeskError, ConflictError, InvalidValueError
from claimdesk.core.domain.records import ClaimFilter

WORDS = "БАКУ, 28 июл - Sputnik. Глава МИД Джейхун Байрамов заявил, что переговоры идут. "


def _details(catalogue: Catalogue, article_id: int) -> tuple[object, ...]:
    a = catalogue.get_article(article_id)
    return (a.title, a.outlet, a.published, a.url, a.language)


def test_editing_the_details_is_one_edit_that_undo_reverses(
    catalogue: Catalogue, sample_text: str
) -> None:
    article = catalogue.get_article(catalogue.add_article(sample_text).id)  # undated, as a batch
    claim = catalogue.attribute_quote(article.id, "Байрамов отметил", "Джейхун Байрамов")
    assert catalogue.count_claims(ClaimFilter(since="2024-07-01")) == 0
    before = _details(catalogue, article.id)

    edited = catalogue.update_article(
        article.id,
        title="  Байрамов   принял посла ",
        outlet="Sputnik Азербайджан",
        published="2024-07-28",
        url="https://sputnik.az/x",
        language="ru",
        expected_version=article.version,
    )
    assert (edited.title, edited.outlet, edited.published, edited.url, edited.language) == (
        "Байрамов принял посла",
        "Sputnik Азербайджан",
        "2024-07-28",
        "https://sputnik.az/x",
        "ru",
    )
    assert edited.version == article.version + 1 and edited.claim_count == 1
    assert str(catalogue.history.undo_description).startswith("Edit details of “БАКУ, 28 июл")
    # the claims see the new details: the date filter and the CSV's published column
    assert [c.id for c in catalogue.list_claims(ClaimFilter(since="2024-07-01"))] == [claim.id]
    assert catalogue.get_claim(claim.id).outlet == "Sputnik Азербайджан"
    assert [a.id for a in catalogue.list_articles("азербайджан")] == [article.id]

    catalogue.undo()
    assert _details(catalogue, article.id) == before
    assert catalogue.count_claims(ClaimFilter(since="2024-07-01")) == 0
    catalogue.redo()
    assert _details(catalogue, article.id)[2] == "2024-07-28"


def test_a_blank_title_is_the_first_line_and_a_bad_date_changes_nothing(
    catalogue: Catalogue,
) -> None:
    article = catalogue.add_article(WORDS, title="Заголовок").id
    assert catalogue.update_article(article, title="   ").title == WORDS.strip()
    pushes = catalogue.history.push_count
    for bad in ("28/07/2024", "31.02.2024", "2024-02-30"):
        with pytest.raises(InvalidValueError, match="date"):
            catalogue.update_article(article, title="Другое", published=bad)
    assert catalogue.get_article(article).title == WORDS.strip()
    # saving what is already there records no edit (nothing to undo)
    catalogue.update_article(article, title=WORDS)
    assert catalogue.history.push_count == pushes


def test_deleting_takes_the_claims_tags_and_links_and_undo_brings_them_back(
    catalogue: Catalogue, sample_article: int
) -> None:
    other = catalogue.add_article(WORDS).id
    kept = catalogue.attribute_quote(other, "переговоры идут", "Джейхун Байрамов")
    first = catalogue.attribute_quote(sample_article, "Байрамов отметил", "Джейхун Байрамов")
    catalogue.attribute_quote(sample_article, "Михаила Бочарникова", "Бочарников", tags=["визит"])
    catalogue.link_claims(kept.id, first.id, "same")
    everything = catalogue.list_claims()
    seen = catalogue.get_article(sample_article)
    assert seen.claim_count == 2

    assert catalogue.delete_article(sample_article, expected_version=seen.version) == 2
    assert str(catalogue.history.undo_description).startswith("Delete article “БАКУ, 28 июл")
    assert [a.id for a in catalogue.list_articles()] == [other]
    assert [c.id for c in catalogue.list_claims()] == [kept.id]
    assert catalogue.get_claim(kept.id).linked_claim_ids == ()

    catalogue.undo()
    assert catalogue.list_claims() == everything
    assert catalogue.get_article(sample_article).claim_count == 2
    catalogue.redo()
    assert [c.id for c in catalogue.list_claims()] == [kept.id]


def test_deleting_from_an_out_of_date_view_is_refused(catalogue_url: str) -> None:
    with Catalogue.open(catalogue_url) as mine, Catalogue.open(catalogue_url) as theirs:
        article = mine.add_article(WORDS).id
        claim = mine.attribute_span(article, 0, 4)
        seen = mine.get_article(article)
        theirs.update_article(article, published="2024-07-28", expected_version=seen.version)
        with pytest.raises(ConflictError, match="changed by someone else") as conflict:
            mine.delete_article(article, expected_version=seen.version)
        assert conflict.value.current_version == seen.version + 1
        assert [c.id for c in mine.claims_for_article(article)] == [claim.id]
        assert mine.get_article(article).published == "2024-07-28"
        with pytest.raises(ConflictError):
            mine.update_article(article, title="Моё", expected_version=seen.version)
        assert mine.delete_article(article, expected_version=seen.version + 1) == 1
        assert theirs.list_articles() == []


_CLAIM_INSERT = re.compile(r'^\s*INSERT INTO "?claim"?\s*\(', re.IGNORECASE)


@contextmanager
def _held_after_claim_insert(catalogue: Catalogue) -> Iterator[tuple[threading.Event, ...]]:
    """Pause ``catalogue``'s next claim insert inside its transaction (not yet committed) until
    the test sets the second event; the first says it is there."""
    inserted, release = threading.Event(), threading.Event()

    def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if _CLAIM_INSERT.match(statement) and not inserted.is_set():
            inserted.set()
            release.wait(30)

    event.listen(catalogue.engine, "after_cursor_execute", pause)
    try:
        yield inserted, release
    finally:
        release.set()
        event.remove(catalogue.engine, "after_cursor_execute", pause)


def _wait_until_blocked(catalogue: Catalogue, backend: str) -> None:
    """Until another transaction waits for a row lock (PostgreSQL shows it; SQLite's busy wait
    does not show, so there a short pause)."""
    if backend == "sqlite":
        time.sleep(0.5)
        return
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with catalogue.engine.connect() as connection:
            waiting = connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar_one()
        if waiting:
            return
        time.sleep(0.02)
    raise AssertionError("neither transaction ever waited for the other's row lock")


def _in_thread(work: Callable[[], object]) -> tuple[threading.Thread, dict[str, object]]:
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as error:  # handed to the test, which raises or checks it
            result["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_a_claim_a_colleague_adds_while_the_article_is_deleted_goes_and_comes_back_with_it(
    catalogue_url: str, backend: str
) -> None:
    with Catalogue.open(catalogue_url) as mine, Catalogue.open(catalogue_url) as theirs:
        article = mine.add_article(WORDS).id
        own = mine.attribute_span(article, 0, 4)
        seen = mine.get_article(article)
        with _held_after_claim_insert(theirs) as (inserted, release):
            adding, added = _in_thread(lambda: theirs.attribute_span(article, 6, 9).id)
            assert inserted.wait(20), "the colleague's claim was never inserted"
            deleting, deleted = _in_thread(
                lambda: mine.delete_article(article, expected_version=seen.version)
            )
            _wait_until_blocked(mine, backend)
            release.set()
            adding.join(30)
            deleting.join(30)
        assert "error" not in added, added
        assert "error" not in deleted, deleted
        # their claim committed first: it went with the article, counted and recorded …
        assert deleted["value"] == 2
        assert mine.list_claims() == [] and mine.list_articles() == []
        # … so undo brings it back with the rest instead of losing it
        mine.undo()
        theirs_id = added["value"]
        assert isinstance(theirs_id, int)
        assert sorted(c.id for c in mine.claims_for_article(article)) == sorted([own.id, theirs_id])


def test_a_claim_added_once_the_delete_holds_the_article_is_refused_not_left_dangling(
    catalogue_url: str, backend: str
) -> None:
    with Catalogue.open(catalogue_url) as mine, Catalogue.open(catalogue_url) as theirs:
        article = mine.add_article(WORDS).id
        mine.attribute_span(article, 0, 4)
        held, release = threading.Event(), threading.Event()

        def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.lstrip().upper().startswith("DELETE FROM") and not held.is_set():
                held.set()
                release.wait(30)

        event.listen(mine.engine, "after_cursor_execute", pause)
        try:
            deleting, deleted = _in_thread(lambda: mine.delete_article(article))
            assert held.wait(20)
            adding, added = _in_thread(lambda: theirs.attribute_span(article, 6, 9))
            _wait_until_blocked(theirs, backend)
            release.set()
            deleting.join(30)
            adding.join(30)
        finally:
            release.set()
            event.remove(mine.engine, "after_cursor_execute", pause)
        assert deleted.get("value") == 1
        assert isinstance(added.get("error"), ClaimDeskError)
        assert theirs.list_claims() == [] and theirs.list_articles() == []
        mine.undo()
        assert len(mine.claims_for_article(article)) == 1


def test_finding_an_article_by_its_text(catalogue: Catalogue) -> None:
    stored = WORDS + "\nВторой абзац.\n"
    article = catalogue.add_article(stored, outlet="Sputnik").id
    found = catalogue.find_article_by_text("\ufeff" + stored.replace("\n", "\r\n"))
    assert found is not None and (found.id, found.outlet) == (article, "Sputnik")
    assert catalogue.find_article_by_text(stored + "Третий.") is None
    with pytest.raises(InvalidValueError):
        catalogue.find_article_by_text("  \n ")
