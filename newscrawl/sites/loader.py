"""Read and validate the sites file. Errors name the file, the site and the key at fault."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newscrawl.extract.addresses import split_url
from newscrawl.extract.rules import check_prune_xpath
from newscrawl.sites.site import Site
from newscrawl.urls import PARAM_NAME

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_URL_LISTS = ("sitemaps", "feeds", "start_urls")
_PATTERN_LISTS = ("article_url_patterns", "deny_url_patterns", "noise_patterns")
_KNOWN = frozenset(
    {
        "allowed_domains",
        *_URL_LISTS,
        *_PATTERN_LISTS,
        "prune_xpaths",
        "section_depth",
        "max_age_days",
        "use_robots_sitemaps",
        "allow_private_network",
        "page_budget",
        "strip_params",
        "note",
    }
)


class SitesFileError(ValueError):
    """The sites file is missing, not TOML, or a site table is invalid."""


def load_sites(path: str | Path) -> dict[str, Site]:
    """All sites of the TOML file at ``path``, by name, in file order."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SitesFileError(
            f"sites file not found: {path} (pass --sites FILE or set NEWSCRAWL_SITES_FILE)"
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise SitesFileError(f"{path}: cannot read as TOML: {err}") from err
    tables = data.get("sites")
    if not isinstance(tables, dict) or not tables:
        raise SitesFileError(f"{path}: no [sites.<name>] tables found")
    sites = {}
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise SitesFileError(f"{path}: sites.{name} must be a table")
        try:
            sites[name] = parse_site(name, table)
        except (TypeError, ValueError) as err:
            raise SitesFileError(f"{path}: [sites.{name}]: {err}") from err
    return sites


def select_sites(sites: Mapping[str, Site], names: Iterable[str], *, all_sites: bool) -> list[Site]:
    """The sites named (or all of them), refusing unknown names with the known ones listed."""
    if all_sites:
        return list(sites.values())
    chosen = []
    for name in names:
        if name not in sites:
            known = ", ".join(sites) or "none"
            raise SitesFileError(f"unknown site {name!r}; the sites file defines: {known}")
        chosen.append(sites[name])
    if not chosen:
        raise SitesFileError("name at least one site, or pass --all")
    return chosen


def parse_site(name: str, table: Mapping[str, Any]) -> Site:
    """One validated ``Site`` from its TOML table."""
    if not _NAME.match(name):
        raise ValueError("site names use letters, digits, '-', '_' and '.' (max 64)")
    unknown = sorted(set(table) - _KNOWN)
    if unknown:
        raise ValueError(f"unknown keys {unknown}; known keys: {sorted(_KNOWN)}")
    urls = {key: _urls(table, key) for key in _URL_LISTS}
    if not any(urls.values()):
        raise ValueError("give at least one of sitemaps, feeds, start_urls")
    domains = tuple(d.lower().strip(".") for d in _strings(table, "allowed_domains"))
    if not domains:
        domains = tuple(dict.fromkeys(_host(u) for values in urls.values() for u in values))
    for key in _PATTERN_LISTS:
        for pattern in _strings(table, key):
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"{key}: bad regular expression {pattern!r}: {err}") from err
    for xpath in _strings(table, "prune_xpaths"):
        check_prune_xpath(xpath)
    depth = table.get("section_depth", 1)
    if depth not in (1, 2) or isinstance(depth, bool):
        raise ValueError("section_depth must be 1 or 2")
    max_age = table.get("max_age_days")
    if max_age is not None and (
        isinstance(max_age, bool) or not isinstance(max_age, int | float) or max_age <= 0
    ):
        raise ValueError("max_age_days must be a positive number")
    budget = table.get("page_budget")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, int) or budget < 1):
        raise ValueError(
            f"page_budget must be a positive whole number of requests, not {budget!r} "
            "(leave it out to use NEWSCRAWL_PAGE_BUDGET)"
        )
    return Site(
        name=name,
        allowed_domains=domains,
        sitemaps=urls["sitemaps"],
        feeds=urls["feeds"],
        start_urls=urls["start_urls"],
        article_url_patterns=_strings(table, "article_url_patterns"),
        deny_url_patterns=_strings(table, "deny_url_patterns"),
        section_depth=depth,
        max_age_days=float(max_age) if max_age is not None else None,
        prune_xpaths=_strings(table, "prune_xpaths"),
        noise_patterns=_strings(table, "noise_patterns"),
        use_robots_sitemaps=_bool(table, "use_robots_sitemaps", default=True),
        allow_private_network=_bool(table, "allow_private_network", default=False),
        page_budget=budget,
        strip_params=_params(table, "strip_params"),
    )


def _strings(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _params(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = _strings(table, key)
    for param in values:
        if not PARAM_NAME.match(param) or param == "*":
            raise ValueError(
                f"{key}: {param!r} is not a query parameter name "
                "(letters, digits, '_', '.', '-', '[', ']'; a trailing '*' for a prefix)"
            )
    return values


def _urls(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = _strings(table, key)
    for url in values:
        parts = split_url(url)  # None for one urllib refuses ("http://[x/", "http://x:port/")
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{key}: not an absolute http(s) URL: {url!r}")
    return values


def _host(url: str) -> str:
    parts = split_url(url)
    return ((parts.hostname if parts else None) or "").lower()


def _bool(table: Mapping[str, Any], key: str, *, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise TypeError(f"{key} must be true or false")
    return value
