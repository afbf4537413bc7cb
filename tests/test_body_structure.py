"""Unit tests of body structure recovery: legacy markup, teaser lists, embedded bodies, headings."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from lxml import etree, html

from newscrawl.extract import extract_article
from newscrawl.extract.body.blocks import blocks_from_text, blocks_from_xml
from newscrawl.extract.body.breaks import (
    paragraphs_from_breaks,
    paragraphs_from_sentence_lines,
    unwrap_layout_tables,
)
from newscrawl.extract.body.embedded import embedded_article_html
from newscrawl.extract.body.sections import grouped_sections
from newscrawl.extract.body.stories import other_stories, page_names, page_urls, site_host, url_key
from newscrawl.extract.page import parse_page
from newscrawl.items import Section

PROSE = (
    "The council voted on Tuesday to extend the night service on three lines during the festival week, "
    "citing record demand last year and complaints from workers on late shifts."
)
# A second paragraph that does not say the first again (one that did would be its pull quote).
OTHER_PROSE = (
    "Die Kommission kann Strafen von bis zu sechs Prozent des weltweiten Umsatzes verhängen, "
    "wenn eine Plattform die Regeln für Wahlen und Werbung nicht einhält."
)


def test_double_breaks_become_paragraphs_and_single_breaks_stay_inside() -> None:
    tree = html.fromstring(f"<div>{PROSE}<br><br><b>Night trains</b><br><br>{PROSE}<br>tail</div>")
    paragraphs_from_breaks(tree)
    paragraphs = list(tree.iter("p"))
    assert [" ".join(p.text_content().split()) for p in paragraphs] == [
        PROSE,
        "Night trains",
        f"{PROSE}tail",
    ]
    assert paragraphs[2].find("br") is not None  # the single break is kept inside


def test_layout_tables_unwrapped_but_data_tables_kept() -> None:
    tree = html.fromstring(
        "<html><body><table><tr><td><table><tr><td>x</td></tr></table>"
        f"<div>{PROSE * 2}</div></td></tr></table>"
        "<table><tr><th>Line</th><th>Trains</th></tr><tr><td>3</td><td>24</td></tr></table></body></html>"
    )
    unwrap_layout_tables(tree)
    assert [t.xpath("string(.)") for t in tree.iter("table")] == ["LineTrains324"]


def test_markdown_article_body() -> None:
    blocks = blocks_from_text("+++dropcap\nSee [the report](https://x.org/r) now.\n{: x}\n## Why\nBecause.")
    assert [(b.text, b.heading) for b in blocks] == [
        ("See the report now.", False),
        ("Why", True),
        ("Because.", False),
    ]


def test_lists_of_short_links_are_teaser_lists() -> None:
    body = etree.fromstring(
        "<body><list><item><ref target='/a'>One story</ref></item><item><ref target='/b'>Two</ref></item>"
        "<item>Three <ref target='/c'>stories</ref></item></list>"
        "<list><item>Plain point one</item><item>Plain point two</item></list></body>"
    )
    flags = [(b.text, b.in_link_list) for b in blocks_from_xml(body)]
    assert flags == [
        ("One story", True),
        ("Two", True),
        ("Three stories", True),
        ("Plain point one", False),
        ("Plain point two", False),
    ]


def test_embedded_article_html_found_in_script_json() -> None:
    article = "".join(f"<p>{PROSE} ({n})</p>" for n in range(4))
    data = json.dumps({"props": {"page": {"body": article, "title": "x"}}})
    page = parse_page(
        f"<html><body><div id='root'></div><script id='__NEXT_DATA__' type='application/json'>{data}"
        "</script></body></html>"
    )
    assert embedded_article_html(page) == article


def test_app_shell_page_yields_the_embedded_body() -> None:
    article = "".join(f"<p>{PROSE} ({n})</p>" for n in range(4))
    escaped = json.dumps(article)  # as inlined into a push() call
    page = (
        "<html><head><title>Night trains</title></head><body><div id='root'></div>"
        f"<script>self.__next_f.push([1, {escaped}])</script></body></html>"
    )
    result = extract_article(page, "https://news.example/a")
    assert [p[-3:] for p in result.sections[0].paragraphs] == ["(0)", "(1)", "(2)", "(3)"]


def test_headings_dropped_by_main_content_are_restored_before_their_paragraph() -> None:
    paragraphs = "".join(f"<p>{PROSE} ({n})</p>" for n in range(3))
    page = (
        "<html><body><article><h1>Night trains</h1>"
        f"{paragraphs}<h2>Who pays</h2><p>{PROSE} (paid)</p>"
        f"<h2>What next</h2><p>{PROSE} (next)</p></article></body></html>"
    )
    result = extract_article(page, "https://news.example/a")
    assert [s.heading for s in result.sections] == [None, "Who pays", "What next"]
    assert "Night trains" not in result.text


def test_split_body_containers_are_read_as_one_body() -> None:
    part = '<div class="body__container article__body">{}</div>'
    first = part.format("".join(f"<p>(first {n}) {PROSE}</p>" for n in range(3)))
    second = part.format("".join(f"<p>(second {n}) {PROSE}</p>" for n in range(2)))
    page = (
        "<html><body><article><h1>Night trains</h1>"
        f"<div class='row'>{first}<div class='rail'><div class='ad'>Advertisement</div></div></div>"
        f"<div class='row full-bleed-ad'><span>Advertisement</span></div><div class='row'>{second}</div>"
        "</article></body></html>"
    )
    paragraphs = extract_article(page, "https://news.example/a").sections[0].paragraphs
    assert [p.split(")", 1)[0] for p in paragraphs] == [
        "(first 0",
        "(first 1",
        "(first 2",
        "(second 0",
        "(second 1",
    ]


def test_saved_page_links_resolve_against_its_declared_location() -> None:
    page = (
        "<html><head><link rel='canonical' href='https://news.example/world/night-trains'></head>"
        f"<body><article><h1>Night trains</h1><figure><img src='/img/train.jpg'>"
        f"<figcaption>A night train. Photo: Reuters</figcaption></figure><p>{PROSE}</p>"
        f"<p>{PROSE} again</p></article></body></html>"
    )
    result = extract_article(page, "file:///home/me/saved/night-trains.html")
    assert result.url == "https://news.example/world/night-trains"
    assert [(i.url, i.caption, i.credit) for i in result.images] == [
        ("https://news.example/img/train.jpg", "A night train.", "Reuters")
    ]


def test_author_bio_caption_paragraph_and_republication_note_leave_the_body() -> None:
    page = (
        "<html><head><script type='application/ld+json'>"
        + json.dumps(
            {
                "@type": "NewsArticle",
                "headline": "Night trains extended",
                "author": {"@type": "Person", "name": "Jane Doe"},
            }
        )
        + "</script></head><body><article><h1>Night trains extended</h1>"
        f"<p>{PROSE}</p><img src='crowd.jpg'>"
        "<p>Pictured from left, are drivers Ann Lee and Bea Moyo at the depot.</p>"
        f"<p>{PROSE} More trains run on Sundays.</p>"
        f"<p>Jane Doe is a transport reporter at the Example Post.</p>"
        "<p>First published in The Conversation.</p><p>SDA/sep</p></article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/1")
    assert article.authors == ["Jane Doe"]
    assert "Pictured" not in article.text
    assert "transport reporter" not in article.text
    assert "First published" not in article.text
    assert "SDA" not in article.text
    assert PROSE in article.text and "More trains run on Sundays." in article.text


def test_a_further_story_appended_below_is_not_part_of_the_body() -> None:
    first = "".join(f"<p class='body-text'>{PROSE} Part {i} of the first story.</p>" for i in range(3))
    second = "".join(
        f"<p class='body-text'>A different story about ferries, paragraph {i}, "
        "long enough to be body text on its own page.</p>"
        for i in range(3)
    )
    page = (
        "<html><body><main><article class='story'><h1>Night trains extended</h1>"
        f"<div class='body'>{first}</div></article>"
        "<div class='next'><article class='story second'><h1>Ferries cancelled</h1>"
        f"<div class='body'>{second}</div></article></div></main></body></html>"
    )
    article = extract_article(page, "https://news.example/a/1")
    assert "Part 2 of the first story." in article.text
    assert "ferries" not in article.text.casefold()


def test_page_address_keys_ignore_host_query_and_trailing_slash() -> None:
    assert url_key("https://news.example/a/story-1/?utm=x#top") == "/a/story-1"
    assert url_key("/a/Story-1") == "/a/story-1"
    assert url_key("https://news.example/") == ""
    assert url_key("mailto:desk@news.example") == ""


def _urlsplit_key(url: str) -> tuple[str, str]:
    """url_key and site_host as urlsplit reads them (what their plain-address path must equal)."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return "", ""
    path = parts.path.rstrip("/").casefold()
    key = path if parts.scheme in ("", "http", "https") and path.count("/") >= 1 and len(path) > 1 else ""
    return key, host


