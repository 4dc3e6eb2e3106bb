"""Numbers an article states: counts, money, durations, percentages and dates.

Each match is a span of one paragraph with its normalized value and unit; who claims it
and whether it is disputed is decided by the caller, which knows the quotations. Numbers
that carry no fact a reader needs are skipped: bare years (`in 2021 and 2022`), decades,
ordinals, page furniture (`0 Comments`), a number glued to a name (`G20`, `9/11`) and
`the two X` (a count of things already introduced).
Dates take the value YYYYMMDD (unit ``date``) or YYYYMM (unit ``year-month``); a date
without a year takes the year the caller infers from the article, or 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SMALL = {
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
_SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
}
_MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*(?:and|-|–)\s*\d{{1,2}}(?!\d))?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}}))(?![\w-])"
)
_WORD = "|".join(
    sorted(
        [*_SMALL, "hundred", "thousand", "million", "billion", "trillion"], key=len, reverse=True
    )
)
_WORDS = rf"(?:{_WORD})(?:(?:\s+|-)(?:and\s+)?(?:a\s+)?(?:{_WORD}|half))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = re.compile(
    r"(?<![\w/.,$€£-])"
    r"(?P<approx>(?:about|almost|nearly|around|roughly|approximately|some|more\s+than|over|"
    r"less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to)\s+)?"
    r"(?P<rate>(?:weekly|monthly|annually|annual|daily|yearly)\s+)?"
    r"(?P<currency>US\$|\$|€|£)?"
    rf"(?P<number>{_DIGITS}|\b(?:{_WORDS})\b|\b[Aa]n?\b(?=\s+(?:day|week|month|year|decade)\b))"
    rf"(?:\s*(?:to|-|–)\s*(?P<upper>{_DIGITS}|\b(?:{_WORDS})\b))?"
    r"(?P<scale>\s+(?:thousand|million|billion|trillion)\b|\s?(?:bn|m)\b)?"
    r"(?P<percent>\s?%|\s+percent\b|\s+per\s+cent\b)?"
    r"(?P<hyphen>-(?:day|week|month|year|hour|minute|kilometre|kilometer|mile|km)s?\b)?"
    r"(?![\w/]|\.\d|,\d)",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(
    r"(?:\s+(?!(?:of|in|at|to|from|for|on|across|over|by|with|and|or|who|"
    r"that|which|ago|than|as|per|a|the|is|are|was|were)\b)"
    r"(?P<word>[A-Za-z][\w’'-]*)){1,3}"
)
_AFTER = re.compile(
    r"\s+(?P<tail>ago|annually|a\s+year|per\s+(?:year|month|week|day)|"
    r"each\s+(?:year|month|week|day))\b",
    re.IGNORECASE,
)
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}
_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}
_TIME_UNITS = {"day", "week", "month", "year", "decade", "hour", "minute"}
_PEOPLE = frozenset(
    [
        "people",
        "men",
        "women",
        "children",
        "members",
        "fighters",
        "soldiers",
        "civilians",
        "others",
        "persons",
        "troops",
        "residents",
        "refugees",
        "migrants",
        "students",
        "workers",
        "officials",
        "militants",
        "police",
        "officers",
        "person",
        "man",
        "woman",
        "child",
        "member",
        "fighter",
        "soldier",
        "civilian",
    ]
)
_FURNITURE = frozenset(
    {"comments", "comment", "shares", "likes", "views", "replies", "responses", "reactions"}
)
_A_NEEDS = re.compile(
    r"(?:for|after|within|over|in|than|past|last|nearly|about)\s+$", re.IGNORECASE
)


_LETTERS = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = frozenset(
    [*_MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_NUMBER_WORDS = frozenset([*_SMALL, "hundred", "thousand", "million", "billion", "trillion"])


@dataclass(frozen=True, slots=True)
class Found:
    """A number found in a paragraph, before anyone is credited with it."""

    start: int
    end: int
    value: float
    unit: str
    noun_start: int = -1
    """Where the counted noun (`young men` in `25,000 young men`) starts; -1 for none."""
    noun_end: int = -1


def find_numbers(text: str, default_year: int) -> list[Found]:
    """Figures stated in one paragraph, in order of position."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    # The two patterns are tried at every character; a word list says when to bother.
    lowered = set(_LETTERS.findall(text.lower()))
    if not _MONTH_WORDS.isdisjoint(lowered):
        for match in _DATE.finditer(text):
            figure = _date(match, default_year)
            if figure is not None:
                found.append(figure)
                taken.append((match.start(), match.end()))
    if not (
        _DIGIT.search(text)
        or not _NUMBER_WORDS.isdisjoint(lowered)
        or (not lowered.isdisjoint(("a", "an")) and not _TIME_UNITS.isdisjoint(lowered))
    ):
        return found
    for match in _NUMBER.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        figure = _number(text, match)
        if figure is not None:
            found.append(figure)
    return sorted(found, key=lambda figure: figure.start)


