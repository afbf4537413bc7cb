"""Legacy markup made readable for the main-content step, as readability does it:
layout tables become plain blocks, and text separated by ``<br><br>`` becomes ``<p>`` elements."""

from __future__ import annotations

from lxml import html

_BLOCK_TAGS = frozenset(
    {
        "table",
        "div",
        "p",
        "ul",
        "ol",
        "dl",
        "blockquote",
        "figure",
        "section",
        "article",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "form",
        "pre",
        "iframe",
        "script",
        "style",
        "noscript",
    }
)
MIN_DIRECT_TEXT = 100
# A table is a layout table when it nests tables or holds prose: data tables hold short cells.
MAX_DATA_CELL_CHARS = 300
_LAYOUT_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


def unwrap_layout_tables(tree: html.HtmlElement) -> None:
    """Rename layout tables and their rows and cells to divs, leaving data tables alone."""
    renames: list[html.HtmlElement] = []
    for table in tree.iter("table"):
        if table.find(".//table") is None and not any(
            len(cell.text_content()) > MAX_DATA_CELL_CHARS or cell.find(".//p") is not None
            for cell in table.iter("td", "th")
        ):
            continue
        renames.append(table)
        renames.extend(
            part
            for part in table.iter(*_LAYOUT_PARTS)
            if part is not table and _nearest_table(part) is table
        )
    for part in renames:  # decided on the original structure, renamed afterwards
        part.tag = "div"


def _nearest_table(node: html.HtmlElement) -> html.HtmlElement | None:
    return next(node.iterancestors("table"), None)


def paragraphs_from_breaks(tree: html.HtmlElement) -> None:
    """Rewrite, in place, every container whose own text is split by double line breaks."""
    for node in list(tree.iter("div", "td", "section", "article")):
        breaks = sum(1 for child in node if child.tag == "br")
        if breaks < 2:
            continue
        direct = (node.text or "") + "".join(child.tail or "" for child in node)
        if len(direct.strip()) < MIN_DIRECT_TEXT:
            continue
        _rebuild(node)


def _rebuild(node: html.HtmlElement) -> None:
    items: list[str | html.HtmlElement] = [node.text or ""]
    for child in list(node):
        tail, child.tail = child.tail, None
        items.append(child)
        items.append(tail or "")
        node.remove(child)
    node.text = None
    paragraph: html.HtmlElement | None = None
    pending_breaks = 0
    for item in items:
        if isinstance(item, str):
            if not item.strip():
                continue
        elif item.tag == "br":
            pending_breaks += 1
            continue
        if pending_breaks >= 2 or (not isinstance(item, str) and item.tag in _BLOCK_TAGS):
            paragraph = None
        elif pending_breaks == 1 and paragraph is not None:
            paragraph.append(html.Element("br"))
        pending_breaks = 0
        if not isinstance(item, str) and item.tag in _BLOCK_TAGS:
            node.append(item)
            continue
        if paragraph is None:
            paragraph = html.Element("p")
            node.append(paragraph)
        _append(paragraph, item)


def _append(paragraph: html.HtmlElement, item: str | html.HtmlElement) -> None:
    if isinstance(item, str):
        if len(paragraph):
            last = paragraph[-1]
            last.tail = (last.tail or "") + item
        else:
            paragraph.text = (paragraph.text or "") + item
    else:
        paragraph.append(item)
