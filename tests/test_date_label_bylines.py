"""A byline run together with a field labelled as the date ("Author: Jane Doe, Datum:
03.Mär.19"): the label word for a date in several languages ("Datum", "Fecha", "Date") ends the
names, whatever follows it is written in (a two-digit year, a month abbreviation no date
reader knows). Each page is written for the test; it declares nothing."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.meta.datelines import dateline_dates
from tests.bylinepages import SENTENCES, story

pytestmark = pytest.mark.unit

# (language, byline line, expected names)
LINES = [
    ("de", "Author: Gàbor Muniér, Datum: 03.Mär.19", ["Gàbor Muniér"]),
    ("de", "Autor: Anna Berger, Datum: 3. Mrz. 19", ["Anna Berger"]),
    ("nl", "Door: Jan de Vries, Datum: 3 mrt 19", ["Jan de Vries"]),
    ("es", "Autor: Juan Pérez, Fecha: 03/mar/19", ["Juan Pérez"]),
    ("en", "Author: Jane Doe, Date: 03.Mar.19", ["Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "line", "names"), LINES)
def test_a_date_fields_label_ends_the_bylines_names(lang: str, line: str, names: list[str]) -> None:
    page = (
        f"<html lang='{lang}'><head><title>Der Haushalt ist beschlossen</title></head><body>"
        "<div class='q2'><h1>Der Haushalt ist beschlossen</h1>"
        f"<ul class='m1'><li class='m2'><span class='m3'>{line}</span></li></ul>"
        f"{story(SENTENCES[lang])}</div></body></html>"
    )
    assert extract_article(page, "https://news.example.org/story/1").authors == names


@pytest.mark.parametrize(
    ("line", "day"), [("Datum: 28.04.2024", "2024-04-28"), ("Fecha: 3 de mayo de 2024", "2024-05-03")]
)
def test_a_date_labelled_so_is_the_published_date(line: str, day: str) -> None:
    found = dateline_dates(line)
    assert [(d.kind, d.date.iso()) for d in found] == [("published", day)]
