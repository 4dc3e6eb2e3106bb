"""The subject phrase before a reporting verb, and a sentence's own subject."""

from __future__ import annotations

import pytest

from briefing.extract.speech.subjects import clean_phrase, sentence_subject, subject_before


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("Jane Roe, the mayor,", "Jane Roe"),
        ("In May, the minister", "the minister"),
        ("Jane Roe, speaking at the summit,", "Jane Roe"),
        (
            "Officials from Norland, Estavia and Korvia",
            "Officials from Norland, Estavia and Korvia",
        ),
        ("Ruiz, during a town hall meeting in Dunmore, Kentland,", "Ruiz"),
        ("In October, Mr. Paulson,", "Mr. Paulson"),
        ("Mr. Cole, a former speechwriter for Tina Marsh,", "Mr. Cole"),
        ("Asked about it — especially where Tina Marsh is concerned — Ruiz", "Ruiz"),
        ("“My bosses, Tim Pawley and Joan Ernst,” Mr. Cole, the consultant,", "Mr. Cole"),
        ("But it’s not, and Ruiz", "Ruiz"),
        ("Dana Ruiz of Millbrook, Kentland", "Dana Ruiz of Millbrook"),
        ("Backers of Tina Marsh, Ruiz", "Ruiz"),
    ],
    ids=[
        "appositive",
        "adverbial",
        "participle-aside",
        "listed",
        "place-region",
        "month",
        "titled-surname",
        "dashes",
        "after-a-quotation",
        "after-a-short-clause",
        "of-a-town-in-a-region",
        "after-a-phrase-ending-in-a-name",
    ],
)
def test_the_subject_before_a_verb_is_the_phrase_a_reader_would_name(
    before: str, subject: str
) -> None:
    assert subject_before(before) == subject


def test_the_region_of_a_place_is_no_subject() -> None:
    sentence = "At a rally in Dunmore, Kentland, on Saturday, some supporters said no."
    assert sentence_subject(sentence) == "some supporters"


def test_a_sentence_opening_a_list_has_no_one_subject() -> None:
    assert sentence_subject("Roe, Doe and Poe agreed on the plan.") is None


def test_a_phrase_loses_the_words_around_its_subject() -> None:
    assert clean_phrase("“ And Roe has also") == "Roe"


@pytest.mark.parametrize(
    "sentence",
    [
        "However, Tom Hale praised the plan.",
        "Back in 1999, Tom Hale praised the plan.",
        "Just days before the vote, Tom Hale praised the plan.",
        "Earlier this month, Tom Hale praised the plan.",
        "Throughout the campaign, Tom Hale praised the plan.",
        "Of course, Tom Hale praised the plan.",
        "Separately, Tom Hale praised the plan.",
        "Pressed on the point, Tom Hale praised the plan.",
        "Responding to the news, Tom Hale praised the plan.",
        "Early in his campaign, Tom Hale praised the plan.",
        "Speaking at a town hall in Salem, New Hampshire, Tom Hale praised the plan.",
    ],
)
def test_an_adverbial_before_the_subject_is_not_the_subject(sentence: str) -> None:
    assert sentence_subject(sentence) == "Tom Hale"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Kelly, the mayor, praised the plan.", "Kelly"),
        ("Connolly, the mayor, praised the plan.", "Connolly"),
        ("Manning, 45, praised the plan.", "Manning"),
        ("Husted continued by saying, “We will appeal.”", "Husted"),
        ("Boreing said the members will meet, but said, “It is time.”", "Boreing"),
    ],
    ids=["first-name", "surname-in-ly", "surname-in-ing", "surname-in-ed", "surname-and-verb"],
)
def test_a_name_that_ends_like_an_adverb_or_participle_is_not_skipped(
    sentence: str, subject: str | None
) -> None:
    assert sentence_subject(sentence) == subject


def test_a_subject_phrase_never_runs_into_a_quotation() -> None:
    sentence = 'Specifically, he thought that "Ann Lee is keeping rates too low" for years.'
    assert sentence_subject(sentence) is None


def a_person(word: str) -> bool:
    return word in {"Hale", "Sanders"}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Hale met with Rosa Kim in December and declared it a success.", "Hale"),
        ("Sanders also wrote that the agents knew.", "Sanders"),
        ("Tom Hale met with Rosa Kim and praised her.", "Tom Hale"),
        ("Mark Reed and Omar Aziz attacked the plan.", "Mark Reed and Omar Aziz"),
        ("Media shares blame in the poll", "Media shares blame in the poll"),
    ],
    ids=["surname", "surname-adverb", "full-name", "two-names", "no-person"],
)
def test_a_subject_written_as_a_name_ends_where_the_name_does(sentence: str, subject: str) -> None:
    assert sentence_subject(sentence, a_person) == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("A Bellridge spokeswoman, Anita Kerr, called the claim false.", "Anita Kerr"),
        ("The mayor of Carthage Falls, Harold Pettibone, disagrees.", "Harold Pettibone"),
        # Not a name that follows an object (`called the chief executive, J. Ann Roe, …`).
        ("Mr. Ubben called the chief executive, J. Ann Roe, a driven woman.", "Mr. Ubben"),
    ],
)
def test_a_name_in_apposition_to_a_role_subject_is_the_subject(sentence: str, subject: str) -> None:
    assert sentence_subject(sentence) == subject


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("Last week the company also", "the company"),
        ("On Monday the minister", "the minister"),
        ("Two weeks ago the ministry", "the ministry"),
        ("Three days later the prime minister", "the prime minister"),
        ("On Monday night the police", "the police"),
        ("Early on Tuesday morning the coastguard", "the coastguard"),
        ("In March last year the company", "the company"),
        ("Another pensioner, retired postman Arthur Bellamy, 79, of Blacon,", "Arthur Bellamy"),
        # A relative clause's object is no apposition.
        ("Eric Levine, who has given money to Marco Rubio,", "Eric Levine"),
    ],
)
def test_when_and_roles_written_around_a_subject_are_no_part_of_it(
    before: str, subject: str
) -> None:
    assert subject_before(before) == subject


def test_the_subject_of_a_relative_clause_without_that_is_the_second_phrase() -> None:
    # `a step the union has said would …`: the union says it, not `a step the union`.
    assert subject_before("hire replacement workers, a step the union has") == "the union"
    assert subject_before("a probe the law enforcement agency") == "the law enforcement agency"
    # A complement is no relative clause (`The head of the union` stays whole), nor a
    # clause with its verb (`The campaign says the candidate …`).
    assert subject_before("The head of the union") == "The head of the union"
    assert subject_before("The campaign says the candidate will") != "the candidate"


def test_a_sentence_whose_subject_a_relative_clause_describes_gives_no_subject() -> None:
    # The verb read as the main one may be the relative clause's own.
    assert sentence_subject("An official who has argued many cases will do well.") is None
