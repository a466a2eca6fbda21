"""Web pages at an http:// or https:// address: fetched with a normal HTTP client (urllib3), their
article read exactly as an HTML file import reads it, and a snapshot of what was fetched kept.

A fetch follows at most :data:`MAX_REDIRECTS` redirects (refusing a loop, or one to an address
that is not http or https) and keeps the final address; it reads the body a piece at a time and
stops past :data:`MAX_DOWNLOAD_BYTES`; it has a connect timeout, a read timeout (nothing sent for
that long) and a limit on the whole fetch (:class:`FetchTimeouts`), and it can be cancelled from
another thread. Everything that can go wrong (a 404, a name that does not resolve, a refused
connection, a bad certificate, a timeout) is an :class:`ImportFileError` saying what happened
and what to do, in words a journalist reads (:mod:`claimdesk.core.importers.web_errors`).

What was fetched is read by :mod:`claimdesk.core.importers.web_page`: the page's charset from the
server's Content-Type header, else from the page's own ``<meta>``, else detected as for an HTML
file; a PDF, plain text and the other formats ClaimDesk imports by their own importers; anything
else (an image, a video, JSON) refused.

The :class:`WebSnapshot` holds the bytes fetched (compressed with zlib), their SHA-256, the time
of the fetch (UTC), the final address and the headers that tell versions of a page apart, so the
source survives when the page changes or disappears (the catalogue stores it with the article:
:mod:`claimdesk.core.catalogue.snapshots`).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import urllib3

from claimdesk import __version__
from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import N_NOOP, PLURAL, QT_TRANSLATE_NOOP
from claimdesk.core.importers.addresses import NOT_HOSTS as _NOT_HOSTS
from claimdesk.core.importers.addresses import SCHEME as _SCHEME
from claimdesk.core.importers.addresses import is_web_address as is_web_address  # noqa: PLC0414
from claimdesk.core.importers.base import ImportedArticle
from claimdesk.core.importers.limits import (
    FETCH_CONNECT_SECONDS,
    FETCH_READ_SECONDS,
    MAX_DOWNLOAD_BYTES,
    MAX_FETCH_SECONDS,
    MAX_REDIRECTS,
    megabytes,
)
from claimdesk.core.importers.web_errors import (
    NOT_AN_ADDRESS,
    FetchCancelledError,
    connection_error,
    status_error,
    timed_error,
    too_large,
)
from claimdesk.core.importers.web_page import read_page

if TYPE_CHECKING:
    from urllib3.response import BaseHTTPResponse

__all__ = [
    "FetchCancelledError",
    "FetchTimeouts",
    "FetchedPage",
    "PageFetch",
    "PageNotModified",
    "WebSnapshot",
    "describe_snapshot",
    "fetch_page",
    "is_web_address",
    "web_address",
]

USER_AGENT = f"Mozilla/5.0 (compatible; ClaimDesk/{__version__}; news article cataloguing)"
"""Sites refuse clients that do not say what they are; this one names itself and what it does."""
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": (
        "text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,text/plain;q=0.7,*/*;q=0.5"
    ),
    "Accept-Encoding": "gzip, deflate",  # urllib3 unpacks it, within the limit counted here
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024

_TOO_MANY_REDIRECTS = N_NOOP.translate(
    "Errors",
    "{host} redirected the page more than %n time(s) (last to {target}): open it in a browser, "
    "save it and import the file.",
    None,
    PLURAL,
    0,
)
_TOO_SLOW = N_NOOP.translate(
    "Errors",
    "{host} is sending the page too slowly (it took over %n second(s)). Try again later, or open "
    "the page in a browser, save it and import the file.",
    None,
    PLURAL,
    0,
)
_TOO_SLOW_FRACTION = QT_TRANSLATE_NOOP(
    "Errors",
    "{host} is sending the page too slowly (it took over {seconds:g} seconds). Try again later, "
    "or open the page in a browser, save it and import the file.",
)


@dataclass(frozen=True, slots=True)
class FetchTimeouts:
    """How long a fetch waits: for the connection, for each piece of the page (``read``: the
    server sending nothing for this long), and for the whole fetch, redirects included."""

    connect: float = FETCH_CONNECT_SECONDS
    read: float = FETCH_READ_SECONDS
    total: float = MAX_FETCH_SECONDS


@dataclass(frozen=True, slots=True)
class WebSnapshot:
    """What a fetch brought back, as it came: enough to keep the source when the page changes
    or disappears, and to tell later whether it has changed."""

    address: str
    """The address asked for (normalised: IDNA host, percent-encoded path)."""
    url: str
    """The final address, after redirects."""
    redirects: tuple[str, ...]
    """The addresses that redirected, in order (empty when there was no redirect)."""
    status: int
    content_type: str
    """The Content-Type header as sent (with its charset, if any)."""
    last_modified: str
    etag: str
    fetched_at: datetime
    """When the body was received (UTC)."""
    size: int
    """Bytes in the body (after the transfer's own gzip/deflate is undone)."""
    sha256: str
    """Hex SHA-256 of the body: two fetches of an unchanged page give the same."""
    compressed: bytes
    """The body, zlib-compressed."""

    def body(self) -> bytes:
        """The bytes fetched."""
        return zlib.decompress(self.compressed)

    @classmethod
    def of(
        cls,
        body: bytes,
        *,
        address: str,
        url: str,
        redirects: tuple[str, ...],
        status: int,
        headers: Message,
    ) -> WebSnapshot:
        return cls(
            address=address,
            url=url,
            redirects=redirects,
            status=status,
            content_type=str(headers.get("Content-Type", "")),
            last_modified=str(headers.get("Last-Modified", "")),
            etag=str(headers.get("ETag", "")),
            fetched_at=datetime.now(UTC),
            size=len(body),
            sha256=hashlib.sha256(body).hexdigest(),
            compressed=zlib.compress(body, 6),
        )


class PageNotModified(Exception):  # noqa: N818  (an answer, not a failure)
    """A conditional fetch (:class:`PageFetch` with ``conditions``) was answered 304: the page
    is as it was when the conditions were taken."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url} is not modified")
        self.url = url


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """The article at a web address (``url`` its final address) and the snapshot it was read
    from."""

    article: ImportedArticle
    snapshot: WebSnapshot


def web_address(text: str, *, assume_https: bool = False) -> str:
    """``text`` as an address to fetch: http or https only (anything else is an ImportFileError
    saying so), the host in IDNA, the path and query percent-encoded, the fragment dropped. With
    ``assume_https``, an address typed without a scheme (``example.com/news``) gets https://."""
    text = text.strip()
    if not text:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "Type a web address, such as https://example.com/news/article."
            )
        )
    found = _SCHEME.match(text)
    scheme = found.group(1).lower() if found is not None else ""
    if assume_https and "://" not in text and scheme not in _NOT_HOSTS | {"http", "https"}:
        text, scheme = "https://" + text.lstrip("/"), "https"
    if scheme == "file":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ClaimDesk fetches web pages from http:// and https:// addresses only, not "
                "“file:” addresses. For a file on this computer, import the file itself.",
            )
        )
    if scheme and scheme not in ("http", "https"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ClaimDesk fetches web pages from http:// and https:// addresses only, not "
                "“{scheme}:” addresses.",
            ),
            scheme=scheme,
        )
    if not scheme:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ClaimDesk fetches web pages from http:// and https:// addresses only, not "
                "addresses without http:// or https://.",
            )
        )
    try:
        parts = urlsplit(text)
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        raise _not_an_address(text) from None
    if not host or any(char in host for char in ' <>"\\^`{|}'):
        raise _not_an_address(text)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/?%:@!$&'()*+,;=-._~")
    return str(urlunsplit((scheme, netloc, path, query, "")))


