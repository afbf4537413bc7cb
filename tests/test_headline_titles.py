"""Where the headline comes from on a page that declares little: the ``<title>`` and what the
page shows (``meta/headline.py``, ``meta/sitenames.py``).

- The title of a closed ``<dialog>`` (a "Save article" pop-up a script opens) is no ``<h1>``
  of the page: the browser does not show it.
- A saved page's own address is a file: the host of its declared canonical URL names the site,
  so "Headline - DER SPIEGEL" loses its suffix. Authors are read without it (a publication
  named as the author is what some pages declare).
- "Headline - Section - Site": once the site's name is cut, the section goes too when the
  page shows it as a link of its own (its menu, its breadcrumb trail).

Each page is written for the test, with opaque class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.meta.sitenames import host_names
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

FILE_URL = "file:///tmp/saved/page.html"

# (language, headline, a story sentence)
STORIES = [
    (
        "en",
        "City council approves the new ferry budget after a long night",
        "The harbour ferry will run every twenty minutes from June, the council said after the vote",
    ),
    (
        "de",
        "Stadtrat beschließt den neuen Fährhaushalt nach langer Nacht",
        "Die Hafenfähre soll ab Juni alle zwanzig Minuten fahren, teilte der Rat nach der Abstimmung mit",
    ),
    (
        "fr",
        "Le conseil municipal adopte le nouveau budget du bac",
        "Le bac du port circulera toutes les vingt minutes dès juin, a indiqué le conseil après le vote",
    ),
    (
        "es",
        "El ayuntamiento aprueba el nuevo presupuesto del ferri",
        "El ferri del puerto saldrá cada veinte minutos desde junio, informó el consejo tras la votación",
    ),
]
IDS = [lang for lang, *_ in STORIES]


def _story(sentence: str, count: int = 5) -> str:
    return "<div class='q7'>" + "".join(f"<p>{sentence} ({i + 1}).</p>" for i in range(count)) + "</div>"


def _page(lang: str, head: str, body: str) -> str:
    return f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(("lang", "headline", "sentence"), STORIES, ids=IDS)
def test_closed_dialog_title_is_no_headline(lang: str, headline: str, sentence: str) -> None:
    body = (
        "<dialog class='m1'><header><h1 class='m2'>Artikel merken</h1></header>"
        "<p>Melden Sie sich an, um Artikel zu speichern.</p></dialog>"
        f"<div class='z3'><h2 class='z4'>{headline}</h2>{_story(sentence)}</div>"
    )
    article = extract_article(_page(lang, f"<title>{headline}</title>", body), "https://news.example.org/a")
    assert article.headline == headline


@pytest.mark.parametrize(("lang", "headline", "sentence"), STORIES, ids=IDS)
def test_open_dialog_title_is_an_h1(lang: str, headline: str, sentence: str) -> None:
    """An open dialog is shown: its h1 is read as any other (here the one agreeing h1 wins)."""
    body = (
        f"<dialog open class='m1'><h1 class='m2'>{headline}</h1></dialog>"
        f"<div class='z3'>{_story(sentence)}</div>"
    )
    article = extract_article(_page(lang, f"<title>{headline}</title>", body), "https://news.example.org/a")
    assert article.headline == headline


# (canonical URL, the site's name as the title shows it)
SITES = [
    ("https://www.spiegel.de/wirtschaft/story-a-123.html", "DER SPIEGEL"),
    ("https://www.lemonde.fr/politique/article/2024/05/03/story.html", "Le Monde"),
    ("https://www.elmundo.es/espana/2024/05/03/story.html", "EL MUNDO"),
    ("https://www.theguardian.com/world/2024/may/03/story", "The Guardian"),
]


@pytest.mark.parametrize(("canonical", "site"), SITES, ids=[s for _, s in SITES])
@pytest.mark.parametrize("separator", [" - ", " | ", " – "])
def test_canonical_host_names_the_site(canonical: str, site: str, separator: str) -> None:
    lang, headline, sentence = STORIES[0]
    head = f"<title>{headline}{separator}{site}</title><link rel='canonical' href='{canonical}'>"
    body = f"<div class='k1'><span class='k2'>{site}</span></div><div class='z3'>{_story(sentence)}</div>"
    article = extract_article(_page(lang, head, body), FILE_URL)
    assert article.headline == headline


def test_without_canonical_a_saved_title_keeps_its_suffix() -> None:
    """No address names the site: "DER SPIEGEL" is no known name, and the title stays whole."""
    lang, headline, sentence = STORIES[1]
    head = f"<title>{headline} - Fährbetrieb Nord</title>"
    article = extract_article(_page(lang, head, f"<div class='z3'>{_story(sentence)}</div>"), FILE_URL)
    assert article.headline == f"{headline} - Fährbetrieb Nord"


def test_authors_do_not_read_the_canonical_host() -> None:
    head = "<link rel='canonical' href='https://www.spiegel.de/a.html'>"
    page = parse_page(_page("de", head, "<p>x</p>"), FILE_URL)
    assert host_names(page) == []
    assert host_names(page, canonical=True) == ["spiegel", "spiegel.de"]


# (language, section as the menu shows it)
SECTIONS = [("en", "Sport"), ("de", "Landkreis München"), ("fr", "Économie"), ("es", "Cultura")]


def _menu(*labels: str) -> str:
    items = "".join(f"<li class='n2'><a href='/{i}/'>{label}</a></li>" for i, label in enumerate(labels))
    return f"<div class='n1'><ul class='n3'>{items}</ul></div>"


@pytest.mark.parametrize(("lang", "section"), SECTIONS, ids=[lang for lang, _ in SECTIONS])
def test_section_shown_as_a_link_goes_with_the_site(lang: str, section: str) -> None:
    _, headline, sentence = next(s for s in STORIES if s[0] == lang)
    head = f"<title>{headline} - {section} - news.example.org</title>"
    body = _menu("Home", section, "Kontakt") + f"<div class='z3'>{_story(sentence)}</div>"
    article = extract_article(_page(lang, head, body), FILE_URL)
    assert article.headline == headline


@pytest.mark.parametrize(("lang", "section"), SECTIONS, ids=[lang for lang, _ in SECTIONS])
def test_segment_no_link_shows_stays(lang: str, section: str) -> None:
    _, headline, sentence = next(s for s in STORIES if s[0] == lang)
    head = f"<title>{headline} - {section} - news.example.org</title>"
    body = _menu("Home", "Kontakt") + f"<div class='z3'>{_story(sentence)}</div>"
    article = extract_article(_page(lang, head, body), FILE_URL)
    assert article.headline == f"{headline} - {section}"


@pytest.mark.parametrize(("lang", "section"), SECTIONS, ids=[lang for lang, _ in SECTIONS])
def test_no_site_cut_keeps_the_segment(lang: str, section: str) -> None:
    """Without a site's name cut off, a last segment is the headline's own ("… - Sport")."""
    _, headline, sentence = next(s for s in STORIES if s[0] == lang)
    head = f"<title>{headline} - {section}</title>"
    body = _menu("Home", "Kontakt") + f"<div class='z3'>{_story(sentence)}</div>"
    article = extract_article(_page(lang, head, body), FILE_URL)
    assert article.headline == f"{headline} - {section}"


def test_title_part_shown_only_as_a_menu_link_is_no_headline() -> None:
    """A title with no shown twin and no site cut ("Headline - Section"): the part the page
    shows first is the section's menu link; a link is passed over and the headline's own
    block is taken."""
    lang, headline, sentence = STORIES[1]
    head = f"<title>{headline} - Landkreis München</title>"
    body = _menu("Home", "Landkreis München") + f"<div class='z3'><h2>{headline}</h2>{_story(sentence)}</div>"
    article = extract_article(_page(lang, head, body), FILE_URL)
    assert article.headline == headline


@pytest.mark.parametrize(("lang", "headline", "sentence"), STORIES, ids=IDS)
def test_a_blog_posts_linked_title_is_its_headline(lang: str, headline: str, sentence: str) -> None:
    """ "Blog » Archive » Post": the blog's name is a logo heading linked to the home page, the
    post's title a heading linked to the post. The linked heading is shown as the title; the
    logo is not (nor a menu link with the blog's name)."""
    head = f"<title>Ferry Blog » Archiv » {headline}</title>"
    body = (
        _menu("Ferry Blog", "Kontakt")
        + "<div class='b1'><h1 class='b2'><a href='/'>Ferry Blog</a></h1></div>"
        + f"<div class='z3'><h2 class='z4'><a href='/2024/05/p/'>{headline}</a></h2>{_story(sentence)}</div>"
    )
    article = extract_article(_page(lang, head, body), FILE_URL)
    assert article.headline == headline
