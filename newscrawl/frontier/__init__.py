"""Many crawl workers on one site: a shared frontier in Redis (scrapy-redis, adapted) and
politeness that holds for each host as a whole. See docs/distributed.md.

``newscrawl crawl SITE --frontier redis://HOST:PORT/DB --state postgresql://USER@HOST/DB``
on any number of machines; the state store (``newscrawl.state.postgres``) is shared too.
"""

from __future__ import annotations

from typing import Any

from scrapy.settings import BaseSettings

SCHEDULER = "newscrawl.frontier.scheduler.SharedScheduler"
POLITENESS_MIDDLEWARE = "newscrawl.frontier.politeness.SharedPolitenessMiddleware"


def distributed_settings(settings: BaseSettings) -> dict[str, Any]:
    """What a site crawl changes when ``NEWSCRAWL_FRONTIER_URL`` is set (else nothing)."""
    if not settings.get("NEWSCRAWL_FRONTIER_URL"):
        return {}
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    # last before the download: a host slot is held only while the request is in flight
    middlewares[POLITENESS_MIDDLEWARE] = 960
    return {"SCHEDULER": SCHEDULER, "DOWNLOADER_MIDDLEWARES": middlewares}
