"""Errors a user can cause, each with a message fit to show them as it is.

The GUI shows ``str(error)`` in a message box and the CLI prints it on one line; neither needs to
know the type, but tests and callers can catch the precise kind. A message is a template marked for
translation and the values that fill it (:mod:`claimdesk.core.domain.messages`): ``str(error)``
is the message in the language the front end chose, ``error.args[0]`` the English one.
"""

from __future__ import annotations

from claimdesk.core.domain.messages import (
    N_NOOP,
    PLURAL,
    QT_TRANSLATE_NOOP,
    Translatable,
    render,
    render_english,
)

# the templates with a count (lupdate reads N_NOOP.translate's five arguments as a plural mark)
_QUOTE_OCCURS = N_NOOP.translate(
    "Errors",
    "The quote “{quote}” occurs %n time(s) in the article; occurrence {occurrence} does not exist.",
    None,
    PLURAL,
    0,
)
_VERSION_TABLE_NAMES = N_NOOP.translate(
    "Errors",
    "The catalogue {location} cannot be used: this catalogue's version table is damaged (it "
    "names %n schema version(s) instead of one: {found}): ClaimDesk will not write into it. "
    "Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or"
    " open a backup.",
    None,
    PLURAL,
    0,
)
_STATUS_IN_USE = N_NOOP.translate(
    "Errors",
    "The status “{label}” cannot be removed: %n cluster(s) have it. Give those clusters "
    "another status first (or rename this one). Nothing was changed.",
    None,
    PLURAL,
    0,
)


class ClaimDeskError(Exception, Translatable):
    """Base of every error the user can cause; ``str()`` is a readable one-line message.

    ``ClaimDeskError(QT_TRANSLATE_NOOP("Errors", "{name} is taken."), name=name)``: the template
    is translated and filled when the error is shown; ``count`` fills ``%n`` (plural forms)."""

    def __init__(self, message: str = "", /, *, count: int = -1, **values: object) -> None:
        self.template = message
        self.count = count
        self.values = values
        super().__init__(render_english(message, values, count))

    def __str__(self) -> str:
        if "template" not in self.__dict__:  # built without __init__ (copy.copy, unpickling)
            return super().__str__()
        return render(self.template, self.values, self.count)

    @property
    def english(self) -> str:
        """The message in English, as the source code words it."""
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[object, ...]:
        # rebuilt without calling __init__ (subclasses take other arguments), so an error read in
        # a worker process reaches the parent with its template and values
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[ClaimDeskError], args: tuple[object, ...]) -> ClaimDeskError:
    error = cls.__new__(cls)
    error.args = args
    return error


_NOT_FOUND = {
    "article": QT_TRANSLATE_NOOP(
        "Errors", "There is no article with id {ident} in this catalogue."
    ),
    "claim": QT_TRANSLATE_NOOP("Errors", "There is no claim with id {ident} in this catalogue."),
    "speaker": QT_TRANSLATE_NOOP(
        "Errors", "There is no speaker with id {ident} in this catalogue."
    ),
    "cluster": QT_TRANSLATE_NOOP(
        "Errors", "There is no cluster with id {ident} in this catalogue."
    ),
    "page snapshot": QT_TRANSLATE_NOOP(
        "Errors", "There is no page snapshot with id {ident} in this catalogue."
    ),
    "speaker alias": QT_TRANSLATE_NOOP(
        "Errors", "There is no speaker alias with id {ident} in this catalogue."
    ),
    "claim link": QT_TRANSLATE_NOOP(
        "Errors", "There is no claim link with id {ident} in this catalogue."
    ),
    "verdict status": QT_TRANSLATE_NOOP(
        "Errors", "There is no verdict status with id {ident} in this catalogue."
    ),
}
"""The message for each kind of record a lookup can miss (one sentence each, for translators)."""


