"""Who said it, on invented passages: each pattern the reader attributes, and the doubts
it leaves as *Speaker not identified* rather than guess."""

from __future__ import annotations

import pytest
from briefs import invented_article

from briefing.extract import extract
from briefing.model import Quote, QuoteType, SpeakerEvidence


def quotes(*paragraphs: str) -> list[Quote]:
    return list(extract(invented_article(*paragraphs)).quotes)


def reported(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(*paragraphs) if q.type is QuoteType.INDIRECT]


def direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(*paragraphs) if q.type is QuoteType.DIRECT]


def test_a_pronoun_finds_the_person_of_its_gender_introduced_since_the_last_quote() -> None:
    assert direct(
        '"We will win," said Tom Hale. Rosa Kim attacked the plan. "It will fail," she said.'
    ) == [("We will win", "Tom Hale"), ("It will fail", "Rosa Kim")]


def test_two_people_a_pronoun_may_mean_leave_the_speaker_unidentified() -> None:
    assert direct(
        '"We will win," said Tom Hale. Mark Reed and Omar Aziz attacked the plan. '
        '"It will fail," he said.'
    ) == [("We will win", "Tom Hale"), ("It will fail", None)]


def test_someone_brought_in_just_before_leaves_a_pronoun_for_an_earlier_speaker_in_doubt() -> None:
    assert direct(
        '"We had no map," Fire Commissioner Dan Reyes said.',
        "Earlier, the inquiry heard from Mark Olsen, a volunteer with the brigade for 20 "
        'years. "It was chaos," he said.',
    ) == [("We had no map", "Dan Reyes"), ("It was chaos", None)]


def test_a_pronoun_means_the_one_subject_of_the_sentence_just_before() -> None:
    assert direct(
        '"We will win," said Tom Hale. Mark Reed attacked the plan. "It will fail," he said.',
        'Sadia Mohmand said the centre was full. "We planned for 1,500 people a day," she said.',
        "Her colleague Mariam Tokhi, a nurse, said that 40 children had been treated. "
        '"The heat is the enemy now," she said.',
    ) == [
        ("We will win", "Tom Hale"),
        ("It will fail", "Mark Reed"),
        ("We planned for 1,500 people a day", "Sadia Mohmand"),
        ("The heat is the enemy now", "Mariam Tokhi"),
    ]


def test_a_pronoun_opening_its_sentence_never_means_someone_named_after_it() -> None:
    # `he … hinted at Kurt Weller`: whoever `he` is, not Weller; the only man before
    # him, Tom Hale, is.
    assert direct(
        "Tom Hale never mentioned his rival by name during the campaign.",
        "At the final debate, he only hinted at Kurt Weller by mentioning the new bypass and "
        'adding, "I know who should pay for it."',
    ) == [("I know who should pay for it.", "Tom Hale")]
    # With two men before, the pronoun is a doubt, and Weller still never the answer.
    assert direct(
        "Tom Hale and Omar Aziz never mentioned their rival by name.",
        "At the final debate, he only hinted at Kurt Weller by mentioning the new bypass and "
        'adding, "I know who should pay for it."',
    ) == [("I know who should pay for it.", None)]


def test_the_one_person_of_its_gender_named_just_before_is_whom_a_pronoun_means() -> None:
    # Not the subject, but the only woman the sentence before names, and no one else.
    assert direct(
        "Five council members voted for the plan, with Councillor Delia Marsh, who "
        "represents the harbour ward, casting the deciding vote.",
        '"Doing nothing is also a decision," she said.',
    ) == [("Doing nothing is also a decision", "Delia Marsh")]


def test_a_pronoun_before_that_one_person_keeps_the_doubt() -> None:
    # `She` in the sentence before is someone else, whom the pronoun after may mean too.
    assert direct(
        "Walz was more careful. She said she would rather see the money spent on Rosa Kim's "
        "campaign.",
        '"They are trying to defeat the children," she said.',
    ) == [("They are trying to defeat the children", None)]
    # Two men the pronoun may mean; one man beside a woman is the one.
    assert direct(
        "The council voted after speeches by Tom Hale and Kurt Weller.",
        '"Doing nothing is also a decision," he said.',
        "The council voted after speeches by Delia Marsh and Kurt Weller.",
        '"Doing nothing is the worst decision," he said.',
    ) == [
        ("Doing nothing is also a decision", None),
        ("Doing nothing is the worst decision", "Kurt Weller"),
    ]


def test_a_role_set_beside_a_subject_pronoun_is_no_one_else() -> None:
    # `the daughter of a lock-keeper` is `she`, not a second woman a pronoun may mean.
    assert direct(
        "Margaret Hale, the hydrologist who mapped buried streams, died on Sunday at her "
        "home. She was 88.",
        "Her death was confirmed by her son, Tobias Hale, who said she had died peacefully.",
        "Born in Leeds in 1934, the daughter of a canal lock-keeper, she read geography.",
        "Her work began by accident. In 1971 she found a buried brook under a row of houses. "
        '"Nobody had lost it, exactly," she told an interviewer.',
    ) == [("Nobody had lost it, exactly", "Margaret Hale")]


def test_roles_in_a_row_beside_a_subject_pronoun_are_no_one_else() -> None:
    assert direct(
        "Ann Roe, 61, spoke to reporters outside the hospital.",
        'A former nurse, the daughter of a miner, she said the ward was "a disgrace."',
    ) == [("a disgrace", "Ann Roe")]


def test_a_second_subject_joined_by_and_with_its_role_leaves_a_pronoun_in_doubt() -> None:
    assert direct(
        "Liam Walsh and his co-accused, Declan Byrne, appeared in court on Monday.",
        'Born in Cork, the son of a fisherman, he told the court he was "innocent."',
    ) == [("innocent", None)]


def test_a_body_the_article_names_is_never_he_or_she() -> None:
    assert direct(
        "The contract went to the supplier, Tessellate Systems, in May. "
        '"It was signed in a hurry," he said.'
    ) == [("It was signed in a hurry", None)]


def test_words_inside_a_clause_a_later_verb_reports_are_that_verb_s_subject_s() -> None:
    assert direct(
        "The contract with the supplier, Tessellate Systems, had been signed "
        '"when the appetite for risk was higher", Ann Roe told MPs.'
    ) == [("when the appetite for risk was higher", "Ann Roe")]


def test_words_a_reported_clause_quotes_from_someone_else_are_that_one_s() -> None:
    assert direct(
        "A former porter at the depot said he had resigned after a foreman told him that "
        "“nobody here is paid to think”."
    ) == [("nobody here is paid to think", "a foreman")]


def test_words_quoted_from_someone_the_clause_cannot_name_are_in_doubt() -> None:
    assert direct(
        "Ruth Adler said she stayed on after her supervisor warned that "
        "“the night shift will close by spring”."
    ) == [("the night shift will close by spring", None)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # `he`, alone or with others, is most likely the speaker himself
        ('Reed said he had told the state that "the money never came."', "Reed"),
        ('Reed said he and his wife had told the landlord that "we will not pay."', "Reed"),
        # the clause's own verb, then someone else's in a clause of its own
        (
            "Tom Reed said he had read the letter, in which Governor Ruth Lang wrote that "
            '"the city is on its own."',
            "Ruth Lang",
        ),
        ('Sarah Kim said her brother had warned him that "the dam would not hold."', "her brother"),
    ],
    ids=["he", "he-and-another", "in-which", "described"],
)
def test_whose_words_a_clause_quotes_from_its_own_verb(paragraph: str, speaker: str) -> None:
    assert direct(paragraph)[-1][1] == speaker


def test_words_the_clause_s_own_speaker_opens_with_that_stay_theirs() -> None:
    assert direct(
        "Ruth Adler said she had written to the board and told it that "
        "“the night shift cannot close”."
    ) == [("the night shift cannot close", "Ruth Adler")]


def test_words_inside_a_clause_whose_teller_is_in_doubt_are_not_its_subject_s() -> None:
    assert direct(
        "Tom Hale and Mark Reed spoke after the vote.",
        'Tessellate Systems had signed the contract "when the appetite for risk was higher", '
        "he told MPs.",
    ) == [("when the appetite for risk was higher", None)]


def test_a_subject_after_its_roles_and_an_opening_phrase_is_whom_a_pronoun_means() -> None:
    assert direct(
        '"We will not pay," said Tom Hale.',
        "Speaking in Leeds, Transport Ministry spokesman Mark Reed repeated that the line "
        "would reopen.",
        '"Nobody will lose a job," he said.',
    ) == [("We will not pay", "Tom Hale"), ("Nobody will lose a job", "Mark Reed")]


def test_an_object_after_its_place_and_role_is_no_subject_a_pronoun_may_mean() -> None:
    # `criticized Tulsa, Okla., police officer Betty Shelby`: Shelby is the one criticized.
    assert direct(
        "On a radio show on Tuesday, Rosa Kim criticized Tulsa, Okla., police officer Betty "
        "Shelby for the shooting.",
        '"How many times do we have to see this?" she said.',
    ) == [("How many times do we have to see this?", "Rosa Kim")]


def test_a_pronoun_in_a_clause_set_before_the_subject_may_mean_that_subject() -> None:
    assert direct(
        "Rosa Kim chaired the meeting.",
        "Much like he did last spring, Kurt Weller blamed the council and called the budget "
        '"a scandal."',
    ) == [("a scandal", "Kurt Weller")]


def test_a_subject_after_a_comma_and_a_conjunction_is_the_one_a_pronoun_means() -> None:
    assert direct(
        '"We will win," said Tom Hale.',
        "It is a long shot, but Mark Reed was in the harbour town on Tuesday, making his pitch.",
        '"If turnout is large, we will win here," he said.',
    ) == [("We will win", "Tom Hale"), ("If turnout is large, we will win here", "Mark Reed")]


def test_a_person_known_only_by_office_and_surname_leaves_a_pronoun_in_doubt() -> None:
    # An office says no gender, and may start a place's name (`Judge Street`): the subject
    # it names is someone a pronoun may mean, never surely.
    assert direct(
        "Tom Hale spoke first.",
        "Later, President Kovac released a statement. “We stand with our neighbours,” he said.",
    ) == [("We stand with our neighbours", None)]
    # Written after a verb the office says no more than that someone was named: the
    # subject before stays the one a pronoun means.
    assert direct(
        "Tom Hale spoke at the rally. He attacked the deal negotiated by President Kovac. "
        "“It is a bad deal,” he said.",
        "Sen. Rosa Kim said she did not believe it. “It is not what worked,” she said.",
    ) == [("It is a bad deal", "Tom Hale"), ("It is not what worked", "Rosa Kim")]


def test_a_name_owning_the_role_of_the_subject_after_it_is_no_subject() -> None:
    assert direct(
        "Tom Hale leads the council.",
        "Hale spokesman Mark Reed would not say when the vote would come.",
        "“I have no news yet,” he said.",
        # Words that only look so (`spoke to reporters Thursday`, a verb `judges`) leave
        # the subject be.
        "Mark Reed judges Tom Hale harshly. “He is lazy,” he said.",
        "Mark Reed spoke to reporters Thursday after a meeting with Hale. “It went well,” he said.",
    ) == [
        ("I have no news yet", "Mark Reed"),
        ("He is lazy", None),
        ("It went well", "Mark Reed"),
    ]


def test_a_name_set_beside_someone_s_relative_after_a_preposition_is_no_subject() -> None:
    assert direct(
        "Rosa Kim runs the bank.",
        "Mark Reed, who served as counsel under Ms. Kim's father, Omar Kim, listed the rules.",
        "“Good manners were assumed,” he said.",
        "Mark Reed worked for years with Rosa Kim's brother, Omar Kim, on the plan.",
        "“We never argued,” he said.",
        # A thing of someone's, or a role closing an opening phrase, leaves the subject
        # after it one.
        "Asked about Mr. Reed's plan, Omar Kim shrugged. “It is his to make,” he said.",
        "Compared with Mr. Reed's son, Omar Kim is quiet. “I like to listen,” he said.",
    ) == [
        ("Good manners were assumed", "Mark Reed"),
        ("We never argued", "Mark Reed"),
        ("It is his to make", "Omar Kim"),
        ("I like to listen", "Omar Kim"),
    ]


def test_a_pronoun_means_the_subject_of_its_own_sentence_over_those_before() -> None:
    assert direct(
        "“We will win,” said Tom Hale.",
        "Vice President Mark Reed weighed in as well, telling a radio host, “They are both "
        "qualified,” he said.",
        # Two men in its own sentence: a doubt, whoever its subject.
        "Mark Reed met Omar Aziz on Monday, and “it went well,” he said.",
    ) == [
        ("We will win", "Tom Hale"),
        ("They are both qualified", "Mark Reed"),
        ("it went well", None),
    ]
    # Not where the sentence points to someone else: a clause of its own for the
    # pronoun, a `him`, or a subject inside `after …`.
    assert direct(
        "Tom Hale asked for a raise. Mark Reed refused, so “I quit,” he said.",
        "Tom Hale arrived late. Mark Reed greeted him at the door with “Sorry,” he said.",
        "Tom Hale was born in Texas. After Mark Reed beat him in the primary, “I went home "
        "and slept,” he said.",
    ) == [("I quit", None), ("Sorry", None), ("I went home and slept", None)]


def test_a_pronoun_tag_never_means_the_one_it_addresses() -> None:
    assert direct(
        "Tom Hale spoke at the event.",
        "Mark Reed asked Hale how high the wall would be.",
        "“I think it could be 35 feet,” he told Reed.",
    ) == [("I think it could be 35 feet", None)]


def test_a_gendered_title_before_a_shared_surname_names_the_one_of_its_gender() -> None:
    # `Mrs. Reyes` is Ann Reyes, not Tom Reyes: so the `he` after is not about her.
    assert direct(
        "Tom Reyes greeted the guests with Ann Reyes and Mark Hale.",
        "Mr. Hale said the mood was warm. But Mrs. Reyes, who was distracted, was not as "
        "friendly. When she noticed Mr. Hale, her eyes widened, he said.",
        "“There was some iciness there,” he said.",
    ) == [("There was some iciness there", "Mark Hale")]


def test_a_front_runner_is_a_role_before_a_name() -> None:
    assert direct(
        "Tom Hale leads the race.",
        "Democratic front-runner Rosa Kim caused a stir when a voter asked if she would pick Hale.",
        "“What a great idea,” she replied.",
    ) == [("What a great idea", "Rosa Kim")]


def test_a_country_opening_a_clause_is_no_one_a_pronoun_may_mean() -> None:
    assert direct(
        "Tom Hale commands the fleet from an office above the harbour.",
        "As China builds islands in the sea, it is his job, he said, to warn Congress.",
        "“There is a tension,” he said.",
    ) == [("There is a tension", "Tom Hale")]


def test_a_pronoun_opening_each_sentence_keeps_its_person_in_view() -> None:
    # Three sentences from the name, with a man named in between: still hers.
    assert direct(
        "Judge Rosa Kim ruled on the ferry case in May.",
        "It is unusual for a judge to speak out, though Kim is known for candour.",
        "In an interview on Monday, she joked about retiring if Tom Hale won. She sharpened "
        "her words on Tuesday, calling the plan a mess.",
        '"The ferry will never run," she said.',
    ) == [("The ferry will never run", "Rosa Kim")]
    # A later `he` in the clause that a `he` opened is the same man.
    assert [
        (q.text, q.speaker)
        for q in quotes(
            '"We will win," said Tom Hale. Mark Reed was quiet in the first hour.',
            "He also set out new plans, saying he would sell the ferry.",
        )
        if q.type is QuoteType.INDIRECT
    ] == [("he would sell the ferry", "Mark Reed")]


