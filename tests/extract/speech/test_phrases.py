"""Which phrases can stand as a speaker as the article wrote them."""

from __future__ import annotations

import pytest

from briefing.extract.speech.phrases import role_head, speaker_like


@pytest.mark.parametrize(
    "phrase",
    [
        "the White House",
        "Amnesty International",
        "a spokesman for the ministry",
        "officials",
        "Relief agencies in the flooded valley",
        "UN spokespersons",
        "The police watchdog",
        "Ukraine’s air force",
        "the coast guard",
        "an opposition coalition",
        "a 2008 Clinton veteran",
        "a colleague of the minister",
        "the defendant",
        "NATO",
        "Republicans",
        "an Iowa Democrat",
        "A United Nations Security Council (UNSC) report on terrorism",
        "Mr. O'Hanlon",
        "UN OCHA",
    ],
)
def test_bodies_and_people_by_role_can_speak(phrase: str) -> None:
    assert speaker_like(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Later in the summer",
        "voting fraud",
        "the lead-up",
        "in Fayetteville on Wednesday",
        "Iowa",
        "Unfortunately",
        "People",
        "Any",
        "WASHINGTON",
        "FLOOD WATERS NOT YET RECEDING",
        "Even those not directly blaming the migrants or the politicians",
    ],
)
def test_clause_fragments_places_and_datelines_cannot(phrase: str) -> None:
    assert not speaker_like(phrase)


@pytest.mark.parametrize(
    ("role", "head"),
    [("the leader of the party", "leader"), ("a spokesman for the port", "spokesman")],
)
def test_a_role_is_about_the_noun_before_its_complement(role: str, head: str) -> None:
    assert role_head(role) == head
