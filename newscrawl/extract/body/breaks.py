"""Legacy markup made readable for the main-content step, as readability does it:
layout tables become plain blocks, text separated by ``<br><br>`` (in a container or inside one
``<p>``) becomes ``<p>`` elements, and a
``<p>`` whose lines are each whole sentences (``<p>One.<br>Two.</p>``) becomes one ``<p>`` a line;
a ruby annotation with fallback parentheses is written out as the page's own fallback text."""

from __future__ import annotations

import re

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
# Inline wrappers whose text counts as the container's own: a post pasted from a word processor
# sets each paragraph in a <span style="font-family: …"> (or <font>) between <br><br>. (Not
# links: a menu is a row of links between breaks.)
_WRAPPERS = frozenset({"span", "font", "b", "strong", "i", "em", "u"})
# Formatting that trafilatura keeps as ``<hi>``: a line break must not sit inside it.
_FORMATTING = frozenset({"b", "strong", "i", "em", "u"})
# A line of a <p> is a paragraph of its own when it is a sentence this long: shorter lines with
# single breaks are verse, addresses or lists, which keep their breaks.
MIN_SENTENCE_LINE = 40
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "“", "»", "«", "'", "’", ")")
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
            part for part in table.iter(*_LAYOUT_PARTS) if part is not table and _nearest_table(part) is table
        )
    for part in renames:  # decided on the original structure, renamed afterwards
        part.tag = "div"


def _nearest_table(node: html.HtmlElement) -> html.HtmlElement | None:
    return next(node.iterancestors("table"), None)


def breaks_out_of_formatting(tree: html.HtmlElement) -> None:
    """Move, in place, each ``<br>`` out of the bold or italic element it sits in, splitting
    that element in two (``<b>Awards:<br>2010</b>`` -> ``<b>Awards:</b><br><b>2010</b>``): the
    same lines, but trafilatura, keeping formatting, drops what follows a line break inside
    bold text to the end of its paragraph."""
    for line_break in list(tree.iter("br")):
        parent = line_break.getparent()
        while parent is not None and parent.tag in _FORMATTING and parent.getparent() is not None:
            _split_at(parent, line_break)
            parent = line_break.getparent()


# Emphasis set inside bold text: trafilatura keeps the inner element's formatting alone.
_BOLD = frozenset({"b", "strong"})
_INNER_EMPHASIS = frozenset({"i", "em", "u"})
_LINE_BLOCKS = frozenset({"p", "div", "li", "td", "h2", "h3", "h4", "h5", "h6"})


def bold_outside(tree: html.HtmlElement) -> None:
    """Swap, in place, a bold line's bold element and the one italic or underlined element that
    holds all its text (``<p><strong><em>Heading</em></strong></p>`` -> ``<p><em><strong>
    Heading</strong></em></p>``): the same text, bold and italic, but trafilatura, which keeps
    only the innermost of nested formatting, would read it as italic alone, and a bold-italic
    sub-heading would be lost. Only a line of its own: the bold element alone in its block
    (a line break after it allowed), no text beside it."""
    for bold in tree.iter(*_BOLD):
        if len(bold) != 1 or (bold.text and bold.text.strip()) or (bold.tail and bold.tail.strip()):
            continue
        inner, line = bold[0], bold.getparent()
        if inner.tag not in _INNER_EMPHASIS or (inner.tail and inner.tail.strip()) or line is None:
            continue
        if (
            line.tag in _LINE_BLOCKS
            and not (line.text and line.text.strip())
            and all(
                child is bold or (child.tag == "br" and not (child.tail and child.tail.strip()))
                for child in line
            )
        ):
            bold.tag, inner.tag = inner.tag, bold.tag


def _split_at(parent: html.HtmlElement, line_break: html.HtmlElement) -> None:
    """``parent``'s content after ``line_break`` moved to a copy of ``parent`` after it, and
    ``line_break`` set between the two."""
    holder = parent.getparent()
    assert holder is not None  # checked by the caller
    rest = html.Element(parent.tag, attrib=dict(parent.attrib))
    rest.text, line_break.tail = line_break.tail, None
    for child in list(parent)[parent.index(line_break) + 1 :]:
        rest.append(child)  # with its tail
    parent.remove(line_break)
    rest.tail, parent.tail = parent.tail, None
    at = holder.index(parent)
    holder.insert(at + 1, line_break)
    if (rest.text or "").strip() or len(rest):
        holder.insert(at + 2, rest)
    else:
        line_break.tail = rest.tail


def paragraphs_from_breaks(tree: html.HtmlElement) -> None:
    """Rewrite, in place, every container whose own text (or the text of the inline wrappers
    it holds: spans, font, bold, italics) is split by double line breaks; and every ``<p>``
    parted by a double line break (``_double_break``), whose parts become ``<p>``s in its
    place (single breaks stay inside them)."""
    # The elements with a <br> child (one walk, in C, instead of a find() in each container:
    # a container's children change only when it is rewritten itself).
    broken = {line_break.getparent() for line_break in tree.iter("br")}
    if not broken:
        return
    for node in list(tree.iter("div", "td", "section", "article", "p")):
        if node not in broken or sum(1 for child in node if child.tag == "br") < 2:
            continue  # (a container without a <br> child needs no count)
        if node.tag == "p":
            if _double_break(node):
                _rebuild(node)
                node.drop_tag()  # its new <p>s in its place (lxml keeps its tail after them)
            continue
        direct = (node.text or "") + "".join(
            (child.text_content() if child.tag in _WRAPPERS else "") + (child.tail or "") for child in node
        )
        if len(direct.strip()) < MIN_DIRECT_TEXT:
            continue
        _rebuild(node)


