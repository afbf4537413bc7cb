"""Every fixture page gives exactly its golden record, compared field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.goldens import comparable, golden_path, pages, record_for

PAGES = pages()


def test_there_are_enough_fixture_pages() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_page_matches_golden(page: Path) -> None:
    golden = golden_path(page)
    assert golden.exists(), f"no golden for {page.name}: run python tests/goldens.py --update"
    expected = comparable(json.loads(golden.read_text(encoding="utf-8")))
    actual = record_for(page)
    assert sorted(actual) == sorted(expected), "field sets differ"
    differing = [field for field in sorted(expected) if actual[field] != expected[field]]
    assert not differing, f"{page.name}: fields differ: {differing}\n" + "\n".join(
        f"  {field}:\n    expected {expected[field]!r:.600}\n    actual   {actual[field]!r:.600}"
        for field in differing
    )
