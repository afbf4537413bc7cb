"""End to end: the real ``newscrawl parse`` (a subprocess) on pages written into tmp_path."""

from __future__ import annotations

import gzip
import os
from datetime import UTC, datetime
from pathlib import Path

from jsonschema import Draft202012Validator

from newscrawl.items import Article
from newscrawl.schema import load_schema
from tests.conftest import Run, RunNewscrawl, page

NON_UTF8_NAME = os.fsdecode(b"caf\xe9.html")
MTIME = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp()


def _tree(root: Path) -> None:
    """Inputs of every kind; the expected outcome of each is noted beside it."""
    (root / "in" / "sub" / "deeper").mkdir(parents=True)
    (root / "in" / "01-alpha.html").write_text(page("alpha"), encoding="utf-8")  # written
    os.utime(root / "in" / "01-alpha.html", (MTIME, MTIME))
    (root / "in" / "02-alpha-copy.html").write_text(page("alpha"), encoding="utf-8")  # duplicate
    (root / "in" / "03-binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 20)  # skipped
    (root / "in" / "04-empty.html").write_bytes(b"")  # skipped
    (root / "in" / "05-notes.txt").write_text("not a page")  # not an input
    (root / "in" / NON_UTF8_NAME).write_text(page("cafe"), encoding="utf-8")  # written
    (root / "in" / "sub" / "06-gamma.html.gz").write_bytes(
        gzip.compress(page("gamma", words="Ünïcödé “quotes”").encode("utf-8"))
    )  # written, non-ASCII kept
    (root / "in" / "sub" / "deeper" / "07-delta.HTM").write_text(page("delta"))  # written
    (root / "in" / "sub" / "08-broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00broken")  # skipped
    (root / "explicit.page").write_text(page("epsilon"))  # named explicitly: read anyway
    (root / "dangling.html").symlink_to(root / "nowhere.html")  # skipped: unreadable


def _parse(run_newscrawl: RunNewscrawl, *args: str) -> Run:
    return run_newscrawl("parse", *args, "-o", "out.jsonl")


def test_parse_end_to_end(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    _tree(tmp_path)
    run = _parse(run_newscrawl, "in", "explicit.page", "dangling.html")
    assert run.returncode == 0, run.stderr

    records = run.records()
    # Input order: arguments as given, directories depth-first in sorted name order.
    assert [r["source_path"] for r in records] == [
        "in/01-alpha.html",
        "in/caf\\xe9.html",
        "in/sub/06-gamma.html.gz",
        "in/sub/deeper/07-delta.HTM",
        "explicit.page",
    ]
    # Every line: the whole contract, valid against the committed schema.
    validator = Draft202012Validator(load_schema())
    fields = list(Article.__dataclass_fields__)
    for record in records:
        assert list(record) == fields
        assert list(validator.iter_errors(record)) == []
    assert records[0]["fetched_at"] == "2024-01-02T03:04:05+00:00"
    assert records[0]["canonical_url"] == "https://news.example/alpha"
    # UTF-8 with non-ASCII kept, one object per line.
    raw = run.output.read_bytes()
    assert "Ünïcödé “quotes”".encode() in raw
    assert b"\\u00" not in raw
    assert raw.count(b"\n") == len(records)

    # One line per skipped input, naming it and why; the duplicate names the original.
    skipped = [line for line in run.stderr.splitlines() if "Skipped " in line]
    assert len(skipped) == 4, skipped
    assert any("in/03-binary.html [binary]" in line for line in skipped)
    assert any("in/04-empty.html [empty]" in line for line in skipped)
    assert any("in/sub/08-broken.html.gz [bad_gzip]" in line for line in skipped)
    assert any("dangling.html [unreadable]: No such file" in line for line in skipped)
    assert " ERROR: " not in run.stderr  # a skip is one WARNING line, no retries or tracebacks
    assert "Dropped in/02-alpha-copy.html: duplicate of in/01-alpha.html" in run.stderr

    summary = (
        "Summary: 10 inputs, 6 parsed, 5 written; skipped 4 (bad_gzip 1, binary 1, empty 1, unreadable 1)"
    )
    assert summary + "; dropped 1 (duplicate 1)" in run.stderr
    assert run.stat("newscrawl/inputs") == 10
    assert run.stat("newscrawl/parsed") == 6
    assert run.stat("newscrawl/written") == 5
    assert run.stat("newscrawl/skipped/binary") == 1
    assert run.stat("newscrawl/dropped/duplicate") == 1

    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.html", "explicit.page", "in", "out.jsonl"]
    assert "Warning" not in run.stderr  # pytest's warnings-as-errors cannot see a subprocess
    assert "\r" not in run.stderr  # no progress line when stderr is not a terminal


def test_output_order_is_input_order_under_concurrency(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    """Big and small files finish out of order; output order and dedupe winners do not change."""
    pages = tmp_path / "pages"
    pages.mkdir()
    padding = "<!-- " + "x" * 400_000 + " -->"
    names = []
    for n in range(40):
        name = f"p{n:02d}.html"
        html = page(f"story{n}")
        if n % 3 == 0:  # slow to read and parse: later small files finish first
            html = html.replace("</body>", padding + "</body>")
        (pages / name).write_text(html, encoding="utf-8")
        names.append(name)
    # p39 (small) duplicates p00 (big, earlier in the input): p00 must win every time.
    (pages / "p39.html").write_text(page("story0"), encoding="utf-8")
    given = ["pages/p20.html", "pages", "pages/p05.html"]  # arguments keep their order

    run = _parse(run_newscrawl, *given, "-s", "CONCURRENT_REQUESTS=32")
    assert run.returncode == 0, run.stderr
    expected = ["pages/p20.html"] + [f"pages/{n}" for n in names if n != "p39.html"]
    expected += ["pages/p05.html"]
    got = [r["source_path"] for r in run.records()]
    # p20 and p05 appear twice as inputs: the second copy of each is a duplicate.
    assert got == [p for i, p in enumerate(expected) if p not in expected[:i]]
    assert "Dropped pages/p39.html: duplicate of pages/p00.html" in run.stderr


def test_usage_errors_exit_2_and_touch_nothing(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    (tmp_path / "a.html").write_text(page("alpha"))
    (tmp_path / "out.jsonl").write_text("previous\n")
    (tmp_path / "afile").write_text("")

    missing = run_newscrawl("parse", "a.html", "nope", "-o", "out.jsonl")
    assert missing.returncode == 2
    assert "input nope does not exist" in missing.stderr

    no_dir = run_newscrawl("parse", "a.html", "-o", "no/such/dir/out.jsonl")
    assert no_dir.returncode == 2
    assert "does not exist" in no_dir.stderr

    is_dir = run_newscrawl("parse", "a.html", "-o", ".")
    assert is_dir.returncode == 2

    under_file = run_newscrawl("parse", "a.html", "-o", "afile/out.jsonl")
    assert under_file.returncode == 2

    no_output = run_newscrawl("parse", "a.html")
    assert no_output.returncode == 2

    assert (tmp_path / "out.jsonl").read_text() == "previous\n"


def test_all_inputs_skipped_still_completes(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    """Skips are not failures: exit 0 and an empty (but published) output."""
    (tmp_path / "empty.html").write_bytes(b"")
    run = _parse(run_newscrawl, "empty.html")
    assert run.returncode == 0, run.stderr
    assert run.output.read_bytes() == b""
    assert "Skipped empty.html [empty]" in run.stderr


FAILING_WRITER = """
from newscrawl.pipelines.write import JsonLinesWriter


class FullDisk:
    def write(self, data):
        raise OSError(28, "No space left on device")

    def flush(self):
        pass

    def close(self):
        pass


class FailingWriter(JsonLinesWriter):
    def open_spider(self):
        super().open_spider()
        self.file.close()
        self.file = self.exporter.file = FullDisk()
"""


def test_write_failure_exits_1_and_publishes_nothing(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    (tmp_path / "failing.py").write_text(FAILING_WRITER)  # `python -m` imports from the cwd
    (tmp_path / "a.html").write_text(page("alpha"))
    (tmp_path / "out.jsonl").write_text("previous\n")
    pipelines = '{"newscrawl.pipelines.validate.ValidatePipeline": 100, "failing.FailingWriter": 900}'
    run = _parse(run_newscrawl, "a.html", "-s", f"ITEM_PIPELINES={pipelines}")
    assert run.returncode == 1
    assert "Cannot write out.jsonl: No space left on device" in run.stderr
    assert (tmp_path / "out.jsonl").read_text() == "previous\n"
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "__pycache__")
    assert left == ["a.html", "failing.py", "out.jsonl"]


def test_scrapy_feeds_still_work(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    (tmp_path / "a.html").write_text(page("alpha"))
    feeds = '{"extra.jsonl": {"format": "jsonlines"}}'
    run = _parse(run_newscrawl, "a.html", "-s", f"FEEDS={feeds}")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "extra.jsonl").read_text(encoding="utf-8").splitlines() == (
        run.output.read_text(encoding="utf-8").splitlines()
    )
