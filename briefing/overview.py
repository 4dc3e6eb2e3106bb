"""The overview across sources: when each source was published, the figures that two
sources give for the same measure, and who is quoted where.

Every line is built from items the brief cites; nothing is summarised in the tool's own
words. Figures are compared by what they measure (the dimension of their unit and the
words of what they measure), never by value: a group shows where sources disagree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from itertools import combinations

from briefing.extract.figures.dates import DATE_UNITS
from briefing.extract.figures.measures import CLAUSE_WORDS, FUNCTION_WORDS
from briefing.extract.speech.names import person_name
from briefing.extract.speech.speakers import APPOSITION_AFTER, APPOSITION_BEFORE
from briefing.model import (
    Article,
    Citation,
    Description,
    Extraction,
    FigureComparison,
    KeyFigure,
    Overview,
    Section,
    TimelineEntry,
    Voice,
)

# Durations in days, so `20 months` and `two years` are compared as one measure.
_DAYS = {
    "minutes": 1 / 1440,
    "hours": 1 / 24,
    "days": 1.0,
    "weeks": 7.0,
    "months": 365.25 / 12,
    "years": 365.25,
    "decades": 3652.5,
}
_DURATION = "duration"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LEADING_ARTICLE = re.compile(r"\A(?:[Tt]he|[Aa]n?)\s+")
_WORD = re.compile(r"[^\W\d_]+")
_STOP_WORDS = FUNCTION_WORDS | CLAUSE_WORDS
# Share of their measure words two figures have in common (of all the words either has)
# for them to measure the same thing: `homes destroyed` and `homes destroyed by the storm`
# do, `people killed in the floods` and `people displaced by the floods` do not.
_SAME_MEASURE = 0.5


def overview_of(extractions: Sequence[Extraction], sections: Sequence[Section]) -> Overview:
    """The overview of a brief whose sections were selected from ``extractions``, in order."""
    return Overview(
        timeline=_timeline(sections),
        compared_figures=_compared_figures(extractions),
        voices=_voices(extractions),
    )


def _timeline(sections: Sequence[Section]) -> tuple[TimelineEntry, ...]:
    """One entry per source, oldest first; a source without a date comes last."""
    entries = [
        TimelineEntry(
            published=section.article.published,
            publisher=section.article.publisher,
            kind=section.kind,
            headline=section.headline,
            citation=Citation(section.number, _headline_paragraph(section)),
        )
        for section in sections
    ]
    return tuple(sorted(entries, key=_timeline_order))


def _timeline_order(entry: TimelineEntry) -> tuple[bool, date, int]:
    published = entry.published
    return (published is None, published or date.min, entry.citation.source)


def _headline_paragraph(section: Section) -> int:
    """Where the headline stands in its source; the lede's paragraph for a page without one."""
    return next(
        (p.number for p in section.article.paragraphs if p.text == section.headline),
        section.lede_citation.paragraph,
    )


def _compared_figures(extractions: Sequence[Extraction]) -> tuple[FigureComparison, ...]:
    """Groups of figures, from two sources or more, that measure the same thing."""
    candidates: dict[tuple[int, float, str], KeyFigure] = {}
    for number, extraction in enumerate(extractions, start=1):
        for figure in extraction.figures:
            if figure.unit not in DATE_UNITS:
                # A number an article repeats is one figure of that article.
                key = (number, figure.value, figure.unit)
                candidates.setdefault(key, KeyFigure(figure, (Citation(number, figure.paragraph),)))
    figures = list(candidates.values())
    words = [_measure_words(compared) for compared in figures]
    group = list(range(len(figures)))  # union-find: each figure's representative

    def representative(index: int) -> int:
        while group[index] != index:
            group[index] = group[group[index]]
            index = group[index]
        return index

    for first, second in combinations(range(len(figures)), 2):
        if (
            figures[first].citations[0].source != figures[second].citations[0].source
            and _dimension(figures[first]) == _dimension(figures[second])
            and _similarity(words[first], words[second]) >= _SAME_MEASURE
        ):
            group[representative(second)] = representative(first)
    members: dict[int, list[KeyFigure]] = {}
    for index, compared in enumerate(figures):
        members.setdefault(representative(index), []).append(compared)
    comparisons = (
        FigureComparison(tuple(found), disagree=not _same_values(found))
        for found in members.values()
    )
    return tuple(comparison for comparison in comparisons if comparison.sources > 1)


def _dimension(compared: KeyFigure) -> str:
    unit = compared.figure.unit
    return _DURATION if unit in _DAYS else unit


def _comparable_value(compared: KeyFigure) -> float:
    figure = compared.figure
    return figure.value * _DAYS.get(figure.unit, 1.0)


def _same_values(figures: Sequence[KeyFigure]) -> bool:
    first = _comparable_value(figures[0])
    return all(math.isclose(_comparable_value(other), first) for other in figures[1:])


def _measure_words(compared: KeyFigure) -> frozenset[str]:
    """The words of what a figure measures that say what it counts.

    Function words say nothing of it, and names say who or where rather than what: `the
    Taliban` is in half the measures of a brief about Afghanistan.
    """
    return frozenset(
        word.casefold()
        for word in _WORD.findall(compared.figure.measures)
        if word.casefold() not in _STOP_WORDS and not word[0].isupper()
    )


def _similarity(first: frozenset[str], second: frozenset[str]) -> float:
    return len(first & second) / len(first | second) if first and second else 0.0


def _voices(extractions: Sequence[Extraction]) -> tuple[Voice, ...]:
    """Everyone quoted, most widely quoted first, with how an article introduces them."""
    quoted: dict[str, dict[int, Citation]] = {}
    for number, extraction in enumerate(extractions, start=1):
        for quote in sorted(extraction.quotes, key=lambda quote: quote.paragraph):
            if quote.speaker is not None:
                sources = quoted.setdefault(quote.speaker, {})
                sources.setdefault(number, Citation(number, quote.paragraph))
    voices = []
    for name, sources in quoted.items():
        citations = tuple(sources.values())
        description = next(
            (
                found
                for number, extraction in enumerate(extractions, start=1)
                if (found := _description(name, extraction.article, number)) is not None
            ),
            None,
        )
        voices.append(Voice(name, citations, description))
    return tuple(sorted(voices, key=lambda voice: -len(voice.citations)))


def _description(name: str, article: Article, number: int) -> Description | None:
    """How ``article`` introduces ``name``: the first role set beside the name by commas.

    `Harald Troch, an Austrian legislator, said` gives `an Austrian legislator`; `The
    French MP, Nathalie Loiseau, stated` gives `The French MP`, as the article wrote them.
    """
    for paragraph in article.paragraphs:
        found = [
            (match.start(), _role(match))
            for pattern in (APPOSITION_AFTER, APPOSITION_BEFORE)
            for match in pattern.finditer(paragraph.text)
            if person_name(match.group("name")) == name
        ]
        if found:
            return Description(min(found)[1], Citation(number, paragraph.number))
    return None


def _role(match: re.Match[str]) -> str:
    """The role as written: `the leader of …` after the name, `French MP` before it.

    A role before the name is cut after its article, so that it reads after the name
    (`Nathalie Loiseau, French MP`), and starts in the name's sentence: in `… support for
    the NRF. The French MP, Nathalie Loiseau,` the pattern's match starts at the first `the`.
    """
    if match.start("role") < match.start("name"):
        return _LEADING_ARTICLE.sub("", _SENTENCE_END.split(match.group("role"))[-1])
    return match.group("role")