def test_someone_new_by_role_is_whom_a_pronoun_after_means() -> None:
    # `A farmer` is the subject just before `he said`, not Hale who spoke earlier.
    assert direct(
        '"We will win," said Tom Hale at the rally. A farmer in the crowd shook his head. '
        '"It will fail," he said.'
    ) == [("We will win", "Tom Hale"), ("It will fail", "A farmer")]
    assert direct('A security official said the road was closed. "Nobody may pass," he said.') == [
        ("Nobody may pass", "A security official")
    ]
    # With a man named beside the unnamed official, `he` may be either.
    assert direct(
        "A security official said the road was closed, and Tom Hale agreed. "
        '"Nobody may pass," he said.'
    ) == [("Nobody may pass", None)]


def test_the_role_the_article_gave_someone_stands_for_them() -> None:
    assert direct(
        "Republican pollster Whit Ayres doubts the plan.",
        'Tom Hale disagreed on Monday. But the pollster stood firm. "It will fail," he said.',
    ) == [("It will fail", "Whit Ayres")]
    assert direct(
        '"Costs are up," said Nadia Okafor, who became chief executive in March.',
        'The chief executive denied a sale. "We are not for sale," she told analysts.',
    )[-1] == ("We are not for sale", "Nadia Okafor")
    # A role said of someone new is not whoever the article gave it.
    assert direct(
        "Family friend Saleh Oumar organised the vigil.",
        '"He was a man of great quality," a friend said.',
    ) == [("He was a man of great quality", "a friend")]


def test_a_role_in_apposition_to_a_name_is_not_someone_new() -> None:
    assert direct(
        "Mayor Marty Walsh met the unions.",
        "Walsh, a former labor leader, had close ties to Joe Biden. But on Sunday he "
        'endorsed Clinton. "She has grit," he said.',
        "State Rep. Wendy Nanney (R), a leader of the coalition, doubted the plan. "
        '"Voters have not looked into it," she said.',
        'A potential running mate, Rosa Kim spoke next. "I am ready," she said.',
    ) == [
        ("She has grit", "Marty Walsh"),
        ("Voters have not looked into it", "Wendy Nanney"),
        ("I am ready", "Rosa Kim"),
    ]


def test_a_surname_is_never_the_holder_of_a_role_that_ends_on_it() -> None:
    # `a close adviser to Hale` is Reed's role; `Hale` alone is Hale, not Reed.
    assert direct(
        '"He will win," Senator Mark Reed, a close adviser to Hale, told reporters.',
        "Boos rained down when Hale mentioned the plan.",
        'Hale gestured as if to stop them, then leaned in and boomed: "Let us win in May."',
    ) == [("He will win", "Mark Reed"), ("Let us win in May.", "Hale")]


def test_someone_the_article_calls_by_a_role_it_gave_nobody_leaves_a_doubt() -> None:
    # `the ambassador` may or may not be Hale; and `the mother` is surely someone the
    # article named, but whom it does not say: nobody is named.
    assert direct(
        '"We will win," said Tom Hale at the United Nations.',
        'At that moment, the ambassador uttered a stage whisper. "One hopes," he said.',
    ) == [("We will win", "Tom Hale"), ("One hopes", None)]
    # Words already given to the role go on with it.
    assert direct(
        '"The talks failed," the ambassador said on Monday. "We will try again," he said.'
    ) == [("The talks failed", "the ambassador"), ("We will try again", "the ambassador")]


def test_a_role_with_a_complement_of_its_own_is_not_whoever_holds_the_bare_role() -> None:
    # Hale leads the party, Ross the opposition: `The leader of the opposition` is not Hale.
    assert direct(
        "Tom Hale, the leader of the ruling party, defended the budget. Bill Ross, who "
        "leads the opposition, attacked it.",
        'The leader of the opposition was scathing. "It is theft," he said.',
    ) == [("It is theft", None)]
    # `her lawyer Tom Hale` is her lawyer, not the article's one lawyer.
    assert direct(
        "Ann Lee sued the firm, and her lawyer Tom Hale filed the papers.",
        'On Monday the lawyer called the suit baseless. "There is no case here," he said.',
    ) == [("There is no case here", None)]


def test_a_pronoun_opening_a_clause_speaks_for_its_own_gender_only() -> None:
    # `She` is Ann Lee; `he` may be Ross or Hale.
    assert [
        (q.text, q.speaker)
        for q in quotes(
            "Bill Ross, the coach, was furious after the loss.",
            "Ann Lee, the team owner, stood by him. She praised Tom Hale, the young "
            "goalkeeper, but he said the defence had collapsed.",
        )
        if q.type is QuoteType.INDIRECT
    ] == [("the defence had collapsed", None)]


def test_someone_new_by_role_two_sentences_back_leaves_a_doubt() -> None:
    assert direct(
        '"We will build the dam," Tom Hale told the rally on Friday. The crowd cheered.',
        "A farmer in the crowd shook his head. The speech went on for an hour. "
        '"Next year, the water comes," he said.',
    )[-1] == ("Next year, the water comes", None)


def test_a_father_and_his_son_of_one_name_are_two_people() -> None:
    assert direct(
        "Ray Hale Sr., 74, founded the mill in 1968. His son, Ray Hale Jr., runs it now.",
        '"My father would never have sold," said Ray Hale Jr.',
        '"I would have sold it years ago," said Ray Hale Sr.',
    ) == [
        ("My father would never have sold", "Ray Hale Jr"),
        ("I would have sold it years ago", "Ray Hale Sr"),
    ]


def test_a_son_named_after_his_father_is_found_by_his_surname_and_pronoun() -> None:
    assert direct(
        "Oil executive Carl Dunmore IV paid for the campaign. Dunmore said in an interview "
        "that he backed no candidate.",
        '"This is all me," he said.',
    ) == [("This is all me", "Carl Dunmore")]


def test_a_pronoun_opening_a_sentence_after_another_man_was_named_leaves_a_doubt() -> None:
    # Hale spoke last, but Mark Reed is named since: whom `He` opening the sentences means
    # is not sure, and it does not become sure by repeating it.
    assert direct(
        '"The fund worked because he built alliances," said Tom Hale, an aide to Mark Reed.',
        "But when it comes to Mark Reed's proudest moments, it is the losses that stand out. "
        "He was among 25 members to vote against the bridge. "
        '"I said no to it," he said.',
    ) == [
        ("The fund worked because he built alliances", "Tom Hale"),
        ("I said no to it", None),
    ]


def test_who_owns_the_subject_is_no_subject_a_pronoun_may_mean() -> None:
    # A person owned (`Hale's adviser`) hides the owner; a thing owned does not.
    assert direct(
        "Tom Hale spoke in Dover on Monday. Hale's campaign manager, Mark Reed, said the "
        'polls were wrong. "We will win," he said.',
        'Rosa Kim spoke in Leeds. Kim’s speech was brief. "We are ready," she said.',
    ) == [("We will win", "Mark Reed"), ("We are ready", "Rosa Kim")]


def test_a_gendered_title_decides_between_two_unknown_first_names() -> None:
    assert direct(
        "Mr. Dara Voss and Ms. Sami Okoro met the press on Monday.",
        'Ms. Okoro left early. "The port is closed," she said.',
    ) == [("The port is closed", "Sami Okoro")]


def test_a_first_name_of_either_gender_to_english_readers_excludes_nobody() -> None:
    # `Jan` is mostly a woman's name in the US and Britain: `she` may be her, the subject
    # of the sentence just before, rather than Kelly Dunmore further back.
    assert direct(
        '"It is a matter for the voters," Kelly Dunmore said.',
        "Former Nevada governor Jan Breslin, an early backer of the senator, calls the issue "
        '"a priority" for families. "That is something that will resonate," she said.',
    ) == [
        ("It is a matter for the voters", "Kelly Dunmore"),
        ("a priority", "Jan Breslin"),
        ("That is something that will resonate", "Jan Breslin"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # Introduced by trade and place: `he` is the comedian, not the last speaker.
        (
            (
                '"The deal is dead," said Mark Feld, the party chairman.',
                "Even TV comedian Paul Varga appeared to lose his temper over the remark.",
                '"Honestly," he said, "this is beyond parody."',
            ),
            "Paul Varga",
        ),
        (
            (
                '"We will hold the line," said Roy Weller, a party treasurer in Ohio.',
                "Texas rancher Ella Stamper expressed dismay at the idea. "
                '"I kept telling myself it would not happen," she told the local paper.',
            ),
            "Ella Stamper",
        ),
    ],
)
def test_a_person_introduced_by_trade_heads_the_sentence(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    assert direct(*paragraphs)[-1][1] == speaker


def test_words_a_woman_is_said_to_add_never_go_on_from_a_mans() -> None:
    # Nobody the article names is surely `she`: nobody, rather than Tom Ashford again.
    assert direct(
        'Rep. Tom Ashford said the leader called on members to be "closely coordinated." '
        'She added that the race "is going to be about security."'
    ) == [("closely coordinated", "Tom Ashford"), ("is going to be about security", None)]


def test_a_pronoun_inside_an_earlier_quotation_of_the_sentence_names_nobody() -> None:
    # `she shouted` is Trump's words: it neither names the speaker of `eww` nor doubts him.
    assert direct(
        "Donald Trump spoke on Monday.",
        '"I have not recovered from her shouting," he said on the radio. "A woman does not '
        'shout, but the way she shouted was not," and with that he broke off with a '
        'dismissive, "eww."',
    )[-1] == ("eww", "Donald Trump")


def test_a_reporting_word_used_as_a_noun_names_no_subject() -> None:
    # `remarks` is Trump's words' noun: Ryan, the sentence's subject, calls them so.
    assert direct('Paul Ryan, the speaker, called Donald Trump\'s remarks "racist."') == [
        ("racist", "Paul Ryan")
    ]


def test_a_hyphenated_word_opens_no_reported_clause() -> None:
    # `in-state` is no verb `state`: the words after the tag go on from Tina Orr's.
    assert direct(
        '"We have offices," said Tina Orr, Mara Quist\'s in-state press director, '
        '"and we have friends."'
    ) == [("We have offices", "Tina Orr"), ("and we have friends", "Tina Orr")]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        # The tag opens the next sentence, with words of its own.
        ('Mr. Zahed said: "The attack was the work of criminals."', "Ms. Alawee"),
        ('Mr. Zahed said the attack "was the work of criminals."', "Ms. Alawee"),
        # Nothing of its own follows: a tag set after a stop by mistake still tags.
        ("Mr. Zahed said on Monday.", "Mr. Zahed"),
    ],
)
def test_words_that_end_their_sentence_are_tagged_only_by_a_tag_that_ends_it(
    tag: str, speaker: str
) -> None:
    found = direct(f'"We are refugees," Ms. Alawee said. "We are not criminals." {tag}')
    assert found[1] == ("We are not criminals.", speaker)


def test_the_place_a_subjects_people_are_in_is_no_speaker() -> None:
    assert direct(
        'Legislators in North Dakota seized on the memo, arguing that it showed "intent."'
    ) == [("intent", "Legislators in North Dakota")]


def test_a_speaker_only_ever_titled_is_whom_a_pronoun_of_that_title_means() -> None:
    assert direct(
        "Mr Noori, who runs the clinic, said the road was closed.",
        '"We cannot reach the villages," he said.',
        "Mrs Haidari said the school had reopened.",
        '"The girls came back," she said.',
    ) == [
        ("We cannot reach the villages", "Mr Noori"),
        ("The girls came back", "Mrs Haidari"),
    ]


@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        # Someone only ever titled is introduced as a full name would be: the subject
        # `he` or `she` then means.
        ('Mr Noori attacked the plan. "It will fail," he said.', "Mr Noori"),
        ('Mrs Noori attacked the plan. "It will fail," she said.', "Mrs Noori"),
        # A possessor is no one in view: the adviser is.
        ('Ms Noori\'s adviser, Rosa Reyes, agreed. "It will fail," she said.', "Rosa Reyes"),
    ],
)
def test_a_titled_surname_introduces_someone(introduced: str, speaker: str | None) -> None:
    assert direct(f'"We will win," said Tom Hale. {introduced}')[-1] == ("It will fail", speaker)


def test_a_place_named_in_between_is_not_taken_for_a_person() -> None:
    assert direct(
        '"We are ready," said Ana Ruiz. Vero Beach flooded on Monday. "Help came late," she said.'
    ) == [("We are ready", "Ana Ruiz"), ("Help came late", "Ana Ruiz")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"The bridge reopens," Deputy Transport Minister Ann Cole said.', "Ann Cole"),
        ('"This is a sad day," said Rep. G.K. Tanner (D-Ohio), head of the caucus.', "G.K. Tanner"),
        ('"Fares rise in May," said John Q. Fields.', "John Q. Fields"),
        ('"It is late," Jo Park, a spokeswoman for the port, said on Tuesday.', "Jo Park"),
        ('"Sales held up," Lena Ortiz, 43, told reporters.', "Lena Ortiz"),
        (
            '"We waited all night," Ula Brandt, 58, a retired nurse in Dover, Del., said later.',
            "Ula Brandt",
        ),
        (
            '"Both scare me," Cal Mott, 30, of Reno, Nev., who was among those polled, said.',
            "Cal Mott",
        ),
        ('"We are open," Abe Sato (R-Texas) said in a statement.', "Abe Sato"),
        ('"Nobody called," Voss said on the radio, adding that he waited.', "Voss"),
        # The role before the second name is the first one's: the second speaks.
        ('"That is false," said Mara Quist’s campaign manager Robby Dunn.', "Robby Dunn"),
        ('"Dark days," former Alan Pike speechwriter Noam Veltri wrote.', "Noam Veltri"),
        ('"It is dead," former Rita Moss aide Paul Okafor said.', "Paul Okafor"),
        ('"It is late," New York Assemblyman Tom Rudd said.', "Tom Rudd"),
        ('"It is late," Rep. Ann Lee’s chief of staff, Joe Kasper, said.', "Joe Kasper"),
        # An inverted tag's subject ends where a clause about it begins.
        (
            'Carla Fenwick led the firm. Fenwick was not one for "sharing decisions," said '
            "one former executive who requested anonymity.",
            "one former executive",
        ),
        (
            '"It puts us at risk," said Ruiz voter Dan Golvach when asked about Lindsey Grant.',
            "Dan Golvach",
        ),
    ],
    ids=[
        "titles",
        "initials-and-party",
        "middle-initial",
        "appositive",
        "age",
        "age-and-place",
        "age-place-and-clause",
        "party",
        "surname",
        "possessed-role",
        "trade-of-another",
        "role-of-another",
        "legislators-title",
        "owned-role-then-name",
        "relative-after-tag",
        "clause-after-tag",
    ],
)
def test_a_name_after_the_quote_is_kept_whole_without_its_title(
    paragraph: str, speaker: str
) -> None:
    ((_, found),) = direct(paragraph)
    assert found == speaker


def test_a_title_and_surname_stand_for_the_full_name_the_article_gave() -> None:
    assert direct(
        "Acme Bank's Daniel Lee spoke on Monday.",
        '"Fares rise," Mr. Lee said.',
    ) == [("Fares rise", "Daniel Lee")]


