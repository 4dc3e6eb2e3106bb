"""Who said it when the speaker's name sits among other names: appositions, relative
clauses, places and bodies beside the subject, names written once and headlines (invented
passages)."""

from __future__ import annotations

import pytest
from briefs import invented_article

from briefing.extract import extract
from briefing.model import QuoteType


def direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    extraction = extract(invented_article(*paragraphs))
    return [(q.text, q.speaker) for q in extraction.quotes if q.type is QuoteType.DIRECT]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A relative clause and the place in apposition inside it belong to the subject.
        (
            'Mara Lind, who farms outside the county seat, Dunmore, said she still "hopes '
            'the dam gets built."',
            "Mara Lind",
        ),
        # The subject comes first; a place named in its apposition is not the speaker.
        (
            "Jo Moss, the founder of a group that urges people to settle in New Hampshire, "
            'said he had seen "some fading of the base over taxes."',
            "Jo Moss",
        ),
        # A role naming a body, then the person in apposition: the person speaks.
        (
            "The director of the Federal Bureau of Investigation, James B. Comey, said that "
            '"nobody would bring such a case."',
            "James B. Comey",
        ),
        # `in what X called`: the subject of the relative clause.
        (
            "He guarded the delegates in 1976, in what Kay Ruiz, treasurer of the rival "
            'campaign, called "hand-to-hand combat."',
            "Kay Ruiz",
        ),
        # The clause after `while` has its own speaker.
        (
            "Dana Rubin suggested that someone who dodges questions cannot lead, while Carl "
            'Cruz said that the "stakes are too high" for the party.',
            "Carl Cruz",
        ),
        # `According to X, “…”`: the source before the words, even when they name a body.
        (
            'According to Paul Serra of the Open Data Fund, "Civic Watch revealed that the '
            'firm has been moving the files."',
            "Paul Serra",
        ),
    ],
)
def test_the_subject_speaks_not_a_name_beside_it(sentence: str, speaker: str) -> None:
    assert {who for _, who in direct(sentence)} == {speaker}


def test_a_name_ending_in_a_capitalised_verb_word_is_no_speaker() -> None:
    # `States` and `State` end names here; they are not the verb `state`.
    assert direct(
        "Analysts read this as a sign that the United States is leaving, seeing a deal as "
        '"the best means of saving what is left."',
        "But she did contradict the mayor's remarks, made a day earlier, that the Islamic "
        'State had been "contained" in the region.',
    ) == [("the best means of saving what is left", None), ("contained", None)]


def test_a_quoted_word_followed_by_a_name_and_a_capitalised_word_is_the_reporters() -> None:
    assert direct(
        'Vic Hale told a town hall that the fine is "peanuts," compared to what Islamic State '
        "fighters are doing."
    ) == [("peanuts", "Vic Hale")]


def test_an_opening_phrase_is_no_part_of_the_name() -> None:
    assert direct(
        "Senator Jo Vance spoke on Monday.",
        'Like Corbin, Vance also rejected the idea, arguing that there is "room for the '
        'agency" in the rules.',
    ) == [("room for the agency", "Jo Vance")]


def test_a_role_after_a_relative_word_is_a_role_not_a_name() -> None:
    quotes = extract(
        invented_article(
            "The clip came from a rally with Hale and Grimes, where the secretary of state "
            'said she was "not only here to do my job" but to back her candidate.'
        )
    ).quotes
    assert [
        (q.speaker, q.speaker_evidence and q.speaker_evidence.value)
        for q in quotes
        if q.type is QuoteType.DIRECT
    ] == [("the secretary of state", "role")]


def test_a_pronoun_that_releases_a_statement_is_resolved_as_a_pronoun() -> None:
    assert direct(
        "Nadia Brook runs the label. The firm signed a deal with her in 2012.",
        'At the time, she released a statement saying, "The firm has been a trusted '
        'partner for years."',
    ) == [("The firm has been a trusted partner for years.", "Nadia Brook")]


