"""``newscrawl parse`` of a few saved pages in this process, without Scrapy or worker processes.

Starting Scrapy (about 0.35 s of imports, then the engine) and a pool of extraction workers
(each importing the extractor again) costs more than extracting a handful of pages. For at most
``MAX_INPUTS`` saved pages (no WARC file, JSONL output, no setting this path does not honour)
``parse`` reads, extracts, checks and writes them here, in the order and with the words of the
Scrapy path: the same inputs and refusals (``newscrawl.inputs``), the same intake and extraction
(``article_from_body``), ``source_path`` and ``fetched_at`` as ``with_fetch_fields`` sets them,
``not_article`` unless kept, the schema check and the duplicate check of the pipelines, the same
skip lines, the same JSONL bytes published atomically (or written in place to standard output,
a FIFO or a device), the same summary line and exit status. ``tests/test_parse_local.py``
compares the two paths record for record.

What differs: a page's time limit (``NEWSCRAWL_EXTRACT_TIMEOUT``) is a timer signal in this
process, which stops Python code but not one long call into lxml; its memory budget
(``NEWSCRAWL_EXTRACT_MEMORY_MB``) is this process's address-space limit while the page is
extracted (a worker's is its whole process's: the same imports, so about the same budget);
a crash in C code ends the run instead of one worker (``NEWSCRAWL_EXTRACT_FUNCTION``, a
stand-in extractor, takes the Scrapy path). Scrapy's own log
lines (engine start and stop) do not appear; the stats dump has newscrawl's counters only.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import pprint
import resource
import signal
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.archives import is_warc
from newscrawl.inputs import _inputs, refusal
from newscrawl.intake import (
    NEXT_STEP,
    PageSkipped,
    article_from_body,
    check_size,
    not_article_detail,
    printable_path,
    read_regular_file,
)
from newscrawl.options import EXIT_FAILED, EXIT_OK, LOG_DATE_FORMAT, LOG_FORMAT, set_options
from newscrawl.pipelines.target import OutputTarget, resolve_output
from newscrawl.runs.recover import fsync_dir
from newscrawl.schema import load_schema, record_validator
from newscrawl.urls import dedupe_keys

logger = logging.getLogger("newscrawl.spiders.callback")  # the skip lines' logger on either path

MAX_INPUTS = 4
"""At most this many saved pages are parsed in this process; more go to Scrapy's worker pool
(which extracts on every core and isolates each page in a worker process)."""

HONOURED = frozenset(
    {
        "LOG_LEVEL",
        "NEWSCRAWL_PROVENANCE",
        "NEWSCRAWL_BODY_HTML",
        "NEWSCRAWL_KEEP_NON_ARTICLES",
        "NEWSCRAWL_MAX_PAGE_BYTES",
        "NEWSCRAWL_EXTRACT_TIMEOUT",
        "NEWSCRAWL_EXTRACT_MEMORY_MB",
        "NEWSCRAWL_JOBS",
        "NEWSCRAWL_EXTRACT_BACKLOG",
        "NEWSCRAWL_EXTRACT_RECYCLE",
        "NEWSCRAWL_MAX_PAGES_IN_FLIGHT",
        "NEWSCRAWL_PROGRESS",
        "NEWSCRAWL_OUTPUT_FILE",
    }
)
"""Settings this path applies (or that only tune the worker pool it does without). Any other
``-s NAME=VALUE`` takes the Scrapy path, which knows every setting."""


@dataclass(frozen=True, slots=True)
class LocalSettings:
    provenance: bool
    body_html: bool
    keep_non_articles: bool
    max_bytes: int
    timeout: float | None
    memory_mb: int | None
    log_level: int


def local_settings(args: argparse.Namespace, overrides: dict[str, Any]) -> LocalSettings | None:
    """The settings of an in-process parse of ``args.paths``; None when the Scrapy path must
    run: more than ``MAX_INPUTS`` inputs, a WARC file, a setting this path does not honour (or
    a malformed one: the Scrapy path reports it)."""
    inputs = [path for _, (path, _root) in zip(range(MAX_INPUTS + 1), _inputs(args.paths), strict=False)]
    if len(inputs) > MAX_INPUTS or any(is_warc(path) for path in inputs):
        return None
    from newscrawl import settings as module  # noqa: PLC0415  (the NEWSCRAWL_* environment too)

    values: dict[str, Any] = {name: getattr(module, name) for name in dir(module) if name.isupper()}
    if values.get("NEWSCRAWL_EXTRACT_FUNCTION"):
        return None
    for name, value in set_options(args):  # a malformed one: UsageError, as on the Scrapy path
        if name not in HONOURED:
            return None
        values[name] = value
    if args.loglevel:
        values["LOG_LEVEL"] = args.loglevel
    values.update(overrides)
    try:
        level = logging.getLevelName(str(values["LOG_LEVEL"]).upper())
        timeout = float(values["NEWSCRAWL_EXTRACT_TIMEOUT"])
        return LocalSettings(
            provenance=_bool(values["NEWSCRAWL_PROVENANCE"]),
            body_html=_bool(values["NEWSCRAWL_BODY_HTML"]),
            keep_non_articles=_bool(values["NEWSCRAWL_KEEP_NON_ARTICLES"]),
            max_bytes=int(values["NEWSCRAWL_MAX_PAGE_BYTES"]),
            timeout=timeout if timeout > 0 else None,
            memory_mb=int(values["NEWSCRAWL_EXTRACT_MEMORY_MB"]) or None,
            log_level=level if isinstance(level, int) else logging.INFO,
        )
    except (TypeError, ValueError):
        return None


def _bool(value: Any) -> bool:
    """A boolean setting as Scrapy's ``getbool`` reads it (True, "true", 1, "1", ...)."""
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return bool(int(value))


