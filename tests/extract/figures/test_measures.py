"""What a figure measures: the short phrase of its sentence, on invented sentences."""

from __future__ import annotations

import pytest

from briefing.extract.figures.finding import find_numbers
from briefing.extract.figures.measures import measures


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The militia says it has drilled 12,500 young recruits in desert camps since 2019.",
            "12,500 young recruits",
            "young recruits in desert camps since 2019",
        ),
        (
            "She praised the deal but warned that neglect could bring another shortage in the "
            "next three to five years.",
            "three to five years",
            "neglect could bring another shortage",
        ),
        (
            "Before the war, the province received about 2 billion dollars annually and paid "
            "no tax.",
            "about 2 billion dollars annually",
            "the province received",
        ),
        (
            "A month ago, the council voted to close the old harbour.",
            "A month ago",
            "the council voted to close the old harbour",
        ),
        (
            "The 30-day suspension of U.S. grants hit farmers hardest.",
            "30-day",
            "suspension of U.S. grants hit farmers hardest",
        ),
    ],
    ids=["counted-noun", "duration-after-but", "money-object", "fronted-date", "hyphen-unit"],
)
def test_measures(text: str, figure: str, expected: str) -> None:
    [found] = [f for f in find_numbers(text, 1999) if text[f.start : f.end] == figure]
    phrase = measures(text, found)
    assert phrase == expected
    assert 1 <= len(phrase.split()) <= 12
    assert not phrase.startswith(("but ", "and ", "000"))
