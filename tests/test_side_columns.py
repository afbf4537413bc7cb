"""A side column of titled boxes beside the story, whatever the page's class names say:
``prepare``'s rule ``side-column`` (``body/columns.py``). On a page built of divs with hashed
class names (no ``<aside>``, no "sidebar" or "widget"), the boxes beside the story's block (an
"About" blurb, a donation's account, recent posts, contact lines), each a short title over a
little text, are pruned before trafilatura reads the page. The story's own parts under their
sub-headings stay, and so does a single titled box beside the story, or a column that holds
prose as long as the story's."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.columns import side_columns
from newscrawl.extract.body.prepare import SIDE, prepare
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

URL = "https://blog.example.org/2024/05/harbour-ferry"


def _story(headline: str, paragraphs: list[str], sub: tuple[str, str] | None = None) -> str:
    """The story's column: its headline and paragraphs (and a sub-heading over one more), in
    divs with hashed classes."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if sub is not None:
        body += f"<div class='x9a1'><h3>{sub[0]}</h3><p>{sub[1]}</p></div>"
    head = f"<div class='c0a9d2'><h1>{headline}</h1></div>"
    return f"<div class='c7f3e1'>{head}<div class='c55e10'>{body}</div></div>"


def _column(boxes: list[tuple[str, str]]) -> str:
    """A column of titled boxes, each a title over a little text, in divs with hashed classes."""
    return (
        "<div class='c1d533'>"
        + "".join(
            f"<div class='cff700'><h3>{title}</h3><div class='c2f6da'><p>{text}</p></div></div>"
            for title, text in boxes
        )
        + "</div>"
    )


def _page(story: str, column: str) -> str:
    return (
        "<html><head><title>Story</title></head><body>"
        f"<div class='c45bbc'>{story}{column}</div>"
        "</body></html>"
    )


CASES = [
    pytest.param(
        "Ein Tag am Hafen von Tangalle",
        [
            "Es ist sechs Uhr früh und noch stockdunkel, als die ersten Fischer mit ihren Booten in den "
            "kleinen Hafen einlaufen und den Fang des Tages auf den Steg werfen.",
            "Die Händler warten schon am Ufer, feilschen um jeden Fisch und tragen die Körbe auf dem Kopf "
            "zum Markt, wo die Köchinnen der Gasthäuser die besten Stücke aussuchen.",
            "Am Mittag ist der Hafen wieder still, nur die Krähen streiten sich um die Reste, und die "
            "Fischer flicken im Schatten der Palmen ihre Netze für die nächste Nacht.",
        ],
        [
            ("Über mich", "Peter ist Mathematiker, Systemdenker und Fotograf und lebt halb in Italien."),
            ("Spende via Postkonto", "Oder du überweist deine Spende an folgendes Konto der Vereinskasse."),
            ("Neueste Beiträge", "Guten Tag! Wie geht es Dir? Bildbeschreibungen aus Marokko."),
        ],
        id="de",
    ),
    pytest.param(
        "The harbour ferry returns after the winter repairs",
        [
            "The harbour ferry returned to service on Monday morning after four months of repairs to its "
            "hull and engines, carrying more than two hundred passengers on its first crossing.",
            "The town council said the repairs had cost less than expected, and that the timetable would "
            "return to its summer frequency from the first week of June.",
            "Crew members said the new engines were quieter, and regular passengers welcomed the return of "
            "the early crossing that many of them take to work on the island.",
        ],
        [
            ("About", "Jane Roe is the founder of the Harbour Blog and writes about boats and islands."),
            ("Support us", "Keep this blog independent: send a donation to our account at the harbour bank."),
            ("Contact", "Harbour Blog, 1 Quay Street, Portville, editor at harbour blog dot org."),
        ],
        id="en",
    ),
    pytest.param(
        "El ferry del puerto vuelve tras las reparaciones del invierno",
        [
            "El ferry del puerto volvió al servicio el lunes por la mañana tras cuatro meses de reparaciones "
            "en el casco y los motores, con más de doscientos pasajeros en su primer viaje.",
            "El ayuntamiento dijo que las reparaciones costaron menos de lo previsto y que el horario "
            "volverá a la frecuencia de verano a partir de la primera semana de junio.",
            "Los tripulantes dijeron que los motores nuevos hacen menos ruido, y los pasajeros habituales "
            "celebraron la vuelta del primer viaje de la mañana hacia la isla.",
        ],
        [
            ("Sobre nosotros", "Somos un blog independiente sobre barcos, puertos e islas desde 2010."),
            ("Apóyanos", "Haz tu donación a nuestra cuenta bancaria y mantén vivo este blog."),
        ],
        id="es",
    ),
]


