"""The languages a brief can be written in, and how each names and writes numbers.

Dari is written with Afghan conventions (``fa_AF``) and translated with NLLB-200's Dari
direction where it is installed, else with Argos's English→Persian package: Argos has no
Dari model, and the brief says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefing.errors import UnknownLanguage
from briefing.patterns import DECIMAL_POINTS, DIGITS, FRENCH_DIGITS, THOUSANDS

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# Persian and Arabic-Indic digits to English ones; separators to Python's (none, ``.``).
_TO_ENGLISH = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩" + DECIMAL_POINTS,
    "01234567890123456789" + "." * len(DECIMAL_POINTS),
    THOUSANDS,
)
# A number written with digits, not inside a word nor inside another number.
NUMBER = re.compile(rf"(?<![\w.,٬٫])(?:{DIGITS})(?!\w)")
# French groups with spaces or dots and writes a decimal comma: ``25 000``, ``3,5``.
_FRENCH_NUMBER = re.compile(rf"(?<![\w.,٬٫])(?:{FRENCH_DIGITS})(?!\w)")
_FRENCH_THOUSANDS = " \u00a0\u202f."


@dataclass(frozen=True, slots=True)
class Language:
    """A brief language: its code, the Argos target it is translated with, its locale."""

    code: str
    name: str
    argos_code: str
    argos_name: str
    locale: str
    right_to_left: bool = False
    persian_digits: bool = False


ENGLISH = Language("en", "English", "en", "English", "en")
LANGUAGES = {
    "en": ENGLISH,
    "fr": Language("fr", "French", "fr", "French", "fr_FR"),
    "prs": Language(
        "prs", "Dari", "fa", "Persian", "fa_AF", right_to_left=True, persian_digits=True
    ),
}
_ALIASES = {"dari": "prs", "fa-af": "prs", "fa_af": "prs", "english": "en", "french": "fr"}


def language(code: str) -> Language:
    """The language for ``code`` (``fr``, ``prs``; also ``dari`` and ``fa-AF``)."""
    key = code.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in LANGUAGES:
        known = ", ".join(sorted(LANGUAGES))
        raise UnknownLanguage(f"'{code}' is not a brief language (use one of {known}, or dari)")
    return LANGUAGES[key]


def native_name(target: Language) -> str:
    """The language's name as its own readers write it (CLDR): ``français``, ``دری``."""
    from babel import Locale

    names = Locale.parse(target.locale).languages
    return str(names.get(target.locale) or names[target.locale.partition("_")[0]])


def language_name(code: str, target: Language) -> str:
    """The name of the language ``code`` (an article's) in ``target``'s words (CLDR):
    ``fr`` is ``French`` in English, ``فرانسوی`` in Dari; an unknown code stays a code."""
    from babel import Locale

    names = Locale.parse(target.locale).languages
    key = LANGUAGES[code].locale if code == "prs" else code  # CLDR names Dari as fa_AF
    return str(names.get(key, code))


def localized_digits(value: int | str, target: Language) -> str:
    """``value`` written with the target's digits (Persian digits for Dari), ungrouped."""
    text = str(value)
    return text.translate(_PERSIAN_DIGITS) if target.persian_digits else text


def number_pattern(source: str) -> re.Pattern[str]:
    """How an article in the language ``source`` (an article's code) writes a number."""
    return _FRENCH_NUMBER if source == "fr" else NUMBER


def written_numbers(text: str, source: str = "en") -> list[str]:
    """The numbers written with digits in ``text``, as written (``25,000``, ``۲۵٬۰۰۰``), in
    an article in the language ``source`` (French ``25 000`` and ``3,5`` are one number each)."""
    return number_pattern(source).findall(text)


def number_value(written: str) -> Decimal:
    """The value of a number ``DIGITS`` matches, whatever its digits and separators."""
    return Decimal(written.translate(_TO_ENGLISH))


def _plain(written: str, source: str) -> tuple[str, bool]:
    """``written`` with English digits, no grouping and a ``.`` decimal point; and whether
    it was grouped."""
    if source == "fr":
        integer, _, fraction = written.partition(",")
        grouped = any(separator in integer for separator in _FRENCH_THOUSANDS)
        for separator in _FRENCH_THOUSANDS:
            integer = integer.replace(separator, "")
        written = integer + ("." + fraction if fraction else "")
    else:
        grouped = any(separator in written for separator in THOUSANDS)
    return written.translate(_TO_ENGLISH), grouped


def localized_number(written: str, target: Language, source: str = "en") -> str:
    """``written`` (a number ``number_pattern(source)`` matches) as ``target`` writes it: its
    own digits and separators, grouped only if it was, its decimals and leading zeros kept."""
    from babel.numbers import format_decimal

    plain, grouped = _plain(written, source)
    integer, _, fraction = plain.partition(".")
    if len(integer) > 1 and integer.startswith("0"):
        return localized_digits(plain, target)  # `007`, `0930`: a code, not a quantity
    value = Decimal(plain)
    decimals = len(fraction)
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * decimals if decimals else "")
    numbering = "arabext" if target.persian_digits else "latn"
    formatted = format_decimal(
        value, format=pattern, locale=target.locale, numbering_system=numbering
    )
    return formatted.translate(_PERSIAN_DIGITS) if target.persian_digits else formatted
