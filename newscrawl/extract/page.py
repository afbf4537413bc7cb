"""Parse a page once: the lxml tree, its <meta> map, JSON-LD objects and declared URLs.

Every other module of ``extract`` reads this record instead of re-parsing the HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from w3lib.encoding import html_to_unicode

# JSON-LD @type values that describe the article itself (schema.org Article subtypes).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "webpage",
        "creativework",
    }
)

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])  # the same
_LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Files that are not HTML, by their first bytes (a saved page named .html may be anything).
BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF-": "PDF document",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
    b"\x00\x00\x01\x00": "icon",
    b"OggS": "Ogg media",
    b"ID3": "MP3 audio",
}
MAX_ELEMENTS = 200_000
"""Pages with more elements are refused: real news pages have a few thousand, and extraction
time grows with the count (400,000 elements take about 20 s)."""
SNIFF = 4096
"""Bytes looked at to tell text from binary data."""
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
MAX_BINARY_SHARE = 0.05
"""More control bytes than this share of the sniffed bytes means binary data, not text."""
# "//<![CDATA[" ... "//]]>" wrappers that some CMSs put around JSON-LD.
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


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

    def first_meta(self, *keys: str) -> str | None:
        """The first non-empty meta content among ``keys``, in the order given."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def absolute(self, href: str | None) -> str | None:
        """``href`` resolved against the page's base URL; None for empty or javascript: links."""
        if not href or not href.strip() or href.strip().lower().startswith(("javascript:", "data:")):
            return None
        href = href.strip()
        return urljoin(self.base_url, href) if self.base_url else href

    def articles_ld(self) -> list[dict[str, Any]]:
        """JSON-LD objects typed as an article (NewsArticle etc.), most specific first."""
        found = [obj for obj in self.json_ld if _types(obj) & ARTICLE_TYPES]
        # A NewsArticle beats a WebPage wrapper that merely mentions it.
        return sorted(found, key=lambda obj: bool(_types(obj) & {"webpage", "creativework"}))


_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def decode(data: bytes | str) -> str:
    """Bytes to text: valid UTF-8 as such, else BOM, <meta charset>, cp1252 (w3lib's rules).
    Bytes declared UTF-8 that are not UTF-8 are read as cp1252 (a Latin-1 page under a
    UTF-8 template), not as replacement characters."""
    if isinstance(data, bytes) and (text := _valid_utf8(data)):
        # Strict UTF-8 decoding yields no lone surrogates, and its control characters are
        # the control bytes: a C-speed byte deletion finds them (a regex over the text of an
        # average page costs a millisecond).
        if len(data.translate(None, _CONTROL_BYTES)) == len(data):
            return text
        return _CONTROL_CHARS.sub("", text)
    text = data if isinstance(data, str) else _declared(data)
    text = _LONE_SURROGATES.sub("\ufffd", text)
    return _CONTROL_CHARS.sub("", text)


def _declared(data: bytes) -> str:
    encoding, text = html_to_unicode(None, data)
    ours = "\ufffd" in text and b"\xef\xbf\xbd" not in data  # not in the page itself
    if ours and encoding.replace("-", "").lower() == "utf8":
        return data.decode("cp1252", errors="replace")
    return str(text)


