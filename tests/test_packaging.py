"""The wheel carries what the package needs at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import REPO


def test_wheel_ships_templates_fonts_locales_types_and_license(tmp_path: Path) -> None:
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
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    templates = {f"briefing/templates/{name}" for name in ("brief.xml.j2", "brief.html.j2")}
    assert templates | {"briefing/schemas/brief.schema.json"} <= names
    assert "briefing/locales/README.md" in names
    assert {"briefing/fonts/NotoSerif-Regular.ttf", "briefing/fonts/OFL.txt"} <= names
    # Type checkers read the package's annotations (PEP 561).
    assert "briefing/py.typed" in names
    # The MIT text the metadata declares travels with the wheel (PEP 639).
    license_text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n\nCopyright (c) 2025 The briefing developers\n")
    assert archive.read("briefing-0.1.0.dist-info/licenses/LICENSE").decode() == license_text
    metadata = archive.read("briefing-0.1.0.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata and "License-File: LICENSE" in metadata
