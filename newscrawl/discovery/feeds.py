"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> item URLs with their dates, titles and categories."""

from __future__ import annotations

from lxml import etree

from newscrawl.discovery.dates import normalise_date
from newscrawl.discovery.hints import Hints
from newscrawl.discovery.xml import DEFAULT_MAX_SIZE, child_text, entry_url, local_name, parse_xml

_PUBLISHED = ("pubdate", "published", "issued", "created")
"""Item children holding the publication date (RSS ``pubDate``, Atom, Dublin Core)."""
_UPDATED = ("updated", "modified", "date")
"""Item children holding the last-change date (Atom ``updated``, ``dc:date``)."""


def parse_feed(body: bytes, base_url: str, *, max_size: int = DEFAULT_MAX_SIZE) -> list[Hints]:
    """Items of an RSS or Atom feed. Raises ``ValueError`` if the document is not a feed."""
    root = parse_xml(body, max_size=max_size)
    kind = local_name(root)
    if kind not in ("rss", "rdf", "feed"):
        raise ValueError(f"{base_url}: not an RSS or Atom feed (root element <{kind or '?'}>)")
    items = [node for node in root.iter() if local_name(node) in ("item", "entry")]
    return [hints for node in items if (hints := _item(node, base_url))]


def _item(node: etree._Element, base_url: str) -> Hints | None:
    link = _link(node)
    url = entry_url(base_url, link) if link else None
    if url is None:
        return None
    published = normalise_date(child_text(node, *_PUBLISHED))
    updated = normalise_date(child_text(node, *_UPDATED))
    return Hints(
        url=url,
        lastmod=updated,
        published=published or (updated if local_name(node) == "item" else None),
        title=child_text(node, "title"),
        keywords=tuple(dict.fromkeys(_categories(node))),
        sources=("feed",),
    )


def _link(node: etree._Element) -> str | None:
    for child in node:
        if local_name(child) != "link":
            continue
        href = child.get("href")
        if href is not None:  # Atom: prefer rel="alternate" (the default)
            if child.get("rel", "alternate") == "alternate" and href.strip():
                return str(href).strip()
        elif child.text and child.text.strip():
            return str(child.text).strip()
    guid = next((c for c in node if local_name(c) == "guid"), None)
    if guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        text = str(guid.text).strip()
        if text.startswith(("http://", "https://")):
            return text
    return None


def _categories(node: etree._Element) -> list[str]:
    found = []
    for child in node:
        if local_name(child) in ("category", "subject"):
            value = child.get("term") or "".join(child.itertext())
            if value.strip():
                found.append(value.strip())
    return found
