"""The fixture Argos packages and a command line that runs in an isolated home."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import EXAMPLES, REPO, run_briefing

FIXTURES = REPO / "tests" / "fixtures"


FRENCH_PACKAGE = FIXTURES / "translate-en_fr-toy.argosmodel"


PERSIAN_PACKAGE = FIXTURES / "translate-en_fa-toy.argosmodel"


FRENCH_TO_ENGLISH = FIXTURES / "translate-fr_en-toy.argosmodel"


PERSIAN_TO_ENGLISH = FIXTURES / "translate-fa_en-toy.argosmodel"


EXAMPLE = EXAMPLES / "articles" / "river-valley-floods.txt"


def briefing(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_briefing(*args, env=env)


def installed(env: dict[str, str], package: Path = FRENCH_PACKAGE) -> None:
    result = briefing(env, "models", "install", package)
    assert result.returncode == 0, result.stderr
