"""The HTML brief as a browser shows it: headless Chromium screenshots of the example brief.

Shared by tests/test_browser.py and, to regenerate the reviewed references after a
deliberate template change (then look at every screenshot before committing):

    .venv/bin/python tests/browser.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import REFERENCES, build_example

LANGUAGES = ("en", "prs")
WINDOW = (900, 1400)  # CSS pixels: the top of the brief, the width of a mail reader
# As root, in a sandbox with no network: no GPU, no sandbox, and none of Chromium's own
# connections (they are refused here, many at a time).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    # Draw the page whole before the screenshot: without these a busy machine once caught
    # the Dari brief half painted (its fonts still loading, the quotes after the first not
    # laid out).
    "--run-all-compositor-stages-before-draw",
    "--virtual-time-budget=10000",
)


def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        raise RuntimeError("Debian's chromium is not installed: `make test` installs it")
    return found


# How many times a page is shot, at most, until two shots in a row agree.
_SHOTS = 3


def screenshot(html: Path, png: Path) -> Path:
    """``html`` rendered by headless Chromium into ``png``: shot again until two shots in a
    row are the same picture. Even with the flags above, a machine busy with other work
    once caught the English brief with its last table half painted; a half-painted shot
    does not come out twice the same, a finished page does."""
    _shoot(html, png)
    again = png.with_name(f"again-{png.name}")
    for _ in range(_SHOTS - 1):
        _shoot(html, again)
        if again.read_bytes() == png.read_bytes():
            break
        again.replace(png)
    again.unlink(missing_ok=True)
    return png


def _shoot(html: Path, png: Path) -> None:
    """``html`` rendered once by headless Chromium into ``png``, with a fresh profile."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium(),
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={WINDOW[0]},{WINDOW[1]}",
                f"--screenshot={png}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def example_screenshot(language: str, scratch: Path) -> Path:
    html = build_example(language, scratch, "html")
    return screenshot(html, scratch / f"html-{language}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            shot = example_screenshot(language, Path(scratch))
            shutil.copy(shot, REFERENCES / shot.name)
            print(REFERENCES / shot.name)


if __name__ == "__main__":
    main()
