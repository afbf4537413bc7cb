"""``newscrawl.memory``: the /proc status figures the worker, the run report and the benchmarks read."""

from __future__ import annotations

import sys

import pytest

from newscrawl.memory import status_bytes


@pytest.mark.unit
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_status_figures_in_bytes() -> None:
    peak, resident = status_bytes("VmPeak"), status_bytes("VmHWM")
    assert peak is not None and resident is not None
    assert 0 < resident <= peak and resident % 1024 == 0


@pytest.mark.unit
def test_missing_field_or_process_is_none() -> None:
    assert status_bytes("NoSuchField") is None
    assert status_bytes("VmHWM", 2**31) is None
