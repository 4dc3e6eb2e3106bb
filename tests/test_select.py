"""Choosing what goes in the brief: ledes, limits, ranking and repeated quotes."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest

from briefing.model import (
    Article,
    ArticleKind,
    Citation,
    Extraction,
    Figure,
    Paragraph,
    Quote,
    QuoteType,
    SpeakerEvidence,
)
from briefing.select import SelectOptions, lede_of, select


def article(*texts: str, title: str | None = "A Headline") -> Article:
    paragraphs = tuple(Paragraph(number, text) for number, text in enumerate(texts, start=1))
    digest = hashlib.sha256("\n\n".join(texts).encode()).hexdigest()
    return Article(source="a.txt", title=title, paragraphs=paragraphs, sha256=digest)


def quote(
    text: str, paragraph: int, speaker: str | None = "Ana Ruiz", direct: bool = True
) -> Quote:
    kind = QuoteType.DIRECT if direct else QuoteType.INDIRECT
    return Quote(text=text, speaker=speaker, type=kind, paragraph=paragraph)


def options(**values: object) -> SelectOptions:
    return SelectOptions(title="T", date=date(2025, 1, 1), **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("paragraphs", "lede"),
    [
        (
            ("A Headline", "Short opening. It goes on with a second sentence here. And a third."),
            "Short opening. It goes on with a second sentence here.",
        ),
        (
            (
                "A Headline",
                "By staff",
                "The council met on Monday to approve a budget that " * 3 + "end.",
            ),
            ("The council met on Monday to approve a budget that " * 3 + "end."),
        ),
        (
            (
                "A Headline",
                "Dr. Lee Chan said the water supply in the eastern district was cut on "
                "Monday after a pipe burst near the old market, leaving thousands without water. "
                "Repairs are expected to take a week.",
            ),
            "Dr. Lee Chan said the water supply in the eastern district was cut on Monday after "
            "a pipe burst near the old market, leaving thousands without water.",
        ),
    ],
    ids=["two-short-sentences", "skips-a-short-standfirst", "abbreviation-not-a-sentence-end"],
)
def test_lede_is_the_opening_one_or_two_sentences_verbatim(
    paragraphs: tuple[str, ...], lede: str
) -> None:
    text, number = lede_of(article(*paragraphs))
    assert text == lede
    assert text in article(*paragraphs).paragraph(number).text


def test_limits_ranking_and_order() -> None:
    source = article("A Headline", "p2", "p3", "p4", "p5")
    quotes = (
        quote("an unattributed remark that is long enough to matter here", 2, speaker=None),
        quote("the plan will cost the city dearly over the next ten years", 3),
        quote("we will not give up", 5),
        quote("officials said the roads were closed", 4, direct=False),
    )
    extraction = Extraction(source, ArticleKind.NEWS, quotes, ())
    (section,) = select([extraction], options(max_quotes=2)).sections
    chosen = [item.quote for item in section.quotes]
    assert len(chosen) == 2
    assert all(q.speaker for q in chosen)  # an unattributed quote never beats attributed ones
    assert [q.paragraph for q in chosen] == sorted(q.paragraph for q in chosen)


def test_figure_limit_prefers_claimed_quantities_over_dates() -> None:
    source = article("A Headline", "p2", "p3")
    figures = (
        Figure("May 2023", 202305, "year-month", "when it met", None, 2),
        Figure("316 cases", 316, "cases", "cholera cases", "the health office", 3),
    )
    extraction = Extraction(source, ArticleKind.NEWS, (), figures)
    (section,) = select([extraction], options(max_figures=1)).sections
    assert [item.figure.text for item in section.figures] == ["316 cases"]


def test_a_quote_reported_by_two_articles_appears_once_citing_both() -> None:
    words = "every family deserves a safe home before winter comes"
    first = Extraction(article("A", "x", words), ArticleKind.NEWS, (quote(words, 3),), ())
    second_text = f"She said: “{words.capitalize()}.”"
    second = Extraction(
        article("B", second_text),
        ArticleKind.NEWS,
        (quote(words.capitalize() + ".", 2),),
        (),
    )
    brief = select([first, second], options())
    assert [len(s.quotes) for s in brief.sections] == [1, 0]
    assert brief.sections[0].quotes[0].citations == (Citation(1, 3), Citation(2, 2))


def test_a_quote_the_lede_already_shows_is_not_repeated() -> None:
    opening = "Aid workers say more than 4,000 people still lack clean water after the floods."
    said = quote("more than 4,000 people still lack clean water after the floods", 2, direct=False)
    other = quote("the convoys must be let through", 3)
    source = article("A Headline", opening, "The mayor said the convoys must be let through.")
    (section,) = select(
        [Extraction(source, ArticleKind.NEWS, (said, other), ())], options()
    ).sections
    assert section.lede == opening
    assert [item.quote for item in section.quotes] == [other]


def test_near_repeats_vague_figures_and_restated_numbers_are_left_out() -> None:
    source = article("A Headline", "p2", "p3", "p4", "p5", "p6")
    quotes = (
        quote("Any deal made without the people is illegitimate and unacceptable", 3),
        quote("Any deal made here without the people is illegitimate", 5),
        quote("the talks should move to a neutral city next spring", 6),
    )
    figures = (
        Figure("20 months", 20, "months", "fighting", None, 2),
        Figure("20 months", 20, "months", "struggle", "Ana Ruiz", 3),
        Figure("a week ago", 1, "weeks", "time since the vote", None, 6),
    )
    extraction = Extraction(source, ArticleKind.INTERVIEW, quotes, figures)
    (section,) = select([extraction], options()).sections
    assert [item.quote.paragraph for item in section.quotes] == [3, 6]
    # The claimed statement of the number beats the interviewer's, and `a week ago` is noise.
    assert [(f.figure.paragraph, f.figure.claimed_by) for f in section.figures] == [(3, "Ana Ruiz")]


def test_the_article_principal_voice_is_preferred_over_a_passing_one() -> None:
    source = article("A Headline", "p2", "p3", "p4")
    quotes = (
        quote("we will hold the line on every front this winter", 2, speaker="Sam Ode"),
        quote("the aid must reach the valley before the snow", 3),
        quote("the roads are open again and the trucks are moving", 4),
    )
    extraction = Extraction(source, ArticleKind.INTERVIEW, quotes, ())
    (section,) = select([extraction], options(max_quotes=2)).sections
    assert [item.quote.speaker for item in section.quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_an_interviewer_introducing_the_piece_is_not_the_lede() -> None:
    source = article(
        "A Headline",
        "In a long conversation in her office, I asked the mayor about the floods, the "
        "rebuilding and what comes next for the valley.",
        "Photo: the mayor |",
        "Mayor Ana Ruiz said the city will rebuild the two bridges the floods swept away "
        "before winter, and that the army will help clear the roads.",
    )
    text, number = lede_of(source, ArticleKind.INTERVIEW)
    assert number == 4
    assert text.startswith("Mayor Ana Ruiz said")
    # A writer's `I` inside a quotation is someone else speaking; an opinion piece's is the piece.
    quoted = article(
        "A Headline", "“I will not resign,” the minister told parliament on a tense day."
    )
    assert lede_of(quoted, ArticleKind.NEWS)[1] == 2
    assert lede_of(source, ArticleKind.OPINION)[1] == 2


def test_the_article_only_direct_quote_beats_one_more_paraphrase() -> None:
    source = article("A Headline", *(f"p{n}" for n in range(2, 10)))
    said = (
        "the council must fund the new dams before the spring floods arrive",
        "farmers along the river deserve compensation for the ruined harvest",
        "schools closed by the water should reopen in temporary buildings",
        "the army ought to keep its engineers in the valley all winter",
        "insurers have been slow and must pay out what they owe families",
    )
    paraphrases = tuple(quote(text, n, direct=False) for n, text in enumerate(said, start=2))
    own_words = quote("far worse", 8)
    extraction = Extraction(source, ArticleKind.NEWS, (*paraphrases, own_words), ())
    (section,) = select([extraction], options()).sections
    chosen = [item.quote for item in section.quotes]
    assert len(chosen) == 4
    assert own_words in chosen


def test_figures_are_spread_over_sentences_and_dates_are_not_figures() -> None:
    crowded = "Rebels said they made 27 attacks in 10 provinces, killing 42 and wounding 37."
    source = article(
        "A Headline",
        "The river rose again overnight and the valley towns are bracing for more rain this week.",
        crowded,
        "Aid groups counted 316 cholera cases. The vote was held 22 years ago, on May 4, 2023.",
        "The council will spend $40 million on the dams.",
        "It met for a week.",
    )
    figures = (
        Figure("27 attacks", 27, "attacks", "attacks", "Rebels", 3),
        Figure("10 provinces", 10, "provinces", "provinces", "Rebels", 3),
        Figure("42", 42, "people", "killed", "Rebels", 3),
        Figure("37", 37, "people", "wounded", "Rebels", 3),
        Figure("316 cholera cases", 316, "cases", "cholera cases", None, 4),
        Figure("22 years ago", 22, "years", "since the vote", None, 4),
        Figure("May 4, 2023", 20230504, "date", "the vote", None, 4),
        Figure("$40 million", 40e6, "USD", "council spending on the dams", None, 5),
        Figure("a week", 1, "weeks", "meeting", None, 6),
    )
    extraction = Extraction(source, ArticleKind.NEWS, (), figures)
    (section,) = select([extraction], options()).sections
    shown = [item.figure.text for item in section.figures]
    assert len(shown) == 4
    assert sum(1 for text in shown if text in crowded) == 2
    assert {"316 cholera cases", "$40 million"} <= set(shown)


def test_a_span_beside_a_count_is_the_count_period_not_a_figure() -> None:
    source = article(
        "A Headline",
        "The river rose again overnight and the valley towns are bracing for more rain this week.",
        "The ministry says it trained 25,000 teachers over the past four years.",
        "Repairs will take 20 months, the engineer said.",
    )
    figures = (
        Figure("25,000 teachers", 25000, "people", "teachers trained", "the ministry", 3),
        Figure("four years", 4, "years", "training period", "the ministry", 3),
        Figure("20 months", 20, "months", "time repairs take", "the engineer", 4),
    )
    extraction = Extraction(source, ArticleKind.NEWS, (), figures)
    (section,) = select([extraction], options()).sections
    assert [item.figure.text for item in section.figures] == ["25,000 teachers", "20 months"]


def test_a_paraphrase_repeating_a_listed_figure_gives_way_but_own_words_stay() -> None:
    source = article(
        "A Headline",
        "The river rose again overnight and the valley towns are bracing for more rain this week.",
        "Ruiz said the city had received about $3 million a year from the state.",
        "“We have spent 12 weeks of work and $2 million on the bridge alone,” Ruiz said.",
        "She said the river must be dredged before the rains come back in spring.",
    )
    paraphrase = quote(
        "the city had received about $3 million a year from the state", 3, direct=False
    )
    own_words = quote("We have spent 12 weeks of work and $2 million on the bridge alone", 4)
    other = quote("the river must be dredged before the rains come back in spring", 5, direct=False)
    figures = (
        Figure("about $3 million a year", 3e6, "USD", "state money", "Ana Ruiz", 3),
        Figure("$2 million", 2e6, "USD", "spending on the bridge", "Ana Ruiz", 4),
    )
    extraction = Extraction(source, ArticleKind.NEWS, (paraphrase, own_words, other), figures)
    (section,) = select([extraction], options()).sections
    assert [item.quote for item in section.quotes] == [own_words, other]
    assert len(section.figures) == 2


def test_a_quoted_subhead_and_a_pull_quote_give_way_to_the_attributed_words() -> None:
    body = "Any deal made without the valley's people is illegitimate and unacceptable"
    source = article(
        "A Headline",
        "The river rose again overnight and the valley towns are bracing for more rain this week.",
        "“Refugees Feel Safer Abroad Than at Home”",
        f"“{body}.”",
        "Asked about the talks, Ruiz said: “" + body + " to us.”",
        "Refugees, she said, feel safer abroad than in their own homes these days.",
    )
    subhead = quote("Refugees Feel Safer Abroad Than at Home", 3)
    pull = replace(quote(f"{body}.", 4), speaker_evidence=SpeakerEvidence.INTERVIEW)
    attributed = replace(quote(f"{body} to us.", 5), speaker_evidence=SpeakerEvidence.NAMED)
    paraphrase = quote("feel safer abroad than in their own homes these days", 6, direct=False)
    quotes = (subhead, pull, attributed, paraphrase)
    extraction = Extraction(source, ArticleKind.INTERVIEW, quotes, ())
    (section,) = select([extraction], options()).sections
    assert [item.quote for item in section.quotes] == [attributed, paraphrase]


def test_a_quote_on_what_the_article_is_about_beats_an_aside() -> None:
    source = article(
        "A Headline",
        "The river rose again overnight and the valley towns are bracing for more rain this week.",
        "The dam on the northern river is cracking, engineers warned on Monday.",
        "Inspectors found the dam wall cracking in three places along the river.",
        "Ruiz said: “The weather has been lovely for picnics and family outings lately.”",
        "Ruiz said: “If the dam wall breaks, the river will flood the northern towns.”",
        "Evacuation plans for the northern towns below the dam are being drawn up.",
    )
    aside = quote("The weather has been lovely for picnics and family outings lately.", 5)
    central = quote("If the dam wall breaks, the river will flood the northern towns.", 6)
    extraction = Extraction(source, ArticleKind.INTERVIEW, (aside, central), ())
    (section,) = select([extraction], options(max_quotes=1)).sections
    assert [item.quote for item in section.quotes] == [central]


def test_a_paraphrase_saying_more_than_its_figure_stays() -> None:
    source = article(
        "A Headline",
        "The river rose again overnight and the valley towns are bracing for more rain.",
        "Berg said the union would return to talks in spring if the port hired "
        "400 additional crane operators it had promised.",
    )
    said = quote(
        "the union would return to talks in spring if the port hired 400 additional "
        "crane operators it had promised",
        3,
        direct=False,
    )
    figure = Figure(
        "400 additional crane operators", 400, "people", "additional crane operators", "Berg", 3
    )
    (section,) = select(
        [Extraction(source, ArticleKind.NEWS, (said,), (figure,))], options()
    ).sections
    assert [item.quote for item in section.quotes] == [said]
    assert len(section.figures) == 1


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Interview with Ahmad Massoud: 'We Are Present Everywhere",
            "Interview with Ahmad Massoud: 'We Are Present Everywhere'",
        ),
        ("Massoud: “We Stand With You", "Massoud: “We Stand With You”"),
        ("Massoud: «Nous résistons", "Massoud: «Nous résistons»"),
        ("The Taliban's Demands for Ransom", "The Taliban's Demands for Ransom"),
        ("Leaders' Summit Ends: 'No Deal'", "Leaders' Summit Ends: 'No Deal'"),
    ],
)
def test_a_headline_that_opens_a_quotation_is_shown_closed(title: str, headline: str) -> None:
    source = article(title, "The story itself, told in a sentence.", title=title)
    (section,) = select([Extraction(source, ArticleKind.NEWS, (), ())], options()).sections
    assert section.headline == headline
    assert section.article.title == title  # the article's own title stays as it was
