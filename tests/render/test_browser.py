"""The HTML brief in a real browser: headless Chromium screenshots against reviewed ones.

A template change shows here first: look at the new screenshots (tests/browser.py
regenerates them), then commit them as the new references.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import LANGUAGES, example_screenshot
from pages import REFERENCES, close_enough, differences
from PIL import Image


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    scratch = tmp_path_factory.mktemp("browser")
    return {language: example_screenshot(language, scratch) for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_html_brief_looks_as_reviewed(language: str, screenshots: dict[str, Path]) -> None:
    reference = REFERENCES / f"html-{language}.png"
    shot = screenshots[language]
    assert close_enough(reference, shot), (shot, differences(reference, shot))


def ink_centre(png: Path, top: int, bottom: int) -> float:
    """The mean x of dark pixels in a band of the screenshot, as a share of its width."""
    image = Image.open(png).convert("L")
    band = image.crop((0, top, image.width, bottom))
    xs = [x for x in range(band.width) for y in range(band.height) if band.getpixel((x, y)) < 128]
    assert xs, "the band holds no text"
    return sum(xs) / len(xs) / band.width


def test_the_dari_brief_reads_from_the_right(screenshots: dict[str, Path]) -> None:
    title_band = (20, 70)  # CSS pixels: the brief's title, first on the page
    assert ink_centre(screenshots["en"], *title_band) < 0.4
    assert ink_centre(screenshots["prs"], *title_band) > 0.6