def test_a_participle_after_a_tag_belongs_to_the_tags_speaker() -> None:
    assert direct(
        "Marley Anders, 21, a student from Las Vegas, said she came to support the senator.",
        '"He stands for the middle class," Anders said, adding that the senator is '
        '"the most trustworthy of the candidates."',
    ) == [
        ("He stands for the middle class", "Marley Anders"),
        ("the most trustworthy of the candidates", "Marley Anders"),
    ]


def test_a_shared_surname_is_the_person_introduced_first_unless_another_dominates() -> None:
    # Two people named once each: `Massey` is the one the article introduced first.
    assert direct(
        "Ahmad Massey leads the front.",
        "His father, Ahmad Shah Massey, led it before him.",
        '"We will not stop," Massey said.',
    ) == [("We will not stop", "Ahmad Massey")]
    # One named far more often is the one meant.
    assert direct(
        "Bill Carter spoke first.",
        "Then Hana Carter spoke. Hana Carter thanked the crowd. Hana Carter left.",
        '"It was a good night," Carter said.',
    ) == [("It was a good night", "Hana Carter")]


def test_a_title_case_headline_names_nobody() -> None:
    # `Bigotry Doesn’t` is no person for the `she` that follows.
    assert direct(
        "Dana Kerr Says Rival’s Bigotry Doesn’t Fit What She Knew.",
        "Dana Kerr spoke to reporters on Monday.",
        '"It is going to be interesting to see what he does," she said.',
    ) == [("It is going to be interesting to see what he does", "Dana Kerr")]


def test_an_adjective_opening_a_headline_is_not_a_first_name() -> None:
    assert direct(
        "Understated Perez raises his profile.",
        '"It was a long day," said Tomas Perez.',
    ) == [("It was a long day", "Tomas Perez")]


def test_a_surname_the_article_never_gives_in_full_makes_a_pronoun_doubtful() -> None:
    # `Obama` is not in the cast, but a reader takes `he` for him, not for Nordhoff.
    assert direct(
        'Ted Nordhoff, a co-founder of the institute, said: "No economy has managed it yet."',
        'And Obama, for all the progress he made, seems to agree. "We do not know what will '
        'work best," he said.',
    ) == [
        ("No economy has managed it yet.", "Ted Nordhoff"),
        ("We do not know what will work best", None),
    ]


def test_a_first_name_opening_a_sentence_makes_a_pronoun_doubtful() -> None:
    assert direct(
        '"I have always backed the governor," said Kellyanne Conroy.',
        "Melania is to speak tonight. At a rally, she described him as "
        '"kind and generous to a fault."',
    ) == [
        ("I have always backed the governor", "Kellyanne Conroy"),
        ("kind and generous to a fault", None),
    ]
    # Presented as someone's kin (`His wife, Melania,`), the first name is a person's, and
    # the pronoun after it hers.
    assert direct(
        '"I have always backed the governor," said Kellyanne Conroy.',
        "His wife, Melania, is to speak tonight. At a rally, she described him as "
        '"kind and generous to a fault."',
    )[1] == ("kind and generous to a fault", "Melania")


def test_words_after_a_second_reporting_verb_are_its_subjects() -> None:
    assert direct(
        'Ted Corr said he would make the sand "glow in the dark," for instance, and Dana '
        'Trent vowed to "bomb the hell" out of the group.'
    ) == [("glow in the dark", "Ted Corr"), ("bomb the hell", "Dana Trent")]


def test_words_inside_a_reported_clause_stay_its_speakers_despite_verbs_within() -> None:
    assert direct(
        "Penny Nance said she would like the senator to explain his stance but supports "
        'him because there is "no question" he is "the most pro-life of the two."'
    ) == [("no question", "Penny Nance"), ("the most pro-life of the two", "Penny Nance")]


