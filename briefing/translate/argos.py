"""Argos Translate packages: where they live, installing and removing them.

An ``.argosmodel`` is a zip holding one folder: ``metadata.json``, a CTranslate2 model in
``model/``, and a tokenizer (``sentencepiece.model``, or ``bpe.model``). Packages are
installed the way Argos does (unpacked into its packages folder), so both tools see the
same packages. ``briefing.translate.engine`` translates with them.
"""

from __future__ import annotations

import json
import lzma
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path, PurePosixPath
from typing import Any

from briefing import __version__
from briefing.errors import (
    OS_ERRORS,
    ErrorMap,
    TranslationError,
    UnknownLanguage,
    mapped_errors,
    reason_for,
)
from briefing.languages import Language, language

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
_DOWNLOAD_TIMEOUT = 60
_MAX_PACKAGE_BYTES = 1_000_000_000
_OFFLINE = "offline, install from a file: 'briefing models install PATH.argosmodel'"
_STOPPED_EARLY = "the download stopped early"

JSON_ERRORS: ErrorMap = {
    json.JSONDecodeError: lambda error: (
        f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
    ),
    UnicodeDecodeError: lambda error: "is not UTF-8 text",
    RecursionError: lambda error: "is JSON nested too deeply to read",
}
"""json.loads of bytes: what the metadata of a package, or a package index, can be."""

ZIP_ERRORS: ErrorMap = {
    # Reading the archive or writing into the packages folder: the file named says which.
    OSError: lambda error: (
        f"{error.strerror or error}: {error.filename}"
        if error.filename
        else str(error.strerror or error)
    ),
    zipfile.BadZipFile: lambda error: f"it is not a zip archive, or a damaged one ({error})",
    zipfile.LargeZipFile: lambda error: f"it is too large to unpack ({error})",
    # What zipfile lets through from its decompressors (deflate, LZMA, bzip2's OSError).
    zlib.error: lambda error: f"it is damaged ({error})",
    lzma.LZMAError: lambda error: f"it is damaged ({error})",
    EOFError: lambda error: f"it is cut short ({error})",
    ValueError: lambda error: f"it is damaged ({error})",
    NotImplementedError: lambda error: f"it is compressed in a way Python cannot unpack ({error})",
    RuntimeError: lambda error: f"it cannot be unpacked ({error})",  # an encrypted member
    KeyError: lambda error: f"it is not an Argos package ({error.args[0]})",
}
"""zipfile reading, checking and unpacking an ``.argosmodel``."""

DOWNLOAD_ERRORS: ErrorMap = {
    OSError: lambda error: error.strerror or str(error),
    TimeoutError: lambda error: f"no answer within {_DOWNLOAD_TIMEOUT} s",
    urllib.error.URLError: lambda error: (
        reason_for(error.reason, DOWNLOAD_ERRORS)
        if isinstance(error.reason, OSError)
        else str(error.reason)
    ),
    urllib.error.HTTPError: lambda error: f"the server answered HTTP {error.code} {error.reason}",
    urllib.error.ContentTooShortError: lambda error: _STOPPED_EARLY,
    HTTPException: lambda error: f"the server's answer is not valid ({error!r})",
    ValueError: lambda error: f"the address is not valid ({error})",
}
"""urllib.request, and the http.client, socket and ssl exceptions it lets through."""


@dataclass(frozen=True, slots=True)
class Package:
    """An installed Argos package."""

    path: Path
    name: str
    version: str
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    target_prefix: str = ""


def packages_dir(explicit: Path | None = None) -> Path:
    """Argos's packages folder: the flag, ``ARGOS_PACKAGES_DIR``, else Argos's default."""
    if explicit is not None:
        return explicit
    configured = os.environ.get("ARGOS_PACKAGES_DIR")
    if configured:
        return Path(configured)
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "argos-translate" / "packages"


def installed_packages(folder: Path) -> list[Package]:
    """Every package in ``folder``, by name."""
    return [_package(candidate, _installed_metadata(candidate)) for candidate in _folders(folder)]


def _folders(folder: Path) -> list[Path]:
    """The package folders in ``folder``: those holding a ``metadata.json``."""
    with _os_errors(f"cannot read the packages folder {folder}"):
        candidates = sorted(folder.iterdir()) if folder.is_dir() else []
        return [candidate for candidate in candidates if (candidate / "metadata.json").is_file()]


def _installed_metadata(package: Path) -> dict[str, Any]:
    def broken(reason: str) -> TranslationError:
        return TranslationError(
            f"the package in {package} is broken: its metadata.json {reason}; remove it with "
            f"'briefing models remove {package.name}' and install it again"
        )

    with mapped_errors(OS_ERRORS, lambda reason: broken(f"cannot be read ({reason})")):
        data = (package / "metadata.json").read_bytes()
    return _metadata(data, broken)


def _metadata(data: bytes, broken: Callable[[str], TranslationError]) -> dict[str, Any]:
    """A package's ``metadata.json``: a JSON object, or ``broken`` says why not."""
    metadata = _json(data, broken)
    if not isinstance(metadata, dict):
        raise broken("is not a JSON object")
    return metadata


def _json(data: bytes, raise_as: Callable[[str], TranslationError]) -> Any:
    with mapped_errors(JSON_ERRORS, raise_as):
        return json.loads(data)


