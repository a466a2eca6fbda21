"""The service layer: every change and query the GUI and CLI make, one method each.

A :class:`Catalogue` wraps one database. Each public method runs one unit of work in one
transaction and returns plain values from :mod:`claimdesk.core.records`. Every edit is recorded
(:mod:`claimdesk.core.history`) so it can be undone and redone, and every committed change is
announced to subscribers as a :class:`~claimdesk.core.records.CatalogueChange`.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, func, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError

from claimdesk.core import db as dbmod
from claimdesk.core.errors import (
    CatalogueOpenError,
    ClaimDeskError,
    DuplicateError,
    InvalidValueError,
    NotFoundError,
)
from claimdesk.core.history import Edit, EditHistory, Recorder, apply_changes
from claimdesk.core.index import CatalogueIndex, SimilarClaim, SpeakerMatch
from claimdesk.core.matching import fold, like_pattern
from claimdesk.core.models import (
    ClaimKind,
    LinkRelation,
    alias_table,
    article_table,
    claim_link_table,
    claim_table,
    claim_tag_table,
    speaker_table,
    utc_now,
)
from claimdesk.core.records import (
    CLAIM_SORT_KEYS,
    AddArticleResult,
    ArticleInfo,
    CatalogueChange,
    ClaimFilter,
    ClaimInfo,
    LinkInfo,
    SpeakerInfo,
)
from claimdesk.core.spans import find_quote, make_span

Listener = Callable[[CatalogueChange], None]
_UNCHANGED: Any = object()
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_ARTICLE_CHARS = 5_000_000


def normalise_article_text(text: str) -> str:
    """Article text as stored: line ends as \\n, no byte-order mark; refuses text with NUL bytes."""
    if "\x00" in text:
        raise InvalidValueError(
            "The text contains NUL characters, so it is probably a binary file, not an article."
        )
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidValueError("The article is empty: there is no text to catalogue.")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InvalidValueError(
            f"The article is {len(text):,} characters long; the limit is "
            f"{MAX_ARTICLE_CHARS:,}. Split it into smaller articles."
        )
    return text


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_published(value: str | None) -> str | None:
    """A partial ISO date ("2024", "2024-07", "2024-07-28") or None; anything else is refused."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _PARTIAL_DATE.match(value):
        raise InvalidValueError(
            f"“{value}” is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY."
        )
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        raise InvalidValueError(f"“{value}” is not a real date ({error}).") from error
    return value


def check_kind(kind: str | ClaimKind) -> str:
    try:
        return ClaimKind(kind).value
    except ValueError:
        choices = ", ".join(k.value for k in ClaimKind)
        raise InvalidValueError(f"Unknown kind “{kind}”; choose one of: {choices}.") from None


def clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        folded = fold(tag)
        if folded:
            if len(folded) > 200:
                raise InvalidValueError("A tag may be at most 200 characters long.")
            seen[folded] = None
    return list(seen)


def _clean_name(name: str, what: str = "name") -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError(f"The speaker's {what} is empty.")
    if len(cleaned) > 300:
        raise InvalidValueError(f"The speaker's {what} is longer than 300 characters.")
    return cleaned