def test_a_title_and_surname_alone_are_kept_as_written() -> None:
    assert direct('"Fares rise," Mr. Lee said.') == [("Fares rise", "Mr. Lee")]


def test_doubled_apostrophes_are_quotation_marks() -> None:
    assert direct(
        "''The ferry returns in May,'' said Nadia Okafor. ''Fares rise after that.''"
    ) == [("The ferry returns in May", "Nadia Okafor"), ("Fares rise after that.", "Nadia Okafor")]
    # Tagged, it is a direct quotation only, not also a claim reported in its own words.
    assert [(q.type, q.text) for q in quotes("''It is the ferry,'' Nadia Okafor said.")] == [
        (QuoteType.DIRECT, "It is the ferry")
    ]
    # A single quotation mark nested against the closing pair leaves the tag by the quote.
    assert direct("''He told me, 'Wait,''' said Nadia Okafor.") == [
        ("He told me, 'Wait,'", "Nadia Okafor")
    ]
    # The tag after words ending on a nested quotation is theirs, not the subject's before.
    assert direct(
        "The chief executive, Tom Hale, ''had me at 'yes,''' Nadia Okafor wrote in her memo.",
        "The chief executive, Tom Hale, “had me at ‘yes,’” Nadia Okafor wrote in her memo.",
    ) == [("had me at 'yes,'", "Nadia Okafor"), ("had me at ‘yes,’", "Nadia Okafor")]
    # A quotation left open at a paragraph's end goes on in the next, opened by a pair too.
    assert direct(
        "''The ferry returns in May,'' said Nadia Okafor. ''If the river floods, we'd stop it.",
        "''Fares rise after that.''",
    )[-1] == ("Fares rise after that.", "Nadia Okafor")


def test_each_speaker_carries_its_evidence() -> None:
    found = quotes(
        '"We are ready," said Ana Ruiz.',
        "Ruiz said the pumps were working. She added that crews were tired.",
        '"Help came late."',
    )
    evidence = {(q.text, q.speaker_evidence) for q in found}
    assert ("We are ready", SpeakerEvidence.NAMED) in evidence
    assert ("the pumps were working", SpeakerEvidence.NAMED) in evidence
    assert ("crews were tired", SpeakerEvidence.PRONOUN) in evidence


def test_a_quote_without_evidence_has_no_speaker_and_no_evidence() -> None:
    (quote,) = quotes('Nobody knows who painted "the blue line on the bridge" last night.')
    assert (quote.speaker, quote.speaker_evidence) == (None, None)


def test_the_relayed_speaker_is_the_one_quoted() -> None:
    (quote,) = quotes('The agency quoted Jo Park as saying: "The port will reopen on Friday."')
    assert (quote.speaker, quote.relayed_by, quote.speaker_evidence) == (
        "Jo Park",
        "The agency",
        SpeakerEvidence.RELAY,
    )


def test_a_relay_before_that_and_the_words_gives_them_to_the_one_quoted() -> None:
    assert direct(
        "State radio quoted an army spokesman, Colonel Idris Vane, as saying that “all "
        "targets were hit” and that reports of deaths were “invented”."
    ) == [("all targets were hit", "Idris Vane"), ("invented", "Idris Vane")]


def test_a_body_named_by_its_common_noun_speaks_as_written() -> None:
    said = quotes(
        "The police watchdog, which reviewed the chase, has said it found no sign of an offence.",
        "Ukraine’s air force said in a statement that most of the drones were shot down.",
    )
    assert [(q.speaker, q.speaker_evidence) for q in said] == [
        ("The police watchdog", SpeakerEvidence.ROLE),
        ("Ukraine’s air force", SpeakerEvidence.NAMED),
    ]


def test_a_compound_noun_before_a_judging_verb_s_phrase_is_no_verb() -> None:
    # `estimate` in `the cost estimate` is a noun: the judging verb's subject speaks.
    assert direct(
        "Ray Tolland, president of the Riverside local, which represents 9,000 drivers, "
        'dismissed the cost estimate as "a number designed to scare our members."'
    ) == [("a number designed to scare our members", "Ray Tolland")]


def test_a_first_name_a_role_presents_is_a_person_s_name() -> None:
    assert direct(
        "The ban took effect on Saturday.",
        "Her friend Parwin, who taught at the same school, said she had lost her income. "
        '"We were told on Friday," she said.',
        'The student Lailuma said: "Now there is nothing left."',
    ) == [("We were told on Friday", "Parwin"), ("Now there is nothing left.", "Lailuma")]
    # A party's or a people's name after a role is no first name (`the incumbent
    # Republican`), nor one before a noun (`the Afghan government`).
    assert direct(
        "Ted Marr is the most vulnerable incumbent Republican, and the Afghan government "
        'agrees. "We will see," Marr said. "The polls are wrong," the Republican said.'
    ) == [("We will see", "Ted Marr"), ("The polls are wrong", "the Republican")]


def test_a_quotation_of_its_own_after_one_person_s_reported_words_goes_on_with_them() -> None:
    assert direct(
        "Outside the block, Viktor Holm, who lives next door, said he had helped the "
        "rescuers all morning. His neighbour, Lara Moss, was still missing, he said. "
        '"She lived alone on the seventh floor."'
    ) == [("She lived alone on the seventh floor.", "Viktor Holm")]
    # Not after reported words of two people, nor after a sentence that reports none.
    assert direct(
        "Viktor Holm said the street was closed, and Lara Moss said the police had come. "
        '"Nobody told us anything."',
        "Viktor Holm said the street was closed. Lara Moss arrived at noon. "
        '"Nobody told us anything."',
    ) == [("Nobody told us anything.", None), ("Nobody told us anything.", None)]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Later in the summer, the result "was not what anyone expected," it seems.',
        'In Fayetteville on Wednesday, the crowd "would not stop," as reporters saw it.',
        'WASHINGTON — The talks "are over for now."',
    ],
    ids=["time-phrase", "place-phrase", "dateline"],
)
def test_a_phrase_that_names_nobody_is_never_given_as_the_speaker(paragraph: str) -> None:
    assert all(speaker is None for _, speaker in direct(paragraph))


def test_a_long_title_before_a_name_is_cut_at_the_first_name() -> None:
    assert direct('"It is late," said Senate Minority Leader Harry M. Reed (D-Ohio).') == [
        ("It is late", "Harry M. Reed")
    ]


def test_a_quote_goes_on_from_its_speaker_when_someone_named_earlier_said_nothing() -> None:
    assert direct(
        'Dan Voss "apologized many times on this show," Lena Ortiz said. "We must all move on."'
    ) == [
        ("apologized many times on this show", "Lena Ortiz"),
        ("We must all move on.", "Lena Ortiz"),
    ]


def test_someone_introduced_after_a_quote_ends_its_continuation() -> None:
    assert direct(
        '"Move on," Lena Ortiz said. Dan Voss walked out. "It is over for all of us."'
    ) == [
        ("Move on", "Lena Ortiz"),
        ("It is over for all of us.", None),
    ]


def test_someone_a_quote_reports_is_not_introduced_and_its_speaker_goes_on() -> None:
    assert direct(
        '"Dan Voss has said things that shame us," Lena Ortiz told a radio show on Friday. '
        '"It speaks to who he is."',
        '"Move on," Lena Ortiz said. Dan Voss has said things that shame us. "It is over."',
    ) == [
        ("Dan Voss has said things that shame us", "Lena Ortiz"),
        ("It speaks to who he is.", "Lena Ortiz"),
        ("Move on", "Lena Ortiz"),
        ("It is over.", None),
    ]


def test_words_a_participle_introduces_are_the_subjects_after_an_adverbial() -> None:
    assert direct(
        "Back in 1999, Tom Hale praised the mayor's harbour plan, telling a radio station: "
        '"I wish I could be like that."'
    ) == [("I wish I could be like that.", "Tom Hale")]


def test_a_verb_after_a_subjects_meeting_with_someone_is_still_the_subjects() -> None:
    assert direct(
        "Tom Hale has not endorsed anyone. However, Hale met with Rosa Kim in December and "
        'declared in an interview that he found her "very charming."'
    ) == [("very charming", "Tom Hale")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hale did not mingle but left when prayers ended, Nefzi said, adding, "
        '"He was not very religious."',
        "Hale did not mingle but left when prayers ended, said Nefzi, adding, "
        '"He was not very religious."',
    ],
    ids=["tag", "inverted-tag"],
)
def test_a_participle_after_a_tag_is_the_tags_subjects(paragraph: str) -> None:
    assert direct("Omar Nefzi runs the mosque. Tom Hale prayed there.", paragraph) == [
        ("He was not very religious.", "Omar Nefzi")
    ]


def test_words_reported_by_a_participle_after_a_tag_are_the_tags_subjects() -> None:
    assert direct(
        "Rosa Kim runs the inquiry.",
        'Kim cannot say that "from her perspective," Omar Nefzi added, saying it should be '
        '"up to the prosecutor to move forward or not."',
    ) == [
        ("from her perspective", "Omar Nefzi"),
        ("up to the prosecutor to move forward or not", "Omar Nefzi"),
    ]
    # Someone told is no inverted tag's subject.
    assert direct("Tom Hale spoke to Omar Nefzi. Hale told Nefzi, adding, “It was bad.”") == [
        ("It was bad.", "Tom Hale")
    ]


def test_charged_with_an_object_after_a_quotation_is_no_tag() -> None:
    assert direct('"We will never pay that money back," a jury charged him with saying.') == [
        ("We will never pay that money back", None)
    ]


@pytest.mark.parametrize(
    ("introduction", "paragraph", "speaker"),
    [
        (
            "Bernie Sanders spoke in Iowa.",
            'Sanders surrogate Nina Turner was blunt: "The party is rigged against workers."',
            "Nina Turner",
        ),
        (
            "Donald Trump held a rally in Ohio.",
            'Trump pick Rosa Kim dismissed the polls, saying they were "rigged."',
            "Rosa Kim",
        ),
        (
            "Donald Trump held a rally in Ohio.",
            'Trump allies dismissed the polls, saying they were "rigged."',
            None,
        ),
        (
            "Rep. Al Green introduced the climate bill.",
            'Green groups were furious: "This bill guts every protection we fought for."',
            None,
        ),
        (
            "Tom Hale, the aviation chief, criticized the jet maker.",
            "Boeing on Tuesday fired back at Hale, the aviation chief, saying his report was "
            '"deeply flawed."',
            None,
        ),
        (
            "Angus King and Tom Hale clashed over the port.",
            'King on Tuesday, joined by Hale, fired back: "We will fight this in court."',
            "Angus King",
        ),
        (
            "Sean McNally and Tom Hale clashed over the port.",
            'McNally, Hale\'s former deputy, fired back: "We will fight this in court."',
            "Sean McNally",
        ),
    ],
    ids=[
        "name-role-name",
        "name-noun-name",
        "name-plural",
        "common-word-like-a-surname",
        "company-then-a-time",
        "surname-then-a-time",
        "surname-like-an-adverb",
    ],
)
def test_a_subject_that_opens_with_a_name_is_read_to_its_end(
    introduction: str, paragraph: str, speaker: str | None
) -> None:
    assert [who for _, who in direct(introduction, paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Tom Hale got a text from Rosa Kim minutes later: "You lied to the whole board."',
        'Tom Hale recalls his father\'s advice: "Never quit, never complain, never explain."',
    ],
    ids=["from-someone", "someone-s-words"],
)
def test_a_colon_after_someone_elses_words_names_no_speaker(paragraph: str) -> None:
    assert [who for _, who in direct(paragraph)] == [None]


def test_a_colon_after_words_to_someone_names_the_subject() -> None:
    assert direct(
        "Senate leader Mitch Ryan delivered a blunt message to Tom Hale: "
        '"It is time to stop attacking people."'
    ) == [("It is time to stop attacking people.", "Mitch Ryan")]


def test_a_participle_after_a_subordinate_clause_is_not_that_clauses_subjects() -> None:
    assert direct(
        "Tom Hale and Rosa Kim testified on Monday.",
        '"We are out of money," Kim said after Hale testified, adding that the port "cannot '
        'survive another year."',
    ) == [("We are out of money", "Rosa Kim"), ("cannot survive another year", "Rosa Kim")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Supporters waited in the rain; Mark Reed's band played to keep them warm.",
        "The mayor spoke alongside Ann Lee, Jo Park, and Mark Reed.",
    ],
    ids=["possessor-after-a-semicolon", "last-of-a-list"],
)
def test_a_possessor_or_the_last_of_a_list_is_no_subject_a_pronoun_means(paragraph: str) -> None:
    assert direct(
        "Tom Hale arrived two hours late for the rally.",
        paragraph,
        'He said the delay was "completely unavoidable."',
    ) == [("completely unavoidable", "Tom Hale")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'In the July cable, Hale reported, "Security remains unpredictable in the city."',
            "Tom Hale",
        ),
        (
            'After Hale attacked her, Kim shot back: "I chose to work, not to stay home."',
            "Rosa Kim",
        ),
        (
            'As Hale put it last week, the port is "the best thing we have going for us."',
            "Tom Hale",
        ),
        (
            'As Kim, a lawyer by training, put it, "a deal today beats a worse one later."',
            "Rosa Kim",
        ),
        (
            'In an interview, Hale was asked, "What is the most dangerous place you have seen?"',
            None,
        ),
    ],
    ids=[
        "reported",
        "shot-back",
        "as-someone-put-it",
        "as-someone-described-put-it",
        "passive-asked",
    ],
)
def test_a_verb_that_tags_the_words_after_it_names_its_subject(
    paragraph: str, speaker: str | None
) -> None:
    assert [who for _, who in direct("Tom Hale and Rosa Kim ran for mayor.", paragraph)] == [
        speaker
    ]


def test_a_colon_after_a_subject_introduces_its_words() -> None:
    assert direct('Voss fired back: "You play a contrarian on television."') == [
        ("You play a contrarian on television.", "Voss")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The ferry returns in May. "Fares rise after that," said Nadia Okafor.',
        "“The ferry returns in May. “Fares rise after that,” said Nadia Okafor.",
    ],
    ids=["straight", "curly"],
)
def test_a_quote_reopened_before_it_closed_keeps_both_parts_and_their_speaker(
    paragraph: str,
) -> None:
    assert direct(paragraph) == [
        ("The ferry returns in May.", "Nadia Okafor"),
        ("Fares rise after that", "Nadia Okafor"),
    ]


def test_a_short_phrase_after_an_evaluative_verb_is_the_subjects_words() -> None:
    assert direct('Tom Reyes branded the offer "an insult" on Monday.') == [
        ("an insult", "Tom Reyes")
    ]
    # The thing judged may be long, but holds no clause where someone else judges; and a
    # verb after `and` may be anyone's.
    assert direct(
        "Tom Reyes called the neglect of sound advice from the harbour's own engineers "
        '"reckless beyond words."',
        "Rosa Kim called for an inquiry into the deal, which her rival on the council, Tom "
        'Reyes, had once hailed as "a fair price for the town."',
        'Tom Reyes introduced Rosa Kim, who took the stage and called the plan "rotten."',
        "Rosa Kim called on the minister to withdraw the bill that his own party leader Tom "
        'Reyes praised as "a historic step for the town."',
        # `that` as a determiner opens no clause.
        'One economist, who asked not to be named, called that figure "a number pulled from '
        'the air."',
    ) == [
        ("reckless beyond words", "Tom Reyes"),
        ("a fair price for the town", None),
        ("rotten", None),
        ("a historic step for the town", None),
        ("a number pulled from the air", "One economist"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        'The so-called "blue line" rule applies to every boat.',
        'The ministry published "Harbours of the North" last year.',
    ],
    ids=["label", "title"],
)
def test_labels_and_titles_in_quotation_marks_are_not_speech(paragraph: str) -> None:
    assert direct(paragraph) == []