@pytest.mark.unit
@pytest.mark.parametrize(("headline", "paragraphs", "boxes"), CASES)
def test_titled_boxes_beside_the_story_are_pruned(
    headline: str, paragraphs: list[str], boxes: list[tuple[str, str]]
) -> None:
    text = extract_article(_page(_story(headline, paragraphs), _column(boxes)), URL).text or ""
    for paragraph in paragraphs:
        assert paragraph in text
    for title, blurb in boxes:
        assert blurb not in text, title


@pytest.mark.unit
def test_the_rule_is_on_record() -> None:
    _, paragraphs, boxes = CASES[1].values
    page = parse_page(_page(_story("The harbour ferry returns", paragraphs), _column(boxes)), URL)
    pruned = [record for record in prepare(page, ExtractRules()).pruned if record.rule == SIDE]
    assert len(pruned) == len(boxes)


@pytest.mark.unit
def test_the_storys_own_titled_parts_stay() -> None:
    """Sub-headings inside the story's block, each over a short paragraph, are the story's."""
    _, paragraphs, _ = CASES[1].values
    parts = "".join(
        f"<div class='c8e2'><h2>Part {i}</h2><p>Part {i} of the ferry story: the crew tells how the "
        f"repairs went in the dry dock over the winter, week {i} of sixteen.</p></div>"
        for i in range(3)
    )
    story = (
        "<div class='c7f3e1'><h1>The harbour ferry returns</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + parts
        + "</div>"
    )
    text = extract_article(_page(story, "<div class='c1d533'><p>Menu</p></div>"), URL).text or ""
    for i in range(3):
        assert f"Part {i} of the ferry story" in text


@pytest.mark.unit
def test_one_titled_box_beside_the_story_stays() -> None:
    """A single titled box is no column (a fact box of the story's may stand beside it)."""
    _, paragraphs, _ = CASES[1].values
    box = [("Key facts", "The ferry carries two hundred passengers and thirty cars on each crossing.")]
    page = parse_page(_page(_story("The harbour ferry returns", paragraphs), _column(box)), URL)
    assert not [record for record in prepare(page, ExtractRules()).pruned if record.rule == SIDE]


@pytest.mark.unit
def test_titled_parts_with_more_prose_than_the_headlines_block_stay() -> None:
    """Titled boxes that hold more prose than the headline's block (the story's second half, in
    parts beside it) are in the story's block: the block holds half of the page's prose."""
    _, paragraphs, _ = CASES[0].values
    long_boxes = [(f"Teil {i}", paragraphs[i] + " " + paragraphs[(i + 1) % 3]) for i in range(3)]
    page = parse_page(_page(_story("Ein Tag am Hafen", paragraphs), _column(long_boxes)), URL)
    assert not [record for record in prepare(page, ExtractRules()).pruned if record.rule == SIDE]


@pytest.mark.unit
def test_a_column_with_a_good_share_of_the_storys_prose_stays() -> None:
    """Titled boxes whose paragraphs add up to more than a quarter of the story's prose (a
    short story's second part, set beside it) are left to trafilatura."""
    _, paragraphs, _ = CASES[1].values
    boxes = [
        (
            f"Part {i}",
            f"Part {i}: the crew members tell how the dry dock work went over the winter, and what the "
            "new engines mean for the crossing times in summer.",
        )
        for i in range(2)
    ]
    page = parse_page(_page(_story("The harbour ferry returns", paragraphs), _column(boxes)), URL)
    assert not [record for record in prepare(page, ExtractRules()).pruned if record.rule == SIDE]


