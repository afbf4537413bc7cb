"""Drop items that break the committed JSON Schema (``newscrawl/article.schema.json``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import jsonschema_rs
from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from scrapy.exceptions import DropItem

from newscrawl.schema import load_schema

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

MAX_MESSAGE_CHARS = 200
"""The schema error is shortened to this in the drop reason (it quotes the value: a body text can
be huge)."""


class ValidatePipeline:
    """Every item that reaches the writer matches the schema consumers were promised."""

    def __init__(self, stats: StatsCollector, schema: dict[str, Any]) -> None:
        self.stats = stats
        # The compiled (Rust) validator answers "valid?" in microseconds, where jsonschema takes
        # about half a millisecond of the one parent process's time per item; jsonschema is
        # asked only about items that fail, for its error message (and has the last word).
        self.check = jsonschema_rs.validator_for(schema)
        self.validator = Draft202012Validator(schema)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        assert crawler.stats is not None
        return cls(crawler.stats, load_schema())

    def process_item(self, item: Any) -> Any:
        record = _as_record(item)
        if self.check.is_valid(record):
            return item
        reason = invalid_reason(self.validator, record)
        if reason is None:
            return item
        self.stats.inc_value("newscrawl/dropped/invalid")
        raise DropItem(reason)


def invalid_reason(validator: Draft202012Validator, record: dict[str, Any]) -> str | None:
    """Why ``record`` breaks the schema, in one line (None: it does not)."""
    error = best_match(validator.iter_errors(record))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "(record)"
    message = error.message
    if error.validator == "pattern":  # the pattern itself is long and in the schema file
        message = f"{error.instance!r} is not in the required format"
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 3] + "..."
    return f"invalid against article.schema.json at {where}: {message}"


def _as_record(item: Any) -> dict[str, Any]:
    """The item as JSON-like values. Our items are dataclasses: ``dataclasses.asdict`` gives the
    same dict as ItemAdapter's, at a quarter of the cost (which asks of every paragraph whether
    it is an item)."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    return ItemAdapter(item).asdict()
