"""``file://`` download handler for ``newscrawl parse``: regular files only, reads capped.

Scrapy's own handler reads whatever the path names, whole: a FIFO blocks a thread forever,
``/dev/zero`` fills memory, a file that grew after it was listed is read in full. This one
opens without following a FIFO's writer (``O_NONBLOCK``), checks on the open descriptor that
it is a regular file (so a file swapped for a FIFO or a device after the walk is still
refused), and reads at most ``NEWSCRAWL_MAX_PAGE_BYTES`` + 1 bytes; the callback reports a
longer file as ``too_large``. Failures are ``OSError``s the files spider's errback reports.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.responsetypes import responsetypes
from scrapy.utils.asyncio import run_in_thread
from w3lib.url import file_uri_to_path

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response

READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
DEFAULT_MAX_BYTES = 32 * 1024 * 1024


def file_kind(mode: int) -> str:
    """A readable name for a file type that is not a regular file."""
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for check, name in kinds if check(mode)), "not a regular file")


def read_regular_file(path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` + 1 bytes of ``path``; ``OSError`` unless it is a regular file."""
    fd = os.open(path, READ_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"{file_kind(mode)}, not a regular file")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class RegularFileDownloadHandler(BaseDownloadHandler):
    async def download_request(self, request: Request) -> Response:
        # the path as found (file names that are not UTF-8 do not survive a file:// URI)
        path = request.meta.get("newscrawl_source_path") or file_uri_to_path(request.url)
        max_bytes = self.crawler.settings.getint("NEWSCRAWL_MAX_PAGE_BYTES", DEFAULT_MAX_BYTES)
        body = await run_in_thread(read_regular_file, path, max_bytes)
        respcls = responsetypes.from_args(filename=path, body=body)
        return respcls(url=request.url, body=body)
