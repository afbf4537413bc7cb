"""``<run-id>.stats.json``: what one run did, for operators and downstream jobs."""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path
from typing import Any

from newscrawl.memory import status_bytes
from newscrawl.runs.recover import fsync_dir


def run_report(
    stats: dict[str, Any],
    *,
    site: str,
    run_id: str,
    output: Path | None,
    reason: str,
    started: float,
    finished: float,
) -> dict[str, Any]:
    """The stats file's content, from Scrapy's stats dict."""

    def under(prefix: str) -> dict[str, int]:
        return {k[len(prefix) :]: int(v) for k, v in sorted(stats.items()) if k.startswith(prefix)}

    errors = under("newscrawl/errors/")
    for key, value in under("downloader/exception_type_count/").items():
        name = key.rsplit(".", 1)[-1]
        if name == "IgnoreRequest":  # robots.txt refusals and skipped unchanged articles
            continue
        errors[name] = errors.get(name, 0) + value
    for key, value in under("spider_exceptions/").items():
        errors[f"spider:{key}"] = value
    dropped = under("newscrawl/dropped/")
    for key, value in under("newscrawl/skipped/").items():
        dropped[key] = dropped.get(key, 0) + value
    return {
        "site": site,
        "run_id": run_id,
        "output": str(output) if output else None,
        "finish_reason": reason,
        "duration_seconds": round(finished - started, 3),
        "pages_fetched": int(stats.get("downloader/response_count", 0)),
        "requests": int(stats.get("downloader/request_count", 0)),
        "responses_by_status": under("downloader/response_status_count/"),
        "articles": {
            "new": int(stats.get("newscrawl/articles/new", 0)),
            "updated": int(stats.get("newscrawl/articles/updated", 0)),
            "unchanged": int(stats.get("newscrawl/articles/unchanged", 0)),
            "unchanged_before_fetch": int(stats.get("newscrawl/articles/unchanged/before_fetch", 0)),
            "written": int(stats.get("newscrawl/written", 0)),
        },
        "dropped": dropped,
        "errors": errors,
        "retries": int(stats.get("retry/count", 0)),
        "robots_forbidden": int(stats.get("robotstxt/forbidden", 0)),
        "robots_unavailable": int(stats.get("newscrawl/robots/unavailable", 0)),
        "refused": under("newscrawl/refused/"),
        "budget_refused": int(stats.get("newscrawl/budget/refused", 0)),
        "discovered_urls": int(stats.get("newscrawl/discovery/urls", 0)),
        "recovered": {
            "files": int(stats.get("newscrawl/recovered/files", 0)),
            "articles": int(stats.get("newscrawl/recovered/articles", 0)),
        },
        "latency": _latency(stats),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _latency(stats: dict[str, Any]) -> dict[str, Any]:
    """Response latency: how many responses, mean and max (ms), count per bucket (``le_250ms``:
    at most 250 ms; ``over``: slower than the last bound)."""
    prefix = "newscrawl/latency/"
    responses = int(stats.get(f"{prefix}responses", 0))
    total = int(stats.get(f"{prefix}total_ms", 0))
    buckets = {
        k[len(prefix) :]: int(v)
        for k, v in stats.items()
        if k.startswith(f"{prefix}le_") or k == f"{prefix}over"
    }
    return {
        "responses": responses,
        "mean_ms": round(total / responses) if responses else None,
        "max_ms": int(stats.get(f"{prefix}max_ms", 0)) if responses else None,
        "buckets": dict(sorted(buckets.items(), key=lambda item: _bound(item[0]))),
    }


def _bound(bucket: str) -> float:
    return float(bucket[3:-2]) if bucket.startswith("le_") else float("inf")


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write, fsync, rename, fsync the directory."""
    temp = path.with_name(f".{path.name}.tmp")
    with temp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, sort_keys=True, ensure_ascii=False)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    temp.replace(path)
    fsync_dir(path.parent)


def _peak_rss_mb() -> float:
    """This process's own peak resident memory.

    On Linux it is ``VmHWM`` of /proc/self/status: ``getrusage``'s ``ru_maxrss`` also keeps
    the peak of the image the process was exec'ed from, so a crawl started by a big parent
    (a test runner, a scheduler started with vfork) would report the parent's peak.
    """
    if (hwm := status_bytes("VmHWM")) is not None:
        return hwm / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