@pytest.mark.parametrize(
    "url",
    [
        "",
        "#top",
        "//cdn.example/a/b.js",
        "///a/b",
        "HTTPS://WWW.News.Example/A/B/?q=1#f",
        "http://user:pw@Host.example:8080/a/b",
        "http://user@a@b.example/x/y",
        "http://Host%Zone:9/a/b",
        "http://:80/a/b",
        "http:/a/b",
        "http:a/b",
        "x-y+z.w://host/a/b",
        "-a://host/b/c",
        "1a:b/c",
        "ab/c:d/e",
        "/p#f?q",
        "/p?q#f",
        "?a/b",
        "javascript:void(0)",
        "ftp://host/a/b",
        "http://[::1]/a/b",
        "http://[::1/a/b",
        "http://a]/b/c",
        "\thttp://host/a/b\n",
        "http://host/a\tb/c",
        "\x00http://host/a/b",
        "http://bücher.example/a/b",
        "https://news.example/grüße/b",
        " \u00a0https://news.example/a/b\u00a0 ",
    ],
)
def test_page_address_keys_read_as_urlsplit_reads_them(url: str) -> None:
    # A plain address is split by one regex match, any other by urlsplit: the same either way.
    assert (url_key(url), site_host(url)) == _urlsplit_key(url)


