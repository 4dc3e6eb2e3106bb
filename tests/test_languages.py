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
    ],
)
def test_a_number_is_written_with_the_language_s_separators(
    written: str, code: str, expected: str
) -> None:
    assert localized_number(written, language(code)) == expected


def test_numbers_are_found_as_written_but_not_inside_words() -> None:
    assert written_numbers("In 2023, 25,000 people paid 3.5% more; the G20 met.") == [
        "2023",
        "25,000",
        "3.5",
    ]
