"""What is said about an article: its title, publisher, author, date, address and language.

Front matter and manifest entries say it in YAML, read here; HTML pages say it in their
markup (``briefing.sources.html``); news pages print their date in many ways, read by
``parse_date``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

import yaml

from briefing.errors import ErrorMap, InputError, mapped_errors
from briefing.patterns import WEEKDAY
from briefing.sources.decoding import without_unshown

_STAMP = r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?|date)"
_DATE_LINE = re.compile(rf"^(?:{_STAMP}\s*:?\s*)?{WEEKDAY}(?P<date>[^|]+?)\.?$", re.IGNORECASE)
_ABBREVIATED = re.compile(r"\b([A-Za-z]{3})\.")
# A clock time or reading time after the date: `, 10:32 GMT`, `at 9.15am`, `- 4 min read`.
_TIME = re.compile(
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
    r"|\s*[-–—·]\s*\d+\s+min(?:ute)?s?\s+read)\s*$",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# `By Jane Roe | 23 November 2025`: a byline whose parts, one of them the date, a bar,
# a dot or a dash separate.
_BYLINE = re.compile(r"^By\s+\S", re.IGNORECASE)
_BYLINE_PARTS = re.compile(r"\s+[|·•—–]\s+|\s*\|\s*|,\s+(?=(?:published|updated|posted)\b)", re.I)
# `KABUL, Nov. 23, 2025 (Reuters) — The …`: a dateline opening the first paragraph.
_DATELINE = re.compile(
    rf"^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s+[A-Z][\w.]+)*\s*(?:,|[—–-])\s*"
    rf"{WEEKDAY}(?P<date>[^()—–]{{6,24}}?)\s*(?:\([^)]{{1,30}}\)\s*)?[—–-]\s"
)
# A photo caption or credit never dates the article it sits in.
_CAPTION = re.compile(
    r"^(?:(?:file\s+)?photo|image|picture|caption|credit)\b|\b(?:photo|image|credit)\s*:"
    r"|getty\s+images|\bafp\s+photo\b",
    re.IGNORECASE,
)
# The dates a brief can write in every calendar it uses, with a wide margin: Dari briefs
# show the Solar Hijri date too, and its conversion (persiantools) ends before Gregorian
# 622 and after 9998. No publisher dates a page outside these years.
EARLIEST_DATE = date(1000, 1, 1)
LATEST_DATE = date(9000, 12, 31)
_EXCERPT = 40  # characters of a value a message quotes
_DATE_FORMATS = (
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%B %d, %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%d.%m.%Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B, %Y",
)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a front matter, a manifest entry or an HTML page says about an article."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None

    def over(self, other: Metadata) -> Metadata:
        """These values where set, ``other``'s elsewhere."""
        values = {}
        for field in fields(self):
            mine = getattr(self, field.name)
            values[field.name] = mine if mine is not None else getattr(other, field.name)
        return Metadata(**values)


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing aliases and saying at which line a value cannot be built.

    An alias (``*a``) repeats a whole value: nine aliases to a list of nine aliases, eight
    levels deep, are a few hundred bytes that build into billions of strings (the "billion
    laughs"). Metadata has no use for them, so they are refused as the document is read,
    before anything is built. PyYAML takes ``2025-02-30`` for a date and ``0x_`` for a
    number, and Python refuses to build either with an exception that names no line.
    """

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            alias = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                problem=f"an alias (*{alias.anchor}) repeats a value; write each value out",
                problem_mark=alias.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError) as error:
            # Python's words help for a date ("day is out of range for month"); for a
            # number they name Python functions, and PyYAML's failures inside its
            # constructors (AttributeError, TypeError) would not help either.
            kind = _kind(node.tag)
            detail = f" ({error})" if isinstance(error, ValueError) and kind == "date" else ""
            raise yaml.constructor.ConstructorError(
                problem=f"{_excerpt(node.value)} is no real {kind}{detail}",
                problem_mark=node.start_mark,
            ) from error


def _excerpt(value: object) -> str:
    """A value quoted in a message, cut short: a 5,000-digit number is no sentence."""
    shown = repr(value)
    return shown if len(shown) <= _EXCERPT else f"{shown[: _EXCERPT - 1]}…"


def _kind(tag: str) -> str:
    return {"timestamp": "date", "int": "number", "float": "number"}.get(
        tag.rpartition(":")[2], "value"
    )


def _at_line(error: yaml.MarkedYAMLError) -> str:
    return f" at line {error.problem_mark.line + 1}" if error.problem_mark else ""


def _unreadable(error: yaml.MarkedYAMLError) -> str:
    return f"the YAML{_at_line(error)} cannot be read: {error.problem}"


YAML_ERRORS: ErrorMap = {
    yaml.YAMLError: lambda error: "malformed YAML",
    yaml.MarkedYAMLError: lambda error: f"malformed YAML{_at_line(error)}",
    yaml.composer.ComposerError: _unreadable,
    yaml.constructor.ConstructorError: _unreadable,
    RecursionError: lambda error: "its YAML is nested too deeply to read",
}


def load_yaml(text: str, source: str) -> Any:
    """The YAML document in ``text``, built by PyYAML's safe loader."""
    with mapped_errors(YAML_ERRORS, lambda reason: InputError(source, reason)):
        return yaml.load(text, Loader=_SafeLoader)


def stated_metadata(stated: Mapping[str, Any], source: str) -> Metadata:
    """The metadata a front matter or a manifest entry states, its date checked."""
    published = stated.get("published", stated.get("date"))
    if isinstance(published, datetime):
        published = published.date()
    elif isinstance(published, str):
        published = parse_date(published)
        if published is None:
            raise InputError(source, "'published' is not a date (write it as YYYY-MM-DD)")
    elif published is not None and not isinstance(published, date):
        raise InputError(source, "'published' is not a date (write it as YYYY-MM-DD)")
    if published is not None and not is_plausible_date(published):
        raise InputError(source, f"'published' is not a date {plausible_years()}")

    def text_field(name: str) -> str | None:
        value = stated.get(name)
        return None if value is None else without_unshown(str(value)).strip() or None

    return Metadata(
        title=text_field("title"),
        publisher=text_field("publisher"),
        author=text_field("author"),
        published=published,
        url=text_field("url"),
        language=text_field("language") or text_field("lang"),
    )


def is_plausible_date(value: date) -> bool:
    """Whether ``value`` is a date a news article or a brief can bear."""
    return EARLIEST_DATE <= value <= LATEST_DATE


def plausible_years() -> str:
    """The range of dates allowed, as a message says it."""
    return f"from the years {EARLIEST_DATE.year}–{LATEST_DATE.year}"


def stated_date(block: str) -> date | None:
    """The publication date a block near an article's top states, or None.

    A block that is a date (``Sunday, 11/23/2025``, ``Published: 23 Nov 2025, 10:32
    GMT``), or a byline holding one (``By Jane Roe | Updated March 14, 2025``): the date
    of first publication where both are given. A caption never dates the article.
    """
    if _CAPTION.search(block):
        return None
    whole = parse_date(block)
    if whole is not None or not _BYLINE.match(block):
        return whole
    parts = [part for part in _BYLINE_PARTS.split(block) if part.strip()]
    ordered = sorted(parts[1:], key=lambda part: _UPDATED.match(part.strip()) is not None)
    return next(filter(None, map(parse_date, ordered)), None)


def dateline_date(paragraph: str) -> date | None:
    """The date a dateline opening the first paragraph gives (``KABUL, Nov. 23, 2025 —``)."""
    match = _DATELINE.match(paragraph)
    return parse_date(match.group("date")) if match else None


def parse_date(text: str) -> date | None:
    """A date written the way news pages print one (``Sunday, 11/23/2025``), or None;
    a date no news page bears (``01/01/0500``) is None too.
    """
    match = _DATE_LINE.match(_TIME.sub("", text.strip()))
    if match is None:
        return None
    # `Nov. 23, 2025`: the abbreviation's full stop is not part of the format.
    candidate = " ".join(_ABBREVIATED.sub(r"\1", match.group("date")).split())
    for date_format in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(candidate, date_format).date()
        except ValueError:
            continue
        return parsed if is_plausible_date(parsed) else None
    return None
