"""Reading a REFI-QDA project (``.qdpx``) into plain records, checked, before anything is stored.

A ``.qdpx`` is a ZIP holding ``project.qde`` (XML in the namespace ``urn:QDA-XML:project:1.0``)
and the sources under ``sources/`` (REFI-QDA 1.5, section 8.1; a differently named ``.qde`` and a
``Sources/`` folder, which some programs write, are read too). What ClaimDesk reads of it:

- each ``TextSource`` is an article: its plain text from ``plainTextPath``
  (``internal://<file>`` in ``sources/``, UTF-8) or ``PlainTextContent``, its name as the title,
  its Description as the note, the variables Outlet, URL, Published and Language;
- each ``PlainTextSelection`` is a claim. ``startPosition``/``endPosition`` count Unicode code
  points from 0 and the end is the code point after the selection (REFI-QDA 1.5, section 10.2,
  and its examples): Python's string offsets, so a claim's span is stored as given;
- a selection's codings: a code under the "Speakers" code names its speaker, one under "Kinds"
  its kind (claim, direct or indirect quote), any other code is a tag (codes under "Tags", and a
  foreign project's own codes);
- each ``Case`` is a speaker (its variables Role, Organisation and Aliases, one alias a line);
  a case refers to its speaker code with a CodeRef (ClaimDesk's export does), else it is matched
  to the speaker code of the same name. A speaker is known by its code's GUID (else its case's),
  so two speakers of the same name stay two;
- each ``Link`` between two selections is a link between their claims (its name the relation,
  "Same claim", "Similar" or "Contradicts", or their values; a Link of another name, or not
  between two selections, is left out), from ``originGUID`` to ``targetGUID``; the Note its
  NoteRef names (its PlainTextContent) is the link's note;
- a ``User`` named as a selection's ``creatingUser`` is recorded as who added the claim, and its
  ``creationDateTime`` as when (the importer as who last changed it).

The archive is checked before anything is unpacked (sizes from its directory, see
:mod:`~claimdesk.core.importers.zipcheck`); the XML is parsed with no DTD, no entities, no
network; offsets outside a source's text are refused. Every refusal is one
:class:`ImportFileError` line; storing (``claimdesk.core.catalogue.qdpx_import``) happens only
after the whole project has been read.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from claimdesk.core.domain.dates import read_timestamp
from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.values import ClaimKind
from claimdesk.core.importers.limits import MAX_ARTICLE_CHARS, MAX_ZIP_PART_BYTES, MB, megabytes
from claimdesk.core.importers.zipcheck import ZIP_ERRORS, check_part_size

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_FILE = "project.qde"
SOURCES_FOLDER = "sources/"
INTERNAL = "internal://"

SPEAKERS_CODE = "Speakers"
TAGS_CODE = "Tags"
KINDS_CODE = "Kinds"
ROLE = "Role"
ORGANISATION = "Organisation"
ALIASES = "Aliases"
OUTLET = "Outlet"
URL = "URL"
PUBLISHED = "Published"
LANGUAGE = "Language"
SPEAKER_VARIABLES = (ROLE, ORGANISATION, ALIASES)
ARTICLE_VARIABLES = (OUTLET, URL, PUBLISHED, LANGUAGE)

MAX_QDPX_BYTES = 500 * MB
"""The largest .qdpx read (a whole catalogue's articles, compressed)."""
MAX_QDPX_UNPACKED_BYTES = 2048 * MB
"""All the parts read, unpacked, together (each source at most what the longest article takes)."""
MAX_SOURCE_BYTES = 4 * MAX_ARTICLE_CHARS
# A source is named by its title in the messages below; one without a title has sentences of its
# own (each a whole sentence, for translators).
_NO_PLAIN_TEXT = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: the source “{title}” has no plain text inside the project (ClaimDesk reads text "
        "sources with an internal plainTextPath or PlainTextContent).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: an untitled source has no plain text inside the project (ClaimDesk reads text "
        "sources with an internal plainTextPath or PlainTextContent).",
    ),
)
_MISSING_PART = (
    QT_TRANSLATE_NOOP("Errors", "{file}: the source “{title}” refers to {part}, which is missing."),
    QT_TRANSLATE_NOOP("Errors", "{file}: an untitled source refers to {part}, which is missing."),
)
_SOURCE_TOO_LARGE = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: the source “{title}” unpacks to {size}, more than an article can hold; it may "
        "be a “zip bomb”.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: an untitled source unpacks to {size}, more than an article can hold; it may be "
        "a “zip bomb”.",
    ),
)
_NOT_UTF8 = (
    QT_TRANSLATE_NOOP(
        "Errors", "{file}: the text of the source “{title}” is not UTF-8, as REFI-QDA requires."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{file}: the text of an untitled source is not UTF-8, as REFI-QDA requires."
    ),
)
_OUTSIDE_TEXT = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: a selection in the source “{title}” runs from {start} to {end}, outside its "
        "text of {length:,} characters.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: a selection in an untitled source runs from {start} to {end}, outside its text "
        "of {length:,} characters.",
    ),
)
_WHITE_SPACE = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: a selection in the source “{title}” ({start}–{end}) holds only white space.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: a selection in an untitled source ({start}–{end}) holds only white space.",
    ),
)
_NOT_A_NUMBER = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: a selection in the source “{title}” has {attribute}=“{value}”, not a whole "
        "number.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: a selection in an untitled source has {attribute}=“{value}”, not a whole number.",
    ),
)


