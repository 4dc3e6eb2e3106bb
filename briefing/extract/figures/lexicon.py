"""Finding figures in a language described by its lexicon: its digits, number words,
scales, units and the amounts it leaves vague.

English keeps its own finder (``briefing.extract.figures.finding``), tuned on English
news; French and Persian/Dari (``french``, ``persian``) are each a ``Lexicon`` read here.
A figure is an optional approximation (``environ``, ``حدود``), an optional currency sign,
a number in digits or words, an optional scale (``millions``, ``میلیارد``), and what it
counts: a percent sign or word, a currency, or the noun after it. Vague amounts (``des
milliers``, ``هزاران``) and clock times are no figure; a bare year is background.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from briefing.extract.figures.finding import Found

# A date found in a paragraph: where it stands, its value and its unit (``date``).
DateFinder = Callable[[str, int], list[Found]]
_YEARS = range(1300, 2100)  # Gregorian years, and solar Hijri ones (1300–1499)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """How one language writes figures; every pattern is a regex fragment."""

    digits: str
    """A number in digits, as this language groups and separates it."""
    digit_value: Callable[[str], float]
    words: Mapping[str, float]
    """Number words that add up (``vingt``, ``cinq``, ``دویست``)."""
    hundred: frozenset[str]
    """Words that multiply what stands before them by a hundred (``cent``, ``صد``)."""
    scales: Mapping[str, float]
    """Words that multiply the number before them (``mille``, ``millions``, ``میلیارد``)."""
    halves: frozenset[str]
    joiners: frozenset[str]
    """Words between number words (``et``, ``و``)."""
    approximately: Mapping[str, float]
    """Nouns that say a number roughly (``une quinzaine`` is about 15)."""
    scaled_only: frozenset[str]
    """Number words that are also common words, a figure only before a scale or in a
    compound (``une`` is also the article, ``نه`` also means no)."""
    prefixes: str
    """Words that qualify the number (``plus de``, ``حدود``), kept in the figure's text."""
    signs: Mapping[str, str]
    percent: str
    units: Mapping[str, str]
    """Words after a number and the unit they name (``euros`` EUR, ``نفر`` people)."""
    before_unit: str
    """What may stand between a number and its noun (``de``, ``d'``)."""
    stop_words: frozenset[str]
    """Words after a number that are never what it counts."""
    year_before: str
    """Words that make the year-like number after them a year (``en``, ``سال``)."""
    year_after: frozenset[str]
    """Words that make the year-like number before them a year (``میلادی``)."""
    not_a_figure: re.Pattern[str]
    find_dates: DateFinder
    ranges: str
    """Words between the ends of a range, or two alternatives, whose scale the first end
    shares (``entre 25 et 40 millions``, ``۲۰ تا ۳۰ میلیون``)."""


@dataclass(frozen=True, slots=True)
class CompiledLexicon:
    """A lexicon with the patterns its finder runs."""

    lexicon: Lexicon
    number: re.Pattern[str]
    part: re.Pattern[str]
    """One part of a number said in parts (``۵۰۰`` of ``۲ هزار و ۵۰۰``), with its scale."""
    noun: re.Pattern[str]
    year_before: re.Pattern[str]
    token: re.Pattern[str]
    """One number word: a hyphenated one whole (``quatre-vingt``), else up to a hyphen."""
    range_between: re.Pattern[str]
    """What stands between the two ends of a range (`` et ``, `` تا ``)."""


