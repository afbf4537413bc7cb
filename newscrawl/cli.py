"""``newscrawl`` command line: one subcommand per job.

    newscrawl parse PATH... -o OUT.jsonl   saved pages -> JSONL articles (through Scrapy)
    newscrawl crawl SITE... -o OUTDIR      crawl sites of the sites file: new and changed articles
    newscrawl demo                         serve the bundled demo site on 127.0.0.1, crawl it
    newscrawl demo --pages                 parse the bundled fixtures/articles/ pages
    newscrawl demo --serve                 serve the demo site until Ctrl-C, for scrapy crawl news
    newscrawl explain FILE [--json]        one page: each field's source, what cleaning dropped
    newscrawl report OUTDIR -o report.html a static page over crawl runs

Every subcommand takes ``-L/--loglevel``, ``-s/--set NAME=VALUE`` and ``-j/--jobs N``
(``newscrawl.options``); ``newscrawl --version`` prints the version.

To add a subcommand, write ``add_<name>(subcommands)`` that builds its parser and sets
``run=<function(args) -> exit status>``, and list it in ``COMMANDS``.

Exit status: 0 when the run completed, even if some inputs were skipped or dropped (the log and
the summary line say which and why); 1 when the run failed (e.g. the output could not be
written); 2 for every usage error (bad arguments or option values, a missing input path, an
unwritable output), whichever subcommand.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawl import __version__
from newscrawl.archives import ArchivesUnavailable, is_warc, require
from newscrawl.archives.rules import SiteRules
from newscrawl.bulk.command import add_bulk
from newscrawl.demo import DEMO_OUTPUT as CRAWL_DEMO_OUTPUT
from newscrawl.demo import SITE
from newscrawl.explain import add_explain
from newscrawl.inputs import PAGE_SUFFIXES, iter_inputs, passed_over
from newscrawl.intake import printable_path
from newscrawl.options import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    add_keep_non_articles,
    base_settings,
    configure_logging,
    global_options,
    quiet_scrapy_startup,
)
from newscrawl.pipelines.target import STDOUT, resolve_output
from newscrawl.report import add_report
from newscrawl.sites import SitesFileError

if TYPE_CHECKING:
    from scrapy import Spider

# Scrapy and the crawl machinery are imported by the commands that run them: `newscrawl parse`
# of a few pages runs without them (newscrawl/local.py), and its start-up is most of its time.

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
DEMO_OUTPUT = Path("out") / "demo.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # argparse reports its own usage errors with status 2
    quiet_scrapy_startup()
    try:
        status: int = args.run(args)
    except UsageError as err:
        print(f"newscrawl {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscrawl", description="Turn noisy news pages into clean JSONL articles."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subcommands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_SubcommandParser
    )
    for add in COMMANDS:
        add(subcommands)
    return parser


class _SubcommandParser(argparse.ArgumentParser):
    """A subcommand's parser: it takes the options every subcommand shares (``-L``, ``-s``, ``-j``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["parents"] = [*kwargs.get("parents", ()), global_options()]
        super().__init__(*args, **kwargs)


# -- shared options and the crawl runner -----------------------------------------------------


def run_spider(
    spider: type[Spider], args: argparse.Namespace, overrides: dict[str, Any], **kwargs: Any
) -> dict[str, Any]:
    """Run one spider to the end in this process; its final stats.

    Settings: ``newscrawl.settings``, then ``--set``, then ``overrides`` and ``--loglevel``.
    (A Twisted reactor cannot restart: one run per process.)
    """
    from scrapy.crawler import CrawlerProcess  # noqa: PLC0415  (see the imports)

    settings = base_settings(args)
    settings.update(overrides, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **kwargs)
    process.start()
    assert crawler.stats is not None
    return dict(crawler.stats.get_stats())


