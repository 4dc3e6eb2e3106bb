"""Reading articles: formats, encodings, metadata, page furniture and bad input."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, write

from briefing.errors import InputError, InputErrors
from briefing.sources.files import IngestOptions, read_articles

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


def read_one(path: Path):
    return read_articles([path]).articles[0]


def test_plain_text_headline_dateline_and_paragraph_numbers(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "page.txt", PAGE_DUMP))

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
    article = read_one(write(tmp_path / "page.txt", PAGE_DUMP))

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


def test_a_crosshead_inside_the_article_is_kept(tmp_path: Path) -> None:
    text = "Headline Here\n\nFirst paragraph of the story.\n\nWhat Comes Next\n\nThe end.\n"
    article = read_one(write(tmp_path / "a.txt", text))
    assert "What Comes Next" in [p.text for p in article.paragraphs]


def test_one_line_per_paragraph_dump_and_hard_wrapped_text(tmp_path: Path) -> None:
    dump = read_one(write(tmp_path / "dump.txt", "Title Line\nFirst para.\nSecond para.\n"))
    assert [p.text for p in dump.paragraphs] == ["Title Line", "First para.", "Second para."]

    wrapped_text = "Title Line\n\nA paragraph wrapped\nover two lines.\n\nAnother one.\n"
    wrapped = read_one(write(tmp_path / "wrapped.txt", wrapped_text))
    assert [p.text for p in wrapped.paragraphs][1] == "A paragraph wrapped over two lines."


def test_body_paragraph_first_line_is_not_taken_for_a_headline(tmp_path: Path) -> None:
    text = "In a long opening sentence the reporter sets out what happened at the port today.\n"
    assert read_one(write(tmp_path / "a.txt", text + "More.\n")).title is None


def test_sha256_is_of_the_cleaned_text(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "page.txt", PAGE_DUMP))
    cleaned = "\n\n".join(p.text for p in article.paragraphs)
    assert article.sha256 == hashlib.sha256(cleaned.encode()).hexdigest()


def test_markdown_front_matter_gives_metadata() -> None:
    article = read_one(EXAMPLES / "articles" / "council-budget-vote.md")
    assert article.title == "Harbour City Council Approves Emergency Housing Budget"
    assert article.publisher == "The Harbour Ledger (sample)"
    assert article.author == "Sam Whitfield"
    assert article.published == date(2025, 11, 20)
    assert article.url == "https://example.org/harbour-ledger/council-housing-budget"
    # Markdown emphasis is removed from the text; the words stay.
    assert any("budget of $18 million," in p.text for p in article.paragraphs)


def test_html_main_text_and_metadata_through_trafilatura() -> None:
    article = read_one(EXAMPLES / "articles" / "port-strike.html")
    assert article.title == "Dock Workers End Eight-Day Strike After Wage Deal"
    assert article.publisher == "Coastal Times (sample)"
    assert article.author == "Priya Raman"
    assert article.published == date(2025, 11, 21)
    assert article.url == "https://example.org/coastal-times/dock-strike-ends"
    text = " ".join(p.text for p in article.paragraphs)
    assert "general secretary" in text
    assert "Sport" not in text and "Share this article" not in text


def test_manifest_metadata_wins_and_paths_are_relative_to_it() -> None:
    articles = read_articles([EXAMPLES / "manifest.yaml"]).articles
    assert [Path(a.source).name for a in articles] == [
        "river-valley-floods.txt",
        "council-budget-vote.md",
        "port-strike.html",
    ]
    floods = articles[0]
    assert floods.publisher == "Valley Dispatch (sample)"
    assert floods.published == date(2025, 11, 18)  # from the text's own dateline


def test_a_directory_reads_every_supported_file_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B Title\nBody b.\n")
    write(tmp_path / "a.md", "# A Title\n\nBody a.\n")
    write(tmp_path / "notes.csv", "x,y\n")
    assert [a.title for a in read_articles([tmp_path]).articles] == ["A Title", "B Title"]


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        ("Café “Ñ” — 25 €\nThe café owner said prices rose.\n".encode("cp1252"), "cp1252"),
        ("Café “Ñ” — 25 €\nThe café owner said prices rose.\n".encode("utf-16"), "utf-16-bom"),
        (b"\xef\xbb\xbf" + "Café “Ñ” — 25 €\nThe café.\n".encode(), "utf-8-bom"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_legacy_encodings_are_decoded(tmp_path: Path, encoded: bytes, name: str) -> None:
    article = read_one(write(tmp_path / f"{name}.txt", encoded))
    assert article.title == "Café “Ñ” — 25 €"


@pytest.mark.parametrize(
    ("file_name", "content", "reason"),
    [
        ("empty.txt", "", "is empty"),
        ("blank.txt", "  \n\n \t\n", "is empty"),
        ("binary.txt", bytes(range(256)) * 4, "is a binary file"),
        ("photo.png", b"\x89PNG\r\n\x1a\n", "unsupported file type '.png'"),
        ("bad.md", "---\ntitle: [unclosed\n---\nBody.\n", "malformed YAML at line 1"),
        ("bad.yaml", "articles: [\n", "malformed YAML"),
        ("list.yaml", "- just a list\n", "needs an 'articles:' list"),
        ("entry.yaml", "articles:\n  - title: no file\n", "article entry 1 needs a 'file:'"),
        ("date.md", "---\npublished: last week\n---\nBody.\n", "'published' is not a date"),
        ("furniture.txt", "0 Comments\nShare\n", "holds no article text once page furniture"),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value else "",
)
def test_bad_input_is_named_with_its_reason(
    tmp_path: Path, file_name: str, content: str | bytes, reason: str
) -> None:
    path = write(tmp_path / file_name, content)
    with pytest.raises(InputErrors) as raised:
        read_articles([path])
    (problem,) = raised.value.problems
    assert problem.source == str(path)
    assert reason in problem.reason


def test_missing_file_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputErrors) as raised:
        read_articles([tmp_path / "missing.txt", tmp_path / "empty"])
    reasons = [problem.reason for problem in raised.value.problems]
    assert reasons == [
        "no such file or directory",
        "directory holds no .htm, .html, .markdown, .md, .txt files",
    ]


def test_every_bad_file_is_reported_at_once_or_skipped(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Good Title\nBody.\n")
    bad = [write(tmp_path / "empty.txt", ""), write(tmp_path / "x.pdf", b"%PDF")]
    with pytest.raises(InputErrors) as raised:
        read_articles([bad[0], good, bad[1]])
    assert len(raised.value.problems) == 2

    ingested = read_articles([bad[0], good, bad[1]], IngestOptions(skip_bad=True))
    assert [a.title for a in ingested.articles] == ["Good Title"]
    assert [p.source for p in ingested.skipped] == [str(bad[0]), str(bad[1])]


def test_nothing_readable_even_when_skipping(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article could be read"):
        read_articles([write(tmp_path / "e.txt", "")], IngestOptions(skip_bad=True))


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "Title\n" + "word " * 400)
    with pytest.raises(InputErrors, match="over the 100-byte limit"):
        read_articles([path], IngestOptions(max_file_bytes=100))


def test_seed_page_furniture_is_removed(seeds: Path) -> None:
    import json

    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    articles = read_articles(sorted(seeds.glob("*.txt"))).articles
    for article, annotation in zip(articles, gold, strict=True):
        # The headline stays as paragraph 1 even where the page repeats it as furniture.
        kept = {p.text for p in article.paragraphs if p.text != article.title}
        assert not kept & set(annotation["boilerplate"]), article.source
        assert article.published == (
            date.fromisoformat(annotation["published"]) if annotation["published"] else None
        )


def test_bidi_overrides_are_removed_so_no_output_can_reorder_a_quote(tmp_path: Path) -> None:
    path = write(
        tmp_path / "spoof.txt",
        "Minister \u2067Speaks\u2069\n\nThe minister said: “I will \u202eton\u202c resign.”\n",
    )
    (article,) = read_articles([path]).articles
    assert article.title == "Minister Speaks"
    assert article.paragraphs[-1].text == "The minister said: “I will ton resign.”"


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ('"bad\\0name.txt"', "cannot be read (its name holds a NUL character)"),
        ("folder.txt", "cannot be read (Is a directory)"),
    ],
    ids=["nul-in-path", "a-folder"],
)
def test_a_manifest_entry_that_names_no_readable_file_is_one_problem(
    tmp_path: Path, entry: str, reason: str
) -> None:
    (tmp_path / "folder.txt").mkdir()
    write(tmp_path / "good.txt", "Good Title\nBody.\n")
    manifest = write(
        tmp_path / "manifest.yaml", f"articles:\n  - file: good.txt\n  - file: {entry}\n"
    )
    with pytest.raises(InputErrors) as raised:
        read_articles([manifest])
    assert [problem.reason for problem in raised.value.problems] == [reason]

    ingested = read_articles([manifest], IngestOptions(skip_bad=True))
    assert [article.title for article in ingested.articles] == ["Good Title"]
