"""Frontier URLs and worker names."""

from __future__ import annotations

import re
import socket
from typing import Any
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

SCHEMES = ("redis", "rediss", "unix")
WORKER_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


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
    from redis.exceptions import RedisError  # noqa: PLC0415 - optional: newscrawl[distributed]
    from scrapy_redis.connection import get_redis  # noqa: PLC0415

    client = get_redis(url=check_frontier_url(url), socket_timeout=30, socket_connect_timeout=10)
    try:
        client.ping()
    except RedisError as err:
        raise FrontierError(f"cannot reach the frontier {url}: {err}") from None
    return client


def worker_name(settings: BaseSettings) -> str:
    """``NEWSCRAWL_WORKER``, else this machine's host name: names the worker in the shared
    frontier, its run files (``<run-id>@<worker>.jsonl``) and its local lock."""
    name = settings.get("NEWSCRAWL_WORKER") or socket.gethostname().split(".")[0] or "worker"
    if not WORKER_NAME.fullmatch(name):
        raise FrontierError(
            f"worker name {name!r}: use 1-64 letters, digits, '_', '.' or '-' (--worker NAME)"
        )
    return str(name)


def worker_of(settings: BaseSettings) -> str | None:
    """The worker name of a distributed crawl (a frontier or a shared state store is set),
    else ``NEWSCRAWL_WORKER`` (None: a one-machine crawl, as before)."""
    from newscrawl.state.url import is_shared  # noqa: PLC0415 - avoid an import cycle

    if settings.get("NEWSCRAWL_FRONTIER_URL") or is_shared(settings.get("NEWSCRAWL_STATE_URL")):
        return worker_name(settings)
    name = settings.get("NEWSCRAWL_WORKER")
    return worker_name(settings) if name else None
