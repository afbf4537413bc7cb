"""Reading newscrawl's JSONL with fixed column types: DuckDB, pandas, Arrow/Parquet.

Type inference reads each file on its own: a column that is null on every line of one file (no
crawl ``revision`` in a parse, no ``section`` on any page of a small batch) comes back as a NULL
or float column there and as a number or text column elsewhere. The types below come from the
published schema (``article.schema.json``), so every file reads the same way:

    import duckdb, newscrawl.readers as r
    duckdb.sql(f"SELECT * FROM read_json('out/*.jsonl', columns={r.duckdb_columns()})")

    df = newscrawl.readers.read_pandas("out.jsonl")      # pandas with nullable dtypes

    newscrawl.readers.jsonl_to_parquet("out.jsonl", "out.parquet")   # pyarrow, same schema

DuckDB, pandas and pyarrow are optional: ``pip install 'newscrawl[feeds]'``.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawl.schema import load_schema

if TYPE_CHECKING:
    import pandas
    import pyarrow

BATCH = 2000
"""Records per Arrow batch when writing Parquet: memory stays bounded whatever the file's size."""


def _kind(node: dict[str, Any]) -> str:
    """One schema node as a kind: string, datetime, integer, boolean, list, struct or map."""
    types = node.get("type")
    if "anyOf" in node:  # null or an object of strings: the provenance map
        return "map"
    names = types if isinstance(types, list) else [types]
    if "array" in names:
        return "list"
    if "object" in names:
        return "struct"
    if node.get("format") == "date-time":
        return "datetime"
    for name in ("integer", "boolean"):
        if name in names:
            return name
    return "string"


def _duckdb(node: dict[str, Any]) -> str:
    kind = _kind(node)
    if kind == "list":
        return _duckdb(node["items"]) + "[]"
    if kind == "struct":
        fields = ", ".join(f"{name} {_duckdb(child)}" for name, child in node["properties"].items())
        return f"STRUCT({fields})"
    simple = {
        "string": "VARCHAR",
        "datetime": "TIMESTAMPTZ",
        "integer": "BIGINT",
        "boolean": "BOOLEAN",
        "map": "MAP(VARCHAR, VARCHAR)",
    }
    return simple[kind]


def duckdb_columns() -> dict[str, str]:
    """``read_json(..., columns=...)`` for DuckDB: every field with its SQL type, in output order."""
    return {name: _duckdb(node) for name, node in load_schema()["properties"].items()}


def datetime_fields() -> list[str]:
    """The fields that hold RFC 3339 date-times with offset (or null)."""
    return [name for name, node in load_schema()["properties"].items() if _kind(node) == "datetime"]


def pandas_dtypes() -> dict[str, str]:
    """dtypes for ``pandas.read_json``: nullable text, integers and booleans; lists, objects and
    the date-times (converted afterwards, see ``read_pandas``) as Python objects."""
    names = {"string": "string", "integer": "Int64", "boolean": "boolean"}
    return {name: names.get(_kind(node), "object") for name, node in load_schema()["properties"].items()}


def read_pandas(path: str | os.PathLike[str]) -> pandas.DataFrame:
    """One JSONL output as a DataFrame with the same dtypes whatever it holds: date-times as
    ``datetime64[us, UTC]``, text as ``string``, ``revision`` as ``Int64``, ``is_accessible_for_free``
    as ``boolean``, lists and objects as Python objects."""
    import pandas  # noqa: PLC0415  (optional dependency)

    dtypes = pandas_dtypes()
    # No inference at all (it would turn date-like text such as date_published_raw into
    # timestamps); the dtypes are set below. pandas < 3 needs convert_dates=False for that too.
    options: dict[str, Any] = {"dtype": False}
    if int(pandas.__version__.split(".", 1)[0]) < 3:
        options["convert_dates"] = False
    frame = pandas.read_json(path, lines=True, **options)
    frame = frame.reindex(columns=list(dtypes))  # an older file may lack newer fields
    frame = frame.astype({name: dtype for name, dtype in dtypes.items() if dtype != "object"})
    for name in datetime_fields():
        moments = pandas.to_datetime(frame[name].astype("object"), utc=True, format="ISO8601")
        frame[name] = moments.astype("datetime64[us, UTC]")  # the unit, even for an all-null column
    return frame


def _arrow(node: dict[str, Any]) -> pyarrow.DataType:
    import pyarrow  # noqa: PLC0415  (optional dependency)

    kind = _kind(node)
    if kind == "list":
        return pyarrow.list_(_arrow(node["items"]))
    if kind == "struct":
        return pyarrow.struct([(name, _arrow(child)) for name, child in node["properties"].items()])
    simple = {
        "string": pyarrow.string(),
        "datetime": pyarrow.timestamp("us", tz="UTC"),
        "integer": pyarrow.int64(),
        "boolean": pyarrow.bool_(),
        "map": pyarrow.map_(pyarrow.string(), pyarrow.string()),
    }
    return simple[kind]


def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of one record (what ``jsonl_to_parquet`` writes)."""
    import pyarrow  # noqa: PLC0415  (optional dependency)

    return pyarrow.schema([(name, _arrow(node)) for name, node in load_schema()["properties"].items()])


def _records(path: Path) -> Iterator[dict[str, Any]]:
    dates = datetime_fields()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record: dict[str, Any] = json.loads(line)
            for name in dates:
                if record.get(name):
                    record[name] = datetime.fromisoformat(record[name])
            if isinstance(record.get("provenance"), dict):
                record["provenance"] = list(record["provenance"].items())
            yield record


def jsonl_to_parquet(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> int:
    """Write the records of the JSONL file ``source`` to the Parquet file ``target`` (replaced
    atomically), with ``arrow_schema``; returns how many records were written."""
    import pyarrow  # noqa: PLC0415  (optional dependency)
    import pyarrow.parquet  # noqa: PLC0415

    schema = arrow_schema()
    destination = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent)
    os.close(fd)
    written = 0
    try:
        with pyarrow.parquet.ParquetWriter(name, schema) as writer:
            batch: list[dict[str, Any]] = []
            for record in _records(Path(source)):
                batch.append(record)
                if len(batch) >= BATCH:
                    writer.write_table(pyarrow.Table.from_pylist(batch, schema=schema))
                    written, batch = written + len(batch), []
            if batch or not written:
                writer.write_table(pyarrow.Table.from_pylist(batch, schema=schema))
                written += len(batch)
        Path(name).chmod(0o644)
        Path(name).replace(destination)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return written
