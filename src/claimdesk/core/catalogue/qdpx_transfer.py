"""REFI-QDA projects (``.qdpx``) in and out of the catalogue.

Export is :func:`claimdesk.core.export.qdpx.export_qdpx` over the catalogue. Import reads the
whole project first (:mod:`claimdesk.core.importers.qdpx`, which refuses bad files), checks every
article, speaker and span, and only then stores everything in one transaction, as one undo step:
a project that cannot be imported whole changes nothing.

An article whose text the catalogue already holds is not stored again: its claims are added to
the stored article, except a claim the same speaker already has on the same span (importing the
same project twice adds nothing the second time). A speaker is matched by name (ignoring case,
spacing and ё/е), else created with the case's role, organisation, note and aliases. Two
speakers of one name in the project (two codes) stay two: each is matched to a speaker of that
name with the same role and organisation (not one the other took), else created. The project's
links between selections become links between their claims (a link the catalogue already has,
either way round, is not added again).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, and_, or_, select

from claimdesk.core.catalogue.articles import article_row
from claimdesk.core.catalogue.claims import ClaimsService
from claimdesk.core.catalogue.speakers import speaker_by_name_query
from claimdesk.core.domain.errors import ClaimDeskError, ImportFileError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.records import ClaimFilter, NewArticle
from claimdesk.core.domain.row_values import (
    check_kind,
    clean_name,
    tag_labels,
)
from claimdesk.core.domain.spans import Span, make_span
from claimdesk.core.storage.history import Recorder
from claimdesk.core.storage.models import (
    LinkRelation,
    article_table,
    claim_link_table,
    claim_table,
    speaker_table,
    utc_now,
)

if TYPE_CHECKING:
    from claimdesk.core.export.qdpx import QdpxExport
    from claimdesk.core.importers.qdpx import QdpxArticle, QdpxProject, QdpxSpeaker


@dataclass(frozen=True, slots=True)
class QdpxImport:
    """What an import stored: articles and speakers new or found already there, claims added
    and claims skipped (already in the catalogue)."""

    articles_created: int
    articles_found: int
    speakers_created: int
    speakers_found: int
    claims: int
    claims_skipped: int
    links: int = 0


_Span = tuple[Span, str | None, str | None, str, dict[str, str], str, str, str, datetime | None]
"""A claim to store: its span, speaker's name and key, kind, tags, note, who added it, and
its selection's GUID."""


def _offsets(text: str) -> tuple[str, list[int] | None]:
    """The text as the catalogue stores it (line ends as \\n, no byte-order mark) and, when that
    differs from ``text``, where each code point of ``text`` (and its end) lands in it."""
    if "\r" not in text and not text.startswith("\ufeff"):
        return text, None
    places: list[int] = []
    out: list[str] = []
    position = 0
    for index, char in enumerate(text):
        places.append(position)
        if (index == 0 and char == "\ufeff") or (
            char == "\r" and text[index + 1 : index + 2] == "\n"
        ):
            continue  # dropped: what follows lands here
        out.append("\n" if char == "\r" else char)
        position += 1
    places.append(position)
    return "".join(out), places


