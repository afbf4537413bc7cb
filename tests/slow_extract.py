"""Stand-ins for ``extract_article``, run in extraction workers via NEWSCRAWL_EXTRACT_FUNCTION
(``tests.slow_extract:extract_article``): pages with a marker misbehave, all others extract
normally. Only the tests use this module."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from newscrawl.extract import extract_article as real_extract_article
from newscrawl.items import Article
from newscrawl.workers.worker import WARM_UP_URL

SLOW = b"<!-- newscrawl-test: slow -->"
"""Extraction of a page containing this sleeps far past any test timeout."""
CRASH = b"<!-- newscrawl-test: crash -->"
"""Extraction of a page containing this kills its own worker process."""


def extract_article(data: bytes | str, url: str | None = None, **options: Any) -> Article:
    raw = data.encode() if isinstance(data, str) else data
    if SLOW in raw:
        time.sleep(600)
    if CRASH in raw:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_extract_article(data, url, **options)


SLOW_START = 6.0
"""Seconds ``slow_start`` spends on a worker's warm-up page."""


def slow_start(data: bytes | str, url: str | None = None, **options: Any) -> Article:
    """A worker whose start-up is slow (a cold disk, a loaded machine): its warm-up sleeps."""
    if url == WARM_UP_URL:
        time.sleep(SLOW_START)
    return extract_article(data, url, **options)


def dies_at_start(data: bytes | str, url: str | None = None, **options: Any) -> Article:
    """A worker that dies before it is ready (a broken install)."""
    if url == WARM_UP_URL:
        os._exit(3)
    return extract_article(data, url, **options)
