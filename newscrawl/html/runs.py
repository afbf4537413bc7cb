"""``newscrawl report``: one static page over one or many crawl runs (their ``stats.json``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from newscrawl.html.charts import bar_chart, stacked_columns
from newscrawl.html.page import cards, document, esc, table
from newscrawl.runs.collect import Run, Runs

NEW, UPDATED = "#2f81f7", "#bf8700"
STATUS_COLORS = {"2": "#1a7f37", "3": "#8250df", "4": "#bf8700", "5": "#cf222e"}


def _when(run: Run) -> str:
    started = run.started
    return f"{started:%Y-%m-%d %H:%M:%S}" if started else "?"


def _short(run: Run) -> str:
    started = run.started
    return f"{run.site} {started:%m-%d %H:%M}" if started else f"{run.site} {run.run_id}"


def _latency(runs: Sequence[Run]) -> tuple[int, int | None, int | None, Counter[str]]:
    """(responses, mean ms, max ms, count per bucket) over ``runs``."""
    responses = total = 0
    peak: int | None = None
    buckets: Counter[str] = Counter()
    for run in runs:
        n = run.count("latency", "responses")
        mean = run.count("latency", "mean_ms")
        responses += n
        total += n * mean
        if n:
            peak = max(peak or 0, run.count("latency", "max_ms"))
        latency = run.stats.get("latency")
        if isinstance(latency, dict) and isinstance(latency.get("buckets"), dict):
            buckets.update({str(k): int(v) for k, v in latency["buckets"].items() if isinstance(v, int)})
    return responses, (round(total / responses) if responses else None), peak, buckets


def _bucket_label(bucket: str, previous: str | None) -> str:
    if bucket == "over":
        return f"over {previous[3:]}" if previous else "slower"
    return f"\u2264 {bucket[3:]}"


def _bucket_order(bucket: str) -> float:
    return float(bucket[3:-2]) if bucket.startswith("le_") else float("inf")


def _dash(value: int | None, unit: str = "") -> str:
    return "-" if value is None else f"{value:,}{unit}"


def render(found: Runs, *, sources: Sequence[str], generated: datetime) -> str:
    """The report page."""
    runs = found.runs
    parts = [
        *_overview(found, sources, generated),
        *_per_site(runs),
        "<h2>Articles per run</h2>",
        stacked_columns(
            [(_short(run), [run.count("articles", "new"), run.count("articles", "updated")]) for run in runs],
            series=[("new", NEW), ("updated", UPDATED)],
            title="new and updated articles per run",
        ),
        *_statuses(runs),
        *_reasons(runs),
        *_latency_section(runs),
        "<h2>Runs</h2>",
        _runs_table(runs),
    ]
    return document("newscrawl: crawl runs", "\n".join(parts))


def _overview(found: Runs, sources: Sequence[str], generated: datetime) -> list[str]:
    runs = found.runs
    sites = {run.site for run in runs}
    span = [run.started for run in runs if run.started]
    period = f"{min(span):%Y-%m-%d %H:%M} to {max(span):%Y-%m-%d %H:%M} UTC" if span else "no dates"
    parts = [
        "<h1>newscrawl: crawl runs</h1>",
        f'<p class="sub">{len(runs)} runs of {len(sites)} sites, {esc(period)}. '
        f"From {esc(', '.join(sources))}; generated {generated:%Y-%m-%d %H:%M} UTC.</p>",
        cards(
            [
                ("runs", len(runs)),
                ("sites", len(sites)),
                ("new articles", f"{sum(run.count('articles', 'new') for run in runs):,}"),
                ("updated articles", f"{sum(run.count('articles', 'updated') for run in runs):,}"),
                ("pages fetched", f"{sum(run.count('pages_fetched') for run in runs):,}"),
                ("errors", f"{sum(sum(run.counts('errors').values()) for run in runs):,}"),
            ]
        ),
    ]
    if found.unreadable:
        parts.append("<h2>Stats files left out</h2>")
        parts.append(table(["file", "why"], [(str(path), why) for path, why in found.unreadable]))
    return parts


def _per_site(runs: Sequence[Run]) -> list[str]:
    sites = sorted({run.site for run in runs})
    rows = []
    for site in sites:
        mine = [run for run in runs if run.site == site]
        _, mean, peak, _ = _latency(mine)
        rows.append(
            (
                site,
                len(mine),
                _when(mine[-1]),
                sum(r.count("articles", "new") for r in mine),
                sum(r.count("articles", "updated") for r in mine),
                sum(r.count("articles", "unchanged") for r in mine),
                sum(r.count("pages_fetched") for r in mine),
                sum(sum(r.counts("dropped").values()) for r in mine),
                sum(sum(r.counts("errors").values()) for r in mine),
                _dash(mean, " ms"),
                _dash(peak, " ms"),
            )
        )
    headers = ["site", "runs", "last run (UTC)", "new", "updated", "unchanged", "pages", "skipped, dropped"]
    return [
        "<h2>Articles per site</h2>",
        table([*headers, "errors", "mean latency", "max latency"], rows, numeric=range(1, 11)),
        bar_chart(
            [(str(row[0]), float(row[3]) + float(row[4])) for row in rows],
            title="articles written per site (new + updated)",
        ),
    ]


def _statuses(runs: Sequence[Run]) -> list[str]:
    statuses: Counter[str] = Counter()
    for run in runs:
        statuses.update(run.counts("responses_by_status"))
    codes = sorted(statuses)
    chart = bar_chart(
        [(f"HTTP {code}", statuses[code]) for code in codes],
        title="responses by HTTP status",
        colors=[STATUS_COLORS.get(code[:1], "#656d76") for code in codes],
    )
    return ["<h2>HTTP status codes</h2>", chart]


def _reasons(runs: Sequence[Run]) -> list[str]:
    reasons: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for run in runs:
        reasons.update(run.counts("dropped"))
        reasons.update({f"refused: {k}": v for k, v in run.counts("refused").items()})
        if forbidden := run.count("robots_forbidden"):
            reasons["robots.txt forbids"] += forbidden
        if budget := run.count("budget_refused"):
            reasons["over the page budget"] += budget
        errors.update(run.counts("errors"))
    parts = [
        "<h2>Skipped and dropped, by reason</h2>",
        bar_chart(reasons.most_common(), title="pages skipped or dropped, by reason", color="#cf222e"),
    ]
    if errors:
        parts.append(bar_chart(errors.most_common(), title="errors by type", color="#8250df"))
    return parts


def _latency_section(runs: Sequence[Run]) -> list[str]:
    responses, mean, peak, buckets = _latency(runs)
    if not responses:
        return ["<h2>Response latency</h2>", '<p class="empty">no latency recorded in these runs</p>']
    ordered = sorted(buckets, key=_bucket_order)
    items = [
        (_bucket_label(bucket, ordered[i - 1] if i else None), float(buckets[bucket]))
        for i, bucket in enumerate(ordered)
    ]
    summary = f"{responses:,} responses; mean {_dash(mean, ' ms')}, slowest {_dash(peak, ' ms')}."
    return [
        "<h2>Response latency</h2>",
        f'<p class="sub">{esc(summary)}</p>',
        bar_chart(items, title="responses by latency", color="#0969da"),
    ]


def _runs_table(runs: Sequence[Run]) -> str:
    headers = ["site", "run", "started (UTC)", "seconds", "finish", "pages", "new", "updated"]
    headers += ["unchanged", "skipped, dropped", "errors", "retries", "mean latency"]
    rows = []
    for run in reversed(runs):
        responses = run.count("latency", "responses")
        rows.append(
            (
                run.site,
                run.run_id,
                _when(run),
                f"{float(run.stats.get('duration_seconds') or 0):,.1f}",
                run.stats.get("finish_reason", "?"),
                run.count("pages_fetched"),
                run.count("articles", "new"),
                run.count("articles", "updated"),
                run.count("articles", "unchanged"),
                sum(run.counts("dropped").values()),
                sum(run.counts("errors").values()),
                run.count("retries"),
                _dash(run.count("latency", "mean_ms") if responses else None, " ms"),
            )
        )
    return table(headers, rows, numeric=(3, *range(5, 13)))
