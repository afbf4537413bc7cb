"""Scrapy settings for newscrawl: only what we set, each with its reason.

Every ``NEWSCRAWL_*`` setting is defined here, once, with its default and a comment; the code
reads them with ``settings.get*("NEWSCRAWL_X")`` and no default of its own. docs/settings.md
lists them all (a test checks both). Scrapy's own settings for *site crawls only* (politeness:
robots.txt, AutoThrottle, per-host concurrency, retries, size and time bounds; and the crawl's
pipelines and middlewares) are the news spider's: ``newscrawl/spiders/news_settings.py``, so
that ``parse`` is neither slowed nor changed by them.

Scrapy's ``FEEDS`` stays available for extra outputs (``-s FEEDS=...`` or ``scrapy crawl ... -O
extra.jsonl``); the JSONL article output itself is ``NEWSCRAWL_OUTPUT_FILE``, written by
``newscrawl.pipelines.write``.
"""

import os
from pathlib import Path
from typing import Any

from newscrawl import __version__

BOT_NAME = "newscrawl"

# `scrapy crawl files` / `scrapy list` find the spiders here.
SPIDER_MODULES = ["newscrawl.spiders"]

# Check, de-duplicate, then write; leave gaps for pipelines that come later (e.g. incremental
# state between dedupe and write). The writer must stay last: see its module docstring.
ITEM_PIPELINES = {
    "newscrawl.pipelines.validate.ValidatePipeline": 100,
    "newscrawl.pipelines.dedupe.DedupePipeline": 200,
    "newscrawl.pipelines.write.JsonLinesWriter": 900,
}

# The only DNS lookup of every HTTP connection, checked: public addresses only, unless a site
# opts in for its own origins (newscrawl/network/resolver.py). The news spider refuses to
# crawl without it.
TWISTED_DNS_RESOLVER = "newscrawl.network.resolver.GuardedResolver"

# Saved pages are read only if they are regular files, and at most NEWSCRAWL_MAX_PAGE_BYTES
# of them (Scrapy's handler would block on a FIFO and read /dev/zero forever).
DOWNLOAD_HANDLERS = {"file": "newscrawl.spiders.file_handler.RegularFileDownloadHandler"}

# Progress line on a terminal; a one-line summary of skips and drops at the end.
EXTENSIONS = {
    "newscrawl.progress.Progress": 500,
    "newscrawl.summary.RunSummary": 500,
    # Extraction in worker processes (newscrawl/workers/); None here extracts in the reactor.
    "newscrawl.workers.extension.WorkerPool": 100,
}

# One log line per dropped/scraped item naming its input, not a dump of the whole article.
LOG_FORMATTER = "newscrawl.logformatter.LogFormatter"

# Scrapy's default (DEBUG) logs every request and item; operators want notable events only.
LOG_LEVEL = "INFO"

# Nothing to debug interactively in a batch job, and a listening port is one more thing that
# can clash (parallel test runs). Enable per run with -s TELNETCONSOLE_ENABLED=1 (likewise
# REMOTE_CONTROL_ENABLED for Scrapy's remote-control HTTP server).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Extra FEEDS outputs in the same encoding as ours: UTF-8, non-ASCII kept (Scrapy's default
# escapes it as \uXXXX for JSON feeds).
FEED_EXPORT_ENCODING = "utf-8"

# The JSONL output path; unset means no article file (FEEDS may still be used).
# `newscrawl parse -o` sets it.
NEWSCRAWL_OUTPUT_FILE = None

# Pages larger than this (raw, or after gzip decompression) are skipped: no article is this
# big, and it bounds the memory one input can take (a gzip bomb stops here).
NEWSCRAWL_MAX_PAGE_BYTES = 32 * 1024 * 1024

# The progress line (drawn only when stderr is a terminal); -s NEWSCRAWL_PROGRESS=0 to hide it.
NEWSCRAWL_PROGRESS = True

# Each record's "provenance" (where each field came from) is null unless asked for: it is for
# debugging extraction, and keeping it off keeps the output lean. `parse --provenance` or
# -s NEWSCRAWL_PROVENANCE=1 turns it on.
NEWSCRAWL_PROVENANCE = False

# Pages that are not articles (home, section, tag, archive, calendar, search and author pages:
# newscrawl/extract/page_type.py) are skipped as `not_article` (a crawl still follows their
# links); True keeps them as records whose page_type says what they are. `--keep-non-articles`.
NEWSCRAWL_KEEP_NON_ARTICLES = False