def _os_errors(doing: str) -> AbstractContextManager[None]:
    """File system trouble while ``doing`` (``cannot …``) something, as a TranslationError."""
    return mapped_errors(OS_ERRORS, lambda reason: TranslationError(f"{doing} ({reason})"))


def _package(path: Path, metadata: dict[str, Any]) -> Package:
    return Package(
        path=path,
        name=path.name,
        version=str(metadata.get("package_version", "")),
        from_code=str(metadata.get("from_code", "")),
        to_code=str(metadata.get("to_code", "")),
        from_name=str(metadata.get("from_name", "")),
        to_name=str(metadata.get("to_name", "")),
        target_prefix=str(metadata.get("target_prefix", "")),
    )


def package_for(target: Language, folder: Path) -> Package:
    """The installed English→``target`` package, or an error naming the install command."""
    for package in installed_packages(folder):
        if package.from_code == "en" and package.to_code == target.argos_code:
            return package
    raise TranslationError(
        f"no Argos package for English→{target.argos_name} is installed in {folder}; "
        f"install one with 'briefing models install {target.code}' (online) or "
        f"'briefing models install PATH.argosmodel'"
    )


def install_file(archive: Path, folder: Path) -> Package:
    """Unpack an ``.argosmodel`` into ``folder`` after checking it is a real package."""

    def unusable(reason: str) -> TranslationError:
        return TranslationError(f"cannot install {archive}: {reason}")

    with mapped_errors(ZIP_ERRORS, unusable), zipfile.ZipFile(archive) as bundle:
        names = [PurePosixPath(name) for name in bundle.namelist()]
        tops = {name.parts[0] for name in names if name.parts}
        if len(tops) != 1 or any(n.is_absolute() or ".." in n.parts for n in names):
            raise TranslationError(f"{archive} is not an Argos package (one folder expected)")
        top = tops.pop()
        metadata = _metadata(
            bundle.read(f"{top}/metadata.json"),
            lambda reason: unusable(f"its metadata.json {reason}"),
        )
        if not {"from_code", "to_code"} <= metadata.keys():
            raise TranslationError(f"{archive}: metadata.json lacks from_code/to_code")
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".installing-") as staging:
            bundle.extractall(staging)
            destination = folder / top
            if destination.exists():
                shutil.rmtree(destination)
            Path(staging, top).replace(destination)
    return _package(destination, metadata)


def install_from_index(target: Language, folder: Path, index_url: str | None = None) -> Package:
    """Download and install the English→``target`` package named in the Argos index."""
    base = index_url or os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    url = base if base.endswith(".json") else base.rstrip("/") + "/index.json"

    def not_an_index(reason: str) -> TranslationError:
        return TranslationError(
            f"the package index at {url} {reason}; give the address of an Argos package "
            "index with --index or ARGOS_PACKAGE_INDEX"
        )

    entries = _json(_fetch(url), not_an_index)
    if not isinstance(entries, list):
        raise not_an_index("is not a JSON list of packages")
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        if entry.get("from_code") == "en" and entry.get("to_code") == target.argos_code:
            links = [link for link in entry.get("links") or () if isinstance(link, str)]
            if links:
                # install_file and _fetch say what failed in them; the rest is the scratch file.
                with (
                    _os_errors("cannot keep the downloaded package in a temporary folder"),
                    tempfile.TemporaryDirectory() as scratch,
                ):
                    archive = Path(scratch) / "package.argosmodel"
                    archive.write_bytes(_fetch(links[0]))
                    return install_file(archive, folder)
    raise TranslationError(f"the package index at {url} lists no English→{target.argos_name}")


def _fetch(url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise TranslationError(f"refusing to fetch {url}: only http and https are used")
    request = urllib.request.Request(url, headers={"User-Agent": f"briefing/{__version__}"})

    def cannot_fetch(reason: str) -> TranslationError:
        return TranslationError(f"cannot fetch {url} ({reason}); {_OFFLINE}")

    with (
        mapped_errors(DOWNLOAD_ERRORS, cannot_fetch),
        urllib.request.urlopen(request, timeout=_DOWNLOAD_TIMEOUT) as response,
    ):
        data: bytes = response.read(_MAX_PACKAGE_BYTES + 1)
        if response.length:  # the connection closed before the length the server announced
            raise cannot_fetch(_STOPPED_EARLY)
    if len(data) > _MAX_PACKAGE_BYTES:
        raise TranslationError(f"{url} is larger than {_MAX_PACKAGE_BYTES:,} bytes")
    return data


def remove(name_or_code: str, folder: Path) -> Path:
    """Remove an installed package, named by its folder (a broken one too) or by language
    (``fr``, ``prs``); returns the folder removed.
    """
    chosen = [candidate for candidate in _folders(folder) if candidate.name == name_or_code]
    if not chosen:
        try:
            target = language(name_or_code)
        except UnknownLanguage:
            target = None
        if target is not None:
            chosen = [
                package.path
                for package in installed_packages(folder)
                if package.from_code == "en" and package.to_code == target.argos_code
            ]
    if not chosen:
        raise TranslationError(f"no installed package matches '{name_or_code}' in {folder}")
    with _os_errors(f"cannot remove {chosen[0]}"):
        shutil.rmtree(chosen[0])
    return chosen[0]
