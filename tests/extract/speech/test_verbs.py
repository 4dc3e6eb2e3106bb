"""Reporting verbs: the words that report speech, found with their offsets."""

from __future__ import annotations

from briefing.extract.speech.verbs import Verb, reporting_verbs, used_as_noun, verbs_within

TEXT = (
    "The minister said the port would open; she acknowledged that talks failed "
    "and made it clear she pointed out the cost."
)


def test_reporting_verbs_are_found_in_order_with_their_whole_phrase() -> None:
    found = reporting_verbs(TEXT)
    assert [(TEXT[verb.start : verb.end], verb.text) for verb in found] == [
        ("said", "said"),
        ("acknowledged", "acknowledged"),
        ("made it clear", "made it clear"),
        ("pointed out", "pointed out"),
    ]


def test_a_verb_that_reports_only_before_a_clause_says_so() -> None:
    assert [verb.needs_clause for verb in reporting_verbs(TEXT)] == [False, True, False, False]


def test_a_word_that_only_looks_like_a_phrase_is_no_verb() -> None:
    assert reporting_verbs("They made a clear plan and pointed the way.") == []


def test_verbs_within_a_span_have_offsets_relative_to_it() -> None:
    sentence_start = TEXT.index("she")
    within = verbs_within(reporting_verbs(TEXT), sentence_start, len(TEXT))
    assert within[0] == Verb(4, 16, "acknowledged", True)
    assert [verb.text for verb in within] == ["acknowledged", "made it clear", "pointed out"]


def test_a_verb_joined_to_a_word_by_a_hyphen_is_part_of_it() -> None:
    text = "Her in-state director and a self-described moderate spoke."
    assert [verb.text for verb in reporting_verbs(text)] == ["described"]


def test_a_reporting_word_after_a_possessive_or_determiner_is_a_noun() -> None:
    text = "Ryan called Trump’s remarks racist, and his claims stand."
    remarks, claims = reporting_verbs(text)
    assert used_as_noun(text, remarks) and used_as_noun(text, claims)
    assert not used_as_noun("Trump remarks on it.", reporting_verbs("Trump remarks on it.")[0])


def test_a_plain_verb_form_after_a_determiner_and_a_singular_word_is_a_noun() -> None:
    text = "Kerr dismissed the cost estimate, and a brief note followed."
    estimate, note = reporting_verbs(text)
    assert used_as_noun(text, estimate) and used_as_noun(text, note)
    # A plural subject shows the verb (`the analysts estimate`), as does a form in -s.
    for verb_first in ("The analysts estimate that it fell.", "The minister notes that it fell."):
        assert not used_as_noun(verb_first, reporting_verbs(verb_first)[0])


def test_state_before_the_noun_it_qualifies_is_no_verb() -> None:
    text = (
        "Guards seized a tanker, state media reported; the state-run agency and a state "
        "of emergency followed, and officials state that it was lawful."
    )
    assert [verb.text for verb in reporting_verbs(text)] == ["state"]
    assert text[reporting_verbs(text)[0].end :].startswith(" that it was lawful")