class Catalogue:
    """One open catalogue. Create with :meth:`open`; close with :meth:`close` or ``with``."""

    def __init__(self, engine: Engine, undo_limit: int = 500) -> None:
        self.engine = engine
        self.history = EditHistory(undo_limit)
        self._listeners: list[Listener] = []
        self.index = CatalogueIndex(self)

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None) -> Catalogue:
        return cls(dbmod.open_engine(db))

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """The catalogue's file path, or its URL without the password for a server."""
        path = dbmod.sqlite_path(self.engine.url.render_as_string(hide_password=False))
        return str(path) if path is not None else self.url

    def schema_revision(self) -> str | None:
        return dbmod.current_revision(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transactions, change notification, undo -------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every committed change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, edit: Edit) -> None:
        change = edit.summary()
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with _storage_errors(self.location), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _edit(self, description: str) -> Iterator[Recorder]:
        with _storage_errors(self.location):
            connection = self.engine.connect().execution_options(claimdesk_write=True)
            with connection, connection.begin():
                recorder = Recorder(connection, description)
                yield recorder
        if recorder.edit.changes:
            self.history.push(recorder.edit)
            self._notify(recorder.edit)

    def undo(self) -> CatalogueChange:
        """Undo the latest edit still done; raises NothingToUndoError or UndoConflictError."""
        edit = self.history.next_undo()
        self._replay(edit, reverse=True)
        self.history.mark_undone()
        self._notify(edit)
        return edit.summary()

    def redo(self) -> CatalogueChange:
        edit = self.history.next_redo()
        self._replay(edit, reverse=False)
        self.history.mark_redone()
        self._notify(edit)
        return edit.summary()

    def _replay(self, edit: Edit, *, reverse: bool) -> None:
        with _storage_errors(self.location):
            connection = self.engine.connect().execution_options(claimdesk_write=True)
            with connection, connection.begin():
                apply_changes(connection, edit, reverse=reverse)

    # -- articles -------------------------------------------------------------------------

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
    ) -> AddArticleResult:
        """Store an article; the same text again returns the existing article's id."""
        text = normalise_article_text(text)
        digest = text_hash(text)
        published = check_published(published)
        title = " ".join(title.split()) or guess_title(text)
        existing = self.find_article_by_hash(digest)
        if existing is not None:
            return AddArticleResult(existing, created=False)
        try:
            with self._edit(f"Add article “{_short(title)}”") as rec:
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
        except DuplicateError:
            # another process stored the same text between our check and our insert
            found = self.find_article_by_hash(digest)
            if found is None:
                raise
            return AddArticleResult(found, created=False)
        return AddArticleResult(int(article_id), created=True)

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
        title: str = _UNCHANGED,
        outlet: str = _UNCHANGED,
        url: str = _UNCHANGED,
        published: str | None = _UNCHANGED,
        language: str = _UNCHANGED,
        note: str = _UNCHANGED,
    ) -> ArticleInfo:
        """Change an article's metadata (its text is fixed: claims are anchored in it)."""
        values: dict[str, Any] = {}
        if title is not _UNCHANGED:
            values["title"] = " ".join(title.split())
            values["title_folded"] = fold(title)
        if outlet is not _UNCHANGED:
            values["outlet"] = outlet.strip()
            values["outlet_folded"] = fold(outlet)
        if url is not _UNCHANGED:
            values["url"] = url.strip()
        if published is not _UNCHANGED:
            values["published"] = check_published(published)
        if language is not _UNCHANGED:
            values["language"] = language.strip()
        if note is not _UNCHANGED:
            values["note"] = note
        with self._edit("Edit article details") as rec:
            rec.update(article_table, (article_id,), values)
        return self.get_article(article_id)

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its claims (undo brings all of them back)."""
        article = self.get_article(article_id)
        with self._edit(f"Delete article “{_short(article.title)}”") as rec:
            claim_ids = rec.connection.execute(
                select(claim_table.c.id).where(claim_table.c.article_id == article_id)
            ).scalars()
            for claim_id in list(claim_ids):
                self._delete_claim_rows(rec, claim_id)
            rec.delete(article_table, (article_id,))

    def get_article(self, article_id: int) -> ArticleInfo:
        found = self.list_articles(article_ids=[article_id])
        if not found:
            raise NotFoundError("article", article_id)
        return found[0]

    def get_article_text(self, article_id: int) -> str:
        with self._read() as connection:
            text = connection.execute(
                select(article_table.c.text).where(article_table.c.id == article_id)
            ).scalar()
        if text is None:
            raise NotFoundError("article", article_id)
        return str(text)

    def list_articles(
        self, text: str = "", *, article_ids: Sequence[int] | None = None
    ) -> list[ArticleInfo]:
        """Articles newest first, with claim counts; ``text`` filters title and outlet."""
        counts = (
            select(claim_table.c.article_id, func.count().label("n"))
            .group_by(claim_table.c.article_id)
            .subquery()
        )
        a = article_table.c
        query = (
            select(
                *(a[name] for name in _ARTICLE_FIELDS),
                func.length(a.text).label("length"),
                func.coalesce(counts.c.n, 0).label("claim_count"),
            )
            .outerjoin(counts, counts.c.article_id == a.id)
            .order_by(a.imported_at.desc(), a.id.desc())
        )
        if text.strip():
            pattern = like_pattern(text)
            query = query.where(
                or_(a.title_folded.like(pattern, escape="\\"), a.outlet_folded.like(pattern, "\\"))
            )
        if article_ids is not None:
            query = query.where(a.id.in_(list(article_ids)))
        with self._read() as connection:
            return [ArticleInfo(**row) for row in connection.execute(query).mappings()]

    def list_outlets(self) -> list[str]:
        with self._read() as connection:
            rows = connection.execute(
                select(article_table.c.outlet)
                .where(article_table.c.outlet != "")
                .distinct()
                .order_by(article_table.c.outlet)
            ).scalars()
            return [str(r) for r in rows]

    # -- speakers -------------------------------------------------------------------------

    def add_speaker(
        self,
        name: str,
        *,
        role: str = "",
        organisation: str = "",
        note: str = "",
        aliases: Iterable[str] = (),
    ) -> SpeakerInfo:
        name = _clean_name(name)
        with self._edit(f"Add speaker {name}") as rec:
            speaker_id = self._insert_speaker(rec, name, role, organisation, note)
            for alias in aliases:
                self._insert_alias(rec, speaker_id, alias)
        return self.get_speaker(speaker_id)

    def _insert_speaker(
        self, rec: Recorder, name: str, role: str, organisation: str, note: str
    ) -> int:
        now = utc_now()
        (speaker_id,) = rec.insert(
            speaker_table,
            {
                "name": name,
                "name_folded": fold(name),
                "role": role.strip(),
                "organisation": organisation.strip(),
                "note": note,
                "created_at": now,
                "updated_at": now,
            },
        )
        return int(speaker_id)

    def _insert_alias(self, rec: Recorder, speaker_id: int, alias: str) -> None:
        alias = _clean_name(alias, "alias")
        folded = fold(alias)
        exists = rec.connection.execute(
            select(alias_table.c.id).where(
                alias_table.c.speaker_id == speaker_id, alias_table.c.alias_folded == folded
            )
        ).first()
        name = rec.connection.execute(
            select(speaker_table.c.name_folded).where(speaker_table.c.id == speaker_id)
        ).scalar()
        if name is None:
            raise NotFoundError("speaker", speaker_id)
        if exists is not None or name == folded:
            return
        rec.insert(alias_table, {"speaker_id": speaker_id, "alias": alias, "alias_folded": folded})

    def update_speaker(
        self,
        speaker_id: int,
        *,
        name: str = _UNCHANGED,
        role: str = _UNCHANGED,
        organisation: str = _UNCHANGED,
        note: str = _UNCHANGED,
    ) -> SpeakerInfo:
        values: dict[str, Any] = {}
        if name is not _UNCHANGED:
            values["name"] = _clean_name(name)
            values["name_folded"] = fold(values["name"])
        if role is not _UNCHANGED:
            values["role"] = role.strip()
        if organisation is not _UNCHANGED:
            values["organisation"] = organisation.strip()
        if note is not _UNCHANGED:
            values["note"] = note
        current = self.get_speaker(speaker_id)
        if values:
            values["updated_at"] = utc_now()
        with self._edit(f"Edit speaker {current.name}") as rec:
            rec.update(speaker_table, (speaker_id,), values)
        return self.get_speaker(speaker_id)

    def add_alias(self, speaker_id: int, alias: str) -> SpeakerInfo:
        speaker = self.get_speaker(speaker_id)
        with self._edit(f"Add alias “{_short(alias)}” to {speaker.name}") as rec:
            self._insert_alias(rec, speaker_id, alias)
        return self.get_speaker(speaker_id)

    def remove_alias(self, speaker_id: int, alias: str) -> SpeakerInfo:
        speaker = self.get_speaker(speaker_id)
        with self._edit(f"Remove alias “{_short(alias)}” of {speaker.name}") as rec:
            alias_id = rec.connection.execute(
                select(alias_table.c.id).where(
                    alias_table.c.speaker_id == speaker_id,
                    alias_table.c.alias_folded == fold(alias),
                )
            ).scalar()
            if alias_id is None:
                raise InvalidValueError(f"{speaker.name} has no alias “{alias}”.")
            rec.delete(alias_table, (alias_id,))
        return self.get_speaker(speaker_id)

    def merge_speakers(self, keep_id: int, merge_id: int) -> SpeakerInfo:
        """Fold speaker ``merge_id`` into ``keep_id``: claims and aliases move, and the merged
        speaker's name becomes an alias."""
        if keep_id == merge_id:
            raise InvalidValueError("A speaker cannot be merged with itself.")
        keep = self.get_speaker(keep_id)
        merged = self.get_speaker(merge_id)
        with self._edit(f"Merge {merged.name} into {keep.name}") as rec:
            claim_ids = list(
                rec.connection.execute(
                    select(claim_table.c.id).where(claim_table.c.speaker_id == merge_id)
                ).scalars()
            )
            now = utc_now()
            for claim_id in claim_ids:
                rec.update(claim_table, (claim_id,), {"speaker_id": keep_id, "updated_at": now})
            alias_ids = list(
                rec.connection.execute(
                    select(alias_table.c.id).where(alias_table.c.speaker_id == merge_id)
                ).scalars()
            )
            for alias_id in alias_ids:
                rec.delete(alias_table, (alias_id,))
            rec.delete(speaker_table, (merge_id,))
            for alias in (merged.name, *merged.aliases):
                self._insert_alias(rec, keep_id, alias)
        return self.get_speaker(keep_id)

    def delete_speaker(self, speaker_id: int) -> None:
        """Delete a speaker; their claims stay, unattributed."""
        speaker = self.get_speaker(speaker_id)
        with self._edit(f"Delete speaker {speaker.name}") as rec:
            now = utc_now()
            for claim_id in list(
                rec.connection.execute(
                    select(claim_table.c.id).where(claim_table.c.speaker_id == speaker_id)
                ).scalars()
            ):
                rec.update(claim_table, (claim_id,), {"speaker_id": None, "updated_at": now})
            for alias_id in list(
                rec.connection.execute(
                    select(alias_table.c.id).where(alias_table.c.speaker_id == speaker_id)
                ).scalars()
            ):
                rec.delete(alias_table, (alias_id,))
            rec.delete(speaker_table, (speaker_id,))

    def get_speaker(self, speaker_id: int) -> SpeakerInfo:
        found = self.list_speakers(speaker_ids=[speaker_id])
        if not found:
            raise NotFoundError("speaker", speaker_id)
        return found[0]

    def find_speaker(self, name: str) -> SpeakerInfo | None:
        """The speaker whose name or an alias is ``name``, ignoring case, ё/е and spacing.

        Exact lookup only; the fuzzy speaker matcher (matching.py) serves suggestions.
        """
        folded = fold(name)
        if not folded:
            return None
        with self._read() as connection:
            by_name = connection.execute(
                select(speaker_table.c.id)
                .where(speaker_table.c.name_folded == folded)
                .order_by(speaker_table.c.id)
            ).scalar()
            if by_name is None:
                by_name = connection.execute(
                    select(alias_table.c.speaker_id)
                    .where(alias_table.c.alias_folded == folded)
                    .order_by(alias_table.c.speaker_id)
                ).scalar()
        return self.get_speaker(int(by_name)) if by_name is not None else None

    def list_speakers(
        self, text: str = "", *, speaker_ids: Sequence[int] | None = None
    ) -> list[SpeakerInfo]:
        """Speakers by name with aliases and claim counts; ``text`` filters names and aliases."""
        s = speaker_table.c
        counts = (
            select(claim_table.c.speaker_id, func.count().label("n"))
            .group_by(claim_table.c.speaker_id)
            .subquery()
        )
        query = (
            select(s.id, s.name, s.role, s.organisation, s.note, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.speaker_id == s.id)
            .order_by(s.name_folded, s.id)
        )
        if text.strip():
            pattern = like_pattern(text)
            alias_hit = select(alias_table.c.speaker_id).where(
                alias_table.c.alias_folded.like(pattern, escape="\\")
            )
            query = query.where(or_(s.name_folded.like(pattern, escape="\\"), s.id.in_(alias_hit)))
        if speaker_ids is not None:
            query = query.where(s.id.in_(list(speaker_ids)))
        with self._read() as connection:
            rows = connection.execute(query).all()
            aliases: dict[int, list[str]] = {}
            alias_query = select(alias_table.c.speaker_id, alias_table.c.alias).order_by(
                alias_table.c.id
            )
            if speaker_ids is not None:
                alias_query = alias_query.where(alias_table.c.speaker_id.in_(list(speaker_ids)))
            for speaker_id, alias in connection.execute(alias_query):
                aliases.setdefault(speaker_id, []).append(alias)
        return [
            SpeakerInfo(
                id=row[0],
                name=row[1],
                role=row[2],
                organisation=row[3],
                note=row[4],
                aliases=tuple(aliases.get(row[0], ())),
                claim_count=int(row[5]),
            )
            for row in rows
        ]

    # -- claims ---------------------------------------------------------------------------

    def attribute_span(
        self,
        article_id: int,
        start: int,
        end: int,
        speaker_id: int | None = None,
        *,
        kind: str | ClaimKind = ClaimKind.CLAIM,
        tags: Iterable[str] = (),
        note: str = "",
        new_speaker: str | None = None,
        new_speaker_role: str = "",
        new_speaker_organisation: str = "",
    ) -> ClaimInfo:
        """Store the span ``start``–``end`` (code points) of an article as a claim.

        ``speaker_id`` names an existing speaker; or ``new_speaker`` creates one in the same edit
        (so one undo removes both); with neither the claim is stored unattributed.
        """
        kind = check_kind(kind)
        tag_list = clean_tags(tags)
        span = make_span(self.get_article_text(article_id), start, end)
        if speaker_id is not None:
            speaker_name = self.get_speaker(speaker_id).name
        elif new_speaker is not None:
            speaker_name = _clean_name(new_speaker)
        else:
            speaker_name = ""
        description = (
            f"Attribute “{_short(span.text)}” to {speaker_name}"
            if speaker_name
            else f"Mark “{_short(span.text)}”"
        )
        with self._edit(description) as rec:
            if speaker_id is None and new_speaker is not None:
                speaker_id = self._insert_speaker(
                    rec, speaker_name, new_speaker_role, new_speaker_organisation, ""
                )
            now = utc_now()
            (claim_id,) = rec.insert(
                claim_table,
                {
                    "article_id": article_id,
                    "speaker_id": speaker_id,
                    "start": span.start,
                    "end": span.end,
                    "quote": span.text,
                    "quote_folded": fold(span.text),
                    "context_before": span.prefix,
                    "context_after": span.suffix,
                    "kind": kind,
                    "note": note,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            for tag in tag_list:
                rec.insert(claim_tag_table, {"claim_id": claim_id, "tag": tag})
        return self.get_claim(int(claim_id))

    def attribute_quote(
        self,
        article_id: int,
        quote: str,
        speaker: str | None,
        *,
        occurrence: int = 1,
        kind: str | ClaimKind = ClaimKind.DIRECT,
        tags: Iterable[str] = (),
        note: str = "",
    ) -> ClaimInfo:
        """Find ``quote`` in the article and attribute it to the speaker named ``speaker`` (by
        name or alias), creating the speaker if the catalogue has none of that name."""
        start, end = find_quote(self.get_article_text(article_id), quote, occurrence)
        if speaker is None or not speaker.strip():
            return self.attribute_span(article_id, start, end, kind=kind, tags=tags, note=note)
        found = self.find_speaker(speaker)
        if found is not None:
            return self.attribute_span(
                article_id, start, end, found.id, kind=kind, tags=tags, note=note
            )
        return self.attribute_span(
            article_id, start, end, kind=kind, tags=tags, note=note, new_speaker=speaker
        )

    def reattribute(self, claim_id: int, speaker_id: int | None) -> ClaimInfo:
        return self.update_claim(claim_id, speaker_id=speaker_id)

    def update_claim(
        self,
        claim_id: int,
        *,
        speaker_id: int | None = _UNCHANGED,
        kind: str | ClaimKind = _UNCHANGED,
        tags: Iterable[str] = _UNCHANGED,
        note: str = _UNCHANGED,
    ) -> ClaimInfo:
        current = self.get_claim(claim_id)
        values: dict[str, Any] = {}
        if speaker_id is not _UNCHANGED:
            if speaker_id is not None:
                self.get_speaker(speaker_id)
            values["speaker_id"] = speaker_id
        if kind is not _UNCHANGED:
            values["kind"] = check_kind(kind)
        if note is not _UNCHANGED:
            values["note"] = note
        new_tags = clean_tags(tags) if tags is not _UNCHANGED else list(current.tags)
        if set(values) == {"speaker_id"}:
            description = f"Re-attribute “{_short(current.quote)}”"
        else:
            description = f"Edit claim “{_short(current.quote)}”"
        with self._edit(description) as rec:
            changed = {k: v for k, v in values.items() if getattr(current, k) != v}
            if changed or set(new_tags) != set(current.tags):
                changed["updated_at"] = utc_now()
                rec.update(claim_table, (claim_id,), changed)
            for tag in set(current.tags) - set(new_tags):
                rec.delete(claim_tag_table, (claim_id, tag))
            for tag in new_tags:
                if tag not in current.tags:
                    rec.insert(claim_tag_table, {"claim_id": claim_id, "tag": tag})
        return self.get_claim(claim_id)

    def delete_claim(self, claim_id: int) -> None:
        self.delete_claims([claim_id])

    def delete_claims(self, claim_ids: Sequence[int]) -> None:
        """Delete claims with their tags and links, as one edit."""
        if not claim_ids:
            return
        first = self.get_claim(claim_ids[0])
        description = (
            f"Delete claim “{_short(first.quote)}”"
            if len(claim_ids) == 1
            else f"Delete {len(claim_ids)} claims"
        )
        with self._edit(description) as rec:
            for claim_id in claim_ids:
                self._delete_claim_rows(rec, claim_id)

    def _delete_claim_rows(self, rec: Recorder, claim_id: int) -> None:
        c = rec.connection
        for tag in list(
            c.execute(
                select(claim_tag_table.c.tag).where(claim_tag_table.c.claim_id == claim_id)
            ).scalars()
        ):
            rec.delete(claim_tag_table, (claim_id, tag))
        link = claim_link_table.c
        for link_id in list(
            c.execute(
                select(link.id).where(
                    or_(link.from_claim_id == claim_id, link.to_claim_id == claim_id)
                )
            ).scalars()
        ):
            rec.delete(claim_link_table, (link_id,))
        rec.delete(claim_table, (claim_id,))

    def link_claims(
        self,
        from_claim_id: int,
        to_claim_id: int,
        relation: str | LinkRelation = LinkRelation.SAME,
        note: str = "",
    ) -> LinkInfo:
        try:
            relation = LinkRelation(relation).value
        except ValueError:
            choices = ", ".join(r.value for r in LinkRelation)
            raise InvalidValueError(
                f"Unknown link “{relation}”; choose one of: {choices}."
            ) from None
        if from_claim_id == to_claim_id:
            raise InvalidValueError("A claim cannot be linked to itself.")
        first = self.get_claim(from_claim_id)
        self.get_claim(to_claim_id)
        link = claim_link_table.c
        with self._edit(f"Link “{_short(first.quote)}” ({relation})") as rec:
            exists = rec.connection.execute(
                select(link.id).where(
                    or_(
                        and_(link.from_claim_id == from_claim_id, link.to_claim_id == to_claim_id),
                        and_(link.from_claim_id == to_claim_id, link.to_claim_id == from_claim_id),
                    ),
                    link.relation == relation,
                )
            ).first()
            if exists is not None:
                raise DuplicateError("These two claims are already linked that way.")
            (link_id,) = rec.insert(
                claim_link_table,
                {
                    "from_claim_id": from_claim_id,
                    "to_claim_id": to_claim_id,
                    "relation": relation,
                    "note": note,
                    "created_at": utc_now(),
                },
            )
        return self.links_for_claim(from_claim_id, link_ids=[int(link_id)])[0]

    def unlink_claims(self, link_id: int) -> None:
        with self._edit("Remove link") as rec:
            rec.delete(claim_link_table, (link_id,))

    def links_for_claim(
        self, claim_id: int, *, link_ids: Sequence[int] | None = None
    ) -> list[LinkInfo]:
        link = claim_link_table.c
        query = (
            select(claim_link_table)
            .where(or_(link.from_claim_id == claim_id, link.to_claim_id == claim_id))
            .order_by(link.id)
        )
        if link_ids is not None:
            query = query.where(link.id.in_(list(link_ids)))
        with self._read() as connection:
            return [LinkInfo(**row) for row in connection.execute(query).mappings()]

    def get_claim(self, claim_id: int) -> ClaimInfo:
        with self._read() as connection:
            rows = self._claims(connection, _claims_query().where(claim_table.c.id == claim_id))
        if not rows:
            raise NotFoundError("claim", claim_id)
        return rows[0]

    def claims_for_article(self, article_id: int) -> list[ClaimInfo]:
        return self.list_claims(ClaimFilter(article_id=article_id), order_by="start")

    def list_claims(
        self,
        claim_filter: ClaimFilter | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        order_by: str = "id",
        descending: bool = False,
    ) -> list[ClaimInfo]:
        query = _filtered(_claims_query(), claim_filter or ClaimFilter())
        query = _ordered(query, order_by, descending).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as connection:
            return self._claims(connection, query)

    def count_claims(self, claim_filter: ClaimFilter | None = None) -> int:
        query = _filtered(
            select(func.count())
            .select_from(claim_table)
            .outerjoin(speaker_table, speaker_table.c.id == claim_table.c.speaker_id)
            .join(article_table, article_table.c.id == claim_table.c.article_id),
            claim_filter or ClaimFilter(),
        )
        with self._read() as connection:
            return int(connection.execute(query).scalar_one())

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = 2000
    ) -> Iterator[ClaimInfo]:
        """All matching claims in id order, fetched ``batch_size`` at a time (keyset paging),
        so exporting a huge catalogue never holds it all in memory."""
        last_id = 0
        query = _filtered(_claims_query(), claim_filter or ClaimFilter())
        while True:
            page = query.where(claim_table.c.id > last_id).order_by(claim_table.c.id)
            with self._read() as connection:
                rows = self._claims(connection, page.limit(batch_size))
            if not rows:
                return
            yield from rows
            last_id = rows[-1].id

    def get_claims(self, claim_ids: Sequence[int]) -> list[ClaimInfo]:
        """The claims with these ids that exist, in id order."""
        if not claim_ids:
            return []
        with self._read() as connection:
            return self._claims(
                connection,
                _claims_query()
                .where(claim_table.c.id.in_(list(claim_ids)))
                .order_by(claim_table.c.id),
            )

    def claim_texts(self, claim_ids: Sequence[int] | None = None) -> Iterator[tuple[int, str]]:
        """(id, quote) of every claim, or of those in ``claim_ids``, streamed in id order."""
        c = claim_table.c
        last_id = 0
        while True:
            query = select(c.id, c.quote).where(c.id > last_id).order_by(c.id).limit(5000)
            if claim_ids is not None:
                query = query.where(c.id.in_(list(claim_ids)))
            with self._read() as connection:
                rows = [(int(i), str(q)) for i, q in connection.execute(query)]
            if not rows:
                return
            yield from rows
            last_id = rows[-1][0]

    # -- matching -------------------------------------------------------------------------

    def similar_claims(
        self, text: str, limit: int = 10, exclude_article_id: int | None = None
    ) -> list[SimilarClaim]:
        """Stored claims most like ``text`` ("almost certain" ones first), best first."""
        return self.index.similar_claims(text, limit, exclude_article_id)

    def match_speakers(self, name: str, limit: int = 10) -> list[SpeakerMatch]:
        """Speakers whose name or an alias is like ``name``, best first (as-you-type)."""
        return self.index.match_speakers(name, limit)

    def suggest_speaker(self, article_id: int, position: int) -> SpeakerInfo | None:
        """The known speaker mentioned last before code point ``position`` of an article."""
        text = self.get_article_text(article_id)
        speaker_id = self.index.suggest_speaker(text, position)
        return self.get_speaker(speaker_id) if speaker_id is not None else None

    def list_tags(self) -> list[str]:
        with self._read() as connection:
            rows = connection.execute(
                select(claim_tag_table.c.tag).distinct().order_by(claim_tag_table.c.tag)
            ).scalars()
            return [str(r) for r in rows]

    def _claims(self, connection: Connection, query: Select[Any]) -> list[ClaimInfo]:
        rows = [dict(r) for r in connection.execute(query).mappings()]
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        tags: dict[int, list[str]] = {}
        for claim_id, tag in connection.execute(
            select(claim_tag_table.c.claim_id, claim_tag_table.c.tag)
            .where(claim_tag_table.c.claim_id.in_(ids))
            .order_by(claim_tag_table.c.tag)
        ):
            tags.setdefault(claim_id, []).append(tag)
        links: dict[int, set[int]] = {}
        link = claim_link_table.c
        for a, b in connection.execute(
            select(link.from_claim_id, link.to_claim_id).where(
                or_(link.from_claim_id.in_(ids), link.to_claim_id.in_(ids))
            )
        ):
            links.setdefault(a, set()).add(b)
            links.setdefault(b, set()).add(a)
        return [
            ClaimInfo(
                **row,
                tags=tuple(tags.get(row["id"], ())),
                linked_claim_ids=tuple(sorted(links.get(row["id"], ()))),
            )
            for row in rows
        ]


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
)