def compile_lexicon(lexicon: Lexicon) -> CompiledLexicon:
    """The patterns a lexicon's finder runs, built once."""
    word_list = [*lexicon.words, *lexicon.hundred, *lexicon.scales, *lexicon.approximately]
    word = _alternatives(word_list)
    joiner = _alternatives(lexicon.joiners)
    half = _alternatives(lexicon.halves)
    words = rf"(?:{word})(?:(?:[\s\u200c-]+(?:(?:{joiner})\s+)?)(?:{word}|{half}))*"
    # A zero-width non-joiner binds a Persian word's parts: سه‌شنبه (Tuesday) holds no سه.
    alone = r"(?<![\w\u200c])"
    amount = rf"{lexicon.digits}|{alone}(?:{words})(?![\w\u200c])"
    one_scale = rf"{alone}(?:{_alternatives(lexicon.scales)})(?![\w\u200c])"
    # `۱۲ هزار میلیارد`, `mille milliards`: scales multiply one another.
    scale = rf"{one_scale}(?:\s+{one_scale})*"
    # `۲ هزار و ۵۰۰`, `یک میلیون و ۲۰۰ هزار`: a scaled number and the smaller parts
    # joined to it.
    part = rf"(?P<amount>{amount})(?:\s*(?P<scale>{scale}))?"
    number = re.compile(
        rf"(?<![\w\u200c/.,٫٬-])(?P<prefix>(?:{lexicon.prefixes})\s+)?"
        rf"(?:(?P<sign>{_alternatives(lexicon.signs)})\s?)?"
        rf"(?P<number>{amount})"
        rf"(?:\s*(?P<scale>{scale}))?"
        rf"(?P<rest>(?:\s+(?:{joiner})\s+(?:{amount})(?:\s*{scale})?)*)"
        rf"(?P<percent>\s*(?:{lexicon.percent}))?"
        r"(?![\w\u200c/]|[.,٫٬]\d)",
        re.IGNORECASE,
    )
    noun = re.compile(
        rf"\s*(?:(?:{lexicon.before_unit})\s*)?(?P<noun>[^\W\d_][\w\u200c’'-]*)",
        re.IGNORECASE,
    )
    hyphenated = _alternatives(w for w in lexicon.words if "-" in w)
    token = re.compile(rf"(?:{hyphenated})(?!\w)|[^\s\u200c-]+" if hyphenated else r"[^\s\u200c-]+")
    year_before = re.compile(rf"(?<!\w)(?:{lexicon.year_before})\s+$", re.IGNORECASE)
    range_between = re.compile(rf"\s+(?:{lexicon.ranges})\s+", re.IGNORECASE)
    return CompiledLexicon(
        lexicon, number, re.compile(part, re.IGNORECASE), noun, year_before, token, range_between
    )


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so `seize` is not read as `sei`."""
    return "|".join(sorted(map(re.escape, words), key=lambda word: (-len(word), word)))


def find_in(text: str, default_year: int, compiled: CompiledLexicon) -> list[Found]:
    """Figures stated in one paragraph written in ``compiled``'s language, in order."""
    lexicon = compiled.lexicon
    found = lexicon.find_dates(text, default_year)
    taken = [(date.start, date.end) for date in found]
    taken += [(match.start(), match.end()) for match in lexicon.not_a_figure.finditer(text)]
    at = 0
    while (match := compiled.number.search(text, at)) is not None:
        at = match.end()
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        figure = _figure(text, match, compiled)
        if figure is not None:
            found.append(figure)
            # `۳ میلیون و ۲ میلیون`, `ماده ۵ و ۶`: where a number's joined parts were not
            # its own, the next number is read from them.
            at = min(at, max(figure.end, match.start() + 1))
    return _ranges_scaled(text, sorted(found, key=lambda figure: figure.start), compiled)


def _ranges_scaled(text: str, found: list[Found], compiled: CompiledLexicon) -> list[Found]:
    """``found`` with the first end of each range given the scale and unit of the second
    (`entre 25 et 40 millions d'euros`: 25 million euros, never 25; `de 10 à 12 %`: 10
    percent)."""
    scaled = list(found)
    for index, (first, second) in enumerate(pairwise(found)):
        # `5 blessés et 3 millions d'euros`: two figures, the first of its own unit
        if first.unit != "count" or not compiled.range_between.fullmatch(
            text, first.end, second.start
        ):
            continue  # most pairs: no number is read again
        first_match = compiled.number.fullmatch(text, first.start, first.end)
        second_match = compiled.number.match(text, second.start)
        if (
            first_match is None
            or first_match.group("scale")
            or first_match.group("percent")
            or second_match is None
            or not (second_match.group("scale") or second_match.group("percent"))
        ):
            continue
        scale = second_match.group("scale")
        multiplier = _scale(scale, compiled.lexicon) if scale else 1.0
        scaled[index] = replace(first, value=first.value * multiplier, unit=second.unit)
    return scaled


