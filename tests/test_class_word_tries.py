"""The one-scan word tests of class and id names (``words.any_piece`` tries) answer as the
patterns they stand for, and a sub-heading's sole inline child is found with or without other
nodes beside it."""

from __future__ import annotations

import re

import pytest
from lxml import html

from newscrawl.extract.body import headings, prepare
from newscrawl.extract.words.classes import (
    CAPTION_TOKENS,
    CHROME_TOKENS,
    CONSENT_TOKENS,
    DIALOG_TOKENS,
    EMBED_TOKENS,
    SUBHEADING_CLASS_WORDS,
)

pytestmark = pytest.mark.unit


def _any(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


NAMES = [
    "",
    "post-content entry",
    "Cookie-Banner",
    "modal overlay",
    "gdpr-consent-dialog",
    "wp-caption alignleft",
    "instagram-media",
    "tiktok-embed x",
    "AuthorBox",
    "article__crosshead",
    "entretítulo",
    "INTERTITRE",
    "h3",
    *CHROME_TOKENS,
    *DIALOG_TOKENS,
    *CONSENT_TOKENS,
    *EMBED_TOKENS,
    *CAPTION_TOKENS,
    *SUBHEADING_CLASS_WORDS,
]


@pytest.mark.parametrize("name", NAMES)
def test_name_words_answer_as_each_pattern(name: str) -> None:
    lowered = name.lower()
    chrome, dialog, consent = (
        bool(_any(words).search(lowered)) for words in (CHROME_TOKENS, DIALOG_TOKENS, CONSENT_TOKENS)
    )
    assert prepare._name_words.__wrapped__(name) == (chrome, dialog, consent)
    embed, caption = (bool(_any(words).search(lowered)) for words in (EMBED_TOKENS, CAPTION_TOKENS))
    assert prepare._class_words.__wrapped__(name) == (embed, caption)
    assert bool(headings._SUBHEADING_CLASS.search(lowered)) == bool(
        _any(SUBHEADING_CLASS_WORDS).search(lowered)
    )


@pytest.mark.parametrize(
    ("markup", "tag"),
    [
        ("<p><b>Heading</b></p>", "b"),
        ("<p><!-- note --><b>Heading</b></p>", "b"),
        ("<p><b>Heading</b><!-- note --></p>", "b"),
        ("<p><!-- note --></p>", None),
        ("<p><b>Heading</b><i>more</i></p>", None),
        ("<p>Text <b>Heading</b></p>", None),
        ("<p><b>Heading</b> tail</p>", None),
        ("<div><div>Block</div></div>", None),
        ("<p>Text only</p>", None),
    ],
)
def test_sole_inline(markup: str, tag: str | None) -> None:
    node = html.fragment_fromstring(markup)
    only = headings._sole_inline(node)
    assert (only.tag if only is not None else None) == tag
