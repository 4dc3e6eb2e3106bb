"""Choosing what goes in the brief: per article a lede, the key quotes and the key figures.

Items are ranked by how much they carry (a named speaker, direct words, numbers,
specificity, position in the article); a quote that several articles report appears once,
citing all of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefing.extract.sentences import split_sentences
from briefing.languages import ENGLISH, Language
from briefing.model import (
    Article,
    ArticleKind,
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

_NON_WORD = re.compile(r"\W+")
_DIGIT = re.compile(r"\d")
_HEADLINE_WORDS = 14
# Quotation marks as pairs; the straight marks open and close alike.
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("'", "'"))
_LEDE_MAX_WORDS = 60
_LEDE_MIN_WORDS = 25
_LEDE_MIN_PARAGRAPH_WORDS = 12  # shorter opening blocks are standfirsts or crossheads
_DATE_UNITS = frozenset({"date", "year-month", "calendar year"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
_FIGURE_FLOOR = 0.0  # at or below it a figure is too vague or incidental to list
_REPEAT_OVERLAP = 0.7  # share of the shorter quote's words: above it, a quote repeats one


@dataclass(frozen=True, slots=True)
class SelectOptions:
    title: str | None
    date: date
    language: Language = ENGLISH
    max_quotes: int = 4
    max_figures: int = 4


def select(extractions: Sequence[Extraction], options: SelectOptions) -> Brief:
    """Build the brief: one section per article, numbered as in the source list."""
    seen: dict[str, KeyQuote] = {}
    sections = []
    for number, extraction in enumerate(extractions, start=1):
        lede, lede_paragraph = lede_of(extraction.article)
        shown = f"{extraction.article.title or ''}\n{lede}"
        quotes = _pick_quotes(extraction, number, options.max_quotes, seen, shown)
        figures = _pick_figures(extraction, number, options.max_figures)
        sections.append(
            Section(
                number=number,
                article=extraction.article,
                headline=closed_quotes(extraction.article.title or _opening_words(lede)),
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


def closed_quotes(headline: str) -> str:
    """``headline`` with a quotation it opens and never closes closed at its end.

    Sites cut a headline's closing mark (``Interview: 'We Are Present Everywhere``); the
    brief shows the quotation it was, not a stray mark. A mark opens a quote at the start
    of a word and closes one at the end of a word: an apostrophe inside a word
    (``Taliban's``) does neither.
    """
    for opening, closing in _QUOTE_PAIRS:
        opened = re.findall(rf"(?:^|(?<=[\s(\[]))[{opening}](?=\w)", headline)
        closed = re.findall(rf"(?<=[\w.!?…,])[{closing}](?!\w)", headline)
        if len(opened) > len(closed):
            headline += closing
    return headline


def _opening_words(lede: str) -> str:
    """A heading for an untitled page dump: the lede's first words."""
    words = lede.split()
    return lede if len(words) <= _HEADLINE_WORDS else " ".join(words[:_HEADLINE_WORDS]) + " …"


def _quote_key(quote: Quote) -> str:
    return _NON_WORD.sub(" ", quote.text.casefold()).strip()


def _words(text: str) -> frozenset[str]:
    return frozenset(_NON_WORD.sub(" ", text.casefold()).split())


def _principal_voice(extraction: Extraction) -> str | None:
    """The speaker quoted most often: the voice the article is about."""
    counts = Counter(quote.speaker for quote in extraction.quotes if quote.speaker)
    return counts.most_common(1)[0][0] if counts else None


def _position_weight(extraction: Extraction) -> float:
    # News and speech reports put what matters first; interviews and essays do not.
    return 1.5 if extraction.kind in (ArticleKind.NEWS, ArticleKind.SPEECH_REPORT) else 0.5


def _quote_score(quote: Quote, extraction: Extraction, principal: str | None) -> float:
    words = len(quote.text.split())
    score = 2.0 if quote.type is QuoteType.DIRECT else 1.0
    if quote.speaker is None:
        score -= 3.0  # an unattributed quote is shown only when nothing else is left
    elif quote.speaker == principal and quote.relayed_by is None:
        score += 0.5
    score += 0.5 if _DIGIT.search(quote.text) else 0.0  # numbers make a claim specific
    # Fragments carry little; very long passages crowd the page.
    score += 1.0 if 8 <= words <= 45 else (-1.0 if words < 4 else 0.0)
    return score - _position_weight(extraction) * _relative_position(quote.paragraph, extraction)


def _relative_position(paragraph: int, extraction: Extraction) -> float:
    return paragraph / max(1, extraction.article.paragraphs[-1].number)


def _pick_quotes(
    extraction: Extraction, number: int, limit: int, seen: dict[str, KeyQuote], shown: str
) -> tuple[KeyQuote, ...]:
    """The best quotes, skipping what ``shown`` (headline and lede) already says and repeats.

    A quote another article already gave is not picked again; its citation is added to
    the earlier pick instead.
    """
    principal = _principal_voice(extraction)
    ranked = sorted(extraction.quotes, key=lambda q: -_quote_score(q, extraction, principal))
    picked: list[KeyQuote] = []
    for quote in ranked:
        if len(picked) == limit:
            break
        words = _words(quote.text)
        if quote.text in shown or any(
            _overlap(words, _words(item.quote.text)) > _REPEAT_OVERLAP for item in picked
        ):
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


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    return len(first & second) / max(1, min(len(first), len(second)))


def _figure_score(figure: Figure, extraction: Extraction) -> float:
    if figure.unit in _DATE_UNITS:
        score = 1.0  # dates set the scene; counts, money and rates are the news
    elif figure.unit.rstrip("s") in _TIME_UNITS:
        score = 1.5
    else:
        score = 3.0
    score += 1.0 if figure.claimed_by else 0.0  # a named source, not the article's own voice
    score += 1.0 if figure.disputed else 0.0
    # `a week` and `one of them` are hardly figures a reader needs listed.
    score -= 1.5 if figure.value == 1 and not _DIGIT.search(figure.text) else 0.0
    return score - _relative_position(figure.paragraph, extraction)


def _pick_figures(extraction: Extraction, number: int, limit: int) -> tuple[KeyFigure, ...]:
    """The best figures; one number stated twice (a question and its answer) is listed once."""
    scored = [(figure, _figure_score(figure, extraction)) for figure in extraction.figures]
    ranked = sorted((pair for pair in scored if pair[1] > _FIGURE_FLOOR), key=lambda p: -p[1])
    chosen: dict[tuple[float, str], Figure] = {}
    for figure, _ in ranked:
        chosen.setdefault((figure.value, figure.unit), figure)
    best = sorted(list(chosen.values())[:limit], key=lambda figure: figure.paragraph)
    return tuple(KeyFigure(figure, (Citation(number, figure.paragraph),)) for figure in best)
