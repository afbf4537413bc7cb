"""Rows of other stories' teasers found by their links (``body/leaks.py``), whatever the page's
class names: hashed (CSS-in-JS) or in another language. A ticker above the story, a sidebar's
cards, the blog's next posts go; the story's own paragraphs with links in them, a listicle
headed by links, a list of sources on other sites and a name's pop-up card in a paragraph stay."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.leaks import teaser_rows
from newscrawl.extract.body.prepare import TEASERS, prepare
from newscrawl.extract.body.stories import page_addresses
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules
from tests.bridge import PROSE

SITE = "https://news.example.org"


def _story(sentences: list[str]) -> str:
    return "".join(f"<p>{sentence}</p>" for sentence in sentences)


def _page(headline: str, story: str, before: str = "", after: str = "", url: str = "") -> str:
    """A page whose every class is hashed: nothing names the story's container or the boxes."""
    return (
        f"<html><head><title>{headline}</title>"
        f"<link rel='canonical' href='{url}'></head><body class='c1a2b3'>"
        f"<div class='c9f8e7'>{before}</div>"
        f"<div class='c4d5e6'><div class='c7a8b9'><h1 class='c0f1e2'>{headline}</h1>"
        f"<div class='c3c4c5'>{story}</div></div>{after}</div></body></html>"
    )


def _text(html_text: str, url: str) -> str:
    return extract_article(html_text, url).text or ""


EN_URL = f"{SITE}/2024/05/harbour-ferry-returns"
EN_STORY = _story(
    [
        f"The harbour ferry returned to service on Monday after a winter of repairs, part {i} of the "
        "story, with the crew and the town council speaking about the new timetable."
        for i in range(5)
    ]
)


def _ticker(items: list[tuple[str, str, str]]) -> str:
    return (
        "<div class='cc11d2'><div class='cc22d3'><b>Breaking news</b></div><div class='cc33d4'><ul>"
        + "".join(
            f"<li><a href='{SITE}/2024/05/{path}'>{title}</a><span>{summary}</span></li>"
            for path, title, summary in items
        )
        + "</ul></div></div>"
    )


EN_TICKER = _ticker(
    [
        ("council-budget", "Council agrees the budget for the coming year", "The council voted on ..."),
        ("school-roof", "School roof to be replaced over the summer", "Pupils will move to ..."),
        ("harbour-ferry-returns", "Harbour ferry returns after winter repairs", "The ferry is back ..."),
        ("market-square", "Market square reopens with new paving stones", "Traders welcomed ..."),
        ("library-hours", "Library opening hours extended on Saturdays", "Readers asked for ..."),
    ]
)


def test_a_ticker_of_other_stories_above_the_story_goes() -> None:
    body = _text(_page("Harbour ferry returns", EN_STORY, before=EN_TICKER, url=EN_URL), EN_URL)
    assert "part 0 of the story" in body and "part 4 of the story" in body
    assert "Council agrees the budget" not in body and "Traders welcomed" not in body
    assert "School roof" not in body and "Breaking news" not in body


def test_prepare_records_the_row_under_its_rule() -> None:
    page = parse_page(_page("Harbour ferry returns", EN_STORY, before=EN_TICKER, url=EN_URL), EN_URL)
    rows = [record for record in prepare(page, ExtractRules()).pruned if record.rule == TEASERS]
    assert len(rows) == 1 and "Breaking news" in rows[0].text and "Library opening hours" in rows[0].text


DE_URL = f"{SITE}/lokales/2024/fahrradweg-am-fluss"
DE_STORY = _story(
    [
        f"Der neue Radweg am Fluss wird im Herbst eröffnet, Absatz {i} der Geschichte, und die "
        "Stadt rechnet mit vielen Pendlern, die morgens in die Innenstadt fahren."
        for i in range(5)
    ]
)


def _card(path: str, title: str, summary: str) -> str:
    """A sidebar's card: a picture and a title linked to the story, a summary, a date."""
    return (
        f"<div class='cq1'><div class='cq2'><a href='/lokales/2024/{path}'><img src='/b/{path}.jpg' alt=''>"
        f"</a></div><div class='cq3'><a href='/lokales/2024/{path}'><h5>{title}</h5></a>"
        f"<p>{summary}</p><span>12.05.2024</span></div></div>"
    )