def test_a_clause_after_a_whole_clause_and_and_has_its_own_subject() -> None:
    assert direct(
        "The island has been warning that it is running out of cash, and Lina Acosta said "
        'the "extraordinary measures" she had used were unsustainable.'
    ) == [("extraordinary measures", "Lina Acosta")]


def test_the_subject_after_a_subordinating_conjunction_speaks() -> None:
    assert direct(
        "Dan Axel tweeted after Hana Clint argued for the second time that "
        '"if everyone had voted as he voted, the plant would have closed."'
    ) == [("if everyone had voted as he voted, the plant would have closed", "Hana Clint")]


def test_a_pronoun_past_a_sentence_naming_someone_else_stays_unidentified() -> None:
    # Three sentences back is too far when a nearer sentence names somebody, even as object.
    assert direct(
        "Ines Moreau, the governor, visited the valley on Monday.",
        "The flood cut off the village. The army sent Colonel Dana Petit with boats. The "
        'roads stayed closed. "This is the worst flood in memory," she said.',
    ) == [("This is the worst flood in memory", None)]


def test_a_speaker_from_a_town_in_a_region_is_never_the_region() -> None:
    assert direct('Dana Ruiz of Millbrook, Kentland says she is "ready for a change."') == [
        ("ready for a change", "Dana Ruiz")
    ]


def test_a_subject_who_went_on_to_say_speaks() -> None:
    extraction = extract(
        invented_article(
            "Ann Roe spoke at the harbour on Monday.",
            "Roe went on to say that the harbour would reopen by May.",
            'Roe later went on to say she was "confident" of a deal.',
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("the harbour would reopen by May", "Ann Roe"),
        ('she was "confident" of a deal', "Ann Roe"),
        ("confident", "Ann Roe"),
    ]


def test_a_clause_joined_by_and_ends_before_the_subject_and_its_apposition() -> None:
    # `Warne criticised the report, and her deputy, Tom Baxter, said`: Baxter, never the
    # clause before `and`.
    assert direct(
        "Senator Lisa Warne criticised the report, and her deputy, Tom Baxter, said that it "
        'was "a whitewash."',
        'Mayor Karen Wells opened the fair, and her husband, Tom Wells, said it was "the best '
        'one yet."',
    ) == [("a whitewash", "Tom Baxter"), ("the best one yet", "Tom Wells")]


def test_a_name_governed_by_an_opening_phrase_holds_no_role_of_the_subject_after_it() -> None:
    # `to Meridian Wire, the company said`: the agency the statement went to is not the
    # company that made it.
    assert direct(
        "Guards seized a tanker in the strait.",
        "In an emailed statement to Meridian Wire, the company said the papers were "
        '"complete and in order".',
    ) == [("complete and in order", "the company")]


def test_what_the_words_are_of_is_no_subject() -> None:
    # `Of Carson, Levine, who …, said`: the subject after the phrase the words are about.
    assert direct(
        'Of the bypass, Levine, who has given money to Rosa Kim, said, "It is a disaster."'
    ) == [("It is a disaster.", "Levine")]


def test_a_candidate_s_confidant_speaks_as_described() -> None:
    assert direct('"The party will follow him," said one Hale confidant.') == [
        ("The party will follow him", "one Hale confidant")
    ]


def test_someone_unnamed_by_their_trade_speaks_as_described() -> None:
    assert direct(
        "A former chief engineer at one regional water company, who asked not to be named, "
        'said the plan would have cost "billions we did not have".'
    ) == [("billions we did not have", "A former chief engineer at one regional water company")]


def test_a_noun_that_looks_like_a_speech_verb_tags_no_participle() -> None:
    # `rejected the estimate, saying …`: the sentence's subject says it, not `estimate`'s.
    extraction = extract(
        invented_article(
            "Farah Lindqvist chairs the council.",
            "Lindqvist rejected the estimate, saying it assumed old equipment would be replaced.",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("it assumed old equipment would be replaced", "Farah Lindqvist")
    ]
