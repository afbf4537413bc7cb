"""A picture's caption read as the reader sees it (``images/figures._visible_text``): inline
pieces run on as written, lines of their own stay apart, in reading order, without what a
script, a comment or a control holds."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

STORY = "".join(
    f"<p>Paragraph {i} of the story about the new harbour ferry, long enough to be prose text.</p>"
    for i in range(6)
)


def _pictures(figure: str) -> list[tuple[str | None, str | None]]:
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>The new harbour ferry</h1>"
        f"{STORY[:300]}{figure}{STORY}</article></body></html>"
    )
    article = extract_article(page.encode(), "https://example.org/news/ferry")
    return [(image.caption, image.credit) for image in article.images]


@pytest.mark.parametrize(
    ("figcaption", "caption", "credit"),
    [
        # an inline word in italics runs on into the comma after it, a control's label is left out
        (
            "<i>Yersinia pestis</i>, the bacteria, under the microscope.<button>Enlarge</button>"
            "<span aria-hidden='true'>▲</span>",
            "Yersinia pestis, the bacteria, under the microscope.",
            None,
        ),
        # two lines of their own: a title and its text are two words apart, not one
        (
            "<div>Neue Fähren für den Hafen</div><div>So fahren sie ab Mai</div>",
            "Neue Fähren für den Hafen So fahren sie ab Mai",
            None,
        ),
        # reading order: the text after a nested inline element comes after that element's text
        (
            "<span>Le port <em>au matin</em>,</span> puis le soir.<!-- lazy: 2 --><script>var x;</script>",
            "Le port au matin, puis le soir.",
            None,
        ),
        # a credit on a line of its own after the caption, split off, not run into its last word
        (
            "<span>La nave nel porto</span><div>© Studio Nord</div>",
            "La nave nel porto",
            "Studio Nord",
        ),
    ],
)
def test_a_caption_reads_as_shown(figcaption: str, caption: str, credit: str | None) -> None:
    figure = f"<figure><img src='/ferry.jpg'><figcaption>{figcaption}</figcaption></figure>"
    assert _pictures(figure) == [(caption, credit)]
