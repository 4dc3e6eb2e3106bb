"""Stances reported as acts: denials and expressed stances, and the acts that are no speech."""

from __future__ import annotations

import pytest

from briefing.extract.speech.quotes import QuoteSpan
from briefing.extract.speech.stances import stances


def acts(sentence: str, quotes: list[QuoteSpan] | None = None) -> list[tuple[str, str]]:
    return [(sentence[s.start : s.end], s.subject) for s in stances(sentence, 0, quotes or [])]


def test_a_denial_is_the_whole_act_with_its_subject() -> None:
    assert acts("The ministry denied the reports of shelling on Monday.") == [
        ("The ministry denied the reports of shelling on Monday", "The ministry")
    ]


def test_an_expressed_stance_is_the_act_and_its_object() -> None:
    assert acts("The mayor expressed her support for the new dam, officials said.") == [
        ("expressed her support for the new dam", "The mayor")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was denied entry at the border.",
        "The court denied them visas.",
        "The ministry denied that it shelled the town.",
    ],
    ids=["passive", "refusal", "that-clause"],
)
def test_a_passive_a_refusal_or_a_that_clause_is_no_stance(sentence: str) -> None:
    assert acts(sentence) == []


def test_a_denial_inside_a_quotation_is_the_quotation_s() -> None:
    sentence = "“The ministry denied the reports of shelling,” she wrote."
    assert acts(sentence, [QuoteSpan(1, sentence.index("”"), True)]) == []