def configure(settings: LocalSettings) -> None:
    """Log to stderr at the run's level in Scrapy's format, as the Scrapy path does."""
    logging.basicConfig(level=settings.log_level, format=LOG_FORMAT, datefmt=LOG_DATE_FORMAT, force=True)


def parse_locally(paths: Sequence[str], target: Path, settings: LocalSettings) -> int:
    """Parse ``paths`` into ``target``; the exit status ``parse`` gives. Logs through the
    logging set-up of the caller (``configure``)."""
    stats: Counter[str] = Counter()
    writer = _Writer(resolve_output(str(target)))
    seen: dict[str, str] = {}
    try:
        writer.open()
        for path, root in _inputs(paths):
            stats["newscrawl/inputs"] += 1
            article = _article(path, root, settings, stats)
            if article is None:
                continue
            stats["newscrawl/parsed"] += 1
            line = _checked_line(article, seen, stats)
            if line is not None and writer.write(line):
                stats["newscrawl/written"] += 1
        published = writer.publish()
    except KeyboardInterrupt:
        writer.abandon("shutdown")
        published = False
    except OSError as err:
        writer.fail(err)
        published = False
    finally:
        writer.close()
    from newscrawl.summary import summary_line  # noqa: PLC0415

    stats_dump = {**dict(sorted(stats.items())), "finish_reason": "finished" if published else "failed"}
    logging.getLogger(__name__).info("Dumping stats:\n%s", pprint.pformat(stats_dump))
    line = summary_line(dict(stats))
    if settings.log_level <= logging.INFO:
        logging.getLogger("newscrawl.summary").info(line)
    else:
        print(line, file=sys.stderr, flush=True)
    return EXIT_OK if published else EXIT_FAILED


def _article(path: str, root: str | None, settings: LocalSettings, stats: Counter[str]) -> Any:
    """The article of one input as the files spider and the callback give it, else None
    after the skip line."""
    label = printable_path(path)
    try:
        body, mtime = _read(path, root, settings.max_bytes)
        article = _extract(body, path, settings)
    except PageSkipped as skip:
        _skip(label, skip.reason, skip.detail, stats)
        return None
    when = datetime.fromtimestamp(mtime, UTC) if mtime is not None else datetime.now(UTC)
    article = dataclasses.replace(article, source_path=label, fetched_at=when.isoformat())
    if article.page_type != "article" and not settings.keep_non_articles:
        _skip(label, "not_article", not_article_detail(article.page_type), stats)
        return None
    return article


def _read(path: str, root: str | None, max_bytes: int) -> tuple[bytes, float | None]:
    """The input's bytes and modification time, refused as the files spider and its download
    handler refuse it (``PageSkipped``)."""
    if refused := refusal(path, root):
        raise PageSkipped(*refused)
    mtime: float | None = None
    try:
        info = Path(path).stat()
    except OSError:
        pass  # the read fails too, and says why
    else:
        mtime = info.st_mtime
        check_size(info.st_size, max_bytes)
    try:
        return read_regular_file(path, max_bytes), mtime
    except OSError as err:
        raise PageSkipped("unreadable", err.strerror or str(err)) from err


