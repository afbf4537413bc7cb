"""Frontier URLs: which Redis server holds the shared frontier."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

SCHEMES = ("redis", "rediss", "unix")


class FrontierError(ValueError):
    """A frontier URL or worker name that cannot be used."""


def check_frontier_url(url: str) -> str:
    """``url`` when it names a Redis server (``redis://HOST:PORT/DB``), else ``FrontierError``."""
    scheme = urlsplit(url).scheme
    if scheme not in SCHEMES:
        raise FrontierError(f"--frontier {url!r}: expected redis://HOST:PORT/DB (or rediss://, unix://)")
    return url


def redis_client(url: str) -> Any:
    """A ``redis.Redis`` for ``url`` (scrapy-redis's connection defaults), checked with PING."""
    try:
        from redis.exceptions import RedisError  # noqa: PLC0415 - optional: newscrawl[distributed]
        from scrapy_redis.connection import get_redis  # noqa: PLC0415
    except ImportError:
        raise FrontierError(
            "a redis:// frontier needs redis and scrapy-redis: pip install 'newscrawl[distributed]'"
        ) from None

    client = get_redis(url=check_frontier_url(url), socket_timeout=30, socket_connect_timeout=10)
    try:
        client.ping()
    except RedisError as err:
        raise FrontierError(f"cannot reach the frontier {url}: {err}") from None
    return client
