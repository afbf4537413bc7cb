"""trafilatura's fallback text, split back into the page's own blocks.

When trafilatura finds no main content it scores (a short post, an unusual layout), it falls
back to the whole text of the page's ``<article>`` element as ONE paragraph: the breadcrumb,
the title, the byline, the share bar, the story, the author box and the related links run
together, and no cleaning rule can take a part out of a single block. That paragraph is read
again here from the element it came from, one block per line of the page (paragraph, heading,
list item, or text between block elements), with its link share, so the cleaning rules see the
parts. Nothing is added: the lines are the fallback's own text.
"""

from __future__ import annotations

import re

from lxml import etree, html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.normalise import collapse

# A fallback paragraph: trafilatura's body is one paragraph without markup, at least this long.
MIN_BLOB_CHARS = 150
# The element the blob came from holds about the same text (without white space), this share
# of it at least and at most its inverse.
MIN_SAME_TEXT = 0.8
# Elements that start a new line of the page's text.
_LINE_TAGS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote"}
    | {"table", "tr", "td", "th", "pre", "address", "form", "br", "hr", "figcaption"}
)
# A line without a word of three letters is a separator or a label cut from its value ("By", "-").
_WORD = re.compile(r"\w{3}")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# What trafilatura's fallback leaves out (its basic cleaning), and what never holds text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "aside", "footer", "fencedframe"})


def fallback_blob(content: etree._Element | None) -> str | None:
    """The text of trafilatura's body when it is one fallback paragraph, else None."""
    if content is None or len(content) != 1:
        return None
    paragraph = content[0]
    if paragraph.tag != "p" or len(paragraph):
        return None
    text = collapse(paragraph.text or "")
    return text if len(text) >= MIN_BLOB_CHARS else None


def split_blob(blob: str, tree: html.HtmlElement) -> list[Block] | None:
    """The blocks of the outermost ``<article>`` of ``tree`` whose text is ``blob`` (about), or
    None when no article holds it."""
    target = _bare(blob)
    for article in tree.iterfind(".//article"):
        if any(ancestor.tag == "article" for ancestor in article.iterancestors()):
            continue
        lines = _lines(article)
        text = "".join(_bare(block.text) for block in lines)
        if not text or target[:40] not in text:
            continue
        if MIN_SAME_TEXT <= len(target) / len(text) <= 1 / MIN_SAME_TEXT:
            blocks = [block for block in lines if _WORD.search(block.text) and _bare(block.text) in target]
            return blocks if len(blocks) > 1 else None
    return None


def _bare(text: str) -> str:
    return "".join(text.split())


def _lines(root: html.HtmlElement) -> list[Block]:
    """One block per line of ``root``'s text, with how much of it is link text."""
    blocks: list[Block] = []
    parts: list[tuple[str, bool]] = []
    heading = False

    def flush() -> None:
        nonlocal parts, heading
        text = collapse("".join(text for text, _ in parts))
        if text:
            link_chars = sum(len(collapse(text)) for text, in_link in parts if in_link)
            blocks.append(Block(text=text, heading=heading, link_ratio=min(1.0, link_chars / len(text))))
        parts, heading = [], False

    def walk(node: html.HtmlElement, in_link: bool, in_heading: bool) -> None:
        nonlocal heading
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag or tag in _SKIP or (tag == "div" and "footer" in f"{node.get('class')} {node.get('id')}"):
            return
        line = tag in _LINE_TAGS
        if line:
            flush()
        in_link = in_link or tag == "a"
        in_heading = in_heading or tag in _HEADINGS
        if node.text:
            parts.append((node.text, in_link))
            heading = heading or in_heading
        for child in node:
            walk(child, in_link, in_heading)
            if child.tail:
                if isinstance(child.tag, str) and child.tag in _LINE_TAGS:
                    flush()
                parts.append((child.tail, in_link))
                heading = heading or in_heading
        if line:
            flush()

    walk(root, False, False)
    flush()
    return blocks
