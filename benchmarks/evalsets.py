"""The ../shared/eval sets as the benchmark scripts read them: pages, halves, a pool, the scorer.

Sets measured: ``zyte`` (article body), ``fundus-A`` and ``fundus-B`` (full structure; the
fundus pages split into two FIXED halves by publisher), ``traf`` (must-contain / must-not-contain
snippets over many kinds of pages) and its two fixed halves ``traf-A`` / ``traf-B`` (split by the
page's host). Rules are designed looking at the A halves and judged on the B halves and zyte: B is
the judge, so nobody reads its pages' details.

The fundus publisher is a page id's part before its date (``BerlinerMorgenpost_2024_05_03`` ->
``BerlinerMorgenpost``); its half is the parity of the SHA-256 of that name (even -> A). SHA-1
parity cannot be used: it is how the eval kit split dev from hold-out, so every dev publisher has
an even SHA-1.

A traf page's half is the parity of the SHA-256 of its host (the truth line's ``url``, lower
case, without ``www.``), so all pages of one site fall in one half; a page whose truth has no URL
is placed by its page id.

Scoring imports the kit's own ``score.py`` (stdlib only) and calls its ``score`` on the truth
lines of the set's pages, so a half is scored exactly as the whole set would be.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gzip
import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from newscrawl.extract import extract_article
from newscrawl.publishers import default_publishers

_HERE = Path(__file__).resolve()
EVAL = next(
    (parent / "shared" / "eval" for parent in _HERE.parents if (parent / "shared" / "eval").is_dir()),
    _HERE.parent.parent.parent / "shared" / "eval",
)
"""``shared/eval`` in the nearest directory above the repository that has one (``../shared/eval``
beside a clone, ``../../shared/eval`` beside a worktree)."""

SETS = ("zyte", "fundus-A", "fundus-B", "traf", "traf-A", "traf-B")
"""The measured sets, in table order."""

_DATE_SUFFIX = re.compile(r"_\d{4}_\d{2}_\d{2}$")


def directory(name: str) -> str:
    """The eval-kit directory a set reads (``fundus-A`` -> ``fundus``)."""
    return name.split("-", 1)[0]


def page_id(path: str) -> str:
    """A page file's truth id (its name without ``.html`` / ``.html.gz``)."""
    name = Path(path).name
    for ext in (".gz", ".html", ".htm", ".xhtml"):
        name = name.removesuffix(ext)
    return name


def publisher(fundus_id: str) -> str:
    """A fundus page id's publisher: the part before its date."""
    return _DATE_SUFFIX.sub("", fundus_id)


def _half(key: str) -> str:
    return "A" if hashlib.sha256(key.encode("utf-8")).digest()[-1] % 2 == 0 else "B"


def fundus_half(fundus_id: str) -> str:
    """``"A"`` or ``"B"``: the fixed half of the fundus set the page's publisher belongs to."""
    return _half(publisher(fundus_id))


