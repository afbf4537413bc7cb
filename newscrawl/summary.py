"""The end-of-run summary: one log line with what happened to every input."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


def by_reason(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    """``{"binary": 2, ...}`` from the stats keys ``<prefix><reason>``, sorted by reason."""
    return {k[len(prefix) :]: int(v) for k, v in sorted(stats.items()) if k.startswith(prefix)}


def summary_line(stats: dict[str, Any]) -> str:
    """``Summary: 5 inputs, 4 parsed, 3 written; skipped 1 (empty 1); dropped 1 (duplicate 1)``."""
    parts = [
        f"{int(stats.get('newscrawl/parsed', 0))} parsed",
        f"{int(stats.get('newscrawl/written', 0))} written",
    ]
    if "newscrawl/inputs" in stats:  # counted by the files spider; crawls discover as they go
        parts.insert(0, f"{int(stats['newscrawl/inputs'])} inputs")
    line = "Summary: " + ", ".join(parts)
    for kind in ("skipped", "dropped"):
        counts = by_reason(stats, f"newscrawl/{kind}/")
        detail = ", ".join(f"{reason} {n}" for reason, n in counts.items())
        line += f"; {kind} {sum(counts.values())}" + (f" ({detail})" if detail else "")
    return line


class RunSummary:
    """Logs ``summary_line`` once the engine has stopped, after Scrapy's own stats dump."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        assert crawler.stats is not None
        summary = cls(crawler.stats)
        crawler.signals.connect(summary.engine_stopped, signal=signals.engine_stopped)
        return summary

    def engine_stopped(self) -> None:
        logger.info(summary_line(self.stats.get_stats()))
