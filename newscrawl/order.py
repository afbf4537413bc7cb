"""Input order: each input carries a sequence number (request meta ``newscrawl_seq``).

Scrapy finishes requests out of order. Two small pieces restore the order of the inputs:

* ``InputGate``: a response's callback waits until every earlier input has *settled* (its item
  was scraped, dropped or failed, or the input was skipped). Items therefore reach the
  pipelines in input order, so "the first copy wins" in dedupe means the first input.
  Downloads and extraction (in worker processes) still run concurrently; only the hand-over
  to the pipelines waits. ``room`` bounds how far reading may run ahead of writing.
* ``Reorder``: the writer's buffer, which emits settled results strictly in sequence.

Responses without a sequence number (crawls) pass straight through both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from scrapy import Request, signals
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer
from twisted.python.failure import Failure

from newscrawl.signals import page_skipped

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

SEQ = "newscrawl_seq"
"""Request meta key: the input's position, from 0."""

GATE_TIMEOUT = 120.0
"""Seconds a callback waits for earlier inputs before going ahead anyway (with a warning);
a guard against an input whose outcome was never reported, not a tuning knob."""

SETTLING_SIGNALS = (
    signals.item_scraped,
    signals.item_dropped,
    signals.item_error,
    signals.spider_error,
    page_skipped,
)
"""Every way an input can end: one of these fires exactly once per sequence number."""

T = TypeVar("T")


def seq_of(source: Request | Response | Failure | None) -> int | None:
    """The sequence number of a request, a response or a failure (None when it has none)."""
    request = source if isinstance(source, Request) else getattr(source, "request", None)
    if not isinstance(request, Request):
        return None
    seq = request.meta.get(SEQ)
    return seq if isinstance(seq, int) else None


def connect_settling(crawler: Crawler, handler: Callable[[int, Any], None]) -> None:
    """Call ``handler(seq, item_or_None)`` whenever an input settles."""

    def on_settled(
        item: Any = None,
        response: Any = None,
        request: Any = None,
        failure: Any = None,
        signal: Any = None,
    ) -> None:
        seq = seq_of(request if request is not None else response)
        if seq is None and failure is not None:
            seq = seq_of(failure)
        if seq is not None:
            handler(seq, item if signal is signals.item_scraped else None)

    for signal in SETTLING_SIGNALS:
        crawler.signals.connect(on_settled, signal=signal, weak=False)


class Reorder(Generic[T]):
    """Results arrive in any order; ``settle`` returns those now due, in sequence."""

    def __init__(self) -> None:
        self.next = 0
        self.pending: dict[int, T | None] = {}

    def settle(self, seq: int, value: T | None) -> list[T | None]:
        if seq < self.next or seq in self.pending:
            logger.debug("input #%d settled twice; ignoring the second outcome", seq)
            return []
        self.pending[seq] = value
        due = []
        while self.next in self.pending:
            due.append(self.pending.pop(self.next))
            self.next += 1
        return due

    def drain(self) -> list[T | None]:
        """Everything still held, in sequence, skipping numbers that never settled."""
        due = [self.pending[seq] for seq in sorted(self.pending)]
        self.pending.clear()
        return due


class InputGate:
    """``await gate.turn(seq)`` returns once inputs 0 .. seq-1 have all settled."""

    def __init__(self, timeout: float = GATE_TIMEOUT) -> None:
        self.timeout = timeout
        self.order: Reorder[bool] = Reorder()
        self.waiting: dict[int, defer.Deferred[None]] = {}
        self.reader: tuple[int, defer.Deferred[None]] | None = None
        """The input reader waiting for room (``room``): the ``order.next`` it waits for."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> InputGate:
        gate = cls()
        connect_settling(crawler, lambda seq, _item: gate.settle(seq))
        return gate

    def settle(self, seq: int) -> None:
        self.order.settle(seq, True)
        for waiting_seq in [s for s in self.waiting if s <= self.order.next]:
            self.waiting.pop(waiting_seq).callback(None)
        if self.reader is not None and self.reader[0] <= self.order.next:
            reader, self.reader = self.reader[1], None
            reader.callback(None)

    async def room(self, seq: int, window: int) -> None:
        """Return once input ``seq`` may be read: fewer than ``window`` inputs are between read
        and settled. The reader's back-pressure, so memory does not grow with the input count."""
        if seq < self.order.next + window:
            return
        from twisted.internet import reactor  # noqa: PLC0415  (see turn)

        waiter: defer.Deferred[None] = defer.Deferred()
        waiter.addTimeout(self.timeout, reactor)
        self.reader = (seq - window + 1, waiter)
        try:
            await maybe_deferred_to_future(waiter)
        except defer.TimeoutError:
            self.reader = None
            logger.warning(
                "Input #%d waited %.0fs for input #%d to finish; reading on",
                seq,
                self.timeout,
                self.order.next,
            )

    async def turn(self, seq: int | None) -> None:
        if seq is None or seq <= self.order.next:
            return
        # Imported here: importing the reactor at module level would install the default one
        # before Scrapy installs the configured TWISTED_REACTOR.
        from twisted.internet import reactor  # noqa: PLC0415

        waiter: defer.Deferred[None] = defer.Deferred()
        waiter.addTimeout(self.timeout, reactor)
        self.waiting[seq] = waiter
        try:
            await maybe_deferred_to_future(waiter)
        except defer.TimeoutError:
            self.waiting.pop(seq, None)
            logger.warning(
                "Input #%d waited %.0fs for input #%d to finish; going ahead out of order",
                seq,
                self.timeout,
                self.order.next,
            )
            for missing in range(self.order.next, seq):
                self.order.settle(missing, True)