def _row_page(headline: str, paragraphs: list[str], boxes: list[tuple[str, str]], *, logo: bool) -> str:
    """A page whose headline stands over a row of two columns, the story's and a side column
    of titled boxes; with ``logo``, the only ``<h1>`` is the site's logo (an image) and the
    headline an ``<h2>`` that og:title names."""
    title = f"<h2 class='c8d1'>{headline}</h2>" if logo else f"<h1 class='c8d1'>{headline}</h1>"
    story = "<div class='c61c'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    row = f"<div class='cb28'>{story}{_column(boxes)}</div>"
    return _logo_page(headline, f"<div class='c4f2'><div class='c0aa'>{title}</div>{row}</div>", logo=logo)


def _logo_page(headline: str, body: str, *, logo: bool) -> str:
    """``body`` under a header whose ``<h1>`` is the site's logo (an image), with ``logo``;
    og:title names the story's headline."""
    header = "<div class='c0b1'><h1 class='c4e9'><a href='/'><img src='/logo.png' alt=''></a></h1></div>"
    return (
        f"<html><head><title>{headline}</title><meta property='og:title' content='{headline}'></head>"
        f"<body>{header if logo else ''}{body}</body></html>"
    )


@pytest.mark.unit
@pytest.mark.parametrize(("headline", "paragraphs", "boxes"), CASES)
def test_a_logo_h1_leaves_the_headline_to_the_title_the_page_names(
    headline: str, paragraphs: list[str], boxes: list[tuple[str, str]]
) -> None:
    """The page's only ``<h1>`` is its logo (an image, no text): the story's headline is the
    ``<h2>`` that og:title names, and the side column beside its block goes."""
    story = _story(headline, paragraphs).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    html = _logo_page(headline, f"<div class='c45bbc'>{story}{_column(boxes)}</div>", logo=True)
    pruned = [
        record for record in prepare(parse_page(html, URL), ExtractRules()).pruned if record.rule == SIDE
    ]
    assert len(pruned) == len(boxes)
    text = extract_article(html, URL).text or ""
    for paragraph in paragraphs:
        assert paragraph in text
    for title, blurb in boxes:
        assert blurb not in text, title


@pytest.mark.unit
@pytest.mark.xfail(
    strict=True,
    reason="known gap: a headline over a row of the story's column and a side column (the headline's "
    "block holds both; the story's core, the deepest element under it with half the prose, would "
    "set the side column apart) fixed plain traf-A de.globalvoices (without 0.9627 -> 0.9642) but "
    "cost real traf-B without 0.9343 -> 0.9330 (one page): not taken (branch s31-sidecols fe7acf6)",
)
@pytest.mark.parametrize("logo", [False, True], ids=["h1", "logo-h1"])
@pytest.mark.parametrize(("headline", "paragraphs", "boxes"), CASES[1:2])
def test_a_side_column_beside_the_storys_column_under_the_headline_is_pruned(
    headline: str, paragraphs: list[str], boxes: list[tuple[str, str]], logo: bool
) -> None:
    html = _row_page(headline, paragraphs, boxes, logo=logo)
    pruned = [
        record for record in prepare(parse_page(html, URL), ExtractRules()).pruned if record.rule == SIDE
    ]
    assert len(pruned) == len(boxes)


