"""Writing the brief's files: every one of them, or none.

Each file is first written in full beside its target under a hidden temporary name, and
only when all are complete are they renamed into place. An error or a Ctrl-C before that
leaves no partial file behind, and never a mix of new and half-written outputs.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from enum import StrEnum
from pathlib import Path

from briefing.errors import OS_ERRORS, RenderError, mapped_errors


class OutputFormat(StrEnum):
    """The formats a brief is rendered in; each value is also its file suffix."""

    PDF = "pdf"
    HTML = "html"
    MARKDOWN = "md"
    JSON = "json"
    TEXT = "txt"


# The suffixes briefing writes: ``-o brief.pdf --format html`` names the HTML brief.html.
OUTPUT_SUFFIXES = frozenset({*(f".{output_format}" for output_format in OutputFormat), ".eml"})


def output_path(output: Path, suffix: str) -> Path:
    """Where the file with ``suffix`` goes when the user asked for ``output``.

    A folder gets ``brief`` files; a name keeps its stem (``-o notes.pdf`` → ``notes.html``).
    """
    with _cannot_write(output):
        is_folder = output.is_dir()
    if is_folder:
        return output / f"brief{suffix}"
    stem = output.with_suffix("") if output.suffix.lower() in OUTPUT_SUFFIXES else output
    return stem.with_name(f"{stem.name}{suffix}")


def format_named_by(output: Path) -> OutputFormat:
    """The format ``-o`` names by its suffix (``brief.html``), else the PDF."""
    try:
        return OutputFormat(output.suffix.lower().removeprefix("."))
    except ValueError:
        return OutputFormat.PDF


def check_writable(paths: Sequence[Path]) -> None:
    """Fail before any work is done when an output cannot be written where it was asked.

    A folder that does not exist yet is made when the brief is written (``-o out/brief.pdf``),
    so the check is made on the nearest folder that exists.
    """
    for path in paths:
        with _cannot_write(path):
            is_folder = path.is_dir()
            existing = _nearest_existing(path.parent)
            in_folder = existing.is_dir()
            writable = in_folder and os.access(existing, os.W_OK)
        if is_folder:
            raise RenderError(f"{path} is a directory: give a file name such as brief.pdf")
        if not in_folder:
            raise RenderError(f"cannot write {path}: {existing} is not a folder")
        if not writable:
            raise RenderError(f"cannot write {path}: folder {existing} is not writable")


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write every file atomically, all or none; a file replaced keeps its permissions."""
    check_writable(list(files))
    written: dict[Path, Path] = {}
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            mode = _mode_for(path)
            # A name of its own, not the target's: a 245-character target name plus a
            # random part and a suffix would pass the file system's 255-byte limit.
            handle, name = tempfile.mkstemp(prefix=".brief-", suffix=".part", dir=path.parent)
            written[path] = Path(name)
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(name, mode)
        for path, partial in written.items():
            partial.replace(path)
    except OSError as error:
        reason = error.strerror or str(error)
        raise RenderError(f"cannot write {path} ({reason})") from error
    finally:
        for partial in written.values():
            partial.unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    """The permissions of the file ``path`` replaces, else an ordinary document's.

    mkstemp makes private (0600) files; a brief is an ordinary document, unless the user
    made the file it replaces private (or anything else): that choice is kept.
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _nearest_existing(folder: Path) -> Path:
    """``folder``, or the nearest folder above it that exists."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _cannot_write(path: Path) -> AbstractContextManager[None]:
    """File system trouble looking where ``path`` goes (a folder not searchable, say)."""
    return mapped_errors(OS_ERRORS, lambda reason: RenderError(f"cannot write {path} ({reason})"))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
