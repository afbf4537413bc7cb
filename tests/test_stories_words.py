"""Another story told by its words (``body/stories.py``: ``off_name_blocks``, ``_name_words``).

An endless page appends the next story below the one its address names; a feed may leave its
headline out, or set a sub-heading over it. When nothing in the page's structure tells the two
apart, their words do: a block with a story's text (three real paragraphs, 800 characters at
least) that says next to none of the words that name the page's story (its title, without the
site's name), after the story's paragraphs that say them, is another story and goes:

* a sub-headed block of another story after the story's block goes; one that speaks of the
  story (a section of it, a "read on" half) stays;
* a box among the story's paragraphs, a block after only two paragraphs (a standfirst and a
  lead), a block above the story's text, a short block (a pop-up's lines) and any block on a
  page whose names give too few words ("Home") stay;
* a title's site part ("Site » Headline", the host's name spelt with spaces) names nothing.

Pages are written for the test, in English, German, French, Spanish, Korean, Japanese and
Chinese (a Korean word, which carries its particle, and a name written without spaces are told
by their pairs of characters).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import MIN_WORD_BLOCK_CHARS, WORDS, _name_words, story_prunes
from newscrawl.extract.normalise import spaced_length
from tests.story_pages import URL, check_own_story
from tests.story_pages import paragraphs as _paragraphs
from tests.story_pages import pruned as _pruned

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    site: str
    headline: str
    story: list[str]
    more: list[str]  # more of the story: it says the headline's words
    other: list[str]  # another story: none of them


CASES = [
    Case(
        "en",
        "The Riverside Courier",
        "Council approves the new river bridge",
        [
            "The city council approved the plans for the new bridge across the river on Tuesday evening.",
            "Engineers said that construction could begin next spring if the regional funding arrives.",
            "Residents who opposed the design said they would keep pressing for a quieter route.",
        ],
        [
            "The bridge will be the first new crossing of the river in forty years, the council said.",
            "Its two lanes for buses and bicycles were added after a long public consultation.",
            "The council expects the bridge to carry ten thousand travellers a day when it opens.",
        ],
        [
            "The town museum opened its doors again on Saturday after two years of repairs to its roof.",
            "Visitors queued in the rain to see the restored collection of old maps and sea charts.",
            "The director thanked the volunteers who had catalogued every drawing during the closure.",
            "Entry stays free for children until the end of the summer, the museum said in a statement.",
            "A new wing for the collection of sea charts is planned to open in the spring of next year.",
        ],
    ),
    Case(
        "de",
        "Der Flussbote",
        "Stadtrat stimmt für die neue Brücke",
        [
            "Der Stadtrat hat am Dienstagabend den Plänen für die neue Brücke über den Fluss zugestimmt.",
            "Die Ingenieure sagten, der Bau könne im nächsten Frühjahr beginnen, wenn das Geld kommt.",
            "Anwohner, die gegen den Entwurf waren, wollen sich weiter für eine ruhigere Route einsetzen.",
        ],
        [
            "Die Brücke ist der erste neue Übergang seit vierzig Jahren, teilte der Stadtrat mit.",
            "Zwei Spuren für Busse und Fahrräder kamen nach einer langen Bürgerbeteiligung hinzu.",
            "Der Stadtrat rechnet damit, dass täglich zehntausend Menschen über die Brücke fahren.",
        ],
        [
            "Das Stadtmuseum hat am Samstag nach zwei Jahren Reparaturen am Dach wieder geöffnet.",
            "Die Besucher standen im Regen an, um die restaurierte Sammlung alter Karten zu sehen.",
            "Die Direktorin dankte den Freiwilligen, die in der Schließzeit jede Zeichnung erfasst haben.",
            "Der Eintritt bleibt für Kinder bis zum Ende des Sommers frei, teilte das Museum mit.",
            "Ein weiterer Flügel für die Sammlung der Seekarten soll im nächsten Frühjahr eröffnen.",
        ],
    ),
    Case(
        "fr",
        "Le Courrier du Fleuve",
        "Le conseil approuve le nouveau pont",
        [
            "Le conseil municipal a approuvé mardi soir les plans du nouveau pont sur la rivière.",
            "Les ingénieurs ont dit que les travaux pourraient commencer au printemps si les fonds arrivent.",
            "Les habitants opposés au projet disent qu'ils continueront à demander un tracé plus calme.",
        ],
        [
            "Le pont sera le premier nouveau passage sur la rivière depuis quarante ans, selon le conseil.",
            "Deux voies pour les bus et les vélos ont été ajoutées après une longue concertation publique.",
            "Le conseil compte sur dix mille passages par jour sur le pont dès son ouverture.",
        ],
        [
            "Le musée de la ville a rouvert ses portes samedi après deux ans de travaux sur sa toiture.",
            "Les visiteurs ont fait la queue sous la pluie pour voir la collection de cartes anciennes.",
            "La directrice a remercié les bénévoles qui ont catalogué chaque dessin pendant la fermeture.",
            "L'entrée reste gratuite pour les enfants jusqu'à la fin de l'été, a indiqué le musée.",
            "Une aile de plus pour la collection de cartes marines doit ouvrir au printemps prochain.",
        ],
    ),
    Case(
        "es",
        "El Correo del Río",
        "El consejo aprueba el nuevo puente",
        [
            "El consejo municipal aprobó el martes por la noche los planos del nuevo puente sobre el río.",
            "Los ingenieros dijeron que las obras podrían empezar en primavera si llegan los fondos.",
            "Los vecinos que se opusieron al proyecto dicen que seguirán pidiendo un trazado más tranquilo.",
        ],
        [
            "El puente será el primer nuevo paso sobre el río en cuarenta años, según el consejo.",
            "Dos carriles para autobuses y bicicletas se añadieron tras una larga consulta pública.",
            "El consejo espera que diez mil personas crucen el puente cada día cuando se inaugure.",
        ],
        [
            "El museo de la ciudad volvió a abrir sus puertas el sábado tras dos años de obras en el techo.",
            "Los visitantes hicieron cola bajo la lluvia para ver la colección restaurada de mapas antiguos.",
            "La directora agradeció a los voluntarios que catalogaron cada dibujo durante el cierre.",
            "La entrada sigue siendo gratuita para los niños hasta el final del verano, dijo el museo.",
            "Otra ala para la colección de cartas marinas abrirá en la primavera del año que viene.",
        ],
    ),
    Case(
        "ko",
        "강변일보",
        "시의회, 강 건너는 새 다리 건설 계획 승인",
        [
            "시의회는 화요일 저녁 강을 건너는 새 다리의 건설 계획을 찬성 다수로 "
            "승인했다. 지역 예산이 예정대로 확보되면 내년 봄에 공사가 시작될 "
            "것이라고 기술자들은 설명했다.",
            "기술자들에 따르면 새 다리는 왕복 2차선으로 버스와 자전거 전용 "
            "차로를 갖추게 된다. 건설 비용은 지역 예산과 국가 기금으로 충당되며 "
            "총 300억 원 규모로 예상된다.",
            "계획에 반대해 온 주민들은 구시가지로 교통이 몰릴 것을 우려하며, 더 "
            "조용한 경로를 요구하며 앞으로도 시의회에 의견을 전달하겠다는 뜻을 "
            "분명히 밝혔다.",
        ],
        [
            "이 다리는 40년 만에 강에 놓이는 새 다리로, 시의회는 건설 계획의 "
            "승인을 환영했다. 완공되면 하루 1만 명이 이 다리를 이용할 것으로 "
            "시의회는 내다보고 있다.",
            "시의회 위원회는 건설 계획에 대해 여러 차례 공청회를 열었고, 주민 "
            "의견을 반영해 버스와 자전거 차로를 계획에 추가한 뒤 최종 승인에 "
            "이르렀다고 설명했다.",
            "새 다리 건설 계획이 승인됨에 따라 시의회는 다음 달 설계의 세부 "
            "내용을 공개할 예정이다. 강 양쪽을 잇는 다리는 3년 뒤 봄 완공을 "
            "목표로 하고 있다.",
        ],
        [
            "마을 박물관이 지붕 수리로 2년간 문을 닫았다가 토요일 다시 문을 "
            "열었다. 비가 내리는 가운데 많은 관람객이 줄을 서서 복원된 옛 "
            "지도와 해도 소장품을 둘러봤다.",
            "관장은 휴관 기간 동안 모든 그림을 한 점씩 목록으로 정리한 "
            "자원봉사자들에게 감사의 말을 전했다. 전시실 조명도 새로 바뀌어 "
            "작품이 전보다 잘 보인다고 한다.",
            "어린이 입장료는 여름이 끝날 때까지 무료로 유지된다. 박물관은 성명을 "
            "통해 가족 단위 관람객이 부담 없이 찾아와 지역의 역사를 가까이 "
            "느끼기를 바란다고 밝혔다.",
            "해도 소장품을 위한 별관은 내년 봄에 문을 열 예정이다. 박물관에 "
            "따르면 기증된 자료는 1천 점이 넘으며, 순차적으로 일반에 공개할 "
            "방침이라고 한다.",
            "박물관 주변에서는 주말에 맞춰 헌책 시장도 열려 지역 상인들은 관람객 "
            "증가에 기대를 걸고 있다. 관계자는 마을에 활기가 돌아오기를 바란다고 "
            "말했다.",
        ],
    ),
    Case(
        "ja",
        "川辺新報",
        "市議会が川に架かる新しい橋の建設計画を承認",
        [
            "市議会は火曜日の夜、川に架かる新しい橋の建設計画を賛成多数で承認した。地域の資金が予定通りに届けば、来年の春にも工事が始まる見通しだと技術者たちは説明している。関係者は今後の動きに注目していると語った。",
            "技術者によると、新しい橋は二車線で、バスと自転車の専用レーンを備える。建設費は地域の予算と国の基金から賄われる予定で、総額は約三十億円に上ると見込まれている。関係者は今後の動きに注目していると語った。",
            "計画に反対してきた住民たちは、旧市街に交通が流れ込むことを懸念しており、より静かなルートを求めて今後も市議会に働きかけを続けていく考えを明らかにした。関係者は今後の動きに注目していると語った。",
        ],
        [
            "この橋は四十年ぶりに川に架かる新しい橋となり、市議会は建設計画の承認を歓迎した。完成すれば一日あたり一万人がこの橋を利用すると市議会は見込んでいる。関係者は今後の動きに注目していると語った。",
            "市議会の委員会は建設計画について長い公聴会を開き、住民の意見を踏まえてバスと自転車のための車線を計画に加えたうえで、最終的な承認に至ったと説明した。関係者は今後の動きに注目していると語った。",
            "新しい橋の建設計画が承認されたことで、市議会は来月にも設計の詳細を公表する予定だ。川の両岸を結ぶ橋の完成は、三年後の春を目指しているという。関係者は今後の動きに注目していると語った。",
        ],
        [
            "町の博物館は土曜日、屋根の修理のため二年間続いた休館を終えて再び開館した。雨の中、多くの来館者が列を作り、修復された古い地図や海図の収蔵品を見学した。関係者は今後の動きに注目していると語った。",
            "館長は、休館中にすべての絵を一枚ずつ目録にまとめたボランティアの人々に感謝の言葉を述べた。展示室の照明も改修され、作品が以前より見やすくなったという。関係者は今後の動きに注目していると語った。",
            "子どもの入館料は夏の終わりまで無料のままとなる。博物館は声明で、家族連れに気軽に足を運んでもらい、地域の歴史に親しんでほしいと呼びかけている。関係者は今後の動きに注目していると語った。",
            "海図の収蔵品のための別館は、来年の春に開館する予定だ。博物館によると、寄贈された資料は千点を超えており、順次公開していく方針だという。関係者は今後の動きに注目していると語った。",
            "博物館の周辺では週末に合わせて古書市も開かれ、地元の商店街は来館者の増加に期待を寄せている。関係者は、町のにぎわいが戻ることを願っていると話した。関係者は今後の動きに注目していると語った。",
        ],
    ),
    Case(
        "zh",
        "河畔日报",
        "市议会批准跨河新桥建设计划",
        [
            "市议会周二晚间以多数票批准了跨河新桥的建设计划。工程师表示，如果地区资金能够按时到位，工程最早可以在明年春天开工，预计三年内完成全部建设。有关方面表示将持续关注后续进展。",
            "根据计划，新桥将设有两条车道，并配备公交车和自行车专用道。建设费用将由地区预算和国家基金共同承担，总投资预计约为两亿元，由市政府统一管理。有关方面表示将持续关注后续进展。",
            "一直反对该计划的居民担心新桥会把大量车流引入老城区，他们表示将继续向市议会反映意见，要求选择一条更安静的路线，并减少对周边社区的影响。有关方面表示将持续关注后续进展。",
        ],
        [
            "这座新桥将是四十年来跨越这条河的第一座新桥，市议会对建设计划获得批准表示欢迎。市议会预计，新桥建成后每天将有一万人次通过这座桥往返两岸。有关方面表示将持续关注后续进展。",
            "市议会相关委员会曾就建设计划举行了多次听证会，并根据居民意见在计划中增加了公交车和自行车车道，最终批准了新桥的建设方案，受到各方关注。有关方面表示将持续关注后续进展。",
            "随着新桥建设计划获得批准，市议会将于下个月公布设计细节。连接河两岸的新桥预计将在三年后的春天建成通车，届时将大大缩短市民的出行时间。有关方面表示将持续关注后续进展。",
        ],
        [
            "镇上的博物馆在屋顶维修闭馆两年后，于周六重新开放。尽管下着雨，许多参观者仍排起长队，前来观看修复后的古地图和海图藏品，现场气氛十分热烈。有关方面表示将持续关注后续进展。",
            "馆长感谢志愿者们在闭馆期间逐一为每幅画作编制目录。展厅的照明也进行了改造，作品比以前更加清晰可见，参观者对此给予了很高的评价和肯定。有关方面表示将持续关注后续进展。",
            "儿童入场在夏季结束前继续免费。博物馆在声明中呼吁更多家庭前来参观，希望大家能够轻松地走进博物馆，亲近本地的历史与文化，感受城市的变迁。有关方面表示将持续关注后续进展。",
            "博物馆表示，用于收藏海图的新展馆将于明年春天开放。目前收到的捐赠资料已超过一千件，馆方将在今后分批向公众展示，并配套举办专题讲座。有关方面表示将持续关注后续进展。",
            "博物馆周边的旧书市集也在周末同步举行，当地商户对参观人数的增加充满期待。有关人士表示，希望小镇能够重新热闹起来，吸引更多外地游客。有关方面表示将持续关注后续进展。",
        ],
    ),
]
IDS = [case.lang for case in CASES]


def _page(case: Case, body: str, *, title: str | None = None) -> str:
    title = title or f"{case.headline} | {case.site}"
    return (
        f"<html lang='{case.lang}'><head><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head>"
        f"<body><header class='k8'><a href='/'>{case.site}</a><nav><a href='/news'>News</a></nav></header>"
        f"<div class='k0'>{body}</div></body></html>"
    )


def _story(case: Case, story: list[str] | None = None) -> str:
    texts = case.story if story is None else story
    return f"<div class='k1'><h1>{case.headline}</h1><div class='k2'>{_paragraphs(texts)}</div></div>"


def _section(heading: str, texts: list[str]) -> str:
    return f"<div class='k5'><h2>{heading}</h2>{_paragraphs(texts)}</div>"


def _other(case: Case) -> list[str]:
    """Another story's text, long enough to be told by its words."""
    return case.other + [f"{text[:-1]}, again." for text in case.other]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_sub_headed_block_of_another_story_goes(case: Case) -> None:
    page = _page(case, _story(case) + _section(case.site, _other(case)))
    check_own_story(page, case.story, _other(case))


