"""The brief languages: how a user names them, and how each writes its name and numbers."""

from __future__ import annotations

import pytest

from briefing.errors import UnknownLanguage
from briefing.languages import (
    ENGLISH,
    language,
    localized_digits,
    localized_number,
    native_name,
    number_value,
    written_numbers,
)


@pytest.mark.parametrize("code", ["prs", "Dari", "fa-AF", " fa_af "])
def test_dari_answers_to_its_code_its_name_and_its_locale(code: str) -> None:
    dari = language(code)
    assert (dari.code, dari.argos_code, dari.right_to_left) == ("prs", "fa", True)


def test_an_unknown_language_names_the_ones_there_are() -> None:
    with pytest.raises(UnknownLanguage, match=r"'de' is not a brief language .*en, fr, prs"):
        language("de")


def test_each_language_is_named_as_its_readers_write_it() -> None:
    assert [native_name(language(code)) for code in ("en", "fr", "prs")] == [
        "English",
        "français",
        "دری",
    ]


def test_dari_writes_persian_digits_and_english_keeps_its_own() -> None:
    assert localized_digits(2025, language("prs")) == "۲۰۲۵"
    assert localized_digits(2025, ENGLISH) == "2025"


@pytest.mark.parametrize(
    ("written", "code", "expected"),
    [
        ("25,000.5", "fr", "25\u202f000,5"),
        ("3.5", "fr", "3,5"),
        ("25,000.5", "prs", "۲۵٬۰۰۰٫۵"),
        ("2023", "prs", "۲۰۲۳"),
        ("25,000", "en", "25,000"),
        # Persian and Arabic-Indic digits, ٬ and ٫, French no-break spaces: one number each.
        ("۲۵٬۰۰۰", "en", "25,000"),
        ("۲۵٬۰۰۰", "fr", "25\u202f000"),
        ("۲۵٬۰۰۰", "prs", "۲۵٬۰۰۰"),
        ("٢٥٬٠٠٠٫٥", "prs", "۲۵٬۰۰۰٫۵"),
        ("۳٫۵", "en", "3.5"),
        ("25\u00a0000", "en", "25,000"),
        ("25\u202f000", "prs", "۲۵٬۰۰۰"),
        # Leading zeros make a code or a clock time: every digit is kept.
        ("007", "prs", "۰۰۷"),
    ],
)
def test_a_number_is_written_with_the_language_s_separators(
    written: str, code: str, expected: str
) -> None:
    assert localized_number(written, language(code)) == expected


def test_a_number_keeps_its_value_whatever_digits_and_separators_write_it() -> None:
    assert {number_value(w) for w in ("25,000", "۲۵٬۰۰۰", "٢٥٬٠٠٠", "25\u202f000")} == {25000}
    assert number_value("۳٫۵") == number_value("3.5")


def test_persian_numbers_are_found_whole() -> None:
    text = "مسئول گفت: «۲۵٬۰۰۰ خانواده» و ۳٫۵ میلیون افغانی در سال 2024 کمک شد."
    assert written_numbers(text) == ["۲۵٬۰۰۰", "۳٫۵", "2024"]


def test_numbers_are_found_as_written_but_not_inside_words() -> None:
    assert written_numbers("In 2023, 25,000 people paid 3.5% more; the G20 met.") == [
        "2023",
        "25,000",
        "3.5",
    ]
