"""The shared state store: PostgreSQL, for crawls spread over several workers and machines.

The same records as ``SQLiteStateStore`` (an article row; every URL key pointing at it), in
tables prefixed ``newscrawl_`` so that the store can live in a database used for other things.
Each ``record`` is one committed transaction; records of one site are serialised by a
transaction-level advisory lock, so two workers recording two URLs of one article at the same
moment still make one row.

Claims: before a worker emits an article it claims the article's URL keys for a while
(``claim``); another worker's claim that has not expired makes it drop its copy (a syndicated
copy or a second discovery path of an article the first worker is writing). ``record`` ends
the claim. A claim of a worker that died expires, so its article is emitted by the worker that
fetches it again (at-least-once). Needs ``psycopg`` 3: ``pip install 'newscrawl[postgres]'``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from newscrawl.state.base import SeenArticle

SCHEMA = """
CREATE TABLE IF NOT EXISTS newscrawl_articles (
    id BIGSERIAL PRIMARY KEY,
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    fingerprint TEXT,
    revision INTEGER NOT NULL,
    lastmod TEXT,
    date_modified TEXT,
    date_published TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    recorded_by TEXT
);
CREATE TABLE IF NOT EXISTS newscrawl_url_keys (
    site TEXT NOT NULL,
    key TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES newscrawl_articles(id),
    PRIMARY KEY (site, key)
);
CREATE TABLE IF NOT EXISTS newscrawl_claims (
    site TEXT NOT NULL,
    key TEXT NOT NULL,
    owner TEXT NOT NULL,
    expires TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site, key)
);
"""

_COLUMNS = (
    "url",
    "fingerprint",
    "revision",
    "lastmod",
    "date_modified",
    "date_published",
    "first_seen",
    "last_seen",
)


class StateStoreUnavailable(RuntimeError):
    """The store's server cannot be reached, or its driver is not installed."""


def _connect(url: str) -> Any:
    try:
        import psycopg  # noqa: PLC0415 - optional dependency: newscrawl[postgres]
    except ImportError:
        raise StateStoreUnavailable(
            "a postgresql:// state store needs psycopg 3: pip install 'newscrawl[postgres]'"
        ) from None
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as err:
        raise StateStoreUnavailable(f"cannot connect to the state store {_redact(url)}: {err}") from None