def _source_error(
    templates: tuple[str, str], name: str, title: str, **values: object
) -> ImportFileError:
    """The error about the source ``title`` (the first template) or an untitled one (these
    messages have no count)."""
    if title:
        return ImportFileError(templates[0], count=-1, file=name, title=title, **values)
    return ImportFileError(templates[1], count=-1, file=name, **values)


@dataclass(frozen=True, slots=True)
class QdpxClaim:
    start: int
    end: int
    speaker: str | None
    kind: str
    tags: tuple[str, ...]
    note: str
    user: str
    guid: str = ""
    """The selection's GUID (links name their claims by it)."""
    speaker_key: str | None = None
    """The :attr:`QdpxSpeaker.key` of its speaker (None: unattributed)."""
    created: datetime | None = None
    """When the selection was made (its ``creationDateTime``), if it says so readably."""


@dataclass(frozen=True, slots=True)
class QdpxArticle:
    title: str
    text: str
    outlet: str = ""
    url: str = ""
    published: str = ""
    language: str = ""
    note: str = ""
    claims: tuple[QdpxClaim, ...] = ()


@dataclass(frozen=True, slots=True)
class QdpxSpeaker:
    name: str
    role: str = ""
    organisation: str = ""
    note: str = ""
    aliases: tuple[str, ...] = ()
    key: str = ""
    """What the project knows the speaker by: its code's GUID, else its case's."""


@dataclass(frozen=True, slots=True)
class QdpxLink:
    """A Link between two selections: their GUIDs, its name and its note."""

    origin: str
    target: str
    name: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class QdpxProject:
    name: str
    articles: tuple[QdpxArticle, ...]
    speakers: tuple[QdpxSpeaker, ...]
    users: tuple[str, ...] = field(default=())
    links: tuple[QdpxLink, ...] = field(default=())


def kind_from_code(name: str) -> str | None:
    """The claim kind a code under "Kinds" names (its label, "Direct quote", or its value)."""
    wanted = " ".join(name.split()).casefold()
    for kind in ClaimKind:
        if wanted in (kind.value, kind.label.casefold()):
            return kind.value
    return None


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def read_qdpx_file(path: str, name: str = "") -> QdpxProject:
    """The project in the .qdpx file at ``path`` (``name`` shown in messages)."""
    name = name or path
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_QDPX_BYTES + 1)
    except OSError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}."),
            file=name,
            reason=error.strerror,
        ) from error
    if len(data) > MAX_QDPX_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is larger than {limit}, the most ClaimDesk reads as a REFI-QDA project: "
                "export it in parts.",
            ),
            file=name,
            limit=megabytes(MAX_QDPX_BYTES),
        )
    return read_qdpx(data, name)


