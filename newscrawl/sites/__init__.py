"""The sites file (TOML, one ``[sites.<name>]`` table per site) and the frozen ``Site`` record."""

from newscrawl.sites.loader import SitesFileError, load_sites, select_sites
from newscrawl.sites.site import Site

__all__ = ["Site", "SitesFileError", "load_sites", "select_sites"]
