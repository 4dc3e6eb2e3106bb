"""Argos Translate packages: where they live, installing and removing them.

An ``.argosmodel`` is a zip holding one folder: ``metadata.json``, a CTranslate2 model in
``model/``, and a tokenizer (``sentencepiece.model``, or ``bpe.model``). Packages are
installed the way Argos does (unpacked into its packages folder), so both tools see the
same packages.
"""

from __future__ import annotations

import json
import lzma
import math
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from briefing.errors import (
    OS_ERRORS,
    ErrorMap,
    InputError,
    TranslationError,
    UnknownLanguage,
    mapped_errors,
)
from briefing.languages import ENGLISH, LANGUAGES, language, language_name
from briefing.sources.web import FetchOptions, download

ARGOS_KIND = "translate"
"""The ``type`` an Argos package's metadata gives."""
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
DOWNLOAD = FetchOptions(timeout=600, budget=math.inf, max_bytes=1_000_000_000, max_pages=1)
"""A package's download: fetched as articles are (no proxy, http and https only, redirects
checked), whole within ten minutes (a 100 MB package over a 2 Mbit/s line takes seven); one
download needs no budget beyond its timeout."""
INDEX = FetchOptions(timeout=60, budget=math.inf, max_bytes=10_000_000, max_pages=1)
"""The package index: a JSON list, some 100 kB."""
_MAX_UNPACKED_BYTES = 2_000_000_000  # the largest Argos packages unpack to a few hundred MB
# Model weights barely compress, so a package unpacking to 20 times its size is a zip bomb;
# below 64 MB the ratio is not checked (test models of zeros compress 300-fold).
_MAX_RATIO = 20
_RATIO_CHECKED_FROM = 64_000_000
_MAX_MEMBERS = 10_000
_ENCRYPTED = 0x1  # the zip general purpose flag of an encrypted member
_MAX_METADATA_BYTES = 1_000_000  # a metadata.json is a few hundred bytes
_OFFLINE = "offline, install from a file: 'briefing models install PATH.argosmodel'"

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
    kind: str = ARGOS_KIND
    """Argos's package type: ``translate``; ``nllb`` for an NLLB-200 conversion (Argos
    lists only ``translate`` packages, so it leaves those alone)."""
    licence: str = ""
    size: int = 0
    """The model's size in bytes, where the metadata gives it."""


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

    with (
        mapped_errors(OS_ERRORS, lambda reason: broken(f"cannot be read ({reason})")),
        (package / "metadata.json").open("rb") as stream,
    ):
        data = stream.read(_MAX_METADATA_BYTES + 1)
    return _metadata(data, broken)


def _metadata(data: bytes, broken: Callable[[str], TranslationError]) -> dict[str, Any]:
    """A package's ``metadata.json``: a JSON object, or ``broken`` says why not."""
    if len(data) > _MAX_METADATA_BYTES:
        raise broken(f"is over the {_MAX_METADATA_BYTES:,}-byte limit")
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
        kind=str(metadata.get("type", ARGOS_KIND)),
        licence=str(metadata.get("licence", "")),
        size=size if isinstance(size := metadata.get("model_size"), int) else 0,
    )


@dataclass(frozen=True, slots=True)
class Direction:
    """A pair of Argos languages a package translates between: ``fr-en``, ``en-fa``."""

    from_code: str
    to_code: str

    @property
    def name(self) -> str:
        """As ``briefing models install`` takes it: ``fr-en``; ``fr`` or ``prs`` for the
        English→brief language packages."""
        if self.from_code == ENGLISH.argos_code:
            for brief in LANGUAGES.values():
                if brief != ENGLISH and brief.argos_code == self.to_code:
                    return brief.code
        return f"{self.from_code}-{self.to_code}"

    @property
    def words(self) -> str:
        """In English words: ``French→English``."""
        return f"{language_name(self.from_code, ENGLISH)}→{language_name(self.to_code, ENGLISH)}"

    def served_by(self, package: Package) -> bool:
        """Whether ``package`` is an Argos package for this direction."""
        return package.kind == ARGOS_KIND and (package.from_code, package.to_code) == (
            self.from_code,
            self.to_code,
        )


_PAIR = re.compile(r"([a-z]{2,3})-([a-z]{2,3})")


def argos_code(code: str) -> str:
    """The Argos language an article in ``code`` is read as: Argos has no Dari, so Persian."""
    return LANGUAGES[code].argos_code if code in LANGUAGES else code


def direction(what: str) -> Direction:
    """The direction ``what`` names: a pair (``fr-en``, ``prs-en``), or a brief language
    (``fr``, ``prs``, ``dari``) for the English→that package."""
    pair = _PAIR.fullmatch(what.strip().lower())
    if pair is not None:
        return Direction(argos_code(pair.group(1)), argos_code(pair.group(2)))
    return Direction(ENGLISH.argos_code, language(what).argos_code)


