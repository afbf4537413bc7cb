"""A fault-injecting HTTP server on 127.0.0.1 for crawl tests.

``FaultServer(pages, faults)`` serves ``pages`` (path -> ``Page``) and, per path, answers the
queued ``faults`` first, one per request; a fault written ``"*name"`` repeats forever. Every
fault is bounded: a hanging answer waits at most ``HANG_MAX`` seconds, an endless body stops
after ``ENDLESS_MAX`` bytes, and the server listens on the loopback interface only.

Faults: ``503``, ``503+retry-after`` (Retry-After: 1), ``503+retry-after-3600``, ``429``,
``429+retry-after``, ``500``, ``reset`` (TCP RST before any answer), ``truncate`` (a
Content-Length larger than the body sent), ``truncate-chunked`` (chunked body cut before its
last chunk), ``slow`` (answers after ``SLOW`` seconds), ``hang`` (never answers), ``drip``
(a byte every 0.2 s), ``endless`` (a body that never ends), ``bomb`` (``Content-Encoding:
gzip`` that inflates to ``bomb_size``), ``redirect:TARGET`` (302 to TARGET).
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HANG_MAX = 20.0
SLOW = 1.0
ENDLESS_MAX = 256 * 1024 * 1024
CHUNK = b"<p>" + b"endless " * 8000 + b"</p>\n"


@dataclass(frozen=True, slots=True)
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    host: str
    fault: str | None
    at: float


def gzip_bomb(size: int) -> bytes:
    """gzip data that inflates to ``size`` zero bytes, built without holding ``size`` bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    parts.append(packer.compress(bytes(size % len(block))))
    parts.append(packer.flush())
    return b"".join(parts)


@dataclass
class FaultServer:
    pages: dict[str, Page]
    faults: dict[str, list[str]] = field(default_factory=dict)
    bomb_size: int = 64 * 1024 * 1024
    hits: list[Hit] = field(default_factory=list)
    injected: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._bomb: bytes | None = None
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._httpd.handle_error = lambda *_: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def hits_on(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path]

    def _next_fault(self, path: str) -> str | None:
        with self._lock:
            queue = self.faults.get(path)
            if not queue:
                return None
            fault = queue[0]
            if fault.startswith("*"):
                return fault[1:]
            return queue.pop(0)

    def bomb(self) -> bytes:
        if self._bomb is None:
            self._bomb = gzip_bomb(self.bomb_size)
        return self._bomb

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                fault = server._next_fault(path)
                with server._lock:
                    server.hits.append(Hit(path, self.headers.get("Host", ""), fault, time.monotonic()))
                    server.injected += fault is not None
                if fault is None:
                    self._page(path)
                else:
                    self._fault(fault, path)

            def _page(self, path: str) -> None:
                page = server.pages.get(path)
                if page is None:
                    self._send(404, b"not found\n", "text/plain")
                else:
                    self._send(200, page.body, page.content_type)

            def _send(
                self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _fault(self, fault: str, path: str) -> None:  # noqa: PLR0912 (a branch a fault)
                status, _, extra = fault.partition("+")
                if status.isdigit():
                    headers = {}
                    if extra.startswith("retry-after"):
                        headers["Retry-After"] = extra.removeprefix("retry-after-") or "1"
                        if extra == "retry-after":
                            headers["Retry-After"] = "1"
                    self._send(int(status), b"temporary failure\n", "text/plain", headers)
                elif fault == "reset":
                    self._reset()
                elif fault == "truncate":
                    body = server.pages[path].body
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_WR)
                elif fault == "truncate-chunked":
                    body = server.pages[path].body[:100]
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(body), body))
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_WR)
                elif fault == "slow":
                    server._stop.wait(SLOW)
                    self._page(path)
                elif fault == "drip":
                    self._drip()
                elif fault == "hang":
                    server._stop.wait(HANG_MAX)
                    self.close_connection = True
                elif fault == "endless":
                    self._endless()
                elif fault == "bomb":
                    headers = {"Content-Encoding": "gzip"}
                    self._send(200, server.bomb(), "text/html; charset=utf-8", headers)
                elif fault.startswith("redirect:"):
                    self._send(302, b"", "text/plain", {"Location": fault.removeprefix("redirect:")})
                else:
                    raise ValueError(f"unknown fault {fault!r}")

            def _reset(self) -> None:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()

            def _drip(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.close_connection = True
                deadline = time.monotonic() + HANG_MAX
                try:
                    while time.monotonic() < deadline and not server._stop.wait(0.2):
                        self.wfile.write(b"<")
                        self.wfile.flush()
                except OSError:
                    return

            def _endless(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                sent = 0
                try:
                    self.wfile.write(b"<!DOCTYPE html><html><body>")
                    while sent < ENDLESS_MAX and not server._stop.is_set():
                        self.wfile.write(CHUNK)
                        sent += len(CHUNK)
                except OSError:
                    return

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def gzipped(page: Page) -> bytes:
    return gzip.compress(page.body, mtime=0)
