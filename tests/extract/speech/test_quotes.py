"""Quotation marks, including the doubled apostrophes of some newsrooms' copy."""

from __future__ import annotations

from briefing.extract.speech.quotes import quote_spans, trimmed, with_doubled_marks_as_quotes


def test_doubled_marks_become_quotation_marks_of_the_same_length() -> None:
    text = "''We are ready,'' she said. ``Go.''"
    marked = with_doubled_marks_as_quotes(text)
    assert len(marked) == len(text)
    offsets = [trimmed(marked, span) for span in quote_spans(marked)]
    assert [text[start:end] for start, end in offsets] == ["We are ready", "Go."]


def test_a_quotation_nested_in_doubled_marks_keeps_its_own_marks() -> None:
    text = "''They told me, 'Go home,''' she said. '''Home' is a word,'' he said."
    marked = with_doubled_marks_as_quotes(text)
    assert len(marked) == len(text)
    offsets = [trimmed(marked, span) for span in quote_spans(marked)]
    assert [text[start:end] for start, end in offsets] == [
        "They told me, 'Go home,'",
        "'Home' is a word",
    ]


def test_a_single_apostrophe_stays_as_it_is() -> None:
    assert with_doubled_marks_as_quotes("Roe's plan") == "Roe's plan"