def test_a_live_blog_keeps_its_many_dated_posts() -> None:
    posts = "".join(
        f"<h2>Update {i}: the night service</h2><p class='meta'><time datetime='2025-05-0{i}'>May {i}, 2025"
        f"</time></p><p>{PROSE} Post {i}.</p><p>{PROSE} More of post {i}.</p>"
        for i in range(1, 6)
    )
    page = (
        "<html><head><meta property='og:title' content='Live: night trains extended'></head><body>"
        "<div class='live'><h1>Live: night trains extended</h1>"
        + "".join(f"<p>{PROSE} Intro {i}.</p>" for i in range(5))
        + f"{posts}</div></body></html>"
    )
    parsed = parse_page(page, "https://news.example/live/1")
    assert other_stories(parsed.tree, page_names(parsed), page_urls(parsed)) == []
    article = extract_article(page, "https://news.example/live/1")
    assert all(f"More of post {i}." in article.text for i in range(1, 6))


def test_sections_under_undated_headlines_a_dated_sub_heading_and_a_listicles_linked_items_stay() -> None:
    items = "".join(
        f"<div class='item'><h3><a href='/places/{i}'>Place {i}</a></h3><p>{PROSE} Place {i}.</p>"
        f"<p>{PROSE} Why go to place {i}.</p></div>"
        for i in range(3)
    )
    page = (
        "<html><head><meta property='og:title' content='Night trains: where to go'></head><body>"
        f"<div class='post'><h1>Night trains: where to go</h1><p>{PROSE} Intro.</p><p>{PROSE} Why.</p>"
        f"<h2>Timeline</h2><p>Spring 2019: the first night trains</p><p>{PROSE} Timeline.</p>"
        f"<h1>Conclusion of the guide</h1><p>{PROSE} Last part.</p><p>{PROSE} The end.</p>{items}</div>"
        "</body></html>"
    )
    parsed = parse_page(page, "https://news.example/guide/1")
    assert other_stories(parsed.tree, page_names(parsed), page_urls(parsed)) == []
    article = extract_article(page, "https://news.example/guide/1")
    assert "The end." in article.text and "Timeline." in article.text
    assert all(f"Why go to place {i}." in article.text for i in range(3))