def _claims_query() -> Select[Any]:
    c, s, a = claim_table.c, speaker_table.c, article_table.c
    return (
        select(
            c.id,
            c.article_id,
            c.speaker_id,
            c.start,
            c.end,
            c.quote,
            c.context_before,
            c.context_after,
            c.kind,
            c.note,
            c.created_at,
            c.updated_at,
            func.coalesce(s.name, "").label("speaker_name"),
            func.coalesce(s.role, "").label("speaker_role"),
            func.coalesce(s.organisation, "").label("speaker_organisation"),
            a.title.label("article_title"),
            a.outlet,
            a.published,
            a.url,
            a.language,
        )
        .select_from(claim_table)
        .outerjoin(speaker_table, s.id == c.speaker_id)
        .join(article_table, a.id == c.article_id)
    )


def _filtered(query: Select[Any], f: ClaimFilter) -> Select[Any]:
    c, s, a = claim_table.c, speaker_table.c, article_table.c
    if f.speaker_id is not None:
        query = query.where(c.speaker_id == f.speaker_id)
    if f.unattributed:
        query = query.where(c.speaker_id.is_(None))
    if f.article_id is not None:
        query = query.where(c.article_id == f.article_id)
    if f.outlet.strip():
        query = query.where(a.outlet_folded.like(like_pattern(f.outlet), escape="\\"))
    if f.kind:
        query = query.where(c.kind == check_kind(f.kind))
    if f.tag:
        tagged = select(claim_tag_table.c.claim_id).where(claim_tag_table.c.tag == fold(f.tag))
        query = query.where(c.id.in_(tagged))
    # Partial dates ("2024-07") count as the whole period: compare at the date's own precision.
    if f.since:
        since = check_published(f.since)
        query = query.where(func.substr(since, 1, func.length(a.published)) <= a.published)
    if f.until:
        until = check_published(f.until)
        query = query.where(a.published <= until)
    if f.text.strip():
        pattern = like_pattern(f.text)
        query = query.where(
            or_(
                c.quote_folded.like(pattern, escape="\\"),
                s.name_folded.like(pattern, escape="\\"),
                a.title_folded.like(pattern, escape="\\"),
            )
        )
    return query


