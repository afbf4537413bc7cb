"""Every ``NEWSCRAWL_*`` setting is defined once in newscrawl/settings.py, with a comment, read
without an inline default, and listed in docs/settings.md."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

import newscrawl
from newscrawl import settings as project
from newscrawl.settings import newscrawl_defaults
from newscrawl.spiders.files import FilesSpider
from newscrawl.spiders.news import NewsSpider
from newscrawl.spiders.news_settings import POLITENESS

PACKAGE = Path(newscrawl.__file__).parent
SETTINGS_FILE = PACKAGE / "settings.py"
DOCS = PACKAGE.parent / "docs" / "settings.md"
NAME = re.compile(r"\bNEWSCRAWL_[A-Z0-9_]*[A-Z0-9]\b")
GETTER = re.compile(r"\.get(?:int|float|bool|list|dict)?\(\s*\"(NEWSCRAWL_[A-Z0-9_]+)\"\s*,")
"""A read with an inline default: ``settings.getint("NEWSCRAWL_X", 5)``."""


def used_names() -> dict[str, list[str]]:
    """Every NEWSCRAWL_ name in the package's code outside settings.py -> the files using it."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == SETTINGS_FILE:
            continue
        for name in set(NAME.findall(path.read_text(encoding="utf-8"))):
            found.setdefault(name, []).append(str(path.relative_to(PACKAGE)))
    return found


def defined_names() -> dict[str, int]:
    """NEWSCRAWL_ names assigned at the top of settings.py -> their line number."""
    tree = ast.parse(SETTINGS_FILE.read_text(encoding="utf-8"))
    return {
        target.id: node.lineno
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.startswith("NEWSCRAWL_")
    }


def documented_names() -> set[str]:
    """Names in the first column of docs/settings.md's tables."""
    return {m.group(1) for m in re.finditer(r"^\| `([A-Z][A-Z0-9_]+)` \|", DOCS.read_text(), re.M)}


def test_every_name_used_is_defined_in_settings() -> None:
    missing = {name: files for name, files in used_names().items() if name not in defined_names()}
    assert missing == {}


def test_every_setting_defined_is_used() -> None:
    assert sorted(set(defined_names()) - set(used_names())) == []


def test_every_setting_is_documented() -> None:
    assert sorted(set(defined_names()) - documented_names()) == []
    assert sorted(set(POLITENESS) - documented_names()) == []


def test_docs_name_no_setting_that_does_not_exist() -> None:
    known = set(defined_names()) | set(POLITENESS)
    assert sorted(n for n in documented_names() if n.startswith("NEWSCRAWL_") and n not in known) == []


def test_every_setting_has_a_comment_above_it() -> None:
    lines = SETTINGS_FILE.read_text(encoding="utf-8").splitlines()
    bare = [name for name, line in defined_names().items() if not lines[line - 2].startswith("#")]
    assert bare == []


def test_no_inline_defaults() -> None:
    inline = {
        str(path.relative_to(PACKAGE)): GETTER.findall(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert {path: names for path, names in inline.items() if names} == {}


def test_defaults_are_the_module_values() -> None:
    defaults = newscrawl_defaults()
    assert set(defaults) == set(defined_names())
    assert all(defaults[name] == getattr(project, name) for name in defaults)


def test_spiders_bring_the_defaults_and_yield_to_other_settings() -> None:
    for spider in (NewsSpider, FilesSpider):
        crawler = get_crawler(spider, settings_dict={"NEWSCRAWL_PAGE_BUDGET": 7})
        assert crawler.settings.getint("NEWSCRAWL_PAGE_BUDGET") == 7
        assert crawler.settings.getint("NEWSCRAWL_MAX_XML_BYTES") == project.NEWSCRAWL_MAX_XML_BYTES
    settings = Settings()
    settings.setmodule(project, priority="project")
    settings.set("NEWSCRAWL_RUN_ID", "mine", priority="cmdline")
    NewsSpider.update_settings(settings)
    assert settings.get("NEWSCRAWL_RUN_ID") == "mine"
