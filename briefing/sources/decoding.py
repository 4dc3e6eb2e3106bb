"""Bytes to text: byte-order marks, declared charsets, UTF-8, else Windows-1252.

Every input's text is also cleaned here, once: control characters and bidi controls are
removed and line breaks become ``\\n``; text that is mostly control characters is refused
as a binary file, and text with nothing but spaces as empty.
"""

from __future__ import annotations

import codecs
import re

from briefing.errors import InputError
from briefing.patterns import BIDI_CONTROLS

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers look for <meta charset> in the first 1,024 bytes; pages with a long <head>
# sometimes put it later, and scanning a little further costs nothing.
_META_SCAN_BYTES = 4096
# The WHATWG Encoding Standard reads these labels as Windows-1252, as every browser does:
# pages labelled Latin-1 are full of its curly quotes and dashes.
_READ_AS_CP1252 = frozenset({"iso8859-1", "ascii"})
# Control characters (C0 but tab and line breaks, DEL, C1 but NEL), the two
# non-characters XML forbids, and lone surrogates (a YAML escape can make one): no font
# draws them and no output format may carry them, so they are removed at ingest.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
# So are the bidi embeddings, overrides and isolates: in a browser they reorder what a
# quote shows ("I will \u202eton\u202c resign" reads "will not resign"). Text copied from
# word processors is full of them, so unlike the controls above they say nothing of binary.
_UNSHOWN = re.compile(f"{_CONTROL.pattern}|[{BIDI_CONTROLS}]")


def decode(data: bytes, source: str) -> str:
    """Decode text as UTF-8, UTF-16/32 with a byte-order mark, or else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), source)
            except UnicodeDecodeError as error:
                raise InputError(source, f"is not valid {encoding} text") from error
    if b"\x00" in data:
        raise InputError(source, "is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(source, "is a binary file, not text") from error
    return _check_text(text, source)


def decode_declared(data: bytes, source: str, charset: str | None, markup: bool) -> str:
    """A web page's body decoded by its byte-order mark, its HTTP charset or, in ``markup``
    (HTML), its ``<meta>`` charset; else as ``decode`` guesses.
    """
    declared = None
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _codec(charset)
        if declared is None and markup:
            meta = _META_CHARSET.search(data[:_META_SCAN_BYTES])
            declared = _codec(meta.group(1).decode("ascii")) if meta else None
    if declared is None:
        return decode(data, source)
    try:
        # Declared, one bad byte is one replacement character, as in a browser; guessing
        # again would garble every other letter instead.
        text = data.decode(declared, errors="replace")
    except UnicodeError:  # a codec that replaces nothing (punycode) is no charset: guess
        return decode(data, source)
    return _check_text(text, source)


def without_unshown(text: str) -> str:
    """``text`` without the control and bidi characters ingest removes from every input."""
    return _UNSHOWN.sub("", text)


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, or None for a label it does not know."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
        b"a".decode(name, "replace")  # refuses Python codecs that are no charset: base64, idna
    except (LookupError, UnicodeError):
        return None
    return "cp1252" if name in _READ_AS_CP1252 else name


def _check_text(text: str, source: str) -> str:
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise InputError(source, "is a binary file, not text")
    if not text.strip():
        raise InputError(source, "is empty")
    return without_unshown(text).replace("\r\n", "\n").replace("\r", "\n")
