"""Web archives: WARC out of a crawl, WARC into ``parse`` and ``bulk``. See docs/archives.md.

* ``newscrawl.archives.write``: ``WarcFiles``, a rotating ``.warc.gz`` writer (warcio) whose
  files appear under their final names only when complete (temporary file, fsync, rename).
* ``newscrawl.middlewares.warc``: the downloader middlewares that hand every response of
  ``crawl --warc-dir`` to ``WarcFiles``, and replay archived pages for ``parse``.
* ``newscrawl.archives.read``: WARC records -> ``WarcPage`` (an HTML response) or
  ``WarcSkip`` (anything else, with a reason), read with FastWARC.

warcio and FastWARC are the optional extra ``newscrawl[archives]``; ``require`` says how to
install them when they are missing.
"""

from __future__ import annotations

import importlib.util

WARC_SUFFIXES = (".warc", ".warc.gz")
"""File names (lower-cased) read as WARC files by ``parse`` and ``bulk``."""

INSTALL_HINT = "install the archives extra: pip install 'newscrawl[archives]'"


class ArchivesUnavailable(RuntimeError):
    """A WARC feature was asked for without the packages it needs."""


def is_warc(path: str) -> bool:
    """Whether ``path`` names a WARC file (by its name)."""
    return path.lower().endswith(WARC_SUFFIXES)


def require(*modules: str) -> None:
    """``ArchivesUnavailable`` naming the install command unless every module is importable."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise ArchivesUnavailable(f"{', '.join(missing)} not installed; {INSTALL_HINT}")
