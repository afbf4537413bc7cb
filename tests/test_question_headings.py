"""Bold questions between paragraphs: an explainer's sub-headings or an interview's questions
(``body/sections.py`` ``_section_questions``).

An interview puts each question to someone ("What did you see?", "Was haben Sie gesehen?") over
the answer: the questions are text. Bold questions head sections only when each heads two
paragraphs or more. An explainer or a FAQ that sets its questions in bold over one paragraph
each ("When are the ice saints this year?") is a known gap (strict xfail below).

Pages are written for the test, in English, German, Polish, Spanish and French.
"""

from __future__ import annotations

import pytest

from newscrawl.extract.article import extract_article

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/winter-frost-123.html"

PROSE = {
    "en": (
        "Farmers across the region are watching the weather closely this week, as the last cold nights "
        "of spring can still damage young plants in the fields and in private gardens.",
        "The old saying holds that the frost is not over before the middle of May, and many gardeners "
        "still wait until then before they plant tomatoes and beans outside.",
        "The days fall between the eleventh and the fifteenth of May every year, and each of them is "
        "named after a saint whose feast is celebrated on that date.",
        "Meteorologists say that cold air from the north often reaches the region around that time, "
        "although the pattern has become less regular over the past decades.",
        "This year the forecast shows mild nights for most of the week, with a small risk of ground "
        "frost in the valleys on Thursday and Friday morning.",
        "Gardeners who want to be safe can cover their plants with a light cloth at night, or keep "
        "them in pots that can be carried inside when the temperature drops.",
    ),
    "de": (
        "Landwirte in der Region beobachten das Wetter in dieser Woche genau, denn die letzten kalten "
        "Nächte des Frühlings können junge Pflanzen auf den Feldern und in Gärten noch schädigen.",
        "Eine alte Regel besagt, dass der Frost erst Mitte Mai vorbei ist, und viele Gärtner warten "
        "bis dahin, bevor sie Tomaten und Bohnen ins Freie pflanzen.",
        "Die Tage liegen jedes Jahr zwischen dem elften und dem fünfzehnten Mai, und jeder von ihnen "
        "ist nach einem Heiligen benannt, dessen Fest an diesem Datum gefeiert wird.",
        "Meteorologen sagen, dass kalte Luft aus dem Norden die Region oft um diese Zeit erreicht, "
        "auch wenn das Muster in den vergangenen Jahrzehnten unregelmäßiger geworden ist.",
        "In diesem Jahr zeigt die Vorhersage milde Nächte für den größten Teil der Woche, mit einem "
        "kleinen Risiko für Bodenfrost in den Tälern am Donnerstag und Freitag.",
        "Wer sicher gehen will, deckt seine Pflanzen nachts mit einem leichten Tuch ab oder hält sie "
        "in Töpfen, die bei sinkenden Temperaturen hereingetragen werden können.",
    ),
    "pl": (
        "Rolnicy w całym regionie uważnie obserwują w tym tygodniu pogodę, bo ostatnie zimne noce "
        "wiosny wciąż mogą uszkodzić młode rośliny na polach i w przydomowych ogrodach.",
        "Stare przysłowie mówi, że przymrozki mijają dopiero w połowie maja, i wielu ogrodników czeka "
        "do tego czasu, zanim posadzi pomidory i fasolę w gruncie.",
        "Te dni przypadają co roku między jedenastym a piętnastym maja, a każdy z nich nosi imię "
        "świętego, którego wspomnienie obchodzi się tego dnia.",
        "Meteorolodzy mówią, że zimne powietrze z północy często dociera do regionu właśnie w tym "
        "czasie, choć w ostatnich dekadach zdarza się to coraz mniej regularnie.",
        "W tym roku prognoza pokazuje łagodne noce przez większą część tygodnia, z niewielkim ryzykiem "
        "przymrozków przy gruncie w dolinach w czwartek i piątek rano.",
        "Ogrodnicy, którzy chcą mieć pewność, mogą na noc przykryć rośliny lekką tkaniną albo trzymać "
        "je w donicach, które da się wnieść do środka, gdy spada temperatura.",
    ),
    "es": (
        "Los agricultores de toda la región siguen de cerca el tiempo esta semana, porque las últimas "
        "noches frías de la primavera todavía pueden dañar las plantas jóvenes de campos y huertos.",
        "Un viejo refrán dice que las heladas no terminan antes de mediados de mayo, y muchos "
        "hortelanos esperan hasta entonces para plantar tomates y judías al aire libre.",
        "Los días caen cada año entre el once y el quince de mayo, y cada uno de ellos lleva el nombre "
        "de un santo cuya fiesta se celebra en esa fecha.",
        "Los meteorólogos dicen que el aire frío del norte suele llegar a la región por esas fechas, "
        "aunque el patrón se ha vuelto menos regular en las últimas décadas.",
        "Este año la previsión muestra noches suaves durante casi toda la semana, con un pequeño riesgo "
        "de escarcha en los valles el jueves y el viernes por la mañana.",
        "Quien quiera ir sobre seguro puede cubrir sus plantas con una tela ligera por la noche, o "
        "tenerlas en macetas que se puedan meter en casa cuando baje la temperatura.",
    ),
    "fr": (
        "Les agriculteurs de la région surveillent la météo de près cette semaine, car les dernières "
        "nuits froides du printemps peuvent encore abîmer les jeunes plants des champs et des jardins.",
        "Un vieux dicton veut que le gel ne soit pas fini avant la mi-mai, et beaucoup de jardiniers "
        "attendent jusque-là pour planter les tomates et les haricots en pleine terre.",
        "Ces jours tombent chaque année entre le onze et le quinze mai, et chacun d'eux porte le nom "
        "d'un saint dont la fête est célébrée à cette date.",
        "Les météorologues disent que l'air froid du nord atteint souvent la région à cette période, "
        "même si le phénomène est devenu moins régulier ces dernières décennies.",
        "Cette année, les prévisions annoncent des nuits douces pendant presque toute la semaine, avec "
        "un faible risque de gelée au sol dans les vallées jeudi et vendredi matin.",
        "Les jardiniers prudents peuvent couvrir leurs plants d'un voile léger la nuit, ou les garder "
        "dans des pots que l'on rentre quand la température baisse.",
    ),
}

