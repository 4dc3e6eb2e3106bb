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
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate

from briefing.extract.figures.dates import DATE, MONTH_WORDS, date_value
from briefing.extract.figures.numbers import NUMBER_WORDS, SCALES, WORDS, parse_number
from briefing.patterns import DIGITS

# Words that qualify a number (`about 40`, `nearly nine in ten`).
_APPROXIMATELY = (
    r"about|almost|nearly|around|roughly|approximately|some|more\s+than|over|under|"
    r"less\s+than|fewer\s+than|at\s+least|as\s+much\s+as|up\s+to|close\s+to"
)
# Parts of a whole (`half`, `two thirds`) and what each divides it by.
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_FRACTION = r"(?:half|halves|thirds?|quarters?|fifths?|tenths?)"
# The wholes a share is said of (`one in five`, `nine in ten`, `1 in 100`), never a count
# of things (`7 in 8 raids`).
_WHOLE = r"(?:three|four|five|ten|a\s+hundred|[345]|10|100)"
CURRENCY_SIGNS = {
    "$": "USD",
    "US$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
}
"""Signs written before an amount, in any language, and the currency each names."""
_SIGN = "|".join(sorted(map(re.escape, CURRENCY_SIGNS), key=len, reverse=True))
_NUMBER = re.compile(
    r"(?<![\w/.,$€£-])"
    rf"(?P<approx>(?:{_APPROXIMATELY})\s+)?"
    r"(?P<rate>(?:weekly|monthly|annually|annual|daily|yearly)\s+)?"
    rf"(?P<currency>{_SIGN}|Rs\.?\s?)?"
    rf"(?P<number>{DIGITS}|\b(?:{WORDS})\b|\b[Aa]n?\b(?=\s+(?:day|week|month|year|decade)\b))"
    rf"(?:\s*(?:to|-|–)\s*(?P<upper>{DIGITS}|\b(?:{WORDS})\b))?"
    r"(?P<scale>\s+(?:thousand|million|billion|trillion|lakhs?|crores?)\b|\s?(?:bn|mn)\b|m\b)?"
    r"(?P<percent>\s?%|\s+percent\b|\s+per\s+cent\b)?"
    r"(?P<hyphen>-(?:day|week|month|year|hour|minute|kilometre|kilometer|mile|km)s?\b)?"
    r"(?P<pence>(?<=\d)p\b)?"
    r"(?P<speed>\s?(?:mph|km/h|kph)\b)?"
    r"(?![\w/]|\.\d|,\d)",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(
    r"(?:\s+(?!(?:of|in|at|to|from|for|on|across|over|by|with|and|or|who|"
    r"that|which|ago|than|as|per|a|the|is|are|was|were|about)\b)"
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
    "afghanis": "AFN",
    "afghani": "AFN",
    # India's, Pakistan's, Nepal's and Sri Lanka's alike: which, the words do not say
    "rupees": "rupees",
    "rupee": "rupees",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}
# `Rs 4 lakh`: rupees, of no country the abbreviation names (India's, Pakistan's, Nepal's).
_SIGN_UNITS = {sign.lower(): unit for sign, unit in {**CURRENCY_SIGNS, "Rs": "rupees"}.items()}
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


# Numbers that are no figure, or whose value the text does not state: clock times
# (`09:30`, `0930 GMT`, `3 p.m.`), vague multiples (`a few hundred thousand`, `hundreds
# of`), alternatives (`eight or nine billion`) and fractions (`three quarters of staff`,
# `a third of a billion`). Their words are kept out of every figure rather than read as
# a definite number.
_SMALL_WORDS = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# `a third of a billion`: a fraction of a scale, whose value the words leave vague.
_OF_A_SCALE = r"\s+of\s+an?\s+(?:hundred|thousand|million|billion)\b"
_NOT_A_FIGURE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local\s+time)?(?!\d)|"
    r"\b\d{1,2}[:.]\d{2}\b(?![.,]?\d)(?=\s*(?:on|in|at|that|this|local|GMT|UTC|\)|$))|"
    r"\b\d{3,4}\s*(?:GMT|UTC|hours|hrs)\b|"
    r"\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|"
    r"\b(?:a\s+few|a\s+couple\s+of|several|many|some)\s+(?:(?:hundred|thousand|million|billion)\s*)+|"
    r"\b(?:hundreds|thousands|millions|billions|dozens|tens)\s+of"
    r"(?:\s+(?:thousands|millions|billions))?|"
    rf"\b{_SMALL_WORDS}\s+or\s+{_SMALL_WORDS}\s+(?:hundred|thousand|million|billion)\b|"
    rf"\b{_SMALL_WORDS}[\s-]+{_FRACTION}{_OF_A_SCALE}|"
    # `Hospital No. 9`: a number's name.
    r"\b(?-i:No)\.?\s?\d+\b",
    re.IGNORECASE,
)
# A share of a whole: `nine in ten centres`, `1 in 5 workers`, `three quarters of staff`,
# `a third of the budget`, `almost half of her students`, each a figure whose value is the
# fraction. A part other than half needs its count (`the Christian quarter of Damascus`,
# `finished third of 12` are none), and half none after `and` (`an hour and a half of`).
_SHARE = re.compile(
    r"\b(?:(?P<part>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+"
    rf"(?P<whole>{_WHOLE})\b(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|games?|"
    r"matches|races|rounds|raids|attempts|tries|cases|trials))"
    r"|(?<!\band\s)(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)"
    rf"(?P<fraction>{_FRACTION})(?=\s+of\s)|(?<!\band\s)(?<!\band\sa\s)(?P<half>half)(?=\s+of\s))",
    re.IGNORECASE,
)
# What every share holds, looked for once before the pattern is tried at every word.
_SHARE_CUE = re.compile(rf"\s(?:in|out\s+of)\s+{_WHOLE}\b|{_FRACTION}", re.IGNORECASE)
# What qualifies a share, read back from it (`nearly nine in ten`): a prefix the share
# pattern would try at every word.
_SHARE_QUALIFIER = re.compile(rf"\b(?:{_APPROXIMATELY})\s+$", re.IGNORECASE)
_SCALE_AFTER = re.compile(_OF_A_SCALE, re.IGNORECASE)
# `the first half of 2024`, `the last quarter of the year`: a part of time, no share.
_PART_OF_TIME = re.compile(r"\b(?:the|first|second|third|fourth|last|latter|former)\s+$", re.I)
# `fell from 950 to 870`: two figures, the one before and the one after.
_LOOKBACK = 40  # characters before a number that the skip rules read
# A capitalised word, not opening the sentence, right before a number names it.
_NAMED_BY = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\s+$")
_CHANGE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|these|those)\s", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")


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


