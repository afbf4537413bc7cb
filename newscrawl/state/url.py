"""Choose the state store from a state URL (``NEWSCRAWL_STATE_URL`` / ``--state``); name the
worker of a distributed crawl (``NEWSCRAWL_WORKER`` / ``--worker``).

* unset: the store class ``NEWSCRAWL_STATE_STORE`` in the data directory (SQLite by default);
* ``sqlite:///PATH``: an SQLite store file at PATH (``sqlite:////abs/path``, ``sqlite:///rel``);
* ``postgresql://USER[:PASSWORD]@HOST:PORT/DB`` (or ``postgres://``): the shared PostgreSQL
  store, for several workers (``pip install 'newscrawl[postgres]'``).
"""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy.settings import BaseSettings

from newscrawl.state.base import StateStore
from newscrawl.state.sqlite import SQLiteStateStore

SHARED_SCHEMES = ("postgresql", "postgres")
WORKER_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


class StateURLError(ValueError):
    """A state URL of no known kind."""


def check_state_url(url: str) -> str:
    scheme = urlsplit(url).scheme
    if scheme not in ("sqlite", *SHARED_SCHEMES):
        raise StateURLError(f"--state {url!r}: expected sqlite:///PATH or postgresql://USER@HOST:PORT/DB")
    if scheme == "sqlite" and not _sqlite_path(url):
        raise StateURLError(f"--state {url!r}: sqlite:///PATH needs a file path")
    return url


def is_shared(url: str | None) -> bool:
    """True for a store that several workers share (a database server)."""
    return bool(url) and urlsplit(str(url)).scheme in SHARED_SCHEMES


def open_state_store(url: str | None, *, data_dir: Path, default_cls: Any, owner: str = "") -> StateStore:
    """The store ``url`` names; ``default_cls.in_data_dir(data_dir)`` when ``url`` is empty."""
    if not url:
        store: StateStore = default_cls.in_data_dir(data_dir)
        return store
    check_state_url(url)
    if urlsplit(url).scheme == "sqlite":
        return SQLiteStateStore(Path(_sqlite_path(url)).expanduser())
    from newscrawl.state.postgres import PostgresStateStore  # noqa: PLC0415 - optional driver

    return PostgresStateStore(url, owner=owner)


def _sqlite_path(url: str) -> str:
    # sqlite:///relative/path -> "relative/path"; sqlite:////abs/path -> "/abs/path"
    rest = url[len("sqlite://") :]
    return unquote(rest[1:] if rest.startswith("/") else rest)


def worker_name(settings: BaseSettings) -> str:
    """``NEWSCRAWL_WORKER``, else this machine's host name: names the worker in the shared
    frontier, its run files (``<run-id>@<worker>.jsonl``) and its local lock."""
    name = settings.get("NEWSCRAWL_WORKER") or socket.gethostname().split(".")[0] or "worker"
    if not WORKER_NAME.fullmatch(name):
        raise StateURLError(
            f"worker name {name!r}: use 1-64 letters, digits, '_', '.' or '-' (--worker NAME)"
        )
    return str(name)


def worker_of(settings: BaseSettings) -> str | None:
    """The worker name of a distributed crawl (a frontier or a shared state store is set),
    else ``NEWSCRAWL_WORKER`` (None: a one-machine crawl, as before)."""
    if settings.get("NEWSCRAWL_FRONTIER_URL") or is_shared(settings.get("NEWSCRAWL_STATE_URL")):
        return worker_name(settings)
    name = settings.get("NEWSCRAWL_WORKER")
    return worker_name(settings) if name else None
