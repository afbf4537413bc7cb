"""Discovery: sitemaps, feeds and robots.txt -> article URLs with the metadata they came with.

Pure functions over bytes; the spider fetches, these parse.
"""

from newscrawl.discovery.feeds import parse_feed
from newscrawl.discovery.hints import Hints
from newscrawl.discovery.robots import sitemaps_from_robots
from newscrawl.discovery.sitemaps import Sitemap, parse_sitemap
from newscrawl.discovery.xml import XMLTooLarge, parse_xml

__all__ = [
    "Hints",
    "Sitemap",
    "XMLTooLarge",
    "parse_feed",
    "parse_sitemap",
    "parse_xml",
    "sitemaps_from_robots",
]
