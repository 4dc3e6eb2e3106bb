"""Glossaries and translation memories a user gives that cannot be read: one sentence each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import write

from briefing.errors import InputError
from briefing.languages import LANGUAGES
from briefing.translate import memory
from briefing.translate.memory import load_glossary, load_memory

FRENCH = LANGUAGES["fr"]
UNIT = (
    '<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>'
)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            f'<?xml version="1.0" encoding="x-no-such-encoding"?><tmx><body>{UNIT}</body></tmx>',
            "is not a readable TMX file (unknown encoding: x-no-such-encoding)",
        ),
        (
            f'<?xml version="1.0" encoding="utf-7"?><tmx><body>{UNIT}</body></tmx>',
            "is not a readable TMX file (multi-byte encodings are not supported)",
        ),
        (
            f"<tmx><body>{UNIT}</body>",
            "is not a readable TMX file (no element found: line 1, column ",
        ),
    ],
    ids=["unknown-encoding", "utf-7", "unclosed"],
)
def test_a_memory_that_cannot_be_parsed_is_named_with_why(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = write(tmp_path / "memory.tmx", content)
    with pytest.raises(InputError) as raised:
        load_memory([path], FRENCH)
    assert raised.value.source == str(path)
    assert raised.value.reason.startswith(reason)


def test_a_missing_memory_or_a_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"is not a readable TMX file \(No such file"):
        load_memory([tmp_path / "missing.tmx"], FRENCH)
    with pytest.raises(
        InputError, match=r"is not a readable TMX file \(it is a folder, not a regular file\)"
    ):
        load_memory([tmp_path], FRENCH)


def test_a_glossary_that_is_not_utf8_names_the_first_bad_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "glossary.tsv", "Council\tConseil\nCafé\tCafé\n".encode("cp1252"))
    with pytest.raises(InputError) as raised:
        load_glossary(FRENCH, [path])
    assert str(raised.value) == f"{path}: cannot be read as a UTF-8 glossary (byte 19 is not UTF-8)"


def test_a_memory_over_the_size_limit_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "memory.tmx", f"<tmx><body>{UNIT * 50}</body></tmx>")
    monkeypatch.setattr(memory, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(InputError) as raised:
        load_memory([path], FRENCH)
    assert raised.value.reason == "is over the 1,000-byte limit for a translation memory"


def test_a_named_pipe_given_as_a_glossary_or_memory_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(InputError, match=r"\(it is a named pipe, not a regular file\)$"):
        load_glossary(FRENCH, [tmp_path / "pipe"])
    with pytest.raises(InputError, match=r"\(it is a named pipe, not a regular file\)$"):
        load_memory([tmp_path / "pipe"], FRENCH)


def test_control_characters_are_cleaned_from_glossaries_and_memories(tmp_path: Path) -> None:
    """As from articles: in a PDF they would break its markup, in a browser reorder text."""
    glossary = write(tmp_path / "glossary.tsv", "Council\tCon\x07seil \u202emunicipal\n")
    assert ("Council", "Conseil municipal") in load_glossary(FRENCH, [glossary]).terms
    unit = UNIT.replace("Bonjour", "Bon&#x86;jour\u202e")
    tmx = write(tmp_path / "memory.tmx", f"<tmx><body>{unit}</body></tmx>")
    assert load_memory([tmx], FRENCH).lookup("Hello") == "Bonjour"
