"""Crash safety of site crawls: kill -9 at random moments (fixed seed), several runs in a row,
then a clean run: no article lost, none written twice, every published line whole. A graceful
stop (SIGTERM, SIGINT) finishes the pages in flight and the next run refetches none of them."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.crawlsite import REPO, child_env
from tests.faultsite import FAST, FaultSite, article_path, headline_slugs, make_site

SLUGS = [f"story{n:02d}" for n in range(20)]
SEED = 20261127
KILLS = 5
SLOW = ("CONCURRENT_REQUESTS_PER_DOMAIN=2",)


def slow_site(tmp: Path) -> FaultSite:
    """Every article answers after a second: a run takes ~10 s, so a kill lands mid-run."""
    return make_site(tmp, SLUGS, faults={article_path(s): ["*slow"] for s in SLUGS})


def start(site: FaultSite) -> subprocess.Popen[bytes]:
    if not (site.tmp / "sites.toml").exists():
        site.write_sites()
    with (site.tmp / "run.log").open("ab") as log:
        return subprocess.Popen(
            site_argv(site), cwd=REPO, env=child_env(), stdout=subprocess.DEVNULL, stderr=log
        )


def site_argv(site: FaultSite) -> list[str]:
    from tests.crawlsite import CLI  # noqa: PLC0415

    argv = [
        *CLI,
        "crawl",
        "faulty",
        "--sites",
        str(site.tmp / "sites.toml"),
        "-o",
        str(site.out),
        "--data-dir",
        str(site.tmp / "data"),
    ]
    for setting in (*FAST, *SLOW):
        argv += ["-s", setting]
    return argv


def published_lines(out: Path) -> list[dict[str, object]]:
    """Every line of every published file; each must be one whole JSON object."""
    records = []
    for path in sorted(out.rglob("*.jsonl")):
        for line in path.read_bytes().split(b"\n")[:-1]:
            records.append(json.loads(line.decode("utf-8")))
        assert path.read_bytes().endswith(b"\n") or path.stat().st_size == 0, path
    return records


def lines_in_new_partials(out: Path, before: set[Path]) -> int:
    count = 0
    for partial in set(out.rglob("*.partial")) - before:
        try:
            count += partial.read_bytes().count(b"\n")
        except FileNotFoundError:  # published (renamed) since listed: the run ended meanwhile
            continue
    return count


def test_kill_9_at_random_points_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """Each run is killed after a random number of written lines plus a random delay (so at
    any point: mid-fetch, mid-write, between the write and the state record)."""
    site = slow_site(tmp_path)
    rng = random.Random(SEED)
    try:
        kills: list[tuple[int, float]] = []
        for _ in range(KILLS):
            remaining = len(SLUGS) - len(published_lines(site.out))
            lines, delay = rng.randint(1, max(1, remaining // 2)), round(rng.uniform(0, 0.6), 2)
            before = set(site.out.rglob("*.partial"))
            proc = start(site)
            deadline = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < deadline:
                if lines_in_new_partials(site.out, before) >= lines:
                    break
                time.sleep(0.02)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills.append((lines, delay))
            published_lines(site.out)  # nothing published is ever torn
        final = site.crawl(*SLOW)
        assert final.returncode == 0, final.stderr[-3000:]
        records = published_lines(site.out)
        assert not list(site.out.rglob("*.partial"))
        written = Counter(headline_slugs(records))
        assert written == Counter(dict.fromkeys(SLUGS, 1)), (kills, written)
        print(
            f"kill -9 after (lines, extra seconds) {kills}; articles expected {len(SLUGS)}, "
            f"written {sum(written.values())}, "
            f"duplicated {sum(n - 1 for n in written.values())}"
        )
    finally:
        site.server.stop()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_graceful_stop_finishes_in_flight_and_next_run_refetches_nothing(
    tmp_path: Path, signum: signal.Signals
) -> None:
    site = slow_site(tmp_path)
    try:
        proc = start(site)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if len([h for h in site.server.hits if h.path.startswith("/news/")]) >= 4:
                break
            time.sleep(0.05)
        proc.send_signal(signum)
        assert proc.wait(timeout=60) in (0, 1)
        first = published_lines(site.out)
        fetched = {h.path for h in site.server.hits if h.path.startswith("/news/")}
        assert 0 < len(first) < len(SLUGS)
        # every page the stopped run had asked for was finished and written
        assert {article_path(s) for s in headline_slugs(first)} == fetched
        hits_before = len(site.server.hits)
        second = site.crawl(*SLOW)
        assert second.returncode == 0, second.stderr[-3000:]
        refetched = {h.path for h in site.server.hits[hits_before:]} & fetched
        assert refetched == set()
        assert Counter(headline_slugs(published_lines(site.out))) == Counter(dict.fromkeys(SLUGS, 1))
    finally:
        site.server.stop()
