"""Errors a user can cause, each with a message fit to show them as it is.

The GUI shows ``str(error)`` in a message box and the CLI prints it on one line; neither needs to
know the type, but tests and callers can catch the precise kind.
"""

from __future__ import annotations


class ClaimDeskError(Exception):
    """Base of every error the user can cause; ``str()`` is a readable one-line message."""


class NotFoundError(ClaimDeskError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"There is no {what} with id {ident} in this catalogue.")
        self.what = what
        self.ident = ident


class SpanOutOfRangeError(ClaimDeskError):
    def __init__(self, start: int, end: int, length: int) -> None:
        super().__init__(
            f"The span {start}–{end} lies outside the article text, which is {length} characters "
            "long."
        )


class EmptySpanError(ClaimDeskError):
    def __init__(self) -> None:
        super().__init__("The selection is empty: select some words of the article first.")


class QuoteNotFoundError(ClaimDeskError):
    def __init__(self, quote: str, occurrence: int, found: int) -> None:
        shown = quote if len(quote) <= 60 else quote[:57] + "…"
        if found == 0:
            message = f"The quote “{shown}” does not occur in the article."
        else:
            message = (
                f"The quote “{shown}” occurs {found} time(s) in the article; "
                f"occurrence {occurrence} does not exist."
            )
        super().__init__(message)


class InvalidValueError(ClaimDeskError):
    """A field value the catalogue cannot take (an empty name, a malformed date, …)."""


class DuplicateError(ClaimDeskError):
    """Something the catalogue already holds (an alias, a link)."""


class ConflictError(ClaimDeskError):
    """An edit made from an out-of-date view: someone else changed the record since it was shown.

    ``current_version`` is the record's version now; the caller reloads it and lets the user make
    the change again on top of what is there now.
    """

    def __init__(self, what: str, ident: object, expected: int, current: int) -> None:
        super().__init__(
            f"This {what} was changed by someone else since you opened it; nothing was saved. "
            "It now shows their version: check it and make your change again."
        )
        self.what = what
        self.ident = ident
        self.expected_version = expected
        self.current_version = current


class NothingToUndoError(ClaimDeskError):
    def __init__(self, direction: str = "undo") -> None:
        super().__init__(f"There is nothing to {direction}.")


class UndoConflictError(ClaimDeskError):
    def __init__(self, description: str) -> None:
        super().__init__(
            f"“{description}” cannot be undone: the records it changed have been changed since."
        )


class CatalogueOpenError(ClaimDeskError):
    """The catalogue cannot be opened (unreadable, locked, not a catalogue, newer schema)."""


class MigrationError(CatalogueOpenError):
    """Upgrading the catalogue's schema failed; the catalogue was left as it was."""


class BackupSpaceError(MigrationError):
    """No room for the copy a catalogue's file gets before its schema is upgraded; the
    catalogue was left as it was, and no partial copy is left behind."""

    def __init__(self, location: object, needed_bytes: int, detail: str = "") -> None:
        megabytes = max(1, -(-needed_bytes // 1_000_000))
        super().__init__(
            f"Not enough disk space for the backup before upgrading the catalogue {location} "
            f"(needs {megabytes} MB{f'; {detail}' if detail else ''}): the catalogue was left "
            "as it was. Free some space on that disk and open it again."
        )
        self.needed_bytes = needed_bytes


class CatalogueDamagedError(CatalogueOpenError):
    """The catalogue's file is damaged (SQLite finds it malformed, or its text undecodable).
    Nothing is written into it: what is readable can be recovered into a new file
    (``Catalogue.recover_into``, ``claimdesk-cli recover``)."""

    def __init__(self, location: object, detail: str = "", *, problem: str = "") -> None:
        problem = problem or f"The catalogue {location} is damaged"
        shown = f" ({detail})" if detail else ""
        super().__init__(
            f"{problem}{shown}: ClaimDesk will not write into it. Recover what is readable into "
            "a new file (in the app, or with claimdesk-cli recover), or open a backup."
        )
        self.location = location
        self.detail = detail


class VersionTableDamagedError(CatalogueDamagedError):
    """The catalogue's version table (alembic_version) does not name exactly one schema
    version, so nothing can tell which schema the file has."""

    def __init__(self, location: object, versions: list[str]) -> None:
        found = ", ".join(sorted(versions)) if versions else "none"
        super().__init__(
            location,
            f"it names {len(versions)} schema versions instead of one: {found}",
            problem=f"The catalogue {location} cannot be used: this catalogue's version table "
            "is damaged",
        )
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
        super().__init__("The export was cancelled; no file was written.")


class UnchangedTextError(InvalidValueError):
    """A "new version" of an article whose text is the one it has now."""

    def __init__(self, article_id: int, title: str) -> None:
        super().__init__(
            f"The text given is the text article {article_id} (“{title}”) has now: there is no "
            "new version to store."
        )
        self.article_id = article_id


class StatusInUseError(InvalidValueError):
    """A verdict status that clusters have cannot be removed (they would be left without one)."""

    def __init__(self, key: str, label: str, clusters: int) -> None:
        given = "1 cluster has it" if clusters == 1 else f"{clusters:,} clusters have it"
        super().__init__(
            f"The status “{label}” cannot be removed: {given}. Give those clusters another "
            "status first (or rename this one). Nothing was changed."
        )
        self.key = key
        self.label = label
        self.clusters = clusters
