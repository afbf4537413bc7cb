"""``crawl --warc-dir`` on the loopback demo site, then ``parse`` of its WARC files: the files
pass both checkers and re-parse to the crawl's articles (same fingerprints)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from newscrawl.archives.read import WarcPage, WarcSkip, read_warc
from newscrawl.middlewares.warc import ARTICLE_KEY, HINTS_KEY, WarcEncodingNote, WarcRecorder
from newscrawl.spiders.news import HINTS, KEY
from tests.crawlsite import ARTICLES, CLI, RETRIED, published, start_site
from tests.test_archives import checkers

RUN_ID = "20261103T093015Z-abcdef"


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.e2e
def test_crawl_writes_warc_that_reparses_to_the_same_articles(tmp_path: Path) -> None:
    site = start_site(tmp_path, faults={RETRIED: [(503, {"Retry-After": "1"})]})
    warc_dir = tmp_path / "warc"
    try:
        crawl = site.run(site.cli("--warc-dir", str(warc_dir)))
    finally:
        site.server.stop()
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    (jsonl,) = published(site.out)
    crawled = {r["url"]: r for r in published(site.out)[jsonl]}
    assert len(crawled) == len(ARTICLES)

    warcs = sorted(warc_dir.rglob("*.warc.gz"))
    assert len(warcs) == 1
    run_id = jsonl.name.removesuffix(".jsonl")
    assert warcs[0].name == f"{run_id}-00000.warc.gz"
    assert warcs[0].parent.relative_to(warc_dir) == jsonl.parent.relative_to(site.out)
    assert not [p for p in warc_dir.rglob("*") if p.is_file() and p.name.startswith(".")]
    for result in checkers(warcs[0]):
        assert result.returncode == 0, result.stdout + result.stderr
        assert "fail" not in result.stdout

    # every fetch is archived: robots.txt, the feed, sitemaps, sections, articles, the 503
    items = list(read_warc(warcs[0], max_bytes=10**7))
    fetched = [h.path for h in site.server.hits]
    responses = [i for i in items if not (isinstance(i, WarcSkip) and i.reason in ("request", "warcinfo"))]
    assert len(responses) == len(fetched)
    targets = {i.url.removeprefix(site.server.base_url) for i in responses if i.url}
    assert targets == set(fetched)
    reasons = {
        i.url.rsplit("/", 1)[-1]: i.reason
        for i in items
        if isinstance(i, WarcSkip) and i.url and i.reason != "request"
    }
    assert reasons["robots.txt"] == reasons["rss.xml"] == reasons["sitemap-index.xml"] == "discovery"
    assert [i.reason for i in items if isinstance(i, WarcSkip) and i.url and i.url.endswith(RETRIED)] == [
        "http_status",
        "request",
        "request",
    ]
    assert len([i for i in items if isinstance(i, WarcPage)]) == len(ARTICLES)

    # re-parse: the same articles, field for field, but when they were read and the revision
    out = tmp_path / "reparsed.jsonl"
    parse = site.run([*CLI, "parse", str(warc_dir), "-o", str(out), "--sites", str(site.sites_file)])
    assert parse.returncode == 0, parse.stderr[-3000:]
    reparsed = {r["url"]: r for r in records(out)}
    assert reparsed.keys() == crawled.keys()
    for url, article in crawled.items():
        again = reparsed[url]
        assert again["fingerprint"] == article["fingerprint"], url
        assert again["fetched_at"].startswith(article["fetched_at"][:10])
        assert again["revision"] is None and article["revision"] == 1
        differing = {k for k in article if article[k] != again[k]}
        assert differing <= {"fetched_at", "revision"}, (url, differing)
    assert "Read WARC file" in parse.stderr and "discovery" in parse.stderr


@pytest.mark.unit
def test_recorder_stores_the_decoded_body_with_its_encoding_masked(tmp_path: Path) -> None:
    """The order of the middlewares: the encoding is noted before HttpCompressionMiddleware
    decodes the body and drops the header, and the decoded body is recorded after it."""
    crawler = get_crawler(settings_dict={"NEWSCRAWL_WARC_DIR": str(tmp_path), "NEWSCRAWL_RUN_ID": RUN_ID})
    note = WarcEncodingNote.from_crawler(crawler)
    recorder = WarcRecorder.from_crawler(crawler)
    compression = HttpCompressionMiddleware.from_crawler(crawler)
    recorder.spider_opened(Spider(name="news"))  # no site: the spider's name
    page = b"<html><body><p>decoded</p></body></html>"
    request = Request("https://news.example/a", headers={"Authorization": "secret"}, meta={KEY: "k"})
    response: Response = Response(
        request.url,
        status=200,
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
        body=gzip.compress(page),
        request=request,
    )
    for middleware in (note, compression, recorder):  # process_response order: 595, 590, 585
        result = middleware.process_response(request, response)
        assert isinstance(result, Response)
        response = result
    recorder.spider_closed(Spider(name="news"), "finished")
    (path,) = tmp_path.rglob("*.warc.gz")
    assert path.relative_to(tmp_path) == Path("news", "2026-11-03", f"{RUN_ID}-00000.warc.gz")
    (page_read,) = [i for i in read_warc(path, max_bytes=10**6) if isinstance(i, WarcPage)]
    assert page_read.body == page
    text = gzip.decompress(path.read_bytes()).decode()
    assert "X-Crawler-Content-Encoding: gzip" in text
    assert "Newscrawl-Purpose: article" in text
    assert "secret" not in text
    for result in checkers(path):
        assert result.returncode == 0, result.stdout


@pytest.mark.unit
def test_the_recorder_knows_article_requests_by_the_news_spiders_key() -> None:
    assert ARTICLE_KEY == KEY
    assert HINTS_KEY == HINTS
