"""Quotes and speakers per article language, on the invented French, Persian and Dari samples.

    .venv/bin/python bench/speech_by_language.py [GOLD.json]

The samples (tests/fixtures/figures/*.md, each saying it is invented) were written for
this bench and their quotes annotated by hand in tests/fixtures/figures/gold.json, beside
their figures; matching is bench/eval_extraction.py's. For each language: direct quotes
and reported speech (precision, recall, F1), and of the matched ones the share given the
right speaker, a wrong name (`wrong`), a description as the article wrote it that the
gold names otherwise (`desc`: `le sexagénaire` for the man the gold names, maybe him,
unresolved), or none. Written by the person who wrote the rules, the
samples measure that the rules hold, not how far they reach on real articles; those
marked "annotated before the rules were run on it" were scored once before any rule was
changed for them, and the commits that add them give that first score.

Annotation conventions: a speaker is the person's name without title wherever the
article names them (`Mme Hélène Garnier` → `Hélène Garnier`, `آقای حسین کریمی` →
`حسین کریمی`), else the role or body as written, without when and where (`le préfet`,
`سخنگوی وزارت نیرو`). A direct quote is the words inside the outermost marks, or after
a speech verb's colon to the end of the statement (the paragraph's end, or the sentence
before one that names another speaker). Reported speech is the clause after `que`/`که`,
the rest of a sentence opened by `selon X,`/`d'après X,`/`pour X,`/`به گفتهٔ X،`/
`به نقل از X،` (or before a closing `, selon X`), and what a denial denies.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_extraction import Score, pair_items, quote_accept, run_in_process, same_name

from briefing.extract.speech.persian_lexicon import ROLE_HEADS

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "fixtures" / "figures" / "gold.json"
KINDS = ("direct", "indirect")


# Words a description opens on (`le sexagénaire`, `une voisine`, `the agency`): a speaker
# given so is as the article wrote it, not a name.
_DESCRIBING = frozenset(
    {
        *("le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur"),
        *("leurs", "ce", "cet", "cette", "the", "a", "an", "his", "her", "its", "their"),
    }
)


def as_written(speaker: str) -> bool:
    """Whether a speaker is a description as the article wrote it rather than a name: it
    opens on a determiner, or (Persian and Dari, which have none) on a role or body word
    (`سخنگوی وزارت معارف`, `یک منبع آگاه`)."""
    first = speaker.split()[0].lower() if speaker.split() else ""
    return (
        first.split("'")[0].split("’")[0] in _DESCRIBING
        or first in ROLE_HEADS
        or re.sub("(?:\u200cای|\u200cی|ی|ٔ)$", "", first) in ROLE_HEADS
    )


def tally(gold: list[dict[str, Any]], records: list[dict[str, Any]], kind: str) -> list[int]:
    """Gold, predicted, matched, right, wrong-name, unnamed and described-as-written counts
    of one kind of quote. A description as written (`le sexagénaire` for the Thierry Vasseur
    the gold names) is no wrong name: it may be the right person, unresolved."""
    counts = [0] * 7
    for article, record in zip(gold, records, strict=True):
        gold_items = [quote for quote in article["quotes"] if quote["type"] == kind]
        predicted = [quote for quote in record["quotes"] if quote["type"] == kind]
        pairs = pair_items(gold_items, predicted, quote_accept)
        counts[0] += len(gold_items)
        counts[1] += len(predicted)
        counts[2] += len(pairs)
        for expected, found in pairs:
            if same_name(expected["speaker"], found["speaker"]):
                counts[3] += 1
            elif found["speaker"] is None:
                counts[5] += 1
            elif as_written(found["speaker"]):
                counts[6] += 1
            else:
                counts[4] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
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
        f"{'language':<10}{'kind':<10}{'gold':>5}{'pred':>5}{'match':>6}{'P':>7}{'R':>7}"
        f"{'F1':>7}{'right':>7}{'wrong':>7}{'desc':>7}{'none':>7}"
    )
    for language, (articles, found) in sorted(by_language.items()):
        for kind in KINDS:
            expected, predicted, matched, right, wrong, unnamed, described = tally(
                articles, found, kind
            )
            score = Score(expected, predicted, matched)
            shares = [
                count / matched if matched else 0.0 for count in (right, wrong, described, unnamed)
            ]
            print(
                f"{language:<10}{kind:<10}{expected:>5}{predicted:>5}{matched:>6}"
                f"{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                + "".join(f"{share:>7.3f}" for share in shares)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
