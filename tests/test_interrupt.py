"""Ctrl-C during a build: no partial output, no corrupt cache, and the next run works.

Real ``briefing build`` processes are sent SIGINT at moments spread over an uninterrupted
build, so the signal lands while reading, extracting, translating, laying out and writing.
A moment is a share of the CPU time the uninterrupted build used, read from the running
process in /proc: unlike a share of seconds on the clock, it falls at the same point of
the build however loaded the machine is, so the builds can be small.

The shares are of the build's own work: from the moment the command line has started (as
much CPU time as ``build --help`` takes) to the moment the brief is written, and for a
translated build, before its translations are stored and after. Ctrl-C while the command
line is still starting, and while a library loads, is tested at those exact moments by
``test_ctrl_c_at_one_moment_stops_the_build``: there too, the ReportLab code that lays out
the PDF catches every exception in places, so a Ctrl-C while it runs can be lost or turn
into another error. Such a build must still leave every output complete, or none.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from conftest import REPO, isolated_environment, write

FRENCH_PACKAGE = REPO / "tests" / "fixtures" / "translate-en_fr-toy.argosmodel"
MOMENTS = (0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95)  # shares of an uninterrupted build's work
# A translated build: shares of its work until its translations are stored, and after.
TRANSLATING = (0.3, 0.6, 0.9)
STORED = (0.3, 0.7)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")  # the unit of CPU time in /proc/PID/stat


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


def folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


# ``python -m briefing ARGS``, run as ``python -c LAUNCHER NOTE AT ARGS``. On SIGINT it
# first writes the modules running (innermost first) to the file NOTE, then raises
# KeyboardInterrupt where the program is, as Python does. With AT, "EVENT END", it sends
# itself SIGINT once, the moment an audit event EVENT (import, open) first names
# something that ends in END.
LAUNCHER = """
import os, runpy, signal, sys

note, at, sys.argv = sys.argv[1], sys.argv[2].split(), ["briefing", *sys.argv[3:]]


def noted(number, frame):
    running = []
    while frame is not None:
        running.append(frame.f_globals.get("__name__", ""))
        frame = frame.f_back
    with open(note, "w", encoding="utf-8") as file:
        file.write("\\n".join(running))
    signal.default_int_handler(number, frame)


def interrupt_once(event, args):
    if [event] == at[:1] and str(args[0]).endswith(at[1]):
        at.clear()
        os.kill(os.getpid(), signal.SIGINT)


signal.signal(signal.SIGINT, noted)
if at:
    sys.addaudithook(interrupt_once)
runpy.run_module("briefing", run_name="__main__", alter_sys=True)
"""


def start_build(
    env: dict[str, str], out: Path, *args: str | Path, at: str = ""
) -> subprocess.Popen[str]:
    """``briefing build ARGS`` writing into ``out`` its brief and the other formats asked; on
    SIGINT, the modules running go to ``running_note(out)``. ``at``: see ``LAUNCHER``."""
    args = (*args, "--date", "2025-11-23", "-o", out / "brief.pdf")
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, running_note(out), at, "build", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def running_note(out: Path) -> Path:
    """Beside ``out``: where the launcher notes the modules running when SIGINT came."""
    return out.with_name(f"{out.name}.running")


def finished(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=300)
    return process.returncode, stderr


def cpu_seconds(pid: int) -> float | None:
    """The CPU time process ``pid`` has used so far, all its threads; None once it has ended."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except FileNotFoundError:
        return None
    # After the command's name in parentheses: the state, ten more fields, utime, stime.
    state, *fields = stat.rpartition(b")")[2].split()
    if state == b"Z":
        return None
    return (int(fields[10]) + int(fields[11])) / CLOCK_TICKS


def outputs(out: Path) -> dict[str, bytes]:
    """Every file in ``out``, the hidden ``.part`` files of a write under way too."""
    return {path.name: path.read_bytes() for path in out.iterdir()}


def brief_written(out: Path) -> bool:
    return any(not path.name.startswith(".") for path in out.iterdir())


def milestones(
    env: dict[str, str], out: Path, *args: str | Path, **marks: Callable[[], bool]
) -> dict[str, float]:
    """Build into ``out``, uninterrupted: the CPU time used when each of ``marks`` first held,
    and when the build ended (``"ended"``)."""
    process = start_build(env, out, *args)
    reached: dict[str, float] = {}
    used = 0.0
    while (now := cpu_seconds(process.pid)) is not None:
        used = now
        reached |= {name: used for name, mark in marks.items() if name not in reached and mark()}
        time.sleep(0.002)
    returncode, stderr = finished(process)
    assert returncode == 0, stderr
    assert reached.keys() == marks.keys(), f"the build ended before {marks.keys() - reached}"
    return {**reached, "ended": used}


def started(env: dict[str, str], out: Path) -> float:
    """The CPU time the command line takes to start: as much as ``build --help`` takes."""
    return milestones(env, out, "--help")["ended"]