@pytest.mark.parametrize(
    ("named", "role", "body"),
    [
        ("Acme Bank cut its rates on Monday.", "the bank", "Acme Bank"),
        ("The Ministry of Water said nothing.", "the ministry", "Ministry of Water"),
        ("Hull Ferries Ltd. raised its fares.", "the company", "Hull Ferries Ltd"),
        ("Osaki Motor will recall 9,000 vans.", "the company", "Osaki Motor"),
        (
            "It came after the prime contractor, Arvalis Aerospace of Huntsville, warned of a "
            "charge.",
            "the company",
            "Arvalis Aerospace",
        ),
        ("Its parent bank, Fenwick Savings, said nothing.", "the bank", "Fenwick Savings"),
    ],
    ids=["bank", "ministry-of", "legal-form", "motor", "kind-then-name", "kind-itself-then-name"],
)
def test_a_body_named_once_speaks_as_the_company_or_the_ministry(
    named: str, role: str, body: str
) -> None:
    (quote,) = quotes(named, f'"Sales held up," {role} said.')
    assert (quote.speaker, quote.speaker_evidence) == (body, SpeakerEvidence.ROLE)


def test_a_body_by_its_kind_and_a_word_of_its_name_is_that_body() -> None:
    *_, quote = quotes(
        "Two wards will close, Dyfed and Powys Health Board announced.",
        '"We will reopen within six months," the health board said.',
    )
    assert (quote.speaker, quote.speaker_evidence) == (
        "Dyfed and Powys Health Board",
        SpeakerEvidence.ROLE,
    )


def test_an_office_written_short_before_a_name_is_the_role_they_hold() -> None:
    assert direct(
        'Gov. Nora Whitlock said she was "deeply disappointed."',
        'The governor said she had "not ruled anything out."',
    ) == [("deeply disappointed", "Nora Whitlock"), ("not ruled anything out", "Nora Whitlock")]


def test_two_bodies_of_a_kind_leave_the_company_as_written() -> None:
    (quote,) = quotes("Acme Bank and Bolt Bank merged.", '"Sales held up," the bank said.')
    assert quote.speaker == "the bank"


def test_a_source_after_the_tag_relays_the_named_speaker() -> None:
    (quote,) = quotes('"The port is shut," Jo Park told the paper, according to Radio Valley.')
    assert (quote.text, quote.speaker, quote.relayed_by) == (
        "The port is shut",
        "Jo Park",
        "Radio Valley",
    )


def test_a_passive_tag_after_the_words_names_their_speaker() -> None:
    assert direct('The plan was described as "a disaster" by Tom Reyes.') == [
        ("a disaster", "Tom Reyes")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"It will not be easy," said Representative Peter T. King of Ohio.', "Peter T. King"),
        ('"We know better," state Sen. Jo Holt (D) said in the debate.', "Jo Holt"),
    ],
    ids=["surname-that-is-a-title", "state-before-a-title"],
)
def test_surnames_and_words_that_look_like_titles_or_verbs(paragraph: str, speaker: str) -> None:
    ((_, found),) = direct(paragraph)
    assert found == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"Why should it be taken from him?" asked Ben Fold, a radio host.', "Ben Fold"),
        ('"She made it her mission," Nadia Okafor continued.', "Nadia Okafor"),
        ('"You misled this town for years," Nadia Okafor charged.', "Nadia Okafor"),
        ('"What made him change so much?" Nadia Okafor questioned.', "Nadia Okafor"),
        ('"I can name only two of them," Nadia Okafor answers.', "Nadia Okafor"),
        (
            "The visit was ''the high point of their relationship,'' according to Mr. Rhodes.",
            "Mr. Rhodes",
        ),
    ],
    ids=[
        "asked",
        "continued",
        "charged",
        "questioned",
        "answers",
        "according-to-after-the-words",
    ],
)
def test_tags_that_introduce_no_reported_speech_still_name_the_speaker(
    paragraph: str, speaker: str
) -> None:
    ((_, found),) = direct(paragraph)
    assert found == speaker


def test_a_role_before_a_name_keeps_it_the_subject_a_pronoun_finds() -> None:
    assert direct(
        '"We will win," said Tom Hale.',
        'Former Arizona governor Rosa Brewer calls security "a priority." '
        '"That will resonate with all women," she said.',
    )[-1] == ("That will resonate with all women", "Rosa Brewer")


def test_a_quotation_that_is_a_sentence_of_its_own_is_speech_however_short() -> None:
    assert direct("''We stay,'' said Nadia Okafor. ''Fares rise.''") == [
        ("We stay", "Nadia Okafor"),
        ("Fares rise.", "Nadia Okafor"),
    ]


def test_a_verb_before_a_colon_ends_the_subject_that_introduces_the_words() -> None:
    assert direct('Mr. Voss gloated: "I told you they would not be ready."') == [
        ("I told you they would not be ready.", "Mr. Voss")
    ]


def test_a_role_goes_to_no_one_whose_role_lacks_its_qualifiers() -> None:
    # The army's spokesman is not the police spokesman named later in the article.
    assert direct(
        'The army\'s chief spokesman said the report was "a fantasy from start to end".',
        "Nadir Omar, the district police spokesman, said two men were held.",
    ) == [("a fantasy from start to end", "The army's chief spokesman")]


def test_a_role_two_people_hold_is_left_as_written() -> None:
    assert direct(
        "Lina Marsh, a spokeswoman for the port, and Ida Berg, a spokeswoman for the union, "
        "met on Friday.",
        '"Talks will resume," the spokeswoman said.',
    ) == [("Talks will resume", "the spokeswoman")]


def test_a_pronoun_after_an_unnamed_speaker_is_never_the_person_named_before() -> None:
    assert direct(
        '"The valley is calm," said Karim Zaher.',
        "A farmer from the village, who asked not to be named, said that soldiers came at night. "
        '"They took my cousin," he said by telephone.',
    ) == [("The valley is calm", "Karim Zaher"), ("They took my cousin", None)]


def test_a_dateline_and_the_day_are_no_part_of_the_speaker() -> None:
    assert direct(
        'HERAT — The governor\'s spokesman on Tuesday said the floods were "the worst in memory".'
    ) == [("the worst in memory", "The governor's spokesman")]


def test_a_clause_inside_a_quotation_takes_its_subject_from_inside_the_marks() -> None:
    reported = [
        (q.text, q.speaker)
        for q in quotes(
            'Ms Lund quoted Paul Serre as saying: "Paul Serre, the mayor of Aubel, said we must '
            'rebuild the bridge before winter."'
        )
        if q.type is QuoteType.INDIRECT
    ]
    assert ("we must rebuild the bridge before winter", "Paul Serre") in reported


def test_a_relay_of_reported_speech_credits_the_one_quoted_and_keeps_the_relay() -> None:
    found = [
        (q.text, q.speaker, q.relayed_by)
        for q in quotes(
            "Valley Radio, a private station, quoted the district police chief, Omar Haidari, "
            "as saying that four men had been detained."
        )
        if q.type is QuoteType.INDIRECT
    ]
    assert found == [("four men had been detained", "Omar Haidari", "Valley Radio")]


@pytest.mark.parametrize("name", ["Gary Tully", "Jo Kelly", "Sean Connolly"])
def test_a_surname_ending_in_ly_is_no_adverb(name: str) -> None:
    reported = [
        q.speaker
        for q in quotes(f"{name}, 45, has repeatedly said that the landlord ignored him.")
        if q.type is QuoteType.INDIRECT
    ]
    assert reported == [name]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "As Rhea Lindqvist, an analyst at the Institute for Northern Studies, noted, "
            '"Everyone is waiting for the vote."',
            "Rhea Lindqvist",
        ),
        (
            "Last week, Omar Feld, editor at large of The Harbour, an influential "
            'Boston-based weekly, wrote, "The port will not wait for the council."',
            "Omar Feld",
        ),
        (
            "Hours later, Dale Porter returned the compliment, telling reporters, "
            '"Nina and I have been friends for a long time."',
            "Dale Porter",
        ),
    ],
    ids=["subordinator", "role-without-determiner", "time-adverbial"],
)
def test_the_subject_before_a_verb_and_comma_is_the_name_not_its_appositions(
    paragraph: str, speaker: str
) -> None:
    assert [who for _, who in direct(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "verb",
    ["sobbed", "fumed", "blasted", "quipped", "retorted", "answered", "scoffed", "mused"],
)
def test_a_tag_verb_that_says_how_the_words_came_names_the_speaker(verb: str) -> None:
    assert direct(f'"They can keep their money," {verb} Tom Hale.') == [
        ("They can keep their money", "Tom Hale")
    ]


def test_a_first_name_alone_is_the_one_person_the_article_gave_it() -> None:
    assert direct(
        "Kerry Walsh, 34, was hanging out the washing when the dog was taken.",
        '"I haven\'t slept since," sobbed Kerry, a mother of three.',
    ) == [("I haven't slept since", "Kerry Walsh")]


def test_a_number_word_opening_a_phrase_is_no_first_name() -> None:
    assert direct(
        'One Kabul-based economist, who asked not to be named, said the figure was "a number '
        'pulled from the air".'
    ) != [("a number pulled from the air", "One Kabul-based")]


def test_an_age_and_a_home_town_between_commas_are_read_past_to_the_name() -> None:
    assert direct(
        'Donna Rawlings, 59, of Ashton, Md., said, "We waited our whole lives for this day."'
    ) == [("We waited our whole lives for this day.", "Donna Rawlings")]


def test_what_belongs_to_a_person_is_not_the_person() -> None:
    found = direct(
        "Keith Porter died in the shooting on Tuesday.",
        '"We ask for the video to be released," Porter\'s family said in a statement.',
    )
    assert found == [("We ask for the video to be released", "Porter's family")]


def test_a_role_owned_by_the_body_just_named_goes_to_the_name_after_it() -> None:
    assert direct(
        "Speaking in Kabul, the deputy government spokesman, Hamid Saberi, said that trade grew.",
        'The resistance dismissed the figures. "They talk while people live under curfew," '
        "its spokesman, Farid Osmani, wrote on X.",
    ) == [("They talk while people live under curfew", "Farid Osmani")]


def test_a_role_owned_by_someone_just_named_is_no_holder_the_article_gave_elsewhere() -> None:
    assert direct(
        "Speaking in Kabul, the deputy government spokesman, Hamid Saberi, said that trade grew.",
        'The resistance dismissed the figures. "They talk while people live under curfew," '
        "its spokesman wrote on X.",
    ) == [("They talk while people live under curfew", "its spokesman")]


def test_police_ranks_are_titles_not_names() -> None:
    found = [
        q.speaker
        for q in quotes(
            "DC Mark Ellery led the inquiry.",
            "DC Ellery told the court that the ledger had been altered.",
        )
        if q.type is QuoteType.INDIRECT
    ]
    assert found == ["Mark Ellery"]


def test_an_age_names_again_the_one_person_the_article_gave_it() -> None:
    assert direct(
        "Wendell Grange, 71, has farmed the valley since 1979. Mira Osei, 34, runs the "
        "shop by the bridge.",
        '"The water came up in an hour," the 71-year-old said.',
        '"We lost the whole stock," said the 34-year-old.',
        # nobody was given this age, and two people share the next: no speaker.
        '"It was worse in 1998," the 80-year-old said.',
    ) == [
        ("The water came up in an hour", "Wendell Grange"),
        ("We lost the whole stock", "Mira Osei"),
        ("It was worse in 1998", None),
    ]


def test_an_age_two_people_share_names_neither() -> None:
    assert direct(
        "Wendell Grange, 34, and 34-year-old Mira Osei both stayed.",
        '"We will rebuild," the 34-year-old said.',
    ) == [("We will rebuild", None)]


def test_a_place_after_in_is_no_person_a_pronoun_could_mean() -> None:
    assert direct(
        "Troops hit two homes in the village of Sarkanai Payan.",
        'In Sarkanai Payan, shopkeeper Tom Reid said that most families had fled. "We heard '
        'the shells before midnight," he said.',
    ) == [("We heard the shells before midnight", "Tom Reid")]


def test_a_chief_before_a_name_is_a_title_not_part_of_it() -> None:
    assert direct(
        "Dalton Ridge Fire Chief Ray Okafor told reporters that crews arrived at 2 a.m.",
        '"Our guys got everybody out," Okafor said.',
    ) == [("Our guys got everybody out", "Ray Okafor")]


def test_the_role_again_is_the_unnamed_speaker_who_last_had_it() -> None:
    found = quotes(
        "A Pakistani security official, speaking on condition of anonymity, denied that "
        "any homes had been hit. The official said that fighters had built a new post."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("any homes had been hit", "A Pakistani security official"),
        ("fighters had built a new post", "A Pakistani security official"),
    ]


def test_a_denial_reports_the_clause_it_denies() -> None:
    assert [(q.text, q.speaker) for q in quotes("Jo Park denied that the plan had failed.")] == [
        ("the plan had failed", "Jo Park")
    ]


def test_a_role_given_by_who_became_resolves_the_role_later() -> None:
    found = quotes(
        '"The high street is brutal," said Fiona Caldwell, who became chief executive in March.',
        "Analysts were told of a sale. The chief executive denied that the chain was for sale.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("The high street is brutal", "Fiona Caldwell"),
        ("the chain was for sale", "Fiona Caldwell"),
    ]


def test_a_name_with_who_after_it_is_a_persons_a_pronoun_may_mean() -> None:
    assert direct(
        "Thura Aung, who had spent 15 years under house arrest, arrived on Monday.",
        '"Unity also means prosperity," she said.',
    ) == [("Unity also means prosperity", "Thura Aung")]


def test_one_and_a_role_is_an_unnamed_speaker_who_the_role_later_stands_for() -> None:
    found = quotes(
        "One Western diplomat in Kabul, who spoke on condition of anonymity, said that the "
        'figures were "plausible but flattering". "They have grown the trade," the diplomat '
        "said.",
        "One of them said that the talks had failed.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ('the figures were "plausible but flattering"', "One Western diplomat in Kabul"),
        ("plausible but flattering", "One Western diplomat in Kabul"),
        ("They have grown the trade", "One Western diplomat in Kabul"),
        ("the talks had failed", None),
    ]


def test_the_company_is_the_one_body_an_apposition_called_a_business() -> None:
    toymaker = quotes(
        "Shares in Hollins & Crewe, the toymaker behind the Tumbletown figures, fell 18 per "
        "cent after the company warned that profits would be below forecasts."
    )
    chain = quotes(
        "Harcastle Coffee, the Bristol-based café chain, is to close 48 cafés. The firm said "
        "that wage bills had risen.",
    )
    assert [(q.text, q.speaker) for q in toymaker + chain] == [
        ("profits would be below forecasts", "Hollins & Crewe"),
        ("wage bills had risen", "Harcastle Coffee"),
    ]


def test_the_company_out_of_view_is_left_as_written() -> None:
    # Three paragraphs on, another firm may be meant (`Tellmark acknowledged …`).
    found = quotes(
        "Hollins & Crewe, the toymaker behind the Tumbletown figures, reported its results.",
        "Retailers had a slow spring.",
        "Online sales rose.",
        'Tellmark acknowledged the problem. "We are fixing it," the company said.',
    )
    assert [(q.text, q.speaker) for q in found] == [("We are fixing it", "the company")]


HARBOUR = "Independent Harbour Safety Commission"


def test_a_body_written_by_its_initials_is_in_view_for_its_kind() -> None:
    found = quotes(
        "The Independent Harbour Safety Commission opened an inquiry into the collision.",
        "Dock workers stopped work for a day.",
        "Insurers were not told.",
        "IHSC rejected the claim. The commission said the pilots had been "
        '"fully briefed" before the ferry left.',
    )
    assert [(q.text, q.speaker) for q in found] == [
        ('the pilots had been "fully briefed" before the ferry left', HARBOUR),
        ("fully briefed", HARBOUR),
    ]


def test_a_body_written_by_its_short_name_is_not_in_view() -> None:
    # `Harbour` may be another body of its kind that the article never writes in full.
    found = quotes(
        "The Harbour Party and the Valley Party tabled the bill.",
        "Dock workers stopped work for a day.",
        "Insurers were not told.",
        'Harbour rejected the claim. "We stand by it," the party said.',
    )
    assert [(q.text, q.speaker) for q in found] == [("We stand by it", "the party")]


def test_initials_the_article_spells_out_name_the_body() -> None:
    assert direct(
        "The Northern Relief Forces (NRF) held the pass. The NRF said its fighters had "
        '"withdrawn in order".',
        'The Coastal Grain Authority raised prices. "Stocks are low," the CGA said.',
    ) == [
        ("withdrawn in order", "Northern Relief Forces"),
        ("Stocks are low", "Coastal Grain Authority"),
    ]


def test_initials_two_bodies_share_name_neither() -> None:
    assert direct(
        "The Coastal Grain Authority and the Central Grain Agency met. "
        '"Stocks are low," the CGA said.'
    ) == [("Stocks are low", "the CGA")]


def test_the_company_of_two_named_is_left_as_written() -> None:
    found = quotes(
        "Hollins & Crewe, the toymaker, is buying Pellow Brothers, the board-game maker. The "
        "company said that the deal would close in May."
    )
    assert [(q.text, q.speaker) for q in found] == [("the deal would close in May", "The company")]


def test_a_name_after_the_role_in_a_tag_is_the_speaker() -> None:
    assert direct(
        '"It is an attack," said the attorney general, Pam Bondi.',
        '"We will appeal," Harlow County\'s chief prosecutor, Dana Voss, said.',
        '"It will pass," said Jo Park, a spokeswoman.',
    ) == [
        ("It is an attack", "Pam Bondi"),
        ("We will appeal", "Dana Voss"),
        ("It will pass", "Jo Park"),
    ]


def test_a_title_or_a_places_abbreviation_ends_neither_a_speaker_nor_a_sentence() -> None:
    found = quotes(
        '"We won," said Mr. Lee.',
        "Eddie Grant, who at the time was a Ft. Worth member of the group, said that "
        "attitudes were changing.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("We won", "Mr. Lee"),
        ("attitudes were changing", "Eddie Grant"),
    ]


def test_her_before_a_noun_is_no_pronoun_subject() -> None:
    found = quotes(
        '"The water came up," said Karen Doyle.',
        "Her neighbour Graham Tulley, 71, said that his house had flooded three times.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("The water came up", "Karen Doyle"),
        ("his house had flooded three times", "Graham Tulley"),
    ]


def test_an_untagged_quote_opening_a_paragraph_is_the_person_it_then_introduces() -> None:
    assert direct(
        '"Waits have doubled," said Dr Ruth Amos.',
        "\"I can't climb a ladder, so I can't work.\" Thomas Garvey, 58, an electrician, "
        "said that he had lost £15,000 in earnings.",
    ) == [
        ("Waits have doubled", "Ruth Amos"),
        ("I can't climb a ladder, so I can't work.", "Thomas Garvey"),
    ]


def test_an_untagged_quote_before_someone_introduced_silently_stays_unclaimed() -> None:
    assert direct(
        '"Waits have doubled," said Dr Ruth Amos.',
        '"Nobody told us why." Thomas Garvey, 58, is a retired electrician.',
    ) == [("Waits have doubled", "Ruth Amos"), ("Nobody told us why.", None)]


def test_a_surname_two_people_share_is_the_one_first_named_and_a_title_tells_them_apart() -> None:
    assert direct(
        "The kettle in Farida Noori's kitchen never stops.",
        "Noori, 38, fled Herat with her husband, Zalmai, and their three children.",
        '"They told us nothing would change," she says.',
        "Zalmai Noori, 44, was an interpreter.",
        '"We waited 14 months," Mr Noori says.',
    ) == [
        ("They told us nothing would change", "Farida Noori"),
        ("We waited 14 months", "Zalmai Noori"),
    ]


def test_a_quote_left_open_at_paragraph_end_is_the_speaker_the_next_one_names() -> None:
    assert direct(
        "Laila Amin runs the clinic on Saturdays.",
        '"In Herat I was the one people came to at three in the morning.',
        '"Here I am the woman who does not understand the forms," she said.',
    ) == [
        ("In Herat I was the one people came to at three in the morning.", "Laila Amin"),
        ("Here I am the woman who does not understand the forms", "Laila Amin"),
    ]


def test_so_and_i_opening_a_sentence_are_no_persons_name() -> None:
    assert direct(
        "So I asked him then what happens to me.",
        '"Politics is a tough game," he said.',
    ) == [("Politics is a tough game", None)]


def test_a_share_of_a_poll_is_no_speaker() -> None:
    found = quotes(
        "The poll finds that 39 percent blame his supporters and 22 percent say he is "
        '"not at all responsible."'
    )
    assert {q.speaker for q in found} == {None}


def test_an_inverted_reporting_verb_names_the_speaker_before_their_apposition() -> None:
    found = quotes(
        "Clevelanders get nervous, said Christine Link, executive director of the civil "
        "liberties union in Ohio.",
        "The plan failed, said the mayor of Ashby, Jo Park.",
        "The talks will resume, said the minister, speaking in Kabul.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Clevelanders get nervous", "Christine Link"),
        ("The plan failed", "Jo Park"),
        ("The talks will resume", "the minister"),
    ]


