"""Articles in the service layer: storing texts once, metadata, listing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, func, literal, or_, select

from claimdesk.core.catalogue.snapshots import delete_snapshots, store_snapshot
from claimdesk.core.domain.article_text import MAX_ARTICLE_CHARS as MAX_ARTICLE_CHARS  # noqa: PLC0414
from claimdesk.core.domain.article_text import headline
from claimdesk.core.domain.article_text import normalise_article_text as normalise_article_text  # noqa: PLC0414
from claimdesk.core.domain.article_text import text_hash as text_hash  # noqa: PLC0414
from claimdesk.core.domain.dates import read_date
from claimdesk.core.domain.errors import (
    ConflictError,
    DuplicateError,
    NotFoundError,
)
from claimdesk.core.domain.folding import fold, like_pattern
from claimdesk.core.domain.messages import shorten
from claimdesk.core.domain.records import (
    AddArticleResult,
    ArticleInfo,
    NewArticle,
)
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import (
    article_table,
    article_version_table,
    claim_table,
    utc_now,
)
from claimdesk.core.storage.store import UNCHANGED, CatalogueBase, EditGroup

if TYPE_CHECKING:
    from claimdesk.core.importers.web import WebSnapshot


def check_published(value: str | None) -> str | None:
    """A publication date as typed, as the ISO partial date stored ("2024", "2024-07",
    "2024-07-28"), or None; anything else is refused (see :func:`read_date`: "28.07.2024" and
    digits of any script are read too).

    What is stored, and compared as text when claims are filtered by date, is always ASCII
    ISO."""
    return read_date(value)


class ArticlesService(CatalogueBase):
    """Adding, editing, deleting and listing articles."""

    def add_article(
        self,
        text: str,
        *,
        title: str = "",
        outlet: str = "",
        url: str = "",
        published: str | None = None,
        language: str = "",
        source_name: str = "",
        source_format: str = "",
        note: str = "",
        snapshot: WebSnapshot | None = None,
    ) -> AddArticleResult:
        """Store an article; the same text again returns the existing article's id. With
        ``snapshot`` (the web page the text was read from), the page is stored with the article,
        in the same edit; nothing is stored when the text was already there."""
        text = normalise_article_text(text)
        digest = text_hash(text)
        published = check_published(published)
        title = " ".join(title.split()) or guess_title(text)
        existing = self.find_article_by_hash(digest)
        if existing is not None:
            return AddArticleResult(existing, created=False)
        try:
            with self._edit(f"Add article “{shorten(title)}”") as rec:
                (article_id,) = rec.insert(
                    article_table,
                    {
                        "title": title,
                        "title_folded": fold(title),
                        "outlet": outlet.strip(),
                        "outlet_folded": fold(outlet),
                        "url": url.strip(),
                        "published": published,
                        "language": language.strip(),
                        "text": text,
                        "text_hash": digest,
                        "source_name": source_name,
                        "source_format": source_format,
                        "imported_at": utc_now(),
                        "note": note,
                    },
                )
                if snapshot is not None:
                    store_snapshot(rec, int(article_id), 1, snapshot)
        except DuplicateError:
            # another process stored the same text between our check and our insert
            found = self.find_article_by_hash(digest)
            if found is None:
                raise
            return AddArticleResult(found, created=False)
        return AddArticleResult(int(article_id), created=True)

    def add_articles(
        self,
        articles: Sequence[NewArticle],
        *,
        group: EditGroup | None = None,
        snapshots: Sequence[WebSnapshot | None] | None = None,
    ) -> list[AddArticleResult]:
        """Store several articles in one transaction, one result each in order: all are stored
        or, if the write fails, none. A text already in the catalogue, or given twice, is stored
        once (``created`` False for the others, with that article's id). Each article is checked
        first (:func:`article_row`): an invalid one raises before anything is written.

        One undo step, or with ``group`` part of the group's step (a batch import stored a few
        dozen articles at a time, undone as one).

        ``snapshots``, one per article (or None), are the web pages the texts were read from:
        each article created gets its page stored in the same edit (one already there, or a
        text given twice after its first, gets nothing new)."""
        return self.add_article_rows(
            [article_row(article) for article in articles], group=group, snapshots=snapshots
        )

    def add_article_rows(
        self,
        rows: Sequence[dict[str, Any]],
        *,
        group: EditGroup | None = None,
        snapshots: Sequence[WebSnapshot | None] | None = None,
    ) -> list[AddArticleResult]:
        """:meth:`add_articles` for articles already made into rows by :func:`article_row`
        (a batch import checks each article that way before it looks for its copies, and does
        not make its row twice)."""
        if snapshots is not None and len(snapshots) != len(rows):
            raise ValueError("add_articles: one snapshot (or None) per article")
        if not rows:
            return []
        description = (
            f"Add article “{shorten(rows[0]['title'])}”"
            if len(rows) == 1
            else f"Add {len(rows):,} articles"
        )
        a = article_table.c
        for attempt in (1, 2):
            results: list[AddArticleResult] = []
            try:
                with self._edit(description, group) as rec:
                    digests = list({row["text_hash"] for row in rows})
                    known: dict[str, int] = {}
                    for start in range(0, len(digests), 500):
                        query = select(a.text_hash, a.id).where(
                            a.text_hash.in_(digests[start : start + 500])
                        )
                        known.update((str(h), int(i)) for h, i in rec.connection.execute(query))
                    # the texts not stored yet (each once), inserted with one statement
                    new_rows: dict[str, dict[str, Any]] = {}
                    for row in rows:
                        if row["text_hash"] not in known:
                            new_rows.setdefault(row["text_hash"], row)
                    keys = rec.insert_many(article_table, list(new_rows.values()))
                    for digest, (article_id,) in zip(new_rows, keys, strict=True):
                        known[digest] = int(article_id)
                    for position, row in enumerate(rows):
                        # the first of a text given twice is the one created
                        created = new_rows.pop(row["text_hash"], None) is not None
                        results.append(AddArticleResult(known[row["text_hash"]], created=created))
                        page = snapshots[position] if snapshots is not None else None
                        if created and page is not None:
                            store_snapshot(rec, known[row["text_hash"]], 1, page)
            except DuplicateError:
                # another process stored one of these texts between our look and our insert
                # (PostgreSQL; SQLite holds the write lock from the start): nothing was stored,
                # and a second try finds that text stored
                if attempt == 2:
                    raise
                continue
            return results
        raise AssertionError("unreachable")

    def find_article_by_hash(self, digest: str) -> int | None:
        with self._read() as connection:
            found = connection.execute(
                select(article_table.c.id).where(article_table.c.text_hash == digest)
            ).scalar()
        return int(found) if found is not None else None

    def update_article(
        self,
        article_id: int,
        *,
        title: str = UNCHANGED,
        outlet: str = UNCHANGED,
        url: str = UNCHANGED,
        published: str | None = UNCHANGED,
        language: str = UNCHANGED,
        note: str = UNCHANGED,
        expected_version: int | None = None,
    ) -> ArticleInfo:
        """Change an article's details (its text is fixed: claims are anchored in it), as one
        edit that undo reverses. A blank title becomes the text's first line, as when adding.

        ``expected_version`` is the version the user saw (ArticleInfo.version): if someone else
        has changed the details since, nothing is saved and ConflictError says so."""
        values: dict[str, Any] = {}
        if outlet is not UNCHANGED:
            values["outlet"] = outlet.strip()
            values["outlet_folded"] = fold(outlet)
        if url is not UNCHANGED:
            values["url"] = url.strip()
        if published is not UNCHANGED:
            values["published"] = check_published(published)
        if language is not UNCHANGED:
            values["language"] = language.strip()
        if note is not UNCHANGED:
            values["note"] = note
        shown = self.get_article(article_id)
        with self._edit(f"Edit details of “{shorten(shown.title)}”") as rec:
            current = rec.lock(article_table, (article_id,), expected_version)
            if title is not UNCHANGED:
                new_title = " ".join(title.split()) or guess_title(str(current["text"]))
                values["title"] = new_title
                values["title_folded"] = fold(new_title)
            rec.update(article_table, (article_id,), values)
            # As this edit left it: a read after the commit could show a colleague's next edit.
            (edited,) = self._articles(rec.connection, article_ids=[article_id])
        return edited

    def delete_article(self, article_id: int, *, expected_version: int | None = None) -> int:
        """Delete an article with its claims (their tags and links too), as one edit that undo
        reverses; returns how many claims went with it.

        ``expected_version`` is the version the user saw (ArticleInfo.version): if someone else
        has changed the details since, nothing is deleted and ConflictError says so."""
        article = self.get_article(article_id)
        with self._edit(f"Delete article “{shorten(article.title)}”") as rec:
            # The article row is locked before its claims are listed, and the claims before
            # their tags and links: a colleague's claim (tag, link) added at the same moment
            # either committed first and is listed here, deleted and recorded with the rest (so
            # undo brings it back too), or waits for this edit and then finds the article gone.
            # Without the lock, the database would cascade such a row away unrecorded.
            rec.lock(article_table, (article_id,), expected_version)
            claim_ids = [
                int(i)
                for i in rec.connection.execute(
                    select(claim_table.c.id)
                    .where(claim_table.c.article_id == article_id)
                    .order_by(claim_table.c.id)
                    .with_for_update()
                ).scalars()
            ]
            for claim_id in claim_ids:
                self._delete_claim_rows(rec, claim_id)
            # its earlier texts too, each recorded (the database would cascade them away
            # unrecorded, and undo would bring the article back without them)
            v = article_version_table.c
            for number in list(
                rec.connection.execute(
                    select(v.number).where(v.article_id == article_id).order_by(v.number)
                ).scalars()
            ):
                rec.delete(article_version_table, (article_id, number))
            delete_snapshots(rec, article_id)
            rec.delete(article_table, (article_id,))
        return len(claim_ids)

    def find_article_by_text(self, text: str) -> ArticleInfo | None:
        """The stored article with this text (line ends and byte-order mark aside), if any;
        refuses text that could not be stored (empty, NUL bytes, too long)."""
        found = self.find_article_by_hash(text_hash(normalise_article_text(text)))
        if found is None:
            return None
        articles = self.list_articles(article_ids=[found])
        return articles[0] if articles else None

    def get_article(self, article_id: int) -> ArticleInfo:
        found = self.list_articles(article_ids=[article_id])
        if not found:
            raise NotFoundError("article", article_id)
        return found[0]

    def get_article_text(self, article_id: int) -> str:
        with self._read() as connection:
            row = connection.execute(article_text_query(article_id)).first()
        if row is None:
            raise NotFoundError("article", article_id)
        return str(row[0])

    def _text_and_version(self, article_id: int) -> tuple[str, int]:
        """The article's current text and its version number."""
        with self._read() as connection:
            row = connection.execute(article_text_query(article_id)).first()
        if row is None:
            raise NotFoundError("article", article_id)
        return str(row[0]), int(row[1])

    def _lock_text_version(self, rec: Recorder, article_id: int, seen: int) -> None:
        """Lock the article's row for the edit; ConflictError if its text is no longer the
        version ``seen`` (spans made on the text read before would not fit the new one)."""
        a = article_table.c
        now = rec.connection.execute(
            select(a.text_version).where(a.id == article_id).with_for_update()
        ).scalar()
        if now is None:
            raise NotFoundError("article", article_id)
        if int(now) != seen:
            raise ConflictError("article", article_id, seen, int(now))

    def list_articles(
        self, text: str = "", *, article_ids: Sequence[int] | None = None
    ) -> list[ArticleInfo]:
        """Articles newest first, with claim counts; ``text`` filters title and outlet."""
        with self._read() as connection:
            return self._articles(connection, text, article_ids=article_ids)

    def _articles(
        self, connection: Connection, text: str = "", *, article_ids: Sequence[int] | None = None
    ) -> list[ArticleInfo]:
        query = articles_query()
        a = article_table.c
        if text.strip():
            pattern = like_pattern(text)
            query = query.where(
                or_(a.title_folded.like(pattern, escape="\\"), a.outlet_folded.like(pattern, "\\"))
            )
        if article_ids is not None:
            query = query.where(a.id.in_(list(article_ids)))
        return [ArticleInfo(**row) for row in connection.execute(query).mappings()]

    def article_hashes(self) -> dict[int, str]:
        """The text hash of every article, by id (from the hash's index: no text is read)."""
        a = article_table.c
        with self._read() as connection:
            return {int(i): str(h) for i, h in connection.execute(select(a.id, a.text_hash))}

    def article_openings(
        self, article_ids: Sequence[int], chars: int
    ) -> list[tuple[int, str, int, str]]:
        """(id, text hash, text length, first ``chars`` characters) of these articles."""
        a = article_table.c
        found: list[tuple[int, str, int, str]] = []
        with self._read() as connection:
            for start in range(0, len(article_ids), 500):
                query = select(
                    a.id, a.text_hash, func.length(a.text), func.substr(a.text, 1, chars)
                ).where(a.id.in_(list(article_ids[start : start + 500])))
                found += [
                    (int(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in connection.execute(query)
                ]
        return found

    def list_outlets(self) -> list[str]:
        with self._read() as connection:
            rows = connection.execute(
                select(article_table.c.outlet)
                .where(article_table.c.outlet != "")
                .distinct()
                .order_by(article_table.c.outlet)
            ).scalars()
            return [str(r) for r in rows]


_ARTICLE_FIELDS = (
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "language",
    "text_hash",
    "source_name",
    "source_format",
    "imported_at",
    "note",
    "version",
    "text_version",
)


def article_text_query(article_id: int) -> Select[Any]:
    """The text of article ``article_id`` and its version number (no row: there is none).
    claimdesk-cli's quick attribution runs this query's SQLite text
    (core/storage/quick_attribute.py, checked against it by
    tests/core/storage/test_quick_attribute.py)."""
    a = article_table.c
    return select(a.text, a.text_version).where(a.id == article_id)


def articles_query(*, text_length: bool = True) -> Select[Any]:
    """Every article, newest first, as :class:`ArticleInfo` fields (with its text's length and
    claim count); list_articles narrows it. Without ``text_length`` the length is 0: measuring
    it reads every article's whole text, a third of the listing's time at 100,000 claims, and
    claimdesk-cli's listing does not show it. That listing runs this query's SQLite text
    (core/storage/quick_read.py, checked against it by tests/core/storage/test_quick_read.py)."""
    counts = (
        select(claim_table.c.article_id, func.count().label("n"))
        .group_by(claim_table.c.article_id)
        .subquery()
    )
    a = article_table.c
    return (
        select(
            *(a[name] for name in _ARTICLE_FIELDS),
            (func.length(a.text) if text_length else literal(0)).label("length"),
            func.coalesce(counts.c.n, 0).label("claim_count"),
        )
        .outerjoin(counts, counts.c.article_id == a.id)
        .order_by(a.imported_at.desc(), a.id.desc())
    )


def article_row(article: NewArticle) -> dict[str, Any]:
    """The article's row as :meth:`ArticlesService.add_articles` stores it: text normalised,
    date checked, a blank title guessed from the text. Raises InvalidValueError (an empty text,
    NUL bytes, too long, not a date)."""
    text = normalise_article_text(article.text)
    title = " ".join(article.title.split()) or guess_title(text)
    return {
        "title": title,
        "title_folded": fold(title),
        "outlet": article.outlet.strip(),
        "outlet_folded": fold(article.outlet),
        "url": article.url.strip(),
        "published": check_published(article.published),
        "language": article.language.strip(),
        "text": text,
        "text_hash": article.text_hash or text_hash(text),
        "source_name": article.source_name,
        "source_format": article.source_format,
        "imported_at": utc_now(),
        "note": article.note,
    }


def guess_title(text: str) -> str:
    """The first non-empty line, shortened to a readable title."""
    for raw in text.splitlines():
        line = headline(raw)
        if line:
            return line if len(line) <= 200 else line[:199].rstrip() + "…"
    return ""
