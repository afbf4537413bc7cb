"""``newscrawl demo``: serve the bundled demo news site on 127.0.0.1 and crawl it for real.

The site is ``newscrawl/demo/site/`` (invented articles, realistic markup and noise), package
data found with ``importlib.resources``, so the demo runs from an installed wheel as from a
checkout. The crawl is the ``news`` spider with every pipeline, as in production. State goes to
a fresh directory each time, so every demo run finds all articles new.
"""

from __future__ import annotations

import shlex
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TextIO

from scrapy.settings import Settings

from newscrawl.crawl import crawl_settings, run_crawl
from newscrawl.demo import DEMO_OUTPUT, SITE
from newscrawl.demo.server import SiteServer
from newscrawl.options import EXIT_OK, UsageError
from newscrawl.sites import load_sites


@contextmanager
def site_on_disk(site: Traversable = SITE) -> Iterator[Path]:
    """``site`` as a directory the server can read: itself when the package is on the file system
    (a wheel or an editable install), else a temporary copy (a zip import, e.g. a scrapyd egg)."""
    if isinstance(site, Path):
        yield site
        return
    with tempfile.TemporaryDirectory(prefix="newscrawl-demo-site-") as scratch:
        yield _copy_tree(site, Path(scratch) / "site")


def _copy_tree(source: Traversable, target: Path) -> Path:
    target.mkdir()
    for entry in source.iterdir():
        if entry.is_dir():
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
    return target


def write_sites_file(site_dir: Path, base_url: str, target: Path) -> Path:
    """The demo's ``sites.toml`` with the server's base URL filled in."""
    text = (site_dir / "sites.toml").read_text(encoding="utf-8").replace("{{BASE}}", base_url)
    target.write_text(text, encoding="utf-8")
    return target


def run_demo_crawl(
    base: Settings,
    *,
    output_dir: Path = DEMO_OUTPUT,
    site: Traversable = SITE,
    overrides: dict[str, Any] | None = None,
    out: TextIO = sys.stdout,
) -> int:
    if not (site / "sites.toml").is_file():
        raise FileNotFoundError(f"{site} has no sites.toml; reinstall newscrawl")
    with (
        tempfile.TemporaryDirectory(prefix="newscrawl-demo-") as scratch,
        site_on_disk(site) as site_dir,
        SiteServer(site_dir) as server,
    ):
        sites_file = write_sites_file(site_dir, server.base_url, Path(scratch) / "sites.toml")
        print(f"Serving the demo site {site_dir} at {server.base_url}", file=out)
        settings = crawl_settings(
            base,
            {
                "NEWSCRAWL_SITES_FILE": str(sites_file),
                "NEWSCRAWL_OUTPUT_DIR": str(output_dir.resolve()),
                "NEWSCRAWL_DATA_DIR": str(Path(scratch) / "data"),
                **(overrides or {}),
            },
        )
        sites = list(load_sites(sites_file).values())
        return run_crawl(settings, sites, out=out)


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

SERVE_HELP = """\
Serving the demo site at {base} (Ctrl-C to stop).

Sites file for it, {sites}:

{toml}
Crawl it with the news spider (state in {data}, so a second crawl finds nothing new):

  newscrawl crawl demo --sites {sites} -o out/crawl-demo --data-dir {data}
  SCRAPY_SETTINGS_MODULE=newscrawl.settings scrapy crawl news -a site=demo \\
      -s NEWSCRAWL_SITES_FILE={sites} -s NEWSCRAWL_OUTPUT_DIR=out/crawl-demo -s NEWSCRAWL_DATA_DIR={data}

(SCRAPY_SETTINGS_MODULE is not needed in a source checkout, where scrapy.cfg names it.)
Scrapy's own tools resolve names through newscrawl's guarded resolver, which refuses loopback
addresses; to look at a page of the demo site with them, put Scrapy's resolver back:

  scrapy fetch -s TWISTED_DNS_RESOLVER=scrapy.resolver.CachingHostnameResolver {base}/
  scrapy shell -s TWISTED_DNS_RESOLVER=scrapy.resolver.CachingHostnameResolver {base}/
"""


def serve_demo(*, port: int = 0, site: Traversable = SITE, out: TextIO = sys.stdout) -> int:
    """Serve the demo site on 127.0.0.1 until Ctrl-C or SIGTERM; print its base URL, a sites
    file for it (written to a temporary directory, removed on exit) and how to crawl it."""
    stop = threading.Event()
    # Both signals stop it, also where the shell started it with SIGINT ignored (a background job).
    previous = {number: signal.signal(number, lambda *_: stop.set()) for number in STOP_SIGNALS}
    try:
        with (
            tempfile.TemporaryDirectory(prefix="newscrawl-demo-serve-") as scratch,
            site_on_disk(site) as site_dir,
        ):
            try:
                server = SiteServer(site_dir, port=port)
            except OSError as err:  # the port is taken, or not ours to listen on
                raise UsageError(f"cannot listen on 127.0.0.1:{port}: {err.strerror or err}") from err
            with server:
                sites = write_sites_file(site_dir, server.base_url, Path(scratch) / "sites.toml")
                data = shlex.quote(str(Path(scratch) / "data"))
                lines = sites.read_text(encoding="utf-8").splitlines()
                toml = "".join(f"  {line}\n" for line in lines if not line.startswith("#"))
                text = SERVE_HELP.format(
                    base=server.base_url, sites=shlex.quote(str(sites)), toml=toml, data=data
                )
                out.write(text)
                out.flush()
                while not stop.wait(0.5):
                    pass
                print("Stopped serving the demo site.", file=out)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return EXIT_OK
