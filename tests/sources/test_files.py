"""Reading files, folders and manifests: every bad input named at once, or skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write

from briefing.errors import InputError, InputErrors
from briefing.sources.files import IngestOptions, read_articles


def test_a_directory_reads_every_supported_file_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B Title\nBody b.\n")
    write(tmp_path / "a.md", "# A Title\n\nBody a.\n")
    write(tmp_path / "notes.csv", "x,y\n")
    assert [a.title for a in read_articles([tmp_path]).articles] == ["A Title", "B Title"]


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


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ('"bad\\0name.txt"', "cannot be read (its name holds a NUL character)"),
        ("folder.txt", "cannot be read (it is a folder, not a regular file)"),
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
