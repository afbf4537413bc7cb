"""``CrawlState``: the one owner of a site crawl's state (store, lock, recovery, request context).

A Scrapy extension, enabled for site crawls only (``newscrawl/spiders/news_settings.py``). The
components that share the state get it from the crawler with ``crawl_state(crawler)``, never
from each other:

* ``SkipUnchangedMiddleware`` looks candidates up before they are fetched (``lookup``);
* the ``news`` spider notes the request key and hints each fetched article came with
  (``remember``), and does not start when the state is ``refused``;
* ``IncrementalPipeline`` reads that context (``context_of``), looks articles up, claims them in
  a shared store, and records them once the writer reports their lines durable (``record``);
* ``RunWriter`` names its files with the state's ``run_id``, opens the state before creating its
  own ``.partial``, and writes nothing when the state is refused.

``open()`` (idempotent; the first pipeline to open calls it) takes the site's ``flock`` (per site
and worker in a distributed crawl), opens the store (``NEWSCRAWL_STATE_URL``, else
``NEWSCRAWL_STATE_STORE`` in ``NEWSCRAWL_DATA_DIR``: ``newscrawl.state.url.open_state_store`` is
the one place a store is chosen) and publishes the ``.partial`` output of any crashed run of the
site (this worker's only), recording its articles as seen. When another run holds the lock,
``open()`` returns False, logs why and sets ``refused``. The store is closed and the lock dropped
when the engine stops, after the run writer has published this run's output at
``spider_closed``: no other run can take the lock while this run's output is still partial.

Stats written (reports; nothing reads them back to decide): ``newscrawl/run_id``,
``newscrawl/site_locked`` (the refusal), ``newscrawl/recovered/files``,
``newscrawl/recovered/articles``, ``newscrawl/recovered/duplicates_left_out``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object

from newscrawl.discovery import Hints
from newscrawl.items import Article
from newscrawl.runs import new_run_id, recover_partials
from newscrawl.state.base import SeenArticle, StateStore
from newscrawl.state.lock import SiteLock, SiteLocked
from newscrawl.state.records import article_keys, seen_article
from newscrawl.state.url import open_state_store, worker_of

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

_ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))


def crawl_state(crawler: Crawler) -> CrawlState | None:
    """The crawler's ``CrawlState``; None outside a site crawl (``parse``) or when disabled.
    Components call it in ``from_crawler``: extensions are built before them."""
    return crawler.get_extension(CrawlState)


@dataclasses.dataclass(frozen=True, kw_only=True, slots=True)
class StateConfig:
    """Where one site crawl keeps its state (from the settings, see ``CrawlState.from_crawler``)."""

    site: str
    strip_params: tuple[str, ...] = ()
    """The site's own tracking parameters, left out of its keys."""
    data_dir: Path
    output_dir: Path | None = None
    """Where crashed runs' ``.partial`` files are recovered from (None: no recovery)."""
    store_cls: Any = None
    """The store class used when ``state_url`` is unset (``in_data_dir``)."""
    state_url: str | None = None
    worker: str | None = None
    """The worker's name in a distributed crawl (None: one machine)."""
    run_id: str


