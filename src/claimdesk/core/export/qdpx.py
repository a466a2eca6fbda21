"""The catalogue as a REFI-QDA project (``.qdpx``) for QDA software (QualCoder, NVivo, ATLAS.ti,
MAXQDA), written atomically.

The file is a ZIP holding ``project.qde`` (XML valid against the REFI-QDA project schema,
``urn:QDA-XML:project:1.0``) and each article's text as ``sources/<GUID>.txt`` in UTF-8
(REFI-QDA 1.5, sections 8.1 and 9.1.2). What is in it:

- Users: who exported (the catalogue's user name, else "ClaimDesk") and everyone who added a
  claim ("Added by"); each selection's ``creatingUser`` is the one who added it.
- CodeBook: a "Speakers" code with a code per speaker, a "Kinds" code with a code per kind of
  claim, a "Tags" code with a code per tag; the three parents are not codable.
- Variables: Role, Organisation, Aliases (of speakers) and Outlet, URL, Published, Language (of
  articles), all text.
- Cases: a case per speaker, referring to their speaker code, with their variables and a
  SelectionRef to each of their claims.
- Sources: a TextSource per article (its title as name, its note as Description), with a
  PlainTextSelection per claim coded with its speaker, kind and tag codes (its note as
  Description). ``startPosition``/``endPosition`` are code-point offsets from 0, the end being
  the code point after the claim (REFI-QDA 1.5, section 10.2, counts Unicode code points; its
  examples end a selection after its last character): a claim's own start and end, unchanged.
- Links: a Link per link between two written claims ("Same claim", "Similar", "Contradicts" as
  its name, ``direction="Associative"``: the relations go both ways), from the selection of the
  claim it was made from (``originGUID``) to the other's (``targetGUID``); a link's note is a
  Note (under Notes) the Link refers to with a NoteRef.

Claims left orphaned by a new text of their article (their span is in an older text) are not
written: the source holds the current text only. Every GUID is derived (UUID 5) from the
catalogue's location and the record's id, so exporting the same catalogue again gives the same
GUIDs and a QDA program can match what it already has.
"""

from __future__ import annotations

import os
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Protocol

from lxml import etree

from claimdesk import __version__
from claimdesk.core.domain.records import (
    ArticleInfo,
    ClaimFilter,
    ClaimInfo,
    LinkInfo,
    SpeakerInfo,
)
from claimdesk.core.domain.values import ClaimKind
from claimdesk.core.export.atomic import written_atomically
from claimdesk.core.importers import qdpx as names
from claimdesk.core.storage.models import LinkRelation

DEFAULT_USER = "ClaimDesk"
NAME_CHARS = 100
"""A selection's name is the start of its quote (QDA programs list selections by name)."""


class QdpxSource(Protocol):
    """What the export reads of a catalogue (the catalogue's ``export_qdpx`` passes itself)."""

    user_name: str

    @property
    def location(self) -> str: ...

    def list_articles(
        self, text: str = "", *, article_ids: Sequence[int] | None = None
    ) -> list[ArticleInfo]: ...

    def get_article_text(self, article_id: int) -> str: ...

    def list_speakers(
        self, text: str = "", *, speaker_ids: Sequence[int] | None = None
    ) -> list[SpeakerInfo]: ...

    def list_tags(self) -> list[str]: ...

    def claims_for_article(self, article_id: int) -> list[ClaimInfo]: ...

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch_size: int = 2000
    ) -> Iterable[ClaimInfo]: ...

    def links_for_claims(self, claim_ids: Sequence[int]) -> list[LinkInfo]: ...


@dataclass(frozen=True, slots=True)
class QdpxExport:
    """What an export wrote: articles, claims, speakers, and claims left out (orphaned)."""

    articles: int
    claims: int
    speakers: int
    left_out: int = 0


def _q(name: str) -> str:
    return f"{{{names.NAMESPACE}}}{name}"


NSMAP = {None: names.NAMESPACE}


def _element(tag: str, **attributes: str) -> etree._Element:
    """A top element of project.qde, in the REFI-QDA namespace as the default (no prefix)."""
    return etree.Element(_q(tag), attributes, nsmap=NSMAP)


def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class _Guids:
    """GUIDs derived from the catalogue and what they stand for: the same on every export."""

    def __init__(self, location: str) -> None:
        self.namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"claimdesk:{location}")

    def __call__(self, *what: object) -> str:
        return str(uuid.uuid5(self.namespace, ":".join(str(part) for part in what)))


def export_qdpx(
    catalogue: QdpxSource,
    destination: str | os.PathLike[str],
    *,
    project_name: str = "",
    claim_filter: ClaimFilter | None = None,
) -> QdpxExport:
    """Write the catalogue as a REFI-QDA project to ``destination`` (whole or not at all, see
    :func:`~claimdesk.core.export.atomic.written_atomically`). With ``claim_filter``, only the
    claims it chooses and the articles they are in are written (every speaker stays a case)."""
    with written_atomically(destination) as stream:
        return _write(catalogue, stream, project_name or "ClaimDesk", claim_filter)


