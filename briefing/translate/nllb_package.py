"""NLLB-200 converted for CTranslate2: recognising, checking and installing it.

A conversion (``ct2-transformers-converter --model facebook/nllb-200-distilled-600M``) is
a folder holding ``model.bin``, ``config.json`` and its vocabulary
(``shared_vocabulary.json`` or ``.txt``), beside which the user puts the model's
SentencePiece file, ``sentencepiece.bpe.model``. It is given as that folder, or as a
``.zip`` or ``.tar`` (compressed or not) of it, and recognised by those files and by
NLLB's language tokens in its vocabulary. Archives get the checks ``.argosmodel`` files get
(size, ratio, number of files), and no member may be a link or lead outside the folder.

It is installed into the packages folder as ``nllb-NAME/``: a ``metadata.json`` of type
``nllb`` (which Argos leaves alone) naming its licence and size, and the files in
``model/``.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import stat
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO

from briefing.errors import OS_ERRORS, ErrorMap, TranslationError, mapped_errors
from briefing.translate.packages import (
    ZIP_ERRORS,
    Package,
    check_unpacked,
    installed_packages,
)

LICENCE = "CC-BY-NC-4.0"
"""The licence of NLLB-200's weights (Meta AI): non-commercial use only."""
NAME = "NLLB-200"
KIND = "nllb"
"""The ``type`` in an installed conversion's ``metadata.json`` (Argos's are ``translate``)."""
SENTENCEPIECE = "sentencepiece.bpe.model"
VOCABULARIES = ("shared_vocabulary.json", "shared_vocabulary.txt")
REQUIRED = ("model.bin", "config.json", SENTENCEPIECE)
SOURCE_TOKEN = "eng_Latn"
TARGET_TOKENS = {"fra_Latn": "French", "prs_Arab": "Dari", "pes_Arab": "Persian"}
"""The directions a brief can use, by NLLB's token: a conversion needs one at least."""
_MAX_UNPACKED_BYTES = 8_000_000_000  # NLLB-200 3.3B in float16 is 6.6 GB
_MAX_VOCABULARY_BYTES = 50_000_000  # NLLB's 256,206 tokens take about 5 MB
_CHUNK = 1 << 20

TAR_ERRORS: ErrorMap = {
    **ZIP_ERRORS,
    tarfile.TarError: lambda error: f"it is not a tar archive, or a damaged one ({error})",
}


@dataclass(frozen=True, slots=True)
class _Member:
    """A plain file of the conversion: where it is in it, its declared size, how to read it."""

    path: PurePosixPath
    size: int
    open: Callable[[], IO[bytes]]


def is_conversion(source: Path) -> bool:
    """Whether ``source`` looks like an NLLB conversion rather than an ``.argosmodel``: a
    folder, a tar archive, or a zip holding ``sentencepiece.bpe.model``."""
    if source.is_dir():
        return True
    if not source.is_file():
        return False
    with mapped_errors(
        OS_ERRORS, lambda reason: TranslationError(f"cannot read {source} ({reason})")
    ):
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as bundle:
                return any(PurePosixPath(n).name == SENTENCEPIECE for n in bundle.namelist())
        return tarfile.is_tarfile(source)


def install_conversion(source: Path, folder: Path) -> Package:
    """Check ``source`` (a folder or archive of an NLLB-200 conversion) and install it."""

    def unusable(reason: str) -> TranslationError:
        return TranslationError(f"cannot install {source}: {reason}")

    with mapped_errors(TAR_ERRORS, unusable), _members(source, unusable) as (members, packed):
        check_unpacked([m.size for m in members], packed, unusable, _MAX_UNPACKED_BYTES)
        root, files = _model_files(members, unusable)
        tokens = _language_tokens(files, unusable)
        name = _folder_name(root.name if root.parts else _stem(source))
        destination = folder / name
        if destination.is_symlink():  # replacing it would write where it links to
            raise unusable(f"{destination} is a link, not a package folder; remove it first")
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".installing-") as staging:
            model = Path(staging, name, "model")
            model.mkdir(parents=True)
            digest = hashlib.sha256()
            for file_name in sorted(files):  # the version: a hash of every file, in order
                _copy(files[file_name], model / file_name, digest, unusable)
            metadata = {
                "type": KIND,
                "name": NAME,
                "package_version": digest.hexdigest()[:12],
                "from_code": "en",
                "from_name": "English",
                "to_code": " ".join(tokens),
                "to_name": ", ".join(TARGET_TOKENS[token] for token in tokens),
                "licence": LICENCE,
                "model_size": files["model.bin"].size,
            }
            Path(staging, name, "metadata.json").write_text(
                json.dumps(metadata, indent=2) + "\n", encoding="utf-8"
            )
            if destination.exists():
                shutil.rmtree(destination)
            Path(staging, name).replace(destination)
    return next(package for package in installed_packages(folder) if package.name == name)


