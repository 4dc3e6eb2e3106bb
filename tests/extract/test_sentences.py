"""Sentence boundaries: where a paragraph's sentences start and end, on invented text."""

from __future__ import annotations

from briefing.extract.sentences import split_sentences


def sentences(text: str, quotes: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, quotes)]


def test_stops_question_and_exclamation_marks_end_sentences() -> None:
    text = "The dam held. Did it crack? No! Repairs begin soon.  "
    assert sentences(text) == ["The dam held.", "Did it crack?", "No!", "Repairs begin soon."]


def test_a_stop_after_a_title_or_an_initial_does_not_end_a_sentence() -> None:
    text = "Dr. Amal Haddad met John F. Kennedy Jr. at the U.S. embassy. They spoke."
    assert sentences(text) == [
        "Dr. Amal Haddad met John F. Kennedy Jr. at the U.S. embassy.",
        "They spoke.",
    ]


def test_a_closing_quotation_mark_stays_with_its_sentence() -> None:
    text = "“We are ready.” The crowd cheered."
    assert sentences(text) == ["“We are ready.”", "The crowd cheered."]


def test_a_quoted_passage_of_several_sentences_stays_in_one() -> None:
    text = "She said: “The water rose. We left at night. Nobody came.” Then she wept."
    opening = text.index("“") + 1
    quote = (opening, text.index("”"))
    assert sentences(text, (quote,)) == [
        "She said: “The water rose. We left at night. Nobody came.”",
        "Then she wept.",
    ]


def test_offsets_are_exact_slices_of_the_paragraph() -> None:
    text = "One sentence here.   Another one there."
    assert split_sentences(text) == [(0, 18), (21, 39)]


def test_a_single_capital_before_a_word_that_opens_sentences_ends_one() -> None:
    text = (
        "He posted on X. The firm said it was wrong. John F. Kennedy spoke. "
        "Il a écrit sur X. Il a ri."
    )
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "He posted on X.",
        "The firm said it was wrong.",
        "John F. Kennedy spoke.",
        "Il a écrit sur X.",
        "Il a ri.",
    ]