class NotFoundError(ClaimDeskError):
    def __init__(self, what: str, ident: object) -> None:
        template = _NOT_FOUND.get(what) or QT_TRANSLATE_NOOP(
            "Errors", "There is no {what} with id {ident} in this catalogue."
        )
        super().__init__(template, what=what, ident=ident)
        self.what = what
        self.ident = ident


class VersionNotFoundError(NotFoundError):
    """An article has no version with that number."""

    def __init__(self, article_id: int, number: int) -> None:
        ClaimDeskError.__init__(
            self,
            QT_TRANSLATE_NOOP("Errors", "Article {article} has no version {number}."),
            article=article_id,
            number=number,
        )
        self.what = "version"
        self.ident = number


class SpanOutOfRangeError(ClaimDeskError):
    def __init__(self, start: int, end: int, length: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The span {start}–{end} lies outside the article text, which is {length} "
                "characters long.",
            ),
            start=start,
            end=end,
            length=length,
        )


class EmptySpanError(ClaimDeskError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The selection is empty: select some words of the article first."
            )
        )


class QuoteNotFoundError(ClaimDeskError):
    def __init__(self, quote: str, occurrence: int, found: int) -> None:
        shown = quote if len(quote) <= 60 else quote[:57] + "…"
        if found == 0:
            super().__init__(
                QT_TRANSLATE_NOOP("Errors", "The quote “{quote}” does not occur in the article."),
                quote=shown,
            )
        else:
            super().__init__(
                _QUOTE_OCCURS,
                count=found,
                quote=shown,
                occurrence=occurrence,
            )


class InvalidValueError(ClaimDeskError):
    """A field value the catalogue cannot take (an empty name, a malformed date, …)."""


class DuplicateError(ClaimDeskError):
    """Something the catalogue already holds (an alias, a link)."""


_CONFLICT = {
    "article": QT_TRANSLATE_NOOP(
        "Errors",
        "This article was changed by someone else since you opened it; nothing was saved. "
        "It now shows their version: check it and make your change again.",
    ),
    "claim": QT_TRANSLATE_NOOP(
        "Errors",
        "This claim was changed by someone else since you opened it; nothing was saved. "
        "It now shows their version: check it and make your change again.",
    ),
    "speaker": QT_TRANSLATE_NOOP(
        "Errors",
        "This speaker was changed by someone else since you opened it; nothing was saved. "
        "It now shows their version: check it and make your change again.",
    ),
    "cluster": QT_TRANSLATE_NOOP(
        "Errors",
        "This cluster was changed by someone else since you opened it; nothing was saved. "
        "It now shows their version: check it and make your change again.",
    ),
    "verdict status": QT_TRANSLATE_NOOP(
        "Errors",
        "This verdict status was changed by someone else since you opened it; nothing was "
        "saved. It now shows their version: check it and make your change again.",
    ),
    "record": QT_TRANSLATE_NOOP(
        "Errors",
        "This record was changed by someone else since you opened it; nothing was saved. "
        "It now shows their version: check it and make your change again.",
    ),
}


class ConflictError(ClaimDeskError):
    """An edit made from an out-of-date view: someone else changed the record since it was shown.

    ``current_version`` is the record's version now; the caller reloads it and lets the user make
    the change again on top of what is there now.
    """

    def __init__(self, what: str, ident: object, expected: int, current: int) -> None:
        super().__init__(_CONFLICT.get(what, _CONFLICT["record"]))
        self.what = what
        self.ident = ident
        self.expected_version = expected
        self.current_version = current


class NothingToUndoError(ClaimDeskError):
    def __init__(self, direction: str = "undo") -> None:
        if direction == "redo":
            super().__init__(QT_TRANSLATE_NOOP("Errors", "There is nothing to redo."))
        else:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "There is nothing to undo."))


class UndoConflictError(ClaimDeskError):
    def __init__(self, description: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{description}” cannot be undone: the records it changed have been changed since.",
            ),
            description=description,
        )


