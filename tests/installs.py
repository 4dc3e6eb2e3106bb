"""The fixture Argos packages and a command line that runs in an isolated home."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

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


def nllb_builder() -> ModuleType:
    """``tests/fixtures/build_nllb_fixture.py``: the toy NLLB-200 conversion, built offline."""
    spec = importlib.util.spec_from_file_location(
        "build_nllb_fixture", FIXTURES / "build_nllb_fixture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
