"""Offline translation through the real path: the fixture Argos packages, CTranslate2,
the command line and the PDF read back. No network, no home directory: every Argos,
XDG and cache folder points into the test's temporary folder.
"""

from __future__ import annotations

import http.server
import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from installs import EXAMPLE, FRENCH_PACKAGE, PERSIAN_PACKAGE, briefing, installed
from pages import body_text


def test_install_list_and_remove_a_package_file(home: dict[str, str]) -> None:
    installed(home)
    listing = briefing(home, "models", "list")
    assert "translate-en_fr-1_0  English → French  version 1.0" in listing.stdout

    removed = briefing(home, "models", "remove", "fr")
    assert removed.returncode == 0, removed.stderr
    assert "no packages" in briefing(home, "models", "list").stdout


@pytest.fixture
def package_index(tmp_path: Path) -> Iterator[str]:
    """A package index and its package, served over HTTP on 127.0.0.1."""
    served = tmp_path / "index"
    served.mkdir()
    (served / "fr.argosmodel").write_bytes(FRENCH_PACKAGE.read_bytes())
    handler = http.server.SimpleHTTPRequestHandler
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0),
        lambda *a: handler(*a, directory=str(served)),  # type: ignore[misc]
    )
    base = f"http://127.0.0.1:{server.server_port}/"
    entry = {
        "from_code": "en",
        "to_code": "fr",
        "from_name": "English",
        "to_name": "French",
        "package_version": "1.0",
        "links": [base + "fr.argosmodel"],
    }
    (served / "index.json").write_text(json.dumps([entry]), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_install_by_language_from_a_package_index(home: dict[str, str], package_index: str) -> None:
    result = briefing({**home, "ARGOS_PACKAGE_INDEX": package_index}, "models", "install", "fr")
    assert result.returncode == 0, result.stderr
    assert "English → French" in briefing(home, "models", "list").stdout


def test_offline_install_by_language_names_the_file_route(home: dict[str, str]) -> None:
    result = briefing(home, "models", "install", "fr")
    assert result.returncode == 1
    assert "briefing models install PATH.argosmodel" in result.stderr


def test_no_package_means_no_brief_and_the_install_command(
    home: dict[str, str], tmp_path: Path
) -> None:
    output = tmp_path / "brief.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output)
    assert result.returncode == 1
    assert "briefing models install fr" in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_french_brief_is_translated_labelled_and_keeps_the_originals(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home)
    output = tmp_path / "brief-fr.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output, "--date", "2025-11-23")
    assert result.returncode == 0, result.stderr
    text = body_text(output)
    # The fixture model upper-cases: the translation is visible, the English is kept.
    assert "FLOOD RELIEF STALLS IN RIVER VALLEY" in text
    # The notice names package and version; labels and originals are in French wording.
    assert "translate-en_fr-1_0, version 1.0" in text
    assert "(traduction automatique)" in text
    assert "Texte original : « We have trucks loaded with water purification tablets" in text
    # Numbers come back in French form, names untouched by the engine.
    assert "40 000" in text  # U+202F, folded to a space by the text reader
    assert "Miriam Okafor" in text

    hidden = tmp_path / "no-original.pdf"
    briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", hidden, "--no-original")
    assert "Texte original" not in body_text(hidden)


def test_a_rebuild_is_served_from_the_cache(home: dict[str, str], tmp_path: Path) -> None:
    installed(home)
    first = tmp_path / "first.pdf"
    assert briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", first).returncode == 0
    database = Path(home["BRIEFING_CACHE_DIR"]) / "translations.sqlite3"
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT count(*) FROM translations").fetchone()[0]
    assert rows > 5
    # Without its model the package could not translate a word: the cache must serve all.
    model = Path(home["ARGOS_PACKAGES_DIR"]) / "translate-en_fr-1_0" / "model"
    for part in sorted(model.rglob("*"), reverse=True):
        part.unlink() if part.is_file() else part.rmdir()
    second = tmp_path / "second.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", second)
    assert result.returncode == 0, result.stderr
    assert body_text(second) == body_text(first)


