"""A story written in ``<div>``s, one div per paragraph (``body/prepare.py``: ``_div_paragraphs``,
``_text_div_run``).

Page builders and older CMSs write each paragraph as a ``<div>`` of text. trafilatura reads a
page's text divs while its ``<p>``s hold little text, but it runs them together; the prepared
copy writes each div that holds only text and inline elements as a ``<p>``, so each paragraph
stays one. A class word that names a side box (``paywall``) on such a div is no box: the story's
paragraphs carry it, one after the other. A side box written as divs is still no story text,
and a short label said again and again on the page ("Article content") is no paragraph.

Each page is written for the test, in several languages.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.prepare import prepared_tree
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import NO_RULES

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    title: str
    paragraphs: list[str]
    box: list[str]  # a newsletter box's lines
    label: str  # a label repeated before each block of the story


def _six(template: str) -> list[str]:
    return [template.format(n=n) for n in range(1, 7)]


CASES = [
    Case(
        "en",
        "The lighthouse keeper's last winter",
        _six(
            "Paragraph {n}. The keeper climbed the hundred steps again that evening, checked the lamp "
            "and wrote a line in the log, as she had done every night for thirty years."
        ),
        [
            "Get our newsletter every morning in your inbox.",
            "Sign up now and never miss a story from the coast.",
        ],
        "Story continues",
    ),
    Case(
        "de",
        "Der letzte Winter der Leuchtturmwärterin",
        _six(
            "Absatz {n}. Die Wärterin stieg an diesem Abend wieder die hundert Stufen hinauf, prüfte "
            "die Lampe und schrieb eine Zeile ins Logbuch, wie seit dreißig Jahren jeden Abend."
        ),
        [
            "Unser Newsletter jeden Morgen in Ihrem Postfach.",
            "Jetzt anmelden und keine Geschichte von der Küste verpassen.",
        ],
        "Weiterlesen",
    ),
    Case(
        "fr",
        "Le dernier hiver de la gardienne du phare",
        _six(
            "Paragraphe {n}. La gardienne a encore monté les cent marches ce soir-là, vérifié la lampe "
            "et écrit une ligne dans le journal, comme chaque soir depuis trente ans."
        ),
        [
            "Recevez notre lettre d'information chaque matin.",
            "Inscrivez-vous et ne manquez aucune histoire de la côte.",
        ],
        "Suite de l'article",
    ),
]


def _page(case: Case, *, paywall: bool = False) -> str:
    kind = ' class="paywall"' if paywall else ""
    story = ""
    for number, paragraph in enumerate(case.paragraphs):
        if number % 2 == 0:
            story += f'<div class="label">{case.label}</div>'
        story += f"<div{kind}>{paragraph.replace('lamp', '<em>lamp</em>', 1)}</div>"
    box = "".join(f"<div>{line}</div>" for line in case.box)
    return (
        f'<html lang="{case.lang}"><head><title>{case.title}</title></head><body>'
        '<div class="top"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="main"><h1>{case.title}</h1><div class="story">{story}</div>'
        f'<div class="newsletter">{box}<form><input type="email" name="email"></form></div></div>'
        '<div class="bottom"><a href="/about">About</a> <a href="/contact">Contact</a></div>'
        "</body></html>"
    )


def _paragraphs(case: Case, *, paywall: bool = False) -> list[str]:
    article = extract_article(_page(case, paywall=paywall), f"https://example.{case.lang}/story")
    return [paragraph for section in article.sections for paragraph in section.paragraphs]


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_each_div_is_a_paragraph_of_its_own(case: Case) -> None:
    paragraphs = _paragraphs(case)
    for paragraph in case.paragraphs:
        assert paragraph in paragraphs  # not run together with the next one


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_paywall_classed_div_paragraphs_are_kept(case: Case) -> None:
    paragraphs = _paragraphs(case, paywall=True)
    for paragraph in case.paragraphs:
        assert paragraph in paragraphs


@pytest.mark.parametrize("paywall", [False, True])
@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_side_box_and_repeated_label_stay_out(case: Case, paywall: bool) -> None:
    text = " ".join(_paragraphs(case, paywall=paywall))
    for line in case.box:
        assert line not in text
    assert case.label not in text


@pytest.mark.parametrize("paywall", [False, True])
@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_the_copy_trafilatura_reads_holds_each_paragraph_as_a_p(case: Case, paywall: bool) -> None:
    page = parse_page(_page(case, paywall=paywall), f"https://example.{case.lang}/story")
    written = [" ".join(node.text_content().split()) for node in prepared_tree(page, NO_RULES).iter("p")]
    for paragraph in case.paragraphs:
        assert paragraph in written  # a <p> of its own, not pruned as a paywall box
    assert case.label not in written  # said on the page again and again: left a div


def test_a_page_whose_prose_is_in_p_keeps_its_divs() -> None:
    case = CASES[0]
    page = parse_page(
        _page(case).replace("<div>Paragraph", "<p>Paragraph").replace("years.</div>", "years.</p>"),
        "https://example.en/story",
    )
    tree = prepared_tree(page, NO_RULES)
    assert all(node.text_content() not in case.box for node in tree.iter("p"))


# A picture's box above the story, as a page of divs writes it: a credit, the picture, and its
# caption as a div (no sentence's full stop), in three languages.
CAPTIONS = {
    "en": ("Photo: Ana Ruiz", "Keepers and visitors gather at the foot of the old tower"),
    "de": ("Foto: Ana Ruiz", "Wärter und Besucher versammeln sich am Fuß des alten Turms"),
    "fr": ("Photo : Ana Ruiz", "Gardiens et visiteurs réunis au pied de la vieille tour"),
}


def _pictured(case: Case) -> str:
    credit, caption = CAPTIONS[case.lang]
    box = f'<div class="pic"><span>{credit}</span><img src="/img/tower.jpg" alt=""><div>{caption}</div></div>'
    return _page(case).replace('<div class="story">', box + '<div class="story">', 1)


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_caption_div_in_a_pictures_box_stays_a_div_and_out_of_the_text(case: Case) -> None:
    url = f"https://example.{case.lang}/story"
    caption = CAPTIONS[case.lang][1]
    written = [
        " ".join(node.text_content().split())
        for node in prepared_tree(parse_page(_pictured(case), url), NO_RULES).iter("p")
    ]
    assert caption not in written
    for paragraph in case.paragraphs:
        assert paragraph in written  # the story's divs are still paragraphs
    article = extract_article(_pictured(case), url)
    assert caption not in article.text
    assert case.paragraphs[0] in article.text
