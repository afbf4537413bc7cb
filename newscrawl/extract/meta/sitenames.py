"""The publication's names, and cutting them off headline strings.

Site-name suffixes ("… | DW | 28.04.2023", "… - National | Globalnews.ca") are cut generically:
a trailing segment that names the site (og:site_name, JSON-LD publisher, the host), is a date,
or is what is left when another source gives the same headline without it. A leading kicker
("Kicker: Headline") is cut only when another given source has the headline without it.
"""

from __future__ import annotations

import re
from typing import Any

from newscrawl.extract.addresses import split_url
from newscrawl.extract.normalise import clean_text
from newscrawl.extract.page import Page

# Separators between a headline and a site / section name.
SEPARATOR = re.compile(r"\s+[|\u2013\u2014\-:·•»/~]\s+|\s*[|ㅣ\uff5c]\s*|\s+[-\u2013\u2014]{2}\s+")
# Between a kicker (topline) and the headline proper: "Neue Leipziger Schule: Judy Lybke, ...".
KICKER_SEPARATOR = re.compile(r"(?:\s*:|\s+[|\u2013\u2014-])\s*$")
# Site names are compared on letters and digits only ("DW.COM" ~ "dw.com" ~ "DW").
_ALNUM = re.compile(r"[\W_]+")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^[\d./\- ]{6,12}$")
# Shortest string taken as "the same headline" when comparing sources.
MIN_SHARED = 10
_MAX_CUTS = 4


def site_names(page: Page, articles: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The publication's names as the page declares them, most explicit first, with sources:
    og:site_name, the article's JSON-LD publisher, application-name, JSON-LD organisations."""
    names: list[tuple[object, str]] = [(page.first_meta("og:site_name"), "meta")]
    for obj in articles:
        publisher = obj.get("publisher")
        for pub in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(pub, dict):
                names.append((pub.get("name"), "json-ld"))
    names.append((page.first_meta("application-name", "apple-mobile-web-app-title"), "meta"))
    names += [
        (o.get("name"), "json-ld")
        for o in page.json_ld
        if str(o.get("@type", "")).lower() in {"organization", "newsmediaorganization"}
    ]
    return [(text, source) for name, source in names if (text := clean_text(name))]


def strip_suffix(
    text: str,
    sites: list[str],
    others: list[str],
    kicker_others: list[str] | None = None,
) -> str:
    """``text`` without a leading kicker or trailing site-name / section / date segments.

    ``others`` are the page's other headline strings: a segment is cut when one of them is
    ``text`` without it (``kicker_others`` for the leading kicker, default ``others``).
    """
    site_keys = {_ALNUM.sub("", s).casefold() for s in sites} - {""}
    text = _strip_kicker(text, others if kicker_others is None else kicker_others)
    for _ in range(_MAX_CUTS):
        cut = _cut_point(text, site_keys, others)
        if cut is None:
            break
        text = text[:cut].rstrip()
    return text


def _strip_kicker(text: str, others: list[str]) -> str:
    """ "Kicker: Headline" -> "Headline" when another source gives the headline alone."""
    folded = text.casefold()
    for other in others:
        if MIN_SHARED <= len(other) < len(text) and folded.endswith(other.casefold()):
            head = text[: len(text) - len(other)]
            if KICKER_SEPARATOR.search(head):
                return text[len(text) - len(other) :]
    return text


def _cut_point(text: str, site_keys: set[str], others: list[str]) -> int | None:
    folded = text.casefold()
    # Another source gives the same headline without the tail.
    for other in others:
        if (
            MIN_SHARED <= len(other) < len(text)
            and folded.startswith(other.casefold())
            and (SEPARATOR.match(text, len(other)) or SEPARATOR.match(" " + text[len(other) :]))
        ):
            return len(other)
    for match in reversed(list(SEPARATOR.finditer(text))):
        head, tail = text[: match.start()].strip(), text[match.end() :].strip()
        if len(head) < MIN_SHARED:
            return None
        if _names_site(tail, site_keys) or _DATE_LIKE.match(tail):
            return match.start()
        # Only the last segment(s) can be the site; stop at the first that is not.
        if len(tail) > 40:
            return None
    return None


def _names_site(tail: str, site_keys: set[str]) -> bool:
    """The segment names the site: it is a host, the site's name, the start of it ("DW" of
    "DW.COM"), or holds the name as most of what it says ("SPIEGEL ONLINE", "Zeit Online"), not
    one word of a phrase ("comwrap auf der DMEXCO 2018" is no site's name)."""
    key = _ALNUM.sub("", tail).casefold()
    if not key:
        return False
    if _HOST_LIKE.match(tail):
        return True
    return any(
        key == s
        or (len(key) >= 2 and s.startswith(key))
        or (len(s) >= 4 and s in key and len(s) * _MOST >= len(key))
        for s in site_keys
    )


_MOST = 2
"""A segment holding the site's name names the site when the name is at least 1/_MOST of it."""


def host_names(page: Page, *, canonical: bool = False) -> list[str]:
    """The site's names its addresses give ("spiegel", "spiegel.de"): og:url's host and the
    address fetched; with ``canonical``, the declared canonical URL's too (a saved page's own
    address is a file). Authors are read without it: a publication named as the author is
    what some pages declare."""
    names: list[str] = []
    urls = (page.first_meta("og:url"), page.canonical if canonical else None, page.url)
    for url in urls:
        parts_of = split_url(url or "")  # (og:url as written: maybe no URL at all)
        host = (parts_of.hostname if parts_of is not None else None) or ""
        parts = [p for p in host.split(".") if p not in {"www", "m", "amp"}]
        if len(parts) >= 2 and parts[-2] not in names:
            names += [parts[-2], ".".join(parts)]
    return names
