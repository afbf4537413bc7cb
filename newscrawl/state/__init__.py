"""Incremental state: which articles were emitted, with which fingerprint and dates.

``StateStore`` is the interface (SQLite by default; a shared store for crawls spread over
several machines implements the same methods). ``SiteLock`` keeps two runs of a site apart.
"""

from newscrawl.state.base import SeenArticle, StateStore
from newscrawl.state.lock import SiteLock, SiteLocked
from newscrawl.state.sqlite import SQLiteStateStore

__all__ = ["SQLiteStateStore", "SeenArticle", "SiteLock", "SiteLocked", "StateStore"]
