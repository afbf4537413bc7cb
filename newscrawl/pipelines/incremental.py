"""Incremental crawls: emit an article the first time, and again only when it changed.

Between dedupe and the writer. For each article, the state store is looked up by the
normalised request URL, fetched URL and canonical URL (one record for all of them):

* not seen: emitted with ``revision`` 1;
* seen, same fingerprint and ``date_modified`` not later: dropped as ``unchanged`` (its
  discovery date is remembered, so the next run skips it before fetching);
* otherwise: emitted with ``revision`` N+1 and ``previous_fingerprint``.

The store row is written only when the writer reports the line durable (``lines_written``:
flushed and fsync'ed), so a crash never records an article that is not on disk. At open, the
pipeline takes the site's ``flock`` (a second run of the site is refused: the spider closes
with reason ``site_locked`` before any request) and publishes the
``.partial`` output of any crashed run, recording its articles as seen.

Several workers (``NEWSCRAWL_STATE_URL`` names a shared store, see docs/distributed.md): the
lock is per site *and worker*, a worker recovers only its own ``.partial`` files, and an article
is claimed in the store before it is emitted, so that two workers never both emit it.

Settings: ``NEWSCRAWL_DATA_DIR`` (state store and locks), ``NEWSCRAWL_OUTPUT_DIR``,
``NEWSCRAWL_STATE_URL`` (``sqlite:///PATH`` or ``postgresql://...``; unset: the data directory),
``NEWSCRAWL_STATE_STORE`` (import path of a ``StateStore`` class with ``in_data_dir``),
``NEWSCRAWL_CLAIM_SECONDS`` (how long a claim holds, default 30).
Only active for the ``news`` spider: ``parse`` never touches the store.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import CloseSpider, DropItem, NotConfigured
from scrapy.utils.misc import load_object

from newscrawl.discovery import Hints
from newscrawl.discovery.dates import parse_date
from newscrawl.items import Article
from newscrawl.runs import recover_partials
from newscrawl.signals import lines_written
from newscrawl.state import SeenArticle, SiteLock, SiteLocked, StateStore
from newscrawl.state.url import open_state_store, worker_of
from newscrawl.urls import normalise_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

Pending = dict[tuple[str | None, str | None], tuple[list[str], str | None]]


class IncrementalPipeline:
    def __init__(
        self,
        crawler: Crawler,
        *,
        site: str,
        strip_params: tuple[str, ...] = (),
        data_dir: Path,
        output_dir: Path | None,
        store_cls: Any,
        state_url: str | None = None,
        worker: str | None = None,
        claim_seconds: float = 30.0,
    ) -> None:
        self.crawler = crawler
        self.site = site
        self.strip_params = strip_params
        """The site's own tracking parameters, left out of its keys."""
        self.data_dir = data_dir
        self.output_dir = output_dir
        self.store_cls = store_cls
        self.state_url = state_url
        self.worker = worker
        """The worker's name in a distributed crawl (None: one machine, as before)."""
        self.claim_seconds = claim_seconds
        self.store: StateStore | None = None
        self.lock = SiteLock(data_dir, site if worker is None else f"{site}@{worker}")
        self.refused: str | None = None
        self.writer_releases = False
        """Set by the run writer: it releases the lock itself, after publishing."""
        self.pending: Pending = {}
        """(url, fingerprint) of an emitted article -> (store keys, discovery date)."""
        self.emitted: set[str] = set()
        """Store keys emitted in this run (two URLs of one article count once)."""
        assert crawler.stats is not None
        self.stats: StatsCollector = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        site = getattr(getattr(crawler, "spider", None), "site", None)
        name = getattr(site, "name", None)
        if not isinstance(name, str):
            raise NotConfigured("not a site crawl")
        settings = crawler.settings
        output_dir = settings.get("NEWSCRAWL_OUTPUT_DIR")
        pipeline = cls(
            crawler,
            site=name,
            strip_params=tuple(getattr(site, "strip_params", ())),
            data_dir=Path(settings.get("NEWSCRAWL_DATA_DIR")).expanduser(),
            output_dir=Path(output_dir).expanduser() if output_dir else None,
            store_cls=load_object(settings.get("NEWSCRAWL_STATE_STORE")),
            state_url=settings.get("NEWSCRAWL_STATE_URL"),
            worker=worker_of(settings),
            claim_seconds=settings.getfloat("NEWSCRAWL_CLAIM_SECONDS"),
        )
        crawler.signals.connect(pipeline.lines_written, signal=lines_written)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        try:
            self.lock.acquire()
        except SiteLocked as err:
            self.refused = str(err)
            self.stats.set_value("newscrawl/refused", self.refused)
            logger.error("%s", err)  # noqa: TRY400 - an expected refusal, not a crash
            raise CloseSpider("site_locked") from None
        self.store = open_state_store(
            self.state_url,
            data_dir=self.data_dir,
            default_cls=self.store_cls,
            owner=str(self.stats.get_value("newscrawl/run_id") or self.worker or ""),
        )
        if self.output_dir is not None:
            self._recover()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        if self.store is None:
            raise DropItem(f"no state store ({self.refused or 'not opened'})")
        request_key, hints = self._context(item)
        keys = article_keys(item, request_key, self.strip_params)
        announced = hints.changed_at if hints else None
        if any(key in self.emitted for key in keys):
            self._drop("duplicate_url", f"another URL of this article was emitted: {item.url}")
        seen = self.store.lookup(self.site, keys)
        if seen is None:
            self.stats.inc_value("newscrawl/articles/new")
            item = dataclasses.replace(item, revision=1, previous_fingerprint=None)
        elif not has_changed(seen, item):
            self.store.note_lastmod(self.site, keys, announced)
            self.stats.inc_value("newscrawl/articles/unchanged")
            self.stats.inc_value("newscrawl/articles/unchanged/after_fetch")
            raise DropItem(f"unchanged since revision {seen.revision}: {item.url}", log_level="DEBUG")
        else:
            self.stats.inc_value("newscrawl/articles/updated")
            item = dataclasses.replace(
                item, revision=seen.revision + 1, previous_fingerprint=seen.fingerprint
            )
        claim = getattr(self.store, "claim", None)
        if claim is not None:  # a shared store: another worker may be emitting this article
            holder = claim(self.site, keys, self.claim_seconds)
            if holder is not None:
                self._drop("claimed", f"{holder} is emitting this article: {item.url}")
        self.emitted.update(keys)
        self.pending[(item.url, item.fingerprint)] = (keys, announced)
        return item

    def lines_written(self, items: Sequence[Any], **_: Any) -> None:
        """The writer fsync'ed these lines: now, and only now, record them as seen."""
        if self.store is None:
            return
        for item in items:
            if not isinstance(item, Article):
                continue
            keys, announced = self.pending.pop(
                (item.url, item.fingerprint), (article_keys(item, strip_params=self.strip_params), None)
            )
            self.store.record(self.site, keys, seen_article(item, lastmod=announced))
        self.stats.inc_value("newscrawl/state/recorded", len(items))

    def spider_closed(self) -> None:
        if not self.writer_releases:
            self.release()

    def release(self) -> None:
        """Close the store and drop the lock. The run writer calls this once it has published,
        so that no other run can take the lock while this run's output is still partial."""
        if self.store is not None:
            self.store.close()
            self.store = None
        self.lock.release()

    def _recover(self) -> None:
        assert self.store is not None and self.output_dir is not None
        # Runs before the run writer opens its own .partial (pipelines open in order).
        keep = self._not_emitted_elsewhere if hasattr(self.store, "recorded_by") else None
        for recovered in recover_partials(self.output_dir, self.site, worker=self.worker, keep=keep):
            self.stats.inc_value("newscrawl/recovered/duplicates_left_out", recovered.duplicates)
            for record in recovered.records:
                article = Article(**{k: v for k, v in record.items() if k in _ARTICLE_FIELDS})
                self.store.record(
                    self.site,
                    article_keys(article, strip_params=self.strip_params),
                    seen_article(article, lastmod=None),
                )
            self.stats.inc_value("newscrawl/recovered/files")
            self.stats.inc_value("newscrawl/recovered/articles", len(recovered.records))

    def _not_emitted_elsewhere(self, record: dict[str, Any], run_id: str) -> bool:
        """A recovered line is left out when another run recorded the same article version
        since (this worker died after writing it but before recording it, and the request went
        to another worker, which emitted it): each version is published once."""
        article = Article(**{k: v for k, v in record.items() if k in _ARTICLE_FIELDS})
        found = self.store.recorded_by(self.site, article_keys(article))  # type: ignore[union-attr]
        if found is None:
            return True
        by, seen = found
        same = seen.fingerprint == article.fingerprint and seen.revision == (article.revision or 1)
        return by == run_id or not same

    def _context(self, item: Article) -> tuple[str | None, Hints | None]:
        """The request key and hints the spider fetched this article with."""
        spider = self.crawler.spider
        context = getattr(spider, "article_context", {})
        found: tuple[str | None, Hints | None] = context.pop(item.url, (None, None))
        return found

    def _drop(self, reason: str, detail: str) -> None:
        self.stats.inc_value(f"newscrawl/dropped/{reason}")
        raise DropItem(detail, log_level="INFO")


_ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))


def article_keys(
    article: Article, request_key: str | None = None, strip_params: tuple[str, ...] = ()
) -> list[str]:
    """Store keys of an article: request URL, fetched URL and canonical URL, normalised
    (with the site's own ``strip_params``)."""
    keys = [request_key] if request_key else []
    for url in (article.url, article.canonical_url):
        if url and urlsplit(url).scheme in ("http", "https"):
            try:
                keys.append(normalise_url(url, strip_params))
            except ValueError:
                continue
    return list(dict.fromkeys(keys))


def has_changed(seen: SeenArticle, article: Article) -> bool:
    """A new fingerprint, or a ``date_modified`` later than the stored one."""
    if article.fingerprint != seen.fingerprint:
        return True
    now = parse_date(article.date_modified_raw or article.date_modified)
    before = parse_date(seen.date_modified)
    return now is not None and (before is None or now > before)


def seen_article(article: Article, *, lastmod: str | None) -> SeenArticle:
    return SeenArticle(
        url=article.url or "",
        fingerprint=article.fingerprint,
        revision=article.revision or 1,
        lastmod=lastmod,
        # as precise as the page gives them (a bare date, a time without zone)
        date_modified=article.date_modified_raw or article.date_modified,
        date_published=article.date_published_raw or article.date_published,
    )