def _extract(body: bytes, path: str, settings: LocalSettings) -> Any:
    from w3lib.url import safe_url_string  # noqa: PLC0415  (as Scrapy's Request sets its url)

    url = safe_url_string(Path(path).absolute().as_uri())
    options: dict[str, Any] = {"provenance": settings.provenance, "body_html": settings.body_html}
    try:
        with _time_limit(settings.timeout), _memory_limit(settings.memory_mb):
            return article_from_body(body, url, max_bytes=settings.max_bytes, **options)
    except _PageTimeout as err:
        detail = f"extraction took over {settings.timeout:g} s; it was stopped"
        raise PageSkipped("timeout", detail) from err
    except (MemoryError, PageSkipped) as err:
        if isinstance(err, PageSkipped) and not isinstance(err.__cause__, MemoryError):
            raise
        detail = f"extraction needed more than {settings.memory_mb} MB (NEWSCRAWL_EXTRACT_MEMORY_MB)"
        raise PageSkipped("over_memory", detail) from err


def _skip(label: str, reason: str, detail: str, stats: Counter[str]) -> None:
    """The skip line ``report_skip`` logs, and its count."""
    logger.warning("Skipped %s [%s]: %s; %s.", label, reason, detail, NEXT_STEP.get(reason, ""))
    stats[f"newscrawl/skipped/{reason}"] += 1


def _checked_line(article: Any, seen: dict[str, str], stats: Counter[str]) -> str | None:
    """The record's JSON line, or None after the drop line of ``ValidatePipeline`` /
    ``DedupePipeline`` (same checks, same words)."""
    record = article.to_dict()
    source = record.get("source_path") or record.get("url") or "an item"
    if not record_validator().is_valid(record):
        from jsonschema import Draft202012Validator  # noqa: PLC0415  (only for a failing record)

        from newscrawl.pipelines.validate import invalid_reason  # noqa: PLC0415  (its words)

        reason = invalid_reason(Draft202012Validator(load_schema()), record)
        if reason is not None:
            stats["newscrawl/dropped/invalid"] += 1
            logging.getLogger("scrapy.core.scraper").warning("Dropped %s: %s", source, reason)
            return None
    keys = dedupe_keys(record)
    for key in keys:
        if key in seen:
            stats["newscrawl/dropped/duplicate"] += 1
            kind, _, value = key.partition(" ")
            what = "canonical URL" if kind == "url" else "text fingerprint"
            logging.getLogger("scrapy.core.scraper").info(
                "Dropped %s: duplicate of %s (same %s %s)", source, seen[key], what, value
            )
            return None
    for key in keys:
        seen[key] = record.get("source_path") or record.get("url") or "an earlier item"
    return str(article.to_json())


@contextmanager
def _memory_limit(megabytes: int | None) -> Iterator[None]:
    """The worker's address-space budget (RLIMIT_AS, as ``newscrawl.workers.worker`` sets it
    for its whole process) for the time of one page: past it, allocations raise MemoryError."""
    if not megabytes:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = megabytes * 2**20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


class _PageTimeout(BaseException):
    """Raised by the timer in the middle of a page's extraction (not an ``Exception``: the
    intake's catch-all must not turn it into ``extract_error``)."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    if seconds is None:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise _PageTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Writer:
    """``JsonLinesWriter``'s output without Scrapy: a temporary file beside the target renamed
    over it at the end (or lines written in place to standard output, a FIFO, a device)."""

    def __init__(self, output: OutputTarget) -> None:
        self.output = output
        self.file: Any = None
        self.temp: Path | None = None
        self.written = 0
        self.failed = False

    def open(self) -> None:
        fd, self.temp = self.output.open_lines()
        self.file = os.fdopen(fd, "wb")

    def write(self, line: str) -> bool:
        if self.failed or self.file is None:
            return False
        self.file.write(line.encode("utf-8") + b"\n")
        self.file.flush()
        self.written += 1
        return True

    def publish(self) -> bool:
        if self.failed or self.file is None:
            return False
        if self.output.atomic:
            os.fsync(self.file.fileno())
        self.file.close()
        self.file = None
        if self.temp is not None:
            self.temp.replace(self.output.path)
            self.temp = None
            fsync_dir(self.output.path.parent)
        logging.getLogger("newscrawl.pipelines.write").info(
            "Wrote %d articles to %s", self.written, self.output.describe()
        )
        return True

    def fail(self, err: OSError) -> None:
        self.failed = True
        self.output.log_failure(logging.getLogger("newscrawl.pipelines.write"), err, self.written)

    def abandon(self, reason: str) -> None:
        self.output.log_early_end(logging.getLogger("newscrawl.pipelines.write"), reason, self.written)

    def close(self) -> None:
        if self.file is not None:
            with suppress(OSError):
                self.file.close()
            self.file = None
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
            self.temp = None
