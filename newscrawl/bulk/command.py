"""``newscrawl bulk INPUT... -o OUTDIR``: the command line of ``newscrawl.bulk``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from newscrawl.archives import ArchivesUnavailable, require
from newscrawl.options import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    add_keep_non_articles,
    base_settings,
    configure_logging,
    int_setting,
)
from newscrawl.sites import SitesFileError

logger = logging.getLogger(__name__)


def add_bulk(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "bulk",
        help="parse many WARC files on a Dask cluster; one JSONL file per WARC file",
        description="Parse the HTML pages of WARC files (CC-NEWS, or newscrawl crawl "
        "--warc-dir) on Dask: one task per WARC file (a shard), or per part of one when the "
        "files are few against the workers; one OUTDIR/<shard>.jsonl per shard with the "
        "records newscrawl parse gives, OUTDIR/manifest.jsonl listing the shards done. A "
        "rerun skips them (resume after a kill). Each article is written once in OUTDIR. "
        "See docs/archives.md.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a WARC file (.warc, .warc.gz), a directory of them, or a text file listing them",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output directory")
    parser.add_argument(
        "--scheduler",
        default="local",
        metavar="ADDR",
        help="'local' (default): a Dask LocalCluster here; or a scheduler address "
        "(tcp://host:8786) whose workers see the same paths",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes of the local cluster (default: one per core)",
    )
    parser.add_argument(
        "--sites",
        dest="sites_file",
        metavar="FILE",
        help="extract each page with the rules of its site in this sites file (as parse --sites)",
    )
    parser.add_argument("--provenance", action="store_true", help="as parse --provenance")
    parser.add_argument("--body-html", action="store_true", help="as parse --body-html")
    add_keep_non_articles(parser)
    parser.add_argument(
        "--retries", type=int, default=1, metavar="N", help="tries after a shard's task fails (default 1)"
    )
    parser.add_argument(
        "--part-records",
        type=int,
        metavar="N",
        help="read each WARC file in parts of N response records, one task each, joined into the "
        "file's one output (0: one task per whole file). Default: parts only on 2 or more "
        "workers with fewer than 16 files per worker, sized for about 16 tasks per worker "
        "(16 to 1000 response records each; see docs/archives.md)",
    )
    parser.add_argument(
        "--dedupe",
        choices=("run", "shard"),
        default="run",
        help="run (default): each article once in OUTDIR, its first copy in input order kept, as "
        "parse keeps it (a pass over the shards' files once their tasks are done); shard: "
        "duplicates dropped within each shard only",
    )
    parser.set_defaults(run=run_bulk_command)


def _float_setting(settings: Any, name: str) -> float:
    try:
        return float(settings.getfloat(name))
    except ValueError as err:
        raise UsageError(f"{name} expects a number, got {settings.get(name)!r}") from err


def run_bulk_command(args: argparse.Namespace) -> int:
    try:
        require("fastwarc", "distributed")
    except ArchivesUnavailable as err:
        raise UsageError(str(err)) from err
    from newscrawl.archives.location import RemoteUnavailable  # noqa: PLC0415
    from newscrawl.archives.rules import SiteRules  # noqa: PLC0415
    from newscrawl.bulk.run import run_bulk  # noqa: PLC0415
    from newscrawl.bulk.shard import Options, find_shards  # noqa: PLC0415

    settings = base_settings(args)
    configure_logging(settings)
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        # Dask logs every worker's start and stop at INFO; its own warnings still show. Set
        # before distributed is imported here and inherited by the worker processes.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers expects a number of processes >= 1, got {args.workers}")
    if args.part_records is not None and args.part_records < 0:
        raise UsageError(f"--part-records expects a number >= 0, got {args.part_records}")
    if args.retries < 0:
        raise UsageError(f"--retries expects a number >= 0, got {args.retries}")
    outdir = Path(args.output)
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"output {outdir} is not a directory")
    try:
        shards = list(find_shards(args.inputs))
    except OSError as err:
        raise UsageError(f"cannot read input {err.filename or ''}: {err.strerror or err}") from err
    except RemoteUnavailable as err:
        raise UsageError(f"cannot read input {err}") from err
    if args.sites_file:
        try:
            SiteRules.load(args.sites_file)
        except SitesFileError as err:
            raise UsageError(str(err)) from err
    options = Options(
        max_bytes=int_setting(settings, "NEWSCRAWL_MAX_PAGE_BYTES"),
        provenance=args.provenance or settings.getbool("NEWSCRAWL_PROVENANCE"),
        sites_file=str(Path(args.sites_file).resolve()) if args.sites_file else None,
        keep_non_articles=args.keep_non_articles or settings.getbool("NEWSCRAWL_KEEP_NON_ARTICLES"),
        body_html=args.body_html or settings.getbool("NEWSCRAWL_BODY_HTML"),
        timeout=_float_setting(settings, "NEWSCRAWL_EXTRACT_TIMEOUT") or None,
        memory_mb=int_setting(settings, "NEWSCRAWL_EXTRACT_MEMORY_MB") or None,
        extract=settings.get("NEWSCRAWL_EXTRACT_FUNCTION") or None,
    )
    scheduler = None if args.scheduler == "local" else args.scheduler
    report = run_bulk(
        shards,
        outdir,
        options,
        scheduler=scheduler,
        workers=args.workers,
        retries=args.retries,
        part_records=args.part_records,
        across=args.dedupe == "run",
    )
    print(report.line(), file=sys.stderr)
    for path, error in report.failed.items():
        print(f"  failed: {path}: {error}", file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK
