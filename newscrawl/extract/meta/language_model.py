"""py3langid's language model, decompressed once into a cache directory and mapped from there.

py3langid ships its model LZMA-compressed (4.6 MB, 68 MB of arrays); decompressing it costs
about 0.4 s of every process that detects a language, most of a one-page ``newscrawl parse``.
The first process writes the arrays uncompressed (plain ``.npy`` files, no pickle) under
``NEWSCRAWL_CACHE_DIR`` (default ``$XDG_CACHE_HOME/newscrawl`` or ``~/.cache/newscrawl``); later
ones map them (``np.load(mmap_mode="r")``: the big score table is shared between processes and
read only where a text needs it). The model is the same either way (same arrays, same types),
so the same text gets the same language.

The cache is an optimisation only: an entry is keyed by py3langid's version and a hash of its
model file's content (every installation of the same model shares one entry; another model
makes another entry, and an entry nothing has used for a week is removed when a new one is
written); a missing, stale or unreadable entry is rebuilt from the shipped model; a directory
that cannot be written (read-only home, no space) just means the shipped model is read every
time. Failures are logged at debug level, never raised. Nothing is written outside the cache
directory: an entry is written to a temporary directory beside it and renamed into place, so a
reader never sees half an entry and two processes writing at once both end with a whole one.

The one place extraction writes to disk: it belongs to loading the model (once per process,
never per page), which is why it lives beside ``language.py`` and not in the callers.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import tempfile
import time
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

logger = logging.getLogger(__name__)

CACHE_ENV = "NEWSCRAWL_CACHE_DIR"
"""Environment variable naming the cache directory (workers inherit it; extraction has no
settings)."""
SUBDIR = "langid"
"""The model's entries live in this subdirectory of the cache directory."""
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
"""One ``.npy`` file per array of the model."""
TEMP_PREFIX = ".tmp-"
ORPHAN_SECONDS = 3600
"""A temporary directory older than this was left by a killed process and may be removed."""
UNUSED_SECONDS = 7 * 24 * 3600
"""An entry of another model not used for this long is removed when a new entry is written
(other installations, with another py3langid, may share the directory: theirs stay while used)."""
TOUCH_SECONDS = 24 * 3600
"""A used entry's modification time is brought up to date at most this often."""
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def cache_dir() -> Path:
    """``NEWSCRAWL_CACHE_DIR``, else ``$XDG_CACHE_HOME/newscrawl``, else ``~/.cache/newscrawl``."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newscrawl"


def load_identifier() -> LanguageIdentifier:
    """py3langid's model with normalised probabilities: from the cache when it holds a valid
    entry, else from the shipped model (then written to the cache for the next process).
    MemoryError when the process cannot map or load it (its memory budget): the entry stays."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier  # noqa: PLC0415

    model = Path(MODEL_DIR) / MODEL_FILE
    try:
        entry = cache_dir() / SUBDIR / _key(model)
    except OSError as err:  # no model file to key on: py3langid will say what is wrong
        logger.debug("language model cache not used: %s", err)
        return _compact(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    if entry.is_dir():
        try:
            identifier = _read(entry)
        except OSError as err:
            if err.errno == errno.ENOMEM:  # this process's memory budget, not the entry's fault
                raise MemoryError(str(err)) from err
            logger.debug("language model cache entry %s unreadable (%s): rebuilt", entry, err)
            shutil.rmtree(entry, ignore_errors=True)
        except (ValueError, KeyError) as err:  # corrupt or truncated: rebuilt below
            logger.debug("language model cache entry %s unreadable (%s): rebuilt", entry, err)
            shutil.rmtree(entry, ignore_errors=True)
        else:
            _touch(entry)
            return _compact(identifier)
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    try:
        _write(entry, identifier)
    except OSError as err:
        logger.debug("language model cache %s not written: %s", entry, err)
    return _compact(identifier)


def _compact(identifier: LanguageIdentifier) -> LanguageIdentifier:
    """``identifier`` with the two per-state tables its DFA walk reads for every byte of a text
    (each state's row offset, its feature: 104,583 entries each) as arrays of C ints instead
    of lists of int objects. The same values, so the same walk and the same counts; but 0.8 MB
    of contiguous memory instead of 1.7 MB of pointers to 5.7 MB of int objects spread over the
    heap, where the walk's reads missed the caches for most bytes (in a pass over the pages
    the walk takes a quarter to a third less time, and the process holds about 5 MB less). The
    garbage collector also has two 104,583-item lists fewer to walk. (py3langid's
    ``visit_counts`` only indexes them.)"""
    import numpy as np  # noqa: PLC0415

    # (py3langid's own offsets, made again from its rows in C: ``row << 8`` for each state)
    identifier._rowbase = _int_array(np.asarray(identifier.tk_row, dtype=np.int64) << 8)
    identifier.tk_output = _int_array(np.asarray(identifier.tk_output, dtype=np.int64))
    return identifier


def _int_array(values: Any) -> array[int]:
    """A numpy integer array as a stdlib array of C ints (of 64-bit ones if a value does not
    fit in a C int)."""
    import numpy as np  # noqa: PLC0415

    fits = values.size == 0 or (int(values.min()) >= -(2**31) and int(values.max()) < 2**31)
    out = array("i" if fits else "q")
    out.frombytes(values.astype(np.intc if fits else np.int64).tobytes())
    return out


def _key(model: Path) -> str:
    """py3langid's version and a hash of the model file (4.6 MB: about 5 ms)."""
    from py3langid import __version__  # noqa: PLC0415

    digest = hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    return f"py3langid-{__version__}-{digest}"


def _touch(entry: Path) -> None:
    """Marks ``entry`` as used (its modification time), at most once a day."""
    try:
        if time.time() - entry.stat().st_mtime > TOUCH_SECONDS:
            os.utime(entry)
    except OSError:  # a read-only cache is still used
        pass


def _read(entry: Path) -> LanguageIdentifier:
    """The identifier from a cache entry; ValueError when its arrays do not fit together."""
    import numpy as np  # noqa: PLC0415
    from py3langid.langid import LanguageIdentifier  # noqa: PLC0415

    data = {name: np.load(entry / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS}
    ptc, pc, classes = data["ptc"], data["pc"], data["classes"]
    rows, row, out = data["nextmove"], data["nextmove_row"], data["out_feat"]
    if not (
        ptc.ndim == 2
        and ptc.shape[1] == len(pc) == len(classes) > 0
        and rows.ndim == row.ndim == out.ndim == 1
        and len(row) == len(out) > 0
        and rows.size % 256 == 0
        and rows.dtype.itemsize in _TYPECODES
        and row.dtype.itemsize in _TYPECODES
    ):
        raise ValueError("arrays of inconsistent shapes")
    return LanguageIdentifier(
        np.asarray(ptc),
        np.array(pc),
        [str(name) for name in classes.tolist()],
        _mapped(rows),
        out,  # (made an array of C ints by ``_compact``)
        norm_probs=True,
        tk_row=_to_array(row),
    )


def _mapped(values: Any) -> memoryview | array[int]:
    """The DFA's transition table (39 MB) as a view of the mapped file: no copy, shared between
    processes, and as fast to index as the stdlib array py3langid makes of it. A copy when the
    file's byte order is not this machine's (a memoryview indexes native formats only)."""
    view = memoryview(values)
    return view if view.format in _TYPECODES.values() else _to_array(values)


def _to_array(values: Any) -> array[int]:
    """An unsigned integer array as a stdlib array (what py3langid's DFA walk indexes)."""
    import numpy as np  # noqa: PLC0415

    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return out


def _write(entry: Path, identifier: LanguageIdentifier) -> None:
    """The identifier's arrays as a new cache entry, renamed into place whole; older entries
    (another py3langid) and orphaned temporary directories removed."""
    import numpy as np  # noqa: PLC0415

    parent = entry.parent
    parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=parent))
    try:
        arrays = {
            "ptc": np.asarray(identifier.nb_ptc),
            "pc": np.asarray(identifier.nb_pc),
            "classes": np.array([str(name) for name in identifier.nb_classes]),
            "nextmove": np.asarray(memoryview(identifier.tk_nextmove)),
            "nextmove_row": np.asarray(memoryview(identifier.tk_row)),
            "out_feat": np.asarray(identifier.tk_output),
        }
        for name, values in arrays.items():
            np.save(temporary / f"{name}.npy", values, allow_pickle=False)
        temporary.replace(entry)
    except OSError:
        shutil.rmtree(temporary, ignore_errors=True)
        if not entry.is_dir():  # another process renaming its entry first is no failure
            raise
        return
    _remove_stale(parent, keep=entry.name)


def _remove_stale(parent: Path, keep: str) -> None:
    """Entries of other models nothing has used for a week, and temporary directories a
    killed process left."""
    now = time.time()
    for child in parent.iterdir():
        if child.name == keep or child.is_symlink() or not child.is_dir():
            continue
        if child.name.startswith(TEMP_PREFIX):
            unused = ORPHAN_SECONDS  # younger: another process may be writing it now
        elif child.name.startswith("py3langid-"):
            unused = UNUSED_SECONDS
        else:
            continue
        try:
            if now - child.stat().st_mtime < unused:
                continue
        except OSError:
            continue
        shutil.rmtree(child, ignore_errors=True)
