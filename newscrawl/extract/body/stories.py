"""Pages that carry more than one story: the record is the story the page names.

A page names its story in JSON-LD ``headline``, ``og:title`` / ``twitter:title`` and
``<title>``. Further stories share the page: the next one appended below (infinite scroll, in
``<article>``s or in plain containers, each with its own ``<h1>``), a featured story above it,
a related story's body. The named story is the one whose ``<h1>`` states the page's name (else,
for ``<article>`` layouts, the first ``<article>`` with an ``<h1>``); every other story, a
container with its own headline and real paragraphs outside the named one, is pruned from the
copy trafilatura reads, so no two stories are merged and never the wrong one is kept.
"""

from __future__ import annotations

import re

from lxml import html

from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page

# A story: at least this many paragraphs of at least this many characters.
MIN_STORY_PARAGRAPHS = 2
MIN_PARAGRAPH_CHARS = 80
# A name matches an <h1> when one starts with the other and the shorter is this long at least
# ("Headline | Site" in <title>).
MIN_NAME_CHARS = 12
_WORD = re.compile(r"\w+")


def page_names(page: Page) -> list[str]:
    """How the page names its story: JSON-LD headlines, og:title / twitter:title, <title>."""
    names = [str(obj.get("headline") or "") for obj in page.articles_ld()]
    names.append(page.first_meta("og:title", "twitter:title") or "")
    names += [collapse(title.text_content()) for title in page.tree.iter("title")]
    return [name for name in names if name]


def other_stories(tree: html.HtmlElement, names: list[str]) -> list[html.HtmlElement]:
    """The containers of the stories on the page other than the named one (none when the page
    carries one story, or when which story it names is unclear)."""
    headlines = [h1 for h1 in tree.iter("h1") if _words(h1.text_content())]
    named = [h1 for h1 in headlines if _names(h1, names)]
    articles = [a for a in tree.iter("article") if a.find(".//h1") is not None]
    if len(named) != 1:
        # Nothing names one <h1>: <article> layouts still say which story comes first.
        return _later_articles(articles)
    story_h1 = named[0]
    others: list[html.HtmlElement] = []
    if articles and story_h1 in set(articles[0].iter("h1")):
        others += _later_articles(articles)  # the named story is the first: what follows goes
    own = _region(story_h1, headlines)
    if own is None or not _is_story(own):
        # The named headline heads no text of its own (its text sits beside another <h1>):
        # no container can be told to be another story.
        return _outermost(others)
    for h1 in headlines:
        if h1 is story_h1:
            continue
        region = _region(h1, headlines)
        if region is not None and _headed_by(region, h1) and _is_story(region):
            others.append(region)
    story = next(story_h1.iterancestors("article"), None)
    if story is not None and _is_story(story):
        line = {story, *story.iterancestors()}
        inside = set(story.iter("article"))
        others += [
            a
            for a in tree.iter("article")
            if a not in line
            and a not in inside
            and next(a.iter("h1", "h2", "h3"), None) is not None
            and _is_story(a)
        ]
    return _outermost(others)


def _later_articles(articles: list[html.HtmlElement]) -> list[html.HtmlElement]:
    """Whole further stories appended below the first <article> with an <h1>."""
    if len(articles) < 2:
        return []
    first = articles[0]
    inside_first = set(first.iter("article"))
    return [a for a in articles[1:] if a not in inside_first and first not in set(a.iterancestors())]


def _region(h1: html.HtmlElement, headlines: list[html.HtmlElement]) -> html.HtmlElement | None:
    """The largest element around ``h1`` that holds no other <h1>: the story it heads."""
    others = {other for other in headlines if other is not h1}
    region: html.HtmlElement | None = None
    for ancestor in h1.iterancestors():
        if ancestor.tag in ("body", "html") or any(h in others for h in ancestor.iter("h1")):
            break
        region = ancestor
    return region


def _headed_by(region: html.HtmlElement, h1: html.HtmlElement) -> bool:
    """No real paragraph of ``region`` comes before ``h1``: it heads the text, as a story's
    headline does (an <h1> in a box after the story's text does not make that text its own)."""
    for node in region.iter("p", "h1"):
        if node is h1:
            return True
        if len(collapse(node.text_content())) >= MIN_PARAGRAPH_CHARS:
            return False
    return True


def _is_story(node: html.HtmlElement) -> bool:
    paragraphs = 0
    for p in node.iter("p"):
        if len(collapse(p.text_content())) >= MIN_PARAGRAPH_CHARS:
            paragraphs += 1
            if paragraphs >= MIN_STORY_PARAGRAPHS:
                return True
    return False


def _names(h1: html.HtmlElement, names: list[str]) -> bool:
    """The <h1> states one of the page's names (alone, or as the start of a longer title)."""
    heading = _words(h1.text_content())
    for name in names:
        words = _words(name)
        shorter = min(len(words), len(heading))
        if words == heading or (
            shorter >= MIN_NAME_CHARS and (words.startswith(heading) or heading.startswith(words))
        ):
            return True
    return False


def _outermost(nodes: list[html.HtmlElement]) -> list[html.HtmlElement]:
    chosen = set(nodes)
    return [n for n in dict.fromkeys(nodes) if not any(a in chosen for a in n.iterancestors())]


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
