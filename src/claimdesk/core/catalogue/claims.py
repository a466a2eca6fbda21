"""Claims in the service layer: attributing spans, editing, linking, filtering."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, literal_column, or_, select

from claimdesk.core.catalogue.articles import ArticlesService, article_row, check_published
from claimdesk.core.catalogue.speakers import SpeakersService
from claimdesk.core.domain.clusters import VerdictStatus
from claimdesk.core.domain.errors import (
    DuplicateError,
    InvalidValueError,
    NotFoundError,
)
from claimdesk.core.domain.folding import fold, like_pattern
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, shorten
from claimdesk.core.domain.records import (
    AnchorState,
    ClaimFilter,
    ClaimInfo,
    ClaimKind,
    LinkInfo,
    NewArticle,
    NewClaim,
)
from claimdesk.core.domain.row_values import (
    check_kind,
    claim_row,
    claim_tag_row,
    clean_name,
    clean_tags,
    tag_labels,
)
from claimdesk.core.domain.spans import Span, find_quote, make_span
from claimdesk.core.storage import claim_query
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import (
    LinkRelation,
    article_table,
    claim_link_table,
    claim_table,
    claim_tag_table,
    cluster_member_table,
    cluster_table,
    speaker_table,
    state_table,
    utc_now,
)
from claimdesk.core.storage.store import UNCHANGED, EditGroup
from claimdesk.core.storage.tag_labels import remember_labels, shown_tag

if TYPE_CHECKING:
    from claimdesk.core.export.reader import Batch

ROWS_AT_ONCE = 5000
"""Claims read by id in one query when a list is read in full."""


@dataclass(slots=True)
class KeptSearch:
    """A search's matches, read in full and kept for its next pages and sorts."""

    key: tuple[str, claim_query.SearchIndexes, int, int]
    """The folded text, the indexes searched, and the catalogue's change count and highest
    claim id when they were read: the matches hold while these do."""
    ids: array[int]
    articles: array[int] | None = None
    """The articles the matches are in (None: not read)."""
    orders: dict[str, claim_query.OrderedMatches] = field(default_factory=dict)
    """The matches sorted by each sort key asked for so far."""
    bounds: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    """The least and greatest key of the matches in each order by a key of the article (read
    when one is first asked for)."""
    _members: frozenset[int] | None = None
    _array: str | None = None

    def array(self) -> str:
        """The ids as PostgreSQL's text of an array (made when first asked)."""
        if self._array is None:
            self._array = claim_query.id_array(self.ids)
        return self._array

    def members(self) -> frozenset[int]:
        """The ids as a set, to test a claim against (made when first asked)."""
        if self._members is None:
            self._members = frozenset(self.ids)
        return self._members


