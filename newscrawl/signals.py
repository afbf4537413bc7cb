"""newscrawl's own Scrapy signals: the hook points between the spiders, the writer and whoever
keeps state across runs. Connect with ``crawler.signals.connect(handler, signal=...)``.

Handlers receive keyword arguments and may accept only the ones they need (PyDispatcher).
"""

page_skipped = object()
"""A fetched (or listed) input produced no article. Sent by ``newscrawl.spiders.callback``.

Arguments: ``request`` (its ``meta`` holds ``newscrawl_seq`` / ``newscrawl_source_path`` when the
input is a file), ``reason`` (a slug, also the stats key ``newscrawl/skipped/<reason>``) and
``detail`` (one human sentence)."""

lines_written = object()
"""Lines are durably on disk (written, flushed and fsync'ed) in the writer's *temporary* file.

Arguments: ``items`` (the items, in output order) and ``path`` (the temporary file). Not yet
visible at the output path: stage per-article state here, commit it on ``output_published``."""

output_published = object()
"""The output file was atomically renamed into place and its directory fsync'ed.

Arguments: ``path`` (the published file) and ``count`` (lines in it). The only moment at which
it is safe to record articles as "seen" for the next run: nothing staged before this is lost
if the process dies, because an unpublished run is simply redone."""

robots_fetched = object()
"""A host's robots.txt was fetched and its rules apply (a 2xx or 3xx answer, after retries).
Sent by ``newscrawl.middlewares.robots.StrictRobotsTxtMiddleware``, once per host and run, before
any other request to that host goes on; the ``news`` spider reads its ``Sitemap:`` lines here,
so robots.txt is fetched once, not once for the rules and again for discovery.

Arguments: ``response`` (the robots.txt response; ``response.url`` is where it was finally
read) and ``netloc`` (the host, with port, whose rules it holds)."""

sync_output = object()
"""Make the lines written so far durable now (the writer fsyncs and sends ``lines_written``),
not at its next batch. Sent by the shared frontier (``newscrawl.frontier.scheduler``) before it
gives its leases back, and on its heartbeat so that claims do not wait. No arguments."""

url_failed = object()
"""A URL failed for good in this run: its retry budget is used up, its ``Retry-After`` is beyond
the cap, or it answered an HTTP error that is not retried. Sent by
``newscrawl.middlewares.retry.BackoffRetryMiddleware``; ``FailedUrlFilterMiddleware`` drops later
requests for it in this run.

Arguments: ``request`` (the last failed request) and ``reason`` (one human phrase)."""