def test_it_is_on_record_by_its_rule() -> None:
    case = CASES[0]
    tree = html.document_fromstring(_page(case, _story(case) + _section(case.site, _other(case))))
    found = story_prunes(tree, [case.headline])
    assert [(node.get("class"), rule) for node, rule in found] == [("k5", WORDS)]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_block_that_speaks_of_the_story_stays(case: Case) -> None:
    page = _page(case, _story(case) + _section(case.site, case.more + _other(case)))
    assert _pruned(page) == []
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in case.story + case.more)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_block_among_the_storys_paragraphs_stays(case: Case) -> None:
    # (a box of the story's own, set between its paragraphs: a quote, questions and answers)
    story = f"<div class='k1'><h1>{case.headline}</h1>{_paragraphs(case.story)}"
    page = _page(case, story + _section(case.site, _other(case)) + _paragraphs(case.more) + "</div>")
    assert _pruned(page) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_block_after_a_story_of_two_paragraphs_stays(case: Case) -> None:
    # (a standfirst and a lead: the body that follows may say few of the headline's words)
    page = _page(case, _story(case, case.story[:2]) + _section(case.site, _other(case)))
    assert _pruned(page) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_block_above_the_storys_text_stays(case: Case) -> None:
    page = _page(case, f"<div class='k5'>{_paragraphs(_other(case))}</div>" + _story(case))
    assert "k5" not in _pruned(page)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_short_block_stays(case: Case) -> None:
    # (a pop-up's or a consent dialog's few lines are no story)
    assert _pruned(_page(case, _story(case) + _section(case.site, _short(case.other)))) == []


