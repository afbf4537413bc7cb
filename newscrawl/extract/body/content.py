"""The one module that calls trafilatura: main-content XML for a page, with pinned options."""

from __future__ import annotations

import logging
from copy import deepcopy

from lxml import etree, html
from trafilatura import bare_extraction
from trafilatura.settings import Extractor

from newscrawl.extract.body.bounds import mostly_outside, story_block
from newscrawl.extract.body.prepare import prepared_tree
from newscrawl.extract.body.raw_prune import prefilter_raw_prune
from newscrawl.extract.page import Page
from newscrawl.extract.rules import ExtractRules

# trafilatura reports ordinary page quirks ("empty link", "discarding data") as warnings, one
# multi-line record per occurrence; for a batch run they are noise, not operator information.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
prefilter_raw_prune()  # its raw-tree prune's XPaths, the same nodes found sooner (``raw_prune.py``)

# Elements that hold code or head data, never text trafilatura keeps: it deletes them itself in
# its tree cleaning, but only after it has copied the tree four times and run its raw-tree XPaths
# over them (and its external extractors delete them again). JSON-LD stays: trafilatura reads it
# (a forum thread's schema, its baseline's articleBody).
_CODE = etree.XPath('//script[not(@type="application/ld+json")] | //style | //link | //meta')
_CODE_TAGS = ("script", "style", "link", "meta")
_JSON_LD = "application/ld+json"

# A link that holds no text at all: an anchor (``<a name="top"></a>``), an icon link, a link
# around a picture. When trafilatura 2.3 meets an element with neither text nor children, it
# moves the element's tail into it (``htmlprocessing.handle_textnode``, "try the tail", meant for
# line breaks); it drops the picture first. So the sentence after such a link inside a paragraph
# came back as the link's text, and the paragraph read as a teaser (link density). Such links
# are dropped from the copy trafilatura reads when text follows them, their tails kept; the
# page's own tree keeps them. (Dropping every such link, with nothing after it too, moved
# trafilatura's link statistics: icon rows read as text. A link holding white space is left:
# trafilatura keeps its tail apart, and the space parts the words around it.)

# trafilatura checks its own extraction against two other algorithms (its fallbacks) that read
# some shapes of page in time quadratic in their size: jusText (``_get_neighbour``) each run of
# short blocks again for each block in it, readability-lxml (``sanitize``) the siblings of each
# empty block until one with text. Thousands of picture or heading blocks in a row took minutes
# (``benchmarks/worstcases.py``). A page past either bound below, which no page of the eval kits
# comes near (at most 1,125 children of one element, 9,751 elements), is read by trafilatura's
# own extractor alone (``fast``), in time linear in its size.
_CROWDED_CHILDREN = 2_500
_MANY_ELEMENTS = 40_000
_CROWDED = etree.XPath(f"boolean(/descendant::*/*[{_CROWDED_CHILDREN + 1}])")  # (in C)
_COUNT = etree.XPath("count(//*)")


def outsized(page: Page) -> bool:
    """More than ``_MANY_ELEMENTS`` elements in the page, or more than ``_CROWDED_CHILDREN``
    elements in one element: too many for trafilatura's fallbacks (see above)."""
    elements = page.elements or int(_COUNT(page.tree))
    return elements > _MANY_ELEMENTS or (elements > _CROWDED_CHILDREN and bool(_CROWDED(page.tree)))


def _code_elements(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """``_CODE(tree)``: for a tree that is its document's only top-level node (the copies read
    here), from one walk of it in C for the four tags instead of the XPath's walk for each and
    the sort of their union (its result is in document order too). A document with more at its
    top (libxml2 leaves some markup after ``</html>`` beside the root) is read by the XPath,
    which reads the whole document."""
    if tree.getparent() is not None or tree.getprevious() is not None or tree.getnext() is not None:
        return list(_CODE(tree))
    return [node for node in tree.iter(*_CODE_TAGS) if node.tag != "script" or node.get("type") != _JSON_LD]


def _drop_textless_links(tree: html.HtmlElement) -> None:
    """Drop the ``<a>`` elements of ``tree`` with no text in them, not even white space, and text
    after them (see the comment above), their tails kept. Read from the last: a link's tail
    goes to the element before it, which may be another such link."""
    for link in reversed(list(tree.iter("a"))):
        tail = link.tail
        if tail and not tail.isspace() and not link.text and not any(link.itertext()):
            link.drop_tree()


def main_content(
    page: Page, rules: ExtractRules, *, prepared: bool = True, tree: html.HtmlElement | None = None
) -> etree._Element | None:
    """trafilatura's body XML (``<head>``, ``<p>``, ``<list>``, ``<table>``, ``<quote>``…) or None.
    Read from ``tree`` (a prepared copy the caller made), else from the prepared copy of the page
    (``prepare.py``), or with ``prepared=False`` from a plain copy. The copy loses its code
    elements here (the page's own tree stays as it is); trafilatura 2.3 reads a copy of its own
    and leaves the tree it is given otherwise unchanged, which ``gaps.py`` reads after it."""
    if tree is None:
        tree = prepared_tree(page, rules) if prepared else deepcopy(page.tree)
    for element in _code_elements(tree):  # the tree is a copy of the page's own
        element.drop_tree()  # its tail text stays
    _drop_textless_links(tree)
    fast = outsized(page)  # its fallbacks read such pages in quadratic time
    body = _read(tree, fast)
    if (
        body is not None
        and not fast
        and (block := story_block(tree)) is not None
        and mostly_outside(body, block)
        and block.holds_story()
    ):
        # the whole page's readings won over the story's block the page marks (``bounds.py``)
        own = _read(tree, fast=True)
        if own is not None and not mostly_outside(own, block):
            body = own
    return body


def _options(*, fast: bool) -> Extractor:
    """trafilatura's options for ``_read``: built once per process, not on each call (its
    ``Extractor`` reads a dozen settings through ``configparser`` each time). trafilatura never
    changes the options it is given (it copies them for its recall retry)."""
    return Extractor(
        # Not "python": that also renders the body as plain text (a deep copy and a walk of the
        # XML, about 3% of a page's time) for Document.text, which nothing here reads. The
        # format changes nothing else: the body XML is the same.
        output_format="xml",
        fast=fast,
        comments=False,
        tables=True,
        images=False,
        formatting=True,  # bold-only paragraphs become sub-headings
        links=True,  # link density tells teasers from prose
        dedup=False,
        # No URL: trafilatura would make every link's target absolute (most of what its link
        # handling costs), and nothing here reads a target, only where the links are.
        url=None,
        with_metadata=False,
    )


_OPTIONS = {fast: _options(fast=fast) for fast in (False, True)}


def _read(tree: html.HtmlElement, fast: bool) -> etree._Element | None:
    """trafilatura's body XML of ``tree``, or None when it found none. ``fast``: its own
    extractor alone, without its fallbacks."""
    document = bare_extraction(tree, options=_OPTIONS[fast])
    body = getattr(document, "body", None)  # a Document, or None
    if body is None or len(body) == 0:
        return None
    result: etree._Element = body
    return result