def _write(
    catalogue: QdpxSource,
    stream: IO[bytes],
    project_name: str,
    claim_filter: ClaimFilter | None = None,
) -> QdpxExport:
    guid = _Guids(catalogue.location)
    coder = (catalogue.user_name or "").strip() or DEFAULT_USER
    articles = catalogue.list_articles()
    chosen: set[int] | None = None
    picked: Iterable[ClaimInfo] = ()
    if claim_filter is not None and claim_filter != ClaimFilter():
        picked = list(catalogue.iter_claims(claim_filter))  # read once, used twice below
        chosen = {c.id for c in picked}
        in_use = {c.article_id for c in picked}
        articles = [a for a in articles if a.id in in_use]
    versions = {a.id: a.text_version for a in articles}
    speakers = catalogue.list_speakers()
    tags = catalogue.list_tags()
    # first pass over the claims: each speaker's, and who added them (Cases and Users come
    # before the Sources in project.qde)
    by_speaker: dict[int, list[int]] = {}
    users: dict[str, None] = {coder: None}
    for claim in picked if chosen is not None else catalogue.iter_claims():
        if claim.text_version != versions.get(claim.article_id):
            continue
        if claim.speaker_id is not None:
            by_speaker.setdefault(claim.speaker_id, []).append(claim.id)
        if claim.created_by.strip():
            users.setdefault(claim.created_by.strip(), None)
    written = left_out = 0
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for article in articles:
            text = catalogue.get_article_text(article.id)
            archive.writestr(f"{names.SOURCES_FOLDER}{guid('article', article.id)}.txt", text)
        with (
            archive.open(names.PROJECT_FILE, "w", force_zip64=True) as qde,
            etree.xmlfile(qde, encoding="utf-8") as xf,
        ):
            xf.write_declaration()
            attributes = {
                "name": project_name,
                "origin": f"ClaimDesk {__version__}",
                "creatingUserGUID": guid("user", coder),
                "creationDateTime": _time(datetime.now(UTC)),
            }
            with xf.element(_q("Project"), attributes, nsmap=NSMAP):
                xf.write(_users(guid, users))
                xf.write(_codebook(guid, speakers, tags))
                xf.write(_variables(guid))
                if speakers:
                    xf.write(_cases(guid, speakers, by_speaker))
                in_file: set[int] = set()
                if articles:
                    with xf.element(_q("Sources")):
                        for article in articles:
                            claims = catalogue.claims_for_article(article.id)
                            if chosen is not None:
                                claims = [c for c in claims if c.id in chosen]
                            current = [c for c in claims if c.text_version == article.text_version]
                            left_out += len(claims) - len(current)
                            written += len(current)
                            in_file.update(c.id for c in current)
                            xf.write(_text_source(guid, coder, article, current))
                links = [
                    link
                    for link in catalogue.links_for_claims(sorted(in_file))
                    if link.from_claim_id in in_file and link.to_claim_id in in_file
                ]
                if any(link.note for link in links):
                    xf.write(_link_notes(guid, coder, links))
                if links:
                    xf.write(_links(guid, links))
    return QdpxExport(len(articles), written, len(speakers), left_out)


def _users(guid: _Guids, users: dict[str, None]) -> etree._Element:
    element = _element("Users")
    for name in users:
        etree.SubElement(element, _q("User"), guid=guid("user", name), name=_xml_text(name))
    return element


def _code(parent: etree._Element, guid: str, name: str, *, codable: bool = True) -> etree._Element:
    return etree.SubElement(
        parent,
        _q("Code"),
        guid=guid,
        name=_xml_text(name),
        isCodable="true" if codable else "false",
    )


def _codebook(guid: _Guids, speakers: list[SpeakerInfo], tags: list[str]) -> etree._Element:
    book = _element("CodeBook")
    codes = etree.SubElement(book, _q("Codes"))
    parent = _code(codes, guid("codes", names.SPEAKERS_CODE), names.SPEAKERS_CODE, codable=False)
    for speaker in speakers:
        _code(parent, guid("speaker", speaker.id), speaker.name)
    parent = _code(codes, guid("codes", names.KINDS_CODE), names.KINDS_CODE, codable=False)
    for kind in ClaimKind:
        _code(parent, guid("kind", kind.value), kind.label)
    parent = _code(codes, guid("codes", names.TAGS_CODE), names.TAGS_CODE, codable=False)
    for tag in tags:
        _code(parent, guid("tag", tag), tag)
    return book


def _variables(guid: _Guids) -> etree._Element:
    element = _element("Variables")
    for name in (*names.SPEAKER_VARIABLES, *names.ARTICLE_VARIABLES):
        etree.SubElement(
            element, _q("Variable"), guid=guid("variable", name), name=name, typeOfVariable="Text"
        )
    return element


