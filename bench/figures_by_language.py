"""Figure F1 per article language, on the invented French, Persian and Dari samples.

    .venv/bin/python bench/figures_by_language.py [GOLD.json]

The samples (tests/fixtures/figures/*.md, each saying it is invented) were written for
this bench and annotated by hand in tests/fixtures/figures/gold.json; the scoring rules
are bench/eval_extraction.py's. Written by the person who wrote the rules, they measure
that the rules hold, not how far they reach on real articles: that is measured elsewhere.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_extraction import evaluate, run_in_process

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "fixtures" / "figures" / "gold.json"


def main(argv: list[str] | None = None) -> int:
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, nargs="?", default=GOLD)
    options = parser.parse_args(argv)
    gold: list[dict[str, Any]] = json.loads(options.gold.read_text(encoding="utf-8"))
    records, _ = run_in_process(options.gold, gold)
    by_language: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = defaultdict(
        lambda: ([], [])
    )
    for article, record in zip(gold, records, strict=True):
        by_language[record["language"]][0].append(article)
        by_language[record["language"]][1].append(record)
    print(
        f"{'language':<10}{'articles':>9}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"
    )
    for language, (articles, found) in sorted(by_language.items()):
        score = evaluate(articles, found).figures
        print(
            f"{language:<10}{len(articles):>9}{score.gold:>6}{score.predicted:>6}"
            f"{score.matched:>7}{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
