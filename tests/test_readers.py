"""The reading recipes: every output reads with the same column types in DuckDB, pandas and
Parquet, whatever it holds (a parse, a crawl with revisions, provenance, all-null fields)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.readers import arrow_schema, duckdb_columns, read_pandas
from tests.conftest import RunNewscrawl, page
from tests.crawlsite import CrawlSite, start_site

duckdb = pytest.importorskip("duckdb")
pandas = pytest.importorskip("pandas")
parquet = pytest.importorskip("pyarrow.parquet")

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "articles"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[CrawlSite]:
    crawl_site = start_site(tmp_path)
    yield crawl_site
    crawl_site.server.stop()


def _outputs(tmp_path: Path, run_newscrawl: RunNewscrawl, site: CrawlSite) -> list[Path]:
    """Outputs that differ in which fields are ever non-null."""
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "plain.html").write_text(page("plain"), encoding="utf-8")  # no dates, no section
    runs = [
        run_newscrawl("parse", FIXTURES, "-o", "fixtures.jsonl"),
        run_newscrawl("parse", FIXTURES, "-o", "provenance.jsonl", "--provenance"),
        run_newscrawl("parse", tmp_path / "one", "-o", "plain.jsonl"),
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr[-2000:]
    crawl = site.run(site.cli())
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    (crawled,) = site.out.rglob("*.jsonl")
    return [run.output for run in runs] + [crawled]


def test_every_output_reads_with_the_same_types(
    tmp_path: Path, run_newscrawl: RunNewscrawl, site: CrawlSite
) -> None:
    outputs = _outputs(tmp_path, run_newscrawl, site)
    records = [json.loads(line) for path in outputs for line in path.read_text(encoding="utf-8").splitlines()]
    assert any(r["revision"] for r in records) and any(r["provenance"] for r in records)
    assert any(r["date_published"] for r in records) and any(r["section"] for r in records)

    columns = duckdb_columns()
    duck_types = set()
    pandas_types = set()
    for path in outputs:
        relation = duckdb.sql(
            f"SELECT * FROM read_json('{path}', columns={columns}, format='newline_delimited')"
        )
        duck_types.add(tuple(zip(relation.columns, map(str, relation.types), strict=True)))
        assert len(relation.fetchall()) == len(path.read_text(encoding="utf-8").splitlines())
        frame = read_pandas(path)
        pandas_types.add(tuple((name, str(dtype)) for name, dtype in frame.dtypes.items()))
    assert len(duck_types) == 1, duck_types
    assert len(pandas_types) == 1, pandas_types
    (duck,) = duck_types
    assert dict(duck)["date_published"] == "TIMESTAMP WITH TIME ZONE"
    assert dict(duck)["revision"] == "BIGINT"
    (types,) = pandas_types
    assert dict(types)["date_published"].startswith("datetime64") and "UTC" in dict(types)["date_published"]
    assert dict(types)["revision"] == "Int64"

    # The typed dates read the same without any recipe too: one timestamp type in every file that
    # has a date (never VARCHAR in one and a timestamp in the next; whether DuckDB's detection
    # gives TIMESTAMP in UTC or TIMESTAMP WITH TIME ZONE, and what it makes of a column that is
    # null throughout, varies between installs), and pandas converts the union of all files.
    detected = set()
    for path in outputs:
        if not any(
            json.loads(line)["date_published"] for line in path.read_text(encoding="utf-8").splitlines()
        ):
            continue
        relation = duckdb.sql(f"SELECT date_published FROM read_json('{path}', format='newline_delimited')")
        detected.add(str(relation.types[0]))
    assert len(detected) == 1 and detected <= {"TIMESTAMP WITH TIME ZONE", "TIMESTAMP"}, detected
    dates = pandas.Series([r["date_published"] for r in records])
    assert pandas.to_datetime(dates, utc=True).notna().sum() == dates.notna().sum()


def test_parse_to_parquet_has_the_published_schema(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    run = run_newscrawl("parse", FIXTURES, "-o", "out.parquet", "--provenance")
    assert run.returncode == 0, run.stderr[-2000:]
    target = tmp_path / "out.parquet"
    assert parquet.read_schema(target).equals(arrow_schema())
    table = parquet.read_table(target)
    lines = run_newscrawl("parse", FIXTURES, "-o", "out.jsonl", "--provenance")
    assert lines.returncode == 0, lines.stderr[-2000:]
    assert table.num_rows == len(lines.records()) > 10
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    rows = table.to_pylist()
    assert all(row["provenance"] for row in rows)
    assert {row["headline"] for row in rows} >= {"Grain co-op posts record harvest as silo expansion opens"}
    # The same columns as the JSONL read with the DuckDB recipe.
    from_parquet = duckdb.sql(f"SELECT * FROM read_parquet('{target}')")
    from_json = duckdb.sql(f"SELECT * FROM read_json('{lines.output}', columns={duckdb_columns()})")
    assert list(zip(from_parquet.columns, map(str, from_parquet.types), strict=True)) == list(
        zip(from_json.columns, map(str, from_json.types), strict=True)
    )