DE_SIDEBAR = (
    "<aside class='cz9'><p class='cz8'>Meistgelesen</p><div class='cz7'>"
    + _card(
        "hallenbad", "Hallenbad bleibt bis August geschlossen", "Die Sanierung dauert länger als geplant."
    )
    + _card("wochenmarkt", "Wochenmarkt zieht auf den Rathausplatz", "Händler freuen sich über mehr Platz.")
    + _card("stadtfest", "Stadtfest mit neuem Programm im Juni", "Drei Bühnen und ein Kinderfest.")
    + "</div></aside>"
)


def test_a_sidebar_of_cards_with_its_title_goes_german() -> None:
    body = _text(_page("Radweg am Fluss", DE_STORY, after=DE_SIDEBAR, url=DE_URL), DE_URL)
    assert "Absatz 0 der Geschichte" in body and "Absatz 4 der Geschichte" in body
    assert "Die Sanierung dauert länger" not in body and "Drei Bühnen" not in body
    assert "Meistgelesen" not in body


FR_URL = f"{SITE}/blog/2024/04/la-bibliotheque-rouvre"
FR_STORY = _story(
    [
        f"La bibliothèque municipale rouvre ses portes après deux ans de travaux, paragraphe {i} de "
        "l'article, avec une nouvelle salle de lecture et des horaires élargis le samedi."
        for i in range(5)
    ]
)


def _next_post(path: str, title: str, excerpt: str) -> str:
    """The blog's next post, each in wrappers of its own (a theme's pagination)."""
    return (
        f"<div class='cw1'><div class='cw2'><article class='cw3 c-{path}'>"
        f"<h2><a href='{SITE}/blog/{path}/'>"
        f"{title}</a></h2><p>12 avril 2024 | <a href='{SITE}/categorie/culture/'>Culture</a></p>"
        f"<div><p>{excerpt}</p></div></article></div></div>"
    )


FR_NEXT = (
    "<div class='cv1'>"
    + _next_post("le-theatre", "Le théâtre prépare sa nouvelle saison", "Douze spectacles sont annoncés.")
    + _next_post("le-marche", "Le marché du samedi change de place", "Les commerçants sont satisfaits.")
    + _next_post("la-piscine", "La piscine ferme pour l'été prochain", "Les travaux commencent en juin.")
    + "</div>"
)


def test_the_next_posts_of_a_blog_go_french() -> None:
    body = _text(_page("La bibliothèque rouvre", FR_STORY, after=FR_NEXT, url=FR_URL), FR_URL)
    assert "paragraphe 0 de l'article" in body and "paragraphe 4 de l'article" in body
    assert "Douze spectacles" not in body and "Les travaux commencent" not in body


ES_URL = f"{SITE}/2024/03/el-puerto-amplia-el-muelle"
ES_LINKED = (
    "<p>Las obras siguen a <a href='/2023/11/el-puerto-presenta-su-plan'>el plan que el puerto presentó en "
    "noviembre</a>, a <a href='/2023/12/la-ciudad-aprueba-el-presupuesto'>el presupuesto que aprobó la "
    "ciudad en diciembre</a> y a <a href='/2024/01/los-pescadores-piden-mas-espacio'>la petición de los "
    "pescadores de más espacio</a>, y terminarán en verano.</p>"
)
ES_STORY = _story(
    [
        f"El puerto amplía el muelle norte, párrafo {i} de la noticia, para recibir barcos más grandes."
        for i in range(3)
    ]
)


def test_a_story_paragraph_linking_three_other_stories_stays_spanish() -> None:
    body = _text(_page("El puerto amplía el muelle", ES_STORY + ES_LINKED, url=ES_URL), ES_URL)
    assert "el plan que el puerto presentó" in body and "la petición de los pescadores" in body
    assert "terminarán en verano" in body


IT_URL = f"{SITE}/2024/06/cinque-trattorie-del-centro"


def _item(path: str, name: str) -> str:
    return (
        f"<h3><a href='/locali/{path}'>{name} nel cuore del centro storico</a></h3>"
        f"<p>Da {name} si mangia la pasta fatta in casa ogni giorno, con un menù che cambia ogni "
        "settimana e un cortile aperto nelle sere d'estate, a pochi passi dalla piazza.</p>"
    )


def test_a_listicle_headed_by_links_stays_italian() -> None:
    story = "<p>Abbiamo provato cinque trattorie del centro per questa guida.</p>" + "".join(
        _item(path, name)
        for path, name in (("da-mario", "Mario"), ("da-gino", "Gino"), ("da-rosa", "Rosa"), ("da-lia", "Lia"))
    )
    body = _text(_page("Cinque trattorie del centro", story, url=IT_URL), IT_URL)
    assert "Da Mario si mangia" in body and "Da Lia si mangia" in body and "Da Gino si mangia" in body


