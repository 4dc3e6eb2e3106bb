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

_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|date)\s*:?\s*)?{WEEKDAY}(?P<date>[^|]+?)\.?$",
    re.IGNORECASE,
)
_DATE_FORMATS = (
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%B %d, %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%d.%m.%Y",
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
    """PyYAML's safe loader, saying at which line a value cannot be built.

    PyYAML takes ``2025-02-30`` for a date and ``0x_`` for a number, and Python refuses
    to build either with an exception that names no line.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError) as error:
            # Python's words help for a date ("day is out of range for month"), PyYAML's
            # failures inside its constructors (AttributeError, TypeError) would not.
            detail = f" ({error})" if isinstance(error, ValueError) else ""
            raise yaml.constructor.ConstructorError(
                problem=f"{node.value!r} is no real {_kind(node.tag)}{detail}",
                problem_mark=node.start_mark,
            ) from error


def _kind(tag: str) -> str:
    return {"timestamp": "date", "int": "number", "float": "number"}.get(
        tag.rpartition(":")[2], "value"
    )


def _at_line(error: yaml.MarkedYAMLError) -> str:
    return f" at line {error.problem_mark.line + 1}" if error.problem_mark else ""


YAML_ERRORS: ErrorMap = {
    yaml.YAMLError: lambda error: "malformed YAML",
    yaml.MarkedYAMLError: lambda error: f"malformed YAML{_at_line(error)}",
    yaml.constructor.ConstructorError: (
        lambda error: f"the YAML{_at_line(error)} cannot be read: {error.problem}"
    ),
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


def parse_date(text: str) -> date | None:
    """A date written the way news pages print one (``Sunday, 11/23/2025``), or None."""
    match = _DATE_LINE.match(text.strip())
    if match is None:
        return None
    candidate = " ".join(match.group("date").split())
    for date_format in _DATE_FORMATS:
        try:
            return datetime.strptime(candidate, date_format).date()
        except ValueError:
            continue
    return None
