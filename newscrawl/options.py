"""What every ``newscrawl`` subcommand shares: the global options, settings, logging, exit codes.

Every subcommand takes ``-L/--loglevel``, ``-s/--set NAME=VALUE`` and ``-j/--jobs N`` (after
the subcommand's name). Commands that work in this process (``explain``, ``report``,
``demo --serve``) apply the log level and the settings they read; ``--jobs`` only changes the
commands that extract in worker processes (``parse``, ``crawl``, ``demo``).
"""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
"""0: the run completed (skipped inputs included); 1: it failed; 2: a usage error."""
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"
LOG_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
"""Scrapy's LOG_FORMAT and LOG_DATEFORMAT: commands and paths without Scrapy log the same way."""
"""Scrapy's own format, for the commands that run without Scrapy."""


class UsageError(Exception):
    """A problem with the command line; reported with exit status 2."""


def global_options() -> argparse.ArgumentParser:
    """A parent parser with the options every subcommand takes (after the subcommand's name)."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("options of every subcommand")
    group.add_argument(
        "--loglevel",
        "-L",
        choices=LOG_LEVELS,
        type=str.upper,
        help="log level (default: INFO)",
    )
    group.add_argument(
        "--set",
        "-s",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help="override a Scrapy/newscrawl setting (repeatable)",
    )
    group.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="extraction worker processes (0: one per core, the default; NEWSCRAWL_JOBS)",
    )
    return parser


def base_settings(args: argparse.Namespace) -> Settings:
    """``newscrawl.settings`` (it reads the NEWSCRAWL_* environment), ``--set``, ``--loglevel``,
    ``--jobs``; a ``UsageError`` for a malformed value."""
    from scrapy.settings import Settings  # noqa: PLC0415  (Scrapy only for the commands that need it)

    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    for name, value in set_options(args):
        settings.set(name, value, priority="cmdline")
    if args.loglevel:
        settings.set("LOG_LEVEL", args.loglevel, priority="cmdline")
    if args.jobs is not None:
        settings.set("NEWSCRAWL_JOBS", args.jobs, priority="cmdline")
    return settings


def set_options(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The ``--set NAME=VALUE`` pairs, once ``--set`` and ``--jobs`` are checked (a
    ``UsageError`` for a malformed one). No Scrapy: ``parse`` of a few pages runs without it."""
    pairs = []
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--set expects NAME=VALUE, got {pair!r}")
        pairs.append((name, value))
    if args.jobs is not None and args.jobs < 0:
        raise UsageError(f"--jobs expects a number of processes (0: one per core), got {args.jobs}")
    return pairs


def add_keep_non_articles(parser: argparse.ArgumentParser) -> None:
    """``--keep-non-articles``, shared by parse, crawl and bulk."""
    parser.add_argument(
        "--keep-non-articles",
        action="store_true",
        help="also write pages that are not articles (home, section, tag, archive, calendar, "
        "search and author pages), their page_type saying what they are (default: skipped as "
        "not_article; NEWSCRAWL_KEEP_NON_ARTICLES)",
    )


def int_setting(settings: Settings, name: str) -> int:
    """An integer setting, or a ``UsageError`` naming it (``-s NAME=abc``)."""
    try:
        return settings.getint(name)
    except ValueError as err:
        raise UsageError(f"{name} expects a whole number, got {settings.get(name)!r}") from err


def configure_logging(settings: Settings) -> None:
    """Log to stderr at ``LOG_LEVEL`` in Scrapy's format, for commands that run without Scrapy."""
    level = str(settings.get("LOG_LEVEL", "INFO")).upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO), format=LOG_FORMAT, datefmt=LOG_DATE_FORMAT, force=True
    )


# -- Scrapy's start-up lines -----------------------------------------------------------------

STARTUP_MESSAGES = {
    "scrapy.utils.log": ("Scrapy %(version)s started", "Scrapy %s started", "Versions:"),
    "scrapy.addons": ("Enabled addons",),
    "scrapy.middleware": ("Enabled ",),
    "scrapy.crawler": ("Overridden settings",),
    "scrapy.extensions.telnet": ("Telnet console listening",),
    "scrapy.core.engine": ("Spider opened",),
}
"""Logger -> the start of the messages that describe the set-up rather than the run."""


class StartupToDebug(logging.Filter):
    """Logs Scrapy's start-up lines (versions, enabled components, overridden settings) at
    DEBUG instead of INFO: about 90 lines before a one-page parse says anything. ``-L DEBUG``
    shows them."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO and str(record.msg).startswith(self.prefixes):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


def quiet_scrapy_startup() -> None:
    """Install ``StartupToDebug`` on Scrapy's loggers (once per process)."""
    for name, prefixes in STARTUP_MESSAGES.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, StartupToDebug) for f in logger.filters):
            logger.addFilter(StartupToDebug(prefixes))
