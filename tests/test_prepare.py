"""The copy of the page trafilatura reads (``body/prepare.py``): chrome that is never article
text is pruned before extraction, the story stays."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.body.prepare import REGION_RULES, prepare, prepared_tree
from newscrawl.extract.body.stories import Pruned, PrunedText
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour ferry, long enough to be prose text.</p>"
    for i in range(6)
)
SERVICES = "".join(
    f"<div class='svc'><p><strong>Purpose:</strong> service {i} measures the audience of the site.</p></div>"
    for i in range(8)
)


def _text(body: str) -> str:
    tree = prepared_tree(
        parse_page(f"<html><body>{body}</body></html>", "https://example.org/a"), ExtractRules()
    )
    return " ".join(tree.text_content().split())


def test_a_consent_dialog_is_pruned_whatever_its_size() -> None:
    for opener in (
        "<div class='sp-dsgvo sp-dsgvo-popup-overlay'>",  # German "DSGVO", a popup overlay
        "<section id='consent-manager' role='dialog'>",
        "<div class='privacy-layer' aria-modal='true'>",
        "<div id='cookie-notice' class='cn-bottom' role='banner'><div class='cookie-notice-container'>",
    ):
        text = _text(f"<article><h1>Ferry returns</h1>{STORY}</article>{opener}{SERVICES}</div></div>")
        assert "Paragraph 5 of the story" in text, opener
        assert "Purpose:" not in text, opener


def test_a_consent_class_on_a_wrapper_of_the_story_keeps_the_story() -> None:
    # a page wrapper named by a consent script (it blurs the page until the reader chooses)
    text = _text(
        f"<div class='cookie-consent-overlay-host'><article><h1>Ferry returns</h1>{STORY}</article></div>"
    )
    assert "Paragraph 5 of the story" in text


def test_a_large_privacy_text_that_is_no_dialog_stays() -> None:
    # a privacy policy page: its text is the page's content, not a dialog over it
    text = _text(f"<div class='privacy-policy'>{SERVICES}{STORY}</div>")
    assert "Purpose:" in text and "Paragraph 5 of the story" in text


def test_blog_share_bar_and_author_box_are_pruned() -> None:
    text = _text(
        f"<article><h1>Lasagne beds</h1><div class='entry-content'>{STORY}"
        "<div id='jp-post-flair' class='sharedaddy sd-sharing-enabled'><h3>Partager :</h3>"
        "<ul><li><a href='/s'>Twitter</a></li></ul></div></div>"
        "<div class='entry-author'><p class='author-bio'>Gardener for twenty years.</p></div></article>"
    )
    assert "Paragraph 5 of the story" in text
    assert "Partager" not in text and "Gardener for twenty years" not in text


# Issue 10, point 4: every region pruned before trafilatura reads the page is on record with
# its rule (``Pruned``), for ``explain`` and the recall guard. One case per rule kind, in
# several languages: (rule, what the page holds besides the story, a line of the region).
REGIONS = [
    (
        "site-prune-xpath",
        "<div class='promo-strip'><p>Heute im Angebot: drei Monate lesen für einen Euro.</p></div>",
        "drei Monate lesen für einen Euro",
    ),
    ("hidden", "<div hidden><span>Menú principal de la edición impresa</span></div>", "Menú principal"),
    ("hidden", "<template><span>Ladataan seuraavaa juttua…</span></template>", "Ladataan seuraavaa"),
    (
        "caption",
        "<figure><img src='/ferry.jpg'><figcaption>Le bac au quai, lundi matin.</figcaption></figure>",
        "Le bac au quai",
    ),
    ("caption", "<div class='image-credit'>Foto: Archiv der Stadtwerke</div>", "Archiv der Stadtwerke"),
    (
        "embedded-post",
        "<blockquote class='instagram-media'><p>Que vista linda do porto hoje!</p></blockquote>",
        "Que vista linda",
    ),
    (
        "chrome-box",
        "<div class='newsletter-signup'><p>Iscriviti alla newsletter del mattino.</p></div>",
        "Iscriviti alla newsletter",
    ),
    (
        "consent-dialog",
        f"<div id='cookie-consent' role='dialog'>{SERVICES}</div>",
        "service 7 measures the audience",
    ),
    (
        "caption-beside-picture",
        "<p><img src='/pier.jpg'></p><p>De pier bij laag water. Foto: ANP</p>",
        "De pier bij laag water",
    ),
    (
        "form-box",
        "<div class='k2'><div class='k3'><h3>Le matin dans votre boîte</h3><p>Chaque jour à six heures,"
        " l'essentiel de l'actualité.</p><form><input type='email' name='m'><button>OK</button></form>"
        "</div></div>",
        "Chaque jour à six heures",
    ),
    (  # a figure written as a div, its classes opaque: the picture and one short text block
        "caption-beside-picture",
        "<div class='q1'><img src='/kai.jpg'><p class='q2'>Der Kai am Abend, vor der letzten Fähre</p></div>",
        "Der Kai am Abend",
    ),
    (  # the picture names its caption by id (aria-describedby), whatever stands between them
        "caption-beside-picture",
        "<div class='q3'><div><img src='/muelle.jpg' aria-describedby='q-9'></div></div>"
        "<p id='q-9' class='q4'>El muelle al amanecer, con los barcos de pesca de vuelta</p>",
        "El muelle al amanecer",
    ),
]


@pytest.mark.parametrize(("rule", "region", "line"), REGIONS)
def test_each_region_pruned_is_on_record_with_its_rule(rule: str, region: str, line: str) -> None:
    page = parse_page(
        f"<html><body><article><h1>Ferry returns</h1>{STORY}{region}</article></body></html>",
        "https://example.org/a",
    )
    prepared = prepare(page, ExtractRules(prune_xpaths=("//div[@class='promo-strip']",)))
    assert line not in prepared.tree.text_content()
    assert "Paragraph 5 of the story" in prepared.tree.text_content()
    (record,) = [record for record in prepared.pruned if line in record.text]
    assert record.rule == rule and rule in REGION_RULES and not record.story
    assert record.chars == len(record.text) > 0
    assert record.heading  # its label: tag, id, classes
    assert PrunedText(prepared.pruned).cause(record.text) is record  # the guard tells its line
    assert "Paragraph 5 of the story" not in PrunedText(prepared.pruned)


def test_a_region_label_names_its_element_and_nested_regions_count_once() -> None:
    page = parse_page(
        "<html><body><article><h1>Ferry returns</h1>"
        f"{STORY}<aside id='cmp' class='consent-layer overlay' role='dialog'>{SERVICES}"
        "<div aria-hidden='true'><span>Schließen</span></div></aside></article></body></html>",
        "https://example.org/a",
    )
    records = prepare(page, ExtractRules()).pruned
    assert {(r.rule, r.heading) for r in records} == {
        ("hidden", "div"),
        ("consent-dialog", "aside#cmp.consent-layer.overlay"),
    }
    # the hidden node inside the dialog went first: its text is counted once, under its own rule
    hidden, dialog = sorted(records, key=lambda record: record.rule, reverse=True)
    assert hidden.text == "Schließen" and "Schließen" not in dialog.text
    assert "service 7 measures the audience" in dialog.text


def test_a_region_text_is_read_only_when_asked() -> None:
    node = html.fromstring("<div class='caption'>Le bac au quai, lundi matin.</div>")
    record = Pruned("caption", nodes=(node,))
    node.text = "Changed before anyone asked."
    assert record.text == "Changed before anyone asked."  # read from the element on first use
    assert record.parts == ("Changed before anyone asked.",)  # no paragraph: the whole text is one line


def _form_boxes(body: str) -> list[str]:
    page = parse_page(f"<html><body>{body}</body></html>", "https://example.org/a")
    return [record.text for record in prepare(page, ExtractRules()).pruned if record.rule == "form-box"]


def test_a_form_box_is_the_small_box_around_the_fields_never_the_story_beside_the_headline() -> None:
    post = (
        "<div class='w5'><h2>Primeras fresas</h2><p>Este fin de semana recogimos las primeras fresas"
        " del bancal.</p><p>El truco ha sido acolchar con paja.</p></div>"
    )
    form = "<h3>Deja un comentario</h3><form><textarea name='c'></textarea><button>Publicar</button></form>"
    # the post and its comment form share a container beside the blog's <h1>: only the form goes
    (box,) = _form_boxes(f"<div><h1>Mi cuaderno</h1></div><div class='w4'>{post}{form}</div>")
    assert "Primeras fresas" not in box
    # a search field in the page's header or menu is left to trafilatura
    assert _form_boxes(f"<header><div><input type='search'><span>Buscar</span></div></header>{post}") == []
    assert _form_boxes(f"<div role='navigation'><div><input name='q'></div></div>{post}") == []
    # hidden fields and bare buttons are no reader's fields
    buttons = "<div><p>Gefällt dir das?</p><input type='hidden' name='t'><button>Ja</button></div>"
    assert _form_boxes(f"{post}{buttons}") == []


def test_a_form_box_stops_below_a_container_of_prose() -> None:
    prose = "".join(f"<p>Paragraph {n} of a long story that goes on for a while here.</p>" for n in range(4))
    (box,) = _form_boxes(
        f"<div><h1>Title</h1></div><div class='a'>{prose}<div class='b'><p>Sign up now.</p>"
        "<input type='email'></div></div>"
    )
    assert box == "Sign up now." and "Paragraph 1" not in box


def test_a_sign_up_boxs_hidden_messages_are_no_prose_that_stops_it() -> None:
    # The box's after-sending states ("thanks", an error) are hidden: they do not count as
    # prose that would make the box a container of the story.
    for title, blurb, thanks, more, error in (
        (
            "Morning Brief",
            "Get the day's most important news in a short and very readable format.",
            "A welcome email is on its way. If you don't see it, check your junk folder.",
            "The next issue of the Morning Brief will soon be in your inbox.",
            "We encountered an issue signing you up. Please try again in a minute.",
        ),
        (
            "Morgenpost",
            "Die wichtigsten Nachrichten des Tages kurz und übersichtlich in Ihrem Postfach.",
            "Eine Willkommens-E-Mail ist unterwegs. Bitte prüfen Sie auch Ihren Spam-Ordner.",
            "Die nächste Ausgabe der Morgenpost ist bald in Ihrem Postfach, versprochen.",
            "Bei der Anmeldung ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
        ),
    ):
        box = (
            f"<div class='n1'><div class='n2'>{title}</div><p>{blurb}</p>"
            "<div class='n3'><form><input type='email' name='e'><button>Go</button></form>"
            f"<p>{more}</p></div>"
            f"<div class='n4' hidden><p>{thanks}</p><p>{more}</p></div>"
            f"<p aria-hidden='true'>{error}</p></div>"
        )
        (found,) = _form_boxes(f"<div><h1>Title</h1></div><div class='s'><p>Story.</p>{box}</div>")
        assert blurb in found and title in found  # the whole box, its title and blurb with it
        # shown prose still counts: four shown paragraphs around the form stop the box below them
        shown = box.replace(" hidden", "").replace(" aria-hidden='true'", "")
        (found,) = _form_boxes(f"<div><h1>Title</h1></div><div class='s'><p>Story.</p>{shown}</div>")
        assert blurb not in found
