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
            "suspension of U.S. grants",
        ),
        (
            "He said the town had spent $2 million on repairs to the school.",
            "$2 million",
            "spent on repairs to the school",
        ),
        (
            "Aid groups say 9,000 people are still without power two weeks after the storm.",
            "9,000 people",
            "people still without power",
        ),
        ("After the storm, 14 villages flooded overnight.", "14 villages", "villages flooded"),
        (
            "The council says 800 tenants are currently homeless, a figure others dispute.",
            "800 tenants",
            "tenants currently homeless",
        ),
        (
            "The raids led to the deaths of 12 soldiers and injuries to 30 others.",
            "30 others",
            "injuries",
        ),
        (
            "The raids led to the deaths of 12 soldiers and injuries to 30 others.",
            "12 soldiers",
            "deaths of soldiers",
        ),
        (
            "After 18 months of talks and delays, the bridge opened.",
            "18 months",
            "months of talks and delays",
        ),
        (
            "The state sent weekly $5 million relief payments to the coast, officials said.",
            "weekly $5 million",
            "relief payments to the coast",
        ),
        (
            "Under the agreement, salaries rise by 6 percent this year.",
            "6 percent",
            "salaries rise this year",
        ),
        (
            "The union said about three quarters of the staff had voted to strike.",
            "about three quarters",
            "share of staff",
        ),
        (
            "A survey found nearly nine in ten clinics had closed.",
            "nearly nine in ten",
            "share of clinics",
        ),
    ],
    ids=[
        "counted-noun",
        "duration-after-but",
        "money-object",
        "fronted-date",
        "hyphen-unit",
        "spending-not-who-said-it",
        "subject-and-its-state",
        "participle",
        "what-they-are",
        "stand-in-noun",
        "noun-it-depends-on",
        "span-of",
        "money-before-its-noun",
        "time-kept-whole",
        "share-of-the-whole",
        "share-in-ten",
    ],
)
def test_measures(text: str, figure: str, expected: str) -> None:
    [found] = [f for f in find_numbers(text, 1999) if text[f.start : f.end] == figure]
    phrase = measures(text, found)
    assert phrase == expected
    assert 1 <= len(phrase.split()) <= 12
    assert not phrase.startswith(("but ", "and ", "000"))
