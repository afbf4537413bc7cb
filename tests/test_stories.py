"""Pages with more than one story (body/stories.py): what tells a live blog's posts, a stream
of stories and a row of story cards from the story itself."""

from __future__ import annotations

import json

from newscrawl.extract.body.stories import (
    CARDS,
    MIN_PARAGRAPH_CHARS,
    MIN_STORY_PARAGRAPHS,
    Prose,
    card_rows,
    live_blog,
    other_stories,
    page_hosts,
    page_names,
    page_urls,
    story_prunes,
)
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import parse_page

PROSE = (
    "The council voted on Tuesday to extend the night service on three lines during the festival week, "
    "citing record demand last year and complaints from workers on late shifts."
)
HEAD = (
    "<html><head><title>Night buses to run all week</title>"
    "<link rel='canonical' href='https://news.example/city/night-buses'>{ld}</head><body>"
)


def _page(body: str, ld: object | None = None) -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return HEAD.format(ld=script) + body + "</body></html>"


def _pruned(page_html: str) -> list[tuple[str, str]]:
    page = parse_page(page_html, "https://news.example/city/night-buses")
    found = story_prunes(
        page.tree, page_names(page), page_urls(page), live=live_blog(page), hosts=page_hosts(page)
    )
    return [(rule, " ".join(node.text_content().split())[:40]) for node, rule in found]


