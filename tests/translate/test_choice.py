"""Which engine translates, through the real command line: the toy NLLB-200 conversion
installed with ``models install``, beside the fixture Argos packages; briefs read back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from installs import EXAMPLE, FIXTURES, FRENCH_PACKAGE, PERSIAN_PACKAGE, briefing, installed
from pages import body_text


def build_json(home: dict[str, str], tmp_path: Path, *args: str | Path) -> dict[str, Any]:
    output = tmp_path / "brief.json"
    result = briefing(home, "build", EXAMPLE, "-o", output, *args)
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return document


@pytest.fixture
def nllb_installed(home: dict[str, str], nllb_conversion: Path) -> dict[str, str]:
    result = briefing(home, "models", "install", nllb_conversion)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("installed nllb-200-toy (en → fra_Latn prs_Arab pes_Arab)")
    assert "its weights are licensed CC-BY-NC-4.0" in result.stderr
    return home


def test_models_list_names_the_nllb_model_its_size_and_licence_and_remove_removes_it(
    nllb_installed: dict[str, str], nllb_conversion: Path
) -> None:
    listing = briefing(nllb_installed, "models", "list").stdout
    size = (nllb_conversion / "model.bin").stat().st_size
    assert "nllb-200-toy  English → French, Dari, Persian  version " in listing
    assert f"(NLLB-200, {size:,} bytes, licence CC-BY-NC-4.0)" in listing
    removed = briefing(nllb_installed, "models", "remove", "nllb-200-toy")
    assert removed.stdout == "removed nllb-200-toy\n", removed.stderr
    assert "no packages" in briefing(nllb_installed, "models", "list").stdout


def test_a_dari_brief_is_translated_into_prs_arab_and_names_the_model_and_licence(
    nllb_installed: dict[str, str], tmp_path: Path
) -> None:
    document = build_json(nllb_installed, tmp_path, "--lang", "prs")
    provenance = document["machine_translations"][0]["steps"][0]
    assert provenance["engine"] == "NLLB-200" and provenance["package"] == "nllb-200-toy"
    assert (provenance["from"], provenance["to"]) == ("eng_Latn", "prs_Arab")
    assert provenance["licence"] == "CC-BY-NC-4.0"
    lede = document["articles"][0]["lede"]
    # Names and numbers travel as placeholders and come back, numbers in Dari's form.
    assert lede["translation"]["text"] == (
        "Relief agencies in the fictional Tarsan river valley SAY MORE THAN ۴۰٬۰۰۰ PEOPLE ARE "
        "STILL WITHOUT CLEAN WATER THREE WEEKS AFTER FLOODS SWEPT THROUGH ۱۲ DISTRICTS, WHILE "
        "AID CONVOYS WAIT AT A CLOSED BORDER CROSSING."
    )
    assert lede["translation"]["numbers_verified"]

    pdf = tmp_path / "brief.pdf"
    assert briefing(nllb_installed, "build", EXAMPLE, "--lang", "prs", "-o", pdf).returncode == 0
    text = body_text(pdf)
    assert "NLLB-200" in text and "CC-BY-NC-4.0" in text
    assert "Argos" not in text  # no "Argos has no Dari model": this one has Dari


def test_a_french_brief_with_only_nllb_installed_translates_into_fra_latn(
    nllb_installed: dict[str, str], tmp_path: Path
) -> None:
    markdown = tmp_path / "brief.md"
    result = briefing(nllb_installed, "build", EXAMPLE, "--lang", "fr", "-o", markdown)
    assert result.returncode == 0, result.stderr
    text = markdown.read_text(encoding="utf-8")
    assert "par NLLB-200" in text
    assert "Les poids du modèle sont publiés sous la licence CC-BY-NC-4.0." in text
    assert "FLOOD RELIEF STALLS IN RIVER VALLEY" in text


@pytest.mark.parametrize(
    ("language", "package", "engine", "expected"),
    [
        ("prs", PERSIAN_PACKAGE, None, "NLLB-200"),  # the real Dari direction by default
        ("prs", PERSIAN_PACKAGE, "argos", "Argos Translate"),
        ("fr", FRENCH_PACKAGE, None, "Argos Translate"),
        ("fr", FRENCH_PACKAGE, "nllb", "NLLB-200"),
    ],
)
def test_with_both_installed_the_default_or_the_engine_asked_translates(
    nllb_installed: dict[str, str],
    tmp_path: Path,
    language: str,
    package: Path,
    engine: str | None,
    expected: str,
) -> None:
    installed(nllb_installed, package)
    chosen = ("--engine", engine) if engine else ()
    document = build_json(nllb_installed, tmp_path, "--lang", language, *chosen)
    assert document["machine_translations"][0]["steps"][0]["engine"] == expected


def test_a_missing_engine_names_its_install_step(home: dict[str, str], tmp_path: Path) -> None:
    installed(home, PERSIAN_PACKAGE)
    output = tmp_path / "brief.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "prs", "--engine", "nllb", "-o", output)
    assert result.returncode == 1
    assert result.stderr == (
        f"error: no NLLB-200 model with an English→Dari direction is installed in "
        f"{home['ARGOS_PACKAGES_DIR']}; install a CTranslate2 conversion of NLLB-200 with "
        "'briefing models install FOLDER' (or a .zip or .tar of that folder)\n"
    )
    assert not output.exists()


def test_an_unknown_engine_is_a_usage_error(home: dict[str, str], tmp_path: Path) -> None:
    result = briefing(home, "build", EXAMPLE, "--lang", "prs", "--engine", "google")
    assert result.returncode == 2
    assert "Invalid value for '--engine'" in result.stderr
    assert "'google' is not one of 'argos'," in result.stderr


def test_memory_and_glossary_work_the_same_with_nllb(
    nllb_installed: dict[str, str], tmp_path: Path
) -> None:
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("Valley Relief Alliance\tاتحاد کمک‌رسانی دره\n", encoding="utf-8")
    memory = FIXTURES / "river-valley-floods.prs.tmx"
    document = build_json(
        nllb_installed, tmp_path, "--lang", "prs", "--memory", memory, "--glossary", glossary
    )
    headline = document["articles"][0]["headline"]["translation"]
    assert headline["method"] == "reviewed"
    assert headline["text"].startswith("کمک‌رسانی به سیل‌زدگان")
    texts = json.dumps(document, ensure_ascii=False)
    assert "اتحاد کمک‌رسانی دره" in texts  # the glossary's rendering, kept by the engine
    assert "VALLEY RELIEF ALLIANCE" not in texts
