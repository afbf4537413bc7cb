"""The embedded state store: one SQLite file under the data directory (WAL, no server)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from newscrawl.state.base import SeenArticle

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    fingerprint TEXT,
    revision INTEGER NOT NULL,
    lastmod TEXT,
    date_modified TEXT,
    date_published TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS url_keys (
    site TEXT NOT NULL,
    key TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (site, key)
) WITHOUT ROWID;
"""

_COLUMNS = "url, fingerprint, revision, lastmod, date_modified, date_published, first_seen, last_seen"


class SQLiteStateStore:
    """``StateStore`` on SQLite. Each ``record`` is its own committed transaction."""

    FILENAME = "state.sqlite3"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    @classmethod
    def in_data_dir(cls, data_dir: str | Path) -> SQLiteStateStore:
        """The store file of a data directory (created on first use)."""
        return cls(Path(data_dir) / cls.FILENAME)

    def lookup(self, site: str, keys: Sequence[str]) -> SeenArticle | None:
        found = self._find(site, keys)
        return found[1] if found else None

    def record(self, site: str, keys: Sequence[str], article: SeenArticle) -> None:
        now = _now()
        with self._transaction():
            found = self._find(site, keys)
            if found is None:
                article = replace(article, first_seen=article.first_seen or now, last_seen=now)
                cur = self._db.execute(
                    f"INSERT INTO articles (site, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (site, *_values(article)),
                )
                article_id = cur.lastrowid
            else:
                article_id, old = found
                article = replace(article, first_seen=old.first_seen, last_seen=now)
                if old.revision > article.revision:  # a replayed older line never rolls back
                    article = replace(old, last_seen=now)
                self._db.execute(
                    "UPDATE articles SET url=?, fingerprint=?, revision=?, lastmod=?, "
                    "date_modified=?, date_published=?, first_seen=?, last_seen=? WHERE id=?",
                    (*_values(article), article_id),
                )
            self._db.executemany(
                "INSERT OR REPLACE INTO url_keys (site, key, article_id) VALUES (?, ?, ?)",
                [(site, key, article_id) for key in dict.fromkeys(keys)],
            )

    def note_lastmod(self, site: str, keys: Sequence[str], lastmod: str | None) -> None:
        if lastmod is None:
            return
        with self._transaction():
            found = self._find(site, keys)
            if found is not None:
                self._db.execute(
                    "UPDATE articles SET lastmod=?, last_seen=? WHERE id=?",
                    (lastmod, _now(), found[0]),
                )

    def count(self, site: str) -> int:
        """How many articles the store holds for ``site``."""
        row = self._db.execute("SELECT count(*) FROM articles WHERE site=?", (site,)).fetchone()
        return int(row[0])

    def close(self) -> None:
        self._db.close()

    def _find(self, site: str, keys: Sequence[str]) -> tuple[int, SeenArticle] | None:
        for key in keys:
            row = self._db.execute(
                f"SELECT a.id, {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))} "
                "FROM url_keys k JOIN articles a ON a.id = k.article_id WHERE k.site=? AND k.key=?",
                (site, key),
            ).fetchone()
            if row is not None:
                return row[0], SeenArticle(
                    url=row[1],
                    fingerprint=row[2],
                    revision=row[3],
                    lastmod=row[4],
                    date_modified=row[5],
                    date_published=row[6],
                    first_seen=row[7],
                    last_seen=row[8],
                )
        return None

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _values(a: SeenArticle) -> tuple[object, ...]:
    return (
        a.url,
        a.fingerprint,
        a.revision,
        a.lastmod,
        a.date_modified,
        a.date_published,
        a.first_seen,
        a.last_seen,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
