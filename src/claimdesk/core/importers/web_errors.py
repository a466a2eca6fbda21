"""What went wrong fetching a web page, said as a journalist would want to hear it: what
happened, in plain words, and what to do about it. Each is an :class:`ImportFileError` (the GUI
shows it in a message box, the CLI prints it on one line), its message a template marked for
translation (:mod:`claimdesk.core.domain.messages`): the whole sentence, for each kind of failure,
so that it reads right in Russian too."""

from __future__ import annotations

import ssl
from http import HTTPStatus
from urllib.parse import urlsplit

import urllib3

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import N_NOOP, PLURAL, QT_TRANSLATE_NOOP
from claimdesk.core.importers.limits import megabytes

_STATUS_ADVICE = {
    400: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the site did not understand the address. Check it. ({url})",
    ),
    401: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the page needs a login. Open the page in a browser, save "
        "it (Save page as…) and import the file. ({url})",
    ),
    402: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the page is for subscribers only. Open the page in a "
        "browser, save it (Save page as…) and import the file. ({url})",
    ),
    403: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the site does not let ClaimDesk read this page (it may "
        "need a login or a subscription, or turn programs away). Open the page in a browser, "
        "save it (Save page as…) and import the file. ({url})",
    ),
    404: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the page is not there (any more). Check the address. "
        "({url})",
    ),
    410: QT_TRANSLATE_NOOP(
        "Errors", "The server answered {status}: the page has been removed from the site. ({url})"
    ),
    429: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the site is getting too many requests. Wait a few minutes "
        "and try again. ({url})",
    ),
    451: QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered {status}: the page is not available here for legal reasons. ({url})",
    ),
}
"""The message for each status with advice of its own (one whole sentence each)."""
_SERVER_PROBLEM = QT_TRANSLATE_NOOP(
    "Errors",
    "The server answered {status}: the site has a problem of its own (not your address or your "
    "connection). Try again later. ({url})",
)
_REFUSED = QT_TRANSLATE_NOOP(
    "Errors",
    "The server answered {status}: the site refused to give the page. Check the address. ({url})",
)
_NO_PAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The server answered {status}: it sent no page to read. Open the page in a browser, save it "
    "(Save page as…) and import the file. ({url})",
)

NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "Errors", "“{address}” is not a web address ClaimDesk can fetch: check it."
)
"""Said of text that cannot be fetched as given (also by :mod:`~claimdesk.core.importers.web`)."""

_CONNECT_TIMEOUT = N_NOOP.translate(
    "Errors",
    "{host} did not answer within %n second(s): the site may be down or very slow, or the "
    "connection is poor. Try again later.",
    None,
    PLURAL,
    0,
)
_CONNECT_TIMEOUT_FRACTION = QT_TRANSLATE_NOOP(
    "Errors",
    "{host} did not answer within {seconds:g} seconds: the site may be down or very slow, or "
    "the connection is poor. Try again later.",
)
_READ_TIMEOUT = N_NOOP.translate(
    "Errors",
    "{host} stopped sending the page (nothing came for %n second(s)). Try again later.",
    None,
    PLURAL,
    0,
)
_READ_TIMEOUT_FRACTION = QT_TRANSLATE_NOOP(
    "Errors",
    "{host} stopped sending the page (nothing came for {seconds:g} seconds). Try again later.",
)


class FetchCancelledError(ImportFileError):
    """The user cancelled the fetch; nothing to report to them."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The page was not fetched: cancelled."))


def status_error(status: int, reason: str, url: str) -> ImportFileError:
    """ "The server answered 404 Not Found: the page is not there (any more). Check the
    address." for a response that holds no page."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = reason.strip()
    answered = f"{status} {phrase}".rstrip()  # the standard's English words, as servers send
    if status in _STATUS_ADVICE:
        template = _STATUS_ADVICE[status]
    elif status >= 500:
        template = _SERVER_PROBLEM
    elif status >= 400:
        template = _REFUSED
    else:
        template = _NO_PAGE
    return ImportFileError(template, status=answered, url=url)


