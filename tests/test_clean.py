"""Table-driven tests of the boilerplate filters (newscrawl.extract.body.boilerplate) and credits."""

from __future__ import annotations

import pytest

from newscrawl.extract.body import boilerplate
from newscrawl.extract.images import credits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Advertisement", True),
        ("ADVERTISEMENT", True),
        (" - Anzeige - ", True),
        ("Publicité", True),
        ("Story continues below advertisement", True),
        ("Advertisement 1 Story continues below", True),
        ("Publicidad", True),
        ("Реклама", True),
        ("REKLAM", True),
        ("Publicitate", True),
        ("Διαφήμιση", True),
        ("פרסומת", True),
        ("広告", True),
        ("广告", True),
        ("광고", True),
        ("Реклама на сайте запрещена законом.", False),
        ("広告業界の売上が伸びた", False),
        ("The advertisement ran for weeks.", False),
        ("Anzeigen gegen den Bürgermeister wurden erstattet.", False),
    ],
)
def test_ad_markers(text: str, expected: bool) -> None:
    assert boilerplate.is_ad_marker(text) is expected


@pytest.mark.parametrize(
    ("text", "is_credit", "value"),
    [
        ("Image: AP | Image:self", True, "AP; self"),
        ("Image: AP", True, "AP"),
        ("Photo: Reuters", True, "Reuters"),
        ("Photograph: Ian Forsyth/Getty Images", True, "Ian Forsyth/Getty Images"),
        ("(AP Photo/Jane Doe)", True, "AP Photo/Jane Doe"),
        ("Foto: dpa", True, "dpa"),
        ("Getty Images", True, "Getty Images"),
        ("Reuters", True, "Reuters"),
        ("The photo was taken by a bystander.", False, None),
        ("Source: the ministry said prices rose.", False, None),
        ("Foto Peter Lang", True, "Peter Lang"),
        ("Photo by Jane Doe", True, None),
        ("Image courtesy of NASA", True, None),
        ("Bildung bleibt Ländersache", False, None),
        ("Quellen der Finanzierung", False, None),
        ("Video zeigt Protest vor dem Landtag", False, None),
        ("Images of the war", False, None),
        ("Fotos que cuentan el cambio", False, None),
        ("Photo credit: Jane Doe", True, "Jane Doe"),
        ("Beeld: ANP", True, "ANP"),
        ("Fot. PAP/Adam Warżawa", True, "PAP/Adam Warżawa"),
        ("Kuva: Lehtikuva", True, "Lehtikuva"),
        ("Imagen: EFE", True, "EFE"),
        ("Fotoğraf: AA", True, "AA"),
        ("写真：共同", True, "共同"),
        ("Imagen de la semana", False, None),
        ("Beeldvorming is belangrijk", False, None),
        ("写真は市役所の前で撮影された", False, None),
        ("Foto's: ANP", True, "ANP"),
        ("（写真：共同）", True, "共同"),
        ("图片来源：新华社", True, "新华社"),
        ("Φωτογραφία: Eurokinissi", True, "Eurokinissi"),
        ("Foto: picture alliance / dpa | Michael Kappeler", True, "picture alliance / dpa; Michael Kappeler"),
        ("REUTERS/Jane Doe", True, "REUTERS/Jane Doe"),
        ("Jane Doe/AFP via Getty Images", True, "Jane Doe/AFP via Getty Images"),
        ("Imago/Sven Simon", True, "Imago/Sven Simon"),
        ("Getty Images/iStockphoto", True, "Getty Images/iStockphoto"),
        ("Photo by Jane Doe on Unsplash", True, None),
        ("Image via Wikimedia Commons", True, None),
        ("dpa/AFP", False, None),  # a text's wire signature, no picture's
        ("Reuters/Ipsos poll shows a lead", False, None),
        ("图书馆开放时间", False, None),
        ("Photo on the left", False, None),
        ("Fotograf: Jens Nørgaard", True, "Jens Nørgaard"),
        ("Sursa foto: Inquam Photos", True, "Inquam Photos"),
        ("צילום: רויטרס", True, "רויטרס"),
        ("تصوير: رويترز", True, "رويترز"),
        ("Fotografen kom for sent", False, None),
        ("Crédits photos : Bestimage", True, "Bestimage"),  # fr plural label, space before colon
        ("Crédit photo : Jean Dupont", True, "Jean Dupont"),
        ("Les crédits photos sont à la fin.", False, None),
    ],
)
def test_credit_lines(text: str, is_credit: bool, value: str | None) -> None:
    assert credits.is_credit_line(text) is is_credit
    if value is not None:
        assert credits.credit_value(text) == value


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Crowds gather. (AP Photo/Jane Doe)", ("Crowds gather.", "AP Photo/Jane Doe")),
        ("Le port, jeudi 2 mai. Photo AFP", ("Le port, jeudi 2 mai.", "AFP")),
        ("Radfahrer am Kanal. Foto: dpa", ("Radfahrer am Kanal.", "dpa")),
        ("Das Band. © picture alliance/dpa", ("Das Band.", "picture alliance/dpa")),
        ("De haven bij nacht. Beeld: ANP", ("De haven bij nacht.", "ANP")),
        ("Satama illalla. Kuva: Lehtikuva", ("Satama illalla.", "Lehtikuva")),
        ("He took a photo. Then left.", ("He took a photo. Then left.", None)),
        ("Crowds in the square. REUTERS/Jane Doe", ("Crowds in the square.", "REUTERS/Jane Doe")),
        (
            "Crowds on Sunday. (Jane Doe/AFP via Getty Images)",
            ("Crowds on Sunday.", "Jane Doe/AFP via Getty Images"),
        ),
        ("Le port, jeudi. Crédit photo : Jean Dupont", ("Le port, jeudi.", "Jean Dupont")),
        ("De markt op zaterdag. Foto's: ANP", ("De markt op zaterdag.", "ANP")),
        ("新しくなった閲覧室。写真：共同通信", ("新しくなった閲覧室。", "共同通信")),
        ("改造后的东大街。图片来源：新华社", ("改造后的东大街。", "新华社")),
        ("The poll was run by Reuters/Ipsos.", ("The poll was run by Reuters/Ipsos.", None)),
    ],
)
def test_trailing_credit_split(caption: str, expected: tuple[str, str | None]) -> None:
    assert credits.split_trailing_credit(caption) == expected


