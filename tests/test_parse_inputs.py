"""The files spider's walk, the shared callback, and the run summary / progress formats."""

from __future__ import annotations

import gzip
import os
import types
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscrawl.progress import done_count, progress_line
from newscrawl.signals import page_skipped
from newscrawl.spiders.callback import MTIME, SOURCE_PATH, article_from_response
from newscrawl.spiders.files import count_inputs, iter_inputs
from newscrawl.summary import summary_line
from tests.conftest import page

# -- the walk ------------------------------------------------------------------------------


def test_walk_order_suffixes_and_laziness(tmp_path: Path) -> None:
    for name in [
        "b/2.html",
        "b/1.HTML",
        "a.htm",
        "c/d/e.html.gz",
        "c/skip.txt",
        "c/x.json",
        "B.html",
        "b/a/0.html",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)  # never followed
    root = str(tmp_path)
    walk = iter_inputs([root + "/c", root, "given.txt"])
    assert isinstance(walk, types.GeneratorType)
    assert [p.removeprefix(root + "/") for p in walk] == [
        "c/d/e.html.gz",
        "B.html",
        "a.htm",
        "b/1.HTML",
        "b/2.html",
        "b/a/0.html",
        "c/d/e.html.gz",
        "given.txt",  # a file named explicitly is an input whatever its name
    ]
    assert count_inputs([root]) == 6


def test_walk_keeps_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.html").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert list(iter_inputs(["d/"])) == ["d/x.html"]
    assert list(iter_inputs(["./d"])) == ["./d/x.html"]


# -- the callback --------------------------------------------------------------------------


def _crawler() -> tuple[Crawler, list[dict[str, Any]]]:
    crawler = get_crawler(settings_dict={"NEWSCRAWL_MAX_PAGE_BYTES": 50_000})
    skips: list[dict[str, Any]] = []
    crawler.signals.connect(
        lambda request, reason, detail: skips.append({"reason": reason, "request": request}),
        signal=page_skipped,
        weak=False,
    )
    return crawler, skips


def _response(body: bytes, path: str = "in/a.html", **meta: Any) -> HtmlResponse:
    url = Path(path).absolute().as_uri()
    request = Request(url, meta={SOURCE_PATH: path, **meta})
    return HtmlResponse(url, body=body, request=request)


def test_callback_fills_source_path_and_fetched_at() -> None:
    crawler, skips = _crawler()
    name = os.fsdecode(b"in/caf\xe9.html")
    response = _response(page("alpha").encode(), name, **{MTIME: 1704164645.5})
    article = article_from_response(response, crawler)
    assert article is not None
    assert article.source_path == "in/caf\\xe9.html"
    assert article.fetched_at == "2024-01-02T03:04:05.500000+00:00"
    assert article.canonical_url == "https://news.example/alpha"
    assert crawler.stats is not None and crawler.stats.get_value("newscrawl/parsed") == 1
    assert skips == []


def test_callback_without_file_meta_is_a_crawl_response() -> None:
    crawler, _ = _crawler()
    response = HtmlResponse(
        "https://news.example/alpha",
        body=page("alpha").encode(),
        request=Request("https://news.example/alpha"),
    )
    article = article_from_response(response, crawler)
    assert article is not None
    assert article.source_path is None
    assert article.fetched_at is not None and article.fetched_at.endswith("+00:00")


def test_callback_decompresses_gzip() -> None:
    crawler, _ = _crawler()
    article = article_from_response(_response(gzip.compress(page("gz").encode())), crawler)
    assert article is not None and article.headline == "The gz story"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00" * 10, "binary"),
        (b"\x1f\x8bnot really gzip", "bad_gzip"),
        (b"<html>" + b"x" * 60_000, "too_large"),
        (gzip.compress(b"<html>" + b" " * 60_000), "too_large"),  # a small gzip bomb
    ],
)
def test_callback_skips_with_a_reason(body: bytes, reason: str, caplog: pytest.LogCaptureFixture) -> None:
    crawler, skips = _crawler()
    assert article_from_response(_response(body, "in/bad.html"), crawler) is None
    assert [s["reason"] for s in skips] == [reason]
    assert crawler.stats is not None
    assert crawler.stats.get_value(f"newscrawl/skipped/{reason}") == 1
    [record] = [r for r in caplog.records if r.levelname == "WARNING"]
    assert record.getMessage().startswith(f"Skipped in/bad.html [{reason}]: ")


# -- summary and progress ------------------------------------------------------------------


def test_summary_line() -> None:
    stats = {
        "newscrawl/inputs": 7,
        "newscrawl/parsed": 5,
        "newscrawl/written": 3,
        "newscrawl/skipped/empty": 1,
        "newscrawl/skipped/binary": 1,
        "newscrawl/dropped/invalid": 1,
        "newscrawl/dropped/duplicate": 1,
    }
    assert summary_line(stats) == (
        "Summary: 7 inputs, 5 parsed, 3 written; skipped 2 (binary 1, empty 1); "
        "dropped 2 (duplicate 1, invalid 1)"
    )
    assert summary_line({}) == "Summary: 0 parsed, 0 written; skipped 0; dropped 0"
    assert done_count(stats) == 7


def test_progress_line() -> None:
    assert progress_line(50, 200, 10.0) == "50/200 files  5.0/s  0:00:30 left"
    assert progress_line(3, None, 2.0) == "3 files  1.5/s"
    assert progress_line(0, 10, 0.0) == "0/10 files  0.0/s"
