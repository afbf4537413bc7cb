"""``newscrawl bulk``: parse many WARC files on a Dask cluster (docs/archives.md).

* ``newscrawl.bulk.shard``: what one task does, without Scrapy: one WARC file (a *shard*) ->
  one JSONL file of articles, the same records ``newscrawl parse`` gives for those pages,
  published atomically.
* ``newscrawl.bulk.manifest``: which shards are done (``OUTDIR/manifest.jsonl``), so that a
  rerun resumes.
* ``newscrawl.bulk.run``: the driver: finds the shards, submits the pending ones to Dask
  (a ``LocalCluster`` by default, or a scheduler address), records each as it completes.

Workers call the pure extraction directly (``newscrawl.intake.article_from_body``): no Scrapy
reactor runs inside the long-lived Dask workers (a reactor cannot be restarted).
"""
