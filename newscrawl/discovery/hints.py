"""``Hints``: what a sitemap or feed said about an article before it was fetched."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from newscrawl.discovery.dates import parse_date


@dataclass(frozen=True, kw_only=True, slots=True)
class Hints:
    """Discovery metadata of one article URL. Dates are ISO 8601 strings (see ``dates``)."""

    url: str
    """The URL as the sitemap or feed gave it (absolute)."""
    lastmod: str | None = None
    """Sitemap ``<lastmod>`` or feed ``updated``: when the page last changed."""
    published: str | None = None
    """``news:publication_date`` or the feed item's publication date."""
    title: str | None = None
    """``news:title`` or the feed item's title."""
    keywords: tuple[str, ...] = ()
    """``news:keywords`` or the feed item's categories."""
    sources: tuple[str, ...] = ()
    """Where the URL was found: ``sitemap``, ``news-sitemap``, ``feed``, ``section``."""

    def merged(self, other: Hints) -> Hints:
        """These hints with gaps filled from ``other`` (later dates win, sources united)."""
        return replace(
            self,
            lastmod=_later(self.lastmod, other.lastmod),
            published=self.published or other.published,
            title=self.title or other.title,
            keywords=self.keywords or other.keywords,
            sources=tuple(dict.fromkeys(self.sources + other.sources)),
        )

    @property
    def changed_at(self) -> str | None:
        """The latest date the discovery source gives for the page."""
        return _later(self.lastmod, self.published)

    def age_days(self, now: datetime | None = None) -> float | None:
        """Days since the newest known date, or None when no date is known."""
        moment = parse_date(self.changed_at)
        if moment is None:
            return None
        return ((now or datetime.now(UTC)) - moment).total_seconds() / 86400

    def to_meta(self) -> dict[str, Any]:
        """A plain dict for ``Request.meta`` (survives disk queues)."""
        return asdict(self)

    @classmethod
    def from_meta(cls, data: dict[str, Any] | None) -> Hints | None:
        """The inverse of ``to_meta``; None for missing data."""
        if not data:
            return None
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        for key in ("keywords", "sources"):
            values[key] = tuple(values.get(key) or ())
        return cls(**values)


def _later(left: str | None, right: str | None) -> str | None:
    if not left or not right:
        return left or right
    a, b = parse_date(left), parse_date(right)
    if a is None or b is None:
        return left if a is not None else right
    return right if b > a else left
