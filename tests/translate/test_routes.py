"""Translation follows each article's language: the route of packages chosen for it, and
briefs built through the real Argos path (the fixture packages, CTranslate2, the command
line) from French, Persian and Dari articles. The fixture packages upper-case Latin
letters and leave Persian ones as they are, so what was translated shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from installs import (
    EXAMPLE,
    FRENCH_PACKAGE,
    FRENCH_TO_ENGLISH,
    PERSIAN_PACKAGE,
    PERSIAN_TO_ENGLISH,
    briefing,
    installed,
)

from briefing.errors import TranslationError
from briefing.languages import LANGUAGES, localized_number, written_numbers
from briefing.translate.packages import Direction, direction, install_file
from briefing.translate.routes import route

# Invented for these tests (samples, not real reporting): a French article whose numbers are
# grouped with a plain space and written with a decimal comma, and a Persian one (no Afghan
# dates or words, so it is detected as Persian, not Dari) with Persian digits and ٬.
FRENCH_ARTICLE = (
    "La crue coupe les routes de la vallée\n\n"
    "« Nous comptons 25 000 familles sans eau potable », a déclaré Claire Martin, maire de "
    "Vallon, mardi. La réparation des digues coûtera 3,5 millions d'euros.\n"
)
PERSIAN_ARTICLE = (
    "سیل خانه‌ها را در شمال ویران کرد\n\n"
    "مسئول شهرداری روز سه‌شنبه گفت: «۲۵٬۰۰۰ خانواده هنوز بدون آب آشامیدنی هستند.»\n"
)
DARI_ARTICLE = (
    "سیلاب در ولسوالی شمالی خانه‌ها را ویران کرد\n\n"
    "مسئول شاروالی روز سه‌شنبه گفت: «۲۵٬۰۰۰ خانواده هنوز بدون آب آشامیدنی اند.»\n"
)
FRENCH, DARI = LANGUAGES["fr"], LANGUAGES["prs"]


def packages(folder: Path, *archives: Path) -> Path:
    for archive in archives:
        install_file(archive, folder)
    return folder


def test_a_direct_package_is_one_step_and_two_languages_go_through_english(
    tmp_path: Path,
) -> None:
    folder = packages(tmp_path, FRENCH_PACKAGE, PERSIAN_PACKAGE, FRENCH_TO_ENGLISH)
    assert [p.name for p in route("fr", LANGUAGES["en"], folder)] == ["translate-fr_en-1_0"]
    assert [p.name for p in route("en", DARI, folder)] == ["translate-en_fa-1_0"]
    assert [p.name for p in route("fr", DARI, folder)] == [
        "translate-fr_en-1_0",
        "translate-en_fa-1_0",
    ]


@pytest.mark.parametrize(
    ("source", "target"),
    [("prs", "prs"), ("fa", "prs"), ("fr", "fr"), ("en", "en"), ("und", "fr")],
)
def test_an_article_is_never_translated_into_its_own_language(
    tmp_path: Path, source: str, target: str
) -> None:
    assert route(source, LANGUAGES[target], tmp_path) == ()  # no package needed, none asked


def test_a_missing_step_names_its_install_command(tmp_path: Path) -> None:
    folder = packages(tmp_path, PERSIAN_PACKAGE)
    with pytest.raises(TranslationError) as raised:
        route("fr", DARI, folder)
    assert str(raised.value) == (
        f"an article in French needs the Argos package for French→English, through English "
        f"(no direct package is installed), which is not installed in {folder}; install it "
        "with 'briefing models install fr-en' (online) or "
        "'briefing models install PATH.argosmodel'"
    )


def test_models_install_takes_a_language_or_a_pair() -> None:
    assert direction("fr") == Direction("en", "fr")
    assert direction("prs") == direction("dari") == Direction("en", "fa")
    assert direction("fr-en") == Direction("fr", "en")
    assert direction("prs-en") == Direction("fa", "en")  # Dari is read with Persian packages
    assert Direction("fr", "en").name == "fr-en" and Direction("en", "fa").name == "prs"


@pytest.mark.parametrize(
    ("written", "target", "expected"),
    [
        ("25 000", "en", "25,000"),  # a plain space groups thousands in French
        ("25\u202f000", "en", "25,000"),
        ("3,5", "en", "3.5"),  # the decimal comma
        ("1 234,5", "prs", "۱٬۲۳۴٫۵"),
        ("2025", "en", "2025"),
    ],
)
def test_a_french_number_keeps_its_value_in_every_language(
    written: str, target: str, expected: str
) -> None:
    assert written_numbers(f"soit {written} au total", "fr") == [written]
    assert localized_number(written, LANGUAGES[target], source="fr") == expected


def build_json(home: dict[str, str], folder: Path, text: str, lang: str) -> dict[str, Any]:
    article = folder / "article.txt"
    article.write_text(text, encoding="utf-8")
    output = folder / "brief.json"
    result = briefing(home, "build", article, "--lang", lang, "--format", "json", "-o", output)
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return document


def test_a_french_article_in_an_english_brief(home: dict[str, str], tmp_path: Path) -> None:
    installed(home, FRENCH_TO_ENGLISH)
    document = build_json(home, tmp_path, FRENCH_ARTICLE, "en")
    assert document["machine_translations"] == [
        {
            "from": "fr",
            "steps": [
                {
                    "engine": "Argos Translate",
                    "package": "translate-fr_en-1_0",
                    "version": "1.0",
                    "from": "fr",
                    "to": "en",
                    "licence": None,  # Argos packages' weights carry no restriction to name
                }
            ],
        }
    ]
    article = document["articles"][0]
    assert article["headline"]["translation"]["text"] == "LA CRUE COUPE LES ROUTES DE LA VALLÉE"
    lede = article["lede"]["translation"]
    assert lede["from"] == "fr" and lede["numbers_verified"]
    # The numbers come back as English writes the same values; the name is untouched.
    assert "25,000 FAMILLES" in lede["text"] and "3.5 MILLIONS" in lede["text"]
    assert "Claire Martin" in lede["text"]


def test_a_persian_article_in_a_dari_brief_is_shown_as_written(
    home: dict[str, str], tmp_path: Path
) -> None:
    # No package is installed: none is needed for an article in the brief's language.
    document = build_json(home, tmp_path, PERSIAN_ARTICLE, "prs")
    assert document["machine_translations"] == []
    article = document["articles"][0]
    assert article["source"]["language"] == "fa"
    assert article["headline"]["translation"] is None
    assert article["lede"]["translation"] is None
    assert "«۲۵٬۰۰۰ خانواده" in article["lede"]["text"]

    output = tmp_path / "brief.md"
    result = briefing(home, "build", tmp_path / "article.txt", "--lang", "prs", "-o", output)
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert "ترجمهٔ ماشینی" not in text and "انگلیسی" not in text  # no notice, no "from English"
    assert "به زبان فارسی." in text  # the source list labels it Persian


def test_a_dari_article_in_a_dari_brief_keeps_its_numbers(
    home: dict[str, str], tmp_path: Path
) -> None:
    document = build_json(home, tmp_path, DARI_ARTICLE, "prs")
    lede = document["articles"][0]["lede"]
    assert lede["translation"] is None and "«۲۵٬۰۰۰ خانواده" in lede["text"]


def test_a_french_article_in_a_dari_brief_goes_through_english_and_says_so(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home, FRENCH_TO_ENGLISH)
    installed(home, PERSIAN_PACKAGE)
    document = build_json(home, tmp_path, FRENCH_ARTICLE, "prs")
    [used] = document["machine_translations"]
    assert used["from"] == "fr"
    assert [(s["package"], s["from"], s["to"]) for s in used["steps"]] == [
        ("translate-fr_en-1_0", "fr", "en"),
        ("translate-en_fa-1_0", "en", "fa"),
    ]
    lede = document["articles"][0]["lede"]["translation"]
    assert "۲۵٬۰۰۰ FAMILLES" in lede["text"] and "۳٫۵ MILLIONS" in lede["text"]
    assert lede["numbers_verified"]

    output = tmp_path / "brief.txt"
    result = briefing(home, "build", tmp_path / "article.txt", "--lang", "prs", "-o", output)
    assert result.returncode == 0, result.stderr
    notice = output.read_text(encoding="utf-8")
    assert "مقاله‌های به زبان فرانسوی: از راه انگلیسی" in notice
    assert "translate-fr_en-1_0" in notice and "translate-en_fa-1_0" in notice
    assert "متن اصلی انگلیسی" not in notice  # the original is French, not English


def test_a_dari_article_in_a_french_brief_keeps_its_numbers(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home, PERSIAN_TO_ENGLISH)
    installed(home, FRENCH_PACKAGE)
    document = build_json(home, tmp_path, DARI_ARTICLE, "fr")
    [used] = document["machine_translations"]
    assert used["from"] == "prs"
    assert [s["package"] for s in used["steps"]] == ["translate-fa_en-1_0", "translate-en_fr-1_0"]
    lede = document["articles"][0]["lede"]["translation"]
    assert "25\u202f000 خانواده" in lede["text"] and lede["numbers_verified"]


def test_a_missing_package_for_an_articles_language_is_one_sentence(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home, PERSIAN_PACKAGE)  # English→Persian only: French→English is missing
    article = tmp_path / "article.txt"
    article.write_text(FRENCH_ARTICLE, encoding="utf-8")
    output = tmp_path / "brief.pdf"
    result = briefing(home, "build", article, "--lang", "prs", "-o", output)
    assert result.returncode == 1
    assert "'briefing models install fr-en'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_a_french_article_in_a_french_brief_is_shown_as_written_beside_a_translated_one(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home, FRENCH_PACKAGE)  # English→French only: the French article needs none
    french = tmp_path / "french.txt"
    french.write_text(FRENCH_ARTICLE, encoding="utf-8")
    output = tmp_path / "brief.md"
    result = briefing(home, "build", EXAMPLE, french, "--lang", "fr", "-o", output)
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert "FLOOD RELIEF STALLS IN RIVER VALLEY" in text  # the English article, translated
    assert "## 2. La crue coupe les routes de la vallée" in text  # the French one, as written
    assert "Articles en anglais\u00a0: traduits par Argos Translate" in text  # as in the PDF
    assert "Les articles en français sont reproduits tels quels." in text
