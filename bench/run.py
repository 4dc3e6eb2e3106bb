"""Whole-process timings of the command line, for the README (not a test).

    .venv/bin/python bench/run.py [--repeat 5] [--seeds ../shared/seeds]

Measures: ``briefing --help``; an English brief of the seed articles; and briefs of
250, 500 and 1,000 plain-text articles generated from the examples, with peak memory,
to show that cost grows linearly with the number of articles. Prints medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one ``briefing`` process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"briefing {' '.join(args)} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def median_run(args: list[str], repeat: int) -> tuple[float, float]:
    runs = [run(args) for _ in range(repeat)]
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def generate_articles(folder: Path, count: int) -> None:
    """Plain-text articles made from the samples, each with its own headline."""
    from briefing.sources.files import read_articles

    samples = read_articles(sorted(EXAMPLES.iterdir())).articles
    for number in range(count):
        sample = samples[number % len(samples)]
        body = "\n\n".join(p.text for p in sample.paragraphs if p.text != sample.title)
        title = f"{sample.title} (copy {number + 1})"
        (folder / f"article-{number:04d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    options = parser.parse_args()

    rows = []
    help_time, _ = median_run(["--help"], options.repeat)
    rows.append(("briefing --help", help_time, None))
    with tempfile.TemporaryDirectory() as scratch:
        output = str(Path(scratch) / "brief.pdf")
        if options.seeds.is_dir():
            seeds = [str(path) for path in sorted(options.seeds.glob("*.txt"))]
            seconds, memory = median_run(["build", *seeds, "-o", output, "--quiet"], options.repeat)
            rows.append((f"English brief, {len(seeds)} seed articles", seconds, memory))
        for count in (250, 500, 1000):
            folder = Path(scratch) / f"articles-{count}"
            folder.mkdir()
            generate_articles(folder, count)
            seconds, memory = median_run(
                ["build", str(folder), "-o", output, "--quiet"], max(1, options.repeat // 2)
            )
            rows.append((f"{count:,} plain-text articles", seconds, memory))

    print(f"{'run':<36} {'median wall (s)':>16} {'peak RSS (MB)':>14}")
    for name, seconds, memory in rows:
        shown = f"{memory:14.0f}" if memory is not None else f"{'':>14}"
        print(f"{name:<36} {seconds:16.2f} {shown}")


if __name__ == "__main__":
    main()
