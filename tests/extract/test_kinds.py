"""What kind of piece an article is, judged from its title, furniture and opening."""

from __future__ import annotations

from briefing.extract.kinds import article_kind
from briefing.model import Article, ArticleKind, Paragraph


def piece(title: str, *texts: str, furniture: tuple[str, ...] = ()) -> Article:
    return Article(
        source="a.txt",
        title=title,
        paragraphs=tuple(Paragraph(n, text) for n, text in enumerate(texts, start=1)),
        sha256="0" * 64,
        furniture=tuple(Paragraph(90 + n, text) for n, text in enumerate(furniture)),
    )


def test_a_plain_report_is_news() -> None:
    story = piece("Floods Hit the Valley", "Water rose overnight.", "Roads closed.")
    assert article_kind(story) is ArticleKind.NEWS


def test_an_opinion_title_or_disclaimer_makes_an_opinion_piece() -> None:
    assert article_kind(piece("Opinion: Fix the Dams", "We must act.")) is ArticleKind.OPINION
    disclaimer = "The views expressed are those of the author."
    disclaimed = piece("Fix the Dams", "We must act.", furniture=(disclaimer,))
    assert article_kind(disclaimed) is ArticleKind.OPINION


def test_an_interviewer_or_question_and_answer_lines_make_an_interview() -> None:
    asked = piece("The Mayor on Floods", "I asked the mayor what went wrong.", "She paused.")
    assert article_kind(asked) is ArticleKind.INTERVIEW
    lines = piece("The Mayor on Floods", "Q: What went wrong?", "A: The dam.", "Q: And now?")
    assert article_kind(lines) is ArticleKind.INTERVIEW


def test_a_report_of_an_address_is_a_speech_report() -> None:
    address = piece(
        "President Speaks on Water",
        "In a speech to parliament, the president promised new dams.",
        "The address lasted an hour.",
    )
    assert article_kind(address) is ArticleKind.SPEECH_REPORT


def test_an_interviewer_s_words_quoted_from_someone_else_make_no_interview() -> None:
    feature = piece(
        "The Wells Run Dry",
        '"My grandfather told me the wells would speak to us," says Abdul Karim, 67.',
        "Of the 140 families in the village, 50 remain.",
    )
    assert article_kind(feature) is ArticleKind.NEWS
