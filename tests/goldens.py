"""Golden files: fixtures/articles/<name>.html -> the expected record <name>.json.

    python tests/goldens.py            # list the pages whose output differs from their golden
    python tests/goldens.py --update   # rewrite the goldens from the current extractor; read the diff

Machine-dependent values (``fetched_at``, absolute ``file://`` URIs) are not compared.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
IGNORED = ("fetched_at",)

sys.path.insert(0, str(ROOT))
from newscrawl.extract import extract_article  # noqa: E402


def pages() -> list[Path]:
    return sorted(ARTICLES.glob("*.html"))


def record_for(page: Path) -> dict[str, Any]:
    """The record the extractor gives for ``page``, in golden form."""
    article = extract_article(page.read_bytes(), page.resolve().as_uri())
    source = page.relative_to(ROOT).as_posix()
    record = dataclasses.asdict(dataclasses.replace(article, source_path=source))
    return comparable(record)


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """Drop the values that depend on the machine or the moment."""
    out = {key: value for key, value in record.items() if key not in IGNORED}
    for key in ("url", "canonical_url"):
        if isinstance(out.get(key), str) and out[key].startswith("file://"):
            out[key] = "file://" + Path(out[key][len("file://") :]).name
    return out


def golden_path(page: Path) -> Path:
    return page.with_suffix(".json")


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--update", action="store_true", help="rewrite goldens from the extractor")
    args = parser.parse_args()
    differing = 0
    for page in pages():
        record = record_for(page)
        golden = golden_path(page)
        expected = json.loads(golden.read_text(encoding="utf-8")) if golden.exists() else None
        if expected is not None and comparable(expected) == record:
            continue
        differing += 1
        if args.update:
            golden.write_text(dump(record), encoding="utf-8")
            print(f"updated {golden.relative_to(ROOT)}")
        else:
            print(f"differs {golden.relative_to(ROOT)}")
    print(f"{len(pages())} pages, {differing} {'updated' if args.update else 'differing'}")
    return 1 if differing and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
