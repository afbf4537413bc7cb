"""The eval kit with the pages' own vocabulary taken away: a proxy for publishers nobody has seen.

    python benchmarks/scramble.py OUT_DIR            # then:
    python benchmarks/compare.py --eval-dir OUT_DIR --out out/scrambled --cache out/scrambled/cache

Every ``class`` and ``id`` token of every page is replaced by an opaque name (``c`` + 8 hex
digits of its SHA-1), the same token by the same name everywhere, so the page's own ``<style>``
rules and its id references (``aria-describedby``, ``aria-labelledby``, ``aria-controls``,
``for``, ``headers``, ``href="#…"``) still hold. Tags, text, ARIA roles, schema.org
``itemprop``/``itemtype``, ``<meta>``, JSON-LD and inline ``style`` are left as they are: what a
page shows and declares stays, what its designers named things goes.

Why: a rule keyed to class words (``caption``, ``related``, ``standfirst``…) works on pages that
use words we listed, and does nothing on a site whose classes we never saw (``c-7fa``, ``sc-1x``,
a CMS in another language). The drop from the real pages to their scrambled copies measures how
much a figure owes to class vocabulary; a mechanism that raises the scrambled figures without
costing the real ones rests on the page's structure, which is what carries over to a new site.
bare trafilatura reads classes too (its boilerplate patterns), so its column drops as well.

``--plain`` goes one step further: the HTML5 sectioning and figure elements (``article``,
``section``, ``aside``, ``nav``, ``header``, ``footer``, ``main``, ``figure``, ``figcaption``)
become ``div``, their attributes kept, as on a site built of ``div``s (older CMSs, page
builders, many small sites). What is left is what every page has: headings, paragraphs,
pictures, links, lists, text, ARIA roles and schema.org.

``--undeclared`` takes away what the page declares about itself instead of (or, with
``--plain``, besides) its names: JSON-LD scripts, every ``<meta>`` but charset, http-equiv and
viewport, and the microdata / RDFa attributes (``itemprop``, ``itemscope``, ``itemtype``,
``itemid``, ``property``, ``typeof``, ``vocab``); class and id names are kept unless ``--plain``
is given too. It stands for a site that declares nothing (no schema.org, no social cards): the
headline, authors, date and standfirst then come from what the page shows.

``--bold-headings`` rewrites sub-headings the way many CMSs and word processors write them: an
``<h2>``-``<h6>`` that stands among paragraphs (its parent holds a ``<p>`` with text of its own)
and is no link becomes ``<p><strong>…</strong></p>``, its attributes gone (a heading whose
content holds a block element stays, and so does every heading of a page lxml and the regular
expression do not count alike). Alone it keeps the page's names and declarations; with
``--plain`` / ``--undeclared`` it is applied after them. It measures how many of the
page's sub-headings are found from their shape alone (issue 10: "sub-headings written as bold
or strong-only paragraphs").

``--div-headings`` writes the same headings as a ``<div>`` of an opaque class that a rule put
first in the page's ``<head>`` sets bold and larger: a page builder's sub-heading.

``--div-paragraphs`` writes every ``<p>`` as a ``<div>`` (outside ``<script>``), as page
builders and older CMSs write their text: what is left to tell a paragraph is its text.

``--caption-paragraphs`` writes each picture's caption as a plain paragraph: ``<figcaption>``
becomes ``<p>`` and ``<figure>`` ``<div>`` (attributes kept), outside ``<script>``. It measures
how much caption and credit text leaks into the body when nothing but its place beside a picture
and its wording marks it (issue 10: "captions written as plain paragraphs near a picture").

``--wrapped-paragraphs`` puts every ``<p>`` (one whose end tag comes before the next ``<p>``)
in a ``<div>`` of its own, of an opaque class, as component-built pages write their text.

``--br-paragraphs`` joins each run of consecutive paragraphs (a ``</p>`` followed by nothing but
white space and the next ``<p>``) into one ``<p>`` whose paragraphs are parted by
``<br><br>``, as older CMSs, blogs and pasted-in text write them: what is left to tell a
paragraph is the line break.

``--wrapped-blocks`` does what ``--wrapped-paragraphs`` does and also puts each sub-heading
``--bold-headings`` selects in a ``<div>`` of its own: a component-built page, where no heading
and no paragraph is a sibling of another.

``--h1-headings`` writes those of the same sub-headings that stand between paragraphs (a
``<p>`` with text before and after them among their siblings: no title or standfirst over
the text) as ``<h1>``s (attributes kept), as some CMSs and page builders do: the page's
headline is then one ``<h1>`` among several.

``--anchored-headings`` keeps the sub-headings ``--bold-headings`` selects but sets each one's
text in a link to itself (``<h2><a href="#part-3">…</a></h2>``), as table-of-contents plugins,
static-site generators and many blogs write them: a sub-heading that is a link must not be
taken for a teaser's title.

``--pull-quotes`` puts a pull quote after every fourth paragraph: that paragraph's first
sentence said again in a ``<blockquote>`` of an opaque class, as magazines and long reads set
a line of the story large between its paragraphs. The truth has it once.

``--link-lines`` puts a paragraph that is nothing but a link to another story of the site (an
English headline, no label such as "Read more") after every fifth paragraph, as CMSs set
related stories inline.

``--ad-slots`` puts an ad slot (a box labelled "Advertisement" around an empty slot of a
fixed height, opaque classes) after every third ``</p>``, as pages interleave ads with text.

The scrambled kit is a proxy, not a target: real pages do carry class words, most of them
common ones. The regular expressions edit the page bytes in place (everything else byte for
byte as it was), so a page that does not parse as HTML stays as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evalsets import EVAL, copy_kit, kit_dirs
from lxml import etree
from lxml import html as lxml_html

_ATTRIBUTE = re.compile(
    rb"""(?P<head>\s(?P<name>class|id|for|headers|aria-describedby|aria-labelledby|aria-controls|aria-owns)"""
    rb"""\s*=\s*)(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<uq>[^\s"'=<>`\\]+)(?=[\s>]|/>))""",
    re.IGNORECASE,
)
_FRAGMENT = re.compile(rb"""(?P<head>\shref\s*=\s*)(?P<q>["'])#(?P<id>[^"'\s]+)(?P=q)""", re.IGNORECASE)
_STYLE = re.compile(rb"(<style\b[^>]*>)(.*?)(</style\s*>)", re.IGNORECASE | re.DOTALL)
# A class or id selector in a stylesheet: ``.name`` / ``#name`` (not ``0.5em``, not ``#fff``
# inside a declaration: selectors only, so declarations between braces are left alone).
_SELECTOR = re.compile(rb"([.#])(-?[_a-zA-Z][\w-]*)")
_BLOCK = re.compile(rb"\{[^{}]*\}")
# An opening or closing tag of an HTML5 sectioning or figure element (``--plain``): only the
# tag name changes; in script text the same bytes are JS or JSON, left alone.
_SEMANTIC = re.compile(
    rb"<(?P<close>/?)(?:article|section|aside|nav|header|footer|main|figure|figcaption)(?=[\s/>])",
    re.IGNORECASE,
)
# What a page declares about itself (``--undeclared``): JSON-LD, <meta> (not the charset, the
# http-equiv headers or the viewport, which say how to read the page, not what it is), and the
# microdata / RDFa attributes of any tag.
_PARAGRAPH = re.compile(rb"<(?P<close>/?)p(?=[\s/>])", re.IGNORECASE)
_WHOLE_PARAGRAPH = re.compile(rb"<p(?=[\s>])[^>]*>(?:(?!<p[\s>]).)*?</p\s*>", re.IGNORECASE | re.DOTALL)
_PARAGRAPH_END = re.compile(rb"</p\s*>", re.IGNORECASE)
_PARAGRAPH_JOIN = re.compile(rb"</p\s*>\s*<p(?:\s[^>]*)?>", re.IGNORECASE)
_WRAPPER = b'<div class="c5e1a9b0d">'
_AD_SLOT = (
    b'<div class="c71d0e2aa"><div class="c0b3f9e41">Advertisement</div>'
    b'<div id="slot-%d" class="c9ae0f7d2" style="min-height:250px"></div></div>'
)
_LINK_LINE = b'<p><a href="/news/2024/other-story-%d.html">%s</a></p>'
_OTHER_TITLES = (
    b"City council approves new budget for road repairs after long debate",
    b"Storm warning issued for the coast as heavy rain moves in overnight",
    b"Local team wins the regional cup final in a dramatic penalty shootout",
    b"Hospital opens a new children's ward after three years of building work",
)
_PULL_QUOTE = b'<blockquote class="c3b9e2f10"><p>%s</p></blockquote>'
_FIRST_SENTENCE = re.compile(rb"(.{40,200}?[.!?])(?:\s|$)", re.DOTALL)
_TAG_ANY = re.compile(rb"<[^>]*>")
_FIGURE = re.compile(rb"<(?P<close>/?)(?P<tag>figure|figcaption)(?=[\s/>])", re.IGNORECASE)
_JSON_LD = re.compile(rb"<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(rb"<meta\b(?![^>]*\b(?:charset|http-equiv|viewport)\b)[^>]*>", re.IGNORECASE)
_TAG = re.compile(rb"<[a-zA-Z][^<>]*>")
_DECLARING = re.compile(
    rb"""\s(?:itemprop|itemscope|itemtype|itemid|property|typeof|vocab)"""
    rb"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?(?=[\s/>])""",
    re.IGNORECASE,
)
_HEADING = re.compile(rb"<h(?P<rank>[2-6])\b[^>]*>(?P<inner>.*?)</h(?P=rank)\s*>", re.IGNORECASE | re.DOTALL)
# ``--div-headings``: the class (an opaque name, like the scrambled kit's) and its style rule.
_STYLED_CLASS = b"c" + hashlib.sha1(b"sub-heading").hexdigest()[:8].encode("ascii")
_STYLED_OPEN = b'<div class="' + _STYLED_CLASS + b'">'
STYLED_HEADING = b"<style>." + _STYLED_CLASS + b"{font-weight:700;font-size:1.3em;margin:1em 0 .5em}</style>"
_HEAD_START = re.compile(rb"<head(?:\s[^>]*)?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(
    rb"<(?:div|p|ul|ol|li|table|section|article|h[1-6]|figure|blockquote)\b", re.IGNORECASE
)
_SCRIPT = re.compile(rb"(<script\b[^>]*>)(.*?)(</script\s*>)", re.IGNORECASE | re.DOTALL)


def opaque(token: bytes) -> bytes:
    """The opaque name of one class or id token."""
    return b"c" + hashlib.sha1(token).hexdigest()[:8].encode("ascii")


def _attribute(match: re.Match[bytes]) -> bytes:
    value = next(v for v in match.group("dq", "sq", "uq") if v is not None)  # (unquoted: class=x)
    return match.group("head") + b'"' + b" ".join(opaque(token) for token in value.split()) + b'"'


def _fragment(match: re.Match[bytes]) -> bytes:
    return match.group("head") + b'"#' + opaque(match.group("id")) + b'"'


def _stylesheet(css: bytes) -> bytes:
    """Class and id selectors renamed; declarations (between braces) kept."""
    out: list[bytes] = []
    position = 0
    for block in _BLOCK.finditer(css):
        out.append(_SELECTOR.sub(lambda m: m.group(1) + opaque(m.group(2)), css[position : block.start()]))
        out.append(block.group(0))
        position = block.end()
    out.append(_SELECTOR.sub(lambda m: m.group(1) + opaque(m.group(2)), css[position:]))
    return b"".join(out)


def undeclare(page: bytes) -> bytes:
    """The page without its JSON-LD, its <meta> descriptions and its microdata / RDFa."""
    page = _JSON_LD.sub(b"", page)
    page = _META.sub(b"", page)
    return _TAG.sub(lambda m: _DECLARING.sub(b"", m.group(0)), page)


def scramble(
    page: bytes,
    /,
    *,
    plain: bool = False,
    undeclared: bool = False,
    bold: bool = False,
    captions: bool = False,
    divs: bool = False,
    paragraphs: bool = False,
    wrapped: bool = False,
    ads: bool = False,
    breaks: bool = False,
    anchors: bool = False,
    boxes: bool = False,
    first: bool = False,
    quotes: bool = False,
    links: bool = False,
) -> bytes:
    """The page with its class and id vocabulary replaced by opaque names; with ``plain``, its
    sectioning and figure elements also turned into ``div``s. With ``undeclared``, the page
    without its declarations (``undeclare``), its names kept unless ``plain`` is given too.
    With ``bold`` (alone, or after the others), its sub-headings among paragraphs written as
    bold paragraphs (``bold_headings``), or with ``divs`` as styled ``<div>``s. With
    ``captions`` (alone, or before the others), its captions written as plain paragraphs
    (``caption_paragraphs``): with ``plain`` too, a caption is a ``<p>`` with no name to tell it."""
    if wrapped or ads or breaks or boxes or quotes or links:
        page = bold_headings(page, boxed=True) if boxes else page
        edit = (
            wrap_paragraphs
            if wrapped or boxes
            else ad_slots
            if ads
            else join_paragraphs
            if breaks
            else pull_quotes
            if quotes
            else link_lines
        )
        return _outside_scripts(page, edit)
    if captions:
        page = caption_paragraphs(page)
        if not (plain or undeclared):
            return page
    if paragraphs:
        return _outside_scripts(page, lambda part: _PARAGRAPH.sub(rb"<\g<close>div", part))
    if bold or divs or anchors or first:
        page = scramble(page, plain=plain, undeclared=undeclared) if plain or undeclared else page
        return bold_headings(page, divs=divs, anchors=anchors, first=first)
    if undeclared:
        page = undeclare(page)
        if not plain:
            return page
    page = _ATTRIBUTE.sub(_attribute, page)
    page = _FRAGMENT.sub(_fragment, page)
    page = _STYLE.sub(lambda m: m.group(1) + _stylesheet(m.group(2)) + m.group(3), page)
    return _plain(page) if plain else page


def _plain(page: bytes) -> bytes:
    """Sectioning and figure tags renamed ``div`` outside ``<script>`` elements."""
    return _outside_scripts(page, lambda part: _SEMANTIC.sub(rb"<\g<close>div", part))


def _outside_scripts(page: bytes, edit: Callable[[bytes], bytes]) -> bytes:
    """``page`` with ``edit`` applied to every part outside ``<script>`` elements."""
    out: list[bytes] = []
    position = 0
    for script in _SCRIPT.finditer(page):
        out.append(edit(page[position : script.start()]))
        out.append(script.group(0))
        position = script.end()
    out.append(edit(page[position:]))
    return b"".join(out)


def wrap_paragraphs(part: bytes) -> bytes:
    """``part`` with every whole ``<p>`` in a ``<div>`` of its own (``_WRAPPER``)."""
    return _WHOLE_PARAGRAPH.sub(lambda match: _WRAPPER + match[0] + b"</div>", part)


def join_paragraphs(part: bytes) -> bytes:
    """``part`` with each run of consecutive ``<p>``s one ``<p>``, parted by ``<br><br>``."""
    return _PARAGRAPH_JOIN.sub(b"<br><br>\n", part)


def _after_every(
    part: bytes, pattern: re.Pattern[bytes], every: int, extra: Callable[[int, re.Match[bytes]], bytes]
) -> bytes:
    """``part`` with ``extra(count, match)`` after every ``every``-th match of ``pattern``."""
    count = 0

    def add(match: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        return match[0] + (extra(count, match) if count % every == 0 else b"")

    return pattern.sub(add, part)


def pull_quotes(part: bytes) -> bytes:
    """``part`` with a pull quote (``_PULL_QUOTE``) after every fourth whole paragraph: the
    first sentence of that paragraph (40 to 200 bytes) said again, set large in a box."""

    def quote(_count: int, match: re.Match[bytes]) -> bytes:
        sentence = _FIRST_SENTENCE.match(b" ".join(_TAG_ANY.sub(b"", match[0]).split()))
        return _PULL_QUOTE % sentence[1] if sentence else b""

    return _after_every(part, _WHOLE_PARAGRAPH, 4, quote)


def link_lines(part: bytes) -> bytes:
    """``part`` with a paragraph that is one link to another story of the site
    (``_LINK_LINE``, titles from ``_OTHER_TITLES`` in turn) after every fifth paragraph end."""
    return _after_every(
        part,
        _PARAGRAPH_END,
        5,
        lambda count, _match: _LINK_LINE % (count, _OTHER_TITLES[(count // 5) % len(_OTHER_TITLES)]),
    )


def ad_slots(part: bytes) -> bytes:
    """``part`` with an ad slot (``_AD_SLOT``) after every third paragraph end."""
    return _after_every(part, _PARAGRAPH_END, 3, lambda count, _match: _AD_SLOT % count)


def caption_paragraphs(page: bytes) -> bytes:
    """``<figcaption>`` as ``<p>``, ``<figure>`` as ``<div>``, outside ``<script>`` elements."""

    def rename(match: re.Match[bytes]) -> bytes:
        tag = b"p" if match.group("tag").lower() == b"figcaption" else b"div"
        return b"<" + match.group("close") + tag

    return _outside_scripts(page, lambda part: _FIGURE.sub(rename, part))


def bold_headings(
    page: bytes, *, divs: bool = False, anchors: bool = False, boxed: bool = False, first: bool = False
) -> bytes:
    """The page with each ``<h2>``-``<h6>`` that stands among paragraphs written as
    ``<p><strong>…</strong></p>`` (see the module's docstring); with ``divs``, as a ``<div>`` of
    an opaque class that the page's stylesheet sets bold and larger (``STYLED_HEADING``). lxml
    tells which headings stand among paragraphs; the regular expression finds the same
    headings, in the same order, in the bytes (outside ``<script>``), so the rest of the page
    stays byte for byte (but for the style rule, the first of ``<head>``)."""
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.LxmlError, ValueError):  # a page lxml cannot read stays as it was
        return page
    parsed = list(tree.iter("h2", "h3", "h4", "h5", "h6"))
    spans: list[tuple[int, int, re.Match[bytes]]] = []
    position = 0
    for script in [*_SCRIPT.finditer(page), None]:
        end = script.start() if script is not None else len(page)
        spans += [(m.start(), m.end(), m) for m in _HEADING.finditer(page, position, end)]
        position = script.end() if script is not None else len(page)
    if len(spans) != len(parsed):
        return page
    out: list[bytes] = []
    position = 0
    for (start, end, match), heading in zip(spans, parsed, strict=True):
        if not _among_paragraphs(heading, between=first) or _BLOCK_TAG.search(match.group("inner")):
            continue
        whole, inner = match.group(0), match.group("inner")
        opened, closed = whole[: match.start("inner") - start], whole[match.end("inner") - start :]
        if first:  # the heading an <h1>, its attributes kept
            opening, closing = b"<h1" + opened[3:], b"</h1>"
        elif boxed:  # the heading kept, in a box of its own
            opening, closing = _WRAPPER + opened, closed + b"</div>"
        elif anchors:  # the heading kept, its text a link to itself
            number = len(out) // 4  # (four parts a rewritten heading)
            opening, closing = opened + b'<a href="#part-%d">' % number, b"</a>" + closed
        elif divs:
            opening, closing = _STYLED_OPEN, b"</div>"
        else:
            opening, closing = b"<p><strong>", b"</strong></p>"
        out += [page[position:start], opening, inner, closing]
        position = end
    out.append(page[position:])
    written = b"".join(out)
    if anchors or boxed or first or not divs or len(out) == 1:
        return written
    head = _HEAD_START.search(written)
    at = head.end() if head is not None else 0
    return written[:at] + STYLED_HEADING + written[at:]


def _among_paragraphs(heading: Any, *, between: bool = False) -> bool:
    """A heading with text whose parent holds a paragraph with text of its own, and no link
    around it (a story card's title); with ``between``, one such paragraph before it and one
    after it (a sub-heading, not a title or a standfirst over the text)."""
    parent = heading.getparent()
    if parent is None or not heading.text_content().strip():
        return False
    if any(ancestor.tag == "a" for ancestor in heading.iterancestors()):
        return False
    if between:
        before, after = heading.itersiblings(preceding=True), heading.itersiblings()
        return _paragraph_beside(before) and _paragraph_beside(after)
    return any(child.tag == "p" and child.text_content().strip() for child in parent)


def _paragraph_beside(siblings: Any) -> bool:
    """A ``<p>`` with text among ``siblings``."""
    return any(sibling.tag == "p" and sibling.text_content().strip() for sibling in siblings)


def scramble_kit(source: Path, target: Path, **options: bool) -> int:
    """A copy of the eval kit at ``target`` with every page scrambled (``options``: those of
    ``scramble``); the number of pages."""
    return copy_kit(source, target, lambda _set, _pages: lambda _page, data: scramble(data, **options))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="where the scrambled kit goes (created; must not be the kit itself)")
    parser.add_argument("--eval-dir", default=str(EVAL), help="the evaluation kit (default: ../shared/eval)")
    parser.add_argument(
        "--plain", action="store_true", help="also turn sectioning and figure elements into <div>s"
    )
    parser.add_argument(
        "--undeclared",
        action="store_true",
        help="take away JSON-LD, <meta> and microdata/RDFa instead (names kept unless --plain)",
    )
    parser.add_argument(
        "--bold-headings",
        action="store_true",
        help="write sub-headings among paragraphs as <p><strong> (alone: names and declarations kept)",
    )
    parser.add_argument(
        "--caption-paragraphs",
        action="store_true",
        help="write <figcaption> as <p> and <figure> as <div> (alone: nothing else changed; then --plain)",
    )
    parser.add_argument(
        "--div-headings",
        action="store_true",
        help="as --bold-headings, but as <div>s of a class the page's stylesheet sets bold and larger",
    )
    parser.add_argument(
        "--div-paragraphs",
        action="store_true",
        help="write every <p> as a <div> (alone: nothing else changed)",
    )
    parser.add_argument(
        "--wrapped-paragraphs",
        action="store_true",
        help="put every <p> in a <div> of its own (alone: nothing else changed)",
    )
    parser.add_argument(
        "--ad-slots",
        action="store_true",
        help="an 'Advertisement' slot after every third </p> (alone: nothing else changed)",
    )
    parser.add_argument(
        "--br-paragraphs",
        action="store_true",
        help="join consecutive <p>s into one, parted by <br><br> (alone: nothing else changed)",
    )
    parser.add_argument(
        "--anchored-headings",
        action="store_true",
        help="set the text of each sub-heading among paragraphs in a link to itself (alone)",
    )
    parser.add_argument(
        "--wrapped-blocks",
        action="store_true",
        help="as --wrapped-paragraphs, and each sub-heading among paragraphs in a <div> of its own too",
    )
    parser.add_argument(
        "--h1-headings",
        action="store_true",
        help="write sub-headings among paragraphs as <h1>s (alone: names and declarations kept)",
    )
    parser.add_argument(
        "--pull-quotes",
        action="store_true",
        help="after every fourth paragraph, its first sentence again as a pull quote (alone)",
    )
    parser.add_argument(
        "--link-lines",
        action="store_true",
        help="after every fifth paragraph, a paragraph that is one link to another story (alone)",
    )
    args = parser.parse_args(argv)
    dirs = kit_dirs(parser, args.eval_dir, args.out, "scrambled")
    if dirs is None:
        return 0
    source, target = dirs
    count = scramble_kit(
        source,
        target,
        plain=args.plain,
        undeclared=args.undeclared,
        bold=args.bold_headings,
        captions=args.caption_paragraphs,
        divs=args.div_headings,
        paragraphs=args.div_paragraphs,
        wrapped=args.wrapped_paragraphs,
        ads=args.ad_slots,
        breaks=args.br_paragraphs,
        anchors=args.anchored_headings,
        boxes=args.wrapped_blocks,
        first=args.h1_headings,
        quotes=args.pull_quotes,
        links=args.link_lines,
    )
    print(f"{count} pages scrambled into {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
