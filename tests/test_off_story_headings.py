"""Unit tests of the headings set after the story, outside its block (``body/headings.py``
``off_story_headings``): a footer's contact box, a comment section, a subscription drawer, the
next story's title. Found by where they stand on the page only: every class name here is
opaque and no landmark element (``footer``, ``aside``) marks the chrome."""

from __future__ import annotations

from newscrawl.explain import explain_page
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.headings import off_story_headings
from newscrawl.extract.page import parse_page

EN = (
    "The council met on Tuesday evening to discuss the plans for the new bridge across the river, "
    "which residents have asked for since the old ferry stopped running.",
    "Engineers said the work could begin next spring if the money is approved, and that the crossing "
    "would take about two years to build from the first pile to the opening day.",
    "Shop owners on both banks welcomed the decision, saying that the walk to the next bridge had cost "
    "them customers for years and that a closer crossing would bring people back.",
    "The mayor promised a public meeting in March, where the designs will be shown and residents can "
    "ask the engineers their questions before the council takes its final vote.",
)
DE = (
    "Der Gemeinderat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss beraten, "
    "die sich die Anwohner seit dem Ende der alten Fähre wünschen.",
    "Die Ingenieure sagten, die Arbeiten könnten im nächsten Frühjahr beginnen, wenn das Geld bewilligt "
    "wird, und der Bau werde etwa zwei Jahre dauern.",
    "Die Geschäftsleute auf beiden Seiten begrüßten die Entscheidung, weil der Umweg über die nächste "
    "Brücke sie seit Jahren Kundschaft gekostet habe.",
    "Der Bürgermeister versprach eine öffentliche Versammlung im März, auf der die Entwürfe gezeigt und "
    "Fragen an die Ingenieure gestellt werden können.",
)
NO = (
    "Kommunestyret møttes tirsdag kveld for å diskutere planene for den nye brua over elva, som "
    "innbyggerne har ønsket seg siden den gamle ferja sluttet å gå.",
    "Ingeniørene sa at arbeidet kan starte neste vår dersom pengene blir bevilget, og at brua vil ta "
    "omtrent to år å bygge fra første pæl til åpningsdagen.",
    "Butikkeierne på begge sider av elva ønsket vedtaket velkommen, og sa at omveien til neste bru har "
    "kostet dem kunder i mange år.",
)


def _headings(body: str, blocks: list[Block]) -> list[str]:
    page = parse_page(f"<html><body>{body}</body></html>", "https://example.org/news/bridge")
    return [block.text for block in off_story_headings(blocks, page) if block.heading]


def _story(paragraphs: tuple[str, ...], heading: str) -> tuple[str, list[Block]]:
    """A story block: two paragraphs, a sub-heading, the rest; and its blocks."""
    html = (
        f"<div class='a1'><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p><h2>{heading}</h2>"
        + "".join(f"<p>{text}</p>" for text in paragraphs[2:])
        + "</div>"
    )
    blocks = [
        Block(text=paragraphs[0]),
        Block(text=paragraphs[1]),
        Block(text=heading, heading=True),
        *(Block(text=text) for text in paragraphs[2:]),
    ]
    return html, blocks


def test_a_contact_box_after_the_story_in_the_page_chrome_is_no_heading() -> None:
    story, blocks = _story(DE, "Kritik aus der Opposition")
    page = (
        f"<div class='w'><div class='m'><h1>Neue Brücke</h1>{story}</div>"
        "<div class='f'><div class='c'><h3>Kontakt</h3><p>Rathausplatz 1, 89073 Ulm</p></div>"
        "<div class='c'><h3>Spendenkonto</h3><p>IBAN: DE00 0000 0000 0000 0000 00</p></div></div></div>"
    )
    blocks += [
        Block(text="Kontakt", heading=True),
        Block(text="Rathausplatz 1, 89073 Ulm"),
        Block(text="Spendenkonto", heading=True),
        Block(text="IBAN: DE00 0000 0000 0000 0000 00"),
    ]
    headings = _headings(page, blocks)
    assert "Kritik aus der Opposition" in headings
    assert "Kontakt" not in headings
    assert "Spendenkonto" not in headings


def test_a_comment_section_and_a_drawer_after_the_story_have_no_headings() -> None:
    story, blocks = _story(EN, "What happens next")
    page = (
        f"<div class='x'><h1>Bridge plans</h1>{story}</div>"
        "<div class='y'><h3>2 responses to “Bridge plans”</h3><p>Great news!</p><p>About time.</p></div>"
        "<div class='z' tabindex='-1'><h2>You've reached the 20 article limit.</h2>"
        "<p>You can manage saved articles in your account.</p></div>"
    )
    blocks += [
        Block(text="2 responses to “Bridge plans”", heading=True),
        Block(text="Great news!"),
        Block(text="About time."),
        Block(text="You've reached the 20 article limit.", heading=True),
        Block(text="You can manage saved articles in your account."),
    ]
    headings = _headings(page, blocks)
    assert headings == ["What happens next"]


