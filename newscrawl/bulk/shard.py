"""One bulk task: a WARC file in, a JSONL file of articles out. No Scrapy, no Dask.

``parse_shard`` reads the file's HTML response records (``newscrawl.archives.read``), extracts
each with ``article_from_body`` (the intake every ``parse`` worker uses, with the site rules
of ``--sites``), sets ``fetched_at`` from ``WARC-Date``, then does what ``parse`` does after
extraction: skips a page that is not an article (``not_article``, unless
``keep_non_articles``), applies an archived crawl page's fallbacks, drops a record that breaks
the schema (``invalid``) and the second copy of an article within the shard (``duplicate``:
same canonical URL or same text fingerprint).

Extraction runs in ``parse``'s worker process (``newscrawl.workers.ExtractPool``, one per
Dask worker process, kept between tasks) whenever a per-page limit is set (``timeout``,
``memory_mb``; ``newscrawl bulk`` sets both from parse's settings): a hostile page is stopped and skipped as
``timeout`` / ``over_memory`` / ``worker_crashed`` and the shard goes on. With neither limit
it runs in the task's own process. Lines go to a
hidden temporary file beside the output, which is fsync'ed and renamed over it at the end: an
output file is complete or absent, never half-written.
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import os
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawl.archives import is_warc
from newscrawl.archives.location import files_under, identity, is_dir, is_url, read_text
from newscrawl.archives.read import warc_pages
from newscrawl.archives.rules import SiteRules
from newscrawl.discovery import Hints
from newscrawl.discovery.fallbacks import with_fallbacks
from newscrawl.intake import PageSkipped, article_from_body
from newscrawl.items import Article
from newscrawl.runs.recover import fsync_dir
from newscrawl.schema import record_validator
from newscrawl.urls import dedupe_keys

if TYPE_CHECKING:
    from newscrawl.workers.pool import ExtractPool

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: a WARC file, identified by its path and its size and mtime (a file
    that changed since it was parsed is parsed again)."""

    path: str
    size: int
    mtime_ns: int

    @property
    def id(self) -> str:
        """A file-name-safe, stable name: the file's name, then a hash of its absolute path
        (two ``part-00000.warc.gz`` in different directories stay apart)."""
        name = Path(self.path).name
        for suffix in (".warc.gz", ".warc"):
            if name.lower().endswith(suffix):
                name = name[: -len(suffix)]
                break
        digest = hashlib.sha1(os.fsencode(_absolute(self.path))).hexdigest()[:10]
        return f"{_UNSAFE.sub('_', name)[:80]}-{digest}"

    @classmethod
    def of(cls, path: str) -> Shard:
        size, mtime_ns = identity(path)
        return cls(path, size, mtime_ns)


@dataclass(frozen=True, slots=True)
class Options:
    """What every task of a run shares."""

    max_bytes: int = 32 * 1024 * 1024
    provenance: bool = False
    sites_file: str | None = None
    keep_non_articles: bool = False
    body_html: bool = False
    timeout: float | None = None
    """Seconds one page may take (``bulk`` passes NEWSCRAWL_EXTRACT_TIMEOUT); None: no limit."""
    memory_mb: int | None = None
    """Address-space budget of the extraction process (NEWSCRAWL_EXTRACT_MEMORY_MB)."""
    extract: str | None = None
    """A ``module:function`` stand-in for ``extract_article`` (NEWSCRAWL_EXTRACT_FUNCTION);
    runs in the worker process."""


@dataclass(slots=True)
class ShardResult:
    shard: Shard
    output: str
    articles: int = 0
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    """``warc/<reason>`` (records that are no page), ``skipped/<reason>``, ``dropped/<reason>``."""
    seconds: float = 0.0
    """Seconds of its task; of a shard read in parts, the sum of its part tasks and its join."""
    worker_pid: int = 0
    parts: int = 1
    """Tasks it was read in (1: the whole file in one task; see ``newscrawl.bulk.parts``)."""
    part_seconds: list[float] = field(default_factory=list)
    """Seconds of each part task, in file order (empty when read whole)."""


def find_shards(inputs: Iterable[str]) -> Iterator[Shard]:
    """WARC files named, found under directories (sorted, recursively), or listed one per line
    in a text file (blank lines and ``#`` comments ignored), each once, in that order. Each can
    be a local path or a URL fsspec opens (``https://``, ``s3://`` ...; ``location.py``)."""
    seen: set[str] = set()
    for path in _expand(inputs):
        key = _absolute(path)
        if key not in seen:
            seen.add(key)
            yield Shard.of(path)


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    for item in inputs:
        if is_dir(item):
            yield from sorted(p for p in files_under(item) if is_warc(p.rsplit("/", 1)[-1]))
        elif is_warc(item):
            yield item
        else:
            listed = [line.strip() for line in read_text(item).splitlines()]
            yield from _expand(line for line in listed if line and not line.startswith("#"))


