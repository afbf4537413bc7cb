"""WARC files for tests, written from the committed fixture pages (fixtures/articles/)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newscrawl.archives.write import Exchange, WarcFiles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
WHEN = datetime(2026, 11, 3, 9, 0, 0, tzinfo=UTC)


def fixture_pages() -> list[Path]:
    return sorted(FIXTURES.glob("*.html"))


def write_warcs(directory: Path, groups: Sequence[Sequence[Path]]) -> list[Path]:
    """One ``.warc.gz`` per group of pages (``shard-00.warc.gz`` ...), each page fetched from
    ``https://news.example/<name>`` one minute after the one before."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    minute = 0
    for number, pages in enumerate(groups):
        files = WarcFiles(directory / f".build-{number}", "x")
        for page in pages:
            minute += 1
            files.write(
                Exchange(
                    url=f"https://news.example/{page.stem}",
                    method="GET",
                    request_headers=[("User-Agent", "newscrawl-test")],
                    request_body=b"",
                    status=200,
                    reason="OK",
                    response_headers=[("Content-Type", "text/html")],
                    body=page.read_bytes(),
                    date=WHEN + timedelta(minutes=minute),
                    purpose="article",
                )
            )
        (built,) = files.close()
        target = directory / f"shard-{number:02d}.warc.gz"
        built.replace(target)
        built.parent.rmdir()
        written.append(target)
    return written


def groups_of(pages: Sequence[Path], count: int) -> list[list[Path]]:
    """``pages`` dealt round-robin into ``count`` groups, except that the two republic pages
    (one article saved twice: the same canonical URL) stay together, as the first copy and
    its duplicate, so a shard's own task drops the copy (``tests/test_bulk_across.py`` sets
    copies in other shards)."""
    twins = [p for p in pages if p.name.startswith("republic-")]
    groups: list[list[Path]] = [[] for _ in range(count)]
    for number, page in enumerate(p for p in pages if p not in twins):
        groups[number % count].append(page)
    groups[0].extend(twins)
    return [group for group in groups if group]
