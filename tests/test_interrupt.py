"""Ctrl-C during a build: no partial output, no corrupt cache, and the next run works.

Real ``briefing build`` processes on a few hundred invented articles are sent SIGINT at
moments spread over an uninterrupted run's duration, so the signal lands while reading,
extracting, laying out, translating and writing.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, isolated_environment, write
from pages import body_text

FRENCH_PACKAGE = REPO / "tests" / "fixtures" / "translate-en_fr-toy.argosmodel"
MOMENTS = (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95)  # shares of an uninterrupted run


PLACES = ("river", "harbour", "valley", "market", "station", "school", "clinic", "bridge")
WORKS = ("repairs", "flood walls", "new roofs", "water pipes", "solar panels", "a ferry")
VOICES = ("Jane Roe", "Ahmad Karimi", "Amina Yusuf", "Li Wei", "Maria Lopez")


def invented_articles(folder: Path, count: int) -> Path:
    """``count`` short invented news articles with quotes and figures, no two alike."""
    for number in range(count):
        place = PLACES[number % len(PLACES)]
        work = WORKS[number // len(PLACES) % len(WORKS)]
        voice = VOICES[number % len(VOICES)]
        write(
            folder / f"article-{number:03d}.txt",
            f"Council {number} votes on {work} for the {place}\n\n"
            f"The council of district {number} voted on Tuesday to spend {number + 3} "
            f"million dollars on {work} for the {place}, after two years of debate.\n\n"
            f"“We have waited long enough for {work} at the {place},” said {voice}. "
            f"“Work on the {place} starts in {number % 12 + 1} weeks.”\n\n"
            f"Opponents of the {place} plan said the cost of {work} had risen by "
            f"{number % 40 + 5} per cent since it was first drawn up.\n",
        )
    return folder


def start_build(env: dict[str, str], *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", *map(str, args), "--date", "2025-11-23"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finished(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=300)
    return process.returncode, stderr


def timed_build(env: dict[str, str], *args: str | Path) -> float:
    began = time.monotonic()
    returncode, stderr = finished(start_build(env, *args))
    assert returncode == 0, stderr
    return time.monotonic() - began


def interrupted(env: dict[str, str], after: float, *args: str | Path) -> tuple[int, str] | None:
    """Send SIGINT ``after`` seconds in; None when the build had already finished."""
    process = start_build(env, *args)
    time.sleep(after)
    if process.poll() is not None:
        finished(process)
        return None
    process.send_signal(signal.SIGINT)
    return finished(process)


def assert_clean_interruption(
    returncode: int, stderr: str, output_folder: Path, complete: dict[str, bytes]
) -> None:
    """Nothing written, or every output complete; exit 130 and one line, no traceback.

    Before the interpreter installs its SIGINT handler, and again while it shuts down,
    the signal's default action ends the process (a shell reports that as 130 too): then
    nothing was written yet, or everything was.
    """
    assert "Traceback" not in stderr
    assert returncode in (130, -signal.SIGINT), stderr
    left = {path.name: path.read_bytes() for path in output_folder.iterdir()}
    if returncode == -signal.SIGINT and left:
        assert left == complete, "an interrupted build left partial outputs"
    else:
        assert sorted(left) == [], f"an interrupted build left {sorted(left)}"
    if returncode == 130:
        assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("error:"), stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return invented_articles(tmp_path_factory.mktemp("corpus"), 300)


def test_an_interrupted_build_leaves_nothing_and_the_next_run_works(
    tmp_path: Path, corpus: Path
) -> None:
    env = isolated_environment(tmp_path)
    reference = tmp_path / "reference"
    reference.mkdir()
    formats = ("--format", "pdf", "--format", "html", "--format", "json")
    duration = timed_build(env, corpus, "-o", reference / "brief.pdf", *formats)
    complete = {path.name: path.read_bytes() for path in reference.iterdir()}
    out = tmp_path / "out"
    out.mkdir()
    landed = 0
    for share in MOMENTS:
        result = interrupted(env, duration * share, corpus, "-o", out / "brief.pdf", *formats)
        if result is None:
            for made in out.iterdir():
                made.unlink()
            continue
        landed += 1
        assert_clean_interruption(*result, out, complete)
    assert landed >= len(MOMENTS) - 2, "the builds finished before they could be interrupted"

    timed_build(env, corpus, "-o", out / "brief.pdf", *formats)
    assert sorted(path.name for path in out.iterdir()) == ["brief.html", "brief.json", "brief.pdf"]
    assert body_text(out / "brief.pdf") == body_text(reference / "brief.pdf")


def cached_rows(env: dict[str, str]) -> dict[str, str]:
    database = Path(env["BRIEFING_CACHE_DIR"]) / "translations.sqlite3"
    if not database.exists():
        return {}
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return dict(connection.execute("SELECT key, text FROM translations"))
    finally:
        connection.close()


def french_environment(root: Path) -> dict[str, str]:
    env = isolated_environment(root)
    install = subprocess.run(
        [sys.executable, "-m", "briefing", "models", "install", FRENCH_PACKAGE],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert install.returncode == 0, install.stderr
    return env


def test_an_interrupted_translation_leaves_a_sound_cache(tmp_path: Path, corpus: Path) -> None:
    articles = sorted(corpus.iterdir())[:120]
    uninterrupted = french_environment(tmp_path / "uninterrupted")
    reference = tmp_path / "reference.pdf"
    duration = timed_build(uninterrupted, *articles, "--lang", "fr", "-o", reference)
    expected = cached_rows(uninterrupted)
    assert len(expected) > 100

    env = french_environment(tmp_path / "interrupted")
    out = tmp_path / "out"
    out.mkdir()
    landed = 0
    for share in MOMENTS[2:]:  # reading and extracting come first; translation after
        # A cache from an earlier interrupted run must not stop the next from translating.
        result = interrupted(env, duration * share, *articles, "--lang", "fr", "-o", out / "b.pdf")
        rows = cached_rows(env)
        assert all(expected.get(key) == text for key, text in rows.items())
        if result is None:
            (out / "b.pdf").unlink()
            continue
        landed += 1
        assert_clean_interruption(*result, out, {"b.pdf": reference.read_bytes()})
    assert landed >= 2, "the builds finished before they could be interrupted"

    rebuilt = out / "b.pdf"
    timed_build(env, *articles, "--lang", "fr", "-o", rebuilt)
    assert cached_rows(env) == expected
    assert body_text(rebuilt) == body_text(reference)
