"""The page-type decision: article, listing (home, section, tag, archive, calendar, search, author
pages) or other. Listing pages written for the test (fixtures/page_types/, several kinds and
languages) and the demo site's own index and section pages are listings; every article page we
have (fixtures/articles/, the demo articles, article-looking fixtures) stays an article."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.normalise import record_word_count
from newscrawl.extract.page import parse_page
from newscrawl.extract.page_type import read_signals, url_kind, word_count
from tests.conftest import RunNewscrawl

ROOT = Path(__file__).resolve().parent.parent
PAGE_TYPES = ROOT / "fixtures" / "page_types"
DEMO = ROOT / "newscrawl" / "demo" / "site"

LISTINGS = sorted(PAGE_TYPES.glob("listing-*.html"))
KNOWN_MISSES = {
    "listing-blog-home-en.html": "a blog index whose excerpts are prose of its own, without a "
    "listing URL or declaration: kept as an article (losing an article is worse)",
}
DEMO_LISTINGS = [DEMO / "index.html", DEMO / "world" / "index.html", DEMO / "business" / "index.html"]
ARTICLES = [
    *sorted(PAGE_TYPES.glob("article-*.html")),
    *sorted((ROOT / "fixtures" / "articles").glob("*.html")),
    *sorted((DEMO / "news").rglob("*.html")),
    DEMO / "about.html",
]


def _kind(path: Path) -> str:
    return extract_article(path.read_bytes(), path.absolute().as_uri()).page_type


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.name], strict=True))
        if p.name in KNOWN_MISSES
        else p
        for p in [*LISTINGS, *DEMO_LISTINGS]
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_listing_pages_are_listings(path: Path) -> None:
    assert _kind(path) == "listing"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_article_pages_stay_articles(path: Path) -> None:
    assert _kind(path) == "article"


def test_precision_and_recall_on_the_pages_we_wrote() -> None:
    listings = [*LISTINGS, *DEMO_LISTINGS]
    found = [p for p in [*listings, *ARTICLES] if _kind(p) == "listing"]
    true = [p for p in found if p in listings]
    precision, recall = len(true) / len(found), len(true) / len(listings)
    print(
        f"page type: {len(listings)} listings, {len(ARTICLES)} articles; "
        f"precision {precision:.2f}, recall {recall:.2f}"
    )
    assert precision == 1.0
    assert recall >= (len(listings) - len(KNOWN_MISSES)) / len(listings)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://n.example/", "home"),
        ("https://n.example/index.html", "home"),
        ("https://n.example/tag/elections/", "tag"),
        ("https://n.example/themen/klima", "tag"),
        ("https://n.example/category/economy/page/2/", "category"),
        ("https://n.example/rubrique/sport/", "category"),
        ("https://n.example/author/jane-doe/", "author"),
        ("https://n.example/search?q=ferry", "search"),
        ("https://n.example/?s=ferry", "search"),
        ("https://n.example/archive/", "archive"),
        ("https://n.example/2024/05/", "calendar"),
        ("https://n.example/2024/05/03/", "calendar"),
        ("https://n.example/news/page/3", "page"),
        # article URLs
        ("https://n.example/2024/05/03/ferry-budget-approved", None),
        ("https://n.example/section/world/2024/05/a-story-about-the-ferry", None),
        ("https://n.example/tagesschau/ferry-story", None),
        ("https://n.example/article.php?cid=48213", None),
        ("https://n.example/?p=123", None),
        ("file:///saved/index.html", None),
    ],
)
def test_url_kind(url: str, kind: str | None) -> None:
    assert url_kind(url) == kind


@pytest.mark.e2e
def test_parse_skips_listings_unless_kept(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    pages = tmp_path / "in"
    pages.mkdir()
    for path in [
        *DEMO_LISTINGS[:1],
        *sorted((DEMO / "news").rglob("*.html"))[:2],
        PAGE_TYPES / "listing-tag-fr.html",
    ]:
        (pages / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    run = run_newscrawl("parse", "in", "-o", "out.jsonl")
    assert run.returncode == 0, run.stderr[-3000:]
    assert [r["page_type"] for r in run.records()] == ["article", "article"]
    assert run.stderr.count("[not_article]: a listing page") == 2
    assert "--keep-non-articles" in run.stderr
    kept = run_newscrawl("parse", "in", "-o", "out.jsonl", "--keep-non-articles")
    assert kept.returncode == 0, kept.stderr[-3000:]
    assert sorted(r["page_type"] for r in kept.records()) == ["article", "article", "listing", "listing"]


@pytest.mark.e2e
def test_a_crawl_uses_a_listing_for_discovery_only(tmp_path: Path) -> None:
    # the feed lists a tag page among its items; the tag page links a story the feed does not
    from tests.conftest import page  # noqa: PLC0415
    from tests.faultserver import Page  # noqa: PLC0415
    from tests.faultsite import article_path, headline_slugs, make_site  # noqa: PLC0415

    tag = (PAGE_TYPES / "listing-tag-fr.html").read_text(encoding="utf-8")
    links = "".join(
        f'<li><a href="{article_path(s)}">Une histoire de plus sur {s} et la ville</a></li>'
        for s in ("hidden", "one", "also-hidden", "two")
    )
    tag = tag.replace('<ul class="list">', f'<ul class="list">{links}')
    site = make_site(
        tmp_path,
        ["one", "two"],
        pages={
            "/tag/elections/": Page(tag.encode()),
            article_path("hidden"): Page(page("hidden").encode()),
            article_path("also-hidden"): Page(page("also-hidden").encode()),
        },
        listed=["/tag/elections/"],
    )
    try:
        result = site.crawl()
        assert result.returncode == 0, result.stderr[-3000:]
        assert headline_slugs(site.records()) == ["also-hidden", "hidden", "one", "two"]
        assert "[not_article]: a listing page" in result.stderr
        assert {r["page_type"] for r in site.records()} == {"article"}
    finally:
        site.server.stop()


def test_link_texts_are_counted_with_the_records_word_count() -> None:
    """One count of words for every threshold (``normalise.record_word_count``): unspaced
    scripts by characters, Thai as Chinese and Japanese."""
    assert word_count is record_word_count
    assert word_count("Tokyo 東京の新聞 news") == 2 + 3  # five characters: three words (rounded up)


def test_a_link_text_covers_the_kept_text_where_it_stands_as_whole_words() -> None:
    links = "".join(
        f'<a href="/{i}">{text}</a>'
        for i, text in enumerate(["World news", "news", "letter", "big world", "東京新聞"])
    )
    page = parse_page(f"<html><body><nav>{links}</nav><p>Text</p></body></html>")
    paragraphs = ["The world of news is big.", "A newsletter for World News readers", "読む東京新聞の記事"]
    signals = read_signals(page, paragraphs)
    # covered: "news" (first), "World News" (second: the longer text first), 東京新聞; not the
    # "news" and "letter" inside "newsletter", nor "big world" (both words, apart)
    assert signals.link_share_text == (4 + 9 + 4) / (20 + 30 + 9)
    assert signals.own_words == 5 + 4 + 3  # a word a pair of Chinese or Japanese characters, rounded up


_OVERLAPPING_LINKS = """
import sys
from newscrawl.extract.page import parse_page
from newscrawl.extract.page_type import read_signals
links = "".join(f'<a href="/{i}">{t}</a>' for i, t in enumerate(["one two three", "two three f g"]))
page = parse_page(f"<html><body><nav>{links}</nav><p>Text</p></body></html>")
print(read_signals(page, ["one two three f g"]).link_share_text)
"""


def test_overlapping_link_texts_of_one_length_cover_the_same_text_in_every_run() -> None:
    # "one two three" and "two three f g" (13 characters each) overlap in the paragraph: which
    # one is replaced first decides what is covered (11 or 10 letters). The order must not be the set's, which
    # changes with the string hashing of each run.
    shares = {
        subprocess.run(
            [sys.executable, "-c", _OVERLAPPING_LINKS],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(8)
    }
    assert len(shares) == 1, shares
