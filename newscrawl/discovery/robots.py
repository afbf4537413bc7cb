"""robots.txt -> its ``Sitemap:`` URLs. Access rules stay with ``StrictRobotsTxtMiddleware``,
whose one fetch of a host's robots.txt (the ``robots_fetched`` signal) is the body read here."""

from __future__ import annotations

from newscrawl.discovery.xml import entry_url

MAX_ROBOTS_SIZE = 512 * 1024
"""Google's limit: content past 500 KiB of a robots.txt is ignored."""


def sitemaps_from_robots(body: bytes, base_url: str) -> list[str]:
    """Absolute ``Sitemap:`` URLs in file order, duplicates dropped."""
    text = body[:MAX_ROBOTS_SIZE].decode("utf-8", errors="replace")
    found: dict[str, None] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "sitemap":
            url = value.split("#", 1)[0].strip()
            if url and (absolute := entry_url(base_url, url)) is not None:
                found[absolute] = None
    return list(found)