def spread(start: float, end: float, shares: Sequence[float]) -> dict[float, float]:
    """Each share with the CPU time at which a build has done that share of ``start``-``end``."""
    return {share: start + share * (end - start) for share in shares}


@dataclass(frozen=True)
class Outcome:
    signalled: bool
    returncode: int
    stderr: str
    running: tuple[str, ...] = ()
    """The modules running when the signal came, innermost first."""

    @property
    def stopped(self) -> bool:
        return self.returncode != 0

    @property
    def in_reportlab(self) -> bool:
        return any(module.startswith("reportlab") for module in self.running)


def interrupted(
    env: dict[str, str],
    out: Path,
    moment: float,
    *args: str | Path,
    after: Callable[[], bool] | None = None,
) -> Outcome:
    """Build into ``out``, sending SIGINT once the build has used ``moment`` CPU seconds,
    counted from when ``after`` first holds if it is given.

    Not when the brief is written before then: a Ctrl-C after that interrupts no build.
    """
    process = start_build(env, out, *args)
    origin = 0.0 if after is None else None
    while (used := cpu_seconds(process.pid)) is not None and not brief_written(out):
        if origin is None and after is not None and after():
            origin = used
        if origin is not None and used >= origin + moment:
            process.send_signal(signal.SIGINT)
            returncode, stderr = finished(process)
            note = running_note(out)
            modules = note.read_text(encoding="utf-8").split() if note.exists() else []
            return Outcome(True, returncode, stderr, tuple(modules))
        time.sleep(0.002)
    return Outcome(False, *finished(process))


def assert_clean_interruption(outcome: Outcome, out: Path, complete: dict[str, bytes]) -> None:
    """Every output complete, or none; exit 130 and one line, no traceback.

    Before the interpreter installs its SIGINT handler, and again while it shuts down, the
    signal's default action ends the process (a shell reports that as 130 too): then
    nothing was written yet, or everything was. ReportLab catches every exception in
    places, so a signal that comes while it runs may be lost, or turn into another error
    (``test_ctrl_c_at_one_moment_stops_the_build``): the outputs are as sound.
    """
    left = outputs(out)
    if outcome.returncode == 0 or (outcome.returncode == -signal.SIGINT and left):
        assert left == complete, "a build wrote incomplete outputs"
    else:
        assert sorted(left) == [], f"an interrupted build left {sorted(left)}"
    if outcome.in_reportlab:
        return
    assert "Traceback" not in outcome.stderr
    expected = (130, -signal.SIGINT) if outcome.signalled else (0,)
    assert outcome.returncode in expected, outcome.stderr
    if outcome.returncode == 130:
        lines = outcome.stderr.strip().splitlines()
        assert len(lines) == 1 and outcome.stderr.startswith("error:"), outcome.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return invented_articles(tmp_path_factory.mktemp("corpus"), 40)


def test_an_interrupted_build_leaves_nothing_and_the_next_run_works(
    tmp_path: Path, corpus: Path
) -> None:
    env = isolated_environment(tmp_path)
    formats = ("--format", "pdf", "--format", "html", "--format", "json")
    begun = started(env, folder(tmp_path / "help"))
    # The faster of two uninterrupted builds: a build slowed by a busy machine or a cold disk
    # would set the later moments past the end of the builds that are to be interrupted.
    references = [folder(tmp_path / f"reference-{number}") for number in range(2)]
    reached = min(
        (
            milestones(env, reference, corpus, *formats, written=partial(brief_written, reference))
            for reference in references
        ),
        key=lambda milestone: milestone["written"],
    )
    complete = outputs(references[0])
    assert outputs(references[1]) == complete  # a build is reproducible: the same bytes every time
    stopped = []
    for share, moment in spread(begun, reached["written"], MOMENTS).items():
        out = folder(tmp_path / f"at-{share}")
        outcome = interrupted(env, out, moment, corpus, *formats)
        assert_clean_interruption(outcome, out, complete)
        if outcome.stopped:
            stopped.append(out)
    assert len(stopped) >= len(MOMENTS) - 2, "the builds finished before they could be interrupted"

    out = stopped[-1]
    returncode, stderr = finished(start_build(env, out, corpus, *formats))
    assert returncode == 0, stderr
    assert outputs(out) == complete


def cached_rows(env: dict[str, str]) -> dict[str, str]:
    """The translations a cache holds. A build stopped between opening the database and
    making its table leaves a sound, empty database: nothing stored, as with no file."""
    database = Path(env["BRIEFING_CACHE_DIR"]) / "translations.sqlite3"
    if not database.exists():
        return {}
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if ("translations",) not in tables.fetchall():
            return {}
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


def with_cache(env: dict[str, str], cache: Path) -> dict[str, str]:
    return {**env, "BRIEFING_CACHE_DIR": str(cache)}


def translations_stored(env: dict[str, str]) -> bool:
    try:
        return bool(cached_rows(env))
    except sqlite3.OperationalError:  # locked by the build being watched, as it writes
        return False


