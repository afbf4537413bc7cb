"""Choose the state store from a state URL (``NEWSCRAWL_STATE_URL`` / ``--state``).

* unset: the store class ``NEWSCRAWL_STATE_STORE`` in the data directory (SQLite by default);
* ``sqlite:///PATH``: an SQLite store file at PATH (``sqlite:////abs/path``, ``sqlite:///rel``);
* ``postgresql://USER[:PASSWORD]@HOST:PORT/DB`` (or ``postgres://``): the shared PostgreSQL
  store, for several workers (``pip install 'newscrawl[postgres]'``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from newscrawl.state.base import StateStore
from newscrawl.state.sqlite import SQLiteStateStore

SHARED_SCHEMES = ("postgresql", "postgres")


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
