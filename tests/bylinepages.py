"""Pages for the byline tests (``test_bylines_*``): a body of the test's own markup read for its
metadata, and a story's paragraphs longer than any byline line."""

from __future__ import annotations

from newscrawl.extract.meta.metadata import Metadata, extract_metadata
from newscrawl.extract.page import parse_page


def meta_of(body: str, lang: str = "en", head: str = "") -> Metadata:
    """The metadata of a page with ``body`` (and ``head``), in language ``lang``."""
    page = parse_page(
        f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>',
        "https://news.example.org/story/1",
    )
    return extract_metadata(page)


def story(sentence: str, n: int = 4) -> str:
    """``n`` paragraphs of the story, each longer than a byline line."""
    return "".join(f"<p class='x9'>{sentence} {sentence} ({i})</p>" for i in range(n))


SENTENCES = {
    "en": "The city council approved next year's budget on Tuesday after a long and heated debate.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
    "da": "Byrådet vedtog tirsdag budgettet for det kommende år efter en lang og ophedet debat i salen.",
    "es": "El ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo y tenso debate.",
    "sv": "Kommunfullmäktige antog på tisdagen nästa års budget efter en lång och het debatt i salen.",
    "fr": "Le conseil municipal a adopté mardi le budget de l'année prochaine après un long débat animé.",
    "nl": "De gemeenteraad keurde dinsdag na een lang en verhit debat de begroting voor volgend jaar goed.",
    "pl": "Rada miasta przyjęła we wtorek budżet na przyszły rok po długiej i burzliwej debacie na sesji.",
    "tr": "Belediye meclisi uzun ve hararetli bir tartışmanın ardından gelecek yılın bütçesini onayladı.",
}
"""A sentence of the story (the same news) in each language the byline tests write pages in."""