class _Spans:
    """Spans of text already taken, asked whether any overlaps a new one in log time: a
    paragraph with thousands of dates and numbers would otherwise compare every pair."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.furthest = list(accumulate((end for _, end in ordered), max))
        """Per span, the furthest end of it and of every span starting before it."""

    def any_of(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the spans that start before ``end``
        return before > 0 and self.furthest[before - 1] > start


def find_numbers(text: str, default_year: int) -> list[Found]:
    """Figures stated in one paragraph, in order of position."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    # The two patterns are tried at every character; a word list says when to bother.
    lowered = set(_LETTERS.findall(text.lower()))
    if not MONTH_WORDS.isdisjoint(lowered):
        for match in DATE.finditer(text):
            dated = date_value(match, default_year)
            if dated is not None:
                found.append(Found(match.start(), match.end(), *dated))
                taken.append((match.start(), match.end()))
    for share in _shares(text) if _SHARE_CUE.search(text) else ():
        found.append(share)
        taken.append((share.start, share.end))
    if not (
        _DIGIT.search(text)
        or not NUMBER_WORDS.isdisjoint(lowered)
        or (not lowered.isdisjoint(("a", "an")) and not _TIME_UNITS.isdisjoint(lowered))
    ):
        return found
    taken += [(match.start(), match.end()) for match in _NOT_A_FIGURE.finditer(text)]
    overlaps = _Spans(taken)
    for match in _NUMBER.finditer(text):
        if overlaps.any_of(match.start(), match.end()):
            continue
        if _is_score(text, match):
            continue  # `won 2-1`, `at 1-1`: a score, no range and no figure
        if match.group("upper") and _CHANGE.search(text, max(0, match.start() - 8), match.start()):
            found += _change(text, match)
            continue
        figure = _number(text, match)
        if figure is not None:
            found.append(figure)
    return sorted(found, key=lambda figure: figure.start)


_MOST_GOALS = 15


