"""Dates an article states, and the year a date without one is given, on invented text."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.figures.dates import DATE, date_value, default_year
from briefing.model import Article, Paragraph


def dated(text: str, year: int = 1999) -> tuple[str, int, str] | None:
    match = DATE.search(text)
    assert match is not None, text
    found = date_value(match, year)
    return None if found is None else (match.group(), *found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port reopened on 3 March 2020.", ("3 March 2020", 20200303, "date")),
        ("The port reopened on March 3rd, 2020.", ("March 3rd, 2020", 20200303, "date")),
        ("The port reopened on Sept. 12.", ("Sept. 12", 19990912, "date")),
        ("Talks ran on June 4-5.", ("June 4-5", 19990604, "date")),
        ("The mine closed in Nov 2018.", ("Nov 2018", 201811, "year-month")),
    ],
    ids=["day-month-year", "ordinal-day", "abbreviated-no-year", "day-range", "month-year"],
)
def test_a_stated_date_has_its_value(text: str, expected: tuple[str, int, str]) -> None:
    assert dated(text) == expected


def test_a_day_no_month_has_is_no_date() -> None:
    assert dated("The vote was set for March 32.") is None


def test_a_month_name_inside_a_word_is_no_date() -> None:
    assert DATE.search("The Mayfair 12 club opened.") is None


def article(*texts: str, published: date | None = None) -> Article:
    paragraphs = tuple(Paragraph(n, text) for n, text in enumerate(texts, start=1))
    return Article("a.txt", None, paragraphs, "0" * 64, published=published)


def test_the_publication_year_is_the_year_of_a_date_without_one() -> None:
    stated = article("In March 2019 the dam was finished.", published=date(2024, 5, 1))
    assert default_year(stated) == 2024


def test_without_a_publication_date_the_latest_year_stated_with_a_month_is_taken() -> None:
    stated = article("In March 2019 the dam was finished.", "By June 4, 2021 it had cracked.")
    assert default_year(stated) == 2021


def test_a_year_stated_without_a_month_does_not_date_the_article() -> None:
    assert default_year(article("Fighting raged in 2014 and 2015.")) == 0