@pytest.mark.unit
@pytest.mark.parametrize(("headline", "paragraphs", "_boxes"), CASES)
def test_the_storys_parts_after_its_longest_part_stay(
    headline: str, paragraphs: list[str], _boxes: list[tuple[str, str]]
) -> None:
    """A story in parts, each a titled block, the first holding most of its prose: the parts
    after it are the story's (their titles' block is the story's, not a column beside it)."""
    first = "".join(f"<p>{p}</p>" for p in paragraphs * 2)
    parts = "".join(
        f"<div class='c8e2'><h3>{i}.</h3><p>{paragraphs[i]}</p></div>" for i in range(len(paragraphs))
    )
    body = f"<div class='c55e'><div class='c8e2'><h3>0</h3>{first}</div>{parts}</div>"
    page = (
        f"<html><head><title>{headline}</title></head><body><div class='c45b'>"
        f"<div class='c0a9'><h1>{headline}</h1></div>{body}</div></body></html>"
    )
    assert not [
        record for record in prepare(parse_page(page, URL), ExtractRules()).pruned if record.rule == SIDE
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("box", "lists"),
    [
        pytest.param(
            ("Danke für Ihre Unterstützung!", "Ein Leser schreibt: Diese Seite verdient einen Preis."),
            [("Meistgelesen", ["Der Hafen im Winter", "Neue Fähre für die Insel", "Das Fischerfest"]),
             ("Neueste Beiträge", ["Die Brücke wird saniert", "Ein Sommer am See", "Der Markt zieht um"])],
            id="de",
        ),
        pytest.param(
            ("Thank you for your support!", "A reader writes: this site deserves a prize for its reporting."),
            [("Most read", ["The harbour in winter", "A new ferry for the island", "The fish festival"]),
             ("Latest posts", ["The bridge gets repaired", "A summer by the lake", "The market moves"])],
            id="en",
        ),
        pytest.param(
            ("Merci pour votre soutien !", "Un lecteur écrit : ce site mérite un prix pour son travail."),
            [("Les plus lus", ["Le port en hiver", "Un nouveau ferry pour l'île", "La fête du poisson"]),
             ("Derniers articles", ["Le pont en travaux", "Un été au bord du lac", "Le marché déménage"])],
            id="fr",
        ),
    ],
)  # fmt: skip
def test_one_box_beside_the_columns_titled_lists_is_pruned(
    box: tuple[str, str], lists: list[tuple[str, list[str]]]
) -> None:
    """A side column of one titled box beside titled lists of teasers (most read, latest
    posts): the lists are no boxes (each holds titles of its own; they are left to the rules
    on links), but they make it a column."""
    _, paragraphs, _ = CASES[1].values
    column = (
        "<div class='c1d5'>"
        + "".join(
            f"<div class='cf70'><h3>{title}</h3><ul>"
            + "".join(f"<li><h4><a href='/{n}'>{item}</a></h4></li>" for n, item in enumerate(items))
            + "</ul></div>"
            for title, items in lists[:1]
        )
        + f"<div class='cf70'><h3>{box[0]}</h3><blockquote>{box[1]}</blockquote></div>"
        + "".join(
            f"<div class='cf70'><h3>{title}</h3><ul>"
            + "".join(f"<li><h4><a href='/{n}'>{item}</a></h4></li>" for n, item in enumerate(items))
            + "</ul></div>"
            for title, items in lists[1:]
        )
        + "</div>"
    )
    html = _page(_story("The harbour ferry returns", paragraphs), column)
    pruned = [
        record for record in prepare(parse_page(html, URL), ExtractRules()).pruned if record.rule == SIDE
    ]
    assert len(pruned) == 1
    text = extract_article(html, URL).text or ""
    for paragraph in paragraphs:
        assert paragraph in text
    assert box[1] not in text


@pytest.mark.unit
def test_the_storys_parts_after_a_longer_column_before_it_stay() -> None:
    """A column before the story's (in the headline's block) that holds more prose than the
    story's paragraphs is not the story's core: the story's titled parts after it stay."""
    about = (
        "Jane Roe founded the Harbour Blog in 2010 and has written about boats, ferries, islands and "
        "the people who work on the water ever since, in more than a thousand posts and two books."
    )
    column = (
        "<div class='c1d5'>"
        + "".join(
            f"<div class='cf70'><h3>{title}</h3><p>{about} {about}</p></div>" for title in ("About", "Books")
        )
        + "</div>"
    )
    parts = "".join(
        f"<div class='c8e2'><h3>Crossing {i}</h3><p>The ferry left at {6 + i} this morning.</p></div>"
        for i in range(3)
    )
    story = f"<div class='c7f3'><h1>The harbour ferry returns</h1>{parts}</div>"
    page = (
        f"<html><head><title>Ferry</title></head><body><div class='c45b'>{column}{story}</div></body></html>"
    )
    boxes = side_columns(parse_page(page, URL).tree)
    assert not [box for box in boxes if "Crossing" in box.text_content()]
