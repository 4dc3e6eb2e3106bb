"""Installing NLLB-200 conversions: a folder, a zip, a tar; and what is refused, in one
sentence, before anything is written. Real archives, written and damaged here."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from briefing.errors import TranslationError
from briefing.translate.nllb_package import install_conversion, is_conversion
from briefing.translate.packages import installed_packages

FILES = ("config.json", "model.bin", "sentencepiece.bpe.model", "shared_vocabulary.json")


def zipped(conversion: Path, archive: Path, top: str = "nllb-200-toy") -> Path:
    with zipfile.ZipFile(archive, "w") as bundle:
        for name in FILES:
            bundle.write(conversion / name, f"{top}/{name}")
    return archive


def tarred(conversion: Path, archive: Path, extra: tarfile.TarInfo | None = None) -> Path:
    with tarfile.open(archive, "w:gz") as bundle:
        for name in FILES:
            bundle.add(conversion / name, f"nllb-200-toy/{name}")
        if extra is not None:
            bundle.addfile(extra, io.BytesIO(b"x" * extra.size) if extra.isfile() else None)
    return archive


def refused(source: Path, packages: Path) -> str:
    with pytest.raises(TranslationError) as raised:
        install_conversion(source, packages)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"cannot install {source}")
    assert not any(packages.glob("nllb*")), "nothing is installed from a refused source"
    return message


@pytest.mark.parametrize("form", ["folder", "zip", "tar.gz"])
def test_a_conversion_installs_from_a_folder_or_an_archive_with_its_metadata(
    nllb_conversion: Path, tmp_path: Path, form: str
) -> None:
    source = {
        "folder": lambda: nllb_conversion,
        "zip": lambda: zipped(nllb_conversion, tmp_path / "nllb-200-toy.zip"),
        "tar.gz": lambda: tarred(nllb_conversion, tmp_path / "nllb-200-toy.tar.gz"),
    }[form]()
    assert is_conversion(source)
    package = install_conversion(source, tmp_path / "packages")
    assert package.name == "nllb-200-toy" and package.kind == "nllb"
    assert package.licence == "CC-BY-NC-4.0"
    assert package.size == (nllb_conversion / "model.bin").stat().st_size
    assert package.to_code.split() == ["fra_Latn", "prs_Arab", "pes_Arab"]
    assert sorted(p.name for p in (package.path / "model").iterdir()) == list(FILES)
    assert installed_packages(tmp_path / "packages") == [package]
    # Argos reads the same folder and lists only its own type of package.
    metadata = json.loads((package.path / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["type"] == "nllb"


def test_the_same_conversion_installs_with_the_same_version_however_packed(
    nllb_conversion: Path, tmp_path: Path
) -> None:
    from_folder = install_conversion(nllb_conversion, tmp_path / "a")
    archive = tarred(nllb_conversion, tmp_path / "nllb-200-toy.tar.gz")
    assert install_conversion(archive, tmp_path / "b").version == from_folder.version


def test_an_argos_package_is_not_taken_for_a_conversion(tmp_path: Path) -> None:
    from installs import FRENCH_PACKAGE

    assert not is_conversion(FRENCH_PACKAGE)


def test_a_conversion_without_its_sentencepiece_model_says_where_to_put_it(
    nllb_conversion: Path, tmp_path: Path
) -> None:
    source = shutil.copytree(nllb_conversion, tmp_path / "nllb-200-toy")
    (source / "sentencepiece.bpe.model").unlink()
    assert refused(source, tmp_path / "packages").endswith(
        "it is not a CTranslate2 conversion of NLLB-200: it lacks sentencepiece.bpe.model "
        "(copy it from the original model, beside model.bin)"
    )


def test_a_model_without_nllb_language_tokens_is_refused(
    nllb_conversion: Path, tmp_path: Path
) -> None:
    source = shutil.copytree(nllb_conversion, tmp_path / "nllb-200-toy")
    vocabulary = source / "shared_vocabulary.json"
    words = json.loads(vocabulary.read_text(encoding="utf-8"))
    vocabulary.write_text(json.dumps([w for w in words if w != "eng_Latn"]), encoding="utf-8")
    assert "its vocabulary lacks NLLB's language tokens (eng_Latn and one of" in refused(
        source, tmp_path / "packages"
    )


def test_a_folder_holding_a_link_is_refused(nllb_conversion: Path, tmp_path: Path) -> None:
    source = shutil.copytree(nllb_conversion, tmp_path / "nllb-200-toy")
    (source / "secrets").symlink_to("/etc/passwd")
    assert refused(source, tmp_path / "packages").endswith(
        "secrets is a link or a special file, not a model file"
    )


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (
            tarfile.TarInfo("nllb-200-toy/escape"),
            "nllb-200-toy/escape is a link or a special file, not a model file",
        ),
        (tarfile.TarInfo("../outside.txt"), "../outside.txt leads outside the folder"),
    ],
    ids=["symlink", "dot-dot"],
)
def test_a_tar_with_a_link_or_a_path_outside_is_refused(
    nllb_conversion: Path, tmp_path: Path, entry: tarfile.TarInfo, reason: str
) -> None:
    if entry.name.endswith("escape"):
        entry.type, entry.linkname = tarfile.SYMTYPE, "/etc/passwd"
    else:
        entry.size = 1
    archive = tarred(nllb_conversion, tmp_path / "nllb.tar.gz", entry)
    assert reason in refused(archive, tmp_path / "packages")


def test_an_archive_that_would_fill_the_disk_is_refused_before_unpacking(
    nllb_conversion: Path, tmp_path: Path
) -> None:
    """A zip whose member claims 9 GB: refused from its directory, nothing read."""
    archive = zipped(nllb_conversion, tmp_path / "nllb.zip")
    data = bytearray(archive.read_bytes())
    last = data.rfind(b"PK\x01\x02")  # the last central-directory entry
    # Its uncompressed size (offset 24, 4 bytes) made ~4.29 GB, and the same for the entry
    # before it: together over the 8 GB limit.
    for entry in (last, data.rfind(b"PK\x01\x02", 0, last)):
        data[entry + 24 : entry + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    assert "over the 8,000,000,000-byte limit" in refused(archive, tmp_path / "packages")


def test_something_that_is_neither_folder_nor_archive_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert refused(missing, tmp_path / "packages").endswith("no such file or folder was found")
