"""``newscrawl report``: a static page over real crawl runs, checked as markup and in Chromium."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.cli import main
from newscrawl.html.runs import render
from newscrawl.runs.collect import find_runs
from tests.browser import colours, ink, screenshot
from tests.crawlsite import RETRIED, CrawlSite, start_site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[CrawlSite]:
    crawl_site = start_site(tmp_path, faults={RETRIED: [(503, {"Retry-After": "1"})]})
    yield crawl_site
    crawl_site.server.stop()


def _table(doc: lxml_html.HtmlElement, heading: str) -> list[list[str]]:
    """The rows (cell texts) of the first table after the h2 ``heading``."""
    (h2,) = doc.xpath("//h2[normalize-space()=$h]", h=heading)
    table = h2.xpath("following::table[1]")[0]
    return [[" ".join(cell.text_content().split()) for cell in row] for row in table.xpath(".//tr")]


@pytest.mark.e2e
def test_report_over_two_real_crawl_runs(site: CrawlSite, tmp_path: Path) -> None:
    first = site.run(site.cli())
    assert first.returncode == 0, first.stderr[-3000:]
    site.edit_article(
        "library-extends-hours",
        "8 p.m. on Saturdays",
        "9 p.m. on Saturdays",
        lastmod="2026-11-27T08:00:00+00:00",
    )
    second = site.run(site.cli())
    assert second.returncode == 0, second.stderr[-3000:]

    stats = [json.loads(p.read_text()) for p in sorted(site.out.rglob("*.stats.json"))]
    assert [s["articles"]["new"] for s in stats] == [7, 0]
    assert [s["articles"]["updated"] for s in stats] == [0, 1]
    assert stats[0]["latency"]["responses"] == stats[0]["pages_fetched"] > 0

    report = tmp_path / "report.html"
    assert main(["report", str(site.out), "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    doc = lxml_html.fromstring(text)

    per_site = _table(doc, "Articles per site")
    assert per_site[0][:6] == ["site", "runs", "last run (UTC)", "new", "updated", "unchanged"]
    assert per_site[1][0] == "demo" and per_site[1][1] == "2"
    assert per_site[1][3:5] == ["7", "1"]  # new, updated over both runs
    runs = _table(doc, "Runs")
    assert [row[1] for row in runs[1:]] == [s["run_id"] for s in reversed(stats)]
    # Status codes include the 503 the site answered once; latency and reasons are charted.
    svg_text = " ".join(doc.xpath("//svg//text()"))
    assert "HTTP 200" in svg_text and "HTTP 503" in svg_text
    assert "robots.txt forbids" in svg_text
    assert doc.xpath("//h2[.='Response latency']/following::svg[1]//rect")
    # Self-contained: no script, no external resource, nothing to fetch when viewed.
    assert not doc.xpath("//script | //link | //img | //iframe | //*[@src]")
    assert "http-equiv" in text and "default-src 'none'" in text

    image = screenshot(report, tmp_path / "report.png", width=1100, height=1600)
    assert ink(image) > 0.02, "the rendered report is (nearly) blank"
    assert colours(image) > 20


@pytest.mark.unit
def test_report_escapes_what_stats_files_hold(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    run_dir = tmp_path / "out" / "x" / "2026-01-01"
    run_dir.mkdir(parents=True)
    stats = {
        "site": hostile,
        "run_id": "20260101T000000Z-abcdef",
        "finish_reason": f'finished"><u>{hostile}',
        "articles": {"new": 2, "updated": 1},
        "dropped": {hostile: 3},
        "errors": {"</svg><script>x()</script>": 1},
        "responses_by_status": {"200": 5},
    }
    (run_dir / "20260101T000000Z-abcdef.stats.json").write_text(json.dumps(stats))
    (run_dir / "broken.stats.json").write_text("{not json")
    found = find_runs([tmp_path / "out"])
    assert len(found.runs) == 1
    assert [path.name for path, _ in found.unreadable] == ["broken.stats.json"]

    page = render(found, sources=[hostile], generated=datetime(2026, 1, 1, tzinfo=UTC))
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script | //img | //u | //*[@onerror]")
    assert hostile in doc.text_content()  # shown as text
    assert "broken.stats.json" in doc.text_content()


@pytest.mark.unit
def test_report_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "missing"), "-o", str(tmp_path / "r.html")]) == 2
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")]) == 2  # no runs there
    assert "no crawl runs" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
