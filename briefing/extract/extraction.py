"""The extract stage: quotes, reported speech, figures and the kind of each article.

``extract`` reads an article paragraph by paragraph, keeping the little state a reader
keeps (who spoke last, whether a paragraph ended with ``…said:``), and returns an
``Extraction`` whose every quote and figure text is an exact slice of its paragraph.
Figures are credited to whoever says them: the speaker of the quote or reported clause
that holds them, else the article itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from heapq import heappop, heappush

from briefing.extract.figures.dates import default_year
from briefing.extract.figures.finding import Found
from briefing.extract.figures.measures import measures
from briefing.extract.figures.stated import find_figures
from briefing.extract.kinds import article_kind
from briefing.extract.speech.attribution import Item
from briefing.extract.speech.by_language import denial_pattern, read_speech
from briefing.extract.speech.interviews import credit_interviewee, interview_items
from briefing.extract.speech.speakers import Cast
from briefing.model import Article, ArticleKind, Extraction, Figure, Quote

__all__ = ["article_kind", "extract"]

_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|disputed|disputes|rejected|rejects|refuted|"
    r"contested|contests|dismissed)\b",
    re.IGNORECASE,
)


def extract(article: Article) -> Extraction:
    """Quotes, reported speech and figures of one article, and what kind of piece it is."""
    cast = Cast.of(paragraph.text for paragraph in article.paragraphs)
    items, named_in = read_speech(article, cast)
    kind = article_kind(article)
    interview = kind is ArticleKind.INTERVIEW
    answered = interview_items(article, cast, items, interview, named_in)
    if answered is not items:
        kind, items = ArticleKind.INTERVIEW, answered
    if kind is ArticleKind.INTERVIEW:
        items = credit_interviewee(article, items, named_in)
    quotes = tuple(
        Quote(
            text=article.paragraph(item.paragraph).text[item.start : item.end],
            speaker=item.speaker,
            type=item.type,
            paragraph=item.paragraph,
            relayed_by=item.relayed_by,
            speaker_evidence=item.evidence if item.speaker is not None else None,
        )
        for item in items
        if item.emit
    )
    return Extraction(article, kind, quotes, _figures(article, items))


def _figures(article: Article, items: list[Item]) -> tuple[Figure, ...]:
    year = default_year(article)
    denial = denial_pattern(article.language) or _DENIAL
    figures: list[Figure] = []
    by_paragraph: dict[int, list[Item]] = {}
    for item in items:
        by_paragraph.setdefault(item.paragraph, []).append(item)
    for paragraph in article.paragraphs:
        text = paragraph.text
        numbers = find_figures(text, year, article.language)
        denials = [match.start() for match in denial.finditer(text)] if numbers else []
        spoken = _spoken_around(numbers, by_paragraph.get(paragraph.number, []))
        for found, holders in zip(numbers, spoken, strict=True):
            claimant, relay = _claimant(holders)
            # A denial after the figure, outside the words that claim it: usually the first.
            later = range(bisect_left(denials, found.end), len(denials) if claimant else 0)
            disputed = any(not _within(denials[index], holders) for index in later)
            figures.append(
                Figure(
                    text=text[found.start : found.end],
                    value=found.value,
                    unit=found.unit,
                    measures=measures(text, found, article.language),
                    claimed_by=claimant,
                    relayed_by=relay,
                    paragraph=paragraph.number,
                    disputed=disputed,
                )
            )
    return tuple(figures)


def _spoken_around(numbers: list[Found], items: list[Item]) -> Iterator[list[Item]]:
    """Per number (``numbers`` in order of position), the items with a speaker that hold it,
    in the order of ``items``.

    A sweep, not a search of every item for every number: an item joins when the numbers
    reach its start and leaves once one starts after its end, so a paragraph of thousands
    of quotes and figures (a page dump with no line breaks) costs no more than its length.
    """
    waiting = sorted(
        (item.start, order, item) for order, item in enumerate(items) if item.speaker is not None
    )
    started: list[tuple[int, int, Item]] = []  # a heap: the item that ends first on top
    next_waiting = 0
    for found in numbers:
        while next_waiting < len(waiting) and waiting[next_waiting][0] <= found.start:
            _, order, item = waiting[next_waiting]
            heappush(started, (item.end, order, item))
            next_waiting += 1
        while started and started[0][0] < found.start:
            heappop(started)
        holding = sorted((order, item) for end, order, item in started if found.end <= end)
        yield [item for _, item in holding]


def _claimant(holders: list[Item]) -> tuple[str | None, str | None]:
    """Who claims a figure, and who relays the claim: the innermost speaker whose words
    hold it, and the relay that item names or else the next speaker out whose words hold
    that claim (`According to Massoud, the Taliban claim to have trained 25,000 …`)."""
    nested = sorted(holders, key=lambda item: item.end - item.start)
    if not nested:
        return None, None
    claim = nested[0]
    outer = next((item.speaker for item in nested[1:] if item.speaker != claim.speaker), None)
    return claim.speaker, claim.relayed_by or outer


def _within(position: int, holders: list[Item]) -> bool:
    return any(item.start <= position < item.end for item in holders)
