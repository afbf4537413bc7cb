"""Sub-headings whose text is a link to their own anchor (``<h2><a href="#part-2">…</a></h2>``),
as table-of-contents plugins, static-site generators and many blogs write them: sub-headings,
not other stories' titles (``cleaning._anchors_itself``), whether trafilatura kept the heading
(its ``ref``) or newscrawl put it back (the page's own ``a``). Must-contain / must-not-contain
cases in several languages, through the whole extraction."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/bridge-123.html"

STORIES = {
    "en": (
        [
            "The council met on Tuesday evening to discuss the plans for the new bridge across the river.",
            "Engineers told the meeting that work could begin next year if the funding is approved in time.",
            "Several residents spoke against the design, saying it would bring traffic into the old town.",
            "The mayor said a decision would be taken in June, after a further round of public consultation.",
            "The money for the work would come from the regional budget and from a federal fund.",
        ],
        ["What the engineers said", "Residents against the design"],
    ),
    "de": (
        [
            "Der Stadtrat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss beraten.",
            "Die Ingenieure sagten, die Arbeiten könnten im nächsten Jahr beginnen, wenn es Geld gibt.",
            "Mehrere Anwohner sprachen sich gegen den Entwurf aus, weil er Verkehr in die Altstadt bringe.",
            "Die Entscheidung soll im Juni fallen, nach einer weiteren Runde der Bürgerbeteiligung, hieß es.",
            "Das Geld für die Arbeiten käme aus dem Haushalt des Landes und aus einem Fonds des Bundes.",
        ],
        ["Was die Ingenieure sagen", "Anwohner gegen den Entwurf"],
    ),
    "fr": (
        [
            "Le conseil s'est réuni mardi soir pour débattre des plans du nouveau pont sur la rivière.",
            "Les ingénieurs ont dit que les travaux pourraient commencer l'an prochain si le budget suit.",
            "Plusieurs habitants se sont opposés au projet, qui amènerait du trafic dans la vieille ville.",
            "Le maire a dit que la décision serait prise en juin, après une nouvelle consultation publique.",
            "L'argent viendrait du budget régional et d'un fonds de l'État, selon la mairie de la ville.",
        ],
        ["Ce que disent les ingénieurs", "Des habitants contre le projet"],
    ),
}


def _article(lang: str, link: str):  # type: ignore[no-untyped-def]
    prose, titles = STORIES[lang]
    parts = [f"<p>{prose[0]}</p>", f"<p>{prose[1]}</p>"]
    for number, (title, paragraph) in enumerate(zip(titles, prose[2:4], strict=True)):
        href = link.format(n=number)
        parts += [f"<h2 id='part-{number}'><a href='{href}'>{title}</a></h2>", f"<p>{paragraph}</p>"]
    parts.append(f"<p>{prose[4]}</p>")
    page = (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><div class='q1'>"
        f"<h1>The bridge, {lang}</h1><div class='q2'>{''.join(parts)}</div></div></body></html>"
    )
    return extract_article(page, URL)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("link", ["#part-{n}", URL + "#part-{n}"])
def test_a_sub_heading_linked_to_its_own_anchor_is_a_sub_heading(lang: str, link: str) -> None:
    prose, titles = STORIES[lang]
    article = _article(lang, link)
    assert [section.heading for section in article.sections] == [None, *titles]
    assert [p for section in article.sections for p in section.paragraphs] == prose
