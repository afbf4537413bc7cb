"""SQLite state store and the per-site flock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscrawl.state import SeenArticle, SiteLock, SiteLocked, SQLiteStateStore


def _article(rev: int, fp: str, **kw: str) -> SeenArticle:
    return SeenArticle(url="https://n.example/a", fingerprint=fp, revision=rev, **kw)


def test_lookup_by_any_key(tmp_path: Path) -> None:
    store = SQLiteStateStore.in_data_dir(tmp_path)
    assert store.lookup("s", ["https://n.example/a"]) is None
    store.record(
        "s",
        ["https://n.example/a", "https://n.example/canon"],
        _article(1, "f1", lastmod="2026-01-01"),
    )
    by_canon = store.lookup("s", ["https://n.example/other", "https://n.example/canon"])
    assert by_canon is not None
    assert (by_canon.revision, by_canon.fingerprint, by_canon.lastmod) == (1, "f1", "2026-01-01")
    assert by_canon.first_seen
    assert store.lookup("other-site", ["https://n.example/a"]) is None
    assert store.count("s") == 1


def test_new_revision_replaces_one_record(tmp_path: Path) -> None:
    store = SQLiteStateStore.in_data_dir(tmp_path)
    store.record("s", ["k1"], _article(1, "f1"))
    first = store.lookup("s", ["k1"])
    store.record("s", ["k1", "k2"], _article(2, "f2"))
    seen = store.lookup("s", ["k2"])
    assert seen is not None and first is not None
    assert (seen.revision, seen.fingerprint, seen.first_seen) == (2, "f2", first.first_seen)
    assert store.count("s") == 1
    store.record("s", ["k1"], _article(1, "f1"))  # a replayed older line never rolls back
    again = store.lookup("s", ["k1"])
    assert again is not None and again.revision == 2


def test_note_lastmod_and_persistence(tmp_path: Path) -> None:
    store = SQLiteStateStore.in_data_dir(tmp_path)
    store.record("s", ["k"], _article(1, "f"))
    store.note_lastmod("s", ["k"], "2026-02-02")
    store.note_lastmod("s", ["unknown"], "2026-02-02")
    store.close()
    reopened = SQLiteStateStore.in_data_dir(tmp_path)
    seen = reopened.lookup("s", ["k"])
    assert seen is not None and seen.lastmod == "2026-02-02"
    assert reopened.count("s") == 1


def test_lock_refuses_second_holder(tmp_path: Path) -> None:
    with SiteLock(tmp_path, "demo"):
        with pytest.raises(SiteLocked, match="another crawl of site 'demo' is running"):
            SiteLock(tmp_path, "demo").acquire()
        SiteLock(tmp_path, "other").acquire().release()  # other sites are independent
    SiteLock(tmp_path, "demo").acquire().release()


def test_lock_dies_with_killed_process(tmp_path: Path) -> None:
    code = (
        "import sys, time; from newscrawl.state import SiteLock; "
        f"SiteLock({str(tmp_path)!r}, 'demo').acquire(); print('ok', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ok"
        with pytest.raises(SiteLocked, match=f"pid {proc.pid}"):
            SiteLock(tmp_path, "demo").acquire()
    finally:
        proc.kill()
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
    time.sleep(0.05)
    SiteLock(tmp_path, "demo").acquire().release()
