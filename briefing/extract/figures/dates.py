"""Dates an article states, and the year a date without one most likely means.

A date takes the value YYYYMMDD (unit ``date``) or YYYYMM (unit ``year-month``).
"""

from __future__ import annotations

import re

from briefing.model import Article
from briefing.patterns import WEEKDAY

# The units of figures that are dates: they say when, not how much.
DATE_UNITS = frozenset({"date", "year-month"})
MONTH_NAMES = (
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
)
_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_FULL_MONTH = "|".join(name.capitalize() for name in MONTH_NAMES)
_MONTH = rf"(?:{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
DATE = re.compile(
    rf"\b{WEEKDAY}(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*(?:and|-|–)\s*\d{{1,2}}(?!\d))?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}}))(?![\w-])"
)
MONTH_WORDS = frozenset(
    [*_MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_STATED_YEAR = re.compile(rf"\b(?:{_FULL_MONTH})\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b")


def date_value(match: re.Match[str], default_year: int) -> tuple[int, str] | None:
    """The value and unit of a ``DATE`` match, or None when it names no real day."""
    month_name = match.group("m1") or match.group("m2") or match.group("m3")
    month = _MONTHS.get(_month_key(month_name))
    if month is None:
        return None
    day_text = match.group("d1") or match.group("d2")
    year_text = match.group("y1") or match.group("y2") or match.group("y3")
    if day_text is None:
        return int(year_text) * 100 + month, "year-month"
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    year = int(year_text) if year_text else default_year
    return year * 10000 + month * 100 + day, "date"


def _month_key(name: str) -> str:
    key = name.lower().rstrip(".")
    for full in _MONTHS:
        if full.startswith(key):
            return full
    return key


def default_year(article: Article) -> int:
    """The year a date without one most likely means: the publication's, else the last
    year the article states next to a month."""
    if article.published is not None:
        return article.published.year
    years = [
        int(year)
        for paragraph in article.paragraphs
        for year in _STATED_YEAR.findall(paragraph.text)
    ]
    return max(years, default=0)
