"""Downloader middlewares for politeness and incremental crawling.

- ``crawl_delay.CrawlDelayMiddleware``: applies robots.txt ``Crawl-delay`` (Scrapy parses it but
  never applies it).
- ``retry.BackoffRetryMiddleware``: Scrapy's RetryMiddleware with exponential back-off that
  honours ``Retry-After`` on 429/503.
- ``skip_unchanged.SkipUnchangedMiddleware``: drops article requests whose sitemap/feed date
  says they have not changed since the last emitted version.
- ``budget.PageBudgetMiddleware``: at most the site's ``page_budget`` (else
  ``NEWSCRAWL_PAGE_BUDGET``) requests per run.
- ``network_guard.NetworkGuardMiddleware`` and ``proxy_guard.ProxyGuardMiddleware``: only http(s)
  to public addresses (or a site's own opted-in origins), directly or through a proxy.
"""
