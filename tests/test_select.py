"""Choosing what goes in the brief: ledes, limits, ranking and repeated quotes."""

from __future__ import annotations

import hashlib
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
