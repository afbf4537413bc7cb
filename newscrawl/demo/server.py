"""A loopback HTTP server for a directory of static site files, with a request log and faults.

Used by ``newscrawl demo`` and by the tests. ``{{BASE}}`` in any served text file is replaced
by the server's base URL (``http://127.0.0.1:<port>``), so sitemaps and feeds can hold
absolute URLs. ``faults`` maps a path to a list of (status, headers) answered before the file,
one per request (e.g. one 503 that succeeds on retry); ``slow`` maps a path prefix to seconds
of delay before answering.
"""

from __future__ import annotations

import gzip
import mimetypes
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".gz": "application/gzip",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One request the server answered."""

    path: str
    """The request target as sent (path and query)."""
    status: int
    at: float
    """``time.monotonic()`` when the request arrived."""
    user_agent: str


class SiteServer:
    """Serve ``root`` on 127.0.0.1 (an ephemeral port unless ``port`` is given) in a thread."""

    def __init__(
        self,
        root: str | Path,
        *,
        port: int = 0,
        faults: dict[str, Iterable[tuple[int, dict[str, str]]]] | None = None,
        slow: dict[str, float] | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        self.hits: list[Hit] = []
        self._faults = {path: list(answers) for path, answers in (faults or {}).items()}
        self._slow = dict(slow or {})
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> SiteServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def paths(self) -> list[str]:
        """Request targets in arrival order."""
        with self._lock:
            return [hit.path for hit in self.hits]

    def _answer(self, target: str) -> tuple[int, dict[str, str], bytes]:
        path = unquote(urlsplit(target).path)
        for prefix, seconds in self._slow.items():
            if path.startswith(prefix):
                time.sleep(seconds)
        with self._lock:
            queued = self._faults.get(path)
            fault = queued.pop(0) if queued else None
        if fault is not None:
            status, headers = fault
            return status, {"Content-Type": "text/plain", **headers}, b"temporary failure\n"
        file = self._resolve(path)
        if file is None:
            return 404, {"Content-Type": "text/plain"}, b"not found\n"
        body = file.read_bytes()
        suffix = file.suffix.lower()
        if suffix == ".gz":
            body = gzip.compress(self._expand(gzip.decompress(body)), mtime=0)
        else:
            body = self._expand(body)
        ctype = _TYPES.get(suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return 200, {"Content-Type": ctype}, body

    def _expand(self, body: bytes) -> bytes:
        return body.replace(b"{{BASE}}", self.base_url.encode())

    def _resolve(self, path: str) -> Path | None:
        candidate = (self.root / path.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        elif not candidate.exists() and candidate.with_suffix(".html").is_file():
            candidate = candidate.with_suffix(".html")
        return candidate if candidate.is_file() else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                arrived = time.monotonic()
                status, headers, body = server._answer(self.path)
                with server._lock:
                    server.hits.append(Hit(self.path, status, arrived, self.headers.get("User-Agent", "")))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler
