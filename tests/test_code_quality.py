"""The code keeps the house rules: ruff (lint and format) and mypy strict stay clean."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "briefing", "tests", "bench"],
        ["ruff", "format", "--check", "briefing", "tests", "bench"],
        ["mypy"],
    ],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_code_passes(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *command], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stdout + result.stderr
