"""REFI-QDA projects (``.qdpx``) in and out of the catalogue.

Export is :func:`claimdesk.core.export.qdpx.export_qdpx` over the catalogue. Import reads the
whole project first (:mod:`claimdesk.core.importers.qdpx`, which refuses bad files), checks every
article, speaker and span, and only then stores everything in one transaction, as one undo step:
a project that cannot be imported whole changes nothing.

An article whose text the catalogue already holds is not stored again: its claims are added to
the stored article, except a claim the same speaker already has on the same span (importing the
same project twice adds nothing the second time). A speaker is matched by name (ignoring case,
spacing and ё/е), else created with the case's role, organisation, note and aliases.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from claimdesk.core.catalogue.articles import article_row
from claimdesk.core.catalogue.claims import ClaimsService
from claimdesk.core.catalogue.speakers import speaker_by_name_query
from claimdesk.core.domain.errors import ClaimDeskError, ImportFileError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import ClaimFilter, NewArticle
from claimdesk.core.domain.row_values import (
    check_kind,
    claim_row,
    claim_tag_row,
    clean_name,
    clean_tags,
)
from claimdesk.core.domain.spans import Span, make_span
from claimdesk.core.storage.models import article_table, claim_table, claim_tag_table

if TYPE_CHECKING:
    from claimdesk.core.export.qdpx import QdpxExport
    from claimdesk.core.importers.qdpx import QdpxArticle, QdpxProject


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
                raise ImportFileError(f"{name}: the speaker “{speaker.name}”: {error}") from error
        articles_created = speakers_created = claims = skipped = 0
        with self._edit(f"Import REFI-QDA project “{name}”") as rec:
            connection = rec.connection
            speaker_ids: dict[str, int] = {}
            for speaker_name, speaker in speakers:
                folded = fold(speaker_name)
                if folded in speaker_ids:
                    continue
                found = connection.execute(speaker_by_name_query(folded)).scalar()
                if found is not None:
                    speaker_ids[folded] = int(found)
                    continue
                new_id = self._insert_speaker(
                    rec, speaker_name, speaker.role, speaker.organisation, speaker.note
                )
                for alias in speaker.aliases:
                    self._insert_alias(rec, new_id, alias)
                speaker_ids[folded] = new_id
                speakers_created += 1
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
                for span, said_by, kind, tags, note, user in spans:
                    speaker_id: int | None = None
                    if said_by is not None:
                        speaker_id = speaker_ids.get(fold(said_by))
                        if speaker_id is None:  # a code with no case: a speaker all the same
                            speaker_id = self._insert_speaker(rec, said_by, "", "", "")
                            speaker_ids[fold(said_by)] = speaker_id
                            speakers_created += 1
                    if stored is not None and self._has_claim(
                        rec.connection, article_id, span, speaker_id, version
                    ):
                        skipped += 1
                        continue
                    (claim_id,) = rec.insert(
                        claim_table,
                        claim_row(
                            article_id,
                            span,
                            speaker_id,
                            kind,
                            note,
                            user or self.user_name,
                            version,
                        ),
                    )
                    for tag in tags:
                        rec.insert(claim_tag_table, claim_tag_row(int(claim_id), tag))
                    claims += 1
        return QdpxImport(
            articles_created=articles_created,
            articles_found=len(articles) - articles_created,
            speakers_created=speakers_created,
            speakers_found=len(speaker_ids) - speakers_created,
            claims=claims,
            claims_skipped=skipped,
        )

    @staticmethod
    def _has_claim(
        connection: Connection, article_id: int, span: Span, speaker_id: int | None, version: int
    ) -> bool:
        c = claim_table.c
        query = select(c.id).where(
            c.article_id == article_id,
            c.start == span.start,
            c.end == span.end,
            c.text_version == version,
            c.speaker_id.is_(None) if speaker_id is None else c.speaker_id == speaker_id,
        )
        return connection.execute(query).first() is not None

    @staticmethod
    def _checked_article(
        article: QdpxArticle, name: str
    ) -> tuple[dict[str, object], list[tuple[Span, str | None, str, list[str], str, str]]]:
        """The article's row and its claims' spans, each checked (before anything is stored)."""
        shown = f"{name}: the source “{article.title}”" if article.title else f"{name}: a source"
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
                        check_kind(claim.kind),
                        clean_tags(claim.tags),
                        claim.note,
                        claim.user.strip(),
                    )
                )
        except ClaimDeskError as error:
            raise ImportFileError(f"{shown}: {error}") from error
        return row, spans
