"""Reviewed reference pages: an English, a French and a Dari brief, rendered to PNG.

Shared by tests/test_pixels.py and tests/references/regenerate.py. Each brief is built
from the examples through the real command line (the fixture Argos packages for French
and Dari, the reviewed Dari memory for the Dari quotes), with a fixed date, in a
temporary home so nothing touches the user's folders.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import isolated_environment

REPO = Path(__file__).resolve().parents[1]
REFERENCES = REPO / "tests" / "references"
FIXTURES = REPO / "tests" / "fixtures"
RESOLUTION = 60  # dpi: enough to see a layout change, small enough to commit
PAGES = {
    "en": [],
    "fr": ["--lang", "fr"],
    "prs": ["--lang", "prs", "--memory", str(FIXTURES / "river-valley-floods.prs.tmx")],
}


def build_example(language: str, scratch: Path, output_format: str = "pdf") -> Path:
    """The example brief in ``language`` as ``scratch/brief-<lang>.<format>``."""
    env = isolated_environment(scratch)

    def briefing(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "briefing", *args], check=True, env=env, capture_output=True
        )

    for package in ("translate-en_fr-toy", "translate-en_fa-toy"):
        briefing("models", "install", str(FIXTURES / f"{package}.argosmodel"))
    output = scratch / f"brief-{language}.{output_format}"
    briefing(
        "build",
        str(REPO / "examples" / "manifest.yaml"),
        "-o",
        str(output),
        "--format",
        output_format,
        "--date",
        "2025-11-23",
        "--title",
        "Sample brief",
        *PAGES[language],
    )
    return output


def render_pages(language: str, scratch: Path) -> list[Path]:
    """The brief in ``language`` as grey PNG pages in ``scratch``, named ``brief-<lang>-N``."""
    pdf = build_example(language, scratch)
    prefix = scratch / f"brief-{language}"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(RESOLUTION), "-png", str(pdf), str(prefix)], check=True
    )
    return sorted(scratch.glob(f"brief-{language}-*.png"))
