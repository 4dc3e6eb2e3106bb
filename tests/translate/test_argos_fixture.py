"""The toy Argos packages in ``tests/fixtures`` are genuine, offline, and what the script builds.

``build_argos_fixture.py`` explains how the upper-casing "translation" works. argostranslate reads
its settings and creates folders when first imported, so it only ever runs here in a subprocess
whose data, config, cache and home folders are temporary.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from conftest import REPO

FIXTURES = REPO / "tests" / "fixtures"
PACKAGES = {"fr": "French", "fa": "Persian"}
TO_ENGLISH = {"fr": "French", "fa": "Persian"}


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_argos_fixture", FIXTURES / "build_argos_fixture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()

SENTENCES = [
    "The council met on Monday.",
    "It voted 9 to 4.",
    "“We will not back down,” the mayor said.",
    "‘Enough’ is enough – for now.",
    "Turnout rose to 3.5% — the highest since 1998.",
    "The budget grew by $40 million.",
    "About 25,000 people marched…",
    "Is this the end?",
    "Stop!",
    "Café owners in Zürich protested.",
    "Señora Núñez déclined to comment.",
    "¶ 4 of the ruling was struck out.",
    "The rate is 1/3 (roughly).",
    "Email press@example.org for details.",
    "A: yes; B: no.",
    "Prices: €12, £9, ¥300.",
    "She said: “It’s over.”",
    "Vote count — 1,204 for; 987 against.",
    "Temperatures hit 41°C in Seville.",
    "The 2024–25 season starts in August.",
    "Ægir and Øystein won gold.",
    "naïve façade, coöperate, rôle",
    "Mr O’Brien’s office declined.",
    "Über-rich investors left.",
    "Item #7 costs 8.99.",
    "x",
    "12345",
    "...",
    "[citation needed]",
    "{braces} and <angles>",
    "Back\\slash and pipe|bar",
    "Tilde ~ caret ^ grave `",
    "The minister resigned on 3 March.",
    "Rain is expected; winds up to 90 km/h.",
    "“Why now?” asked one resident.",
    "Ten percent — or 10% — agreed.",
    "The bill passed 52–48.",
    "ÀÉÎÕÜ are already capitals.",
    "àéîõü are not.",
    "ÿ becomes Ÿ; œ becomes Œ.",
    "ß and µ have no single-letter capital here.",
    "Snowman ☃ and dotless ı are not in the vocabulary.",
    "Non\u00a0breaking space stays.",
    "Quotes: 'single' and \"double\".",
    "The ‘Big Four’ met in Paris.",
    "Growth slowed to 0.2% in Q3.",
    "Officials counted 1,000,000 ballots.",
    "Fines of up to $2.5bn were proposed.",
    "Question marks?! Exclamations!?",
    "The end.",
]


def test_fifty_varied_sentences() -> None:
    assert len(SENTENCES) == 50


def test_expected_translation_upper_cases_letters_only() -> None:
    assert builder.expected_translation("The council met.") == "THE COUNCIL MET."
    assert builder.expected_translation("“25,000” – $40 million, 3.5%") == (
        "“25,000” – $40 MILLION, 3.5%"
    )
    assert builder.expected_translation("ÿß☃") == "Ÿß☃"


@pytest.mark.parametrize("to_code", PACKAGES, ids=PACKAGES.values())
def test_fixture_is_a_small_single_folder_argos_zip(to_code: str) -> None:
    path = FIXTURES / builder.fixture_name(to_code)
    assert path.stat().st_size < 1_000_000
    with zipfile.ZipFile(path) as zipf:
        names = zipf.namelist()
        metadata = json.loads(zipf.read(f"translate-en_{to_code}-1_0/metadata.json"))
    assert {name.split("/")[0] for name in names} == {f"translate-en_{to_code}-1_0"}
    inside = {name.split("/", 1)[1] for name in names}
    assert {
        "metadata.json",
        "README.md",
        "sentencepiece.model",
        "minisbd/sbd.onnx",
        "model/model.bin",
        "model/config.json",
    } <= inside
    assert metadata["from_code"] == "en"
    assert metadata["to_code"] == to_code
    assert metadata["to_name"] == PACKAGES[to_code]
    assert metadata["package_version"] == "1.0"


def test_fixtures_total_under_five_megabytes() -> None:
    total = sum(path.stat().st_size for path in FIXTURES.glob("*.argosmodel"))
    assert total < 5_000_000


@pytest.mark.parametrize("to_code", PACKAGES, ids=PACKAGES.values())
def test_committed_fixture_is_what_the_script_builds(to_code: str, tmp_path: Path) -> None:
    rebuilt = builder.build_package(tmp_path / "rebuilt.argosmodel", to_code, PACKAGES[to_code])
    committed = FIXTURES / builder.fixture_name(to_code)
    assert rebuilt.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run python tests/fixtures/build_argos_fixture.py"
    )


@pytest.mark.parametrize("from_code", TO_ENGLISH, ids=TO_ENGLISH.values())
def test_committed_to_english_fixture_is_what_the_script_builds(
    from_code: str, tmp_path: Path
) -> None:
    """The packages for French and Persian articles: the same model, read the other way."""
    rebuilt = builder.build_package(
        tmp_path / "rebuilt.argosmodel",
        "en",
        "English",
        from_code=from_code,
        from_name=TO_ENGLISH[from_code],
    )
    committed = FIXTURES / builder.fixture_name("en", from_code=from_code)
    assert rebuilt.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run python tests/fixtures/build_argos_fixture.py"
    )
    with zipfile.ZipFile(committed) as zipf:
        metadata = json.loads(zipf.read(f"translate-{from_code}_en-1_0/metadata.json"))
    assert (metadata["from_code"], metadata["to_code"]) == (from_code, "en")


@pytest.fixture(scope="module")
def fr_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    with zipfile.ZipFile(FIXTURES / builder.fixture_name("fr")) as zipf:
        zipf.extractall(folder)
    return folder / "translate-en_fr-1_0"


def test_ctranslate2_upper_cases_a_batch(fr_package: Path) -> None:
    import ctranslate2
    import sentencepiece

    tokenizer = sentencepiece.SentencePieceProcessor(
        model_file=str(fr_package / "sentencepiece.model")
    )
    translator = ctranslate2.Translator(str(fr_package / "model"), device="cpu", intra_threads=1)
    results = translator.translate_batch(
        [tokenizer.encode(sentence, out_type=str) for sentence in SENTENCES],
        beam_size=4,
        replace_unknowns=True,
    )
    got = [tokenizer.decode(result.hypotheses[0]) for result in results]
    assert got == [builder.expected_translation(sentence) for sentence in SENTENCES]
    assert got[:2] == ["THE COUNCIL MET ON MONDAY.", "IT VOTED 9 TO 4."]
    assert "ABOUT 25,000 PEOPLE MARCHED…" in got
    assert "THE BUDGET GREW BY $40 MILLION." in got


def test_ctranslate2_translates_a_long_sentence(fr_package: Path) -> None:
    import ctranslate2
    import sentencepiece

    tokenizer = sentencepiece.SentencePieceProcessor(
        model_file=str(fr_package / "sentencepiece.model")
    )
    translator = ctranslate2.Translator(str(fr_package / "model"), device="cpu", intra_threads=1)
    sentence = " ".join(SENTENCES[:12])[:399]
    (result,) = translator.translate_batch(
        [tokenizer.encode(sentence, out_type=str)],
        beam_size=1,
        replace_unknowns=True,
        max_decoding_length=builder.MAX_DECODING_LENGTH,
    )
    assert tokenizer.decode(result.hypotheses[0]) == builder.expected_translation(sentence)


ARGOS_CHECK = """
import json, socket, sys

