"""The bundled demo news site, served on 127.0.0.1, and the ``newscrawl demo`` job."""

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

SITE: Traversable = resources.files("newscrawl.demo") / "site"
"""The bundled demo site, wherever the package is installed."""
DEMO_OUTPUT = Path("out") / "crawl-demo"
"""Where ``newscrawl demo`` writes its crawl by default."""