def _is_score(text: str, match: re.Match[str]) -> bool:
    """Whether `2-1` is a score: a range never falls (`10-12 hours` rises), and a game's
    goals are few (`a 52-48 vote` is a tally, still a figure)."""
    number, upper = match.group("number"), match.group("upper")
    return bool(
        upper
        and text[match.end("number") : match.start("upper")] == "-"
        and number.isdigit()
        and upper.isdigit()
        and int(upper) <= int(number) <= _MOST_GOALS
    )


def _shares(text: str) -> list[Found]:
    """The shares of a whole a paragraph states (`nine in ten`, `two thirds of`)."""
    found = []
    for share in _SHARE.finditer(text):
        fraction = share.group("fraction") or share.group("half")
        if fraction:
            if _PART_OF_TIME.search(
                text, max(0, share.start() - 12), share.start()
            ) or _SCALE_AFTER.match(text, share.end()):
                continue
            count = parse_number(share.group("count") or "one") or 1.0
            value = count / _DENOMINATORS[fraction.lower().rstrip("s")]
        else:
            part, whole = parse_number(share["part"]), parse_number(share["whole"])
            if part is None or not whole or part >= whole:
                continue
            value = part / whole
        qualified = _SHARE_QUALIFIER.search(text, max(0, share.start() - 16), share.start())
        start = qualified.start() if qualified else share.start()
        found.append(Found(start, share.end(), value, "share"))
    return found


def _change(text: str, match: re.Match[str]) -> list[Found]:
    """`from 950 to 870 units`: each end of the change as a figure of its own."""
    upper = match.start("upper")
    first = _NUMBER.match(text[:upper].rstrip(" to-–").rstrip(), match.start())
    second = _NUMBER.match(text, upper)
    before, after = (_number(text, part) if part is not None else None for part in (first, second))
    if before is not None and after is not None and before.unit == "count":
        before = replace(before, unit=after.unit)  # `950` counts what `870 units` counts
    return [figure for figure in (before, after) if figure is not None]


def _number(text: str, match: re.Match[str]) -> Found | None:
    number = match.group("number")
    value = parse_number(number)
    if value is None:
        return None
    start, end = match.start(), match.end()
    unit = ""
    scale = match.group("scale")
    if scale:
        value *= SCALES[scale.strip().lower()]
    currency = match.group("currency")
    if currency:
        unit = _SIGN_UNITS[currency.lower().rstrip(". ")]
    if match.group("percent"):
        unit = "percent"
    hyphen = match.group("hyphen")
    if hyphen:
        unit = hyphen.strip("-").rstrip("s") + "s"
    if match.group("pence"):
        unit = "pence"
    if match.group("speed"):
        unit = match.group("speed").strip()
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
    part_of = _PART_OF.match(text, end)
    if words is None and part_of is not None:
        words = _UNIT_WORDS.match(text, part_of.end() - 1)  # `31 of the drones`: drones
    if words is None:
        return "", end
    tokens = [
        (token.group(0).lower().strip("’'"), words.start() + token.end())
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
    # The words just before, never the whole paragraph: every pattern here is anchored at
    # its end, and reading a long paragraph from its start for each number is quadratic.
    before = text[max(0, match.start() - _LOOKBACK) : match.start()]
    durations = {f"{name}s" for name in _TIME_UNITS}
    if number in {"a", "an"}:
        # `a week ago`, `for a year`, `a year of war` measure time; `twice a week` does not.
        # `a week ago` dates an event from the article's day; `a week earlier` only places
        # it beside another event, and measures nothing.
        return unit not in durations or not (
            _A_NEEDS.search(before) or re.match(r"\s+(?:ago|of)\b", text[unit_end:])
        )
    plain = not (match.group("currency") or match.group("scale") or match.group("percent"))
    year = plain and re.fullmatch(r"1[89]\d\d|20\d\d", number)
    if year and (unit in {"count", ""} or not unit.endswith("s")):
        return True  # a bare year (`its 1988 triumph`) is background, not a figure
    if plain and _NAMED_BY.search(before) and not unit.endswith("s"):
        return True  # a number in a name: `Channel 9`, `Article 5`
    if number == "one" and unit not in durations:
        return True  # `one of them`, `no one`: rarely a measurement
    # `the two fronts` counts things already introduced; `the 90-day pause` is a measure.
    return bool(
        number.isalpha()
        and re.search(r"\bthe\s+$", before, re.IGNORECASE)
        and unit not in durations
    )
