"""``newscrawl parse`` of a few saved pages runs in-process without Scrapy (newscrawl/local.py):
the same records, skip lines, summary and exit status as the Scrapy path, which a setting the
in-process path does not honour selects (here ``NEWSCRAWL_EXTRACT_MEMORY_MB``, at its default)."""

from __future__ import annotations

import logging
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newscrawl import local
from newscrawl.memory import status_bytes
from tests.crawlsite import REPO, child_env

ARTICLES = REPO / "fixtures" / "articles"
LISTING = REPO / "fixtures" / "page_types" / "listing-home-en.html"
FULL_PATH = ("-s", "CONCURRENT_REQUESTS=16")
"""Takes the Scrapy path (the in-process one knows newscrawl's settings only), changing nothing
(Scrapy's default)."""

PROBE = (
    "import sys; from newscrawl.cli import main; status = main(sys.argv[1:]); "
    "print('SCRAPY' if 'scrapy' in sys.modules else 'LOCAL'); sys.exit(status)"
)


def parse(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``newscrawl parse ARGS -o out.jsonl`` in ``cwd``; stdout says which path ran."""
    argv = [sys.executable, "-c", PROBE, "parse", *args, "-o", "out.jsonl", "-L", "WARNING"]
    env = child_env()
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


def skip_lines(stderr: str) -> list[str]:
    """The skip, drop and summary lines, without their time stamps and logger names."""
    kept = []
    for line in stderr.splitlines():
        message = line.split(": ", 1)[1] if " [" in line[:40] and ": " in line else line
        if message.startswith(("Skipped ", "Dropped ", "Summary: ")):
            kept.append(message)
    return kept


def both_paths(tmp_path: Path, names: list[str], *options: str) -> tuple[str, str]:
    """The output of the in-process path and of the Scrapy path for the same inputs."""
    outputs = []
    for run, extra in (("local", ()), ("scrapy", FULL_PATH)):
        cwd = tmp_path / run
        cwd.mkdir()
        for name in names:
            source = ARTICLES / name if (ARTICLES / name).exists() else tmp_path / name
            shutil.copy2(source, cwd / name)  # same mtime: the same fetched_at
        done = parse(cwd, *names, *options, *extra)
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.strip() == ("LOCAL" if run == "local" else "SCRAPY")
        outputs.append(((cwd / "out.jsonl").read_text(encoding="utf-8"), skip_lines(done.stderr)))
    (local_out, local_lines), (scrapy_out, scrapy_lines) = outputs
    assert local_lines == scrapy_lines
    return local_out, scrapy_out


@pytest.mark.e2e
def test_a_few_pages_give_the_scrapy_paths_records_byte_for_byte(tmp_path: Path) -> None:
    shutil.copy2(LISTING, tmp_path / "listing.html")
    names = ["french-news.html", "listing.html", "nextjs-app.html", "lists-and-table.html"]
    mine, scrapy = both_paths(tmp_path, names)
    assert mine == scrapy and mine.count("\n") == 3


@pytest.mark.e2e
def test_options_skips_and_duplicates_match_too(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    shutil.copy2(ARTICLES / "german-news.html", tmp_path / "copy.html")  # a duplicate
    shutil.copy2(LISTING, tmp_path / "listing.html")
    names = ["german-news.html", "empty.html", "copy.html", "listing.html"]
    mine, scrapy = both_paths(tmp_path, names, "--provenance", "--body-html", "--keep-non-articles")
    assert mine == scrapy and mine.count("\n") == 2
    assert '"page_type": "listing"' in mine and '"body_html": "<' in mine


@pytest.mark.e2e
def test_more_pages_or_a_warc_file_take_the_scrapy_path(tmp_path: Path) -> None:
    names = sorted(p.name for p in ARTICLES.glob("*.html"))[: local.MAX_INPUTS + 1]
    for name in names:
        shutil.copy2(ARTICLES / name, tmp_path / name)
    done = parse(tmp_path, *names)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "SCRAPY"


@pytest.mark.unit
def test_a_page_past_the_time_limit_is_skipped_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def endless(body: bytes, url: str, **options: Any) -> Any:
        if b"SPIN" in body:
            while True:
                pass
        return real(body, url, **options)

    real = local.article_from_body
    real(  # the extractor and its language model loaded before the clock starts
        (ARTICLES / "german-news.html").read_bytes(), "https://example.com/", max_bytes=1 << 20
    )
    monkeypatch.setattr(local, "article_from_body", endless)
    (tmp_path / "spin.html").write_bytes(b"<html><body><p>SPIN</p></body></html>")
    shutil.copy2(ARTICLES / "french-news.html", tmp_path / "ok.html")
    settings = local.LocalSettings(
        provenance=False,
        body_html=False,
        keep_non_articles=False,
        max_bytes=1 << 20,
        timeout=3.0,  # far more than an ordinary page needs, once the extractor is loaded
        memory_mb=None,
        log_level=logging.WARNING,
    )
    with caplog.at_level(logging.WARNING):
        status = local.parse_locally(
            [str(tmp_path / "spin.html"), str(tmp_path / "ok.html")], tmp_path / "out.jsonl", settings
        )
    assert status == 0
    assert "[timeout]: extraction took over 3 s" in caplog.text
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1


@pytest.mark.unit
def test_a_page_past_the_memory_budget_is_skipped_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def hungry(body: bytes, url: str, **options: Any) -> Any:
        if b"HUNGRY" in body:
            return bytearray(4 * 2**30)  # far past the budget below
        return real(body, url, **options)

    real = local.article_from_body
    monkeypatch.setattr(local, "article_from_body", hungry)
    (tmp_path / "hungry.html").write_bytes(b"<html><body><p>HUNGRY</p></body></html>")
    shutil.copy2(ARTICLES / "french-news.html", tmp_path / "ok.html")
    in_use = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # MB, a lower bound
    # the address space already taken (MB): the budget counts it, as in a worker
    vm_size = (status_bytes("VmSize") or 0) // 2**20
    before = resource.getrlimit(resource.RLIMIT_AS)
    settings = local.LocalSettings(
        provenance=False,
        body_html=False,
        keep_non_articles=False,
        max_bytes=1 << 20,
        timeout=None,
        memory_mb=max(vm_size, in_use) + 1024,
        log_level=logging.WARNING,
    )
    with caplog.at_level(logging.WARNING):
        status = local.parse_locally(
            [str(tmp_path / "hungry.html"), str(tmp_path / "ok.html")], tmp_path / "out.jsonl", settings
        )
    assert status == 0
    assert "[over_memory]: extraction needed more than" in caplog.text
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert resource.getrlimit(resource.RLIMIT_AS) == before  # restored
