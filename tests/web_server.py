"""A web site for tests: an HTTP server on 127.0.0.1 (a port the system picks) in a thread, whose
pages, redirects and misbehaviours each test sets; nothing reaches the internet. Used by the web
importer's tests, the CLI's and the GUI's."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "data" / "ru-sputnik-baku-ambassador.txt"


def article_html(text: str, *, title: str = "", head: str = "", charset_meta: str = "") -> str:
    """A news page around ``text`` (one paragraph per line), with navigation and a footer the
    extraction must drop."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    paragraphs = "\n".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}{head}<title>{title}</title></head><body>"
        '<nav><a href="/">Главная</a> <a href="/world">В мире</a> <a href="/sport">Спорт</a></nav>'
        f"<article><h1>{title}</h1>\n{paragraphs}</article>"
        "<footer>© Все права защищены. Подписывайтесь на наш канал.</footer></body></html>"
    )


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


Respond = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    respond: Respond | None = None
    """Writes the whole answer itself (slow, endless, broken servers)."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        site = self.server.site
        site.requests.append((self.path, dict(self.headers.items())))
        route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
        if route is None:
            route = Route(404, b"<html><body>Not here</body></html>", {"Content-Type": "text/html"})
        if route.respond is not None:
            route.respond(self)
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the tests say what went wrong


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: LocalSite

    def handle_error(self, request: object, client_address: object) -> None:
        # A client hanging up before the answer is written (the fetcher does, after an error
        # status) is normal. socketserver would print the traceback to stderr, where it mixes
        # with the CLI output a test reads; keep it for the test instead.
        self.site.server_errors.append(sys.exc_info()[1])


class LocalSite:
    """Serves what the test puts in :attr:`routes`; :meth:`url` gives a path's full address."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.server_errors: list[BaseException | None] = []
        """What went wrong while answering (a client that hung up early, mostly)."""
        self.sent = 0
        """Bytes an endless answer has sent so far."""
        self.stopping = threading.Event()
        """Set when the site closes: slow answers wait on it, so none outlives the test."""
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.site = self
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def page(
        self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
        status: int = 200, **headers: str,
    ) -> str:  # fmt: skip
        data = body.encode("utf-8") if isinstance(body, str) else body
        named = {name.replace("_", "-"): value for name, value in headers.items()}
        self.routes[path] = Route(status, data, {"Content-Type": content_type, **named})
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status, b"", {"Location": to})
        return self.url(path)

    def respond(self, path: str, respond: Respond) -> str:
        self.routes[path] = Route(respond=respond)
        return self.url(path)

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@contextmanager
def local_site() -> Iterator[LocalSite]:
    site = LocalSite()
    try:
        yield site
    finally:
        site.close()


def slow_answer(site: LocalSite, seconds: float) -> Respond:
    """Sends nothing for ``seconds`` (or until the site closes), then a page."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        site.stopping.wait(seconds)
        body = b"<html><body><p>late</p></body></html>"
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except OSError:
            pass  # the client gave up long ago

    return respond


def endless_answer(site: LocalSite, *, announce: bool = False, piece: int = 64 * 1024) -> Respond:
    """An HTML page that never ends (``announce``: saying it is a terabyte), sent as fast as the
    client reads; counts what it sent in ``site.sent``."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if announce:
            handler.send_header("Content-Length", str(2**40))
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<p>" + "Слова, слова, слова. ".encode() * (piece // 40) + b"</p>\n"
        sent = 0
        try:
            handler.wfile.write(b"<!DOCTYPE html><html><body>")
            while not site.stopping.is_set() and sent < 2**31:
                handler.wfile.write(chunk)
                sent += len(chunk)
                site.sent = sent
        except OSError:
            pass  # the client stopped reading: as it should

    return respond


def dripping_answer(site: LocalSite, every: float) -> Respond:
    """A page sent one byte every ``every`` seconds, never idle long enough for a read
    timeout."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            while not site.stopping.wait(every):
                handler.wfile.write(b"x")
                handler.wfile.flush()
        except OSError:
            pass

    return respond


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@contextmanager
def https_site(folder: Path) -> Iterator[LocalSite]:
    """A :func:`local_site` that answers https with a self-signed certificate (made here with the
    openssl command), which no client trusts."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    site = LocalSite(context)
    try:
        yield site
    finally:
        site.close()
