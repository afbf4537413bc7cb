"""Several ``newscrawl crawl`` workers on one loopback site, sharing a real Redis frontier and
a real PostgreSQL state store (tests/servers.py starts both on 127.0.0.1, or skips)."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newscrawl.frontier.redis_frontier import FrontierKeys
from newscrawl.frontier.url import redis_client
from tests.distsite import CountingServer, Workers, write_site

pytestmark = pytest.mark.e2e  # real servers on 127.0.0.1

FAST = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")


def lines(out: Path, pattern: str = "*.jsonl") -> dict[str, list[dict[str, Any]]]:
    """Published records per worker (the ``@worker`` of each run file)."""
    by_worker: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(out.rglob(pattern)):
        worker = path.name.removesuffix(".jsonl").rsplit("@", 1)[-1]
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        by_worker.setdefault(worker, []).extend(records)
    return by_worker


def partial_lines(out: Path, worker: str) -> list[bytes]:
    """The lines a worker's unpublished run file holds so far."""
    files = out.rglob(f"*@{worker}.jsonl.partial")
    return [line for path in files for line in path.read_bytes().splitlines()]


def wait_for(done: Any, timeout: float = 120) -> bool:
    """Poll ``done()`` until it holds (True) or ``timeout`` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done():
            return True
        time.sleep(0.05)
    return False


def article_urls(records: list[dict[str, Any]]) -> Counter[str]:
    return Counter(str(r["canonical_url"] or r["url"]) for r in records)


def test_two_workers_emit_every_article_once(tmp_path: Path, fresh_redis: str, fresh_postgres: str) -> None:
    write_site(tmp_path / "site", 120, copies=10)  # 10 syndicated copies: one article each
    # The sitemap answers slowly (1.5 s): both workers are up before its articles are queued,
    # whichever starts first on a loaded machine, so that each can take a share.
    slow = {"/news/": 0.02, "/sitemap.xml": 1.5}
    with CountingServer(tmp_path / "site", slow=slow) as server:
        workers = Workers(tmp_path, server.base_url, fresh_redis, fresh_postgres, extra=FAST)
        workers.start("w1", "w2")
        assert workers.wait() == {"w1": 0, "w2": 0}, workers.log("w1") + workers.log("w2")
        first = lines(workers.out)
        everything = [r for records in first.values() for r in records]
        counts = article_urls(everything)
        assert len(counts) == 120
        assert max(counts.values()) == 1  # nothing twice, syndicated copies included
        assert set(first) == {"w1", "w2"}
        shares = {worker: len(records) for worker, records in first.items()}
        assert min(shares.values()) >= 12, shares  # each did a real share
        assert server.peak <= 2  # CONCURRENT_REQUESTS_PER_DOMAIN, for both workers together
        fetched = Counter(path for _, path in server.starts)
        assert fetched["/sitemap.xml"] == 1  # seeds once per run between the workers
        assert max(n for path, n in fetched.items() if path.startswith(("/news/", "/syndicated/"))) == 1
        client = redis_client(fresh_redis)
        assert not client.exists(*FrontierKeys("multi").run_keys())  # the run's keys are gone
        client.close()

        hits_before = len(server.starts)
        workers.start("w1", "w2")  # a second run: nothing new
        assert workers.wait() == {"w1": 0, "w2": 0}
        second = lines(workers.out)
        assert sum(len(r) for r in second.values()) == len(everything)
        fetched = Counter(path for _, path in server.starts[hits_before:])
        assert fetched["/sitemap.xml"] == 1  # the seeds pass the (run-scoped) dupefilter again
        # only the second URL of each syndicated article is fetched again (as on one machine:
        # a dropped copy's URL is not recorded), and dropped as unchanged
        again = [path for path in fetched if path.startswith(("/news/", "/syndicated/"))]
        assert len(again) <= 10


def test_a_killed_worker_loses_nothing(tmp_path: Path, fresh_redis: str, fresh_postgres: str) -> None:
    write_site(tmp_path / "site", 150)
    leases = ("-s", "NEWSCRAWL_LEASE_SECONDS=3", "-s", "NEWSCRAWL_CLAIM_SECONDS=3")
    # Articles answer slowly enough (150 x 0.3 s over 2 connections: >= 22 s) that w1, alone
    # at first, is still crawling when it has written its first lines. w2 joins the run then,
    # and w1 is killed once w2 is in: the kill never races the two workers' start-up.
    with CountingServer(tmp_path / "site", slow={"/news/": 0.3}) as server:
        workers = Workers(tmp_path, server.base_url, fresh_redis, fresh_postgres, extra=FAST + leases)
        workers.start("w1")
        victim = workers.procs["w1"]
        wait_for(lambda: len(partial_lines(workers.out, "w1")) >= 5 or victim.poll() is not None)
        assert victim.poll() is None, "w1 ended before it wrote 5 lines:\n" + workers.log("w1")[-4000:]
        workers.start("w2")
        in_run = "joins the run in progress"
        joined = wait_for(lambda: in_run in workers.log("w2") or victim.poll() is not None)
        assert joined and victim.poll() is None, "w2 did not join w1's run:\n" + workers.log("w2")[-4000:]
        os.kill(victim.pid, signal.SIGKILL)
        codes = workers.wait()
        assert codes["w2"] == 0 and codes["w1"] == -signal.SIGKILL
        assert "Requeued" in workers.log("w2")  # w1's unfinished requests went to w2
        # w1 does not come back; the next worker of the next run publishes what w1 had
        # written, once no live process holds it (aged here: 10 s unchanged), emits nothing new
        (left,) = workers.out.rglob("*@w1.jsonl.partial")
        os.utime(left, (time.time() - 60, time.time() - 60))
        workers.start("w3")
        assert workers.wait() == {"w3": 0}
        assert "the worker that wrote it is gone" in workers.log("w3")
        assert "Recovered" in workers.log("w3")
    assert not list(workers.out.rglob("*.partial"))
    records = [r for records in lines(workers.out).values() for r in records]
    counts = article_urls(records)
    assert len(counts) == 150  # nothing lost
    duplicated = sum(n - 1 for n in counts.values())
    print(f"kill test: expected 150, written {len(records)}, duplicated {duplicated}")
    assert duplicated == 0  # lines the dead worker wrote but had not recorded are repaired


def test_crawl_delay_holds_for_the_site_as_a_whole(
    tmp_path: Path, fresh_redis: str, fresh_postgres: str
) -> None:
    write_site(tmp_path / "site", 12, crawl_delay=0.5)
    with CountingServer(tmp_path / "site") as server:
        workers = Workers(
            tmp_path,
            server.base_url,
            fresh_redis,
            fresh_postgres,
            extra=(*FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"),
        )
        workers.start("w1", "w2")
        assert workers.wait() == {"w1": 0, "w2": 0}
        assert sum(len(r) for r in lines(workers.out).values()) == 12
        assert server.peak == 1  # one request at a time: the next may not start before 0.5 s
        # starts are stamped when the server's thread runs, which a loaded machine delays by
        # an unknown amount: half the delay still tells a shared slot from none (gaps near 0)
        assert server.min_gap("/news/") >= 0.25


def test_retry_after_holds_every_worker_off(tmp_path: Path, fresh_redis: str, fresh_postgres: str) -> None:
    write_site(tmp_path / "site", 30)
    busy = "/news/story-00012"
    with CountingServer(
        tmp_path / "site", slow={"/news/": 0.02}, faults={busy: [(503, {"Retry-After": "1"})]}
    ) as server:
        workers = Workers(
            tmp_path,
            server.base_url,
            fresh_redis,
            fresh_postgres,
            extra=(*FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"),
        )
        workers.start("w1", "w2")
        assert workers.wait() == {"w1": 0, "w2": 0}
        assert sum(len(r) for r in lines(workers.out).values()) == 30  # the retry succeeded
        first_503 = min(t for t, path in server.starts if path == busy)
        after = [t for t, path in server.starts if t > first_503]
        # starts are stamped when the server's thread runs, which a loaded machine delays by
        # an unknown amount: half the Retry-After still tells a shared hold-off from none
        assert min(after) - first_503 >= 0.5


def test_frontier_needs_a_shared_state(tmp_path: Path) -> None:
    workers = Workers(tmp_path, "http://127.0.0.1:9", "redis://127.0.0.1:9/0", f"sqlite:///{tmp_path}/s.db")
    workers.start("w1")
    assert workers.wait() == {"w1": 2}
    assert "must share the state too" in workers.log("w1")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--frontier", "http://x/", "expected redis://"),
        ("--worker", "a b", "worker name 'a b'"),
        ("--frontier", "redis://127.0.0.1:9/0", "cannot reach the frontier redis://127.0.0.1:9/0"),
    ],
)
def test_bad_frontier_options(tmp_path: Path, option: str, value: str, message: str) -> None:
    workers = Workers(
        tmp_path, "http://127.0.0.1:9", "redis://127.0.0.1:9/0", "postgresql://u@127.0.0.1:9/db"
    )
    argv = workers.argv("w1")
    argv[argv.index(option) + 1] = value
    (tmp_path / "w1.log").write_text("", encoding="utf-8")
    import subprocess  # noqa: PLC0415

    from tests.crawlsite import REPO, child_env  # noqa: PLC0415

    done = subprocess.run(argv, cwd=REPO, env=child_env(), capture_output=True, text=True, check=False)
    if message.startswith("cannot reach") and importlib.util.find_spec("scrapy_redis") is None:
        message = "pip install 'newscrawl[distributed]'"  # without the extra: a usage error too
    assert done.returncode == 2 and message in done.stderr
