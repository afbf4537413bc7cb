"""``newscrawl bulk`` reading WARC files in parts (``newscrawl.bulk.parts``): the index of a
file, the parts, and the shard joined from them: byte for byte what the whole-file task and
``parse`` give, duplicates across parts included; a failed part fails its shard."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newscrawl.archives.read import PartMismatch, WarcIndex, index_warc, read_warc
from newscrawl.bulk.parts import (
    MAX_PART_PAGES,
    MIN_PART_PAGES,
    TASKS_PER_WORKER,
    join_parts,
    parse_part,
    part_path,
    part_size,
    plan_parts,
    should_split,
)
from newscrawl.bulk.shard import Options, Shard, parse_shard
from tests.test_bulk import LISTINGS, lines, run, shard_outputs
from tests.warcs import fixture_pages, groups_of, write_warcs


def plain_copy(warc: Path) -> Path:
    """The same records as an uncompressed ``.warc``."""
    plain = warc.with_name(warc.name.removesuffix(".gz"))
    plain.write_bytes(gzip.decompress(warc.read_bytes()))
    return plain


def with_twin_apart(tmp_path: Path) -> Path:
    """A WARC file of 5 pages whose 1st and 4th are one article (the same canonical URL):
    with parts of one page each, the duplicate is in another part than its first copy."""
    pages = fixture_pages()
    twins = [p for p in pages if p.name.startswith("republic-")]
    others = [p for p in pages if p not in twins]
    (warc,) = write_warcs(tmp_path / "in", [[twins[0], others[0], LISTINGS[0], twins[1], others[1]]])
    return warc


def in_parts(shard: Shard, output: Path, per_part: int, options: Options) -> tuple[list[list[int]], object]:
    plan = plan_parts(index_warc(shard.path), per_part)
    parts = [parse_part(shard, n, offsets, str(output), options) for n, offsets in enumerate(plan)]
    return plan, join_parts(shard, str(output), parts)


@pytest.mark.unit
@pytest.mark.parametrize("kind", ["warc.gz", "warc"])
def test_the_index_finds_every_record_and_parts_read_them_in_order(tmp_path: Path, kind: str) -> None:
    (warc,) = write_warcs(tmp_path, [fixture_pages()[:4]])
    path = str(warc if kind == "warc.gz" else plain_copy(warc))
    index = index_warc(path)
    assert index.reason is None
    whole = list(read_warc(path, max_bytes=1 << 25))
    assert index.offsets == [item.offset for item in whole]  # warcinfo, then response + request
    assert index.responses == [False, *[True, False] * 4] and index.pages == 4
    plan = plan_parts(index, 1)
    assert [len(offsets) for offsets in plan] == [3, 2, 2, 2]  # the warcinfo goes with the first
    assert [item for offsets in plan for item in read_warc(path, max_bytes=1 << 25, offsets=offsets)] == whole


@pytest.mark.unit
def test_files_that_cannot_be_read_in_parts_say_why(tmp_path: Path) -> None:
    (warc,) = write_warcs(tmp_path, [fixture_pages()[:3]])
    data = warc.read_bytes()
    members = index_warc(str(warc)).offsets
    cut = tmp_path / "cut.warc.gz"
    reasons = set()
    for end in range(members[1] + 1, len(data), 13):  # a download cut anywhere after the first record
        if end in members:
            continue  # a whole file of fewer records
        cut.write_bytes(data[:end])
        index = index_warc(str(cut))
        assert index.reason is not None, end
        assert plan_parts(index, 1) == []  # read whole, as today
        reasons.add(index.reason.split(" (")[0].replace(f" at byte {index.reason.split()[4]}", ""))
    assert "it ends in a cut gzip member" in reasons  # in a record's header: FastWARC says nothing
    assert "the record is cut short" in reasons  # in its payload
    assert reasons <= {"it ends in a cut gzip member", "the record is cut short", "it cannot be read through"}
    padded = tmp_path / "padded.warc.gz"  # not gzip after the last record: read whole, to be safe
    padded.write_bytes(data + bytes(64))
    assert str(index_warc(str(padded)).reason).startswith("it cannot be read through (OSError: Gzip")
    one_stream = tmp_path / "one-stream.warc.gz"  # gzip over the whole file, not per record
    one_stream.write_bytes(gzip.compress(gzip.decompress(data)))
    assert "one gzip member per record" in str(index_warc(str(one_stream)).reason)
    assert plan_parts(index_warc(str(one_stream)), 1) == []
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8)
    assert index_warc(str(garbage)).offsets == [] and plan_parts(index_warc(str(garbage)), 1) == []


@pytest.mark.unit
def test_a_plain_warc_cut_anywhere_is_read_whole(tmp_path: Path) -> None:
    """A plain ``.warc`` cut in a record's header reads, in FastWARC, as one more record: the
    index checks the last record's declared length against the file, so the cut file is read
    whole (where the reader reports what was lost) rather than split at a record that is not
    there."""
    (warc,) = write_warcs(tmp_path, [fixture_pages()[:3]])
    data = gzip.decompress(warc.read_bytes())
    plain = tmp_path / "whole.warc"
    plain.write_bytes(data)
    members = index_warc(str(plain)).offsets
    assert index_warc(str(plain)).reason is None and len(members) > 2
    cut = tmp_path / "cut.warc"
    for end in range(members[1] + 1, len(data) - 4, 17):
        if any(0 <= start - end <= 4 for start in members):
            continue  # a whole file of fewer records (its last record's closing breaks cut: no loss)
        cut.write_bytes(data[:end])
        index = index_warc(str(cut))
        assert index.reason is not None, end
        assert plan_parts(index, 1) == []


@pytest.mark.unit
def test_files_of_no_record_or_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert index_warc(str(empty)) == WarcIndex([], [])
    assert plan_parts(index_warc(str(empty)), 1) == []
    (warc,) = write_warcs(tmp_path / "in", [fixture_pages()[:1]])
    first_member = warc.read_bytes()
    one = tmp_path / "one.warc.gz"  # the warcinfo record alone
    one.write_bytes(first_member[: index_warc(str(warc)).offsets[1]])
    assert index_warc(str(one)) == WarcIndex([0], [False])
    assert plan_parts(index_warc(str(one)), 1) == [[0]]  # one part: run as a whole-file task


@pytest.mark.unit
def test_part_sizes_and_when_files_are_split() -> None:
    assert should_split(1, 8, None) and should_split(TASKS_PER_WORKER * 2 - 1, 2, None)
    assert not should_split(TASKS_PER_WORKER * 2, 2, None)
    assert not should_split(1, 1, None)  # one worker gains nothing from parts
    assert not should_split(1, 8, 0) and should_split(500, 2, 50) and should_split(1, 1, 50)
    assert part_size(40_000, 8) == 313  # one CC-NEWS file on 8 workers: 128 parts
    assert part_size(766, 2) == 24
    assert part_size(40, 2) == MIN_PART_PAGES and part_size(0, 2) == MIN_PART_PAGES
    assert part_size(10_000_000, 2) == MAX_PART_PAGES


@pytest.mark.unit
@pytest.mark.parametrize("kind", ["warc.gz", "warc"])
def test_a_shard_joined_from_parts_is_the_whole_file_shard_byte_for_byte(tmp_path: Path, kind: str) -> None:
    warc = with_twin_apart(tmp_path)
    shard = Shard.of(str(warc if kind == "warc.gz" else plain_copy(warc)))
    whole = parse_shard(shard, str(tmp_path / "whole.jsonl"), Options())
    plan, joined = in_parts(shard, tmp_path / "parts.jsonl", 1, Options())
    assert len(plan) == 5
    assert (tmp_path / "parts.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert joined.counts == whole.counts  # type: ignore[attr-defined]
    assert whole.counts["dropped/duplicate"] == 1 and whole.counts["skipped/not_article"] == 1
    assert (joined.pages, joined.articles, joined.parts) == (whole.pages, whole.articles, 5)  # type: ignore[attr-defined]
    assert len(joined.part_seconds) == 5  # type: ignore[attr-defined]
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())  # the part files are gone
    records = [
        json.loads(line) for line in (tmp_path / "parts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    pages = fixture_pages()
    first_twin, *_ = (p for p in pages if p.name.startswith("republic-"))
    others = [p for p in pages if not p.name.startswith("republic-")][:2]
    assert [r["url"] for r in records] == [f"https://news.example/{p.stem}" for p in (first_twin, *others)]


@pytest.mark.unit
def test_a_part_that_does_not_read_as_indexed_fails_and_leaves_no_file(tmp_path: Path) -> None:
    (warc,) = write_warcs(tmp_path / "in", [fixture_pages()[:3]])
    shard = Shard.of(str(warc))
    offsets = index_warc(shard.path).offsets
    output = tmp_path / "out" / "x.jsonl"
    output.parent.mkdir()
    with pytest.raises(PartMismatch, match="where its index had one at byte"):
        parse_part(shard, 0, [offsets[1], offsets[3] + 1], str(output), Options())
    with pytest.raises(PartMismatch, match="no record at byte"):
        parse_part(shard, 0, [offsets[-1], offsets[-1] + 10], str(output), Options())
    assert list(output.parent.iterdir()) == []
    assert part_path(str(output), 3).name == ".x.jsonl.part-00003.tmp"


@pytest.mark.e2e
def test_bulk_in_parts_gives_the_records_parse_and_whole_files_give(tmp_path: Path) -> None:
    pages = [*fixture_pages(), *LISTINGS]
    warcs = write_warcs(tmp_path / "warcs", groups_of(pages, 2))
    parsed = run("parse", str(tmp_path / "warcs"), "-o", str(tmp_path / "parse.jsonl"), "-L", "WARNING")
    assert parsed.returncode == 0, parsed.stderr[-3000:]
    whole = run("bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "whole"), "--part-records", "0")
    split = run("bulk", str(tmp_path / "warcs"), "-o", str(tmp_path / "split"), "--part-records", "2")
    assert whole.returncode == 0 and split.returncode == 0, split.stderr[-3000:]
    assert "2 shards: 2 parsed, 0 already done, 0 failed; 2 parse tasks" in whole.stderr
    tasks = sum((len(group) + 1) // 2 for group in groups_of(pages, 2))
    assert f"2 shards: 2 parsed, 0 already done, 0 failed; {tasks} parse tasks" in split.stderr
    parts = (len(groups_of(pages, 2)[0]) + 1) // 2
    assert all(f"  {warcs[0]}: part {n}/{parts}: " in split.stderr for n in range(1, parts + 1))
    expected = (tmp_path / "parse.jsonl").read_bytes()
    for outdir in ("whole", "split"):
        outputs = shard_outputs(tmp_path / outdir, warcs)
        assert b"".join(p.read_bytes() for p in outputs) == expected
        assert sorted(p.name for p in (tmp_path / outdir).iterdir()) == sorted(
            [*(p.name for p in outputs), "manifest.jsonl", "across.json"]
        )
    entries = {
        outdir: {
            e["input"]: e
            for e in map(json.loads, (tmp_path / outdir / "manifest.jsonl").read_text().splitlines())
        }
        for outdir in ("whole", "split")
    }
    for warc, group in zip(warcs, groups_of(pages, 2), strict=True):
        whole_entry, split_entry = entries["whole"][str(warc)], entries["split"][str(warc)]
        for key in ("articles", "pages", "counts", "output"):
            assert whole_entry[key] == split_entry[key]
        assert whole_entry["parts"] == 1 and split_entry["parts"] == (len(group) + 1) // 2
        assert len(split_entry["part_seconds"]) == split_entry["parts"]


def failing_part(*args: object) -> object:
    """``parse_part``, except that part 1 of every shard fails (each try noted in a file)."""
    from newscrawl.bulk.parts import parse_part as real  # noqa: PLC0415

    shard, number, offsets, output, options = args
    if number == 1:
        with (Path(str(output)).parent.parent / "tries.txt").open("a", encoding="utf-8") as tries:
            tries.write(f"{Path(str(output)).name}\n")
        raise OSError(28, "No space left on device (a test)")
    return real(shard, number, offsets, output, options)  # type: ignore[arg-type]


@pytest.mark.e2e
def test_a_failed_part_is_retried_then_fails_its_shard_without_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import LocalCluster  # noqa: PLC0415

    from newscrawl.bulk import run as bulk_run  # noqa: PLC0415

    pages = fixture_pages()
    warcs = write_warcs(tmp_path / "warcs", [pages[:3], pages[3:4]])  # 3 parts, and 1 (read whole)
    shards = [Shard.of(str(w)) for w in warcs]
    outdir = tmp_path / "out"
    monkeypatch.setattr(bulk_run, "parse_part", failing_part)
    # an ephemeral port for its HTTP server (8787 may be taken: a UserWarning, an error here)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        report = bulk_run.run_bulk(
            shards, outdir, Options(), scheduler=cluster.scheduler_address, retries=1, part_records=1
        )
    assert list(report.failed) == [str(warcs[0])]
    assert "No space left on device" in report.failed[str(warcs[0])]
    assert [r.shard for r in report.parsed] == [shards[1]]
    assert (tmp_path / "tries.txt").read_text().splitlines() == [f"{shards[0].id}.jsonl"] * 2  # retried once
    assert sorted(p.name for p in outdir.iterdir()) == sorted(
        [f"{shards[1].id}.jsonl", "manifest.jsonl", "across.json"]
    )
    entries = [json.loads(line) for line in (outdir / "manifest.jsonl").read_text().splitlines()]
    assert [e["input"] for e in entries] == [str(warcs[1])]
    assert lines([outdir / f"{shards[1].id}.jsonl"])  # the other shard is whole


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.unit
def test_the_status_line_is_drawn_on_a_terminal_and_cleared_around_each_line() -> None:
    from newscrawl.bulk.run import StatusLine  # noqa: PLC0415

    screen = _Terminal()
    status = StatusLine(screen, tasks=4)
    status.print("  a.warc.gz: part 1/4: 24 pages in 1.0 s")
    status.task_done(24)
    status.task_done(20)
    status.clear()
    written = screen.getvalue()
    assert written.startswith("  a.warc.gz: part 1/4: 24 pages in 1.0 s\n")
    assert "[##########..........] 2/4 tasks  44 pages" in written
    assert "[#####...............] 1/4 tasks  24 pages" in written
    assert written.endswith("\r")  # the last status line wiped: what follows starts clean
    last = written.rstrip("\r").rsplit("\r", 1)[-1]
    assert last.strip() == ""
    assert status.text(10.0).endswith("4.4 pages/s  0:00:10 left")


@pytest.mark.unit
def test_no_status_line_off_a_terminal() -> None:
    from newscrawl.bulk.run import StatusLine  # noqa: PLC0415

    log = io.StringIO()
    status = StatusLine(log, tasks=2)
    status.print("[1/1] a.warc.gz: 3 articles from 3 pages in 1.0 s")
    status.task_done(3)
    status.clear()
    assert log.getvalue() == "[1/1] a.warc.gz: 3 articles from 3 pages in 1.0 s\n"
