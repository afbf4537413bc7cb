"""``needles`` and ``QuickPattern``: the quick test before a search never turns away a text the
pattern matches (for tricky syntax and for the shipped tables), and the credit search that
reads only the end of a long text finds what the whole search finds."""

from __future__ import annotations

import re

import pytest

from newscrawl.extract.body import boilerplate
from newscrawl.extract.images import credits
from newscrawl.extract.words import QuickPattern, any_piece, joined, may_match, needles
from newscrawl.extract.words.credits import TRAILING_CREDIT_LABELS
from newscrawl.extract.words.media import EMBED_SIGNATURES
from newscrawl.extract.words.notes import AFFILIATE_NOTES, COPYRIGHT_NOTICES, RIGHTS_RESERVED
from newscrawl.extract.words.prompts import SELF_PROMOTION


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bfoo\b", {"foo"}),
        (r"ab+c", {"ab"}),  # "abbc": "ab" and "bc" are in it, "abc" is not
        (r"ab?c", {"a"}),
        (r"ab*cd", {"cd"}),
        (r"a{2}b", {"ab"}),
        (r"x{0,3}yy", {"yy"}),
        (r"a(?:bc|de)f", {"bc", "de"}),
        (r"(?:ab|cd)+ef", {"ab", "cd"}),  # a piece of each, or "ef": no longer
        (r"(?:abc)?d", {"d"}),
        (r"(?=abcd)x", {"x"}),  # a lookahead's text is not the match's
        (r"(?-i:Photo)s", {"photo"}),
        (r"[abc]def", {"def"}),
        (r"[]x]ghi", {"ghi"}),
        (r"a\.b\(c\)", {"a.b(c)"}),
        (r"(?#note)abc", {"abc"}),
        (r"(?i)abc", {"abc"}),
        (r"(?P<name>abc)d", {"abc"}),
        (r"über uns", {"über uns"}),  # a letter of any script, but those a case-blind regex
        (r"все права", {"е пра"}),  # matches beyond lower() (Cyrillic ve and es) end a run
        (r"foo|barbaz", {"foo", "barbaz"}),
        (r"foo|foobar", {"foo"}),  # a piece that holds another is no use
    ],
)
def test_needles(pattern: str, expected: set[str]) -> None:
    assert needles(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"foo|",  # an empty alternative matches anywhere
        r"\w+",
        r"(?:a|\d)",
        r"(?x)a b",  # verbose: the space is no text
        r"(?(1)a|b)",
        r"\x41bc",
        r"(a)\1bc",
        r"(?:abc",
    ],
)
def test_no_needles(pattern: str) -> None:
    assert needles(pattern) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foo bar", True),
        ("FOO", True),
        ("fo o", False),
        ("F\u0131o", True),  # a dotless i may stand for "i": the pattern decides
        ("\u017f\u017f", True),
        ("\u0130stanbul", True),  # a capital I with a dot too
        ("Stra\u00dfe am Fluss", False),  # not ASCII, none of the three: the pieces decide
        ("", False),
    ],
)
def test_may_match(text: str, expected: bool) -> None:
    assert may_match(text, ("foo", "xyz")) is expected


def test_may_match_without_needles() -> None:
    assert may_match("anything", None)


TEXTS = (
    "Follow us on Twitter for the latest news.",
    "Already a subscriber? Log in here.",
    "No comments yet. Leave a reply",
    "  — Keine Kommentare",
    "ÜBER UNS: FOLGEN SIE UNS AUF X",
    "FOLLOW US ON İNSTAGRAM",
    "Please \u017fubscribe",
    "This article contains affiliate links.",
    "WE MAY EARN A COMMISSION",
    "Alle Rechte vorbehalten.",
    "© 2024 All rights reserved",
    "Jane Doe contributed to this report.",
    "Get the data • Created with Datawrapper",
    "Grafik: Statistisches Bundesamt. Erstellt mit FLOURISH",
    "The council followed us on a tour of the new school on Tuesday.",
    "Все права защищены.",
    "ВСЕ ПРАВА ЗАЩИЩЕНЫ",
    "в\u1c83е права защищены",  # an old form of Cyrillic es: a case-blind regex matches it
    "Усі права захищені",
    "TÜM HAKLARI SAKLIDIR",
    "Tüm hakları saklıdır.",
    "TOUS DROITS RÉSERVÉS",
    "Wszelkie prawa zastrzeżone",
    "ΌΛΑ ΤΑ ΔΙΚΑΙΏΜΑΤΑ ΚΑΤΟΧΥΡΩΜΈΝΑ",
    "",
)
TABLES = (SELF_PROMOTION, AFFILIATE_NOTES, COPYRIGHT_NOTICES, RIGHTS_RESERVED, EMBED_SIGNATURES)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("text", TEXTS)
def test_quick_pattern_answers_as_its_pattern(table: dict[str, tuple[str, ...]], text: str) -> None:
    regex = re.compile(joined(table), re.IGNORECASE)
    quick = QuickPattern(regex)
    assert quick.pieces is not None
    for ask in ("search", "match", "fullmatch"):
        found, expected = getattr(quick, ask)(text), getattr(regex, ask)(text)
        assert (found and found.span()) == (expected and expected.span())


