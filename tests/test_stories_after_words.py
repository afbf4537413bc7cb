"""Another story told by its words after a story written without real paragraphs
(``body/stories.py``: ``off_name_after``).

A short story written in text ``<div>``s or ``<br>`` lines has no real paragraphs for the
story rules to count, and the next story an endless page appends below it (its headline left
out) is the longer: trafilatura would read that one. Going up from the named headline, a
block after it with a story's length of text (outside links) that says next to none of the
words that name the page's story goes, when the text between the headline and it (the page's
own story) is a story's length and says them:

* an appended story after a story in ``<br>`` lines, or in text ``<div>``s, goes, wherever it
  is appended (beside the story's block, or at the end of the page);
* the story's own body after a headline and a short standfirst (too short to be a story)
  stays, and so does a body that says the headline's words, a block set as a sibling is (a
  story's parts), a block with an ``<h1>`` of its own (the headline rules' to tell), and every
  block on a page whose names give too few words.

Pages are written for the test, in English, German, French, Spanish, Korean, Japanese and
Chinese.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import WORDS, off_name_after, story_prunes
from tests.story_pages import URL
from tests.story_pages import paragraphs as _paragraphs
from tests.story_pages import pruned as _pruned
from tests.test_stories_words import CASES, IDS, Case, _other

pytestmark = pytest.mark.unit


def _page(case: Case, body: str, *, after: str = "", title: str | None = None) -> str:
    title = title or f"{case.headline} | {case.site}"
    return (
        f"<html lang='{case.lang}'><head><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head>"
        f"<body><header class='k8'><a href='/'>{case.site}</a><nav><a href='/news'>News</a></nav></header>"
        f"<div class='k0'>{body}</div>"
        "<div class='k9'><a href='/a'>Impressum</a> <a href='/b'>Kontakt</a></div>"
        f"{after}</body></html>"
    )


def _lines(texts: list[str]) -> str:
    """A story written as ``<br>`` lines."""
    return "<div class='k2'>" + "<br><br>".join(texts) + "</div>"


def _divs(texts: list[str]) -> str:
    """A story written as text ``<div>``s."""
    return "<div class='k2'>" + "".join(f"<div>{text}</div>" for text in texts) + "</div>"


def _story(case: Case, body: str) -> str:
    return f"<div class='k1'><h1>{case.headline}</h1><div class='k3'>By Ann Lee, 3 May 2024</div>{body}</div>"


def _appended(case: Case) -> str:
    return f"<article class='k5'><div class='k6'>By Bo Berg</div>{_paragraphs(_other(case))}</article>"


def _check(page: str, story: list[str], other: list[str]) -> None:
    assert _pruned(page) == ["k5"]
    text = extract_article(page, URL).text
    assert all(line in text for line in story)
    assert not any(paragraph in text for paragraph in other)


@pytest.mark.parametrize("case", CASES, ids=IDS)
@pytest.mark.parametrize("written", [_lines, _divs], ids=["lines", "divs"])
def test_a_story_appended_after_one_without_paragraphs_goes(
    case: Case, written: Callable[[list[str]], str]
) -> None:
    story = case.story + case.more
    page = _page(case, _story(case, written(story)) + _appended(case))
    _check(page, story, _other(case))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_story_appended_at_the_pages_end_goes(case: Case) -> None:
    story = case.story + case.more
    page = _page(case, _story(case, _lines(story)), after=_appended(case))
    _check(page, story, _other(case))


def test_it_is_on_record_by_its_rule() -> None:
    case = CASES[0]
    tree = html.document_fromstring(
        _page(case, _story(case, _lines(case.story + case.more)) + _appended(case))
    )
    found = story_prunes(tree, [case.headline])
    assert [(node.get("class"), rule) for node, rule in found] == [("k5", WORDS)]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_body_after_a_short_standfirst_stays(case: Case) -> None:
    # (a standfirst that says the headline's words, then a body that says none of them)
    body = f"<div class='k2'>{case.story[0]}</div><div class='k7'>{_paragraphs(_other(case))}</div>"
    page = _page(case, _story(case, body))
    assert _pruned(page) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_body_that_says_the_headlines_words_stays(case: Case) -> None:
    body = _lines(case.story) + f"<div class='k7'>{_paragraphs(case.more + _other(case))}</div>"
    page = _page(case, _story(case, body))
    assert _pruned(page) == []
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in case.more)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_block_set_as_its_sibling_is_stays(case: Case) -> None:
    # (a story's parts: set alike, the second says none of the headline's words)
    first = _paragraphs(case.story + case.more)
    parts = f"<div class='k7'>{first}</div><div class='k7'>{_paragraphs(_other(case))}</div>"
    page = _page(case, _story(case, parts))
    assert _pruned(page) == []


def test_a_page_whose_names_give_too_few_words_keeps_every_block() -> None:
    case = CASES[0]
    tree = html.document_fromstring(
        _page(case, _story(case, _lines(case.story + case.more)) + _appended(case), title="Home")
    )
    assert off_name_after(next(tree.iter("h1")), ["Home"], ()) == []


KICKERS = {
    "en": "Update",
    "de": "Neu",
    "fr": "Info",
    "es": "Última hora",
    "ko": "속보",
    "ja": "速報",
    "zh": "快讯",
}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_headline_that_says_the_names_words_otherwise_names_the_story(case: Case) -> None:
    # (no <h1> states a name: "Update: Headline" for "Headline | Site"; the one <h1> that says
    # the name's words stands for it)
    story = case.story + case.more
    head = f"<div class='k1'><h1>{KICKERS[case.lang]}: {case.headline}</h1>{_lines(story)}</div>"
    page = _page(case, head + _appended(case))
    _check(page, story, _other(case))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_two_headlines_that_say_the_names_words_name_none(case: Case) -> None:
    story = case.story + case.more
    head = f"<div class='k1'><h1>{KICKERS[case.lang]}: {case.headline}</h1>{_lines(story)}</div>"
    again = f"<div class='k4'><h1>{KICKERS[case.lang]}: {case.headline}</h1></div>"
    page = _page(case, again + head + _appended(case))
    assert "k5" not in _pruned(page)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_box_between_the_storys_parts_stays(case: Case) -> None:
    # (a box that says none of the headline's words, the story's text going on after it)
    box = f"<div class='k7'>{_paragraphs(_other(case))}</div>"
    later = [f"{text[:-1]}, again." for text in case.more]
    body = f"{_lines(case.story + case.more)}{box}{_lines(later)}"  # (beside the headline)
    page = _page(case, _story(case, body))
    assert _pruned(page) == []


BOX_TITLES = {
    "en": "Background",
    "de": "Hintergrund",
    "fr": "Contexte",
    "es": "Contexto",
    "ko": "배경",
    "ja": "背景",
    "zh": "背景",
}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_box_under_its_own_title_after_the_story_stays(case: Case) -> None:
    # (a box of the story's own at its end, written as a div: its title first)
    box = f"<div class='k7'><h3>{BOX_TITLES[case.lang]}</h3>{_paragraphs(_other(case))}</div>"
    page = _page(case, _story(case, _lines(case.story + case.more)) + box)
    assert _pruned(page) == []