class PostgresStateStore:
    """``StateStore`` on PostgreSQL (``postgresql://USER[:PASSWORD]@HOST:PORT/DB``)."""

    def __init__(self, url: str, *, owner: str = "") -> None:
        self.url = url
        self.owner = owner
        """Who records and claims (the worker's run id); kept in ``recorded_by``."""
        self._db = _connect(url)
        with self._db.transaction():
            # One schema creation at a time: CREATE TABLE IF NOT EXISTS races between sessions.
            self._db.execute("SELECT pg_advisory_xact_lock(hashtext('newscrawl_schema'))")
            self._db.execute(SCHEMA)

    def lookup(self, site: str, keys: Sequence[str]) -> SeenArticle | None:
        found = self._find(site, keys)
        return found[1] if found else None

    def recorded_by(self, site: str, keys: Sequence[str]) -> tuple[str | None, SeenArticle] | None:
        """Who recorded the article any of ``keys`` points to, with the article."""
        found = self._find(site, keys)
        return (found[2], found[1]) if found else None

    def record(self, site: str, keys: Sequence[str], article: SeenArticle) -> None:
        now = _now()
        keys = list(dict.fromkeys(keys))
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"newscrawl:{site}",))
            found = self._find(site, keys)
            if found is None:
                article = replace(article, first_seen=article.first_seen or now, last_seen=now)
                row = self._db.execute(
                    f"INSERT INTO newscrawl_articles (site, {', '.join(_COLUMNS)}, recorded_by) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                    (site, *_values(article), self.owner),
                ).fetchone()
                article_id = row[0]
            else:
                article_id, old, _by = found
                article = replace(article, first_seen=old.first_seen, last_seen=now)
                if old.revision > article.revision:  # a replayed older line never rolls back
                    article = replace(old, last_seen=now)
                self._db.execute(
                    f"UPDATE newscrawl_articles SET {', '.join(c + '=%s' for c in _COLUMNS)}, "
                    "recorded_by=%s WHERE id=%s",
                    (*_values(article), self.owner, article_id),
                )
            with self._db.cursor() as cur:
                cur.executemany(
                    "INSERT INTO newscrawl_url_keys (site, key, article_id) VALUES (%s, %s, %s) "
                    "ON CONFLICT (site, key) DO UPDATE SET article_id = EXCLUDED.article_id",
                    [(site, key, article_id) for key in keys],
                )
            self._db.execute("DELETE FROM newscrawl_claims WHERE site=%s AND key = ANY(%s)", (site, keys))

    def note_lastmod(self, site: str, keys: Sequence[str], lastmod: str | None) -> None:
        if lastmod is None:
            return
        found = self._find(site, keys)
        if found is not None:
            self._db.execute(
                "UPDATE newscrawl_articles SET lastmod=%s, last_seen=%s WHERE id=%s",
                (lastmod, _now(), found[0]),
            )

    def claim(self, site: str, keys: Sequence[str], seconds: float) -> str | None:
        """Claim every key for ``seconds``: None when this store's owner holds them all now,
        else the owner of an unexpired claim on one of them (nothing is claimed then)."""
        import psycopg  # noqa: PLC0415 - optional dependency, imported by _connect already

        holder: str | None = None
        ordered = sorted(set(keys))  # one order for every worker: no deadlock between claims
        with self._db.transaction() as tx, self._db.cursor() as cur:
            for key in ordered:
                cur.execute(
                    "INSERT INTO newscrawl_claims (site, key, owner, expires) "
                    "VALUES (%s, %s, %s, now() + make_interval(secs => %s)) "
                    "ON CONFLICT (site, key) DO UPDATE SET owner = EXCLUDED.owner, "
                    "expires = EXCLUDED.expires WHERE newscrawl_claims.owner = EXCLUDED.owner "
                    "OR newscrawl_claims.expires < now() RETURNING owner",
                    (site, key, self.owner, seconds),
                )
                if cur.fetchone() is None:
                    row = cur.execute(
                        "SELECT owner FROM newscrawl_claims WHERE site=%s AND key=%s", (site, key)
                    ).fetchone()
                    holder = str(row[0]) if row else "another worker"
                    raise psycopg.Rollback(tx)
        return holder

    def count(self, site: str) -> int:
        """How many articles the store holds for ``site``."""
        row = self._db.execute("SELECT count(*) FROM newscrawl_articles WHERE site=%s", (site,)).fetchone()
        return int(row[0])

    def close(self) -> None:
        self._db.close()

    def _find(self, site: str, keys: Sequence[str]) -> tuple[int, SeenArticle, str | None] | None:
        for key in keys:
            row = self._db.execute(
                f"SELECT a.id, {', '.join('a.' + c for c in _COLUMNS)}, a.recorded_by "
                "FROM newscrawl_url_keys k JOIN newscrawl_articles a ON a.id = k.article_id "
                "WHERE k.site=%s AND k.key=%s",
                (site, key),
            ).fetchone()
            if row is not None:
                return (
                    int(row[0]),
                    SeenArticle(
                        url=row[1],
                        fingerprint=row[2],
                        revision=row[3],
                        lastmod=row[4],
                        date_modified=row[5],
                        date_published=row[6],
                        first_seen=row[7],
                        last_seen=row[8],
                    ),
                    row[9],
                )
        return None


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


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.rpartition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, userinfo = head.partition("//")
    return f"{scheme}//{userinfo.split(':', 1)[0]}:***@{tail}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
