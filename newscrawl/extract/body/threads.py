"""Reader comment threads, found by what they are on any site, not by class words: the page's
class and id names may be hashed (CSS-in-JS) or in a language whose word for comments holds no
"comment" ("Kommentare", "reacties"), where trafilatura's comment XPaths and ours see nothing.

A thread is

* the page's schema.org comments: microdata ``itemtype`` ``Comment`` / ``UserComments``, or
  the ``comment`` property of its article; or
* a run of at least two like sibling blocks (the same tag and the same first class token,
  whatever the class is) each of which reads as a comment: a stamp (a ``<time>`` that is more
  than a time of day, or a date or a relative time on a short line of its own), text of its own
  besides the stamp and its links, little of it linked (a teaser card is mostly its link; a
  permalink on the stamp is the stamp, not linked text), no title of its own (``<h1>``-``<h3>``),
  not too long; and the run shows a thread's sign: a reply
  control (a link or button named "Reply", "Antworten", "Répondre" …, or a ``?replytocom=``
  link) or a link to a place on the page itself (a comment's permalink) in at least half of its
  blocks, or a heading naming comments just before it ("Comments", "Top rated comments",
  "3 Kommentare", "34 responses to “…the article's title…”"). Runs are looked for only near
  a heading that names comments or a form's ``<textarea>`` (the comment form): one walk of the
  page finds those, and a page without either costs no more.

Never on a page whose posts are its content (a forum thread or a Q&A page: JSON-LD
``DiscussionForumPosting`` / ``QAPage``, microdata ``Question`` / ``Answer``; a live blog), never a
thread that holds the page's headline (``<h1>``) or that comes before ``MIN_STORY_CHARS`` of the
page's own prose outside it: a page's own story is never inside a comment thread, and a forum
page without a schema opens with its first post (in the run) rather than with prose."""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree, html

from newscrawl.extract.body.boilerplate import COMMENT_HEADING
from newscrawl.extract.body.stories import live_blog
from newscrawl.extract.jsonld import ld_types
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page, once_per_page
from newscrawl.extract.words import joined
from newscrawl.extract.words.headings import COMMENT_COUNTED, COMMENT_HEADINGS
from newscrawl.extract.words.notes import RELATIVE_TIMES
from newscrawl.extract.words.threads import REPLY_LABELS

MIN_RUN = 2
"""Blocks in a run of like siblings that can be a thread."""
MAX_COMMENT_CHARS = 8000
"""A comment's text, its replies included, is at most this long."""
MAX_COMMENT_ELEMENTS = 400
"""A comment's block, its replies included, holds at most this many elements."""
MAX_STAMP_CHARS = 100
"""A comment's stamp ("September 12, 2018 at 4:47 pm", "2 days ago") is a line this short."""
MIN_OWN_CHARS = 2
"""A comment has text of its own besides its stamp and its links (a byline's name is linked)."""
MAX_LINK_SHARE = 0.5
"""At most this share of a comment's text is linked."""
SIGN_SHARE = 0.5
"""A reply control or a permalink in at least this share of a run's blocks."""
MIN_STORY_CHARS = 200
"""The page's own prose before a thread and outside it, at the least."""
MIN_PROSE_CHARS = 40
"""A line of prose (a text node in no link, heading or script) is at least this long."""
MAX_HEADING_CHARS = 60
"""A heading that names comments is at most this long ..."""
MAX_TITLED_HEADING_CHARS = 300
"""... or this long when it is all a count of comments on the article's title ("34 responses to
“…”", "2 thoughts on “…”", "3 Antworten zu „…“": ``boilerplate.COMMENT_HEADING``): the title is
as long as the headline."""
HEADING_SCOPE = 3
"""A thread is looked for within this many levels above a heading that names comments ..."""
FORM_SCOPE = 5
"""... or above a form's ``<textarea>``."""
MAX_CLIMB = 10
"""A comment's block is at most this many levels above its stamp."""
_HEADING_LOOKBACK = 3  # elements looked at before a run (and before each of its two ancestors)

