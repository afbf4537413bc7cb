"""Sub-headings as editors and page builders set them, in several languages: the whole
extraction asked which headings the article's sections carry (every class name here is
opaque). Chinese and Japanese paragraphs are short in characters for what they say
(``normalise.spaced_length``); a bold line holding an italic one stays bold for trafilatura
(``breaks.bold_outside``)."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.article import extract_article
from newscrawl.extract.body.breaks import bold_outside
from newscrawl.extract.normalise import spaced_length
from newscrawl.extract.visible import is_prose

PROSE = {
    "en": (
        "The council met on Tuesday evening to discuss plans for the new bridge across the river, "
        "which residents have requested since the old ferry stopped running last spring.",
        "Engineers told the meeting that construction could begin next year if the regional "
        "government approves the funding that was promised before the election.",
        "Several residents spoke against the design, saying the bridge would bring heavy traffic "
        "through the quiet streets of the old town and harm local shops.",
        "The mayor said a final decision would be taken in June, after a public consultation that "
        "will run for eight weeks and include two open meetings.",
        "Opposition councillors criticised the timetable and asked for an independent study of the "
        "costs, which have risen by a third since the first estimate.",
        "A spokesperson for the transport ministry said the project remained a priority and that "
        "talks with the city were continuing in a constructive spirit.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss "
        "beraten, die Anwohner seit dem Ende der alten Fähre fordern.",
        "Die Ingenieure erklärten, der Bau könne im kommenden Jahr beginnen, wenn die "
        "Landesregierung die vor der Wahl versprochenen Mittel freigibt.",
        "Mehrere Anwohner sprachen sich gegen den Entwurf aus, weil die Brücke viel Verkehr durch "
        "die ruhigen Straßen der Altstadt bringen würde.",
        "Der Bürgermeister sagte, eine endgültige Entscheidung falle im Juni, nach einer "
        "Bürgerbeteiligung, die acht Wochen dauern soll.",
        "Die Opposition kritisierte den Zeitplan und forderte eine unabhängige Untersuchung der "
        "Kosten, die seit der ersten Schätzung um ein Drittel gestiegen sind.",
        "Ein Sprecher des Verkehrsministeriums sagte, das Projekt habe weiterhin Priorität und die "
        "Gespräche mit der Stadt würden fortgesetzt.",
    ),
    "fr": (
        "Le conseil municipal s'est réuni mardi soir pour discuter des projets de nouveau pont sur "
        "la rivière, réclamé par les habitants depuis l'arrêt du bac.",
        "Les ingénieurs ont expliqué que les travaux pourraient commencer l'an prochain si la région "
        "accorde les fonds promis avant les élections.",
        "Plusieurs habitants se sont opposés au projet, estimant que le pont amènerait une "
        "circulation importante dans les rues calmes de la vieille ville.",
        "Le maire a indiqué qu'une décision définitive serait prise en juin, après une consultation "
        "publique de huit semaines et deux réunions ouvertes.",
        "Les élus de l'opposition ont critiqué le calendrier et demandé une étude indépendante des "
        "coûts, qui ont augmenté d'un tiers depuis la première estimation.",
        "Un porte-parole du ministère des transports a déclaré que le projet restait une priorité et "
        "que les discussions avec la ville se poursuivaient.",
    ),
    "ja": (
        "市議会は火曜日の夜、川に架かる新しい橋の計画について話し合った。古いフェリーが運航を止めて以来、住民は橋の建設を求めてきた。",
        "技術者らは、県が選挙前に約束した予算を承認すれば、来年にも工事を始められると説明した。費用の見積もりは当初より増えている。",
        "複数の住民は設計に反対し、橋ができると旧市街の静かな通りに多くの車が流れ込み、地元の商店に悪い影響が出ると訴えた。",
        "市長は、八週間にわたる意見公募と二回の公開説明会を経て、六月に最終的な判断を下すと述べた。住民の声を聞くとしている。",
        "野党の議員は日程を批判し、費用について独立した調査を求めた。費用は最初の見積もりから三分の一ほど膨らんでいるという。",
        "国土交通省の担当者は、この事業は引き続き優先度が高く、市との協議は建設的に進んでいると話した。今後の動きが注目される。",
    ),
    "zh": (
        "市议会周二晚上开会讨论在河上修建新桥的计划。自从旧渡轮停运以来，居民们一直要求修建这座桥，希望出行更加方便快捷。",
        "工程师在会上表示，如果省政府批准选举前承诺的资金，工程最早可以在明年开工。不过目前的费用估算已经比最初高出不少。",
        "几位居民反对这一设计，他们认为大桥会把大量车流引入老城区安静的街道，并且会对当地的小商店造成明显的不利影响。",
        "市长说，最终决定将在六月作出，在此之前将进行为期八周的公众咨询，并举行两次公开会议，听取各方面的意见和建议。",
        "反对派议员批评了时间安排，并要求对成本进行独立研究。自第一次估算以来，这个项目的总成本已经上涨了大约三分之一。",
        "交通部发言人表示，该项目仍然是优先事项，与市政府的谈判正在以建设性的方式进行，预计不久之后会有新的进展。",
    ),
}
HEADINGS = {
    "en": ("What the engineers say", "Residents are divided"),
    "de": ("Was die Ingenieure sagen", "Anwohner sind gespalten"),
    "fr": ("Ce que disent les ingénieurs", "Des habitants divisés"),
    "ja": ("技術者の見方", "住民の意見は割れる"),
    "zh": ("工程师怎么说", "居民意见分歧"),
}
CJK = ("ja", "zh")


def _page(lang: str, body: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><article><h1>Bridge</h1>{body}</article></main>"
        "<footer><p>© Example Media</p></footer></body></html>"
    )


def _headings(lang: str, heading: str, *, after: str = "p") -> list[str]:
    """The section headings of a story whose two sub-headings are set by ``heading`` (a format
    string of ``{h}``), each over two paragraphs; ``after="br"``: each heading on the first line
    of its paragraph, a line break after it (a classic editor's or Blogger's way)."""
    prose = PROSE[lang]
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p>"
    for number, title in enumerate(HEADINGS[lang]):
        first, second = prose[2 + 2 * number], prose[3 + 2 * number]
        if after == "br":
            body += f"<p>{heading.format(h=title)}<br>{first}</p><p>{second}</p>"
        else:
            body += f"{heading.format(h=title)}<p>{first}</p><p>{second}</p>"
    article = extract_article(_page(lang, body), "https://example.org/news/2024/05/bridge-123.html")
    return [section.heading for section in article.sections if section.heading]


@pytest.mark.parametrize("lang", list(PROSE))
@pytest.mark.parametrize(
    "heading",
    [
        "<p style='font-weight: 700'>{h}</p>",  # bold by its inline style
        "<div style='font-weight:bold'>{h}</div>",
        "<p><span style='font-size: 22px'>{h}</span></p>",  # larger type (CJK: no word count)
        "<p class='x1 crosshead'>{h}</p>",  # a sub-heading class word
    ],
)
def test_a_styled_sub_heading_over_paragraphs_in_any_script(lang: str, heading: str) -> None:
    if "font-size" in heading and lang not in CJK:
        heading = heading.replace("{h}", "{h} today")  # (larger type: two words at least)
    expected = [
        title + (" today" if "font-size" in heading and lang not in CJK else "") for title in HEADINGS[lang]
    ]
    assert _headings(lang, heading) == expected


@pytest.mark.parametrize("lang", list(PROSE))
def test_a_bold_first_line_over_its_paragraph_in_any_script(lang: str) -> None:
    assert _headings(lang, "<strong>{h}</strong>", after="br") == list(HEADINGS[lang])


@pytest.mark.parametrize("lang", list(PROSE))
@pytest.mark.parametrize(
    "heading",
    [
        "<p><strong><em>{h}</em></strong></p>",
        "<p><b><i>{h}</i></b></p>",
        "<p><strong><u>{h}</u></strong></p>",
        "<p><em><strong>{h}</strong></em></p>",  # (read as bold already)
    ],
)
def test_a_bold_italic_sub_heading(lang: str, heading: str) -> None:
    assert _headings(lang, heading) == list(HEADINGS[lang])


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_bold_italic_note_that_is_a_sentence_is_no_heading(lang: str) -> None:
    """Bold and italic alone make no heading: a line closed as a sentence stays text."""
    prose = PROSE[lang]
    note = "Follow our live coverage of the council meeting below."
    body = "".join(f"<p>{text}</p>" for text in prose[:3])
    body += f"<p><strong><em>{note}</em></strong></p>" + "".join(f"<p>{text}</p>" for text in prose[3:])
    article = extract_article(_page(lang, body), "https://example.org/news/2024/05/bridge-123.html")
    assert [section.heading for section in article.sections if section.heading] == []
    assert note in [paragraph for section in article.sections for paragraph in section.paragraphs]


def test_bold_outside_swaps_only_a_line_of_its_own_all_in_one_emphasis() -> None:
    tree = html.fromstring(
        "<div><p id='a'><strong><em>Whole</em></strong></p>"
        "<p id='b'><strong>Own <em>part</em></strong></p>"
        "<p id='c'><strong><em>One</em> tail</strong></p>"
        "<p id='d'><b><i>One</i><i>Two</i></b></p>"
        "<p id='e'><strong><span>Span</span></strong></p>"
        "<p id='f'><strong><em>Line</em></strong><br></p>"
        "<div id='g'><b><i>Lead line</i></b><br><br>The text goes on here.</div></div>"
    )
    bold_outside(tree)

    def shape(name: str) -> str:
        node = tree.get_element_by_id(name)
        return "/".join(element.tag for element in node.iter() if element is not node)

    assert shape("a") == "em/strong"
    assert shape("b") == "strong/em"  # bold text of its own: trafilatura keeps it bold
    assert shape("c") == "strong/em"
    assert shape("d") == "b/i/i"
    assert shape("e") == "strong/span"
    assert shape("f") == "em/strong/br"
    assert shape("g") == "b/i/br/br"  # a bold line with text beside it in its block: left as it is


def test_spaced_length_counts_unspaced_scripts_by_their_words() -> None:
    english = "The council met on Tuesday evening."
    assert spaced_length(english) == len(english)
    assert spaced_length("Straße über die Brücke") == len("Straße über die Brücke")
    chinese = PROSE["zh"][0]
    assert spaced_length(chinese) > 2 * len(chinese)
    assert spaced_length("工程师怎么说") < 40  # a short heading stays short


@pytest.mark.parametrize("lang", list(PROSE))
def test_a_paragraph_of_prose_in_any_script(lang: str) -> None:
    for text in PROSE[lang]:
        assert is_prose(html.fromstring(f"<p>{text}</p>"))
    for title in HEADINGS[lang]:
        assert not is_prose(html.fromstring(f"<p>{title}</p>"))


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "Are protests breaking out in your area? Get in touch at news@example.com"),
        ("de", "Sie haben Hinweise? Schreiben Sie an hinweise@example.de"),
        ("fr", "Plus d'informations sur www.example.fr"),
    ],
)
def test_a_bold_contact_note_is_no_heading(lang: str, note: str) -> None:
    """A bold line with an e-mail or web address in it is a contact note or a pointer, set
    between the paragraphs like a sub-heading but none."""
    prose = PROSE[lang]
    body = "".join(f"<p>{text}</p>" for text in prose[:3])
    body += f"<p><strong>{note}</strong></p>" + "".join(f"<p>{text}</p>" for text in prose[3:])
    article = extract_article(_page(lang, body), "https://example.org/news/2024/05/bridge-123.html")
    assert [section.heading for section in article.sections if section.heading] == []
    assert note in [paragraph for section in article.sections for paragraph in section.paragraphs]


@pytest.mark.parametrize(
    ("lang", "title"), [("en", "Comments"), ("de", "Kommentare"), ("fr", "Commentaires")]
)
def test_the_commenters_names_under_a_comment_heading_are_no_headings(lang: str, title: str) -> None:
    """A comment section set in plain blocks after the story: its title is a widget's or a small
    box's title too (another rule takes it), and it still opens the section, so the comments
    and their writers' names over them go with it."""
    prose = PROSE[lang]
    comments = (
        f"<div class='x8'><h2>{title}</h2>"
        "<div class='x7'><h4>Peter</h4><p>I think this bridge is a very good idea for all the people "
        "who live in the north.</p></div>"
        "<div class='x7'><h4>Anna</h4><p>Too expensive. The city should fix the roads first before "
        "anything else is built.</p></div></div>"
    )
    body = "".join(f"<p>{text}</p>" for text in prose) + comments
    article = extract_article(_page(lang, body), "https://example.org/news/2024/05/bridge-123.html")
    assert [section.heading for section in article.sections if section.heading] == []
    paragraphs = [paragraph for section in article.sections for paragraph in section.paragraphs]
    assert paragraphs == list(prose)


