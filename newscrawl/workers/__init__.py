"""Extraction off the reactor: a pool of worker processes that turn fetched pages into Articles.

``pool.py`` is the parent side (plain threads and pipes, no Twisted); ``worker.py`` is the
process each worker runs; ``wire.py`` is what crosses the pipe between them; ``extension.py``
hands the pool to Scrapy (one pool per crawler, bounded in-flight pages, awaitable results).
"""

from newscrawl.workers.pool import ExtractPool, default_jobs
from newscrawl.workers.wire import Extracted, Job, Outcome, Skipped

__all__ = ["ExtractPool", "Extracted", "Job", "Outcome", "Skipped", "default_jobs"]
