"""Whether the article is free to read, as the page declares it (schema.org ``isAccessibleForFree``).

Publishers mark paywalled articles for search engines: ``"isAccessibleForFree": false`` on the
article's JSON-LD (often with a ``hasPart`` naming the paywalled element), or the same property
in microdata. The value is the page's own statement, never a guess from the text: null when
the page says nothing.
"""

from __future__ import annotations

from typing import Any

from newscrawl.extract.page import Page

TRUE = frozenset({"true", "yes", "1", "https://schema.org/true", "http://schema.org/true"})
FALSE = frozenset({"false", "no", "0", "https://schema.org/false", "http://schema.org/false"})
PROPERTY = "isAccessibleForFree"


def as_boolean(value: Any) -> bool | None:
    """A schema.org Boolean as pages write it (``false``, ``"False"``, ``"no"``), else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        return True if word in TRUE else False if word in FALSE else None
    return None


def is_accessible_for_free(page: Page) -> bool | None:
    """The article's declared access: JSON-LD (the article object, then the page's other
    objects, then a paywalled ``hasPart``), then microdata; None when undeclared."""
    objects = [*page.articles_ld(), *page.json_ld]
    for obj in objects:
        declared = as_boolean(obj.get(PROPERTY))
        if declared is not None:
            return declared
    for obj in objects:
        parts = obj.get("hasPart")
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and as_boolean(part.get(PROPERTY)) is False:
                return False  # part of the article is behind the paywall
    for element in page.microdata():
        if PROPERTY.lower() in element.get("itemprop", "").lower().split():
            declared = as_boolean(element.get("content") or element.text_content())
            if declared is not None:
                return declared
    return None
