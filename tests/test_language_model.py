"""The language model's on-disk cache (newscrawl/extract/meta/language_model.py): used when
valid, rebuilt when stale or corrupt, silently skipped when it cannot be written, never written
outside its directory; the model read from it is the shipped one."""

from __future__ import annotations

import errno
import logging
import os
import time
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import LanguageIdentifier

from newscrawl.extract.meta import language_model
from newscrawl.extract.meta.language_model import ARRAYS, CACHE_ENV, SUBDIR, cache_dir, load_identifier

TEXTS = (
    "The council approved the new budget on Tuesday after a long debate about the schools.",
    "Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.",
    "Le conseil municipal a adopté mardi le nouveau budget après un long débat sur les écoles.",
    "Рада ухвалила новий бюджет у вівторок після довгих дебатів про школи.",
    "市议会周二在就学校问题进行长时间辩论后通过了新预算。",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(directory))
    return directory


@pytest.fixture
def shipped_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the loads of the shipped (compressed) model."""
    calls: list[int] = []
    original = LanguageIdentifier.from_model_file.__func__  # type: ignore[attr-defined]

    def counting(cls: type[LanguageIdentifier], *args: object, **kwargs: object) -> LanguageIdentifier:
        calls.append(1)
        result: LanguageIdentifier = original(cls, *args, **kwargs)
        return result

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", classmethod(counting))
    return calls


def entries(cache: Path) -> list[Path]:
    return sorted((cache / SUBDIR).iterdir())


def files_under(root: Path) -> set[Path]:
    return set(root.rglob("*"))


def assert_same_model(cached: LanguageIdentifier, shipped: LanguageIdentifier) -> None:
    assert cached.nb_classes == shipped.nb_classes
    assert np.array_equal(cached.nb_ptc, shipped.nb_ptc)
    assert cached.nb_ptc.dtype == shipped.nb_ptc.dtype
    assert np.array_equal(cached.nb_pc, shipped.nb_pc)
    assert len(cached.tk_nextmove) == len(shipped.tk_nextmove)
    assert cached.tk_nextmove.tobytes() == shipped.tk_nextmove.tobytes()
    assert cached.tk_row == shipped.tk_row
    assert cached.tk_output == shipped.tk_output
    for text in TEXTS:
        assert cached.classify(text) == shipped.classify(text)
        assert cached.rank(text) == shipped.rank(text)


def test_first_load_writes_the_entry_and_the_next_reads_it(cache: Path, shipped_loads: list[int]) -> None:
    first = load_identifier()
    assert len(shipped_loads) == 1
    (entry,) = entries(cache)
    assert entry.name.startswith("py3langid-")
    assert sorted(path.name for path in entry.iterdir()) == sorted(f"{name}.npy" for name in ARRAYS)

    second = load_identifier()
    assert len(shipped_loads) == 1  # read from the cache, not decompressed again
    assert_same_model(second, first)
    assert [language for language, _ in map(second.classify, TEXTS)] == ["en", "de", "fr", "uk", "zh"]


def test_entries_of_other_models_are_removed_once_unused(cache: Path, shipped_loads: list[int]) -> None:
    langid = cache / SUBDIR
    abandoned = langid / "py3langid-0.3.0-0123456789abcdef"  # nothing has read it for 8 days
    in_use = langid / "py3langid-0.5.0-fedcba9876543210"  # another installation's, read today
    for entry in (abandoned, in_use):
        entry.mkdir(parents=True)
        (entry / "ptc.npy").write_bytes(b"another model")
    old = time.time() - 8 * 24 * 3600
    os.utime(abandoned, (old, old))
    load_identifier()
    assert len(shipped_loads) == 1
    assert not abandoned.exists()
    assert in_use.is_dir()
    (entry,) = [path for path in entries(cache) if path != in_use]
    load_identifier()
    assert len(shipped_loads) == 1


def test_a_used_entry_is_marked_used(cache: Path) -> None:
    load_identifier()
    (entry,) = entries(cache)
    old = time.time() - 3 * 24 * 3600
    os.utime(entry, (old, old))
    load_identifier()
    assert time.time() - entry.stat().st_mtime < 3600


@pytest.mark.parametrize("damage", ["truncated", "missing", "garbage", "inconsistent"])
def test_a_corrupt_entry_is_rebuilt(cache: Path, shipped_loads: list[int], damage: str) -> None:
    shipped = load_identifier()
    (entry,) = entries(cache)
    if damage == "truncated":
        ptc = entry / "ptc.npy"
        ptc.write_bytes(ptc.read_bytes()[: ptc.stat().st_size // 2])
    elif damage == "missing":
        (entry / "nextmove.npy").unlink()
    elif damage == "garbage":
        (entry / "classes.npy").write_bytes(b"\x00" * 64)
    else:  # a well-formed file of the wrong length
        np.save(entry / "pc.npy", np.zeros(3, dtype=np.float32))

    rebuilt = load_identifier()
    assert len(shipped_loads) == 2  # fell back to the shipped model
    assert_same_model(rebuilt, shipped)
    assert_same_model(load_identifier(), shipped)  # and the entry is whole again
    assert len(shipped_loads) == 2


def test_an_unwritable_cache_directory_falls_back_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would be", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "newscrawl"))
    before = files_under(tmp_path)
    with caplog.at_level(logging.DEBUG, logger="newscrawl.extract.meta.language_model"):
        identifier = load_identifier()
    assert identifier.classify(TEXTS[1])[0] == "de"
    assert files_under(tmp_path) == before
    (record,) = [r for r in caplog.records if r.name == "newscrawl.extract.meta.language_model"]
    assert record.levelno == logging.DEBUG
    assert "not written" in record.getMessage()


def test_nothing_is_written_outside_the_cache_directory(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "beside").mkdir()
    (tmp_path / "beside" / "keep.txt").write_text("x", encoding="utf-8")
    before = files_under(tmp_path)
    load_identifier()
    load_identifier()
    added = files_under(tmp_path) - before
    assert added
    assert all(path == cache or cache in path.parents for path in added)
    assert not [path for path in added if path.name.startswith(language_model.TEMP_PREFIX)]


def test_orphaned_temporary_directories_are_removed_fresh_ones_kept(cache: Path) -> None:
    langid = cache / SUBDIR
    orphan = langid / f"{language_model.TEMP_PREFIX}orphan"
    busy = langid / f"{language_model.TEMP_PREFIX}busy"
    unrelated = langid / "someone-elses"
    for directory in (orphan, busy, unrelated):
        directory.mkdir(parents=True)
    old = time.time() - 2 * language_model.ORPHAN_SECONDS
    os.utime(orphan, (old, old))
    load_identifier()
    assert not orphan.exists()
    assert busy.is_dir()
    assert unrelated.is_dir()


def test_the_cache_directory_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "newscrawl"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "newscrawl"


def test_no_memory_to_map_the_entry_leaves_it_alone(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_identifier()
    (entry,) = entries(cache)
    before = {path: path.stat().st_size for path in entry.iterdir()}

    def no_memory(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOMEM, "Cannot allocate memory")

    monkeypatch.setattr(np, "load", no_memory)
    with pytest.raises(MemoryError):
        load_identifier()
    assert {path: path.stat().st_size for path in entry.iterdir()} == before
