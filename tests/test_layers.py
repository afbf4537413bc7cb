"""The package's layering: imports go down the data flow, never up, and never round in a cycle.

Walks every module of ``newscrawl`` with ``ast`` (imports under ``TYPE_CHECKING`` and inside
functions count too) and checks the graph between *units*: a subpackage (``extract/``) or a
top-level module (``intake``). Each unit has a layer in ``LAYERS``; a unit may import units of
its own layer or lower ones, and the unit graph has no cycle. A new top-level module or
subpackage must be given its layer here: the test names it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import newscrawl

PACKAGE = Path(newscrawl.__file__).parent

LAYERS: tuple[frozenset[str], ...] = (
    # 0. the contracts every other part shares
    frozenset({"items", "urls", "signals", "settings", "schema"}),
    # 1. pure parts: one job each, no crawl (extraction, feeds and sitemaps, addresses, runs on disk,
    #    a process's memory)
    frozenset({"extract/", "discovery/", "network/", "runs/", "memory"}),
    # 2. bytes -> page or a skip reason; the sites file; input order; WARC files in and out;
    #    static HTML pages (explain --html, report)
    frozenset({"intake", "inputs", "sites/", "publishers/", "order", "archives/", "html/", "readers"}),
    # 3. crawl state (store, lock, recovery) and extraction off the reactor
    frozenset({"state/", "workers/"}),
    # 4. Scrapy components that receive what they share from the crawler
    frozenset({"pipelines/", "middlewares/", "progress", "summary", "logformatter", "frontier/"}),
    # 5. spiders: routing only
    frozenset({"spiders/"}),
    # 6. entry points: the CLI, explain, the Python API (newscrawl/__init__.py re-exports api lazily)
    frozenset({"crawl", "explain", "demo/", "cli", "options", "report", "api", "__init__", "bulk/", "local"}),
)

SCRAPY_FREE = ("extract/", "intake", "inputs")
"""Units that must run without a crawler: never import Scrapy or Twisted, directly or not."""
FORBIDDEN_FOR_PURE = (
    "scrapy",
    "twisted",
    "newscrawl.spiders",
    "newscrawl.pipelines",
    "newscrawl.middlewares",
)


def layer_of(unit: str) -> int:
    for number, units in enumerate(LAYERS):
        if unit in units:
            return number
    pytest.fail(f"{unit} has no layer: add it to LAYERS in tests/test_layers.py")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str:
    """``newscrawl.extract.body`` -> ``extract/``; ``newscrawl.intake`` -> ``intake``."""
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    return f"{parts[1]}/" if (PACKAGE / parts[1]).is_dir() else parts[1]


def imported(path: Path) -> Iterator[str]:
    """Every module name ``path`` imports, relative imports resolved."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base != "newscrawl":
                yield base
            else:  # `from newscrawl import intake` imports newscrawl.intake; __version__ is no unit
                yield from (f"{base}.{alias.name}" for alias in node.names)


@cache
def module_imports() -> dict[str, set[str]]:
    return {module_name(path): set(imported(path)) for path in sorted(PACKAGE.rglob("*.py"))}


def unit_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, names in module_imports().items():
        source = unit_of(module)
        graph.setdefault(source, set())
        for name in names:
            if name.startswith("newscrawl.") and (target := unit_of(name)) != source and is_unit(target):
                graph[source].add(target)
    return graph


def is_unit(unit: str) -> bool:
    """False for a name imported from the package itself (``from newscrawl import __version__``)."""
    return (PACKAGE / unit.rstrip("/")).is_dir() or (PACKAGE / f"{unit}.py").exists()


def test_every_unit_has_a_layer() -> None:
    for unit in unit_graph():
        layer_of(unit)


def test_no_import_goes_up_a_layer() -> None:
    upward = [
        f"{source} (layer {layer_of(source)}) imports {target} (layer {layer_of(target)})"
        for source, targets in sorted(unit_graph().items())
        for target in sorted(targets)
        if layer_of(target) > layer_of(source)
    ]
    assert upward == []


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        for target in sorted(graph.get(node, ())):
            if cycle := visit(target, [*path, node]):
                return cycle
        done.add(node)
        return None

    return next((cycle for node in sorted(graph) if (cycle := visit(node, []))), None)


def test_no_import_cycle_between_units() -> None:
    assert find_cycle(unit_graph()) is None


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


@pytest.mark.parametrize("unit", SCRAPY_FREE)
def test_pure_units_import_no_crawl_code(unit: str) -> None:
    offending = [
        f"{module} imports {name}"
        for module, names in sorted(module_imports().items())
        if unit_of(module) == unit
        for name in sorted(names)
        if any(name == bad or name.startswith(f"{bad}.") for bad in FORBIDDEN_FOR_PURE)
    ]
    assert offending == []


@pytest.mark.e2e  # a subprocess: a fresh interpreter shows what the imports really load
def test_intake_and_worker_run_without_scrapy() -> None:
    """Importing them (and everything they import) loads neither Scrapy nor Twisted: a worker
    process stays lean, and ``explain`` and the Python API run without a crawler."""
    probe = (
        "import sys\n"
        "import newscrawl.api, newscrawl.intake, newscrawl.explain, newscrawl.workers.worker\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
