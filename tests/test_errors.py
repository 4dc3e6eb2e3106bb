"""Each library's error map is complete: every exception class the library defines, and
every built-in one its calls raise, becomes a one-line ``BriefingError``.

The classes are enumerated from the library modules themselves (``inspect``), the way
httpx proves its transport map complete, so a class a new library version adds, or one a
map forgets, fails here rather than as a user's traceback.
"""

from __future__ import annotations

import builtins
import http.client
import inspect
import json
import lzma
import socket
import sqlite3
import ssl
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterable
from types import ModuleType

import ctranslate2
import pytest
import sentencepiece
import yaml

from briefing.errors import OS_ERRORS, BriefingError, ErrorMap, mapped_errors, reason_for
from briefing.sources.metadata import YAML_ERRORS
from briefing.sources.web import NETWORK_ERRORS
from briefing.translate.cache import SQLITE_ERRORS
from briefing.translate.engine import ENGINE_ERRORS
from briefing.translate.memory import GLOSSARY_ERRORS, TMX_ERRORS
from briefing.translate.packages import JSON_ERRORS, ZIP_ERRORS


def defined_in(*modules: ModuleType) -> set[type[Exception]]:
    """Every public exception class the modules define or expose (private ones, such as
    ``socket._GiveupOnSendfile``, are caught inside their library)."""
    return {
        kind
        for module in modules
        for _, kind in inspect.getmembers(module, inspect.isclass)
        if issubclass(kind, Exception) and not kind.__name__.startswith("_")
    }


def with_submodules(package: ModuleType) -> list[ModuleType]:
    """The package and its own modules (not the standard ones it imports)."""
    modules = (module for _, module in inspect.getmembers(package, inspect.ismodule))
    return [package, *(m for m in modules if m.__name__.startswith(f"{package.__name__}."))]


# The file system's: every OSError subclass Python defines (FileNotFoundError, ...).
FILE_SYSTEM = {
    kind for kind in vars(builtins).values() if isinstance(kind, type) and issubclass(kind, OSError)
}
# What a network call meets below its own library: the file system's errors (sockets are
# files), and a malformed address or header.
NETWORK_BELOW = FILE_SYSTEM | {ValueError, UnicodeError}

MAPS: dict[str, tuple[ErrorMap, Iterable[type[Exception]]]] = {
    "file system": (OS_ERRORS, FILE_SYSTEM | {ValueError}),
    # Values PyYAML's constructors cannot build (ValueError, TypeError, AttributeError)
    # become ConstructorError in the loader; tests/sources/test_metadata.py shows them.
    "yaml": (YAML_ERRORS, defined_in(*with_submodules(yaml)) | {RecursionError}),
    "json": (JSON_ERRORS, defined_in(json) | {UnicodeDecodeError, RecursionError}),
    "zipfile": (
        ZIP_ERRORS,
        defined_in(zipfile, zlib, lzma)
        | FILE_SYSTEM
        # bz2 and lzma streams cut short, an unknown compression method, an encrypted
        # member, a missing member, a malformed name or header.
        | {EOFError, NotImplementedError, RuntimeError, KeyError, ValueError, UnicodeDecodeError},
    ),
    "http.client": (NETWORK_ERRORS, defined_in(http.client, socket, ssl) | NETWORK_BELOW),
    "sqlite3": (SQLITE_ERRORS, defined_in(sqlite3) | FILE_SYSTEM),
    # ElementTree reports expat's errors as ParseError; an encoding the declaration names
    # is looked up by Python (LookupError) and refused by expat when multi-byte (ValueError).
    "xml.etree": (TMX_ERRORS, defined_in(ET) | FILE_SYSTEM | {LookupError, ValueError}),
    "glossary text": (GLOSSARY_ERRORS, FILE_SYSTEM | {UnicodeDecodeError, ValueError}),
    # Neither defines an exception class: their C++ errors arrive as built-in ones.
    "ctranslate2": (
        ENGINE_ERRORS,
        defined_in(ctranslate2, sentencepiece) | FILE_SYSTEM | {RuntimeError, ValueError},
    ),
}

# Constructor arguments for the classes that need more than a message.
ARGUMENTS: dict[type[Exception], tuple[object, ...]] = {
    UnicodeDecodeError: ("utf-8", b"\xff", 0, 1, "invalid start byte"),
    UnicodeEncodeError: ("ascii", "é", 0, 1, "ordinal not in range(128)"),
    UnicodeTranslateError: ("é", 0, 1, "cannot translate"),
    json.JSONDecodeError: ("Expecting value", "{", 1),
    yaml.reader.ReaderError: ("<file>", 3, 1, "utf-8", "special characters are not allowed"),
}


def example(kind: type[Exception]) -> Exception:
    """An instance of ``kind`` as its library raises it."""
    error = kind(*ARGUMENTS.get(kind, ("a failure for the test",)))
    if isinstance(error, ssl.SSLCertVerificationError):
        error.verify_message = "self-signed certificate"  # set by _ssl on every real one
    return error


@pytest.mark.parametrize("library", MAPS)
def test_every_exception_of_a_library_becomes_one_line_briefing_error(library: str) -> None:
    reasons, kinds = MAPS[library]
    assert kinds, f"no exception classes found for {library}"
    for kind in kinds:
        error = example(kind)
        with pytest.raises(BriefingError) as raised, mapped_errors(reasons, BriefingError):
            raise error
        message = str(raised.value)
        assert message.strip() and "\n" not in message, (kind, message)
        assert raised.value.__cause__ is error  # the original stays on the chain for -v debugging


def test_the_most_specific_class_listed_gives_the_reason() -> None:
    refused = ConnectionRefusedError(111, "Connection refused")
    reset = ConnectionResetError(104, "Connection reset by peer")
    assert reason_for(refused, NETWORK_ERRORS).endswith("the server refused the connection")
    assert reason_for(reset, NETWORK_ERRORS) == "could not be fetched (Connection reset by peer)"


def test_an_exception_no_map_lists_passes_through_unchanged() -> None:
    with pytest.raises(KeyError), mapped_errors(OS_ERRORS, BriefingError):
        raise KeyError("not the file system's")
    with pytest.raises(LookupError, match="no reason is listed for KeyError"):
        reason_for(KeyError("x"), OS_ERRORS)
