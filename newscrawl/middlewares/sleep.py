"""A reactor-agnostic ``sleep`` for async middlewares (Scrapy >= 2.18 ships one)."""

from __future__ import annotations

try:
    from scrapy.utils.asyncio import sleep
except ImportError:  # Scrapy < 2.18

    async def sleep(seconds: float) -> None:
        # Imported at call time: the reactor must be the one Scrapy installed.
        from scrapy.utils.defer import maybe_deferred_to_future  # noqa: PLC0415
        from twisted.internet import reactor  # noqa: PLC0415
        from twisted.internet.task import deferLater  # noqa: PLC0415

        await maybe_deferred_to_future(deferLater(reactor, seconds))  # type: ignore[arg-type,unused-ignore]


__all__ = ["sleep"]
