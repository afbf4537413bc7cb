"""One log line per item event, naming the input, instead of Scrapy's multi-line item dumps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter, is_item
from scrapy import logformatter

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.http import Response
    from scrapy.logformatter import LogFormatterResult
    from twisted.python.failure import Failure


class LogFormatter(logformatter.LogFormatter):
    """``Dropped <input>: <reason>`` and ``Scraped <input>``; the rest as Scrapy has it."""

    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        result["msg"] = "Dropped %(source)s: %(exception)s"
        result["args"] = {"source": source_of(item), "exception": exception}
        return result

    def scraped(self, item: Any, response: Response | Failure | None, spider: Spider) -> LogFormatterResult:
        result = super().scraped(item, response, spider)
        result["msg"] = "Scraped %(source)s"
        result["args"] = {"source": source_of(item)}
        return result


def source_of(item: Any) -> str:
    """What an operator knows the item by: its input file, else its URL."""
    if is_item(item):
        adapter = ItemAdapter(item)
        return str(adapter.get("source_path") or adapter.get("url") or "an item")
    return "an item"
