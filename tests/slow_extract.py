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
