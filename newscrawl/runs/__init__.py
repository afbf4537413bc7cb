"""One crawl run's files: ``OUTDIR/<site>/<YYYY-MM-DD>/<run-id>.jsonl`` (``.partial`` while
running, ``.stats.json`` beside it), and the recovery of ``.partial`` files of crashed runs."""

from newscrawl.runs.layout import RunPaths, new_run_id
from newscrawl.runs.recover import Recovered, recover_partials

__all__ = ["Recovered", "RunPaths", "new_run_id", "recover_partials"]
