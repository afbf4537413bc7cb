"""Which paragraphs the split-body recall (``body/recall.py``) brings back: a paragraph with line
breaks is known by its text read with a space at each break (no second copy of it, glued); never
a box pruned from the copy trafilatura read (a consent or sign-up box around a form's fields)
that shares the story's class, nor a part in the page's banner header. Known gaps (measured, not
taken): a split body's part whose class carries one name more or fewer than the repeated parts';
a body written one paragraph to a wrapper; a part set in an article's own <header>."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.recall import add_split_body_paragraphs
from newscrawl.extract.page import parse_page
from tests.test_recall_order import _page, _ps  # the same page shell

# (title, six paragraphs, a question and its answer) per language; every class an opaque hash.
STORIES = {
    "en": (
        "Council approves three new night bus routes",
        [
            "The council voted on Tuesday to add three night bus routes for the outer districts.",
            "The cost of two million a year will be shared by the city and the transport authority.",
            "Buses will run every half hour at weekends and hourly on weekdays, after midnight.",
            "The passengers' association welcomed the decision and asked for links to the hospitals.",
            "Drivers' unions said they would need forty more drivers before the routes can start.",
            "The first route is planned to open in March, the other two before the summer holidays.",
        ],
        ("Why did the bus driver stop at every corner?", "Because the passengers kept asking nicely."),
    ),
    "de": (
        "Stadtrat beschließt neue Nachtbuslinien",
        [
            "Der Stadtrat hat am Dienstag drei neue Nachtbuslinien für die Außenbezirke beschlossen.",
            "Die Kosten von zwei Millionen Euro im Jahr teilen sich Stadt und Verkehrsverbund.",
            "Die Linien fahren am Wochenende im Halbstundentakt, unter der Woche stündlich.",
            "Der Fahrgastverband begrüßte den Beschluss und forderte Anschluss für die Kliniken.",
            "Die Gewerkschaft sagt, vor dem Start würden vierzig weitere Fahrer gebraucht.",
            "Die erste Linie soll im März starten, die beiden anderen noch vor den Sommerferien.",
        ],
        ("Warum hielt der Busfahrer an jeder Ecke?", "Weil die Fahrgäste so freundlich darum baten."),
    ),
    "pl": (
        "Rada miasta zatwierdza trzy nowe nocne linie autobusowe",
        [
            "Radni przegłosowali we wtorek trzy nowe nocne linie autobusowe do dzielnic peryferyjnych.",
            "Koszt dwóch milionów złotych rocznie podzielą między siebie miasto i zarząd transportu.",
            "Autobusy będą kursować co pół godziny w weekendy i co godzinę w dni powszednie.",
            "Stowarzyszenie pasażerów przyjęło decyzję z zadowoleniem i prosi o dojazd do szpitali.",
            "Związki zawodowe kierowców mówią, że przed startem potrzeba czterdziestu kierowców.",
            "Pierwsza linia ma ruszyć w marcu, dwie pozostałe jeszcze przed wakacjami letnimi.",
        ],
        ("Dlaczego kierowca zatrzymywał się na każdym rogu?", "Bo pasażerowie tak grzecznie prosili."),
    ),
}
URL = "https://example.org/news/story"
_PARTS_NOT_TAKEN = pytest.mark.xfail(
    strict=True,
    reason="known gap: a split body's part one class name apart from the repeated parts "
    "(Rzeczpospolita's last paragraph) and a body of one paragraph to a wrapper (EveningStandard's "
    "first paragraph) fixed fundus-A (paragraph_f1 0.9620 -> 0.9632, body_f1 0.9625 -> 0.9638 real) "
    "but changed no judge record (fundus-B, traf-B on real, scrambled, plain): not taken "
    "(branch s35-recall-parts 26848c2)",
)
_HEADER_NOT_TAKEN = pytest.mark.xfail(
    strict=True,
    reason="known gap: an article's or section's own <header> not taken for chrome (HTML-AAM: a "
    "header is the banner only outside article, aside, main, nav, section) brought back munich2022's "
    "split body (real traf-A with 0.9804 -> 0.9819, scrambled 0.9713 -> 0.9728) but changed no "
    "judge record (fundus-B, traf-B on real and scrambled): not taken (branch s35-recall-parts b59e000)",
)


def _recalled(lang: str, body: str, read: list[str]) -> list[str]:
    page = parse_page(_page(lang, STORIES[lang][0], body), URL)
    return [block.text for block in add_split_body_paragraphs(page, [Block(text=text) for text in read])]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_paragraph_with_line_breaks_that_was_read_is_not_put_back_glued(lang: str) -> None:
    _, paragraphs, (question, answer) = STORIES[lang]
    # A part of the body whose paragraphs all have line breaks; trafilatura read them, a space
    # at each break.
    jokes = f"<p><strong>{question}</strong><br>{answer}</p><p><strong>{answer}</strong><br>{question}</p>"
    body = (
        f'<div class="x81b">{_ps(paragraphs[:2])}</div><div class="x81b">{_ps(paragraphs[2:4])}</div>'
        f'<div class="d4"><span>Ad</span></div><div class="x81b">{jokes}</div>'
    )
    read = [*paragraphs[:4], f"{question} {answer}", f"{answer} {question}"]
    assert _recalled(lang, body, read) == read


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_paragraph_with_line_breaks_put_back_reads_with_a_space(lang: str) -> None:
    _, paragraphs, (question, answer) = STORIES[lang]
    joke = f"<p><strong>{question}</strong><br>{answer}</p>"
    body = (
        f'<div class="x81b">{_ps(paragraphs[:2])}</div><div class="x81b">{_ps(paragraphs[2:4])}</div>'
        f'<div class="d4"><span>Ad</span></div><div class="x81b">{joke}</div>'
    )
    read = paragraphs[:4]
    assert _recalled(lang, body, read) == [*read, f"{question} {answer}"]


@_PARTS_NOT_TAKEN
@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_last_part_without_the_modifier_the_other_parts_carry_comes_back(lang: str) -> None:
    _, paragraphs, _ = STORIES[lang]
    body = (
        f'<div class="body k7 -gap">{_ps(paragraphs[:2])}</div><div class="d4"><span>Ad</span></div>'
        f'<div class="body k7 -gap">{_ps(paragraphs[2:4])}</div><div class="d4"><span>Ad</span></div>'
        f'<div class="body k7">{_ps(paragraphs[4:])}</div>'
    )
    assert _recalled(lang, body, paragraphs[:4]) == paragraphs


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_part_two_class_names_apart_is_not_the_body(lang: str) -> None:
    _, paragraphs, _ = STORIES[lang]
    body = (
        f'<div class="body k7 -gap">{_ps(paragraphs[:2])}</div>'
        f'<div class="body k7 -gap">{_ps(paragraphs[2:4])}</div>'
        f'<div class="body q2">{_ps(paragraphs[4:])}</div>'
    )
    assert _recalled(lang, body, paragraphs[:4]) == paragraphs[:4]


def test_a_body_seen_once_gets_no_part_one_class_name_apart() -> None:
    # Only a split body (its class on two containers or more) has parts with a modifier.
    _, paragraphs, _ = STORIES["en"]
    body = f'<div class="body k7 -gap">{_ps(paragraphs[:4])}</div>'
    body += f'<div class="body k7">{_ps(paragraphs[4:])}</div>'
    assert _recalled("en", body, paragraphs[:4]) == paragraphs[:4]


def _wrapped(texts: list[str], name: str = "w5 h2x") -> str:
    return "".join(
        f'<div class="w5"><div class="{name}"><div><div><p>{text}</p></div></div></div></div>'
        for text in texts
    )


@_PARTS_NOT_TAKEN
@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_first_paragraph_in_its_own_wrapper_comes_back(lang: str) -> None:
    _, paragraphs, _ = STORIES[lang]
    # One paragraph to a wrapper; trafilatura skipped the first wrapper's paragraph.
    assert _recalled(lang, _wrapped(paragraphs), paragraphs[1:]) == paragraphs


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_paragraph_in_a_wrapper_of_another_class_stays_out(lang: str) -> None:
    _, paragraphs, _ = STORIES[lang]
    body = _wrapped(paragraphs[:1], "n3 m1") + _wrapped(paragraphs[1:])
    assert _recalled(lang, body, paragraphs[1:]) == paragraphs[1:]


# A consent box below the story: its paragraphs stand in the story's class, beside two ticks.
CONSENT = {
    "en": [
        "These help us understand how visitors find their way around the site and what they read.",
        "You can change your choice at any time in the settings at the bottom of every page.",
    ],
    "de": [
        "Diese helfen uns zu verstehen, wie Besucher sich auf der Seite bewegen und was sie lesen.",
        "Sie können Ihre Wahl jederzeit in den Einstellungen am Ende jeder Seite ändern.",
    ],
    "pl": [
        "Pomagają nam zrozumieć, jak odwiedzający poruszają się po stronie i co czytają najczęściej.",
        "Swój wybór możesz zmienić w każdej chwili w ustawieniach na dole każdej strony serwisu.",
    ],
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_paragraphs_of_a_form_box_in_the_story_class_are_not_recalled(lang: str) -> None:
    title, paragraphs, _ = STORIES[lang]
    box = (
        f'<div class="r2"><div class="s9"><div class="x81b">{_ps(CONSENT[lang])}</div>'
        '<label><input type="checkbox" name="a"> A</label><label><input type="checkbox" name="b"> B</label>'
        "</div></div>"
    )
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><div class="a1"><div class="b2"><h1>{title}</h1><div class="c3">'
        f'<div class="x81b">{_ps(paragraphs[:3])}</div><div class="d4"><span>Ad</span></div>'
        f'<div class="x81b">{_ps(paragraphs[3:])}</div></div></div>{box}</div></body></html>'
    )
    text = extract_article(page.encode(), URL).text
    assert all(paragraph in text for paragraph in paragraphs)
    assert not any(line in text for line in CONSENT[lang])


@_HEADER_NOT_TAKEN
@pytest.mark.parametrize("lang", sorted(STORIES))
def test_parts_of_a_body_set_in_an_articles_own_header_come_back(lang: str) -> None:
    _, paragraphs, _ = STORIES[lang]
    # Each part of the story in a section's article, in that article's own <header>.
    body = "".join(
        f'<section><article class="i5"><header class="j6"><div class="rt9">{_ps(part)}</div></header>'
        "</article></section>"
        for part in (paragraphs[:3], paragraphs[3:])
    )
    assert _recalled(lang, body, paragraphs[:3]) == paragraphs


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_same_class_in_the_pages_banner_header_stays_out(lang: str) -> None:
    _, paragraphs, _ = STORIES[lang]
    body = f'<div class="rt9">{_ps(paragraphs[:2])}</div><div class="rt9">{_ps(paragraphs[2:4])}</div>'
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{STORIES[lang][0]}</title>'
        f'</head><body><header class="h0"><div class="rt9">{_ps(paragraphs[4:])}</div></header>'
        f'<div class="a1"><h1>{STORIES[lang][0]}</h1><div class="c3">{body}</div></div></body></html>'
    )
    blocks = [Block(text=text) for text in paragraphs[:4]]
    texts = [block.text for block in add_split_body_paragraphs(parse_page(page.encode(), URL), blocks)]
    assert texts == paragraphs[:4]
