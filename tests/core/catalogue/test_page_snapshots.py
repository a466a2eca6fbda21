"""Snapshots of web pages: stored with the article (or the version of its text) they came with,
in the same undo step, listed without their bodies and read back as fetched; migration 0009."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.message import Message

import pytest
from sqlalchemy import inspect

from claimdesk.core.catalogue import ArticleBatch, BatchArticle, Catalogue
from claimdesk.core.domain.article_text import Fingerprint, normalise_article_text
from claimdesk.core.domain.errors import NotFoundError
from claimdesk.core.domain.records import NewArticle
from claimdesk.core.importers.web import WebSnapshot

RU = (
    "БАКУ, 3 декабря. Министр иностранных дел Джейхун Байрамов заявил, что «переговоры "
    "продолжатся в январе».\n\nПосол Михаил Бочарников отметил, что сотрудничество растёт 🙂.\n"
)


def page_of(text: str, *, url: str = "https://ru.sputnik.az/20241203/байрамов.html") -> WebSnapshot:
    headers = Message()
    headers["Content-Type"] = "text/html; charset=windows-1251"
    headers["ETag"] = '"5f3a-1"'
    headers["Last-Modified"] = "Tue, 03 Dec 2024 10:00:00 GMT"
    body = f"<html><body><p>{text}</p></body></html>".encode("cp1251", errors="replace")
    return WebSnapshot.of(
        body,
        address="https://sputnik.az/short",
        url=url,
        redirects=("https://sputnik.az/short",),
        status=200,
        headers=headers,
    )


def test_a_page_is_stored_with_its_article_and_undone_with_it(catalogue: Catalogue) -> None:
    page = page_of(RU)
    result = catalogue.add_article(RU, url=page.url, snapshot=page)
    assert result.created
    (stored,) = catalogue.list_page_snapshots(result.id)
    assert (stored.article_id, stored.text_version, stored.url, stored.address) == (
        result.id,
        1,
        page.url,
        "https://sputnik.az/short",
    )
    assert stored.redirects == ("https://sputnik.az/short",)
    assert (stored.status, stored.content_type, stored.etag, stored.last_modified) == (
        200,
        "text/html; charset=windows-1251",
        page.etag,
        "Tue, 03 Dec 2024 10:00:00 GMT",
    )
    assert stored.fetched_at == page.fetched_at and stored.fetched_at.tzinfo is not None
    assert (stored.size, stored.sha256) == (page.size, page.sha256)
    assert catalogue.get_page_snapshot(stored.id) == stored
    html = catalogue.page_snapshot_html(stored.id)
    assert html == page.body() and hashlib.sha256(html).hexdigest() == page.sha256
    # the same text again: nothing new
    assert not catalogue.add_article(RU, snapshot=page_of(RU, url="https://x.az/2")).created
    assert len(catalogue.list_page_snapshots(result.id)) == 1
    # one undo takes the article and its page away; redo brings both back
    catalogue.undo()
    with pytest.raises(NotFoundError):
        catalogue.list_page_snapshots(result.id)
    with pytest.raises(NotFoundError):
        catalogue.page_snapshot_html(stored.id)
    catalogue.redo()
    assert catalogue.list_page_snapshots(result.id) == [stored]
    assert catalogue.page_snapshot_html(stored.id) == page.body()


def test_a_batch_stores_each_new_articles_page(catalogue: Catalogue) -> None:
    other = RU.replace("январе", "феврале")
    items = [
        BatchArticle(NewArticle(t), Fingerprint.of(normalise_article_text(t)), snapshot)
        for t, snapshot in ((RU, page_of(RU)), (other, None), (RU, page_of(RU, url="https://b")))
    ]
    first, second, again = ArticleBatch(catalogue).store(items)
    assert (first.created, second.created, again.created) == (True, True, False)
    assert [s.url for s in catalogue.list_page_snapshots(first.article_id or 0)] == [
        page_of(RU).url
    ]
    assert catalogue.list_page_snapshots(second.article_id or 0) == []
    catalogue.undo()
    assert catalogue.list_articles() == []


def test_a_new_version_from_a_changed_page_has_its_own_snapshot(catalogue: Catalogue) -> None:
    article = catalogue.add_article(RU, snapshot=page_of(RU)).id
    changed = "Обновлено.\n\n" + RU
    catalogue.new_article_version(article, changed, source="https://x", snapshot=page_of(changed))
    first, second = catalogue.list_page_snapshots(article)
    assert (first.text_version, second.text_version) == (1, 2)
    assert "Обновлено." in catalogue.page_snapshot_html(second.id).decode("cp1251")
    catalogue.undo()
    assert catalogue.list_page_snapshots(article) == [first]


def test_deleting_an_article_deletes_its_pages_and_undo_brings_them_back(
    catalogue: Catalogue,
) -> None:
    article = catalogue.add_article(RU, snapshot=page_of(RU)).id
    before = catalogue.list_page_snapshots(article)
    catalogue.delete_article(article)
    catalogue.undo()
    assert catalogue.list_page_snapshots(article) == before
    with pytest.raises(NotFoundError):
        catalogue.get_page_snapshot(before[0].id + 1)


def test_migration_0009_goes_down_and_up(catalogue: Catalogue) -> None:
    from alembic import command

    from claimdesk.core.storage import db

    def migrate(target: str, *, down: bool) -> None:
        config = db.alembic_config()
        with catalogue.engine.connect().execution_options(claimdesk_write=True) as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, target)
            if connection.in_transaction():
                connection.commit()

    article = catalogue.add_article(RU, snapshot=page_of(RU)).id
    migrate("0008", down=True)
    assert "page_snapshot" not in inspect(catalogue.engine).get_table_names()
    migrate("head", down=False)
    catalogue.history.clear()  # its edit names a row the downgrade dropped
    assert catalogue.list_page_snapshots(article) == []
    catalogue.new_article_version(article, "Обновлено.\n\n" + RU, snapshot=page_of("x"))
    assert [s.text_version for s in catalogue.list_page_snapshots(article)] == [2]
    assert datetime.now(UTC) >= catalogue.list_page_snapshots(article)[0].fetched_at
