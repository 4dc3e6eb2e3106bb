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

import pdfplumber
from conftest import isolated_environment
from PIL import Image, ImageChops
from reportlab.pdfbase.ttfonts import TTFont

from briefing.resources import resource_dir

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


FOOTER_HEIGHT = 60  # points at the foot of each page: page number and running title


def body_text(pdf: Path) -> str:
    """The text of every page above the footer, whitespace folded, pages joined."""
    with pdfplumber.open(pdf) as document:
        pages = [
            page.crop((0, 0, page.width, page.height - FOOTER_HEIGHT)).extract_text()
            for page in document.pages
        ]
    return " ".join(" ".join(pages).split())


MEAN_DIFFERENCE = 1.0  # grey levels, averaged over the page


CHANGED_SHARE = 0.002  # share of pixels changed by more than a quarter of the range


def differences(reference: Path, candidate: Path) -> tuple[float, float]:
    """Mean absolute difference and the share of strongly changed pixels."""
    old, new = Image.open(reference).convert("L"), Image.open(candidate).convert("L")
    if old.size != new.size:
        return 255.0, 1.0
    delta = ImageChops.difference(old, new)
    histogram = delta.histogram()
    pixels = old.size[0] * old.size[1]
    mean = sum(level * count for level, count in enumerate(histogram)) / pixels
    changed = sum(histogram[64:]) / pixels
    return mean, changed


def close_enough(reference: Path, candidate: Path) -> bool:
    mean, changed = differences(reference, candidate)
    return mean <= MEAN_DIFFERENCE and changed <= CHANGED_SHARE


def drawn_without_glyph(pdf: Path) -> set[str]:
    """Characters the PDF draws in a face that has no glyph for them: boxes or stand-ins.

    Each drawn glyph's text (one character, or the whole emoji sequence or ligature it
    stands for) must be in the character map of the bundled face that draws it.
    """
    maps: dict[str, dict[int, int]] = {}
    missing = set()
    with pdfplumber.open(pdf) as document:
        for char in (char for page in document.pages for char in page.chars):
            face = char["fontname"].split("+")[-1]
            if face not in maps:
                maps[face] = TTFont(face, resource_dir("fonts") / f"{face}.ttf").face.charToGlyph
            missing.update(c for c in char["text"] if ord(c) not in maps[face])
    return missing
