"""Layout regression: reviewed reference pages, compared pixel by pixel within a tolerance.

After a deliberate layout change run tests/references/regenerate.py and look at every
page before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pages import PAGES, REFERENCES, close_enough, differences, render_pages
from PIL import Image

# A page may differ by anti-aliasing noise, not by a moved line of text.


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