NL_URL = f"{SITE}/2024/02/de-brug-gaat-dicht"


NL_SOURCES = (
    "<p>Bronnen bij dit artikel:</p><ul>"
    "<li><a href='https://rws.example.nl/rapport'>Het rapport over de staat van de brug</a></li>"
    "<li><a href='https://gem.example.nl/besluit'>Het besluit van de gemeente over de afsluiting</a></li>"
    "<li><a href='https://prov.example.nl/omleidingen'>De omleidingen voor fietsers en voetgangers</a></li>"
    "</ul>"
)
NL_CARD = (
    "<span class='cp1'><a href='/mensen/anna-de-vries'>Anna de Vries</a><span class='cp2'>"
    "<a href='/2024/01/wethouder-over-de-brug'>Wethouder spreekt over de toekomst van de brug</a>"
    "<a href='/2024/01/wethouder-over-de-haven'>Wethouder wil de haven vernieuwen</a>"
    "<a href='/2023/12/wethouder-over-fietsen'>Wethouder zet in op meer fietspaden</a></span></span>"
)
NL_STORY = (
    _story(
        [
            f"De brug over de rivier gaat in maart dicht voor onderhoud, alinea {i} van het bericht."
            for i in range(3)
        ]
    )
    + f"<p>Volgens wethouder {NL_CARD} duurt het werk drie maanden.</p>"
)


def test_sources_on_other_sites_and_a_names_pop_up_card_stay_dutch() -> None:
    page = parse_page(_page("De brug gaat dicht", NL_STORY + NL_SOURCES, url=NL_URL), NL_URL)
    urls, hosts = page_addresses(page)
    rows = teaser_rows(page.tree, urls, hosts)
    assert len(rows) == 1 and rows[0].text_content().startswith("Wethouder spreekt")  # the card alone
    body = _text(_page("De brug gaat dicht", NL_STORY, url=NL_URL), NL_URL)
    assert "Anna de Vries" in body and "duurt het werk drie maanden" in body


def _tab(label: str, cards: list[tuple[str, str]]) -> str:
    """A tab of a "latest" box: its label over its row of cards (a title linked to the story, its
    kind and date)."""
    row = "".join(
        f"<div class='ct4'><a href='{SITE}/articles/{path}'><img src='/i/{path}.jpg' alt=''>"
        f"<h3>{title}</h3><p><span>News</span> <span>14 JAN 20</span></p></a></div>"
        for path, title in cards
    )
    return (
        f"<div class='ct2'><p class='ct3'>{label}</p>"
        f"<div class='ct5'><div class='ct6'>{row}</div></div></div>"
    )


EN_TABS = (
    "<div class='ct0'><div role='tablist'><p class='ct1'>Latest on:</p><div class='ct7'>"
    + _tab(
        "Harbours",
        [
            ("fight-over-pier", "How the fight over a new pier could change the harbour"),
            ("lighthouse-keepers", "The last lighthouse keepers tell their story"),
            ("tides-record", "Record tides flood the quay for the third time"),
        ],
    )
    + _tab(
        "Shipping",
        [
            ("container-port", "Container port plans face new objections from residents"),
            ("ferry-strike", "Ferry crews call off the strike after a late offer"),
            ("cargo-drones", "Cargo drones tested between the islands this summer"),
        ],
    )
    + "</div></div></div>"
)


def test_a_box_of_tabbed_rows_goes_with_its_title_and_labels() -> None:
    """Two rows side by side, each under its tab's label, in one box with its title: the box
    goes whole (each row alone would leave the title and the labels)."""
    body = _text(_page("Harbour ferry returns", EN_STORY, after=EN_TABS, url=EN_URL), EN_URL)
    assert "part 0 of the story" in body and "part 4 of the story" in body
    assert "Latest on" not in body and "Shipping" not in body and "lighthouse keepers" not in body
    page = parse_page(_page("Harbour ferry returns", EN_STORY, after=EN_TABS, url=EN_URL), EN_URL)
    urls, hosts = page_addresses(page)
    rows = teaser_rows(page.tree, urls, hosts)
    assert [row.get("class") for row in rows] == ["ct0"]


def test_a_block_with_more_text_than_a_title_beside_the_rows_stays() -> None:
    """The rows' box grows no further than the block that holds more than a box's title besides
    them (a paragraph of text): the rows go, as one box, and the block with its text stays."""
    words = "<p>" + "Harbour news in brief, from the quay and the islands. " * 4 + "</p>"
    page = parse_page(
        _page(
            "Harbour ferry returns",
            EN_STORY,
            after=EN_TABS.replace("<p class='ct1'>Latest on:</p>", words),
            url=EN_URL,
        ),
        EN_URL,
    )
    urls, hosts = page_addresses(page)
    rows = teaser_rows(page.tree, urls, hosts)
    assert [row.get("class") for row in rows] == ["ct7"]


