"""YAML metadata a user writes wrong: each value PyYAML cannot build is named by its line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import write

from briefing.errors import InputErrors
from briefing.sources.files import read_articles
from briefing.sources.metadata import dateline_date, stated_date

BODY = "Council Votes on the Budget\n\nThe council met on Monday.\n"


def only_reason(path: Path) -> str:
    with pytest.raises(InputErrors) as raised:
        read_articles([path])
    (problem,) = raised.value.problems
    assert "\n" not in problem.reason
    return f"{Path(problem.source).name}: {problem.reason}"


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        (
            "title: Budget\npublished: 2025-02-30",
            "the YAML at line 2 cannot be read: '2025-02-30' is no real date "
            "(day is out of range for month)",
        ),
        (
            "published: 0000-01-01",
            "the YAML at line 1 cannot be read: '0000-01-01' is no real date "
            "(year 0 is out of range)",
        ),
        (
            "published: 2025-03-01 10:00:00 +99:00",
            "the YAML at line 1 cannot be read: '2025-03-01 10:00:00 +99:00' is no real date",
        ),
        ("title: Budget\npages: 0x_", "the YAML at line 2 cannot be read: '0x_' is no real number"),
        (
            "published: !!timestamp 'soon'",
            "the YAML at line 1 cannot be read: 'soon' is no real date",
        ),
        ("title: [" * 2000 + "]" * 2000, "its YAML is nested too deeply to read"),
    ],
    ids=["february-30", "year-0", "offset-99-hours", "hex-without-digits", "tagged", "deep"],
)
def test_front_matter_values_yaml_cannot_build_name_their_line(
    tmp_path: Path, front_matter: str, reason: str
) -> None:
    path = write(tmp_path / "budget.md", f"---\n{front_matter}\n---\n{BODY}")
    assert only_reason(path).startswith(f"budget.md: {reason}")


def test_a_manifest_date_that_does_not_exist_names_the_manifest_line(tmp_path: Path) -> None:
    write(tmp_path / "budget.txt", BODY)
    manifest = write(
        tmp_path / "manifest.yaml",
        "articles:\n  - file: budget.txt\n    published: 2025-04-31\n",
    )
    assert only_reason(manifest) == (
        "manifest.yaml: the YAML at line 3 cannot be read: '2025-04-31' is no real date "
        "(day is out of range for month)"
    )


def alias_bomb(levels: int) -> str:
    """The "billion laughs": each level a list of nine aliases to the level below."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [{','.join([f'*a{level - 1}'] * 9)}]")
    return "\n".join([*lines, f"title: *a{levels}"])


def test_an_alias_bomb_in_front_matter_is_refused_before_it_expands(tmp_path: Path) -> None:
    # Nine levels would build 9**10 strings, more than any memory holds: refused as read.
    path = write(tmp_path / "bomb.md", f"---\n{alias_bomb(9)}\n---\n{BODY}")
    assert only_reason(path) == (
        "bomb.md: the YAML at line 2 cannot be read: an alias (*a0) repeats a value; "
        "write each value out"
    )


def test_a_huge_number_is_named_in_a_short_sentence(tmp_path: Path) -> None:
    path = write(tmp_path / "budget.md", f"---\npages: {'7' * 5_000}\n---\n{BODY}")
    assert only_reason(path) == (
        f"budget.md: the YAML at line 1 cannot be read: '{'7' * 38}… is no real number"
    )


@pytest.mark.parametrize("published", ["0500-01-01", "9999-12-31"])
def test_a_date_no_news_page_bears_is_refused(tmp_path: Path, published: str) -> None:
    path = write(tmp_path / "budget.md", f"---\npublished: {published}\n---\n{BODY}")
    assert only_reason(path) == "budget.md: 'published' is not a date from the years 1000–9000"


def test_a_dateline_no_news_page_bears_is_text_not_the_date(tmp_path: Path) -> None:
    path = write(tmp_path / "old.txt", "Council Votes\n\n01/01/0500\n\nThe council met.\n")
    (article,) = read_articles([path]).articles
    assert article.published is None
    assert [paragraph.text for paragraph in article.paragraphs][-2:] == [
        "01/01/0500",
        "The council met.",
    ]


@pytest.mark.parametrize(
    ("block", "stated"),
    [
        ("Sunday, 11/23/2025", date(2025, 11, 23)),
        ("Published: 23 Nov 2025, 10:32 GMT", date(2025, 11, 23)),
        ("Published on November 23, 2025", date(2025, 11, 23)),
        ("Last updated: 2025-11-23", date(2025, 11, 23)),
        ("Updated March 14, 2025 at 9:15 am", date(2025, 3, 14)),
        ("By Jane Roe · Nov. 23, 2025 · 4 min read", date(2025, 11, 23)),
        ("By Jane Roe, Reuters — 23 November 2025", date(2025, 11, 23)),
        # First publication, not the last update, dates the article.
        ("By Jane Roe | Updated March 15, 2025 | Published March 14, 2025", date(2025, 3, 14)),
        ("Photo: Jane Roe, 23 November 2025", None),
        ("Ahmad Massoud speaks in Paris, 22 November 2025. Credit: AFP", None),
        ("I met the mayor in May 2023 in Vienna.", None),
    ],
)
def test_the_forms_a_publication_date_takes_near_the_top(block: str, stated: date | None) -> None:
    assert stated_date(block) == stated


@pytest.mark.parametrize(
    ("paragraph", "stated"),
    [
        ("KABUL, Nov. 23, 2025 (Reuters) — The council met.", date(2025, 11, 23)),
        ("PARIS — 23 November 2025 — The mayor spoke.", date(2025, 11, 23)),
        ("KABUL, Afghanistan, November 23, 2025 - Officials said.", date(2025, 11, 23)),
        # The day of the event the lede reports is not the day the article came out.
        ("On Wednesday, October 4, 2023, the mayor spoke.", None),
        ("KABUL, Nov 23 (Reuters) - A dateline without a year.", None),
    ],
)
def test_a_dateline_opening_the_first_paragraph(paragraph: str, stated: date | None) -> None:
    assert dateline_date(paragraph) == stated