@pytest.mark.parametrize("code", ["prs", "dari", "fa-AF"])
def test_dari_uses_the_persian_package_and_says_so(
    home: dict[str, str], tmp_path: Path, code: str
) -> None:
    installed(home, PERSIAN_PACKAGE)
    output = tmp_path / "brief-prs.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", code, "-o", output)
    assert result.returncode == 0, result.stderr
    text = body_text(output)
    # Right-to-left text reads back in visual order; the notice's Latin and digit runs
    # keep theirs (the wording itself is checked in test_i18n, the order in test_rtl).
    assert "translate-en_fa-1_0" in text and "Argos" in text
    # A figure as the English source wrote it keeps its order in the right-to-left table.
    assert "12 districts" in text and "districts 12" not in text
    assert "۴۰٬۰۰۰" in text  # numbers in Persian digits with the Afghan separator


def test_reviewed_memory_is_used_verbatim_and_marked(home: dict[str, str], tmp_path: Path) -> None:
    installed(home)
    memory = tmp_path / "reviewed.tmx"
    memory.write_text(
        '<?xml version="1.0" encoding="utf-8"?><tmx version="1.4"><header/><body><tu>'
        '<tuv xml:lang="en"><seg>Every day they wait, families drink from the river.</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Chaque jour d’attente, des familles boivent l’eau de la '
        "rivière.</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    output = tmp_path / "brief.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output, "--memory", memory)
    assert result.returncode == 0, result.stderr
    text = body_text(output)
    assert (
        "« Chaque jour d’attente, des familles boivent l’eau de la rivière. » (traduction révisée"
        in text
    )


def test_an_unavailable_device_is_one_clear_error(home: dict[str, str], tmp_path: Path) -> None:
    installed(home)
    output = tmp_path / "brief.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output, "--device", "cuda")
    assert result.returncode == 1
    assert result.stderr == (
        "error: cannot translate with --device cuda: CTranslate2 finds no CUDA GPU (no NVIDIA "
        "driver or GPU visible, or a CTranslate2 built without CUDA)\n"
    )
    assert not output.exists()


def test_translating_imports_neither_argostranslate_nor_stanza_nor_torch(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home)
    probe = (
        "import sys\n"
        "from briefing.cli import app\n"
        "try:\n"
        f"    app(['build', {str(EXAMPLE)!r}, '--lang', 'fr', '-o', {str(tmp_path / 'b.pdf')!r}])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch', 'stanza', 'spacy', 'argostranslate')))\n"
        "print('ctranslate2' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=home, check=True
    )
    heavy, translated = result.stdout.splitlines()[-2:]
    assert translated == "True"  # the probe really translated
    assert heavy == "[]"


def test_an_unsure_engine_is_flagged_in_the_brief_and_scored_in_the_json(
    home: dict[str, str], tmp_path: Path
) -> None:
    """The unsure fixture writes what the sure one does, at a token probability under 0.1."""
    installed(home, FRENCH_PACKAGE.with_name("translate-en_fr-unsure.argosmodel"))
    pdf, data = tmp_path / "brief.pdf", tmp_path / "brief.json"
    for output in (pdf, data):
        result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output)
        assert result.returncode == 0, result.stderr
    assert (
        "warning: the engine was unsure of its translation of “Flood Relief Stalls" in result.stderr
    )
    text = body_text(pdf)
    assert "FLOOD RELIEF STALLS IN RIVER VALLEY" in text
    assert "Traduction à vérifier : le moteur de traduction n’en était pas sûr." in text
    translations = [
        translation
        for translation in _translations(json.loads(data.read_text(encoding="utf-8")))
        if translation["method"] == "machine"
    ]
    assert translations
    assert all(0 < t["confidence"] < 0.1 and t["low_confidence"] for t in translations)
    assert not any(t["loops"] for t in translations)


def test_a_sure_engine_flags_nothing(home: dict[str, str], tmp_path: Path) -> None:
    installed(home)
    data = tmp_path / "brief.json"
    assert briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", data).returncode == 0
    translations = _translations(json.loads(data.read_text(encoding="utf-8")))
    assert translations and all(t["confidence"] > 0.99 for t in translations)
    assert not any(t["low_confidence"] or t["loops"] for t in translations)


def _translations(record: object) -> list[dict[str, object]]:
    """Every translation record anywhere in the brief's JSON."""
    if isinstance(record, dict):
        found = [record] if {"method", "confidence"} <= record.keys() else []
        return found + [t for value in record.values() for t in _translations(value)]
    if isinstance(record, list):
        return [t for value in record for t in _translations(value)]
    return []