def test_display_title_above_the_standfirst_is_not_a_section_heading() -> None:
    standfirst = "Wahleinmischung per Algorithmus? Tiktok steht im Verdacht, Einflüsse zu dulden."
    page = (
        "<html><head><meta property='og:title' content='Tiktok: Brüssel untersucht'></head><body>"
        "<h1>Tiktok: Brüssel untersucht</h1><article><header><h2>Europäische Kommission: "
        f"Verfahren gegen Tiktok</h2><p class='standfirst'>{standfirst}</p></header>"
        f"<p>{PROSE}</p><h2>Strenge Regeln durch EU-Gesetz</h2><p>{OTHER_PROSE}</p>"
        "</article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/1")
    assert article.description == standfirst
    assert [s.heading for s in article.sections] == [None, "Strenge Regeln durch EU-Gesetz"]


def test_lines_that_are_whole_sentences_become_paragraphs_but_verse_keeps_its_breaks() -> None:
    tree = html.fromstring(
        "<div><p><br>The suspect, 18, was arrested at the house on the day of the attack.<br>"
        "<b>His sister</b> said the family was still struggling to accept what had happened.</p>"
        "<p>Roses are red<br>violets are blue<br>sugar is sweet</p>"
        "<p>12 Harbour Road<br>Durban 4001</p></div>"
    )
    paragraphs_from_sentence_lines(tree)
    texts = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    assert texts[:2] == [
        "The suspect, 18, was arrested at the house on the day of the attack.",
        "His sister said the family was still struggling to accept what had happened.",
    ]
    assert tree.xpath("//p/b")[0].text == "His sister"
    assert texts[2:] == ["Roses are redviolets are bluesugar is sweet", "12 Harbour RoadDurban 4001"]
    assert len(tree.xpath("//p[3]/br")) == 2


def test_a_credit_line_repeating_an_image_credit_adds_no_image() -> None:
    page = (
        "<html><body><article><h1>Night trains extended</h1>"
        "<figure><img src='https://news.example/img/lead.jpg'><figcaption>Crowds at the station."
        "<span class='credit'>Photo: Handout/AFP</span></figcaption></figure>"
        f"<p>{PROSE}</p><p>Photo: Handout/AFP</p><p>{PROSE} Again.</p>"
        "<p>Photo: Reuters</p></article></body></html>"
    )
    article = extract_article(page, "https://news.example/a/1")
    assert [(i.url, i.credit) for i in article.images] == [
        ("https://news.example/img/lead.jpg", "Handout/AFP"),
        (None, "Reuters"),
    ]
    assert "Handout" not in article.text and "Reuters" not in article.text


def test_a_part_title_directly_over_its_first_sub_heading_keeps_its_text() -> None:
    body = etree.fromstring(
        f"<body><p>{PROSE}</p><head rend='h2'>Part two: the budget</head>"
        f"<head rend='h3'>Where the money comes from</head><p>{PROSE}</p>"
        f"<head rend='h3'>Parking charges</head><head rend='h3'>What the opposition says</head>"
        f"<p>{PROSE}</p><head rend='h3'>Nothing under it</head></body>"
    )
    assert grouped_sections(blocks_from_xml(body))[0] == [
        Section(heading=None, paragraphs=[PROSE]),
        Section(heading="Part two: the budget", paragraphs=[]),
        Section(heading="Where the money comes from", paragraphs=[PROSE]),
        Section(heading="What the opposition says", paragraphs=[PROSE]),
    ]


def test_a_blocks_text_is_its_text_nodes_comments_and_instructions_left_out() -> None:
    body = etree.fromstring(
        "<body><p>One<!--note--> two<?pi x?> three <hi rend='#b'>bold<!--c--></hi>"
        "<lb/>four <ref target='/x'>link</ref></p><head>Title <ref target='#t'>#</ref></head>"
        "<list><item>Item <hi rend='#b'>all</hi></item><item/></list></body>"
    )
    blocks = blocks_from_xml(body)
    assert [(b.text, b.heading, b.bold, b.list_item, b.node is not None) for b in blocks] == [
        ("One two three bold four link", False, False, False, True),
        ("Title", True, False, False, True),
        ("Item all", False, False, True, True),
    ]
    assert blocks[0].link_ratio == len("link") / len(blocks[0].text)
