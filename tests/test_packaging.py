"""The wheel carries what the package needs at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import REPO


def test_wheel_ships_templates_fonts_and_locales(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {f"briefing/templates/{name}" for name in ("brief.xml.j2", "brief.html.j2")}
    assert templates | {"briefing/schemas/brief.schema.json"} <= names
    assert "briefing/locales/README.md" in names
    assert {"briefing/fonts/NotoSerif-Regular.ttf", "briefing/fonts/OFL.txt"} <= names