def _date(match: re.Match[str], default_year: int) -> Found | None:
    month_name = match.group("m1") or match.group("m2") or match.group("m3")
    month = _MONTHS.get(_month_key(month_name))
    if month is None:
        return None
    day_text = match.group("d1") or match.group("d2")
    year_text = match.group("y1") or match.group("y2") or match.group("y3")
    if day_text is None:
        return Found(match.start(), match.end(), int(year_text) * 100 + month, "year-month")
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    year = int(year_text) if year_text else default_year
    return Found(match.start(), match.end(), year * 10000 + month * 100 + day, "date")


def _month_key(name: str) -> str:
    key = name.lower().rstrip(".")
    for full in _MONTHS:
        if full.startswith(key):
            return full
    return key


def _number(text: str, match: re.Match[str]) -> Found | None:
    number = match.group("number")
    value = parse_number(number)
    if value is None:
        return None
    start, end = match.start(), match.end()
    unit = ""
    scale = match.group("scale")
    if scale:
        value *= _SCALES[scale.strip().lower()]
    currency = match.group("currency")
    if currency:
        unit = _SIGNS[currency.lower()]
    if match.group("percent"):
        unit = "percent"
    hyphen = match.group("hyphen")
    if hyphen:
        unit = hyphen.strip("-").rstrip("s") + "s"
    noun_start = noun_end = -1
    if not unit:
        unit, end = _unit_after(text, end)
        if unit in _FURNITURE:
            return None
        if unit not in _CURRENCY_WORDS.values() and unit.rstrip("s") not in _TIME_UNITS:
            noun_start, noun_end = match.end(), end
    unit_end = end
    tail = _AFTER.match(text, end)
    if tail is not None:
        end = tail.end()
    if _skip(text, match, unit, unit_end):
        return None
    return Found(start, end, value, unit or "count", noun_start, noun_end)


def _unit_after(text: str, end: int) -> tuple[str, int]:
    """The noun that says what a number counts, and where the figure's text ends.

    Of up to three words after the number, the first that names people, time or money
    wins, else the first plural (`eight training camps` → camps), else the first word.
    """
    words = _UNIT_WORDS.match(text, end)
    if words is None:
        return "", end
    tokens = [
        (token.group(0).lower().strip("’'"), end + token.end())
        for token in re.finditer(r"[A-Za-z][\w’'-]*", words.group(0))
    ]
    for noun, stop in tokens:
        if noun.rstrip("s") in _TIME_UNITS:
            return noun.rstrip("s") + "s", stop
        if noun in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[noun], stop
        if noun in _PEOPLE:
            return "people", stop
        if noun in _FURNITURE:
            return noun, stop
    for noun, stop in tokens:
        if noun.endswith("s") and not noun.endswith("ss"):
            return noun, stop
    return tokens[0]


def _skip(text: str, match: re.Match[str], unit: str, unit_end: int) -> bool:
    number = match.group("number").lower()
    before = text[: match.start()]
    durations = {f"{name}s" for name in _TIME_UNITS}
    if number in {"a", "an"}:
        # `a week ago`, `for a year`, `a year of war` measure time; `twice a week` does not.
        return unit not in durations or not (
            _A_NEEDS.search(before) or re.match(r"\s+(?:ago|of|later|earlier)\b", text[unit_end:])
        )
    plain = not (match.group("currency") or match.group("scale") or match.group("percent"))
    if plain and re.fullmatch(r"1[89]\d\d|20\d\d", number) and unit in {"count", ""}:
        return True  # a bare year is background, not a figure
    if number == "one" and unit not in durations:
        return True  # `one of them`, `no one`: rarely a measurement
    # `the two fronts` counts things already introduced; `the 90-day pause` is a measure.
    return bool(
        number.isalpha()
        and re.search(r"\bthe\s+$", before, re.IGNORECASE)
        and unit not in durations
    )


def parse_number(text: str) -> float | None:
    """The value of `25,000`, `3.5`, `twenty-five thousand` or `three and a half`."""
    cleaned = text.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
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
        elif token in _SMALL:
            current += _SMALL[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


# --- what a figure measures ---------------------------------------------------------------
_BOUNDARY = re.compile(r"[;:!?()“”\"—–]|,(?=\s|$)|(?<![\s.][A-Z])\.(?=\s|$)|\s-\s")
_CLAUSE_WORDS = frozenset(
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
    ]
)
_FUNCTION_WORDS = frozenset(
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
        while left_words and left_words[-1].lower() in _FUNCTION_WORDS:
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
    while words and words[0].lower().strip(",") in _CLAUSE_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(",") in _FUNCTION_WORDS | _CLAUSE_WORDS:
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
    cuts = [index for index, word in enumerate(words) if word.lower() in _CLAUSE_WORDS]
    if left:
        return words[cuts[-1] + 1 :] if cuts else words
    return words[: cuts[0]] if cuts else words


def _head(words: list[str], size: int) -> list[str]:
    """The first ``size`` words, not opening on a function word."""
    head = list(words)
    while len(head) > 1 and head[0].lower() in _FUNCTION_WORDS:
        head = head[1:]
    return head[: max(size, 0)]


def _tail(words: list[str], size: int) -> list[str]:
    """The last ``size`` words; when that cuts the phrase, not opening on a function word."""
    tail = words[-size:] if size > 0 else []
    while len(words) > size and len(tail) > 1 and tail[0].lower() in _FUNCTION_WORDS:
        tail = tail[1:]
    return tail