class CatalogueOpenError(ClaimDeskError):
    """The catalogue cannot be opened (unreadable, locked, not a catalogue, newer schema)."""


class MigrationError(CatalogueOpenError):
    """Upgrading the catalogue's schema failed; the catalogue was left as it was."""


class BackupSpaceError(MigrationError):
    """No room for the copy a catalogue's file gets before its schema is upgraded; the
    catalogue was left as it was, and no partial copy is left behind."""

    def __init__(self, location: object, needed_bytes: int, detail: object = "") -> None:
        megabytes = max(1, -(-needed_bytes // 1_000_000))
        if detail:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "Not enough disk space for the backup before upgrading the catalogue {location} "
                "(needs {megabytes} MB; {detail}): the catalogue was left as it was. Free some "
                "space on that disk and open it again.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "Not enough disk space for the backup before upgrading the catalogue {location} "
                "(needs {megabytes} MB): the catalogue was left as it was. Free some space on "
                "that disk and open it again.",
            )
        super().__init__(template, location=location, megabytes=megabytes, detail=detail)
        self.needed_bytes = needed_bytes


class CatalogueDamagedError(CatalogueOpenError):
    """The catalogue's file is damaged (SQLite finds it malformed, or its text undecodable).
    Nothing is written into it: what is readable can be recovered into a new file
    (``Catalogue.recover_into``, ``claimdesk-cli recover``).

    ``detail`` says what is wrong (text, or a :class:`~claimdesk.core.domain.messages.Message`)."""

    def __init__(self, location: object, detail: object = "") -> None:
        if detail:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue {location} is damaged ({detail}): ClaimDesk will not write into "
                "it. Recover what is readable into a new file (in the app, or with "
                "claimdesk-cli recover), or open a backup.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue {location} is damaged: ClaimDesk will not write into it. Recover "
                "what is readable into a new file (in the app, or with claimdesk-cli recover), "
                "or open a backup.",
            )
        super().__init__(template, location=location, detail=detail)
        self.location = location
        self.detail = detail


class VersionTableDamagedError(CatalogueDamagedError):
    """The catalogue's version table (alembic_version) does not name exactly one schema
    version, so nothing can tell which schema the file has."""

    def __init__(self, location: object, versions: list[str]) -> None:
        found = ", ".join(sorted(versions)) if versions else "—"
        named = len(versions)
        ClaimDeskError.__init__(
            self,
            _VERSION_TABLE_NAMES,
            count=named,
            location=location,
            found=found,
        )
        self.location = location
        self.detail = f"it names {len(versions)} schema versions instead of one: {found}"
        self.versions = versions


class ServerUnavailableError(CatalogueOpenError):
    """The catalogue's database server cannot be reached (stopped, network gone); nothing was
    changed. The connection pool reconnects by itself once the server is back."""


class ExportFileError(ClaimDeskError):
    """A file an export cannot (or must not) write: a link, a device, a folder, no room."""


class ImportFileError(ClaimDeskError):
    """A file that cannot be imported as an article."""


class MatchIndexError(ClaimDeskError):
    """A saved matching index that cannot be trusted (damaged, stale, another version): rebuild."""


class ExportCancelledError(ClaimDeskError):
    """The user cancelled an export: nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
        )


class UnchangedTextError(InvalidValueError):
    """A "new version" of an article whose text is the one it has now."""

    def __init__(self, article_id: int, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The text given is the text article {article} (“{title}”) has now: there is no "
                "new version to store.",
            ),
            article=article_id,
            title=title,
        )
        self.article_id = article_id


class StatusInUseError(InvalidValueError):
    """A verdict status that clusters have cannot be removed (they would be left without one)."""

    def __init__(self, key: str, label: str, clusters: int) -> None:
        super().__init__(
            _STATUS_IN_USE,
            count=clusters,
            label=label,
        )
        self.key = key
        self.label = label
        self.clusters = clusters
