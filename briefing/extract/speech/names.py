"""What a person's name looks like, as opposed to a place, a date or an organisation.

``NAME`` finds runs of two to four capitalised words; ``person_name`` keeps those that name
a person, without the title (`Mr`, `the mayor`) or possessive they were written with.
"""

from __future__ import annotations

import re

from briefing.extract.figures.dates import MONTH_NAMES

_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = r"[^\W\d_]"
_CAP = rf"[{_UPPER}]{_LETTER}*(?:[-'’]{_LETTER}+)*"
_CONNECTOR = r"(?:de|da|del|der|van|von|bin|al|la|le|du|dos)"
NAME = re.compile(rf"\b{_CAP}(?:\s+(?:{_CONNECTOR}\s+)?{_CAP}){{1,3}}\b")

# Capitalised words that start sentences or name things other than people.
_NOT_NAME_START = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "as",
        "after",
        "before",
        "during",
        "since",
        "while",
        "when",
        "however",
        "but",
        "and",
        "or",
        "if",
        "although",
        "though",
        "despite",
        "regarding",
        "according",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "we",
        "they",
        "he",
        "she",
        "it",
        "i",
        "there",
        "here",
        "today",
        "yesterday",
        "meanwhile",
        "also",
        "still",
        "even",
        "asked",
        "speaking",
    ]
)
_CALENDAR = frozenset(
    [
        *MONTH_NAMES,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_ORG_WORDS = frozenset(
    [
        "front",
        "party",
        "council",
        "office",
        "ministry",
        "union",
        "nations",
        "parliament",
        "government",
        "administration",
        "republic",
        "army",
        "forces",
        "committee",
        "commission",
        "bank",
        "fund",
        "organization",
        "organisation",
        "agency",
        "department",
        "house",
        "court",
        "congress",
        "senate",
        "assembly",
        "association",
        "institute",
        "university",
        "news",
        "times",
        "post",
        "press",
        "process",
        "conference",
        "summit",
        "strategy",
        "movement",
        "group",
        "network",
        "media",
        "company",
        "corporation",
        "foundation",
        "alliance",
        "coalition",
        "state",
        "states",
        "kingdom",
        "police",
    ]
)
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "commander",
        "president",
        "minister",
        "senator",
        "rep",
        "representative",
        "governor",
        "mayor",
        "judge",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "ambassador",
        "secretary",
        "chancellor",
        "prime",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "lieutenant",
        "sergeant",
        "chairman",
        "chairwoman",
        "chair",
        "mp",
        "deputy",
        "speaker",
        "pope",
        "bishop",
        "rabbi",
        "imam",
        "sir",
        "lord",
        "lady",
        "dame",
    ]
)


def person_name(text: str) -> str | None:
    """``text`` as a person's name without title or possessive, or None if it is no name."""
    words = [unpossessed(word) for word in text.split()]
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    if len(words) < 2 or len(words) > 4:
        return None
    if words[0].lower() in _NOT_NAME_START:
        return None
    if any(word.lower() in _CALENDAR or word.lower() in _ORG_WORDS for word in words):
        return None
    if any(word.isupper() and len(word) > 1 for word in words):
        return None  # acronyms belong to organisations
    return " ".join(words)


def unpossessed(word: str) -> str:
    """``word`` without a possessive `'s`/`’s` or bare apostrophe (a regex was too slow)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word