# An explainer's questions: about the subject, put to no one.
EXPLAINER = {
    "en": ("When are the ice saints this year?", "What does the forecast say?"),
    "de": ("Wann sind die Eisheiligen 2024?", "Wie ist die Wetter-Prognose?"),
    "pl": ("Kiedy są zimni ogrodnicy?", "Jaka jest prognoza pogody?"),
    "es": ("¿Cuándo son los santos del hielo?", "¿Qué dice la previsión?"),
    "fr": ("Quand sont les saints de glace ?", "Que disent les prévisions ?"),
}
# An interviewer's questions: put to the person interviewed.
INTERVIEW = {
    "en": ("When did you start farming here?", "What do you plant first?"),
    "de": ("Wann haben Sie hier angefangen?", "Was pflanzen Sie zuerst?"),
    "pl": ("Kiedy pan tu zaczynał?", "Co sadzi pan najpierw?"),
    "es": ("¿Cuándo empezó usted aquí?", "¿Qué planta usted primero?"),
    "fr": ("Quand avez-vous commencé ici ?", "Que plantez-vous d'abord ?"),
}


def _page(lang: str, body: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Frost</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><article><h1>Frost</h1>{body}</article></main>"
        "<footer><p>© Example Media</p></footer></body></html>"
    )


def _body(lang: str, questions: tuple[str, ...]) -> str:
    """Two paragraphs, then each bold question over one paragraph (the last over two)."""
    prose = PROSE[lang]
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p>"
    for number, question in enumerate(questions):
        body += f"<p><strong>{question}</strong></p><p>{prose[2 + number]}</p>"
    return body + f"<p>{prose[5]}</p>"


def _read(lang: str, questions: tuple[str, ...]) -> tuple[list[str], list[str]]:
    article = extract_article(_page(lang, _body(lang, questions)), URL)
    headings = [section.heading for section in article.sections if section.heading]
    paragraphs = [paragraph for section in article.sections for paragraph in section.paragraphs]
    return headings, paragraphs


@pytest.mark.xfail(
    strict=True,
    reason="known gap: an explainer's bold questions over one paragraph each read as an "
    "interview's. Telling the two apart by a question put to someone as 'you' (a per-language "
    "table of address words; branch s38-heading-questions, 2026-12-07) took bold-kit fundus-A "
    "heading F1 0.905 -> 0.928 but left every fundus-B record byte-identical and no judge "
    "figure moved on the real, plain, scrambled, undeclared, undeclared-plain, capp-plain, stack, "
    "stack-noh1, bold, divh and div-paragraph kits: not taken",
)
@pytest.mark.parametrize("lang", list(EXPLAINER))
def test_an_explainer_s_bold_questions_over_one_paragraph_each_head_sections(lang: str) -> None:
    headings, paragraphs = _read(lang, EXPLAINER[lang])
    assert headings == list(EXPLAINER[lang])
    assert PROSE[lang][2] in paragraphs and PROSE[lang][3] in paragraphs


@pytest.mark.parametrize("lang", list(INTERVIEW))
def test_an_interview_s_bold_questions_stay_text(lang: str) -> None:
    headings, paragraphs = _read(lang, INTERVIEW[lang])
    assert headings == []
    assert all(question in paragraphs for question in INTERVIEW[lang])


@pytest.mark.parametrize("lang", list(INTERVIEW))
def test_one_question_put_to_someone_makes_them_all_an_interview_s(lang: str) -> None:
    """An explainer's question beside an interviewer's: the stricter reading, all text."""
    questions = (EXPLAINER[lang][0], INTERVIEW[lang][1])
    headings, paragraphs = _read(lang, questions)
    assert headings == []
    assert all(question in paragraphs for question in questions)
