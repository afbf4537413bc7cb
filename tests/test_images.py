"""Image noise rules: each row a small page of our own and the image URLs it must give."""

from __future__ import annotations

import pytest

from newscrawl.extract.images.credits import clean_credit
from newscrawl.extract.images.figures import extract_images
from newscrawl.extract.images.keys import picture_key
from newscrawl.extract.page import parse_page

STORY = "<p>One.</p><p>Two.</p><p>Three.</p>"
PHOTO = "https://cdn.example.org/2024/05/harbour-storm.jpg"


def _urls(body: str, head: str = "") -> list[str | None]:
    page = parse_page(f"<html><head>{head}</head><body>{body}</body></html>", "https://news.example.org/a")
    return [image.url for image in extract_images(page)]


def _figure(src: str, caption: str = "Waves over the harbour wall.", attrs: str = "") -> str:
    return f'<figure><img src="{src}" {attrs}><figcaption>{caption}</figcaption></figure>'


CASES = [
    ("article figure kept", f"<article>{_figure(PHOTO)}{STORY}</article>", [PHOTO]),
    (
        "resized copy merged",
        f"<article>{_figure(PHOTO)}{_figure(PHOTO + '?quality=90&w=564')}{STORY}</article>",
        [PHOTO],
    ),
    (
        "CDN size names merged",
        f"<article>{_figure('https://c.example.org/u/storm-1200x675.jpg')}"
        f"{_figure('https://c.example.org/u/storm-860x484.jpg')}{STORY}</article>",
        ["https://c.example.org/u/storm-1200x675.jpg"],
    ),
    (
        "two gallery pictures with one rendition name kept",
        f"<article>{_figure('https://c.example.org/p/18636687/gallery_medium.jpg')}"
        f"{_figure('https://c.example.org/p/18636690/gallery_medium.jpg')}{STORY}</article>",
        [
            "https://c.example.org/p/18636687/gallery_medium.jpg",
            "https://c.example.org/p/18636690/gallery_medium.jpg",
        ],
    ),
    (
        "tracking pixel",
        f"<article>{STORY}</article>"
        '<div><img src="https://t.example.com/p?c1=2" width="1" height="1"><p>Title</p></div>',
        [],
    ),
    (
        "newsletter icon",
        f'<article>{STORY}<div class="newsletter-widget"><div><img src="https://s.example.org/icons/np.svg">'
        "<p>Get the daily briefing</p></div></div></article>",
        [],
    ),
    (
        "video player card",
        f'<article>{STORY}<div class="video-player">'
        f"{_figure(PHOTO, 'Valentino profit soars 01:07')}</div></article>",
        [],
    ),
    ("duration caption", f"<article>{_figure(PHOTO, '2:34 Russia launches drills')}{STORY}</article>", []),
    (
        "caption-only button text",
        f"<article><figure><figcaption>NEXT</figcaption></figure>{STORY}</article>",
        [],
    ),
    (
        "caption-only real caption kept",
        "<article><figure><figcaption>Crowds gather at the harbour on Sunday.</figcaption></figure>"
        f"{STORY}</article>",
        [None],
    ),
    (
        "other story's card",
        f'<article>{_figure(PHOTO)}{STORY}</article><article class="card"><a href="/b">'
        '<figure><img src="https://cdn.example.org/other.jpg"></figure>Other story</a></article>'
        '<article class="card"><figure><img src="https://cdn.example.org/other2.jpg"></figure>'
        '<h3><a href="/c">Another</a></h3></article>',
        [PHOTO],
    ),
    (
        "live blog post with a captioned picture kept",
        f'<article>{STORY}</article><article><a href="#p2">12:00</a>{_figure(PHOTO)}<p>Update.</p></article>',
        [PHOTO],
    ),
    (
        "small icon",
        f'<article>{STORY}<div><img src="https://s.example.org/a.png" width="16" height="16">'
        "<p>Share</p></div></article>",
        [],
    ),
    (
        "placeholder size on a captioned figure kept",
        f"<article>{_figure(PHOTO, attrs='width=100 height=100')}{STORY}</article>",
        [PHOTO],
    ),
    ("logo path", f"<article>{_figure('https://s.example.org/logos/site-logo.png')}{STORY}</article>", []),
    (
        "unfilled URL template is no URL, the captioned figure stays",
        "<article><figure><img data-url='https://cdn.example.org/image/5923_${formatId}.jpg'>"
        f"<figcaption>Waves over the harbour wall.</figcaption></figure>{STORY}</article>",
        [None],
    ),
    (
        "unfilled src template falls back to the srcset",
        "<article><figure><img src='https://cdn.example.org/{{ img.id }}.jpg' "
        f"srcset='{PHOTO} 800w'><figcaption>Waves.</figcaption></figure>{STORY}</article>",
        [PHOTO],
    ),
    (
        "logo as subject of a photo kept",
        f"<article>{_figure('https://c.example.org/new-logo.jpg')}{STORY}</article>",
        ["https://c.example.org/new-logo.jpg"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_image_noise(body: str, expected: list[str | None]) -> None:
    assert _urls(body) == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("by Handout/School Board", "Handout/School Board"),
        ("Photo by Jane Doe", "Jane Doe"),
        ("Dan Bashakov/APVisa mer", "Dan Bashakov/AP"),
        ("by -", None),
        ("Bybee Studios", "Bybee Studios"),
        ("AP", "AP"),
    ],
)
def test_clean_credit(credit: str, expected: str | None) -> None:
    assert clean_credit(credit) == expected


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "https://i.example.org/a/242244962_1714738228_v4_3_800.jpeg",
            "https://i.example.org/a/242244962_1714738228_v16_9_600.webp",
            True,
        ),
        (
            "https://x.example.org/lw1200/d41586-025_51657434.png",
            "https://x.example.org/lw767/d41586-025_51657434.png?as=webp",
            True,
        ),
        (
            "https://p.example.org/?url=https://s.example.org/246270.jpg&w=1000",
            "https://s.example.org/thumbs/400x400/246270.jpg",
            True,
        ),
        (
            "https://s.example.org/2024/12/20241203-OYT1I50200-1.jpg",
            "https://s.example.org/2024/12/20241203-OYT1I50201-1.jpg",
            False,
        ),
        (
            "https://s.example.org/up/20250428-196-02.jpg",
            "https://s.example.org/up/20250428-196-06.jpg",
            False,
        ),
        (
            "https://f.example.org/imageserve/1161232231/960x0.jpg",
            "https://f.example.org/imageserve/511599904/960x0.jpg",
            False,
        ),
        ("https://r.example.org/resizer.php?imagen=a", "https://r.example.org/resizer.php?imagen=b", False),
    ],
)
def test_picture_key(first: str, second: str, same: bool) -> None:
    assert (picture_key(first) == picture_key(second)) is same


@pytest.mark.parametrize("label", ["Enlarge image", "이미지 확대보기", "Bild vergrößern", "画像を拡大"])
def test_a_controls_label_is_no_caption(label: str) -> None:
    """A zoom <button> beside a picture labels the control, in any language: the picture keeps
    its own caption, and a picture with only the button has none."""
    body = (
        f'<div class="img-box"><img src="https://cdn.example/harbour-wall.jpg"><button>{label}</button></div>'
        '<div class="caption"><p>Waves break over the harbour wall at high tide.</p></div>'
        f'<div class="img-box"><img src="https://cdn.example/ferry-pier.jpg"><button>{label}</button></div>'
    )
    story = f"<p>{'Text of the story. ' * 30}</p>"
    page = parse_page(f"<html><body><article>{body}{story}</article></body></html>")
    captions = [image.caption for image in extract_images(page)]
    assert all(label not in (caption or "") for caption in captions), captions
