"""What the tests of pages carrying more than one story share (``test_appended_articles.py``,
``test_stories_headless.py``): the page's address, paragraphs written as ``<p>``s, which
containers the story rules prune, and the check that the record holds the page's own story and
none of the other's."""

from __future__ import annotations

from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import other_stories

URL = "https://example.org/news/2024/05/bridge-123.html"
_PATH = "/news/2024/05/bridge-123.html"


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def pruned(page: str) -> list[str]:
    """The classes of the containers the story rules take for other stories, the page named by
    its ``<title>`` and its ``og:title``."""
    tree = html.document_fromstring(page)
    names = [tree.findtext(".//title") or "", tree.xpath("string(//meta[@property='og:title']/@content)")]
    return [node.get("class") or "" for node in other_stories(tree, names, {_PATH})]


def check_own_story(page: str, story: list[str], other: list[str]) -> None:
    """Only the container of class ``k5`` is pruned, and the record holds every paragraph of
    ``story`` and none of ``other``."""
    assert pruned(page) == ["k5"]
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in story)
    assert not any(paragraph in text for paragraph in other)
