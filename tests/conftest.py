"""Shared test helpers: small HTML pages, and running the real ``newscrawl`` CLI in a subprocess.

End-to-end runs use a subprocess: a Twisted reactor cannot be restarted inside one process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Redis and PostgreSQL session fixtures for the distributed-crawl tests.
pytest_plugins = ["tests.servers"]


def page(slug: str, *, words: str = "", canonical: bool = True, lang: str = "en") -> str:
    """A small, clean news page whose text is unique to ``slug`` (plus ``words``)."""
    link = f'<link rel="canonical" href="https://news.example/{slug}">' if canonical else ""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the {slug} story tells readers what happened in the town of "
        f"{slug.capitalize()}ville on Tuesday, and why it matters to them. {words}</p>"
        for n in range(1, 4)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>The {slug} story</title>{link}</head>"
        f"<body><article><h1>The {slug} story</h1>{paragraphs}</article></body></html>"
    )


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    output: Path

    def records(self) -> list[dict[str, Any]]:
        with self.output.open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines]

    def stat(self, key: str) -> int | None:
        """A counter from Scrapy's stats dump in the log (None when absent)."""
        for line in self.stderr.splitlines():
            if line.strip().startswith(f"'{key}':"):
                return int(line.split(":", 1)[1].strip().rstrip(",}"))
        return None


def newscrawl(*args: str | Path, cwd: Path, output: Path | None = None) -> Run:
    """Run ``python -m newscrawl.cli ARGS`` in ``cwd`` and capture everything."""
    argv = [sys.executable, "-m", "newscrawl.cli", *map(str, args)]
    done = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=300, check=False)
    return Run(
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
        output or cwd / "out.jsonl",
    )


RunNewscrawl = Callable[..., Run]


@pytest.fixture
def run_newscrawl(tmp_path: Path) -> RunNewscrawl:
    """``run_newscrawl("parse", "in", "-o", "out.jsonl")``, run inside ``tmp_path``."""

    def run(*args: str | Path) -> Run:
        output = None
        if "-o" in args:
            output = tmp_path / str(args[list(args).index("-o") + 1])
        return newscrawl(*args, cwd=tmp_path, output=output)

    return run


@pytest.fixture(autouse=True, scope="session")
def _model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The language model's cache (newscrawl/extract/meta/language_model.py) in a temporary
    directory for the whole session, for this process and every subprocess (``child_env`` drops
    ``NEWSCRAWL_`` variables, hence ``XDG_CACHE_HOME`` too): tests never write into the real
    cache."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        patch.setenv("NEWSCRAWL_CACHE_DIR", str(cache / "newscrawl"))
        yield


# --- Test kinds -----------------------------------------------------------------------------
# Every test is one of: `unit` (in-process, no server, no subprocess: the fast loop,
# `pytest -m unit`), `e2e` (real crawls and parses: subprocesses, worker pools, loopback
# servers) or `heavy` (big inputs; marked in the test itself). A test marked explicitly keeps its
# mark; otherwise a test is `e2e` when it runs the CLI (the `run_newscrawl` fixture) or lives
# in one of the modules below, whose tests all start processes or servers.
E2E_MODULES = frozenset(
    {
        "test_crash_safety",
        "test_crawl_e2e",
        "test_demo_crawl",
        "test_demo_package",
        "test_discovery_hostile",
        "test_faults",
        "test_hostile_inputs",
        "test_network_guard",
        "test_page_budgets",
        "test_parallel",
        "test_parse_cli",
        "test_parse_demo",
        "test_proxy_guard",
        "test_scrapyd",
        "test_site_budget",
        "test_workers",
    }
)
E2E_FIXTURES = frozenset({"run_newscrawl"})
KINDS = ("unit", "e2e", "heavy")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(item.get_closest_marker(kind) for kind in KINDS):
            continue
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        fixtures = set(getattr(item, "fixturenames", ()))
        e2e = module in E2E_MODULES or bool(fixtures & E2E_FIXTURES)
        item.add_marker(pytest.mark.e2e if e2e else pytest.mark.unit)
