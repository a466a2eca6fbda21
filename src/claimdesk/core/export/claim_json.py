"""JSON, JSON Lines and W3C Web Annotation exports of claims: every field, streamed, atomic.

A claim is written with its speaker (aliases, role, organisation), its article (title, outlet,
date, url, language, text hash and version), its tags, its links to other claims and where its
span stands (the article version it is in, and how it followed the latest text). The record is
described by the JSON Schema shipped beside this module, ``schemas/claims-v1.schema.json``
(:data:`SCHEMA_VERSION` 1): a JSON export is one document ``{"format", "schema_version",
"claims": [...], "count"}``, a JSON Lines export one claim record per line (``$defs/claim``).

The Web Annotation export (https://www.w3.org/TR/annotation-model/) is an AnnotationCollection
whose first page holds one Annotation per claim: its target is the article (its url, else
``urn:claimdesk:text:sha256:<hash of its text>``) with a TextQuoteSelector (exact, prefix,
suffix) and a TextPositionSelector, whose start and end count Unicode code points of the
article's text (as the model asks: not UTF-16 units, not bytes); its bodies say the kind
(purpose ``classifying``), the speaker (``identifying``), each tag (``tagging``) and the note
(``commenting``). ClaimDesk's own details are under the ``claimdesk:`` prefix. Orphaned claims
(their span is in an earlier text than the article's current one) are left out of it: a
selector on the current text would be wrong. After the page the collection carries the articles
its annotations are on (``claimdesk:articles``: title, outlet, url, date, language, text and its
hash), so that an import can restore the claims into a catalogue that lacks the articles; they
are written one at a time after the claims, each text read and written on its own.

Claims are read in id order from one read transaction (``iter_claims``); their speakers,
articles and links are looked up a batch at a time beside it, and kept for the export's length
(one entry per speaker and article, not per claim). The file is written whole or not at all
(:mod:`claimdesk.core.export.atomic`).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from itertools import islice
from typing import IO, Any, Protocol

from claimdesk.core.domain.article_text import text_hash
from claimdesk.core.domain.errors import ClaimDeskError, ExportCancelledError
from claimdesk.core.domain.export_formats import ExportFormat
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.records import (
    ArticleInfo,
    ClaimFilter,
    ClaimInfo,
    LinkInfo,
    SpeakerInfo,
)
from claimdesk.core.domain.values import AnchorState
from claimdesk.core.export.atomic import written_atomically

SCHEMA_VERSION = 1
SCHEMA_FILE = "schemas/claims-v1.schema.json"
"""The JSON Schema of the JSON and JSON Lines exports, beside this module (package data)."""
DOCUMENT_FORMAT = "claimdesk-claims"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CLAIMDESK_NS = "urn:claimdesk:ns:"
"""The IRI ClaimDesk's own annotation terms (``claimdesk:role``, …) expand under."""
TEXT_URN = "urn:claimdesk:text:sha256:"
CLAIM_URN = "urn:claimdesk:claim:"
BATCH = 500
"""Claims looked up (speakers, articles, links) and written between two progress reports."""

Progress = Callable[[int, int], bool]
"""Called as ``progress(written, total)``, as the CSV export's; returning False cancels."""


class JsonExportSource(Protocol):
    """What these exports read of a catalogue (the catalogue passes itself)."""

    def count_claims(
        self, claim_filter: ClaimFilter | None = None, *, at_most: int | None = None
    ) -> int: ...

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = 2000
    ) -> Iterator[ClaimInfo]: ...

    def list_speakers(
        self, text: str = "", *, speaker_ids: Sequence[int] | None = None
    ) -> list[SpeakerInfo]: ...

    def list_articles(
        self, text: str = "", *, article_ids: Sequence[int] | None = None
    ) -> list[ArticleInfo]: ...

    def links_for_claims(self, claim_ids: Sequence[int]) -> list[LinkInfo]: ...

    def get_article_text(self, article_id: int) -> str: ...


def _time(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def speaker_record(speaker: SpeakerInfo) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "role": speaker.role,
        "organisation": speaker.organisation,
        "note": speaker.note,
    }


def article_record(article: ArticleInfo) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "language": article.language,
        "text_hash": article.text_hash,
        "text_version": article.text_version,
    }


def link_record(claim_id: int, link: LinkInfo) -> dict[str, Any]:
    outgoing = link.from_claim_id == claim_id
    return {
        "id": link.id,
        "claim_id": link.to_claim_id if outgoing else link.from_claim_id,
        "direction": "to" if outgoing else "from",
        "relation": link.relation,
        "note": link.note,
    }


