"""Publisher knowledge: extraction rules for known hosts, shipped as package data.

``*.toml`` files in this package hold one table per host (see ``docs/publishers.md``). They are
read once per process by :func:`default_publishers` and handed to ``extract_article`` as a
value (``newscrawl.extract`` stays free of I/O); extraction adds the rules of the page's host to
the crawl's site rules. The data is optional knowledge: the generic extractor stands alone, and a
host without a table gets nothing extra.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newscrawl.extract.rules import ExtractRules, PublisherRules, check_prune_xpath

KEYS = frozenset({"prune_xpaths", "noise_patterns", "note"})
"""Keys of a host table; ``note`` says why the rules exist (free text, not used)."""
_HOST = re.compile(r"^(?!www\.)[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z0-9-]{2,63}$")


class PublisherDataError(ValueError):
    """A publisher data file is not TOML, or one of its host tables is invalid."""


ENV_FILES = "NEWSCRAWL_PUBLISHER_DATA"
"""Environment variable: further publisher data files (``os.pathsep``-separated), read after
the shipped ones; a host may be defined once over all of them."""


@cache
def default_publishers() -> PublisherRules:
    """The publisher data shipped with newscrawl (every ``*.toml`` of this package) and the files
    named by ``NEWSCRAWL_PUBLISHER_DATA``, loaded once per process."""
    folder = resources.files(__name__)
    texts = {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    }
    for path in filter(None, os.environ.get(ENV_FILES, "").split(os.pathsep)):
        texts.update(_read(path))
    return parse_publishers(texts)


def load_publishers(paths: Iterable[str | Path]) -> PublisherRules:
    """Publisher data from the TOML files at ``paths`` (a host may appear in one file only)."""
    texts: dict[str, str] = {}
    for path in paths:
        texts.update(_read(path))
    return parse_publishers(texts)


def _read(path: str | Path) -> dict[str, str]:
    try:
        return {str(path): Path(path).read_text(encoding="utf-8")}
    except (OSError, UnicodeDecodeError) as err:
        raise PublisherDataError(f"{path}: cannot read publisher data: {err}") from err


def parse_publishers(texts: Mapping[str, str]) -> PublisherRules:
    """Publisher data from TOML texts keyed by their file name (named in errors)."""
    hosts: dict[str, ExtractRules] = {}
    origin: dict[str, str] = {}
    for name, text in texts.items():
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise PublisherDataError(f"{name}: not TOML: {err}") from err
        for host, table in data.items():
            if host in origin:
                raise PublisherDataError(f"{name}: [{host!r}] is already defined in {origin[host]}")
            try:
                hosts[_valid_host(host)] = host_rules(table)
            except (TypeError, ValueError) as err:
                raise PublisherDataError(f"{name}: [{host!r}]: {err}") from err
            origin[host] = name
    return PublisherRules(hosts)


def host_rules(table: Any) -> ExtractRules:
    """One host's validated rules."""
    if not isinstance(table, dict):
        raise TypeError("must be a table of rules")
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ValueError(f"unknown keys {unknown}; known keys: {sorted(KEYS)}")
    if not isinstance(table.get("note", ""), str):
        raise TypeError("note must be a string")
    patterns = _strings(table, "noise_patterns")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as err:
            raise ValueError(f"noise_patterns: bad regular expression {pattern!r}: {err}") from err
    xpaths = _strings(table, "prune_xpaths")
    for xpath in xpaths:
        check_prune_xpath(xpath)
    if not patterns and not xpaths:
        raise ValueError("no rules: give prune_xpaths or noise_patterns")
    return ExtractRules(prune_xpaths=xpaths, noise_patterns=patterns)


def _valid_host(host: str) -> str:
    if not _HOST.match(host):
        raise ValueError("the table name must be a lower-case host name without 'www.' (e.g. 'example.com')")
    return host


def _strings(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TypeError(f"{key} must be a list of non-empty strings")
    return tuple(value)
