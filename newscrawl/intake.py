"""Bytes in, an HTML page or a skip reason out: gzip, size caps, binary data, file reads.

No Scrapy and no settings: the ``files`` spider (and its download handler), the shared
callback, the worker processes, ``newscrawl explain`` and the Python API
(``newscrawl.parse_file``) all read pages through this one intake, so a page is accepted or
skipped for the same reason, in the same words, wherever it comes from. ``article_from_body``
then runs the extractor and turns its failures into skips too.

A refused page raises ``PageSkipped(reason, detail)``; ``reason`` is a slug from ``NEXT_STEP``.
"""

from __future__ import annotations

import errno
import gzip
import io
import logging
import os
import re
import stat
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from newscrawl.extract.refusals import NotHtml
from newscrawl.settings import NEWSCRAWL_MAX_PAGE_BYTES

if TYPE_CHECKING:
    from newscrawl.items import Article

logger = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SNIFF_BYTES = 1024
"""How much of the body is checked for NUL bytes (HTML never has them; UTF-16 pages have a BOM)."""
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
DEFAULT_MAX_BYTES = NEWSCRAWL_MAX_PAGE_BYTES
"""The size cap of ``read_page`` when none is given: ``parse``'s default."""


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


NEXT_STEP = {
    "unreadable": "check that the file exists and is readable",
    "not_regular": "only regular files are read",
    "no_content": "check the page in a browser; it may need JavaScript to show anything",
    "outside_input": "symlinks found in a directory must stay inside it; name the target itself",
    "too_large": "raise NEWSCRAWL_MAX_PAGE_BYTES if this really is one article",
    "bad_gzip": "re-save or re-download the page",
    "empty": "re-save or re-download the page",
    "binary": "only HTML pages can be parsed",
    "not_html": "only HTML pages can be parsed",
    "extract_error": "please report it with the file attached",
    "timeout": "raise NEWSCRAWL_EXTRACT_TIMEOUT, or report the page if it is an ordinary one",
    "worker_crashed": "please report the page; the run went on with a fresh worker",
    "over_memory": "raise NEWSCRAWL_EXTRACT_MEMORY_MB if this really is one article",
    "not_article": "pass --keep-non-articles (NEWSCRAWL_KEEP_NON_ARTICLES) to keep such pages",
}
"""What an operator can do about each skip reason (the reasons are also stats keys)."""


class PageSkipped(Exception):
    """This input yields no article; ``reason`` is a slug from ``NEXT_STEP`` (also the stats
    key ``newscrawl/skipped/<reason>``), ``detail`` one sentence saying what failed and
    ``source`` the input it failed on, when known."""

    def __init__(self, reason: str, detail: str, *, source: str | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source} " if self.source else ""
        step = NEXT_STEP.get(self.reason)
        return f"{where}[{self.reason}]: {self.detail}" + (f"; {step}" if step else "")


def printable_path(path: str) -> str:
    """``path`` as valid UTF-8 on one line: bytes that are not UTF-8, and control characters
    (a newline in a file name), become ``\\xNN`` escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def not_article_detail(page_type: str) -> str:
    """The skip line's words for a page that is not an article (``page_type`` "listing" or
    "other", see ``newscrawl/extract/page_type.py``)."""
    what = {"listing": "a listing page (home, section, tag, archive, calendar, search or author page)"}.get(
        page_type, "not a news article page"
    )
    return f"{what}, not an article"


def check_size(size: int, max_bytes: int) -> None:
    """``PageSkipped("too_large")`` when a page of ``size`` bytes is over the cap. The files
    spider checks a file's size before reading it; ``page_bytes`` checks what was read."""
    if size > max_bytes:
        raise PageSkipped("too_large", f"{size} bytes, over the {max_bytes}-byte limit")


MAX_NUL_SHARE = 0.01
"""A few stray NUL bytes in a page are removed when it is decoded (the record's provenance says
so); more than this share of the first bytes is binary data or UTF-16 without a BOM. The same
bound as ``newscrawl.extract.decode.MAX_NUL_SHARE``."""


def page_bytes(raw: bytes, max_bytes: int) -> bytes:
    """The page's HTML bytes: gunzipped (capped), or ``PageSkipped`` saying why not."""
    check_size(len(raw), max_bytes)
    if raw.startswith(GZIP_MAGIC):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as unzipped:
                raw = unzipped.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as err:
            raise PageSkipped("bad_gzip", f"not valid gzip data ({err})") from err
        if len(raw) > max_bytes:
            raise PageSkipped("too_large", f"decompresses to over {max_bytes} bytes")
    if not raw.strip():
        raise PageSkipped("empty", "the file is empty")
    head = raw[:SNIFF_BYTES]
    if head.count(b"\x00") > MAX_NUL_SHARE * len(head) and not head.startswith(UTF16_BOMS):
        raise PageSkipped("binary", "binary data, not an HTML page")
    return raw


def read_page(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The HTML bytes of the saved page at ``path``, read as ``newscrawl parse`` reads a file
    named on its command line; else ``PageSkipped`` with the same reason ``parse`` logs."""
    name = os.fspath(path)
    try:
        raw = read_regular_file(name, max_bytes)
    except OSError as err:
        if err.errno == errno.EINVAL:  # read_regular_file's refusal of FIFOs, devices, ...
            raise PageSkipped("not_regular", err.strerror or str(err)) from err
        if err.errno == errno.ELOOP:
            raise PageSkipped("unreadable", f"{err.strerror} (a symlink loop)") from err
        raise PageSkipped("unreadable", err.strerror or str(err)) from err
    return page_bytes(raw, max_bytes)


def article_from_body(
    raw: bytes,
    url: str,
    *,
    max_bytes: int,
    extract: Callable[..., Article] | None = None,
    **options: Any,
) -> Article:
    """The article in a fetched body, else ``PageSkipped``.

    ``options`` go to ``extract`` (default ``extract_article``, imported on first use so that
    importing this module stays cheap; or a stand-in with its signature), with the shipped
    publisher data (``newscrawl.publishers``) as ``publishers`` unless given: a crawl, its
    workers, ``newscrawl parse``, ``bulk`` and ``parse_file`` all apply it.
    """
    if "publishers" not in options:
        from newscrawl.publishers import default_publishers  # noqa: PLC0415  (on use, as extract)

        options["publishers"] = default_publishers()
    if extract is None:
        from newscrawl.extract import extract_article  # noqa: PLC0415  (lxml, trafilatura: on use)

        extract = extract_article
    body = page_bytes(raw, max_bytes)
    try:
        article: Article = extract(body, url, **options)
    except NotHtml as err:
        raise PageSkipped("not_html", f"not an HTML document ({err})") from err
    except Exception as err:  # extraction bugs must not stop the run; the reason is logged
        logger.debug("extract_article failed on %s", url, exc_info=True)
        detail = f"extraction failed: {type(err).__name__}: {err}"
        raise PageSkipped("extract_error", detail) from err
    if not article.text and not article.headline:
        raise PageSkipped("no_content", "no headline and no text found (a script-only page?)")
    return article