def exit_status(stats: dict[str, Any]) -> int:
    """0 when the run finished and its output (if any was asked for) was published."""
    from newscrawl.pipelines.write import PUBLISHED_REASONS  # noqa: PLC0415  (Scrapy)

    reason = str(stats.get("finish_reason", ""))
    if not reason.startswith(PUBLISHED_REASONS) or "newscrawl/output_failed" in stats:
        return EXIT_FAILED
    return EXIT_OK


def check_output(path: str) -> Path:
    """The output path, if it can be written (``newscrawl.pipelines.target``: ``-`` is standard
    output; FIFOs and devices are written in place); else a UsageError saying why."""
    try:
        resolve_output(path)
    except ValueError as err:
        raise UsageError(str(err)) from err
    return Path(path)


def require_archives(*modules: str) -> None:
    """A UsageError naming the install command unless the archives extra is installed."""
    try:
        require(*modules)
    except ArchivesUnavailable as err:
        raise UsageError(str(err)) from err


def check_inputs(paths: Sequence[str]) -> None:
    """Every input path exists (the files themselves are read, or skipped, during the run)."""
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"input {printable_path(path)} does not exist")


def no_input(paths: Sequence[str]) -> int:
    """Say that no input page was found, what was looked for and what was passed over."""
    looked_for = ", ".join(PAGE_SUFFIXES)
    others = passed_over(paths)
    passed = ""
    if others:
        kinds = ", ".join(f"{suffix} {count}" for suffix, count in others.items())
        passed = (
            f"; {sum(others.values())} other files were passed over ({kinds}): to parse them, "
            "name them on the command line (e.g. DIR/*), which reads a file whatever its name"
        )
    print(
        f"newscrawl parse: warning: no input page found in {', '.join(map(printable_path, paths))}: "
        f"directories are searched for {looked_for}{passed}. Nothing was written.",
        file=sys.stderr,
    )
    return EXIT_FAILED


# -- subcommands ---------------------------------------------------------------------------


def add_parse(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "parse",
        help="parse saved pages into JSONL articles",
        description="Parse saved HTML pages (any file named explicitly; in directories, "
        "recursively: .html, .htm, .xhtml, .xht, .shtml, each also .gz) "
        "and the HTML pages archived in WARC files (.warc, .warc.gz) into one JSON article per "
        "line, in input order.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="an HTML file, a WARC file or a directory")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.jsonl",
        help="the JSONL file to write (OUT.parquet: Parquet with the same schema, needs the "
        "feeds extra; replaced atomically at the end; a symlink's target is "
        "replaced); '-' streams the lines to standard output; an existing FIFO or device is "
        "written to in place",
    )
    parser.add_argument(
        "--provenance",
        action="store_true",
        help="record where each field came from in each record's provenance "
        "(default: null; same as -s NEWSCRAWL_PROVENANCE=1)",
    )
    add_keep_non_articles(parser)
    parser.add_argument(
        "--body-html",
        action="store_true",
        help="also write each body as safe HTML (lists, tables, quotes, links) in body_html "
        "(default: null; same as -s NEWSCRAWL_BODY_HTML=1)",
    )
    parser.add_argument(
        "--sites",
        dest="sites_file",
        metavar="FILE",
        help="WARC input: extract each archived page with the rules of its site in this sites "
        "file, as the crawl did (docs/archives.md)",
    )
    parser.set_defaults(run=run_parse)


