"""Readers are not authors: the names in a reader comment thread after the story (each comment's
author element, a guest's label "Guest" / "Gast" / "Гость", a byline-shaped line in a comment)
are not the story's authors, whatever the site calls the elements. The thread is found by its
structure (``body/threads.py``); the story's own byline is still read. Each page is written for
the test, with opaque class names where the site would hash them."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from tests.bylinepages import story

pytestmark = pytest.mark.unit

URL = "https://news.example.org/story/1"


def _authors(body: str, lang: str) -> list[str]:
    """The authors of the record of a page with ``body``, through the whole extraction (which
    finds the page's comment threads once, for its body and its authors)."""
    page = f'<html lang="{lang}"><head><title>Ferry</title></head><body>{body}</body></html>'
    return list(extract_article(page, URL).authors)


def _comment(name: str, day: int, text: str, reply: str, name_class: str = "comment-author") -> str:
    """A comment: its author's name in an element classed as an author's, a dated permalink, its
    text and a reply control."""
    return (
        f"<li class='q7'><div class='q8'><cite class='{name_class}'>{name}</cite>"
        f"<a class='q9' href='{URL}#c-{day}'>{day}.05.2024 16:{day:02d}</a></div>"
        f"<div class='q5'><p>{text}</p></div><a class='q6' href='?replytocom={day}#respond'>{reply}</a></li>"
    )


# (lang, story byline block, story author, comment heading, reply label, commenters with texts, sentence)
PAGES = [
    (
        "en",
        "<p class='a1'><span class='author'>Carla Nadal</span> · May 3, 2024</p>",
        "Carla Nadal",
        "3 Comments",
        "Reply",
        [
            ("Karol", "I wonder whether the timetable will change again in autumn."),
            ("Lilian", "The council said the winter timetable stays as it was."),
            ("Guest", "Good news for the island, the bus was a long way round."),
        ],
        "The harbour ferry returned to service on Monday after the long winter repairs.",
    ),
    (
        "de",
        "<p class='a1'><span class='author'>Jan Sellner</span> · 3. Mai 2024</p>",
        "Jan Sellner",
        "Kommentare",
        "Antworten",
        [
            ("Gast", "Ich frage mich, ob sich der Fahrplan im Herbst wieder ändert."),
            ("Monika", "Der Gemeinderat sagt, der Winterfahrplan bleibt wie im letzten Jahr."),
        ],
        "Die Hafenfähre fährt seit Montag nach den langen Winterreparaturen wieder.",
    ),
    (
        "ru",
        "<p class='a1'><span class='author'>Текст: Венера Ерофеева</span> · 24 сентября 2018</p>",
        "Венера Ерофеева",
        "Комментарии",
        "Ответить",
        [
            ("Гость", "Интересно, изменится ли расписание осенью снова."),
            ("Гость", "Совет сказал, что зимнее расписание останется прежним."),
        ],
        "Паром в гавани снова вышел в рейс в понедельник после долгого зимнего ремонта.",
    ),
]


def _page(byline: str, heading: str, reply: str, comments: list[tuple[str, str]], sentence: str) -> str:
    thread = "".join(_comment(name, 10 + i, text, reply) for i, (name, text) in enumerate(comments))
    return (
        f"<div class='z1'><div class='z2'><h1>Ferry</h1>{byline}<div class='z3'>{story(sentence)}</div></div>"
        f"<div class='z4'><h3>{heading}</h3><ol class='z5'>{thread}</ol>"
        "<form><textarea name='c'></textarea></form></div></div>"
    )


IDS = [p[0] for p in PAGES]


@pytest.mark.parametrize("spec", PAGES, ids=IDS)
def test_commenters_are_not_authors(spec: tuple[str, str, str, str, str, list[tuple[str, str]], str]) -> None:
    lang, byline, author, heading, reply, comments, sentence = spec
    assert _authors(_page(byline, heading, reply, comments, sentence), lang) == [author]


@pytest.mark.parametrize("spec", PAGES, ids=IDS)
def test_a_story_without_a_byline_gets_no_commenter(
    spec: tuple[str, str, str, str, str, list[tuple[str, str]], str],
) -> None:
    lang, _, _, heading, reply, comments, sentence = spec
    assert _authors(_page("", heading, reply, comments, sentence), lang) == []


def test_a_pingback_in_the_comment_list_is_no_author() -> None:
    # A WordPress list: comments, and a pingback (no stamp, no text of its own) among them.
    lang, _, _, heading, reply, comments, sentence = PAGES[0]
    pingback = (
        "<li class='q4'><cite class='comment-author'>"
        "<a href='https://blog.example.net/x'>Freundeskreis</a></cite></li>"
    )
    page = _page("", heading, reply, comments, sentence).replace("</ol>", pingback + "</ol>")
    assert _authors(page, lang) == []


def test_author_elements_in_a_run_that_is_no_thread_are_read() -> None:
    # Co-authors' boxes after the story, alike, dated, but with no reply control, permalink or
    # comment heading: not a thread, the authors stay.
    boxes = "".join(
        f"<div class='q7'><span class='author'>{name}</span><span>3. Mai 2024</span><p>{role}</p></div>"
        for name, role in (("Jan Sellner", "Redakteur Politik"), ("Anna Berger", "Korrespondentin Berlin"))
    )
    sentence = "Die Hafenfähre fährt seit Montag nach den langen Winterreparaturen wieder."
    page = f"<div class='z1'><h1>Fähre</h1><div class='z3'>{story(sentence)}</div>{boxes}</div>"
    assert _authors(page, "de") == ["Jan Sellner", "Anna Berger"]
