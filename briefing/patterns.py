"""Patterns of written text that more than one stage reads, each defined once.

``DIGITS`` and ``WEEKDAY`` are regex fragments for the patterns that embed them;
``BIDI_CONTROLS`` are characters.
"""

from __future__ import annotations

# A number written with English digits: grouped (``25,000.5``) or plain (``2023``, ``3.5``).
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# An English weekday that may open a date (``Sunday, 23 November``), with its comma.
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"

# The bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
# reorder what a text shows, so an article's text never keeps them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
