"""``newscrawl bulk``: duplicates across shards (``newscrawl.bulk.across``): each article once in
OUTDIR, its first copy in input order kept, as ``parse`` keeps it; the pass is recorded, so a
rerun with nothing new skips it, and a shard parsed again brings back the copies it held."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.bulk.across import drop_across, reparse_for, signature
from newscrawl.bulk.manifest import Manifest
from newscrawl.bulk.shard import Options, Shard, parse_shard
from tests.test_bulk import run, shard_outputs
from tests.warcs import fixture_pages, write_warcs

PAGES = [p for p in fixture_pages() if not p.name.startswith("republic-")]
TWINS = [p for p in fixture_pages() if p.name.startswith("republic-")]
"""One article saved twice (two renderings, one canonical URL)."""


def urls(path: Path) -> list[str]:
    return [json.loads(line)["url"] for line in path.read_text(encoding="utf-8").splitlines()]


def url(page: Path) -> str:
    return f"https://news.example/{page.stem}"


def parsed(tmp_path: Path, groups: list[list[Path]]) -> tuple[list[Shard], Path, Manifest]:
    """The groups as WARC shards, each parsed by its task into OUTDIR and recorded."""
    shards = [Shard.of(str(w)) for w in write_warcs(tmp_path / "warcs", groups)]
    outdir = tmp_path / "out"
    outdir.mkdir()
    manifest = Manifest(outdir)
    for shard in shards:
        manifest.record(parse_shard(shard, str(outdir / f"{shard.id}.jsonl"), Options()))
    return shards, outdir, manifest


@pytest.mark.unit
def test_a_copy_in_a_later_shard_is_dropped_and_counted(tmp_path: Path) -> None:
    a, b, c = PAGES[:3]
    first, second = TWINS
    shards, outdir, manifest = parsed(tmp_path, [[a, first], [b, a, second], [c, b]])
    outputs = [outdir / f"{s.id}.jsonl" for s in shards]
    assert [urls(o) for o in outputs] == [
        [url(a), url(first)],
        [url(b), url(a), url(second)],
        [url(c), url(b)],
    ]

    report = drop_across(outdir, shards, manifest)

    # a (same URL), the second rendering (same canonical URL), b: copies of earlier shards' records
    assert (report.shards, report.dropped, report.rewritten, report.skipped) == (3, 3, 2, False)
    assert [urls(o) for o in outputs] == [[url(a), url(first)], [url(b)], [url(c)]]
    again = Manifest(outdir)  # as the next run reads it
    assert [again.done[s.id]["articles"] for s in shards] == [2, 1, 1]
    assert [again.done[s.id].get("across", 0) for s in shards] == [0, 2, 1]
    assert again.done[shards[1].id]["counts"]["dropped/duplicate"] == 2
    assert all(again.is_done(s, o) for s, o in zip(shards, outputs, strict=True))
    assert again.across_done == signature(shards)
    assert not any(p.name.endswith(".tmp") for p in outdir.iterdir())


@pytest.mark.unit
def test_the_pass_is_done_once_for_the_same_shards(tmp_path: Path) -> None:
    a, b = PAGES[:2]
    shards, outdir, manifest = parsed(tmp_path, [[a], [a, b]])
    assert drop_across(outdir, shards, manifest).dropped == 1
    output = outdir / f"{shards[1].id}.jsonl"
    before = (output.read_bytes(), output.stat().st_mtime_ns)
    again = drop_across(outdir, shards, Manifest(outdir))
    assert again.skipped and again.dropped == 0
    assert (output.read_bytes(), output.stat().st_mtime_ns) == before
    # another order is another pass (not skipped); the copy is gone already, no record is lost
    reordered = drop_across(outdir, shards[::-1], Manifest(outdir))
    assert not reordered.skipped and reordered.dropped == 0
    assert urls(output) == [url(b)] and urls(outdir / f"{shards[0].id}.jsonl") == [url(a)]


@pytest.mark.unit
def test_a_killed_pass_is_done_again_and_its_temporary_removed(tmp_path: Path) -> None:
    a, b = PAGES[:2]
    shards, outdir, manifest = parsed(tmp_path, [[a], [b, a]])
    output = outdir / f"{shards[1].id}.jsonl"
    stale = outdir / f".{output.name}.99999.tmp"  # a pass killed while it rewrote the file
    stale.write_text("half a line", encoding="utf-8")
    report = drop_across(outdir, shards, manifest)
    assert report.dropped == 1 and urls(output) == [url(b)]
    assert not stale.exists()


@pytest.mark.unit
def test_a_pass_cut_between_the_line_and_the_file_writes_the_same_line_again(tmp_path: Path) -> None:
    a, b = PAGES[:2]
    shards, outdir, manifest = parsed(tmp_path, [[a], [b, a]])
    manifest.update(shards[1], kept=1)  # the pass appended the line, then was killed
    assert urls(outdir / f"{shards[1].id}.jsonl") == [url(b), url(a)]
    first = dict(Manifest(outdir).done[shards[1].id])
    drop_across(outdir, shards, Manifest(outdir))
    second = Manifest(outdir).done[shards[1].id]
    assert urls(outdir / f"{shards[1].id}.jsonl") == [url(b)]
    for entry in (first, second):
        assert (entry["articles"], entry["across"], entry["task_articles"]) == (1, 1, 2)
        assert entry["counts"]["dropped/duplicate"] == 1


@pytest.mark.unit
def test_a_line_that_is_no_record_is_kept_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    a, b = PAGES[:2]
    shards, outdir, manifest = parsed(tmp_path, [[a], [b, a]])
    output = outdir / f"{shards[1].id}.jsonl"
    lines = output.read_text(encoding="utf-8").splitlines(keepends=True)
    output.write_text(lines[0] + "not json\n" + "[1, 2]\n" + lines[1], encoding="utf-8")
    report = drop_across(outdir, shards, manifest)
    assert report.dropped == 1
    assert output.read_text(encoding="utf-8") == lines[0] + "not json\n" + "[1, 2]\n"
    assert f"{output}, line 2: not a JSON record; kept" in caplog.text
    assert f"{output}, line 3: not a JSON record; kept" in caplog.text
    entry = Manifest(outdir).done[shards[1].id]
    assert (entry["articles"], entry["across"]) == (1, 1)


@pytest.mark.unit
def test_shards_not_done_are_left_out_and_checked_once_they_are(tmp_path: Path) -> None:
    a, b = PAGES[:2]
    shards, outdir, manifest = parsed(tmp_path, [[a], [b, a], [a]])
    (outdir / f"{shards[0].id}.jsonl").unlink()  # a shard whose file is gone is not done
    report = drop_across(outdir, shards, manifest)
    assert (report.shards, report.dropped) == (2, 1)  # the third's copy of the second's a
    assert urls(outdir / f"{shards[1].id}.jsonl") == [url(b), url(a)]
    assert urls(outdir / f"{shards[2].id}.jsonl") == []


@pytest.mark.unit
def test_a_shard_parsed_again_brings_back_the_copies_later_shards_dropped(tmp_path: Path) -> None:
    a, b, c = PAGES[:3]
    shards, outdir, manifest = parsed(tmp_path, [[a], [b, a], [c]])
    drop_across(outdir, shards, manifest)
    manifest = Manifest(outdir)
    changed = Shard(shards[0].path, shards[0].size + 1, shards[0].mtime_ns)  # its input changed
    assert reparse_for([changed], [changed, *shards[1:]], manifest) == [shards[1]]  # not c's: none dropped
    new = tmp_path / "new"
    new.mkdir()
    assert (
        reparse_for(
            [Shard(str(new / "x.warc.gz"), 1, 1)], [*shards, Shard(str(new / "x.warc.gz"), 1, 1)], manifest
        )
        == []
    )
    # parsed again, the later shard has its copy back, and a new pass decides again
    manifest.record(parse_shard(shards[1], str(outdir / f"{shards[1].id}.jsonl"), Options()))
    assert Manifest(outdir).dropped_across(shards[1]) == 0 and Manifest(outdir).across_done is None
    assert urls(outdir / f"{shards[1].id}.jsonl") == [url(b), url(a)]


@pytest.mark.e2e
def test_bulk_drops_copies_across_shards_as_parse_does(tmp_path: Path) -> None:
    a, b, c, d = PAGES[:4]
    first, second = TWINS
    groups = [[a, first, b], [c, second, a], [d, b]]
    warcs = write_warcs(tmp_path / "warcs", groups)
    reference = run("parse", str(tmp_path / "warcs"), "-o", str(tmp_path / "parse.jsonl"), "-L", "WARNING")
    assert reference.returncode == 0, reference.stderr[-3000:]
    expected = (tmp_path / "parse.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["url"] for line in expected] == [url(p) for p in (a, first, b, c, d)]

    bulk = run("bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "out"), "--workers", "2")
    assert bulk.returncode == 0, bulk.stderr[-3000:]
    assert "Duplicates across shards: 3 dropped from 2 files" in bulk.stderr
    assert "; 3 dropped as copies of another shard's" in bulk.stderr
    outputs = shard_outputs(tmp_path / "out", warcs)
    got = [line for o in outputs for line in o.read_text(encoding="utf-8").splitlines()]
    assert got == expected

    again = run("bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "out"), "--workers", "1")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "3 shards: 0 parsed, 3 already done" in again.stderr
    assert "Duplicates across shards: checked before (3 shards, none parsed since)" in again.stderr

    # the first shard's input changes: it is parsed again, and so is the shard that dropped its copies
    rewritten = write_warcs(tmp_path / "changed", [[a, first, b, d]])[0]
    rewritten.replace(warcs[0])
    changed = run(
        "bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "out"), "--workers", "1", "-L", "INFO"
    )
    assert changed.returncode == 0, changed.stderr[-3000:]
    assert "Parsing 2 shards again: a shard before them is parsed again" in changed.stderr
    assert "3 shards: 3 parsed, 0 already done" in changed.stderr  # the third dropped b: again too
    got = [json.loads(line)["url"] for o in outputs for line in o.read_text(encoding="utf-8").splitlines()]
    assert got == [url(p) for p in (a, first, b, d, c)]

    within = run("bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "within"), "--dedupe", "shard")
    assert within.returncode == 0, within.stderr[-3000:]
    assert "Duplicates across shards" not in within.stderr
    kept = [
        json.loads(line)["url"]
        for o in shard_outputs(tmp_path / "within", warcs)
        for line in o.read_text(encoding="utf-8").splitlines()
    ]
    assert kept == [url(p) for p in (a, first, b, d, c, second, a, d, b)]
