"""Figure tables as a reader sees them in the PDF: within the margins, never a lone row
at the foot of a page, the heading repeated on every page the table runs onto."""

from __future__ import annotations

import dataclasses
import io
from itertools import pairwise

import pdfplumber
import pytest
from briefs import brief_with, full_brief

from briefing.model import Brief, Citation, KeyFigure
from briefing.render.pdf.document import render_pdf

ROWS = 40


def long_table_brief(lede_words: int) -> Brief:
    """One section whose lede is ``lede_words`` long, then a table of ``ROWS`` figures."""
    brief = brief_with("We have trucks loaded with water.")
    (section,) = brief.sections
    template = section.figures[0].figure
    figures = tuple(
        KeyFigure(
            dataclasses.replace(
                template,
                text=f"{row} families",
                measures=f"row {row}: families still without clean water in the valley",
            ),
            (Citation(1, 2),),
        )
        for row in range(1, ROWS + 1)
    )
    lede = " ".join(["Aid is late."] * lede_words)
    return dataclasses.replace(
        brief, sections=(dataclasses.replace(section, lede=lede, figures=figures),)
    )


def table_pages(brief: Brief) -> list[tuple[list[str], float]]:
    """Per page: the rows' figures in order, and the heading's top (or -1)."""
    pages = []
    with pdfplumber.open(io.BytesIO(render_pdf(brief))) as document:
        for page in document.pages:
            words = page.extract_words()
            figures = [
                f"{word['text']} families"
                for word, following in pairwise(words)
                if word["text"].isdigit() and following["text"] == "families"
            ]
            heading = [w["top"] for w in words if w["text"] == "Claimed"]
            pages.append((figures, heading[0] if heading else -1.0))
    return pages


@pytest.mark.parametrize("lede_words", [40, 160, 230, 300, 414])
def test_a_long_figure_table_repeats_its_heading_and_never_leaves_one_row(
    lede_words: int,
) -> None:
    pages = [page for page in table_pages(long_table_brief(lede_words)) if page[0]]
    assert len(pages) > 1, "the table should run over a page"
    shown = [figure for figures, _ in pages for figure in figures]
    assert shown == [f"{row} families" for row in range(1, ROWS + 1)]
    for figures, heading_top in pages:
        assert heading_top >= 0, f"no heading above rows {figures}"
        assert len(figures) >= 2, f"a page holds only the row {figures}"


def test_a_figure_table_ends_at_the_text_margin() -> None:
    brief = long_table_brief(40)
    with pdfplumber.open(io.BytesIO(render_pdf(brief))) as document:
        first = document.pages[0]
        # The rule under the subtitle spans the text column exactly.
        column = min(first.lines, key=lambda line: line["top"])
        text_right = max(char["x1"] for char in first.chars)
        for page in document.pages:
            for line in page.lines:
                assert line["x0"] >= column["x0"] - 0.01
                assert line["x1"] <= column["x1"] + 0.01
        assert text_right <= column["x1"] + 0.01


def line_reading_left_to_right(page: pdfplumber.page.Page, word: str) -> str:
    """The characters of the line holding ``word``, by x position, spaces left out."""
    top = next(w["top"] for w in page.extract_words() if word in w["text"])
    chars = [c for c in page.chars if abs(c["top"] - top) < 2 and c["text"].strip()]
    return "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))


def test_a_dari_source_entry_keeps_file_name_and_digest_apart_and_in_order() -> None:
    with pdfplumber.open(io.BytesIO(render_pdf(full_brief("prs")))) as document:
        page = document.pages[-1]
        line = line_reading_left_to_right(page, "story-3.txt")
    # Read from the right: the label, the file name and its full stop, then the digest's
    # label (the digest itself wraps to the next line); each Latin run left to right.
    assert ".story-3.txt:" in line
    assert line.index("SHA-256") < line.index(".story-3.txt")


def test_a_long_table_starts_under_its_caption_where_there_is_room() -> None:
    brief = long_table_brief(40)
    with pdfplumber.open(io.BytesIO(render_pdf(brief))) as document:
        first = document.pages[0].extract_text()
    # Most of the first page is free: the table does not wait for a page of its own.
    assert "Key figures" in first
    assert "1 families" in first and "5 families" in first