# Each record's "body_html" (the body as a small safe subset of HTML: lists, tables, quotes,
# links) is null unless asked for: most readers want sections/text, and it roughly doubles the
# size of a record. `parse --body-html` or -s NEWSCRAWL_BODY_HTML=1 turns it on.
NEWSCRAWL_BODY_HTML = False

# -- Extraction off the reactor (newscrawl/workers/) -------------------------------------------
# A response yields at most one article (or requests): Scrapy starts CONCURRENT_ITEMS tasks per
# response to process its output, and 100 idle ones cost the reactor more than the item does
# (about 1 ms a page, which the parse loses from its extraction workers' throughput).
CONCURRENT_ITEMS = 1

# Extraction is CPU-bound (30-50 ms a page): in the reactor thread it would stop fetching and
# leave the other cores idle. Worker processes do it; 0 = one per core (`--jobs N` sets it).
NEWSCRAWL_JOBS = 0

# A page still extracting after this many seconds is skipped as `timeout`: its worker is
# killed and replaced, so one pathological page cannot stall a run. Ordinary pages take < 1 s.
NEWSCRAWL_EXTRACT_TIMEOUT = 30.0

# A page whose extraction needs more memory than this (MB of address space per worker) is
# skipped as `over_memory` and its worker replaced. Ordinary pages need < 200 MB; a 20 MB
# single-paragraph page about 700 MB. 0 = no limit.
NEWSCRAWL_EXTRACT_MEMORY_MB = 2048

# Pages waiting for each worker: enough to keep every worker busy, few enough that a slow
# extraction holds fetching back (see newscrawl/workers/extension.py) instead of piling up.
NEWSCRAWL_EXTRACT_BACKLOG = 2

# Further publisher data files (docs/publishers.md), os.pathsep-separated, read after the shipped
# ones by every process of a run. Read from the environment (workers inherit it), not from
# Scrapy settings: extraction has no settings. "" = the shipped data only.
NEWSCRAWL_PUBLISHER_DATA = ""

# Where py3langid's model is kept decompressed (newscrawl/extract/meta/language_model.py: 0.4 s
# less for every process that detects a language). Environment only, like
# NEWSCRAWL_PUBLISHER_DATA. "" = $XDG_CACHE_HOME/newscrawl or ~/.cache/newscrawl; a directory
# that cannot be written only means the compressed model is read every time.
NEWSCRAWL_CACHE_DIR = ""

# A worker process is replaced by a fresh one after this many pages, so that memory stays flat
# on long runs whatever extraction leaves behind (a restart costs ~0.2 s; 0 = never).
NEWSCRAWL_EXTRACT_RECYCLE = 1000

# Offline parse: at most this many inputs between being read and being written (in order), so
# memory does not grow with the number of files. Raise it with many cores (>= 4 per worker).
NEWSCRAWL_MAX_PAGES_IN_FLIGHT = 64

# -- Site crawls: `newscrawl crawl`, `scrapy crawl news -a site=NAME`, scrapyd ------------------
# Where the sites file, the output and the state store are. The environment variables of the
# same names override these values (that is how `scrapy crawl` and scrapyd jobs find them);
# command-line options (--sites, -o, --data-dir, -s) override both. See docs/crawling.md.
# The sites file: which sites there are, their URLs and rules (docs/crawling.md).
NEWSCRAWL_SITES_FILE = os.environ.get("NEWSCRAWL_SITES_FILE") or "sites.toml"

# Crawl output: <dir>/<site>/<YYYY-MM-DD>/<run-id>.jsonl and .stats.json.
NEWSCRAWL_OUTPUT_DIR = os.environ.get("NEWSCRAWL_OUTPUT_DIR") or str(Path("out") / "crawl")

# The state store (what earlier runs emitted) and the per-site locks.
NEWSCRAWL_DATA_DIR = os.environ.get("NEWSCRAWL_DATA_DIR") or str(
    Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "newscrawl"
)

# `crawl --warc-dir DIR`: every fetched response and its request also go to WARC files under
# DIR (newscrawl/archives/, docs/archives.md; needs `pip install 'newscrawl[archives]'`). A file
# is published (renamed into place) once it reaches NEWSCRAWL_WARC_MAX_BYTES, and at the end.
NEWSCRAWL_WARC_DIR = os.environ.get("NEWSCRAWL_WARC_DIR") or None

# A WARC file is published and a new one started once it reaches this size (1 GiB, as CC-NEWS).
NEWSCRAWL_WARC_MAX_BYTES = 1024**3

# Crawls stop requesting after this many requests per run of a site (robots.txt not counted;
# retries and redirect hops are), so a crawler trap cannot fetch forever. A site's
# `page_budget` in the sites file overrides it for that site.
NEWSCRAWL_PAGE_BUDGET = 20_000

