"""What a site prints about itself in the words many sites share (``body/boilerplate.py``,
``words/notes.py``): a cookie consent notice and the dialog after it, a comment section's
rules, a blog's post-meta line, "Powered by", a widget's empty state, the issue a magazine
story comes from, an author box titled "About <name>". Hashed class names, so only the words
tell. The story sentence that quotes such words stays."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.boilerplate import (
    is_about_author,
    is_comment_policy,
    is_consent_notice,
    is_editorial_note,
    is_policy_title,
    is_prompt,
    is_site_notice,
)

pytestmark = pytest.mark.unit

URL = "https://blog.example.org/2024/05/harbour-ferry"


def _page(story: str, after: str, title: str = "Ferry returns", author: str = "Jane Doe") -> str:
    return (
        f"<html><head><title>{title}</title><meta name='author' content='{author}'></head><body>"
        f"<div class='c1a2b3'><h1>{title}</h1><div class='c4d5e6'>{story}</div>{after}</div>"
        "</body></html>"
    )


def _story(lang: str) -> str:
    line = {
        "en": "The harbour ferry returned to service after the long winter repairs, the crew said",
        "de": "Die Hafenfähre fährt nach den langen Reparaturen im Winter wieder, sagte die Besatzung",
        "fr": "Le bac du port a repris du service après les longues réparations de l'hiver, selon l'équipage",
        "es": "El ferry del puerto volvió tras las reparaciones del invierno, dijo la tripulación",
        "it": "Il traghetto del porto è tornato dopo le riparazioni invernali, ha detto l'equipaggio",
        "nl": "De veerboot van de haven vaart weer na de lange reparaties in de winter, zei de bemanning",
        "pt": "O ferry do porto voltou ao serviço depois das reparações de inverno, disse a tripulação",
    }[lang]
    return "".join(f"<p>{line} ({i}).</p>" for i in range(5))


def _text(html_text: str) -> str:
    return extract_article(html_text, URL).text or ""


@pytest.mark.parametrize(
    "notice",
    [
        "This website uses cookies. By continuing to use our website, you agree to our use of cookies.",
        "Diese Website verwendet Cookies. Wenn Sie fortfahren, erklären Sie sich damit einverstanden.",
        "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
        "Este sitio web utiliza cookies. Si continúa navegando, acepta su uso.",
        "Questo sito utilizza cookie. Proseguendo la navigazione accetti il loro utilizzo.",
        "Este site utiliza cookies. Ao continuar, você concorda com o seu uso.",
        "Deze website gebruikt cookies. Door verder te gaan ga je akkoord.",
    ],
)
def test_a_consent_notice_in_any_language_is_one(notice: str) -> None:
    assert is_consent_notice(notice)


def test_a_story_about_cookies_is_no_consent_notice() -> None:
    # no site's own use, no consent: a report; a quoted notice; a question of an FAQ
    assert not is_consent_notice("Regulators said advertisers still place cookies on most news sites.")
    assert not is_consent_notice('The banner read: "This site uses cookies, you agree by continuing."')
    assert not is_consent_notice("Do we use cookies on this site?")
    # German "sie" / "ihre" in lower case are "they" / "their", not the reader's polite "Sie"
    assert not is_consent_notice(
        "Die Datenschutzbehörde prüft seit Monaten, ob die großen Händler Cookies ohne Einwilligung"
        " verwenden; sie verlangt, dass ihre Kunden jeder Verwendung von Cookies ausdrücklich"
        " zustimmen können."
    )


def test_the_consent_dialog_goes_with_its_notice_and_the_story_stays() -> None:
    dialog = (
        "<div class='x9y8'><h3>Diese Website verwendet Cookies</h3>"
        "<p>Mit einem Klick auf Akzeptieren geben Sie Ihre Erlaubnis, dass Cookies auf Ihrem Gerät "
        "gespeichert werden.</p><h3>Was sind Cookies?</h3>"
        "<p>Ein Cookie ist eine kleine Textdatei, die Ihr Browser speichert.</p></div>"
        "<p class='z7'>Die Fähre fährt ab Montag wieder stündlich.</p>"
    )
    text = _text(_page(_story("de"), dialog))
    assert "Die Hafenfähre fährt nach den langen Reparaturen" in text
    assert "Erlaubnis, dass Cookies" not in text
    assert "Was sind Cookies?" not in text
    assert "kleine Textdatei" not in text


def test_a_privacy_policy_keeps_its_paragraphs_about_cookies() -> None:
    assert is_policy_title("Privacy Policy") and is_policy_title("Datenschutzerklärung")
    policy = (
        "<p>We use cookies to remember your preferences. By using our site, you agree to this "
        "use of cookies as this policy describes.</p>"
    )
    text = _text(_page(_story("en"), policy, title="Privacy Policy"))
    assert "We use cookies to remember your preferences" in text


@pytest.mark.parametrize(
    "rule",
    [
        "Please understand that comments are moderated and may take a while to appear.",
        "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.",
        "Les commentaires sont modérés avant publication.",
        "Los comentarios son moderados antes de su publicación.",
        "I commenti sono moderati dalla redazione.",
        "Os comentários são moderados pela equipa.",
        "Reacties worden gemodereerd voordat ze verschijnen.",
        "You must be logged in to post a comment.",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "Vous devez être connecté pour publier un commentaire.",
        "Debes estar conectado para publicar un comentario.",
        "Devi essere connesso per inviare un commento.",
        "Você precisa fazer o login para publicar um comentário.",
        "Je moet ingelogd zijn om een reactie te plaatsen.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Diese Website verwendet Akismet, um Spam zu reduzieren.",
        "Questo sito usa Akismet per ridurre lo spam.",
    ],
)
def test_a_comment_rule_in_any_language_is_one(rule: str) -> None:
    assert is_comment_policy(rule)


def test_a_story_about_netiquette_or_moderation_stays() -> None:
    assert not is_comment_policy(
        "Die Netiquette im Internet ist älter als das World Wide Web, sagt die Forscherin."
    )
    assert not is_comment_policy('"Our comments are moderated by volunteers," the forum\'s founder said.')


def test_a_comment_policy_goes_with_its_further_rules() -> None:
    policy = (
        "<div class='q1'><p>We welcome reader comments. Comments are moderated and e-mail addresses "
        "will not be published.</p><p>We ask that comments are civil and on topic.</p>"
        "<p>Please do not use the comments to advertise.</p></div>"
    )
    text = _text(_page(_story("en"), policy))
    assert "The harbour ferry returned to service" in text
    assert "Comments are moderated" not in text
    assert "comments are civil" not in text
    assert "comments to advertise" not in text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This entry was posted in News and tagged ferry, harbour. Bookmark the permalink.", "post-meta"),
        ("Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Fähre.", "post-meta"),
        ("und verschlagwortet mit", "post-meta"),
        (
            "Cette entrée a été publiée dans Actualités. Vous pouvez la mettre en favoris avec ce permalien.",
            "post-meta",
        ),
        ("Esta entrada fue publicada en Noticias y etiquetada con ferry.", "post-meta"),
        ("Questa voce è stata pubblicata in Notizie. Contrassegna il permalink.", "post-meta"),
        ("Esta entrada foi publicada em Notícias. Adicione aos favoritos o link permanente.", "post-meta"),
        ("Dit bericht werd geplaatst in Nieuws. Bookmark de permalink.", "post-meta"),
        ("Proudly powered by WordPress", "colophon"),
        ("Stolz präsentiert von WordPress", "colophon"),
        ("Fièrement propulsé par WordPress", "colophon"),
        ("There are no upcoming events.", "empty-state"),
        ("Es gibt derzeit keine bevorstehenden Veranstaltungen.", "empty-state"),
        ("Il n'y a pas d'événements à venir.", "empty-state"),
        ("No hay próximos eventos.", "empty-state"),
        ("Non ci sono eventi in programma.", "empty-state"),
        ("Não há próximos eventos.", "empty-state"),
        ("Er zijn geen komende evenementen.", "empty-state"),
    ],
)
def test_site_notices_in_many_languages(line: str, kind: str) -> None:
    assert is_site_notice(line) == kind


def test_story_sentences_with_those_words_are_no_notices() -> None:
    assert (
        is_site_notice(
            "Powered by a new electric engine, the ferry crosses the bay in twenty minutes, "
            "half the time it took before the winter repairs, the operator said today."
        )
        is None
    )
    assert (
        is_site_notice("The council said there are no upcoming events at the harbour until the repairs end.")
        is None
    )
    assert is_site_notice("This entry in the harbour log was written by the captain in 1912.") is None


def test_the_post_meta_line_powered_by_and_empty_widget_go_the_story_stays() -> None:
    after = (
        "<div class='m1'>Dieser Eintrag wurde veröffentlicht in <a href='/c/news'>News</a> und "
        "verschlagwortet mit <a href='/t/faehre'>Fähre</a>.</div>"
        "<div class='w2'><h3>Anstehende Veranstaltungen</h3><p>Es gibt derzeit keine bevorstehenden "
        "Veranstaltungen.</p></div><div class='f3'><p>Stolz präsentiert von WordPress</p></div>"
    )
    text = _text(_page(_story("de"), after))
    assert "Die Hafenfähre fährt nach den langen Reparaturen" in text
    assert "Dieser Eintrag wurde veröffentlicht" not in text
    assert "keine bevorstehenden Veranstaltungen" not in text
    assert "Stolz präsentiert" not in text


def test_about_and_the_page_s_author_is_an_author_box_title() -> None:
    authors = {"jane doe", "simon muster"}
    for title in (
        "About Jane Doe",
        "Über Jane Doe",
        "À propos de Jane Doe",
        "Acerca de Simon Muster",
        "Informazioni su Jane Doe",
        "Sobre Jane Doe",
        "Over Simon Muster",
    ):
        assert is_about_author(title, authors), title
    assert not is_about_author("About Hans Muster", authors)  # someone the story is about
    assert not is_about_author("About the harbour", authors)


def test_an_author_box_titled_about_the_author_by_name_goes() -> None:
    box = (
        "<div class='a1'><h2>Über Jane Doe</h2><p>Redakteurin im Ressort Verkehr, seit zwanzig Jahren "
        "am Hafen unterwegs.</p></div>"
    )
    text = _text(_page(_story("de"), box))
    assert "Die Hafenfähre fährt" in text
    assert "seit zwanzig Jahren am Hafen" not in text


def test_a_sub_heading_about_someone_else_stays() -> None:
    part = "<h2>Über Hans Muster</h2><p>Hans Muster steuert die Fähre seit dreißig Jahren über den See.</p>"
    text = _text(_page(_story("de") + part, ""))
    assert "Hans Muster steuert die Fähre" in text


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Beitrag stammt aus Ausgabe 7/2019 des Magazins. Das Heft ist im Handel erhältlich.",
        "This story appears in the March 2020 issue of the magazine.",
        "Cet article est paru dans le numéro 42 du magazine.",
        "Questo articolo è uscito nel numero di marzo.",
    ],
)
def test_the_issue_a_story_comes_from_is_an_editorial_note(line: str) -> None:
    assert is_editorial_note(line)


@pytest.mark.parametrize(
    "label",
    [
        "Further reading:",
        "Zum Weiterlesen:",
        "Pour aller plus loin",
        "Per approfondire:",
        "weiterlesen5 Minuten",
    ],
)
def test_reading_labels_and_read_more_buttons_are_prompts(label: str) -> None:
    assert is_prompt(label)


def test_a_sentence_on_further_reading_is_no_prompt() -> None:
    assert not is_prompt("Further reading of the logbook shows the ferry never missed a crossing.")


def test_a_story_on_cookies_after_the_site_s_banner_stays() -> None:
    banner = "<p>This website uses cookies. By continuing to browse, you agree to our use of cookies.</p>"
    story = "".join(
        f"<p>The court ruled that advertisers must ask before they set tracking cookies, part {i} of the "
        "ruling said, and regulators will check compliance from next year.</p>"
        for i in range(5)
    )
    text = _text(_page(banner + story, ""))
    assert "By continuing to browse" not in text
    assert "part 0 of the ruling" in text and "part 4 of the ruling" in text


def test_the_comment_form_s_notices_go_and_a_story_on_logging_in_stays() -> None:
    form = (
        "<div class='r5'><h3>Leave a Reply</h3><p>You must be logged in to post a comment.</p>"
        "<p>This site uses Akismet to reduce spam. Learn how your comment data is processed.</p></div>"
    )
    text = _text(_page(_story("en"), form))
    assert "The harbour ferry returned to service" in text
    assert "logged in to post a comment" not in text
    assert "Akismet" not in text
    assert not is_comment_policy(
        "Passengers must be logged in to the ferry app to post a complaint, the operator said."
    )


@pytest.mark.parametrize(
    ("lang", "notice", "rule", "more"),
    [
        (
            "en",
            "This site uses cookies ({n}). You agree.",
            "Comments are moderated ({n}).",
            "Cookies help you find your way around and remember what you chose the last time you came.",
        ),
        (
            "de",
            "Wir verwenden Cookies ({n}). Sie stimmen zu.",
            "Kommentare werden moderiert ({n}).",
            "Cookies helfen Ihnen, sich zurechtzufinden, und merken sich, was Sie zuletzt gewählt haben.",
        ),
        (
            "fr",
            "Ce site utilise des cookies ({n}). Vous acceptez.",
            "Les commentaires sont modérés ({n}).",
            "Les cookies vous aident à retrouver votre chemin et gardent en mémoire vos derniers choix.",
        ),
    ],
)
def test_a_notice_runs_on_over_thousands_of_notices_dropped_before_it(
    lang: str, notice: str, rule: str, more: str
) -> None:
    # a worst case: 1,500 consent notices, each followed by a comment rule (dropped by another
    # rule, so it does not end the run): each run skips what is dropped without reading it
    # again (read on to the end from every notice, 8,000 pairs took 4.5 s)
    pairs = "".join(f"<p>{notice.format(n=n)}</p><p>{rule.format(n=n)}</p>" for n in range(1500))
    text = _text(_page(_story(lang), f"<div class='q1'>{pairs}<p>{more}</p></div>"))
    assert _story(lang)[3:60] in text
    assert notice.format(n=1499) not in text and rule.format(n=1499) not in text
    assert more not in text  # (no notice itself: dropped as the last notice's run)
