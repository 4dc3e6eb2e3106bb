"""briefing's own Argos engine against argostranslate, on the committed fixture packages.

argostranslate is the reference: it translates the same packages as briefing, so its
output is what briefing's must be. It reads its settings and makes folders when first
imported, so it runs in a subprocess with temporary folders (as in test_argos_fixture.py).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from installs import EXAMPLE, FRENCH_PACKAGE, PERSIAN_PACKAGE, installed

from briefing.errors import TranslationError
from briefing.translate import engine as engine_module
from briefing.translate.engine import ArgosEngine, BPETokenizer, cuda_problem
from briefing.translate.packages import Package, installed_packages

FIXTURES = FRENCH_PACKAGE.parent
UNSURE_PACKAGE = FIXTURES / "translate-en_fr-unsure.argosmodel"
# Varied news sentences: quotes, accents, figures, symbols the vocabulary lacks (☃, €).
SENTENCES = [
    "The council met on Monday.",
    "It voted 9 to 4.",
    "“We have waited long enough,” said Amina Yusuf.",
    "Prices rose 3.5 % in Zürich, to €1,200 a month.",
    "Le café était fermé; naïve résumé ☃ ß µ.",
    "Water rose along the river, and the bridge at Tarsan closed.",
    "Roads are shut",
    "A",
]

ARGOS_PER_SENTENCE = """
import json, sys
import argostranslate.package, argostranslate.translate
for path in sys.argv[2:]:
    argostranslate.package.install_from_path(path)
