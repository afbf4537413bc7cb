"""Generalisation cases (issue 10): pages written for the test, each with snippets its record
must and must not contain. Cases live in ``fixtures/generalise/*.toml`` (one ``[[case]]`` per
page); each check names the case's class, page and the snippet that failed. A case may carry
``xfail = "why"`` while its class is a known gap."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from newscrawl.extract import extract_article
from newscrawl.items import Article

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "generalise"

CHECKS = frozenset(
    {
        "text_has",
        "text_lacks",
        "headings_has",
        "headings_lacks",
        "headline",
        "authors",
        "description_has",
        "description_lacks",
        "language",
        "date_published_raw",
        "date_modified_raw",
        "image_captions_has",
        "image_credits_has",
    }
)
"""The keys a case may carry besides ``page``, ``class`` and ``url``."""


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for table in sorted(HERE.glob("*.toml")):
        for case in tomllib.loads(table.read_text(encoding="utf-8"))["case"]:
            cases.append({**case, "table": table.name})
    return cases


CASES = _cases()


def test_every_case_names_an_existing_page_and_known_checks() -> None:
    assert len(CASES) >= 10
    for case in CASES:
        assert (HERE / case["page"]).is_file(), case["page"]
        unknown = set(case) - CHECKS - {"page", "class", "url", "table", "xfail"}
        assert not unknown, f"{case['page']}: unknown keys {sorted(unknown)}"
        assert set(case) & CHECKS, f"{case['page']}: no check"


def _record(case: dict[str, Any]) -> Article:
    page = HERE / case["page"]
    return extract_article(page.read_bytes(), case.get("url") or page.as_uri())


def _fails(case: dict[str, Any], record: Article) -> list[str]:
    headings = [section.heading for section in record.sections if section.heading]
    captions = " | ".join(image.caption or "" for image in record.images)
    credits = " | ".join(image.credit or "" for image in record.images)
    fails = [f"text lacks {s!r}" for s in case.get("text_has", []) if s not in record.text]
    fails += [f"text has {s!r}" for s in case.get("text_lacks", []) if s in record.text]
    fails += [
        f"no heading {s!r} (headings: {headings})" for s in case.get("headings_has", []) if s not in headings
    ]
    fails += [f"heading {s!r}" for s in case.get("headings_lacks", []) if s in headings]
    fails += [
        f"no caption with {s!r} (captions: {captions!r})"
        for s in case.get("image_captions_has", [])
        if s not in captions
    ]
    fails += [
        f"no credit with {s!r} (credits: {credits!r})"
        for s in case.get("image_credits_has", [])
        if s not in credits
    ]
    fails += [
        f"description lacks {s!r}"
        for s in case.get("description_has", [])
        if s not in (record.description or "")
    ]
    fails += [
        f"description has {s!r}" for s in case.get("description_lacks", []) if s in (record.description or "")
    ]
    for field in ("headline", "authors", "language", "date_published_raw", "date_modified_raw"):
        if field in case and getattr(record, field) != case[field]:
            fails.append(f"{field} {getattr(record, field)!r}, not {case[field]!r}")
    return fails


def _params() -> list[Any]:
    """A case with ``xfail = "why"`` is a known gap: expected to fail, and flagged (strict) as
    soon as it passes so that the marker goes."""
    return [
        pytest.param(
            case,
            id=case["page"].removesuffix(".html"),
            marks=[pytest.mark.xfail(reason=case["xfail"], strict=True, raises=AssertionError)]
            if "xfail" in case
            else [],
        )
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    fails = _fails(case, _record(case))
    assert not fails, f"{case['page']} ({case.get('class', '')}): " + "; ".join(fails)
