"""Patterns of written text that more than one stage reads, each defined once.

``DIGITS``, ``DIGIT``, ``DAY_NAME`` and ``WEEKDAY`` are regex fragments for the patterns
that embed them; ``THOUSANDS``, ``DECIMAL_POINTS`` and ``BIDI_CONTROLS`` are characters.
"""

from __future__ import annotations

# A digit as articles write them: English, Persian (۰–۹) or Arabic-Indic (٠–٩).
DIGIT = "[0-9۰-۹٠-٩]"
# What groups thousands in a number: the comma, the Arabic thousands separator ٬, and the
# no-break spaces of French typography (U+00A0, U+202F). None of them ever marks decimals.
THOUSANDS = ",٬\u00a0\u202f"
# The decimal point, and the Arabic decimal separator ٫.
DECIMAL_POINTS = ".٫"
# A number written with digits, one token whatever its digits and separators: grouped
# (``25,000.5``, ``۲۵٬۰۰۰``, French ``25 000`` with a no-break space) or plain (``2023``,
# ``3.5``, ``۳٫۵``).
DIGITS = (
    rf"{DIGIT}{{1,3}}(?:[{THOUSANDS}]{DIGIT}{{3}})+(?:[{DECIMAL_POINTS}]{DIGIT}+)?"
    rf"|{DIGIT}+(?:[{DECIMAL_POINTS}]{DIGIT}+)?"
)

# A number as French writes it: grouped by spaces (plain or no-break) or dots, with a
# decimal comma (``25 000``, ``1.500``, ``3,5``).
FRENCH_DIGITS = (
    rf"{DIGIT}{{1,3}}(?:[ \u00a0\u202f.]{DIGIT}{{3}})+(?:,{DIGIT}+)?(?!{DIGIT})"
    rf"|{DIGIT}+(?:,{DIGIT}+)?"
)

# An English day's name (``Wednesday``).
DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# An English weekday that may open a date (``Sunday, 23 November``), with its comma.
WEEKDAY = rf"(?:{DAY_NAME},?\s+)?"

# The bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
# reorder what a text shows, so an article's text never keeps them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
