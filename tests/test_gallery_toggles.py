"""A gallery's or lightbox's toggles written as paragraphs ("Caption" / "Close", "Schließen",
"Fermer") are a control's labels, never body text (rule ``media-label``, ``words/media.py``);
a sentence that starts with the same word stays. Each page is written for the test."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.images.media import is_media_label

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"

STORIES = [
    (
        "en",
        "Governor defends the new road safety campaign",
        "The campaign will run on radio and television across the state until the end of the summer",
        ("Caption", "Close"),
    ),
    (
        "de",
        "Bürgermeisterin verteidigt die neue Verkehrskampagne",
        "Die Kampagne läuft bis zum Ende des Sommers im Radio und im Fernsehen in der ganzen Region",
        ("Bildunterschrift", "Schließen"),
    ),
    (
        "fr",
        "La maire défend la nouvelle campagne de sécurité routière",
        "La campagne sera diffusée à la radio et à la télévision dans toute la région jusqu'en août",
        ("Légende", "Fermer"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caption", True),
        ("Close", True),
        ("Hide caption", True),
        ("Schließen", True),
        ("Bildunterschrift", True),
        ("Fermer", True),
        ("Cerrar", True),
        ("Chiudi", True),
        ("Sluiten", True),
        ("Закрыть", True),
        ("Close to home", False),
        ("Closed on Sundays", False),
        ("Schließen Sie die Fenster.", False),
    ],
)
def test_gallery_toggles_are_media_labels(text: str, expected: bool) -> None:
    assert is_media_label(text) is expected


@pytest.mark.parametrize(("lang", "headline", "sentence", "toggles"), STORIES, ids=[s[0] for s in STORIES])
def test_gallery_toggles_written_as_paragraphs_leave_the_body(
    lang: str, headline: str, sentence: str, toggles: tuple[str, str]
) -> None:
    bar = "<div class='g1'>" + "".join(f"<p class='g2'>{toggle}</p>" for toggle in toggles) + "</div>"
    story = "".join(f"<p class='k7'>{sentence} ({i}).</p>" for i in range(3))
    page = (
        f"<html lang='{lang}'><head><title>{headline}</title></head><body><h1>{headline}</h1>"
        f"<div class='q5'>{story}{bar}{story.replace('(', '[')}</div></body></html>"
    )
    article = extract_article(page, URL)
    paragraphs = article.text.split("\n\n")
    assert sentence + " (0)." in paragraphs
    assert sentence + " [2)." in paragraphs
    assert not any(toggle in paragraphs for toggle in toggles)