def test_a_role_is_no_name_however_it_is_written() -> None:
    found = quotes(
        "A security official said that it failed. The official said that it was over.",
        "The White House said that it was over.",
        "The Taliban's chief spokesman said that the province was calm.",
    )
    assert [(q.speaker, q.speaker_evidence) for q in found] == [
        ("A security official", SpeakerEvidence.ROLE),
        ("A security official", SpeakerEvidence.ROLE),
        ("The White House", SpeakerEvidence.NAMED),
        ("The Taliban's chief spokesman", SpeakerEvidence.ROLE),
    ]


def test_a_name_after_a_role_and_before_of_is_a_persons() -> None:
    assert direct(
        "One pastor supporting the senator, Darran Whiting of Liberty Baptist Church in "
        "Marion, said he had made 150 calls.",
        '"Find your polling place and get there," he tells parishioners.',
    ) == [("Find your polling place and get there", "Darran Whiting")]


def test_a_name_of_the_other_gender_than_the_role_before_it_is_not_the_speaker() -> None:
    found = quotes(
        "A spokeswoman for the majority leader, Ray Castellano, said that a vote could "
        "still take place.",
        "A spokesman for the mayor, Tom Hale, said that the bridge would reopen.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("a vote could still take place", "A spokeswoman for the majority leader"),
        ("the bridge would reopen", "Tom Hale"),
    ]


def test_someone_named_by_a_first_name_and_an_age_is_a_person() -> None:
    found = quotes(
        "Among them was Gul Bibi, 52, who had lived in Peshawar for 31 years. She sat on a "
        'bundle of quilts. "They gave us three days," she said.',
        "Her son, Zarif, 30, a labourer, said that police had come twice. "
        '"They take the men first," he said.',
        "By evening, Zarif said that he did not know where they would sleep.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("They gave us three days", "Gul Bibi"),
        ("police had come twice", "Zarif"),
        ("They take the men first", "Zarif"),
        ("he did not know where they would sleep", "Zarif"),
    ]


def test_someone_the_reporter_names_by_a_first_name_alone_is_a_person() -> None:
    # `who gave only her first name` says a person and her gender; a kinship set off by
    # commas (`Her husband, Daoud,`) presents a person as it does without them.
    found = quotes(
        "Outside the clinic, Wahida, who gave only her first name, said the doors had "
        'been shut since May. "We walk two hours for nothing," she said.',
        "Her brother, Daoud, a baker, said the road was mined. "
        '"Nobody comes to clear it," he said.',
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("the doors had been shut since May", "Wahida"),
        ("We walk two hours for nothing", "Wahida"),
        ("the road was mined", "Daoud"),
        ("Nobody comes to clear it", "Daoud"),
    ]


def test_a_first_name_given_words_with_a_trade_set_beside_it_is_a_person() -> None:
    # `said Nasir, a barber from …` and `Idris, a graduate waiting …`: the trade beside a
    # first name presents a person, whom the pronoun after may then mean.
    assert direct(
        "Tariq bolted the gate at dusk.",
        "Idris, a graduate waiting for a bus, said he had been stopped twice. "
        "“I carry my diploma everywhere,” he said.",
        "“They took the ladder,” said Nasir, a carpenter from the lower town. "
        "The market closed early. “Nobody buys wood now,” he said.",
    ) == [
        ("I carry my diploma everywhere", "Idris"),
        ("They took the ladder", "Nasir"),
        ("Nobody buys wood now", "Nasir"),
    ]


def test_a_reporting_verb_inside_a_relative_clause_gives_no_speaker() -> None:
    # Where the clause after it ends nothing shows, and `who` is no one's name.
    found = reported(
        "Cruz, a graduate of Harvard Law School who has argued a number of cases before the "
        "court, will do an excellent job, Blackwell maintains.",
        "An official of the ministry who has argued many cases will do well, Roe says.",
    )
    assert [speaker for _, speaker in found] == [None, None]


def test_words_after_a_tag_whose_pronoun_is_in_doubt_are_not_the_last_speaker_s() -> None:
    # `he` is not sure to be her brother, nor anyone else: the quotation after his tag is
    # that unknown man's too, never the woman's who spoke before him.
    assert direct(
        "\u201cWe will win,\u201d said Rosa Kim. Her brother shook his head. \u201cIt will "
        "fail,\u201d he said. \u201cNobody wants it.\u201d",
    ) == [("We will win", "Rosa Kim"), ("It will fail", None), ("Nobody wants it.", None)]


def test_the_name_after_a_role_serving_a_body_is_the_person_s_not_the_body_s() -> None:
    # `A spokesman for the department, Zeeshan Qureshi,`: Qureshi is the spokesman, a man
    # whom `he` may mean, not the department's name.
    assert direct(
        "The food department rejected the figure. A spokesman for the department, Zeeshan "
        "Qureshi, said 18,500 tonnes were released every day. \u201cWe have data on every "
        "mill,\u201d he said.",
    ) == [("We have data on every mill", "Zeeshan Qureshi")]


def test_a_body_s_name_after_a_role_serving_it_is_still_the_body_s() -> None:
    # `A spokesperson for the airline, Skyward Air,`: no first name, so the airline's name.
    assert reported(
        "A spokesperson for the airline, Skyward Air, said flights would resume on Monday. "
        "The airline later said that 40 flights had been cancelled.",
    ) == [
        ("flights would resume on Monday", "Skyward Air"),
        ("40 flights had been cancelled", "Skyward Air"),
    ]


def test_a_role_whose_name_a_relative_clause_gives_is_that_person() -> None:
    # `Another woman …, who gave her name only as Shabana,` is Shabana, not a second woman.
    assert direct(
        "\u201cI have stood here for three hours,\u201d said Nasreen Bibi, a cleaner.",
        "Another woman in the queue, who gave her name only as Shabana, said she had paid "
        "less last spring. \u201cEvery month it is more,\u201d she said.",
    ) == [
        ("I have stood here for three hours", "Nasreen Bibi"),
        ("Every month it is more", "Shabana"),
    ]


def test_a_pronoun_goes_on_standing_for_someone_unnamed_it_stood_for_just_before() -> None:
    assert direct(
        "\u201cWe are not lowballing anybody,\u201d Ray Galvan said.",
        "At the trailer park, a woman who declined to give her name stood in the mud. She "
        "said she had lived there for four years. \u201cWhere am I supposed to go?\u201d "
        "she asked.",
    ) == [
        ("We are not lowballing anybody", "Ray Galvan"),
        ("Where am I supposed to go?", "a woman"),
    ]


def test_a_surname_given_an_age_stays_the_full_name_s() -> None:
    assert direct(
        "Carly Fiorina spoke in Iowa on Monday.",
        'Asked about the plan, Fiorina, 61, smiled. "It will work," she said.',
    ) == [("It will work", "Carly Fiorina")]


def test_an_inverted_tag_s_speaker_is_read_past_a_long_clause_about_them() -> None:
    assert direct(
        '"There is little you can do," said a former US law enforcement official who oversaw '
        'counterintelligence investigations and described the case as "a lesser matter."',
        "Jo Park, editor of The Ledger, an influential New York-based weekly, wrote, "
        '"We should think of the war."',
    ) == [
        ("There is little you can do", "a former US law enforcement official"),
        ("a lesser matter", "a former US law enforcement official"),
        ("We should think of the war.", "Jo Park"),
    ]


def test_an_inverted_tag_names_a_speaker_written_with_a_long_description() -> None:
    assert direct(
        '"Costs rise every year," said Harlow State University political scientist Ann Lee.',
        '"Nobody saw it coming," says Jo Park of the independent Hillside-Garner Policy '
        "Research Centre.",
        # A long description names others beside the speaker: no one for sure.
        '"He was a good boy," said the mother of the teenager shot by police officer Tom '
        "Hale outside the store.",
    ) == [
        ("Costs rise every year", "Ann Lee"),
        ("Nobody saw it coming", "Jo Park"),
        ("He was a good boy", None),
    ]


def test_a_tag_after_the_phrase_that_finishes_the_opening_words_names_their_speaker() -> None:
    assert direct(
        "“We are extremely happy” about the decision, said Rosa Kim, director of the union.",
        "“This will be a challenge” for the council, Tom Hale said.",
        # A phrase that says whose words they were leaves the tag's speaker relaying them.
        "“A disaster” was how Tom Hale put it, Ann Lee recalled.",
    ) == [
        ("We are extremely happy", "Rosa Kim"),
        ("This will be a challenge", "Tom Hale"),
        ("A disaster", None),
    ]


def test_a_clause_after_the_words_that_opens_with_and_is_no_tag() -> None:
    assert direct(
        'Tom Hale said, "I told him no," and Ann Lee said she agreed.',
        "Tom Hale said, “I told him ‘no,’” and Ann Lee said she agreed.",
    ) == [("I told him no", "Tom Hale"), ("I told him ‘no,’", "Tom Hale")]


def test_a_listed_subject_after_an_opening_conjunction_speaks_for_no_one_of_the_list() -> None:
    assert direct(
        "Tom Hale, Ann Kim and Jo Lee sit on the board.",
        'So Hale, Kim and Lee walked out, saying the plan was "rotten to the core."',
    ) == [("rotten to the core", None)]


