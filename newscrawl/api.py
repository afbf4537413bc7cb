"""The Python API: one page in, one ``Article`` out, with no crawler, settings or output file.

``extract`` runs the extractor on HTML you already have; ``parse_file`` reads a saved page the
way ``newscrawl parse`` does (gzip recognised by its magic bytes, the same size cap, the same
skip reasons) and fills the same ``source_path`` and ``fetched_at``, so its record is the line
``parse`` would write for that file. Both are re-exported by ``newscrawl``.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.extract import extract_article
from newscrawl.intake import (
    DEFAULT_MAX_BYTES,
    PageSkipped,
    article_from_body,
    not_article_detail,
    printable_path,
    read_page,
)
from newscrawl.items import Article


def extract(html: str | bytes, url: str | None = None, **options: Any) -> Article:
    """The article in one HTML document.

    ``html`` is the page as text, or as bytes in whatever encoding the page declares (BOM,
    ``<meta charset>``, else UTF-8 / cp1252). ``url`` is where it came from; relative links
    and image URLs are resolved against it, and it is the record's ``url`` unless the page
    declares a canonical URL. ``options``: ``provenance=True`` fills ``Article.provenance``
    (where each field came from); ``rules`` takes a site's ``newscrawl.extract.rules.ExtractRules``.
    Raises ``newscrawl.NotHtml`` (a ``ValueError``) when the input is not an HTML document; a
    ``url`` that is no URL at all ("http://[x/") is read as none. A page with no article
    gives an ``Article`` with no headline and empty ``text``.
    """
    return extract_article(html, url, **options)


# ``newscrawl.extract`` is this function and also the extractor's subpackage (see
# newscrawl/__init__.py). ``import newscrawl.extract.page as m`` looks ``extract`` up as an
# attribute, gets this function, and then looks for "<its __name__>.page" in sys.modules: with
# the subpackage's name here, that finds the submodule.
extract.__name__ = "newscrawl.extract"


def parse_file(
    path: str | os.PathLike[str],
    *,
    provenance: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_non_articles: bool = False,
) -> Article:
    """The article in the saved page at ``path`` (``.html``, ``.html.gz``, any name): the
    record ``newscrawl parse PATH`` writes for it.

    Raises ``newscrawl.PageSkipped`` when ``parse`` would skip the file; its ``reason`` is the
    skip reason ``parse`` logs (``unreadable``, ``not_regular``, ``too_large``, ``bad_gzip``,
    ``empty``, ``binary``, ``not_html``, ``no_content``, ``extract_error``, ``not_article``) and
    its message says what failed and what to do. A listing or other non-article page is skipped
    as ``not_article``, as ``parse`` skips it, unless ``keep_non_articles`` (``parse
    --keep-non-articles``): then its record comes back with its ``page_type``.
    """
    name = os.fspath(path)
    try:
        data = read_page(name, max_bytes)
        uri = Path(name).absolute().as_uri()
        article = article_from_body(data, uri, max_bytes=max_bytes, provenance=provenance)
        mtime = Path(name).stat().st_mtime
    except PageSkipped as skip:
        raise PageSkipped(skip.reason, skip.detail, source=printable_path(name)) from skip
    if article.page_type != "article" and not keep_non_articles:
        raise PageSkipped("not_article", not_article_detail(article.page_type), source=printable_path(name))
    return dataclasses.replace(
        article,
        source_path=printable_path(name),
        fetched_at=datetime.fromtimestamp(mtime, UTC).isoformat(),
    )
