"""newscrawl alone on the ../shared/eval sets: ``compare.py --tools newscrawl``.

    python benchmarks/quality.py [--sets zyte fundus-A fundus-B traf] [--against scores.json] [--jobs N]

Kept under its old name; every option of ``compare.py`` applies (see there).
"""

from __future__ import annotations

import sys

from compare import main

if __name__ == "__main__":
    sys.exit(main(["--tools", "newscrawl", *sys.argv[1:]]))
