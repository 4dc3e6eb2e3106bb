"""Translating on one device: briefing's sorted batches against one call per sentence and
one padded batch, in process; then the seeds' French brief, whole processes (not a test).

    .venv/bin/python bench/translation_device.py [--device cuda] [--sentences 5000]
        [--single 200] [--beam 4] [--decode 40] [--repeat 3]

The package is bench/subword_model.py's (a real Argos package's shape, random weights,
every sentence decoding ``--decode`` tokens), installed by briefing into a temporary
folder. The sentences are the example and seed articles' own, numbered to make
``--sentences`` distinct ones. Three ways through the same CTranslate2 translator:

* one call per sentence, as argostranslate translates (timed on the first ``--single``
  sentences, reported per 1,000 sentences);
* one padded batch of 64 sentences at a time, in the articles' order (briefing before
  issue 14);
* briefing's engine: sorted by length, batches of the device's token budget.

Then ``briefing build SEEDS --lang fr`` from a cold cache on ``--device`` and on the CPU
(every core), medians of ``--repeat``. Uses the seeds when present (../shared/seeds), else
the examples. Prints why a GPU cannot be used, in briefing's words, when it cannot.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import subword_model
from translation import inputs, isolated_environment, seconds

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")


def sentences(count: int) -> list[str]:
    """``count`` distinct news sentences: the articles' own, then the same numbered."""
    split = (s for line in subword_model.corpus() for s in SENTENCE_END.split(line))
    own = list(dict.fromkeys(split))
    rounds = range(count // len(own) + 1)
    numbered = [s if n == 0 else f"{s} ({n})" for n in rounds for s in own]
    return numbered[:count]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda", choices=("cpu", "cuda"))
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--single", type=int, default=200)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--decode", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    import ctranslate2

    from briefing.translate.engine import DEVICES, LENGTH_PENALTY, ArgosEngine, cuda_problem
    from briefing.translate.packages import install_file

    problem = cuda_problem(ctranslate2) if options.device == "cuda" else None
    if problem:
        raise SystemExit(f"--device cuda: {problem}")
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        archive = subword_model.build_package(scratch / "en_fr.argosmodel", options.decode)
        package = install_file(archive, scratch / "packages")
        engine = ArgosEngine(package, options.device, options.beam)
        translator, device = engine._load()
        texts = sentences(options.sentences)
        _, tokens = engine._tokenized(texts)
        settings = DEVICES[device]
        print(
            f"{device} ({settings.compute_type}, {os.cpu_count()} cores), CTranslate2 "
            f"{ctranslate2.__version__}, beam {options.beam}, {options.decode} tokens decoded "
            f"per sentence, {len(texts)} sentences of "
            f"{statistics.mean(len(t) for t in tokens.values()):.0f} tokens on average:"
        )

        def translate(batch: list[list[str]], **how: object) -> None:
            translator.translate_batch(
                batch,
                beam_size=options.beam,
                length_penalty=LENGTH_PENALTY,
                return_scores=True,
                max_decoding_length=256,
                **how,
            )

        translate([tokens[texts[0]]])  # the device's own start (cuBLAS, kernels) is not timed
        single = texts[: options.single]
        per_sentence = timed(lambda: [translate([tokens[text]]) for text in single])
        padded = timed(lambda: translate([tokens[text] for text in texts], max_batch_size=64))
        sorted_batches = timed(lambda: list(engine.translate_sentences(texts)))
        per_thousand = per_sentence / len(single) * 1000
        print(f"  one call per sentence   {per_thousand:8.2f} s per 1,000 sentences")
        for label, spent in (
            ("padded batches of 64", padded),
            (f"sorted, {settings.batch_tokens:,} tokens", sorted_batches),
        ):
            rate = spent / len(texts) * 1000
            print(f"  {label:23} {rate:8.2f} s per 1,000   {per_thousand / rate:6.1f}x")

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        env = isolated_environment(scratch) | {"ARGOS_BEAM_SIZE": str(options.beam)}
        briefing = [sys.executable, "-m", "briefing"]
        package = subword_model.build_package(scratch / "en_fr.argosmodel", options.decode)
        seconds([*briefing, "models", "install", str(package)], env)
        cache = scratch / "briefing-cache" / "translations.sqlite3"
        build = [*briefing, "build", *inputs(), "--lang", "fr", "--quiet"]
        build += ["-o", str(scratch / "brief.pdf")]
        for name in dict.fromkeys((options.device, "cpu")):
            runs = []
            for _ in range(options.repeat):
                cache.unlink(missing_ok=True)
                runs.append(seconds([*build, "--device", name], env))
            wall = statistics.median(w for w, _ in runs)
            print(f"  the seeds' French brief, whole process, --device {name}: {wall:.1f} s")


if __name__ == "__main__":
    main()