class QdpxService(ClaimsService):
    """Importing and exporting REFI-QDA projects."""

    def export_qdpx(
        self,
        destination: str | os.PathLike[str],
        *,
        project_name: str = "",
        claim_filter: ClaimFilter | None = None,
    ) -> QdpxExport:
        """Write the catalogue (or the claims ``claim_filter`` chooses, with their articles) as
        a REFI-QDA project (see :func:`claimdesk.core.export.qdpx.export_qdpx`)."""
        from claimdesk.core.export.qdpx import export_qdpx  # noqa: PLC0415  (lxml, on first use)

        return export_qdpx(self, destination, project_name=project_name, claim_filter=claim_filter)

    def import_qdpx(self, path: str | os.PathLike[str]) -> QdpxImport:
        """Read the REFI-QDA project at ``path`` and store it whole, or raise and store nothing."""
        from claimdesk.core.importers.qdpx import read_qdpx_file  # noqa: PLC0415  (lxml)

        name = Path(path).name
        return self.store_qdpx(read_qdpx_file(os.fspath(path), name), name)

    def store_qdpx(self, project: QdpxProject, name: str) -> QdpxImport:
        """Store a project read by :mod:`claimdesk.core.importers.qdpx` in one transaction."""
        articles = [self._checked_article(article, name) for article in project.articles]
        speakers = []
        for speaker in project.speakers:
            try:
                speakers.append((clean_name(speaker.name), speaker))
                for alias in speaker.aliases:
                    clean_name(alias, "alias")
            except ClaimDeskError as error:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Errors", "{file}: the speaker “{speaker}”: {reason}"),
                    file=name,
                    speaker=speaker.name,
                    reason=error,
                ) from error
        namesakes = Counter(fold(speaker_name) for speaker_name, _speaker in speakers)
        articles_created = speakers_created = claims = skipped = links = 0
        with self._edit(f"Import REFI-QDA project “{name}”") as rec:
            connection = rec.connection
            speaker_ids: dict[str, int] = {}
            """The catalogue's speaker of each of the project's, by the project's key."""
            taken: set[int] = set()
            for speaker_name, speaker in speakers:
                folded = fold(speaker_name)
                if namesakes[folded] == 1:
                    found = connection.execute(speaker_by_name_query(folded)).scalar()
                else:  # two of one name: the one with the same role and organisation
                    found = self._namesake(connection, folded, speaker, taken)
                if found is not None:
                    speaker_ids[speaker.key] = int(found)
                    taken.add(int(found))
                    continue
                new_id = self._insert_speaker(
                    rec, speaker_name, speaker.role, speaker.organisation, speaker.note
                )
                for alias in speaker.aliases:
                    self._insert_alias(rec, new_id, alias)
                speaker_ids[speaker.key] = new_id
                taken.add(new_id)
                speakers_created += 1
            claim_ids: dict[str, int] = {}
            """The claim of each selection, by its GUID (for the links)."""
            a = article_table.c
            for row, spans in articles:
                stored = connection.execute(
                    select(a.id, a.text_version).where(a.text_hash == row["text_hash"])
                ).first()
                if stored is None:
                    (article_id,) = rec.insert(article_table, row)
                    article_id, version = int(article_id), 1
                    articles_created += 1
                else:
                    article_id, version = int(stored[0]), int(stored[1])
                for span, said_by, key, kind, tags, note, user, guid, created in spans:
                    speaker_id: int | None = None
                    if said_by is not None:
                        speaker_id = speaker_ids.get(key or "")
                        if speaker_id is None:  # a code with no case: a speaker all the same
                            speaker_id = self._insert_speaker(rec, said_by, "", "", "")
                            speaker_ids[key or ""] = speaker_id
                            speakers_created += 1
                    if stored is not None:
                        present = self._has_claim(
                            rec.connection, article_id, span, speaker_id, version
                        )
                        if present is not None:
                            skipped += 1
                            if guid:
                                claim_ids[guid] = present
                            continue
                    claim_id = self._insert_claim(
                        rec,
                        article_id,
                        span,
                        speaker_id,
                        kind,
                        tags,
                        note,
                        version,
                        created=(created, user or None),
                    )
                    if guid:
                        claim_ids[guid] = int(claim_id)
                    claims += 1
            links = self._store_links(rec, project, claim_ids)
        return QdpxImport(
            articles_created=articles_created,
            articles_found=len(articles) - articles_created,
            speakers_created=speakers_created,
            speakers_found=len(speaker_ids) - speakers_created,
            claims=claims,
            claims_skipped=skipped,
            links=links,
        )

    @staticmethod
    def _namesake(
        connection: Connection, folded: str, speaker: QdpxSpeaker, taken: set[int]
    ) -> int | None:
        """The catalogue's speaker of this name with the same role and organisation, not taken
        by another speaker of the project; None if there is none."""
        s = speaker_table.c
        rows = connection.execute(
            select(s.id, s.role, s.organisation).where(s.name_folded == folded).order_by(s.id)
        ).all()
        for speaker_id, role, organisation in rows:
            same = (role or "", organisation or "") == (speaker.role, speaker.organisation)
            if same and int(speaker_id) not in taken:
                return int(speaker_id)
        return None

    @staticmethod
    def _store_links(rec: Recorder, project: QdpxProject, claim_ids: dict[str, int]) -> int:
        """Link the claims the project's links join; returns how many links were added."""
        relations: dict[str, str] = {}
        for kind in LinkRelation:
            relations[kind.value] = relations[kind.label.casefold()] = kind.value
        link = claim_link_table.c
        added = 0
        for found in project.links:
            relation = relations.get(found.name.casefold())
            origin, target = claim_ids.get(found.origin), claim_ids.get(found.target)
            if relation is None or origin is None or target is None or origin == target:
                continue  # a link of another kind, or to a selection not stored
            exists = rec.connection.execute(
                select(link.id).where(
                    or_(
                        and_(link.from_claim_id == origin, link.to_claim_id == target),
                        and_(link.from_claim_id == target, link.to_claim_id == origin),
                    ),
                    link.relation == relation,
                )
            ).first()
            if exists is not None:
                continue
            rec.insert(
                claim_link_table,
                {
                    "from_claim_id": origin,
                    "to_claim_id": target,
                    "relation": relation,
                    "note": found.note,
                    "created_at": utc_now(),
                },
            )
            added += 1
        return added

    @staticmethod
    def _has_claim(
        connection: Connection, article_id: int, span: Span, speaker_id: int | None, version: int
    ) -> int | None:
        c = claim_table.c
        query = select(c.id).where(
            c.article_id == article_id,
            c.start == span.start,
            c.end == span.end,
            c.text_version == version,
            c.speaker_id.is_(None) if speaker_id is None else c.speaker_id == speaker_id,
        )
        found = connection.execute(query).scalar()
        return int(found) if found is not None else None

    @staticmethod
    def _checked_article(article: QdpxArticle, name: str) -> tuple[dict[str, object], list[_Span]]:
        """The article's row and its claims' spans, each checked (before anything is stored)."""
        text, places = _offsets(article.text)
        try:
            row = article_row(
                NewArticle(
                    text=text,
                    title=article.title,
                    outlet=article.outlet,
                    url=article.url,
                    published=article.published or None,
                    language=article.language,
                    source_name=name,
                    source_format="qdpx",
                    note=article.note,
                )
            )
            spans = []
            for claim in article.claims:
                start, end = claim.start, claim.end
                if places is not None:
                    start, end = places[start], places[end]
                speaker = clean_name(claim.speaker) if claim.speaker is not None else None
                spans.append(
                    (
                        make_span(row["text"], start, end),
                        speaker,
                        claim.speaker_key,
                        check_kind(claim.kind),
                        tag_labels(claim.tags),
                        claim.note,
                        claim.user.strip(),
                        claim.guid,
                        claim.created,
                    )
                )
        except ClaimDeskError as error:
            if article.title:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("Errors", "{file}: the source “{title}”: {reason}"),
                    file=name,
                    title=article.title,
                    reason=error,
                ) from error
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: a source: {reason}"), file=name, reason=error
            ) from error
        return row, spans
