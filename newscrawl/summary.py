"""The end-of-run summary: one log line with what happened to every input."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

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
    """Logs ``summary_line`` once the engine has stopped, after Scrapy's own stats dump.

    The summary is always shown: when the log level hides INFO lines (``-L WARNING``) it is
    printed to stderr instead. With the log off (``LOG_ENABLED = False``, ``--nolog``) it is not.
    """

    def __init__(self, stats: StatsCollector, *, logged: bool = True, printed: bool = False) -> None:
        self.stats = stats
        self.logged = logged
        self.printed = printed

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        from scrapy import signals  # noqa: PLC0415  (summary_line is used without Scrapy too)

        assert crawler.stats is not None
        settings = crawler.settings
        level = logging.getLevelName(str(settings.get("LOG_LEVEL", "INFO")).upper())
        shown = isinstance(level, int) and level <= logging.INFO
        summary = cls(
            crawler.stats, logged=shown, printed=settings.getbool("LOG_ENABLED", True) and not shown
        )
        crawler.signals.connect(summary.engine_stopped, signal=signals.engine_stopped)
        return summary

    def engine_stopped(self) -> None:
        line = summary_line(self.stats.get_stats())
        if self.logged:
            logger.info(line)
        elif self.printed:
            print(line, file=sys.stderr, flush=True)
