"""The text patterns several stages share: digits, weekdays and bidi controls."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from briefing.patterns import BIDI_CONTROLS, DIGITS, WEEKDAY


@pytest.mark.parametrize("number", ["25,000.5", "1,000,000", "2023", "3.5", "7"])
def test_digits_match_a_whole_written_number(number: str) -> None:
    assert re.fullmatch(DIGITS, number)


def test_digits_do_not_group_a_malformed_thousands_separator() -> None:
    match = re.match(DIGITS, "25,00")
    assert match is not None and match.group() == "25"


def test_a_weekday_with_its_comma_may_open_a_date() -> None:
    date = re.compile(rf"{WEEKDAY}(\d+ November)")
    assert date.fullmatch("Sunday, 23 November")
    assert date.fullmatch("23 November")


def test_bidi_controls_are_every_embedding_override_and_isolate_in_unicode() -> None:
    reordering = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}
    every = {
        chr(point)
        for point in range(sys.maxunicode + 1)
        if unicodedata.bidirectional(chr(point)) in reordering
    }
    assert set(BIDI_CONTROLS) == every
