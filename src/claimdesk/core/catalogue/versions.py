"""Versions of an article's text: storing a corrected text and taking the claims along.

:meth:`ArticleVersionsService.new_article_version` keeps the current text as a version
(``article_version``), puts the new text in the article, and re-anchors every claim of the
article (:func:`claimdesk.core.domain.anchoring.anchor_all`: exact, then by context, then
approximately, scored on the context) in one transaction, so one undo gives back the text and
every claim as they were. A claim not found is never deleted: it keeps its old span and text,
in the version it was last found in, flagged ``orphaned`` until the user places it
(:meth:`place_orphaned_claim`) or a later version has its words again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from claimdesk.core.catalogue.articles import normalise_article_text, text_hash
from claimdesk.core.catalogue.claims import ClaimsService
from claimdesk.core.catalogue.snapshots import store_snapshot
from claimdesk.core.domain.errors import (
    ConflictError,
    DuplicateError,
    EmptySpanError,
    InvalidValueError,
    SpanOutOfRangeError,
    UnchangedTextError,
    VersionNotFoundError,
)
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, shorten
from claimdesk.core.domain.records import (
    AnchorState,
    ArticleInfo,
    ArticleVersion,
    ArticleVersionInfo,
    ClaimAnchoring,
    ClaimInfo,
)
from claimdesk.core.domain.spans import Span, make_span
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import (
    ORPHANED_CLAIM,
    article_table,
    article_version_table,
    claim_table,
    utc_now,
)

if TYPE_CHECKING:
    from claimdesk.core.importers.web import WebSnapshot

# core/domain/anchoring.py (it brings rapidfuzz) is imported by new_article_version, the one
# method using it: listing and editing do not pay for it


@dataclass(frozen=True, slots=True)
class _StoredClaim:
    """A claim as read before the new text is stored: where it stands, in which version, and
    its row version (a claim changed meanwhile refuses the edit)."""

    id: int
    span: Span
    text_version: int
    state: str
    version: int


class ArticleVersionsService(ClaimsService):
    """New versions of an article's text, its earlier versions, and placing orphaned claims."""

    def new_article_version(
        self,
        article_id: int,
        text: str,
        *,
        source: str = "",
        expected_version: int | None = None,
        snapshot: WebSnapshot | None = None,
    ) -> list[ClaimAnchoring]:
        """Store ``text`` as the article's new version and move its claims with the text, as
        one undoable edit; returns where each claim went, in the order of their old spans.

        The current text is kept as a version (:meth:`list_article_versions`); ``source`` says
        where the new one came from (a file name, "edited in the app"). Claims that stand in the
        current text, and orphans left in an earlier one, are looked for in the new text: found,
        they stand in the new version (exact, moved, or approximate with a score) with their
        offsets, quote and context from it; not found, they are orphaned, keeping their old span
        and quote in the version they were in.

        Raises NotFoundError (no such article), InvalidValueError (an empty text, NUL bytes,
        too long), UnchangedTextError (the text it has now), DuplicateError (another article
        has this text), ConflictError (the article or one of its claims changed since it was
        read, or since the user saw version ``expected_version`` of the article).

        ``snapshot`` is the web page the new text was read from: it is stored in the same edit,
        as the page of the new version."""
        from claimdesk.core.domain.anchoring import anchor_all  # noqa: PLC0415  (see the imports)

        text = normalise_article_text(text)
        digest = text_hash(text)
        article = self.get_article(article_id)
        if digest == article.text_hash:
            raise UnchangedTextError(article_id, shorten(article.title))
        other = self.find_article_by_hash(digest)
        if other is not None:
            raise DuplicateError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Article {other} already has this text, so it cannot also be a new version "
                    "of article {article} (“{title}”).",
                ),
                other=other,
                article=article_id,
                title=shorten(article.title),
            )
        old_text, current = self._text_and_version(article_id)
        claims = self._stored_claims(article_id)
        # each claim is looked for from the text its span stands in
        texts = {current: old_text}
        for number in {c.text_version for c in claims} - {current}:
            texts[number] = self.get_article_version(article_id, number).text
        anchorings: dict[int, Any] = {}
        for number, version_text in texts.items():
            group = [c for c in claims if c.text_version == number]
            for claim, found in zip(
                group, anchor_all(version_text, text, [c.span for c in group]), strict=True
            ):
                anchorings[claim.id] = found
        new_number = current + 1
        results: list[ClaimAnchoring] = []
        with self._edit(f"New version {new_number} of “{shorten(article.title)}”") as rec:
            row = rec.lock(article_table, (article_id,), expected_version)
            if row["text_version"] != current or row["text_hash"] != article.text_hash:
                raise ConflictError("article", article_id, current, int(row["text_version"]))
            self._check_claims_unchanged(rec.connection, article_id, claims)
            self._keep_current_text(rec, row)
            rec.insert(
                article_version_table,
                {
                    "article_id": article_id,
                    "number": new_number,
                    "text": None,  # the current text is the article's
                    "text_hash": digest,
                    "created_at": utc_now(),
                    "created_by": self.user_name,
                    "source": source.strip(),
                },
            )
            rec.update(
                article_table,
                (article_id,),
                {"text": text, "text_hash": digest, "text_version": new_number},
            )
            if snapshot is not None:
                store_snapshot(rec, article_id, new_number, snapshot)
            for claim in claims:
                results.append(self._follow(rec, claim, anchorings[claim.id], text, new_number))
        return results

    def _stored_claims(self, article_id: int) -> list[_StoredClaim]:
        c = claim_table.c
        query = (
            select(
                c.id,
                c.start,
                c.end,
                c.quote,
                c.context_before,
                c.context_after,
                c.text_version,
                c.anchor_state,
                c.version,
            )
            .where(c.article_id == article_id)
            .order_by(c.start, c.id)
        )
        with self._read() as connection:
            return [
                _StoredClaim(
                    int(r.id),
                    Span(int(r.start), int(r.end), r.quote, r.context_before, r.context_after),
                    int(r.text_version),
                    str(r.anchor_state),
                    int(r.version),
                )
                for r in connection.execute(query)
            ]

    @staticmethod
    def _check_claims_unchanged(
        connection: Connection, article_id: int, claims: list[_StoredClaim]
    ) -> None:
        """ConflictError when a claim of the article was added, changed or deleted since its
        claims were read: their places were worked out from what was read."""
        c = claim_table.c
        now = {
            int(i): int(v)
            for i, v in connection.execute(
                select(c.id, c.version).where(c.article_id == article_id).with_for_update()
            )
        }
        seen = {claim.id: claim.version for claim in claims}
        for claim_id in sorted(set(now) | set(seen)):
            if now.get(claim_id) != seen.get(claim_id):
                raise ConflictError("claim", claim_id, seen.get(claim_id, 0), now.get(claim_id, 0))

    @staticmethod
    def _keep_current_text(rec: Recorder, article: dict[str, Any]) -> None:
        """Store the article's current text in its version's row (written now if the text was
        never replaced before: version 1, from the article's own details)."""
        key = (article["id"], article["text_version"])
        v = article_version_table.c
        exists = rec.connection.execute(
            select(v.number).where(v.article_id == key[0], v.number == key[1])
        ).first()
        if exists is not None:
            rec.update(article_version_table, key, {"text": article["text"]})
            return
        rec.insert(
            article_version_table,
            {
                "article_id": key[0],
                "number": key[1],
                "text": article["text"],
                "text_hash": article["text_hash"],
                "created_at": article["imported_at"],
                "created_by": "",
                "source": article["source_name"],
            },
        )

    def _follow(
        self, rec: Recorder, claim: _StoredClaim, found: Any, text: str, number: int
    ) -> ClaimAnchoring:
        """Write where ``claim`` went (``found``, an anchoring.Anchoring) into its row."""
        state = AnchorState(found.state)
        span: Span | None = None
        if state is not AnchorState.ORPHANED:
            try:
                span = make_span(text, found.start, found.end)
            except (EmptySpanError, SpanOutOfRangeError):  # a blank match is no place
                span = None
        if span is None:
            rec.update(
                claim_table,
                (claim.id,),
                {"anchor_state": AnchorState.ORPHANED.value, "anchor_score": 0.0},
            )
            return ClaimAnchoring(claim.id, AnchorState.ORPHANED, 0.0, None, None)
        values: dict[str, Any] = {
            "start": span.start,
            "end": span.end,
            "quote": span.text,
            "quote_folded": fold(span.text),
            "context_before": span.prefix,
            "context_after": span.suffix,
            "text_version": number,
            "anchor_state": state.value,
            "anchor_score": float(found.score),
        }
        if state is not AnchorState.EXACT or claim.state != AnchorState.EXACT.value:
            # moved by this edit: who did it, when (an exact claim only changed version)
            values["updated_at"] = utc_now()
            values["updated_by"] = self.user_name
        rec.update(claim_table, (claim.id,), values)
        return ClaimAnchoring(claim.id, state, float(found.score), span.start, span.end)

    def place_orphaned_claim(
        self, claim_id: int, start: int, end: int, *, expected_version: int | None = None
    ) -> ClaimInfo:
        """Place an orphaned claim on the span ``start``–``end`` (code points) of its article's
        current text, which the user selected: it takes that span's quote and context and
        stands in the current version, exact. One undoable edit. A claim not orphaned raises
        InvalidValueError (move it instead)."""
        claim = self.get_claim(claim_id)
        if claim.anchor_state != AnchorState.ORPHANED.value:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Claim {claim} (“{quote}”) is not orphaned: it already stands in the "
                    "article's text. Move it instead.",
                ),
                claim=claim_id,
                quote=shorten(claim.quote),
            )
        return self._place_claim(claim_id, start, end, "Place orphaned claim", expected_version)

    def orphaned_claims(self, article_id: int | None = None) -> list[ClaimInfo]:
        """The claims waiting to be placed (of one article, or all), by article and old place."""
        c = claim_table.c
        query = select(c.id).where(ORPHANED_CLAIM)
        if article_id is not None:
            query = query.where(c.article_id == article_id)
        with self._read() as connection:
            ids = [
                int(i)
                for i in connection.execute(query.order_by(c.article_id, c.start, c.id)).scalars()
            ]
        return self.get_claims(ids)

    def has_orphaned_claims(self) -> bool:
        """Whether any claim of the catalogue waits to be placed (one look at a small index)."""
        with self._read() as connection:
            found = connection.execute(
                select(claim_table.c.id).where(ORPHANED_CLAIM).limit(1)
            ).first()
        return found is not None

    def list_article_versions(self, article_id: int) -> list[ArticleVersionInfo]:
        """Every version of the article's text, oldest first, the current one last."""
        article = self.get_article(article_id)
        v, c = article_version_table.c, claim_table.c
        with self._read() as connection:
            rows = connection.execute(
                select(
                    v.number,
                    v.text_hash,
                    func.coalesce(func.length(v.text), 0),
                    v.created_at,
                    v.created_by,
                    v.source,
                )
                .where(v.article_id == article_id)
                .order_by(v.number)
            ).all()
            counts, made = (
                {
                    int(n): int(k)
                    for n, k in connection.execute(
                        select(column, func.count())
                        .where(c.article_id == article_id)
                        .group_by(column)
                    )
                }
                for column in (c.text_version, c.made_on_version)
            )
        found = {
            int(r[0]): ArticleVersionInfo(
                article_id=article_id,
                number=int(r[0]),
                text_hash=str(r[1]),
                length=int(r[2]),
                created_at=r[3],
                created_by=str(r[4]),
                source=str(r[5]),
                current=int(r[0]) == article.text_version,
                claim_count=counts.get(int(r[0]), 0),
                made_count=made.get(int(r[0]), 0),
            )
            for r in rows
        }
        current = found.get(article.text_version) or self._first_version(article)
        found[article.text_version] = ArticleVersionInfo(
            **{
                **_fields(current),
                "length": article.length,
                "current": True,
                "claim_count": counts.get(article.text_version, 0),
                "made_count": made.get(article.text_version, 0),
            }
        )
        return [found[n] for n in sorted(found)]

    def get_article_version(self, article_id: int, number: int) -> ArticleVersion:
        """Version ``number`` of the article's text, with the text."""
        for version in self.list_article_versions(article_id):
            if version.number == number:
                break
        else:
            raise VersionNotFoundError(article_id, number)
        if version.current:
            text = self.get_article_text(article_id)
        else:
            v = article_version_table.c
            with self._read() as connection:
                stored = connection.execute(
                    select(v.text).where(v.article_id == article_id, v.number == number)
                ).scalar()
            if stored is None:  # a current row's text is the article's: never here
                raise VersionNotFoundError(article_id, number)
            text = str(stored)
        return ArticleVersion(**_fields(version), text=text)

    @staticmethod
    def _first_version(article: ArticleInfo) -> ArticleVersionInfo:
        """Version 1 of an article never given a new text (it has no row of its own)."""
        return ArticleVersionInfo(
            article_id=article.id,
            number=article.text_version,
            text_hash=article.text_hash,
            length=article.length,
            created_at=article.imported_at,
            created_by="",
            source=article.source_name,
            current=True,
        )


def _fields(version: ArticleVersionInfo) -> dict[str, Any]:
    return {name: getattr(version, name) for name in ArticleVersionInfo.__dataclass_fields__}
