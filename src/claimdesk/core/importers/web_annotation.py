"""Reading W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) as claims to be.

Reads what ``claimdesk-cli export --format webannotation`` writes (an AnnotationCollection whose
first page holds the annotations), and also an AnnotationPage, a JSON array of annotations or one
annotation. Each annotation must have the shape the model requires: an ``@context`` that is or
includes ``http://www.w3.org/ns/anno.jsonld``, an ``id``, the type ``Annotation`` and a target
naming its source, with a TextQuoteSelector (exact, and optionally prefix and suffix) and/or a
TextPositionSelector (start and end in code points). Its bodies give the kind (purpose
``classifying``), the speaker (``identifying``; ClaimDesk's ``claimdesk:role`` and
``claimdesk:organisation`` when present), tags (``tagging``) and a note (``commenting``). Its
``created`` and ``creator`` say when and by whom the claim was made.

A collection (or page) that ClaimDesk wrote also carries the articles its annotations are on,
in ClaimDesk's extension ``claimdesk:articles``: each with its text (``claimdesk:text``), the
hash the annotations' targets name it by (``claimdesk:textHash``), and its title, outlet, url,
date and language. Each carried text is checked here (text, at most :data:`MAX_ARTICLE_CHARS`
characters, its hash the one named), so that an import can store the articles a catalogue lacks.

Nothing here touches a catalogue: the annotations are checked and returned as plain records; the
catalogue finds their articles and stores them in one edit
(:meth:`claimdesk.core.catalogue.service.Catalogue.import_annotations`). Every problem is an
:class:`ImportFileError` with a one-line message naming the annotation.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from claimdesk.core.domain.article_text import normalise_article_text, text_hash
from claimdesk.core.domain.dates import read_timestamp
from claimdesk.core.domain.errors import ImportFileError, InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable
from claimdesk.core.domain.values import ClaimKind
from claimdesk.core.importers.limits import (
    MAX_ANNOTATION_FILE_BYTES,
    MAX_ANNOTATIONS,
    MAX_ARTICLE_CHARS,
    MB,
)

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TEXT_URN = "urn:claimdesk:text:sha256:"
"""The source an annotation of an article without a url names (its text's SHA-256)."""


@dataclass(frozen=True, slots=True)
class AnnotatedSpan:
    """One annotation as a claim to be: where (its source and selectors) and what."""

    number: int
    """1-based place in the file (for messages)."""
    source: str
    text_hash: str
    """The article's text hash, from ``claimdesk:textHash`` or a ``urn:claimdesk:text`` source."""
    exact: str | None
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    kind: str
    speaker: str | None
    speaker_role: str
    speaker_organisation: str
    tags: tuple[str, ...]
    note: str
    speaker_aliases: tuple[str, ...] = ()
    """The speaker's other names (ClaimDesk's ``claimdesk:aliases``), for a speaker the
    catalogue does not know yet."""
    created: datetime | None = None
    """When the annotation was made (its ``created``, in UTC), if it says so readably."""
    creator: str = ""
    """Who made it (its ``creator``'s ``name`` or ``nickname``, or the creator as text)."""


@dataclass(frozen=True, slots=True)
class CarriedArticle:
    """An article the file carries (``claimdesk:articles``), its text as a catalogue stores it."""

    number: int
    """1-based place among the file's articles (for messages)."""
    text_hash: str
    text: str
    title: str
    outlet: str
    url: str
    published: str | None
    language: str


@dataclass(frozen=True, slots=True)
class AnnotationFile:
    """What an annotation file holds: the annotations, and the articles it carries by the hash
    of their texts (empty for a file without ``claimdesk:articles``)."""

    spans: list[AnnotatedSpan]
    articles: dict[str, CarriedArticle]


class _Refused(Exception):  # noqa: N818  (never leaves this module)
    """A problem with one annotation (its number is added by the caller): ``problem`` is
    rendered in the user's language inside the caller's message."""

    def __init__(self, problem: Translatable) -> None:
        super().__init__(problem)
        self.problem = problem


def _refused(template: str, **values: object) -> _Refused:
    return _Refused(Message(template, count=-1, **values))  # no problem has a count


class _NotJsonError(ValueError):
    """A constant JSON does not have (NaN, Infinity), which Python's reader would take."""

    def __init__(self, constant: str) -> None:
        super().__init__(constant)
        self.constant = constant


_FIELDS = {
    "claimdesk:textHash": (
        QT_TRANSLATE_NOOP("Errors", "claimdesk:textHash is not text."),
        QT_TRANSLATE_NOOP("Errors", "claimdesk:textHash holds a NUL character."),
    ),
    "title": (
        QT_TRANSLATE_NOOP("Errors", "its title is not text."),
        QT_TRANSLATE_NOOP("Errors", "its title holds a NUL character."),
    ),
    "outlet": (
        QT_TRANSLATE_NOOP("Errors", "its outlet is not text."),
        QT_TRANSLATE_NOOP("Errors", "its outlet holds a NUL character."),
    ),
    "url": (
        QT_TRANSLATE_NOOP("Errors", "its url is not text."),
        QT_TRANSLATE_NOOP("Errors", "its url holds a NUL character."),
    ),
    "language": (
        QT_TRANSLATE_NOOP("Errors", "its language is not text."),
        QT_TRANSLATE_NOOP("Errors", "its language holds a NUL character."),
    ),
    "source": (
        QT_TRANSLATE_NOOP("Errors", "the target's source is not text."),
        QT_TRANSLATE_NOOP("Errors", "the target's source holds a NUL character."),
    ),
    "exact": (
        QT_TRANSLATE_NOOP("Errors", "the quote (exact) is not text."),
        QT_TRANSLATE_NOOP("Errors", "the quote (exact) holds a NUL character."),
    ),
    "prefix": (
        QT_TRANSLATE_NOOP("Errors", "the prefix is not text."),
        QT_TRANSLATE_NOOP("Errors", "the prefix holds a NUL character."),
    ),
    "suffix": (
        QT_TRANSLATE_NOOP("Errors", "the suffix is not text."),
        QT_TRANSLATE_NOOP("Errors", "the suffix holds a NUL character."),
    ),
    "speaker": (
        QT_TRANSLATE_NOOP("Errors", "the speaker is not text."),
        QT_TRANSLATE_NOOP("Errors", "the speaker holds a NUL character."),
    ),
    "role": (
        QT_TRANSLATE_NOOP("Errors", "the speaker's role is not text."),
        QT_TRANSLATE_NOOP("Errors", "the speaker's role holds a NUL character."),
    ),
    "organisation": (
        QT_TRANSLATE_NOOP("Errors", "the organisation is not text."),
        QT_TRANSLATE_NOOP("Errors", "the organisation holds a NUL character."),
    ),
    "alias": (
        QT_TRANSLATE_NOOP("Errors", "one of the speaker's aliases is not text."),
        QT_TRANSLATE_NOOP("Errors", "one of the speaker's aliases holds a NUL character."),
    ),
    "tag": (
        QT_TRANSLATE_NOOP("Errors", "a tag is not text."),
        QT_TRANSLATE_NOOP("Errors", "a tag holds a NUL character."),
    ),
    "note": (
        QT_TRANSLATE_NOOP("Errors", "the note is not text."),
        QT_TRANSLATE_NOOP("Errors", "the note holds a NUL character."),
    ),
}
"""For each text field an annotation or carried article has, what is said when it is not text
and when it holds a NUL (whole sentences, so that a translation can decline the field's name)."""


def read_annotation_file(path: str | os.PathLike[str]) -> list[AnnotatedSpan]:
    """The annotations of the file at ``path``, checked; ImportFileError if any is not right."""
    return read_annotations(path).spans


def read_annotations(path: str | os.PathLike[str]) -> AnnotationFile:
    """The annotations and carried articles of the file at ``path``, checked; ImportFileError
    if any is not right."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_ANNOTATION_FILE_BYTES:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is {size:.0f} MB; annotation files of up to {limit} MB are read: "
                    "split it.",
                ),
                file=file.name,
                size=size / MB,
                limit=MAX_ANNOTATION_FILE_BYTES // MB,
            )
        data = file.read_bytes()
    except OSError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}."),
            file=str(file),
            reason=error.strerror or str(error),
        ) from error
    return parse_annotation_file(data, file.name)


def _refuse_constant(name: str) -> Any:
    raise _NotJsonError(name)


def parse_annotations(data: bytes, name: str = "the file") -> list[AnnotatedSpan]:
    """The annotations ``data`` (JSON in UTF-8) holds, checked."""
    return parse_annotation_file(data, name).spans


def parse_annotation_file(data: bytes, name: str = "the file") -> AnnotationFile:
    """The annotations and carried articles ``data`` (JSON in UTF-8) holds, checked."""
    if len(data) > MAX_ANNOTATION_FILE_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is too large to be an annotation file."), file=name
        )
    if not data.strip():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is empty: export the annotations again."),
            file=name,
        )
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not UTF-8 text (byte {byte})."),
            file=name,
            byte=error.start,
        ) from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not valid JSON: {reason} (line {line}, column {column})."
            ),
            file=name,
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except _NotJsonError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not valid JSON: {constant} is not JSON."),
            file=name,
            constant=error.constant,
        ) from None
    except (ValueError, RecursionError) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not valid JSON: {reason}."),
            file=name,
            reason=str(error),
        ) from None
    items = _annotation_list(document, name)
    if not items:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} holds no annotations."), file=name
        )
    if len(items) > MAX_ANNOTATIONS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} holds {count:,} annotations; up to {limit:,} are imported at once: "
                "split it.",
            ),
            file=name,
            count=len(items),
            limit=MAX_ANNOTATIONS,
        )
    spans = []
    for number, item in enumerate(items, 1):
        try:
            spans.append(_annotation(number, item))
        except _Refused as refused:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "Annotation {number} in {file}: {problem}"),
                number=number,
                file=name,
                problem=refused.problem,
            ) from None
    carried = document.get("claimdesk:articles") if isinstance(document, dict) else None
    return AnnotationFile(spans, _carried_articles(carried, name))


def _carried_articles(entries: Any, name: str) -> dict[str, CarriedArticle]:
    if entries is None:
        return {}
    if not isinstance(entries, list):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: claimdesk:articles is not a list."), file=name
        )
    if len(entries) > MAX_ANNOTATIONS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} carries {count:,} articles; up to {limit:,} are imported at once: split "
                "it.",
            ),
            file=name,
            count=len(entries),
            limit=MAX_ANNOTATIONS,
        )
    articles: dict[str, CarriedArticle] = {}
    for number, entry in enumerate(entries, 1):
        try:
            article = _carried(number, entry)
        except _Refused as refused:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "Article {number} carried in {file}: {problem}"),
                number=number,
                file=name,
                problem=refused.problem,
            ) from None
        articles.setdefault(article.text_hash, article)  # the same text twice: one article
    return articles


def _carried(number: int, entry: Any) -> CarriedArticle:
    if not isinstance(entry, dict):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "it is not a JSON object."))
    raw = entry.get("claimdesk:text")
    if not isinstance(raw, str):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "it has no text (claimdesk:text)."))
    if len(raw) > MAX_ARTICLE_CHARS:  # before normalising makes a copy of it
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "its text is {length:,} characters long; articles of up to {limit:,} are stored.",
            ),
            length=len(raw),
            limit=MAX_ARTICLE_CHARS,
        )
    try:
        text = normalise_article_text(raw)
    except InvalidValueError as error:
        raise _Refused(error) from None
    digest = text_hash(text)
    named = _text(entry.get("claimdesk:textHash"), "claimdesk:textHash").strip().lower()
    if named and named != digest:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "its text is not the one its claimdesk:textHash names (was it changed after the "
                "export?).",
            )
        )
    published = entry.get("claimdesk:published")
    if published is not None and not isinstance(published, str):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "its date (claimdesk:published) is not text."))
    return CarriedArticle(
        number=number,
        text_hash=digest,
        text=text,
        title=_text(entry.get("claimdesk:title"), "title"),
        outlet=_text(entry.get("claimdesk:outlet"), "outlet"),
        url=_text(entry.get("claimdesk:url"), "url"),
        published=published or None,
        language=_text(entry.get("claimdesk:language"), "language"),
    )


def _types(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _annotation_list(document: Any, name: str) -> list[Any]:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not an annotation, a page or a collection of them."
            ),
            file=name,
        )
    kinds = _types(document.get("type"))
    if "Annotation" in kinds:
        return [document]
    if "AnnotationPage" in kinds:
        return _items(document.get("items"), name)
    if "AnnotationCollection" in kinds:
        first = document.get("first")
        if not isinstance(first, dict):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}: the collection's first page is not in the file (only embedded pages "
                    "are read).",
                ),
                file=name,
            )
        if first.get("next") is not None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: the collection has further pages, which are not read."
                ),
                file=name,
            )
        return _items(first.get("items"), name)
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not an Annotation, AnnotationPage or AnnotationCollection (its type is "
            "{type}).",
        ),
        file=name,
        type=repr(document.get("type")),
    )


def _items(items: Any, name: str) -> list[Any]:
    if not isinstance(items, list):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the page's items are not a list."), file=name
        )
    return items


def _text(value: Any, field: str, *, required: bool = False) -> str:
    """``value`` if it is text without a NUL (a field of :data:`_FIELDS`)."""
    if value is None and not required:
        return ""
    not_text, holds_nul = _FIELDS[field]
    if not isinstance(value, str):
        raise _refused(not_text)
    if "\x00" in value:
        raise _refused(holds_nul)
    return value


def _offset(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        if what == "start":
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Errors", "the TextPositionSelector's start is not a whole number of 0 or more."
                )
            )
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "the TextPositionSelector's end is not a whole number of 0 or more."
            )
        )
    return value


def _annotation(number: int, item: Any) -> AnnotatedSpan:
    if not isinstance(item, dict):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "it is not a JSON object."))
    context = item.get("@context")
    if ANNO_CONTEXT not in _types(context):
        raise _refused(
            QT_TRANSLATE_NOOP("Errors", "its @context does not include {context}."),
            context=ANNO_CONTEXT,
        )
    if not isinstance(item.get("id"), str) or not item["id"]:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "it has no id."))
    if "Annotation" not in _types(item.get("type")):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "its type is not Annotation."))
    target = item.get("target")
    if isinstance(target, list):
        if len(target) != 1:
            raise _refused(
                QT_TRANSLATE_NOOP("Errors", "it has more than one target (a claim has one span).")
            )
        target = target[0]
    if not isinstance(target, dict):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "its target names no source and selector."))
    source = _text(target.get("source"), "source", required=True)
    if not source:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "its target has no source."))
    text_hash = _text(target.get("claimdesk:textHash"), "claimdesk:textHash")
    if not text_hash and source.startswith(TEXT_URN):
        text_hash = source[len(TEXT_URN) :]
    exact: str | None = None
    prefix = suffix = ""
    start = end = None
    selectors = target.get("selector")
    for selector in _types(selectors) if selectors is not None else []:
        if not isinstance(selector, dict):
            raise _refused(QT_TRANSLATE_NOOP("Errors", "a selector is not a JSON object."))
        kind = selector.get("type")
        if kind == "TextQuoteSelector":
            exact = _text(selector.get("exact"), "exact", required=True)
            if not exact.strip():
                raise _refused(QT_TRANSLATE_NOOP("Errors", "the quote (exact) is empty."))
            prefix = _text(selector.get("prefix"), "prefix")
            suffix = _text(selector.get("suffix"), "suffix")
        elif kind == "TextPositionSelector":
            start = _offset(selector.get("start"), "start")
            end = _offset(selector.get("end"), "end")
            if end <= start:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the TextPositionSelector's end ({end}) is not after its start."
                    ),
                    end=end,
                )
    if exact is None and start is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors", "its target has neither a TextQuoteSelector nor a TextPositionSelector."
            )
        )
    kind_value, speaker, role, organisation, aliases, tags, notes = _bodies(item.get("body"))
    return AnnotatedSpan(
        number=number,
        source=source,
        text_hash=text_hash.lower(),
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        kind=kind_value,
        speaker=speaker,
        speaker_role=role,
        speaker_organisation=organisation,
        tags=tuple(tags),
        note="\n".join(notes),
        speaker_aliases=tuple(aliases),
        created=read_timestamp(item.get("created")),
        creator=_creator(item.get("creator")),
    )


MAX_CREATOR_CHARS = 200
"""A claim's maker is stored in at most this many characters (the catalogue's column)."""


def _creator(value: Any) -> str:
    """The name of an annotation's ``creator``: an Agent's ``name`` (or ``nickname``), or the
    creator given as text; the first of several. Empty when there is none or it is not
    readable text (the claim is then the importer's)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("nickname")
    if isinstance(value, list):  # a name in several languages
        value = value[0] if value else None
    if not isinstance(value, str):
        return ""
    name = " ".join(value.split())
    if not name.isprintable():
        return ""
    return name[:MAX_CREATOR_CHARS]


def _bodies(bodies: Any) -> tuple[str, str | None, str, str, list[str], list[str], list[str]]:
    kind = ClaimKind.CLAIM.value
    speaker: str | None = None
    role = organisation = ""
    aliases: list[str] = []
    tags: list[str] = []
    notes: list[str] = []
    kinds = {k.value for k in ClaimKind}
    for body in _types(bodies) if bodies is not None else []:
        if not isinstance(body, dict):
            continue  # a body naming a web resource: nothing a claim holds
        purpose = body.get("purpose")
        value = body.get("value")
        if not isinstance(value, str):
            continue
        if purpose == "classifying":
            if value not in kinds:
                raise _refused(
                    QT_TRANSLATE_NOOP("Errors", "its kind {kind} is not one of: {kinds}."),
                    kind=repr(value),
                    kinds=", ".join(sorted(kinds)),
                )
            kind = value
        elif purpose == "identifying":
            if speaker is not None:
                raise _refused(QT_TRANSLATE_NOOP("Errors", "it names more than one speaker."))
            speaker = _text(value, "speaker").strip() or None
            role = _text(body.get("claimdesk:role"), "role")
            organisation = _text(body.get("claimdesk:organisation"), "organisation")
            given = body.get("claimdesk:aliases", [])
            if not isinstance(given, list):
                raise _refused(QT_TRANSLATE_NOOP("Errors", "the speaker's aliases are not a list."))
            aliases = [a for a in (_text(g, "alias").strip() for g in given) if a]
        elif purpose == "tagging" and value.strip():
            tags.append(_text(value, "tag"))
        elif purpose == "commenting" and value.strip():
            notes.append(_text(value, "note"))
    return kind, speaker, role, organisation, aliases, tags, notes
