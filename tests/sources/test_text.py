"""Plain text and Markdown articles: their paragraphs and their front matter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, write

from briefing.errors import InputError
from briefing.sources.files import read_articles
from briefing.sources.text import read_text


def test_one_line_per_paragraph_dump_and_hard_wrapped_text(tmp_path: Path) -> None:
    dump = read_articles(
        [write(tmp_path / "dump.txt", "Title Line\nFirst para.\nSecond para.\n")]
    ).articles[0]
    assert [p.text for p in dump.paragraphs] == ["Title Line", "First para.", "Second para."]

    wrapped_text = "Title Line\n\nA paragraph wrapped\nover two lines.\n\nAnother one.\n"
    wrapped = read_articles([write(tmp_path / "wrapped.txt", wrapped_text)]).articles[0]
    assert [p.text for p in wrapped.paragraphs][1] == "A paragraph wrapped over two lines."


def test_markdown_front_matter_gives_metadata() -> None:
    article = read_articles([EXAMPLES / "articles" / "council-budget-vote.md"]).articles[0]
    assert article.title == "Harbour City Council Approves Emergency Housing Budget"
    assert article.publisher == "The Harbour Ledger (sample)"
    assert article.author == "Sam Whitfield"
    assert article.published == date(2025, 11, 20)
    assert article.url == "https://example.org/harbour-ledger/council-housing-budget"
    # Markdown emphasis is removed from the text; the words stay.
    assert any("budget of $18 million," in p.text for p in article.paragraphs)


def test_markdown_headings_links_and_emphasis_leave_their_words() -> None:
    text = "## The Vote\n\nThe [council](https://example.org) voted **for** the _plan_.\n"
    blocks, _, headline_in_body, _ = read_text(text, "a.md", markdown=True)
    assert blocks == ["The Vote", "The council voted for the plan."]
    assert headline_in_body


def test_front_matter_states_the_title_so_the_first_block_is_text() -> None:
    text = "---\ntitle: The Vote\nauthor: Sam Roe\n---\nThe council voted.\n"
    blocks, metadata, headline_in_body, _ = read_text(text, "a.md", markdown=True)
    assert (blocks, metadata.title, metadata.author) == (
        ["The council voted."],
        "The Vote",
        "Sam Roe",
    )
    assert not headline_in_body


def test_front_matter_that_is_not_key_value_lines_is_refused() -> None:
    with pytest.raises(InputError, match="front matter must be YAML 'key: value' lines"):
        read_text("---\n- a list\n---\nBody.\n", "a.md", markdown=True)


def test_a_block_set_wholly_in_bold_is_marked_and_loses_its_stars() -> None:
    text = (
        "**Why did rents rise? Councils say otherwise.**\n\n"
        "Because **nobody** built homes.\n\n"
        "**Rents** rose and **wages** did not.\n\n"
        "__Who pays?__\n"
    )
    blocks, _, _, emphasised = read_text(text, "a.md", markdown=True)
    assert blocks == [
        "Why did rents rise? Councils say otherwise.",
        "Because nobody built homes.",
        "Rents rose and wages did not.",
        "Who pays?",
    ]
    assert emphasised == {0, 3}


def test_plain_text_marks_no_block_bold() -> None:
    _, _, _, emphasised = read_text("**Who pays?**\n\nThe council.\n", "a.txt", markdown=False)
    assert emphasised == frozenset()
