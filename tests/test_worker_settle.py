"""A worker freezes what it loaded before its first page (``worker.settle``), in its own
process: the cyclic collector's full collections then walk only what pages make, and the
cycles pages make are still collected."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e

_PROGRAM = """
import gc, weakref
from newscrawl.extract import extract_article
from newscrawl.workers.worker import settle
assert gc.get_freeze_count() == 0
settle(extract_article)
frozen = gc.get_freeze_count()
class Node: pass
node = Node(); node.loop = node; gone = weakref.ref(node); del node
gc.collect()
print(frozen, gone() is None)
"""


def test_settle_freezes_what_the_worker_loaded_and_later_cycles_are_collected() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM], capture_output=True, text=True, timeout=120, check=True
    )
    frozen, collected = done.stdout.split()
    assert int(frozen) > 10_000
    assert collected == "True"
