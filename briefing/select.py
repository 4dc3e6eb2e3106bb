"""Choosing what goes in the brief: per article a lede, the key quotes and the key figures.

Items are ranked by how much they carry (a named speaker, direct words, numbers,
specificity, position in the article); a quote that several articles report appears once,
citing all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefing.model import (
    Article,
    Brief,
    Citation,
    Extraction,
    Figure,
    KeyFigure,
    KeyQuote,
    Quote,
    QuoteType,
    Section,
)
from briefing.sentences import split_sentences

_NON_WORD = re.compile(r"\W+")
_DIGIT = re.compile(r"\d")
_LEDE_MAX_WORDS = 60
_LEDE_MIN_WORDS = 25
_LEDE_MIN_PARAGRAPH_WORDS = 12  # shorter opening blocks are standfirsts or crossheads
_DATE_UNITS = frozenset({"date", "year-month", "calendar year", "year"})


@dataclass(frozen=True, slots=True)
class SelectOptions:
    title: str | None
    date: date
    language: str = "en"
    max_quotes: int = 4
    max_figures: int = 4


def select(extractions: Sequence[Extraction], options: SelectOptions) -> Brief:
    """Build the brief: one section per article, numbered as in the source list."""
    seen: dict[str, KeyQuote] = {}
    sections = []
    for number, extraction in enumerate(extractions, start=1):
        lede, lede_paragraph = lede_of(extraction.article)
        quotes = _pick_quotes(extraction, number, options.max_quotes, seen, lede)
        figures = _pick_figures(extraction, number, options.max_figures)
        sections.append(
            Section(
                number=number,
                article=extraction.article,
                kind=extraction.kind,
                lede=lede,
                lede_citation=Citation(number, lede_paragraph),
                quotes=quotes,
                figures=figures,
            )
        )
    # A repeated quote was merged into its first section; later citations were added there.
    merged = tuple(
        replace(section, quotes=tuple(seen[_quote_key(item.quote)] for item in section.quotes))
        for section in sections
    )
    return Brief(title=options.title, date=options.date, language=options.language, sections=merged)


def lede_of(article: Article) -> tuple[str, int]:
    """The article's opening one or two sentences, verbatim, and their paragraph."""
    body = [p for p in article.paragraphs if p.text != article.title] or list(article.paragraphs)
    opening = next((p for p in body if len(p.text.split()) >= _LEDE_MIN_PARAGRAPH_WORDS), body[0])
    sentences = split_sentences(opening.text)
    end = sentences[0][1]
    if len(opening.text[:end].split()) < _LEDE_MIN_WORDS and len(sentences) > 1:
        two_end = sentences[1][1]
        if len(opening.text[:two_end].split()) <= _LEDE_MAX_WORDS:
            end = two_end
    return opening.text[:end], opening.number


def _quote_key(quote: Quote) -> str:
    return _NON_WORD.sub(" ", quote.text.casefold()).strip()


def _quote_score(quote: Quote, position: float) -> float:
    words = len(quote.text.split())
    score = 2.0 if quote.type is QuoteType.DIRECT else 1.0
    score += 1.0 if quote.speaker else -2.0
    score += 0.5 if _DIGIT.search(quote.text) else 0.0
    # Very short fragments carry little; very long ones crowd the page.
    score += min(words, 30) / 15 - max(0, words - 70) / 30
    return score - position


def _pick_quotes(
    extraction: Extraction, number: int, limit: int, seen: dict[str, KeyQuote], lede: str
) -> tuple[KeyQuote, ...]:
    article_end = max(1, extraction.article.paragraphs[-1].number)
    ranked = sorted(
        extraction.quotes,
        key=lambda quote: -_quote_score(quote, quote.paragraph / article_end),
    )
    picked: list[KeyQuote] = []
    for quote in ranked:
        if len(picked) == limit:
            break
        if quote.text in lede:  # the reader has just read these words in the lede
            continue
        key = _quote_key(quote)
        citation = Citation(number, quote.paragraph)
        if key in seen:
            earlier = seen[key]
            if all(c.source != number for c in earlier.citations):
                seen[key] = KeyQuote(earlier.quote, (*earlier.citations, citation))
            continue
        chosen = KeyQuote(quote, (citation,))
        seen[key] = chosen
        picked.append(chosen)
    return tuple(sorted(picked, key=lambda item: item.quote.paragraph))


def _figure_score(figure: Figure, position: float) -> float:
    score = 0.0 if figure.unit in _DATE_UNITS else 2.0
    score += 1.0 if figure.claimed_by and figure.claimed_by != "the article" else 0.0
    score += 0.5 if figure.disputed else 0.0
    return score - position


def _pick_figures(extraction: Extraction, number: int, limit: int) -> tuple[KeyFigure, ...]:
    article_end = max(1, extraction.article.paragraphs[-1].number)
    ranked = sorted(
        extraction.figures,
        key=lambda figure: -_figure_score(figure, figure.paragraph / article_end),
    )
    chosen = sorted(ranked[:limit], key=lambda figure: figure.paragraph)
    return tuple(KeyFigure(figure, (Citation(number, figure.paragraph),)) for figure in chosen)