def too_large(url: str, announced: int | None, limit: int) -> ImportFileError:
    if announced is None:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The page at {host} is over {limit}; ClaimDesk fetches pages of at most {limit}, "
                "and stopped. Save the article alone (the browser's reader view, or print it to "
                "PDF) and import the file.",
            ),
            host=_host(url),
            limit=megabytes(limit),
        )
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The page at {host} is {size}; ClaimDesk fetches pages of at most {limit}, and "
            "stopped. Save the article alone (the browser's reader view, or print it to PDF) and "
            "import the file.",
        ),
        host=_host(url),
        size=megabytes(announced),
        limit=megabytes(limit),
    )


def timed_error(seconds: float, whole: str, fraction: str, host: str) -> ImportFileError:
    """The error ``whole`` (a template with ``%n`` seconds) for a whole number of ``seconds``,
    else ``fraction`` (with ``{seconds:g}``): a plural form needs a whole number."""
    if float(seconds).is_integer():
        return ImportFileError(whole, count=int(seconds), host=host)
    return ImportFileError(fraction, seconds=seconds, host=host)


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
            QT_TRANSLATE_NOOP(
                "Errors",
                "The site {host} was not found: check the address for typos, and check that "
                "this computer is connected to the internet.",
            ),
            host=host,
        )
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        cause = error.__cause__ or error.__context__
        if isinstance(cause, ConnectionRefusedError):
            port = parts.port or (443 if parts.scheme == "https" else 80)
            return ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{host} refused the connection (nothing answers there on port {port}): the "
                    "site may be down, or the address wrong. Check it, or try again later.",
                ),
                host=host,
                port=port,
            )
        reason = getattr(cause, "strerror", None) or str(cause or error)
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{host} cannot be reached ({reason}): check that this computer is connected to "
                "the internet, and try again.",
            ),
            host=host,
            reason=reason,
        )
    if isinstance(error, urllib3.exceptions.ConnectTimeoutError):
        return timed_error(connect, _CONNECT_TIMEOUT, _CONNECT_TIMEOUT_FRACTION, host=host)
    if isinstance(error, urllib3.exceptions.ReadTimeoutError):
        return timed_error(read, _READ_TIMEOUT, _READ_TIMEOUT_FRACTION, host=host)
    if isinstance(error, urllib3.exceptions.SSLError):
        return _tls_error(error, host)
    if isinstance(error, urllib3.exceptions.ProtocolError):
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The connection to {host} broke off before the page was complete. Try again.",
            ),
            host=host,
        )
    if isinstance(error, urllib3.exceptions.DecodeError):
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{host} sent the page packed (compressed) in a damaged way. Try again later.",
            ),
            host=host,
        )
    if isinstance(error, urllib3.exceptions.LocationValueError):
        return ImportFileError(NOT_AN_ADDRESS, address=url)
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "The page at {url} could not be fetched: {reason}."),
        url=url,
        reason=str(error),
    )


def _tls_error(error: urllib3.exceptions.SSLError, host: str) -> ImportFileError:
    cause = error.__cause__ or error.__context__
    if isinstance(cause, ssl.SSLCertVerificationError):
        if not cause.verify_message:
            return ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The secure (https) connection to {host} was refused: the site's "
                    "certificate is not valid (it could not be checked). Check the address; if "
                    "it is right, the site has a problem with its certificate, and what it sends "
                    "cannot be trusted to come from it.",
                ),
                host=host,
            )
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The secure (https) connection to {host} was refused: the site's certificate is "
                "not valid ({reason}). Check the address; if it is right, the site has a problem "
                "with its certificate, and what it sends cannot be trusted to come from it.",
            ),
            host=host,
            reason=cause.verify_message,
        )
    reason = str(getattr(cause, "reason", None) or cause or error)
    if "WRONG_VERSION_NUMBER" in reason or "record layer failure" in reason:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The secure (https) connection to {host} could not be made: the server there "
                "does not answer in https; try the address with http://.",
            ),
            host=host,
        )
    if "PROTOCOL_VERSION" in reason or "UNSUPPORTED_PROTOCOL" in reason:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The secure (https) connection to {host} could not be made: the site uses an "
                "old, insecure kind of https that is no longer accepted.",
            ),
            host=host,
        )
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "The secure (https) connection to {host} could not be made: {reason}."
        ),
        host=host,
        reason=reason,
    )


def _host(url: str) -> str:
    return urlsplit(url).hostname or url