def test_a_speaker_of_a_body_is_the_speaker_not_the_body() -> None:
    # A body written like a name may speak too; `of` makes it the person's, not a role.
    assert direct(
        '"Costs rise," Peace Studies wrote.',
        '"It would be a stretch," said Jo Park of the Hale Center for Peace Studies.',
        '"The bill is dead," said Sen. Tom Hale of Ohio\'s chief of staff Ann Lee.',
    ) == [
        ("Costs rise", "Peace Studies"),
        ("It would be a stretch", "Jo Park"),
        ("The bill is dead", "Ann Lee"),
    ]


def test_a_tag_naming_something_unnamed_leaves_a_doubt_not_the_sentence_s_subject() -> None:
    assert direct(
        'The Hale campaign is responding, painting Mr. Reed as a danger - "If Reed wins, '
        'nobody is safe," one Hale advert declared - and calling him reckless.'
    ) == [("If Reed wins, nobody is safe", None)]


def test_a_tag_that_hands_on_to_a_colon_introduces_the_words_after_it() -> None:
    assert direct(
        'After Judge Ana Ruiz said that some students might do better at "smaller schools," '
        'Tom Hale said: "I do not like what she said."'
    ) == [("smaller schools", "Ana Ruiz"), ("I do not like what she said.", "Tom Hale")]


def test_a_paragraph_that_is_all_quotation_goes_on_from_the_last_paragraph_s_speaker() -> None:
    assert direct(
        '"It is a national security issue," said the senator\'s aide Jake Sollis.',
        '"This has gone from a matter of curiosity to a matter of safety."',
        "Ana Ruiz disagreed.",
        '"Nobody here is worried."',
    ) == [
        ("It is a national security issue", "Jake Sollis"),
        ("This has gone from a matter of curiosity to a matter of safety.", "Jake Sollis"),
        ("Nobody here is worried.", None),
    ]


def test_a_paragraph_of_quotation_goes_on_from_a_voice_that_ended_the_one_before() -> None:
    assert direct(
        "“If she picks the judges, nothing can be done,” Tom Hale told a rally, saying the "
        "mayor would “close every harbour.”",
        "“That will be a horrible day.”",
        "Building the pier is a “false choice, because the money is gone,” Rosa Kim said.",
        "“I will vote for whoever keeps the ferry.”",
        "Ana Ruiz called the plan “a disgrace to the town.”",
        "“Nobody here was asked.”",
    ) == [
        ("If she picks the judges, nothing can be done", "Tom Hale"),
        ("close every harbour", "Tom Hale"),
        ("That will be a horrible day.", "Tom Hale"),
        ("false choice, because the money is gone", "Rosa Kim"),
        ("I will vote for whoever keeps the ferry.", "Rosa Kim"),
        ("a disgrace to the town", "Ana Ruiz"),
        ("Nobody here was asked.", None),
    ]


def test_a_quotation_that_is_a_sentence_of_its_own_is_the_one_subject_s_before_it() -> None:
    assert direct(
        'Ana Ruiz touted her record on wages. "We need to protect workers who organise."',
        'Critics attacked Tom Hale and Jo Park. "Nobody trusts them."',
        'Ana Ruiz spoke first. "We will win," the email said. "Give now."',
    ) == [
        ("We need to protect workers who organise.", "Ana Ruiz"),
        ("Nobody trusts them.", None),
        ("We will win", None),
        ("Give now.", None),
    ]


def test_a_titled_surname_after_an_opening_phrase_is_the_sentence_s_subject() -> None:
    assert direct(
        "Dale Whitcomb, a Republican, opposed the bill.",
        'Senator Tom Ruddick said he would back the bill. "Nobody asked me for an offset," '
        "he said.",
        "Asked about Mr. Ruddick's position, Mr. Whitcomb shrugged. \"Tom's got his reasons,\" "
        "he said.",
    )[-1] == ("Tom's got his reasons", "Dale Whitcomb")


def test_an_estimate_that_someone_gives_is_their_claim() -> None:
    found = quotes(
        "The interior ministry has said that 800,000 people have left, while the UN "
        "refugee agency estimates that 3 million remain. An estimated 40,000 left in May."
    )
    # `An estimated 40,000` is a figure, not anyone's claim.
    assert [(q.text, q.speaker) for q in found][1:] == [
        ("3 million remain", "the UN refugee agency")
    ]


def test_words_about_the_one_person_named_are_not_given_to_them() -> None:
    assert direct('Jane Doe died on Monday at 84. "She was the heart of this town."') == [
        ("She was the heart of this town.", None)
    ]


def test_a_phrase_quoted_inside_a_sentence_does_not_carry_into_the_next_paragraph() -> None:
    assert direct(
        'Jake Sollis said the ministry had called the sanctions "an act of war."',
        '"Russia will respond in kind."',
    )[-1] == ("Russia will respond in kind.", None)


def test_a_chairman_may_be_a_woman() -> None:
    assert direct(
        "The company's chairman, Mary Barra, said the plant would close.",
        '"We had no choice," she said.',
    ) == [("We had no choice", "Mary Barra")]


def test_the_second_of_two_subjects_after_an_opening_phrase_is_a_subject_too() -> None:
    assert direct(
        '"We will win," said Tom Hale. Asked about China, Mark Reed and Omar Aziz attacked '
        'the plan. "It will fail," he said.'
    )[-1] == ("It will fail", None)


def test_a_lone_surname_right_before_the_verb_that_tags_the_words_speaks_them() -> None:
    # The article never gives Kessler a first name: as the subject of `said,` right before
    # the quotation he is still its speaker, as he would be after it.
    assert direct(
        "Kessler said officials have video of the blast. Asked to describe the device, "
        'Kessler said, "Not going to go into that."'
    ) == [("Not going to go into that.", "Kessler")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            '"I saw the fire," the widow of Tom Purl, a firefighter, 44, said.',
            "the widow of Tom Purl",
        ),
        (
            '"I saw the fire," a friend of Mary Dorn, 30, a nurse in Tulsa, Okla., said.',
            "a friend of Mary Dorn",
        ),
        ('"This is wrong," an aide to Tom Purl said.', "an aide to Tom Purl"),
        (
            'As the lawyer for Mary Dorn, a former judge, put it, "the law is clear and it always '
            'has been."',
            "the lawyer for Mary Dorn",
        ),
        ('"I saw the fire," Ann Purl, whose husband, Tom Purl, died in 2019, said.', "Ann Purl"),
    ],
    ids=["widow-of", "friend-of", "aide-to", "lawyer-for-put-it", "relative-in-a-clause"],
)
def test_the_one_a_speaker_is_related_to_never_speaks_for_them(
    paragraph: str, speaker: str | None
) -> None:
    # The speaker is the widow, the friend, the aide: a description as written or nobody,
    # never the person named in its complement.
    ((_, found),) = direct("Tom Purl and Mary Dorn lived on Elm Street.", paragraph)
    assert found == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"It will ruin the town," the mayor, Tom Hale, 55, said.', "Tom Hale"),
        ('"We were betrayed," his lawyer, Ann Purl, a former prosecutor, said.', "Ann Purl"),
        ('"It will ruin the town," the lawyer, 45, Ann Purl, said.', "Ann Purl"),
        ('"We stay," Ann Purl, Tom Hale, Mary Dorn, and Lee Chu, all residents, said.', None),
        ('"We never saw water like this," said Ann Purl, Grace Hollow.', "Ann Purl"),
        ('"He was a gentle man," said a neighbour of Bob Crane, Ann Purl, 61.', "Ann Purl"),
    ],
    ids=[
        "role-name-age",
        "role-name-description",
        "role-age-name",
        "four-people",
        "name-and-town",
        "related-then-name",
    ],
)
def test_a_name_apposed_to_a_role_before_other_details_is_the_speaker(
    paragraph: str, speaker: str | None
) -> None:
    ((_, found),) = direct("Former mayor Bob Crane backed the plan.", paragraph)
    assert found == speaker


def test_a_name_apposed_to_the_role_another_name_owns_is_the_speaker() -> None:
    assert direct(
        "In a letter to the paper, Harwell Homes’s lawyer, Dana Pruitt, said its staffing "
        "“meets every rule”."
    ) == [("meets every rule", "Dana Pruitt")]


def test_a_lone_surname_speaks_through_a_verb_joined_to_its_own_by_and() -> None:
    assert direct(
        "In an interview in August, the actress was asked about bias. Varga confirmed she had "
        'faced it and said, "The problem is severe."'
    ) == [("The problem is severe.", "Varga")]


@pytest.mark.parametrize(
    ("quoted", "speaker"),
    [
        ("Ruiz has never balanced a checkbook", None),
        ("Mr. Ruiz has never balanced a checkbook", None),
        ("Maria Ruiz was a fine mayor", "Dan Ruiz"),
        ("The Ruiz Foundation will pay", "Dan Ruiz"),
    ],
    ids=["by-surname", "titled", "another-of-that-surname", "named-after-him"],
)
def test_a_pronoun_is_never_the_man_the_quotation_speaks_of(
    quoted: str, speaker: str | None
) -> None:
    assert direct(f'Dan Ruiz attacked the budget. "{quoted}," he said.') == [(quoted, speaker)]


def test_a_quip_after_a_modal_is_its_subject_s() -> None:
    assert direct(
        "The hearing was set so late that a spokesman for the Green Party could only quip: "
        '"I guess the moon was booked."'
    ) == [("I guess the moon was booked.", "a spokesman for the Green Party")]


@pytest.mark.parametrize(("opening", "closing"), [('"', ',"'), ("''", ",''")])
def test_a_pronoun_after_the_words_is_never_the_subject_of_the_verb_before_them(
    opening: str, closing: str
) -> None:
    # The opening phrase hides the subject; `she`, after the words, is Reyes, not Hale.
    assert direct(
        "For most of the speech - with sleeves rolled and any prepared text ignored - Mr. Hale "
        f"told the residents that Ms. Reyes was {opening}made of the same stuff{closing} even "
        "if she could not always show it."
    ) == [("made of the same stuff", None)]


def test_an_office_of_several_words_before_a_name_is_theirs_in_the_same_words() -> None:
    assert direct(
        "Regional Development Minister Jana Dvorak resigned, putting strain on Prime Minister "
        "Marek Holly's coalition.",
        'Holly accepted the resignation. "Nobody is above the law," the prime minister told a '
        "news conference.",
    ) == [("Nobody is above the law", "Marek Holly")]


def test_a_vice_president_is_never_the_president() -> None:
    assert direct(
        "Vice President Joe Biden and President Barack Obama toured the plant.",
        '"We will win this," the president said.',
    ) == [("We will win this", "Barack Obama")]


def test_a_capitalised_office_is_no_name() -> None:
    # British papers capitalise offices: `the Home Secretary` is whoever the article gave it.
    assert direct(
        "Foreign Secretary Jack Straw spoke in Cairo.",
        '"We will talk to everyone," the Foreign Secretary said.',
    ) == [("We will talk to everyone", "Jack Straw")]
    assert direct('"We will talk to everyone," the Foreign Secretary said.') == [
        ("We will talk to everyone", "the Foreign Secretary")
    ]


def test_words_before_a_subordinate_clause_are_not_its_subject_s() -> None:
    assert direct(
        'Campaigners vowed last night to fight "to the very end" after health chiefs confirmed '
        "that the unit will close next spring."
    ) == [("to the very end", "Campaigners")]


def test_words_in_a_clause_a_later_verb_reports_are_its_subject_s() -> None:
    assert direct(
        'The "excesses" are sickening, Tom Roe said Tuesday in Paris, noting the nominee '
        '"makes you want to retch."'
    )[0] == ("excesses", "Tom Roe")
    assert direct(
        'The promise to "take our country back" appeals to those who miss an era when a degree '
        "was not needed, said Alan Brooks, a demographer."
    ) == [("take our country back", "Alan Brooks")]


def test_a_name_before_the_role_of_the_one_speaking_is_not_the_speaker() -> None:
    # `Civic Renewal` is a party the article names; a lawmaker of it is someone else.
    assert direct(
        "Civic Renewal, the junior coalition partner, has threatened to quit.",
        'A senior Civic Renewal lawmaker said a walkout was "unlikely before the summer".',
    ) == [("unlikely before the summer", "A senior Civic Renewal lawmaker")]
    assert direct('Tom Hale spoke. A Tom Hale aide said the plan was "dead".') == [
        ("dead", "A Tom Hale aide")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Tom Reyes attacked Rosa Kim on Monday, calling her "a fraud."', "Tom Reyes"),
        (
            'Tom Reyes took the stage at the Grand Hotel and called the port plan "rotten to '
            'the core."',
            "Tom Reyes",
        ),
        ('Tom Reyes describes himself as "a fighter for the harbour."', "Tom Reyes"),
        (
            'Tom Reyes issued a statement describing the meeting as "a waste of everyone\'s time."',
            "Tom Reyes",
        ),
        (
            'The council was irritated, with Tom Reyes calling the offer "a Chinese menu."',
            "Tom Reyes",
        ),
        (
            'Early in the campaign, Tom Reyes mocked Rosa Kim, dismissing her as "a tourist."',
            "Tom Reyes",
        ),
        (
            'The harbour board is calling on Tom Reyes to "stop the sell-off" at once.',
            "The harbour board",
        ),
        # The words may be another's: a letter's, or a relative clause's subject's.
        ('Tom Reyes read out a letter from Rosa Kim describing the plan as "a farce."', None),
        (
            'Tom Reyes praised Rosa Kim, who took the floor and called the vote "a disgrace."',
            None,
        ),
        # Who judged is not said: the one judged is never the judge.
        ('Tom Reyes has been called "a disgrace" many times.', None),
        ('Rosa Kim is often dubbed "the iron lady" at the harbour.', None),
    ],
    ids=[
        "participle-after-object",
        "second-verb-after-and",
        "describes-as",
        "statement-describing",
        "participle-own-subject",
        "after-an-opening-phrase",
        "progressive",
        "a-letter-from-another",
        "relative-clause-between",
        "passive",
        "passive-with-adverb",
    ],
)
def test_a_phrase_judged_by_a_participle_or_a_second_verb_is_the_sentence_subject_s(
    paragraph: str, speaker: str | None
) -> None:
    ((_, found),) = direct("Tom Reyes and Rosa Kim sit on the council.", paragraph)
    assert found == speaker


def test_a_body_calling_on_someone_to_do_something_gives_its_own_words() -> None:
    assert direct(
        "Hull Ferries Ltd. raised its fares.",
        'Last week the company also called on the council to order an "urgent review" of the '
        "harbour sale.",
    ) == [("urgent review", "Hull Ferries Ltd")]


def test_a_place_shaped_like_a_name_never_speaks() -> None:
    assert direct(
        "Tom Reyes toured the state on Monday.",
        "Speaking at a town hall in Salem, New Hampshire, Reyes went after his rival, calling "
        'the plan "a total failure."',
    ) == [("a total failure", "Tom Reyes")]


