"""Update detection and store keys of the incremental pipeline."""

from __future__ import annotations

import pytest

from newscrawl.items import Article
from newscrawl.pipelines.incremental import has_changed
from newscrawl.state import SeenArticle
from newscrawl.state.records import article_keys, seen_article

SEEN = SeenArticle(url="u", fingerprint="a" * 64, revision=3, date_modified="2026-11-20T10:00:00+00:00")


@pytest.mark.parametrize(
    ("fingerprint", "modified", "changed"),
    [
        ("a" * 64, "2026-11-20T10:00:00+00:00", False),
        ("a" * 64, "2026-11-20T11:00:00+01:00", False),  # same instant, other zone
        ("a" * 64, None, False),
        ("a" * 64, "2026-11-19", False),
        ("a" * 64, "2026-11-21T00:00:00Z", True),
        ("b" * 64, "2026-11-20T10:00:00+00:00", True),
        (None, None, True),
    ],
)
def test_has_changed(fingerprint: str | None, modified: str | None, changed: bool) -> None:
    article = Article(url="u", fingerprint=fingerprint, date_modified=modified)
    assert has_changed(SEEN, article) is changed


def test_article_keys() -> None:
    article = Article(
        url="https://n.example/a/?utm_source=x",
        canonical_url="https://n.example/story-a",
    )
    assert article_keys(article, "https://n.example/a-old") == [
        "https://n.example/a-old",
        "https://n.example/a",
        "https://n.example/story-a",
    ]
    assert article_keys(Article(url="file:///tmp/a.html")) == []


def test_seen_article_keeps_revision_and_dates() -> None:
    article = Article(url="u", fingerprint="f", revision=2, date_published="2026-11-01")
    seen = seen_article(article, lastmod="2026-11-02")
    assert (seen.revision, seen.lastmod, seen.date_published) == (2, "2026-11-02", "2026-11-01")