def test_two_cards_are_no_row_and_short_menu_links_are_no_cards() -> None:
    two = (
        "<ul><li><a href='/2024/05/council-budget'>Council agrees the budget for the year</a> More soon.</li>"
        "<li><a href='/2024/05/roof'>School roof to be replaced over the summer</a> More soon.</li></ul>"
    )
    menu = "<ul><li><a href='/news/local'>Local</a></li><li><a href='/news/sport'>Sport</a></li>" + (
        "<li><a href='/news/arts'>Arts</a></li><li><a href='/news/jobs'>Jobs</a></li></ul>"
    )
    page = parse_page(_page("Harbour ferry returns", EN_STORY, before=two + menu, url=EN_URL), EN_URL)
    urls, hosts = page_addresses(page)
    assert teaser_rows(page.tree, urls, hosts) == []


def test_an_author_box_titled_with_the_authors_name_goes_german() -> None:
    url = f"{SITE}/blog/2024/digitale-akte"
    story = _story(
        [
            f"Die digitale Akte kommt in den Praxen an, Absatz {i} des Beitrags, mit Beispielen."
            for i in range(4)
        ]
    )
    box = (
        "<div class='cb1'><h3>Über Erika Muster</h3><p>Als Beraterin verbindet Erika Muster seit 2015 "
        "Marketing und Vertrieb und schreibt über digitale Werkzeuge in der Praxis.</p></div>"
    )
    html_text = _page("Digitale Akte", story, after=box, url=url).replace(
        "<h1 class='c0f1e2'>Digitale Akte</h1>",
        "<h1 class='c0f1e2'>Digitale Akte</h1><p>Von Erika Muster</p>",
    )
    body = _text(html_text, url)
    assert "Absatz 3 des Beitrags" in body
    assert "Als Beraterin verbindet" not in body


@pytest.mark.parametrize(
    ("lines", "sentence"),
    [
        (
            ["You are here:", "Receive our monthly newsletter"],
            "You are here to learn, the mayor told the pupils.",
        ),
        (
            ["Sie sind hier:", "Schlagworte", "Stichwörter"],
            "Sie sind hier, um zu helfen, sagte die Bürgermeisterin.",
        ),
        (["Vous êtes ici :", "Vos réactions"], "Vous êtes ici chez vous, a lancé le maire aux habitants."),
        (["Usted está aquí:"], "Usted está aquí para aprender, dijo el alcalde a los alumnos."),
        (["Sei qui:"], "Sei qui per imparare, ha detto il sindaco agli alunni."),
        (["U bent hier:"], "U bent hier welkom, zei de burgemeester tegen de bewoners."),
    ],
)
def test_interface_lines_alone_go_and_the_same_words_in_a_sentence_stay(
    lines: list[str], sentence: str
) -> None:
    url = f"{SITE}/2024/07/town-hall"
    story = EN_STORY + "".join(f"<p>{line}</p>" for line in lines) + f"<p>{sentence}</p>"
    body = _text(_page("Town hall", story, url=url), url)
    assert "part 4 of the story" in body and sentence in body
    for line in lines:
        assert line not in body.split("\n"), line


def _teaser(path: str, title: str, summary: str, author: str) -> str:
    """A list page's teaser: an author's link, a title linked to the story and a long summary,
    all in a block of the list's one class."""
    return (
        f"<div class='ct1'><a href='/people/{author.lower().replace(' ', '-')}'>{author}</a>"
        f"<h4><a href='/research/{path}'>{title}</a></h4><p>{summary}</p></div>"
    )


def _long_row(titles: list[str], summary: str, author: str) -> str:
    teasers = [_teaser(f"item-{i}", title, f"{summary} ({i})", author) for i, title in enumerate(titles)]
    # One teaser whose title repeats on the author's line too: no card of one page, but shaped as one.
    teasers.append(
        "<div class='ct1'><a href='/people/x'>Zweiter Titel für dieselbe Seite</a>"
        "<h4><a href='/research/other'>Noch ein Beitrag aus dem Forschungsbereich</a></h4>"
        f"<p>{summary}</p></div>"
    )
    return "<div class='cr1'>" + "".join(teasers) + "</div>"


