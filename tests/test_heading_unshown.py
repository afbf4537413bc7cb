"""A sub-heading's text as the page shows it (``body/headings.py``: ``unshown``, ``drop_unshown``;
``prepare`` drops the same from the copy trafilatura reads). Never shown, so never a heading's
text: an icon drawn as SVG (its ``<title>`` labels it for screen readers), an element hidden by
its inline style, and text set for screen readers only by the class names of the common
frameworks (``sr-only``, ``visually-hidden``, ``screen-reader-text``…). A heading that is all
such text ("Share this article" for screen readers) is no heading of the story. Each page is
written for the test, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

# (language, two headings, what a screen reader hears before each, six paragraphs)
CASES = [
    (
        "en",
        ("What the plan says", "Who is against it"),
        "Section:",
        [
            "The council will vote on the plan next month, after two public hearings in the old town hall.",
            "Traders say they were not asked before the first draft was written, and they want a seat now.",
            "The mayor said the city would publish every submission it receives before the final vote.",
            "Opposition members called the timetable rushed and asked for a third hearing in the north.",
            "A spokesperson for the traders said its members would attend both hearings in large numbers.",
            "The plan would move about two hundred stalls from the main street to a market near the station.",
        ],
    ),
    (
        "de",
        ("Was der Plan vorsieht", "Wer dagegen ist"),
        "Abschnitt:",
        [
            "Der Stadtrat stimmt im nächsten Monat über den Plan ab, nach zwei Anhörungen im alten Rathaus.",
            "Die Händler sagen, niemand habe sie vor dem ersten Entwurf gefragt, und sie wollen mitreden.",
            "Die Bürgermeisterin sagte, die Stadt werde jede Eingabe vor der Abstimmung veröffentlichen.",
            "Die Opposition nannte den Zeitplan überhastet und verlangte eine dritte Anhörung im Norden.",
            "Ein Sprecher der Händler sagte, seine Mitglieder würden zu beiden Anhörungen zahlreich kommen.",
            "Der Plan würde rund zweihundert Stände von der Hauptstraße in eine Halle am Bahnhof verlegen.",
        ],
    ),
    (
        "fr",
        ("Ce que prévoit le projet", "Qui s'y oppose"),
        "Rubrique :",
        [
            "Le conseil votera le projet le mois prochain, après "
            "deux audiences publiques à l'ancienne mairie.",
            "Les commerçants disent ne pas avoir été consultés avant "
            "la première version et veulent être entendus.",
            "La maire a dit que la ville publierait chaque contribution "
            "reçue avant le vote final de l'année.",
            "L'opposition a jugé le calendrier précipité et demandé une troisième audience dans le nord.",
            "Un porte-parole des commerçants a dit que ses membres viendraient nombreux aux deux audiences.",
            "Le projet déplacerait environ deux cents étals de la grand-rue vers une halle près de la gare.",
        ],
    ),
]
IDS = [case[0] for case in CASES]


def _page(lang: str, first: str, second: str, paragraphs: list[str], *, extra: str = "") -> str:
    p = [f"<p>{text}</p>" for text in paragraphs]
    return (
        f"<html lang='{lang}'><head><title>Plan</title></head><body><div class='a1'><h1>The market plan</h1>"
        f"<div class='a2'>{p[0]}{p[1]}{first}{p[2]}{p[3]}{extra}{second}{p[4]}{p[5]}</div>"
        "</div></body></html>"
    )


def _headings(page: str) -> list[str]:
    article = extract_article(page, "https://news.example.org/a/1")
    return [section.heading for section in article.sections if section.heading]


@pytest.mark.parametrize(("lang", "titles", "spoken", "paragraphs"), CASES, ids=IDS)
def test_screen_reader_text_is_no_heading_text(
    lang: str, titles: tuple[str, str], spoken: str, paragraphs: list[str]
) -> None:
    first, second = titles
    page = _page(
        lang,
        f"<h2><span class='visually-hidden'>{spoken} </span>{first}</h2>",
        f"<h2>{second}<span class='sr-only'> {spoken}</span></h2>",
        paragraphs,
    )
    assert _headings(page) == [first, second]


@pytest.mark.parametrize(("lang", "titles", "spoken", "paragraphs"), CASES, ids=IDS)
def test_icon_and_hidden_text_are_no_heading_text(
    lang: str, titles: tuple[str, str], spoken: str, paragraphs: list[str]
) -> None:
    first, second = titles
    icon = "<svg viewBox='0 0 8 8' role='img'><title>Information</title><path d='M0 0h8v8z'/></svg>"
    page = _page(
        lang,
        f"<h2>{icon}{first}</h2>",
        f"<h2><span style='display: none'>{spoken}</span>{second}</h2>",
        paragraphs,
    )
    assert _headings(page) == [first, second]


@pytest.mark.parametrize(("lang", "titles", "spoken", "paragraphs"), CASES, ids=IDS)
def test_a_heading_for_screen_readers_only_is_none(
    lang: str, titles: tuple[str, str], spoken: str, paragraphs: list[str]
) -> None:
    first, second = titles
    hidden = f"<h2 class='screen-reader-text'>{spoken}</h2>"
    page = _page(lang, f"<h2>{first}</h2>", f"<h2>{second}</h2>", paragraphs, extra=hidden)
    assert _headings(page) == [first, second]


def test_other_classes_keep_their_text() -> None:
    """Only whole class names of screen-reader text: "only" or "hidden" in another name is not one."""
    lang, (first, second), _, paragraphs = CASES[0]
    page = _page(
        lang,
        f"<h2><span class='kicker-only'>Plan:</span> {first}</h2>",
        f"<h2><span class='hidden-xs'>Critics:</span> {second}</h2>",
        paragraphs,
    )
    assert _headings(page) == [f"Plan: {first}", f"Critics: {second}"]


@pytest.mark.parametrize("hiding", ["style='display:none'", "aria-hidden='true'", "class='sr-only'"])
@pytest.mark.parametrize(("lang", "titles", "spoken", "paragraphs"), CASES, ids=IDS)
def test_a_hidden_heading_inside_a_heading_is_taken_out_with_it(
    lang: str, titles: tuple[str, str], spoken: str, paragraphs: list[str], hiding: str
) -> None:
    """Invalid but written: a hidden heading nested in a shown one goes with that one's unshown
    parts (it once stopped the extraction: lxml cannot drop an element already taken out)."""
    first, second = titles
    page = _page(lang, f"<h2>{first}<h3 {hiding}>{spoken}</h3></h2>", f"<h2>{second}</h2>", paragraphs)
    assert _headings(page) == [first, second]
