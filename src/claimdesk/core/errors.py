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


class ImportFileError(ClaimDeskError):
    """A file that cannot be imported as an article."""


class MatchIndexError(ClaimDeskError):
    """A saved matching index that cannot be trusted (damaged, stale, another version): rebuild."""
