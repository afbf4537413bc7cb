"""Pages that carry more than one story: the record is the story the page names.

A page names its story in JSON-LD ``headline``, ``og:title`` / ``twitter:title`` and
``<title>``, and gives its address (canonical link, og:url, JSON-LD ``url`` /
``mainEntityOfPage``). Further stories share the page: the next one appended below (infinite
scroll, in ``<article>``s or in plain containers, each with its own ``<h1>``), a featured story
above it, a related story's body. The named story is, in this order: the story container whose
own address (``data-url``, ``data-href``, ``data-permalink``, …) is the page's; the one whose
``<h1>`` states the page's name (or the headline part of it: "Kicker: Headline", "Site -
Section - Headline"; set twice in the same words, a sticky bar's copy: the one that heads a
story's text), else whose ``<h1>`` links to the page's address, else (a page that sets its
site's name in ``<h1>``) the ``<h2>`` that states the page's name (else, for ``<article>``
layouts, the first ``<article>`` with an ``<h1>``, unless a story's text in no ``<article>``
comes before it: then that text is the page's story, and every ``<article>`` with an ``<h1>``
another). Every other story is pruned
from the copy trafilatura reads, so no two stories are merged and never the wrong one is kept:

* a container with its own headline and real paragraphs outside the named one;
* an ``<article>`` with real paragraphs beside the story's own ``<article>`` (the one holding
  the named ``<h1>``; under an ``<h1>`` that stands in none, the one restating the headline,
  else the first with a story's text under it): with a heading anywhere, without one (an
  endless page's next story, its headline left out) after it, unless set as it is (its parts,
  a live blog's posts); after a story read in plain blocks, an ``<article>`` headed by its own
  ``<h1>``, or with real paragraphs and no longer than twice the story read before it (unless
  that story has three real paragraphs at least: captions are no story);
* after the named headline's own block, when it stands in no ``<article>`` (the smallest
  element around it with three real paragraphs at least, none before the headline): a block
  that follows it, or follows one of the elements around it, with a story's length of text and
  no heading of its own (an endless page's next story, its headline left out), unless set as
  the block it follows is (its parts);
* a container that carries another story's address;
* a further headline after the named story's text (an ``<h1>``, or an ``<h2>`` on a page with at
  most two such, so a live blog's dated posts stay) with a byline or date under it (a ``<time>``,
  an author-classed element, a short line with a year): its container, or, when it stands among
  the named story's own elements with no container of its own, the run of elements from it on;
* a block inside the story headed by a heading that is wholly a link to another address, with
  real paragraphs of its own (a related story's first paragraphs), unless like blocks repeat
  beside it (a listicle's items);
* where no heading tells them apart, by their words (``off_name_blocks``): a block with a
  story's text after the story's own paragraphs (three at least, in an element of their own)
  that says next to none of the words that name the page's story while they say them, unless
  set as a sibling is (its parts) or it stands among the story's paragraphs (its box);
* likewise after a story written without real paragraphs (text ``<div>``s, ``<br>`` lines:
  ``off_name_after``): going up from the named headline (else from the one ``<h1>`` that says
  most of a name's words), a block that follows it with a story's length of text that says
  next to none of those words, when the text between (the page's own story, a story's length
  at least) says them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree, html

from newscrawl.extract.jsonld import ld_types
from newscrawl.extract.nodes import first_below, first_in, text_of
from newscrawl.extract.normalise import (
    HAN_KANA_RUN,
    HANGUL_RUN,
    collapse,
    remembered,
    spaced_length,
    without_zero_width,
)
from newscrawl.extract.page import Page, once_per_page
from newscrawl.extract.words.classes import (
    AUTHOR_CLASS_WORDS,
    HEADLINE_CLASS_WORDS,
    LIVE_CLASS_WORDS,
    SHARE_CLASS_WORDS,
)

# A story: at least this many paragraphs of at least this many characters. Every length in
# characters here is a ``normalise.spaced_length``: Chinese and Japanese text, written without
# spaces, counted as the spaced text that says as much (a full 60-character Japanese paragraph
# is no teaser line).
MIN_STORY_PARAGRAPHS = 2
MIN_PARAGRAPH_CHARS = 80
# A story read in plain blocks with this many real paragraphs is a story's text, whatever
# follows it (two captions written as paragraphs are not).
MIN_OWN_PARAGRAPHS = 3
# An <article> without a heading holds a story's text with this many characters in its real
# paragraphs at least (``root.MIN_ROOT_CHARS``: a story's block, not a card's or a summary's).
MIN_HEADLESS_CHARS = 400
# A name matches an <h1> when one starts with the other and the shorter is this long at least
# ("Headline | Site" in <title>).
MIN_NAME_CHARS = 12
# A name's kicker ("Kenia: Nairobi von unten") is at most this many words.
MAX_KICKER_WORDS = 4
# What sets a title's parts apart: "Site - Section - Headline", "Headline | Site".
_TITLE_MARKS = "-|\u2013\u2014\u00b7"  # a dash, a bar or a middle dot set apart by spaces
_TITLE_PARTS = re.compile(rf"\s+[{_TITLE_MARKS}]\s+")
_WORD = re.compile(r"\w+")
# A line this long at least is told to be a pruned story's by its words.
MIN_LINE_CHARS = 25
# A pruned region's label names at most this many of its classes.
MAX_LABEL_CLASSES = 3
# Attributes by which an appended story (infinite scroll, AMP next page) carries its own address.
URL_ATTRIBUTES = (
    "data-url",
    "data-href",
    "data-permalink",
    "data-canonical",
    "data-article-url",
    "data-share-url",
)
# A byline or date line under a story's headline: a <time>, an author-classed element, a
# story's own share bar (``SHARE_CLASS_WORDS``), or a short line with a year; looked for in this
# many elements after the headline.
BYLINE_REACH = 3
MAX_BYLINE_CHARS = 80
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLASS_WORD = re.compile(r"[a-z]+")
_BYLINE_CLASS_WORDS = AUTHOR_CLASS_WORDS | SHARE_CLASS_WORDS
_ENDS = (".", "!", "?", "…")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SUB_HEADINGS = ("h2", "h3", "h4")
_BLOCKS = frozenset({"div", "section", "aside"})
# Other data attributes that may carry a story's address ("data-next-article-path",
# "data-story-uri", "data-post-link"): they count only when one story on the page carries the
# page's own address in the same attribute (a stream of stories marks each one alike).
_ADDRESS_NAMES = ("url", "href", "permalink", "canonical", "path", "uri", "link")
_ADDRESS_NAME = re.compile(r"data-(?:[a-z0-9]+-)*(?:" + "|".join(_ADDRESS_NAMES) + ")")
_NOT_STORY_ADDRESS = re.compile(
    r"(?<![a-z])(?:img|image|src|thumb|thumbnail|video|audio|api|ajax|endpoint|embed|iframe|pixel"
    r"|json|feed|comments?|login|cart|ad|ads|track|tracking|share)(?![a-z])"
)
_NAMED_ATTRIBUTES = frozenset(URL_ATTRIBUTES)
# (Each of them ends so: "-url", "-href", ….)
_ADDRESS_ENDS = tuple(f"-{name}" for name in _ADDRESS_NAMES)
# A live blog's class or id, on the page or around a post (``words/classes.py``).
_LIVE_CLASS = re.compile(
    r"(?<![a-z])(?:" + "|".join(w.replace("-", "[-_]?") for w in LIVE_CLASS_WORDS) + r")s?(?![a-z])"
)
# A post's stamp: a time of day ("9.10am", "14:32", "9.45 Uhr", "10h45") and no year.
_TIME_OF_DAY = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.:])")
# The rules that prune another story, as ``explain`` names them.
HEADLINE = "story-headline"  # a container headed by its own <h1> (or another <article>)
ADDRESS = "story-address"  # a container that carries another story's address
AFTER = "story-after"  # a further headline with a byline or date after the story's text
RELATED = "story-related"  # a related story's paragraphs under a heading linking elsewhere
CARDS = "story-cards"  # a row of other stories' cards (picture or title, link, teaser) after the text
HEADLESS = "story-headless"  # another story's text with no heading after the story's own block
WORDS = "story-words"  # a block of another story's text that says none of the page's name
RULES = (HEADLINE, ADDRESS, AFTER, RELATED, CARDS, HEADLESS, WORDS)
# A row of cards: at least this many like elements, each linking to another page of the site
# under a picture or a title, with at most this much text besides its links; the row's own text
# besides its cards (its title) is at most this long.
MIN_CARDS = 3
MAX_CARD_TEXT = 400
MAX_ROW_TITLE_CHARS = 120
_CARD_ROWS = ("div", "section", "aside", "ul", "ol")
_CARD_TAGS = frozenset({"div", "li", "article", "section", "figure"})
_CARD_PICTURES = ("img", "picture", "amp-img")
_CARD_TITLES = ("h2", "h3", "h4", "h5", "h6")
# An <h2> (an <h3>, a classed headline) is a further story's headline only on pages with at
# most this many dated ones of its kind (a live blog's many dated posts are the story's own
# parts, a list of teasers with dates is no story).
MAX_LATER_HEADS = 2
# A headline set as a classed div or p is at most this long.
MAX_HEAD_CHARS = 200
# The words that name the page's story (``_name_words``): those of its names' headline parts
# of this many characters at least (no "the", "und", "des"), not its site's; a page whose
# names give fewer of them is not judged by its words.
MIN_NAME_WORD_CHARS = 4
MIN_NAME_WORDS = 3
# A title's part of one word under this share of its longest part's length is the site's or a
# section's name ("Headline | 강변일보", "Headline - Politik"), no word of the story's name; a
# one-word headline beside the site's name ("Bohnenviertel - Stadt Stuttgart") is no shorter.
MAX_NAME_TAG_SHARE = 0.5
# A block with a story's text is another story's when it says at most this share of the words
# that name the page's story, and the prose beside it says this many more of them
# (``off_name_blocks``).
MAX_OFF_NAME_SHARE = 0.2
MIN_MORE_NAME_WORDS = 2
# An <h1> that says this share of those words at least names the story when none states a name.
MIN_SAID_SHARE = 0.8
# The real paragraphs beside such a block say the story's words when this many come before it.
MIN_BEFORE_PARAGRAPHS = 3
# Such a block holds this many characters of real paragraphs at least (a story's text, not a
# pop-up's or a consent dialog's few lines).
MIN_WORD_BLOCK_CHARS = 2 * MIN_HEADLESS_CHARS
_WORD_BLOCKS = frozenset({"div", "section", "article"})
# A title's parts, as told apart for its words (``_TITLE_PARTS``, and "Site » Headline").
_NAME_PARTS = re.compile(rf"\s+[{_TITLE_MARKS}\u00bb\u00ab]\s+")


class Pruned:
    """What was taken out of the copy of the page trafilatura reads, with the rule that took it:
    another story (a ``RULES`` rule: its first heading, else the start of its text, and its
    whole text) or a region that is never article text (``prepare.REGION_RULES``: a consent
    dialog, a hidden node, a caption, a side box, an embedded post, a site's prune XPath; its
    label is the element's tag, id and classes). ``explain`` lists it; the recall guard counts
    a line of its text found in trafilatura's reading as dropped with this cause.

    A region's text is read from its removed elements only when asked (``explain``, the recall
    guard): pruning costs no text serialisation of the removed subtrees."""

    __slots__ = ("_heading", "_nodes", "_parts", "_text", "rule")

    def __init__(
        self,
        rule: str,
        heading: str | None = None,
        text: str | None = None,
        parts: tuple[str, ...] | None = None,
        *,
        nodes: tuple[html.HtmlElement, ...] = (),
    ) -> None:
        self.rule = rule
        self._heading, self._text, self._parts, self._nodes = heading, text, parts, nodes

    @property
    def story(self) -> bool:
        """Another story (not a region of chrome)."""
        return self.rule in RULES

    @property
    def heading(self) -> str:
        """A story's first heading; a region's label (``div#cmp.consent-layer``)."""
        if self._heading is None:
            self._heading = " ".join(_label(node) for node in self._nodes)
        return self._heading

    @property
    def text(self) -> str:
        if self._text is None:
            # (``text_content()``, not ``nodes.text_of``: they differ on a comment, which a
            # site's prune XPath may take: ``text_content()`` raises, ``text_of`` reads it.)
            self._text = collapse(" ".join(node.text_content() for node in self._nodes))
        return self._text

    @property
    def parts(self) -> tuple[str, ...]:
        """The texts of its headings, paragraphs and list items (its short lines are told by
        these); a region with none of them (a caption's ``div``) is one line."""
        if self._parts is None:
            found = tuple(
                t
                for node in self._nodes
                for e in node.iter(*_HEADINGS, "p", "li")
                if (t := collapse(text_of(e)))
            )
            self._parts = found or ((self.text,) if self.text else ())
        return self._parts

    @property
    def chars(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Pruned({self.rule!r}, {self.heading!r}, {self.chars} chars)"


def _label(node: html.HtmlElement) -> str:
    """``tag#id.class.class``: which element a region was (no text read)."""
    tag = node.tag if isinstance(node.tag, str) else "?"
    name = node.get("id")
    classes = (node.get("class") or "").split()[:MAX_LABEL_CLASSES]
    return tag + (f"#{name}" if name else "") + "".join(f".{c}" for c in classes)


class PrunedText:
    """The words of what was pruned from a page, to tell a line of it and its cause: its words
    (case folded) run whole inside one record's, and it is not too short to say (a "Share" or
    "1." line is in every story). Read on the first question only. A record's text runs its
    blocks together ("…Meran</h3><p>Ein Pool…" reads "MeranEin Pool"): its headings', paragraphs'
    and list items' own texts are read too, so a line that is one of them is told whole."""

    def __init__(self, records: Collection[Pruned]) -> None:
        self._records = list(records)
        self._joined: str | None = None
        self._starts: list[int] = []
        self._owners: list[int] = []  # the record of each chunk, by its index
        self._parts: dict[str, Pruned] = {}

    def cause(self, line: str) -> Pruned | None:
        """The record whose text holds ``line``, or None."""
        key = _words(line)
        if self._joined is None:
            self._read()
        if len(key) < MIN_LINE_CHARS:
            return self._parts.get(key) if key else None
        at = self._joined.find(f" {key} ") if self._joined is not None else -1
        if at < 0:
            return None
        return self._records[self._owners[bisect_right(self._starts, at) - 1]]

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and self.cause(line) is not None

    def _read(self) -> None:
        chunks: list[str] = []
        at = 0
        for index, record in enumerate(self._records):
            whole = _words(record.text)
            parts = [_words(part) for part in record.parts]
            for chunk in (whole, *(part for part in parts if len(part) >= MIN_LINE_CHARS)):
                self._starts.append(at)
                self._owners.append(index)
                chunks.append(f" {chunk} \n")
                at += len(chunks[-1])
            for part in parts:
                self._parts.setdefault(part, record)
        self._joined = "".join(chunks)


def pruned_records(found: list[tuple[html.HtmlElement, str]]) -> list[Pruned]:
    """The record of each story in ``found`` (read before it leaves the tree): a run of sibling
    elements pruned by one rule (a story with no container of its own) is one story."""
    runs: list[tuple[list[html.HtmlElement], str]] = []
    for node, rule in found:
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if runs and runs[-1][1] == rule and before is runs[-1][0][-1]:
            runs[-1][0].append(node)
        else:
            runs.append(([node], rule))
    return [_record(nodes, rule) for nodes, rule in runs]


def _record(nodes: list[html.HtmlElement], rule: str) -> Pruned:
    parts = [
        (e.tag, t) for node in nodes for e in node.iter(*_HEADINGS, "p", "li") if (t := collapse(text_of(e)))
    ]
    text = collapse(" ".join(text_of(node) for node in nodes))
    heading = next((t for tag, t in parts if tag in _HEADINGS), text[:MAX_BYLINE_CHARS])
    return Pruned(rule=rule, heading=heading, text=text, parts=tuple(t for _, t in parts))


@once_per_page  # (asked by prepare, root and recall)
def page_names(page: Page) -> list[str]:
    """How the page names its story: JSON-LD headlines, og:title / twitter:title, <title>."""
    names = [str(obj.get("headline") or "") for obj in page.articles_ld()]
    names.append(page.first_meta("og:title", "twitter:title") or "")
    # The document's titles, not an SVG icon's <title> (a page may draw hundreds of icons).
    names += [
        collapse(text_of(title))
        for title in page.tree.iter("title")
        if next(title.iterancestors("svg"), None) is None
    ]
    return [name for name in names if name]


def page_urls(page: Page) -> frozenset[str]:
    """The addresses the page gives its story (canonical, og:url, JSON-LD url / mainEntityOfPage
    / @id, the fetched URL), as :func:`url_key` keys."""
    return page_addresses(page)[0]


def page_hosts(page: Page) -> frozenset[str]:
    """The hosts of the page's addresses (lower case, without ``www.``): its own site."""
    return page_addresses(page)[1]


def page_addresses(page: Page) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`page_urls` and :func:`page_hosts`, from one read of the page's addresses."""
    addresses = _addresses(page)
    urls = frozenset(key for url in addresses if (key := url_key(url)))
    return urls, frozenset(host for url in addresses if (host := site_host(url)))


@remembered(2000)  # a page links the same addresses again and again
def site_host(url: str) -> str:
    """The host of ``url`` without "www.", "" when it has none (a page links the same addresses
    again and again: remembered)."""
    url = url.strip()
    parts = _plain_parts(url)
    if parts is not None:
        # urlsplit's ``hostname``: after the user, before the port; the zone of a scoped
        # address ("%eth0") keeps its case.
        name, percent, zone = parts[1].rpartition("@")[2].partition(":")[0].partition("%")
        host = name.lower() + percent + zone
    else:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return ""
    return host.removeprefix("www.")


# A plain address (``_plain_parts``): its scheme, what follows "//" up to the path (the netloc),
# and the path up to the query or fragment, as ``urlsplit`` splits it.
_PLAIN_URL = re.compile(r"(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?([^?#]*)")


def _plain_parts(url: str) -> tuple[str, str, str] | None:
    """``urlsplit(url)``'s scheme (lower case), netloc and path, read by one regex match, for an
    address of printable ASCII characters without brackets (what pages link: ``urlsplit`` then
    removes no character and raises no error); None for any other, which ``urlsplit`` reads.
    (``urlsplit`` is a few dozen Python calls; the readers split thousands of links a pass.)"""
    if not (url.isascii() and url.isprintable()) or "[" in url or "]" in url:
        return None
    found = _PLAIN_URL.match(url)
    if found is None:  # (the pattern matches every text, at least with nothing)
        return None
    scheme, netloc, path = found.groups()
    return (scheme or "").lower(), netloc or "", path


def _addresses(page: Page) -> list[str]:
    found = [page.url or "", page.first_meta("og:url") or ""]
    found += [
        link.get("href", "")
        for link in page.tree.iterfind(".//link[@rel][@href]")
        if "canonical" in link.get("rel", "").lower().split()
    ]
    for obj in page.articles_ld():
        for key in ("url", "@id", "mainEntityOfPage"):
            value = obj.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str):
                found.append(value)
    return found


@remembered(2000)
def url_key(url: str) -> str:
    """The path of an address, lower case, without its trailing slash, query and fragment (host
    and scheme left out: an appended story's address is often relative); empty for a home page
    or for what is no web address."""
    url = url.strip()
    parts = _plain_parts(url)
    if parts is not None:
        scheme, _, path = parts
    else:
        try:
            split = urlsplit(url)
        except ValueError:
            return ""
        scheme, path = split.scheme, split.path
    if scheme not in ("", "http", "https"):
        return ""
    path = path.rstrip("/").casefold()
    return path if path.count("/") >= 1 and len(path) > 1 else ""


def other_stories(
    tree: html.HtmlElement,
    names: list[str],
    urls: Collection[str] = (),
    *,
    live: bool = False,
    hosts: Collection[str] = (),
) -> list[html.HtmlElement]:
    """The containers of the stories on the page other than the named one (none when the page
    carries one story, or when which story it names is unclear). ``live``: the page declares a
    live blog (:func:`live_blog`), whose dated posts are its own; ``hosts``: the page's own
    site (:func:`page_hosts`), whose other pages a row of cards links to."""
    return [node for node, _ in story_prunes(tree, names, urls, live=live, hosts=hosts)]


def story_prunes(
    tree: html.HtmlElement,
    names: list[str],
    urls: Collection[str] = (),
    *,
    live: bool = False,
    hosts: Collection[str] = (),
) -> list[tuple[html.HtmlElement, str]]:
    """:func:`other_stories`, each with the rule that found it (``RULES``), outermost first found."""
    prose = Prose(tree)
    headlines = [h1 for h1 in tree.iter("h1") if _words(text_of(h1))]
    named = [h1 for h1 in headlines if _names(h1, names)]
    if len(named) > 1:
        named = _repeated_headline(named, headlines, prose)
    if len(named) != 1 and urls:
        # No <h1> states the page's name: the one that links to the page's address names it.
        linked = [h1 for h1 in headlines if any(url_key(a.get("href") or "") in urls for a in h1.iter("a"))]
        named = linked if len(linked) == 1 else named
    if not named and hosts:
        # A short headline, stated by a title beside the site's name ("About bugs | Vortex
        # Cannon", the host vortexcannon.org): the one <h1> that states a whole other part.
        stated = _title_heads(names, hosts)
        parted = [h1 for h1 in headlines if _words(text_of(h1)) in stated]
        named = parted if len(parted) == 1 else named
    if not named:
        # A page that sets its site's (or its section's) name in <h1> sets the story's headline
        # in an <h2>: the one that states the page's name (once, or repeated in the same words).
        subs = _repeated_headline(
            [h2 for h2 in tree.iter("h2") if _names(h2, names) and _words(text_of(h2))], headlines, prose
        )
        if len(subs) == 1:
            named = subs
            kept = {*headlines, *subs}
            headlines = [h for h in tree.iter("h1", "h2") if h in kept]
    if not named:
        # Nor an <h2>: a page of plain blocks may set its headline as a lower heading (an
        # <h4> over the story's text); the one of them that states the page's whole name names it.
        lower = _repeated_headline(
            [h for h in tree.iter("h3", "h4", "h5", "h6") if _names(h, names, whole=True)],
            headlines,
            prose,
        )
        if len(lower) == 1:
            named = lower
            kept = {*headlines, *lower}
            headlines = [h for h in tree.iter("h1", lower[0].tag) if h in kept]
    if not named and not live:
        # Nor any heading states it: the one <h1> that says most of a name's words, set
        # otherwise ("Barisic: 'Headline'" for "Rapids Barisic geschlaucht: 'Headline' - Sport").
        parts = _name_part_words(names, hosts)
        said = [h1 for h1 in headlines if _says_name(h1, parts)]
        named = said if len(said) == 1 else named
    marked = _marked_stories(tree, urls, prose)
    own = [story for story, key in marked if key in urls]
    related = (
        _ruled(related_bodies(tree, urls, prose), RELATED)
        + _ruled(card_rows(tree, urls, hosts, prose), CARDS)
        + _ruled([] if live else off_name_blocks(tree, names, hosts, prose), WORDS)
    )
    if len(own) == 1:
        # The page's address names one of the stories that carry their own: every other one goes.
        heads = list(own[0].iter("h1"))
        named = heads[:1] if len(heads) == 1 else named
        # (The named headline in the story with the page's address: the other <h1> and
        # <article> stories go as they do when only the headline names it.)
        inside = len(named) == 1 and own[0] in set(named[0].iterancestors())
        return _outermost_ruled(
            _ruled(
                [
                    story
                    for story, key in marked
                    if key not in urls and own[0] not in set(story.iterancestors())
                ],
                ADDRESS,
            )
            + (_h1_stories(tree, named, headlines, prose, names, live=live) if inside else [])
            + _ruled(_later_stories(named, headlines, prose, live=live), AFTER)
            + related
        )
    if len(named) == 1:
        # Stories with an address of their own that does not hold the named headline.
        extra = [story for story, key in marked if key not in urls and named[0] not in set(story.iter("h1"))]
        return _outermost_ruled(
            _h1_stories(tree, named, headlines, prose, names, live=live)
            + _ruled(extra, ADDRESS)
            + _ruled(_later_stories(named, headlines, prose, live=live), AFTER)
            + related
            + _ruled([] if live else off_name_after(named[0], names, hosts), WORDS)
        )
    # (No one <h1> is named, not even by the name's words: the words rule after the story has
    # no headline to start from.)
    return _outermost_ruled(_h1_stories(tree, named, headlines, prose, names, live=live) + related)


def _name_part_words(names: list[str], hosts: Collection[str]) -> list[frozenset[str]]:
    """The words of each part of the page's names (:func:`_name_words` of the part) that gives
    :data:`MIN_NAME_WORDS` at least: read once for every ``<h1>`` :func:`_says_name` asks of."""
    return [
        said
        for name in names
        for part in _NAME_PARTS.split(name)
        if len(said := _name_words([part], hosts)) >= MIN_NAME_WORDS
    ]


def _says_name(h1: html.HtmlElement, parts: list[frozenset[str]]) -> bool:
    """``h1`` says :data:`MIN_SAID_SHARE` of the words of one of the ``parts`` of the page's
    names (:func:`_name_part_words`), set otherwise than the name sets them ("Update:
    Headline" for "Headline | Site", a name shortened)."""
    heading = text_of(h1)
    return any(_said_in(said, heading) >= MIN_SAID_SHARE * len(said) for said in parts)


def _repeated_headline(
    named: list[html.HtmlElement], headlines: list[html.HtmlElement], prose: Prose
) -> list[html.HtmlElement]:
    """The page's headline set twice or more in the same words (a sticky bar's, a small
    screen's copy): the one that heads a story's text (:func:`_region`), when one alone does;
    else ``named``."""
    if len({_words(text_of(h1)) for h1 in named}) != 1:
        return named
    heading = [
        h1
        for h1 in named
        if (region := _region(h1, [*headlines, *named])) is not None and prose.story(region)
    ]
    return heading if len(heading) == 1 else named


def _ruled(nodes: list[html.HtmlElement], rule: str) -> list[tuple[html.HtmlElement, str]]:
    return [(node, rule) for node in nodes]


def _outermost_ruled(found: list[tuple[html.HtmlElement, str]]) -> list[tuple[html.HtmlElement, str]]:
    """The outermost of the nodes found, each once, with the first rule that found it."""
    rules: dict[html.HtmlElement, str] = {}
    for node, rule in found:
        rules.setdefault(node, rule)
    return [(node, rules[node]) for node in _outermost(list(rules))]


def related_bodies(
    tree: html.HtmlElement, urls: Collection[str], prose: Prose | None = None
) -> list[html.HtmlElement]:
    """Another story's first paragraphs set inside the story: a block headed by a heading that is
    wholly a link to another address, with real paragraphs, standing among the story's own
    paragraphs and not one of a row of like blocks (a listicle's items repeat their shape).
    ``prose``: the tree's real paragraphs, when read already."""
    prose = prose or Prose(tree)
    found: list[html.HtmlElement] = []
    # (``.//h2 | .//h3 | .//h4``, read in one walk in C: the XPath walked the tree for each tag
    # and sorted the union)
    for heading in list(tree.iterdescendants(*_SUB_HEADINGS)):
        block = heading.getparent()
        if block is None or block.tag not in _BLOCKS or heading.getprevious() is not None:
            continue
        links = heading.findall(".//a[@href]")
        if len(links) != 1:
            continue
        key = url_key(links[0].get("href") or "")
        if not key or key in urls or _words(text_of(links[0])) != _words(text_of(heading)):
            continue
        parent = block.getparent()
        if parent is None or not prose.story(block) or first_below(block, "h1") is not None:
            continue
        own = sum(1 for n in parent if n is not block and n in prose.real)
        if not _has_like(block) and own >= MIN_STORY_PARAGRAPHS:
            found.append(block)
    return found


def card_rows(
    tree: html.HtmlElement, urls: Collection[str], hosts: Collection[str], prose: Prose | None = None
) -> list[html.HtmlElement]:
    """Rows of other stories' cards after the story's text, inside its container or beside it:
    an element whose children are at least ``MIN_CARDS`` like elements (same tag and class), each
    a card (:func:`_card`), with at most a short title besides, that follows a real paragraph
    and is followed by none; with the title set just before it (a heading or classed headline
    with no link: "More from the region"). A card's teaser is no paragraph of the story.
    ``prose``: the tree's real paragraphs, when read already."""
    prose = prose or Prose(tree)
    found: list[html.HtmlElement] = []
    for row in tree.iter(*_CARD_ROWS):
        if (
            len(row) < MIN_CARDS
            or not _after_text(row, prose)  # (the cheapest test after its size: first)
            or sum(1 for _ in islice(row.iter(*_CARD_PICTURES, *_CARD_TITLES), MIN_CARDS)) < MIN_CARDS
        ):
            continue  # (each card holds a picture or a title of its own)
        groups: dict[tuple[str, str | None], list[html.HtmlElement]] = {}
        for child in row:
            if child.tag in _CARD_TAGS:
                groups.setdefault((child.tag, child.get("class")), []).append(child)
        cards = max(groups.values(), key=len, default=[])
        if len(cards) < MIN_CARDS or not all(_card(card, urls, hosts) for card in cards):
            continue
        chosen = set(cards)
        rest = sum(len(collapse(text_of(c))) for c in row if isinstance(c.tag, str) and c not in chosen)
        if rest > MAX_ROW_TITLE_CHARS:
            continue
        title = row.getprevious()
        if (
            title is not None
            and (title.tag in _CARD_TITLES or _classed_head(title))
            and title.find(".//a") is None
            and 0 < len(collapse(text_of(title))) <= MAX_ROW_TITLE_CHARS
        ):
            found.append(title)
        found.append(row)
    return _outermost(found)


def _card(node: html.HtmlElement, urls: Collection[str], hosts: Collection[str]) -> bool:
    """Another story's card: a picture or a title, a link to another page of the site (relative,
    or on one of ``hosts``), and at most ``MAX_CARD_TEXT`` characters of text besides links."""
    if first_in(node, *_CARD_PICTURES, *_CARD_TITLES) is None:
        return False
    linked = 0
    other = False
    for link in node.iter("a"):
        href = link.get("href") or ""
        key = url_key(href)
        if key and key not in urls and (not (host := site_host(href)) or not hosts or host in hosts):
            other = True
        linked += len(collapse(text_of(link)))
    return other and len(collapse(text_of(node))) - linked <= MAX_CARD_TEXT


def _after_text(row: html.HtmlElement, prose: Prose) -> bool:
    """``row`` follows a real paragraph among its siblings and no real paragraph follows it."""
    if row.getparent() not in prose.held:
        return False  # (no sibling holds a real paragraph)
    if any(n in prose.held for n in row.itersiblings()):
        return False
    return any(n in prose.held for n in row.itersiblings(preceding=True))


def _name_words(names: list[str], hosts: Collection[str]) -> frozenset[str]:
    """The words that name the page's story: those of its names (a title's parts set apart by
    dashes, bars or guillemets, "Headline | Site", without the part that is its site's name:
    one of ``hosts`` spelt with spaces, "Vortex Cannon" for vortexcannon.org, or one word
    less than half as long as a longer part, ``MAX_NAME_TAG_SHARE``: "강변일보", "Politik")
    with ``MIN_NAME_WORD_CHARS`` characters at least, no number, none of its hosts' words. In
    Chinese and Japanese, written without spaces, a run of word characters is a clause that no
    other sentence repeats: there the name's words are its pairs of characters in a row
    (:func:`_char_pairs`), each looked for anywhere in a text (:func:`_holds_word`). So are a
    Korean word's pairs of syllables: a word carries its particle or ending ("민주당이",
    "민주당은"), and most words are two or three syllables long."""
    sites = _site_labels(hosts)
    found: set[str] = set()
    for name in names:
        parts = [words for part in _NAME_PARTS.split(name) if not _site_part(words := _words(part), sites)]
        longest = max(map(len, parts), default=0)
        for words in parts:
            if " " not in words and MAX_NAME_TAG_SHARE * longest > len(words):
                continue  # (one short word beside a longer part: the site's or a section's name)
            for word in words.split():
                if _PAIRED_RUN.search(word):
                    found.update(_char_pairs(word))
                elif len(word) >= MIN_NAME_WORD_CHARS and not word.isdigit():
                    found.add(word)
    return frozenset(found - {w for host in hosts for w in _words(host).split()})


def _site_labels(hosts: Collection[str]) -> set[str]:
    """The labels of ``hosts`` that may spell the site's name (not the top-level domain), without
    their hyphens ("stadt-ulmenhausen.de": "stadtulmenhausen", as ``_site_part`` reads a name)."""
    labels = (label.replace("-", "") for host in hosts for label in host.split(".")[:-1])
    return {label for label in labels if len(label) >= MIN_NAME_WORD_CHARS}


def _site_part(words: str, sites: Collection[str]) -> bool:
    """A title's part (its ``_words``) spells the site's name (one of the ``sites``' labels)."""
    letters = words.replace(" ", "")
    return bool(letters) and any(letters in site or site in letters for site in sites)


def _char_pairs(word: str) -> set[str]:
    """The pairs of Chinese or Japanese characters, or of Korean syllables, in a row in
    ``word`` ("東京女子医大" -> "東京", "京女", "女子", …; "민주당이" -> "민주", "주당", "당이"):
    how a name written without spaces, or a word with its particle, is told in another text.
    Not a pair of hiragana alone ("した", "から"): endings and particles, which any text says."""
    return {
        pair
        for run in _PAIRED_RUN.findall(word)
        for i in range(len(run) - 1)
        if not _HIRAGANA_PAIR.fullmatch(pair := run[i : i + 2])
    }


_HIRAGANA_PAIR = re.compile("[\u3040-\u309f]{2}")
_PAIRED_RUN = re.compile(f"{HAN_KANA_RUN.pattern}|{HANGUL_RUN.pattern}")
"""A run of Chinese or Japanese characters, or of Korean syllables: read as its pairs."""


def off_name_blocks(
    tree: html.HtmlElement, names: list[str], hosts: Collection[str], prose: Prose | None = None
) -> list[html.HtmlElement]:
    """Another story's text told by its words (an endless page's next story with its headline
    left out, a story that trafilatura would read as the page's by its ``<article>``): a
    ``div``, ``section`` or ``<article>`` with a story's text (:data:`MIN_OWN_PARAGRAPHS` real
    paragraphs, :data:`MIN_WORD_BLOCK_CHARS`), not set as a sibling is (:func:`_has_like`: a story's parts, a
    list's items, a live blog's posts) nor standing among real paragraphs (a box of the
    story's own: a quote, its questions and answers), whose parent holds real paragraphs
    besides and before it (in an element of their own), when its text says at most
    ``MAX_OFF_NAME_SHARE`` of the words that name the page's story (:func:`_name_words`) and
    those paragraphs say ``MIN_MORE_NAME_WORDS`` more of them than it does. None on a page
    whose names give fewer than ``MIN_NAME_WORDS`` such words (a site's or a section's name
    alone; Chinese and Japanese names give their pairs of characters); outermost first."""
    said = _name_words(names, hosts)
    if len(said) < MIN_NAME_WORDS:
        return []
    prose = prose or Prose(tree)
    # Real paragraphs held, each element: summed from the bottom up over the elements that hold
    # one (``prose.held``, each after the elements around it), one parent read each.
    counts: dict[html.HtmlElement, int] = {}
    real = prose.real
    for element in reversed(prose.held):
        below = counts.get(element, 0) + (element in real)
        parent = element.getparent()
        if parent is not None and below:
            counts[parent] = counts.get(parent, 0) + below
    found: list[html.HtmlElement] = []
    for block in prose.stories(tree):  # (document order: a found block's inside follows it)
        beside = block.getparent()
        if (
            beside is None
            or block.tag not in _WORD_BLOCKS
            or counts.get(beside, 0) <= counts.get(block, 0)  # (no prose beside it)
            or counts.get(block, 0) < MIN_OWN_PARAGRAPHS
            or (found and any(a is found[-1] for a in block.iterancestors()))
            or _has_like(block)
            or any(sibling in prose.real for sibling in beside)  # (a box among the story's paragraphs)
            or not _long(block, prose, MIN_WORD_BLOCK_CHARS)
            or not _story_before(block, beside, prose)
        ):
            continue
        off = _said_in(said, text_of(block))
        if off > MAX_OFF_NAME_SHARE * len(said):
            continue
        if _said_in(said, _text_beside(block, beside, prose)) >= off + MIN_MORE_NAME_WORDS:
            found.append(block)
    return found


def off_name_after(
    headline: html.HtmlElement, names: list[str], hosts: Collection[str]
) -> list[html.HtmlElement]:
    """Another story's text after the named ``headline`` told by its words, wherever the
    stories are written in text ``<div>``s or ``<br>`` lines rather than real paragraphs (an
    endless page's next story with its headline left out, below a short story of the page's
    own): going up from the headline, a block that follows it or one of the elements around it
    (a ``div``, ``section``, ``<article>`` or ``<main>`` with no ``<h1>``, not set as a sibling
    is: a story's parts; not opening with a heading: a box's title, a section's) with
    :data:`MIN_WORD_BLOCK_CHARS` characters of text, a story's length
    (:data:`MIN_HEADLESS_CHARS`) outside links (no list of teasers), whose text says at most
    ``MAX_OFF_NAME_SHARE`` of the words that name the page's story, when the text between the
    headline and it (outside links, headings and the blocks found before: the page's own
    story) has :data:`MIN_HEADLESS_CHARS` characters at least and says ``MIN_MORE_NAME_WORDS``
    more of them, and the text after it in its parent does not (a box between the story's
    parts). None on a page whose names give fewer than ``MIN_NAME_WORDS`` such words."""
    said = _name_words(names, hosts)
    if len(said) < MIN_NAME_WORDS:
        return []
    found: list[html.HtmlElement] = []
    between = _Between()
    node: html.HtmlElement | None = headline
    while node is not None and node.tag not in ("body", "html"):
        between.add(node.tail)
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and _off_name_after(sibling, said, between):
                found.append(sibling)
            else:
                between.add(sibling)
            between.add(sibling.tail)
        node = node.getparent()
    return found


def _off_name_after(block: html.HtmlElement, said: frozenset[str], between: _Between) -> bool:
    """``block`` is another story's text told by its words after the page's own (``between``):
    the tests of :func:`off_name_after`, those that read no more text first."""
    if block.tag not in _AFTER_BLOCKS:
        return False
    text = text_of(block)
    if spaced_length(text) < MIN_WORD_BLOCK_CHARS:
        return False
    off = _said_in(said, text, int(MAX_OFF_NAME_SHARE * len(said)))
    if off > MAX_OFF_NAME_SHARE * len(said) or first_below(block, "h1") is not None or _has_like(block):
        return False
    if spaced_length(_unlinked_text(block)) < MIN_HEADLESS_CHARS or _opens_with_heading(block):
        return False
    own = between.text()
    if spaced_length(own) < MIN_HEADLESS_CHARS or _said_in(said, own) < off + MIN_MORE_NAME_WORDS:
        return False
    # (The story's text going on after it, saying its words: a box between the story's parts.)
    after = " ".join(_unlinked_text(node) for node in block.itersiblings() if isinstance(node.tag, str))
    return _said_in(said, after) < off + MIN_MORE_NAME_WORDS


def _opens_with_heading(block: html.HtmlElement) -> bool:
    """The first text of ``block`` is a heading's (a box's title, a section of the story's
    own; a story headed by its own headline is the headline rules' to tell)."""
    for element in block.iter():
        if isinstance(element.tag, str) and element.text and element.text.strip():
            return element.tag in _HEADINGS or any(a.tag in _HEADINGS for a in _up_to(element, block))
    return False


def _up_to(element: html.HtmlElement, top: html.HtmlElement) -> Iterator[html.HtmlElement]:
    """The elements around ``element`` up to ``top`` (not itself)."""
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor


class _Between:
    """The text between the named headline and a block after it (outside links, headings and
    scripts: :func:`_unlinked_text`), read only when asked."""

    __slots__ = ("_read", "_unread")

    def __init__(self) -> None:
        self._read: list[str] = []
        self._unread: list[html.HtmlElement | str] = []

    def add(self, item: html.HtmlElement | str | None) -> None:
        if item is not None and (not isinstance(item, str) or item.strip()):
            self._unread.append(item if isinstance(item, str) or isinstance(item.tag, str) else "")

    def text(self) -> str:
        self._read += [item if isinstance(item, str) else _unlinked_text(item) for item in self._unread]
        self._unread.clear()
        return collapse(" ".join(self._read))


_AFTER_BLOCKS = frozenset({"div", "section", "article", "main"})
# Text that is not a story's own words: a link's, a heading's, a script's.
_NOT_OWN_TEXT = frozenset({"a", "script", "style", "noscript", "template", "button", "select", *_HEADINGS})


def _unlinked_text(node: html.HtmlElement) -> str:
    """``node``'s text outside links, headings and scripts, collapsed."""
    parts: list[str] = []
    walker = etree.iterwalk(node, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            if element.tag in _NOT_OWN_TEXT or not isinstance(element.tag, str):
                walker.skip_subtree()
                continue
            parts.append(element.text or "")
        elif element is not node:
            parts.append(element.tail or "")
    return collapse(" ".join(parts))


def _story_before(block: html.HtmlElement, beside: html.HtmlElement, prose: Prose) -> bool:
    """:data:`MIN_BEFORE_PARAGRAPHS` real paragraphs of ``beside`` come before ``block``'s first
    paragraph (what ``_words_beside`` asks before it reads any word: tested first, as it costs
    no reading of text)."""
    first = next(block.iter("p"), None)
    before = 0
    for p in beside.iter("p"):
        if p is first:
            return False
        if p in prose.real:
            before += 1
            if before >= MIN_BEFORE_PARAGRAPHS:
                return True
    return False


def _said_in(said: frozenset[str], text: str, up_to: int | None = None) -> int:
    """How many of the words ``said`` are words of ``text`` (``len(said & set(_words(text).split()))``)
    without listing the text's words: each one found in the case-folded text, a ``\\w+`` run
    of its own (no word character either side). With ``up_to``, a count above it stops there
    (``up_to + 1``: a caller that only asks whether more are said reads no further)."""
    folded = _folded(text)
    if up_to is None:
        return sum(1 for word in said if _holds_word(folded, word))
    count = 0
    for word in said:
        if _holds_word(folded, word):
            count += 1
            if count > up_to:
                break
    return count


def _holds_word(text: str, word: str) -> bool:
    """``word`` (word characters alone) stands in ``text`` as a whole word (no word character
    either side): each place a C search finds it tested there (a regex search for the whole
    word would try its opening test at every character of the text). A pair of Chinese or
    Japanese characters or of Korean syllables (:func:`_char_pairs`) stands anywhere in the
    text's runs."""
    at = text.find(word)
    if at >= 0 and _PAIRED_RUN.fullmatch(word):
        return True
    while at >= 0:
        if _word_in(word).match(text, at) is not None:  # (its look-behind reads the text before ``at``)
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=1024)
def _word_in(word: str) -> re.Pattern[str]:
    """``word`` (word characters alone) as a whole word, no word character either side."""
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


def _text_beside(block: html.HtmlElement, beside: html.HtmlElement, prose: Prose) -> str:
    """The text of the real paragraphs of ``beside`` outside ``block`` (asked once
    ``_story_before`` holds: the story's text comes before it)."""
    inside = set(block.iter("p"))
    return " ".join(text_of(p) for p in beside.iter("p") if p not in inside and p in prose.real)


def _has_like(node: html.HtmlElement) -> bool:
    """A sibling of ``node`` is set as it is (``_like``: same tag and class)."""
    parent = node.getparent()
    return parent is not None and any(other is not node and _like(other, node) for other in parent)


def _h1_stories(
    tree: html.HtmlElement,
    named: list[html.HtmlElement],
    headlines: list[html.HtmlElement],
    prose: Prose,
    names: list[str],
    *,
    live: bool = False,
) -> list[tuple[html.HtmlElement, str]]:
    """The stories other than the named ``<h1>``'s told by their own ``<h1>`` or ``<article>``
    (``HEADLINE``), or as headless blocks after the story's own (``HEADLESS``), each with its rule.
    On a live blog (``live``) an ``<article>`` with no heading is one of its posts."""
    articles = [a for a in tree.iter("article") if first_below(a, "h1") is not None]
    if len(named) != 1:
        # Nothing names one <h1>: <article> layouts still say which story comes first; after
        # a story's text in no <article>, the first one headed by an <h1> is a further story too.
        later = _later_articles(articles)
        if not named and articles and _text_before(articles[0], prose):
            later = [articles[0], *later]
        return _ruled(later, HEADLINE)
    story_h1 = named[0]
    others: list[html.HtmlElement] = []
    headless: list[html.HtmlElement] = []
    if articles and story_h1 in set(articles[0].iter("h1")):
        others += _later_articles(articles)  # the named story is the first: what follows goes
    own = _region(story_h1, headlines)
    heads_text = own is not None and prose.story(own)
    # (When the named headline heads no text of its own, its text sits beside another <h1>:
    # no container is told to be another story by its <h1>; only by the story's <article>.)
    if heads_text:
        for h1 in headlines:
            if h1 is story_h1:
                continue
            region = _region(h1, headlines)
            if region is not None and _headed_by(region, h1, prose) and prose.story(region):
                others.append(region)
    story = next(story_h1.iterancestors("article"), None)
    if story is None:
        others += _headed_articles_after(story_h1, articles, prose, any_text=heads_text) if articles else []
        story = _named_article(tree, story_h1, names, prose)
    if story is None:
        others += _articles_after_text(tree, story_h1, prose, live=live)
        headless = _blocks_after(story_h1, prose, live=live)
    if story is not None and prose.story(story):
        others += _articles_beside(tree, story, prose, live=live)
    return _outermost_ruled(_ruled(others, HEADLINE) + _ruled(headless, HEADLESS))


def _blocks_after(h1: html.HtmlElement, prose: Prose, *, live: bool = False) -> list[html.HtmlElement]:
    """Headless blocks of another story's text after the named ``h1``'s own (which stands in no
    ``<article>``): the story's block is the smallest element around the headline that holds a
    story's text (:data:`MIN_OWN_PARAGRAPHS` real paragraphs at least, none before the
    headline); a block that follows it (or one of the elements around it) with a story's length
    of text (:func:`_long`) and no heading or ``<h1>`` of its own is another story (an endless
    page's next one, its headline left out), unless it is set as the block it follows is
    (:func:`_like`: a story's parts) or the page is a ``live`` blog."""
    if live:
        return []
    block = next((node for node in h1.iterancestors() if prose.story(node)), None)
    if (
        block is None
        or block.tag in ("body", "html")
        or _real_count(block, prose) < MIN_OWN_PARAGRAPHS
        or not _headed_by(block, h1, prose)
    ):
        return []
    found: list[html.HtmlElement] = []
    node: html.HtmlElement | None = block
    while node is not None and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            if (
                isinstance(sibling.tag, str)
                and prose.story(sibling)
                and not _headed(sibling, prose)
                and _long(sibling, prose)
                and not _like(sibling, node)
                and first_below(sibling, "h1") is None
            ):
                found.append(sibling)
        node = node.getparent()
    return found


def _headed_articles_after(
    h1: html.HtmlElement, articles: list[html.HtmlElement], prose: Prose, *, any_text: bool = False
) -> list[html.HtmlElement]:
    """The ``<article>``s after the named ``h1`` (which stands in none) headed by an ``<h1>`` of
    their own, with a story's text: further stories (an endless page's next one, in an
    ``<article>`` of the same column as the named headline's). With ``any_text`` (the named
    headline heads a story's text of its own), whatever such an ``<article>`` holds: a results
    table, a gallery, a story of short lines (trafilatura starts from the first ``<article>``,
    so one left in would be read instead of the page's own story)."""
    following = set(_after(h1, ("article",)))
    return [
        a
        for a in articles
        if a in following and (any_text or prose.story(a)) and _headed_by(a, first_below(a, "h1"), prose)
    ]


def _articles_beside(
    tree: html.HtmlElement, story: html.HtmlElement, prose: Prose, *, live: bool = False
) -> list[html.HtmlElement]:
    """The ``<article>``s with a story's text outside the story's own ``story`` (none around or
    inside it): one with a heading wherever it stands; one without (an appended story whose
    headline was left out) only after the story, with a story's length of text (:func:`_long`:
    no card's teaser), and not set as the story is (:func:`_like`: a part of it, a live
    blog's post; nor on a ``live`` blog)."""
    line = {story, *story.iterancestors()}
    inside = set(story.iter("article"))
    after = False  # past the story's article
    found: list[html.HtmlElement] = []
    for a in tree.iter("article"):
        if a is story:
            after = True
        elif (
            a not in line
            and a not in inside
            and prose.story(a)
            and (
                first_in(a, "h1", "h2", "h3") is not None
                or (after and not live and not _like(a, story) and _long(a, prose))
            )
        ):
            found.append(a)
    return found


def _long(node: html.HtmlElement, prose: Prose, least: int = MIN_HEADLESS_CHARS) -> bool:
    """``node``'s real paragraphs hold a story's text (``least`` characters), not a card's
    teaser."""
    chars = 0
    for p in node.iter("p"):
        if p in prose.real:
            chars += spaced_length(collapse(text_of(p)))
            if chars >= least:
                return True
    return False


def _like(node: html.HtmlElement, other: html.HtmlElement) -> bool:
    """``node`` is set as ``other`` is: a sibling of the same tag and class (a story's parts,
    a live blog's posts)."""
    return (
        node.getparent() is other.getparent()
        and node.tag == other.tag
        and node.get("class") == other.get("class")
    )


def _real_count(node: html.HtmlElement, prose: Prose) -> int:
    return sum(1 for p in node.iter("p") if p in prose.real)


def _no_longer(article: html.HtmlElement, own: int, prose: Prose) -> bool:
    """``article`` has at most twice the ``own`` real paragraphs the story read before it has
    (captions written as paragraphs under a headline are no story of their own)."""
    return 2 * own >= _real_count(article, prose)


def _marked_stories(
    tree: html.HtmlElement, urls: Collection[str], prose: Prose
) -> list[tuple[html.HtmlElement, str]]:
    """Stories that carry their own address (``data-url`` and the like): an element so marked,
    headed by a heading before its text, with real paragraphs; the outermost ones."""
    found: list[tuple[html.HtmlElement, str, str]] = []
    for node in _address_carriers(tree, prose):
        name, key = _address(node)
        if key and _headed(node, prose):
            found.append((node, key, name))
    # An attribute of another name says a story's address when it says the page's own too.
    streams = {name for _, key, name in found if key in urls}
    found = [(n, k, a) for n, k, a in found if a in URL_ATTRIBUTES or a in streams]
    chosen = {node for node, _, _ in found}
    return [(n, k) for n, k, _ in found if not any(a in chosen for a in n.iterancestors())]


def _address_carriers(tree: html.HtmlElement, prose: Prose) -> list[html.HtmlElement]:
    """The stories (``prose.stories``: elements with real paragraphs enough) of ``tree`` with a
    data attribute that may carry an address, in document order; the attribute names tested
    by their ending first. (Only a story is looked at: a walk of the whole page, its attribute
    names tested in Python, cost more than all the rest of the story rules.)"""
    found: list[html.HtmlElement] = []
    for node in prose.stories(tree):
        for name in node.keys():  # noqa: SIM118 (an element iterates its children, not its attributes)
            if (
                name.endswith(_ADDRESS_ENDS)
                and name.startswith("data-")
                and (name in _NAMED_ATTRIBUTES or _ADDRESS_NAME.fullmatch(name))
            ):
                found.append(node)
                break
    return found


def _address(node: html.HtmlElement) -> tuple[str, str]:
    """The attribute by which ``node`` carries a story's address, and the address (as
    :func:`url_key`); empty when it carries none."""
    for name in URL_ATTRIBUTES:
        if key := url_key(node.get(name) or ""):
            return name, key
    for name, value in node.attrib.items():
        if (
            name not in URL_ATTRIBUTES
            and _ADDRESS_NAME.fullmatch(name)
            and not _NOT_STORY_ADDRESS.search(name)
            and (key := url_key(value))
        ):
            return name, key
    return "", ""


def _headed(node: html.HtmlElement, prose: Prose) -> bool:
    """A heading comes before the first real paragraph of ``node``."""
    for element in node.iter("p", "h1", "h2", "h3"):
        if element.tag != "p":
            return True
        if element in prose.real:
            return False
    return False


def _later_stories(
    named: list[html.HtmlElement],
    headlines: list[html.HtmlElement],
    prose: Prose,
    *,
    live: bool = False,
) -> list[html.HtmlElement]:
    """Further stories that follow the named headline's story with a headline of their own (an
    ``<h1>``, or an ``<h2>`` after the story's text) and a byline or date under it: each one's
    container when it has its own, else the run of elements from its headline on when it stands
    among the named story's own elements. A live blog's posts (``live``, :func:`_live_post`)
    are the story's own."""
    if len(named) != 1:
        return []
    story_h1 = named[0]
    heads = [h for h in headlines if h is not story_h1 and _dated(h, prose)]
    for kind, found_heads in _heads_after_text(story_h1, prose).items():
        # An <h3> or a classed headline needs a <time> or an author-classed byline under it.
        dated = [h for h in found_heads if _dated(h, prose, marked=kind != "h2")]
        if len(dated) <= MAX_LATER_HEADS and not live:
            heads += [h for h in dated if not _live_post(h, prose)]
    found: list[html.HtmlElement] = []
    parent = story_h1.getparent()
    for head in heads:
        if head.getparent() is parent and parent is not None:
            # Siblings of the named headline: the other story is its run of elements (an <h2>
            # there needs a <time> or an author-classed byline: a sub-heading over a short
            # line with a year is the story's own).
            if head.tag != "h1" and not _dated(head, prose, marked=True):
                continue
            siblings = list(parent)
            at, mine = siblings.index(head), siblings.index(story_h1)
            run = siblings[at:] if at > mine else siblings[at:mine]
            if sum(prose.held.get(n, 0) for n in run) >= MIN_STORY_PARAGRAPHS:
                found += [n for n in run if n not in found]
            continue
        region = _region(head, [story_h1, *heads])
        if (
            region is not None
            and _headed_by(region, head, prose)
            and prose.story(region)
            and region is not story_h1
            and region not in story_h1.iterancestors()
        ):
            found.append(region)
    return found


def _heads_after_text(story_h1: html.HtmlElement, prose: Prose) -> dict[str, list[html.HtmlElement]]:
    """The headings that may head a further story, after a real paragraph that follows the named
    headline (so no headline-area element such as a standfirst set in <h2>), by kind: ``h2``,
    ``h3``, and ``classed`` (a short ``div`` or ``p`` whose class names a headline or title:
    ``<div class="post-headline">``); one walk of the page from the headline on."""
    found: dict[str, list[html.HtmlElement]] = {"h2": [], "h3": [], "classed": []}
    nodes = _after(story_h1, ("p", "h1", "h2", "h3", "div"))
    if not any(node in prose.real for node in nodes):
        return found  # (no text after the headline)
    for node in nodes:  # what follows the first real paragraph
        if (tag := node.tag) == "h2" or tag == "h3":
            found[tag].append(node)
        elif (classes := node.get("class")) and _headline_class(classes) and _classed_head(node):
            found["classed"].append(node)
    return found


def _after(node: html.HtmlElement, tags: tuple[str, ...]) -> Iterator[html.HtmlElement]:
    """The elements of these ``tags`` after ``node`` in document order (its own descendants
    first, then what follows it and each of its ancestors)."""
    yield from node.iterdescendants(*tags)
    place: html.HtmlElement | None = node
    while place is not None:
        for sibling in place.itersiblings():
            yield from sibling.iter(*tags)
        place = place.getparent()


def _classed_head(node: html.HtmlElement) -> bool:
    """A ``div`` or ``p`` set as a headline: its class names one, it holds no block, it is short."""
    classes = node.get("class")
    if not classes or not _headline_class(classes):
        return False
    if next(node.iterdescendants("p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "li"), None) is not None:
        return False
    return 0 < len(collapse(text_of(node))) <= MAX_HEAD_CHARS


@lru_cache(maxsize=4096)
def _headline_class(classes: str) -> bool:
    """A class attribute names a headline or title (one of ``HEADLINE_CLASS_WORDS``). Pages
    repeat the same class strings on many elements: each read once."""
    return bool(HEADLINE_CLASS_WORDS & set(_CLASS_WORD.findall(classes.lower())))


def _dated(head: html.HtmlElement, prose: Prose, *, marked: bool = False) -> bool:
    """A byline or date line follows ``head`` before any real paragraph (``_stamp``)."""
    return _stamp(head, prose, marked=marked) is not None


def _stamp(head: html.HtmlElement, prose: Prose, *, marked: bool = False) -> html.HtmlElement | None:
    """The byline or date line that follows ``head`` before any real paragraph: a ``<time>``,
    an author-classed element or a share bar, or (unless ``marked``: only those) a short line
    with a year that is no sentence."""
    node = head
    for _ in range(BYLINE_REACH):
        node = node.getnext()
        while node is not None and not isinstance(node.tag, str):
            node = node.getnext()
        if node is None:
            return None
        text = collapse(text_of(node)) if node in prose.held else None
        if text is not None and spaced_length(text) >= MIN_PARAGRAPH_CHARS:
            return None  # the text has begun (a container of its paragraphs is no byline)
        if node.tag == "time" or first_below(node, "time") is not None:
            return node
        if any(_byline_class(e.get("class")) for e in node.iter()):
            return node
        if marked:
            continue
        if text is None:
            text = collapse(text_of(node))
        if len(text) <= MAX_BYLINE_CHARS and _YEAR.search(text) and not text.endswith(_ENDS):
            return node
    return None


@lru_cache(maxsize=4096)
def _byline_class(classes: str | None) -> bool:
    """A class attribute names an author or a share bar (``AUTHOR_CLASS_WORDS``,
    ``SHARE_CLASS_WORDS``). Pages repeat the same class strings on many elements: each read
    once."""
    return bool(classes) and bool(_BYLINE_CLASS_WORDS & set(_CLASS_WORD.findall(str(classes).lower())))


def live_blog(page: Page) -> bool:
    """The page declares a live blog (JSON-LD ``LiveBlogPosting`` or ``liveBlogUpdate``)."""
    return any("liveblogposting" in ld_types(obj) or "liveBlogUpdate" in obj for obj in page.json_ld)


def _live_post(head: html.HtmlElement, prose: Prose) -> bool:
    """``head`` heads a live blog's post, not a further story: a live blog's class or id around
    it (or on the page), or its stamp is a time of day without a year ("9.10am", "14:32 Uhr")."""
    for element in head.iterancestors():
        if _LIVE_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}".lower()):
            return True
    stamp = _stamp(head, prose)
    if stamp is None:
        return False
    text = collapse(text_of(stamp))
    return len(text) <= MAX_BYLINE_CHARS and not _YEAR.search(text) and bool(_TIME_OF_DAY.search(text))


def _articles_after_text(
    tree: html.HtmlElement, h1: html.HtmlElement, prose: Prose, *, live: bool = False
) -> list[html.HtmlElement]:
    """The ``<article>``s after the story's own text when the named ``h1`` stands in none:
    further stories appended to the page (an endless page's next story, its headline kept or
    left out), each with real paragraphs of its own. The story's text is its paragraphs outside
    any ``<article>`` below the headline; when an ``<article>`` comes before a story's
    paragraphs (``MIN_STORY_PARAGRAPHS``) outside any, that article is the story's body (a
    headline and a dek set above it), and only the articles after it may be further stories
    (none when it holds no story's paragraphs, none set as it is (:func:`_like`: its parts, a
    live blog's posts), none on a ``live`` blog). After a story read in plain blocks, an
    article with more than twice its real paragraphs is none (captions written as paragraphs
    under the headline are no story of their own)."""
    seen_h1 = False
    body: html.HtmlElement | None = None  # the article under the headline that is its body
    own_text = 0  # real paragraphs after ``h1`` outside any article
    found: list[html.HtmlElement] = []
    skip: html.HtmlElement | None = None  # an article taken: its inside is not walked
    for node in tree.iter(h1.tag, "p", "article"):  # (the named headline may be an <h2> or lower)
        if skip is not None:
            if any(a is skip for a in node.iterancestors("article")):
                continue
            skip = None
        if node is h1:
            seen_h1 = True
        elif not seen_h1:
            continue
        elif node.tag == "p":
            if node in prose.real and next(node.iterancestors("article"), None) is None:
                own_text += 1
        elif node.tag == "article":
            if own_text < MIN_STORY_PARAGRAPHS:
                # The story's text is in this article (a dek above it at most): its body, and
                # what is read before the articles after it.
                if live or not prose.story(node):
                    return []
                own_text += _real_count(node, prose)
                skip = body = node
                continue
            if (
                prose.story(node)
                # (headed or not: an endless page may leave the next story's headline out; a
                # card's teaser is no story without one)
                and (first_in(node, "h1", "h2", "h3") is not None or _long(node, prose))
                # (after the story's own <article>, any but its like ones; after plain blocks,
                # a story at least half as long as it was read before it)
                and (
                    not _like(node, body)
                    if body is not None
                    else own_text >= MIN_OWN_PARAGRAPHS or _no_longer(node, own_text, prose)
                )
            ):
                found.append(node)
                skip = node
    return found


def _named_article(
    tree: html.HtmlElement, h1: html.HtmlElement, names: list[str], prose: Prose
) -> html.HtmlElement | None:
    """When the named ``h1`` stands in no ``<article>``: the one ``<article>`` after it whose
    own heading (an ``<h2>`` or ``<h3>`` before its text) states the page's name again, with a
    story's real paragraphs: the story's body (the page sets its headline above it, and again
    in the article)."""
    if not names:
        return None
    found: list[html.HtmlElement] = []
    seen = False
    for node in tree.iter("h1", "article"):
        if node is h1:
            seen = True
        elif seen and node.tag == "article" and prose.story(node):
            heading = first_in(node, "h2", "h3")
            if heading is not None and _headed(node, prose) and _names(heading, names):
                found.append(node)
    return found[0] if len(_outermost(found)) == 1 else None


def _text_before(article: html.HtmlElement, prose: Prose) -> bool:
    """A story's text (``MIN_OWN_PARAGRAPHS`` real paragraphs) in no ``<article>`` comes before
    ``article``: the page's own story, written in plain blocks, and ``article`` one appended
    below it (an endless page's next story), which trafilatura, reading from the first
    ``<article>``, would read instead."""
    count = 0
    for node in article.getroottree().getroot().iter("p", "article"):
        if node is article:
            return False
        if node.tag == "p" and node in prose.real and next(node.iterancestors("article"), None) is None:
            count += 1
            if count >= MIN_OWN_PARAGRAPHS:
                return True
    return False


def _later_articles(articles: list[html.HtmlElement]) -> list[html.HtmlElement]:
    """Whole further stories appended below the first <article> with an <h1>."""
    if len(articles) < 2:
        return []
    first = articles[0]
    inside_first = set(first.iter("article"))
    return [a for a in articles[1:] if a not in inside_first and first not in set(a.iterancestors())]


def _region(h1: html.HtmlElement, headlines: list[html.HtmlElement]) -> html.HtmlElement | None:
    """The largest element around ``h1`` that holds no other headline: the story it heads."""
    others = {other for other in headlines if other is not h1}
    region: html.HtmlElement | None = None
    tags = {h.tag for h in headlines}
    for ancestor in h1.iterancestors():
        if ancestor.tag in ("body", "html") or any(h in others for h in ancestor.iter(*tags)):
            break
        region = ancestor
    return region


def _headed_by(region: html.HtmlElement, h1: html.HtmlElement, prose: Prose) -> bool:
    """No real paragraph of ``region`` comes before ``h1``: it heads the text, as a story's
    headline does (an <h1> in a box after the story's text does not make that text its own)."""
    for node in region.iter("p", h1.tag):
        if node is h1:
            return True
        if node in prose.real:
            return False
    return True


class Prose:
    """The real paragraphs of a page (``<p>``s of ``MIN_PARAGRAPH_CHARS`` characters at least),
    read once for all the story rules (each asked again and again whether an element holds
    some): ``real``, the paragraphs; ``held``, how many of them each element holds (itself
    included), counted up to ``MIN_STORY_PARAGRAPHS`` (no rule asks for more), for each
    element that holds one, in document order. Read from the whole document ``tree`` belongs
    to; true while it is not changed."""

    __slots__ = ("held", "real")

    def __init__(self, tree: html.HtmlElement) -> None:
        self.real: set[html.HtmlElement] = set()
        self.held: dict[html.HtmlElement, int] = {}
        held = self.held
        for p in tree.getroottree().getroot().iter("p"):
            text = text_of(p)
            if len(text) < MIN_PARAGRAPH_CHARS and text.isascii():
                continue  # (collapsing never lengthens an ASCII text)
            if spaced_length(collapse(text)) < MIN_PARAGRAPH_CHARS:
                continue
            self.real.add(p)
            # Up to the first element that holds enough already (so do all above it), then from
            # the top down: each element is first met in document order.
            line: list[html.HtmlElement] = []
            node: html.HtmlElement | None = p
            while node is not None and held.get(node, 0) < MIN_STORY_PARAGRAPHS:
                line.append(node)
                node = node.getparent()
            for node in reversed(line):
                held[node] = held.get(node, 0) + 1

    def story(self, node: html.HtmlElement) -> bool:
        """``node`` holds ``MIN_STORY_PARAGRAPHS`` real paragraphs at least."""
        return self.held.get(node, 0) >= MIN_STORY_PARAGRAPHS

    def stories(self, tree: html.HtmlElement) -> list[html.HtmlElement]:
        """The elements of ``tree`` (itself included) that hold a story's real paragraphs, in
        document order."""
        found = [node for node, count in self.held.items() if count >= MIN_STORY_PARAGRAPHS]
        if tree.getparent() is None:
            return found
        return [node for node in found if node is tree or tree in set(node.iterancestors())]


def _names(h1: html.HtmlElement, names: list[str], *, whole: bool = False) -> bool:
    """The <h1> states one of the page's names (alone, or as the start of a longer title). With
    ``whole`` (a lower heading), only the whole name or its headline part, of
    ``MIN_NAME_CHARS`` at least: no start of it (a place's or a topic's tag, "Johannesburg")."""
    heading = _words(text_of(h1))
    if whole and len(heading) < MIN_NAME_CHARS:
        return False
    for name in names:
        words = _words(name)
        shorter = min(len(words), len(heading))
        if words == heading or (
            not whole
            and shorter >= MIN_NAME_CHARS
            and (words.startswith(heading) or heading.startswith(words))
        ):
            return True
        if len(heading) >= MIN_NAME_CHARS and any(_words(part) == heading for part in _headline_parts(name)):
            return True
    return False


def _title_heads(names: list[str], hosts: Collection[str]) -> set[str]:
    """The parts of ``names`` (their :func:`_words`) set apart by dashes, bars or guillemets
    beside a part that spells the site's name (one of ``hosts``, :func:`_site_part`), that one
    left out: the headline, however short ("About bugs | Vortex Cannon"). An ``<h1>`` that
    states one whole names the story."""
    sites = _site_labels(hosts)
    heads: set[str] = set()
    for name in names:
        parts = [_words(part) for part in _NAME_PARTS.split(name)]
        site = [_site_part(part, sites) for part in parts]
        if any(site):
            heads.update(part for part, of_site in zip(parts, site, strict=True) if part and not of_site)
    return heads


def _headline_parts(name: str) -> list[str]:
    """The parts of ``name`` that may be the headline alone: the name without its kicker, a
    short first part ending in a colon ("Kenia: Nairobi von unten", "Ukraine-Krieg: …"); the
    longest of the parts a title sets apart by dashes or bars ("Site - Section - Headline",
    "Headline | Site": a site's or a section's name is the shorter)."""
    parts: list[str] = []
    kicker, colon, rest = name.partition(":")
    if colon and 0 < len(kicker.split()) <= MAX_KICKER_WORDS:
        parts.append(rest)
    pieces = _TITLE_PARTS.split(name)
    if len(pieces) > 1:
        parts.append(max(pieces, key=len))
    return parts


def _outermost(nodes: list[html.HtmlElement]) -> list[html.HtmlElement]:
    chosen = set(nodes)
    return [n for n in dict.fromkeys(nodes) if not any(a in chosen for a in n.iterancestors())]


def _words(text: str) -> str:
    """The text's words, case-folded, one space apart; a soft hyphen or zero-width character
    inside a word ("Mes\u00adsen\u00adger") splits none."""
    return " ".join(_WORD.findall(_folded(text)))


def _folded(text: str) -> str:
    """The text case-folded, without the soft hyphens and zero-width characters inside words."""
    if not text.isascii():
        text = without_zero_width(text)
    return text.casefold()