def no_network(*args, **kwargs):
    raise OSError("network access attempted")

# Any connection or name lookup fails loudly instead of reaching the network.
socket.socket.connect = no_network
socket.socket.connect_ex = no_network
socket.getaddrinfo = no_network
socket.create_connection = no_network

import argostranslate.package
import argostranslate.translate

for path in sys.argv[1:]:
    argostranslate.package.install_from_path(path)
installed = [
    [p.from_code, p.to_code, p.from_name, p.to_name, p.package_version]
    for p in argostranslate.package.get_installed_packages()
]
text = "The council met on Monday. It voted 9 to 4."
translations = {
    code: argostranslate.translate.translate(text, "en", code) for code in ("fr", "fa")
}
print(json.dumps({"installed": sorted(installed), "translations": translations}))
"""


def test_argostranslate_installs_and_translates_offline(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ARGOS_", "XDG_")) and key != "HOME"
    }
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME"):
        (tmp_path / name).mkdir()
        env[name] = str(tmp_path / name)
    env |= {
        "ARGOS_PACKAGES_DIR": str(tmp_path / "packages"),
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_INTRA_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    fixtures = [str(FIXTURES / builder.fixture_name(code)) for code in PACKAGES]
    completed = subprocess.run(
        [sys.executable, "-c", ARGOS_CHECK, *fixtures],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["installed"] == [
        ["en", "fa", "English", "Persian", "1.0"],
        ["en", "fr", "English", "French", "1.0"],
    ]
    expected = "THE COUNCIL MET ON MONDAY. IT VOTED 9 TO 4."
    assert result["translations"] == {"fr": expected, "fa": expected}
    assert sorted(path.name for path in (tmp_path / "packages").iterdir()) == [
        "translate-en_fa-1_0",
        "translate-en_fr-1_0",
    ]