def test_the_next_story_after_this_one_is_no_heading_of_it() -> None:
    story, blocks = _story(NO, "Omveien koster")
    summary = "Fylket vil bygge ny sykkelvei langs riksveien."
    page = (
        f"<div class='p'><div class='s'><h1>Ny bru</h1>{story}</div>"
        "<div class='n'><div class='k'><h2>Ny sykkelvei langs riksveien</h2>"
        f"<p>{summary}</p></div></div></div>"
    )
    blocks += [Block(text="Ny sykkelvei langs riksveien", heading=True), Block(text=summary)]
    headings = _headings(page, blocks)
    assert headings == ["Omveien koster"]


def test_headings_in_the_story_block_and_above_it_stay() -> None:
    """The story's sub-headings in wrappers of their own inside its block, and a box above the
    text (a fact check's claim, a card header beside the content) are kept."""
    claim = "Un ancien ministre aurait une fortune de dix-sept millions d'euros."
    sections = "".join(
        f"<div class='s{index}'><h2>Partie {index}</h2><p>{text}</p></div>" for index, text in enumerate(EN)
    )
    page = (
        f"<div class='c'><h3>Affirmation</h3><p>{claim}</p></div>"
        f"<div class='w'><h3>Origine</h3><div class='t'>{sections}</div></div>"
    )
    blocks = [Block(text="Affirmation", heading=True), Block(text=claim), Block(text="Origine", heading=True)]
    for index, text in enumerate(EN):
        blocks += [Block(text=f"Partie {index}", heading=True), Block(text=text)]
    headings = _headings(page, blocks)
    assert headings == ["Affirmation", "Origine", "Partie 0", "Partie 1", "Partie 2", "Partie 3"]


def test_a_heading_also_in_the_story_block_stays() -> None:
    """A title that is also one of the story's sub-headings (found in its block too) stays."""
    story, blocks = _story(EN, "Costs")
    page = f"<div class='x'>{story}</div><div class='y'><h3>Costs</h3><p>Table of costs.</p></div>"
    blocks += [Block(text="Costs", heading=True), Block(text="Table of costs.")]
    headings = _headings(page, blocks)
    assert headings == ["Costs", "Costs"]


def test_too_little_story_found_on_the_page_changes_nothing() -> None:
    """Fewer than three of the body's paragraphs found on the page: no story block to tell by."""
    page = f"<div class='x'><p>{EN[0]}</p><p>{EN[1]}</p></div><div class='y'><h3>Kontakt</h3></div>"
    blocks = [Block(text=EN[0]), Block(text=EN[1]), Block(text="Kontakt", heading=True)]
    assert _headings(page, blocks) == ["Kontakt"]


def test_a_heading_made_from_a_bold_line_is_kept() -> None:
    """A heading of the body that is no ``h2``-``h6`` of the page (a bold line, a styled one)
    is not found on the page: kept."""
    story, blocks = _story(DE, "Kritik aus der Opposition")
    page = f"<div class='x'>{story}</div><div class='y'><p><b>Mehr dazu</b></p></div>"
    blocks += [Block(text="Mehr dazu", heading=True)]
    assert _headings(page, blocks) == ["Kritik aus der Opposition", "Mehr dazu"]


def _texts(body: str, blocks: list[Block]) -> list[str]:
    page = parse_page(f"<html><body>{body}</body></html>", "https://example.org/news/bridge")
    return [block.text for block in off_story_headings(blocks, page)]


def test_what_a_heading_after_the_story_heads_goes_with_it() -> None:
    """The contact box's lines go with its title; the story's paragraphs all stay."""
    story, blocks = _story(DE, "Kritik aus der Opposition")
    page = (
        f"<div class='w'><div class='m'>{story}</div>"
        "<div class='f'><h3>Kontakt</h3><p>Rathausplatz 1, 89073 Ulm</p><p>Telefon 0731 000</p></div></div>"
    )
    blocks += [
        Block(text="Kontakt", heading=True),
        Block(text="Rathausplatz 1, 89073 Ulm"),
        Block(text="Telefon 0731 000"),
    ]
    texts = _texts(page, blocks)
    assert texts == [DE[0], DE[1], "Kritik aus der Opposition", DE[2], DE[3]]


def test_a_story_paragraph_under_such_a_heading_stays() -> None:
    """A paragraph found inside the story's block stays, whatever heading the body set over it."""
    story, blocks = _story(EN, "What happens next")
    page = f"<div class='x'>{story}</div><div class='y'><h3>Share this</h3><p>Mail</p></div>"
    blocks = [*blocks[:-1], Block(text="Share this", heading=True), Block(text="Mail"), blocks[-1]]
    texts = _texts(page, blocks)
    assert "Share this" not in texts
    assert "Mail" not in texts
    assert texts[-1] == EN[-1]


