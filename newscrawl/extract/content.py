"""The one module that calls trafilatura: main-content XML for a page, with pinned options."""

from __future__ import annotations

import logging
from copy import deepcopy

from lxml import etree
from trafilatura import bare_extraction

from newscrawl.extract.breaks import paragraphs_from_breaks, unwrap_layout_tables
from newscrawl.extract.page import Page
from newscrawl.extract.rules import ExtractRules

# trafilatura reports ordinary page quirks ("empty link", "discarding data") as warnings, one
# multi-line record per occurrence; for a batch run they are noise, not operator information.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

# Removed before trafilatura sees the page, so captions and credits cannot leak into the text
# (they are read separately by images.py from the original tree).
_CAPTION_TOKENS = (
    "caption",
    "credit",
    "copyright",
    "image-source",
    "img-source",
    "photo-source",
    "bildunterschrift",
    "bildquelle",
    "legende",
    "légende",
)
_CAPTION_XPATH = (
    ".//figcaption | .//*[self::div or self::span or self::p or self::small or self::cite]["
    + " or ".join(
        f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{t}')"
        for t in _CAPTION_TOKENS
    )
    + "]"
)
# Boxes that are never the article, by the words CMSs put in their class or id: consent
# banners, newsletter sign-ups, paywall prompts, recommendation widgets. Only small boxes: a
# "paywall" or "newsletter" class on a wrapper of the whole story must not remove the story.
_CHROME_TOKENS = (
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "signup",
    "sign-up",
    "paywall",
    "outbrain",
    "taboola",
    "most-viewed",
    "most-popular",
    "mostread",
    "most-read",
    # fact boxes supplement the story beside it; they are not its text
    "factbox",
    "fact-box",
    "faktaboks",
    "infobox",
    "info-box",
)
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_CHROME_XPATH = (
    ".//*[self::div or self::aside or self::section or self::form or self::ul][not(self::body)]["
    + " or ".join(
        f"contains({_LOWER.format(attr)}, '{token}')"
        for token in _CHROME_TOKENS
        for attr in ("@class", "@id")
    )
    + "][count(.//p) < 4][string-length(normalize-space()) < 1500]"
)
# Kept (trafilatura handles them) but never shown as article text: hidden and script-like nodes.
_NEVER_TEXT_XPATH = ".//*[@hidden or @aria-hidden='true'][not(.//p)] | .//template"


# A <div> with text and no block-level child is a paragraph in all but name (div-soup layouts).
_TEXT_DIVS = (
    ".//div[normalize-space(text())][not(*[self::p or self::div or self::ul or self::ol or self::table"
    " or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::figure"
    " or self::section or self::article or self::header or self::footer or self::nav or self::aside"
    " or self::blockquote or self::form or self::iframe or self::script or self::dl or self::pre])]"
)
# ... and a <div> holding only one bold element is a sub-heading written as bold text.
_BOLD_DIVS = ".//div[count(*) = 1][*[self::b or self::strong]][not(normalize-space(text()))]"


def main_content(page: Page, rules: ExtractRules) -> etree._Element | None:
    """trafilatura's body XML (``<head>``, ``<p>``, ``<list>``, ``<table>``, ``<quote>``…) or None."""
    tree = deepcopy(page.tree)
    for xpath in (*rules.prune_xpaths, _CAPTION_XPATH, _CHROME_XPATH, _NEVER_TEXT_XPATH):
        for node in tree.xpath(xpath):
            if node.getparent() is not None:
                node.drop_tree()
    for node in tree.xpath(_BOLD_DIVS):
        node.tag = "p"
    unwrap_layout_tables(tree)
    paragraphs_from_breaks(tree)
    document = bare_extraction(
        tree,
        url=page.url,
        output_format="python",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=True,  # bold-only paragraphs become sub-headings
        include_links=True,  # link density tells teasers from prose
        with_metadata=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None)  # a Document (output_format="python"), or None
    if body is None or len(body) == 0:
        return None
    result: etree._Element = body
    return result