def _ordered(query: Select[Any], order_by: str, descending: bool) -> Select[Any]:
    c, s, a = claim_table.c, speaker_table.c, article_table.c
    columns: dict[str, Any] = {
        "id": c.id,
        "speaker": s.name_folded,
        "kind": c.kind,
        "quote": c.quote_folded,
        "article": a.title_folded,
        "outlet": a.outlet_folded,
        "published": a.published,
        "created_at": c.created_at,
        "start": c.start,
    }
    if order_by not in columns:
        raise InvalidValueError(
            f"Cannot sort by “{order_by}”; choose one of: {', '.join(CLAIM_SORT_KEYS)}."
        )
    column = columns[order_by]
    primary = column.desc() if descending else column.asc()
    return query.order_by(primary, c.id.desc() if descending else c.id)


def guess_title(text: str) -> str:
    """The first non-empty line, shortened to a readable title."""
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line:
            return line if len(line) <= 200 else line[:199].rstrip() + "…"
    return ""


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@contextmanager
def _storage_errors(location: str) -> Iterator[None]:
    """Turn database failures a user can meet into readable, typed errors."""
    try:
        yield
    except ClaimDeskError:
        raise
    except IntegrityError as error:
        raise DuplicateError(
            f"The catalogue refused the change because it conflicts with what it holds "
            f"({error.orig})."
        ) from error
    except OperationalError as error:
        text = str(error.orig)
        if "readonly" in text or "read-only" in text:
            message = f"The catalogue {location} is read-only: nothing was changed."
        elif "disk" in text and "full" in text:
            message = f"The disk holding {location} is full: nothing was changed."
        elif "locked" in text or "busy" in text:
            message = (
                f"The catalogue {location} is busy in another program: nothing was changed. "
                "Try again in a moment."
            )
        else:
            message = f"The catalogue {location} could not be used: {text}"
        raise CatalogueOpenError(message) from error
