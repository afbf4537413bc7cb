"""The fields a page declares for machines: free access, section, main image, typed dates."""

from __future__ import annotations

import json

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.page import parse_page
from newscrawl.items import offset_datetime

pytestmark = pytest.mark.unit

BODY = (
    "<article><h1>Harbour wall repairs begin</h1><p>Work on the harbour wall began on Monday and is "
    "expected to last until the spring, the port authority said in a statement.</p></article>"
)


def _page(head: str = "", body: str = BODY) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )


def _ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


NEWS = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall repairs begin"}


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("", BODY, None),
        (_ld({**NEWS, "isAccessibleForFree": False}), BODY, False),
        (_ld({**NEWS, "isAccessibleForFree": "True"}), BODY, True),
        (_ld({**NEWS, "isAccessibleForFree": "maybe"}), BODY, None),
        (
            _ld({**NEWS, "hasPart": [{"@type": "WebPageElement", "isAccessibleForFree": "false"}]}),
            BODY,
            False,
        ),
        ("", BODY.replace("<h1>", '<meta itemprop="isAccessibleForFree" content="false"><h1>'), False),
        (_ld({"@type": "WebPage", "isAccessibleForFree": "yes"}), BODY, True),
    ],
)
def test_is_accessible_for_free(head: str, body: str, expected: bool | None) -> None:
    assert extract_article(_page(head, body), "https://news.example/a").is_accessible_for_free is expected


def _crumbs(*names_urls: tuple[str, str | None]) -> str:
    items = [
        {"@type": "ListItem", "position": n, "name": name, **({"item": url} if url else {})}
        for n, (name, url) in enumerate(names_urls, 1)
    ]
    return _ld({"@type": "BreadcrumbList", "itemListElement": list(reversed(items))})  # order by position


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("", None),
        (_ld({**NEWS, "articleSection": "Politics"}), "Politics"),
        (_ld({**NEWS, "articleSection": ["Sport", "Football"]}), "Sport"),
        ('<meta property="article:section" content="Opinion">', "Opinion"),
        (
            _ld({**NEWS, "articleSection": "Politics"}) + '<meta property="article:section" content="X">',
            "Politics",
        ),
        (
            _crumbs(
                ("Home", "https://news.example/"),
                ("World", "https://news.example/world/"),
                ("Harbour wall repairs begin", "https://news.example/a"),
            ),
            "World",
        ),
        (_crumbs(("Home", "https://news.example/"), ("Harbour wall repairs begin", None)), None),
        (_ld({**NEWS, "articleSection": "x" * 200}), None),  # a keyword dump, not a section name
    ],
)
def test_section(head: str, expected: str | None) -> None:
    assert extract_article(_page(head), "https://news.example/a").section == expected


MICRODATA_CRUMBS = (
    '<ol itemscope itemtype="https://schema.org/BreadcrumbList">'
    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
    '<a itemprop="item" href="/"><span itemprop="name">Home</span></a></li>'
    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
    '<a itemprop="item" href="/world/"><span itemprop="name">World</span></a></li></ol>'
)


def test_section_from_microdata_breadcrumbs() -> None:
    page = _page("", MICRODATA_CRUMBS + BODY)
    assert extract_article(page, "https://news.example/a").section == "World"


def test_microdata_dates() -> None:
    body = BODY.replace(
        "</h1>",
        '</h1><span itemprop="datePublished" content="2024-03-04T08:00:00+01:00">4 March</span>'
        '<time class="updated" datetime="2024-03-05T09:30:00+01:00">5 March</time>',
    )
    article = extract_article(_page("", body), "https://news.example/a")
    assert (article.date_published_raw, article.date_modified_raw) == (
        "2024-03-04T08:00:00+01:00",
        "2024-03-05T09:30:00+01:00",
    )


def test_page_microdata_found_once_in_document_order() -> None:
    page = parse_page(
        '<html><body><div itemscope itemtype="https://schema.org/Article" itemprop="mainEntity">'
        '<time datetime="2024-03-04">4 March</time><time>5 March</time><p>Text</p>'
        '<span itemprop="author">Jane Doe</span><time itemprop="dateModified" datetime="2024-03-05">'
        "</time></div></body></html>",
        "https://news.example/a",
    )
    found = page.microdata()
    assert [(el.tag, el.text) for el in found] == [
        ("div", None),
        ("time", "4 March"),
        ("span", "Jane Doe"),
        ("time", None),
    ]
    assert page.microdata() is found


FIGURE = (
    '<figure><img src="/img/wall.jpg" width="800" height="500">'
    "<figcaption>Workers at the harbour wall on Monday.</figcaption></figure>"
)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("", BODY, None),
        ("", BODY.replace("</h1>", "</h1>" + FIGURE), "https://news.example/img/wall.jpg"),
        ('<meta property="og:image" content="/og/wall.jpg">', BODY, "https://news.example/og/wall.jpg"),
        (
            _ld({**NEWS, "image": [{"@type": "ImageObject", "url": "https://cdn.example/ld.jpg"}]}),
            BODY,
            "https://cdn.example/ld.jpg",
        ),
        ('<meta property="og:image" content="https://cdn.example/x_${formatId}.jpg">', BODY, None),
        ('<meta property="og:image" content="data:image/png;base64,AAAA">', BODY, None),
    ],
)
def test_main_image(head: str, body: str, expected: str | None) -> None:
    assert extract_article(_page(head, body), "https://news.example/a").main_image == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2024-05-03", None),
        ("2024-05-03T14:24:00", None),
        ("2024-05-03T14:24", None),
        ("2024-05-03T14:24+02:00", "2024-05-03T14:24:00+02:00"),
        ("2024-05-03T14:24:00Z", "2024-05-03T14:24:00+00:00"),
        ("2024-05-03T14:24:00.250-05:00", "2024-05-03T14:24:00.250000-05:00"),
        ("3 May 2024", None),
    ],
)
def test_offset_datetime(value: str | None, expected: str | None) -> None:
    assert offset_datetime(value) == expected


def test_dates_typed_and_raw() -> None:
    naive = _page(body=BODY.replace("</h1>", '</h1><p class="dateline">Published 14 October 2024, 09:30</p>'))
    article = extract_article(naive, "https://news.example/a")
    assert article.date_published is None
    assert article.date_published_raw == "2024-10-14T09:30:00"
    zoned = _page(f'<meta property="article:published_time" content="2024-10-14T09:30:00+02:00">{""}')
    article = extract_article(zoned, "https://news.example/a")
    assert article.date_published == article.date_published_raw == "2024-10-14T09:30:00+02:00"
