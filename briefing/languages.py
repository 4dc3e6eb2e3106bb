"""The languages a brief can be written in, and how each names and writes numbers.

Dari is written with Afghan conventions (``fa_AF``) and translated with Argos's
English→Persian package: Argos has no Dari model, and the brief says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefing.errors import UnknownLanguage
from briefing.patterns import DIGITS

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# A number written with English digits, not inside a word.
NUMBER = re.compile(rf"(?<![\w.,])(?:{DIGITS})(?![\w])")


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


def written_numbers(text: str) -> list[str]:
    """The numbers written with digits in English text, as written (``25,000``, ``3.5``)."""
    return NUMBER.findall(text)


def localized_number(written: str, target: Language) -> str:
    """``written`` (an English-style number) as ``target`` writes it; grouping is kept as is."""
    from babel.numbers import format_decimal

    value = Decimal(written.replace(",", ""))
    grouped = "," in written
    decimals = len(written.partition(".")[2]) if "." in written else 0
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * decimals if decimals else "")
    numbering = "arabext" if target.persian_digits else "latn"
    formatted = format_decimal(
        value, format=pattern, locale=target.locale, numbering_system=numbering
    )
    return formatted.translate(_PERSIAN_DIGITS) if target.persian_digits else formatted
