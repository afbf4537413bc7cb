"""One worker process: read jobs from stdin, extract, write outcomes to stdout, until EOF.

    python -m newscrawl.workers.worker [--extract MODULE:FUNCTION]

Started by ``ExtractPool``, never by hand. Before its first job a worker imports extraction,
extracts a small built-in page and freezes what it has loaded (``settle``), then says ``Ready``:
the parent starts a page's clock only then.
``--extract`` names a stand-in for ``extract_article`` with the same signature (tests use a
deliberately slow one; benchmarks may compare extractors); the default is
``newscrawl.extract.extract_article``.

The protocol pipe is a private copy of stdout: file descriptor 1 is pointed at stderr, so a
stray ``print`` in extraction code can never corrupt a message. SIGINT is ignored: on Ctrl-C
the parent decides when workers stop (it closes their stdin after the in-flight pages). On
Linux a worker is killed when its parent dies, even in the middle of a page.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import importlib
import logging
import os
import resource
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any

from newscrawl.intake import PageSkipped, article_from_body
from newscrawl.memory import status_bytes
from newscrawl.workers.wire import (
    OVER_MEMORY,
    Extracted,
    Job,
    Outcome,
    Ready,
    Skipped,
    receive,
    send,
)

DEFAULT_EXTRACT = "newscrawl.extract:extract_article"
PR_SET_PDEATHSIG = 1

WARM_UP_URL = "https://warm-up.invalid/2026/01/01/warm-up"
WARM_UP_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Warm-up</title></head>"
    "<body><article><h1>A page the worker extracts before its first job</h1>"
    + "".join(
        f"<p>Paragraph {n} of a page that loads what extraction loads on its first call: the "
        "boilerplate remover, the date parser, the language model. A worker that has done this "
        "once spends its page time limit on pages only.</p>"
        for n in range(1, 5)
    )
    + "</article></body></html>"
)
"""Extracted once at start-up, so that one-time loads (models, tables built on first use) are
paid before the worker says it is ready; its outcome is thrown away."""


def load(path: str) -> Callable[..., Any]:
    """``module:function`` (or ``module.function``) -> the function."""
    module, sep, name = path.partition(":")
    if not sep:
        module, _, name = path.rpartition(".")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def run_job(job: Job, extract: Callable[..., Any]) -> Outcome:
    peak_before = vm_peak()
    try:
        article = article_from_body(
            job.body, job.url, max_bytes=job.max_bytes, extract=extract, **job.options
        )
    except PageSkipped as skip:
        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        if isinstance(skip.__cause__, MemoryError) or ran_into_budget(limit, peak_before):
            budget = f"{limit // 2**20} MB" if limit > 0 else "the memory available"
            detail = f"extraction needed more than {budget} (NEWSCRAWL_EXTRACT_MEMORY_MB)"
            return Skipped(OVER_MEMORY, detail)
        return Skipped(skip.reason, skip.detail)
    return Extracted(article)


def vm_peak() -> int | None:
    """This process's peak address-space size in bytes (Linux ``VmPeak``), None elsewhere."""
    return status_bytes("VmPeak")


def ran_into_budget(limit: int, peak_before: int | None) -> bool:
    """Did the page that just failed take the address space to its budget? C libraries report
    an allocation refused under RLIMIT_AS in their own words (libxml2: ``XMLSyntaxError:
    unknown error``), not as ``MemoryError``; a failure during which the peak rose to within
    5% of the budget is the budget's doing."""
    if limit <= 0 or peak_before is None or (peak := vm_peak()) is None:
        return False
    return peak > peak_before and peak >= limit * 0.95


def serve(extract: Callable[..., Any], jobs_fd: int, outcomes_fd: int) -> None:
    """Answer every job on ``jobs_fd`` with one outcome on ``outcomes_fd``, until EOF."""
    while True:
        try:
            job = receive(jobs_fd)
        except EOFError:
            return
        send(outcomes_fd, run_job(job, extract))


def warm_up(extract: Callable[..., Any]) -> None:
    """Extract ``WARM_UP_PAGE`` once; a failure here is only logged (the pages will tell)."""
    try:
        run_job(Job(WARM_UP_PAGE.encode(), WARM_UP_URL, len(WARM_UP_PAGE) * 4), extract)
    except Exception:  # a stand-in extractor may fail as it likes
        logging.getLogger(__name__).debug("The warm-up extraction failed", exc_info=True)


def settle(extract: Callable[..., Any]) -> None:
    """Warm up, then move everything loaded so far (extraction's modules, phrase tables, compiled
    patterns, the language model's index: some 45,000 objects that live as long as the worker)
    out of the cyclic garbage collector's reach (``gc.freeze``), so its full collections walk
    only what pages make: about 0.2 s of CPU less in a pass over the 308 zyte and fundus pages
    (a benchmark figure, session 37). Done here, in a process newscrawl owns, and not at import:
    in someone else's program a freeze would also pin the objects that program holds."""
    warm_up(extract)
    gc.freeze()


def die_with_parent() -> None:
    """Ask Linux to kill this process when the thread that started it ends (prctl
    PR_SET_PDEATHSIG); elsewhere, workers still exit at EOF once their page is done."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="newscrawl.workers.worker")
    parser.add_argument("--extract", default=DEFAULT_EXTRACT, metavar="MODULE:FUNCTION")
    parser.add_argument("--memory-mb", type=int, default=0, metavar="MB")
    args = parser.parse_args(argv)
    # numpy (imported by trafilatura with py3langid) would start a BLAS thread pool whose stacks
    # take address space under the memory budget; extraction does no linear algebra.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    if args.memory_mb > 0:  # the page's memory budget: past it, allocations raise MemoryError
        limit = args.memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    logging.basicConfig(
        level=logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s [%(name)s] %(levelname)s: %(message)s",
    )
    outcomes_fd = os.dup(1)
    os.dup2(2, 1)
    extract = load(args.extract)
    settle(extract)
    try:
        send(outcomes_fd, Ready())
    except BrokenPipeError:  # the pool was closed while this worker was starting
        return
    serve(extract, 0, outcomes_fd)


if __name__ == "__main__":
    main()
