"""The site's footer found by its copyright notice, whatever the page's class names say:
``cleaning``'s rules ``copyright`` and ``footer`` (a rights phrase anywhere in a block, or a
copyright sign opening it, in several languages; in the later part of the body, the blocks
after the notice go too) and ``prepare``'s rule ``site-footer`` (``body/footer.py``: the block
of links and lines around the notice, pruned before trafilatura reads the page). A story that
speaks of copyright keeps its words; a short story with a notice under it and a picture's
credit are no footer."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.boilerplate import is_copyright_notice
from newscrawl.extract.body.prepare import FOOTER, prepare
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

URL = "https://news.example.org/2024/05/harbour-ferry"

STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour ferry returning to service after the long winter "
    "repairs, with quotes from the crew and the town council.</p>"
    for i in range(6)
)


def _body(body: str) -> str:
    page = f"<html><head><title>Ferry</title></head><body>{body}</body></html>"
    return extract_article(page, URL).text or ""


def _footer(notice: str, after: str) -> str:
    """A footer written in divs with hashed classes: the notice, then fine print under it."""
    return f"<div class='css-9f8e7d'><p>{notice}</p><p>{after}</p></div>"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("notice", "after"),
    [
        (
            "© 2024 Harbour Media Group. All rights reserved. Use of this site constitutes acceptance of "
            "our user agreement and privacy policy and cookie statement and your privacy rights.",
            "Registered office: 1 Quay Street, Portville, company number 0123456, registered in Wales.",
        ),
        (
            "Some rights reserved 2017-2024 by Harbour Newsfeed, a partnership of the Quay Media Networks "
            "and the Portville Media Group, published under a free licence.",
            "Harbour Newsfeed is printed and distributed by the Quay Press cooperative since 1998.",
        ),
        (
            "Copyright 2024 Hafenbote Verlag GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit "
            "Genehmigung des Verlags, auch auszugsweise und in elektronischer Form.",
            "Sitz der Gesellschaft: Hafenstadt, Amtsgericht Hafenstadt HRB 12345, Geschäftsführer Max Kai.",
        ),
        (
            "© Copyright by Gazeta Portowa sp. z o.o. Wszelkie prawa zastrzeżone. Kopiowanie i "
            "rozpowszechnianie materiałów bez zgody wydawcy zabronione.",
            "Wydawca: Gazeta Portowa, ul. Nabrzeże 1, Portowo, numer KRS 0000123456, kapitał zakładowy.",
        ),
    ],
)
def test_a_footer_under_its_copyright_notice_is_dropped_and_the_story_kept(notice: str, after: str) -> None:
    body = _body(f"<div class='css-p4g3'><h1>Ferry returns</h1>{STORY}{_footer(notice, after)}</div>")
    assert "Paragraph 0 of the story" in body and "Paragraph 5 of the story" in body
    assert notice[:40] not in body
    assert after[:40] not in body


@pytest.mark.unit
def test_a_copyright_notice_at_the_top_goes_alone() -> None:
    notice = (
        "This material may not be published, broadcast, rewritten, or redistributed. ©2024 Harbour "
        "Network, LLC. All rights reserved. All market data delayed 20 minutes."
    )
    body = _body(f"<div class='css-p4g3'><h1>Ferry returns</h1><p>{notice}</p>{STORY}</div>")
    assert "All rights reserved" not in body
    assert "Paragraph 0 of the story" in body and "Paragraph 5 of the story" in body


@pytest.mark.unit
def test_a_story_about_copyright_keeps_its_paragraphs() -> None:
    story = (
        "<p>Copyright law in the union changed this spring, and the harbour's photographers say the "
        "new rules protect their pictures better than the old ones did, though the agencies that sell "
        "their work abroad still wait for the courts to read them.</p>"
        + STORY
        + "<p>The ferry's owners said all rights to the timetable stay with the council.</p>"
        "<p>Droits d'auteur : les photographes du port saluent la nouvelle loi sur le droit d'auteur.</p>"
    )
    body = _body(f"<div class='css-p4g3'><h1>Ferry returns</h1>{story}</div>")
    assert "Copyright law in the union changed" in body
    assert "all rights to the timetable" in body
    assert "Droits d'auteur" in body


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("© 2019 Harbour Media. All rights reserved.", True),
        ("Tous droits réservés. Reproduction interdite sans l'accord de l'éditeur du journal du port.", True),
        ("Todos los derechos reservados © Diario del Puerto, 2024.", True),
        ("Все права защищены. Перепечатка только с согласия редакции.", True),
        ("© Hafenblog 2020 · WordPress · Beiträge (RSS) · Kommentare (RSS) · Impressum · Datenschutz", True),
        ("Copyright law in the union changed this spring, photographers say.", False),
        ("The council reserves all rights to the timetable, its spokesman said.", False),
        ("Ferry returns. " * 60 + "All rights reserved.", False),  # long: a story's block
    ],
)
def test_copyright_notices_in_several_languages(text: str, notice: bool) -> None:
    assert is_copyright_notice(text) is notice


# -- the footer's block, found in the page by its notice (``body/footer.py``) -----------------

FOOTER_LINKS = "".join(
    f"<li class='css-l1nk'><a href='/{slug}'>{label}</a></li>"
    for slug, label in (
        ("about", "About us"),
        ("contact", "Contact"),
        ("terms", "Terms of use"),
        ("privacy", "Privacy policy"),
        ("jobs", "Careers"),
    )
)


def _site_footer(blurb: str, notice: str) -> str:
    """A footer of divs with hashed classes: the site's line about itself, its links, its notice."""
    return (
        f"<div class='css-f00t3r'><div class='css-b1urb'><p>{blurb}</p></div>"
        f"<ul class='css-m3nu'>{FOOTER_LINKS}</ul><div class='css-n0t1ce'>{notice}</div></div>"
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("blurb", "notice"),
    [
        (
            "Harbour Daily is where the coast reads its news, from the ferry timetables to the council's "
            "budget, every morning since 1921.",
            "© 2024 Harbour Media Group. All rights reserved.",
        ),
        (
            "Der Hafenbote ist die Zeitung der Küste: Fähren, Fischerei und Gemeinderat, jeden Morgen "
            "seit 1921 aus der Redaktion am Kai.",
            "© 2024 Hafenbote Verlag GmbH. Alle Rechte vorbehalten.",
        ),
        (
            "La Gazette du Port raconte la côte depuis 1921 : les bacs, la pêche et le conseil "
            "municipal, chaque matin depuis la rédaction du quai.",
            "© 2024 Gazette du Port. Tous droits réservés.",
        ),
    ],
)
def test_the_footer_around_the_notice_is_pruned_with_its_links_and_its_blurb(blurb: str, notice: str) -> None:
    html_text = (
        f"<html><body><div class='css-w7ap'><h1>Ferry returns</h1><div class='css-b0dy'>{STORY}</div>"
        f"{_site_footer(blurb, notice)}</div></body></html>"
    )
    page = parse_page(html_text, URL)
    prepared = prepare(page, ExtractRules())
    footers = [record for record in prepared.pruned if record.rule == FOOTER]
    assert len(footers) == 1 and blurb[:30] in footers[0].text and "Privacy policy" in footers[0].text
    body = extract_article(html_text, URL).text or ""
    assert "Paragraph 0 of the story" in body and "Paragraph 5 of the story" in body
    assert blurb[:30] not in body and notice[:12] not in body


