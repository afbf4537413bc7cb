"""Each pipeline class on its own, built from a Crawler (scrapy.utils.test.get_crawler)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.items import Article, Section
from newscrawl.order import Reorder
from newscrawl.pipelines.dedupe import DedupePipeline
from newscrawl.pipelines.validate import ValidatePipeline
from newscrawl.pipelines.write import JsonLinesWriter
from newscrawl.signals import lines_written, output_published

GOOD = Article(
    url="https://news.example/a",
    canonical_url="https://news.example/a",
    source_path="in/a.html",
    headline="Ünïcode headline",
    sections=[Section(paragraphs=["One two three."])],
    text="One two three.",
    word_count=3,
    fingerprint="a" * 64,
    fetched_at="2024-01-02T03:04:05+00:00",
)


def _crawler(**settings: Any) -> Crawler:
    return get_crawler(settings_dict=settings)


def _stat(crawler: Crawler, key: str) -> Any:
    assert crawler.stats is not None
    return crawler.stats.get_value(key)


# -- validate ------------------------------------------------------------------------------


def test_validate_passes_a_valid_item_unchanged() -> None:
    pipeline = ValidatePipeline.from_crawler(_crawler())
    assert pipeline.process_item(GOOD) is GOOD


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"date_published": "02/01/2024 03:04"}, "date_published"),
        ({"word_count": -3}, "word_count"),
        ({"fingerprint": "not-hex"}, "fingerprint"),
        ({"sections": [Section(paragraphs=[""])]}, "sections/0/paragraphs/0"),
    ],
)
def test_validate_drops_an_invalid_item_with_the_reason(change: dict[str, Any], where: str) -> None:
    crawler = _crawler()
    pipeline = ValidatePipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match=f"at {where}:"):
        pipeline.process_item(dataclasses.replace(GOOD, **change))
    assert _stat(crawler, "newscrawl/dropped/invalid") == 1


def test_validate_reason_is_short_for_huge_values() -> None:
    pipeline = ValidatePipeline.from_crawler(_crawler())
    huge = {**dataclasses.asdict(GOOD), "word_count": "x" * 100_000}
    with pytest.raises(DropItem) as raised:
        pipeline.process_item(huge)
    assert len(str(raised.value)) < 300


_BREAKS = [
    {"date_published": "2024-01-02\n"},  # $ before a final newline: Python's re only
    {"date_published": "２０２４-01-02"},  # non-ASCII digits
    {"date_modified": "2024-13-02"},
    {"language": "en\n"},
    {"language": "EN"},
    {"url": "no-scheme"},
    {"url": None},
    {"canonical_url": "ftp://x"},
    {"word_count": 3.0},
    {"word_count": True},
    {"word_count": 2**70},
    {"fingerprint": "A" * 64},
    {"authors": [""]},
    {"authors": "Jane"},
    {"tags": [None]},
    {"fetched_at": "2024-01-02T03:04:05+01:00"},
    {"revision": 0},
    {"provenance": {"headline": "json-ld"}},
    {"provenance": {"headline": "guess"}},
    {"provenance": {"nonsense": "json-ld"}},
    {"images": [{"url": "relative.jpg", "caption": None, "credit": None}]},
    {"images": [{"url": None, "caption": "c"}]},
    {"sections": [{"heading": None, "paragraphs": ["x", ""]}]},
    {"extra_field": 1},
    {"headline": 5},
]


@pytest.mark.parametrize("change", _BREAKS)
def test_validate_compiled_check_never_passes_what_jsonschema_refuses(change: dict[str, Any]) -> None:
    """The fast check decides alone only when it says valid; jsonschema must agree then."""
    pipeline = ValidatePipeline.from_crawler(_crawler())
    record = {**dataclasses.asdict(GOOD), **change}
    if pipeline.check.is_valid(record):
        assert pipeline.validator.is_valid(record)


# -- dedupe --------------------------------------------------------------------------------


def test_dedupe_same_canonical_url_after_normalisation() -> None:
    crawler = _crawler()
    pipeline = DedupePipeline.from_crawler(crawler)
    assert pipeline.process_item(GOOD) is GOOD
    tracked = dataclasses.replace(
        GOOD,
        source_path="in/b.html",
        fingerprint="b" * 64,
        canonical_url="HTTPS://News.Example/a/?utm_source=x#top",
    )
    with pytest.raises(DropItem, match=r"duplicate of in/a.html \(same canonical URL"):
        pipeline.process_item(tracked)
    assert _stat(crawler, "newscrawl/dropped/duplicate") == 1


def test_dedupe_keeps_articles_whose_urls_differ_in_a_content_parameter() -> None:
    # article.php?cid=N names the article: two pages, two records
    pipeline = DedupePipeline.from_crawler(_crawler())
    first = dataclasses.replace(GOOD, canonical_url="https://x.example/article.php?cid=48213")
    second = dataclasses.replace(
        GOOD,
        source_path="in/b.html",
        fingerprint="b" * 64,
        canonical_url="https://x.example/article.php?cid=48214",
    )
    assert pipeline.process_item(first) is first
    assert pipeline.process_item(second) is second


def test_dedupe_in_a_site_crawl_uses_the_site_strip_params() -> None:
    crawler = _crawler()
    pipeline = DedupePipeline(crawler.stats, strip_params=("ref",))  # type: ignore[arg-type]
    first = dataclasses.replace(GOOD, canonical_url="https://x.example/a?ref=home")
    again = dataclasses.replace(
        GOOD, source_path="in/b.html", fingerprint="b" * 64, canonical_url="https://x.example/a?ref=rss"
    )
    pipeline.process_item(first)
    with pytest.raises(DropItem, match="same canonical URL"):
        pipeline.process_item(again)


def test_dedupe_same_text_under_another_url() -> None:
    pipeline = DedupePipeline.from_crawler(_crawler())
    pipeline.process_item(GOOD)
    mirror = dataclasses.replace(GOOD, source_path="in/m.html", canonical_url=None, url=None)
    with pytest.raises(DropItem, match="same text fingerprint"):
        pipeline.process_item(mirror)


def test_dedupe_keeps_distinct_and_empty_articles() -> None:
    pipeline = DedupePipeline.from_crawler(_crawler())
    other = dataclasses.replace(GOOD, canonical_url="https://news.example/b", fingerprint="b" * 64)
    empty = Article(url="file:///in/x.html", source_path="in/x.html")
    for item in (GOOD, other, empty, dataclasses.replace(empty, source_path="in/y.html")):
        assert pipeline.process_item(item) is item


def test_dedupe_remembers_nothing_across_runs() -> None:
    DedupePipeline.from_crawler(_crawler()).process_item(GOOD)
    assert DedupePipeline.from_crawler(_crawler()).process_item(GOOD) is GOOD


# -- write ---------------------------------------------------------------------------------


def _writer(target: Path) -> tuple[Crawler, JsonLinesWriter, list[tuple[str, Any]]]:
    crawler = _crawler(NEWSCRAWL_OUTPUT_FILE=str(target))
    writer = JsonLinesWriter.from_crawler(crawler)
    events: list[tuple[str, Any]] = []
    crawler.signals.connect(
        lambda items, path: events.append(("durable", [i.source_path for i in items])),
        signal=lines_written,
        weak=False,
    )
    crawler.signals.connect(
        lambda path, count: events.append(("published", (path, count))),
        signal=output_published,
        weak=False,
    )
    writer.open_spider()
    return crawler, writer, events


def _item(n: int) -> Article:
    return dataclasses.replace(GOOD, source_path=f"in/{n}.html")


def test_writer_emits_in_sequence_and_publishes_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    crawler, writer, events = _writer(target)
    writer.settle(2, _item(2))
    writer.settle(0, _item(0))
    writer.settle(3, None)  # skipped or dropped: still advances the sequence
    assert not target.exists()  # nothing is published before the run ends
    writer.settle(1, _item(1))
    writer.settle(4, _item(4))
    writer.close_spider()
    assert not target.exists()
    writer.spider_closed("finished")

    lines = target.read_bytes().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["source_path"] for r in records] == [
        "in/0.html",
        "in/1.html",
        "in/2.html",
        "in/4.html",
    ]
    assert all(list(r) == list(Article.__dataclass_fields__) for r in records)
    assert "Ünïcode headline".encode() in lines[0]
    assert records[0]["sections"] == [{"heading": None, "paragraphs": ["One two three."]}]
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left
    assert _stat(crawler, "newscrawl/written") == 4
    # Hooks: every line durable before anything is published, then one publish.
    durable = [n for kind, names in events if kind == "durable" for n in names]
    assert durable == [r["source_path"] for r in records]
    assert events[-1] == ("published", (target, 4))


def test_writer_drains_gaps_at_close(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    _, writer, _ = _writer(target)
    writer.settle(1, _item(1))  # input 0 never reports
    writer.close_spider()
    writer.spider_closed("finished")
    assert [json.loads(x)["source_path"] for x in target.read_text().splitlines()] == ["in/1.html"]


def test_writer_publishes_nothing_when_the_run_ends_early(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")
    _, writer, events = _writer(target)
    writer.settle(0, _item(0))
    writer.close_spider()
    writer.spider_closed("shutdown")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    assert not [e for e in events if e[0] == "published"]


class _FullDisk:
    def write(self, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_writer_failure_leaves_no_partial_output(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")
    crawler, writer, _ = _writer(target)
    assert writer.exporter is not None and writer.file is not None
    writer.file.close()
    writer.file = writer.exporter.file = _FullDisk()  # type: ignore[assignment]
    writer.settle(0, _item(0))
    assert writer.failed
    assert _stat(crawler, "newscrawl/output_failed") == "No space left on device"
    writer.close_spider()
    writer.spider_closed("finished")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_writer_needs_an_output_file() -> None:
    with pytest.raises(NotConfigured):
        JsonLinesWriter.from_crawler(_crawler())


def test_reorder_buffer() -> None:
    order: Reorder[str] = Reorder()
    assert order.settle(1, "b") == []
    assert order.settle(0, "a") == ["a", "b"]
    assert order.settle(0, "again") == []  # settled twice: ignored
    assert order.settle(3, "d") == []
    assert order.drain() == ["d"]
