"""Time ``briefing extract`` on generated articles up to the default 5 MB size cap.

    python bench/large_article.py [--sizes 625000,1250000,2500000,5000000] [--format txt]
                                  [--one-paragraph] [--language en|fr|fa] [--many-names]

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
# Invented paragraphs in each language the extract stage reads, with a speaker in each.
FRENCH = (
    "« Nous reconstruirons les {n} ponts avant l'hiver », a déclaré {name} mardi.",
    "{name}, {n} ans, a affirmé que les dépenses avaient augmenté de {n} %.",
    "La rivière a atteint {n},5 mètres, un niveau jamais vu depuis 1911.",
    "Selon {name}, {n} familles ont perdu leur maison. « Personne ne s'y attendait », "
    "raconte le retraité.",
)
PERSIAN = (
    "{name}، سخنگوی شورای شهر، روز سه‌شنبه گفت: {n} پل تا زمستان بازسازی می‌شود.",
    "وی افزود که هزینه‌ها {n} درصد افزایش یافته است.",
    "سطح آب رودخانه به {n} متر رسید.",
    "به گفتهٔ {name}، {n} خانواده خانهٔ خود را از دست داده‌اند.",
)
FIRST = ("Maria", "Jean", "Ahmad", "Amina", "Claire", "Farid", "Nadia", "Paul")
FIRST_FA = ("مریم", "احمد", "فرید", "نادیه", "حسین", "لیلا")
SURNAMES = ("Lopez", "Dupont", "Karimi", "Yusuf", "Morel", "Sadat", "Roux", "Haidari")
SURNAMES_FA = ("کریمی", "حیدری", "صدری", "رحیمی", "نوری", "امیری")
SHAPES = (
    "“We will rebuild the {n} bridges before winter,” {name} said on Tuesday.",
    "{name} said that spending rose by {n} per cent in the year to March.",
    "The river reached {n}.5 metres, the highest level since records began in 1911.",
    "{name} told reporters: “Nobody expected {n} families to lose their homes.”",
    "Officials counted {n},200 damaged buildings across the valley, and {n} schools closed.",
    "Residents gathered in the square as the rain eased, and volunteers handed out water.",
)


def article(
    size: int, one_paragraph: bool = False, language: str = "en", many_names: bool = False
) -> str:
    """A plain-text article of about ``size`` bytes: a headline, then paragraphs;
    ``many_names``: a new person in each paragraph, as a long dossier names hundreds."""
    shapes = {"en": SHAPES, "fr": FRENCH, "fa": PERSIAN}[language]
    first, last = (FIRST_FA, SURNAMES_FA) if language == "fa" else (FIRST, SURNAMES)
    paragraphs = ["River valley floods: the long recovery"]
    total, index = 0, 0
    while total < size - 200:
        shape = shapes[index % len(shapes)]
        name = (
            f"{first[index % len(first)]} {last[index // len(first) % len(last)]}{index}"
            if many_names
            else NAMES[index % len(NAMES)]
        )
        paragraph = shape.format(n=index % 97 + 2, name=name)
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
    parser.add_argument("--language", choices=("en", "fr", "fa"), default="en")
    parser.add_argument("--many-names", action="store_true", help="a new person per paragraph")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in map(int, arguments.sizes.split(",")):
            path = Path(folder) / f"large.{arguments.format}"
            text = article(size, arguments.one_paragraph, arguments.language, arguments.many_names)
            path.write_text(text, encoding="utf-8")
            elapsed, stages = timed_extract(path)
            print(f"{path.stat().st_size:>10,} bytes: {elapsed:6.1f} s  ({stages})")


if __name__ == "__main__":
    main()
