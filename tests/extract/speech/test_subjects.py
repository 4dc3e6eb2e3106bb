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