def _value(parent: etree._Element, guid: _Guids, variable: str, value: str) -> None:
    if not value:
        return
    element = etree.SubElement(parent, _q("VariableValue"))
    etree.SubElement(element, _q("VariableRef"), targetGUID=guid("variable", variable))
    etree.SubElement(element, _q("TextValue")).text = _xml_text(value)


def _description(parent: etree._Element, text: str) -> None:
    if text:
        etree.SubElement(parent, _q("Description")).text = _xml_text(text)


def _cases(
    guid: _Guids, speakers: list[SpeakerInfo], by_speaker: dict[int, list[int]]
) -> etree._Element:
    cases = _element("Cases")
    for speaker in speakers:
        case = etree.SubElement(
            cases, _q("Case"), guid=guid("case", speaker.id), name=_xml_text(speaker.name)
        )
        _description(case, speaker.note)
        etree.SubElement(case, _q("CodeRef"), targetGUID=guid("speaker", speaker.id))
        _value(case, guid, names.ROLE, speaker.role)
        _value(case, guid, names.ORGANISATION, speaker.organisation)
        _value(case, guid, names.ALIASES, "\n".join(speaker.aliases))
        for claim_id in by_speaker.get(speaker.id, ()):
            etree.SubElement(case, _q("SelectionRef"), targetGUID=guid("claim", claim_id))
    return cases


def _text_source(
    guid: _Guids, coder: str, article: ArticleInfo, claims: list[ClaimInfo]
) -> etree._Element:
    source_guid = guid("article", article.id)
    source = _element(
        "TextSource",
        guid=source_guid,
        name=_xml_text(article.title),
        plainTextPath=f"{names.INTERNAL}{source_guid}.txt",
        creatingUser=guid("user", coder),
        creationDateTime=_time(article.imported_at),
    )
    _description(source, article.note)
    for claim in claims:
        _selection(source, guid, coder, claim)
    _value(source, guid, names.OUTLET, article.outlet)
    _value(source, guid, names.URL, article.url)
    _value(source, guid, names.PUBLISHED, article.published or "")
    _value(source, guid, names.LANGUAGE, article.language)
    return source


def _selection(source: etree._Element, guid: _Guids, coder: str, claim: ClaimInfo) -> None:
    name = " ".join(claim.quote.split())
    if len(name) > NAME_CHARS:
        name = name[: NAME_CHARS - 1].rstrip() + "…"
    added_by = guid("user", claim.created_by.strip() or coder)
    changed_by = guid("user", claim.updated_by.strip() or claim.created_by.strip() or coder)
    selection = etree.SubElement(
        source,
        _q("PlainTextSelection"),
        guid=guid("claim", claim.id),
        name=_xml_text(name),
        startPosition=str(claim.start),
        endPosition=str(claim.end),
        creatingUser=added_by,
        creationDateTime=_time(claim.created_at),
        modifyingUser=changed_by,
        modifiedDateTime=_time(claim.updated_at),
    )
    _description(selection, claim.note)
    codes = [guid("kind", claim.kind)]
    if claim.speaker_id is not None:
        codes.insert(0, guid("speaker", claim.speaker_id))
    codes.extend(guid("tag", tag) for tag in claim.tags)
    for code in codes:
        coding = etree.SubElement(
            selection,
            _q("Coding"),
            guid=guid("coding", claim.id, code),
            creatingUser=added_by,
            creationDateTime=_time(claim.created_at),
        )
        etree.SubElement(coding, _q("CodeRef"), targetGUID=code)


def _link_notes(guid: _Guids, coder: str, links: list[LinkInfo]) -> etree._Element:
    notes = _element("Notes")
    for link in links:
        if link.note:
            note = etree.SubElement(
                notes,
                _q("Note"),
                guid=guid("link note", link.id),
                name=_xml_text(f"{_relation_name(link.relation)}: note"),
                creatingUser=guid("user", coder),
                creationDateTime=_time(link.created_at),
            )
            etree.SubElement(note, _q("PlainTextContent")).text = _xml_text(link.note)
    return notes


def _relation_name(relation: str) -> str:
    try:
        return LinkRelation(relation).label
    except ValueError:  # a relation this version does not know: its own name
        return relation


def _links(guid: _Guids, links: list[LinkInfo]) -> etree._Element:
    element = _element("Links")
    for link in links:
        written = etree.SubElement(
            element,
            _q("Link"),
            guid=guid("link", link.id),
            name=_xml_text(_relation_name(link.relation)),
            direction="Associative",
            originGUID=guid("claim", link.from_claim_id),
            targetGUID=guid("claim", link.to_claim_id),
        )
        if link.note:
            etree.SubElement(written, _q("NoteRef"), targetGUID=guid("link note", link.id))
    return element


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters other than tab
    and line ends, lone surrogates); a title or note is shown, never offset into."""
    return "".join(
        c
        for c in text
        if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
    )
