"""The site's footer found by its row of legal links when it prints no copyright notice:
``prepare``'s rule ``site-footer`` (``body/footer.py``). A footer of divs with hashed class
names, holding the site's address, its line about itself and a row of links to its imprint,
privacy and cookie pages ("Impressum · Datenschutz", "Privacy policy | Terms of use",
"Mentions légales · Confidentialité"), is pruned before trafilatura reads the page. A story that
links a privacy policy in its text keeps its words, and so does a story with the row under it
and no other block."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.boilerplate import is_legal_link
from newscrawl.extract.body.prepare import FOOTER, prepare
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

URL = "https://energy.example.org/green/hydrogen"


def _story(paragraphs: list[str]) -> str:
    """The story's block: its headline and its paragraphs (each three times, numbered: a story
    of some length)."""
    return (
        "<div class='c7e1'><h1>Hydrogen</h1><div class='c3e1'>"
        + "".join(f"<p>{p} ({n})</p>" for n in range(3) for p in paragraphs)
        + "</div></div>"
    )


def _footer(address: str, blurb: str, links: list[str]) -> str:
    """A footer in divs with hashed classes: the address, the line about the site, the legal row
    (in a block of the story's own class: a split body's part to ``recall``, but for the rule)."""
    row = "<br>".join(f"<a href='/{n}'>{label}</a>" for n, label in enumerate(links))
    return (
        "<div class='cd7e'>\n<a href='#top'>Top</a>\n<div class='ce8c'>\n"
        f"<div class='c6f9'><address><p>{address}</p></address></div>\n"
        f"<div class='c6f9'><div class='c3e1'>\n<p>{blurb}</p>\n<p>{row}</p>\n</div></div></div></div>"
    )


CASES = [
    pytest.param(
        [
            "Erneuerbarer Wasserstoff ist entscheidend für die vollständige Dekarbonisierung der Industrie, "
            "der Schifffahrt und der Luftfahrt, sagen die Fachleute des Verbandes.",
            "Die Kosten für Elektrolyseure sind in den letzten Jahren stark gesunken, und neue Anlagen an "
            "der Küste sollen bald mit Strom aus Windparks auf See betrieben werden.",
            "Bis zum Ende des Jahrzehnts soll die Leistung der Anlagen verzehnfacht werden, wenn die "
            "Netze und die Speicher rechtzeitig ausgebaut werden.",
        ],
        "Hafenstraße 9, 22767 Hamburg, Deutschland",
        "Die Firma glaubt an eine Welt, die vollständig auf grüne Energie setzt. Sie plant, baut und "
        "betreibt Windparks auf See und an Land, Solarparks und Speicher für Strom.",
        ["Impressum", "Datenschutzerklärung", "Cookie-Richtlinien", "Karriere"],
        id="de",
    ),
    pytest.param(
        [
            "Renewable hydrogen is essential to take the carbon out of heavy industry, shipping and "
            "aviation, the association's experts said on Tuesday.",
            "The cost of electrolysers has fallen sharply in recent years, and new plants on the coast "
            "will soon run on power from offshore wind farms.",
            "By the end of the decade the plants' capacity is to grow tenfold, if the grids and the "
            "storage are built in time.",
        ],
        "9 Harbour Road, Portville, United Kingdom",
        "The company believes in a world that runs entirely on green energy. It develops, builds and "
        "operates offshore and onshore wind farms, solar farms and storage.",
        ["Privacy policy", "Terms of use", "Cookie settings", "Careers"],
        id="en",
    ),
    pytest.param(
        [
            "L'hydrogène renouvelable est indispensable pour décarboner l'industrie lourde, le transport "
            "maritime et l'aviation, ont déclaré mardi les experts de l'association.",
            "Le coût des électrolyseurs a fortement baissé ces dernières années, et de nouvelles usines "
            "sur la côte fonctionneront bientôt avec l'électricité des parcs éoliens en mer.",
            "D'ici la fin de la décennie, la capacité des usines doit être multipliée par dix, si les "
            "réseaux et le stockage sont construits à temps.",
        ],
        "9 quai du Port, 13002 Marseille, France",
        "L'entreprise croit en un monde qui fonctionne entièrement à l'énergie verte. Elle développe, "
        "construit et exploite des parcs éoliens en mer et sur terre, des centrales solaires.",
        ["Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Carrières"],
        id="fr",
    ),
]


@pytest.mark.unit
@pytest.mark.parametrize(("paragraphs", "address", "blurb", "links"), CASES)
def test_a_footer_with_a_row_of_legal_links_is_pruned(
    paragraphs: list[str], address: str, blurb: str, links: list[str]
) -> None:
    html_text = (
        "<html><head><title>Hydrogen</title></head><body><div class='c45b' role='main'>"
        f"{_story(paragraphs)}{_footer(address, blurb, links)}</div></body></html>"
    )
    footers = [
        record
        for record in prepare(parse_page(html_text, URL), ExtractRules()).pruned
        if record.rule == FOOTER
    ]
    assert len(footers) == 1 and blurb[:30] in footers[0].text
    text = extract_article(html_text, URL).text or ""
    for paragraph in paragraphs:
        assert paragraph in text
    assert blurb[:30] not in text and address not in text


@pytest.mark.unit
@pytest.mark.parametrize(("paragraphs", "address", "blurb", "links"), CASES)
def test_legal_links_inside_the_story_are_no_footer(
    paragraphs: list[str], address: str, blurb: str, links: list[str]
) -> None:
    """A story that lists a site's privacy and terms pages among its paragraphs (a story about
    them) keeps its words: prose follows the row."""
    row = "<p>" + " · ".join(f"<a href='/{n}'>{label}</a>" for n, label in enumerate(links)) + "</p>"
    body = (
        "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + f"<div class='c9a1'>{row}</div><p>{paragraphs[2]}</p>"
    )
    html_text = (
        f"<html><body><div class='c7e1'><h1>Hydrogen</h1><div class='c3e1'>{body}</div></div></body></html>"
    )
    assert not [
        record
        for record in prepare(parse_page(html_text, URL), ExtractRules()).pruned
        if record.rule == FOOTER
    ]
    text = extract_article(html_text, URL).text or ""
    for paragraph in paragraphs:
        assert paragraph in text


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("Impressum", True),
        ("Datenschutzerklärung", True),
        ("Privacy Policy", True),
        ("Terms of Service", True),
        ("Mentions légales", True),
        ("Aviso legal", True),
        ("Política de privacidad", True),
        ("Note legali", True),
        ("Algemene voorwaarden", True),
        ("Privacy in the age of the smartphone: what the new law changes for readers", False),
        ("Politik", False),
        ("Termine", False),
    ],
)
def test_legal_links_in_several_languages(text: str, legal: bool) -> None:
    assert is_legal_link(text) is legal
