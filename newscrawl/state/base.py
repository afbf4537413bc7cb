"""The state-store interface: look an article up by any of its URL keys, record a version."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, kw_only=True, slots=True)
class SeenArticle:
    """The last emitted version of one article."""

    url: str
    """The URL of the last emitted version, as fetched."""
    fingerprint: str | None
    revision: int
    lastmod: str | None = None
    """The sitemap/feed date when it was last fetched; equal lastmod -> skip before fetching."""
    date_modified: str | None = None
    date_published: str | None = None
    first_seen: str = ""
    last_seen: str = ""


class StateStore(Protocol):
    """Where a crawl remembers what it emitted. Keys are ``newscrawl.urls.normalise_url`` results.

    Implementations must make ``record`` durable before returning: the writer calls it only
    after the article's line is on disk, and a crash after ``record`` must not lose the row.
    """

    def lookup(self, site: str, keys: Sequence[str]) -> SeenArticle | None:
        """The article any of ``keys`` (request URL, canonical URL) points to, or None."""
        ...

    def record(self, site: str, keys: Sequence[str], article: SeenArticle) -> None:
        """Point every key at ``article`` (one record, created or replaced), durably."""
        ...

    def note_lastmod(self, site: str, keys: Sequence[str], lastmod: str | None) -> None:
        """Remember the discovery date of an unchanged article (no new version)."""
        ...

    def close(self) -> None:
        """Release connections; the store is unusable afterwards."""
        ...
