"""Credits glued to their captions, split off by shape, not by class words or ``<figure>``
(``images/credits.py``)."""

from __future__ import annotations

import pytest

from newscrawl.extract.images.credits import split_trailing_credit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("caption", "shown", "credit"),
    [
        # a capitalised label glued to the caption's last word or number, no space between
        (
            "Wahllokale während der Parlamentswahl 2021Bild: Jan Novák/REUTERS",
            "Wahllokale während der Parlamentswahl 2021",
            "Jan Novák/REUTERS",
        ),
        ("Переговорщики в зале ожиданияФото: Иван Петров", "Переговорщики в зале ожидания", "Иван Петров"),
        # a label after a closing guillemet or quotation mark
        (
            "Die Bankerin: »Der Zusammenbruch zeigt Mängel in der Aufsicht« Foto: Jan Novák / AP",
            "Die Bankerin: »Der Zusammenbruch zeigt Mängel in der Aufsicht«",
            "Jan Novák / AP",
        ),
        # names joined by "/" glued to the last sentence ("….Name/Studio")
        (
            "Cientos de personas en la pradera, en Madrid (España).Ana Ruiz / Foto Press",
            "Cientos de personas en la pradera, en Madrid (España).",
            "Ana Ruiz / Foto Press",
        ),
        (
            "Die Sängerin beim Festival.Studio Nord/Jan Novák",
            "Die Sängerin beim Festival.",
            "Studio Nord/Jan Novák",
        ),
    ],
)
def test_a_credit_glued_to_its_caption_is_split_off(caption: str, shown: str, credit: str) -> None:
    assert split_trailing_credit(caption) == (shown, credit)


@pytest.mark.parametrize(
    "caption",
    [
        "Die Sängerin beim Festival. Und dann/oder so",  # a space: a sentence, no glued credit
        "Wie das Bildungsbild des Landes 2021 aussah",  # no label with its colon
        "Der Sieger im Ziel.beim Lauf/gestern",  # not names
        "The player in 2021 Photo: a local fan",  # a space before the label, after a number
    ],
)
def test_what_is_not_a_glued_credit_stays_in_the_caption(caption: str) -> None:
    assert split_trailing_credit(caption) == (caption, None)
