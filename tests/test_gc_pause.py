"""The cyclic garbage collector is off while a page is extracted and back as it was after
(newscrawl/extract/gc_pause.py): after an error too, in threads extracting at once, and never
turned on for a caller that had turned it off."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newscrawl.extract import article, extract_article
from newscrawl.extract.gc_pause import collector_paused

pytestmark = pytest.mark.unit

PAGE = (
    "<html lang='en'><head><title>Council passes the budget</title></head><body><article>"
    "<h1>Council passes the budget</h1>"
    + "<p>The council approved the new budget on Tuesday after a long debate about schools.</p>" * 4
    + "</article></body></html>"
)


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """gc.isenabled() as the page is parsed, once per extraction."""
    states: list[bool] = []
    parse = article.parse_page

    def recording(*args: Any, **kwargs: Any) -> Any:
        states.append(gc.isenabled())
        return parse(*args, **kwargs)

    monkeypatch.setattr(article, "parse_page", recording)
    return states


def test_off_while_extracting_and_on_after(seen: list[bool]) -> None:
    gc.enable()
    record = extract_article(PAGE, "https://example.org/news/budget")
    assert record.headline == "Council passes the budget"
    assert seen == [False]
    assert gc.isenabled()


def test_on_again_after_a_refused_input(seen: list[bool]) -> None:
    gc.enable()
    with pytest.raises(ValueError):
        extract_article(b"\x89PNG\r\n\x1a\n" + bytes(64), "https://example.org/image")
    assert seen == [False]
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off(seen: list[bool]) -> None:
    gc.disable()
    extract_article(PAGE, "https://example.org/news/budget")
    assert seen == [False]
    assert not gc.isenabled()


def test_threads_extracting_at_once_share_one_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector stays off until the last thread finishes, then comes back on."""
    gc.enable()
    inside = threading.Barrier(2)
    first_done = threading.Event()
    states: dict[str, bool] = {}
    parse = article.parse_page

    def waiting(*args: Any, **kwargs: Any) -> Any:
        inside.wait(timeout=10)  # both threads are extracting now
        if threading.current_thread().name == "late":
            assert first_done.wait(timeout=10)
            states["late, after the other finished"] = gc.isenabled()
        return parse(*args, **kwargs)

    monkeypatch.setattr(article, "parse_page", waiting)

    def run(after: Callable[[], None]) -> None:
        extract_article(PAGE, "https://example.org/news/budget")
        after()

    early = threading.Thread(target=run, args=(first_done.set,), name="early")
    late = threading.Thread(target=run, args=(lambda: None,), name="late")
    early.start()
    late.start()
    early.join(timeout=30)
    late.join(timeout=30)
    assert not early.is_alive() and not late.is_alive()
    assert states == {"late, after the other finished": False}
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outer_one() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
