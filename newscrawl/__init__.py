"""newscrawl: noisy news pages in, clean structured JSONL articles out.

The Python API::

    import newscrawl

    article = newscrawl.extract(html, url)          # str or bytes -> newscrawl.Article
    article = newscrawl.parse_file("page.html.gz")  # read as `newscrawl parse` reads it
    article.to_dict()                               # exactly the JSONL record, as a dict
    article.to_json()                               # ... and as the line the writer writes

Importing the package is cheap: the extractor (lxml, trafilatura) loads on first use.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newscrawl.api import extract, parse_file
    from newscrawl.extract.refusals import NotHtml
    from newscrawl.intake import PageSkipped
    from newscrawl.items import Article, Image, Section

__all__ = ["Article", "Image", "NotHtml", "PageSkipped", "Section", "__version__", "extract", "parse_file"]

_LAZY = {
    "extract": "newscrawl.api",
    "parse_file": "newscrawl.api",
    "Article": "newscrawl.items",
    "Image": "newscrawl.items",
    "Section": "newscrawl.items",
    "PageSkipped": "newscrawl.intake",
    "NotHtml": "newscrawl.extract.refusals",
}
"""Public name -> the module that defines it, imported on first access."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newscrawl' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(types.ModuleType):
    """``newscrawl.extract`` is the public function, and also the name of the extractor's
    subpackage. Importing a submodule makes Python set it as an attribute of its parent, which
    would hide the function behind the subpackage; the subpackage stays reachable through
    ``sys.modules`` (``from newscrawl.extract import extract_article`` works as always)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