DE_LONG_SUMMARY = (
    "Die Forschungsgruppe untersucht, wie Städte und Gemeinden die Wärmeversorgung ohne fossile "
    "Brennstoffe organisieren können, welche Rolle Bürgerenergie dabei spielt und wie die Kosten "
    "gerecht verteilt werden. Dazu wurden Gespräche mit Verwaltungen, Stadtwerken und Initiativen "
    "in zwölf Regionen geführt und die Ergebnisse in Werkstätten diskutiert, an denen auch "
    "Bürgerinnen und Bürger teilgenommen haben, die selbst in Projekte investiert haben."
)
DE_TITLES = [
    "Wärmewende in kleinen Gemeinden gestalten",
    "Bürgerenergie und die Frage der Beteiligung",
    "Wasserstoff für die Industrie im Osten",
    "Kohleausstieg und der Wandel der Regionen",
    "Windkraft vor Ort und der Widerstand dagegen",
    "Solarstrom auf den Dächern der Schulen",
    "Netze der Zukunft für eine grüne Stadt",
    "Energiearmut und wie man ihr begegnet",
    "Speicher im Keller und im Quartier",
]


def test_a_long_row_of_teasers_with_long_summaries_goes_german() -> None:
    url = f"{SITE}/research/energiewende"
    assert len(DE_LONG_SUMMARY) > 400  # longer than a card's summary in a short row
    row = _long_row(DE_TITLES, DE_LONG_SUMMARY, "Erika Muster")
    story = DE_STORY + DE_STORY.replace("Absatz", "Teil")
    body = _text(_page("Energiewende", story, after=row, url=url), url)
    assert "Absatz 0 der Geschichte" in body and "Teil 4 der Geschichte" in body
    assert "Die Forschungsgruppe untersucht" not in body and "Speicher im Keller" not in body


def test_a_short_row_keeps_its_limit_on_a_cards_summary_english() -> None:
    url = f"{SITE}/2024/05/harbour-ferry-returns"
    summary = (
        "The report looks at how the town's ferry, its buses and its trains could share one "
        "timetable, what that would cost the council each year and which routes would change, "
        "with the views of the crews, the passengers and the shops along the harbour front, "
        "and with a map of the stops that would move or close in the first year of the plan, "
        "as the council's transport committee heard on a long Tuesday evening in May."
    )
    assert len(summary) > 400
    titles = ["One timetable for ferry and buses", "The cost of the harbour plan", "Routes that change"]
    row = "<div class='cr1'>" + "".join(
        _teaser(f"item-{i}", title, summary, "Jane Doe") for i, title in enumerate(titles)
    )
    row += "</div>"
    page = parse_page(_page("Harbour ferry returns", EN_STORY, after=row, url=url), url)
    assert teaser_rows(page.tree, *page_addresses(page)) == []


def test_a_listicle_of_many_items_each_with_its_paragraphs_stays_italian() -> None:
    url = f"{SITE}/guide/2024/trattorie"
    names = ["Mario", "Gino", "Rosa", "Lia", "Pia", "Ugo", "Ada", "Elio", "Nino"]
    items = "".join(
        f"<div class='ci1'><h3><a href='/locali/da-{name.lower()}'>"
        f"{name} nel cuore del centro storico</a></h3>"
        + "".join(
            f"<p>Da {name} si mangia la pasta fatta in casa ogni giorno, con un menù che cambia ogni "
            f"settimana e un cortile aperto nelle sere d'estate, a pochi passi dalla piazza, parte {k}.</p>"
            for k in range(8)
        )
        + "</div>"
        for name in names
    )
    story = "<p>Abbiamo provato nove trattorie del centro per questa guida, una per una.</p>" + items
    body = _text(_page("Nove trattorie del centro", story, url=url), url)
    assert "Da Mario si mangia" in body and "Da Nino si mangia" in body and "Da Ugo si mangia" in body


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_story_with_a_linked_title_after_every_few_paragraphs_keeps_its_paragraphs(lang: str) -> None:
    url = f"{SITE}/2024/05/bridge-{lang}"
    paragraphs = [f"{PROSE[lang][n % 5]} ({n + 1}/20)" for n in range(20)]
    titles = [f"Other story number {n} about the city budget and its roads" for n in range(9)]
    parts: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        parts.append(f"<p>{paragraph}</p>")
        if n % 2 == 1 and n // 2 < len(titles):
            parts.append(f"<p><a href='/2024/04/other-story-{n // 2}'>{titles[n // 2]}</a></p>")
    body = _text(_page(f"Bridge {lang}", "".join(parts), url=url), url)
    assert all(paragraph in body for paragraph in paragraphs)
