"""``newscrawl bulk``: shards, one shard's task, and the Dask runs (same records as ``parse``;
killed and restarted, it resumes without losing or doubling a shard)."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawl.archives.location import RemoteUnavailable
from newscrawl.bulk.manifest import Manifest
from newscrawl.bulk.shard import Options, Shard, find_shards, parse_shard
from tests.crawlsite import CLI, REPO, child_env
from tests.slow_extract import CRASH, SLOW
from tests.warcs import FIXTURES, fixture_pages, groups_of, write_warcs

LISTINGS = [FIXTURES.parent / "page_types" / f"listing-{n}.html" for n in ("author-it", "home-en")]
"""Listings at any URL (``https://news.example/<name>`` says nothing of the page's type)."""


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=timeout, check=False
    )


def lines(paths: list[Path]) -> list[str]:
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def shard_outputs(outdir: Path, warcs: list[Path]) -> list[Path]:
    return [outdir / f"{Shard.of(str(w)).id}.jsonl" for w in warcs]


@pytest.mark.unit
def test_find_shards_from_files_directories_and_lists(tmp_path: Path) -> None:
    pages = fixture_pages()
    first, second = write_warcs(tmp_path / "a", [pages[:1], pages[1:2]])
    (third,) = write_warcs(tmp_path / "b", [pages[2:3]])
    (tmp_path / "b" / "notes.txt").write_text("not a WARC file\n", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"# shards\n{third}\n\n{first}\n", encoding="utf-8")
    found = list(find_shards([str(tmp_path / "a"), str(listing), str(second)]))
    assert [s.path for s in found] == [str(first), str(second), str(third)]  # each once
    ids = {s.id for s in found}
    assert len(ids) == 3 and all(i.startswith("shard-0") for i in ids)
    same_name = write_warcs(tmp_path / "c", [pages[:1]])[0]
    assert Shard.of(str(same_name)).id != Shard.of(str(first)).id  # same name, other directory


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A directory served over HTTP on 127.0.0.1 (with its index pages): (base URL, directory)."""
    root = tmp_path / "served"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.unit
def test_shards_named_by_url_are_found_and_read_where_they_are(
    tmp_path: Path, served: tuple[str, Path]
) -> None:
    base, root = served
    pages = fixture_pages()
    first, second = write_warcs(root / "cc-news", [pages[:2], pages[2:4]])
    (root / "cc-news" / "README.txt").write_text("not a WARC file\n", encoding="utf-8")
    (root / "paths.txt").write_text(f"# CC-NEWS style list\n{base}/cc-news/{second.name}\n", encoding="utf-8")
    by_directory = list(find_shards([f"{base}/cc-news/"]))
    assert [s.path for s in by_directory] == [f"{base}/cc-news/{first.name}", f"{base}/cc-news/{second.name}"]
    by_list = list(find_shards([f"{base}/paths.txt", f"{base}/cc-news/{second.name}"]))
    assert [s.path for s in by_list] == [f"{base}/cc-news/{second.name}"]  # each once
    remote = by_list[0]
    assert remote.size == second.stat().st_size
    assert remote.id.startswith("shard-01-") and remote.id != Shard.of(str(second)).id

    over_http = parse_shard(remote, str(tmp_path / "remote.jsonl"), Options())
    local = parse_shard(Shard.of(str(second)), str(tmp_path / "local.jsonl"), Options())
    assert over_http.pages == local.pages == 2 and over_http.counts == local.counts
    assert (tmp_path / "remote.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


@pytest.mark.unit
@pytest.mark.skipif(importlib.util.find_spec("s3fs") is not None, reason="s3fs is installed here")
def test_a_url_whose_filesystem_is_not_installed_says_which_package(tmp_path: Path) -> None:
    with pytest.raises(RemoteUnavailable, match="s3fs"):
        list(find_shards(["s3://newscrawl-test-bucket/part-00000.warc.gz"]))
    done = run("bulk", "s3://newscrawl-test-bucket/part-00000.warc.gz", "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "cannot read input s3://newscrawl-test-bucket/part-00000.warc.gz" in done.stderr
    assert "s3fs" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.unit
def test_parse_shard_writes_its_output_whole_and_counts(tmp_path: Path) -> None:
    pages = fixture_pages()
    (warc,) = write_warcs(tmp_path, [[*pages[:3], pages[0]]])  # the first page twice
    shard = Shard.of(str(warc))
    target = tmp_path / "out.jsonl"
    result = parse_shard(shard, str(target), Options())
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert result.pages == 4
    assert result.articles == len(records) == 3
    assert result.counts["dropped/duplicate"] == 1
    assert result.counts["warc/request"] == 4 and result.counts["warc/warcinfo"] == 1
    assert [r["url"] for r in records] == [f"https://news.example/{p.stem}" for p in pages[:3]]
    assert records[0]["fetched_at"] == "2026-11-03T09:01:00+00:00"
    assert records[0]["source_path"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", warc.name]

    manifest = Manifest(tmp_path)
    assert not manifest.is_done(shard, target)
    manifest.record(result)
    assert Manifest(tmp_path).is_done(shard, target)
    assert not Manifest(tmp_path).is_done(Shard(shard.path, shard.size + 1, shard.mtime_ns), target)


@pytest.mark.unit
def test_a_failing_shard_leaves_no_output(tmp_path: Path) -> None:
    (warc,) = write_warcs(tmp_path / "in", [fixture_pages()[:1]])
    missing_dir = tmp_path / "gone" / "out.jsonl"
    with pytest.raises(OSError):
        parse_shard(Shard.of(str(warc)), str(missing_dir), Options())
    assert not (tmp_path / "gone").exists()


@pytest.mark.unit
def test_parse_shard_skips_non_articles_as_parse_does_unless_kept(tmp_path: Path) -> None:
    (warc,) = write_warcs(tmp_path, [[LISTINGS[0], fixture_pages()[0], LISTINGS[1]]])
    shard = Shard.of(str(warc))
    skipped = parse_shard(shard, str(tmp_path / "a.jsonl"), Options())
    assert skipped.pages == 3 and skipped.articles == 1
    assert skipped.counts["skipped/not_article"] == 2
    records = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["page_type"] for r in records] == ["article"]
    kept = parse_shard(shard, str(tmp_path / "b.jsonl"), Options(keep_non_articles=True))
    assert kept.articles == 3 and "skipped/not_article" not in kept.counts
    records = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["page_type"] for r in records] == ["listing", "article", "listing"]


@pytest.mark.e2e
def test_a_hostile_page_is_stopped_and_the_shard_goes_on(tmp_path: Path) -> None:
    # a page whose extraction never ends and one that kills its process, among ordinary pages
    pages = fixture_pages()[:3]
    hostile = []
    for marker, name in ((SLOW, "slow"), (CRASH, "crash")):
        page = tmp_path / "pages" / f"{name}.html"
        page.parent.mkdir(exist_ok=True)
        page.write_bytes(pages[0].read_bytes().replace(b"<body", marker + b"<body", 1))
        hostile.append(page)
    (warc,) = write_warcs(tmp_path / "in", [[hostile[0], pages[1], hostile[1], pages[2]]])
    options = Options(timeout=3.0, extract="tests.slow_extract:extract_article")
    result = parse_shard(Shard.of(str(warc)), str(tmp_path / "out.jsonl"), options)
    assert result.pages == 4 and result.articles == 2
    assert result.counts["skipped/timeout"] == 1 and result.counts["skipped/worker_crashed"] == 1
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == [f"https://news.example/{p.stem}" for p in pages[1:]]


@pytest.mark.e2e
def test_bulk_on_two_workers_gives_the_records_parse_gives(tmp_path: Path) -> None:
    pages = [*fixture_pages(), *LISTINGS]  # listings: skipped as not_article by both
    warcs = write_warcs(tmp_path / "warcs", groups_of(pages, 4))
    parsed = run("parse", str(tmp_path / "warcs"), "-o", str(tmp_path / "parse.jsonl"), "-L", "WARNING")
    assert parsed.returncode == 0, parsed.stderr[-3000:]
    bulk = run("bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "out"), "--workers", "2")
    assert bulk.returncode == 0, bulk.stderr[-3000:]
    assert "4 shards: 4 parsed, 0 already done, 0 failed" in bulk.stderr
    expected = (tmp_path / "parse.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(expected) >= len(pages) - 3 - len(LISTINGS)
    assert "not_article" in parsed.stderr and '"page_type": "listing"' not in "".join(expected)
    assert lines(shard_outputs(tmp_path / "out", warcs)) == expected
    manifest = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    assert sorted(m["input"] for m in manifest) == [str(w) for w in warcs]
    assert len({m["shard"] for m in manifest}) == 4


@pytest.mark.e2e
def test_two_bulk_runs_at_once_do_not_compete_for_a_port(tmp_path: Path) -> None:
    """Dask's scheduler serves HTTP even without a dashboard; on its default port a second
    run at the same time got a UserWarning. Port 8787 is held here as another run would."""
    warcs = write_warcs(tmp_path / "warcs", groups_of(fixture_pages()[:2], 2))
    with socket.socket() as held:
        try:
            held.bind(("127.0.0.1", 8787))
        except OSError:
            pass  # something holds it already: the same situation
        else:
            held.listen()
        bulk = run("bulk", str(warcs[0]), "-o", str(tmp_path / "out"), "--workers", "1")
    assert bulk.returncode == 0, bulk.stderr[-3000:]
    assert "8787" not in bulk.stderr and "Warning" not in bulk.stderr, bulk.stderr[-3000:]


@pytest.mark.e2e
def test_bulk_over_http_urls_gives_the_records_of_the_local_files(
    tmp_path: Path, served: tuple[str, Path]
) -> None:
    base, root = served
    warcs = write_warcs(root, groups_of(fixture_pages()[:6], 2))
    local = run("bulk", str(root), "-o", str(tmp_path / "local"), "--workers", "1")
    assert local.returncode == 0, local.stderr[-3000:]
    listing = tmp_path / "urls.txt"
    listing.write_text("".join(f"{base}/{w.name}\n" for w in warcs), encoding="utf-8")
    remote = run(
        "bulk", str(listing), "-o", str(tmp_path / "remote"), "--workers", "2", "--part-records", "1"
    )
    assert remote.returncode == 0, remote.stderr[-3000:]
    assert "2 shards: 2 parsed, 0 already done, 0 failed; 2 parse tasks" in remote.stderr
    # http.server answers no range request: each file is read whole, and the log says why
    assert remote.stderr.count("whole, not in parts: its store cannot seek in it") == 2
    urls = [Shard.of(f"{base}/{w.name}") for w in warcs]
    assert lines([tmp_path / "remote" / f"{s.id}.jsonl" for s in urls]) == lines(
        shard_outputs(tmp_path / "local", warcs)
    )
    again = run("bulk", str(listing), "-o", str(tmp_path / "remote"), "--workers", "1")
    assert "2 shards: 0 parsed, 2 already done" in again.stderr  # resumable: same size, same URL


@pytest.mark.e2e
@pytest.mark.parametrize("part_records", ["0", "1"], ids=["whole-files", "in-parts"])
def test_bulk_killed_and_restarted_resumes(tmp_path: Path, part_records: str) -> None:
    # in parts: a shard's part files are left by the kill; the rerun removes them, parses again
    pages = fixture_pages()
    warcs = write_warcs(tmp_path / "warcs", groups_of(pages, len(pages) if part_records == "0" else 3))
    outdir = tmp_path / "out"
    manifest = outdir / "manifest.jsonl"
    options = ["--workers", "1", "--part-records", part_records]
    argv = [*CLI, "bulk", str(tmp_path / "warcs"), "-o", str(outdir), *options]
    first = subprocess.Popen(
        argv,
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and first.poll() is None:
            if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= 1:
                break
            time.sleep(0.02)
        assert first.poll() is None, "the first run ended before it could be killed"
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # the driver and its Dask workers, mid-run
        first.communicate(timeout=60)
    done_before = manifest.read_text(encoding="utf-8").count("\n")
    assert 1 <= done_before < len(warcs)

    second = run("bulk", str(tmp_path / "warcs"), "-o", str(outdir), *options)
    assert second.returncode == 0, second.stderr[-3000:]
    assert f"{len(warcs)} shards: " in second.stderr
    assert f"{done_before} already done" in second.stderr
    outputs = shard_outputs(outdir, warcs)
    assert sorted(p.name for p in outdir.iterdir()) == sorted(
        [*(p.name for p in outputs), "manifest.jsonl", "across.json"]
    )
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    assert sorted({e["input"] for e in entries}) == sorted(str(w) for w in warcs)

    reference = run("parse", str(tmp_path / "warcs"), "-o", str(tmp_path / "parse.jsonl"), "-L", "WARNING")
    assert reference.returncode == 0, reference.stderr[-3000:]
    assert lines(outputs) == (tmp_path / "parse.jsonl").read_text(encoding="utf-8").splitlines()
