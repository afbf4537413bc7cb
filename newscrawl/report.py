"""``newscrawl report OUTDIR... -o report.html``: a static page over crawl runs.

Reads every run's ``stats.json`` under the given output directories (a crawl's ``-o``, one
site's directory, or single stats files): articles per site and per run, new vs updated, HTTP
status codes, what was skipped or dropped and why, response latency. The page is one
self-contained HTML file: inline CSS and SVG charts, no script, nothing fetched when viewed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.html.page import write_atomic
from newscrawl.html.runs import render
from newscrawl.options import EXIT_OK, UsageError, base_settings, configure_logging
from newscrawl.runs.collect import find_runs


def add_report(subcommands: Any) -> None:
    """``newscrawl report OUTDIR... -o report.html``."""
    parser = subcommands.add_parser(
        "report",
        help="a static HTML page over crawl runs (articles, status codes, skips, latency)",
        description="Read the stats.json of every crawl run under the given directories (a "
        "crawl's output directory, one site's, or stats files) and write one self-contained "
        "HTML page: articles per site and per run, new vs updated, HTTP status codes, skips and "
        "drops by reason, response latency. Charts are inline SVG; nothing is fetched when the "
        "page is viewed.",
    )
    parser.add_argument("paths", nargs="+", metavar="OUTDIR", help="a crawl output directory (or stats file)")
    parser.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    parser.set_defaults(run=run_report_command)


def run_report_command(args: argparse.Namespace) -> int:
    configure_logging(base_settings(args))
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path} does not exist")
    target = Path(args.output)
    if target.is_dir():
        raise UsageError(f"output {target} is a directory; give a file name")
    if not target.parent.is_dir():
        raise UsageError(f"output directory {target.parent} does not exist; create it first")
    found = find_runs(paths)
    if not found.runs:
        where = ", ".join(map(str, paths))
        raise UsageError(f"no crawl runs (*.stats.json) under {where}; give a crawl's output directory")
    for path, why in found.unreadable:
        print(f"newscrawl report: left out {path}: {why}", file=sys.stderr)
    page = render(found, sources=[str(p) for p in paths], generated=datetime.now(UTC))
    write_atomic(target, page)
    sites = len({run.site for run in found.runs})
    print(f"Wrote a report on {len(found.runs)} runs of {sites} sites to {target.resolve()}")
    return EXIT_OK
