"""The value of a number as an article writes it: digits, words, or both.

``parse_number`` reads `25,000`, `3.5`, `twenty-five thousand` and `three and a half`;
``WORDS`` is the spelling in words as a regex fragment (``briefing.patterns.DIGITS`` the
one in digits), for the patterns that find figures in running text.
"""

from __future__ import annotations

import re
from decimal import InvalidOperation

from briefing.languages import number_value

SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "mn": 1e6,
    # South Asia's own scales (`17 lakh rupees` is 1,700,000 rupees).
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
NUMBER_WORDS = frozenset([*SMALL, "hundred", "thousand", "million", "billion", "trillion"])
# Longest first, so that `seventeen` is not read as `seven`.
_WORD = "|".join(sorted(NUMBER_WORDS, key=lambda word: (-len(word), word)))
WORDS = rf"(?:{_WORD})(?:(?:\s+|-)(?:and\s+)?(?:a\s+)?(?:{_WORD}|half))*"


def parse_number(text: str) -> float | None:
    """The value of `25,000`, `۲۵٬۰۰۰`, `3.5`, `twenty-five thousand` or `three and a half`."""
    try:
        return float(number_value(text))
    except InvalidOperation:
        pass
    cleaned = text.replace(",", "")
    if cleaned.lower() in {"a", "an"}:
        return 1.0
    total = 0.0
    current = 0.0
    seen = False
    for token in re.split(r"[\s-]+", cleaned.lower()):
        if token in {"and", "a"}:
            continue
        if token == "half":
            current += 0.5
        elif token in SMALL:
            current += SMALL[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