def _absolute(path: str) -> str:
    """One spelling per file: a local path resolved, a URL as given."""
    return path if is_url(path) else str(Path(path).resolve())


def parse_shard(shard: Shard, output: str, options: Options) -> ShardResult:
    """Parse ``shard`` into ``output`` (replaced atomically); what happened to its records."""
    started = time.perf_counter()
    result = ShardResult(shard, output, worker_pid=os.getpid())
    counts: Counter[str] = Counter()
    result.articles = write_unique(Path(output), records(shard.path, options, counts), counts)
    result.pages = counts.pop("pages", 0)
    result.counts = dict(sorted(counts.items()))
    result.seconds = time.perf_counter() - started
    return result


def write_unique(target: Path, lines: Iterable[tuple[list[str], str]], counts: Counter[str]) -> int:
    """Write each line whose dedupe keys none before it had to ``target``, replaced atomically
    (:func:`publish_lines`); a later copy is counted as ``dropped/duplicate``. The number of
    lines written."""
    seen: set[str] = set()

    def unique() -> Iterator[str]:
        for keys, line in lines:
            if seen.intersection(keys):
                counts["dropped/duplicate"] += 1
                continue
            seen.update(keys)
            yield line

    return publish_lines(target, unique())


def publish_lines(target: Path, lines: Iterable[str]) -> int:
    """``lines`` to ``target``, replaced atomically: written to a hidden temporary file beside
    it (``.<name>.<pid>.tmp``, the name a rerun clears), fsync'ed, renamed over it, the rename
    made durable. The number of lines written."""
    written = 0
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temp.open("w", encoding="utf-8") as out:
            for line in lines:
                out.write(line)
                written += 1
            out.flush()
            os.fsync(out.fileno())
        temp.replace(target)
        fsync_dir(target.parent)
    finally:
        temp.unlink(missing_ok=True)
    return written


def records(
    path: str, options: Options, counts: Counter[str], offsets: Sequence[int] | None = None
) -> Iterator[tuple[list[str], str]]:
    """(dedupe keys, JSON line) of each valid record of the WARC file ``path`` (of its records at
    ``offsets``), in file order, before duplicates are dropped; ``counts`` gets ``pages`` and a
    count per reason for everything else."""
    rules = _rules(options.sites_file)
    validator = record_validator()

    def skipped(reason: str) -> None:
        counts[f"warc/{reason}"] += 1

    for page in warc_pages(path, options.max_bytes, skipped, offsets):
        counts["pages"] += 1
        try:
            article = _extract(page.body, page.url, options, rules.for_url(page.url))
        except PageSkipped as skip:
            counts[f"skipped/{skip.reason}"] += 1
            continue
        if article.page_type != "article" and not options.keep_non_articles:
            counts["skipped/not_article"] += 1
            continue
        article = dataclasses.replace(article, source_path=None, fetched_at=page.fetched_at)
        hints = Hints.from_meta(page.hints)
        if hints is not None:  # an archived crawl page: the crawl's fallbacks
            article = with_fallbacks(article, hints)
        record = article.to_dict()
        if not validator.is_valid(record):
            counts["dropped/invalid"] += 1
            continue
        yield dedupe_keys(record), article.to_json() + "\n"


def _extract(body: bytes, url: str, options: Options, rules: Any) -> Article:
    """The page's article (``PageSkipped`` when none), in the worker process when a per-page
    limit is set, else here."""
    kwargs = {"rules": rules, "provenance": options.provenance, "body_html": options.body_html}
    pool = _pool(options.timeout or None, options.memory_mb or None, options.extract)
    if pool is None:
        return article_from_body(body, url, max_bytes=options.max_bytes, **kwargs)
    from newscrawl.workers.wire import Job, Skipped  # noqa: PLC0415

    outcome = pool.submit(Job(body, url, options.max_bytes, kwargs)).result()
    if isinstance(outcome, Skipped):
        raise PageSkipped(outcome.reason, outcome.detail)
    return outcome.article


@cache
def _pool(timeout: float | None, memory_mb: int | None, extract: str | None) -> ExtractPool | None:
    """One extraction worker for this process (a Dask worker runs one task at a time), kept
    for the next shards; stopped when the process exits."""
    if timeout is None and memory_mb is None and extract is None:
        return None
    from newscrawl.workers.pool import ExtractPool  # noqa: PLC0415

    pool = ExtractPool(1, timeout=timeout, extract=extract, memory_mb=memory_mb).start()
    atexit.register(pool.close)
    return pool


@cache
def _rules(sites_file: str | None) -> SiteRules:
    return SiteRules.load(sites_file)