_ITEM_TAGS = frozenset({"div", "li", "article", "section", "dd", "blockquote"})
_TITLE_TAGS = ("h1", "h2", "h3")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CODE_TAGS = frozenset({"script", "style", "noscript", "template", "title", "option"})
_NOT_PROSE = frozenset({"a", "button", *_HEADING_TAGS, *_CODE_TAGS})
_REPLY = re.compile(r"^\W*(?:" + joined(REPLY_LABELS) + r")\W*$", re.IGNORECASE)
_RELATIVE = re.compile(joined(RELATIVE_TIMES), re.IGNORECASE)
# A clock time alone ("10:32", "9.15 Uhr"): a live blog's post, not a comment's stamp.
_CLOCK_ONLY = re.compile(r"^\W*\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?\W*$", re.IGNORECASE)
# A comment-naming word anywhere in a short heading ("Top Rated Comments", "Leserkommentare"),
# or a count of comments ("12 Kommentare", "2 thoughts on “…”").
_COMMENT_TITLE = re.compile(
    r"(?<!\w)(?:" + joined(COMMENT_HEADINGS) + r"|\d+\s+(?:" + joined(COMMENT_COUNTED) + r"))(?!\w)",
    re.IGNORECASE,
)
_FORUM_TYPES = frozenset({"discussionforumposting", "qapage"})
_FORUM_ITEMTYPES = ("/Question", "/Answer", "/DiscussionForumPosting", "/QAPage")
_COMMENT_ITEMTYPES = ("/Comment", "/UserComments")

# The text nodes of a part of the page, each with its element (``getparent``). (In C; the short
# ones that may hold a stamp are picked in Python: quicker than string tests in XPath.)
_TEXTS = etree.XPath("descendant::text()")
# What a stamp line holds: a year (every date ``find_dates`` reads has one, 19xx or 20xx) or a
# relative time (``_RELATIVE``: the table itself, so a language added there counts here too).
_YEAR_HINT = re.compile("20|19")


@once_per_page  # read for the copy trafilatura reads (``prepare.py``) and for the authors
def comment_threads(page: Page) -> list[html.HtmlElement]:
    """The reader comment threads of ``page.tree``: the outermost elements to prune, in
    document order; none on a forum, Q&A or live-blog page. Read once per page."""
    if _posts_are_content(page):
        return []
    found = _microdata_comments(page)
    scopes = _thread_scopes(page.tree)
    if scopes:
        found += _comment_runs(page, scopes)
    if not found:
        return []
    taken = set(found)
    outermost = [node for node in found if not any(above in taken for above in node.iterancestors())]
    return _after_story(page.tree, outermost)


def _posts_are_content(page: Page) -> bool:
    """A forum thread, a Q&A page or a live blog: its dated posts are the page's content."""
    if live_blog(page) or any(ld_types(obj) & _FORUM_TYPES for obj in page.json_ld):
        return True
    return any(
        (node.get("itemtype") or "").rstrip("/").endswith(_FORUM_ITEMTYPES) for node in page.microdata()
    )


def _microdata_comments(page: Page) -> list[html.HtmlElement]:
    """The elements that declare a schema.org comment: ``itemtype`` ``Comment`` or
    ``UserComments``, or ``itemprop="comment"`` on an item."""
    found = []
    for node in page.microdata():
        itemtype = node.get("itemtype")
        if itemtype and (
            itemtype.rstrip("/").endswith(_COMMENT_ITEMTYPES)
            or "comment" in (node.get("itemprop") or "").split()
        ):
            found.append(node)
    return found