def _not_an_address(text: str) -> ImportFileError:
    shown = text if len(text) <= 80 else text[:79] + "…"
    return ImportFileError(NOT_AN_ADDRESS, address=shown)


def fetch_page(
    address: str,
    *,
    timeouts: FetchTimeouts | None = None,
    limit: int = MAX_DOWNLOAD_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> FetchedPage:
    """Fetch the page at ``address`` and read its article; ImportFileError, with a readable
    reason, for anything that goes wrong."""
    return PageFetch(address, timeouts=timeouts, limit=limit, max_redirects=max_redirects).run()


class PageFetch:
    """One fetch, which :meth:`cancel` may stop from another thread (a GUI's Cancel button):
    :meth:`run` then raises :class:`FetchCancelledError` at once if it is reading the page, or
    as soon as the connection it is waiting for opens or times out."""

    def __init__(
        self,
        address: str,
        *,
        timeouts: FetchTimeouts | None = None,
        limit: int = MAX_DOWNLOAD_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        conditions: Mapping[str, str] | None = None,
    ) -> None:
        self.address = web_address(address)
        self.conditions = {name: value for name, value in (conditions or {}).items() if value}
        """Headers that make the request conditional (If-None-Match, If-Modified-Since, from
        the last snapshot): a 304 answer raises :class:`PageNotModified`."""
        self.timeouts = timeouts or FetchTimeouts()
        self.limit = limit
        self.max_redirects = max_redirects
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._response: BaseHTTPResponse | None = None

    def cancel(self) -> None:
        self._cancelled.set()
        # under the lock: the reading thread lets go of the response under it before closing
        # it, so its socket is never shut down once closed (a Cancel at the moment a fetch
        # ended raised EBADF here)
        with self._lock:
            if self._response is None:
                return
            # read to its end, its connection handed back: urllib3 refuses, no read to wake
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                self._response.shutdown()  # wakes a read blocked in another thread

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> FetchedPage:
        started = time.monotonic()
        pool = urllib3.PoolManager(
            headers=_HEADERS,
            retries=False,
            timeout=urllib3.Timeout(connect=self.timeouts.connect, read=self.timeouts.read),
        )
        try:
            url, chain, response = self._follow(pool, started)
            try:
                body = self._read_body(response, url, started)
            finally:
                with self._lock:
                    self._response = None
                response.close()  # read to its end, or given up: nothing more is wanted of it
        finally:
            pool.clear()
        headers = _headers(response)
        snapshot = WebSnapshot.of(
            body,
            address=self.address,
            url=url,
            redirects=tuple(chain[:-1]),
            status=response.status,
            headers=headers,
        )
        return FetchedPage(read_page(body, headers, url), snapshot)

    def _follow(
        self, pool: urllib3.PoolManager, started: float
    ) -> tuple[str, list[str], BaseHTTPResponse]:
        """The response at the end of the redirects, its status checked."""
        url = self.address
        chain = [url]
        while True:
            self._check(url, started)
            try:
                response = pool.request(
                    "GET",
                    url,
                    headers={**_HEADERS, **self.conditions},
                    redirect=False,
                    preload_content=False,
                )
            except urllib3.exceptions.HTTPError as error:
                if self.cancelled:
                    raise FetchCancelledError() from None
                raise connection_error(
                    error, url, connect=self.timeouts.connect, read=self.timeouts.read
                ) from None
            with self._lock:
                self._response = response
            location = response.headers.get("Location")
            if response.status not in _REDIRECTS or not location:
                break
            response.close()
            target = _redirect_target(url, location)
            if target in chain:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{host} sends the page round in a circle of redirects (back to "
                        "{target}). The site may want cookies or a login: open the page in a "
                        "browser, save it (Save page as…) and import the file.",
                    ),
                    host=_host(url),
                    target=target,
                )
            chain.append(target)
            if len(chain) > self.max_redirects + 1:
                raise ImportFileError(
                    _TOO_MANY_REDIRECTS,
                    count=self.max_redirects,
                    host=_host(self.address),
                    target=target,
                )
            url = target
        if response.status == 304 and self.conditions:
            response.close()
            raise PageNotModified(url)
        if not 200 <= response.status < 300:
            response.close()
            raise status_error(response.status, response.reason or "", url)
        return url, chain, response

    def _check(self, url: str, started: float) -> None:
        if self.cancelled:
            raise FetchCancelledError()
        if time.monotonic() - started > self.timeouts.total:
            raise timed_error(self.timeouts.total, _TOO_SLOW, _TOO_SLOW_FRACTION, host=_host(url))

    def _read_body(self, response: BaseHTTPResponse, url: str, started: float) -> bytes:
        """The body, read a piece at a time: refused past ``limit`` (before reading, when the
        server announces more)."""
        announced = str(response.headers.get("Content-Length", "")).strip()
        unpacked = not response.headers.get("Content-Encoding")
        if unpacked and announced.isdigit() and int(announced) > self.limit:
            raise too_large(url, int(announced), self.limit)
        body = bytearray()
        while True:
            self._check(url, started)
            try:
                piece = response.read1(_CHUNK)
            except urllib3.exceptions.HTTPError as error:
                if self.cancelled:
                    raise FetchCancelledError() from None
                raise connection_error(
                    error, url, connect=self.timeouts.connect, read=self.timeouts.read
                ) from None
            except OSError:
                if self.cancelled:  # the socket was shut down under the read
                    raise FetchCancelledError() from None
                raise
            if not piece:
                if self.cancelled:
                    raise FetchCancelledError()
                return bytes(body)
            if len(body) + len(piece) > self.limit:
                raise too_large(url, None, self.limit)
            body += piece


def _headers(response: BaseHTTPResponse) -> Message:
    """The headers as an email Message, whose parameter parsing reads ``charset=…``."""
    message = Message()
    for name in ("Content-Type", "Last-Modified", "ETag"):
        value = response.headers.get(name)
        if value:
            message[name] = value
    return message


def _redirect_target(url: str, location: str) -> str:
    target = urljoin(url, location.strip())
    scheme = target.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{host} redirected the page to a “{scheme}:” address, which ClaimDesk does not "
                "fetch.",
            ),
            host=_host(url),
            scheme=scheme,
        )
    try:
        return web_address(target)
    except ImportFileError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{host} redirected the page to an address that is not valid ({location})."
            ),
            host=_host(url),
            location=location[:80],
        ) from None


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def describe_snapshot(snapshot: WebSnapshot) -> str:
    """One line for a log or a report: "https://… 200, 2 MB, sha256 ab12…, 2026-01-01 10:00:00
    UTC"."""
    when = snapshot.fetched_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    return (
        f"{snapshot.url} {snapshot.status}, {megabytes(snapshot.size)}, "
        f"sha256 {snapshot.sha256[:12]}…, {when}"
    )
