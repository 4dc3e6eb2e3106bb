"""Bytes to text: encodings decoded, and the characters no output may carry removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write

from briefing.errors import InputError
from briefing.sources.decoding import decode, decode_declared
from briefing.sources.files import read_articles


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
    article = read_articles([write(tmp_path / f"{name}.txt", encoded)]).articles[0]
    assert article.title == "Café “Ñ” — 25 €"


def test_bidi_overrides_are_removed_so_no_output_can_reorder_a_quote(tmp_path: Path) -> None:
    path = write(
        tmp_path / "spoof.txt",
        "Minister \u2067Speaks\u2069\n\nThe minister said: “I will \u202eton\u202c resign.”\n",
    )
    (article,) = read_articles([path]).articles
    assert article.title == "Minister Speaks"
    assert article.paragraphs[-1].text == "The minister said: “I will ton resign.”"


def test_a_page_labelled_latin_1_is_read_as_windows_1252_as_browsers_do() -> None:
    body = "“Fair pay” – now".encode("cp1252")
    assert decode_declared(body, "page", "iso-8859-1", markup=True) == "“Fair pay” – now"


def test_a_meta_charset_is_followed_when_the_server_names_none() -> None:
    body = '<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r")
    assert decode_declared(body, "page", None, markup=True).endswith("<p>Привет</p>")


def test_a_declared_charset_turns_one_bad_byte_into_one_replacement_character() -> None:
    assert decode_declared(b"caf\xe9 au lait", "page", "utf-8", markup=False) == "caf\ufffd au lait"


def test_line_breaks_become_newlines_and_control_characters_go() -> None:
    assert decode(b"One\r\nTwo\rThree\x07\n", "a.txt") == "One\nTwo\nThree\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x01\x02\x03\x04 mostly control characters", "is a binary file, not text"),
        (b"text\x00with a NUL", "is a binary file, not text"),
        (b" \r\n\t ", "is empty"),
    ],
    ids=["controls", "nul", "blank"],
)
def test_bytes_that_are_no_text_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data, "a.txt")
