"""What extraction refuses, as exceptions light enough for any caller to import (no lxml, no
trafilatura): ``intake.py`` tells a refused page from an extraction bug by them."""

from __future__ import annotations


class NotHtml(ValueError):
    """The input is no HTML document: binary data, an empty document, one the parser cannot
    read, or one of more than ``page.MAX_ELEMENTS`` elements. (A ``ValueError``: callers that
    catch that still do.)"""