@pytest.mark.unit
def test_a_short_story_with_the_notice_under_it_is_no_footer() -> None:
    # (the headline outside the story's block, two paragraphs and the agency's notice under them)
    story = (
        "<p>The harbour ferry returns to service on Monday after the long winter repairs, the council "
        "said.</p><p>The first crossing leaves the quay at seven, with the crew that ran it last year "
        "and a new timetable.</p><p>© 2024 Harbour Press. All rights reserved.</p>"
    )
    html_text = (
        f"<html><body><div class='css-h34d'><h1>Ferry returns</h1></div><div class='css-b0dy'>{story}</div>"
        "</body></html>"
    )
    page = parse_page(html_text, URL)
    prepared = prepare(page, ExtractRules())
    assert not any(
        "ferry returns to service" in record.text for record in prepared.pruned if record.rule == FOOTER
    )
    body = extract_article(html_text, URL).text or ""
    assert "ferry returns to service on Monday" in body and "new timetable" in body


@pytest.mark.unit
def test_a_picture_credit_in_the_story_is_no_footer() -> None:
    story = STORY.replace(
        "</p>", "</p><div class='css-p1c'><img src='/ferry.jpg' alt=''><span>© Jane Doe</span></div>", 1
    )
    html_text = f"<html><body><h1>Ferry returns</h1><div class='css-b0dy'>{story}</div></body></html>"
    page = parse_page(html_text, URL)
    prepared = prepare(page, ExtractRules())
    assert not [record for record in prepared.pruned if record.rule == FOOTER]
    body = extract_article(html_text, URL).text or ""
    assert "Paragraph 0 of the story" in body and "Paragraph 5 of the story" in body
