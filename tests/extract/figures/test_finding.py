"""Figures found in running text by the finding module, on invented sentences."""

from __future__ import annotations

import pytest

from briefing.extract.figures.finding import find_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund paid about 2 billion dollars annually to farmers.",
            [("about 2 billion dollars annually", 2e9, "USD")],
        ),
        ("It sent weekly $15 million aid packages.", [("weekly $15 million", 15e6, "USD")]),
        (
            "Rebels made 31 raids in 7 districts.",
            [("31 raids", 31, "raids"), ("7 districts", 7, "districts")],
        ),
        (
            "After two and a half years of talks, they signed.",
            [("two and a half years", 2.5, "years")],
        ),
        ("a 60-day pause", [("60-day", 60, "days")]),
        ("Turnout rose to 12.5% this year.", [("12.5%", 12.5, "percent")]),
        ("for more than six years", [("more than six years", 6, "years")]),
        ("within the next three to five years", [("three to five years", 3, "years")]),
        ("Nine training centres opened.", [("Nine training centres", 9, "centres")]),
        (
            "The vote was held on Tuesday, March 3, 2020.",
            [("Tuesday, March 3, 2020", 20200303, "date")],
        ),
        (
            "It closed in June 2019 for a week.",
            [("June 2019", 201906, "year-month"), ("a week", 1, "weeks")],
        ),
        ("The talks on June 4 and 5 were short.", [("June 4 and 5", 19990604, "date")]),
        (
            "Only 31 of the drones flew; 12 of them crashed.",
            [("31 of the drones", 31, "drones"), ("12", 12, "count")],
        ),
    ],
    ids=[
        "money-scale-rate",
        "currency-sign",
        "counts",
        "words-half",
        "hyphen-duration",
        "percent",
        "approximate",
        "range",
        "word-count",
        "weekday-date",
        "month-year",
        "yearless-date",
        "part-of-the-things-counted",
    ],
)
def test_numbers(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [(text[f.start : f.end], f.value, f.unit) for f in find_numbers(text, 1999)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "0 Comments",
        "Fighting raged in 2014 and 2015.",
        "Since the 1990s the port has grown.",
        "The attacks of 9/11 changed the city.",
        "The two parties met again.",
        "One of them left early.",
        "She goes there twice a week.",
        "The G20 summit ended.",
    ],
    ids=[
        "comment-count",
        "bare-years",
        "decade",
        "event-name",
        "anaphoric-count",
        "one-of",
        "frequency",
        "name-with-digits",
    ],
)
def test_not_figures(text: str) -> None:
    assert find_numbers(text, 1999) == []


def figures_in(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in find_numbers(text, 2025)]


@pytest.mark.parametrize(
    "text",
    [
        "The club recalled its 1988 triumph.",
        "The vote closed at 0930 GMT and again at 21:30.",
        "The results came at 3 p.m. on Monday.",
        "She spoke on Channel 9 about Article 5.",
        "A week earlier the road had reopened.",
    ],
    ids=["year-as-adjective", "clock-times", "clock-pm", "numbers-in-names", "a-week-earlier"],
)
def test_numbers_that_state_no_figure_are_not_figures(text: str) -> None:
    assert figures_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fund could reach a third of a billion dollars.",
        "Losses of eight or nine billion are feared.",
        "A few hundred thousand people marched.",
        "Hundreds of families fled.",
    ],
    ids=["fraction-of-scale", "alternatives", "a-few-hundred-thousand", "hundreds-of"],
)
def test_a_vague_amount_never_becomes_a_definite_number(text: str) -> None:
    assert figures_in(text) == []


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Three quarters of staff voted to strike.", ("Three quarters", 0.75, "share")),
        ("Nearly nine in ten clinics have closed.", ("Nearly nine in ten", 0.9, "share")),
        ("Roughly 1 in 5 workers earn less.", ("Roughly 1 in 5", 0.2, "share")),
        ("Almost half of the pupils left.", ("Almost half", 0.5, "share")),
        ("Two-thirds of voters agreed.", ("Two-thirds", 2 / 3, "share")),
    ],
    ids=["quarters", "in-ten", "in-digits", "half", "thirds"],
)
def test_a_share_of_a_whole_is_its_fraction(text: str, share: tuple[str, float, str]) -> None:
    assert figures_in(text) == [share]


@pytest.mark.parametrize(
    "text",
    [
        "In the second half of the season the club won often.",
        "Shops in the Christian quarter of Damascus stayed shut.",
        "She finished third of the runners.",
        "They held an hour and a half of talks.",
    ],
    ids=["part-of-a-period", "a-city-quarter", "a-place-in-a-race", "half-an-hour-more"],
)
def test_words_for_parts_that_state_no_share_are_no_share(text: str) -> None:
    assert [unit for _, _, unit in figures_in(text)] == []


def test_a_count_in_a_count_is_no_share() -> None:
    assert figures_in("Police arrested 7 in 8 raids.") == [
        ("7", 7.0, "count"),
        ("8 raids", 8.0, "raids"),
    ]


def test_a_score_is_no_range_and_no_figure_but_a_tally_is() -> None:
    assert figures_in("Rovers won 2-1 and drew 1-1 on Sunday.") == []
    assert figures_in("The motion passed 52-48.") == [("52-48", 52.0, "count")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The scheme costs C$15 billion.", ("C$15 billion", 15e9, "CAD")),
        # which country's rupees, the words do not say; the sign does
        ("He paid 17 lakh rupees.", ("17 lakh rupees", 1.7e6, "rupees")),
        ("Relief of Rs 4 lakh was paid.", ("Rs 4 lakh", 4e5, "rupees")),
        ("It cost ₹2 crore.", ("₹2 crore", 2e7, "INR")),
        ("A £260mn deal was signed.", ("£260mn", 2.6e8, "GBP")),
        ("He drove at 64mph.", ("64mph", 64.0, "mph")),
        ("The mast stood 5 m away.", ("5 m", 5.0, "m")),
    ],
    ids=["canadian-dollars", "lakh", "rupee-abbreviation", "rupee-sign", "mn", "mph", "metres"],
)
def test_currencies_scales_and_speeds_keep_their_value(
    text: str, figure: tuple[str, float, str]
) -> None:
    assert figures_in(text) == [figure]


def test_a_number_naming_a_place_is_no_figure() -> None:
    assert figures_in("She works at Hospital No. 9 in the city.") == []


def test_a_change_keeps_both_of_its_numbers() -> None:
    assert figures_in("Sales fell from 950 to 870 units.") == [
        ("950", 950.0, "units"),
        ("870 units", 870.0, "units"),
    ]


def test_pence_are_a_price() -> None:
    assert figures_in("Petrol rose by 3p a litre.") == [("3p", 3.0, "pence")]
