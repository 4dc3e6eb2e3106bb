"""Score the extract stage against hand annotations.

    python bench/eval_extraction.py GOLD.json [--extract-json FILE]

Without ``--extract-json`` the articles named in the gold file (``file``, relative to the
gold file's folder) are read and extracted in-process, and the time ``extract`` took is
printed. Matching rules, decided once so scores stay comparable between changes:

* A quote matches a gold quote of the same type in the same paragraph when one contiguous
  run of the prediction covers at least 0.8 of the gold text (one-to-one, best first).
* A figure matches a gold figure in the same paragraph when the values are equal and the
  two texts share a run of at least three characters: annotators wrap a number in more or
  less context (``the deaths of 42 members`` / ``42 members``), the number is the item.
* Names compare loosely: lower-cased, possessive ``'s``, leading articles, honorific
  titles (``Mme``, ``Haji``, ``Qari``, ``آقای``: the annotation convention leaves them out
  of names, and annotators sometimes keep them), punctuation and annotator asides in
  parentheses removed. A person's name must then be equal (so
  ``Jane Roe`` is not ``Jane Mary Roe``). An organisation or group (anything that is not
  two to four capitalised words) matches when the prediction holds the gold's last word
  (its head: office, report, party) and at least half of the gold's words, an acronym
  counting for the words it abbreviates (``UN`` ~ ``United Nations``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

QUOTE_COVER = 0.8
_STOP = frozenset({"the", "a", "an", "of", "s"})
# Honorifics before a name, never part of it (English, French, Afghan and Iranian usage).
_TITLES = frozenset(
    """
    mr mrs ms miss dr prof m mme mlle me haji hajji alhaj qari mawlawi mawlavi mawlana
    mullah mufti sheikh آقای خانم حاجی الحاج قاری مولوی ملا مفتی شیخ
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one item type, with the counts behind them."""

    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class Ratio:
    right: int
    total: int

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass(frozen=True)
class Report:
    direct: Score
    indirect: Score
    figures: Score
    direct_speaker: Ratio
    indirect_speaker: Ratio
    claimed_by: Ratio
    disputed: Ratio
    key: Score | None
    seconds: float | None = None


def words(name: str) -> list[str]:
    """A name's comparable words: lower-cased, asides, possessives and articles removed."""
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"['’]s\b", " ", name)
    found = [word for word in re.findall(r"[\w-]+", name.lower()) if word not in _STOP]
    while len(found) > 1 and found[0] in _TITLES:
        found = found[1:]
    return found


def _is_person(name: str) -> bool:
    bare = re.sub(r"\([^)]*\)", " ", name).split()
    return 2 <= len(bare) <= 4 and all(word[:1].isupper() and not word.isupper() for word in bare)