def test_an_interrupted_translation_leaves_a_sound_cache(tmp_path: Path, corpus: Path) -> None:
    articles = (*sorted(corpus.iterdir())[:6], "--lang", "fr")
    env = french_environment(tmp_path)
    reference = folder(tmp_path / "reference")
    uninterrupted = with_cache(env, tmp_path / "reference-cache")
    begun = started(env, reference)
    reached = milestones(
        uninterrupted,
        reference,
        *articles,
        stored=lambda: translations_stored(uninterrupted),
        written=lambda: brief_written(reference),
    )
    complete = outputs(reference)
    expected = cached_rows(uninterrupted)
    assert len(expected) > 20

    # Counted from the build's start, or from when its own translations are stored.
    storing = reached["written"] - reached["stored"]
    moments = [
        *((moment, False) for moment in spread(begun, reached["stored"], TRANSLATING).values()),
        *((share * storing, True) for share in STORED),
    ]
    # Each build has a cache of its own: the last to leave one with this many rows.
    left_with: dict[int, tuple[dict[str, str], Path]] = {}
    for number, (moment, once_stored) in enumerate(moments):
        cached = with_cache(env, tmp_path / f"at-{number}" / "cache")
        out = folder(tmp_path / f"at-{number}" / "out")
        after = partial(translations_stored, cached) if once_stored else None
        outcome = interrupted(cached, out, moment, *articles, after=after)
        rows = cached_rows(cached)
        assert all(expected.get(key) == text for key, text in rows.items())
        assert_clean_interruption(outcome, out, complete)
        left_with[len(rows)] = (cached, out)
    assert {0, len(expected)} <= left_with.keys(), (
        "no build was stopped before its translations were stored, or none after"
    )

    # A cache an interrupted build left without its translations does not stop the next
    # build from translating: that one stores them all, and its brief is the same.
    cached, out = left_with[0]
    returncode, stderr = finished(start_build(cached, out, *articles))
    assert returncode == 0, stderr
    assert cached_rows(cached) == expected
    assert outputs(out) == complete


@pytest.mark.parametrize(
    "at",
    [
        "import briefing.cli",
        "import briefing.render.pdf.document",
        "import uharfbuzz",
        "open NotoSerif-Regular.ttf",
    ],
)
def test_ctrl_c_at_one_moment_stops_the_build(tmp_path: Path, corpus: Path, at: str) -> None:
    """The command line starting; the PDF layout loading; ReportLab loading HarfBuzz, a font."""
    out = folder(tmp_path / "out")
    returncode, stderr = finished(start_build(isolated_environment(tmp_path), out, corpus, at=at))
    assert running_note(out).exists(), "the signal was not sent"
    assert returncode == 130, stderr
    assert len(stderr.splitlines()) == 1 and stderr.startswith("error:"), stderr
    assert outputs(out) == {}


def test_ctrl_c_while_fetching_cuts_the_requests_running(tmp_path: Path) -> None:
    """A server that accepts every request and never answers: Ctrl-C, once the four
    requests fetched at once are all waiting, ends the build without waiting for them
    (they would each wait the ten minutes --fetch-timeout allows)."""
    held: list[socket.socket] = []
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(60)
        base = f"http://127.0.0.1:{server.getsockname()[1]}"
        out = folder(tmp_path / "out")
        pages = [f"{base}/page-{number}.html" for number in range(6)]
        process = start_build(isolated_environment(tmp_path), out, *pages, "--fetch-timeout", "600")
        try:
            while len(held) < 4:  # the fifth waits for a worker: there are four
                connection, _ = server.accept()
                held.append(connection)
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            process.kill()
            process.wait(timeout=30)
            for connection in held:
                connection.close()
    assert process.returncode == 130, stderr
    assert stderr == "error: interrupted; nothing was written\n"
    assert outputs(out) == {}


def test_ctrl_c_while_translating_keeps_the_batches_done(tmp_path: Path, corpus: Path) -> None:
    """Sentences are translated in batches, each stored as it ends: Ctrl-C once the first
    is stored stops the build between two, keeps what was stored, and the next build
    translates the rest into the same cache."""
    env = french_environment(tmp_path)
    out = folder(tmp_path / "out")
    process = start_build(env, out, corpus, "--lang", "fr")
    deadline = time.monotonic() + 240
    while not translations_stored(env):
        assert process.poll() is None, "the build ended before it stored a translation"
        assert time.monotonic() < deadline, "no translation stored in four minutes"
        time.sleep(0.002)
    process.send_signal(signal.SIGINT)
    returncode, stderr = finished(process)
    assert returncode == 130, "the build ended before Ctrl-C could stop it: give it more work"
    assert stderr.startswith("error:") and len(stderr.splitlines()) == 1, stderr
    assert outputs(out) == {}
    kept = cached_rows(env)

    returncode, stderr = finished(start_build(env, out, corpus, "--lang", "fr"))
    assert returncode == 0, stderr
    complete = cached_rows(env)
    assert 0 < len(kept) < len(complete)
    assert all(complete[key] == text for key, text in kept.items())
