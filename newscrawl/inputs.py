"""The inputs of ``newscrawl parse``: which files a path names, in which order, and which are
refused before reading. No Scrapy: the files spider and the in-process path
(``newscrawl.local``) share them.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newscrawl.archives import WARC_SUFFIXES
from newscrawl.intake import file_kind, printable_path

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xht", ".shtml")
"""Names of saved HTML pages (lower-cased); each may also end in ``.gz``."""
PAGE_SUFFIXES = (*HTML_SUFFIXES, *(f"{s}.gz" for s in HTML_SUFFIXES), *WARC_SUFFIXES)
"""File names (lower-cased) taken from a directory walk. WARC files (``newscrawl.archives``)
contribute their HTML response records, each an input of its own."""


def passed_over(paths: Iterable[str]) -> dict[str, int]:
    """Files that a walk of the directories among ``paths`` leaves out, counted by extension
    (``"(none)"`` for a name without one): what to tell a user whose run found no page."""
    counts: dict[str, int] = {}
    for path in paths:
        if Path(path).is_dir():
            for found in _walk(path, keep=lambda name: not name.lower().endswith(PAGE_SUFFIXES)):
                suffix = Path(found).suffix.lower() or "(none)"
                counts[suffix] = counts.get(suffix, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Every input file under ``paths``, lazily, in the documented order."""
    return (path for path, _root in _inputs(paths))


def _inputs(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(input, the directory argument it was found under, or None when named explicitly)."""
    for path in paths:
        if Path(path).is_dir():
            yield from ((found, path) for found in _walk(path))
        else:
            yield path, None


def refusal(path: str, root: str | None) -> tuple[str, str] | None:
    """Why ``path`` is not read, as (skip reason, detail), or None: only regular files are
    read, and a file found in a directory walk must lie inside that directory."""
    file = Path(path)
    try:
        mode = file.stat().st_mode
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "unreadable", f"{err.strerror} (a symlink loop)"
        if err.errno == errno.ENOENT and file.is_symlink():
            return "unreadable", f"{err.strerror} (a dangling symlink)"
        return None  # the read fails too, and the errback names the reason
    if not stat.S_ISREG(mode):
        return "not_regular", file_kind(mode)
    if root is not None and file.is_symlink():
        target = file.resolve()
        if not target.is_relative_to(Path(root).resolve()):
            where = f"a symlink to {printable_path(str(target))}, outside {printable_path(root)}"
            return "outside_input", where
    return None


def _is_page_name(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES)


def _walk(directory: str, keep: Callable[[str], bool] = _is_page_name) -> Iterator[str]:
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as err:
        logger.warning(
            "Skipped directory %s: %s; check its permissions.",
            printable_path(directory),
            err.strerror or err,
        )
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):  # a symlinked directory could loop
            yield from _walk(entry.path, keep)
        elif keep(entry.name):
            # symlinks, FIFOs and devices too: the spider refuses them with a skip line
            yield entry.path  # the directory as given, joined with the name (not normalised)


def count_inputs(paths: Iterable[str]) -> int:
    """How many inputs ``iter_inputs`` will yield (walks the tree once more, in O(1) memory)."""
    return sum(1 for _ in iter_inputs(paths))
