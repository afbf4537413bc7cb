"""URL normalisation for the incremental state: one key per article, whatever link led to it.

Folds what news sites vary without changing the page: scheme/host case, default ports,
fragments, tracking parameters (``utm_*`` and friends), query order, AMP variants
(``amp.`` host, ``/amp`` or ``/amp/`` path prefix/suffix, ``?amp=1``, ``.amp.html``)
and a trailing slash. Used only as a lookup key: requests still go to the URL as found.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "_hs", "at_", "itm_", "mtm_")
"""Query parameters starting with one of these are analytics, never content."""

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "twclid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "icid",
        "smid",
        "smtyp",
        "ref",
        "ref_src",
        "ref_url",
        "src",
        "share",
        "s_cid",
        "cid",
        "wt.mc_id",
        "xtor",
        "guccounter",
        "taid",
        "ito",
        "ns_mchannel",
        "ns_campaign",
        "ns_source",
        "ns_linkname",
        "ns_fee",
    }
)
"""Query parameters (lower-cased) that only say where a click came from."""

AMP_PARAMS = frozenset({"amp", "outputtype", "output"})
"""Query parameters that select an AMP rendering (``?amp=1``, ``?outputType=amp``)."""

_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_SUFFIX = re.compile(r"/amp/?$", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/)", re.IGNORECASE)
_AMP_EXT = re.compile(r"\.amp(\.html?)$", re.IGNORECASE)
_MULTI_SLASH = re.compile(r"/{2,}")


def normalise_url(url: str) -> str:
    """The lookup key of ``url``. Raises ``ValueError`` for a URL without scheme or host."""
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
    return urlunsplit((scheme, netloc, _path(parts.path), _query(parts.query), ""))


def strip_tracking(url: str) -> str:
    """``url`` without tracking parameters and fragment, otherwise as given (what to request)."""
    parts = urlsplit(url)
    kept = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(key.lower())
    ]
    query = (
        urlencode(kept) if len(kept) != len(parse_qsl(parts.query, keep_blank_values=True)) else parts.query
    )
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _is_tracking(key: str) -> bool:
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _path(path: str) -> str:
    path = _MULTI_SLASH.sub("/", path or "/")
    path = _AMP_EXT.sub(r"\1", path)
    path = _AMP_SUFFIX.sub("", path)
    path = _AMP_PREFIX.sub("", path)
    if len(path) > 1:
        path = path.rstrip("/")
    return path or "/"


def _query(query: str) -> str:
    kept = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        lower = key.lower()
        if _is_tracking(lower):
            continue
        if lower in AMP_PARAMS and value.lower() in ("", "1", "true", "amp", "yes"):
            continue
        kept.append((key, value))
    return urlencode(sorted(kept))
