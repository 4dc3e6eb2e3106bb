"""Translation speed on the fixture package, for the README (not a test).

    .venv/bin/python bench/translation.py [--repeat 5] [--beam 4]

1. The same segments (the seed brief's headlines, ledes, quotes and figure descriptions,
   or the examples' when the seeds are absent) translated (a) through briefing's batched
   path, one CTranslate2 call for all sentences, and (b) with
   ``argostranslate.translate.translate`` called once per segment, as a plain Argos user
   would; same package, same beam size, intra-threads 1 for both. Ratio from one run.
2. Whole-process builds: English, French from a cold cache, French from a warm cache.

Everything runs in a temporary home: Argos's folders, the packages folder and the cache.
The fixture is a character-level toy: its batches are long and padded, so the ratio
understates what batching gains on a real subword model (see the README).
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
PACKAGE = REPO / "tests" / "fixtures" / "translate-en_fr-toy.argosmodel"
SEEDS = REPO.parent / "shared" / "seeds"


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
    env.update(ARGOS_DEVICE_TYPE="cpu", ARGOS_INTRA_THREADS="1", ARGOS_INTER_THREADS="1")
    return env


def inputs() -> list[str]:
    if SEEDS.is_dir():
        return [str(path) for path in sorted(SEEDS.glob("*.txt"))]
    return [str(REPO / "examples" / "manifest.yaml")]


def segments_of_brief() -> list[str]:
    from datetime import date

    from briefing.pipeline import extract_all
    from briefing.select import SelectOptions, select
    from briefing.sources.files import IngestOptions
    from briefing.translate.segments import _segments

    extractions, _ = extract_all([Path(p) for p in inputs()], IngestOptions())
    return _segments(select(extractions, SelectOptions(title=None, date=date(2025, 1, 1))))


def compare_engines(beam: int, decoding_length: int | None = None) -> tuple[int, int, float, float]:
    """Seconds for briefing's batched path and for argostranslate per segment."""
    os.environ["ARGOS_BEAM_SIZE"] = str(beam)  # argostranslate reads it at import
    import argostranslate.package
    import argostranslate.translate

    from briefing.extract.sentences import split_sentences
    from briefing.translate.argos import ArgosEngine
    from briefing.translate.packages import installed_packages, packages_dir

    argostranslate.package.install_from_path(PACKAGE)
    segments = segments_of_brief()
    sentences = [s[a:b] for s in segments for a, b in split_sentences(s)]
    (package,) = installed_packages(packages_dir())
    engine = ArgosEngine(
        package, "cpu", beam_size=beam, threads=1, max_decoding_length=decoding_length
    )
    engine._load()  # both sides start with a loaded model
    argostranslate.translate.translate("Warm up.", "en", "fr")

    started = time.perf_counter()
    engine.translate_sentences(sentences)
    batched = time.perf_counter() - started
    started = time.perf_counter()
    for segment in segments:
        argostranslate.translate.translate(segment, "en", "fr")
    per_segment = time.perf_counter() - started
    return len(segments), len(sentences), batched, per_segment


def build_seconds(env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "briefing", "build", *inputs(), "--quiet", *args],
        check=True,
        env={**os.environ, **env},
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--beam", type=int, default=4)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        env = isolated_environment(Path(scratch))
        os.environ.update(env)  # argostranslate reads its settings at import
        segments, sentences, batched, per_segment = compare_engines(options.beam)
        print(f"{segments} segments ({sentences} sentences), beam {options.beam}:")
        print(f"  briefing, one batched call      {batched:8.3f} s")
        print(f"  argostranslate, per segment     {per_segment:8.3f} s")
        print(f"  ratio                           {per_segment / batched:8.1f}x")

        output = str(Path(scratch) / "brief.pdf")
        english = statistics.median(build_seconds(env, "-o", output) for _ in range(options.repeat))
        cache = Path(env["BRIEFING_CACHE_DIR"]) / "translations.sqlite3"
        cold = []
        for _ in range(options.repeat):
            cache.unlink(missing_ok=True)
            cold.append(build_seconds(env, "-o", output, "--lang", "fr"))
        warm = statistics.median(
            build_seconds(env, "-o", output, "--lang", "fr") for _ in range(options.repeat)
        )
        print("whole builds, medians:")
        print(f"  English                         {english:8.3f} s")
        print(f"  French, cold cache              {statistics.median(cold):8.3f} s")
        print(f"  French, warm cache              {warm:8.3f} s  ({warm / english - 1:+.0%})")


if __name__ == "__main__":
    main()
