"""The values of the rows an attribution writes, and the checks they pass first, on the standard
library alone.

The service layer (claims.py, speakers.py) builds a new claim's and a new speaker's columns here,
and so does ``claimdesk-cli attribute``'s quick path
(:mod:`claimdesk.core.storage.quick_attribute`), which writes them through the standard library's
sqlite3 without importing SQLAlchemy: both write the same columns with the same values, refused by
the same checks with the same messages. Also here: who is recorded as having made a change
(``created_by``/``updated_by``), and the text a timestamp is stored as in a SQLite catalogue.
"""

from __future__ import annotations

import getpass
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.values import ClaimKind

# -- checks ----------------------------------------------------------------------------------
# The limits are the columns' (models.py); the GUI's dialogs check what is typed against these same
# functions before they close, and read the limits to mark what is past them.

NAME_MAX_CHARS = 300
"""A speaker's name or alias, as :func:`clean_name` leaves it."""
DETAIL_MAX_CHARS = 300
"""A speaker's role or organisation, stripped (:func:`clean_detail`)."""
TAG_MAX_CHARS = 200
"""A tag, folded (:func:`clean_tags`)."""


def clean_name(name: str, what: str = "name") -> str:
    """A speaker's name (or alias) with its white space collapsed; InvalidValueError when it is
    empty or too long for the catalogue."""
    cleaned = " ".join(name.split())
    alias = what == "alias"
    if not cleaned:
        raise InvalidValueError(_EMPTY_ALIAS if alias else _EMPTY_NAME)
    if len(cleaned) > NAME_MAX_CHARS:
        raise InvalidValueError(_LONG_ALIAS if alias else _LONG_NAME)
    return cleaned


def clean_detail(value: str, what: str = "role") -> str:
    """A speaker's role (or, ``what`` "organisation", organisation) stripped; InvalidValueError
    when it is too long for the catalogue (a team catalogue's column refuses it; a SQLite one
    would keep what a team catalogue cannot take)."""
    cleaned = value.strip()
    if len(cleaned) > DETAIL_MAX_CHARS:
        raise InvalidValueError(_LONG_ORGANISATION if what == "organisation" else _LONG_ROLE)
    return cleaned


_EMPTY_NAME = QT_TRANSLATE_NOOP("Errors", "The speaker's name is empty.")
_EMPTY_ALIAS = QT_TRANSLATE_NOOP("Errors", "The speaker's alias is empty.")
_LONG_NAME = QT_TRANSLATE_NOOP("Errors", "The speaker's name is longer than 300 characters.")
_LONG_ALIAS = QT_TRANSLATE_NOOP("Errors", "The speaker's alias is longer than 300 characters.")
_LONG_ROLE = QT_TRANSLATE_NOOP("Errors", "The speaker's role is longer than 300 characters.")
_LONG_ORGANISATION = QT_TRANSLATE_NOOP(
    "Errors", "The speaker's organisation is longer than 300 characters."
)


def check_kind(kind: str | ClaimKind) -> str:
    """The stored value of a claim's kind; InvalidValueError naming the choices if unknown."""
    try:
        return ClaimKind(kind).value
    except ValueError:
        choices = ", ".join(k.value for k in ClaimKind)
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind “{kind}”; choose one of: {choices}."),
            kind=kind,
            choices=choices,
        ) from None


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as stored: folded, empty ones dropped, each once, in the order first given (the
    keys of :func:`tag_labels`, by the same rules)."""
    return list(tag_labels(tags))


def tag_labels(tags: Iterable[str]) -> dict[str, str]:
    """Each tag's spelling as typed, by its folded form as stored: control characters left
    out and white space collapsed; a tag with nothing visible in it (spaces, a zero-width
    space) dropped; the first spelling given for a tag, in the order first given.
    InvalidValueError when a tag, as typed or folded ("ß" folds to "ss"), is longer than the
    catalogue keeps."""
    labels: dict[str, str] = {}
    for tag in tags:
        shown = (ch for ch in tag if ch.isspace() or unicodedata.category(ch) != "Cc")
        label = " ".join("".join(shown).split())
        if not any(unicodedata.category(ch)[0] not in "CZ" for ch in label):
            continue
        folded = fold(label)
        if max(len(folded), len(label)) > TAG_MAX_CHARS:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Errors", "A tag may be at most 200 characters long.")
            )
        labels.setdefault(folded, label)
    return labels


# -- who and when ----------------------------------------------------------------------------

_chosen_user_name: dict[str, str] = {}


def set_default_user_name(name: str | None) -> None:
    """The name catalogues opened from now on record as who created and changed claims (the
    GUI sets the one chosen in preferences); None or "" goes back to the OS user's login name."""
    _chosen_user_name.clear()
    if name and name.strip():
        _chosen_user_name["name"] = " ".join(name.split())


def default_user_name() -> str:
    """The name set with set_default_user_name, else the OS user's login name; "" if unknown."""
    if _chosen_user_name:
        return _chosen_user_name["name"]
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def utc_now() -> datetime:
    return datetime.now(UTC)


def sqlite_time(moment: datetime) -> str:
    """The text a timestamp is stored as in a SQLite catalogue: what SQLAlchemy writes for
    ``models.UTCDateTime`` (naive UTC, to the microsecond, always six digits of them)."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry a timezone")
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%d %H:%M:%S}.{utc.microsecond:06d}"


# -- rows ------------------------------------------------------------------------------------


class SpanText(Protocol):
    """Where a claim stands in its article (``spans.Span``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def suffix(self) -> str: ...


def speaker_row(name: str, role: str, organisation: str, note: str) -> dict[str, Any]:
    """The columns of a new speaker named ``name`` (already cleaned: :func:`clean_name`); the
    role and organisation are checked here (:func:`clean_detail`)."""
    now = utc_now()
    return {
        "name": name,
        "name_folded": fold(name),
        "role": clean_detail(role),
        "organisation": clean_detail(organisation, "organisation"),
        "note": note,
        "created_at": now,
        "updated_at": now,
    }


def claim_row(
    article_id: int,
    span: SpanText,
    speaker_id: int | None,
    kind: str,
    note: str,
    user_name: str,
    text_version: int,
    *,
    created_at: datetime | None = None,
    created_by: str | None = None,
) -> dict[str, Any]:
    """The columns of a new claim: ``span`` of the article's text version ``text_version`` (the
    version it is made on), ``kind`` as :func:`check_kind` gives it, stored by ``user_name``
    now; made at ``created_at`` by ``created_by`` when a file it comes from says so."""
    now = utc_now()
    return {
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
        "created_at": now if created_at is None else created_at,
        "updated_at": now,
        "created_by": user_name if created_by is None else created_by,
        "updated_by": user_name,
        "text_version": text_version,
        "made_on_version": text_version,  # kept as the claim follows later versions
    }


def claim_tag_row(claim_id: int, tag: str) -> dict[str, Any]:
    """The row that gives claim ``claim_id`` the tag ``tag`` (cleaned: :func:`clean_tags`)."""
    return {"claim_id": claim_id, "tag": tag}
