"""WARC files -> pages to extract (FastWARC). No Scrapy: ``parse`` and ``bulk`` both use it.

``read_warc(path)`` yields, in file order, one ``WarcPage`` per ``response`` record that holds
an HTML page, and one ``WarcSkip`` (with a reason) per other record:

============== =====================================================================
reason         record
============== =====================================================================
``request``,   a record of that WARC-Type (``warcinfo``, ``metadata``, ``revisit``,
``warcinfo``…  ``resource``, ``conversion``, ``continuation``, ``unknown``)
``not_http``   a response that is not HTTP (``dns:``, ``whois:`` ...) or not for an http(s) URL
``http_status`` an HTTP answer other than 2xx (redirects, errors)
``not_html``   a payload that is not HTML (robots.txt, feeds, sitemaps, images, PDF)
``discovery``  a page newscrawl fetched to find articles (its ``Newscrawl-Purpose``)
``truncated``  a payload the crawler cut (``WARC-Truncated``)
``too_large``  a payload over ``max_bytes``
``bad_warc``   a record cut short, or the rest of a file that cannot be read
============== =====================================================================

Payloads are decoded (``Content-Encoding`` and chunked ``Transfer-Encoding``), as CC-NEWS and
newscrawl's own files already store them. A page's ``url`` is its ``WARC-Target-URI``, its
``fetched_at`` its ``WARC-Date`` (ISO 8601, UTC).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.archives.location import open_binary
from newscrawl.archives.write import HINTS, PURPOSE
from newscrawl.intake import printable_path

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
SNIFF = (b"<!doctype html", b"<html")


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response record."""

    url: str
    fetched_at: str
    body: bytes
    offset: int
    """Byte offset of the record in its (compressed) file."""
    hints: dict[str, Any] | None = None
    """The crawl's discovery hints (``Newscrawl-Hints``), for ``with_fallbacks``."""


@dataclass(frozen=True, slots=True)
class WarcSkip:
    """A record that is not a page to extract, and why."""

    reason: str
    detail: str
    url: str | None
    offset: int


def read_warc(path: str | Path, *, max_bytes: int) -> Iterator[WarcPage | WarcSkip]:
    """Every record of the WARC file ``path`` (a local path or a URL, see ``location.py``), as a
    page or a skip (see the module docstring)."""
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  (optional dependency)

    offset = 0
    try:
        with open_binary(str(path)) as stream:
            for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
                offset = int(record.stream_pos)
                yield _classify(record, offset, max_bytes)
    except (OSError, ValueError) as err:
        # a damaged file: what was read stands, the rest is one skip with the reason
        yield WarcSkip("bad_warc", f"unreadable after byte {offset}: {err}", None, offset)


def _classify(record: Any, offset: int, max_bytes: int) -> WarcPage | WarcSkip:  # noqa: PLR0911  (one return per reason)
    headers = record.headers
    url = headers.get("WARC-Target-URI")
    kind = str(record.record_type)
    if kind != "response":
        return WarcSkip(kind, f"a {kind} record", url, offset)
    if not record.is_http:
        return WarcSkip("not_http", "not an HTTP response", url, offset)
    if not url or not url.lower().startswith(("http://", "https://")):
        return WarcSkip("not_http", f"WARC-Target-URI {url!r} is no http(s) URL", url, offset)
    status = record.http_headers.status_code
    if status is None or not 200 <= status < 300:
        return WarcSkip("http_status", f"HTTP status {status}", url, offset)
    if headers.get(PURPOSE) == "discovery":
        return WarcSkip("discovery", "fetched to discover articles", url, offset)
    if headers.get("WARC-Truncated"):
        return WarcSkip("truncated", f"cut by the crawler ({headers.get('WARC-Truncated')})", url, offset)
    content_type = (record.http_content_type or "").lower()
    if content_type and content_type not in HTML_TYPES:
        return WarcSkip("not_html", f"content type {content_type}", url, offset)
    declared = int(record.content_length)
    body = record.reader.read(max_bytes + 1)
    if len(body) > max_bytes:
        return WarcSkip("too_large", f"payload over the {max_bytes}-byte limit", url, offset)
    http = record.http_headers
    encoded = http.get("Content-Encoding") or http.get("Transfer-Encoding")
    if len(body) < declared and not encoded:
        # FastWARC hands out what there is of a record cut short (a truncated download); a
        # decoded payload has its own length (a cut encoded one fails to decode instead)
        return WarcSkip("bad_warc", f"record cut short ({len(body)} of {declared} bytes)", url, offset)
    if not content_type and not body.lstrip()[:20].lower().startswith(SNIFF):
        return WarcSkip("not_html", "no content type and no HTML start", url, offset)
    return WarcPage(
        url=url, fetched_at=record.record_date.isoformat(), body=body, offset=offset, hints=_hints(headers)
    )


def _hints(headers: Any) -> dict[str, Any] | None:
    text = headers.get(HINTS)
    if not text:
        return None
    try:
        hints = json.loads(text)
    except ValueError:
        return None
    return hints if isinstance(hints, dict) else None


def warc_pages(path: str, max_bytes: int, count: Callable[[str], None] | None = None) -> Iterator[WarcPage]:
    """The HTML pages of the WARC file ``path``. Every other record is passed to ``count``
    by reason and summed up in one log line at the end; a damaged file is a warning."""
    skipped: Counter[str] = Counter()
    pages = 0
    for item in read_warc(path, max_bytes=max_bytes):
        if isinstance(item, WarcPage):
            pages += 1
            yield item
            continue
        skipped[item.reason] += 1
        if count is not None:
            count(item.reason)
        if item.reason == "bad_warc":
            logger.warning("WARC file %s: %s.", printable_path(path), item.detail)
        else:
            logger.debug("Skipped record %s at %d [%s]: %s", item.url, item.offset, item.reason, item.detail)
    detail = ", ".join(f"{reason} {n}" for reason, n in sorted(skipped.items()))
    logger.info(
        "Read WARC file %s: %d HTML pages; %d other records (%s).",
        printable_path(path),
        pages,
        sum(skipped.values()),
        detail or "none",
    )