def read_qdpx(data: bytes, name: str) -> QdpxProject:
    """The project in ``data``, the bytes of a .qdpx; ImportFileError when it is not one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = {info.filename: info for info in archive.infolist()}
    except ZIP_ERRORS as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is damaged or not a REFI-QDA project (.qdpx) (it is not a complete ZIP "
                "archive).",
            ),
            file=name,
        ) from error
    project_file = _project_file(members)
    if project_file is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not a REFI-QDA project (.qdpx) (it has no {part})."
            ),
            file=name,
            part=PROJECT_FILE,
        )
    unpacked = sum(info.file_size for info in members.values())
    if unpacked > MAX_QDPX_UNPACKED_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} unpacks to {size} (ClaimDesk reads at most {limit}); it may be a “zip "
                "bomb”.",
            ),
            file=name,
            size=megabytes(unpacked),
            limit=megabytes(MAX_QDPX_UNPACKED_BYTES),
        )
    check_part_size(archive, project_file, name)
    root = _parse(_read_part(archive, project_file, name), name)
    return _Reader(archive, set(members), name).project(root)


def _project_file(members: dict[str, zipfile.ZipInfo]) -> str | None:
    """``project.qde``, else the one .qde file at the top of the archive (some programs name
    it after the project, as QualCoder's importer notes)."""
    if PROJECT_FILE in members:
        return PROJECT_FILE
    found = [m for m in members if "/" not in m and m.lower().endswith(".qde")]
    return found[0] if len(found) == 1 else None


def _read_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes:
    try:
        with archive.open(part) as stream:
            # the reader stops at the declared size and checks the CRC at the end
            return stream.read(MAX_ZIP_PART_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged: its {part} cannot be unpacked."),
            file=name,
            part=part,
        ) from error


def _parse(data: bytes, name: str) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,  # libxml2's own limits on depth and text size stay on
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is damaged: its {part} is not well-formed XML ({reason})."
            ),
            file=name,
            part=PROJECT_FILE,
            reason=error.msg,
        ) from error
    if root.getroottree().docinfo.doctype:
        # a project has no use for a DTD; entities are how an XML file attacks its reader
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is refused: its {part} declares a DTD (entities), which a REFI-QDA "
                "project never needs.",
            ),
            file=name,
            part=PROJECT_FILE,
        )
    if root.tag != _q("Project"):
        found = etree.QName(root)
        if found.localname == "Project":
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is not a REFI-QDA project (.qdpx): its {part} holds a <Project> "
                    "outside the namespace {namespace}.",
                ),
                file=name,
                part=PROJECT_FILE,
                namespace=NAMESPACE,
            )
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not a REFI-QDA project (.qdpx): its {part} holds <{element}> rather "
                "than a <Project>.",
            ),
            file=name,
            part=PROJECT_FILE,
            element=found.localname,
        )
    return root


