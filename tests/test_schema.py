"""The committed article.schema.json is derived from items.py and accepts real records."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from newscrawl.items import Article, Image, Section
from newscrawl.schema import SCHEMA_FILE, derive_schema, load_schema, render

SAMPLE = Article(
    url="https://news.example/2024/05/03/story",
    canonical_url="https://news.example/2024/05/03/story",
    source_path="pages/story.html",
    site_name="Example News",
    language="en",
    headline="A headline",
    description="The standfirst.",
    authors=["Jane Doe"],
    date_published="2024-05-03T14:24:00+02:00",
    date_modified="2024-05-04T09:00:00+02:00",
    date_published_raw="2024-05-03T14:24:00+02:00",
    date_modified_raw="2024-05-04",
    sections=[
        Section(heading=None, paragraphs=["First."]),
        Section(heading="Sub", paragraphs=["Ünïcode."]),
    ],
    text="First.\n\nSub\n\nÜnïcode.",
    images=[Image(url="https://news.example/a.jpg", caption="A cat.", credit="AP")],
    tags=["cats"],
    word_count=4,
    fingerprint="0" * 64,
    fetched_at="2024-05-05T08:00:00+00:00",
    provenance={
        "url": "canonical",
        "headline": "json-ld",
        "date_published": "dateline",
        "authors": "byline",
        "description": "standfirst",
    },
)


def _record(article: Article) -> dict[str, Any]:
    return dataclasses.asdict(article)


def _errors(record: dict[str, Any]) -> list[str]:
    validator = Draft202012Validator(load_schema())
    return [error.message for error in validator.iter_errors(record)]


def test_committed_schema_is_the_derived_one() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == render(derive_schema()), (
        "newscrawl/article.schema.json is stale: run `python -m newscrawl.schema --write` "
        "and commit the result"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(load_schema())


def test_every_field_is_described_and_required() -> None:
    schema = load_schema()
    names = [f.name for f in dataclasses.fields(Article)]
    assert schema["required"] == names
    assert all(schema["properties"][name].get("description") for name in names)
    for nested, cls in (("sections", Section), ("images", Image)):
        items = schema["properties"][nested]["items"]
        assert items["required"] == [f.name for f in dataclasses.fields(cls)]


@pytest.mark.parametrize(
    "article",
    [SAMPLE, Article(), dataclasses.replace(SAMPLE, provenance={})],
    ids=["full", "empty", "provenance-asked-nothing-found"],
)
def test_records_validate(article: Article) -> None:
    assert _errors(_record(article)) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date_published": "2024-05-03T25:00:00+02:00"}, "hour out of range"),
        ({"date_published": "03/05/2024"}, "not ISO 8601"),
        ({"date_published": "2024-05-03T14:24:00"}, "typed date without offset"),
        ({"date_published": "2024-05-03"}, "typed date without time"),
        ({"date_published_raw": "03/05/2024"}, "raw date not ISO 8601"),
        ({"section": ""}, "empty section"),
        ({"date_modified": "2024-13-01"}, "month 13"),
        ({"fingerprint": "ABC"}, "not sha256 hex"),
        ({"word_count": -1}, "negative count"),
        ({"fetched_at": "2024-05-05T08:00:00+02:00"}, "fetched_at not UTC"),
        ({"language": "english"}, "not ISO 639-1"),
        ({"authors": [""]}, "empty author"),
        ({"canonical_url": "/relative"}, "relative canonical"),
        ({"revision": 0}, "revision starts at 1"),
        ({"provenance": {"headline": "guessed"}}, "unknown provenance source"),
        ({"provenance": {"text": "json-ld"}}, "provenance names a field without sources"),
        ({"provenance": {"headline": 1}}, "provenance source not a string"),
        ({"provenance": []}, "provenance not an object"),
    ],
)
def test_constraints_reject(change: dict[str, Any], field: str) -> None:
    assert _errors({**_record(SAMPLE), **change}), field


def test_missing_and_extra_fields_rejected() -> None:
    record = _record(SAMPLE)
    del record["text"]
    assert _errors(record)
    assert _errors({**_record(SAMPLE), "extra": 1})
    section_without_heading = {**_record(SAMPLE), "sections": [{"paragraphs": ["x"]}]}
    assert _errors(section_without_heading)
