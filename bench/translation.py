"""Translating the seeds' brief: briefing against argostranslate, whole processes (not a test).

    .venv/bin/python bench/translation.py [--repeat 3] [--beam 4] [--decode 48]

On a package of a real Argos package's shape (bench/subword_model.py: 6+6 layers, width
512, 50,000 pieces, int8, random weights, every sentence decoding ``--decode`` tokens):

* briefing: ``briefing build SEEDS --lang fr`` from a cold cache, the whole process
  (reading, extracting, translating in sorted batches, the PDF);
* argostranslate: a process that imports it and calls ``argostranslate.translate.translate``
  once per segment of the same brief (headlines, ledes, quotes, figure descriptions), as a
  plain Argos user would; the process's own start (torch, stanza) counts, as briefing's does.

Same package, same beam. Each pair runs twice: both pinned to one thread (``taskset`` to
one core; Argos's intra-threads 1), which shows what batching alone gains, and with each
tool's default threads on all cores. Then an English build, and a French one from the
warm cache (nothing translated, the model never loaded). Prints the medians. Everything
runs in a temporary home: Argos's folders, the packages folder and the cache. Uses the
seeds when present (../shared/seeds), else the examples.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import subword_model

REPO = subword_model.REPO
ARGOS_PER_SEGMENT = """
import json, sys
import argostranslate.translate
for segment in json.load(open(sys.argv[1], encoding="utf-8")):
    argostranslate.translate.translate(segment, "en", "fr")
"""


def isolated_environment(scratch: Path) -> dict[str, str]:
    folders = {
        "HOME": "home",
        "XDG_DATA_HOME": "data",
        "XDG_CONFIG_HOME": "config",
        "XDG_CACHE_HOME": "cache",
        "ARGOS_PACKAGES_DIR": "packages",
        "BRIEFING_CACHE_DIR": "briefing-cache",
    }
    env = {name: str(scratch / folder) for name, folder in folders.items()}
    # The repository first; any path already given (where the dependencies are) after it.
    path = os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH"))))
    return env | {"ARGOS_DEVICE_TYPE": "cpu", "PYTHONPATH": path}


def inputs() -> list[str]:
    if subword_model.SEEDS.is_dir():
        return [str(path) for path in sorted(subword_model.SEEDS.glob("*.txt"))]
    return [str(REPO / "examples" / "manifest.yaml")]


def segments_of_brief() -> list[str]:
    """What briefing translates of the brief: the same segments go to argostranslate."""
    from briefing.pipeline import extract_all
    from briefing.select import SelectOptions, select
    from briefing.sources.files import IngestOptions
    from briefing.translate.segments import _segments

    extractions, _ = extract_all([Path(p) for p in inputs()], IngestOptions())
    return _segments(select(extractions, SelectOptions(title=None, date=date(2025, 1, 1))))


def seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user and system, all threads) of one process: on a shared
    machine the CPU time of a one-thread run is the steadier measure of its work."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        raise SystemExit(f"{' '.join(command[:4])} … failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_utime + usage.ru_stime


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--decode", type=int, default=subword_model.NEWS_LENGTH)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        env = isolated_environment(scratch) | {"ARGOS_BEAM_SIZE": str(options.beam)}
        package = subword_model.build_package(scratch / "en_fr.argosmodel", options.decode)
        briefing = [sys.executable, "-m", "briefing"]
        subprocess.run([*briefing, "models", "install", str(package)], check=True, env=env)
        segments = segments_of_brief()
        segments_file = scratch / "segments.json"
        segments_file.write_text(json.dumps(segments), encoding="utf-8")
        print(
            f"{len(segments)} segments, beam {options.beam}, {options.decode} tokens decoded "
            f"per sentence, {os.cpu_count()} cores, median of {options.repeat}:"
        )
        cache = scratch / "briefing-cache" / "translations.sqlite3"
        build = [*briefing, "build", *inputs(), "--lang", "fr", "--quiet"]
        build += ["-o", str(scratch / "brief.pdf")]
        argos = [sys.executable, "-c", ARGOS_PER_SEGMENT, str(segments_file)]
        one_core = ["taskset", "--cpu-list", "0"]
        for label, prefix, argos_threads in (
            ("one thread each", one_core, {"ARGOS_INTRA_THREADS": "1"}),
            ("default threads", [], {}),
        ):
            ours, theirs = [], []
            for _ in range(options.repeat):
                cache.unlink(missing_ok=True)
                ours.append(seconds(prefix + build, env))
                theirs.append(seconds(prefix + argos, env | argos_threads))
            (mine, my_cpu), (reference, their_cpu) = medians(ours), medians(theirs)
            print(
                f"  {label:16} briefing {mine:6.1f} s ({my_cpu:5.1f} s CPU)   argostranslate "
                f"per segment {reference:6.1f} s ({their_cpu:5.1f} s CPU)   "
                f"{reference / mine:4.1f}x ({their_cpu / my_cpu:4.1f}x CPU)"
            )
        # The cache is warm now: a rebuild translates nothing and never loads the model.
        english = [arg for arg in build if arg not in ("--lang", "fr")]
        plain, _ = medians([seconds(english, env) for _ in range(options.repeat)])
        warm, _ = medians([seconds(build, env) for _ in range(options.repeat)])
        print(f"  English build {plain:.2f} s, French from a warm cache {warm:.2f} s")


if __name__ == "__main__":
    main()