class CrawlState:
    """The state of one site crawl. Built with ``from_crawler``; reached with ``crawl_state``."""

    def __init__(self, config: StateConfig, stats: StatsCollector) -> None:
        self.config = config
        self.stats = stats
        self.lock = SiteLock(
            config.data_dir, config.site if config.worker is None else f"{config.site}@{config.worker}"
        )
        self.refused: str | None = None
        """Why this run may not crawl the site (another run holds its lock), once ``open`` said so."""
        self._store: StateStore | None = None
        self._context: dict[str, tuple[str | None, Hints | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlState:
        site = getattr(getattr(crawler, "spider", None), "site", None)
        name = getattr(site, "name", None)
        if not isinstance(name, str):
            raise NotConfigured("not a site crawl")
        settings = crawler.settings
        output_dir = settings.get("NEWSCRAWL_OUTPUT_DIR")
        worker = worker_of(settings)
        store_cls = settings.get("NEWSCRAWL_STATE_STORE")  # a class path, or the class itself
        config = StateConfig(
            site=name,
            strip_params=tuple(getattr(site, "strip_params", ())),
            data_dir=Path(settings.get("NEWSCRAWL_DATA_DIR")).expanduser(),
            output_dir=Path(output_dir).expanduser() if output_dir else None,
            store_cls=load_object(store_cls),
            state_url=settings.get("NEWSCRAWL_STATE_URL"),
            worker=worker,
            run_id=settings.get("NEWSCRAWL_RUN_ID") or new_run_id(worker=worker),
        )
        assert crawler.stats is not None
        state = cls(config, crawler.stats)
        crawler.stats.set_value("newscrawl/run_id", config.run_id)
        crawler.signals.connect(state.close, signal=signals.engine_stopped)
        return state

    @property
    def site(self) -> str:
        return self.config.site

    @property
    def run_id(self) -> str:
        return self.config.run_id

    # -- lifecycle ------------------------------------------------------------------------------

    def open(self) -> bool:
        """Take the lock, open the store, recover crashed runs' output; False when refused.
        Safe to call more than once: only the first call does anything."""
        if self.refused is not None:
            return False
        if self._store is not None:
            return True
        try:
            self.lock.acquire()
        except SiteLocked as err:
            self.refused = str(err)
            self.stats.set_value("newscrawl/site_locked", self.refused)
            logger.error("%s", err)  # noqa: TRY400 - an expected refusal, not a crash
            return False
        config = self.config
        self._store = open_state_store(
            config.state_url, data_dir=config.data_dir, default_cls=config.store_cls, owner=config.run_id
        )
        if config.output_dir is not None:
            self._recover(self._store, config.output_dir)
        return True

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        """Close the store and drop the lock (at ``engine_stopped``; safe to call again)."""
        if self._store is not None:
            self._store.close()
            self._store = None
        self.lock.release()

    # -- the store, for this site ----------------------------------------------------------------

    def keys_of(self, article: Article, request_key: str | None = None) -> list[str]:
        """The store keys of ``article`` (with the site's own ``strip_params``)."""
        return article_keys(article, request_key, self.config.strip_params)

    def lookup(self, keys: Sequence[str]) -> SeenArticle | None:
        """The stored article any of ``keys`` points to; None when unknown or not open."""
        return self._store.lookup(self.site, keys) if self._store is not None else None

    def record(self, keys: Sequence[str], article: SeenArticle) -> None:
        """Point ``keys`` at ``article``, durably. Only once its line is durable on disk."""
        self._open_store().record(self.site, keys, article)

    def note_lastmod(self, keys: Sequence[str], lastmod: str | None) -> None:
        """Remember the discovery date of an unchanged article."""
        self._open_store().note_lastmod(self.site, keys, lastmod)

    def claim(self, keys: Sequence[str], seconds: float) -> str | None:
        """In a shared store, claim the article for this run: the run already emitting it, or
        None when this run may (always None for a store of one machine)."""
        claim = getattr(self._open_store(), "claim", None)
        if claim is None:
            return None
        holder: str | None = claim(self.site, keys, seconds)
        return holder

    # -- per-request context ---------------------------------------------------------------------

    def remember(self, url: str, request_key: str | None, hints: Hints | None) -> None:
        """The spider fetched the article now at ``url`` for ``request_key`` with ``hints``."""
        self._context[url] = (request_key, hints)

    def context_of(self, url: str | None) -> tuple[str | None, Hints | None]:
        """(request key, hints) ``remember``-ed for ``url``, once; (None, None) if none."""
        return self._context.pop(url, (None, None)) if url is not None else (None, None)

    # -- helpers ---------------------------------------------------------------------------------

    def _open_store(self) -> StateStore:
        if self._store is None:
            raise RuntimeError(f"the state of site {self.site!r} is not open ({self.refused or 'closed'})")
        return self._store

    def _recover(self, store: StateStore, output_dir: Path) -> None:
        # Runs before the run writer opens its own .partial (it opens the state first).
        keep = self._not_emitted_elsewhere if hasattr(store, "recorded_by") else None
        recovered_runs = recover_partials(output_dir, self.site, worker=self.config.worker, keep=keep)
        for recovered in recovered_runs:
            self.stats.inc_value("newscrawl/recovered/duplicates_left_out", recovered.duplicates)
            for record in recovered.records:
                article = _article(record)
                store.record(self.site, self.keys_of(article), seen_article(article, lastmod=None))
            self.stats.inc_value("newscrawl/recovered/files")
            self.stats.inc_value("newscrawl/recovered/articles", len(recovered.records))

    def _not_emitted_elsewhere(self, record: dict[str, Any], run_id: str) -> bool:
        """A recovered line is left out when another run recorded the same article version
        since (this worker died after writing it but before recording it, and the request went
        to another worker, which emitted it): each version is published once."""
        article = _article(record)
        found = self._open_store().recorded_by(self.site, article_keys(article))  # type: ignore[attr-defined]
        if found is None:
            return True
        by, seen = found
        same = seen.fingerprint == article.fingerprint and seen.revision == (article.revision or 1)
        return bool(by == run_id or not same)


def _article(record: dict[str, Any]) -> Article:
    return Article(**{k: v for k, v in record.items() if k in _ARTICLE_FIELDS})
