"""URL normalisation for keys (dedupe, the incremental state): one key per article, whatever
link led to it. Never used to build a request: requests go to the URL as discovered.

Folds what news sites vary without changing the page: scheme/host case, default ports,
fragments, query order, AMP variants (``amp.`` host, ``/amp`` or ``/amp/`` path prefix/suffix,
``?amp=1``, ``.amp.html``), a trailing slash, and *known* tracking parameters: ``utm_*`` and
the click ids and campaign tags of the big analytics and mailing services (``fbclid``,
``gclid``, ``mc_cid``, ...). Nothing else is dropped by default, because a parameter with a
generic name (``cid``, ``id``, ``ref``, ``src``, ``share``) names the article on some sites
(``article.php?cid=48213``). A site whose links carry other tracking parameters lists them in
its sites-file table (``strip_params``), and its keys are made with that list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextlib import suppress
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
"""Parameter families reserved for campaign tracking: Google Analytics ``utm_*``, Matomo /
Piwik ``pk_*`` and ``mtm_*``."""

TRACKING_PARAMS = frozenset(
    {
        # click ids of ad and social platforms
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "twclid",
        "ttclid",
        "li_fat_id",
        # Google Analytics cross-domain linker
        "_ga",
        "_gl",
        # Mailchimp
        "mc_cid",
        "mc_eid",
        # HubSpot
        "_hsenc",
        "_hsmi",
        "__hstc",
        "__hssc",
        "__hsfp",
        "hsctatracking",
        # Marketo, Adobe, AT Internet (Xiti), Webtrends, comScore
        "mkt_tok",
        "s_kwcid",
        "xtor",
        "at_medium",
        "at_campaign",
        "wt.mc_id",
        "ns_mchannel",
        "ns_campaign",
        "ns_source",
        "ns_linkname",
        "ns_fee",
    }
)
"""Query parameters (lower-cased) that only say where a click came from, on every site."""

AMP_PARAMS = frozenset({"amp", "outputtype", "output"})
"""Query parameters that select an AMP rendering (``?amp=1``, ``?outputType=amp``)."""

_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_SUFFIX = re.compile(r"/amp/?$", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/)", re.IGNORECASE)
_AMP_EXT = re.compile(r"\.amp(\.html?)$", re.IGNORECASE)
_MULTI_SLASH = re.compile(r"/{2,}")
PARAM_NAME = re.compile(r"^[A-Za-z0-9_.\-\[\]]+\*?$")
"""What a ``strip_params`` entry may be: a parameter name, or a prefix ending in ``*``."""


def normalise_url(url: str, strip_params: Iterable[str] = ()) -> str:
    """The lookup key of ``url``. ``strip_params``: the site's own extra tracking parameters
    (names, or prefixes ending in ``*``; case-insensitive), dropped on top of the known ones.
    Raises ``ValueError`` for a URL without scheme or host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if not scheme or not host:
        raise ValueError(f"not an absolute URL: {url!r}")
    if host.startswith("amp."):
        host = host[len("amp.") :]
    netloc = host if ":" not in host else f"[{host}]"
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{parts.port}"
    query = _query(parts.query, _Extra.of(strip_params))
    return urlunsplit((scheme, netloc, _path(parts.path), query, ""))


def dedupe_keys(record: Mapping[str, Any], strip_params: Iterable[str] = ()) -> list[str]:
    """What makes two records the same article, for every de-duplicating step (the dedupe
    pipeline, the in-process ``parse``, a ``bulk`` shard): ``url <key>`` of the normalised
    canonical (else own) http(s) URL, and ``text <fingerprint>``. A URL without a host gives no
    URL key; the text still counts."""
    keys = []
    url = record.get("canonical_url") or record.get("url")
    if url and urlsplit(url).scheme in ("http", "https"):
        with suppress(ValueError):
            keys.append(f"url {normalise_url(url, strip_params)}")
    fingerprint = record.get("fingerprint")
    if fingerprint:
        keys.append(f"text {fingerprint}")
    return keys


def is_tracking(name: str, strip_params: Iterable[str] = ()) -> bool:
    """True when the query parameter ``name`` is a known tracking parameter, or one of
    ``strip_params`` (see ``normalise_url``)."""
    return _is_tracking(name.lower(), _Extra.of(strip_params))


class _Extra:
    """A site's ``strip_params``, split into exact names and prefixes (lower-cased)."""

    __slots__ = ("names", "prefixes")

    def __init__(self, names: frozenset[str], prefixes: tuple[str, ...]) -> None:
        self.names = names
        self.prefixes = prefixes

    @classmethod
    def of(cls, strip_params: Iterable[str]) -> _Extra:
        entries = [p.strip().lower() for p in strip_params]
        return cls(
            frozenset(p for p in entries if not p.endswith("*")),
            tuple(p[:-1] for p in entries if p.endswith("*")),
        )


def _is_tracking(key: str, extra: _Extra) -> bool:
    return (
        key in TRACKING_PARAMS
        or key.startswith(TRACKING_PREFIXES)
        or key in extra.names
        or (bool(extra.prefixes) and key.startswith(extra.prefixes))
    )


def _path(path: str) -> str:
    path = _MULTI_SLASH.sub("/", path or "/")
    path = _AMP_EXT.sub(r"\1", path)
    path = _AMP_SUFFIX.sub("", path)
    path = _AMP_PREFIX.sub("", path)
    if len(path) > 1:
        path = path.rstrip("/")
    return path or "/"


def _query(query: str, extra: _Extra) -> str:
    kept = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        lower = key.lower()
        if _is_tracking(lower, extra):
            continue
        if lower in AMP_PARAMS and value.lower() in ("", "1", "true", "amp", "yes"):
            continue
        kept.append((key, value))
    return urlencode(sorted(kept))
