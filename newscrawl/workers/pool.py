"""``ExtractPool``: N worker processes that extract pages; the parent only sends and receives.

Plain threads and pipes, no Twisted: ``submit(job)`` never blocks and returns a
``concurrent.futures.Future`` that resolves to an ``Outcome`` (``Extracted`` or ``Skipped``),
never to an exception. Scrapy code awaits it through ``newscrawl.workers.extension``.

Each worker is a ``python -m newscrawl.workers.worker`` process fed by one thread of the pool:
the thread takes the next job from the shared queue, writes it to the worker's stdin and waits
for the outcome on its stdout, at most ``timeout`` seconds. A worker that runs past that is
killed (SIGKILL) and the page is reported as ``Skipped("timeout", ...)``; a worker that dies
(a crash, the kernel's OOM killer) gives ``Skipped("worker_crashed", ...)``. Either way the next
job starts a fresh worker. Per-page budgets (memory, CPU) belong in ``_Worker.spawn`` and
``_Worker.run``: the one place that starts a worker process and the one that waits for it.

Why not ``ProcessPoolExecutor``: it cannot stop one hung task; killing its worker breaks the
whole pool and fails every page in flight.

Why not pebble's ``ProcessPool`` (evaluated for issue 15 with pebble 5.2.3 on Python 3.11: a
parent with a 300 MB heap and a running thread, 2 workers, ``max_tasks=3``, an ``initializer``
setting RLIMIT_AS, tasks that sleep past a 2 s ``timeout``, SIGKILL themselves, allocate 2 GB,
or return; run under ``-W error`` with the fork, forkserver and spawn contexts). What it does
keep: the timeout (``TimeoutError``, the worker killed and replaced, the next pages extract),
the crash (``ProcessExpired`` with ``exitcode`` -9, so ``worker_crashed`` can name the signal),
``max_tasks`` recycling, a memory cap set by the initializer (the task sees ``MemoryError``),
no warning on 3.11. What it does not, and why we keep these ~440 lines:

* a worker that ran out of memory cannot be retired after answering. We replace it at once (its
  heap may be fragmented or half-freed); pebble has no per-task "retire this worker" hook, its
  workers take the next page from a shared channel as soon as they have answered, so killing
  one from the parent races with that page, which would then be reported as ``worker_crashed``
  although it did nothing wrong;
* with the default fork context (Linux) a worker inherits the parent's address space: measured
  VmSize 409 MB at start against 29 MB with forkserver/spawn, so RLIMIT_AS would count
  Scrapy's heap and the per-page budget (``NEWSCRAWL_EXTRACT_MEMORY_MB``) would depend on the
  parent. Python 3.12+ also warns (``DeprecationWarning``, an error in our tests) when a process
  with threads forks, as the reactor's thread pool makes it (documented; only 3.11 here).
  forkserver avoids both but starts a server process from the parent on first use; spawn
  re-imports the parent's ``__main__`` (``scrapy``, ``newscrawl``, scrapyd's runner) in every
  worker;
* (read in pebble/pool/process.py, not measured) a page's time limit runs on ``time.time()``,
  so a wall-clock step can time pages out or let them run on; ours runs on ``time.monotonic()``;
* what would remain is still glue to write (an estimate, not a port): the outcome mapping, the
  memory-budget initializer, stdout protection and PDEATHSIG in the worker, cancelling queued
  pages but not running ones at close (pebble's ``stop`` kills running pages, ``close`` runs
  every queued one), and counters. Byte-identical output would hold either way: both would run
  ``article_from_body``.

Revisit if pebble gains a per-task "recycle after this result" option.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import Future
from typing import Any

from newscrawl.workers.wire import OVER_MEMORY, Job, Outcome, Ready, Skipped, receive, send

logger = logging.getLogger(__name__)

STOP_GRACE = 5.0
"""Seconds a worker gets to exit after its stdin is closed, before it is killed."""

START_LIMIT = 300.0
"""Seconds a new worker may take to import and warm up before it says ``Ready``; a worker that
takes longer (a machine swapping hard) is stopped and the page is reported, never waited for
forever. Start-up never counts against a page's own ``timeout``."""


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class ExtractPool:
    """``jobs`` worker processes (default: one per core) extracting pages in parallel.

    ``timeout``: seconds one page may take in a worker (None: no limit). ``extract``: a
    ``module:function`` stand-in for ``extract_article`` (tests). ``recycle_after``: pages after
    which a worker is replaced by a fresh one, so that whatever extraction leaves behind in a
    process (caches, fragmented heap) cannot grow without bound.
    """

    def __init__(
        self,
        jobs: int | None = None,
        *,
        timeout: float | None = 30.0,
        extract: str | None = None,
        recycle_after: int | None = 1000,
        memory_mb: int | None = None,
    ) -> None:
        self.jobs = jobs if jobs and jobs > 0 else default_jobs()
        self.timeout = timeout if timeout and timeout > 0 else None
        self.extract = extract
        self.recycle_after = recycle_after
        self.memory_mb = memory_mb if memory_mb and memory_mb > 0 else None
        """Address-space limit of each worker (RLIMIT_AS); a page past it is ``over_memory``."""
        self.counts: Counter[str] = Counter()
        """``pages``, ``timeouts``, ``crashes``, ``started`` (worker processes), under ``lock``."""
        self.lock = threading.Lock()
        self._queue: queue.SimpleQueue[tuple[Job, Future[Outcome]] | None] = queue.SimpleQueue()
        self._workers = [_Worker(self, n) for n in range(self.jobs)]
        self._closed = False

    def start(self) -> ExtractPool:
        """Start the worker processes (they import extraction in parallel) and their threads."""
        for worker in self._workers:
            worker.start()
        return self

    def submit(self, job: Job) -> Future[Outcome]:
        """Queue ``job``; its outcome arrives on the returned future. Never blocks."""
        if self._closed:
            raise RuntimeError("the extraction pool is closed")
        future: Future[Outcome] = Future()
        self._queue.put((job, future))
        return future

    def close(self) -> None:
        """Cancel jobs not yet started, let running ones finish, stop every worker."""
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[1].cancel()
        for _ in self._workers:
            self._queue.put(None)
        for worker in self._workers:
            worker.join()

    def __enter__(self) -> ExtractPool:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def count(self, key: str) -> None:
        with self.lock:
            self.counts[key] += 1

    def pids(self) -> list[int]:
        """Process ids of the running workers (benchmarks sum their memory)."""
        return [w.process.pid for w in self._workers if w.process is not None]

    def next_job(self) -> tuple[Job, Future[Outcome]] | None:
        return self._queue.get()

    def worker_command(self) -> list[str]:
        command = [sys.executable, "-m", "newscrawl.workers.worker"]
        if self.memory_mb:
            command += ["--memory-mb", str(self.memory_mb)]
        return command + (["--extract", self.extract] if self.extract else [])


