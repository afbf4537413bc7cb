"""The shared state store (PostgreSQL), the state-URL factory, and the Redis frontier's
leases, against real servers on 127.0.0.1 (tests/servers.py starts them, or skips)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from newscrawl.frontier.politeness import ACQUIRE, HOLD_OFF, RELEASE
from newscrawl.frontier.redis_frontier import Frontier
from newscrawl.frontier.url import redis_client
from newscrawl.state import SeenArticle, SQLiteStateStore
from newscrawl.state.postgres import PostgresStateStore
from newscrawl.state.url import StateURLError, check_state_url, is_shared, open_state_store

pytestmark = pytest.mark.e2e  # real servers on 127.0.0.1


def _article(rev: int, fp: str, **kw: str) -> SeenArticle:
    return SeenArticle(url="https://n.example/a", fingerprint=fp, revision=rev, **kw)


def test_state_urls(tmp_path: Path) -> None:
    store = open_state_store(
        f"sqlite:///{tmp_path}/s.sqlite3", data_dir=tmp_path, default_cls=SQLiteStateStore
    )
    assert isinstance(store, SQLiteStateStore) and store.path == tmp_path / "s.sqlite3"
    store.close()
    default = open_state_store(None, data_dir=tmp_path, default_cls=SQLiteStateStore)
    assert isinstance(default, SQLiteStateStore) and default.path == tmp_path / "state.sqlite3"
    default.close()
    assert is_shared("postgresql://u@h/db") and not is_shared("sqlite:///x") and not is_shared(None)
    for bad in ("mysql://u@h/db", "sqlite://", "/just/a/path"):
        with pytest.raises(StateURLError, match=r"expected|needs a file path"):
            check_state_url(bad)


def test_postgres_store_records_like_sqlite(fresh_postgres: str) -> None:
    store = PostgresStateStore(fresh_postgres, owner="run-1@w1")
    assert store.lookup("s", ["https://n.example/a"]) is None
    store.record(
        "s", ["https://n.example/a", "https://n.example/canon"], _article(1, "f1", lastmod="2026-01-01")
    )
    seen = store.lookup("s", ["https://n.example/other", "https://n.example/canon"])
    assert seen is not None and (seen.revision, seen.fingerprint, seen.lastmod) == (1, "f1", "2026-01-01")
    assert store.lookup("other-site", ["https://n.example/a"]) is None
    store.record("s", ["https://n.example/a", "k2"], _article(2, "f2"))
    store.record("s", ["k2"], _article(1, "f1"))  # a replayed older line never rolls back
    again = store.lookup("s", ["https://n.example/canon"])
    assert again is not None and (again.revision, again.fingerprint) == (2, "f2")
    store.note_lastmod("s", ["k2"], "2026-03-03")
    store.close()
    reopened = PostgresStateStore(fresh_postgres, owner="run-2@w2")
    last = reopened.lookup("s", ["k2"])
    assert last is not None and last.lastmod == "2026-03-03"
    assert reopened.count("s") == 1
    assert reopened.recorded_by("s", ["k2"]) == ("run-1@w1", last)
    reopened.close()


def test_postgres_claims_one_owner_until_recorded_or_expired(fresh_postgres: str) -> None:
    one = PostgresStateStore(fresh_postgres, owner="w1")
    two = PostgresStateStore(fresh_postgres, owner="w2")
    assert one.claim("s", ["a", "canon"], 30) is None
    assert one.claim("s", ["canon"], 30) is None  # the owner may claim again
    assert two.claim("s", ["b", "canon"], 30) == "w1"  # one key held: nothing claimed
    assert two.claim("s", ["b"], 30) is None  # so "b" was free
    one.record("s", ["a", "canon"], _article(1, "f"))  # recording ends the claim
    assert two.claim("s", ["canon"], 30) is None
    assert one.claim("s", ["x"], 0) is None  # expires at once
    assert two.claim("s", ["x"], 30) is None
    one.close()
    two.close()


def test_postgres_concurrent_records_make_one_article(fresh_postgres: str) -> None:
    """Two workers record two URLs of one article at once: one row, both keys on it."""
    stores = [PostgresStateStore(fresh_postgres, owner=f"w{n}") for n in range(4)]
    barrier = threading.Barrier(len(stores))

    def record(n: int) -> None:
        barrier.wait()
        for i in range(50):
            stores[n].record("s", [f"canon{i}", f"url{i}-{n}"], _article(1, f"f{i}"))

    threads = [threading.Thread(target=record, args=(n,)) for n in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert stores[0].count("s") == 50
    for n in range(4):
        seen = stores[0].lookup("s", [f"url7-{n}"])
        assert seen is not None and seen.fingerprint == "f7"
    for store in stores:
        store.close()


def test_frontier_leases_requeue_after_a_worker_dies(fresh_redis: str) -> None:
    server = redis_client(fresh_redis)
    one = Frontier(server, "s", "w1", lease_seconds=0.3)
    two = Frontier(server, "s", "w2", lease_seconds=30)
    assert one.join() is True  # nobody else alive: a fresh run
    assert two.join() is False
    server.zadd(one.keys.queue, {b"req-a": 0, b"req-b": -10})
    assert one.pop() == b"req-b"  # highest priority first (score = -priority)
    assert one.pop() == b"req-a"
    assert one.pop() is None
    assert one.pending() == (0, 2)
    one.release([one.held[0]])
    assert one.pending() == (0, 1)
    # w1 stops renewing: after its lease time, w2's heartbeat puts the request back
    deadline = server.time()
    while server.time()[0] - deadline[0] < 2 and two.heartbeat() == 0:
        pass
    assert two.pending() == (1, 0)
    assert two.pop() == b"req-a"
    two.release()
    three = Frontier(server, "s", "w3", lease_seconds=30)
    assert three.join() is False  # w2 is alive: the run goes on
    assert two.leave() is False
    assert three.leave() is True  # the last live worker out deletes the run's keys (w1 is dead)
    assert not server.exists(*one.keys.run_keys())
    server.close()


def test_host_slots_are_shared_between_workers(fresh_redis: str) -> None:
    """The politeness scripts alone: slots per host, spacing, hold-off, a dead worker's slot."""
    server = redis_client(fresh_redis)
    acquire, release = server.register_script(ACQUIRE), server.register_script(RELEASE)
    hold_off = server.register_script(HOLD_OFF)

    def take(host: str, token: str, *, limit: int = 2, delay: float = 0, hold: float = 60) -> float:
        return float(acquire(keys=[f"{host}:slots", f"{host}:next"], args=[token, limit, delay, hold]))

    assert take("a", "w1:0") == 0
    assert take("a", "w2:0") == 0
    assert take("a", "w1:1") == -1  # both slots taken, whichever worker asks
    release(keys=["a:slots", "a:next"], args=["w1:0", 0])
    assert take("a", "w1:1") == 0
    assert take("b", "w1:0", delay=30) == 0
    assert 25 < take("b", "w2:0", delay=30) <= 30  # the next start waits for the delay
    assert take("c", "w1:0", limit=1) == 0
    release(keys=["c:slots", "c:next"], args=["w1:0", 30])
    assert 25 < take("c", "w2:0", limit=1) <= 30  # ... counted from the response, too
    hold_off(keys=["d:next"], args=[30])
    assert 25 < take("d", "w1:0") <= 30  # Retry-After: every worker waits
    assert take("e", "dead:0", limit=1, hold=0) == 0  # a slot whose holder died expires
    assert take("e", "w1:0", limit=1) == 0
    server.close()
