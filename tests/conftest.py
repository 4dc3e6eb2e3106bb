"""Shared fixtures: where things are, and how to run the real command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No property test depends on the clock: an example takes what a loaded machine needs (no
# deadline), and slow generation is no failure (the too_slow check is timed). Each test
# bounds its number of examples. Loaded first, so the CI profile below builds on it.
settings.register_profile("unhurried", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("unhurried")

# In CI the property tests run the same examples every time, so a red run is reproducible.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
# CI clones the repository with the project's shared materials beside it.
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside this checkout ({SEEDS})")
    return SEEDS


def run_briefing(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``briefing`` command as a user would, in a real process.

    ``env`` replaces this process's environment (see ``isolated_environment``).
    """
    if env is None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(
        [sys.executable, "-m", "briefing", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=180,
    )


def isolated_environment(root: Path) -> dict[str, str]:
    """This process's environment with every data, cache and packages folder under ``root``.

    Argos, XDG and briefing's cache all point there, and the package index at a closed
    port, so a test never touches the network or the user's home.
    """
    env = {
        **os.environ,
        "HOME": str(root / "home"),
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "ARGOS_PACKAGES_DIR": str(root / "packages"),
        "BRIEFING_CACHE_DIR": str(root / "briefing-cache"),
        "ARGOS_PACKAGE_INDEX": "http://127.0.0.1:9/unreachable/",
    }
    env.pop("SOURCE_DATE_EPOCH", None)
    return env


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


class Page(HTMLParser):
    """An HTML document as a reader meets it: its elements, and the text it shows."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return one_line("".join(self.chunks))

    def first(self, tag: str) -> dict[str, str | None]:
        return next(attrs for name, attrs in self.elements if name == tag)


def one_line(text: str) -> str:
    """``text`` with its line breaks and runs of spaces as one space; no-break spaces kept."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    return isolated_environment(tmp_path)


@pytest.fixture(scope="session")
def nllb_conversion(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A toy NLLB-200 conversion for CTranslate2 (``build_nllb_fixture.py``), as a user
    downloads one: a folder named after the model. Read only: copy it to change it."""
    from installs import nllb_builder

    folder = tmp_path_factory.mktemp("conversion") / "nllb-200-toy"
    built: Path = nllb_builder().build_conversion(folder)
    return built