@contextmanager
def _members(
    source: Path, unusable: Callable[[str], TranslationError]
) -> Iterator[tuple[list[_Member], int]]:
    """The plain files of a folder, zip or tar, and the bytes they take packed; a link,
    a device or a path leading outside refuses the whole."""
    with ExitStack() as stack:
        members: list[_Member] = []
        if not source.exists():
            raise unusable("no such file or folder was found")
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                relative = PurePosixPath(path.relative_to(source).as_posix())
                if path.is_symlink() or not (path.is_dir() or path.is_file()):
                    raise unusable(f"{relative} is a link or a special file, not a model file")
                if path.is_file():
                    members.append(_Member(relative, path.stat().st_size, partial(_file, path)))
            packed = sum(member.size for member in members)
        elif zipfile.is_zipfile(source):
            bundle = stack.enter_context(zipfile.ZipFile(source))
            for info in bundle.infolist():
                if info.flag_bits & 0x1:
                    raise unusable(f"it cannot be unpacked (File '{info.filename}' is encrypted)")
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise unusable(f"{info.filename} is a link, not a model file")
                if not info.is_dir():
                    opener = partial(bundle.open, info)
                    members.append(_Member(PurePosixPath(info.filename), info.file_size, opener))
            packed = source.stat().st_size
        else:
            archive = stack.enter_context(tarfile.open(source))
            for entry in archive.getmembers():
                if entry.isdir():
                    continue
                if not entry.isfile():
                    raise unusable(f"{entry.name} is a link or a special file, not a model file")
                opener = partial(_tar_file, archive, entry)
                members.append(_Member(PurePosixPath(entry.name), entry.size, opener))
            packed = source.stat().st_size
        for member in members:
            if member.path.is_absolute() or ".." in member.path.parts:
                raise unusable(f"{member.path} leads outside the folder it is unpacked into")
        yield members, packed


def _file(path: Path) -> IO[bytes]:
    return path.open("rb")


def _tar_file(archive: tarfile.TarFile, entry: tarfile.TarInfo) -> IO[bytes]:
    stream = archive.extractfile(entry)
    if stream is None:
        raise tarfile.TarError(f"{entry.name} cannot be read")
    return stream


def _model_files(
    members: list[_Member], unusable: Callable[[str], TranslationError]
) -> tuple[PurePosixPath, dict[str, _Member]]:
    """The folder holding ``model.bin``, and its files by name; refused unless it holds all
    a conversion needs."""
    models = [member.path.parent for member in members if member.path.name == "model.bin"]
    if len(models) != 1:
        raise unusable(
            "it is not a CTranslate2 conversion of NLLB-200 (one folder with model.bin, "
            f"config.json, a shared vocabulary and {SENTENCEPIECE} expected)"
        )
    root = models[0]
    files = {member.path.name: member for member in members if member.path.parent == root}
    lacking = [name for name in REQUIRED if name not in files]
    if not any(name in files for name in VOCABULARIES):
        lacking.append(" or ".join(VOCABULARIES))
    if lacking:
        raise unusable(
            f"it is not a CTranslate2 conversion of NLLB-200: it lacks {', '.join(lacking)}"
            + (
                " (copy it from the original model, beside model.bin)"
                if SENTENCEPIECE in lacking
                else ""
            )
        )
    return root, files


def _language_tokens(
    files: dict[str, _Member], unusable: Callable[[str], TranslationError]
) -> list[str]:
    """The brief's NLLB directions the vocabulary has; refused without English or any."""
    vocabulary = next(files[name] for name in VOCABULARIES if name in files)
    if vocabulary.size > _MAX_VOCABULARY_BYTES:
        raise unusable(
            f"its {vocabulary.path.name} is over the {_MAX_VOCABULARY_BYTES:,}-byte limit"
        )
    with vocabulary.open() as stream:
        data = stream.read(_MAX_VOCABULARY_BYTES + 1)
    words: set[str]
    if vocabulary.path.suffix == ".json":
        with mapped_errors(
            {json.JSONDecodeError: str, UnicodeDecodeError: str, RecursionError: str},
            lambda reason: unusable(f"its {vocabulary.path.name} is not a JSON list ({reason})"),
        ):
            parsed = json.loads(data)
        if not isinstance(parsed, list):
            raise unusable(f"its {vocabulary.path.name} is not a JSON list")
        words = {word for word in parsed if isinstance(word, str)}
    else:
        words = set(data.decode("utf-8", errors="replace").splitlines())
    tokens = [token for token in TARGET_TOKENS if token in words]
    if SOURCE_TOKEN not in words or not tokens:
        raise unusable(
            f"its vocabulary lacks NLLB's language tokens ({SOURCE_TOKEN} and one of "
            f"{', '.join(TARGET_TOKENS)}): it is not NLLB-200"
        )
    return tokens


def _copy(
    member: _Member,
    destination: Path,
    digest: hashlib._Hash,
    unusable: Callable[[str], TranslationError],
) -> None:
    """Copy ``member``, no more than its declared size, into the hash of the whole."""
    written = 0
    with member.open() as stream, destination.open("wb") as out:
        while chunk := stream.read(_CHUNK):
            written += len(chunk)
            if written > member.size:
                raise unusable(f"{member.path} is larger than it says it is")
            digest.update(chunk)
            out.write(chunk)


def _stem(source: Path) -> str:
    """An archive's name without its suffixes (``nllb-600M.tar.gz`` is ``nllb-600M``)."""
    return re.sub(r"(\.tar)?(\.(zip|tar|tgz|gz|bz2|xz))+$", "", source.name)


def _folder_name(name: str) -> str:
    """The package folder: the conversion's name as a safe folder name, ``nllb-`` first."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-") or "200"
    return safe if safe.lower().startswith("nllb") else f"nllb-{safe}"
