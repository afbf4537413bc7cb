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

Reading a file in parts (``bulk`` splits a big file among workers): ``index_warc(path)`` reads
every record once without parsing its HTTP message or payload and gives where each starts
(``WarcIndex``), or why the file cannot be read from the middle (``WarcIndex.reason``: a store
that cannot seek, a damaged or cut file, a ``.warc.gz`` that is not one gzip member per record).
``read_warc(path, offsets=...)`` then reads just the records starting at those offsets, in order,
and checks that each one starts where the index said (``PartMismatch`` otherwise).
"""

from __future__ import annotations

import io
import json
import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.archives.location import is_url, open_binary
from newscrawl.archives.write import HINTS, PURPOSE
from newscrawl.intake import printable_path

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
SNIFF = (b"<!doctype html", b"<html")
GZIP_MAGIC = b"\x1f\x8b"
# A plain record's header is read up to this much to find where the record ends.
MAX_PLAIN_HEADER = 1 << 16
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d{1,15})[ \t]*\r?$")


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


class PartMismatch(RuntimeError):
    """A part of a WARC file does not read as its index said (the file changed, or the store
    gave other bytes): the part fails rather than give other records than the whole file."""


@dataclass(frozen=True, slots=True)
class WarcIndex:
    """Where the records of a WARC file start, to read it in parts."""

    offsets: list[int]
    """Byte offset of each record in the (compressed) file, in file order: for a record-gzipped
    ``.warc.gz`` the start of its gzip member, for a ``.warc`` the start of its header."""
    responses: list[bool]
    """Whether each record is a ``response`` (a page, perhaps): what parts are sized by."""
    reason: str | None = None
    """Why the file can only be read whole from its start (then ``offsets`` is empty)."""

    @property
    def pages(self) -> int:
        return sum(self.responses)

    @classmethod
    def whole(cls, reason: str) -> WarcIndex:
        return cls([], [], reason)


PROBES = 16
"""Offsets of a remote file checked after indexing (each a ranged read); a local file's are all
checked."""


def index_warc(path: str) -> WarcIndex:
    """The start of every record of ``path``, from one pass that parses WARC headers only, then
    checked by seeking: every offset of a local file (at most ``PROBES`` of a remote one)
    must hold a gzip header (``.warc.gz``) or ``WARC/`` (``.warc``)."""
    offsets: list[int] = []
    responses: list[bool] = []
    try:
        reason = _read_through(path, offsets, responses)
    except (OSError, ValueError) as err:
        reason = f"it cannot be read through ({type(err).__name__}: {err})"
    if reason is None:
        try:
            with open_binary(path) as stream:  # afresh: what was read is in a remote file's cache
                reason = _probe(stream, offsets, remote=is_url(path))
        except (OSError, ValueError) as err:
            reason = f"its store cannot seek in it ({type(err).__name__}: {err})"
    return WarcIndex.whole(reason) if reason else WarcIndex(offsets, responses)


def _read_through(path: str, offsets: list[int], responses: list[bool]) -> str | None:
    """Fill ``offsets`` and ``responses`` from one pass over ``path``; why it cannot be read in
    parts, when that is already clear (None: so far it can)."""
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  (optional dependency)

    with open_binary(path) as stream:
        if not stream.seekable():
            return "its store cannot seek in it"
        for record in ArchiveIterator(stream, parse_http=False):
            offset = int(record.stream_pos)
            declared = int(record.content_length)
            got = int(record.consume())
            if got < declared:
                return f"the record at byte {offset} is cut short ({got} of {declared} bytes)"
            if offsets and offset <= offsets[-1]:
                return (
                    "its records have no start offsets of their own (a .warc.gz compressed as "
                    "one gzip stream, not one gzip member per record)"
                )
            offsets.append(offset)
            responses.append(str(record.record_type) == "response")
    return None


def _probe(stream: Any, offsets: list[int], *, remote: bool) -> str | None:
    """Why seeking to the indexed offsets does not land on records (None: it does). The last
    offset is read first, from a fresh file: a remote store that cannot seek fails there."""
    if not offsets:
        return None
    stream.seek(offsets[-1])
    head = stream.read(5)
    magic = GZIP_MAGIC if head.startswith(GZIP_MAGIC) else b"WARC/"
    if not head.startswith(magic):
        return f"no record starts at byte {offsets[-1]} (not one gzip member per record, or not gzip)"
    checked = offsets
    if remote and len(offsets) > PROBES:
        step = len(offsets) / PROBES
        checked = [offsets[int(n * step)] for n in range(PROBES)]
    for offset in checked:
        stream.seek(offset)
        if stream.read(len(magic)) != magic:
            return f"no record starts at byte {offset} (not one gzip member per record)"
    if magic == GZIP_MAGIC and not _whole_members(stream, offsets[-1]):
        return "it ends in a cut gzip member (a truncated download)"
    if magic != GZIP_MAGIC and not _whole_plain_record(stream, offsets[-1]):
        return "it ends in a cut record (a truncated download)"
    return None


def _whole_members(stream: Any, offset: int) -> bool:
    """Whether the bytes from ``offset`` (the last record) to the end are whole gzip members:
    FastWARC ends a file cut inside a record's header without a word."""
    stream.seek(offset)
    data = stream.read()
    while data:
        member = zlib.decompressobj(wbits=31)
        pending = data
        while not member.eof:
            if not pending:
                return False
            try:
                member.decompress(pending, 1 << 20)  # a bounded output: the member may be a bomb
            except zlib.error:  # not gzip after all (padding, garbage)
                return False
            pending = member.unconsumed_tail
        data = member.unused_data
    return True