def test_explain_names_what_went_with_a_heading_after_the_story() -> None:
    """The whole pipeline: the box after the story is out of the record, and ``explain`` says
    which rule took each of its blocks (no silent drop past the recall guard). One box alone
    (two side by side are a side column, pruned before trafilatura reads the page)."""
    story = "".join(f"<p>{text}</p>" for text in DE[:2]) + "<h2>Kritik aus der Opposition</h2>"
    story += "".join(f"<p>{text}</p>" for text in DE[2:])
    page = (
        "<html><head><title>Neue Brücke</title></head><body><div class='w'><div class='m'>"
        f"<h1>Neue Brücke für Ulm</h1><div class='s'>{story}</div></div><div class='f'>"
        "<h3>Kontakt</h3><p>Rathausplatz 1, 89073 Ulm, Telefon 0731 1610</p>"
        "<p>IBAN: DE00 0000 0000 0000 0000 00 bei der Sparkasse</p></div></div></body></html>"
    )
    explanation = explain_page(page.encode(), "https://example.org/news/bruecke")
    assert [section.heading for section in explanation.article.sections] == [
        None,
        "Kritik aus der Opposition",
    ]
    assert "Rathausplatz" not in explanation.article.text
    assert "IBAN" not in explanation.article.text
    assert ("off-story", "Kontakt") in explanation.dropped
    assert any(rule == "off-story" and "Rathausplatz" in text for rule, text in explanation.dropped)
    assert any(rule == "off-story" and "IBAN" in text for rule, text in explanation.dropped)
    assert all(DE[0][:40] not in text for _, text in explanation.dropped)


# A short story (four paragraphs of prose) and the boxes after it, each a title over a blurb of
# prose as long as a paragraph of the story: the boxes hold a third of the page's prose.
_BLURBS = {
    "de": (
        (
            "Über uns",
            "Seit fünfzig Jahren sind wir als Verein in der Stadt aktiv und bieten Kindern und "
            "Jugendlichen ein lebendiges Hobby in einer wertschätzenden Gemeinschaft.",
        ),
        (
            "Spendenkonto",
            "Oder du überweist deine Spende an folgendes Konto: Postkonto 30-22018-5, Verein "
            "Brückenfreunde, Rathausplatz 1, 89073 Ulm, mit dem Vermerk Spende.",
        ),
    ),
    "en": (
        (
            "About us",
            "We have been a community newsroom for fifty years, reporting on the council, the "
            "schools and the river for the people who live along its banks.",
        ),
        (
            "Support us",
            "Or send your donation to our account: Community News Trust, account 30-22018-5, "
            "Riverside Bank, 1 Market Square, with the reference donation.",
        ),
    ),
}


def _short_story_with_boxes(
    paragraphs: tuple[str, ...], boxes: tuple[tuple[str, str], ...], flat: bool
) -> tuple[str, list[Block]]:
    """The story's paragraphs in a block of its own, then the boxes after it in the page's
    wrapper: each title and blurb in a box of their own, or (``flat``) set one after the other
    in one block, as a story's own sections are."""
    story = "".join(f"<p>{text}</p>" for text in paragraphs)
    if flat:
        after = (
            "<div class='e'>" + "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in boxes) + "</div>"
        )
    else:
        after = (
            "<div class='e'>"
            + "".join(f"<div class='b'><h3>{title}</h3><p>{text}</p></div>" for title, text in boxes)
            + "</div>"
        )
    page = f"<div class='w'><h1>Headline</h1><div class='s'>{story}</div>{after}</div>"
    blocks = [Block(text=text) for text in paragraphs]
    for title, text in boxes:
        blocks += [Block(text=title, heading=True), Block(text=text)]
    return page, blocks


def test_boxes_after_a_short_story_go_though_they_hold_a_share_of_its_prose() -> None:
    """The story's block is found without the titled boxes after it, though they hold more than
    a tenth of the page's prose (the block around both would hold 90% of it): each title and its
    blurb are in a box of their own."""
    for language, paragraphs in (("de", DE), ("en", EN)):
        page, blocks = _short_story_with_boxes(paragraphs, _BLURBS[language], flat=False)
        assert _texts(page, blocks) == list(paragraphs), language


def test_a_short_storys_own_sections_set_flat_after_it_stay() -> None:
    """Titles and paragraphs set one after the other in one block are a story's sections (its
    second part beside the first), not boxes: they stay."""
    for language, paragraphs in (("de", DE), ("en", EN)):
        page, blocks = _short_story_with_boxes(paragraphs, _BLURBS[language], flat=True)
        assert _texts(page, blocks) == [block.text for block in blocks], language


def test_a_long_section_after_a_short_story_stays() -> None:
    """A title over more paragraphs than a box holds, after the story's block, is its next part."""
    story = "".join(f"<p>{text}</p>" for text in NO[:2])
    page = (
        f"<div class='w'><h1>Ny bru</h1><div class='s'>{story}</div><div class='e'>"
        f"<div class='b'><h3>Kontakt</h3><p>{DE[0]}</p></div>"
        f"<div class='b'><h3>Veien videre</h3><p>{NO[2]}</p><p>{EN[2]}</p><p>{EN[3]}</p></div></div></div>"
    )
    blocks = [
        Block(text=NO[0]),
        Block(text=NO[1]),
        Block(text="Kontakt", heading=True),
        Block(text=DE[0]),
        Block(text="Veien videre", heading=True),
        Block(text=NO[2]),
        Block(text=EN[2]),
        Block(text=EN[3]),
    ]
    assert "Veien videre" in _texts(page, blocks)
