"""Articles from blocks: headline, dateline, paragraph numbers, furniture set aside."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from conftest import write

from briefing.errors import InputError, InputErrors
from briefing.sources.articles import build_article, check_article_count
from briefing.sources.files import read_articles
from briefing.sources.metadata import Metadata

PAGE_DUMP = """Ministers Meet Over Grain Corridor

Friday, 03/14/2025

Ministers from four countries met on Thursday to discuss reopening the grain corridor.

“We are close,” the trade minister said.

![]() |

Officials at the port wait for news |

The talks resume next week.

Jane Roe is a journalist covering trade and shipping for the paper.

Another Story Worth Reading Today

Ports Brace for a Busy Winter Season

3 Comments

Leave a Reply
"""


def test_plain_text_headline_dateline_and_paragraph_numbers(tmp_path: Path) -> None:
    article = read_articles([write(tmp_path / "page.txt", PAGE_DUMP)]).articles[0]

    assert article.title == "Ministers Meet Over Grain Corridor"
    assert article.published == date(2025, 3, 14)
    # Numbers count the source's blocks, headline included, so gaps show removed lines.
    assert [(p.number, p.text[:12]) for p in article.paragraphs] == [
        (1, "Ministers Me"),
        (3, "Ministers fr"),
        (4, "“We are clos"),
        (7, "The talks re"),
    ]


def test_page_furniture_is_removed_by_shape(tmp_path: Path) -> None:
    article = read_articles([write(tmp_path / "page.txt", PAGE_DUMP)]).articles[0]

    removed = {p.text for p in article.furniture}
    assert {
        "![]() |",
        "Officials at the port wait for news |",
        "Jane Roe is a journalist covering trade and shipping for the paper.",
        "Another Story Worth Reading Today",
        "Ports Brace for a Busy Winter Season",
        "3 Comments",
        "Leave a Reply",
    } <= removed
    kept = " ".join(p.text for p in article.paragraphs)
    assert "Comments" not in kept and "journalist" not in kept


def test_body_paragraph_first_line_is_not_taken_for_a_headline(tmp_path: Path) -> None:
    text = "In a long opening sentence the reporter sets out what happened at the port today.\n"
    assert read_articles([write(tmp_path / "a.txt", text + "More.\n")]).articles[0].title is None


def test_sha256_is_of_the_cleaned_text(tmp_path: Path) -> None:
    article = read_articles([write(tmp_path / "page.txt", PAGE_DUMP)]).articles[0]
    cleaned = "\n\n".join(p.text for p in article.paragraphs)
    assert article.sha256 == hashlib.sha256(cleaned.encode()).hexdigest()


def test_more_articles_than_the_limit_are_refused_with_the_option_to_raise_it() -> None:
    check_article_count(3, 3)
    with pytest.raises(
        InputError, match=r"4 articles were given, over the limit of 3 .*--max-articles"
    ):
        check_article_count(4, 3)


def test_a_stated_title_leaves_the_first_block_as_text() -> None:
    blocks = ["Short First Line", "The harbour reopened on Monday."]
    article = build_article("a.txt", blocks, Metadata(title="Harbour Reopens"), True)
    assert article.title == "Harbour Reopens"
    assert [p.text for p in article.paragraphs] == blocks


def test_a_date_deep_in_the_text_does_not_date_the_article() -> None:
    blocks = ["Harbour Reopens", "One.", "Two.", "Three.", "March 14, 2025", "The end."]
    article = build_article("a.txt", blocks, Metadata(), True)
    assert article.published is None
    assert "March 14, 2025" in [p.text for p in article.paragraphs]


def test_a_byline_or_dateline_dates_the_article_and_a_caption_never_does() -> None:
    body = "The council met on Thursday to approve the budget for the coming year."
    byline = ["Harbour Reopens", "By Jane Roe | Published 14 March 2025, 09:00 GMT", body]
    article = build_article("a.txt", byline, Metadata(), True)
    assert article.published == date(2025, 3, 14)
    assert [p.text for p in article.paragraphs] == ["Harbour Reopens", body]

    opening = f"LISBON, March 14, 2025 (Reuters) — {body}"
    article = build_article("a.txt", ["Harbour Reopens", opening], Metadata(), True)
    assert article.published == date(2025, 3, 14)
    assert [p.text for p in article.paragraphs] == ["Harbour Reopens", opening]

    caption = ["Harbour Reopens", "Photo: the harbour at dawn, 14 March 2025", body]
    assert build_article("a.txt", caption, Metadata(), True).published is None


def test_a_paragraph_too_long_to_attribute_in_reasonable_time_is_refused(tmp_path: Path) -> None:
    # A page dump without line breaks: a few hundred thousand characters in one paragraph.
    sentence = 'The council met again, "We will decide soon," said Ana Ruiz. '
    path = write(tmp_path / "dump.txt", "A Headline\n\n" + sentence * 5_000)
    with pytest.raises(InputErrors) as refused:
        read_articles([path])
    (problem,) = refused.value.problems
    assert problem.reason == (
        "has a paragraph of 304,999 characters, over the 300,000 one paragraph may hold; "
        "separate its paragraphs with blank lines"
    )
    # The same text in paragraphs of ordinary length is read.
    path.write_text("A Headline\n\n" + "\n\n".join([sentence] * 5_000), encoding="utf-8")
    (article,) = read_articles([path]).articles
    assert [p.text for p in article.paragraphs].count(sentence.strip()) == 5_000
