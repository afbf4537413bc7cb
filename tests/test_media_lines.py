"""Lines of media players and picture galleries (``images/media.py``), and credits that close
a caption after a bar, a dash or no closing mark (``images/credits.py``)."""

from __future__ import annotations

import pytest

from newscrawl.extract.images.credits import credit_value, is_credit_line, split_trailing_credit
from newscrawl.extract.images.media import is_gallery_counter, is_media_label
from newscrawl.extract.images.noise import clean_caption


@pytest.mark.parametrize(
    "line",
    [
        "Play video",
        "Video: 02:31",
        "00:00 / 02:31",
        "Listen to this article",
        "Click to enlarge",
        "Next image",
        "1 / 12",
        "Photo 2 of 10",
        "Artikel anhören",
        "Dauer 2:31",
        "Bild 3 von 8",
        "Bild vergrößern",
        "Foto 2 de 10",
        "Reproducir vídeo",
        "Écouter cet article",
        "Agrandir l'image",
        "Ascolta l'articolo",
        "Posłuchaj artykułu",
        "Смотреть видео",
        "Your browser does not support the video tag.",
        "Video: Storm hits the coast (1:45)",
        "Mehr Bilder",
        "A Flourish chart",
        "Chart: Tom Hale • Source: Environment Agency • Get the data • Created with Datawrapper",
        "Grafik: Peter Lang • Quelle: Mietspiegel • Erstellt mit Datawrapper",
    ],
)
def test_media_lines(line: str) -> None:
    assert is_media_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "14:32",  # a live blog's time
        "Watch the video of the fireworks on our website.",
        "Videos zum Thema Hafen",
        "In 2 of 10 cases the court agreed.",
        "12 / 3",
        "2/3 cup flour",
        "Play resumed after the rain.",
        "Video: Feuerwehr löscht Brand in der Altstadt",
        "The meeting started at 10:30",
        "The map shows where the floods hit hardest in the region last week.",
    ],
)
def test_not_media_lines(line: str) -> None:
    assert not is_media_label(line)


def test_a_counter_is_no_credit() -> None:
    assert is_gallery_counter("Bild 3 von 8")
    assert not is_credit_line("Bild 3 von 8")
    assert is_credit_line("Bild: Peter Lang")


@pytest.mark.parametrize(
    ("caption", "cleaned"),
    [
        ("1 / 12Engineers survey the route", "Engineers survey the route"),
        ("Bild 3 von 8: Der Hafen am Abend", "Der Hafen am Abend"),
        ("Foto 2 de 10 La sala de estudio", "La sala de estudio"),
        ("3 of 8 victims were children", "3 of 8 victims were children"),
        ("Photo 3 of 8", None),
        ("Enlarge", None),
    ],
)
def test_caption_without_counter(caption: str, cleaned: str | None) -> None:
    assert clean_caption(caption) == cleaned


@pytest.mark.parametrize(
    ("caption", "shown", "credit"),
    [
        ("Climbers on the main wall | Photo: Sarah Lowe", "Climbers on the main wall", "Sarah Lowe"),
        ("Der Hafen am Abend – Foto: Peter Lang/dpa", "Der Hafen am Abend", "Peter Lang/dpa"),
        ("The route near the river Photo: Jane Doe", "The route near the river", "Jane Doe"),
        ("Bisikletliler yeni şeritte. Fotoğraf: Mehmet Kaya", "Bisikletliler yeni şeritte.", "Mehmet Kaya"),
        ("Der Hafen am Abend ©Peter Lang", "Der Hafen am Abend", "Peter Lang"),
        (
            "Coffee beans on a table Photo by Jane Doe on Unsplash",
            "Coffee beans on a table",
            "by Jane Doe on Unsplash",
        ),
        ("市民在公园里散步。（新华社记者 张三 摄）", "市民在公园里散步。", "新华社记者 张三"),
        ("市民在公园里散步。新华社记者张三摄", "市民在公园里散步。", "新华社记者张三"),
        ("公園を散歩する市民＝山田太郎撮影", "公園を散歩する市民", "山田太郎"),
        ("公園を散歩する市民（撮影・山田太郎）", "公園を散歩する市民", "山田太郎"),
        ("시민들이 공원을 산책하고 있다. 사진=연합뉴스", "시민들이 공원을 산책하고 있다.", "연합뉴스"),
        (
            "Người dân đi dạo trong công viên. Ảnh: Nguyễn Văn A",
            "Người dân đi dạo trong công viên.",
            "Nguyễn Văn A",
        ),
        ("The show has a photo by a local artist", "The show has a photo by a local artist", None),
        ("Sie sprach mit dem Foto von ihrem Vater", "Sie sprach mit dem Foto von ihrem Vater", None),
        ("Video: Storm hits the coast (1:45)", "Video: Storm hits the coast (1:45)", None),
        ("We asked for a photo: none was given", "We asked for a photo: none was given", None),
        ("Le port – Photo AFP", "Le port – Photo AFP", None),
    ],
)
def test_credit_after_bar_dash_or_no_mark(caption: str, shown: str, credit: str | None) -> None:
    assert split_trailing_credit(caption) == (shown, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Bildquelle: dpa", "dpa"),
        ("Fotonachweis: Peter Lang", "Peter Lang"),
        ("Symbolbild: dpa", "dpa"),
        ("Archivfoto: Stadt Wien", "Stadt Wien"),
        ("Créditos: EFE", "EFE"),
    ],
)
def test_compound_credit_labels(line: str, credit: str) -> None:
    assert is_credit_line(line)
    assert split_trailing_credit(f"Der Hafen am Abend. {line}") == ("Der Hafen am Abend.", credit)


def test_a_sentence_about_picture_rights_is_no_credit() -> None:
    assert not is_credit_line("Die Bildrechte liegen beim Verlag und wurden nicht verlängert.")


def test_a_photographer_line_alone_is_a_credit() -> None:
    assert is_credit_line("（新华社记者 张三 摄）")
    assert credit_value("（新华社记者 张三 摄）") == "新华社记者 张三"


def test_a_courtesy_credit_names_its_giver() -> None:
    assert is_credit_line("Photo courtesy of the City of Springfield")
    assert credit_value("Photo courtesy of the City of Springfield") == "the City of Springfield"
    assert not is_credit_line("Photo courtesy of the family. She was 84 when she died.")
