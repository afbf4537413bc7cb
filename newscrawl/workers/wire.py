"""What crosses the pipe between the parent and a worker: one job in, one outcome out.

Each message is a pickle (protocol 5) preceded by its length as 8 bytes, big-endian. Only the
parent and the workers it started speak this, over their own pipes, so pickle is safe here.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import time
from dataclasses import dataclass, field
from typing import Any

from newscrawl.items import Article

HEADER = struct.Struct(">Q")


@dataclass(frozen=True, slots=True)
class Job:
    """One fetched page to extract."""

    body: bytes
    """The page as fetched or read (gzip still compressed: the worker undoes it)."""
    url: str
    """Where it came from: http(s) URL, or a ``file://`` URI for a saved page."""
    max_bytes: int
    """Pages larger than this (raw or decompressed) are skipped as ``too_large``."""
    options: dict[str, Any] = field(default_factory=dict)
    """Keyword arguments of ``extract_article``: ``rules`` (an ``ExtractRules``), ``provenance``."""


@dataclass(frozen=True, slots=True)
class Extracted:
    article: Article


OVER_MEMORY = "over_memory"
"""Skip reason of a page whose extraction ran out of its worker's memory budget."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """No article: ``reason`` is a skip slug (``newscrawl.intake.NEXT_STEP``)."""

    reason: str
    detail: str


Outcome = Extracted | Skipped


@dataclass(frozen=True, slots=True)
class Ready:
    """A worker's first message: extraction is imported and warmed up, so the page clock
    (``NEWSCRAWL_EXTRACT_TIMEOUT``) measures a page's work and never the worker's start-up."""


def send(fd: int, message: Any) -> None:
    """Write one message to the file descriptor ``fd`` (blocking until it is all written)."""
    data = pickle.dumps(message, protocol=5)
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def read_exactly(fd: int, size: int, deadline: float | None = None) -> bytes:
    """``size`` bytes from ``fd``; EOFError when the other end closes first, TimeoutError when
    ``deadline`` (a ``time.monotonic()`` value) passes first."""
    chunks = []
    while size:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError("the pipe closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive(fd: int, deadline: float | None = None) -> Any:
    """Read one message from ``fd``; EOFError when the other end has closed, TimeoutError when
    ``deadline`` passes before the whole message arrived."""
    (size,) = HEADER.unpack(read_exactly(fd, HEADER.size, deadline))
    return pickle.loads(read_exactly(fd, size, deadline))
