"""Distributed crawl benchmark: 1, 2, 4 workers sharing a Redis frontier and a PostgreSQL state.

Two scenes, each on loopback sites (tests/distsite.py) answering article pages after a fixed
latency: one site of ``--articles`` articles, and ``--sites`` sites of ``--per-site`` articles
(one ``crawl`` of every site per worker). For each number of workers: wall time, articles/s,
requests per article, the peak number of requests any one site had in flight, and the
exactly-once check (articles expected / lines written / duplicated). Politeness for the
benchmark: CONCURRENT_REQUESTS_PER_DOMAIN (default 8) for each site as a whole, no delay.

Needs redis-server and PostgreSQL's initdb/pg_ctl (started here on 127.0.0.1, stopped at the
end) and ``pip install -e '.[distributed]'``::

    python benchmarks/distributed_crawl.py [--articles 2000] [--latency 0.05] [--workers 1,2,4]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import servers  # noqa: E402
from tests.distsite import CountingServer, Workers, article  # noqa: E402


def write_articles(root: Path, count: int) -> None:
    (root / "news").mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (root / "news" / f"story-{n:05d}.html").write_text(article(n), encoding="utf-8")
    urls = "".join(
        f"<url><loc>{{{{BASE}}}}/news/story-{n:05d}</loc><lastmod>2026-11-20</lastmod></url>\n"
        for n in range(count)
    )
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")


def sites_toml(servers_by_name: dict[str, CountingServer]) -> str:
    return "".join(
        f'[sites.{name}]\nallowed_domains = ["127.0.0.1"]\nsitemaps = ["{srv.base_url}/sitemap.xml"]\n'
        "use_robots_sitemaps = false\nallow_private_network = true\n\n"
        for name, srv in servers_by_name.items()
    )


def one_run(  # noqa: PLR0917 - one call site, every value a plain number or path
    work: Path, roots: dict[str, Path], workers: int, latency: float, concurrency: int, redis: str, pg: str
) -> dict[str, float]:
    out = work / "out"
    started = [CountingServer(root, slow={"/news/": latency}).start() for root in roots.values()]
    by_name = dict(zip(roots, started, strict=True))
    (work / "sites.toml").write_text(sites_toml(by_name), encoding="utf-8")
    extra = (
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", "CONCURRENT_REQUESTS=64",
        "-s", "NEWSCRAWL_PROGRESS=0",
    )  # fmt: skip
    crew = Workers(work, "unused", redis, pg, extra=extra, site_names=tuple(roots))
    names = [f"w{n}" for n in range(1, workers + 1)]
    begin = time.monotonic()
    crew.start(*names)
    codes = crew.wait(timeout=3600)
    wall = time.monotonic() - begin
    for srv in started:
        srv.stop()
    if any(codes.values()):
        raise SystemExit(f"a worker failed: {codes}; logs in {work}")
    records = [json.loads(line) for path in out.rglob("*.jsonl") for line in path.read_text().splitlines()]
    counts = Counter((r["canonical_url"] or r["url"]) for r in records)
    articles = sum(len(list((root / "news").glob("*.html"))) for root in roots.values())
    requests = sum(len(srv.starts) for srv in started)
    share = Counter(p.name.removesuffix(".jsonl").rsplit("@", 1)[-1] for p in out.rglob("*.jsonl"))
    per_worker = {
        name: sum(len(p.read_text().splitlines()) for p in out.rglob(f"*@{name}.jsonl")) for name in share
    }
    return {
        "workers": workers,
        "wall": wall,
        "articles_per_s": len(counts) / wall,
        "requests_per_article": requests / articles,
        "peak_per_site": max(srv.peak for srv in started),
        "expected": articles,
        "written": len(records),
        "distinct": len(counts),
        "duplicated": sum(n - 1 for n in counts.values()),
        "shares": "/".join(str(per_worker[n]) for n in sorted(per_worker)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--per-site", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=8, help="per site, all workers together")
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="newscrawl-dist-bench-") as tmp,
        servers.run_redis() as redis_base,
        servers.run_postgres() as pg_url,
    ):
        base = Path(tmp)
        one = {"one": base / "sites" / "one"}
        write_articles(one["one"], args.articles)
        many = {f"s{n:02d}": base / "sites" / f"s{n:02d}" for n in range(args.sites)}
        for root in many.values():
            write_articles(root, args.per_site)
        scenes = [(f"1 site x {args.articles}", one), (f"{args.sites} sites x {args.per_site}", many)]
        for scene, roots in scenes:
            for workers in counts:
                import psycopg  # noqa: PLC0415

                db = f"bench_{len(rows)}"
                admin = pg_url.rsplit("/", 1)[0]
                with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE {db}")
                work = base / f"run{len(rows)}"
                work.mkdir()
                row = one_run(
                    work,
                    roots,
                    workers,
                    args.latency,
                    args.concurrency,
                    f"{redis_base}/{len(rows) % 16}",
                    f"{admin}/{db}",
                )
                row["scene"] = scene  # type: ignore[assignment]
                rows.append(row)
                print(row, flush=True)
    print()
    print(
        "| scene | workers | wall s | articles/s | requests/article | peak in flight per site "
        "| expected / written / duplicated | lines per worker |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['scene']} | {r['workers']} | {r['wall']:.1f} | {r['articles_per_s']:.1f} | "
            f"{r['requests_per_article']:.3f} | {r['peak_per_site']} (limit {args.concurrency}) | "
            f"{r['expected']} / {r['written']} / {r['duplicated']} | {r['shares']} |"
        )


if __name__ == "__main__":
    main()