def _post(title: str, stamp: str) -> str:
    return (
        f"<div class='post'><h2>{title}</h2><p class='author'>{stamp}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    )


STORY = f"<div class='story'><h1>Night buses to run all week</h1><p>{PROSE}</p><p>{PROSE}</p></div>"


def test_a_dated_h2_story_after_the_text_goes_but_a_live_post_stays() -> None:
    dated = _page(STORY + _post("Bridge to close", "Jane Roe, 3 May 2025"))
    assert [rule for rule, _ in _pruned(dated)] == ["story-after"]
    # A stamp that is a time of day without a year is a live post's.
    assert _pruned(_page(STORY + _post("Buses full at midnight", "Jane Roe, 23:40"))) == []
    # So is any post on a page that declares a live blog ...
    declared = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Night buses"}
    assert _pruned(_page(STORY + _post("Bridge to close", "Jane Roe, 3 May 2025"), declared)) == []
    # ... or one inside an element whose class names a live blog.
    ticker = f"<div class='live-ticker'>{_post('Bridge to close', 'Jane Roe, 3 May 2025')}</div>"
    assert _pruned(_page(STORY + ticker)) == []


def test_live_blog_is_declared_by_type_or_updates() -> None:
    typed = parse_page(_page("<p>x</p>", {"@type": "LiveBlogPosting", "headline": "x"}))
    updates = parse_page(_page("<p>x</p>", {"@type": "NewsArticle", "liveBlogUpdate": []}))
    plain = parse_page(_page("<p>x</p>", {"@type": "NewsArticle", "headline": "x"}))
    assert live_blog(typed) and live_blog(updates) and not live_blog(plain)


def _card(href: str, picture: bool = True) -> str:
    image = "<img src='/i.jpg' alt=''>" if picture else ""
    title = f"<a href='{href}'>{image}<span>Another story on the site</span></a>"
    return f"<div class='card'>{title}<p>A teaser.</p></div>"


def test_a_row_of_cards_after_the_text_goes_with_its_title() -> None:
    row = "".join(_card(f"/city/story-{n}") for n in range(3))
    story = f"<h1>Night buses to run all week</h1><p>{PROSE}</p><p>{PROSE}</p>"
    body = f"<article>{story}<h2>More</h2><div>{row}</div></article>"
    found = _pruned(_page(body))
    assert [rule for rule, _ in found] == [CARDS, CARDS]
    assert found[0][1] == "More"


def test_no_row_of_cards_in_other_shapes() -> None:
    def pruned_rows(row: str, after: str = "") -> list[object]:
        body = f"<article><h1>Night buses to run all week</h1><p>{PROSE}</p><div>{row}</div>{after}</article>"
        page = parse_page(_page(body), "https://news.example/city/night-buses")
        return card_rows(page.tree, page_urls(page), page_hosts(page))

    assert pruned_rows("".join(_card(f"/city/story-{n}") for n in range(3)))  # the shape itself
    # Links without a picture or a title (a list of sources, a timeline) are no cards.
    assert not pruned_rows("".join(_card(f"/city/story-{n}", picture=False) for n in range(3)))
    # Cards of another site (a shop's products) are not this site's stories.
    assert not pruned_rows("".join(_card(f"https://shop.example/item-{n}") for n in range(3)))
    # Two cards are no row; a row with the story's text after it is inside the story.
    assert not pruned_rows("".join(_card(f"/city/story-{n}") for n in range(2)))
    assert not pruned_rows("".join(_card(f"/city/story-{n}") for n in range(3)), f"<p>{PROSE}</p>")
    # Cards linking to the page itself (its own sections) name no other story.
    assert not pruned_rows("".join(_card("/city/night-buses#part") for _ in range(3)))


def test_a_stream_attribute_counts_only_when_it_also_marks_the_page_itself() -> None:
    def stream(own: str) -> str:
        return _page(
            f"<div data-item-path='{own}'><h1>Night buses to run all week</h1>"
            f"<p>{PROSE}</p><p>{PROSE}</p></div>"
            f"<div data-item-path='/city/bridge'><h2>Bridge to close</h2><p>{PROSE}</p><p>{PROSE}</p></div>"
        )

    page = parse_page(stream("/city/night-buses"), "https://news.example/city/night-buses")
    assert len(other_stories(page.tree, page_names(page), page_urls(page))) == 1
    page = parse_page(stream("/city/other"), "https://news.example/city/night-buses")
    assert other_stories(page.tree, page_names(page), page_urls(page)) == []


def test_prose_answers_what_reading_each_elements_paragraphs_answers() -> None:
    # Prose reads the real paragraphs once; each rule asked the elements' <p>s again.
    short = "Too short to count."
    spaced = "word   " * 20  # 140 characters, 99 collapsed
    page = parse_page(
        _page(
            f"<main><div class='a'><p>{PROSE}</p><section><p>{PROSE}</p><p>{short}</p></section></div>"
            f"<div><p>{spaced}</p><p>{'é' * 79}\u0301</p><p>{PROSE}</p></div><aside><p>{PROSE}</p>"
            f"<div><p>{PROSE}</p><div><p>{PROSE}</p><p>{PROSE}</p></div></div></aside></main>"
        ),
        "https://news.example/city/night-buses",
    )
    prose = Prose(page.tree)
    for node in page.tree.iter():
        real = [p for p in node.iter("p") if len(collapse(p.text_content())) >= MIN_PARAGRAPH_CHARS]
        assert (node in prose.real) is (node in real)
        assert prose.held.get(node, 0) == min(len(real), MIN_STORY_PARAGRAPHS)
        assert prose.story(node) is (len(real) >= MIN_STORY_PARAGRAPHS)
    # In document order, as a walk of the page meets them.
    assert list(prose.held) == [node for node in page.tree.iter() if node in prose.held]
    assert prose.stories(page.tree) == [node for node in page.tree.iter() if prose.story(node)]
    aside = next(page.tree.iter("aside"))
    assert prose.stories(aside) == [node for node in aside.iter() if prose.story(node)]


def test_the_page_s_names_leave_out_an_svg_icon_s_title() -> None:
    """An icon's <title> ("Search", "Close") is no name of the story: a page drawing hundreds of
    icons would weigh every heading against each (quadratic in a generated worst case)."""
    page = parse_page(
        "<html><head><title>Fähre fährt wieder</title><meta property='og:title' content='Fähre"
        " fährt wieder | Hafenblatt'></head><body><svg><title>Suche</title></svg><h1>Fähre fährt"
        " wieder</h1><p>Text.</p><svg><title>Schließen</title></svg></body></html>"
    )
    assert page_names(page) == ["Fähre fährt wieder | Hafenblatt", "Fähre fährt wieder"]
