"""The overview across sources, built from invented articles and read back from every format.

Three invented reports of one flood: two give the number of homes destroyed and disagree,
one has no date, and each names its speakers the way news does (`Miriam Okafor, the
director of …`, `The provincial governor, Tomas Reyes,`).
"""

from __future__ import annotations

import email
import email.policy
import json
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import jsonschema
import pytest
from conftest import Page, one_line, run_briefing, write
from markdown_it import MarkdownIt
from pages import body_text

from briefing.deliver.mail import MailSettings, compose_email, eml_bytes
from briefing.extract import extract
from briefing.model import Brief
from briefing.resources import resource_dir
from briefing.select import SelectOptions, select
from briefing.sources.files import IngestOptions, read_articles

VALLEY = """---
title: Floods Leave the Valley Without Water
publisher: Valley Times
published: 2025-03-04
---
Floods swept through the valley on Monday, leaving thousands of families without clean \
water and closing roads across the region.

“We have trucks loaded with water, but the roads are shut,” said Miriam Okafor, the \
director of the Valley Relief Agency, on Tuesday.

The agency said 1,200 homes were destroyed by the floods.

The storm also closed 40 schools in the valley.
"""
RIVER = """---
title: Relief Stalls as Roads Stay Shut
publisher: River Post
published: 2024-11-20
---
Relief convoys are still waiting at the edge of the valley a week after the floods, \
officials said on Wednesday.

The provincial governor, Tomas Reyes, said 1,500 homes were destroyed by the floods.

“The agency is undercounting the damage,” Reyes said.

Miriam Okafor said the roads would reopen within days.
"""
HILL = """---
title: A Valley Waits
publisher: Hill Gazette
---
Residents of the valley say they have been forgotten as the water recedes and the \
cleanup begins in earnest.

“The state will pay for new wells,” Tomas Reyes said on a visit to the valley.

Farmers said 300 cattle drowned in the fields.
"""
HEADLINES = (
    "Relief Stalls as Roads Stay Shut",  # 20 November 2024
    "Floods Leave the Valley Without Water",  # 4 March 2025
    "A Valley Waits",  # no date
)
FORMATS = ("pdf", "html", "md", "txt", "json")


def articles(folder: Path) -> list[Path]:
    return [
        write(folder / "valley.md", VALLEY),
        write(folder / "river.md", RIVER),
        write(folder / "hill.md", HILL),
    ]


def brief_of(folder: Path) -> Brief:
    ingested = read_articles(articles(folder), IngestOptions())
    extractions = [extract(article) for article in ingested.articles]
    return select(extractions, SelectOptions(title=None, date=date(2025, 11, 23)))


def test_the_timeline_runs_oldest_first_and_an_undated_source_comes_last(
    tmp_path: Path,
) -> None:
    timeline = brief_of(tmp_path).overview.timeline
    assert [entry.headline for entry in timeline] == list(HEADLINES)
    assert [entry.published for entry in timeline] == [date(2024, 11, 20), date(2025, 3, 4), None]
    assert [entry.publisher for entry in timeline] == ["River Post", "Valley Times", "Hill Gazette"]
    # Each entry cites its source where the headline stands.
    assert [(entry.citation.source, entry.citation.paragraph) for entry in timeline] == [
        (2, 1),
        (1, 1),
        (3, 1),
    ]


def test_two_sources_counting_the_same_thing_are_compared_and_their_disagreement_marked(
    tmp_path: Path,
) -> None:
    (group,) = brief_of(tmp_path).overview.compared_figures
    assert group.disagree
    assert [(item.figure.text, item.figure.claimed_by) for item in group.figures] == [
        ("1,200 homes", "Valley Relief Agency"),
        ("1,500 homes", "Tomas Reyes"),
    ]
    assert [item.citations[0].source for item in group.figures] == [1, 2]
    # The schools and the cattle are counted by one source each: compared with nothing.


def test_figures_are_compared_by_what_they_measure_never_by_value(tmp_path: Path) -> None:
    """The same number for two different things is no comparison, nor are counts of people
    that differ in what happened to them; one thing in two units is a comparison."""
    first = write(
        tmp_path / "one.md",
        "The siege of the town lasted 24 months, residents said.\n\n"
        "The council said 300 people were displaced by the fighting.\n",
    )
    second = write(
        tmp_path / "two.md",
        "The siege of the town lasted two years, the mayor said.\n\n"
        "The mayor said 300 shops were looted in the town.\n\n"
        "The mayor said 40 people were killed by the fighting.\n",
    )
    ingested = read_articles([first, second], IngestOptions())
    brief = select(
        [extract(article) for article in ingested.articles],
        SelectOptions(title=None, date=date(2025, 11, 23)),
    )
    (group,) = brief.overview.compared_figures
    assert [item.figure.text for item in group.figures] == ["24 months", "two years"]
    assert not group.disagree  # 24 months are two years


