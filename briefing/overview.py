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

from briefing.extract.figures.dates import DATE_UNITS
from briefing.extract.figures.words import CLAUSE_WORDS, FUNCTION_WORDS
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
    """Where the headline stands in its source; where its text opens, at the lede, when the
    headline is none of its paragraphs (a title from metadata, or the lede's first words)."""
    return next(
        (p.number for p in section.article.paragraphs if p.text == section.headline),
        section.lede_citation.paragraph,
    )


def _compared_figures(extractions: Sequence[Extraction]) -> tuple[FigureComparison, ...]:
    """Groups of figures, from two sources or more, that measure the same thing.

    Figures with the same dimension and measure words are one measure from the start; a
    measure is then compared only with those sharing a word with it (all of one's words
    being the other's), so each pair of measures is looked at once at most, never each
    pair of figures.
    """
    measures: dict[tuple[str, frozenset[str]], list[KeyFigure]] = {}
    for number, extraction in enumerate(extractions, start=1):
        seen: set[tuple[float, str]] = set()
        for figure in extraction.figures:
            words = _measure_words(figure.measures)
            # A date says when, not how much; a number an article repeats is one figure.
            if figure.unit in DATE_UNITS or not words or (figure.value, figure.unit) in seen:
                continue
            seen.add((figure.value, figure.unit))
            cited = KeyFigure(figure, (Citation(number, figure.paragraph),))
            measures.setdefault((_dimension(figure.unit), words), []).append(cited)
    keys = list(measures)
    group = list(range(len(keys)))  # union-find over the measures

    def representative(index: int) -> int:
        while group[index] != index:
            group[index] = group[group[index]]
            index = group[index]
        return index

    by_word: dict[tuple[str, str], list[int]] = {}
    for index, (dimension, words) in enumerate(keys):
        for word in words:
            sharing = by_word.setdefault((dimension, word), [])
            for other in sharing:
                if representative(other) != representative(index) and (
                    _same_measure(words, keys[other][1])
                ):
                    group[representative(index)] = representative(other)
            sharing.append(index)
    members: dict[int, list[KeyFigure]] = {}
    for index, key in enumerate(keys):
        members.setdefault(representative(index), []).extend(measures[key])
    comparisons = (
        FigureComparison(tuple(sorted(found, key=_citation_order)), not _same_values(found))
        for found in members.values()
    )
    return tuple(comparison for comparison in comparisons if comparison.sources > 1)


def _citation_order(item: KeyFigure) -> tuple[int, int]:
    citation = item.citations[0]
    return (citation.source, citation.paragraph)


def _dimension(unit: str) -> str:
    return _DURATION if unit in _DAYS else unit


def _comparable_value(compared: KeyFigure) -> float:
    figure = compared.figure
    return figure.value * _DAYS.get(figure.unit, 1.0)


def _same_values(figures: Sequence[KeyFigure]) -> bool:
    first = _comparable_value(figures[0])
    return all(math.isclose(_comparable_value(other), first) for other in figures[1:])


def _measure_words(measures: str) -> frozenset[str]:
    """The words of what a figure measures that say what it counts.

    Function words say nothing of it, and names say who or where rather than what: `the
    Taliban` is in half the measures of a brief about Afghanistan.
    """
    return frozenset(
        word.casefold()
        for word in _WORD.findall(measures)
        if word.casefold() not in _STOP_WORDS and not word[0].isupper()
    )


def _same_measure(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two figures measure the same thing: all the words of one are the other's.

    `homes destroyed` and `homes destroyed by the storm` do; `people killed in the floods`
    and `people displaced by the floods` do not, though most of their words are shared: the
    word that differs is the one that says what is counted.
    """
    return first <= second or second <= first


def _voices(extractions: Sequence[Extraction]) -> tuple[Voice, ...]:
    """Everyone quoted, most widely quoted first, with how an article introduces them."""
    quoted: dict[str, dict[int, Citation]] = {}
    for number, extraction in enumerate(extractions, start=1):
        for quote in sorted(extraction.quotes, key=lambda quote: quote.paragraph):
            if quote.speaker is not None:
                sources = quoted.setdefault(quote.speaker, {})
                sources.setdefault(number, Citation(number, quote.paragraph))
    # The first description of each person, from the first source that gives one. Only
    # paragraphs naming someone quoted are read for appositions, the costly patterns.
    surnames = sorted({name.split()[-1] for name in quoted}, key=len, reverse=True)
    quoted_named = re.compile("|".join(map(re.escape, surnames)) or r"(?!)")
    descriptions: dict[str, Description] = {}
    for number, extraction in enumerate(extractions, start=1):
        introduced = _descriptions(extraction.article, number, quoted_named)
        for name, description in introduced.items():
            descriptions.setdefault(name, description)
    voices = [
        Voice(name, tuple(sources.values()), descriptions.get(name))
        for name, sources in quoted.items()
    ]
    return tuple(sorted(voices, key=lambda voice: -len(voice.citations)))


def _descriptions(article: Article, number: int, named: re.Pattern[str]) -> dict[str, Description]:
    """How ``article`` introduces the people it names in paragraphs ``named`` finds: the
    first role set beside each name by commas.

    `Harald Troch, an Austrian legislator, said` gives `an Austrian legislator`; `The
    French MP, Nathalie Loiseau, stated` gives `French MP`, as the article wrote them.
    """
    found: dict[str, Description] = {}
    for paragraph in filter(lambda paragraph: named.search(paragraph.text), article.paragraphs):
        patterns = (APPOSITION_AFTER, APPOSITION_BEFORE)
        matches = [match for pattern in patterns for match in pattern.finditer(paragraph.text)]
        for match in sorted(matches, key=lambda match: match.start()):
            name = person_name(match.group("name"))
            if name is not None:
                found.setdefault(
                    name, Description(_role(match), Citation(number, paragraph.number))
                )
    return found


def _role(match: re.Match[str]) -> str:
    """The role as written: `the leader of …` after the name, `French MP` before it.

    A role before the name is cut after its article, so that it reads after the name
    (`Nathalie Loiseau, French MP`), and starts in the name's sentence: in `… support for
    the NRF. The French MP, Nathalie Loiseau,` the pattern's match starts at the first `the`.
    """
    if match.start("role") < match.start("name"):
        return _LEADING_ARTICLE.sub("", _SENTENCE_END.split(match.group("role"))[-1])
    return match.group("role")
