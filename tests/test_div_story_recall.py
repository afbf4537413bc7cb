"""Must-have text on pages built of divs (session 32, helper recall). Each page is written for
the test, with opaque class names, in several languages.

- ``description._paragraph_after``: a part of a heading that says the headline again (the
  title shown a second time with its kicker or second line, each on a ``<span>`` of its own) is
  no paragraph under the headline: the page's dek that follows is the description. Only a
  heading that holds every word of the headline (as the body's rule ``repeats-title`` drops it).
- ``chrome.menus`` (known gap, strict xfail): a block of links grown around a share / like bar
  that holds the story's first paragraph of prose (the story's own box) is pruned as a menu;
  a share bar after the story's box still goes.
"""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.chrome import menus
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

URL = "https://magazine.example.org/2024/05/story"

# (language, headline, kicker, second line, dek, story sentence)
RESTATED = [
    (
        "en",
        "Vanlife in Sweden - Scandinavia by camper",
        "Vanlife in Sweden",
        "Discover Scandinavia by camper van",
        "The dream of many camping fans: once across Sweden! Tips and tricks for the road trip.",
        "There are many reasons to travel to Sweden, from the great forests to the many lakes and islands",
    ),
    (
        "de",
        "Vanlife in Schweden - Skandinavien im Wohnmobil",
        "Vanlife in Schweden",
        "Skandinavien im Wohnmobil erleben",
        "Der Traum vieler Camping-Fans: Einmal durch Schweden! Tipps und Tricks für die Reise.",
        "Es gibt viele Argumente, die für eine Reise nach Schweden sprechen, die Wälder und die Seen",
    ),
    (
        "fr",
        "Vanlife en Suède - la Scandinavie en camping-car",
        "Vanlife en Suède",
        "Découvrir la Scandinavie en camping-car",
        "Le rêve de nombreux campeurs : traverser la Suède ! Conseils et astuces pour le voyage.",
        "Il y a beaucoup de raisons de voyager en Suède, ses grandes forêts, ses lacs et ses îles",
    ),
]


def _restated_page(case: tuple[str, str, str, str, str, str]) -> str:
    lang, headline, kicker, line, dek, sentence = case
    story = "".join(f"<p>{sentence} ({i + 1}).</p>" for i in range(6))
    return (
        f"<html lang='{lang}'><head><title>{headline}</title></head><body>"
        f"<div class='a1'><div class='a2'><h1>{headline}</h1></div></div>"
        f"<div class='b1'><h2><span class='k1'>{kicker}</span><span class='k2'>{line}</span></h2></div>"
        f"<div class='c1'><div class='c2'><p>{dek}</p></div></div><div class='c3'><div>06.01.2022</div></div>"
        f"<div class='d1'>{story}</div></body></html>"
    )


@pytest.mark.parametrize("case", RESTATED, ids=[case[0] for case in RESTATED])
def test_a_part_of_the_headline_said_again_is_no_dek(case: tuple[str, str, str, str, str, str]) -> None:
    dek, sentence = case[4], case[5]
    article = extract_article(_restated_page(case), URL)
    assert article.description == dek
    assert sentence in (article.text or "")


def test_a_heading_of_its_own_under_the_headline_keeps_its_reading() -> None:
    """A heading under the headline that says something else (a site logo's h1 above the story's
    title) is not passed over by this rule: its part may still be read as before."""
    page = _restated_page(
        (
            "en",
            "The Daily Example",
            "Harbour news",
            "Ferry returns to the harbour this spring",
            "The council voted eleven to four after a three-hour debate on Tuesday night.",
            "The harbour ferry will run every twenty minutes from June, the council said after the vote",
        )
    )
    article = extract_article(page, URL)
    assert (
        article.description != "The council voted eleven to four after a three-hour debate on Tuesday night."
    )


SHARE = (
    "<div class='s1'><h3>Share:</h3><ul class='s2'>"
    + "".join(
        f"<li><a href='/share/{w}'>{w}</a></li>" for w in ("Mail", "Print", "X", "Facebook", "WhatsApp")
    )
    + "</ul><ul class='s3'>"
    + "".join(f"<li><a href='/like/{i}'>Like {i}</a></li>" for i in range(6))
    + "</ul></div>"
)

# (language, headline, first paragraph, last line)
SHORT_POSTS = [
    (
        "en",
        "Charging stations",
        "I would invest in smart and economical charging stations. I wonder why there are none yet.",
        "Thank you for the tip, two per cent…",
    ),
    (
        "de",
        "Elektro-Zapfsäulen",
        "Ich würde ja in smarte und wirtschaftliche Elektro-Zapfsäulen investieren. Wundere mich sehr.",
        "Ich bedanke mich für die Tipp-Provision von 2%…",
    ),
    (
        "es",
        "Estaciones de carga",
        "Yo invertiría en estaciones de carga inteligentes y económicas. Me extraña que aún no existan.",
        "Gracias por el consejo del dos por ciento…",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a menu block holding the story's first paragraph of prose (the story's box"
    " with its share and like bars) is pruned as menu-list on a page built of divs. Keeping it"
    " (chrome.menus: skip a grown block holding the first paragraph of >= 80 characters after the"
    " first h1) changed no record of any kit (real, plain, scrambled, undeclared, undeclared-plain;"
    " the recall guard brings the prose back, trafilatura drops the rest anyway): not taken"
    " (branch s32-recall, v3 run)",
)
@pytest.mark.parametrize(("lang", "headline", "first", "last"), SHORT_POSTS)
def test_the_story_box_ending_in_share_buttons_is_no_menu(
    lang: str, headline: str, first: str, last: str
) -> None:
    page = (
        f"<html lang='{lang}'><head><title>{headline}</title></head><body>"
        "<div class='w1'><div class='w2'>"
        f"<div class='h9'><h1>{headline}</h1><div class='t1'>17/11/2019</div></div>"
        f"<div class='e1'><p>{first}</p><p><strong>{last}</strong></p>{SHARE}</div>"
        "</div></div></body></html>"
    )
    tree = parse_page(page, URL).tree
    assert all(block.get("class") != "e1" for block in menus(tree))
    assert first in (extract_article(page, URL).text or "")


def test_a_share_bar_after_the_story_box_still_goes() -> None:
    story = "".join(
        f"<p>The harbour ferry returned to service on Monday after the long winter repairs ({i}).</p>"
        for i in range(5)
    )
    page = (
        "<html lang='en'><head><title>Ferry</title></head><body><div class='w1'>"
        f"<div class='h9'><h1>Ferry returns</h1></div><div class='e1'>{story}</div>{SHARE}"
        "</div></body></html>"
    )
    assert [block.get("class") for block in menus(parse_page(page, URL).tree)] == ["s1"]
