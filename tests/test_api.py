"""The Python API, used as a user uses it: a separate ``python`` in a directory outside the
repository, importing the installed package (not the source tree beside the tests)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import newscrawl

pytestmark = pytest.mark.e2e  # a user script and the CLI, each in a subprocess

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "fixtures" / "articles" / "wire-story.html"
LISTING = REPO / "fixtures" / "page_types" / "listing-home-en.html"

USER_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    import newscrawl

    heavy = sorted(m for m in ("scrapy", "twisted", "lxml", "trafilatura") if m in sys.modules)
    result = {"package": newscrawl.__file__, "loaded_on_import": heavy}

    html = Path("story.html").read_text(encoding="utf-8")
    from_text = newscrawl.extract(html, "https://news.example/story")
    from_bytes = newscrawl.extract(html.encode("utf-8"), "https://news.example/story")
    import newscrawl.extract.article  # the extractor's subpackage must not hide the function
    import newscrawl.extract.page as page_module  # and the function must not hide the subpackage
    result["extract_is_function"] = callable(newscrawl.extract) and hasattr(page_module, "parse_page")
    result["text_equals_bytes"] = from_text == from_bytes
    result["is_article"] = isinstance(from_text, newscrawl.Article)
    result["headline"] = from_text.headline
    result["dumps"] = json.dumps(from_text.to_dict(), ensure_ascii=False) == from_text.to_json()

    article = newscrawl.parse_file("story.html.gz")
    result["line"] = article.to_json()
    result["dict"] = article.to_dict()

    skips = {}
    for name in ("empty.html", "broken.html.gz", "missing.html", "."):
        try:
            newscrawl.parse_file(name)
        except newscrawl.PageSkipped as skip:
            skips[name] = [skip.reason, str(skip)]
    result["skips"] = skips
    try:
        newscrawl.parse_file("listing.html")
        result["listing"] = "kept"
    except newscrawl.PageSkipped as skip:
        result["listing"] = [skip.reason, str(skip)]
    result["listing_kept"] = newscrawl.parse_file("listing.html", keep_non_articles=True).page_type
    result["py_typed"] = (Path(newscrawl.__file__).parent / "py.typed").is_file()
    print(json.dumps(result))
    """
)


def _user_dir(tmp_path: Path) -> Path:
    user = tmp_path / "user"
    user.mkdir()
    shutil.copy(PAGE, user / "story.html")
    (user / "story.html.gz").write_bytes(gzip.compress(PAGE.read_bytes()))
    shutil.copy(LISTING, user / "listing.html")
    (user / "empty.html").write_bytes(b"")
    (user / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    (user / "script.py").write_text(USER_SCRIPT, encoding="utf-8")
    return user


def _run_user_script(user: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "script.py"], cwd=user, env=env, capture_output=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_api_from_outside_the_package(tmp_path: Path) -> None:
    user = _user_dir(tmp_path)
    result = _run_user_script(user)

    # The installed package, not a copy in the user's directory; importing it is cheap.
    assert not Path(str(result["package"])).is_relative_to(user)
    assert result["loaded_on_import"] == []
    assert result["py_typed"] is True

    assert result["extract_is_function"] is True
    assert result["is_article"] is True
    assert result["text_equals_bytes"] is True
    assert result["headline"] == (
        "Senate panel advances bill requiring airlines to refund canceled flights within a week"
    )
    assert result["dumps"] is True

    # parse_file's record is the line `newscrawl parse` writes for the same file.
    run = newscrawl("parse", "story.html.gz", "-o", "out.jsonl", cwd=user)
    assert run.returncode == 0, run.stderr
    written = run.output.read_text(encoding="utf-8").splitlines()
    assert written == [result["line"]]
    parsed = json.loads(written[0])
    assert parsed["source_path"] == "story.html.gz"
    assert result["dict"] == parsed
    assert isinstance(result["dict"], dict)
    assert list(result["dict"]) == list(parsed)  # same keys in the same order

    # Inputs parse would skip raise PageSkipped with parse's reason and a message saying why.
    skips = result["skips"]
    assert isinstance(skips, dict)
    assert {name: reason for name, (reason, _) in skips.items()} == {
        "empty.html": "empty",
        "broken.html.gz": "bad_gzip",
        "missing.html": "unreadable",
        ".": "not_regular",
    }
    assert skips["missing.html"][1].startswith("missing.html [unreadable]: ")
    assert "re-save or re-download the page" in skips["empty.html"][1]

    # A listing page is skipped as `parse` skips it, and kept when asked, like --keep-non-articles.
    listing = result["listing"]
    assert isinstance(listing, list)
    assert listing[0] == "not_article"
    assert listing[1].startswith("listing.html [not_article]: a listing page")
    assert "--keep-non-articles" in listing[1]
    assert result["listing_kept"] == "listing"
    run = newscrawl("parse", "listing.html", "-o", "listing.jsonl", cwd=user)
    assert "[not_article]" in run.stderr