def test_voices_are_counted_by_source_and_described_as_an_article_introduces_them(
    tmp_path: Path,
) -> None:
    voices = {voice.name: voice for voice in brief_of(tmp_path).overview.voices}
    okafor, reyes = voices["Miriam Okafor"], voices["Tomas Reyes"]
    assert [citation.source for citation in okafor.citations] == [1, 2]
    assert [citation.source for citation in reyes.citations] == [2, 3]
    assert okafor.description is not None and reyes.description is not None
    assert okafor.description.text == "the director of the Valley Relief Agency"
    assert (okafor.description.citation.source, okafor.description.citation.paragraph) == (1, 2)
    # Introduced before the name: the role as written, without its article.
    assert reyes.description.text == "provincial governor"
    assert (reyes.description.citation.source, reyes.description.citation.paragraph) == (2, 2)
    # Quoted in the most sources first.
    assert list(voices)[:2] == ["Miriam Okafor", "Tomas Reyes"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    scratch = tmp_path_factory.mktemp("overview")
    formats = [arg for name in FORMATS for arg in ("--format", name)]
    output = scratch / "brief.pdf"
    result = run_briefing(
        "build", *articles(scratch / "articles"), "-o", output, "--date", "2025-11-23", *formats
    )
    assert result.returncode == 0, result.stderr
    return {name: output.with_suffix(f".{name}") for name in FORMATS}


def overview_part(text: str) -> str:
    """The overview as shown: from its heading to the first article's section."""
    start = text.index("Overview across sources")
    return text[start : text.index(f"1. {HEADLINES[1]}", start)]


def assert_reads_as_the_overview(text: str) -> None:
    """What a reader of any format must find in the overview, in this order."""
    overview = overview_part(one_line(text))
    positions = [overview.index(headline) for headline in HEADLINES]
    assert positions == sorted(positions), "the timeline runs oldest first"
    assert "date not stated" in overview[positions[1] :]
    assert "the values disagree" in overview
    assert "1,200 homes" in overview and "1,500 homes" in overview
    assert "cattle" not in overview and "40 schools" not in overview
    assert "Miriam Okafor, the director of the Valley Relief Agency" in overview
    assert "Tomas Reyes, provincial governor" in overview
    assert "quoted in 2 sources" in overview


def test_the_pdf_opens_with_the_overview(outputs: dict[str, Path]) -> None:
    assert_reads_as_the_overview(body_text(outputs["pdf"]))


def test_the_html_opens_with_the_overview(outputs: dict[str, Path]) -> None:
    page = Page(outputs["html"].read_text(encoding="utf-8"))
    assert ("h2", {"id": "overview"}) in [(tag, {"id": a.get("id")}) for tag, a in page.elements]
    assert_reads_as_the_overview(page.text)


def test_the_markdown_opens_with_the_overview(outputs: dict[str, Path]) -> None:
    markdown = outputs["md"].read_text(encoding="utf-8")
    rendered = Page(MarkdownIt("commonmark").enable("table").render(markdown))
    assert ("h2", {}) in rendered.elements and ("table", {}) in rendered.elements
    assert_reads_as_the_overview(rendered.text)


def test_the_text_opens_with_the_overview(outputs: dict[str, Path]) -> None:
    assert_reads_as_the_overview(outputs["txt"].read_text(encoding="utf-8"))


def test_the_json_holds_the_overview_by_its_schema(outputs: dict[str, Path]) -> None:
    schema = json.loads((resource_dir("schemas") / "brief.schema.json").read_text())
    document = json.loads(outputs["json"].read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        document
    )
    overview = document["overview"]
    assert [entry["published"] for entry in overview["timeline"]] == [
        "2024-11-20",
        "2025-03-04",
        None,
    ]
    assert [entry["headline"]["text"] for entry in overview["timeline"]] == list(HEADLINES)
    (group,) = overview["compared_figures"]
    assert group["disagree"] is True
    assert [
        (figure["value"], figure["claimed_by"], figure["disputed"], figure["citations"])
        for figure in group["figures"]
    ] == [
        (1200, "Valley Relief Agency", False, [{"source": 1, "paragraph": 3}]),
        (1500, "Tomas Reyes", False, [{"source": 2, "paragraph": 2}]),
    ]
    okafor = next(voice for voice in overview["voices"] if voice["name"] == "Miriam Okafor")
    assert okafor["sources"] == 2
    assert okafor["description"] == {
        "text": "the director of the Valley Relief Agency",
        "translation": None,
        "citation": {"source": 1, "paragraph": 2},
    }


def test_the_email_summary_opens_with_the_overview(tmp_path: Path) -> None:
    settings = MailSettings("Desk <desk@example.org>", ("ana@example.org",))
    message = compose_email(brief_of(tmp_path), b"%PDF-1.7\n", settings)
    parsed = email.message_from_bytes(eml_bytes(message), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    plain = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    assert plain is not None and html is not None
    assert_reads_as_the_overview(plain.get_content())
    assert_reads_as_the_overview(Page(html.get_content()).text)