def _double_break(node: html.HtmlElement) -> bool:
    """``node`` holds two line breaks in a row (only white space between them) with text
    before and after them: a paragraph break written inside one ``<p>``."""
    before = bool((node.text or "").strip())
    previous_break = False
    pending = False
    for child in node:
        if child.tag == "br":
            if previous_break and before:
                pending = True
            previous_break = not (child.tail or "").strip()
            if not previous_break:
                before = True
                if pending:
                    return True
            continue
        previous_break = False
        if child.text_content().strip() or (child.tail or "").strip():
            if pending:
                return True
            before = True
    return False


def break_parts(node: html.HtmlElement) -> int:
    """How many paragraphs ``node`` (a ``<p>``) is once its double line breaks part it, as
    ``paragraphs_from_breaks`` will: 1 when none does (0 when it holds no text)."""
    marks: list[str] = ["T"] if (node.text or "").strip() else []
    for child in node:
        if child.tag == "br":
            marks.append("B")
        elif child.text_content().strip():
            marks.append("T")
        if (child.tail or "").strip():
            marks.append("T")
    return sum(1 for part in _BREAK_RUN.split("".join(marks)) if "T" in part)


_BREAK_RUN = re.compile("B{2,}")


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
                if item and paragraph is not None and not pending_breaks:
                    _append(paragraph, " ")  # the space between two inline elements
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
            if item.tag == "div" and _holds_only_text(item):
                item.tag = "p"  # a line of text set in a div among the new paragraphs is one too
            node.append(item)
            continue
        if paragraph is None:
            paragraph = html.Element("p")
            node.append(paragraph)
        _append(paragraph, item)


def _holds_only_text(node: html.HtmlElement) -> bool:
    """A block with text and no block inside it (only inline markup)."""
    if not node.text_content().strip():
        return False
    return not any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in node.iterdescendants())


def _append(paragraph: html.HtmlElement, item: str | html.HtmlElement) -> None:
    if isinstance(item, str):
        if len(paragraph):
            last = paragraph[-1]
            last.tail = (last.tail or "") + item
        else:
            paragraph.text = (paragraph.text or "") + item
    else:
        paragraph.append(item)


def paragraphs_from_sentence_lines(tree: html.HtmlElement) -> None:
    """Split, in place, each <p> whose single-break lines are all whole sentences."""
    broken = {line_break.getparent() for line_break in tree.iter("br")}  # (as in paragraphs_from_breaks)
    for node in list(tree.iter("p")) if broken else ():
        if node not in broken:
            continue
        lines = _lines(node)
        if lines is None or len(lines) < 2:
            continue
        if all(len(text) >= MIN_SENTENCE_LINE and text.endswith(_SENTENCE_END) for text, _ in lines):
            parent = node.getparent()
            if parent is None:
                continue
            index = parent.index(node)
            tail, node.tail = node.tail, None
            parent.remove(node)
            for offset, (_, parts) in enumerate(lines):
                paragraph = html.Element("p")
                for part in parts:
                    _append(paragraph, part)
                parent.insert(index + offset, paragraph)
            if tail:
                last = parent[index + len(lines) - 1]
                last.tail = (last.tail or "") + tail


def _lines(node: html.HtmlElement) -> list[tuple[str, list[str | html.HtmlElement]]] | None:
    """The <p>'s lines between <br>s: (text, parts); None when it holds a block element."""
    lines: list[tuple[str, list[str | html.HtmlElement]]] = []
    parts: list[str | html.HtmlElement] = [node.text] if node.text else []
    for child in node:
        if child.tag == "br":
            lines.append(_line(parts))
            parts = [child.tail] if child.tail else []
            continue
        if not isinstance(child.tag, str) or child.tag in _BLOCK_TAGS:
            return None
        parts.append(child)  # its tail travels with it
    lines.append(_line(parts))
    return [line for line in lines if line[0]]


def _line(parts: list[str | html.HtmlElement]) -> tuple[str, list[str | html.HtmlElement]]:
    text = "".join(p if isinstance(p, str) else p.text_content() + (p.tail or "") for p in parts)
    return " ".join(text.split()), parts


_RUBY_PARTS = ("rb", "rp", "rt", "rtc")


def ruby_as_text(tree: html.HtmlElement) -> None:
    """Rewrite, in place, each ``<ruby>`` that has ``<rp>`` fallback marks as the text a reader
    without ruby support sees: the base, then its reading between the page's ``<rp>`` marks
    (full-width parentheses in Japanese: "尹錫悦(ユンソンニョル)"). Trafilatura drops ``<rt>``
    and ``<rp>``, and with them the reading the page gives; other readers of the page
    (``text_content()``) keep them. A ``<ruby>`` without ``<rp>`` keeps its base text alone, as
    before: there the page says nothing about how its reading runs in plain text."""
    for ruby in list(tree.iter("ruby")):
        if next(ruby.iter("rp"), None) is None:
            continue
        for part in ruby.iter(*_RUBY_PARTS):
            part.tag = "span"
        ruby.tag = "span"