class _Worker:
    """One worker process and the thread that feeds it, one job at a time."""

    def __init__(self, pool: ExtractPool, index: int) -> None:
        self.pool = pool
        self.process: subprocess.Popen[bytes] | None = None
        self.done = 0
        self.ready = False
        self.thread = threading.Thread(target=self.loop, name=f"newscrawl-extract-{index}", daemon=True)

    def start(self) -> None:
        self.spawn()
        self.thread.start()

    def join(self) -> None:
        self.thread.join()

    def loop(self) -> None:
        while (item := self.pool.next_job()) is not None:
            job, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                outcome = self.run(job)
            except BaseException as err:  # a bug here must not leave the page waiting forever
                logger.exception("Extraction pool failed on %s", job.url)
                outcome = Skipped("worker_crashed", f"the extraction pool failed: {err!r}")
            if self.process is None:  # killed or dead: replace it now, ready for the next page
                self.spawn()
            future.set_result(outcome)
        self.stop()

    def run(self, job: Job) -> Outcome:
        """Extract one page in this worker's process (started or replaced as needed)."""
        if self.process is None or self.done >= (self.pool.recycle_after or sys.maxsize):
            self.stop()
            self.spawn()
        assert self.process is not None and self.process.stdin and self.process.stdout
        timeout = self.pool.timeout
        if (failed := self.wait_until_ready()) is not None:
            return failed
        try:
            self.send(job)
            assert self.process is not None and self.process.stdout
            deadline = time.monotonic() + timeout if timeout is not None else None
            outcome: Outcome = receive(self.process.stdout.fileno(), deadline)
        except _StartFailed as start:
            return start.outcome
        except TimeoutError:
            self.kill()
            self.pool.count("timeouts")
            logger.warning(
                "Stopped the extraction of %s after %.0f s (NEWSCRAWL_EXTRACT_TIMEOUT); "
                "a fresh worker takes the next page.",
                job.url,
                timeout,
            )
            return Skipped("timeout", f"extraction took over {timeout:g} s; the worker was stopped")
        except (EOFError, OSError):
            status = self.kill()
            self.pool.count("crashes")
            how = f"killed by signal {-status}" if status < 0 else f"exit status {status}"
            return Skipped("worker_crashed", f"the worker process died ({how})")
        self.done += 1
        self.pool.count("pages")
        if isinstance(outcome, Skipped) and outcome.reason == OVER_MEMORY:
            self.pool.count("over_memory")
            self.stop()  # its heap may be fragmented or half-freed: the next page gets a fresh one
        return outcome

    def wait_until_ready(self) -> Skipped | None:
        """Wait (at most ``START_LIMIT`` s) for a new worker's ``Ready``; a worker that dies or
        does not get there is stopped and its page reported as ``worker_crashed``."""
        if self.ready:
            return None
        assert self.process is not None and self.process.stdout
        try:
            message = receive(self.process.stdout.fileno(), time.monotonic() + START_LIMIT)
        except TimeoutError:
            self.kill()
            self.pool.count("crashes")
            detail = f"the worker process did not start within {START_LIMIT:g} s"
            return Skipped("worker_crashed", detail)
        except (EOFError, OSError):
            status = self.kill()
            self.pool.count("crashes")
            how = f"killed by signal {-status}" if status < 0 else f"exit status {status}"
            return Skipped("worker_crashed", f"the worker process died while starting ({how})")
        if not isinstance(message, Ready):  # a bug in the worker: it cannot take pages
            self.kill()
            self.pool.count("crashes")
            return Skipped("worker_crashed", f"the worker process sent {message!r} at start-up")
        self.ready = True
        return None

    def send(self, job: Job) -> None:
        """Hand ``job`` to the worker; a worker found dead before it got the job (its pipe is
        closed) is replaced once: the page was not what ended it."""
        assert self.process is not None and self.process.stdin
        try:
            send(self.process.stdin.fileno(), job)
        except BrokenPipeError:
            self.kill()
            self.spawn()
            if (failed := self.wait_until_ready()) is not None:
                raise _StartFailed(failed) from None
            assert self.process is not None and self.process.stdin
            send(self.process.stdin.fileno(), job)

    def spawn(self) -> None:
        env = dict(os.environ)
        # The worker imports newscrawl from wherever this process did (source tree, egg).
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        self.process = subprocess.Popen(
            self.pool.worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )
        self.done = 0
        self.ready = False
        self.pool.count("started")

    def stop(self) -> None:
        """Close the worker's stdin (it exits at EOF); kill it if it does not exit in time."""
        process, self.process = self.process, None
        if process is None:
            return
        _close(process)
        try:
            process.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def kill(self) -> int:
        """Kill the worker now; its exit status (negative: the signal that ended it)."""
        process, self.process = self.process, None
        if process is None:
            return 0
        process.kill()
        status = process.wait()
        _close(process)
        return status


class _StartFailed(Exception):
    """A replacement worker did not start; ``outcome`` reports the page."""

    def __init__(self, outcome: Skipped) -> None:
        super().__init__(outcome.detail)
        self.outcome = outcome


def _close(process: subprocess.Popen[Any]) -> None:
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):  # already closed by a dead worker
                pipe.close()