@pytest.mark.parametrize(
    ("text", "link_ratio", "expected"),
    [
        ("Read more: Macron warns of severe cost", 0.0, True),
        ("READ | Macron warns of 'severe cost' if Russia moves on Ukraine", 0.8, True),
        ("Also Read: Biden speaks to Zelensky", 0.0, True),
        ("Lesen Sie auch: Neue Radwege in Plagwitz", 0.0, True),
        ("À lire aussi La natalité russe menacée", 0.9, True),
        ("À lire aussi La natalité russe menacée", 0.0, False),
        ("Read the full report, officials said, before deciding.", 0.0, False),
        ("FUNDA OLUNYE UDABA LAPHA | Isihluku isoka ligwaza intombi", 0.8, True),
        ("NEW YORK | The city council said on Monday", 0.0, False),
        (">> Hier finden Sie alle EZB-Termine für 2025 im Überblick", 0.9, True),
        ("→ Schwerpunkt", 1.0, True),
        ("»Wir bleiben«, sagte sie in Berlin.", 0.2, False),
        ("Le puede interesar: JEP abrirá tres nuevos macrocasos", 0.7, True),
        ("También te puede interesar: El mercado amplía su horario", 0.8, True),
        ("Te recomendamos: El museo naval abre una sala", 0.8, True),
        ("Lea también: Los precios de la vivienda suben", 0.0, True),
        ("Le puede interesar saber que el museo abre los lunes.", 0.0, False),
        ("Ti potrebbe interessare: il nuovo orario dei musei", 0.9, True),
        ("You may also like: Ten walks along the coast", 0.9, True),
        ("Weiterlesen: Neue Radwege in Plagwitz", 0.9, True),
    ],
)
def test_teasers(text: str, link_ratio: float, expected: bool) -> None:
    assert boilerplate.is_teaser(text, link_ratio) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Share this:", True),
        ("Like this:", True),
        ("Newsletter abonnieren", True),
        ("Get Cascade Wire's Climate newsletter", True),
        ("Czytaj więcej", True),
        (
            "Our website is the place for the latest news. Please bookmark paper.example and sign up "
            "for our newsletters here.",
            True,
        ),
        ("Order Reprints", True),
        ("Categorias", True),
        ("Du musst dich EINLOGGEN um einen Kommentar abzugeben.", True),
        ("Follow The Courier on Twitter and Instagram @courier and on Facebook.", True),
        ("If you are already a subscriber, log in for immediate access to this story.", True),
        ("To view the full story, please subscribe to the Courier.", True),
        ("Headlines delivered to your inbox", True),
        ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", True),
        ("Sie sind bereits Abonnent? Hier anmelden.", True),
        ("Suivez-nous sur Facebook et Instagram", True),
        ("Vous êtes déjà abonné ? Connectez-vous.", True),
        ("¿Ya eres suscriptor? Inicia sesión", True),
        ("Seguici su Instagram", True),
        ("Abonnieren Sie jetzt den Themen-Newsletter «Wohnen».", True),
        ("Wenn du nichts mehr verpassen willst, dann hol dir jetzt meinen gratis Newsletter!", True),
        ("Sign up to our morning newsletter for the day's headlines.", True),
        ("Suscríbete a nuestro boletín semanal.", True),
        ("Schrijf je in voor onze wekelijkse nieuwsbrief.", True),
        ("Abonnez-vous à notre infolettre quotidienne.", True),
        ("The mayor said she reads the council newsletter every week.", False),
        ("Der Newsletter der Stadt erscheint monatlich und informiert über Baustellen.", False),
        ("12.11.2021 red Artikel: Download PDF Drucken Teilen Feedback", True),
        ("Share Facebook X Email Print", True),
        ("Your email address will not be published. Required fields are marked *", True),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", True),
        ("Votre adresse e-mail ne sera pas publiée.", True),
        ("Tu dirección de correo electrónico no será publicada.", True),
        ("Gefällt mir Wird geladen …", True),
        ("Vorheriger Beitrag", True),
        ("Entrada siguiente", True),
        ("Posted in News, Politics", True),
        ("Posted in 1990, the letter never arrived at its destination in Ohio.", False),
        ("Veröffentlicht in Allgemein", True),
        ("Veröffentlicht von Lena Zeige alle Beiträge von Lena", True),
        ("View all posts by Tom", True),
        ("Voir tous les articles de Claire", True),
        ("Nach oben", True),
        ("Nach oben hin ist die Skala offen.", False),
        ("Next year the council will vote again.", False),
        ("Skip to content", True),
        ("Want more? Subscribe today.", True),
        ("The views expressed in this article are those of the author.", True),
        ("The views expressed by residents at the meeting were mixed.", False),
        ("Have a news tip? Email us.", True),
        ("Have a look at the figures below.", False),
        ("Kommentare anzeigen", True),
        ("Artikel merken", True),
        ("Mehr Infos", True),
        ("Mehr Infos gibt es am Mittwoch im Rathaus.", False),
        ("Vous avez déjà un compte ? Connectez-vous", True),
        ("Cet article est réservé aux abonnés.", True),
        ("Suscríbete", True),
        ("Siguiente paso: la votación en el Senado.", False),
        ("Condividi WhatsApp Facebook", True),
        ("Facebook, Twitter and TikTok were fined by the regulator.", False),
        ("The full report can be downloaded as a PDF from the council's website.", False),
        ("Der Sprecher wollte keine Kommentare abgeben.", False),
        ("Fans can follow the whole debate live on YouTube tonight.", False),
        ("The council had no comments on the plan.", False),
        ("Please read our Comment Policy before commenting.", True),
        ("Wie hat Ihnen der Film gefallen, fragte sie.", False),
        ("Share prices fell sharply on Monday.", False),
    ],
)
def test_prompts(text: str, expected: bool) -> None:
    assert boilerplate.is_prompt(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lesedauer: 4 Minuten", True),
        ("3 min read", True),
        ("Reporting by Maya Gebeilly; Editing by Daniel Flynn", True),
        ("Associated Press writer Tom Birchall contributed to this report.", True),
        ("© dpa-infocom, dpa:230428-99-483045/5", True),
        ("Copyright 2024 The Associated Press.", True),
        ("Copyright: dpa", True),
        # a story's sentence that opens with the word: no notice
        ("Copyright law in the union changed last year, the court said.", False),
        ("Copyright holders will be paid twice a year.", False),
        ("Nizaar Kinsella 2 minutes ago", True),
        ("Write to Al Root at allen.root@example.com", True),
        ("• Email: reporter@example.org", True),
        ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: veiculo", True),
        (
            "https://news.example/articles/home-depot",
            False,
        ),  # a cited address: text (see body-link-bareurl-de)
        ("[button link='https://x.example/kit' type='big'] Send us YOUR kit review[/button]", True),
        ("$$ARTICLEAD$$", True),
        ("Ausgabe vom 26.04.2024, Seite 1 / Titel", True),
        ("A version of this article appears in print on May 3, 2024, Section A, Page 1.", True),
        ("Kilde: Helsenorge.no", True),
        ("Source: a person familiar with the talks said the deal was close and would be signed.", False),
        ("{{ ad.slot }}", True),
        ("First published in The Conversation.", True),
        ("This article was originally published on Grist.", True),
        ('Dieser Artikel ist zuerst bei "Capital" erschienen.', True),
        ("Dieser Artikel ist eine Übersetzung, im Original ist er in Haaretz erschienen.", True),
        ("Cet article a été initialement publié sur le site du Monde.", True),
        ("Übersetzung und Adaptierung: AFP Deutschland", True),
        ("The story ran on the front page of three papers the next day.", False),
        ("First, the committee published its findings in the journal.", False),
        ("He wrote to the mayor at city hall.", False),
        ("The category: winners were announced on Monday.", False),
        ("He arrived 5 minutes ago and left at once.", False),
        ("The minister read the report in 3 minutes.", False),
        ("Dieser Artikel enthält Affiliate-Links. Für Käufe erhalten wir eine Provision.", True),
        ("This post contains affiliate links; we may earn a small commission.", True),
        ("Cet article contient des liens affiliés.", True),
        ("Este artículo incluye enlaces de afiliados.", True),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", True),
        ("The designer filled the page with lorem ipsum text.", False),
        ("Warning: Use of undefined constant comments in /var/www/wp-content/plugin.php on line 12", True),
        ("Deprecated: Function create_function() is deprecated in /srv/site/lib/x.php on line 4", True),
        ("Warning: the bridge will close in spring, the council said.", False),
        # several messages run together in one block (a widget's output joined by the reader)
        (
            "Warning: Use of undefined constant comments - assumed 'comments' in /var/www/a/b.php "
            "on line 928 Warning: Use of undefined constant comments - assumed 'comments' in "
            "/var/www/a/b.php on line 929 Notice: Undefined index: id in /srv/x.php on line 3",
            True,
        ),
        (
            "Warning: Use of undefined constant comments - assumed 'comments' in /var/www/a/b.php "
            "on line 928 Warning: the storm will reach the coast tonight, the police said in a "
            "statement.",
            False,
        ),
        ("Die Kommission erhält den Bericht am Montag.", False),
    ],
)
def test_editorial_notes(text: str, expected: bool) -> None:
    assert boilerplate.is_editorial_note(text) is expected


