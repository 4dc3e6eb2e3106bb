"""What a person's name looks like, and what it is written with."""

from __future__ import annotations

import pytest

from briefing.extract.speech.names import NAME, is_place, person_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Transport Minister Ann Cole", "Ann Cole"),
        ("Rep. G.K. Tanner", "G.K. Tanner"),
        ("Dana R. Smith", "Dana R. Smith"),
        ("In May Jane Roe", "Jane Roe"),
        ("President Nadia Okafor", "Nadia Okafor"),
        ("Oil executive Carl Dunmore IV", "Carl Dunmore"),
        ("Det Con Karen Lowe", "Karen Lowe"),
        ("Con Hogan", "Con Hogan"),  # `Con` alone may be a first name
        # an office before the name, after words that include a first name (`Franklin`)
        ("Assistant Franklin County Prosecutor Renata Villalobos", "Renata Villalobos"),
        ("Marion County Coroner Dale Pruitt", "Dale Pruitt"),
    ],
)
def test_titles_and_sentence_openers_are_not_part_of_a_name(text: str, name: str) -> None:
    assert [person_name(match.group()) for match in NAME.finditer(text)] == [name]


@pytest.mark.parametrize(
    "text",
    ["Vero Beach", "Washington Heights", "Had Sanders", "Sarasota Republican", "Retired Lt"],
)
def test_places_parties_and_verbs_make_no_name(text: str) -> None:
    assert all(person_name(match.group()) is None for match in NAME.finditer(text))


def test_a_name_opening_on_a_point_of_the_compass_is_a_place() -> None:
    assert person_name("North Korea") is None
    assert person_name("South Carolina") is None
    assert person_name("Oliver North") == "Oliver North"  # a surname may be one


def test_a_place_of_two_capitalised_words_is_no_person() -> None:
    assert person_name("New Hampshire") is None
    assert person_name("New South Wales") is None
    assert person_name("Jane Newman") == "Jane Newman"


def test_a_society_is_no_person() -> None:
    assert person_name("John Birch Society") is None


def test_a_place_made_an_adjective_is_no_name_but_a_name_s_lower_case_part_is() -> None:
    assert person_name("New York-based") is None
    assert person_name("Ban Ki-moon") == "Ban Ki-moon"


def test_a_country_or_a_region_is_a_place_unless_people_are_named_so() -> None:
    assert [is_place(word) for word in ("China", "Ohio", "Kabul", "Kandahar")] == [True] * 4
    # A first name too: a word alone may be either, so no place for sure.
    assert [is_place(word) for word in ("Georgia", "Chad", "Hale")] == [False] * 3
    # A region named by a common word may be a surname or a body's: `West`, `Central`.
    assert [is_place(word) for word in ("West", "Central", "Delta")] == [False] * 3


def test_an_abbreviation_ending_a_sentence_and_the_next_one_s_pronoun_are_no_name() -> None:
    assert person_name("U.S. He") is None  # `… in the U.S. He says …`
    assert person_name("John Q. Public") == "John Q. Public"
