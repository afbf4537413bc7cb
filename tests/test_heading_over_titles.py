"""A heading set among the story's paragraphs over other stories' titles ("More:", "Mehr zum
Thema", "À lire aussi"), the story going on after them (``body/headings.py``: ``_link_run``,
rule ``link-box``): it titles the links, not the story's next paragraphs, so it is no section
heading. A section heading over a product box (its price links) and then its prose stays, as does
one over a single linked title. Each page is written for the test, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

# (language, the label, two other stories' titles, the section heading, six paragraphs)
CASES = [
    (
        "en",
        "More:",
        ("The new space race", "Spacewalking into history"),
        "What the agency wants",
        [
            "Getting to the Moon, while not easy, has been done; staying there and reaching Mars has not.",
            "That is why the space agency on Monday enlisted the engineering muscle of the commercial firms.",
            "The companies will study how to land heavy cargo on the surface and how to make fuel there.",
            "Officials said the first contracts would be worth about forty million dollars in all this year.",
            "The agency wants a crewed landing near the south pole of the Moon within the next five years.",
            "Critics say the timeline is too short and the budget too small for a programme of this size.",
        ],
    ),
    (
        "de",
        "Auch spannend:",
        ("Das neue Wettrennen im All", "Ein Spaziergang ins Geschichtsbuch"),
        "Was die Behörde will",
        [
            "Zum Mond zu fliegen ist nicht leicht, aber es ist gelungen; dort zu bleiben dagegen noch nicht.",
            "Deshalb holt sich die Raumfahrtbehörde nun die Ingenieure "
            "der privaten Raumfahrtfirmen ins Boot.",
            "Die Firmen sollen untersuchen, wie schwere Lasten "
            "landen und wie dort Treibstoff entstehen kann.",
            "Die ersten Aufträge seien in diesem Jahr zusammen etwa vierzig Millionen Dollar wert, hieß es.",
            "Die Behörde will innerhalb von fünf Jahren Menschen in die Nähe des Südpols des Mondes bringen.",
            "Kritiker halten den Zeitplan für zu knapp und das Budget für zu klein für ein solches Programm.",
        ],
    ),
    (
        "fr",
        "Nos autres récits :",
        ("La nouvelle course à l'espace", "Une sortie dans l'histoire"),
        "Ce que veut l'agence",
        [
            "Aller sur la Lune n'est pas facile mais a été fait ; y rester et atteindre Mars, pas encore.",
            "C'est pourquoi l'agence spatiale a fait appel lundi aux ingénieurs des entreprises privées.",
            "Les entreprises étudieront comment poser de lourdes "
            "charges et y produire du carburant sur place.",
            "Les premiers contrats vaudront environ quarante millions "
            "de dollars au total cette année, dit-on.",
            "L'agence veut un alunissage habité près du pôle Sud de la Lune dans les cinq prochaines années.",
            "Les critiques jugent le calendrier trop court et le budget trop faible pour un tel programme.",
        ],
    ),
]
IDS = [case[0] for case in CASES]


def _page(lang: str, between: str, section: str, paragraphs: list[str]) -> str:
    p = [f"<p>{text}</p>" for text in paragraphs]
    return (
        f"<html lang='{lang}'><head><title>Moon</title></head><body><article><h1>Back to the Moon</h1>"
        f"<div class='body'>{p[0]}{p[1]}{between}{p[2]}{p[3]}<h2>{section}</h2>{p[4]}{p[5]}</div>"
        "</article></body></html>"
    )


def _titles(titles: tuple[str, str]) -> str:
    return "".join(
        f"<ul><li><h4><a href='https://news.example.org/space/{index}'>{title}</a></h4></li></ul>"
        for index, title in enumerate(titles)
    )


def _read(page: str) -> tuple[list[str], list[str]]:
    article = extract_article(page, "https://news.example.org/space/moon")
    headings = [section.heading for section in article.sections if section.heading]
    return headings, [paragraph for section in article.sections for paragraph in section.paragraphs]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_label_over_other_stories_titles_is_no_section(
    case: tuple[str, str, tuple[str, str], str, list[str]],
) -> None:
    lang, label, titles, section, paragraphs = case
    headings, texts = _read(_page(lang, f"<h4>{label}</h4>{_titles(titles)}", section, paragraphs))
    assert headings == [section]
    assert texts == paragraphs


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_heading_over_a_product_box_and_prose_stays(
    case: tuple[str, str, tuple[str, str], str, list[str]],
) -> None:
    lang, _label, titles, section, paragraphs = case
    offers = "".join(
        f"<a href='https://shop.example.com/p/{index}'>$549 at Shop {index}</a>" for index in range(3)
    )
    box = f"<h2>{titles[0]}</h2><div class='product'><img src='/bag.jpg' alt=''>{offers}</div>"
    headings, _ = _read(_page(lang, box, section, paragraphs))
    assert headings == [titles[0], section]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_heading_over_one_linked_title_and_prose_stays(
    case: tuple[str, str, tuple[str, str], str, list[str]],
) -> None:
    lang, label, titles, section, paragraphs = case
    headings, _ = _read(
        _page(lang, f"<h2>{label} {titles[1]}</h2>{_titles(titles[:1])}", section, paragraphs)
    )
    assert headings[-1] == section
