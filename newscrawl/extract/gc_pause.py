"""Python's cyclic garbage collector held off while a page is extracted, and given back after.

Extraction allocates many short-lived containers (lists, dicts, tuples, lxml proxies); every few
hundred of them the collector runs, and every few runs it walks all the objects the process has
loaded (the rule tables, the language model, the caller's own objects) looking for cycles. A
page's objects are freed by reference counting, not by the collector: over the 787 dev pages
(zyte, fundus, traf) its runs during extraction found 520 objects in all and cost 0.62 s of a
33 s pass. Holding it off for the page and letting it run after gives the same memory back and
saves its walks (the 308 zyte and fundus pages: 0.7% of the instructions of a pass, and the
cache lines those walks evict).

The pause is process-wide (``gc.disable``), so it is counted: threads extracting at the same time
share one pause, and the collector comes back when the last of them finishes, and only if it was
on when the first began (a caller that turned it off keeps it off). Cycles a page does leave are
collected by the next run after the pause, like any others.

Why not ``gc.freeze`` or higher thresholds: both change the collector for the rest of the
process, which is the caller's business (extraction workers do freeze what they loaded after
their warm-up page: ``newscrawl.workers.worker.settle``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_inside = 0
"""Extractions running now (in any thread)."""
_resume = False
"""Whether the collector was on when the first of them began."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off while the block runs (see the module's docstring); back as it was after,
    also when the block raises."""
    global _inside, _resume  # noqa: PLW0603  (one count for the process, like the collector)
    with _lock:
        if _inside == 0:
            _resume = gc.isenabled()
            gc.disable()
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and _resume:
                gc.enable()