def install_file(archive: Path, folder: Path) -> Package:
    """Unpack an ``.argosmodel`` into ``folder`` after checking it is a real package."""

    def unusable(reason: str) -> TranslationError:
        return TranslationError(f"cannot install {archive}: {reason}")

    if not archive.exists():
        raise TranslationError(f"cannot install {archive}: no such file was found")
    with mapped_errors(ZIP_ERRORS, unusable), zipfile.ZipFile(archive) as bundle:
        members = bundle.infolist()
        _check_members(members, archive.stat().st_size, unusable)
        names = [PurePosixPath(member.filename) for member in members]
        tops = {name.parts[0] for name in names if name.parts}
        if len(tops) != 1 or any(n.is_absolute() or ".." in n.parts for n in names):
            raise TranslationError(f"{archive} is not an Argos package (one folder expected)")
        top = tops.pop()
        described = bundle.getinfo(f"{top}/metadata.json")
        if described.file_size > _MAX_METADATA_BYTES:
            raise unusable(f"its metadata.json is over the {_MAX_METADATA_BYTES:,}-byte limit")
        metadata = _metadata(
            bundle.read(described.filename),
            lambda reason: unusable(f"its metadata.json {reason}"),
        )
        if not {"from_code", "to_code"} <= metadata.keys():
            raise TranslationError(f"{archive}: metadata.json lacks from_code/to_code")
        destination = folder / top
        if destination.is_symlink():  # replacing it would write where it links to
            raise unusable(f"{destination} is a link, not a package folder; remove it first")
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".installing-") as staging:
            # zipfile stops each member at the size its header declares (checked above).
            bundle.extractall(staging)
            if destination.exists():
                shutil.rmtree(destination)
            Path(staging, top).replace(destination)
    return _package(destination, metadata)


def _check_members(
    members: list[zipfile.ZipInfo], size: int, unusable: Callable[[str], TranslationError]
) -> None:
    """Refuse, before unpacking anything, an archive that would fill the disk, or that
    holds a member no package has: an encrypted one.
    """
    for member in members:
        if member.flag_bits & _ENCRYPTED:
            raise unusable(f"it cannot be unpacked (File '{member.filename}' is encrypted)")
    check_unpacked([member.file_size for member in members], size, unusable)


def check_unpacked(
    sizes: Sequence[int],
    size: int,
    unusable: Callable[[str], TranslationError],
    limit: int = _MAX_UNPACKED_BYTES,
) -> None:
    """Refuse files of these ``sizes``, packed in ``size`` bytes, that would fill the disk:
    too many, more than ``limit`` bytes, or a zip bomb's ratio."""
    if len(sizes) > _MAX_MEMBERS:
        raise unusable(f"it holds {len(sizes):,} files, more than {_MAX_MEMBERS:,}")
    unpacked = sum(sizes)
    if unpacked > limit:
        raise unusable(f"it would unpack to {unpacked:,} bytes, over the {limit:,}-byte limit")
    if unpacked > _RATIO_CHECKED_FROM and unpacked > _MAX_RATIO * size:
        raise unusable(
            f"it would unpack to {unpacked:,} bytes, {unpacked // max(size, 1):,} times its "
            "size: a zip bomb, not a package"
        )


def install_from_index(
    way: Direction,
    folder: Path,
    index_url: str | None = None,
    index: FetchOptions = INDEX,
    package: FetchOptions = DOWNLOAD,
) -> Package:
    """Download and install the package for ``way`` named in the Argos index
    (``index`` and ``package``: the limits of each download).

    The index is the user's choice (``--index``), and so are the links it lists: they
    may lead to a private address, as the index's own may.
    """
    base = index_url or os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    url = base if base.endswith(".json") else base.rstrip("/") + "/index.json"

    def not_an_index(reason: str) -> TranslationError:
        return TranslationError(
            f"the package index at {url} {reason}; give the address of an Argos package "
            "index with --index or ARGOS_PACKAGE_INDEX"
        )

    entries = _json(_fetch(url, index), not_an_index)
    if not isinstance(entries, list):
        raise not_an_index("is not a JSON list of packages")
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        if (entry.get("from_code"), entry.get("to_code")) == (way.from_code, way.to_code):
            links = entry.get("links")
            if not isinstance(links, list):
                raise not_an_index(f"gives {way.words} no list of links")
            links = [link for link in links if isinstance(link, str)]
            if links:
                # install_file and _fetch say what failed in them; the rest is the scratch file.
                with (
                    _os_errors("cannot keep the downloaded package in a temporary folder"),
                    tempfile.TemporaryDirectory() as scratch,
                ):
                    archive = Path(scratch) / "package.argosmodel"
                    archive.write_bytes(_fetch(links[0], package))
                    return install_file(archive, folder)
    raise TranslationError(f"the package index at {url} lists no {way.words}")


def _fetch(url: str, limits: FetchOptions) -> bytes:
    try:
        return download(url, limits)
    except InputError as error:
        raise TranslationError(f"{error}; {_OFFLINE}") from error


def remove(name_or_code: str, folder: Path) -> Path:
    """Remove an installed package, named by its folder (a broken one too), by language
    (``fr``, ``prs``: the English→that package) or by pair (``fr-en``); returns the folder
    removed.
    """
    chosen = [candidate for candidate in _folders(folder) if candidate.name == name_or_code]
    if not chosen:
        try:
            way = direction(name_or_code)
        except UnknownLanguage:
            way = None
        if way is not None:
            chosen = [p.path for p in installed_packages(folder) if way.served_by(p)]
    if not chosen:
        raise TranslationError(f"no installed package matches '{name_or_code}' in {folder}")
    if chosen[0].is_symlink():  # removing what it links to would delete outside the folder
        raise TranslationError(
            f"{chosen[0]} is a link, not a package folder: remove the link yourself"
        )
    with _os_errors(f"cannot remove {chosen[0]}"):
        shutil.rmtree(chosen[0])
    return chosen[0]
