"""The layout of ``newscrawl/extract/``: its parts import down the data flow, never round.

Units are the subpackages (``body/``, ``meta/``, ``images/``, ``words/``) and the top-level
modules. ``words/`` is data: it imports nothing of the package. ``extract/`` imports nothing of
newscrawl but ``newscrawl.items`` (the output contract). A new module or subpackage of
``extract/`` gets its layer here: the test names it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from newscrawl.extract import article

EXTRACT = Path(article.__file__).parent  # (newscrawl.extract is also the API's function)

LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"words/"}),  # phrase and word tables
    # strings, bytes, site options, lookups, what extraction refuses
    frozenset({"normalise", "decode", "rules", "nodes", "gc_pause", "refusals", "addresses"}),
    frozenset({"jsonld"}),
    frozenset({"page"}),  # parse once
    frozenset({"visible"}),  # what the page shows
    frozenset({"meta/"}),
    frozenset({"images/"}),
    frozenset({"body/"}),  # its cleaning reads the metadata and the pictures' captions
    frozenset({"page_type"}),  # article or listing: reads the page and the kept body
    frozenset({"article"}),  # the pipeline
    frozenset({"__init__"}),
)


def module_of(path: Path) -> str:
    parts = path.relative_to(EXTRACT.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str:
    """``newscrawl.extract.meta.names`` -> ``meta/``; ``newscrawl.extract.page`` -> ``page``."""
    parts = module.split(".")
    if len(parts) == 2:
        return "__init__"
    return f"{parts[2]}/" if (EXTRACT / parts[2]).is_dir() else parts[2]


def imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"
            yield node.module or ""


@cache
def package_imports() -> dict[str, set[str]]:
    """Module -> the newscrawl modules it imports."""
    return {
        module_of(path): {name for name in imports(path) if name.split(".")[0] == "newscrawl"}
        for path in sorted(EXTRACT.rglob("*.py"))
    }


def layer_of(unit: str) -> int:
    for number, units in enumerate(LAYERS):
        if unit in units:
            return number
    pytest.fail(f"extract/{unit} has no layer: add it to LAYERS in {Path(__file__).name}")


def test_extract_imports_only_itself_and_items() -> None:
    outside = sorted(
        f"{module} imports {name}"
        for module, names in package_imports().items()
        for name in names
        if not name.startswith("newscrawl.extract") and name != "newscrawl.items"
    )
    assert outside == []


def test_words_are_data() -> None:
    words = {m: names for m, names in package_imports().items() if unit_of(m) == "words/"}
    assert words
    assert {m: n for m, n in words.items() if n - {"newscrawl.extract.words"}} == {}


def test_no_import_goes_up_a_layer() -> None:
    upward = sorted(
        f"{module} ({layer_of(unit_of(module))}) imports {name} ({layer_of(unit_of(name))})"
        for module, names in package_imports().items()
        for name in names
        if name.startswith("newscrawl.extract.") and layer_of(unit_of(name)) > layer_of(unit_of(module))
    )
    assert upward == []


def test_no_module_cycle() -> None:
    graph = {m: {n for n in names if n in package_imports()} for m, names in package_imports().items()}
    done: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, " -> ".join([*path[path.index(node) :], node])
        if node not in done:
            for target in sorted(graph[node]):
                visit(target, (*path, node))
            done.add(node)

    for module in sorted(graph):
        visit(module, ())
