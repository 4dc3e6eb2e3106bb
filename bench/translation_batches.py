"""How many tokens a CPU batch should hold: the seeds' brief decoded in process (not a test).

    .venv/bin/python bench/translation_batches.py [--threads 1] [--sizes 256,512,1024]

The sentences briefing translates for the seeds' French brief, through briefing's own
engine on bench/subword_model.py's package (a real Argos package's shape, random weights,
every sentence decoding 48 tokens), once for each batch size; the model is loaded before
the clock starts. Prints the median of ``--repeat`` runs for each size. Run it under
``taskset --cpu-list 0`` with ``--threads 1`` for one core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import subword_model
import translation

from briefing.extract.sentences import split_sentences
from briefing.translate import engine
from briefing.translate.packages import install_file, packages_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=0, help="0: every core")
    parser.add_argument("--sizes", default="256,512,1024,2048,8192")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        os.environ.update(translation.isolated_environment(scratch))
        archive = subword_model.build_package(scratch / "en_fr.argosmodel", 48)
        package = install_file(archive, packages_dir())
        sentences = list(
            dict.fromkeys(
                segment[start:end]
                for segment in translation.segments_of_brief()
                for start, end in split_sentences(segment)
            )
        )
        print(f"{len(sentences)} sentences, median of {options.repeat}:")
        cpu = engine.DEVICES["cpu"]
        for size in (int(size) for size in options.sizes.split(",")):
            engine.DEVICES["cpu"] = replace(cpu, batch_tokens=size)
            runs = []
            for _ in range(options.repeat):
                translator = engine.ArgosEngine(package, threads=options.threads)
                # Loads the model before the clock starts.
                next(translator.translate_sentences(sentences[:1]))
                start = time.perf_counter()
                for _part in translator.translate_sentences(sentences):
                    pass
                runs.append(time.perf_counter() - start)
            print(f"  {size:6} tokens per batch  {statistics.median(runs):6.2f} s", flush=True)
        engine.DEVICES["cpu"] = cpu


if __name__ == "__main__":
    main()