sentences = json.loads(sys.argv[1])
print(json.dumps({
    code: [argostranslate.translate.translate(s, "en", code) for s in sentences]
    for code in ("fr", "fa")
}))
"""


def argos_environment(scratch: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ARGOS_", "XDG_")) and key != "HOME"
    }
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME"):
        (scratch / name).mkdir()
        env[name] = str(scratch / name)
    return env | {
        "ARGOS_PACKAGES_DIR": str(scratch / "packages"),
        "ARGOS_DEVICE_TYPE": "cpu",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def translated(engine: ArgosEngine, sentences: list[str]) -> dict[str, str]:
    return {
        sentence: output.text
        for part in engine.translate_sentences(sentences)
        for sentence, output in part.items()
    }


def test_briefing_translates_the_fixture_packages_as_argostranslate_does(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            ARGOS_PER_SENTENCE,
            json.dumps(SENTENCES),
            str(FRENCH_PACKAGE),
            str(PERSIAN_PACKAGE),
        ],
        capture_output=True,
        text=True,
        env=argos_environment(tmp_path),
        cwd=tmp_path,
        timeout=180,
    )
    assert completed.returncode == 0, completed.stderr
    by_argos = json.loads(completed.stdout.strip().splitlines()[-1])
    packages = {p.to_code: p for p in installed_packages(tmp_path / "packages")}
    for code in ("fr", "fa"):
        ours = translated(ArgosEngine(packages[code], threads=1), SENTENCES)
        assert [ours[sentence] for sentence in SENTENCES] == by_argos[code]
    assert by_argos["fr"][0] == "THE COUNCIL MET ON MONDAY."  # the reference did translate


def unpacked(archive: Path, folder: Path) -> Package:
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(folder)
    [package] = installed_packages(folder)
    return package


def test_sorted_batches_translate_each_sentence_as_alone(tmp_path: Path) -> None:
    """Many sentences on one thread: several calls, shortest first, each within its
    token budget, and every sentence as it comes out translated on its own."""
    package = unpacked(FRENCH_PACKAGE, tmp_path)
    many = [f"{sentence} ({number})" for number in range(24) for sentence in SENTENCES]
    parts = list(ArgosEngine(package, threads=1).translate_sentences(many))
    assert len(parts) > 1
    lengths = [max(len(sentence) for sentence in part) for part in parts]
    assert lengths == sorted(lengths)
    # Character-level pieces: a sentence is about its length in tokens, plus ▁.
    budget = engine_module.DEVICES["cpu"].batch_tokens
    assert all(len(part) * (max(map(len, part)) + 1) <= budget for part in parts if len(part) > 1)
    together = {sentence: output.text for part in parts for sentence, output in part.items()}
    alone = translated(ArgosEngine(package, threads=1), many[-3:])
    assert sorted(together) == sorted(many)
    assert all(together[sentence] == alone[sentence] for sentence in alone)


def test_confidence_is_high_for_a_sure_model_and_low_for_an_unsure_one(tmp_path: Path) -> None:
    sure = unpacked(FRENCH_PACKAGE, tmp_path / "sure")
    unsure = unpacked(UNSURE_PACKAGE, tmp_path / "unsure")
    outputs = {
        package.version: {
            s: o
            for part in ArgosEngine(package).translate_sentences(SENTENCES[:3])
            for s, o in part.items()
        }
        for package in (sure, unsure)
    }
    assert all(o.confidence > 0.99 for o in outputs["1.0"].values())
    assert all(o.confidence < 0.1 for o in outputs["0.9"].values())
    # The same words: only how sure the model was differs.
    assert {s: o.text for s, o in outputs["1.0"].items()} == {
        s: o.text for s, o in outputs["0.9"].items()
    }


def test_a_damaged_tokenizer_fails_when_translating_in_one_sentence(
    home: dict[str, str],
) -> None:
    installed(home)
    [package] = installed_packages(Path(home["ARGOS_PACKAGES_DIR"]))
    (package.path / "sentencepiece.model").write_bytes(b"not a sentencepiece model")
    with pytest.raises(TranslationError) as raised:
        list(ArgosEngine(package).translate_sentences(["The council met on Monday."]))
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("translate-en_fr-1_0 could not translate (")
    assert message.endswith(
        "remove it with 'briefing models remove translate-en_fr-1_0' and install it again"
    )


def test_a_gpu_without_cuda_12_cublas_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """This machine has no GPU: a CTranslate2 that sees one is stood in for, and the
    cuBLAS it then loads for real is one that cannot be found."""
    monkeypatch.setattr(engine_module, "CUBLAS", "libcublas.so.12-not-here")
    seeing_a_gpu = SimpleNamespace(get_cuda_device_count=lambda: 1, __version__="4.8.5")
    assert cuda_problem(seeing_a_gpu) == (
        "CTranslate2 4.8.5 needs CUDA 12's cuBLAS (libcublas.so.12-not-here), which cannot be "
        "loaded: install it ('pip install nvidia-cublas-cu12', its lib folder on "
        "LD_LIBRARY_PATH, or the CUDA 12 toolkit)"
    )


def test_auto_falls_back_to_the_cpu_without_a_gpu(tmp_path: Path) -> None:
    import ctranslate2

    if ctranslate2.get_cuda_device_count():
        pytest.skip("this machine has a GPU: auto rightly uses it")
    package = unpacked(FRENCH_PACKAGE, tmp_path)
    assert translated(ArgosEngine(package, device="auto"), ["A"]) == {"A": "A"}


def test_bpe_packages_are_tokenized_as_argostranslate_does(tmp_path: Path) -> None:
    """Argos's older packages use Moses tokenization and BPE codes (subword-nmt's format)."""
    from argostranslate.tokenizer import BPETokenizer as ArgosBPETokenizer
    from subword_nmt.learn_bpe import learn_bpe

    codes = tmp_path / "bpe.model"
    with codes.open("w", encoding="utf-8") as written:
        learn_bpe(io.StringIO(EXAMPLE.read_text(encoding="utf-8")), written, 300)
    ours = BPETokenizer(codes, "en", "fr")
    theirs = ArgosBPETokenizer(codes, "en", "fr")
    for sentence in SENTENCES:
        pieces = ours.encode(sentence)
        assert pieces == theirs.encode(sentence)
        assert ours.decode(pieces) == theirs.decode(pieces)
    assert any(piece.endswith("@@") for piece in ours.encode(SENTENCES[2]))


def test_a_damaged_bpe_file_fails_in_one_sentence(tmp_path: Path) -> None:
    """subword-nmt would end the process on a line that is not two units: checked first."""
    package = unpacked(FRENCH_PACKAGE, tmp_path)
    (package.path / "sentencepiece.model").unlink()
    (package.path / "bpe.model").write_text("#version: 0.2\nt h\nnot three units\n")
    with pytest.raises(TranslationError) as raised:
        list(ArgosEngine(package).translate_sentences(["The council met on Monday."]))
    assert str(raised.value) == (
        "translate-en_fr-1_0 could not translate (bpe.model is not a file of BPE codes); if "
        "its files are damaged, remove it with 'briefing models remove translate-en_fr-1_0' "
        "and install it again"
    )