def claim_json_record(
    claim: ClaimInfo,
    speaker: SpeakerInfo | None,
    article: ArticleInfo,
    links: Iterable[LinkInfo] = (),
) -> dict[str, Any]:
    """A claim as the JSON and JSON Lines exports write it (``$defs/claim`` of the schema)."""
    return {
        "id": claim.id,
        "kind": claim.kind,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "context_before": claim.context_before,
        "context_after": claim.context_after,
        "note": claim.note,
        "tags": list(claim.tags),
        "speaker": speaker_record(speaker) if speaker is not None else None,
        "article": article_record(article),
        "links": [link_record(claim.id, link) for link in links],
        "anchor": {
            "state": claim.anchor_state,
            "score": claim.anchor_score,
            "text_version": claim.text_version,
            "made_on_version": claim.made_on_version,
        },
        "version": claim.version,
        "created_at": _time(claim.created_at),
        "updated_at": _time(claim.updated_at),
        "created_by": claim.created_by,
        "updated_by": claim.updated_by,
    }


def article_source(article: ArticleInfo) -> str:
    """The IRI an annotation's target names the article by: its url, else its text's hash."""
    url = article.url.strip()
    if url.startswith(("http://", "https://")):
        return url
    return TEXT_URN + article.text_hash


def carried_article(article: ArticleInfo, text: str) -> dict[str, Any]:
    """An article as the Web Annotation collection carries it (``claimdesk:articles``): the
    annotations' targets name it by ``claimdesk:textHash``."""
    return {
        "id": TEXT_URN + article.text_hash,
        "type": "claimdesk:Article",
        "claimdesk:textHash": article.text_hash,
        "claimdesk:title": article.title,
        "claimdesk:outlet": article.outlet,
        "claimdesk:url": article.url,
        "claimdesk:published": article.published,
        "claimdesk:language": article.language,
        "claimdesk:text": text,
    }


def _body(purpose: str, value: str, **more: Any) -> dict[str, Any]:
    body = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}
    return body | more


def claim_annotation(
    claim: ClaimInfo, speaker: SpeakerInfo | None, article: ArticleInfo
) -> dict[str, Any]:
    """A claim as a W3C Web Annotation (JSON-LD)."""
    bodies = [_body("classifying", claim.kind, id=f"{CLAIMDESK_NS}kind:{claim.kind}")]
    if speaker is not None:
        bodies.append(
            _body(
                "identifying",
                speaker.name,
                **{
                    "claimdesk:speakerId": speaker.id,
                    "claimdesk:aliases": list(speaker.aliases),
                    "claimdesk:role": speaker.role,
                    "claimdesk:organisation": speaker.organisation,
                },
            )
        )
    bodies += [_body("tagging", tag) for tag in claim.tags]
    if claim.note:
        bodies.append(_body("commenting", claim.note))
    annotation: dict[str, Any] = {
        "@context": [ANNO_CONTEXT, {"claimdesk": CLAIMDESK_NS}],
        "id": f"{CLAIM_URN}{claim.id}",
        "type": "Annotation",
        "motivation": "classifying",
        "created": _time(claim.created_at),
        "modified": _time(claim.updated_at),
        "body": bodies,
        "target": {
            "source": article_source(article),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": claim.quote,
                    "prefix": claim.context_before,
                    "suffix": claim.context_after,
                },
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
            "claimdesk:textHash": article.text_hash,
            "claimdesk:title": article.title,
        },
    }
    if claim.created_by:
        annotation["creator"] = {"type": "Person", "name": claim.created_by}
    return annotation


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _Lookups:
    """Speakers and articles looked up once each, links a batch at a time."""

    def __init__(self, source: JsonExportSource) -> None:
        self.source = source
        self.speakers: dict[int, SpeakerInfo] = {}
        self.articles: dict[int, ArticleInfo] = {}
        self.annotated: dict[int, None] = {}
        """The articles annotations were written on, in the order they first came."""

    def fill(self, claims: Sequence[ClaimInfo]) -> None:
        speakers = sorted(
            {i for c in claims if (i := c.speaker_id) is not None and i not in self.speakers}
        )
        if speakers:
            found_speakers = self.source.list_speakers(speaker_ids=speakers)
            self.speakers.update((s.id, s) for s in found_speakers)
        articles = sorted({c.article_id for c in claims if c.article_id not in self.articles})
        if articles:
            found = self.source.list_articles(article_ids=articles)
            self.articles.update((a.id, a) for a in found)

    def speaker(self, claim: ClaimInfo) -> SpeakerInfo | None:
        """The claim's speaker (None: unattributed, or deleted since the claims were read)."""
        return self.speakers.get(claim.speaker_id) if claim.speaker_id is not None else None

    def article(self, claim: ClaimInfo) -> ArticleInfo:
        found = self.articles.get(claim.article_id)
        if found is None:  # deleted since the claims were read (another desk, another window)
            raise ClaimDeskError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Article {article} was deleted during the export; export again."
                ),
                article=claim.article_id,
            )
        return found


def _batches(claims: Iterator[ClaimInfo]) -> Iterator[list[ClaimInfo]]:
    while batch := list(islice(claims, BATCH)):
        yield batch


