"""Writing the brief's files: where each goes, and all of them or none."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import write

from briefing.deliver.files import (
    OutputFormat,
    check_writable,
    format_named_by,
    output_path,
    write_files,
)
from briefing.errors import RenderError


@pytest.mark.parametrize(
    ("asked", "suffix", "expected"),
    [
        ("brief.pdf", ".html", "brief.html"),
        ("out/brief.PDF", ".json", "out/brief.json"),
        ("notes", ".md", "notes.md"),
        ("report.v2", ".pdf", "report.v2.pdf"),
    ],
)
def test_each_format_takes_the_output_name_with_its_suffix(
    asked: str, suffix: str, expected: str
) -> None:
    assert output_path(Path(asked), suffix) == Path(expected)


def test_a_failed_write_leaves_no_file_and_the_previous_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = write(tmp_path / "brief.pdf", b"the previous brief")
    real_fsync = os.fsync
    calls = []

    def full_disk_on_second_file(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(tmp_path / "brief.html"))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", full_disk_on_second_file)
    with pytest.raises(RenderError, match="No space left on device"):
        write_files({previous: b"%PDF-new", tmp_path / "brief.html": b"<!DOCTYPE html>"})
    assert previous.read_bytes() == b"the previous brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_every_file_is_written_whole_and_no_part_file_is_left(tmp_path: Path) -> None:
    files = {tmp_path / "brief.pdf": b"%PDF-1.7", tmp_path / "brief.md": b"# Brief\n"}
    write_files(files)
    assert {path: path.read_bytes() for path in tmp_path.iterdir()} == files


def test_a_written_brief_is_an_ordinary_document_not_a_private_file(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_files({tmp_path / "brief.txt": b"Brief"})
    finally:
        os.umask(previous)
    assert (tmp_path / "brief.txt").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("weekly.html", OutputFormat.HTML),
        ("weekly.MD", OutputFormat.MARKDOWN),
        ("weekly.txt", OutputFormat.TEXT),
        ("weekly", OutputFormat.PDF),
        ("weekly.docx", OutputFormat.PDF),
    ],
)
def test_the_output_name_s_suffix_names_the_format(asked: str, expected: OutputFormat) -> None:
    assert format_named_by(Path(asked)) is expected


def test_an_output_that_cannot_be_written_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"is a directory: give a file name such as brief\.pdf"):
        check_writable([tmp_path])
    not_a_folder = write(tmp_path / "notes", "a file, not a folder")
    with pytest.raises(RenderError, match=r"brief\.pdf: .*notes is not a folder"):
        check_writable([not_a_folder / "out" / "brief.pdf"])


def test_an_output_in_a_folder_that_does_not_exist_yet_makes_the_folder(tmp_path: Path) -> None:
    brief = tmp_path / "out" / "weekly" / "brief.md"
    check_writable([brief])
    write_files({brief: b"# Brief\n"})
    assert brief.read_bytes() == b"# Brief\n"


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    private = write(tmp_path / "brief.md", "the previous brief")
    private.chmod(0o600)
    shared = write(tmp_path / "brief.txt", "the previous brief")
    shared.chmod(0o664)
    write_files({private: b"# Brief\n", shared: b"Brief\n"})
    assert private.read_bytes() == b"# Brief\n"
    assert private.stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o777 == 0o664


def test_an_output_name_as_long_as_the_file_system_allows_is_written(tmp_path: Path) -> None:
    brief = tmp_path / f"{'w' * 252}.md"  # 255 bytes, the most a name may have
    write_files({brief: b"# Brief\n"})
    assert [path.name for path in tmp_path.iterdir()] == [brief.name]


def test_a_full_disk_is_one_sentence_naming_the_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kernel's own ENOSPC: each temporary file is written to /dev/full instead."""
    previous = write(tmp_path / "brief.md", "the previous brief")
    real_mkstemp = tempfile.mkstemp

    def onto_a_full_device(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, name = real_mkstemp(*args, **kwargs)
        full = os.open("/dev/full", os.O_WRONLY)
        os.dup2(full, handle)
        os.close(full)
        return handle, name

    monkeypatch.setattr(tempfile, "mkstemp", onto_a_full_device)
    with pytest.raises(RenderError) as raised:
        write_files({previous: b"# Brief\n" * 10_000})
    assert str(raised.value) == f"cannot write {previous} (No space left on device)"
    assert previous.read_text(encoding="utf-8") == "the previous brief"
    assert [path.name for path in tmp_path.iterdir()] == ["brief.md"]
