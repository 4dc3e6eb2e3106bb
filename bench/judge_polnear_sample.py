"""Score a blind PolNeAR sample: the tool's speakers and the gold's against a reader's.

    python bench/judge_polnear_sample.py FOLDER

FOLDER holds what ``bench/eval_polnear.py --sample EVIDENCE:N --sample-to FOLDER`` wrote
(``EVIDENCE.md``, ``EVIDENCE.key.json``) and the reader's ``answers.json``:
``{"pronoun": {"1": "Terry E. Branstad", "2": "UNCLEAR", …}, …}``, one name per case, given
from the case text alone without the keys. Names compare as ``eval_polnear.same_speaker``
compares them. For each evidence: cases, the tool right by the reader, and of the cases
the script scored WRONG how many the reader found right (the gold's errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_polnear import same_speaker

UNCLEAR = "UNCLEAR"


def judged(answer: str, name: str | None) -> bool:
    return answer != UNCLEAR and name is not None and same_speaker(name, answer)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folder", type=Path)
    folder = parser.parse_args(argv).folder
    answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
    print(
        f"{'evidence':<14}{'cases':>6}{'tool right':>12}{'scored WRONG':>14}{'of them right':>15}"
    )
    for evidence, given in answers.items():
        key_file = folder / f"{evidence}.key.json"
        if not key_file.exists():
            continue
        key = json.loads(key_file.read_text(encoding="utf-8"))
        right = sum(judged(given[str(case["case"])], case["system"]) for case in key)
        wrong = [case for case in key if case["verdict"] == "WRONG"]
        gold_erred = sum(judged(given[str(case["case"])], case["system"]) for case in wrong)
        print(
            f"{evidence:<14}{len(key):>6}{right:>6} ({right / len(key):.2f})"
            f"{len(wrong):>14}{gold_erred:>15}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
