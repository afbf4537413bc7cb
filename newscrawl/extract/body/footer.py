"""The site's footer on a page whose class and id names say nothing, found by its copyright
notice: what trafilatura's ``footer`` class and id patterns find on a page that names it.

Every site closes its pages with a footer: its links (about us, terms, privacy), its address
or customer service, a line about the site ("X is where tomorrow is realized"), and its
copyright notice ("© 2019 X Inc. All rights reserved", ``boilerplate.is_copyright_notice``).
Built of divs with hashed class names, trafilatura reads it as part of the story, and the
cleaning's rule ``copyright`` sees only the notice and what follows it, not the links and the
lines above it.

The notice is an element with a copyright sign in its text (or the text after one of its
children), among the page's last ``LAST_ELEMENTS`` blocks (a footer closes the page), whose
text reads as a notice. The footer is the largest block from the notice's element up that
holds no headline, article or main part, at most ``MAX_PROSE`` paragraphs of prose and little
text (``MAX_FOOTER_CHARS``, ``MAX_UNLINKED_CHARS`` outside links); taken when no headline and
no paragraph of prose follows it, and, grown beyond the notice, when the story's prose
(``MIN_PROSE_BEFORE`` paragraphs) stands before it: a short story with the notice under it, in
a block of its own, is not the footer."""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.body.boilerplate import is_copyright_notice, is_legal_link
from newscrawl.extract.nodes import link_text_chars, text_chars, text_of
from newscrawl.extract.normalise import collapse
from newscrawl.extract.visible import MIN_PROSE_CHARS as PROSE_CHARS

MAX_FOOTER_CHARS = 3000
"""A footer's text (its white space collapsed), at most."""
MAX_UNLINKED_CHARS = 1200
"""Its text outside links, at most (the notice, an address, a line about the site)."""
MAX_PROSE = 2
"""Paragraphs of prose (``PROSE_CHARS``, ``visible.MIN_PROSE_CHARS``, or more) in a footer, at most."""
MIN_PROSE_BEFORE = 2
"""Paragraphs of prose before a footer, at least: the story stands before it (a short story
with the notice under it, in a block of its own, is not a footer)."""

LAST_ELEMENTS = 300
"""The notice is looked for in the text of the page's last blocks (of those ``prepare`` walks),
this many: a footer closes the page."""
_GROW_TAGS = frozenset(
    {
        "div",
        "section",
        "footer",
        "ul",
        "ol",
        "li",
        "p",
        "span",
        "small",
        "td",
        "tr",
        "tbody",
        "table",
        "center",
    }
)
_NOT_NOTICES = frozenset({"style", "script", "body", "html"})
LAST_LINKS = 150
"""The legal links are looked for among the page's last links, this many."""
MIN_LEGAL_LINKS = 2
"""Links to the site's legal pages in one row, at least: the footer's row."""
MAX_LEGAL_ROW_CHARS = 400
"""A row of legal links' text, at most."""
# (Relative: "//a" would read the whole document, and markup after "</html>" can leave a second
# <html> beside the page's root, whose links are no part of the page's tree.)
_LAST_LINKS = etree.XPath(f"(.//a)[position() > last() - {LAST_LINKS}]")
_NOT_IN_FOOTERS = ("h1", "article", "main")
_PROSE_AFTER = etree.XPath(f"boolean(following::p[string-length(normalize-space()) >= {PROSE_CHARS}])")
_AFTER_HEADLINE = etree.XPath("not(following::h1)")
_PROSE_BEFORE = etree.XPath(
    f"boolean(preceding::p[string-length(normalize-space()) >= {PROSE_CHARS}][{MIN_PROSE_BEFORE}])"
)


def footers(tree: html.HtmlElement, walked: list[html.HtmlElement]) -> list[html.HtmlElement]:
    """The site's footer blocks in ``tree`` (module docstring), outermost, in document order.
    ``walked``: the page's blocks in document order (``prepare``'s walk), of which the last
    ``LAST_ELEMENTS`` are read for a copyright sign in their own text or the text after them."""
    found: list[html.HtmlElement] = []
    seen: set[html.HtmlElement] = set()
    for element in walked[-LAST_ELEMENTS:]:
        if "©" in (element.text or ""):  # (each text read once: lxml builds a str on each read)
            node = element
        elif "©" in (element.tail or ""):
            node = element.getparent()
        else:
            continue
        if node is None or node in seen or node.tag in _NOT_NOTICES:
            continue
        seen.add(node)
        if not is_copyright_notice(collapse(text_of(node))):
            continue
        block = _grown(node)
        if (
            block is not None
            and _AFTER_HEADLINE(block)
            and not _PROSE_AFTER(block)
            and (block is node or _PROSE_BEFORE(block))
        ):
            found.append(block)
    for row in _legal_rows(tree):
        if row in seen:
            continue
        seen.add(row)
        block = _grown(row)
        if (
            block is not None
            and block is not row
            and _AFTER_HEADLINE(block)
            and not _PROSE_AFTER(block)
            and _PROSE_BEFORE(block)
        ):
            found.append(block)
    taken = set(found)
    return [block for block in found if not any(above in taken for above in block.iterancestors())]


def _legal_rows(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The rows of links to the site's legal pages (``boilerplate.is_legal_link``: imprint,
    privacy, terms, cookies) among the page's last ``LAST_LINKS`` links: the nearest element
    above ``MIN_LEGAL_LINKS`` of them or more, with little text, most of it in links."""
    counts: dict[html.HtmlElement, int] = {}
    rows: list[html.HtmlElement] = []
    for link in _LAST_LINKS(tree):
        if not is_legal_link(collapse(text_of(link))):
            continue
        for above in link.iterancestors():
            if above.tag in _NOT_NOTICES:
                break
            counts[above] = counts.get(above, 0) + 1
            if counts[above] >= MIN_LEGAL_LINKS:
                chars = text_chars(above)
                if above not in rows and chars <= MAX_LEGAL_ROW_CHARS and 2 * link_text_chars(above) >= chars:
                    rows.append(above)
                break
    return rows


def _grown(node: html.HtmlElement) -> html.HtmlElement | None:
    """The largest footer-like block (``_footer_like``) from ``node`` (the notice's element) up."""
    block = None
    place = node
    while place is not None and place.tag in _GROW_TAGS and _footer_like(place):
        block, place = place, place.getparent()
    return block


def _footer_like(node: html.HtmlElement) -> bool:
    """Little text, little of it outside links, at most ``MAX_PROSE`` paragraphs of prose, no
    headline, article or main part."""
    chars = text_chars(node)
    if chars > MAX_FOOTER_CHARS or next(node.iter(*_NOT_IN_FOOTERS), None) is not None:
        return False
    if chars - link_text_chars(node) > MAX_UNLINKED_CHARS:
        return False
    prose = sum(1 for p in node.iter("p") if len(collapse(text_of(p))) >= PROSE_CHARS)
    return prose <= MAX_PROSE
