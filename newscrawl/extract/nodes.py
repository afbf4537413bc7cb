"""Reading elements cheaply: the first element of a kind below another, without reading the rest
of the subtree; an element's text in one C call.

lxml's ``iter(tag)`` and ``find(".//tag")`` look one match ahead: asking them for the first
``<h1>`` of a page that holds one walks the whole page for a second. ``etree.iterwalk`` stops
where it is left, so these helpers read only up to the first match (the same element, in the
same document order). An absent tag still costs a walk of the whole subtree, as before.
"""

from __future__ import annotations

from lxml import etree, html


def first_in(node: html.HtmlElement, *tags: str) -> html.HtmlElement | None:
    """``next(node.iter(*tags), None)``: ``node`` itself when it has one of ``tags``, else its
    first descendant that has one, in document order."""
    if not isinstance(node.tag, str):  # a comment or a processing instruction holds no element
        return None
    for _, element in etree.iterwalk(node, events=("start",), tag=tags):
        return element
    return None


def first_below(node: html.HtmlElement, *tags: str, attribute: str | None = None) -> html.HtmlElement | None:
    """``node.find(".//tag")`` (with ``attribute``, ``.//tag[@attribute]``) for one tag or more:
    the first descendant of ``node`` (never ``node`` itself) with one of ``tags``, in
    document order."""
    if not isinstance(node.tag, str):
        return None
    for _, element in etree.iterwalk(node, events=("start",), tag=tags):
        if element is not node and (attribute is None or element.get(attribute) is not None):
            return element
    return None


def text_of(node: etree._Element) -> str:
    """``node.text_content()`` (its text nodes, not its tail, no comment's) in one C call: lxml
    serialises it as text (libxml2's node content, as XPath's string() reads it) without
    evaluating an XPath for each element, about three times as fast. A plain ``str``: a smart
    string would hold its element, and a text cache would hold the page."""
    text: str = etree.tostring(node, method="text", encoding=str, with_tail=False)
    return text