def site(url: str | None) -> str | None:
    """A URL's host, lower case, without ``www.`` (None without one)."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def traf_half(traf_id: str, url: str | None) -> str:
    """``"A"`` or ``"B"``: the fixed half of the traf set the page's site belongs to (the page id
    when its truth has no URL)."""
    return _half(site(url) or traf_id)


@functools.cache
def truth_urls(truth: Path) -> dict[str, str | None]:
    """page id -> the truth line's url, for one set's truth.jsonl."""
    urls: dict[str, str | None] = {}
    if truth.is_file():
        for raw in truth.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                row = json.loads(raw)
                urls[str(row.get("id"))] = row.get("url")
    return urls


def in_set(name: str, path: str) -> bool:
    """Whether the page file belongs to the set (a fundus half keeps its publishers' pages, a
    traf half its sites' pages; the URL comes from the truth.jsonl beside ``pages/``)."""
    if "-" not in name:
        return True
    kind, half = name.split("-", 1)
    ident = page_id(path)
    if kind == "traf":
        truth = Path(path).resolve().parent.parent / "truth.jsonl"
        return traf_half(ident, truth_urls(truth).get(ident)) == half
    return fundus_half(ident) == half


def set_pages(eval_dir: Path, name: str) -> list[str]:
    """The page files of one set, sorted (the order of the output lines)."""
    pages = (eval_dir / directory(name) / "pages").iterdir()
    return sorted(str(path) for path in pages if in_set(name, str(path)))


def read_page(path: str) -> bytes:
    """A page's HTML bytes (``.gz`` files decompressed)."""
    raw = Path(path).read_bytes()
    return gzip.decompress(raw) if path.endswith(".gz") else raw


def newscrawl_line(path: str) -> str:
    """newscrawl's record for one page as a JSON line ("" when it is no HTML page)."""
    try:
        # The shipped publisher data too, as ``newscrawl parse`` applies it (docs/publishers.md).
        article = extract_article(
            read_page(path), Path(path).resolve().as_uri(), publishers=default_publishers()
        )
    except ValueError:
        return ""
    record = dataclasses.asdict(dataclasses.replace(article, source_path=path))
    return json.dumps(record, ensure_ascii=False)


def _be_nice() -> None:
    """Worker initialiser: the machine is shared, a benchmark yields to interactive work."""
    os.nice(10)


def run_pages(extract: Callable[[str], str], pages: list[str], jobs: int) -> dict[str, str]:
    """``extract`` over ``pages`` in ``jobs`` niced processes: page -> its line ("" = no record)."""
    if not pages:
        return {}
    with ProcessPoolExecutor(jobs, initializer=_be_nice) as pool:
        return dict(zip(pages, pool.map(extract, pages, chunksize=2), strict=True))


def write_lines(lines: list[str], target: Path) -> int:
    """The non-empty lines written to ``target``; how many."""
    kept = [line for line in lines if line]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    return len(kept)


def scorer(eval_dir: Path) -> ModuleType:
    """The eval kit's ``score.py``, imported as a module."""
    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {eval_dir / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(eval_dir: Path, name: str, lines: list[str]) -> tuple[dict[str, float], list[dict[str, Any]]]:
    """score.py's metrics and per-page results for one set's output lines (only the truth of the
    set's own pages counts, so a fundus half is scored on its publishers alone)."""
    module = scorer(eval_dir)
    wanted = {page_id(path) for path in set_pages(eval_dir, name)}
    truth_rows, _ = module.load_jsonl(str(eval_dir / directory(name) / "truth.jsonl"), "truth")
    truth = [row for row in truth_rows if row.get("id") in wanted]
    records = [json.loads(line) for line in lines if line]
    metrics, _counts, per_page = module.score(truth, records)
    return dict(metrics), list(per_page)


PageEdit = Callable[[Path, bytes], bytes]
"""Edits one page of a kit: its path in the source kit and its bytes (unzipped) -> new bytes."""


def copy_kit(source: Path, target: Path, edit_set: Callable[[Path, list[Path]], PageEdit]) -> int:
    """A copy of the eval kit ``source`` at ``target`` (each set's truth and files as they are)
    with every page edited: ``edit_set(set_dir, pages)`` gives the edit for that set's pages
    (gzipped pages are unzipped for it and zipped again, reproducibly); the number of pages.
    The one copier of the kit builders (``scramble.py``, ``restyle.py``, ``stack.py``)."""
    count = 0
    for item in sorted(source.iterdir()):
        if item.is_file():
            shutil.copy2(item, target / item.name)
            continue
        if not item.is_dir():
            continue
        (target / item.name).mkdir(parents=True, exist_ok=True)
        for part in sorted(item.iterdir()):
            if part.is_file():
                shutil.copy2(part, target / item.name / part.name)
        pages_dir = item / "pages"
        if not pages_dir.is_dir():
            continue
        (target / item.name / "pages").mkdir(exist_ok=True)
        pages = sorted(pages_dir.iterdir())
        edit = edit_set(item, pages)
        for page in pages:
            data = page.read_bytes()
            if page.name.endswith(".gz"):
                data = gzip.compress(edit(page, gzip.decompress(data)), mtime=0)
            else:
                data = edit(page, data)
            (target / item.name / "pages" / page.name).write_bytes(data)
            count += 1
    return count


def kit_dirs(parser: argparse.ArgumentParser, eval_dir: str, out: str, what: str) -> tuple[Path, Path] | None:
    """The source kit and the new kit's directory (created) of a kit builder's command line, or
    None when there is no evaluation kit at ``eval_dir`` (said on stderr); a target inside the
    kit is a usage error. ``what``: the builder's kit ("scrambled", "stacked", ...)."""
    source, target = Path(eval_dir).resolve(), Path(out).resolve()
    if not (source / "score.py").is_file():
        print(f"no evaluation kit at {source}: no {what} kit made", file=sys.stderr)
        return None
    if target == source or source in target.parents:
        parser.error(f"the {what} kit must go outside the evaluation kit")
    target.mkdir(parents=True, exist_ok=True)
    return source, target