def test_someone_named_since_the_last_quote_stops_it_running_on_in_the_next_sentence() -> None:
    assert direct(
        "Tom Reyes and Rosa Kim sit on the council.",
        'Early on, Tom Reyes attacked Rosa Kim, calling her "a tourist." Rosa Kim fired back '
        'in March, attacking him for "the greed and the theatrics" of his campaign.',
    ) == [("a tourist", "Tom Reyes"), ("the greed and the theatrics", None)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'A Bellridge spokeswoman, Anita Kerr, called that claim "simply false" and said '
            "the fees paid for real services.",
            "Anita Kerr",
        ),
        (
            'A harbour board spokesman, Qari Nasrullah Fazli, rejected the claim as "baseless '
            'propaganda."',
            "Nasrullah Fazli",
        ),
        (
            "Another pensioner, retired postman Arthur Bellamy, 79, of Blacon, told the "
            'Gazette: "He was ever so polite."',
            "Arthur Bellamy",
        ),
        (
            "In Sarkanai Payan, shopkeeper Gul Rahman, 52, said that most families had fled.",
            "Gul Rahman",
        ),
    ],
    ids=["role-then-name", "titled-name", "trade-before-the-name", "after-a-place"],
)
def test_a_name_set_after_a_role_is_the_one_speaking(paragraph: str, speaker: str) -> None:
    (found,) = {q.speaker for q in quotes(paragraph)}
    assert found == speaker


def test_a_pronoun_after_an_unnamed_described_speaker_is_theirs() -> None:
    assert direct(
        "The provincial police chief, Abdul Ghafar Sarwari, said nine fighters were killed.",
        "Residents described heavy gunfire. A shopkeeper in the district centre, who asked "
        'not to be named, said that fighters had gone house to house. "They took my '
        "neighbour's sons. Nobody knows where they are,\" he said.",
        "Gillian Thorne, prosecuting, told the court the roofer had lied.",
        "In a statement read to the court, the widow, who asked not to be named, said she no "
        'longer felt safe answering her door. "I used to think I was a good judge of people," '
        "she said.",
    ) == [
        (
            "They took my neighbour's sons. Nobody knows where they are",
            "A shopkeeper in the district centre",
        ),
        ("I used to think I was a good judge of people", "the widow"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Police held Mark Dale on Sunday, with prosecutors calling the attack "cold and vile."',
        'Tom Reyes cited an editorial in the Tribune branding the tax "a war on the poor."',
        'Tom Reyes was booed by protesters calling him "a liar and a coward."',
        'Tom Reyes quit after a report by the auditor describing his office as "chaotic."',
        'Tom Reyes faced the crowd, with one banner calling him "the minister for smoke."',
        'The bill passed, with opponents of Tom Reyes calling it "a giveaway."',
    ],
    ids=[
        "absolute",
        "another-s-writing",
        "by-agents",
        "a-report-by",
        "a-thing-judging",
        "opponents-of-a-name",
    ],
)
def test_a_participle_of_someone_the_sentence_does_not_name_gives_nobody(
    paragraph: str,
) -> None:
    # The participle is the prosecutors', the editorial's, the protesters': never the
    # sentence's subject, who is often the one judged.
    ((_, found),) = direct("Tom Reyes and Rosa Kim sit on the council.", paragraph)
    assert found is None


def test_a_clause_opened_by_while_after_the_words_is_no_tag() -> None:
    assert direct(
        "Ann Price and Joan Miles debated on Monday.",
        'Price called Miles "a relic of the past," while Miles said nothing at all.',
    ) == [("a relic of the past", "Ann Price")]


def test_a_verb_joined_by_and_has_the_sentence_s_subject_not_the_first_verb_s_object() -> None:
    assert direct(
        "Roy Tate sits on the council.",
        'Residents met Councilman Roy Tate on Monday and called his housing plan "a sellout '
        'to developers."',
    ) == [("a sellout to developers", "Residents")]


@pytest.mark.parametrize("opener", ["whereas", "while"])
def test_a_second_speaker_judging_in_a_clause_of_their_own_keeps_their_words(
    opener: str,
) -> None:
    assert direct(
        "Ann Crane and Ray Ford lead the party.",
        f'"It is a good deal for Britain," Ms. Crane said, {opener} her deputy, Ray Ford, '
        'called it "a capitulation".',
    ) == [("It is a good deal for Britain", "Ann Crane"), ("a capitulation", "Ray Ford")]


def test_a_judging_verb_before_another_subject_s_clause_gives_that_clause_nothing() -> None:
    # `the Post will brand you a liar and NBC will accuse you of “…”`: NBC's phrase.
    found = direct(
        "If you doubt it, the Washington Post will brand you a liar and NBC News will "
        'accuse you of engaging in a "freak out."',
    )
    assert [speaker for _, speaker in found] in ([], [None])


def test_a_relay_after_the_words_gives_them_to_the_one_quoted() -> None:
    extraction = extract(
        invented_article(
            "Rear Admiral Kazem Dehghani commands the Guards' navy.",
            '"The vessel was smuggling fuel," the agency quoted Dehghani as saying.',
        )
    )
    (quote,) = extraction.quotes
    assert (quote.speaker, quote.relayed_by, quote.speaker_evidence) == (
        "Kazem Dehghani",
        "the agency",
        SpeakerEvidence.RELAY,
    )


def test_state_before_a_broadcaster_is_no_verb_tagging_the_words() -> None:
    # `state broadcaster`, `state television`: the noun, so the relay's verb is `quoted`.
    extraction = extract(
        invented_article(
            '"The border will stay open," Malian state broadcaster ORTM quoted the '
            "transport minister, Awa Traoré, as saying.",
        )
    )
    (quote,) = extraction.quotes
    assert (quote.speaker, quote.speaker_evidence) == ("Awa Traoré", SpeakerEvidence.RELAY)


def test_a_role_another_s_role_governs_gives_the_name_after_it_no_role() -> None:
    # `Counsel assisting the coroner, X`, `an aide to the governor, X`: X assists, or aids;
    # the coroner and the governor are someone else.
    assert direct(
        "Counsel assisting the coroner, Mia Stroud, opened the inquest on Monday.",
        'The coroner thanked the family. "You will be heard," the coroner said.',
    ) == [("You will be heard", "the coroner")]
    assert direct(
        "An aide to the governor, Ron Baird, said the bill was dead.",
        '"It is not over," the governor said.',
    ) == [("It is not over", "the governor")]


def test_words_whose_speaker_the_next_sentence_gives_do_not_go_on() -> None:
    # `That was the response of Karl Berg`: the words may be Berg's, not the minister's.
    assert direct(
        'The minister said the bill would pass easily. "Over my dead body." That was the '
        "response of opposition leader Karl Berg.",
        'Joan Ames said the bill would pass easily. "Over my dead body." So said Karl Berg.',
    ) == [("Over my dead body.", None), ("Over my dead body.", None)]
    # Someone named after the words, disagreeing, does not take them.
    assert direct(
        'The mayor said she would push the measure through. "We will win." Her rival, Tom '
        "Reyes, disagreed."
    ) == [("We will win.", "The mayor")]


def test_a_subject_after_its_verb_may_open_on_a_possessive() -> None:
    said = quotes(
        "The teacher was arrested in May, said her sister, Nadia Rahimi.",
        "The charges will not stand, said his lawyer.",
    )
    assert [(q.text, q.speaker) for q in said] == [
        ("The teacher was arrested in May", "Nadia Rahimi"),
        ("The charges will not stand", "his lawyer"),
    ]


def test_a_known_surname_after_words_describing_its_holder_is_that_person() -> None:
    assert direct(
        "Dana Hale spoke in Ohio on Monday.",
        '"We will win," a defiant Hale said.',
        '"We never discussed it," warm-and-fuzzy Hale said.',
    ) == [("We will win", "Dana Hale"), ("We never discussed it", "Dana Hale")]
    # Not another of the name (`the younger Mr. Hale`), nor someone whose role the words
    # give (`a longtime adviser to Hale`).
    assert direct(
        "Dana Hale spoke in Ohio on Monday.",
        '"It is a movement," said the younger Mr. Hale, beside his sisters.',
        '"She does not know the new media," said a longtime adviser to Hale.',
    ) == [
        ("It is a movement", None),
        ("She does not know the new media", "a longtime adviser to Hale"),
    ]


def test_pressed_and_went_on_tag_a_quotation() -> None:
    assert direct(
        "Sean Hannity interviewed Dana Hale on Monday.",
        '"Would it be negotiable?" Hannity pressed. "Maybe for some people?"',
        '"You know, it happens, right?" Hale went on, as if she had not heard.',
    ) == [
        ("Would it be negotiable?", "Sean Hannity"),
        ("Maybe for some people?", "Sean Hannity"),
        ("You know, it happens, right?", "Dana Hale"),
    ]


def test_a_quotation_after_words_telling_of_another_s_message_is_no_one_s_sure() -> None:
    # The words may be what the daughter sent: neither the teller's nor the paragraph's.
    assert direct(
        'Mr Okafor said his daughter texted him at noon. "Dad, the building is on fire."'
    ) == [("Dad, the building is on fire.", None)]


def test_a_surname_two_people_share_after_a_description_is_a_doubt() -> None:
    assert direct(
        "Senator Paula Hale and her husband, Doug Hale, voted early on Tuesday. "
        '"It felt good to finally cast a ballot," a smiling Hale said.'
    ) == [("It felt good to finally cast a ballot", None)]


def test_she_or_he_never_means_a_body_whose_name_ends_in_forum_or_wire() -> None:
    assert direct(
        '"The road is closed," Dina Farrow told Valley Wire.',
        "A Valley Wire reporter saw smoke over the ridge on Sunday.",
        "The deal was drafted in Nairobi by Rosa Kim, a former judge. She said that both sides "
        'had "a duty to hold".',
    ) == [("The road is closed", "Dina Farrow"), ("a duty to hold", "Rosa Kim")]
    assert direct(
        "The Delta Policy Forum, an independent research body, estimated that 40 wells had "
        "dried up.",
        '"We have no more time," she said.',
    ) == [("We have no more time", None)]


def test_letters_after_a_name_are_no_part_of_it() -> None:
    assert direct(
        'The party\'s housing spokeswoman, Carys Bevan MP, said the plan had "failed".',
        '"It is a scandal," Ms Bevan told the crowd.',
    ) == [("failed", "Carys Bevan"), ("It is a scandal", "Carys Bevan")]


def test_a_body_whose_name_opens_on_a_point_of_the_compass_keeps_its_whole_name() -> None:
    [said] = [q for q in quotes("Northern Ridge Railways said 30 trains were cancelled.")]
    assert said.speaker == "Northern Ridge Railways"


def test_someone_answering_yes_after_a_question_did_not_ask_it() -> None:
    assert direct(
        "Judge Ann Pell said little. Her one question, to Mr. Ruiz, was blunt: "
        '"Would you sign it again?" Ruiz said yes.'
    ) == [("Would you sign it again?", None)]


def test_the_subject_after_with_speaks_the_participle_s_words() -> None:
    assert direct(
        'The vote passed, with Sen. Jo Park saying that it was "a disgrace".',
        "The council seemed split, with one member warning that the scheme would leave "
        '"every tenant exposed".',
    ) == [("a disgrace", "Jo Park"), ("every tenant exposed", "one member")]


def test_she_after_someone_told_her_something_is_no_one_sure() -> None:
    assert direct(
        "She joined the foreign service in 1971. At her first post, the ambassador told her "
        'that she would "type and do little else".',
        '"He meant no harm, by his lights," she says now.',
    ) == [
        ("type and do little else", "the ambassador"),
        ("He meant no harm, by his lights", None),
    ]


def test_a_name_set_after_a_role_in_an_opening_phrase_is_not_the_subject() -> None:
    [said] = direct(
        "The Lakeside Transport Authority (LTA) announced the closures on Monday.",
        "In a statement signed by its commissioner for roads, Peter Umeh, the authority said "
        'the repairs had been "carefully planned".',
    )
    assert said[1] in ("Lakeside Transport Authority", "the authority")


def test_a_lone_name_after_an_opening_phrase_stops_a_pronoun_reaching_further_back() -> None:
    assert direct(
        'Rosa Kim, the envoy, said talks would resume. "We are close," Ms. Kim said.',
        "The Delta Policy Forum put the cost at $2 billion.",
        "Back in the camp, Laleh has begun teaching her sisters. "
        '"If I cannot study, I will teach," she said.',
    ) == [("We are close", "Rosa Kim"), ("If I cannot study, I will teach", None)]


def test_a_pronoun_after_an_elder_who_spoke_never_reaches_back_to_an_official() -> None:
    [_, elder] = direct(
        'The district governor, Mawlawi Karim Zadran, said the wells were "a gift of God".',
        "An elder in the next village, who asked not to be named, denied that any wells had "
        'been dug. "They took photographs and left," he said.',
    )
    assert elder[1] in (None, "An elder in the next village")


def test_a_body_named_after_its_kind_is_that_body() -> None:
    # `the aid group Oxfam`: the kind of body, then its name; not the name in a complement.
    assert direct(
        'The aid group Harambee said the camp was "overwhelmed" by new arrivals.',
        '"The facts have not changed," a spokesman for committee Democrats said.',
    ) == [
        ("overwhelmed", "Harambee"),
        ("The facts have not changed", "a spokesman for committee Democrats"),
    ]


def test_a_demonstrative_before_a_reporting_noun_keeps_it_a_noun() -> None:
    assert direct(
        "Denise Carrow spoke first.",
        'Carrow dismissed that estimate as "a number pulled out of thin air."',
    ) == [("a number pulled out of thin air", "Denise Carrow")]


def test_according_to_after_a_clause_credits_the_clause_not_the_name_after_it() -> None:
    found = quotes(
        "Pulling the books could cost the district up to $250,000, according to a memo from "
        "the district's attorney, Jo Pak, that was shared with the board."
    )
    assert [q.text for q in found] == ["Pulling the books could cost the district up to $250,000"]


def test_a_pronoun_after_according_to_a_role_and_name_means_that_person() -> None:
    assert reported(
        "Hiring extra players added roughly $26,000 to the costs, according to the "
        "orchestra's executive director, Tom Brankovic. He said the union had covered "
        "$12,500 of that."
    ) == [
        ("Hiring extra players added roughly $26,000 to the costs", "Tom Brankovic"),
        ("the union had covered $12,500 of that", "Tom Brankovic"),
    ]


def test_whom_a_body_was_appointed_by_is_not_its_voice() -> None:
    assert reported(
        "A commission appointed by President Dana Whitlow estimated that the overhaul would "
        "add less than 1 percent to output."
    ) == [("the overhaul would add less than 1 percent to output", "A commission")]


def test_it_after_a_sentence_opening_on_a_named_body_is_that_body() -> None:
    found = quotes(
        "The Lakeside Water Company disputed the council's figures. In a statement, it said "
        "only 40 homes had lost supply. “Crews worked through the night,” the statement said.",
        "Crews cleared the roads by noon. It said 40 homes were still without power.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("only 40 homes had lost supply", "Lakeside Water Company"),
        ("Crews worked through the night", "Lakeside Water Company"),
        # after a sentence about something else, `it` is no one the text makes clear
        ("40 homes were still without power", None),
    ]


def test_a_role_written_in_full_ends_its_sentence_without_its_stop() -> None:
    assert direct(
        '"The numbers do not add up," said the treasurer.', '"We were not told," said Ombudsman.'
    ) == [("The numbers do not add up", "the treasurer"), ("We were not told", "Ombudsman")]


def test_whom_a_body_set_apart_is_headed_by_is_not_its_voice() -> None:
    assert reported(
        "The inquiry, headed by retired judge Mary Kline, said the hospital had failed its "
        "patients."
    ) == [("the hospital had failed its patients", None)]


