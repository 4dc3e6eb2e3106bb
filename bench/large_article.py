"""Time ``briefing extract`` on generated articles up to the default 5 MB size cap.

    python bench/large_article.py [--sizes 625000,1250000,2500000,5000000] [--format txt]
                                  [--one-paragraph]

Each article is made of ordinary news paragraphs (speech, reported speech, figures,
narration), repeated with changing names and numbers until it reaches the size asked
(``--one-paragraph``: all on one line, as a page dump without line breaks). The
command runs as a user runs it, in its own process with ``--verbose``, and its stage times
are printed beside the size: when doubling the size much more than doubles the time, some
stage is super-linear.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ("Maria Lopez", "Jane Roe", "Ahmad Karimi", "Amina Yusuf", "the council", "Dr. Chen")
SHAPES = (
    "“We will rebuild the {n} bridges before winter,” {name} said on Tuesday.",
    "{name} said that spending rose by {n} per cent in the year to March.",
    "The river reached {n}.5 metres, the highest level since records began in 1911.",
    "{name} told reporters: “Nobody expected {n} families to lose their homes.”",
    "Officials counted {n},200 damaged buildings across the valley, and {n} schools closed.",
    "Residents gathered in the square as the rain eased, and volunteers handed out water.",
)


def article(size: int, one_paragraph: bool = False) -> str:
    """A plain-text article of about ``size`` bytes: a headline, then paragraphs."""
    paragraphs = ["River valley floods: the long recovery"]
    total, index = 0, 0
    while total < size - 200:
        shape = SHAPES[index % len(SHAPES)]
        paragraph = shape.format(n=index % 97 + 2, name=NAMES[index % len(NAMES)])
        paragraphs.append(paragraph)
        total += len(paragraph.encode()) + 2
        index += 1
    if one_paragraph:
        return f"{paragraphs[0]}\n\n{' '.join(paragraphs[1:])}\n"
    return "\n\n".join(paragraphs) + "\n"


def timed_extract(path: Path) -> tuple[float, str]:
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "extract", "--json", "--verbose", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        return elapsed, f"exit {result.returncode}: {result.stderr.strip()[:200]}"
    stages = "; ".join(line for line in result.stderr.splitlines() if line.endswith(" s"))
    return elapsed, stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="625000,1250000,2500000,5000000")
    parser.add_argument("--format", choices=("txt", "md"), default="txt")
    parser.add_argument("--one-paragraph", action="store_true")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in map(int, arguments.sizes.split(",")):
            path = Path(folder) / f"large.{arguments.format}"
            path.write_text(article(size, arguments.one_paragraph), encoding="utf-8")
            elapsed, stages = timed_extract(path)
            print(f"{path.stat().st_size:>10,} bytes: {elapsed:6.1f} s  ({stages})")


if __name__ == "__main__":
    main()