def same_name(gold: str | None, predicted: str | None) -> bool:
    """The loose name comparison described in the module docstring."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold_words, predicted_words = words(gold), words(predicted)
    if gold_words == predicted_words:
        return True
    if _is_person(gold) or not gold_words:
        return False
    expanded = set(predicted_words) | _acronyms(predicted_words)
    hits = sum(1 for word in gold_words if word in expanded)
    return gold_words[-1] in expanded and hits * 2 >= len(gold_words)


def _acronyms(tokens: Sequence[str]) -> set[str]:
    found = set()
    for size in range(2, 5):
        for index in range(len(tokens) - size + 1):
            found.add("".join(token[0] for token in tokens[index : index + size]))
    return found


def _cover(gold: str, predicted: str) -> int:
    # Articles are read with their spaces collapsed (a no-break space becomes a space), so
    # the gold's are too before the longest shared run is measured.
    gold, predicted = " ".join(gold.split()), " ".join(predicted.split())
    match = SequenceMatcher(None, gold, predicted, autojunk=False).find_longest_match(
        0, len(gold), 0, len(predicted)
    )
    return match.size


def pair_items(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], accept: Any
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one pairs, best overlap first; ``accept(g, p)`` gives a score or None."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g["paragraph"] != p["paragraph"]:
                continue
            score = accept(g, p)
            if score is not None:
                candidates.append((score, gi, pi))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def quote_accept(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    covered = _cover(g["text"], p["text"]) / max(1, len(g["text"]))
    return covered if covered >= QUOTE_COVER else None


def _figure_accept(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    if abs(float(g["value"]) - float(p["value"])) > 1e-9 * max(1.0, abs(float(g["value"]))):
        return None
    shared = _cover(g["text"], p["text"])
    return float(shared) if shared >= min(3, len(g["text"])) else None


def evaluate(gold: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]]) -> Report:
    """Score extraction records against gold articles, matched by file name."""
    by_file = {Path(record["file"]).name: record for record in records}
    counts: dict[str, list[int]] = {
        name: [0, 0, 0, 0, 0] for name in ("direct", "indirect", "figures")
    }
    ratios = {
        name: [0, 0] for name in ("direct_speaker", "indirect_speaker", "claimed_by", "disputed")
    }
    keys = [0, 0, 0]
    key_seen = any("key" in item for r in records for item in (*r["quotes"], *r["figures"]))
    for article in gold:
        record = by_file.get(Path(article["file"]).name, {"quotes": [], "figures": []})
        for kind in ("direct", "indirect"):
            gold_items = [q for q in article["quotes"] if q["type"] == kind]
            predicted = [q for q in record["quotes"] if q["type"] == kind]
            pairs = pair_items(gold_items, predicted, quote_accept)
            _count(counts[kind], gold_items, predicted, pairs)
            for g, p in pairs:
                _tally(ratios[f"{kind}_speaker"], same_name(g["speaker"], p["speaker"]))
            _count_keys(keys, gold_items, predicted, pairs)
        pairs = pair_items(article["figures"], record["figures"], _figure_accept)
        _count(counts["figures"], article["figures"], record["figures"], pairs)
        for g, p in pairs:
            _tally(ratios["claimed_by"], same_name(g["claimed_by"], p["claimed_by"]))
            _tally(ratios["disputed"], bool(g["disputed"]) == bool(p["disputed"]))
        _count_keys(keys, article["figures"], record["figures"], pairs)
    return Report(
        direct=Score(*counts["direct"][:3]),
        indirect=Score(*counts["indirect"][:3]),
        figures=Score(*counts["figures"][:3]),
        direct_speaker=Ratio(*ratios["direct_speaker"]),
        indirect_speaker=Ratio(*ratios["indirect_speaker"]),
        claimed_by=Ratio(*ratios["claimed_by"]),
        disputed=Ratio(*ratios["disputed"]),
        key=Score(*keys) if key_seen else None,
    )


def _count(
    slot: list[int], gold: Sequence[Any], predicted: Sequence[Any], pairs: Sequence[Any]
) -> None:
    slot[0] += len(gold)
    slot[1] += len(predicted)
    slot[2] += len(pairs)


def _tally(slot: list[int], right: bool) -> None:
    slot[0] += int(right)
    slot[1] += 1


def _count_keys(
    slot: list[int],
    gold: Sequence[dict[str, Any]],
    predicted: Sequence[dict[str, Any]],
    pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]],
) -> None:
    """Chosen items (``key`` in the prediction: what the brief shows) against gold ``key``.

    Precision: of the items the brief would show, the share gold marks key; recall: of
    gold's key items, the share the brief shows (a key item never extracted is missed).
    """
    slot[0] += sum(1 for item in gold if item.get("key"))
    slot[1] += sum(1 for item in predicted if item.get("key"))
    slot[2] += sum(1 for g, p in pairs if g.get("key") and p.get("key"))


def run_in_process(
    gold_path: Path, gold: Iterable[dict[str, Any]]
) -> tuple[list[dict[str, Any]], float]:
    """Read and extract the gold's articles; return their records and extract's time."""
    from briefing.extract.extraction import extract
    from briefing.pipeline import extraction_records
    from briefing.select import SelectOptions
    from briefing.sources.files import read_articles

    paths = [gold_path.parent / article["file"] for article in gold]
    articles = read_articles(paths).articles
    started = time.perf_counter()
    extractions = [extract(article) for article in articles]
    seconds = time.perf_counter() - started
    chosen = SelectOptions(title=None, date=date.today())
    return extraction_records(extractions, chosen), seconds


def format_report(report: Report) -> str:
    def share(ratio: Ratio | None) -> str:
        value = None if ratio is None else ratio.value
        return "n/a" if value is None else f"{value:.3f} ({ratio.right}/{ratio.total})"  # type: ignore[union-attr]

    lines = [f"{'items':<18}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    scores = [
        ("direct quotes", report.direct),
        ("reported speech", report.indirect),
        ("figures", report.figures),
    ]
    if report.key is not None:
        scores.append(("key items chosen", report.key))
    for name, score in scores:
        lines.append(
            f"{name:<18}{score.gold:>6}{score.predicted:>6}{score.matched:>7}"
            f"{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
        )
    lines += [
        "",
        f"{'speaker (direct)':<26}{share(report.direct_speaker)}",
        f"{'speaker (reported)':<26}{share(report.indirect_speaker)}",
        f"{'figure claimed_by':<26}{share(report.claimed_by)}",
        f"{'figure disputed':<26}{share(report.disputed)}",
    ]
    if report.seconds is not None:
        lines.append(f"{'extract time':<26}{report.seconds * 1000:.1f} ms")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("gold", type=Path, help="gold annotations (a JSON list of articles)")
    parser.add_argument(
        "--extract-json", type=Path, help="output of `briefing extract --json` to score instead"
    )
    options = parser.parse_args(argv)
    gold = json.loads(options.gold.read_text(encoding="utf-8"))
    seconds = None
    if options.extract_json:
        loaded = json.loads(options.extract_json.read_text(encoding="utf-8"))
        records = loaded if isinstance(loaded, list) else loaded.get("articles", [loaded])
    else:
        records, seconds = run_in_process(options.gold, gold)
    report = evaluate(gold, records)
    print(format_report(Report(**{**report.__dict__, "seconds": seconds})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