def _write_records(
    source: JsonExportSource,
    claim_filter: ClaimFilter | None,
    stream: IO[bytes],
    export_format: ExportFormat,
    progress: Progress | None,
    total: int,
    lookups: _Lookups,
) -> tuple[int, int]:
    """Write the claims' records; returns how many were written and how many read (the Web
    Annotation export leaves orphaned claims out)."""
    written = read = 0
    first = True
    for batch in _batches(source.iter_claims(claim_filter, batch_size=BATCH)):
        read += len(batch)
        lookups.fill(batch)
        if export_format is ExportFormat.WEB_ANNOTATION:
            items = [
                claim_annotation(c, lookups.speaker(c), lookups.article(c))
                for c in batch
                if c.anchor_state != AnchorState.ORPHANED.value
            ]
            lookups.annotated.update(
                (c.article_id, None) for c in batch if c.anchor_state != AnchorState.ORPHANED.value
            )
        else:
            links: dict[int, list[LinkInfo]] = {}
            for link in source.links_for_claims([c.id for c in batch]):
                links.setdefault(link.from_claim_id, []).append(link)
                links.setdefault(link.to_claim_id, []).append(link)
            items = [
                claim_json_record(c, lookups.speaker(c), lookups.article(c), links.get(c.id, ()))
                for c in batch
            ]
        if export_format is ExportFormat.JSONL:
            text = "".join(_dumps(item) + "\n" for item in items)
        else:  # items of a JSON array, one a line
            separators = ["\n" if first else ",\n"] + [",\n"] * (len(items) - 1)
            text = "".join(sep + _dumps(item) for sep, item in zip(separators, items, strict=False))
            first = first and not items
        stream.write(text.encode("utf-8"))
        written += len(items)
        if progress is not None and not progress(read, total):
            raise ExportCancelledError()
    return written, read


def _write_articles(
    lookups: _Lookups, stream: IO[bytes], progress: Progress | None, read: int, total: int
) -> None:
    """The annotated articles with their texts (``claimdesk:articles``), one at a time."""
    stream.write(b',"claimdesk:articles":[')
    for number, article_id in enumerate(lookups.annotated):
        article = lookups.articles[article_id]
        text = lookups.source.get_article_text(article_id)
        if text_hash(text) != article.text_hash:  # a new version stored while the claims were read
            raise ClaimDeskError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The text of article {article} changed during the export; export again.",
                ),
                article=article_id,
            )
        separator = "\n" if number == 0 else ",\n"
        stream.write((separator + _dumps(carried_article(article, text))).encode("utf-8"))
        del text
        if progress is not None and not progress(read, total):
            raise ExportCancelledError()
    stream.write(b"\n]")


def write_claims_json(
    source: JsonExportSource,
    stream: IO[bytes],
    export_format: ExportFormat,
    claim_filter: ClaimFilter | None = None,
    *,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """Write the matching claims to a binary stream in ``export_format`` (JSON, JSON Lines or
    Web Annotation), in UTF-8; returns how many were written."""
    if export_format is ExportFormat.JSON:
        head = (
            "{" + f'"format":{_dumps(DOCUMENT_FORMAT)},"schema_version":{SCHEMA_VERSION},"claims":['
        )
    elif export_format is ExportFormat.WEB_ANNOTATION:
        head = (
            "{"
            f'"@context":{_dumps([ANNO_CONTEXT, {"claimdesk": CLAIMDESK_NS}])},'
            f'"id":"urn:uuid:{uuid.uuid4()}",'
            '"type":"AnnotationCollection","label":"ClaimDesk claims",'
            f'"first":{{"id":"urn:uuid:{uuid.uuid4()}","type":"AnnotationPage","startIndex":0,'
            '"items":['
        )
    else:
        head = ""
    stream.write(head.encode("utf-8"))
    lookups = _Lookups(source)
    count, read = _write_records(
        source, claim_filter, stream, export_format, progress, total, lookups
    )
    if export_format is ExportFormat.JSON:
        stream.write(f'\n],"count":{count}}}\n'.encode())
    elif export_format is ExportFormat.WEB_ANNOTATION:
        stream.write(b"\n]}")
        _write_articles(lookups, stream, progress, read, total)
        stream.write(f',"total":{count}}}\n'.encode())
    if progress is not None:
        progress(read, total)
    return count


def export_claims_json(
    source: JsonExportSource,
    destination: str | os.PathLike[str],
    export_format: ExportFormat,
    claim_filter: ClaimFilter | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Export the claims matching ``claim_filter`` to the file ``destination`` in
    ``export_format``, whole or not at all; returns how many."""
    if export_format is ExportFormat.CSV:
        raise ValueError("CSV is written by claimdesk.core.export.csv_file")
    total = source.count_claims(claim_filter) if progress is not None else 0
    with written_atomically(destination) as stream:
        return write_claims_json(
            source, stream, export_format, claim_filter, progress=progress, total=total
        )
