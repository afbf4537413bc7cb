"""Table-driven tests for extract_metadata over small hand-written pages (no network)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newscrawl.extract.meta.description import _is_credited_caption
from newscrawl.extract.meta.language import SAME_LANGUAGE, contradicting_language
from newscrawl.extract.meta.metadata import Metadata, extract_metadata
from newscrawl.extract.page import parse_page

HEADLINE = "Vladimir Putin speaks to Macron, says 'US & NATO didn't address Russia's prime concerns'"
STANDFIRST = (
    "Russian President Vladimir Putin made it clear that the responses by the US and NATO did "
    "not address Russia's main security concerns over Ukraine."
)
BODY = (
    "On Friday, January 28, Russian President Vladimir Putin held a telephonic conversation "
    "with his French counterpart Emmanuel Macron and expressed concerns over the responses."
)


def _ld(obj: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def _meta(page: str, url: str | None = "https://news.example.com/a/1") -> Metadata:
    return extract_metadata(parse_page(page, url))


# ------------------------------------------------------------------- the reference article

REFERENCE_PLAIN_DIV = _page(
    "",
    "<div><div>Home</div><div>World</div></div>"
    "<div>Updated January 29th, 2022 at 16:40 IST</div>"
    f"<div>{HEADLINE.replace('&', '&amp;')}</div>"
    f"<div>{STANDFIRST}</div>"
    "<div><div>Reported by: <a href='/profile/x'>Anurag Roushan</a></div></div>"
    "<div>Image: AP | Image:self</div><div>Advertisement</div>"
    f"<div>{BODY}</div><div>{BODY}</div>"
    "<div>Published January 29th, 2022 at 16:40 IST</div>",
    lang="",
)
REFERENCE_SEMANTIC = _page(
    f"<title>{HEADLINE.replace('&', '&amp;')} - Republic World</title>"
    '<meta property="og:site_name" content="Republic World">',
    "<article><div class='meta'>Updated January 29th, 2022 at 16:40 IST</div>"
    f"<h1>{HEADLINE.replace('&', '&amp;')}</h1>"
    f"<p class='story-standfirst'>{STANDFIRST}</p>"
    "<div class='byline'>Reported by: <a rel='author' href='/a'>Anurag Roushan</a></div>"
    f"<p>{BODY}</p><p>{BODY}</p>"
    "<div>Published January 29th, 2022 at 16:40 IST</div></article>",
)


@pytest.mark.parametrize("page", [REFERENCE_PLAIN_DIV, REFERENCE_SEMANTIC], ids=["plain-div", "semantic"])
def test_reference_article(page: str) -> None:
    meta = _meta(page, None)
    assert meta.headline == HEADLINE
    assert meta.description == STANDFIRST
    assert meta.authors == ["Anurag Roushan"]
    assert meta.date_published == "2022-01-29T16:40:00+05:30"
    assert meta.date_modified == "2022-01-29T16:40:00+05:30"


# -------------------------------------------------------------------------------- headline

HEADLINE_CASES = [
    pytest.param(
        _page(
            '<meta property="og:title" content="Ziele, Chancen, Risiken | DW | 28.04.2023">'
            '<meta property="og:site_name" content="DW.COM">',
            "<h1>Ziele, Chancen, Risiken</h1>",
        ),
        "Ziele, Chancen, Risiken",
        "h1",
        id="site-and-date-suffix",
    ),
    pytest.param(
        _page(
            "<title>Russia hits Kyiv with missile - National | Globalnews.ca</title>"
            '<meta property="og:title" content="Russia hits Kyiv with missile - National | '
            'Globalnews.ca">'
        ),
        "Russia hits Kyiv with missile - National",
        "meta",
        id="host-suffix",
    ),
    pytest.param(
        _page(
            '<meta property="og:title" content="Brand in Lichterfelde \u2013 Berliner Zeitung">'
            '<meta property="og:site_name" content="Berliner Zeitung">'
        ),
        "Brand in Lichterfelde",
        "meta",
        id="site-name-suffix",
    ),
    pytest.param(
        _page(
            _ld({"@type": "NewsArticle", "headline": "Bubi-Bomber wieder da | Sport"})
            + '<meta property="og:title" content="Bubi-Bomber wieder da">',
            "<h1>Bubi-Bomber wieder da</h1>",
        ),
        "Bubi-Bomber wieder da",
        "h1",
        id="section-suffix-cut-by-agreeing-source",
    ),
    pytest.param(
        _page(
            _ld({"@type": "NewsArticle", "headline": "Declared headline of the story"})
            + "<title>Different teaser title</title>",
            "<h1>Different teaser title</h1>",
        ),
        "Declared headline of the story",
        "json-ld",
        id="json-ld-beats-h1-title-pair",
    ),
    pytest.param(
        _page(
            _ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig",
                }
            )
            + '<meta property="og:title" content="Judy Lybke, ganz und gar nicht eigenartig">'
        ),
        "Judy Lybke, ganz und gar nicht eigenartig",
        "json-ld",
        id="kicker-cut-by-declared-source",
    ),
    pytest.param(
        _page(
            _ld({"@type": "NewsArticle", "headline": "Nationaler Veteranentag: Orden fürs Morden"})
            + '<meta property="og:title" content="Nationaler Veteranentag: Orden fürs Morden">',
            "<h1>Orden fürs Morden</h1>",
        ),
        "Nationaler Veteranentag: Orden fürs Morden",
        "json-ld",
        id="kicker-kept-when-declared",
    ),
    pytest.param(
        _page(_ld({"@type": "NewsArticle", "headline": "T&uuml;rkiye&#039;de orman yang\u0131nlar\u0131"})),
        "T\u00fcrkiye'de orman yang\u0131nlar\u0131",
        "json-ld",
        id="entities-in-json-ld",
    ),
    pytest.param(
        _page(
            _ld({"@type": "NewsArticle", "name": "Name stands in for a missing headline"})
            + _ld({"@type": "WebPage", "name": "Page title | Site"})
        ),
        "Name stands in for a missing headline",
        "json-ld",
        id="json-ld-name",
    ),
    pytest.param(
        _page(
            "<title>Diario del Turia - Valencia amplía el horario del metro</title>",
            "<table><tr><td><b>Valencia amplía el horario del metro</b></td></tr></table>",
        ),
        "Valencia amplía el horario del metro",
        "title",
        id="site-prefix-in-title",
    ),
    pytest.param(
        _page(
            "<title>Mudslinging between the two stars explained - Entermedia</title>",
            "<h1 id='site-title'><a href='/'>Enter Media</a></h1><div>"
            "<h2>Mudslinging between the two stars explained</h2></div>",
        ),
        "Mudslinging between the two stars explained",
        "title",
        id="logo-h1-ignored",
    ),
    pytest.param(
        _page(
            "", f"<div>Updated 3 May 2024</div><div>A headline only shown as a block</div><div>{BODY}</div>"
        ),
        "A headline only shown as a block",
        "heading",
        id="no-declared-headline",
    ),
]


@pytest.mark.parametrize(("page", "headline", "source"), HEADLINE_CASES)
def test_headline(page: str, headline: str, source: str) -> None:
    meta = _meta(page)
    assert meta.headline == headline
    assert meta.provenance["headline"] == source


# ----------------------------------------------------------------------------- description

DESCRIPTION_CASES = [
    pytest.param(
        _page(
            '<meta name="description" content="An SEO line.">',
            f"<article><h1>Title of it all</h1><p class='article__standfirst'>{STANDFIRST}</p>"
            f"<p>{BODY}</p></article>",
        ),
        STANDFIRST,
        id="classed-standfirst",
    ),
    pytest.param(
        _page(
            "",
            f"<article><h1>Title of it all</h1><div class='dek'><p>{STANDFIRST}</p>"
            f"<p>{STANDFIRST}</p></div><p>{BODY}</p></article>",
        ),
        f"{STANDFIRST}\n\n{STANDFIRST}",
        id="multi-paragraph-dek",
    ),
    pytest.param(
        _page(
            '<meta property="og:description" content="Social card text for the story.">',
            f"<article><h1>Title of it all</h1><p class='byline'>By Jane Doe</p><p>{BODY}</p></article>",
        ),
        "Social card text for the story.",
        id="declared-when-no-dek",
    ),
    pytest.param(
        _page(
            "",
            f"<article><h1>Title of it all</h1><p>By Jane Doe</p><p>May 3, 2024</p>"
            f"<p>{BODY}</p><p>{BODY}</p></article>",
        ),
        None,
        id="first-body-paragraph-is-not-a-dek",
    ),
    pytest.param(
        _page(
            "",
            f"<article><h1>Title of it all</h1><figure><img src='a.jpg'>"
            "<figcaption class='summary'>Travelers wait in line at a ticket counter at "
            "the airport. (AP Photo/Rosa Delgado)</figcaption></figure>"
            f"<p>By Jane Doe</p><p>{BODY}</p></article>",
        ),
        None,
        id="caption-is-not-a-dek",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="An SEO line.">',
            f"<article><header><h1>Title of it all</h1><h2 class='doc_header__subheader'>"
            f"{STANDFIRST}</h2></header><p class='intro'>{BODY}</p></article>",
        ),
        STANDFIRST,
        id="subheader-class-is-a-dek",
    ),
    pytest.param(
        _page(
            "",
            f"<article><h1>Title of it all</h1><div class='article__preamble'>"
            f"<p>{STANDFIRST}</p><figure><img src='a.jpg'><figcaption>A caption of the "
            f"picture.</figcaption></figure><p>{STANDFIRST}</p></div><p>{BODY}</p></article>",
        ),
        f"{STANDFIRST}\n\n{STANDFIRST}",
        id="dek-holding-a-picture",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="An SEO rewrite of the summary, for search.">',
            f"<article><h1>Title of it all</h1><div class='copy-lg'>{STANDFIRST}</div>"
            f"<address>Von Jane Doe</address><p>{BODY}</p></article>",
        ),
        STANDFIRST,
        id="shown-dek-above-byline-beats-meta-rewrite",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="An SEO rewrite of the summary, for search.">',
            "<article><h1>Title of it all</h1><div>Veröffentlicht am 13. Mai 2026 um 15:44 "
            f"Uhr, drei Minuten Lesezeit für alle.</div><address>Von Jane Doe</address>"
            f"<p>{BODY}</p></article>",
        ),
        "An SEO rewrite of the summary, for search.",
        id="date-line-is-not-a-dek",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="An SEO rewrite of the summary, for search.">'
            + _ld({"@type": "NewsArticle", "headline": "The SEO headline of the story"}),
            "<ol style='display:none'><li><h1>The SEO headline of the story</h1></li></ol>"
            "<article><h2>Kicker: A shown title worded otherwise</h2>"
            f"<p>{STANDFIRST}</p><p>By Jane Doe</p><p>{BODY}</p></article>",
        ),
        STANDFIRST,
        id="dek-under-a-differently-worded-shown-title",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="Bringing the world to you, every day.">',
            "<article><h1>Title of it all</h1><h2>CHINESE DRILLS: Manila accused Beijing's maritime "
            "militia of sideswiping a civilian patrol boat near the shoal</h2>"
            f"<p>AFP, MANILA</p><p>{BODY}</p><h2>A short sub-heading</h2><p>{BODY}</p></article>",
        ),
        "CHINESE DRILLS: Manila accused Beijing's maritime militia of sideswiping a civilian patrol "
        "boat near the shoal",
        id="sentence-long-heading-under-the-headline-is-the-dek",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="Bringing the world to you, every day.">',
            "<article><h1>Title of it all</h1><h2><a href='#summary'>CHINESE DRILLS: Manila accused "
            "Beijing's maritime militia of sideswiping a civilian patrol boat near the shoal</a></h2>"
            f"<p>AFP, MANILA</p><p>{BODY}</p><h2>A short sub-heading</h2><p>{BODY}</p></article>",
        ),
        "CHINESE DRILLS: Manila accused Beijing's maritime militia of sideswiping a civilian patrol "
        "boat near the shoal",
        id="a-dek-heading-that-links-to-a-part-of-the-page-is-the-dek",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="Bringing the world to you, every day.">',
            "<article><h1>Title of it all</h1><h2><a href='/news/other-story'>CHINESE DRILLS: Manila "
            "accused Beijing's maritime militia of sideswiping a civilian patrol boat near the shoal"
            f"</a></h2><p>AFP, MANILA</p><p>{BODY}</p><h2>A short sub-heading</h2><p>{BODY}</p></article>",
        ),
        "Bringing the world to you, every day.",
        id="a-heading-that-links-to-another-page-is-no-dek",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="An SEO rewrite of the summary, for search.">',
            "<article><h1>Title of it all</h1><div>Publiziert 6. November 2025, 12:26</div>"
            f"<div>{STANDFIRST}</div><div>von Jane Doe</div><p>{BODY}</p></article>",
        ),
        STANDFIRST,
        id="dek-between-date-line-and-byline",
    ),
    pytest.param(
        _page(
            '<meta name="description" content="JANE DOE">'
            + _ld({"@type": "NewsArticle", "description": "The real summary of the story."})
        ),
        "The real summary of the story.",
        id="a-name-is-not-a-description",
    ),
    pytest.param(
        _page(_ld({"@type": "NewsArticle", "description": "Only in JSON-LD, the description."})),
        "Only in JSON-LD, the description.",
        id="json-ld-fallback",
    ),
    pytest.param(
        _page(
            '<meta property="og:description" content="The council voted on Tuesday to...">'
            + _ld(
                {
                    "@type": "NewsArticle",
                    "description": "The council voted on Tuesday to close the old bridge to cars from June.",
                }
            )
        ),
        "The council voted on Tuesday to close the old bridge to cars from June.",
        id="shortened-copy-loses-to-full",
    ),
]


@pytest.mark.parametrize(("page", "description"), DESCRIPTION_CASES)
def test_description(page: str, description: str | None) -> None:
    assert _meta(page).description == description


# --------------------------------------------------------------------------------- authors

AUTHOR_CASES = [
    pytest.param(
        _ld({"@type": "NewsArticle", "author": "Samya Kullab and Vasilisa Stepanenko"}),
        "",
        ["Samya Kullab", "Vasilisa Stepanenko"],
        id="ld-string",
    ),
    pytest.param(
        _ld(
            {
                "@type": "NewsArticle",
                "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
            }
        ),
        "",
        ["Jane Doe", "John Roe"],
        id="ld-list",
    ),
    pytest.param(
        _ld({"@type": "NewsArticle", "author": {"givenName": "Birgit", "familyName": "Baumann"}}),
        "",
        ["Birgit Baumann"],
        id="ld-given-family",
    ),
    pytest.param(
        _ld(
            {
                "@graph": [
                    {"@type": "NewsArticle", "author": {"@id": "#p1"}},
                    {"@type": "Person", "@id": "#p1", "name": "Ada Lovelace"},
                ]
            }
        ),
        "",
        ["Ada Lovelace"],
        id="ld-id-reference",
    ),
    pytest.param(
        _ld({"@type": "NewsArticle", "author": {"@type": "Person", "url": "https://x.test/jane"}}),
        "<p class='byline'>By Jane Doe</p>",
        ["Jane Doe"],
        id="ld-url-only-falls-back",
    ),
    pytest.param(
        '<meta name="author" content="https://www.facebook.com/paper">'
        '<meta property="article:author" content="Jane Doe">',
        "",
        ["Jane Doe"],
        id="meta-url-skipped",
    ),
    pytest.param(
        '<meta property="og:site_name" content="Salzburger Nachrichten">'
        + _ld(
            {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Salzburger Nachrichten"}}
        ),
        "<article><h1>Headline here</h1><p>Von Max Muster</p></article>",
        ["Max Muster"],
        id="publisher-is-not-an-author",
    ),
    pytest.param(
        '<meta property="og:site_name" content="Some Paper">'
        + _ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "dpa"}}),
        "",
        ["dpa"],
        id="agency-byline-kept",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><span class='author-name'><a href='/a'>Jane Doe</a></span></article>",
        ["Jane Doe"],
        id="author-element",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><span data-testid='storyByline'>By Jane Doe</span>"
        "<a rel='Author' href='/john'>John Roe</a><span itemprop='AUTHOR'>Ann Lee</span>"
        "<span id='WRITER'>Bea Moyo</span></article>",
        ["Jane Doe", "John Roe", "Ann Lee", "Bea Moyo"],
        id="author-elements-marked-in-any-attribute-and-case",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><p>By JANE DOE and JOHN ROE, Associated Press</p></article>",
        ["Jane Doe", "John Roe"],
        id="visible-byline",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><p>No byline on this one.</p>"
        "<a href='/other-story'><h3>Another story</h3><p>Some teaser text about "
        "another story entirely.</p><h6>By Ben Blanchard and Yimou Lee</h6></a>"
        "</article>",
        [],
        id="byline-of-a-teaser-card",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><ul><li><strong>Datum</strong> 28.04.2023"
        "</li><li><strong>Autorin/Autor</strong> Roman Gonz</li></ul></article>",
        ["Roman Gonz"],
        id="label-in-both-genders",
    ),
    pytest.param(
        _ld(
            {"@type": "NewsArticle", "author": {"@id": "https://p.example/author/admin/", "name": "Paper D"}}
        ),
        "<article><h1>Headline here</h1><p>by <a href='https://p.example/author/admin/' "
        "rel='author'>Paper D</a> | 5 November 2024</p><p><strong>JANE DOE</strong></p>"
        f"<p>{BODY}</p></article>",
        ["Jane Doe"],
        id="house-account-skipped-bold-name-line-used",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><p><em>…as villagers cry foul</em></p>"
        "<p><strong>Ann Lee/Bea Moyo</strong></p>"
        f"<p><strong>A</strong> {BODY}</p></article>",
        ["Ann Lee", "Bea Moyo"],
        id="bold-names-before-the-story",
    ),
    pytest.param(
        "",
        f"<article><h1>Headline here</h1><p>{BODY}</p><p><strong>Breaking News Today</strong></p></article>",
        [],
        id="bold-line-after-the-story-began-is-not-a-byline",
    ),
    pytest.param(
        _ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "John Roe"}]}),
        "<article><h1>Headline here</h1><a rel='author' href='/jane'>Jane Doe</a>"
        "<a rel='author' href='/john'>John Roe</a></article>",
        ["Jane Doe", "John Roe"],
        id="shown-byline-completes-json-ld",
    ),
    pytest.param(
        _ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "John Roe"}]}),
        "<article><h1>Headline here</h1><a rel='author' href='/jane'>Jane Doe</a></article>",
        ["John Roe"],
        id="shown-byline-disagreeing-loses-to-json-ld",
    ),
    pytest.param(
        _ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "John Roe"}]}),
        "<article><h1>Headline here</h1><p itemprop='author'>Von John Roe</p>"
        "<ul><li><a href='/x'>Another story</a><p itemprop='author'>Von Ann Lee</p></li></ul>"
        "<div class='ExternalLinkEmbed'><p itemprop='author'>Von Bea Moyo</p></div></article>",
        ["John Roe"],
        id="bylines-of-story-cards-do-not-join",
    ),
    pytest.param(
        "",
        "<article><h1>Headline here</h1><p>By the way, nobody signed this.</p></article>",
        [],
        id="no-author",
    ),
]


@pytest.mark.parametrize(("head", "body", "authors"), AUTHOR_CASES)
def test_authors(head: str, body: str, authors: list[str]) -> None:
    assert _meta(_page(head, body)).authors == authors


# ----------------------------------------------------------------------------------- dates

DATE_CASES = [
    pytest.param(
        _page(
            _ld(
                {
                    "@type": "NewsArticle",
                    "datePublished": "2024-05-03T14:24:00.000Z",
                    "dateModified": "2024-05-03T14:58:53.000Z",
                }
            )
        ),
        "2024-05-03T14:24:00+00:00",
        "2024-05-03T14:58:53+00:00",
        id="json-ld-z",
    ),
    pytest.param(
        _page(
            _ld({"@type": "NewsArticle", "datePublished": "2023-04-28 18:11:01.0"})
            + '<meta name="date" content="2023-04-28T18:11:01+02:00">',
            lang="",
        ),
        "2023-04-28T18:11:01+02:00",
        None,
        id="naive-borrows-offset-of-same-wall-clock",
    ),
    pytest.param(
        _page(
            _ld({"@type": "NewsArticle", "datePublished": "2024-10-15T23:35:43"})
            + '<meta property="article:published_time" content="2024-10-15T21:35:43Z">',
            lang="",
        ),
        "2024-10-15T23:35:43+02:00",
        None,
        id="naive-local-time-of-a-utc-stamp",
    ),
    pytest.param(
        _page(
            '<meta property="article:published_time" content="2024-04-26">',
            "<time datetime='2024-04-26T10:15:00+02:00'>26.04.2024</time>",
        ),
        "2024-04-26T10:15:00+02:00",
        None,
        id="bare-day-gets-time-of-same-day",
    ),
    pytest.param(
        _page("", "<h1>Headline here</h1><p>28.04.2023, 14:05 Uhr</p>", lang="de"),
        "2023-04-28T14:05:00+02:00",
        None,
        id="visible-naive-in-language-zone",
    ),
    pytest.param(
        _page("", "<h1>Headline here</h1><p>May 3, 2024 10:00</p>", lang="en"),
        "2024-05-03T10:00:00",
        None,
        id="naive-stays-naive-without-a-zone",
    ),
    pytest.param(
        _page(
            "",
            "<h1>Headline here</h1><p>Publié le 3 mai 2024 à 10h30, mis à jour le 3 mai 2024 à 12h15</p>",
            lang="fr",
        ),
        "2024-05-03T10:30:00+02:00",
        "2024-05-03T12:15:00+02:00",
        id="french-published-updated",
    ),
    pytest.param(
        _page("", "<h1>Headline here</h1><p>Updated 3 May 2024 10:00 GMT</p>"),
        "2024-05-03T10:00:00+00:00",
        "2024-05-03T10:00:00+00:00",
        id="only-updated-shown",
    ),
    pytest.param(
        _page("", "<h1>Headline here</h1><p>Only 3 May 2024 shown</p><p>3 May 2024</p>"),
        "2024-05-03",
        None,
        id="bare-day-when-no-time-anywhere",
    ),
    pytest.param(_page("", "<p>No dates here.</p>"), None, None, id="none"),
]


@pytest.mark.parametrize(("page", "published", "modified"), DATE_CASES)
def test_dates(page: str, published: str | None, modified: str | None) -> None:
    meta = _meta(page)
    assert (meta.date_published, meta.date_modified) == (published, modified)


# ------------------------------------------------------------------------ the small fields


def test_site_language_tags_url() -> None:
    page = _page(
        '<meta property="og:site_name" content="The Daily Example">'
        '<meta name="keywords" content="Politics, Europe, politics">'
        '<meta property="article:tag" content="Ukraine">'
        '<meta property="og:url" content="/world/story-1">'
        + _ld({"@type": "NewsArticle", "keywords": ["Europe", "Diplomacy"], "inLanguage": "fr"}),
        lang="en-GB",
    )
    meta = _meta(page)
    assert meta.site_name == "The Daily Example"
    assert meta.language == "en"
    assert meta.tags == ["Ukraine", "Politics", "Europe", "Diplomacy"]
    assert meta.url == "https://news.example.com/world/story-1"


@pytest.mark.parametrize(
    ("head", "lang", "language"),
    [
        ("", "de-DE", "de"),
        ('<meta http-equiv="content-language" content="pt-BR">', "", "pt"),
        ('<meta property="og:locale" content="sv_SE">', "", "sv"),
        (_ld({"@type": "NewsArticle", "inLanguage": "it-IT"}), "", "it"),
        ("", "", None),
    ],
)
def test_language_sources(head: str, lang: str, language: str | None) -> None:
    assert _meta(_page(head, lang=lang)).language == language


def test_url_from_json_ld_main_entity() -> None:
    page = _page(_ld({"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://news.example.com/x"}}))
    assert _meta(page, None).url == "https://news.example.com/x"


def test_empty_page_gives_empty_metadata() -> None:
    meta = _meta(_page(lang=""), None)
    assert meta == Metadata(provenance={})


def test_over_long_title_is_not_a_headline() -> None:
    page = _page(f"<title>{'x | ' * 20_000}</title>", "<p>text</p>")
    assert _meta(page).headline is None


def test_deeply_nested_page() -> None:
    """Thousands of nested elements: no recursion error, headline and byline still found."""
    depth = 1100  # beyond the interpreter's default recursion limit
    page = _page("", "<div>" * depth + "<h1>Deep headline here</h1><p>By Jane Doe</p>" + "</div>" * depth)
    meta = _meta(page)
    assert (meta.headline, meta.authors) == ("Deep headline here", ["Jane Doe"])


# -------------------------------------------------------------------- language of the text

_GERMAN = (
    "Im zweiten Jahr ist aus dem brachliegenden Grundstück hinter der Schule ein richtiger Garten "
    "geworden. Zwanzig Familien teilen sich inzwischen die Beete, und jeden Samstag wird gemeinsam "
    "gegossen, gejätet und geerntet. Die Tomaten sind in diesem Sommer besonders gut gewachsen, nur "
    "die Schnecken haben uns bei den Salaten das Leben schwer gemacht. Nächstes Jahr wollen wir "
    "deshalb Hochbeete bauen und einen kleinen Teich für Kröten anlegen. Wer mitmachen möchte, kann "
    "einfach an einem Samstagvormittag vorbeikommen."
)


def test_a_long_text_overrules_a_declared_language_it_is_clearly_not_in() -> None:
    assert contradicting_language("en", _GERMAN) == "de"
    assert contradicting_language("de", _GERMAN) is None


def test_a_short_text_never_overrules_the_declared_language() -> None:
    assert contradicting_language("en", "Die Tomaten sind in diesem Sommer gut gewachsen.") is None


def test_languages_the_model_does_not_tell_apart_never_contradict() -> None:
    bokmal = (
        "Den nye gang- og sykkelbroen over elva ble åpnet av ordføreren lørdag formiddag, og flere "
        "hundre mennesker hadde møtt opp for å gå over den første gangen. Broen er nitti meter lang og "
        "har fått belysning langs hele rekkverket. Den gjør veien mellom boligfeltet og skolen nesten "
        "en kilometer kortere for elevene, og kommunen har brukt to år på prosjektet."
    )
    assert any({"no", "nb"} <= group for group in SAME_LANGUAGE)
    assert contradicting_language("nb", bokmal) is None


def test_json_ld_strings_lose_the_control_characters_their_escapes_give() -> None:
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Bell\\u0007 back\\bspace form\\ffeed", "url": "https:\\/\\/x.test\\/a", '
        '"description": "two\\nlines\\tand \\"quotes\\""}</script>'
    )
    plain = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "As \\/ is"}</script>'
    dirty, clean = parse_page(_page(script)).json_ld[0], parse_page(_page(plain)).json_ld[0]
    assert dirty["headline"] == "Bell backspace formfeed"
    assert (dirty["url"], dirty["description"]) == ("https://x.test/a", 'two\nlines\tand "quotes"')
    assert clean == {"@type": "NewsArticle", "headline": "As / is"}


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("© WSNA", True),
        ("Foto: dpa", True),
        ("Photo: Jane Smith", True),
        ("(c) Stadt Wien", True),
        ("Bildquelle：Peter Lang", True),
        ("Der Hafen am Abend, von der Brücke aus gesehen.\n\nFoto: Peter Lang", True),
        ("Rust am Westufer. Foto: Peter Lang", True),
        ("Der Hafen am Abend. © Stadt Wien", True),
        ("Photo AFP", False),  # a label without its colon (the body cleaner's is_credit_line takes it)
        ("Foto: dpa. Mehr dazu im Text.", False),  # a sentence after it
        ("Der Hafen am Abend Foto: Peter Lang", False),  # no closing mark before it
        ("Photo: " + "x" * 61, False),  # too long for a name
        ("Die Stadt plant eine neue Brücke über den Fluss.", False),
    ],
)
def test_a_picture_credit_makes_a_block_a_caption_not_a_dek(text: str, credited: bool) -> None:
    """A block that is, or closes with, a picture's credit (a label with its colon, "©" or
    "(c) ", then a short name) is a caption in a dek's clothes."""
    assert _is_credited_caption(text) is credited