def test_some_of_a_group_by_role_speak_as_written() -> None:
    assert direct('"There is no appetite to vote," one of the aides said.') == [
        ("There is no appetite to vote", "one of the aides")
    ]
    assert direct('"We are ready," one of them shouted.') == [("We are ready", None)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'The plan was backed by Tom Hale, who said it was "the only way" to save the port.',
            "Tom Hale",
        ),
        (
            "The books were flagged by a parents group, Families for Open Shelves, which says "
            'they hold "material unfit for minors."',
            "Families for Open Shelves",
        ),
        (
            "The group would hold 30 per cent of the market, according to Oliver Nash, an "
            'analyst at Bramwell Securities, who said regulators "will want disposals".',
            "Oliver Nash",
        ),
        ('Hale met voters in Ohio, who said the plan was "a disaster" for farmers.', None),
        (
            "Reid ordered a legal analysis, first reported by the Boston Globe, which concluded "
            'that there were "avenues open" to the party.',
            None,
        ),
        (
            'Will praised the speech in Orlando, Florida, which Will claims "affirmed the '
            'belief" of the party.',
            None,
        ),
    ],
    ids=[
        "who-after-a-name",
        "which-after-an-apposed-body",
        "who-after-a-description",
        "who-after-a-clause",
        "which-after-a-passive-s-agent",
        "which-as-object",
    ],
)
def test_a_relative_pronoun_speaks_for_the_phrase_it_follows(
    paragraph: str, speaker: str | None
) -> None:
    assert {who for _, who in direct(paragraph)} == {speaker}


def test_words_a_reporting_verb_s_that_opens_are_its_subject_s() -> None:
    assert direct(
        'But as Trump claimed on Tuesday that "General Petraeus got in trouble for far '
        'less," one of the former prosecutors said the two cases were quite different.'
    ) == [("General Petraeus got in trouble for far less", "Trump")]


def test_a_long_title_before_a_name_keeps_the_name() -> None:
    assert direct(
        "The fire had burned 22,400 acres, according to El Dorado County Fire Chief Ramon Estrada.",
        '"This fire was moving fast," Estrada said.',
    ) == [("This fire was moving fast", "Ramon Estrada")]


def test_words_naming_someone_by_first_name_are_not_theirs() -> None:
    assert direct(
        'Habiba Amanzai said exiles had wasted years. "We must sit with them," she said.',
        'When I repeated this to Nazimi, her face hardened. "Habiba is my friend, and she is '
        'wrong," she said.',
    ) == [
        ("We must sit with them", "Habiba Amanzai"),
        ("Habiba is my friend, and she is wrong", None),
    ]


def test_a_description_from_a_named_body_is_no_member_of_it() -> None:
    assert direct(
        '"She speaks to Europeans," a former colleague from the Wolesi Jirga told me.',
        '"Regulators will want disposals," said Niamh Doherty BL.',
    ) == [
        ("She speaks to Europeans", "a former colleague from the Wolesi Jirga"),
        ("Regulators will want disposals", "Niamh Doherty"),
    ]


def test_a_relative_of_the_one_just_quoted_is_the_one_of_their_family_named() -> None:
    assert direct(
        "Among those present were Sarah and Tom Whitlock, whose daughter died in 2019.",
        '"We were told it was one of those things," Sarah Whitlock said.',
        'Her husband added: "Everyone who knew should ask how they sleep at night."',
    ) == [
        ("We were told it was one of those things", "Sarah Whitlock"),
        ("Everyone who knew should ask how they sleep at night.", "Tom Whitlock"),
    ]


def test_a_first_name_a_role_presents_is_a_person() -> None:
    found = quotes(
        'A few streets away, salon owner Nilofar said she had taken a loan. "Now I cannot pay '
        'it back," she said.',
        "Thandar, a schoolteacher who lost her mother, said no officials had come. "
        '"We buried them ourselves," she said.',
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("she had taken a loan", "Nilofar"),
        ("Now I cannot pay it back", "Nilofar"),
        ("no officials had come", "Thandar"),
        ("We buried them ourselves", "Thandar"),
    ]


def test_a_passive_s_agent_is_someone_a_pronoun_after_may_mean() -> None:
    ((_, first), (_, second)) = direct(
        'State media quoted Kyaw Min as saying the reports were "exaggerated by enemies."',
        "The claim was contradicted by a rescue coordinator, who asked not to be named. "
        '"We went to four villages where no one had come," he said.',
    )
    assert (first, second) == ("Kyaw Min", "a rescue coordinator")


def test_a_company_s_name_is_no_person_s() -> None:
    assert direct(
        "Counsel for the owner, Hallan Taverns Ltd, Eoin Carberry SC, said his client had "
        'spent €85,000 on "acoustic screening" for the yard.'
    ) == [("acoustic screening", "Eoin Carberry")]


def test_a_source_s_initials_stay_in_its_name() -> None:
    ((_, speaker),) = [
        (q.text, q.speaker)
        for q in quotes(
            "The quake was followed by an aftershock, according to the U.S. Geological "
            "Survey. It was felt in Bangkok."
        )
    ]
    assert speaker == "U.S. Geological Survey"


def test_a_surname_of_two_words_finds_its_full_name() -> None:
    assert direct(
        "The case was heard by Judge Gráinne Mac Aodha on Monday.",
        'In her ruling, Judge Mac Aodha said the evidence was "consistent and credible".',
    ) == [("consistent and credible", "Gráinne Mac Aodha")]


def test_a_plea_in_court_reports_no_words() -> None:
    found = quotes(
        "Hale said others had been charged, such as Chief Petty Officer Lyle Wren, who "
        "pleaded guilty to mishandling classified documents."
    )
    assert [(q.text[:28], q.speaker) for q in found] == [("others had been charged, suc", "Hale")]


def test_a_sibling_of_the_last_speaker_stays_as_written() -> None:
    # `his brother`: whose brother the pronoun means is unsure, so no family name is given.
    assert direct(
        "Richard Olwen was on the flight, according to his brother Alastair Olwen.",
        'Alastair Olwen called him kind. "He was a new dad," his brother added.',
    ) == [("He was a new dad", "his brother")]


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_plural_apostrophe_stays_inside_a_body_s_name(apostrophe: str) -> None:
    union = f"The Independent Dockers{apostrophe} Association"
    said = quotes(
        f"{union}, which represents crews at both ports, branded the offer “worthless” and"
        " said it would seek binding guarantees."
    )
    assert [(q.text, q.speaker) for q in said] == [
        ("worthless", union),
        ("it would seek binding guarantees", union),
    ]


def test_a_first_name_alone_brings_its_one_bearer_into_view() -> None:
    assert direct(
        "Her son, Farid Sultani, now 29, insisted they leave. Peter Lang, the charity's"
        " treasurer, said he had checked the accounts.",
        "Farid thinks his mother will never settle here. “Her heart is in Herat,” he says.",
    )[-1] == ("Her heart is in Herat", "Farid Sultani")


def test_the_statement_speaks_for_whoever_put_it_out() -> None:
    assert direct(
        "The port authority said in a statement that the crane had been inspected in May.",
        "Dockers disputed that. “Safety is our first duty,” the statement said.",
    )[-1] == ("Safety is our first duty", "The port authority")


def test_the_letter_is_nobody_s_when_no_one_was_said_to_write_one() -> None:
    assert direct(
        "The port authority said the crane had been inspected in May.",
        "“Safety is our first duty,” the letter said.",
    )[-1] == ("Safety is our first duty", "the letter")


def test_a_paper_named_the_post_is_no_document() -> None:
    assert direct(
        "Jo Park said at a Post-sponsored conference that the firm was doing well.",
        "“We are comfortable with our approach,” The Post reported.",
    )[-1] == ("We are comfortable with our approach", "The Post")


def test_a_first_name_that_is_also_a_country_brings_no_one_into_view() -> None:
    assert direct(
        "Jordan Haddad, who runs a bakery in Amman, said flour prices had doubled.",
        "Samir Aziz, 52, fled Homs in 2013. Jordan has hosted him ever since. “I have"
        " nowhere else to go,” he said.",
    )[-1] == ("I have nowhere else to go", "Samir Aziz")


@pytest.mark.parametrize(
    "before",
    [
        "In response to a statement from the Defence Ministry, Tom Hale said the figures"
        " were invented.",
        "The company said in a statement that its offer was fair. Union officials said in"
        " a statement that the offer was an insult.",
    ],
)
def test_the_statement_of_someone_answered_or_of_two_authors_is_nobody_s(before: str) -> None:
    assert direct(before, "“We made our best offer,” the statement said.")[-1] == (
        "We made our best offer",
        "the statement",
    )


def test_words_after_a_quotation_s_tag_are_no_reported_speech() -> None:
    # `said Monday in Cheyenne, according to …` tags the quotation; it claims nothing.
    found = quotes(
        "“The tests are just too much,” Jo Park said Monday in Cheyenne, according to audio"
        " provided by a local radio station."
    )
    assert [(q.text, q.type) for q in found] == [("The tests are just too much", QuoteType.DIRECT)]


def test_a_mixed_case_dateline_and_a_participle_of_numbers_are_no_subject() -> None:
    # `the town's police chief` stays as written (another town may be in view), never
    # the state senator who represents the town the dateline names.
    found = quotes(
        "Carver Falls, Ohio (Newsline) — Two days after a gunman opened fire at a mall, "
        "killing two people and wounding four others, the town's police chief on Thursday "
        'defended his officers, saying they arrived "within three minutes".',
        '"They ran toward the danger," Police Chief Dwayne Porter said.',
        "State Sen. Megan Lowry, a Democrat who represents Carver Falls, said she would "
        "attend the vigil.",
    )
    assert [(q.text, q.speaker) for q in found if q.paragraph == 1] == [
        ('they arrived "within three minutes"', "the town's police chief"),
        ("within three minutes", "the town's police chief"),
    ]


def test_the_name_someone_gave_the_reporter_is_the_speaker() -> None:
    assert direct(
        "Farmers are wary. His neighbour, who gives his name only as Tukaram, puts it "
        'bluntly: "Help comes after the harvest."',
        "A representative of the firm, who gave his name only as Mr. Liang, said it was "
        '"fully committed".',
    ) == [("Help comes after the harvest.", "Tukaram"), ("fully committed", "Mr. Liang")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'A man who identified himself as Omar Haddad said police "just stood there."',
            "Omar Haddad",
        ),
        ('A woman who gave her name as Maria said the water "came up in minutes."', "Maria"),
        (
            '"I saw the car hit him," said a witness who identified himself as Carlos Mendez, 33.',
            "Carlos Mendez",
        ),
    ],
    ids=["identified-as-full-name", "gave-name-as", "after-a-tag"],
)
def test_someone_described_by_the_name_they_gave_speaks_by_it(paragraph: str, speaker: str) -> None:
    assert {found for _, found in direct(paragraph)} == {speaker}


def test_a_surname_that_ends_company_names_elsewhere_is_still_the_person_s() -> None:
    assert direct(
        "Union leader Mark Steel called the offer an insult.",
        '"We will strike if we have to," Steel said.',
    ) == [("We will strike if we have to", "Mark Steel")]


def test_the_name_someone_gave_after_an_inverted_tag_is_the_speaker() -> None:
    assert direct(
        '"Nobody buys fish at these prices," said a stallholder who gave his name only as '
        'Farid. "Why stay open?"'
    ) == [("Nobody buys fish at these prices", "Farid"), ("Why stay open?", "Farid")]


def test_someone_a_clause_without_commas_describes_is_the_speaker() -> None:
    assert reported(
        "A fishmonger who has traded on the quay since the 1990s said sales had halved since "
        "the spring.",
        "Officials who declined to be named said the quay would close in May.",
    ) == [
        ("sales had halved since the spring", "A fishmonger"),
        ("the quay would close in May", "Officials"),
    ]


def test_a_pronoun_after_someone_described_so_is_theirs_not_a_name_before() -> None:
    assert direct(
        '"Nobody buys," said Karim Dastan, who sells phones.',
        "A carpet dealer who has worked in the bazaar for forty years said trade had fallen "
        'by half. "The tourists do not come," he said.',
    ) == [("Nobody buys", "Karim Dastan"), ("The tourists do not come", "A carpet dealer")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The clause's own verb reports: where the clause ends, the sentence goes on.
        "A surgeon who repeatedly warned that wards were unsafe was told by managers to "
        "\u201cstop making a fuss\u201d.",
        # Two clauses: whose `who` the verb follows is not the first's.
        "A clerk who forged 300 ballots was jailed by a judge who said he had "
        "\u201cbetrayed every voter\u201d.",
        # A place before `who` is nobody.
        "Voters in Carver, Ohio who were voting early complained when they \u201ccould not "
        "find the names\u201d.",
    ],
    ids=["clause-own-verb", "two-clauses", "place"],
)
def test_a_clause_without_commas_gives_no_speaker_where_its_end_is_unclear(
    paragraph: str,
) -> None:
    assert [speaker for _, speaker in direct(paragraph)] == [None]


def test_a_name_given_in_a_clause_that_may_be_of_another_is_not_the_speaker() -> None:
    assert reported(
        "Relatives of a teenager, who gave his name only as Bilal, said he had been held.",
        "A lawyer for one of the detainees, who gave his name only as Karim, said the men "
        "were beaten.",
    ) == [
        ("he had been held", "Relatives of a teenager"),
        ("the men were beaten", "A lawyer for one of the detainees"),
    ]


def test_an_office_written_by_its_initials_is_no_body_with_them() -> None:
    assert direct(
        "The Downtown Alliance backed the plan. District Attorney Ramon Estrella said the "
        'deal took months. "This is about safety," the DA said.',
        'Andrés Manuel Ortega Lira (AMOL) spoke first. "The people will not pay," he said.',
    ) == [
        ("This is about safety", "the DA"),
        ("The people will not pay", "Andrés Manuel Ortega Lira"),
    ]


def test_a_person_and_a_body_joined_by_and_are_not_one_body() -> None:
    assert direct(
        "Residents have urged Mayor Tom Haldane and Westfield Council to reopen the library.",
        '"We have no money left for it," the council said.',
    ) == [("We have no money left for it", "Westfield Council")]


def test_a_lower_case_role_said_of_a_person_still_names_them() -> None:
    assert direct(
        'Edna Morrow, a 71-year-old retiree, waited for hours. "It was cold," the retiree said.'
    ) == [("It was cold", "Edna Morrow")]


def test_a_place_a_role_ends_on_is_not_that_role_s_holder() -> None:
    found = quotes(
        "State Sen. Megan Lowry, a Democrat who represents Carver Falls, said she would "
        "attend the vigil.",
        "Carver Falls said it would pay for the vigil.",
    )
    assert [q.speaker for q in found] == ["Megan Lowry", "Carver Falls"]


def test_a_dateline_s_place_is_no_one_a_pronoun_may_mean() -> None:
    assert direct(
        "MADISON, Wis. — Gov. Dana Whitcomb on Wednesday vetoed the budget, rejecting a tax "
        "cut that she said would “hollow out” the state’s schools.",
    ) == [("hollow out", "Dana Whitcomb")]


def test_a_subject_after_a_dateline_is_whom_the_next_pronoun_means() -> None:
    assert direct(
        "SUFFOLK — Margaret Lyle keeps the medal in a drawer of the kitchen dresser. It is "
        "an ordinary medal, and with it, in Oslo in 1997, five governments were thanked.",
        "“People expect it to be in a glass case,” she says. “It is a medal.”",
    ) == [
        ("People expect it to be in a glass case", "Margaret Lyle"),
        ("It is a medal.", "Margaret Lyle"),
    ]
