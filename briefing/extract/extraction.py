"""The extract stage: quotes, reported speech, figures and the kind of each article.

``extract`` reads an article paragraph by paragraph, keeping the little state a reader
keeps (who spoke last, whether a paragraph ended with ``…said:``), and returns an
``Extraction`` whose every quote and figure text is an exact slice of its paragraph.
Figures are credited to whoever says them: the speaker of the quote or reported clause
that holds them, else the article itself.
"""

from __future__ import annotations

import re

from briefing.extract.figures.dates import default_year
from briefing.extract.figures.measures import measures
from briefing.extract.figures.stated import find_figures
from briefing.extract.kinds import article_kind
from briefing.extract.speech.attribution import Item, Reader
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
    items = Reader(cast).read(article)
    kind = article_kind(article)
    interview = kind is ArticleKind.INTERVIEW
    answered = interview_items(article, cast, items, interview)
    if answered is not items:
        kind, items = ArticleKind.INTERVIEW, answered
    if kind is ArticleKind.INTERVIEW:
        items = credit_interviewee(items)
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
    figures: list[Figure] = []
    by_paragraph: dict[int, list[Item]] = {}
    for item in items:
        by_paragraph.setdefault(item.paragraph, []).append(item)
    for paragraph in article.paragraphs:
        text = paragraph.text
        here = by_paragraph.get(paragraph.number, [])
        numbers = find_figures(text, year, article.language)
        denials = [match.start() for match in _DENIAL.finditer(text)] if numbers else []
        for found in numbers:
            holders = [
                item
                for item in here
                if item.start <= found.start and found.end <= item.end and item.speaker is not None
            ]
            claimant, relay = _claimant(holders)
            disputed = claimant is not None and any(
                position >= found.end and not _within(position, holders) for position in denials
            )
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