def read_warc(
    path: str | Path, *, max_bytes: int, offsets: Sequence[int] | None = None
) -> Iterator[WarcPage | WarcSkip]:
    """Every record of the WARC file ``path`` (a local path or a URL, see ``location.py``), as a
    page or a skip (see the module docstring). With ``offsets`` (from ``index_warc``), only the
    records that start there, and any failure to read them is an error (``PartMismatch``,
    ``OSError``, ``ValueError``), not a ``bad_warc`` skip: the index read them all once."""
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  (optional dependency)

    if offsets is not None:
        yield from _read_part(str(path), offsets, max_bytes)
        return
    offset = 0
    last: WarcPage | WarcSkip | None = None  # held back: a cut end of file may replace it
    try:
        with open_binary(str(path)) as stream:
            for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
                if last is not None:
                    yield last
                offset = int(record.stream_pos)
                last = _classify(record, offset, max_bytes)
            cut = _cut_end(stream, offset)
    except (OSError, ValueError) as err:
        # a damaged file: what was read stands, the rest is one skip with the reason
        if last is not None:
            yield last
        yield WarcSkip("bad_warc", f"unreadable after byte {offset}: {err}", None, offset)
        return
    if cut and not (isinstance(last, WarcSkip) and last.reason == "bad_warc"):
        detail = f"the file ends inside a record after byte {offset} (a truncated download)"
        if isinstance(last, WarcPage):  # whole, but what came after it is lost
            yield last
            last = None
        yield WarcSkip("bad_warc", detail, last.url if last else None, offset)
    elif last is not None:
        yield last


def _cut_end(stream: Any, offset: int) -> bool:
    """Whether the file is cut inside the record at ``offset`` (the last one read): FastWARC
    ends a record-gzipped file cut inside a record's header without a word, and reads what
    there is of a plain ``.warc`` record cut inside its header as a record of no known type (or
    of its type, when the cut falls in its content). Only the bytes from ``offset`` on are read
    again (a plain record's header, then the file's size); a store that cannot seek is not
    checked."""
    if not stream.seekable():
        return False
    stream.seek(0)
    if stream.read(2) != GZIP_MAGIC:
        return not _whole_plain_record(stream, offset)
    return not _whole_members(stream, offset)


def _whole_plain_record(stream: Any, offset: int) -> bool:
    """Whether the plain WARC record at ``offset`` is whole: its header ends (a blank line),
    declares its ``Content-Length``, and the file holds that whole block (the two line breaks
    closing a record carry nothing: a writer that leaves them out loses no data). A file with
    no record (``offset`` at its end) is whole."""
    stream.seek(0, io.SEEK_END)
    size = int(stream.tell())
    if offset >= size:
        return True
    stream.seek(offset)
    head = bytes(stream.read(MAX_PLAIN_HEADER))
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return False
    length = _CONTENT_LENGTH.search(head[:end])
    if length is None:
        return False
    return size >= offset + end + 4 + int(length.group(1))


def _read_part(path: str, offsets: Sequence[int], max_bytes: int) -> Iterator[WarcPage | WarcSkip]:
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  (optional dependency)

    if not offsets:
        return
    with open_binary(path) as stream:
        stream.seek(offsets[0])
        records = iter(ArchiveIterator(stream, parse_http=True, auto_decode="all"))
        for expected in offsets:
            record = next(records, None)
            if record is None:
                raise PartMismatch(
                    f"{printable_path(path)}: no record at byte {expected}, where its index had one"
                )
            if int(record.stream_pos) != expected:
                raise PartMismatch(
                    f"{printable_path(path)}: a record at byte {record.stream_pos}, where its index "
                    f"had one at byte {expected}"
                )
            yield _classify(record, expected, max_bytes)


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


def warc_pages(
    path: str,
    max_bytes: int,
    count: Callable[[str], None] | None = None,
    offsets: Sequence[int] | None = None,
) -> Iterator[WarcPage]:
    """The HTML pages of the WARC file ``path`` (of its records at ``offsets``: a part). Every
    other record is passed to ``count`` by reason and summed up in one log line at the end; a
    damaged file is a warning."""
    skipped: Counter[str] = Counter()
    pages = 0
    for item in read_warc(path, max_bytes=max_bytes, offsets=offsets):
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
        "Read WARC file %s%s: %d HTML pages; %d other records (%s).",
        printable_path(path),
        f" (the {len(offsets)} records from byte {offsets[0]})" if offsets else "",
        pages,
        sum(skipped.values()),
        detail or "none",
    )
