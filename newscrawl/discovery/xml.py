"""Parse untrusted sitemap / feed XML safely: no entities, no network, bounded size."""

from __future__ import annotations

import logging
import zlib

from lxml import etree

from newscrawl.extract.addresses import join_url

logger = logging.getLogger(__name__)

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
"""The sitemaps.org limit for one (uncompressed) sitemap file."""


class XMLTooLarge(ValueError):
    """The document is larger than the cap once decompressed."""


def decompress(body: bytes, *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """``body`` gunzipped if it is gzip data, refusing more than ``max_size`` bytes of output."""
    if not body.startswith(b"\x1f\x8b"):
        if len(body) > max_size:
            raise XMLTooLarge(f"document of {len(body)} bytes exceeds the {max_size}-byte cap")
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, max_size + 1)
    except zlib.error as err:
        raise ValueError(f"corrupt gzip data: {err}") from err
    if len(out) > max_size:
        raise XMLTooLarge(f"gzipped document inflates past the {max_size}-byte cap")
    return out


def parse_xml(body: bytes, *, max_size: int = DEFAULT_MAX_SIZE) -> etree._Element:
    """The root element of ``body`` (gzip or plain). Raises ``ValueError`` if it is not XML."""
    data = decompress(body, max_size=max_size)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=True,
    )
    try:
        root = etree.fromstring(data.lstrip(), parser=parser)
    except etree.XMLSyntaxError as err:
        raise ValueError(f"not XML: {err}") from err
    if root is None:
        raise ValueError("not XML: empty or unparseable document")
    return root


def local_name(element: etree._Element) -> str:
    """The tag without its namespace, lower-cased ("" for comments and the like)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return str(etree.QName(tag).localname).lower()


def child_text(element: etree._Element, *names: str) -> str | None:
    """Stripped text of the first direct child whose local name is one of ``names``."""
    for child in element:
        if local_name(child) in names:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def entry_url(base_url: str, link: str) -> str | None:
    """``link`` (a sitemap's ``<loc>``, a feed item's link, a robots.txt ``Sitemap:``) made
    absolute against ``base_url``; None, logged, when it is no URL at all (an unclosed IPv6
    host, a port that is no number: ``urllib`` raises on it). One such entry is skipped; the
    document's other entries are read (a ``ValueError`` out of the parser would make the whole
    document "not a sitemap")."""
    url = join_url(base_url, link)
    if url is None:
        logger.warning("Skipped an entry of %s that is no URL: %r", base_url, link[:200])
    return url
