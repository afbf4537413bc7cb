"""``file://`` download handler for ``newscrawl parse``: regular files only, reads capped.

Scrapy's own handler reads whatever the path names, whole: a FIFO blocks a thread forever,
``/dev/zero`` fills memory, a file that grew after it was listed is read in full. This one
opens without following a FIFO's writer (``O_NONBLOCK``), checks on the open descriptor that
it is a regular file (so a file swapped for a FIFO or a device after the walk is still
refused), and reads at most ``NEWSCRAWL_MAX_PAGE_BYTES`` + 1 bytes; the callback reports a
longer file as ``too_large``. Failures are ``OSError``s the files spider's errback reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.responsetypes import responsetypes
from scrapy.utils.asyncio import run_in_thread
from w3lib.url import file_uri_to_path

from newscrawl.intake import read_regular_file

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response


class RegularFileDownloadHandler(BaseDownloadHandler):
    async def download_request(self, request: Request) -> Response:
        # the path as found (file names that are not UTF-8 do not survive a file:// URI)
        path = request.meta.get("newscrawl_source_path") or file_uri_to_path(request.url)
        max_bytes = self.crawler.settings.getint("NEWSCRAWL_MAX_PAGE_BYTES")
        body = await run_in_thread(read_regular_file, path, max_bytes)
        respcls = responsetypes.from_args(filename=path, body=body)
        return respcls(url=request.url, body=body)
