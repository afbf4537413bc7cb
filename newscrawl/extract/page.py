"""Parse a page once: the lxml tree, its <meta> map, JSON-LD objects and declared URLs.

Every other module of ``extract`` reads this record instead of re-parsing the HTML. The bytes
are decoded by ``decode.py``; the JSON-LD objects read by ``jsonld.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import wraps
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from lxml import etree, html

from newscrawl.extract.addresses import join_url, split_url, web_address
from newscrawl.extract.decode import binary_kind, decoded
from newscrawl.extract.jsonld import ARTICLE_TYPES, json_ld_objects, ld_types
from newscrawl.extract.refusals import NotHtml

# An XHTML page's <?xml … encoding="…"?> declaration (lxml refuses a str that carries one).
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
MAX_ELEMENTS = 200_000
"""Pages with more elements are refused: real news pages have a few thousand, and extraction
time grows with the count (400,000 elements take about 20 s)."""
_count_elements = etree.XPath("count(//*)")  # (in C; compiled once)
# The microdata elements of Page.microdata, found by their attributes: libxml2 walks
# "/descendant::*/@itemprop" faster than it tests "[@itemprop]" on every element, and the union
# of the three walks costs what one such test did (its result in document order, each once).
_MICRODATA = etree.XPath(
    "/descendant::*/@itemprop/.. | /descendant::*/@itemtype/.. | /descendant::time/@datetime/.."
)


@dataclass(frozen=True, slots=True)
class Page:
    """One parsed HTML document and the metadata every field extractor shares."""

    tree: html.HtmlElement
    url: str | None
    """The URL the page was fetched from (or its file:// URI)."""
    base_url: str | None
    """``<base href>`` resolved against ``url``: what relative links resolve against."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    """``<meta>`` contents keyed by lower-cased name / property / itemprop / http-equiv."""
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    """Every JSON-LD object on the page, @graph members flattened, in document order."""
    lang: str | None = None
    """The ``lang`` attribute of ``<html>``, as written."""
    intake: tuple[str, ...] = ()
    """What was done to the input to read it: "nul-bytes-removed" (stray NUL bytes),
    "cut-at-depth" (nesting past the parser's 2,048 levels: what lies deeper is not read)."""
    canonical: str | None = None
    """The declared canonical URL (``<link rel="canonical">``), made absolute; None unless it
    is http(s). Read once by ``parse_page`` (:func:`canonical_url`)."""
    elements: int = 0
    """How many elements the parser made (``parse_page`` counts them); 0: not counted."""
    _articles: list[dict[str, Any]] = field(init=False, repr=False, compare=False)
    """``articles_ld``, sorted once: a dozen readers ask for it."""
    _microdata: tuple[html.HtmlElement, ...] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """``microdata``, found on the first call."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_articles", self._sorted_articles())

    def first_meta(self, *keys: str) -> str | None:
        """The first non-empty meta content among ``keys``, in the order given."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def absolute(self, href: str | None) -> str | None:
        """``href`` resolved against the page's base URL; None for empty or javascript: links,
        and for one that is no URL at all ("http://[x/": ``urllib`` raises on it), as if the
        page gave none: a page's malformed address never stops its extraction."""
        if not href or not href.strip() or href.strip().lower().startswith(("javascript:", "data:")):
            return None
        href = href.strip()
        if not self.base_url:
            return href if split_url(href) is not None else None
        return join_url(str(self.base_url), href)

    def microdata(self) -> tuple[html.HtmlElement, ...]:
        """Every element with an ``itemprop`` or ``itemtype`` attribute and every ``<time
        datetime>``, in document order: what the readers of microdata (dates, access, section)
        look at, found in one scan of the page on the first call."""
        found = self._microdata
        if found is None:
            found = tuple(_MICRODATA(self.tree))
            object.__setattr__(self, "_microdata", found)
        return found

    def articles_ld(self) -> list[dict[str, Any]]:
        """JSON-LD objects typed as an article (NewsArticle etc.), most specific first, and
        among those the page's own first (its url / @id / mainEntityOfPage is the page's
        address, when several are declared: a related story's object may come first)."""
        return list(self._articles)

    def _sorted_articles(self) -> list[dict[str, Any]]:
        found = [obj for obj in self.json_ld if ld_types(obj) & ARTICLE_TYPES]
        own = self._own_addresses() if len(found) > 1 else set()
        # A NewsArticle beats a WebPage wrapper that merely mentions it.
        return sorted(
            found,
            key=lambda obj: (
                bool(ld_types(obj) & {"webpage", "creativework"}),
                bool(own) and not own & self._ld_addresses(obj),
            ),
        )

    def _own_addresses(self) -> set[str]:
        """The page's address as fetched, declared canonical and og:url, compared loosely."""
        found = {self.url, self.canonical, self.absolute(self.first_meta("og:url"))}
        return {key for address in found if (key := _address_key(address))}

    def _ld_addresses(self, obj: dict[str, Any]) -> set[str]:
        values = [obj.get("url"), obj.get("@id"), obj.get("mainEntityOfPage")]
        values += [v.get(k) for v in values if isinstance(v, dict) for k in ("@id", "url")]
        return {key for v in values if isinstance(v, str) and (key := _address_key(self.absolute(v)))}


def parse_page(data: bytes | str, url: str | None = None) -> Page:
    """Parse ``data`` once into a :class:`Page`. Raises :class:`NotHtml` for non-HTML input:
    binary data, an empty document, or one with more than ``MAX_ELEMENTS`` elements. An ``url``
    that is no URL at all ("http://[x/": ``urllib`` refuses it) is read as none. A page
    nested deeper than the parser's 2,048 levels is read up to where the nesting got too deep
    (the article before it is kept) and says so in ``intake``; so do stray NUL bytes."""
    if isinstance(data, bytes) and (kind := binary_kind(data)):
        raise NotHtml(f"{kind}, not an HTML page")
    utf16 = isinstance(data, bytes) and data.startswith((b"\xff\xfe", b"\xfe\xff"))
    intake = ("nul-bytes-removed",) if isinstance(data, bytes) and not utf16 and b"\x00" in data else ()
    text, utf8 = decoded(data)
    if not text or text.isspace():  # (``not text.strip()``, without copying the page)
        raise NotHtml("empty document")
    parser = _parser()
    # An XHTML page's <?xml … encoding="…"?> declaration: the text is decoded already (the
    # parser is told its encoding).
    if _XML_DECLARATION.match(text):
        text, utf8 = _XML_DECLARATION.sub("", text, count=1), None
    try:
        # UTF-8 bytes, the page's own when it is UTF-8: libxml2 reads a str as UTF-16 or UCS-4
        # and converts it, a sixth of the parse.
        tree = html.document_fromstring(text.encode() if utf8 is None else utf8, parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise NotHtml(f"not parseable as HTML: {err}") from err
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        intake = (*intake, "cut-at-depth")
    elements = int(_count_elements(tree))  # (in C: the parser left no comments or PIs to count)
    if elements > MAX_ELEMENTS:
        raise NotHtml(f"more than {MAX_ELEMENTS:,} elements; no news page has that many")
    found = _head_elements(tree)
    if url is not None and split_url(url) is None:
        url = None
    page = Page(
        tree=tree,
        url=url,
        base_url=_base_url(url, found),
        meta=_meta_map(found["meta"]),
        json_ld=list(json_ld_objects(found["script"])),
        lang=tree.get("lang") or tree.get("xml:lang"),
        intake=intake,
        elements=elements,
    )
    return replace(page, canonical=_canonical(page, found["link"]))


def _base_url(url: str | None, found: dict[str, list[html.HtmlElement]]) -> str | None:
    """What the page's relative links resolve against: ``<base href>``, else for a saved page
    the address it declares, else ``url``."""
    base = next((b for b in found["base"] if b.get("href") is not None), None)
    if base is not None and (joined := join_url(url or "", base.get("href", "").strip())) is not None:
        return joined or url  # (a malformed <base href> is no base)
    if not web_address(url):
        # A saved page: its links are relative to where it was published, which the page
        # itself declares (canonical, else og:url), not to the file it was saved as.
        return _declared_location(found["link"], found["meta"]) or url
    return url


def _head_elements(tree: html.HtmlElement) -> dict[str, list[html.HtmlElement]]:
    """The <base>, <link>, <meta> and <script> elements, in document order."""
    found: dict[Any, list[html.HtmlElement]] = {"base": [], "link": [], "meta": [], "script": []}
    for el in tree.iter(*found):
        found[el.tag].append(el)
    return found


def _parser() -> etree.HTMLParser:
    """An HTML parser whose elements are all ``HtmlElement`` (``text_content``, ``drop_tree``),
    looked up in C. lxml.html's own parser picks each element's class in a Python callback
    (form fields get their own classes, which nothing here uses), run on every element access:
    about a tenth of the extraction time. A new parser per page: parsers keep their error log."""
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        collect_ids=False,  # (no XPath here asks id(): the table of ids costs parse time)
    )
    parser.set_element_class_lookup(_LOOKUP)
    return parser


_LOOKUP = etree.ElementDefaultClassLookup(
    element=html.HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)


def _declared_location(links: list[html.HtmlElement], metas: list[html.HtmlElement]) -> str | None:
    hrefs = [
        link.get("href", "")
        for link in links
        if link.get("href") is not None and "canonical" in link.get("rel", "").lower().split()
    ]
    hrefs += [meta.get("content", "") for meta in metas if meta.get("property") == "og:url"]
    return next((h.strip() for h in hrefs if web_address(h.strip())), None)


def _address_key(address: str | None) -> str | None:
    """An http(s) address without scheme, "www.", query, fragment and final "/", lower-case."""
    parts = split_url(address.strip()) if address else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    return host + parts.path.rstrip("/").lower()


def canonical_url(page: Page) -> str | None:
    """The declared canonical URL, made absolute; None unless it is http(s)."""
    return page.canonical


def _canonical(page: Page, links: list[html.HtmlElement]) -> str | None:
    """The first ``<link rel="canonical" href>`` of ``links`` (the page's, in document order)
    that resolves to an http(s) URL. Read once per page: half a dozen readers ask for it."""
    for link in links:
        if link.get("href") is not None and "canonical" in (link.get("rel") or "").lower().split():
            absolute = page.absolute(link.get("href"))
            if web_address(absolute):
                return absolute
    return None


def _meta_map(metas: list[html.HtmlElement]) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for node in metas:
        content = node.get("content")
        if content is None:
            continue
        for attr in ("name", "property", "itemprop", "http-equiv"):
            key = node.get(attr)
            if key:
                meta.setdefault(key.strip().lower(), []).append(content)
    return meta


_T = TypeVar("_T")


def once_per_page(read: Callable[[Page], list[_T]]) -> Callable[[Page], list[_T]]:
    """``read(page)``, read once per page: its answer is kept by the page's own tree (which never
    changes) while the page lives, and each call gets a copy of the list. What ``read`` returns
    must not hold the tree's root (held here, it would keep the page's entry alive)."""
    answers: WeakKeyDictionary[html.HtmlElement, list[_T]] = WeakKeyDictionary()

    @wraps(read)
    def once(page: Page) -> list[_T]:
        found = answers.get(page.tree)
        if found is None:
            found = answers[page.tree] = read(page)
        return list(found)

    return once