@pytest.mark.parametrize(
    ("text", "widget", "summary"),
    [
        ("Read more", True, False),
        ("Recent Comments", True, False),
        ("More in Politics", True, False),
        ("Empfohlene Artikel", True, False),
        ("Neueste Beiträge", True, False),
        ("Derniers articles", True, False),
        ("Entradas recientes", True, False),
        ("Ähnliche Artikel", True, False),
        ("Get daily National news", True, False),
        ("Most popular", True, False),
        ("Key points", False, True),
        ("Das Wichtigste in Kürze", False, True),
        ("Kort fortalt", False, True),
        ("Darum gehts", False, True),
        ("Russia could invade Ukraine in February: Biden", False, False),
    ],
)
def test_widget_and_summary_headings(text: str, widget: bool, summary: bool) -> None:
    assert boilerplate.is_widget_heading(text) is widget
    assert boilerplate.is_summary_heading(text) is summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pictured from left, are novelists Ann Lee and Bea Moyo, from Goodwood.", True),
        ("Pictured: the flooded road outside the school on Monday.", True),
        ("Above: the old bridge before it closed.", True),
        ("Below, we list the five changes that matter most.", False),
        ("Murder victims from left: Kay Lee, Ethan Chan, Xana Kern", True),
        ("The vote went from left to right across the chamber: slowly.", False),
        ("Left with no choice, the council closed the bridge.", False),
    ],
)
def test_caption_lines(text: str, expected: bool) -> None:
    assert boilerplate.is_caption_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comments", True),
        ("12 Comments", True),
        ("0 Kommentare", True),
        ("Kommentare (3)", True),
        ("1 Kommentar", True),
        ("2 thoughts on “Spring in the valley”", True),
        ("3 Antworten zu „Ein Tag am See“", True),
        ("5 commentaires", True),
        ("Комментарии (5)", True),
        ("Kommentar", False),  # an opinion piece's label
        ("Comment", False),
        ("Responses", False),
        ("Antworten der Regierung", False),
        ("Replies to critics are due", False),
    ],
)
def test_comment_headings(text: str, expected: bool) -> None:
    assert boilerplate.is_comment_heading(text) is expected


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a count of one written as a word ('One Comment', 'One thought on “Title”', "
    "'Ein Gedanke zu „Titel“'; a quoted title required but in English) took two traf-A comment "
    "sections out (plain kit) and changed no record of a judge half on any kit: helps only the "
    "half it was designed on, not taken (2026-12-05, session 27)",
)
@pytest.mark.parametrize(
    "text",
    ["One Comment", "One thought on “Hello world”", "Ein Gedanke zu „Über uns“", "Une réponse à « Titre »"],
)
def test_comment_headings_counting_one_in_words(text: str) -> None:
    assert boilerplate.is_comment_heading(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds gather in the square. (AP Photo/Jane Doe)", True),
        ("Le port, jeudi 2 mai. Photo AFP", True),
        ("Der Bürgermeister bei der Eröffnung. Foto: Peter Lang", True),
        ("Das Band. © picture alliance/dpa", True),
        ("Foto: dpa", False),  # a credit line alone: rule credit
        ("He took a photo. Then left.", False),
        ("Die Bürger können kommen. (Quelle: Stadtverwaltung)", False),
        ("Prices rose sharply. (Source: Reuters)", False),
    ],
)
def test_paragraphs_closing_with_a_picture_credit(text: str, expected: bool) -> None:
    assert credits.ends_with_picture_credit(text) is expected