def test_the_examples_cover_both_answers() -> None:
    answers = {bool(boilerplate.SELF_PROMO.search(text)) for text in TEXTS}
    assert answers == {True, False}


def test_every_phrase_of_the_tables_has_needles() -> None:
    for table in TABLES:
        for phrases in table.values():
            for phrase in phrases:
                assert needles(phrase), phrase


def test_trailing_credit_reach_covers_the_longest_label() -> None:
    """``TRAILING_CREDIT_REACH`` bounds what a trailing credit takes besides white space: a dash,
    the longest label, a colon and 60 characters of name."""
    longest = max(re._parser.parse(label).getwidth()[1] for label in TRAILING_CREDIT_LABELS)  # type: ignore[attr-defined]
    assert 1 + longest + 1 + 60 <= credits.TRAILING_CREDIT_REACH


@pytest.mark.parametrize(
    "text",
    [
        "x" * 300 + ". Foto: dpa",
        "x" * 300 + ". Foto:" + " " * 200 + "dpa",
        "x" * 300 + " Fotos " + " " * 150 + "Jane Doe",
        "Der Hafen. " + "y " * 200 + "Foto: Peter Lang",
        "Der Hafen. Photo by " + " " * 300 + "Jane",
        "a" * 500 + " ©" + " " * 120 + "Peter Lang",
        "Der Hafen am Abend" + "\n" * 150 + " - Foto: Peter Lang",
        "word. " * 100,
        # ASCII texts, with and without a label's piece (the quick test), case as written
        "Crowds gather. PHOTO: Jane Doe",
        "Crowds gather | CREDIT: AP",
        "Crowds gather. Fot. Jane Doe",
        "Engineers at the river Picture: Jane Doe",
        "Coffee beans Pictures by Jane Doe",
        "Crowds gather. Jane Doe",
        "Crowds gather (c) Jane Doe",
        # not ASCII: searched as before
        "Crowds gather. \u00a9 Jane Doe",
        "Der Hafen. \u0424\u041e\u0422\u041e: Peter Lang",
        "Der Hafen. P\u0397oto: x",
        "Der Hafen. Cr\u00c9dit: x",
        # not ASCII, with and without a label's piece (the quick test too), in several scripts
        "Der Bürgermeister bei der Eröffnung. BILDQUELLE: Stadt",
        "Der Bürgermeister bei der Eröffnung. Peter Lang",
        "Η πλατεία το βράδυ. ΦΩΤΟΓΡΑΦΊΑ: Γιάννης",
        "Площадь вечером. Фото: Иван Петров",
        "Площадь вечером. Иван Петров",
        "הכיכר בערב. צילום: דנה כהן",
        "広場の夜。写真：山田太郎",
        "広場の夜。山田太郎",
        "Quảng trường buổi tối. Ảnh: Nguyễn Văn A",
        "Kahvila aamulla. KUVA: Matti Meikäläinen",
        "Meydan akşam. FOTOĞRAF: Ayşe Yılmaz",
        "Meydan akşam. FOTOĞRAF: " + "ı" * 20,
        "Der Hafen am Abend. Fotoſ Peter",  # a long s: a case-blind "s"
        "Der Hafen am Abend. \u0130MAGE: Peter",  # a capital I with a dot: a case-blind "i"
        # long: only the last stretch is read when it holds more than the reach
        "Fotos. " + "Der Hafen am Abend und die Straßen der Stadt, " * 8,
        "Der Hafen. " + "Straße " * 60 + "– Bild: Peter Lang",
        "Der Hafen. Bild: " + "Straße " * 60,
    ],
)
def test_labelled_credit_at_end_finds_what_the_whole_search_finds(text: str) -> None:
    found = credits._labelled_credit_at_end(text)
    expected = credits.TRAILING_LABELLED_CREDIT.search(text)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@pytest.mark.parametrize("text", TEXTS)
def test_the_notes_searched_as_one_answer_as_each(text: str) -> None:
    notes = (boilerplate.AFFILIATE_NOTE, boilerplate.CONTRIBUTED_LINE, boilerplate.COPYRIGHT_NOTICE)
    assert boilerplate.NOTE_ANYWHERE.pieces is not None
    assert bool(boilerplate.NOTE_ANYWHERE.search(text)) is any(note.search(text) for note in notes)


@pytest.mark.parametrize(
    "pieces",
    [
        ("ab", "abc", "b"),  # a piece that starts another, a piece inside another
        ("a.b", "(x", "[y]", "a+", "|"),  # regex syntax is plain text here
        ("follow ", "folgen sie uns auf", "folge uns auf", "strate", "ya eres "),
        ("x",),
    ],
)
def test_any_piece_finds_where_a_piece_stands(pieces: tuple[str, ...]) -> None:
    finder = any_piece(pieces)
    texts = ["", "ab", "zzabc", "b", "a.b", "axb", "(x", "[y]", "y", "a+", "aa", "|", "x"]
    texts += ["please follow us", "folgen sie uns", "folge uns auf x", "illustrated", "ya eres"]
    for text in texts:
        assert (finder.search(text) is not None) is any(piece in text for piece in pieces), text
        assert may_match(text, finder) is may_match(text, pieces), text
