"""The copy of the page trafilatura reads (``body/prepare.py``): chrome that is never article
text is pruned before extraction, the story stays."""

from __future__ import annotations

from newscrawl.extract.body.prepare import prepared_tree
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour ferry, long enough to be prose text.</p>"
    for i in range(6)
)
SERVICES = "".join(
    f"<div class='svc'><p><strong>Purpose:</strong> service {i} measures the audience of the site.</p></div>"
    for i in range(8)
)


def _text(body: str) -> str:
    tree = prepared_tree(
        parse_page(f"<html><body>{body}</body></html>", "https://example.org/a"), ExtractRules()
    )
    return " ".join(tree.text_content().split())


def test_a_consent_dialog_is_pruned_whatever_its_size() -> None:
    for opener in (
        "<div class='sp-dsgvo sp-dsgvo-popup-overlay'>",  # German "DSGVO", a popup overlay
        "<section id='consent-manager' role='dialog'>",
        "<div class='privacy-layer' aria-modal='true'>",
        "<div id='cookie-notice' class='cn-bottom' role='banner'><div class='cookie-notice-container'>",
    ):
        text = _text(f"<article><h1>Ferry returns</h1>{STORY}</article>{opener}{SERVICES}</div></div>")
        assert "Paragraph 5 of the story" in text, opener
        assert "Purpose:" not in text, opener


def test_a_consent_class_on_a_wrapper_of_the_story_keeps_the_story() -> None:
    # a page wrapper named by a consent script (it blurs the page until the reader chooses)
    text = _text(
        f"<div class='cookie-consent-overlay-host'><article><h1>Ferry returns</h1>{STORY}</article></div>"
    )
    assert "Paragraph 5 of the story" in text


def test_a_large_privacy_text_that_is_no_dialog_stays() -> None:
    # a privacy policy page: its text is the page's content, not a dialog over it
    text = _text(f"<div class='privacy-policy'>{SERVICES}{STORY}</div>")
    assert "Purpose:" in text and "Paragraph 5 of the story" in text


def test_blog_share_bar_and_author_box_are_pruned() -> None:
    text = _text(
        f"<article><h1>Lasagne beds</h1><div class='entry-content'>{STORY}"
        "<div id='jp-post-flair' class='sharedaddy sd-sharing-enabled'><h3>Partager :</h3>"
        "<ul><li><a href='/s'>Twitter</a></li></ul></div></div>"
        "<div class='entry-author'><p class='author-bio'>Gardener for twenty years.</p></div></article>"
    )
    assert "Paragraph 5 of the story" in text
    assert "Partager" not in text and "Gardener for twenty years" not in text
