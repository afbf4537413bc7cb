"""Settings of the ``news`` spider: politeness defaults and the components of site crawls.

Spider-level, so ``newscrawl parse`` (the ``files`` spider) is neither slowed nor changed by
them. ``-s NAME=VALUE`` and environment/command-line settings of higher priority still win.
"""

from __future__ import annotations

from typing import Any

CRAWL_COMPONENTS: dict[str, dict[str, int | None]] = {
    "EXTENSIONS": {
        # the site's crawl state (store, lock, recovery, request context): the pipelines and
        # middlewares below and the spider get it from the crawler (state/crawl.py)
        "newscrawl.state.crawl.CrawlState": 0,
    },
    "ITEM_PIPELINES": {
        # after validate (100) and dedupe (200); the run writer replaces the parse writer (900)
        "newscrawl.pipelines.incremental.IncrementalPipeline": 300,
        "newscrawl.pipelines.run_output.RunWriter": 900,
        "newscrawl.pipelines.write.JsonLinesWriter": None,
    },
    "DOWNLOADER_MIDDLEWARES": {
        # first: nothing else runs for a request to a forbidden scheme, address or origin
        "newscrawl.middlewares.network_guard.NetworkGuardMiddleware": 10,
        # a URL that failed for good in this run is not requested again (BackoffRetryMiddleware)
        "newscrawl.middlewares.retry.FailedUrlFilterMiddleware": 15,
        # a crawler trap cannot make a run fetch forever
        "newscrawl.middlewares.budget.PageBudgetMiddleware": 20,
        # before robots.txt (100): a request skipped as unchanged costs nothing
        "newscrawl.middlewares.skip_unchanged.SkipUnchangedMiddleware": 50,
        # robots.txt per RFC 9309: 5xx or no answer disallows the host for the run
        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
        "newscrawl.middlewares.robots.StrictRobotsTxtMiddleware": 100,
        # right after RobotsTxtMiddleware, which parses the Crawl-delay this one applies
        "newscrawl.middlewares.crawl_delay.CrawlDelayMiddleware": 110,
        # Scrapy's retry, plus back-off, Retry-After and one retry budget per URL per run
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "newscrawl.middlewares.retry.BackoffRetryMiddleware": 550,
        # --warc-dir (NEWSCRAWL_WARC_DIR): note the encodings before HttpCompressionMiddleware
        # (590) decodes the body, record the decoded response after it (newscrawl/archives/)
        "newscrawl.middlewares.warc.WarcEncodingNote": 595,
        "newscrawl.middlewares.warc.WarcRecorder": 585,
        # last, after HttpProxyMiddleware (750) and anything else that may set meta["proxy"]:
        # a proxy resolves the target itself, so its addresses are checked here first
        "newscrawl.middlewares.proxy_guard.ProxyGuardMiddleware": 950,
        # response latency by bucket, for stats.json and `newscrawl report`
        "newscrawl.middlewares.latency.LatencyStatsMiddleware": 960,
    },
}
"""Components added to the project's for site crawls only (``parse`` never loads them)."""

POLITENESS: dict[str, Any] = {
    # Obey robots.txt, for pages and for the sitemaps it lists.
    "ROBOTSTXT_OBEY": True,
    # Adapt the request rate to the server's latency; never faster than one request in flight
    # per host on average, never slower than a request every 30 s.
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    # A hard bound per host whatever AutoThrottle computes.
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    # 429 (rate limited) and 5xx are retried with back-off (BackoffRetryMiddleware).
    "RETRY_TIMES": 3,
    "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 522, 524, 408],
    # No news page or sitemap is bigger; a slow server does not hold a slot for 3 minutes.
    "DOWNLOAD_MAXSIZE": 32 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 8 * 1024 * 1024,
    "DOWNLOAD_TIMEOUT": 30,
    # Scheduled runs repeat: keep the defaults' cookies off (news sites set tracking cookies).
    "COOKIES_ENABLED": False,
}
"""Politeness defaults of site crawls (spider priority: -s / settings of higher priority win)."""
