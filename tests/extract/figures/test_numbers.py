"""Numbers written in digits, words or both, read by parse_number."""

from __future__ import annotations

import pytest

from briefing.extract.figures.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25,000", 25000),
        ("twenty-five thousand", 25000),
        ("three and a half", 3.5),
        ("a dozen", 12),
        ("two hundred", 200),
    ],
    ids=["digits", "words-thousand", "half", "dozen", "hundred"],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value
