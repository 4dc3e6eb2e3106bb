"""Regenerate the reference pages after a deliberate layout change; then look at them.

    .venv/bin/python tests/references/regenerate.py

Writes tests/references/brief-{en,fr,prs}-N.png. Review every page by eye before
committing: they are what tests/test_pixels.py holds the layout to.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pages import PAGES, REFERENCES, render_pages


def main() -> None:
    for old in REFERENCES.glob("brief-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        for language in PAGES:
            for page in render_pages(language, Path(scratch)):
                shutil.copy(page, REFERENCES / page.name)
                print(REFERENCES / page.name)


if __name__ == "__main__":
    main()
