"""Reported speech: the clause a reporting verb introduces, as offsets into its paragraph."""

from __future__ import annotations

import pytest

from briefing.extract.speech.reported import reported_clauses


def clauses(sentence: str) -> list[tuple[str, str | None]]:
    return [
        (sentence[clause.start : clause.end], clause.source)
        for clause in reported_clauses(sentence, 0, [])
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Jane Roe said the bridge would reopen in May.", "the bridge would reopen in May"),
        ("The bridge would reopen in May, Jane Roe said.", "The bridge would reopen in May"),
        ("Jane Roe said that the ferry was late.", "the ferry was late"),
        ("The ferry was late, said the harbour master.", "The ferry was late"),
        ("Jane Roe, the mayor, said the bridge would reopen.", "the bridge would reopen"),
        ("Jane Roe, speaking on Monday, said the ferry was late.", "the ferry was late"),
    ],
    ids=[
        "after-the-verb",
        "before-the-verb",
        "that-clause",
        "inverted-role",
        "apposition-then-clause",
        "aside-then-clause",
    ],
)
def test_the_reported_clause_is_the_words_the_verb_introduces(sentence: str, clause: str) -> None:
    assert [text.rstrip(".") for text, _ in clauses(sentence)] == [clause]


def test_according_to_names_its_source() -> None:
    assert clauses("According to the port authority, the ferry will sail on Monday.") == [
        ("the ferry will sail on Monday", "the port authority")
    ]


def test_a_name_set_off_after_the_source_at_the_sentence_end_is_the_source() -> None:
    assert clauses(
        "The repairs added $26,000 to the costs, according to the club's treasurer, Tom Hale."
    ) == [("The repairs added $26,000 to the costs", "the club's treasurer, Tom Hale")]
    # Not a name the sentence goes on from, nor one that belongs to a noun inside the source.
    assert clauses(
        "The repairs cost $26,000, according to the treasurer, Tom Hale, who resigned."
    ) == [("The repairs cost $26,000", "the treasurer")]
    for source in (
        "the family of the victim, Ana Ruiz",
        "a complaint filed against the coach, Brian Hale",
        "a police report cited by the newspaper, The Boston Globe",
    ):
        found = clauses(f"The damage came to $26,000, according to {source}.")
        assert found == [("The damage came to $26,000", source.rsplit(",", 1)[0])]


def test_a_name_set_off_after_an_opening_source_is_no_part_of_the_clause() -> None:
    assert clauses("According to the prosecutor, Jane Roe, the evidence was destroyed.") == [
        ("the evidence was destroyed", "the prosecutor, Jane Roe")
    ]


def test_a_sum_added_to_something_is_no_clause() -> None:
    assert clauses("Extra players added roughly $26,000 to the season's costs.") == []
    assert clauses("Jane Roe added the union had paid half.") == [("the union had paid half", None)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Jane Roe said Tuesday that the ferry was late.", "the ferry was late"),
        ("Jane Roe said Tuesday the ferry was late.", "the ferry was late"),
        ("Jane Roe said on Tuesday morning that the ferry was late.", "the ferry was late"),
        ("He's said that the ferry was late.", "the ferry was late"),
    ],
)
def test_the_day_between_a_verb_and_its_clause_is_no_part_of_the_clause(
    sentence: str, clause: str
) -> None:
    assert [text.rstrip(".") for text, _ in clauses(sentence)] == [clause]


def test_a_claim_someone_owns_is_a_noun_that_reports_nothing() -> None:
    assert [
        text for text, _ in clauses("Roe said that Park's claim that fares rose is false.")
    ] == ["Park's claim that fares rose is false"]


def test_what_someone_says_opens_no_clause_of_its_own() -> None:
    assert (
        clauses("The alliance raised $4.5 million, half of what it estimates the relief will cost.")
        == []
    )
    assert clauses("She took what Alan Krueger said seriously.") == []


def test_a_day_that_is_the_clause_s_subject_stays_in_it() -> None:
    assert [text for text, _ in clauses("Ann Roe said Sunday was the worst day of the year.")] == [
        "Sunday was the worst day of the year"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the radio the day before, she stated, “We will not sign.”",
        "Because of the calendar, explained Rosenberg, “we lose the spring.”",
        "Asked about the bridge, Jane Roe told reporters: “It will open.”",
    ],
    ids=["pronoun-then-quotation", "inverted-subject-then-quotation", "colon-after-object"],
)
def test_a_verb_that_tags_the_quotation_after_it_reports_no_clause(sentence: str) -> None:
    # The words before the verb are an adverbial, not what was said; the quotation is read
    # as direct speech.
    assert clauses(sentence) == []


def test_a_listener_s_own_speech_verb_before_that_takes_the_clause() -> None:
    sentence = "Tom Hale told Rick Vance, after Vance told him that most members backed it."
    assert [
        (clause.verb_start, sentence[clause.start : clause.end])
        for clause in reported_clauses(sentence, 0, [])
    ] == [(sentence.index("told him"), "most members backed it")]


def test_a_listener_who_says_something_else_lends_the_teller_no_clause() -> None:
    # `who was arguing` has its own subject: Purl's words are never Hale's.
    sentence = (
        "Tom Hale told Ann Purl, who was arguing that the plant should close, that the town "
        "would recover."
    )
    assert all(
        sentence[clause.verb_start : clause.verb_end] != "told"
        for clause in reported_clauses(sentence, 0, [])
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Roe declined to say whether the ferry would run in May.",
        "Roe would not say when the talks with the union would resume.",
        "Roe wouldn't say how many drivers had signed the letter.",
        "Roe refused to say which councillors had backed the plan.",
        "Asked whether the ferry would run in May, Roe declined to say.",
        "Roe did not say that the bridge had been closed for good.",
    ],
    ids=["declined", "would-not", "wouldn't", "refused", "postposed", "did-not"],
)
def test_what_someone_would_not_say_is_no_reported_speech(sentence: str) -> None:
    assert clauses(sentence) == []


def test_a_refusal_inside_reported_speech_leaves_the_clause_its_own() -> None:
    sentence = "Roe said she would not say whether fares would rise."
    assert [text for text, _ in clauses(sentence)] == ["she would not say whether fares would rise"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The depot will close in June, Roe told MPs.", "The depot will close in June"),
        (
            "The depot will close in June, she told reporters in Leeds on Monday.",
            "The depot will close in June",
        ),
    ],
    ids=["told-whom", "told-whom-where-when"],
)
def test_a_clause_before_told_and_whom_is_what_was_told(sentence: str, clause: str) -> None:
    assert [text for text, _ in clauses(sentence)] == [clause]


def test_what_someone_would_not_say_more_than_is_what_they_said() -> None:
    sentence = "Hart would not say more than that the inquiry was still open."
    assert [text for text, _ in clauses(sentence)] == ["the inquiry was still open"]


def test_an_indefinite_pronoun_a_verb_takes_is_its_object_not_a_clause() -> None:
    assert clauses("Dan Voss has said things that shame us, and he said something about it.") == []
    assert clauses("Dan Voss said things were improving at the plant.") == [
        ("things were improving at the plant", None)
    ]


def test_a_question_put_to_the_subject_is_no_reported_clause() -> None:
    assert clauses("Asked whether Forde had objected, he laughed.") == []
    assert clauses("Pressed on the point, Hale said the plan would cost more.") == [
        ("the plan would cost more", None)
    ]
