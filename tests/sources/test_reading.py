"""Reading an input's bytes: regular files and standard input only, bounded while reading."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_briefing, write

from briefing.errors import InputErrors
from briefing.sources.files import IngestOptions, read_articles
from briefing.sources.reading import shown_name

ARTICLE = "River levels fall\n\n“We will rebuild,” Maria Lopez said.\n"


def only_reason(inputs: list[Path], max_file_bytes: int = 5_000_000) -> str:
    with pytest.raises(InputErrors) as raised:
        read_articles(inputs, IngestOptions(max_file_bytes=max_file_bytes))
    (problem,) = raised.value.problems
    return f"{Path(problem.source).name}: {problem.reason}"


def test_a_link_to_an_endless_device_in_a_folder_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "news" / "a.txt", ARTICLE)
    (tmp_path / "news" / "x.txt").symlink_to("/dev/zero")
    assert only_reason([tmp_path / "news"]) == (
        "x.txt: cannot be read (it is a device, not a regular file)"
    )


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.txt")
    # In a process of its own: a read that waited for a writer would hang the test run,
    # and run_briefing's timeout turns that into a failure.
    result = run_briefing("extract", tmp_path / "x.txt")
    assert result.returncode == 1, result.stderr
    assert "x.txt: cannot be read (it is a named pipe, not a regular file)" in result.stderr


def test_a_socket_is_refused(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "x.txt"))
        assert only_reason([tmp_path / "x.txt"]) == (
            "x.txt: cannot be read (it is a socket, not a regular file)"
        )


def test_a_file_one_byte_over_the_limit_is_refused_and_one_at_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ARTICLE + "water " * 100)
    size = path.stat().st_size
    assert only_reason([path], max_file_bytes=size - 1) == (
        f"big.txt: is over the {size - 1:,}-byte limit (raise it with --max-file-size)"
    )
    (article,) = read_articles([path], IngestOptions(max_file_bytes=size)).articles
    assert article.title == "River levels fall"


def from_standard_input(data: bytes, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=data.decode("utf-8", "surrogateescape"),
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )


def test_a_dash_reads_an_article_from_standard_input() -> None:
    result = from_standard_input(ARTICLE.encode(), "extract", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "standard input: River levels fall",
        "  ¶2 Maria Lopez: We will rebuild",
    ]


def test_a_page_on_standard_input_is_read_as_html() -> None:
    page = "<!DOCTYPE html><html><body><article><h1>River levels fall</h1>"
    page += "<p>“We will rebuild the bridges,” Maria Lopez said on Tuesday.</p></article>"
    result = from_standard_input(f"{page}</body></html>".encode(), "extract", "-")
    assert result.returncode == 0, result.stderr
    assert "<p>" not in result.stdout and "Maria Lopez: We will rebuild" in result.stdout


def test_standard_input_is_bounded_by_the_same_size_limit(tmp_path: Path) -> None:
    output = tmp_path / "brief.md"
    result = from_standard_input(
        ARTICLE.encode() * 20, "build", "--max-file-size", "500", "-o", str(output), "-"
    )
    assert result.returncode == 1, result.stderr
    assert "standard input: is over the 500-byte limit" in result.stderr
    assert not output.exists()


def test_a_name_that_is_not_utf8_is_shown_with_a_replacement_character() -> None:
    assert shown_name(Path(os.fsdecode(b"news/caf\xe9.txt"))) == "news/caf\ufffd.txt"
    assert shown_name(Path("a\x07b\u202e.txt")) == "ab.txt"
    assert shown_name(Path("two\nlines\x85here.txt")) == "two lines here.txt"
    assert shown_name(Path("-")) == "standard input"


def test_a_manifest_entry_naming_a_lone_surrogate_is_one_sentence(tmp_path: Path) -> None:
    manifest = write(tmp_path / "manifest.yaml", 'articles:\n  - file: "\\ud800\\udc00.md"\n')
    assert only_reason([manifest]) == (
        "\ufffd\ufffd.md: cannot be read (its name holds a character no file name can)"
    )