def run_parse(args: argparse.Namespace) -> int:
    check_inputs(args.paths)
    target = check_output(args.output)
    if next(iter_inputs(args.paths), None) is None:
        return no_input(args.paths)
    overrides: dict[str, Any] = {"NEWSCRAWL_OUTPUT_FILE": str(target)}
    if args.provenance:
        overrides["NEWSCRAWL_PROVENANCE"] = True
    if args.keep_non_articles:
        overrides["NEWSCRAWL_KEEP_NON_ARTICLES"] = True
    if args.body_html:
        overrides["NEWSCRAWL_BODY_HTML"] = True
    if any(is_warc(path) for path in iter_inputs(args.paths)):
        require_archives("fastwarc")
    if args.sites_file:
        try:
            SiteRules.load(args.sites_file)
        except SitesFileError as err:
            raise UsageError(str(err)) from err
    if args.output.lower().endswith(".parquet"):
        return parse_to_parquet(args, target, overrides)
    from newscrawl.local import local_settings  # noqa: PLC0415

    local = local_settings(args, overrides)
    if local is not None:  # a few saved pages: in this process, without Scrapy (newscrawl/local.py)
        from newscrawl.local import configure, parse_locally  # noqa: PLC0415

        configure(local)
        return parse_locally(args.paths, target, local)
    from newscrawl.spiders.files import FilesSpider  # noqa: PLC0415  (Scrapy)

    stats = run_spider(FilesSpider, args, overrides, paths=args.paths, sites=args.sites_file)
    return exit_status(stats)


def parse_to_parquet(args: argparse.Namespace, target: Path, overrides: dict[str, Any]) -> int:
    """``parse -o OUT.parquet``: the JSONL goes to a temporary file beside ``target``, which is
    then written as Parquet with the published schema (``newscrawl.readers``) and removed."""
    try:
        from newscrawl.readers import jsonl_to_parquet  # noqa: PLC0415

        import_module("pyarrow.parquet")
    except ImportError as err:
        raise UsageError(f"-o {args.output} needs pyarrow: pip install 'newscrawl[feeds]'") from err
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".jsonl", dir=target.parent)
    os.close(fd)
    lines = Path(name)
    try:
        overrides = {**overrides, "NEWSCRAWL_OUTPUT_FILE": str(lines)}
        from newscrawl.spiders.files import FilesSpider  # noqa: PLC0415  (Scrapy)

        stats = run_spider(FilesSpider, args, overrides, paths=args.paths, sites=args.sites_file)
        status = exit_status(stats)
        if status == EXIT_OK:
            written = jsonl_to_parquet(lines, target)
            print(f"Wrote {written} articles to {target.resolve()} (Parquet)", file=sys.stderr)
        return status
    finally:
        lines.unlink(missing_ok=True)