def _short(texts: list[str]) -> list[str]:
    """The first of ``texts`` while they say less than a story's block (``MIN_WORD_BLOCK_CHARS``
    as ``spaced_length`` counts it: five paragraphs of 100 Chinese characters say as much as
    five of 300 English ones)."""
    return [
        text for n, text in enumerate(texts, 1) if spaced_length(" ".join(texts[:n])) < MIN_WORD_BLOCK_CHARS
    ]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_nothing_is_told_on_a_page_named_in_too_few_words(case: Case) -> None:
    page = _page(case, _story(case) + _section(case.site, _other(case)), title="Home")
    assert _pruned(page) == []


@pytest.mark.parametrize(
    ("names", "hosts", "words"),
    [
        (
            ["Council approves the new river bridge \u2013 Riverside Courier"],
            ["riversidecourier.org"],
            {"council", "approves", "river", "bridge"},
        ),
        (
            ["Der Flussbote \u00bb Stadtrat stimmt für die neue Brücke"],
            ["flussbote.de"],
            {"stadtrat", "stimmt", "neue", "brücke"},
        ),
        (
            ["Le conseil approuve le nouveau pont | courrier-fleuve.fr"],
            ["courrier-fleuve.fr"],
            {"conseil", "approuve", "nouveau", "pont"},
        ),
        (["El consejo aprueba 2 puentes - Correo"], ["elcorreo.es"], {"consejo", "aprueba", "puentes"}),
        # (a short one-word part beside the headline names the site or a section, whatever the
        # host; a one-word headline beside a longer site name still names the story)
        (["Stadtrat stimmt für die neue Brücke - Politik"], [], {"stadtrat", "stimmt", "neue", "brücke"}),
        (["시의회, 새 다리 건설 계획 승인 | 강변일보"], [], {"시의", "의회", "다리", "건설", "계획", "승인"}),
        (["Bohnenviertel - Stadt Stuttgart"], [], {"bohnenviertel", "stadt", "stuttgart"}),
    ],
)
def test_the_words_that_name_a_story_leave_its_site_out(
    names: list[str], hosts: list[str], words: set[str]
) -> None:
    assert _name_words(names, hosts) == words


def _unpadded(case: Case) -> Case:
    """``case`` with each paragraph as a Japanese or Chinese page writes it: two sentences, 65
    to 96 characters (the cases above add a third so that 80 characters count as a paragraph
    in any script)."""
    last = {"ja": "関係者は今後の動きに注目していると語った。", "zh": "有关方面表示将持续关注后续进展。"}[
        case.lang
    ]
    story, more, other = ([text.removesuffix(last) for text in texts] for texts in case[3:])
    return case._replace(story=story, more=more, other=other)


UNSPACED = [_unpadded(case) for case in CASES if case.lang in ("ja", "zh")]


@pytest.mark.parametrize("case", UNSPACED, ids=[case.lang for case in UNSPACED])
def test_paragraphs_of_an_unspaced_script_are_counted_by_what_they_say(case: Case) -> None:
    # (``spaced_length``: a full paragraph of 70 Chinese characters is no teaser line)
    assert all(len(text) < 100 for text in case.story + case.other)
    check_own_story(_page(case, _story(case) + _section(case.site, _other(case))), case.story, _other(case))
    assert _pruned(_page(case, _story(case) + _section(case.site, case.more + _other(case)))) == []
    assert _pruned(_page(case, _story(case) + _section(case.site, _short(case.other)))) == []
