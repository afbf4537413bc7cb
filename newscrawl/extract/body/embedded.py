"""Article HTML embedded in page scripts (Next.js / Nuxt state, app-shell JSON).

Some sites ship the body only inside a script as a JSON string of HTML, rendering it in the
browser. When the visible page yields little text, the longest such HTML string is the body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newscrawl.extract.page import Page

# A JSON string literal that contains an HTML paragraph, escaped or not.
_HTML_STRING = re.compile(r'"((?:[^"\\]|\\.){200,}?)"')
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
MIN_PARAGRAPHS = 3
MAX_SCRIPT_CHARS = 20_000_000


def embedded_article_html(page: Page) -> str | None:
    """The HTML string with the most paragraphs found in the page's script data, or None."""
    best: tuple[int, str] | None = None
    for script in page.tree.iter("script"):
        raw = script.text or ""
        kind = (script.get("type") or "").lower()
        if len(raw) > MAX_SCRIPT_CHARS or "ld+json" in kind or not _mentions_paragraphs(raw):
            continue
        for candidate in _html_strings(raw):
            paragraphs = len(_PARAGRAPH.findall(candidate))
            if paragraphs >= MIN_PARAGRAPHS and (best is None or paragraphs > best[0]):
                best = (paragraphs, candidate)
    return best[1] if best else None


def _mentions_paragraphs(raw: str) -> bool:
    return "<p" in raw or "\\u003cp" in raw or "\\u003Cp" in raw


def _html_strings(raw: str) -> Iterator[str]:
    stripped = raw.strip()
    if stripped.startswith(("{", "[")):
        try:
            data = json.loads(stripped)
        except ValueError:
            data = None
        if data is not None:
            yield from _strings(data)
            return
    for match in _HTML_STRING.finditer(raw):
        try:
            value = json.loads(f'"{match.group(1)}"')
        except ValueError:
            continue
        if isinstance(value, str) and _PARAGRAPH.search(value):
            yield value


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        if _PARAGRAPH.search(data):
            yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
