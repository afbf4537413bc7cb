"""The page's chrome on pages built of divs (``body/chrome.py``): menus written as plain lists
of links and blocks whose ARIA role names a landmark stay out of the body, as ``<nav>``,
``<footer>``, ``<aside>`` and ``<dialog>`` would; the story's own lists of links, a block
that holds the story and pages that mark their landmarks are left alone. Each page is
written for the test, with opaque class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.chrome import landmarks_from_roles, menus
from newscrawl.extract.body.prepare import MENU, prepare
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/harbour-ferry"


def _story(sentence: str, count: int = 6) -> str:
    return "".join(f"<p>{sentence} ({i + 1})</p>" for i in range(count))


def _menu(*words: str) -> str:
    return "<ul class='c1a2'>" + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in words) + "</ul>"


def _page(body: str, lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>Story</title></head><body>{body}</body></html>"


def _body(html_text: str) -> str:
    return extract_article(html_text, URL).text or ""


EN_STORY = _story(
    "The harbour ferry returned to service on Monday after the long winter repairs, said the crew"
    " and the town council, who had waited for the new engine since January"
)


def test_top_and_bottom_menus_of_a_div_page_stay_out() -> None:
    top = _menu("Politics", "Business", "Sports", "Weather", "Culture", "Travel")
    bottom = _menu("Imprint", "Privacy", "Contact", "Careers", "Advertise", "Newsletter")
    html_text = _page(
        f"<div class='x9'><div class='h3k'>{top}</div>"
        f"<div class='m4p'><h1>Ferry returns</h1><div class='b7q'>{EN_STORY}</div></div>"
        f"<div class='f2z'>{bottom}</div></div>"
    )
    found = menus(parse_page(html_text, URL).tree)
    assert [block.get("class") for block in found] == ["h3k", "f2z"]  # each grown to its block
    body = _body(html_text)
    assert "harbour ferry returned to service" in body
    for word in ("Politics", "Weather", "Imprint", "Careers"):
        assert word not in body


def test_a_footer_block_with_column_headings_goes_as_one() -> None:
    story = _story(
        "Die Fähre im Hafen fährt seit Montag wieder, nach den langen Reparaturen im Winter, sagten"
        " die Besatzung und der Gemeinderat, die seit Januar auf den neuen Motor gewartet hatten"
    )
    footer = (
        "<div class='q1'><div class='q2'><div class='q3'>Ressorts</div>"
        + _menu("Politik", "Wirtschaft", "Sport", "Kultur", "Reise")
        + "</div><div class='q2'><div class='q3'>Service</div>"
        + _menu("Impressum", "Datenschutz", "Kontakt", "Abo", "Jobs")
        + "</div><div class='q4'>Alle Rechte vorbehalten</div></div>"
    )
    html_text = _page(
        f"<div class='w'><div class='m'><h1>Die Fähre fährt wieder</h1>{story}</div>{footer}</div>", "de"
    )
    assert [block.get("class") for block in menus(parse_page(html_text, URL).tree)] == ["q1"]
    body = _body(html_text)
    assert "Die Fähre im Hafen fährt seit Montag wieder" in body
    for word in ("Ressorts", "Impressum", "Datenschutz", "Service", "Alle Rechte vorbehalten"):
        assert word not in body


def test_the_storys_own_list_of_links_is_no_menu() -> None:
    first = _story(
        "Le bac du port a repris du service lundi après les longues réparations de l'hiver, ont dit"
        " l'équipage et le conseil municipal, qui attendaient le nouveau moteur depuis janvier",
        3,
    )
    links = _menu("Horaires", "Tarifs", "Itinéraires", "Accessibilité", "Parkings")
    html_text = _page(
        f"<div class='w'><div class='m'><h1>Le bac reprend</h1>{first}{links}{first}</div></div>", "fr"
    )
    assert menus(parse_page(html_text, URL).tree) == []  # among the story's paragraphs
    assert "Le bac du port a repris du service" in _body(html_text)


def test_a_single_block_site_keeps_its_links_after_the_text() -> None:
    # (an institutional page: its whole content in one div, no headline of its own)
    text = _story(
        "Der Chor probt jeden Donnerstag im Gemeindesaal, neue Sängerinnen und Sänger sind"
        " herzlich willkommen, die Noten werden gestellt und das Vorsingen ist freiwillig",
        4,
    )
    links = _menu("Probenplan", "Konzerte", "Geschichte", "Mitglied werden", "Spenden")
    html_text = _page(f"<div class='w'><div class='c'>{text}{links}</div></div>", "de")
    assert menus(parse_page(html_text, URL).tree) == []


def test_prepare_records_the_menu_under_its_rule() -> None:
    page = parse_page(
        _page(
            f"<div class='x9'><div class='h3k'>{_menu('Home', 'News', 'Sport', 'Opinion', 'Video')}</div>"
            f"<div class='m4p'><h1>Ferry returns</h1>{EN_STORY}</div></div>"
        ),
        URL,
    )
    pruned = prepare(page, ExtractRules()).pruned
    assert [record.rule for record in pruned if record.rule == MENU] == [MENU]


def test_a_page_with_landmark_elements_is_left_to_them() -> None:
    page = parse_page(
        _page(
            f"<nav>{_menu('Home', 'News', 'Sport', 'Opinion', 'Video')}</nav>"
            f"<div class='h3k'>{_menu('One', 'Two', 'Three', 'Four', 'Five')}</div>"
            f"<div class='m4p'><h1>Ferry returns</h1>{EN_STORY}</div>"
        ),
        URL,
    )
    assert menus(page.tree) == []


def test_aria_roles_give_div_blocks_their_landmark_tags() -> None:
    story = _story(
        "El transbordador del puerto volvió a funcionar el lunes tras las largas reparaciones del"
        " invierno, dijeron la tripulación y el ayuntamiento, que esperaban el motor nuevo desde enero"
    )
    body = _body(
        _page(
            "<div class='w'><div class='m'><h1>Vuelve el transbordador</h1>"
            f"<div class='b'>{story}</div></div>"
            "<div class='s' role='complementary'><p>Lo más leído hoy en la ciudad y en la provincia,"
            " con todas las noticias de la semana y las fotos de los lectores.</p></div>"
            "<div class='f' role='contentinfo'><p>Todos los derechos reservados. Queda prohibida la"
            " reproducción total o parcial de los contenidos sin autorización.</p></div>"
            "<div class='d' role='dialog'><h2>No puedes iniciar sesión</h2><p>Tenemos problemas con"
            " el sistema de acceso; inténtalo de nuevo más tarde, disculpa las molestias.</p>"
            "<button>Aceptar</button></div></div>",
            "es",
        )
    )
    assert "El transbordador del puerto volvió a funcionar" in body
    for words in ("Lo más leído", "derechos reservados", "No puedes iniciar sesión", "sistema de acceso"):
        assert words not in body


def test_a_roled_block_that_holds_the_story_keeps_its_tag() -> None:
    page = parse_page(
        _page(
            "<div class='w' role='complementary'><div itemprop='articleBody'><h1>Ferry</h1>"
            f"{EN_STORY}</div></div><div class='n' role='navigation'>{_menu('A', 'B', 'C', 'D', 'E')}</div>"
        ),
        URL,
    )
    landmarks_from_roles(page.tree)
    assert page.tree.xpath("//*[@role='complementary']")[0].tag == "div"
    assert page.tree.xpath("//*[@role='navigation']")[0].tag == "nav"