class _Reader:
    """One project read: codes, cases and sources, looked up by GUID."""

    def __init__(self, archive: zipfile.ZipFile, members: set[str], name: str) -> None:
        self.archive = archive
        self.members = members
        self.name = name
        self.speaker_codes: dict[str, str] = {}
        self.kind_codes: dict[str, str] = {}
        self.tag_codes: dict[str, str] = {}
        self.users: dict[str, str] = {}
        self.variables: dict[str, str] = {}

    def project(self, root: etree._Element) -> QdpxProject:
        for user in root.iterfind(f"{_q('Users')}/{_q('User')}"):
            self.users[_guid(user)] = user.get("name") or ""
        for variable in root.iterfind(f"{_q('Variables')}/{_q('Variable')}"):
            self.variables[_guid(variable)] = variable.get("name") or ""
        codes = root.find(f"{_q('CodeBook')}/{_q('Codes')}")
        if codes is not None:
            for code in codes.iterfind(_q("Code")):
                self._code(code, None)
        speakers = self._speakers(root)
        articles = []
        sources = root.find(_q("Sources"))
        if sources is not None:
            for source in sources.iterfind(_q("TextSource")):
                articles.append(self._article(source))
        return QdpxProject(
            name=root.get("name") or "",
            articles=tuple(articles),
            speakers=speakers,
            users=tuple(n for n in self.users.values() if n),
            links=self._links(root, {c.guid for a in articles for c in a.claims if c.guid}),
        )

    def _links(self, root: etree._Element, selections: set[str]) -> tuple[QdpxLink, ...]:
        notes = {
            _guid(note): _text(note, "PlainTextContent")
            for note in root.iterfind(f"{_q('Notes')}/{_q('Note')}")
        }
        links = []
        for link in root.iterfind(f"{_q('Links')}/{_q('Link')}"):
            origin, target = link.get("originGUID") or "", link.get("targetGUID") or ""
            if origin not in selections or target not in selections:
                continue  # a link between codes, sources or cases: nothing a claim holds
            said = [
                notes.get(ref.get("targetGUID") or "", "") for ref in link.iterfind(_q("NoteRef"))
            ]
            note = "\n".join(n for n in said if n.strip())
            links.append(QdpxLink(origin, target, " ".join((link.get("name") or "").split()), note))
        return tuple(links)

    def _code(self, code: etree._Element, family: str | None) -> None:
        name = " ".join((code.get("name") or "").split())
        guid = _guid(code)
        if family is None and name in (SPEAKERS_CODE, KINDS_CODE, TAGS_CODE):
            for child in code.iterfind(_q("Code")):
                self._code(child, name)
            return
        if family == SPEAKERS_CODE:
            self.speaker_codes[guid] = name
        elif family == KINDS_CODE and kind_from_code(name) is not None:
            self.kind_codes[guid] = kind_from_code(name) or ""
        elif name:
            self.tag_codes[guid] = name
        for child in code.iterfind(_q("Code")):
            # nested codes of a foreign codebook: each is a tag (a speaker's has no children)
            self._code(child, TAGS_CODE if family != SPEAKERS_CODE else family)

    def _speakers(self, root: etree._Element) -> tuple[QdpxSpeaker, ...]:
        found: dict[str, QdpxSpeaker] = {}
        code_by_name: dict[str, str] = {}
        for code_guid, code_name in self.speaker_codes.items():
            code_by_name.setdefault(code_name.casefold(), code_guid)
        for case in root.iterfind(f"{_q('Cases')}/{_q('Case')}"):
            code = case.find(_q("CodeRef"))
            target = (code.get("targetGUID") or "") if code is not None else ""
            if target in self.speaker_codes:
                key, name = target, self.speaker_codes[target]
            else:
                name = " ".join((case.get("name") or "").split())
                if not name:
                    continue
                # a case naming no code: the speaker code of its name, else a speaker of its own
                key = code_by_name.get(name.casefold(), "") or f"case:{_guid(case)}"
            values = self._variable_values(case)
            aliases = tuple(a.strip() for a in values.get(ALIASES, "").splitlines() if a.strip())
            found[key] = QdpxSpeaker(
                name=name,
                role=values.get(ROLE, "").strip(),
                organisation=values.get(ORGANISATION, "").strip(),
                note=_text(case, "Description"),
                aliases=aliases,
                key=key,
            )
        for code_guid, code_name in self.speaker_codes.items():
            found.setdefault(code_guid, QdpxSpeaker(name=code_name, key=code_guid))
        return tuple(found.values())

    def _variable_values(self, owner: etree._Element) -> dict[str, str]:
        values: dict[str, str] = {}
        for value in owner.iterfind(_q("VariableValue")):
            ref = value.find(_q("VariableRef"))
            variable = (
                self.variables.get(ref.get("targetGUID") or "", "") if ref is not None else ""
            )
            for child in value:
                if child.tag != _q("VariableRef") and variable:
                    values[variable] = child.text or ""
        return values

    def _article(self, source: etree._Element) -> QdpxArticle:
        title = " ".join((source.get("name") or "").split())
        text = self._source_text(source, title)
        values = self._variable_values(source)
        claims = tuple(
            self._claim(selection, text, title)
            for selection in source.iterfind(_q("PlainTextSelection"))
        )
        return QdpxArticle(
            title=title,
            text=text,
            outlet=values.get(OUTLET, ""),
            url=values.get(URL, ""),
            published=values.get(PUBLISHED, ""),
            language=values.get(LANGUAGE, ""),
            note=_text(source, "Description"),
            claims=claims,
        )

    def _source_text(self, source: etree._Element, title: str) -> str:
        inline = source.find(_q("PlainTextContent"))
        if inline is not None:
            return inline.text or ""
        path = source.get("plainTextPath") or ""
        if not path.startswith(INTERNAL):
            raise _source_error(_NO_PLAIN_TEXT, self.name, title)
        file = path[len(INTERNAL) :]
        # "sources" by the standard; some programs write "Sources"
        part = next(
            (f + file for f in (SOURCES_FOLDER, "Sources/") if f + file in self.members),
            SOURCES_FOLDER + file,
        )
        if part not in self.members or "/" in file:
            raise _source_error(_MISSING_PART, self.name, title, part=part)
        size = self.archive.getinfo(part).file_size
        if size > MAX_SOURCE_BYTES:
            raise _source_error(_SOURCE_TOO_LARGE, self.name, title, size=megabytes(size))
        data = _read_part(self.archive, part, self.name)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _source_error(_NOT_UTF8, self.name, title) from error

    def _claim(self, selection: etree._Element, text: str, title: str) -> QdpxClaim:
        start = _position(selection, "startPosition", self.name, title)
        end = _position(selection, "endPosition", self.name, title)
        if not 0 <= start < end <= len(text):
            raise _source_error(
                _OUTSIDE_TEXT, self.name, title, start=start, end=end, length=len(text)
            )
        if not text[start:end].strip():
            raise _source_error(_WHITE_SPACE, self.name, title, start=start, end=end)
        speaker: str | None = None
        speaker_key: str | None = None
        kind = ClaimKind.CLAIM.value
        tags: list[str] = []
        for coding in selection.iterfind(_q("Coding")):
            ref = coding.find(_q("CodeRef"))
            target = (ref.get("targetGUID") or "") if ref is not None else ""
            if target in self.speaker_codes:
                if speaker is None:
                    speaker, speaker_key = self.speaker_codes[target], target
            elif target in self.kind_codes:
                kind = self.kind_codes[target]
            elif target in self.tag_codes:
                tags.append(self.tag_codes[target])
        return QdpxClaim(
            start=start,
            end=end,
            speaker=speaker,
            kind=kind,
            tags=tuple(tags),
            note=_text(selection, "Description"),
            user=self.users.get(selection.get("creatingUser") or "", ""),
            guid=_guid(selection),
            speaker_key=speaker_key,
            created=read_timestamp(selection.get("creationDateTime")),
        )


def _guid(element: etree._Element) -> str:
    return element.get("guid") or ""


def _text(element: etree._Element, child: str) -> str:
    found = element.find(_q(child))
    return (found.text or "") if found is not None else ""


def _position(selection: etree._Element, attribute: str, name: str, title: str) -> int:
    value = (selection.get(attribute) or "").strip()
    try:
        return int(value, 10)
    except ValueError:
        raise _source_error(_NOT_A_NUMBER, name, title, attribute=attribute, value=value) from None