def _figure(text: str, match: re.Match[str], compiled: CompiledLexicon) -> Found | None:
    lexicon = compiled.lexicon
    number = match.group("number")
    value = word_value(number, compiled)
    scale = match.group("scale")
    if value is None or (not scale and number.lower() in lexicon.scaled_only):
        return None
    end = match.end()
    percent = match.group("percent")
    multiplier = 1.0
    if scale:
        multiplier = _scale(scale, lexicon)
        value *= multiplier
    else:  # `یک میلیون`, written in words to its scale
        last = compiled.token.findall(number.lower())[-1]
        multiplier = lexicon.scales.get(last, 1.0)
    if match.group("rest"):
        parts = _parts_value(match.group("rest"), multiplier, compiled) if multiplier > 1 else None
        if parts is None:  # `۳ میلیون و ۲ میلیون`: two numbers; the first ends at its scale
            end, percent = match.end("scale") if scale else match.end("number"), None
        value += parts or 0.0
    unit = lexicon.signs.get(match.group("sign") or "", "") or _sign_in_scale(scale, lexicon)
    if percent:
        unit = "percent"
    noun_start = noun_end = -1
    if not unit:
        noun = compiled.noun.match(text, end)
        word = noun.group("noun").lower() if noun is not None else ""
        # `deux des cinq lignes`: a number word is what another number counts, not this one
        if noun is not None and word not in lexicon.stop_words and word not in lexicon.words:
            unit = lexicon.units.get(word, word)
            end = noun.end()
            if unit == word:
                noun_start, noun_end = noun.start("noun"), noun.end("noun")
    plain = not (match.group("sign") or scale or match.group("percent"))
    if plain and _is_year(text, match, value, compiled):
        return None  # a bare year (`en 2023`, `سال ۱۴۰۳`) is background, not a figure
    return Found(match.start(), end, value, unit or "count", noun_start, noun_end)


def _is_year(text: str, match: re.Match[str], value: float, compiled: CompiledLexicon) -> bool:
    """A four-digit number in the years' range that its words date, or that counts nothing."""
    number = match.group("number")
    if len(number) != 4 or not number.isdigit() or int(value) not in _YEARS:
        return False
    after = compiled.noun.match(text, match.end())
    word = after.group("noun").lower() if after is not None else ""
    lexicon = compiled.lexicon
    if compiled.year_before.search(text, max(0, match.start() - 20), match.start()):
        return True
    return not word or word in lexicon.stop_words or word in lexicon.year_after


def _sign_in_scale(scale: str | None, lexicon: Lexicon) -> str:
    """The currency a scale written with its sign names (`M$`, `M€`), else none."""
    last = scale.split()[-1] if scale else ""
    return next(
        (code for sign, code in lexicon.signs.items() if last != sign and last.endswith(sign)), ""
    )


def _scale(scale: str, lexicon: Lexicon) -> float:
    multiplier = 1.0
    for word in scale.lower().split():
        multiplier *= lexicon.scales[word]
    return multiplier


def _parts_value(rest: str, below: float, compiled: CompiledLexicon) -> float | None:
    """What the parts after a scaled number add (``و ۵۰۰`` to ``۲ هزار``); None unless each
    is smaller than the scale before it, as the parts of one number are."""
    total = 0.0
    for part in compiled.part.finditer(rest):
        value = word_value(part.group("amount"), compiled) or 0.0
        if part.group("scale"):
            value *= _scale(part.group("scale"), compiled.lexicon)
        if value >= below:
            return None
        total += value
        below = value
    return total


def word_value(text: str, compiled: CompiledLexicon) -> float | None:
    """The value of a number in digits or words (``vingt-cinq``, ``ده و نیم``)."""
    lexicon = compiled.lexicon
    try:
        return lexicon.digit_value(text)
    except ValueError:
        pass
    total = current = scaled = 0.0  # ``scaled``: the part the last scale word made
    joined = False  # whether a joiner came just before (`deux et demi`, `ده و نیم`)
    scale = 1.0  # the last scale word's
    for token in compiled.token.findall(text.lower()):
        if token in lexicon.joiners:
            joined = True
            continue
        was_joined, joined = joined, False
        if token in lexicon.scales and scaled and not current:
            # `هزار میلیارد`: a scale after a scale multiplies what that one made.
            total += scaled * (lexicon.scales[token] - 1)
            scaled *= lexicon.scales[token]
            continue
        after_scale = bool(scaled) and not current
        if token not in lexicon.scales:
            scaled = 0.0
        if token in lexicon.halves:
            if was_joined and after_scale:
                # `trois millions et demi`, `دو میلیون و نیم`: half of the scale before it
                total += 0.5 * scale
            else:
                # `deux et demi` adds a half; `un demi-point`, `نیم میلیون` halve what
                # stands before them, or one.
                current = current + 0.5 if was_joined else (current or 1) * 0.5
        elif token in lexicon.approximately:
            current = (current or 1) * lexicon.approximately[token]  # `une quinzaine`: 15
        elif token in lexicon.hundred:
            current = (current or 1) * 100
        elif token in lexicon.scales:
            scale = lexicon.scales[token]
            scaled = (current or 1) * scale
            total += scaled
            current = 0.0
        elif token in lexicon.words:
            current += lexicon.words[token]
        else:
            return None
    return total + current