BOX_TITLES = {"en": "Background", "de": "Hintergrund", "fr": "Contexte"}
BOX_LINES = {
    "en": (
        "The old ferry ran for 80 years and carried up to 400 people a day.",
        "Its operator could no longer afford the repairs.",
    ),
    "de": (
        "Die alte Fähre fuhr 80 Jahre lang über den Fluss.",
        "Der Betreiber konnte die Reparaturen nicht zahlen.",
    ),
    "fr": (
        "Le vieux bac a fonctionné pendant 80 ans.",
        "Son exploitant ne pouvait plus payer les réparations.",
    ),
}


_FRAMED_BOX = pytest.mark.xfail(
    strict=True,
    reason="known gap: a side box in a frame of its own (a wrapper holding no other heading) whose parent "
    "holds the story's paragraphs (headings._beside_prose, branch s31-headings 3be7b43) moved no metric "
    "on the real, plain, scrambled or undeclared-plain kits but cost undeclared traf-B with 0.9592 -> "
    "0.9578: not taken (2026-12-06)",
)


@pytest.mark.parametrize("lang", list(BOX_TITLES))
@pytest.mark.parametrize("frames", [1, pytest.param(2, marks=_FRAMED_BOX)])
def test_a_small_titled_box_among_the_paragraphs_is_no_section(lang: str, frames: int) -> None:
    """A box set among the story's paragraphs, its title and a few short lines in a block of
    their own, titles rather than heads: no section of the story (``side_boxes``)."""
    prose = PROSE[lang]
    lines = "".join(f"<p>{line}</p>" for line in BOX_LINES[lang])
    box = f"<h3>{BOX_TITLES[lang]}</h3>{lines}"
    for level in range(frames):
        box = f"<div class='x{level}'>{box}</div>"
    body = (
        "".join(f"<p>{text}</p>" for text in prose[:3])
        + box
        + "".join(f"<p>{text}</p>" for text in prose[3:])
    )
    article = extract_article(_page(lang, body), "https://example.org/news/2024/05/bridge-123.html")
    assert [section.heading for section in article.sections if section.heading] == []
    assert [paragraph for section in article.sections for paragraph in section.paragraphs] == list(prose)


@pytest.mark.parametrize("lang", list(BOX_TITLES))
def test_a_framed_section_that_holds_two_headings_is_no_box(lang: str) -> None:
    """A frame around two titled parts is the story's sections set in wrappers, not a box."""
    prose = PROSE[lang]
    first, second = HEADINGS[lang]
    parts = f"<div class='x0'><h3>{first}</h3><p>{BOX_LINES[lang][0]}</p></div>"
    parts += f"<div class='x0'><h3>{second}</h3><p>{BOX_LINES[lang][1]}</p></div>"
    body = "".join(f"<p>{text}</p>" for text in prose[:3]) + f"<div class='x1'>{parts}</div>"
    body += "".join(f"<p>{text}</p>" for text in prose[3:])
    article = extract_article(_page(lang, body), "https://example.org/news/2024/05/bridge-123.html")
    assert [section.heading for section in article.sections if section.heading] == [first, second]
