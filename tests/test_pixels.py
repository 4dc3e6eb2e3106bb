"""Layout regression: reviewed reference pages, compared pixel by pixel within a tolerance.

After a deliberate layout change run tests/references/regenerate.py and look at every
page before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pages import PAGES, REFERENCES, render_pages
from PIL import Image, ImageChops

# A page may differ by anti-aliasing noise, not by a moved line of text.
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


@pytest.mark.parametrize("language", list(PAGES))
def test_pages_match_the_reviewed_references(language: str, tmp_path: Path) -> None:
    pages = render_pages(language, tmp_path)
    references = sorted(REFERENCES.glob(f"brief-{language}-*.png"))
    assert [p.name for p in pages] == [r.name for r in references]
    for page, reference in zip(pages, references, strict=True):
        assert close_enough(reference, page), (page.name, differences(reference, page))


def test_the_comparison_sees_a_moved_line(tmp_path: Path) -> None:
    reference = sorted(REFERENCES.glob("brief-en-*.png"))[0]
    image = Image.open(reference).convert("L")
    moved = Image.new("L", image.size, 255)
    moved.paste(image, (0, 3))  # the whole page three pixels lower
    moved.save(tmp_path / "moved.png")
    assert close_enough(reference, reference)
    assert not close_enough(reference, tmp_path / "moved.png")
