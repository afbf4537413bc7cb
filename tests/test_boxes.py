"""Boxes written out twice or in several states (``body/boxes.py``), found by their markup and
text, whatever the page's class names: hashed (CSS-in-JS) or in another language. A paywall's
states go, one layout's copy of a box goes and the other stays; the story's own lists, fact
boxes, a table's repeated rows and a summary that repeats the lead stay."""

from __future__ import annotations

from newscrawl.extract import extract_article
from newscrawl.extract.body.prepare import VARIANTS, prepare
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

URL = "https://news.example.org/2024/05/harbour-ferry"


def _story(words: str, count: int = 6, start: int = 0) -> str:
    return "".join(f"<p>Paragraph {i} {words}</p>" for i in range(start, start + count))


STORY_EN = (
    "of the story about the harbour ferry returning to service after the long winter repairs, "
    "with quotes from the crew and the town council."
)


def _page(body: str) -> str:
    return f"<html><head><title>Ferry</title></head><body>{body}</body></html>"


def _body(html_text: str) -> str:
    return extract_article(html_text, URL).text or ""


def _offer(heading: str, intro: str, items: list[str]) -> str:
    """One state of a paywall's box, with hashed classes: its heading, then the same offer."""
    lines = "".join(f"<li>{item}</li>" for item in items)
    return (
        f"<div class='c2ec1679c'><div class='c0h2x'>{heading}</div><p class='c9p1q'>{intro}</p>"
        f"<ul class='ca4df174f'>{lines}</ul></div>"
    )


BENEFITS = [
    "Enjoy the latest local, national and international news.",
    "Exclusive articles and special edition newsletters and virtual events.",
    "Unlimited online access to the Harbour Post on every device.",
    "Daily puzzles including the crossword.",
]


def test_the_states_of_a_paywall_box_all_go_and_the_story_stays() -> None:
    box = (
        "<div class='cf00d1'><div class='cb0x2'>"
        + _offer("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "Read on with a plan that suits you.", BENEFITS)
        + _offer("SUBSCRIBE FOR MORE ARTICLES", "Read on with a plan that suits you.", BENEFITS)
        + _offer("REGISTER TO UNLOCK THIS ARTICLE", "Read on with a plan that suits you.", BENEFITS)
        + "</div></div>"
    )
    html_text = _page(
        f"<div class='c1a2'><h1>Ferry returns</h1><div class='c3b4'>{_story(STORY_EN, 3)}{box}"
        f"{_story(STORY_EN, 3, start=3)}</div></div>"
    )
    body = _body(html_text)
    assert "Paragraph 0 of the story" in body and "Paragraph 5 of the story" in body
    assert "Unlimited online access" not in body
    assert "RESERVED FOR SUBSCRIBERS" not in body and "SUBSCRIBE FOR MORE" not in body
    prepared = prepare(parse_page(html_text, URL), ExtractRules())
    variants = [record for record in prepared.pruned if record.rule == VARIANTS]
    assert len(variants) == 3 and all("Daily puzzles" in record.text for record in variants)


def test_a_dutch_pitch_written_twice_goes_whole() -> None:
    pitch = (
        "<div class='cq8w7'><div class='cz1x2'><p>Altijd mee met het nieuws? Word abonnee en lees al je "
        "plusartikels.</p><a href='/abonneren'>Lees nu voordelig</a></div></div>"
    )
    words = "van het verhaal over de veerboot die na de lange winterreparaties weer vaart, met de bemanning."
    story = _story(words, 3) + pitch + pitch + _story(words, 3, start=3)
    body = _body(_page(f"<div class='ck9'><h1>Veerboot vaart weer</h1><div class='cm3'>{story}</div></div>"))
    assert "Paragraph 5 van het verhaal" in body
    assert "Word abonnee" not in body


def test_one_box_written_for_two_layouts_is_kept_once() -> None:
    # (no pitch, no state's heading: the same box twice, one for a phone, one for a desktop)
    facts = (
        "<div class='cfa1'><div class='cfa2'><p>Die Fähre fährt ab Montag wieder stündlich, der erste "
        "Zug nach der Pause ist um sechs Uhr früh.</p><p>Fahrräder fahren weiterhin kostenlos mit, "
        "Hunde an der Leine ebenso.</p></div></div>"
    )
    words = "der Geschichte über die Fähre, die nach den langen Reparaturen im Winter wieder fährt."
    story = _story(words, 3) + facts + facts + _story(words, 3, start=3)
    html_text = _page(f"<div class='ck9'><h1>Die Fähre fährt wieder</h1><div class='cm3'>{story}</div></div>")
    prepared = prepare(parse_page(html_text, URL), ExtractRules())
    assert [record.rule for record in prepared.pruned] == [VARIANTS]
    assert prepared.tree.text_content().count("Fahrräder fahren weiterhin kostenlos mit") == 1
    body = _body(html_text)
    assert "Paragraph 5 der Geschichte" in body
    assert body.count("Fahrräder fahren weiterhin kostenlos mit") == 1


def test_the_story_s_own_boxes_and_repeats_stay() -> None:
    lead = (
        "El transbordador del puerto vuelve a navegar tras las largas reparaciones del invierno, "
        "según confirmó el ayuntamiento este lunes en una rueda de prensa con la tripulación y los "
        "vecinos de la isla, que llevaban meses esperando."
    )
    # Two fact boxes of the same markup, different text; a table whose rows repeat; the lead
    # repeated as the summary above the story (long prose, far from its copy).
    boxes = (
        "<div class='cdato'><div class='cfila'><p>Salidas cada hora desde el lunes por la mañana, "
        "desde el muelle norte.</p><p>Las bicicletas viajan gratis en todos los trayectos.</p></div></div>"
        "<div class='cdato'><div class='cfila'><p>El primer barco sale a las seis de la mañana, "
        "también los domingos.</p><p>El último regresa a medianoche los fines de semana.</p></div></div>"
    )
    row = "<tr><td>Lunes a viernes, salida cada hora desde el muelle norte</td></tr>"
    table = f"<table><tbody>{row}{row}</tbody></table>"
    words = "de la historia del transbordador que vuelve a navegar tras las reparaciones del invierno."
    story = _story(words, 3) + boxes + table + _story(words, 3, start=3)
    html_text = _page(
        f"<div class='ck9'><h1>Vuelve el transbordador</h1><div class='cresumen'><p>{lead}</p></div>"
        f"<div class='cm3'><p>{lead}</p>{story}</div></div>"
    )
    prepared = prepare(parse_page(html_text, URL), ExtractRules())
    assert not [record for record in prepared.pruned if record.rule == VARIANTS]
    body = _body(html_text)
    assert "Salidas cada hora" in body and "El primer barco sale" in body
    assert "Paragraph 5 de la historia" in body
