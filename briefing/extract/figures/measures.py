"""What a figure measures: a short phrase of its paragraph, cut at word boundaries."""

from __future__ import annotations

import re

from briefing.extract.figures.finding import Found

_BOUNDARY = re.compile(r"[;:!?()“”\"—–«»،؛؟]|,(?=\s|$)|(?<![\s.][A-Z])\.(?=\s|$)|\s-\s")
# English, then French and Persian conjunctions and relative words.
CLAUSE_WORDS = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "yet",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "because",
        "although",
        "though",
        "if",
        "when",
        "where",
        *[
            "et",
            "ou",
            "mais",
            "donc",
            "car",
            "qui",
            "que",
            "qu",
            "dont",
            "lorsque",
            "quand",
            "si",
            "tandis",
        ],
        *["و", "یا", "اما", "ولی", "که", "زیرا", "چون", "اگر", "وقتی"],
    ]
)
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "from",
        "with",
        "over",
        "under",
        "within",
        "into",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "than",
        "more",
        "less",
        "fewer",
        "least",
        "up",
        "close",
        "next",
        "past",
        "last",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "during",
        "after",
        "before",
        "since",
        "until",
        "approximately",
        "roughly",
    ]
)
_MEASURE_WORDS = 12


def measures(text: str, found: Found) -> str:
    """A short phrase of the paragraph saying what ``found`` counts, cut at word boundaries.

    A counted noun brings what follows it (`young men in jihadist schools`); money, time
    and dates take the words before them, the verb phrase they belong to (`Afghanistan
    received`), else the clause they open (`a week ago, the council met`). Clauses stop at
    punctuation outside numbers and at conjunctions, so the phrase never starts with `but`
    nor cuts into `25,000`.
    """
    start = _clause_start(text, found.start)
    end = _clause_end(text, found.end)
    left_words = _clause_words(text, start, found.start)
    right_words = _clause_words(text, found.end, end, left=False)
    if found.noun_start >= 0:
        noun = text[found.noun_start : found.noun_end].split()
        phrase = noun + right_words[: _MEASURE_WORDS - len(noun)]
        if len(phrase) < 6:
            phrase = _tail(left_words, _MEASURE_WORDS - len(phrase)) + phrase
    elif "-" in text[found.start : found.end].split()[-1] and right_words:
        phrase = right_words[:_MEASURE_WORDS]  # `the 90-day suspension of aid`
    else:
        while left_words and left_words[-1].lower() in FUNCTION_WORDS:
            left_words = left_words[:-1]
        phrase = _tail(left_words, _MEASURE_WORDS)
        if len(phrase) < 3:
            phrase += _head(right_words, _MEASURE_WORDS - len(phrase))
        if not phrase and end < len(text) and text[end] == ",":
            # `A week ago, the council met`: the figure dates the clause it opens.
            after = _clause_words(text, end + 1, _clause_end(text, end + 1), left=False)
            phrase = after[:_MEASURE_WORDS]
        elif len(phrase) < 3 and start > 0:
            before = _clause_words(text, _clause_start(text, start - 1), start - 1)
            phrase = _tail(before, _MEASURE_WORDS - len(phrase)) + phrase
    words = [word for word in phrase if word.strip("“”\"‘’'()")]
    while words and words[0].lower().strip(",") in CLAUSE_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(",") in FUNCTION_WORDS | CLAUSE_WORDS:
        words = words[:-1]
    return " ".join(words).strip(" ,;:“”\"‘’'()") or text[found.start : found.end]


def _clause_start(text: str, position: int) -> int:
    start = 0
    for match in _BOUNDARY.finditer(text, max(0, position - 200), position):
        start = match.end()
    return start


def _clause_end(text: str, position: int) -> int:
    match = _BOUNDARY.search(text, position)
    return match.start() if match is not None else len(text)


def _clause_words(text: str, start: int, end: int, left: bool = True) -> list[str]:
    """The words of ``text[start:end]`` on the figure's side of any clause word."""
    words = text[start:end].split()
    cuts = [index for index, word in enumerate(words) if word.lower() in CLAUSE_WORDS]
    if left:
        return words[cuts[-1] + 1 :] if cuts else words
    return words[: cuts[0]] if cuts else words


def _head(words: list[str], size: int) -> list[str]:
    """The first ``size`` words, not opening on a function word."""
    head = list(words)
    while len(head) > 1 and head[0].lower() in FUNCTION_WORDS:
        head = head[1:]
    return head[: max(size, 0)]


def _tail(words: list[str], size: int) -> list[str]:
    """The last ``size`` words; when that cuts the phrase, not opening on a function word."""
    tail = words[-size:] if size > 0 else []
    while len(words) > size and len(tail) > 1 and tail[0].lower() in FUNCTION_WORDS:
        tail = tail[1:]
    return tail