def _valid_utf8(data: bytes) -> str | None:
    """Bytes that are valid UTF-8 with non-ASCII characters are UTF-8, whatever the page
    declares: such sequences almost never occur by chance in single-byte encodings, while
    pages declaring iso-8859-1 over UTF-8 bytes are common."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data.isascii():
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it is not text ("PNG image", "binary data"), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:SNIFF]
    if b"\x00" in head or len(_BINARY_BYTES.findall(head)) > MAX_BINARY_SHARE * len(head):
        return "binary data"
    return None


def parse_page(data: bytes | str, url: str | None = None) -> Page:
    """Parse ``data`` once into a :class:`Page`. Raises ``ValueError`` for non-HTML input:
    binary data, an empty document, one nested deeper than the parser keeps (lxml drops what
    lies past 2,048 levels; an article missing its body is worse than a clear skip), or one
    with more than ``MAX_ELEMENTS`` elements."""
    if isinstance(data, bytes) and (kind := binary_kind(data)):
        raise ValueError(f"{kind}, not an HTML page")
    text = decode(data)
    if not text.strip():
        raise ValueError("empty document")
    parser = _parser()
    # An XHTML page's <?xml … encoding="…"?> declaration: the text is decoded already, and lxml
    # refuses a str that carries one.
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        tree = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise ValueError(f"not parseable as HTML: {err}") from err
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise ValueError(
                "elements nested deeper than the parser's limit of 2,048 levels "
                f"({error.message.split(',')[0]}); what lies inside would be lost"
            )
    found = _head_elements(tree)
    base_url = url
    base = next((b for b in found["base"] if b.get("href") is not None), None)
    if base is not None:
        base_url = urljoin(url or "", base.get("href", "").strip()) or url
    elif not url or urlsplit(url).scheme not in ("http", "https"):
        # A saved page: its links are relative to where it was published, which the page
        # itself declares (canonical, else og:url), not to the file it was saved as.
        base_url = _declared_location(found["link"], found["meta"]) or url
    return Page(
        tree=tree,
        url=url,
        base_url=base_url,
        meta=_meta_map(found["meta"]),
        json_ld=list(_json_ld(found["script"])),
        lang=tree.get("lang") or tree.get("xml:lang"),
    )


def _head_elements(tree: html.HtmlElement) -> dict[str, list[html.HtmlElement]]:
    """The <base>, <link>, <meta> and <script> elements, in document order, from the one pass
    that also counts the elements (each walk of a whole page costs about as much as this)."""
    found: dict[Any, list[html.HtmlElement]] = {"base": [], "link": [], "meta": [], "script": []}
    for count, el in enumerate(tree.iter(), 1):
        if count > MAX_ELEMENTS:
            raise ValueError(f"more than {MAX_ELEMENTS:,} elements; no news page has that many")
        if el.tag in found:
            found[el.tag].append(el)
    return found


def _parser() -> etree.HTMLParser:
    """An HTML parser whose elements are all ``HtmlElement`` (``text_content``, ``drop_tree``),
    looked up in C. lxml.html's own parser picks each element's class in a Python callback
    (form fields get their own classes, which nothing here uses), run on every element access:
    about a tenth of the extraction time. A new parser per page: parsers keep their error log."""
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
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
    return next((h.strip() for h in hrefs if urlsplit(h.strip()).scheme in ("http", "https")), None)


def canonical_url(page: Page) -> str | None:
    """The declared canonical URL, made absolute; None unless it is http(s)."""
    for link in page.tree.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            absolute = page.absolute(link.get("href"))
            if absolute and urlsplit(absolute).scheme in ("http", "https"):
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


def _json_ld(scripts: list[html.HtmlElement]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        if "ld+json" not in script.get("type", "").lower():
            continue
        raw = _CDATA.sub("", script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Common breakage: trailing semicolons / stray control characters.
            try:
                data = json.loads(_CONTROL_CHARS.sub(" ", raw.rstrip(";")), strict=False)
            except (ValueError, RecursionError):
                continue
        except RecursionError:
            continue  # nested past Python's recursion limit: not metadata
        try:
            yield from _flatten(_clean_json(data))
        except RecursionError:
            continue


def _clean_json(data: Any) -> Any:
    """JSON values with lone surrogates ("\\ud800" escapes) and control characters removed
    from every string, so they cannot reach the output."""
    if isinstance(data, str):
        return _CONTROL_CHARS.sub("", _LONE_SURROGATES.sub("\ufffd", data))
    if isinstance(data, list):
        return [_clean_json(v) for v in data]
    if isinstance(data, dict):
        return {_clean_json(k): _clean_json(v) for k, v in data.items()}
    return data


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten(graph)
        if "@type" in data:
            yield data
        main = data.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _flatten(main)


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}
