"""Snapshots of web pages: the page an article, or a version of its text, was read from.

A snapshot is written in the same edit as the article or the version it came with
(:func:`store_snapshot`, called by ``add_article``, ``add_articles`` and
``new_article_version``), so one undo takes both away; it is read back here, without its body
(:meth:`PageSnapshotsService.list_page_snapshots`) or as the bytes fetched
(:meth:`PageSnapshotsService.page_snapshot_html`).
"""

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from claimdesk.core.domain.errors import NotFoundError
from claimdesk.core.domain.records import PageSnapshotInfo
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import article_table, page_snapshot_table
from claimdesk.core.storage.store import CatalogueBase

if TYPE_CHECKING:  # the fetching itself (urllib3) is not needed to store what it brought
    from claimdesk.core.importers.web import WebSnapshot

_S = page_snapshot_table.c
_FIELDS = [c for c in page_snapshot_table.c if c.name != "body"]


def store_snapshot(rec: Recorder, article_id: int, text_version: int, snapshot: WebSnapshot) -> int:
    """Write ``snapshot`` as the page version ``text_version`` of the article was read from,
    in ``rec``'s edit; its id."""
    (snapshot_id,) = rec.insert(
        page_snapshot_table,
        {
            "article_id": article_id,
            "text_version": text_version,
            "address": snapshot.address,
            "url": snapshot.url,
            "redirects": json.dumps(list(snapshot.redirects), ensure_ascii=False),
            "status": snapshot.status,
            "content_type": snapshot.content_type,
            "last_modified": snapshot.last_modified,
            "etag": snapshot.etag,
            "fetched_at": snapshot.fetched_at,
            "size": snapshot.size,
            "sha256": snapshot.sha256,
            "body": snapshot.compressed,
        },
    )
    return int(snapshot_id)


def delete_snapshots(rec: Recorder, article_id: int) -> None:
    """Delete the article's snapshots in ``rec``'s edit, each recorded (the database would
    cascade them away unrecorded, and undo would bring the article back without them)."""
    query = select(_S.id).where(_S.article_id == article_id).order_by(_S.id)
    for snapshot_id in list(rec.connection.execute(query).scalars()):
        rec.delete(page_snapshot_table, (snapshot_id,))


def _info(row: Any) -> PageSnapshotInfo:
    return PageSnapshotInfo(
        id=int(row.id),
        article_id=int(row.article_id),
        text_version=int(row.text_version),
        address=row.address,
        url=row.url,
        redirects=tuple(json.loads(row.redirects or "[]")),
        status=int(row.status),
        content_type=row.content_type,
        last_modified=row.last_modified,
        etag=row.etag,
        fetched_at=row.fetched_at,
        size=int(row.size),
        sha256=row.sha256,
    )


class PageSnapshotsService(CatalogueBase):
    """Reading the web pages articles were read from."""

    def list_page_snapshots(self, article_id: int) -> list[PageSnapshotInfo]:
        """The article's snapshots, oldest first (an article not read from the web has none);
        NotFoundError when there is no such article."""
        with self._read() as connection:
            _check_article(connection, article_id)
            rows = connection.execute(
                select(*_FIELDS).where(_S.article_id == article_id).order_by(_S.id)
            ).all()
        return [_info(row) for row in rows]

    def get_page_snapshot(self, snapshot_id: int) -> PageSnapshotInfo:
        with self._read() as connection:
            row = connection.execute(select(*_FIELDS).where(_S.id == snapshot_id)).first()
        if row is None:
            raise NotFoundError("page snapshot", snapshot_id)
        return _info(row)

    def page_snapshot_html(self, snapshot_id: int) -> bytes:
        """The page as it was fetched, byte for byte (HTML, or whatever the server sent)."""
        with self._read() as connection:
            body = connection.execute(select(_S.body).where(_S.id == snapshot_id)).scalar()
        if body is None:
            raise NotFoundError("page snapshot", snapshot_id)
        return zlib.decompress(body)


def _check_article(connection: Connection, article_id: int) -> None:
    found = connection.execute(
        select(article_table.c.id).where(article_table.c.id == article_id)
    ).scalar()
    if found is None:
        raise NotFoundError("article", article_id)
