"""Reading an input's bytes, bounded: regular files and standard input only.

A size the file system reports is only a claim: ``/dev/zero`` says 0 bytes and never ends,
a FIFO blocks until someone writes to it. So only regular files are read, a FIFO is
opened without waiting for a writer, and the limit is counted while reading, not by ``stat``.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.errors import OS_ERRORS, InputError, mapped_errors
from briefing.sources.decoding import without_unshown

STANDARD_INPUT = "-"
"""The input name that stands for standard input, as in most command-line tools."""
STANDARD_INPUT_NAME = "standard input"
"""How an article read from standard input is named in the brief and in messages."""

_CHUNK = 1 << 16
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]")


def shown_name(path: Path) -> str:
    """``path`` as a brief and its messages show it: always printable UTF-8 text.

    A name that is not UTF-8 (``caf\\xe9.txt`` from an old zip archive) reaches Python
    with each bad byte as a lone surrogate, which no output format can encode; it shows
    as U+FFFD instead. Control characters are removed, as ingest removes them from text,
    and a line break (a name may hold one) is a space: a message naming the file is one line.
    """
    if str(path) == STANDARD_INPUT:
        return STANDARD_INPUT_NAME
    try:
        readable = os.fsencode(path).decode("utf-8", errors="replace")
    except UnicodeEncodeError:  # a surrogate no byte stands for, from a manifest's "\ud800"
        readable = _SURROGATE.sub("\ufffd", str(path))
    return _LINE_BREAKS.sub(" ", without_unshown(readable))


def read_capped(
    path: Path, limit: int, hint: str, unreadable: Callable[[str], InputError] | None = None
) -> bytes:
    """The bytes of the regular file at ``path`` (or of standard input for ``-``), at most
    ``limit`` of them; ``hint`` says how to raise the limit (or is empty).

    ``unreadable`` makes the error for a file that cannot be read, from the reason why;
    by default "<name>: cannot be read (<reason>)".
    """
    source = shown_name(path)
    refusal = unreadable or (lambda reason: InputError(source, f"cannot be read ({reason})"))
    with mapped_errors(OS_ERRORS, refusal):
        if str(path) == STANDARD_INPUT:
            return _bounded(sys.stdin.buffer, limit, source, hint)
        _check_regular(os.stat(path).st_mode, refusal)  # a socket cannot even be opened
        # O_NONBLOCK: a FIFO put in the file's place since does not make open() wait for a
        # writer; fstat then refuses it.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as stream:
            _check_regular(os.fstat(descriptor).st_mode, refusal)
            return _bounded(stream, limit, source, hint)


def _check_regular(mode: int, refusal: Callable[[str], InputError]) -> None:
    if not stat.S_ISREG(mode):
        raise refusal(f"it is {_kind_of(mode)}, not a regular file")


def _bounded(stream: BinaryIO, limit: int, source: str, hint: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(source, f"is over the {limit:,}-byte limit{hint}")
    return b"".join(chunks)


def _kind_of(mode: int) -> str:
    kinds: tuple[tuple[Callable[[int], bool], str], ...] = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    )
    return next((kind for test, kind in kinds if test(mode)), "a special file")
