"""Each article's language: as its source declares it, else detected from its text.

Every passage here is invented for these tests (no real article's text).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write
from typer.testing import CliRunner

from briefing.cli import app
from briefing.sources import language
from briefing.sources.files import read_articles
from briefing.sources.language import (
    UNDETERMINED,
    dari_or_persian,
    declared_language,
    detected_language,
)

FRENCH = (
    "Inondations : la vallée attend toujours les convois d'aide\n\n"
    "Les pluies de la semaine dernière ont touché 25 000 foyers, selon la préfecture.\n\n"
    "« Nous ne pouvons plus attendre », a déclaré mardi la maire du village.\n"
)
ENGLISH = (
    "Aid Convoys Wait at the Border\n\n"
    "Last week's rains reached 25,000 homes, the regional office said.\n\n"
    "“We cannot wait any longer,” the village mayor said on Tuesday.\n"
)
# Iranian usage: Persian months (آبان), استان for province, پلیس for police.
PERSIAN = (
    "کاروان‌های کمک هنوز در مرز منتظرند\n\n"
    "باران‌های هفتهٔ گذشته در استان به ۲۵٬۰۰۰ خانه آسیب زد و پلیس جاده را بست.\n\n"
    "فرماندار روز سه‌شنبه گفت: ما دیگر نمی‌توانیم منتظر بمانیم.\n"
)
# Afghan usage: a date in the Afghan month حمل, ولسوالی for district, شاروالی for city hall.
DARI = (
    "کاروان‌های کمک هنوز در مرز منتظر اند\n\n"
    "باران‌های ۱۵ حمل در این ولسوالی به ۲۵٬۰۰۰ خانه آسیب رساند.\n\n"
    "مسئول شاروالی روز سه‌شنبه گفت: ما دیگر نمی‌توانیم منتظر بمانیم.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(FRENCH, "fr"), (ENGLISH, "en"), (PERSIAN, "fa"), (DARI, "prs")],
    ids=["french", "english", "persian", "dari"],
)
def test_a_plain_text_article_gets_the_language_it_is_written_in(
    tmp_path: Path, text: str, expected: str
) -> None:
    article = read_articles([write(tmp_path / "article.txt", text)]).articles[0]
    assert article.language == expected


def test_dari_is_told_by_an_afghan_date_or_afghan_words_not_by_a_common_word() -> None:
    assert dari_or_persian("این گزارش در ماه جدی منتشر شد.") == "prs"
    assert dari_or_persian("در سال ۱۴۰۲ پولیس و سارنوالی تحقیق کردند.") == "prs"
    # جدی (serious) and میزان (amount) are Afghan month names only beside a number or ماه.
    assert dari_or_persian("این یک مسئلهٔ جدی است و میزان کمک کم است.") == "fa"
    # One Afghan word can be a place name in an Iranian report; it takes two.
    assert dari_or_persian("خبرنگار ما از یک ولسوالی در هرات گزارش داد.") == "fa"


def test_text_with_nothing_to_tell_a_language_by_is_undetermined() -> None:
    assert detected_language(["12", "3,5"]) == UNDETERMINED


@pytest.mark.parametrize(
    ("tag", "code"),
    [("fr-FR", "fr"), ("fa_AF", "prs"), ("Dari", "prs"), ("fa-IR", "fa"), ("EN", "en")],
)
def test_declared_tags_are_read_as_language_codes(tag: str, code: str) -> None:
    assert declared_language(tag) == code


def test_a_tag_that_is_no_language_tag_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", f"---\ntitle: Crue\nlanguage: '??'\n---\n\n{FRENCH}")
    assert read_articles([path]).articles[0].language == "fr"


@pytest.mark.parametrize("key", ["language", "lang"])
def test_front_matter_wins_over_detection(tmp_path: Path, key: str) -> None:
    # The user's word: a Persian text they call Dari is Dari.
    path = write(tmp_path / "a.md", f"---\ntitle: Sample\n{key}: fa-AF\n---\n\n{PERSIAN}")
    assert read_articles([path]).articles[0].language == "prs"


def test_a_manifest_entry_wins_over_the_file(tmp_path: Path) -> None:
    write(tmp_path / "a.md", f"---\ntitle: Sample\nlanguage: en\n---\n\n{PERSIAN}")
    manifest = write(tmp_path / "m.yaml", "articles:\n  - file: a.md\n    lang: fa\n")
    assert read_articles([manifest]).articles[0].language == "fa"


def _page(lang: str, body: str) -> str:
    paragraphs = "".join(f"<p>{block}</p>" for block in body.split("\n\n")[1:])
    return (
        f'<!DOCTYPE html><html class="x" lang="{lang}"><head><title>Sample</title></head>'
        f"<body><article><h1>Sample</h1>{paragraphs}</article></body></html>"
    )


def test_a_page_declares_its_language_in_html_lang(tmp_path: Path) -> None:
    # The page's word wins: this English text is declared French.
    path = write(tmp_path / "page.html", _page("fr-FR", ENGLISH))
    assert read_articles([path]).articles[0].language == "fr"


def test_a_page_marked_persian_whose_text_is_dari_is_dari(tmp_path: Path) -> None:
    # Afghan sites mark Dari pages fa or fa-IR, their tools' default.
    dari = write(tmp_path / "dari.html", _page("fa-IR", DARI))
    persian = write(tmp_path / "persian.html", _page("fa", PERSIAN))
    languages = [article.language for article in read_articles([dari, persian]).articles]
    assert languages == ["prs", "fa"]


def test_extract_json_reports_each_articles_language(tmp_path: Path) -> None:
    files = [
        write(tmp_path / f"{name}.txt", text) for name, text in [("fr", FRENCH), ("prs", DARI)]
    ]
    result = CliRunner().invoke(app, ["extract", "--json", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert [record["language"] for record in json.loads(result.stdout)] == ["fr", "prs"]


def test_text_whose_letters_are_all_ascii_is_read_as_english_without_the_model() -> None:
    # No French or Persian is written without one accented or Arabic-script letter in a
    # few thousand characters; the model's half-second load is saved for English builds.
    language._identifier.cache_clear()
    assert detected_language(["Council Votes", "The council met on Monday and voted."]) == "en"
    assert language._identifier.cache_info().currsize == 0
    assert detected_language(["Le conseil s'est réuni lundi et a voté le budget."]) == "fr"