# Sitemaps and feeds larger than this (raw or decompressed) are refused: a sitemap may hold
# 50,000 URLs in 50 MB (sitemaps.org), and an XML bomb stops here.
NEWSCRAWL_MAX_XML_BYTES = 50 * 1024 * 1024

# False: a seen article with no newer sitemap/feed date is skipped before it is fetched.
# True: every seen article is fetched again and compared by fingerprint (slower, catches silent
# edits on sites that announce no dates).
NEWSCRAWL_REFETCH_SEEN = False

# The run's id in output and stats file names (OUTDIR/<site>/<date>/<run-id>.jsonl); None: a
# new one, the start time (UTC) and 6 random hex digits. Set it to name a run yourself.
NEWSCRAWL_RUN_ID = None

# The state store of incremental crawls: the import path of a class with the StateStore
# methods (newscrawl/state/base.py) and `in_data_dir(path)`. SQLite in NEWSCRAWL_DATA_DIR.
NEWSCRAWL_STATE_STORE = "newscrawl.state.SQLiteStateStore"

# Apply robots.txt Crawl-delay per host (Scrapy parses it but never applies it). None: follow
# ROBOTSTXT_OBEY (on for site crawls); True/False to force it.
NEWSCRAWL_CRAWL_DELAY_ENABLED = None

# The longest Crawl-delay honoured, in seconds: a site asking for more gets this much.
NEWSCRAWL_CRAWL_DELAY_MAX = 60.0

# Retries (429, 5xx) wait base * 2^(attempt-1) seconds, +-25% jitter: the base, in seconds.
NEWSCRAWL_RETRY_BACKOFF_BASE = 1.0

# The longest wait before a retry, also the longest Retry-After honoured: a server asking for
# longer is not retried in this run.
NEWSCRAWL_RETRY_BACKOFF_MAX = 60.0

# A `module:function` stand-in for extract_article in the extraction workers (tests use a
# deliberately slow one; benchmarks may compare extractors). None: newscrawl's extractor.
NEWSCRAWL_EXTRACT_FUNCTION = None

# Site operators must be able to tell who is crawling. Replace it with your crawler's name and
# a contact URL or address (-s USER_AGENT=...). Politeness settings of site crawls (robots.txt,
# AutoThrottle, per-host concurrency, retries, size and time bounds) are the news spider's own:
# newscrawl/spiders/news_settings.py, so that `parse` is not slowed by them.
USER_AGENT = f"newscrawl/{__version__} (news crawler; operator: set USER_AGENT with a contact)"

# -- Many workers: a shared frontier and state (docs/distributed.md) ---------------------------
# The frontier: redis://HOST:PORT/DB (`crawl --frontier`). Set, the site's requests, dupefilter
# and in-flight leases live in Redis (scrapy-redis, newscrawl/frontier/) and politeness holds
# for each host across workers. Unset: a crawl in one process, as before.
NEWSCRAWL_FRONTIER_URL = os.environ.get("NEWSCRAWL_FRONTIER_URL") or None

# The state store: sqlite:///PATH or postgresql://USER@HOST:PORT/DB (`crawl --state`); unset
# is the SQLite file in NEWSCRAWL_DATA_DIR. Several workers need a shared (PostgreSQL) store.
NEWSCRAWL_STATE_URL = os.environ.get("NEWSCRAWL_STATE_URL") or None

# This worker's name (`crawl --worker`): in its run ids (<run-id>@<worker>.jsonl), its leases
# and its local lock. Default: the host name. Two workers on one machine need two names.
NEWSCRAWL_WORKER = os.environ.get("NEWSCRAWL_WORKER") or None

# Seconds a popped request stays leased to its worker without a renewal (renewed while the
# worker lives); after that another worker fetches it. Also the claim time of an article.
NEWSCRAWL_LEASE_SECONDS = 30.0

# Seconds between two looks at a host's shared politeness slots while they are all taken.
NEWSCRAWL_POLITENESS_POLL = 0.02

# A worker claims an article in the store before emitting it, so two workers never both emit
# it; a claim older than this many seconds (its worker died) may be taken over.
NEWSCRAWL_CLAIM_SECONDS = 30.0


def newscrawl_defaults() -> dict[str, Any]:
    """Every ``NEWSCRAWL_*`` setting of this module with its default. The spiders add them at
    Scrapy's ``default`` priority, so that a spider run outside this project (another project's
    settings, ``scrapy.utils.test.get_crawler``) still sees them; any other setting wins."""
    return {name: value for name, value in globals().items() if name.startswith("NEWSCRAWL_")}
