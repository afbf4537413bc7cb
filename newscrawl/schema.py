"""The JSON Schema of one output line, derived from ``newscrawl.items.Article``.

    python -m newscrawl.schema            print the derived schema
    python -m newscrawl.schema --write    refresh the committed ``newscrawl/article.schema.json``

``itemadapter`` turns the dataclasses into a schema (field docstrings become descriptions);
this module adds what it cannot know: identity, ``required`` everywhere (every field is
always present in the output) and the value constraints below. ``tests/test_schema.py``
fails when the committed file and the derived schema differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from newscrawl.items import PROVENANCE_FIELDS, PROVENANCE_SOURCES, Article, Image, Section

SCHEMA_FILE = Path(__file__).with_name("article.schema.json")
SCHEMA_ID = "urn:newscrawl:article.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

_DATE = r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?"
_OFFSET = r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
ISO_DATE_OR_DATETIME = f"^{_DATE}(T{_TIME}{_OFFSET}?)?$"
"""A bare date, or a date-time with its UTC offset; without one only when the page states a time
but no zone anywhere (the ``*_raw`` date fields: inventing a zone would be worse)."""
UTC_DATETIME = rf"^{_DATE}T{_TIME}(Z|\+00:00)$"
OFFSET_DATETIME = rf"^{_DATE}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?{_OFFSET}$"
"""RFC 3339: a date-time with seconds and its UTC offset, what the typed date fields hold."""
SHA256_HEX = "^[0-9a-f]{64}$"
ABSOLUTE_URL = "^[A-Za-z][A-Za-z0-9+.-]*:"
HTTP_URL = "^https?://"

NON_EMPTY_STRING = {"type": "string", "minLength": 1}

CONSTRAINTS: dict[str, dict[str, Any]] = {
    "url": {"pattern": ABSOLUTE_URL},
    "canonical_url": {"pattern": HTTP_URL},
    "language": {"pattern": "^[a-z]{2}$"},
    "authors": {"items": NON_EMPTY_STRING},
    "date_published": {"pattern": OFFSET_DATETIME, "format": "date-time"},
    "date_modified": {"pattern": OFFSET_DATETIME, "format": "date-time"},
    "date_published_raw": {"pattern": ISO_DATE_OR_DATETIME},
    "date_modified_raw": {"pattern": ISO_DATE_OR_DATETIME},
    "main_image": {"pattern": HTTP_URL},
    "section": {"minLength": 1},
    "sections/paragraphs": {"items": NON_EMPTY_STRING},
    "images/url": {"pattern": ABSOLUTE_URL},
    "tags": {"items": NON_EMPTY_STRING},
    "word_count": {"minimum": 0},
    "fingerprint": {"pattern": SHA256_HEX},
    "page_type": {"enum": ["article", "listing", "other"]},
    "fetched_at": {"pattern": UTC_DATETIME, "format": "date-time"},
    "revision": {"minimum": 1},
    "previous_fingerprint": {"pattern": SHA256_HEX},
    "provenance": {
        "propertyNames": {"enum": list(PROVENANCE_FIELDS)},
        "additionalProperties": {
            "enum": list(PROVENANCE_SOURCES),
            "description": "; ".join(f"{k}: {v}" for k, v in PROVENANCE_SOURCES.items()),
        },
    },
}
"""Extra keywords per field, keyed by property path (``parent/child`` inside arrays of objects).
Patterns apply to strings only, so a nullable field may still be null."""

NESTED = {"sections": Section, "images": Image}
"""Array fields whose items are objects of these classes (they get a title and description)."""


def derive_schema() -> dict[str, Any]:
    """The schema of one JSONL line, built from the dataclasses (no file I/O)."""
    from itemadapter import ItemAdapter  # noqa: PLC0415  (it imports Scrapy: not for load_schema)

    derived = ItemAdapter.get_json_schema(Article)
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": Article.__name__,
        "description": _doc(Article),
        **derived,
    }
    for name, cls in NESTED.items():
        items = schema["properties"][name]["items"]
        schema["properties"][name]["items"] = {
            "title": cls.__name__,
            "description": _doc(cls),
            **items,
        }
    _require_all(schema)
    for path, keywords in CONSTRAINTS.items():
        _property(schema, path).update(keywords)
    return schema


def render(schema: dict[str, Any]) -> str:
    """The committed file's exact text: 2-space indent, non-ASCII kept, trailing newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@cache
def record_validator() -> Any:
    """A compiled validator of records against the committed schema (jsonschema-rs), made once
    per process: ``is_valid(record)``."""
    import jsonschema_rs  # noqa: PLC0415  (only where records are checked)

    return jsonschema_rs.validator_for(load_schema())


@cache
def load_schema() -> dict[str, Any]:
    """The committed schema, as shipped in the package (read through importlib.resources, so it
    also loads from a zipped egg, as scrapyd runs the project)."""
    text = files("newscrawl").joinpath(SCHEMA_FILE.name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _doc(cls: type) -> str:
    return " ".join((cls.__doc__ or "").split())


def _require_all(node: dict[str, Any]) -> None:
    properties = node.get("properties")
    if isinstance(properties, dict):
        node["required"] = list(properties)
        for child in properties.values():
            _require_all(child)
    items = node.get("items")
    if isinstance(items, dict):
        _require_all(items)


def _property(schema: dict[str, Any], path: str) -> dict[str, Any]:
    node = schema
    for i, name in enumerate(path.split("/")):
        if i:
            node = node["items"]
        node = node["properties"][name]
    return node


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.schema", description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"write {SCHEMA_FILE} instead of printing")
    args = parser.parse_args(argv)
    text = render(derive_schema())
    if args.write:
        SCHEMA_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_FILE}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