def add_crawl(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "crawl",
        help="crawl sites of the sites file; new and changed articles to OUTDIR",
        description="Crawl sites of the sites file (TOML). Each run writes "
        "OUTDIR/<site>/<YYYY-MM-DD>/<run-id>.jsonl and <run-id>.stats.json, with only the "
        "articles that are new or changed since earlier runs (state in the data directory). "
        "See docs/crawling.md.",
    )
    parser.add_argument("sites", nargs="*", metavar="SITE", help="site names ([sites.<name>])")
    parser.add_argument("--all", action="store_true", dest="all_sites", help="crawl every site")
    parser.add_argument(
        "--sites",
        dest="sites_file",
        metavar="FILE",
        help="the sites file (default: $NEWSCRAWL_SITES_FILE, else sites.toml)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTDIR",
        help="output directory (default: $NEWSCRAWL_OUTPUT_DIR, else out/crawl)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="state store and locks (default: $NEWSCRAWL_DATA_DIR, else "
        "$XDG_STATE_HOME/newscrawl or ~/.local/state/newscrawl)",
    )
    parser.add_argument(
        "--warc-dir",
        metavar="DIR",
        help="also write every fetched response and its request to WARC files under DIR "
        "(default: $NEWSCRAWL_WARC_DIR, else none; docs/archives.md)",
    )
    parser.add_argument(
        "--frontier",
        metavar="URL",
        help="share the crawl between workers: redis://HOST:PORT/DB (default: "
        "$NEWSCRAWL_FRONTIER_URL; unset: this process alone). See docs/distributed.md.",
    )
    parser.add_argument(
        "--state",
        metavar="URL",
        help="state store: sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: "
        "$NEWSCRAWL_STATE_URL, else the SQLite file in the data directory)",
    )
    parser.add_argument(
        "--worker",
        metavar="NAME",
        help="this worker's name in a shared crawl (default: $NEWSCRAWL_WORKER, else the host name)",
    )
    add_keep_non_articles(parser)
    parser.set_defaults(run=run_crawl_command)


def run_crawl_command(args: argparse.Namespace) -> int:
    from newscrawl.crawl import check_distributed, choose_sites, crawl_settings, run_crawl  # noqa: PLC0415

    settings = crawl_settings(
        base_settings(args),
        {
            "NEWSCRAWL_SITES_FILE": args.sites_file,
            "NEWSCRAWL_OUTPUT_DIR": args.output,
            "NEWSCRAWL_DATA_DIR": args.data_dir,
            "NEWSCRAWL_WARC_DIR": args.warc_dir,
            "NEWSCRAWL_FRONTIER_URL": args.frontier,
            "NEWSCRAWL_STATE_URL": args.state,
            "NEWSCRAWL_WORKER": args.worker,
            "NEWSCRAWL_KEEP_NON_ARTICLES": True if args.keep_non_articles else None,
        },
    )
    if settings.get("NEWSCRAWL_WARC_DIR"):
        require_archives("warcio")
    try:
        sites = choose_sites(settings, args.sites, all_sites=args.all_sites)
        check_distributed(settings)
    except (SitesFileError, ValueError) as err:
        raise UsageError(str(err)) from err
    return run_crawl(settings, sites)


def add_demo(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "demo",
        help="crawl the bundled demo news site on 127.0.0.1 and say where the JSONL went",
        description=f"Serve the demo site {SITE} on 127.0.0.1 and crawl it with the news spider into "
        f"{CRAWL_DEMO_OUTPUT}/ (or -o DIR). With --pages: parse {FIXTURES} into {DEMO_OUTPUT} "
        "(or -o FILE) instead. With --serve: only serve the site, print its base URL and a sites "
        "file for `scrapy crawl news -a site=demo` or `newscrawl crawl demo`, until Ctrl-C.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--serve",
        action="store_true",
        help="serve the demo site on 127.0.0.1 until Ctrl-C and print how to crawl it",
    )
    mode.add_argument(
        "--pages", action="store_true", help="parse the bundled saved pages instead of crawling the demo site"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        metavar="N",
        help="with --serve: the port to listen on (default: any free port)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=f"output directory (crawl, default {CRAWL_DEMO_OUTPUT}) "
        f"or file (--pages, default {DEMO_OUTPUT})",
    )
    parser.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from newscrawl.demo.job import run_demo_crawl, serve_demo  # noqa: PLC0415  (Scrapy)
    from newscrawl.spiders.files import FilesSpider  # noqa: PLC0415  (Scrapy)

    if not args.pages:
        if not (SITE / "sites.toml").is_file():
            raise UsageError(f"the demo site {SITE} has no sites.toml; reinstall newscrawl")
        if args.serve:
            if not 0 <= args.port <= 65535:
                raise UsageError(f"--port expects 0 to 65535, got {args.port}")
            configure_logging(base_settings(args))
            return serve_demo(port=args.port)
        output = Path(args.output or CRAWL_DEMO_OUTPUT)
        return run_demo_crawl(base_settings(args), output_dir=output)
    args.output = args.output or str(DEMO_OUTPUT)
    if not FIXTURES.is_dir():
        raise UsageError(f"{FIXTURES} is missing; run the demo from a source checkout")
    if args.output != STDOUT:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    target = check_output(args.output)
    stats = run_spider(FilesSpider, args, {"NEWSCRAWL_OUTPUT_FILE": str(target)}, paths=[str(FIXTURES)])
    status = exit_status(stats)
    if status == EXIT_OK and args.output != STDOUT:
        written = stats.get("newscrawl/written", 0)
        print(f"Wrote {written} articles to {target.resolve()}")
    return status


COMMANDS: list[Callable[[Any], None]] = [add_parse, add_crawl, add_demo, add_explain, add_report, add_bulk]
"""Each adds one subcommand to the ``newscrawl`` parser."""


if __name__ == "__main__":
    sys.exit(main())
