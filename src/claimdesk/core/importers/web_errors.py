"""What went wrong fetching a web page, said as a journalist would want to hear it: what
happened, in plain words, and what to do about it. Each is an :class:`ImportFileError` (the GUI
shows it in a message box, the CLI prints it on one line)."""

from __future__ import annotations

import ssl
from http import HTTPStatus
from urllib.parse import urlsplit

import urllib3

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.importers.limits import megabytes

_SAVE_IT = "Open the page in a browser, save it (Save page as…) and import the file."
_STATUS_ADVICE = {
    400: "the site did not understand the address. Check it.",
    401: f"the page needs a login. {_SAVE_IT}",
    402: f"the page is for subscribers only. {_SAVE_IT}",
    403: (
        "the site does not let ClaimDesk read this page (it may need a login or a "
        f"subscription, or turn programs away). {_SAVE_IT}"
    ),
    404: "the page is not there (any more). Check the address.",
    410: "the page has been removed from the site.",
    429: "the site is getting too many requests. Wait a few minutes and try again.",
    451: "the page is not available here for legal reasons.",
}


class FetchCancelledError(ImportFileError):
    """The user cancelled the fetch; nothing to report to them."""

    def __init__(self) -> None:
        super().__init__("The page was not fetched: cancelled.")


def status_error(status: int, reason: str, url: str) -> ImportFileError:
    """ "The server answered 404 Not Found: the page is not there (any more). Check the
    address." for a response that holds no page."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = reason.strip()
    answered = f"The server answered {status} {phrase}".rstrip()
    if status in _STATUS_ADVICE:
        advice = _STATUS_ADVICE[status]
    elif status >= 500:
        advice = (
            "the site has a problem of its own (not your address or your connection). Try "
            "again later."
        )
    elif status >= 400:
        advice = "the site refused to give the page. Check the address."
    else:
        advice = f"it sent no page to read. {_SAVE_IT}"
    return ImportFileError(f"{answered}: {advice} ({url})")


def too_large(url: str, announced: int | None, limit: int) -> ImportFileError:
    size = megabytes(announced) if announced is not None else f"over {megabytes(limit)}"
    return ImportFileError(
        f"The page at {_host(url)} is {size}; ClaimDesk fetches pages of at most "
        f"{megabytes(limit)}, and stopped. Save the article alone (the browser's reader view, "
        "or print it to PDF) and import the file."
    )


def connection_error(
    error: urllib3.exceptions.HTTPError, url: str, *, connect: float, read: float
) -> ImportFileError:
    """The readable error for what urllib3 raised while connecting or reading."""
    parts = urlsplit(url)
    host = parts.hostname or url
    if isinstance(error, urllib3.exceptions.MaxRetryError) and isinstance(
        error.reason, urllib3.exceptions.HTTPError
    ):
        error = error.reason  # only with retries; kept for safety
    if isinstance(error, urllib3.exceptions.NameResolutionError):
        return ImportFileError(
            f"The site {host} was not found: check the address for typos, and check that this "
            "computer is connected to the internet."
        )
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        cause = error.__cause__ or error.__context__
        if isinstance(cause, ConnectionRefusedError):
            port = parts.port or (443 if parts.scheme == "https" else 80)
            return ImportFileError(
                f"{host} refused the connection (nothing answers there on port {port}): the "
                "site may be down, or the address wrong. Check it, or try again later."
            )
        reason = getattr(cause, "strerror", None) or str(cause or error)
        return ImportFileError(
            f"{host} cannot be reached ({reason}): check that this computer is connected to "
            "the internet, and try again."
        )
    if isinstance(error, urllib3.exceptions.ConnectTimeoutError):
        return ImportFileError(
            f"{host} did not answer within {seconds(connect)}: the site may be down or very "
            "slow, or the connection is poor. Try again later."
        )
    if isinstance(error, urllib3.exceptions.ReadTimeoutError):
        return ImportFileError(
            f"{host} stopped sending the page (nothing came for {read:g} seconds). Try again later."
        )
    if isinstance(error, urllib3.exceptions.SSLError):
        return _tls_error(error, host)
    if isinstance(error, urllib3.exceptions.ProtocolError):
        return ImportFileError(
            f"The connection to {host} broke off before the page was complete. Try again."
        )
    if isinstance(error, urllib3.exceptions.DecodeError):
        return ImportFileError(
            f"{host} sent the page packed (compressed) in a damaged way. Try again later."
        )
    if isinstance(error, urllib3.exceptions.LocationValueError):
        return ImportFileError(f"“{url}” is not a web address ClaimDesk can fetch: check it.")
    return ImportFileError(f"The page at {url} could not be fetched: {error}.")


def _tls_error(error: urllib3.exceptions.SSLError, host: str) -> ImportFileError:
    cause = error.__cause__ or error.__context__
    if isinstance(cause, ssl.SSLCertVerificationError):
        why = cause.verify_message or "it could not be checked"
        return ImportFileError(
            f"The secure (https) connection to {host} was refused: the site's certificate is "
            f"not valid ({why}). Check the address; if it is right, the site has a problem "
            "with its certificate, and what it sends cannot be trusted to come from it."
        )
    reason = str(getattr(cause, "reason", None) or cause or error)
    if "WRONG_VERSION_NUMBER" in reason or "record layer failure" in reason:
        why = "the server there does not answer in https; try the address with http://"
    elif "PROTOCOL_VERSION" in reason or "UNSUPPORTED_PROTOCOL" in reason:
        why = "the site uses an old, insecure kind of https that is no longer accepted"
    else:
        why = reason
    return ImportFileError(f"The secure (https) connection to {host} could not be made: {why}.")


def seconds(value: float) -> str:
    return "1 second" if value == 1 else f"{value:g} seconds"


def _host(url: str) -> str:
    return urlsplit(url).hostname or url
