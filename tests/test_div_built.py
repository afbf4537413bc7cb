"""Pages built of divs (no <article>, <header>, <nav>, <figure>): the headline's element, the
standfirst, the authors and the captions are read from what any site shares, not from the
HTML5 sectioning tags. Each page is written for the test, with opaque class names."""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import html as lxml_html

from newscrawl.extract.images.beside import page_captions
from newscrawl.extract.meta.description import _wraps_meta_line
from newscrawl.extract.meta.headline import in_breadcrumb
from newscrawl.extract.meta.metadata import Metadata, extract_metadata
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit


def _ld(obj: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _meta(head: str, body: str, lang: str = "en") -> Metadata:
    """The page's metadata, read as the pipeline reads it (with the pictures' captions)."""
    page = parse_page(
        f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>',
        "https://news.example.org/story/1",
    )
    return extract_metadata(page, frozenset(caption for _, caption in page_captions(page)))


def _story(sentence: str, n: int = 4) -> str:
    return "".join(f"<p class='x9'>{sentence} ({i})</p>" for i in range(n))


# ------------------------------------------------------------------ a breadcrumb's last item

# (language, headline, the h1 as shown, dek, meta description (an SEO rewrite), story sentence)
BREADCRUMB_PAGES = [
    (
        "de",
        "Neue Brücke: Stadt plant den Bau bis 2027",
        "Neue Brücke : Stadt plant den Bau bis 2027",
        "Die Stadt will die alte Brücke über den Fluss ersetzen. Der Rat entscheidet im Mai darüber.",
        "Was die neue Brücke kostet und wann sie fertig wird.",
        "Der Bau soll im Frühjahr beginnen, sagte die Bürgermeisterin am Dienstag im Rathaus",
    ),
    (
        "fr",
        "Nouveau pont : la ville prévoit les travaux pour 2027",
        "Nouveau pont: la ville prévoit les travaux pour 2027",
        "La ville veut remplacer le vieux pont sur la rivière. Le conseil se prononcera en mai.",
        "Ce que coûtera le nouveau pont et quand il sera prêt.",
        "Les travaux doivent commencer au printemps, a déclaré la maire mardi à la mairie",
    ),
    (
        "en",
        "New bridge: city plans the works for 2027",
        "New bridge : city plans the works for 2027",
        "The city wants to replace the old bridge over the river. The council decides in May.",
        "What the new bridge costs and when it will be ready.",
        "Works should begin in the spring, the mayor said on Tuesday at the town hall",
    ),
]


def _crumbs(headline: str, marked: bool) -> str:
    mark = ' typeof="BreadcrumbList" vocab="http://schema.org/"' if marked else ""
    items = "".join(
        f"<li class='c1'><a class='c2' href='{href}'>{name}</a></li>"
        for href, name in (("/", "Home"), ("/city/", "City"), ("/city/traffic/", "Traffic"))
    )
    return (
        f"<div class='c0'><ol class='c3'{mark}>{items}<li class='c1'><span>{headline}</span></li></ol></div>"
    )


@pytest.mark.parametrize("marked", [False, True], ids=["plain-list", "schema-org"])
@pytest.mark.parametrize("case", BREADCRUMB_PAGES, ids=[case[0] for case in BREADCRUMB_PAGES])
def test_a_breadcrumbs_last_item_is_not_the_headlines_element(
    case: tuple[str, str, str, str, str, str], marked: bool
) -> None:
    lang, headline, shown, dek, declared, sentence = case
    head = (
        _ld({"@type": "NewsArticle", "headline": headline})
        + f'<meta name="description" content="{declared}">'
    )
    # The trail under the story (as some sites set it, above their footer): read after it,
    # nothing is a standfirst.
    body = (
        f"<div class='c4'><div class='c5'><h1 class='c6'>{shown}</h1>"
        + f"<div class='c7'><p>{dek}</p></div></div>"
        + "<div class='c8'>12.03.2024</div>"
        + _story(sentence)
        + "</div>"
        + _crumbs(headline, marked)
    )
    meta = _meta(head, body, lang)
    assert meta.headline == headline
    assert meta.description == dek  # read after the h1, not after the breadcrumb
    assert meta.provenance["description"] == "h1-next"


def test_a_breadcrumb_needs_a_trail_of_links_from_the_home_page() -> None:
    page = parse_page(
        "<html><body>"
        "<ol><li><a href='/'>Home</a></li><li><a href='/a/'>World</a></li><li><h1 id='t'>Title</h1></li></ol>"
        "<ul><li><a href='/x/'>Step one</a></li><li><h1 id='u'>Not a trail</h1></li></ul>"
        "<ol><li>Mix the flour</li><li><h1 id='v'>Bake it</h1></li></ol>"
        "</body></html>"
    )
    assert in_breadcrumb(page.tree.get_element_by_id("t"))
    assert not in_breadcrumb(page.tree.get_element_by_id("u"))  # the first link is no home page
    assert not in_breadcrumb(page.tree.get_element_by_id("v"))  # a numbered list of steps


@pytest.mark.parametrize("section", ["Nachrichten", "Actualités", "News"], ids=["de", "fr", "en"])
def test_a_trail_may_draw_its_home_link_as_an_icon_and_its_separators_as_items(section: str) -> None:
    """The home crumb shows no text (an icon), and "|" or an angle quote stand in items of their own: still a
    trail. An item of text that is no link, or a first link with words, is none."""
    icon = "<a href='/'><svg viewBox='0 0 12 12'><path d='M1 1'></path></svg></a>"
    page = parse_page(
        "<html><body>"
        f"<ul><li>{icon}</li><li>|</li><li><a href='/n/'>{section}</a></li><li>\u203a</li>"
        "<li><h1 id='t'>Title</h1></li></ul>"
        f"<ul><li>{icon}</li><li><a href='/n/'>{section}</a></li><li><h1 id='w'>Title</h1></li></ul>"
        f"<ul><li>{icon}</li><li>{section} today</li><li><h1 id='u'>Not a trail</h1></li></ul>"
        f"<ul><li><a href='/x/'>{section}</a></li><li>|</li><li><h1 id='v'>Not a trail</h1></li></ul>"
        "</body></html>"
    )
    assert in_breadcrumb(page.tree.get_element_by_id("t"))
    assert in_breadcrumb(page.tree.get_element_by_id("w"))
    assert not in_breadcrumb(page.tree.get_element_by_id("u"))  # a crumb that is no link
    assert not in_breadcrumb(page.tree.get_element_by_id("v"))  # the first link is no home page


# -------------------------------------------------- a display title without <article> / h1


@pytest.mark.parametrize(
    ("lang", "title", "date", "dek", "byline"),
    [
        (
            "de",
            "Kreis und quer: Fleißige Radler",
            "28. April 2023, 19:50 Uhr",
            "Zwei Ranglisten lassen wieder tief blicken.",
            "Von Lars Berger",
        ),
        (
            "es",
            "Ciudad y barrio: ciclistas aplicados",
            "28 de abril de 2023",
            "Dos clasificaciones vuelven a decir mucho del barrio.",
            "Por Lucía Pérez",
        ),
        (
            "en",
            "Around town: busy cyclists",
            "April 28, 2023",
            "Two rankings once again tell us a great deal about the town.",
            "By Jane Doe",
        ),
    ],
)
def test_a_display_title_is_the_first_heading_over_a_date_line(
    lang: str, title: str, date: str, dek: str, byline: str
) -> None:
    """No h1 shows the declared headline, and no <article> holds the story: the story's
    title is the first h2 with a date line under it (not a site heading above it)."""
    head = _ld({"@type": "NewsArticle", "headline": "The declared SEO headline of this story, worded apart"})
    body = (
        "<div class='s1'><h2 class='s2'>Newsletter</h2><p>Sign up today</p></div>"
        + f"<div class='a1'><div class='a2'><h2 class='a3'>{title}</h2><div class='a4'>{date}</div></div>"
        + f"<div class='a5'>{dek}</div><p class='a6'>{byline}</p>"
        + _story("A paragraph of the story itself, long enough to read as the body's prose")
        + "</div>"
    )
    assert _meta(head, body, lang).description == dek


# ------------------------------------------------------ a caption div under the lead picture


@pytest.mark.parametrize(
    ("lang", "caption", "credit", "dek"),
    [
        (
            "de",
            "Der Stürmer will abziehen, ein Verteidiger bedrängt ihn",
            "Foto: Getty Images",
            "Es war bereits sein zwölfter Einsatz in der Liga. Eingewechselt, traf er die Latte.",
        ),
        (
            "nb",
            "Her tror hun at finaleplassen glipper",
            "Foto: NTB",
            "Kvalifiseringen ble dramatisk for den norske stavspranghopperen. Så kom vendingen.",
        ),
        (
            "en",
            "The striker shoots as a defender closes in",
            "Photo: Getty Images",
            "It was already his twelfth game in the league. Brought on after 67 minutes, he hit the bar.",
        ),
    ],
)
def test_a_caption_set_as_divs_under_the_lead_picture_is_no_standfirst(
    lang: str, caption: str, credit: str, dek: str
) -> None:
    head = _ld({"@type": "NewsArticle", "headline": "Headline of the story", "description": dek})
    body = (
        "<div class='m1'><h1 class='m2'>Headline of the story</h1>"
        + "<div class='m3'><div class='m4'><img src='/lead.jpg'></div>"
        + f"<div class='m5'><p>{caption}</p><div class='m6'>{credit}</div></div></div>"
        + "<div class='m7'>By Jane Doe</div>"
        + f"<p class='m8'>{dek}</p>"
        + _story("Another paragraph of the story about the match, long enough to be prose")
        + "</div>"
    )
    meta = _meta(head, body, lang)
    assert meta.description == dek
    assert meta.provenance["description"] == "h1-next"


# ---------------------------------------------------------------- authors without <article>


def _card(title: str, name: str) -> str:
    return (
        f"<div class='k1'><h3 class='k2'><a href='/other/{len(title)}'>{title}</a></h3>"
        f"<div class='k3'><a rel='author' href='/author/{name[:4]}'>{name}</a></div></div>"
    )


@pytest.mark.parametrize(
    ("lang", "author", "others"),
    [
        ("nb", "Kari Nordmann", ["Ola Hansen", "Per Olsen"]),
        ("en", "Jane Doe", ["John Roe", "Mary Major"]),
        ("pt", "Joana Silva", ["Pedro Costa", "Ana Sousa"]),
    ],
)
def test_other_stories_bylines_do_not_join_the_declared_author(
    lang: str, author: str, others: list[str]
) -> None:
    head = _ld(
        {
            "@type": "NewsArticle",
            "headline": "Headline of the story",
            "author": {"@type": "Person", "name": author},
        }
    )
    body = (
        "<div class='p1'><h1 class='p2'>Headline of the story</h1>"
        + f"<div class='p3'><a rel='author' href='/author/x'>{author}</a></div>"
        + _story("A paragraph of the story, long enough to be read as prose by the reader")
        + "</div><div class='p4'>"
        + "".join(_card(f"Another story number {i}", name) for i, name in enumerate(others))
        + "</div>"
    )
    assert _meta(head, body, lang).authors == [author]


def test_co_authors_named_beside_the_declared_one_are_kept() -> None:
    head = _ld({"@type": "NewsArticle", "headline": "Headline of the story", "author": "Jane Doe"})
    body = (
        "<div class='p1'><h1 class='p2'>Headline of the story</h1>"
        + "<div class='p3'><span>By </span><a rel='author' href='/author/jane'>Jane Doe</a>"
        + "<span> and </span><a rel='author' href='/author/john'>John Roe</a></div>"
        + _story("A paragraph of the story, long enough to be read as prose by the reader")
        + "</div><div class='p4'>"
        + _card("Another story", "Mary Major")
        + "</div>"
    )
    assert _meta(head, body).authors == ["Jane Doe", "John Roe"]


# ----------------------------------------- a dek without its full stop, under the headline

# (language, headline, dek (one sentence, no full stop), SEO description, byline, story sentence)
OPEN_DEK_PAGES = [
    (
        "en",
        "Ends recession debate: economists weigh in on the jobs numbers",
        "Beyond the optimistic headlines, some economists argue that the economy is barely scraping by",
        "Here is what economists had to say about the latest data. Read on.",
        "By Jane Doe",
        "The report should ease worries about the economy after the weak quarter, the bank said",
    ),
    (
        "de",
        "Neue Brücke: Stadt plant den Bau bis 2027",
        "Die Stadt will die alte Brücke ersetzen, doch im Rat regt sich Widerstand gegen die Kosten",
        "Was die neue Brücke kostet und wann sie fertig wird.",
        "Von Lars Berger",
        "Der Bau soll im Frühjahr beginnen, sagte die Bürgermeisterin am Dienstag im Rathaus",
    ),
    (
        "es",
        "Nuevo puente: la ciudad prevé las obras para 2027",
        "La ciudad quiere sustituir el viejo puente, pero en el concejo crecen las dudas sobre el coste",
        "Lo que costará el nuevo puente y cuándo estará listo.",
        "Por Lucía Pérez",
        "Las obras deben empezar en primavera, dijo la alcaldesa el martes en el ayuntamiento",
    ),
]


def _open_dek_page(headline: str, first: str, declared: str, byline: str, sentence: str) -> str:
    return (
        f"<div class='q1'><div class='q2'><h1 class='q3'>{headline}</h1>"
        f"<div class='q4'>{first}</div><div class='q5'>{byline}</div>"
        "<div class='q6'>12.03.2024</div></div>" + _story(sentence) + "</div>"
    )


@pytest.mark.parametrize("case", OPEN_DEK_PAGES, ids=[case[0] for case in OPEN_DEK_PAGES])
def test_a_dek_without_its_full_stop_right_under_the_headline_is_the_description(
    case: tuple[str, str, str, str, str, str],
) -> None:
    lang, headline, dek, declared, byline, sentence = case
    head = f'<meta name="description" content="{declared}">'
    meta = _meta(head, _open_dek_page(headline, dek, declared, byline, sentence), lang)
    assert meta.description == dek
    assert meta.provenance["description"] == "h1-next"


@pytest.mark.parametrize(
    "first",
    [
        # a byline run together with its relative time and reading time
        "Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas Tiempo de lectura: 8 minutos",
        "Jane Doe and John Roe, our reporters in the city 13 hours ago 5 min read",
        # a list of key points
        "<ul><li>The city wants to replace the bridge over the river</li>"
        "<li>The council is divided over what the new one would cost</li></ul>",
        # a label for what follows
        "What the members of the council said about the bridge in the meeting on Tuesday:",
        # too long for one line of dek: the page's text, not its summary
        " ".join(["The works should begin in the spring and last for two years"] * 6),
    ],
    ids=["byline-times-es", "byline-times-en", "key-points", "label", "long"],
)
def test_an_unpunctuated_first_line_that_is_no_dek_leaves_the_declared_description(first: str) -> None:
    headline, _, declared, byline, sentence = OPEN_DEK_PAGES[0][1:]
    meta = _meta(
        f'<meta name="description" content="{declared}">',
        _open_dek_page(headline, first, declared, byline, sentence),
    )
    assert meta.description == declared


def test_an_unpunctuated_line_under_a_first_block_is_no_dek() -> None:
    """Only the line right under the headline: one further down may be any label or teaser."""
    headline, dek, declared, byline, sentence = OPEN_DEK_PAGES[0][1:]
    first = "<div class='q7'>Markets</div>"
    body = _open_dek_page(headline, first + f"</div><div class='q4'>{dek}", declared, byline, sentence)
    meta = _meta(f'<meta name="description" content="{declared}">', body)
    assert meta.description == declared


# ------------------------------------- the header's box: the dek, then its byline and date

# (language, headline, dek, byline, date line, story sentence)
HEADER_BOX_PAGES = [
    (
        "en",
        "City plans a new bridge over the river",
        "The council wants to replace the old bridge over the river by 2027. The works would cost "
        "40 million and close the road for a year.",
        "Jane Doe",
        "March 12, 2024",
        "The works should begin in the spring, the mayor said on Tuesday at the town hall",
    ),
    (
        "de",
        "Stadt plant eine neue Brücke über den Fluss",
        "Der Rat will die alte Brücke über den Fluss bis 2027 ersetzen. Die Arbeiten kosten "
        "40 Millionen und sperren die Straße für ein Jahr.",
        "Von Lars Berger",
        "12. März 2024",
        "Der Bau soll im Frühjahr beginnen, sagte die Bürgermeisterin am Dienstag im Rathaus",
    ),
    (
        "fr",
        "La ville prévoit un nouveau pont sur la rivière",
        "Le conseil veut remplacer le vieux pont sur la rivière d'ici 2027. Les travaux coûteraient "
        "40 millions et fermeraient la route pendant un an.",
        "Par Marie Dupont",
        "12 mars 2024",
        "Les travaux doivent commencer au printemps, a déclaré la maire mardi à la mairie",
    ),
]


@pytest.mark.parametrize("dek_first", [True, False], ids=["dek-then-byline", "byline-then-dek"])
@pytest.mark.parametrize("case", HEADER_BOX_PAGES, ids=[case[0] for case in HEADER_BOX_PAGES])
def test_a_dek_in_one_box_with_the_byline_does_not_run_on_into_it(
    case: tuple[str, str, str, str, str, str], dek_first: bool
) -> None:
    lang, headline, dek, byline, date, sentence = case
    dek_div = f"<div class='k2'>{dek}</div>"
    meta_divs = f"<div class='k3'>{date}</div><span class='k4'>{byline}</span>"
    box = dek_div + meta_divs if dek_first else meta_divs + dek_div
    body = (
        f"<div class='k0'><h1 class='k9'>{headline}</h1><div class='k1'>{box}</div>"
        + _story(sentence)
        + "</div>"
    )
    meta = _meta(f'<meta name="description" content="{dek}">', body, lang)
    assert meta.description == dek
    assert byline not in (meta.description or "") and date not in (meta.description or "")


def test_a_date_inside_the_deks_sentence_does_not_split_its_box() -> None:
    box = lxml_html.fromstring(
        "<div><span>On</span> <time>March 12, 2024</time> "
        "<span>the council voted to replace the bridge.</span></div>"
    )
    text = "On March 12, 2024 the council voted to replace the bridge."
    following = [(el, el.text_content()) for el in box.iter("span", "time")]
    assert not _wraps_meta_line(box, text, following)


# ------------------------------------------- a dek set as a short heading over the byline

# (language, headline, dek as a heading, SEO description, byline, story sentence)
HEADING_DEK_PAGES = [
    (
        "en",
        "Video shows the rescue of a kidnapped girl",
        "The suspect confessed and the jury took just minutes",
        "A video shows the moment police rescued the girl. Read more here.",
        "By Scott Gordon",
        "The girl was found unharmed in a car park on Monday evening, the police said",
    ),
    (
        "de",
        "Junge Lenker schrotten zwei Sportwagen",
        "Zwei Unfälle in einer Nacht kosten die Lenker ihre Autos",
        "Alles zu den Unfällen der Nacht. Lesen Sie hier mehr.",
        "Von Lars Berger",
        "Der erste Unfall geschah kurz vor Mitternacht auf der Autobahn bei Lenzburg",
    ),
    (
        "es",
        "La ciudad prevé un nuevo puente sobre el río",
        "El concejo quiere sustituir el viejo puente antes de 2027",
        "Lo que costará el nuevo puente y cuándo estará listo.",
        "Por Lucía Pérez",
        "Las obras deben empezar en primavera, dijo la alcaldesa el martes en el ayuntamiento",
    ),
]


def _heading_dek_page(headline: str, second: str, byline: str, sentence: str) -> str:
    return (
        f"<div class='w0'><h1 class='w1'>{headline}</h1>{second}<div class='w3'>{byline}</div>"
        "<div class='w4'>12.03.2024</div>" + _story(sentence) + "</div>"
    )


@pytest.mark.parametrize("case", HEADING_DEK_PAGES, ids=[case[0] for case in HEADING_DEK_PAGES])
def test_a_sentence_set_as_a_heading_over_the_byline_is_the_dek(
    case: tuple[str, str, str, str, str, str],
) -> None:
    lang, headline, dek, declared, byline, sentence = case
    body = _heading_dek_page(headline, f"<h2 class='w2'>{dek}</h2>", byline, sentence)
    meta = _meta(f'<meta name="description" content="{declared}">', body, lang)
    assert meta.description == dek
    assert meta.provenance["description"] == "standfirst"


@pytest.mark.parametrize(
    "second",
    [
        "<h2 class='w2'>Key points</h2>",  # a label, no sentence
        "<h2 class='w2'>Video shows the rescue : of a kidnapped girl</h2>",  # the headline again
        "<h2 class='w2'>What the police said about the rescue on Monday:</h2>",  # a label
    ],
    ids=["label", "headline-again", "colon"],
)
def test_a_heading_over_the_byline_that_is_no_sentence_is_no_dek(second: str) -> None:
    headline, _, declared, byline, sentence = HEADING_DEK_PAGES[0][1:]
    meta = _meta(
        f'<meta name="description" content="{declared}">',
        _heading_dek_page(headline, second, byline, sentence),
    )
    assert meta.description == declared


def test_a_heading_sentence_over_the_story_without_a_byline_is_no_dek() -> None:
    headline, dek, declared, _, sentence = HEADING_DEK_PAGES[0][1:]
    body = (
        f"<div class='w0'><h1 class='w1'>{headline}</h1><h2 class='w2'>{dek}</h2>"
        + _story(sentence)
        + "</div>"
    )
    meta = _meta(f'<meta name="description" content="{declared}">', body)
    assert meta.description == declared


# ------------------------------------------ a dek set apart from the body, after the byline

# (language, headline, byline, dek, SEO description, story sentence)
SET_APART_PAGES = [
    (
        "en",
        "How to grow a lemon tree from seed",
        "By Kate May",
        "Lemon trees are among the easiest fruit trees to grow indoors. All they need is sun and patience.",
        "Learn how to grow a lemon tree with this step-by-step guide!",
        "Start with fresh seeds from an organic lemon and rinse them well before you plant them",
    ),
    (
        "de",
        "Kondenswasser am Fenster verhindern",
        "Von Diane Buckstegge",
        "In vielen Gebäuden sammelt sich im Winter Wasser an den Fenstern. Das ist zunächst kein Problem.",
        "Mit einfachen Mitteln lässt sich Kondenswasser verhindern. Lesen Sie unsere Tipps.",
        "Kondenswasser entsteht, weil die Scheiben kälter sind als die feuchte Luft im Raum davor",
    ),
    (
        "es",
        "Cómo cultivar un limonero a partir de una semilla",
        "Por Lucía Pérez",
        "Los limoneros se cultivan con facilidad en casa. Solo necesitan sol, buena tierra y paciencia.",
        "Aprende a cultivar un limonero con esta guía paso a paso.",
        "Empieza con semillas frescas de un limón ecológico y lávalas bien antes de plantarlas",
    ),
]


def _set_apart_page(headline: str, byline: str, dek_box: str, story: str) -> str:
    return (
        f"<div class='s0'><h1 class='s1'>{headline}</h1><div class='s2'>{byline}</div>"
        f"<div class='s3'>12.03.2024</div>{dek_box}{story}</div>"
    )


@pytest.mark.parametrize("case", SET_APART_PAGES, ids=[case[0] for case in SET_APART_PAGES])
def test_a_dek_in_its_own_box_before_the_storys_paragraphs_is_the_description(
    case: tuple[str, str, str, str, str, str],
) -> None:
    lang, headline, byline, dek, declared, sentence = case
    story = f"<div class='s5'>{_story(sentence)}</div>"
    body = _set_apart_page(headline, byline, f"<div class='s4'><p>{dek}</p></div>", story)
    meta = _meta(f'<meta name="description" content="{declared}">', body, lang)
    assert meta.description == dek
    assert meta.provenance["description"] == "h1-next"


@pytest.mark.parametrize("case", SET_APART_PAGES, ids=[case[0] for case in SET_APART_PAGES])
def test_the_storys_first_paragraph_is_no_dek(case: tuple[str, str, str, str, str, str]) -> None:
    """In the box of the story's paragraphs, or each paragraph in a box of its own: no set-apart dek."""
    lang, headline, byline, dek, declared, sentence = case
    head = f'<meta name="description" content="{declared}">'
    same_box = f"<div class='s5'><p>{dek}</p>{_story(sentence)}</div>"
    assert _meta(head, _set_apart_page(headline, byline, "", same_box), lang).description == declared
    own_boxes = "".join(f"<div class='s6'><p>{sentence} ({i})</p></div>" for i in range(4))
    page = _set_apart_page(headline, byline, f"<div class='s4'><p>{dek}</p></div>", own_boxes)
    assert _meta(head, page, lang).description == declared


def test_a_sign_up_box_under_the_byline_is_no_dek() -> None:
    headline, byline, _, declared, sentence = SET_APART_PAGES[0][1:]
    box = (
        "<div class='s4'>Never miss a story <label>Email address</label><input type='email'> By submitting "
        "your information, you agree to receive our newsletter in accordance with our terms.</div>"
    )
    page = _set_apart_page(headline, byline, box, f"<div class='s5'>{_story(sentence)}</div>")
    meta = _meta(f'<meta name="description" content="{declared}">', page)
    assert meta.description == declared
