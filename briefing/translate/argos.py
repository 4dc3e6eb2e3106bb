"""Argos Translate packages: where they live, installing and removing them, translating.

An ``.argosmodel`` is a zip holding one folder: ``metadata.json``, a CTranslate2 model in
``model/``, and a tokenizer (``sentencepiece.model``, or ``bpe.model``). Packages are
installed the way Argos does (unpacked into its packages folder), so both tools see the
same packages. Translation drives CTranslate2 directly, one batched call for all
sentences, with Argos's own tokenizer classes: ``argostranslate.translate`` is never
imported, because it loads stanza and torch (2-3 s, 330 MB) and downloads a sentence
splitter on first use.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path, PurePosixPath
from typing import Any

from briefing import __version__
from briefing.errors import TranslationError, UnknownLanguage
from briefing.languages import Language, language
from briefing.model import MachineTranslation

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
_DOWNLOAD_TIMEOUT = 60
_MAX_PACKAGE_BYTES = 1_000_000_000


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
    found = []
    for candidate in sorted(folder.iterdir()) if folder.is_dir() else ():
        metadata = candidate / "metadata.json"
        if metadata.is_file():
            found.append(_package(candidate, _installed_metadata(metadata)))
    return found


def _installed_metadata(path: Path) -> dict[str, Any]:
    """An installed package's ``metadata.json``; a broken one names the folder to fix."""
    broken = TranslationError(
        f"{path} is not a readable package description; reinstall the package or "
        f"remove {path.parent}"
    )
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # ValueError: not JSON, or not UTF-8
        raise broken from error
    if not isinstance(metadata, dict):
        raise broken
    return metadata


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
    try:
        with zipfile.ZipFile(archive) as bundle:
            names = [PurePosixPath(name) for name in bundle.namelist()]
            tops = {name.parts[0] for name in names if name.parts}
            if len(tops) != 1 or any(n.is_absolute() or ".." in n.parts for n in names):
                raise TranslationError(f"{archive} is not an Argos package (one folder expected)")
            top = tops.pop()
            metadata = json.loads(bundle.read(f"{top}/metadata.json"))
            if not {"from_code", "to_code"} <= metadata.keys():
                raise TranslationError(f"{archive}: metadata.json lacks from_code/to_code")
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=folder, prefix=".installing-") as staging:
                bundle.extractall(staging)
                destination = folder / top
                if destination.exists():
                    shutil.rmtree(destination)
                Path(staging, top).replace(destination)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise TranslationError(f"{archive} is not a usable Argos package ({error})") from error
    return _package(destination, metadata)


def install_from_index(target: Language, folder: Path, index_url: str | None = None) -> Package:
    """Download and install the English→``target`` package named in the Argos index."""
    base = index_url or os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    url = base if base.endswith(".json") else base.rstrip("/") + "/index.json"
    entries = json.loads(_fetch(url))
    for entry in entries:
        if entry.get("from_code") == "en" and entry.get("to_code") == target.argos_code:
            links = entry.get("links") or []
            if links:
                with tempfile.TemporaryDirectory() as scratch:
                    archive = Path(scratch) / "package.argosmodel"
                    archive.write_bytes(_fetch(links[0]))
                    return install_file(archive, folder)
    raise TranslationError(f"the package index at {url} lists no English→{target.argos_name}")


def _fetch(url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise TranslationError(f"refusing to fetch {url}: only http and https are used")
    request = urllib.request.Request(url, headers={"User-Agent": f"briefing/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=_DOWNLOAD_TIMEOUT) as response:
            data: bytes = response.read(_MAX_PACKAGE_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise TranslationError(
            f"cannot fetch {url} ({error}); offline, install from a file: "
            "'briefing models install PATH.argosmodel'"
        ) from error
    if len(data) > _MAX_PACKAGE_BYTES:
        raise TranslationError(f"{url} is larger than {_MAX_PACKAGE_BYTES:,} bytes")
    return data


def remove(name_or_code: str, folder: Path) -> Package:
    """Remove an installed package, named by folder name or by language (``fr``, ``prs``)."""
    packages = installed_packages(folder)
    chosen = [p for p in packages if p.name == name_or_code]
    if not chosen:
        try:
            target = language(name_or_code)
            chosen = [p for p in packages if p.from_code == "en" and p.to_code == target.argos_code]
        except UnknownLanguage:
            chosen = []
    if not chosen:
        raise TranslationError(f"no installed package matches '{name_or_code}' in {folder}")
    shutil.rmtree(chosen[0].path)
    return chosen[0]


class ArgosEngine:
    """Translates sentences with an installed Argos package, all in one batch.

    The model loads on the first sentences to translate: a rebuild served from the
    cache never pays for it.
    """

    def __init__(
        self,
        package: Package,
        device: str = "cpu",
        beam_size: int = 4,
        threads: int = 0,
        max_decoding_length: int | None = None,
    ) -> None:
        """``threads`` 0 lets CTranslate2 choose; ``max_decoding_length`` None allows each
        sentence twice its length (CTranslate2's own default, 256 tokens, cuts long ones).
        """
        # Fail now, with the install command, rather than after the articles are read.
        if not all(find_spec(name) for name in ("ctranslate2", "sentencepiece", "argostranslate")):
            raise TranslationError(
                "translation needs the translate extra: pip install 'briefing[translate]'"
            )
        self.package = package
        self.device = device
        self.beam_size = beam_size
        self.threads = threads
        self.max_decoding_length = max_decoding_length
        self.provenance = MachineTranslation(
            engine="Argos Translate",
            package=package.name,
            version=package.version,
            from_code=package.from_code,
            to_code=package.to_code,
        )
        self._loaded: tuple[Any, Any] | None = None

    def _load(self) -> tuple[Any, Any]:
        if self._loaded is None:
            import ctranslate2
            from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

            package = self.package
            sentencepiece = package.path / "sentencepiece.model"
            tokenizer = (
                SentencePieceTokenizer(sentencepiece)
                if sentencepiece.exists()
                else BPETokenizer(package.path / "bpe.model", package.from_code, package.to_code)
            )
            device = self.device
            if device == "auto":
                device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
            try:
                translator = ctranslate2.Translator(
                    str(package.path / "model"),
                    device=device,
                    compute_type="auto",
                    intra_threads=self.threads,
                )
            except (RuntimeError, ValueError) as error:
                raise TranslationError(
                    f"cannot load {package.name} on {device} ({error})"
                ) from error
            self._loaded = (tokenizer, translator)
        return self._loaded

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]:
        """Each sentence translated; one CTranslate2 call for the whole batch."""
        if not sentences:
            return []
        tokenizer, translator = self._load()
        tokens = [tokenizer.encode(sentence) for sentence in sentences]
        longest = max(len(sentence_tokens) for sentence_tokens in tokens)
        prefix = self.package.target_prefix
        results = translator.translate_batch(
            tokens,
            target_prefix=[[prefix]] * len(tokens) if prefix else None,
            beam_size=self.beam_size,
            replace_unknowns=True,
            length_penalty=0.2,
            max_batch_size=64,
            batch_type="examples",
            max_decoding_length=self.max_decoding_length or max(256, 2 * longest + 8),
        )
        translated = []
        for result in results:
            text = tokenizer.decode(result.hypotheses[0])
            if prefix and text.startswith(prefix):
                text = text[len(prefix) :]
            translated.append(text.strip())
        return translated