class ClaimsService(ArticlesService, SpeakersService):
    """Attributing spans, editing and linking claims, listing and filtering them."""

    _search: claim_query.SearchIndexes | None = None
    _counted: dict[ClaimFilter, int | None] = {}  # noqa: RUF012  (replaced, never changed in place)
    _kept: KeptSearch | None = None
    """The latest search's matches, read in full (:meth:`_kept_search`)."""

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
        claim = NewClaim(
            start,
            end,
            speaker_id,
            new_speaker,
            new_speaker_role,
            new_speaker_organisation,
            check_kind(kind),
            tuple(tags),
            note,
        )
        return self.attribute_spans(article_id, [claim])[0]

    def attribute_spans(
        self,
        article_id: int,
        claims: Sequence[NewClaim],
        *,
        description: str = "",
        group: EditGroup | None = None,
    ) -> list[ClaimInfo]:
        """Store several spans of one article as claims in one edit, so one undo removes them
        all, with the speakers made for them; returns the claims in the order given.

        Spans naming the same new speaker (ignoring case, spacing and ё/е) share one new
        speaker. Nothing is stored if any span cannot be (an empty or out-of-range span, an
        unknown speaker or kind). ``description`` names the edit in the undo history (by
        default "Attribute “…” to …" for one span, "Attribute n spans" for more). With
        ``group``, the edit is a part of the group's one undo step (see :class:`EditGroup`).
        """
        return self.attribute_spans_in_articles(
            [(article_id, claim) for claim in claims], description=description, group=group
        )

    def attribute_spans_in_articles(
        self,
        claims: Sequence[tuple[int | str, NewClaim]],
        *,
        description: str = "",
        new_articles: Sequence[NewArticle] = (),
        group: EditGroup | None = None,
    ) -> list[ClaimInfo]:
        """:meth:`attribute_spans` for spans of several articles, ``(article, span)`` each:
        all stored in one edit (one undo), or none if any cannot be.

        An article is a stored article's id, or the text hash of one of ``new_articles``:
        those are stored in the same edit (an import bringing the articles its claims are on).
        """
        if not claims:
            return []
        rows: dict[str, dict[str, Any]] = {}
        for article in new_articles:
            row = article_row(article)
            rows.setdefault(row["text_hash"], row)
        texts: dict[int | str, tuple[str, int]] = {}
        for article_id, _claim in claims:
            if article_id in texts:
                continue
            if isinstance(article_id, str):
                if article_id not in rows:
                    raise ValueError(f"no new article has the text hash {article_id}")
                texts[article_id] = (rows[article_id]["text"], 1)
            else:
                texts[article_id] = self._text_and_version(article_id)
        speaker_ids = sorted({c.speaker_id for _a, c in claims if c.speaker_id is not None})
        known = (
            {s.id: s.name for s in self.list_speakers(speaker_ids=speaker_ids)}
            if speaker_ids
            else {}
        )
        ready: list[tuple[int | str, NewClaim, Span, str, dict[str, str], str | None]] = []
        for article_id, claim in claims:
            span = make_span(texts[article_id][0], claim.start, claim.end)
            new_name = None
            if claim.speaker_id is not None:
                if claim.speaker_id not in known:
                    raise NotFoundError("speaker", claim.speaker_id)
            elif claim.new_speaker is not None:
                new_name = clean_name(claim.new_speaker)
            ready.append(
                (article_id, claim, span, check_kind(claim.kind), tag_labels(claim.tags), new_name)
            )
        if not description:
            _article, first, span, _kind, _tags, new_name = ready[0]
            speaker_name = known.get(first.speaker_id or 0, new_name or "")
            if len(ready) > 1:
                description = f"Attribute {len(ready)} spans"
            elif speaker_name:
                description = f"Attribute “{shorten(span.text)}” to {speaker_name}"
            else:
                description = f"Mark “{shorten(span.text)}”"
        claim_ids: list[int] = []
        with self._edit(description, group) as rec:
            # the spans were made on these texts: refused if a new version replaced one meanwhile
            ids: dict[int | str, int] = {}
            for article_id, (_text, text_version) in texts.items():
                if isinstance(article_id, str):
                    (new_id,) = rec.insert(article_table, rows[article_id])
                    ids[article_id] = int(new_id)
                else:
                    self._lock_text_version(rec, article_id, text_version)
                    ids[article_id] = article_id
            made: dict[str, int] = {}
            for article_key, claim, span, kind, tag_list, new_name in ready:
                article_id = ids[article_key]
                speaker_id = claim.speaker_id
                if speaker_id is None and new_name is not None:
                    if fold(new_name) not in made:
                        made[fold(new_name)] = self._insert_speaker(
                            rec,
                            new_name,
                            claim.new_speaker_role,
                            claim.new_speaker_organisation,
                            "",
                        )
                        for alias in claim.new_speaker_aliases:
                            self._insert_alias(rec, made[fold(new_name)], alias)
                    speaker_id = made[fold(new_name)]
                claim_ids.append(
                    self._insert_claim(
                        rec,
                        article_id,
                        span,
                        speaker_id,
                        kind,
                        tag_list,
                        claim.note,
                        texts[article_key][1],
                        created=(claim.created_at, claim.created_by),
                    )
                )
        by_id: dict[int, ClaimInfo] = {}
        for start in range(0, len(claim_ids), ROWS_AT_ONCE):  # an IN list of bounded length
            chunk = claim_ids[start : start + ROWS_AT_ONCE]
            by_id.update((c.id, c) for c in self.get_claims(chunk))
        return [by_id[claim_id] for claim_id in claim_ids]

    def _insert_claim(
        self,
        rec: Recorder,
        article_id: int,
        span: Span,
        speaker_id: int | None,
        kind: str,
        tags: Mapping[str, str],
        note: str,
        text_version: int,
        *,
        created: tuple[datetime | None, str | None] = (None, None),
    ) -> int:
        """Insert one claim and its ``tags`` (each folded tag's spelling: ``tag_labels``)."""
        # the columns as row_values makes them (claimdesk-cli's quick attribution writes the same)
        created_at, created_by = created
        row = claim_row(
            article_id,
            span,
            speaker_id,
            kind,
            note,
            self.user_name,
            text_version,
            created_at=created_at,
            created_by=created_by,
        )
        (claim_id,) = rec.insert(claim_table, row)
        for tag in tags:
            rec.insert(claim_tag_table, claim_tag_row(int(claim_id), tag))
        remember_labels(rec.connection, tags)
        return int(claim_id)

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

    def claim_there(
        self, article_id: int, quote: str, speaker: str | None, occurrence: int, kind: str
    ) -> ClaimInfo | None:
        """The claim :meth:`attribute_quote` would store, if the article has it already: the
        same span, the same known speaker (or none), the same kind. ``claimdesk-cli attribute``
        run twice stored the same claim twice (three identical claims made a "cluster")."""
        text = self.get_article_text(article_id)
        start, end = find_quote(text, quote, occurrence)
        named = speaker is not None and bool(speaker.strip())
        known = self.find_speaker(speaker) if named and speaker is not None else None
        if named and known is None:
            return None  # a speaker still to be made: no claim of theirs is there
        span = make_span(text, start, end)
        wanted = (span.start, span.end, known.id if known is not None else None, check_kind(kind))
        for claim in self.claims_for_article(article_id):
            if (claim.start, claim.end, claim.speaker_id, claim.kind) == wanted:
                return claim
        return None

    def reattribute(
        self, claim_id: int, speaker_id: int | None, *, expected_version: int | None = None
    ) -> ClaimInfo:
        return self.update_claim(claim_id, speaker_id=speaker_id, expected_version=expected_version)

    def update_claim(
        self,
        claim_id: int,
        *,
        speaker_id: int | None = UNCHANGED,
        kind: str | ClaimKind = UNCHANGED,
        tags: Iterable[str] = UNCHANGED,
        note: str = UNCHANGED,
        new_speaker: str | None = None,
        new_speaker_role: str = "",
        new_speaker_organisation: str = "",
        expected_version: int | None = None,
    ) -> ClaimInfo:
        """Change a claim's speaker, kind, tags or note. ``new_speaker`` attributes it to a new
        speaker created in the same edit, so one undo removes both.

        ``expected_version`` is the version of the claim the user saw (ClaimInfo.version): when
        someone else has changed it since, nothing is saved and ConflictError says so.
        """
        current = self.get_claim(claim_id)
        values: dict[str, Any] = {}
        if new_speaker is not None:
            new_speaker = clean_name(new_speaker)
        elif speaker_id is not UNCHANGED:
            if speaker_id is not None:
                self.get_speaker(speaker_id)
            values["speaker_id"] = speaker_id
        if kind is not UNCHANGED:
            values["kind"] = check_kind(kind)
        if note is not UNCHANGED:
            values["note"] = note
        labels = tag_labels(tags) if tags is not UNCHANGED else {}
        new_tags = list(labels)  # the claim's own tags when they are UNCHANGED (below)
        if set(values) <= {"speaker_id"} and tags is UNCHANGED and new_speaker is not None:
            description = f"Re-attribute “{shorten(current.quote)}” to {new_speaker}"
        elif set(values) == {"speaker_id"} and tags is UNCHANGED:
            description = f"Re-attribute “{shorten(current.quote)}”"
        else:
            description = f"Edit claim “{shorten(current.quote)}”"
        with self._edit(description) as rec:
            rec.lock(claim_table, (claim_id,), expected_version)
            # Compare with the claim as it is now, locked, not as it was read above.
            current = self._claims(
                rec.connection, _claims_query().where(claim_table.c.id == claim_id)
            )[0]
            # the claim's tags as stored (folded): ClaimInfo shows each as last spelt
            old_tags = clean_tags(current.tags)
            if tags is UNCHANGED:
                new_tags = old_tags
            if new_speaker is not None:
                values["speaker_id"] = self._insert_speaker(
                    rec, new_speaker, new_speaker_role, new_speaker_organisation, ""
                )
            changed = {k: v for k, v in values.items() if getattr(current, k) != v}
            # a tag spelt anew ("КАРАБАХ" for "Карабах") changes how the claim reads: an edit
            # (its spelling is kept, remember_labels, and shown everywhere once this is seen)
            shown = dict(zip(old_tags, current.tags, strict=True))
            respelt = {t for t, label in labels.items() if t != label != shown.get(t, t)}
            if changed or set(new_tags) != set(old_tags) or respelt:
                changed["updated_at"] = utc_now()
                changed["updated_by"] = self.user_name
                rec.update(claim_table, (claim_id,), changed)
            for tag in set(old_tags) - set(new_tags):
                rec.delete(claim_tag_table, (claim_id, tag))
            for tag in new_tags:
                if tag not in old_tags:
                    rec.insert(claim_tag_table, {"claim_id": claim_id, "tag": tag})
            for tag in respelt & set(old_tags):
                # written again, the same row: the edit touches the claim's tags, so lists of
                # tags (the Tag filter's) are read again with the new spelling, here and by
                # colleagues
                rec.delete(claim_tag_table, (claim_id, tag))
                rec.insert(claim_tag_table, {"claim_id": claim_id, "tag": tag})
            remember_labels(rec.connection, labels)
            # As this edit left it: a read after the commit could show a colleague's next edit.
            (edited,) = self._claims(
                rec.connection, _claims_query().where(claim_table.c.id == claim_id)
            )
        return edited

    def move_claim(
        self, claim_id: int, start: int, end: int, *, expected_version: int | None = None
    ) -> ClaimInfo:
        """Give a claim another span of its article, ``start``–``end`` in code points: its quote
        and the context stored around it change; its speaker, kind, tags, note, links and who
        made it when stay. One undoable edit; moving a claim to where it is changes nothing.

        ``expected_version`` is the version of the claim the user saw: when someone else has
        changed it since, nothing is saved and ConflictError says so. An empty span raises
        EmptySpanError, offsets outside the article SpanOutOfRangeError.
        """
        return self._place_claim(claim_id, start, end, "Move claim", expected_version)

    def _place_claim(
        self, claim_id: int, start: int, end: int, verb: str, expected_version: int | None
    ) -> ClaimInfo:
        """Give a claim the span ``start``–``end`` of its article's current text, placed there
        by the user: exact on the current version (an orphan so placed is one no more)."""
        current = self.get_claim(claim_id)
        text, text_version = self._text_and_version(current.article_id)
        span = make_span(text, start, end)
        with self._edit(f"{verb} “{shorten(span.text)}”") as rec:
            row = rec.lock(claim_table, (claim_id,), expected_version)
            self._lock_text_version(rec, current.article_id, text_version)
            placed = {
                "start": span.start,
                "end": span.end,
                "text_version": text_version,
                "anchor_state": AnchorState.EXACT.value,
                "anchor_score": 1.0,
            }
            if any(row[name] != value for name, value in placed.items()):
                rec.update(
                    claim_table,
                    (claim_id,),
                    {
                        **placed,
                        "quote": span.text,
                        "quote_folded": fold(span.text),
                        "context_before": span.prefix,
                        "context_after": span.suffix,
                        "updated_at": utc_now(),
                        "updated_by": self.user_name,
                    },
                )
            (moved,) = self._claims(
                rec.connection, _claims_query().where(claim_table.c.id == claim_id)
            )
        return moved

    def delete_claim(self, claim_id: int) -> None:
        self.delete_claims([claim_id])

    def delete_claims(self, claim_ids: Sequence[int]) -> None:
        """Delete claims with their tags and links, as one edit."""
        if not claim_ids:
            return
        first = self.get_claim(claim_ids[0])
        description = (
            f"Delete claim “{shorten(first.quote)}”"
            if len(claim_ids) == 1
            else f"Delete {len(claim_ids)} claims"
        )
        with self._edit(description) as rec:
            for claim_id in claim_ids:
                self._delete_claim_rows(rec, claim_id)

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
                QT_TRANSLATE_NOOP("Errors", "Unknown link “{link}”; choose one of: {choices}."),
                link=relation,
                choices=choices,
            ) from None
        if from_claim_id == to_claim_id:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Errors", "A claim cannot be linked to itself.")
            )
        first = self.get_claim(from_claim_id)
        self.get_claim(to_claim_id)
        link = claim_link_table.c
        with self._edit(f"Link “{shorten(first.quote)}” ({relation})") as rec:
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
                raise DuplicateError(
                    QT_TRANSLATE_NOOP("Errors", "These two claims are already linked that way.")
                )
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

    def links_for_claims(self, claim_ids: Sequence[int]) -> list[LinkInfo]:
        """The links from or to any of these claims, each once, in id order (read a few
        thousand ids at a time)."""
        link = claim_link_table.c
        found: dict[int, LinkInfo] = {}
        with self._read() as connection:
            for start in range(0, len(claim_ids), ROWS_AT_ONCE):
                chunk = list(claim_ids[start : start + ROWS_AT_ONCE])
                query = select(claim_link_table).where(
                    or_(link.from_claim_id.in_(chunk), link.to_claim_id.in_(chunk))
                )
                found.update((r["id"], LinkInfo(**r)) for r in connection.execute(query).mappings())
        return [found[link_id] for link_id in sorted(found)]

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
        after: int | None = None,
        kind_order: Sequence[str] = (),
    ) -> list[ClaimInfo]:
        """Claims matching ``claim_filter`` in the order ``order_by`` (then by id), ``offset``
        skipped and ``limit`` taken. ``after`` starts the page after that claim in this order
        (keyset paging: as quick at the end of a long list as at its top); NotFoundError if
        that claim is gone. ``kind_order``: the kinds in the order of their names as shown
        (:func:`~claimdesk.core.storage.claim_query.order_for`), for ``order_by="kind"``."""
        claim_filter = claim_filter or ClaimFilter()
        order = claim_query.order_for(order_by, kind_order)
        # kept matches are sorted once per order (the kinds' order too); one walked the other
        # way is read the other way
        order_by = order.name or order_by
        descending = descending != order.reverse
        with self._read() as connection:
            search = self._search_indexes(connection)
            # how many match, if this filter was just counted: few are sorted at once
            matched = self._counted.get(claim_filter)  # None: not known exactly
            walk = claim_filter != ClaimFilter() and claim_query.should_walk(
                matched, self._highest_claim_id(connection), offset, limit
            )
            # one or two characters found more often than counted: read rather than looked up
            common = matched is None and claim_query.short_text(claim_filter.text, search)
            kept = claim_query.text_only(claim_filter) and not common
            sqlite = connection.dialect.name == "sqlite"
            known = (
                self._kept_search(connection, claim_filter.text, search, read=False)
                if kept and limit is not None
                else None
            )
            if known is not None and (order_by in known.orders or not order.claim_columns):
                # this search's matches are kept: its order too if it was sorted so before,
                # else on PostgreSQL the page is read among them, on SQLite the order's index
                # is walked and each id tested against them (the quote's index holds only its
                # first characters: that order is walked as ever)
                walk = False
            # the matches are read in full and kept when a page must be read from them, and
            # sorted once in the order asked (OrderedMatches, the pages then cut from it); on
            # PostgreSQL only by quote, the other orders' pages each one query among them
            # (which measured quicker than sorting them, where the order's index is walked)
            read_kept = kept and limit is not None
            among_kept = read_kept and not sqlite and not order.claim_columns
            ids = claim_query.page_ids(
                connection,
                _conditions(claim_filter, search, walk=common),
                order,
                descending=descending,
                offset=offset,
                limit=limit,
                after=after,
                walk_conditions=_conditions(claim_filter, search, walk=True) if walk else None,
                matches=(claim_query.found_ids(claim_filter.text, search) if kept else None),
                kept=(
                    known.members()
                    if sqlite and known is not None and order_by not in known.orders
                    else None
                ),
                ordered_matches=(
                    partial(
                        self._ordered_matches,
                        connection,
                        claim_filter.text,
                        search,
                        order_by,
                        order,
                    )
                    if read_kept and not among_kept
                    else None
                ),
                kept_matches=(
                    partial(self._kept_ids, connection, claim_filter.text, search, order_by)
                    if among_kept
                    else None
                ),
            )
            by_id: dict[int, ClaimInfo] = {}
            # a few thousand at a time: a whole catalogue would pass a million ids at once
            for start in range(0, len(ids), ROWS_AT_ONCE):
                chunk = ids[start : start + ROWS_AT_ONCE]
                query = _claims_query().where(claim_table.c.id.in_(chunk))
                by_id.update((claim.id, claim) for claim in self._claims(connection, query))
        return [by_id[claim_id] for claim_id in ids if claim_id in by_id]

    def pages_before_counting(self, claim_filter: ClaimFilter) -> bool:
        """A page of the claims ``claim_filter`` finds comes as quickly without counting them
        first (free text alone, each word in a trigram index): a list may show its first page
        and count the rest later. Other filters are counted first: the count tells
        :meth:`list_claims` whether walking the claims or reading the matches is quicker."""
        if not claim_query.text_only(claim_filter):
            return False
        search = self._search
        if search is None:
            with self._read() as connection:
                search = self._search_indexes(connection)
        return claim_query.pages_before_counting(claim_filter.text, search)

    def count_claims(
        self, claim_filter: ClaimFilter | None = None, *, at_most: int | None = None
    ) -> int:
        """How many claims match ``claim_filter``. With ``at_most``, counting stops past it:
        ``at_most + 1`` then means "more than ``at_most``" (a search that finds half a million
        claims is counted no further than a list needs to show its first pages)."""
        claim_filter = claim_filter or ClaimFilter()
        with self._read() as connection:
            search = self._search_indexes(connection)
            if claim_query.text_only(claim_filter):
                count = claim_query.count_text_matches(
                    connection, claim_filter.text, search, at_most=at_most
                )
            else:
                count = claim_query.count_matches(
                    connection, _conditions(claim_filter, search), at_most=at_most
                )
        # how many match tells list_claims which way to a page is quicker (a hint only; None:
        # more than were counted)
        exact = at_most is None or count <= at_most
        self._counted = {claim_filter: count if exact else None}
        return count

    def _search_indexes(self, connection: Connection) -> claim_query.SearchIndexes:
        """What this catalogue's database offers for searching (looked up once). On PostgreSQL
        the rest of this read runs without JIT compilation, which took longer than the queries
        of a page (its cost estimates of a walk cut short by LIMIT are far too high), and
        with random reads costed as on a disk cache or SSD, so the planner uses the claim
        table's speaker and article indexes instead of reading the whole table."""
        if self._search is None:
            self._search = claim_query.SearchIndexes.of(connection)
        if self._search.dialect == "postgresql":
            # one round trip (a busy server answers each late)
            connection.exec_driver_sql(
                "SELECT set_config('jit', 'off', true), set_config('random_page_cost', '1.1', true)"
            )
        return self._search

    def _kept_search(
        self,
        connection: Connection,
        text: str,
        search: claim_query.SearchIndexes,
        *,
        read: bool,
    ) -> KeptSearch | None:
        """The claims ``text`` finds as read for an earlier page, sort or direction, if the
        catalogue is unchanged since (its change count, which every edit, undo and redo adds
        to, here or in another window, and its highest claim id); else, with ``read``, read
        now and kept when there are no more than KEPT_MATCHES. A common word's tens of
        thousands of matches are then found once, not for every page and every sort (the
        search index gives them all before the first). None: not kept (too many, or text
        alone finds nothing quicker than the conditions)."""
        state, c = state_table.c, claim_table.c
        changes, highest = connection.execute(
            select(
                select(state.changes).where(state.id == 1).scalar_subquery(),
                select(func.max(c.id)).scalar_subquery(),
            )
        ).one()
        key = (fold(text), search, int(changes or 0), int(highest or 0))
        kept = self._kept
        if kept is not None and kept.key == key:
            return kept
        if not read:
            return None
        # with their articles where that costs nothing (PostgreSQL): sorted by a key of the
        # article, a page then starts at the first article of theirs (_kept_ids)
        query = claim_query.found_ids(text, search, with_article=True)
        paired = query is not None
        query = query if query is not None else claim_query.found_ids(text, search)
        if query is None:
            return None
        # the driver's rows as they are: tens of thousands of them, each made a Row by
        # SQLAlchemy and fetched one by one, took half as long again as the query
        rows = connection.execute(query.limit(claim_query.KEPT_MATCHES + 1)).cursor.fetchall()
        ids = array("q", [row[0] for row in rows])
        if len(ids) > claim_query.KEPT_MATCHES:
            return None
        articles = array("q", {row[1] for row in rows}) if paired else None
        self._kept = KeptSearch(key, ids, articles)
        return self._kept

    def _ordered_matches(
        self,
        connection: Connection,
        text: str,
        search: claim_query.SearchIndexes,
        order_by: str,
        order: claim_query.Order,
    ) -> claim_query.OrderedMatches | None:
        """Every match of ``text`` in ``order`` (kept under the name ``order_by``), found and
        sorted now unless kept from before; None when they are too many to keep."""
        kept = self._kept_search(connection, text, search, read=True)
        if kept is None:
            return None
        ordered = kept.orders.get(order_by)
        if ordered is None:
            ordered = claim_query.OrderedMatches.read(connection, kept.ids, order)
            kept.orders[order_by] = ordered
        return ordered

    def _kept_ids(
        self, connection: Connection, text: str, search: claim_query.SearchIndexes, order_by: str
    ) -> tuple[str, tuple[Any, Any] | None] | None:
        """Every match of ``text`` (:meth:`KeptSearch.array`), kept from before or read and
        kept now, with their least and greatest key ``order_by`` where that is a key of the
        article (read once for every such order, from their articles) and their articles were
        read; None when they are too many to keep."""
        kept = self._kept_search(connection, text, search, read=True)
        if kept is None:
            return None
        if order_by not in claim_query.ARTICLE_ORDERS or kept.articles is None:
            return kept.array(), None
        if not kept.bounds:
            articles = claim_query.id_array(kept.articles)
            kept.bounds = claim_query.first_key_bounds(connection, articles)
        return kept.array(), kept.bounds.get(order_by)

    @staticmethod
    def _highest_claim_id(connection: Connection) -> int:
        highest = connection.execute(select(func.max(claim_table.c.id))).scalar_one()
        return int(highest or 0)

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = 2000
    ) -> Iterator[ClaimInfo]:
        """All matching claims in id order, fetched ``batch_size`` at a time (keyset paging),
        so exporting a huge catalogue never holds it all in memory.

        All pages come from one read transaction: an export made while others edit shows the
        catalogue as it was at one moment.
        """
        last_id = 0
        with self._read() as connection, connection.begin():
            search = self._search_indexes(connection)
            query = _filtered(_claims_query(), claim_filter or ClaimFilter(), search)
            while True:
                page = query.where(claim_table.c.id > last_id).order_by(claim_table.c.id)
                rows = self._claims(connection, page.limit(batch_size), by_id_range=True)
                if not rows:
                    return
                yield from rows
                last_id = rows[-1].id

    def iter_export_rows(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = 1000
    ) -> Iterator[Sequence[Sequence[Any]]]:
        """All matching claims as flat CSV rows (see ``claimdesk.core.export.query``), in id
        order, in lists of up to ``batch_size``: one query with the joins done in the database,
        streamed (a server-side cursor on PostgreSQL), so a huge export never holds it all.

        It all comes from one read transaction: an export made while others edit shows the
        catalogue as it was at one moment. Nothing is read until the first list is asked for.
        """
        with self._read() as connection, connection.begin():
            # imported here: exporting is the one thing that needs it (see export_query's imports)
            from claimdesk.core.export.query import export_query  # noqa: PLC0415

            query = export_query(connection.dialect.name)
            query = _filtered(query, claim_filter or ClaimFilter()).order_by(claim_table.c.id)
            yield from _driver_batches(connection, query, batch_size)

    def iter_export_lines(
        self,
        claim_filter: ClaimFilter | None = None,
        *,
        neutralise_formulas: bool = True,
        batch_size: int = 1000,
        threads: int | None = None,
    ) -> Iterator[Batch]:
        """All matching claims in id order, in batches ``(rows, pieces, fallback)``: their CSV
        lines as the database built them (UTF-8 bytes with the line ends, one or many lines a
        piece; see ``claimdesk.core.export.lines``), neutralised or not, where a None piece is
        a line SQL left to Python, and ``fallback`` holds, in order, those claims' flat rows
        as :meth:`iter_export_rows` gives them, for the caller to write.

        On SQLite the lines are read ``batch_size`` ids at a time on ``threads`` threads (see
        ``claimdesk.core.export.reader``; a free-text filter reads in one query instead). On
        PostgreSQL every piece is None and the rows are streamed as :meth:`iter_export_rows`
        streams them. Either way the export sees the catalogue as it was at one moment.
        """
        # imported here: exporting is the one thing that needs them (see export_query's imports)
        from claimdesk.core.export.lines import as_bytes, export_lines_query  # noqa: PLC0415
        from claimdesk.core.export.query import export_query  # noqa: PLC0415
        from claimdesk.core.export.reader import read_export_lines, reads_in_ranges  # noqa: PLC0415

        claim_filter = claim_filter or ClaimFilter()
        with self._read() as connection, connection.begin():
            dialect = connection.dialect.name
            if dialect == "sqlite" and _utf8_database(connection):
                if not claim_filter.text.strip() and reads_in_ranges(self.engine):
                    yield from read_export_lines(
                        self.engine,
                        _conditions(claim_filter, claim_query.LIKE_ONLY),
                        neutralise_formulas=neutralise_formulas,
                        range_size=batch_size,
                        threads=threads,
                    )
                    return
                # a text search is one query, not one per range of ids (and an in-memory
                # catalogue has only the one connection)
                lines = as_bytes(
                    _filtered(
                        export_lines_query(neutralise_formulas=neutralise_formulas), claim_filter
                    )
                )
                for batch in _driver_batches(connection, lines, batch_size):
                    yield _with_fallback(connection, claim_filter, batch)
                return
            query = _filtered(export_query(dialect), claim_filter).order_by(claim_table.c.id)
            for rows in _driver_batches(connection, query, batch_size):
                yield len(rows), [None] * len(rows), list(rows)

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

    def list_tags(self) -> list[str]:
        """Every tag in use, as shown (each once, as last spelt), in the order of the tags."""
        tag = claim_tag_table.c.tag
        used = select(tag).distinct().subquery()
        with self._read() as connection:
            rows = connection.execute(select(shown_tag(used.c.tag)).order_by(used.c.tag)).scalars()
            return [str(r) for r in rows]

    def _claims(
        self, connection: Connection, query: Select[Any], *, by_id_range: bool = False
    ) -> list[ClaimInfo]:
        """Claims for ``query`` with their tags and links. ``by_id_range`` fetches tags and links
        for the whole id range of the rows (cheaper than a long IN list for id-ordered pages)."""
        rows = [dict(r) for r in connection.execute(query).mappings()]
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        tag_c, link = claim_tag_table.c, claim_link_table.c
        if by_id_range:
            low, high = min(ids), max(ids)
            tag_where = tag_c.claim_id.between(low, high)
            link_where = or_(
                link.from_claim_id.between(low, high), link.to_claim_id.between(low, high)
            )
        else:
            tag_where = tag_c.claim_id.in_(ids)
            link_where = or_(link.from_claim_id.in_(ids), link.to_claim_id.in_(ids))
        tags: dict[int, list[str]] = {}
        for claim_id, tag in connection.execute(
            select(tag_c.claim_id, shown_tag(tag_c.tag)).where(tag_where).order_by(tag_c.tag)
        ):
            tags.setdefault(claim_id, []).append(tag)
        links: dict[int, set[int]] = {}
        for a, b in connection.execute(
            select(link.from_claim_id, link.to_claim_id).where(link_where)
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
            c.version,
            c.created_by,
            c.updated_by,
            c.text_version,
            c.anchor_state,
            c.anchor_score,
            c.made_on_version,
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


def _filtered(
    query: Select[Any], f: ClaimFilter, search: claim_query.SearchIndexes = claim_query.LIKE_ONLY
) -> Select[Any]:
    """``query`` (over the claim table, joined to whatever else) narrowed to the claims ``f``
    lets through; ``search`` says which text indexes it may use."""
    return query.where(*_conditions(f, search))


def _conditions(
    f: ClaimFilter, search: claim_query.SearchIndexes, *, walk: bool = False
) -> list[Any]:
    """What ``f`` asks, as conditions on the claim table alone (speakers, articles and tags in
    subqueries), so counting and paging read only the tables they need. ``walk``: the quote
    test is one that no index answers (see claimdesk.core.storage.claim_query)."""
    c, a = claim_table.c, article_table.c
    conditions: list[Any] = []
    if f.speaker_id is not None:
        conditions.append(c.speaker_id == f.speaker_id)
    if f.unattributed:
        conditions.append(c.speaker_id.is_(None))
    if f.article_id is not None:
        conditions.append(c.article_id == f.article_id)
    if f.kind:
        conditions.append(c.kind == check_kind(f.kind))
    if f.orphaned:
        # written out as the partial index ix_claim_orphaned has it, so SQLite uses that index
        orphaned: ColumnElement[str] = literal_column(f"'{AnchorState.ORPHANED.value}'")
        conditions.append(c.anchor_state == orphaned)
    if f.status == VerdictStatus.UNCHECKED.value:
        # no verdict yet: the claims of no cluster with another status (in an unchecked
        # cluster, or in none: a claim no one has gathered is not checked either)
        m, cl = cluster_member_table.c, cluster_table.c
        clustered = select(m.claim_id).join(cluster_table, cl.id == m.cluster_id)
        conditions.append(c.id.not_in(clustered.where(cl.status != f.status)))
    elif f.status:
        # the claims of the clusters with that status: both tables are small beside the claims
        m, cl = cluster_member_table.c, cluster_table.c
        clustered = select(m.claim_id).join(cluster_table, cl.id == m.cluster_id)
        conditions.append(c.id.in_(clustered.where(cl.status == f.status)))
    if f.tag:
        tagged = select(claim_tag_table.c.claim_id).where(claim_tag_table.c.tag == fold(f.tag))
        conditions.append(c.id.in_(tagged))
    articles: list[Any] = []
    if f.outlet.strip():
        articles.append(a.outlet_folded.like(like_pattern(f.outlet), escape="\\"))
    # Partial dates ("2024-07") count as the whole period: compare at the date's own precision.
    if f.since:
        since = check_published(f.since)
        articles.append(func.substr(since, 1, func.length(a.published)) <= a.published)
    if f.until:
        until = check_published(f.until)
        # "until 2024" takes in 2024-12-31: compare the published date cut to the bound's length
        articles.append(func.substr(a.published, 1, len(until or "")) <= until)
    if articles:
        conditions.append(c.article_id.in_(select(a.id).where(*articles)))
    found = claim_query.text_condition(f.text, search, walk=walk)
    if found is not None:
        conditions.append(found)
    return conditions


def _with_fallback(connection: Connection, claim_filter: ClaimFilter, batch: list[Any]) -> Batch:
    """A batch of ``(claim id, line)`` rows as :meth:`ClaimsService.iter_export_lines` yields
    it: the lines, and the flat rows of the claims whose line is None."""
    missing = [claim_id for claim_id, line in batch if line is None]
    rows: list[Sequence[Any]] = []
    if missing:  # rare: a cell SQL cannot judge
        from claimdesk.core.export.query import export_query  # noqa: PLC0415

        by_id = _filtered(export_query("sqlite"), claim_filter)
        by_id = by_id.where(claim_table.c.id.in_(missing)).order_by(claim_table.c.id)
        for found in _driver_batches(connection, by_id, len(missing)):
            rows.extend(found)
    return len(batch), [line for _claim_id, line in batch], rows


def _utf8_database(connection: Connection) -> bool:
    """Whether SQLite keeps this database's text as UTF-8 (what the export's lines are)."""
    encoding = connection.exec_driver_sql("PRAGMA encoding").scalar()
    return str(encoding).upper() == "UTF-8"


def _driver_batches(
    connection: Connection, query: Select[Any], batch_size: int
) -> Iterator[list[Any]]:
    """``query``'s rows in lists of up to ``batch_size``, run on the driver's own cursor
    (server-side on PostgreSQL): every value is already what the CSV holds (text, bytes or
    integers, formatted in SQL), so SQLAlchemy's rows would only add their cost (a fifth of
    the export's time). Closes the cursor when the caller stops asking."""
    # render_postcompile: an IN list is spelt out in the SQL the driver gets
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = compiled.construct_params()
    arguments: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    driver = connection.connection.dbapi_connection
    assert driver is not None
    server_side = connection.dialect.name == "postgresql"
    cursor = driver.cursor(name="claimdesk_export") if server_side else driver.cursor()
    try:
        cursor.execute(str(compiled), arguments)
        while batch := cursor.fetchmany(batch_size):
            yield list(batch)
    finally:
        cursor.close()
