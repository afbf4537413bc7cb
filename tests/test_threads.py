"""Reader comment threads found by their structure (``body/threads.py``), whatever the page's
class names: hashed (CSS-in-JS) or in another language. The story stays; a forum thread, a
live blog, an interview's questions and answers and a list of quotes are content and stay."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.prepare import THREAD, prepare
from newscrawl.extract.body.threads import comment_threads
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

URL = "https://news.example.org/2024/05/harbour-ferry"

STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour ferry returning to service after the long winter "
    "repairs, with quotes from the crew and the town council.</p>"
    for i in range(6)
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Ferry</title>{head}</head><body>{body}</body></html>"


def _hashed_comment(name: str, day: int, text: str) -> str:
    """A comment as a CSS-in-JS site writes it: hashed classes, a permalink, a reply button."""
    return (
        f"<div class='sc-x7f2a sc-k3b9q'><div class='css-1q2w3e'><img src='/a/{name}.png' alt=''>"
        f"<span class='css-9z8y7x'>{name}</span>"
        f"<a class='css-0p9o8i' href='{URL}#c-{day}'>May {day}, 2024 at 4:{day:02d} pm</a></div>"
        f"<div class='css-5t6y7u'><p>{text}</p></div>"
        "<button class='css-4r5t6y'>Reply</button></div>"
    )


HASHED_THREAD = (
    "<section class='sc-m1n2b3'>"
    + _hashed_comment("Milan", 12, "I wonder whether the timetable will change again in autumn.")
    + _hashed_comment("Catherine", 13, "The council said the winter timetable stays as it was last year.")
    + _hashed_comment("Alex", 17, "Good news for the island, the bus was a long way round.")
    + "<form class='css-f0r4m'><textarea name='c'></textarea><button>Post</button></form></section>"
)


def _body(html_text: str) -> str:
    record = extract_article(html_text, URL)
    return record.text or ""


def test_a_thread_with_hashed_classes_is_dropped_and_the_story_kept() -> None:
    # (no <main> or <article>, no class word: nothing else tells trafilatura where the story ends)
    body = _body(
        _page(
            f"<div class='css-p4g3'><h1>Ferry returns</h1><div class='css-b0dy'>{STORY}</div>"
            f"{HASHED_THREAD}</div>"
        )
    )
    assert "Paragraph 5 of the story" in body and "Paragraph 0 of the story" in body
    assert "timetable will change" not in body
    assert "bus was a long way round" not in body


def test_prepare_records_the_thread_under_its_rule() -> None:
    page = parse_page(_page(f"<h1>Ferry returns</h1><div class='css-b0dy'>{STORY}</div>{HASHED_THREAD}"), URL)
    prepared = prepare(page, ExtractRules())
    threads = [record for record in prepared.pruned if record.rule == THREAD]
    assert len(threads) == 3 and "Milan" in threads[0].text
    assert "Paragraph 5 of the story" in prepared.tree.text_content()


def _german_comment(name: str, day: int, text: str) -> str:
    return (
        f"<li class='kommentar-eintrag'><div class='kopf'><b>{name}</b> sagt: "
        f"<span>{day}. Oktober 2023 um 15:0{day % 10} Uhr</span></div>"
        f"<div class='inhalt'><p>{text}</p></div>"
        f"<a class='knopf' href='/2023/10/faehre/?replytocom={day}#respond'>Antworten</a></li>"
    )


def test_german_comments_under_kommentare_are_dropped() -> None:
    thread = (
        "<div class='kommentarbereich'><h2>3 Kommentare</h2><ol class='liste'>"
        + _german_comment("Borchert", 18, "Mir ist die Fähre im Winter lieber als der Bus über die Brücke.")
        + _german_comment("Moritz", 19, "Glückwunsch an die Mannschaft, die Reparatur hat lange gedauert.")
        + _german_comment("Heike", 20, "Hoffentlich bleibt der Fahrplan so, wie er angekündigt wurde.")
        + "</ol></div>"
    )
    page = parse_page(_page(f"<h1>Fähre fährt wieder</h1><div class='artikel'>{STORY}</div>{thread}"), URL)
    found = comment_threads(page)
    assert [node.tag for node in found] == ["li", "li", "li"]
    body = _body(_page(f"<h1>Fähre fährt wieder</h1><div class='artikel'>{STORY}</div>{thread}"))
    assert "Paragraph 5 of the story" in body
    assert "Fähre im Winter lieber" not in body


def test_french_comments_with_relative_times_and_a_form_are_dropped() -> None:
    def comment(name: str, hours: int, text: str) -> str:
        return (
            f"<div class='reaction-bloc'><strong>{name}</strong><span>il y a {hours} heures</span>"
            f"<p>{text}</p><a href='#reaction-{hours}'>Répondre</a></div>"
        )

    thread = (
        "<div class='reactions'>"
        + comment("Claire", 2, "Enfin une bonne nouvelle pour les habitants de l'île après tout cet hiver.")
        + comment("Paul", 3, "Le bac était indispensable, le détour par le pont prenait une heure de plus.")
        + "<form><textarea></textarea></form></div>"
    )
    page = parse_page(
        _page(f"<h1>Le bac reprend du service</h1><div class='texte'>{STORY}</div>{thread}"), URL
    )
    found = comment_threads(page)
    assert len(found) == 2 and all("il y a" in node.text_content() for node in found)


@pytest.mark.parametrize(
    ("stamp", "reply", "texts"),
    [
        (
            "há {n} horas",
            "Responder",
            (
                "Finalmente uma boa notícia para a ilha depois deste inverno.",
                "O desvio pela ponte levava mais uma hora, todos os dias.",
            ),
        ),
        (
            "{n} ore fa",
            "Rispondi",
            (
                "Finalmente una buona notizia per l'isola dopo questo inverno.",
                "La deviazione per il ponte costava un'ora in più ogni giorno.",
            ),
        ),
        (
            "{n} uur geleden",
            "Reageer",
            (
                "Eindelijk goed nieuws voor het eiland na deze lange winter.",
                "De omweg over de brug kostte elke dag een uur extra.",
            ),
        ),
    ],
    ids=["pt", "it", "nl"],
)
def test_comments_stamped_with_relative_times_in_more_languages_are_found(
    stamp: str, reply: str, texts: tuple[str, str]
) -> None:
    # no <time>, no date: the relative time is the stamp (words/notes.py RELATIVE_TIMES)
    thread = (
        "<div class='x1'>"
        + "".join(
            f"<div class='x2'><b>Ana</b><span>{stamp.format(n=n)}</span><p>{text}</p>"
            f"<a href='#c{n}'>{reply}</a></div>"
            for n, text in enumerate(texts, 2)
        )
        + "<form><textarea></textarea></form></div>"
    )
    page = parse_page(_page(f"<h1>Ferry</h1><div class='x3'>{STORY}</div>{thread}"), URL)
    found = comment_threads(page)
    assert len(found) == 2 and all(texts[i] in node.text_content() for i, node in enumerate(found))


def test_schema_org_comments_are_dropped_whatever_their_classes() -> None:
    comment = (
        "<div class='c118a' itemscope itemtype='https://schema.org/UserComments'>"
        "<span itemprop='creator'>Stephanie</span> <span itemprop='commentTime'>September 17, 2014</span>"
        "<div itemprop='commentText'><p>We also fill our bottles before heading out on the ferry.</p></div>"
        "</div>"
    )
    page = parse_page(_page(f"<h1>Ferry returns</h1><div class='c7b'>{STORY}</div>{comment}"), URL)
    assert [node.get("itemtype") for node in comment_threads(page)] == ["https://schema.org/UserComments"]


def _post(name: str, day: int, text: str) -> str:
    return (
        f"<div class='x9f0e post'><div class='x1a2b'><a href='/members/{name}'>{name}</a>"
        f"<span>March {day}, 2024</span></div><div class='x3c4d'>{text}</div>"
        f"<a href='#post-{day}'>#{day}</a> <button>Reply</button></div>"
    )


FORUM_POSTS = (
    _post("ferryfan", 1, "Does anyone know when the ferry returns to the winter timetable this year?")
    + _post("islander", 2, "The council said May, after the repairs to the ramp on the island side are done.")
    + _post("skipper", 3, "Repairs are on schedule, we expect the first crossing on the second of May.")
)


def test_a_forum_thread_page_keeps_its_posts() -> None:
    # no schema, hashed classes, a reply form: the first post opens the page, no story before it
    html_text = _page(
        f"<h1>When does the ferry return?</h1><div class='x0'>{FORUM_POSTS}</div>"
        "<form><textarea></textarea></form>"
    )
    assert comment_threads(parse_page(html_text, URL)) == []
    assert "the first crossing on the second of May" in _body(html_text)


def test_a_forum_thread_page_with_its_schema_keeps_its_posts() -> None:
    schema = (
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Ferry"}</script>'
    )
    html_text = _page(
        f"<h1>When does the ferry return?</h1><div class='x0'>{STORY}{FORUM_POSTS}</div>"
        "<h2>3 replies</h2><form><textarea></textarea></form>",
        head=schema,
    )
    assert comment_threads(parse_page(html_text, URL)) == []


def test_a_live_blog_keeps_its_dated_posts() -> None:
    def update(clock: str, text: str) -> str:
        return (
            f"<div class='lb-9k2'><time datetime='2024-05-02T{clock}'>{clock}</time>"
            f"<p>{text}</p><a href='#update-{clock}'>Share</a></div>"
        )

    html_text = _page(
        f"<h1>Live: the ferry's first crossing</h1><div class='lb-0'>{STORY}"
        + update("10:32", "The ferry has left the harbour with forty passengers and two cars on board.")
        + update("10:58", "Halfway across, the sea is calm and the crew reports no trouble with the ramp.")
        + update("11:20", "The ferry has docked on the island side, to applause from a small crowd.")
        + "</div><h2>Comments</h2><form><textarea></textarea></form>"
    )
    assert comment_threads(parse_page(html_text, URL)) == []
    body = _body(html_text)
    assert "Halfway across, the sea is calm" in body and "to applause from a small crowd" in body


def test_an_interview_keeps_its_questions_and_answers() -> None:
    qa = "".join(
        f"<div class='qa-7h'><p class='q'><b>Question {i}:</b> "
        f"What changed on the ferry in winter {2020 + i}?</p>"
        f"<p class='a'>Answer {i}: the ramp, the engines and the timetable all changed that winter.</p></div>"
        for i in range(4)
    )
    html_text = _page(
        f"<h1>Interview with the skipper</h1><div class='b'>{STORY}{qa}</div>"
        "<h2>Comments</h2><form><textarea></textarea></form>"
    )
    assert comment_threads(parse_page(html_text, URL)) == []
    assert "Answer 3: the ramp, the engines" in _body(html_text)


def test_a_list_of_quotes_stays() -> None:
    quotes = "".join(
        f"<blockquote class='q-1x'><p>“The ferry is the island's lifeline,” said speaker {i} on "
        f"May {i + 1}, 2024.</p><cite>Speaker {i}</cite></blockquote>"
        for i in range(3)
    )
    html_text = _page(
        f"<h1>What they said</h1><div class='b'>{STORY}{quotes}</div><h2>Kommentare</h2>"
        "<form><textarea></textarea></form>"
    )
    assert comment_threads(parse_page(html_text, URL)) == []
    assert "said speaker 2" in _body(html_text)


def test_teaser_cards_with_dates_are_no_thread() -> None:
    cards = "".join(
        f"<div class='card-3f'><a href='/2024/05/story-{i}'>Another story number {i} about the island "
        f"and its harbour</a><span>May {i + 1}, 2024</span></div>"
        for i in range(4)
    )
    html_text = _page(f"<h1>Ferry returns</h1><div class='b'>{STORY}</div><h2>Comments</h2>{cards}")
    assert comment_threads(parse_page(html_text, URL)) == []
