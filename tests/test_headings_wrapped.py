"""A sub-heading and its paragraph in a story whose CMS wraps each block in boxes of its own
(``body/headings.py`` ``_near``; not taken, see the xfail): heading and paragraph share a block
only four or five levels up, each as deep as the other, with an empty ad slot (scripts only) or
a short label between them. The paragraph is the heading's. A box's title over a paragraph set
deeper inside the box is not (``tests/test_headings_between.py``). Pages written for the test,
built of divs with opaque class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract.body.headings import heading_key, page_headings
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

CASES = [
    (
        "en",
        "Military says the attack lasted 25 minutes",
        "An army officer said the strikes started shortly after one in the morning and lasted about "
        "twenty-five minutes.",
        "The government said it reserves the right to respond at a time and place of its choosing.",
    ),
    (
        "de",
        "Militär: Angriff dauerte 25 Minuten",
        "Eine Offizierin sagte, die Angriffe hätten kurz nach ein Uhr nachts begonnen und etwa "
        "fünfundzwanzig Minuten gedauert.",
        "Die Regierung erklärte, sie behalte sich vor, zu einem Zeitpunkt ihrer Wahl zu reagieren.",
    ),
    (
        "es",
        "El ejército dice que el ataque duró 25 minutos",
        "Una oficial dijo que los ataques comenzaron poco después de la una de la madrugada y duraron "
        "unos veinticinco minutos.",
        "El gobierno dijo que se reserva el derecho de responder en el momento que elija.",
    ),
]
IDS = [case[0] for case in CASES]


def _wrapped(inner: str, label: str = "Article content") -> str:
    """One block of the story in its CMS's boxes: a hidden-label box beside the block's own."""
    return (
        f"<div class='w0'><div class='w1'><div class='w2'>{label}</div>"
        f"<div class='w3'>{inner}</div></div></div>"
    )


def _ad_slot() -> str:
    return (
        "<div class='a1'><div class='a2'><div class='a3'><script>window.ads=1</script></div>"
        "<div class='a3'><div><div id='slot'></div><script>window.ads=2</script></div></div></div></div>"
    )


@pytest.mark.xfail(
    strict=True,
    reason="known gap: sharing a block up to five levels up when little shows between (_MAX_WRAPPED_LEVELS) "
    "fixed plain fundus-A heading 0.9306 -> 0.9330 (NationalPost) and one traf-A record, but moved no "
    "judge (B) record on any of the five kits: not taken (branch s33-headings ca845ce)",
)
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_heading_and_its_paragraph_each_in_its_own_wrappers(case: tuple[str, ...]) -> None:
    lang, heading, paragraph, before = case
    body = (
        "<div class='s1'><div class='s2'>"
        + _wrapped(f"<p>{before}</p>")
        + f"<div class='x1'>{_wrapped(f'<h3><strong>{heading}</strong></h3>')}{_ad_slot()}</div>"
        + f"<div class='x1'>{_wrapped(f'<p>{paragraph}</p>')}</div>"
        + "</div></div>"
    )
    page = parse_page(f"<html lang='{lang}'><body>{body}</body></html>", "https://news.example.org/a/1")
    found = {heading.text: heading.next_paragraph for heading in page_headings(page)}
    assert found[heading] == heading_key(paragraph)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_box_title_over_a_paragraph_deeper_in_the_box_is_not_its_heading(case: tuple[str, ...]) -> None:
    """The same distance, but the paragraph nested deeper than the title: the box's own text."""
    lang, heading, paragraph, before = case
    body = (
        "<div class='s1'><div class='s2'>"
        + _wrapped(f"<p>{before}</p>")
        + f"<div class='x1'><div class='b1'><h3>{heading}</h3></div>{_ad_slot()}"
        + f"<div class='b2'>{_wrapped(_wrapped(f'<p>{paragraph}</p>'))}</div></div>"
        + "</div></div>"
    )
    page = parse_page(f"<html lang='{lang}'><body>{body}</body></html>", "https://news.example.org/a/1")
    found = {heading.text: heading.next_paragraph for heading in page_headings(page)}
    assert found[heading] is None