def _thread_scopes(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """Where a thread may be: around each heading that names comments (``HEADING_SCOPE``
    levels above it) and each form's ``<textarea>`` (``FORM_SCOPE`` levels); the outermost."""
    scopes: list[html.HtmlElement] = []
    for node in tree.iter("textarea", *_HEADING_TAGS[1:]):
        if node.tag != "textarea" and not _names_comments(node):
            continue
        above = list(islice(node.iterancestors(), FORM_SCOPE if node.tag == "textarea" else HEADING_SCOPE))
        scopes.append(above[-1] if above else node)
    taken = set(scopes)
    return [scope for scope in dict.fromkeys(scopes) if not any(up in taken for up in scope.iterancestors())]


def _names_comments(heading: html.HtmlElement) -> bool:
    """``heading`` names a comment section: "Comments", "Top rated comments", "12 Kommentare"
    (a comment word anywhere in a short heading), or "34 responses to “…”" (a count of comments
    on the article's title, whatever the title's length)."""
    title = text_of(heading)
    if len(title) > 2 * MAX_TITLED_HEADING_CHARS:
        return False
    if (
        len(title) <= 2 * MAX_HEADING_CHARS
        and _COMMENT_TITLE.search(title) is not None
        and len(collapse(title)) <= MAX_HEADING_CHARS
    ):
        return True
    line = collapse(title)
    return len(line) <= MAX_TITLED_HEADING_CHARS and COMMENT_HEADING.match(line) is not None


def _comment_runs(page: Page, scopes: list[html.HtmlElement]) -> list[html.HtmlElement]:
    """The blocks of each run of like siblings in ``scopes`` that reads as a comment thread,
    found from the stamps up: each run the like siblings of an ancestor of a stamp."""
    holders: list[html.HtmlElement] = []
    for scope in scopes:
        holders += scope.iter("time")
        for line in _TEXTS(scope):
            if len(line) <= 2 * MAX_STAMP_CHARS and (_YEAR_HINT.search(line) or _RELATIVE.search(line)):
                holder = line.getparent()
                if holder is not None and holder.tag not in _CODE_TAGS and _stamp_line(str(line)):
                    holders.append(holder)
    runs: dict[tuple[html.HtmlElement, str, str], list[html.HtmlElement]] = {}
    for holder in holders:
        node = holder
        for _ in range(MAX_CLIMB):
            parent = node.getparent()
            if parent is None:
                break
            classes = node.get("class")
            if classes and node.tag in _ITEM_TAGS and (token := classes.split()[:1]):
                key = (parent, node.tag, token[0])
                if key not in runs:
                    runs[key] = [
                        child
                        for child in parent.iterchildren(node.tag)
                        if (child.get("class") or "").split()[:1] == token
                    ]
            node = parent
    found: list[html.HtmlElement] = []
    for items in runs.values():
        if len(items) >= MIN_RUN and _thread(page, items):
            found += items
    return found


def _thread(page: Page, items: list[html.HtmlElement]) -> bool:
    """Each of ``items`` reads as a comment, and the run shows a thread's sign."""
    signs = 0
    for item in items:
        sign = _comment(page, item)
        if sign is None:
            return False
        signs += sign
    return signs >= SIGN_SHARE * len(items) or _comment_heading_before(items[0])


def _comment(page: Page, item: html.HtmlElement) -> bool | None:
    """None unless ``item`` reads as a comment; else whether it holds a reply control or a
    permalink."""
    if next(item.iter(*_TITLE_TAGS), None) is not None:
        return None
    if sum(1 for _ in islice(item.iter(), MAX_COMMENT_ELEMENTS + 1)) > MAX_COMMENT_ELEMENTS:
        return None
    text = collapse(item.text_content())
    if len(text) > MAX_COMMENT_CHARS:
        return None
    stamp = _stamp(item)
    if stamp is None:
        return None
    linked = 0  # (a permalink on the stamp is the stamp, not linked text: counted once)
    for link in item.iter("a"):
        shown = collapse(link.text_content())
        if next(link.iter("time"), None) is None and not _stamp_line(shown):
            linked += len(shown)
    if linked > MAX_LINK_SHARE * len(text) or len(text) - linked - stamp < MIN_OWN_CHARS:
        return None
    return _reply_or_permalink(page, item)


def _stamp(item: html.HtmlElement) -> int | None:
    """The length of the first stamp in ``item``: a ``<time>`` (not a bare time of day), or a
    short line (a text node) with a date or a relative time; None when it has none."""
    for node in item.iter():
        if node.tag == "time":
            shown = collapse(node.text_content())
            if not _CLOCK_ONLY.match(shown):
                return len(shown)
            continue
        for line in (node.text, node.tail if node is not item else None):
            if line and len(line) <= 2 * MAX_STAMP_CHARS and (length := _stamp_line(line)):
                return length
    return None


def _stamp_line(line: str) -> int:
    """The length of ``line`` (collapsed) when it is short and holds a date or a relative time;
    0 otherwise."""
    line = collapse(line)
    if len(line) > MAX_STAMP_CHARS or not any(char.isdigit() for char in line):
        return 0
    return len(line) if find_dates(line) or _RELATIVE.search(line) else 0


def _reply_or_permalink(page: Page, item: html.HtmlElement) -> bool:
    """``item`` holds a reply control or a link to a place on the page itself."""
    own = _address(page.url)
    for node in item.iter("a", "button"):
        href = node.get("href") or ""
        if "replytocom=" in href:
            return True
        label = node.text_content()
        if len(label) < 40 and _REPLY.match(label):
            return True
        base, mark, place = href.partition("#")
        if (
            mark
            and len(place) > 1
            and (not base or (own is not None and _address(page.absolute(base)) == own))
        ):
            return True
    return False


def _address(url: str | None) -> str | None:
    """An address without scheme, "www.", query, fragment and final "/", lower-case."""
    if not url:
        return None
    rest = url.split("#", 1)[0].split("?", 1)[0].split("://", 1)[-1].lower()
    return rest.removeprefix("www.").rstrip("/")


def _comment_heading_before(first: html.HtmlElement) -> bool:
    """A heading naming comments just before ``first``: among the few elements before it, or
    before its parent or grandparent (the heading itself, or one inside them)."""
    node: html.HtmlElement | None = first
    for _ in range(3):
        if node is None:
            return False
        for before in islice(node.itersiblings(preceding=True), _HEADING_LOOKBACK):
            heads = [before] if before.tag in _HEADING_TAGS else islice(before.iter(*_HEADING_TAGS), 2)
            if any(_names_comments(head) for head in heads):
                return True
        node = node.getparent()
    return False


def _after_story(tree: html.HtmlElement, threads: list[html.HtmlElement]) -> list[html.HtmlElement]:
    """The threads that hold no headline and come after at least ``MIN_STORY_CHARS`` of the
    page's own prose outside any thread (``_prose``)."""
    doomed = set(threads)
    kept: list[html.HtmlElement] = []
    story = 0
    passing: html.HtmlElement | None = None  # the thread being passed over
    for node in tree.iter():
        if passing is not None:
            if passing in node.iterancestors():
                continue
            passing = None
        if node in doomed:
            if story >= MIN_STORY_CHARS and next(node.iter("h1"), None) is None:
                kept.append(node)
            passing = node
            story += _prose(node.tail, node.getparent())
        elif story < MIN_STORY_CHARS:
            story += _prose(node.text, node) + _prose(node.tail, node.getparent())
    return kept


def _prose(line: str | None, holder: html.HtmlElement | None) -> int:
    """The length of ``line`` (a text node of ``holder``) when it is prose: at least
    ``MIN_PROSE_CHARS`` long, in no link, heading, script or style."""
    if not line or holder is None or not isinstance(holder.tag, str) or len(line) < MIN_PROSE_CHARS:
        return 0
    if holder.tag in _NOT_PROSE or any(above.tag == "a" for above in holder.iterancestors()):
        return 0
    length = len(collapse(line))
    return length if length >= MIN_PROSE_CHARS else 0
