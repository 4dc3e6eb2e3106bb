"""Choosing what goes in the brief: per article a lede, the key quotes and the key figures.

Items are ranked by how much they carry (a named speaker, direct words, numbers,
specificity, how much of the article's story they touch, position in the article); a quote
that several articles report appears once, citing all of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefing.extract.figures.dates import DATE_UNITS
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
    SpeakerEvidence,
)
from briefing.overview import overview_of

_NON_WORD = re.compile(r"\W+")
_DIGIT = re.compile(r"\d")
_HEADLINE_WORDS = 14
# Quotation marks as pairs; the straight marks open and close alike.
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("'", "'"))
_LEDE_MAX_WORDS = 60
_LEDE_MIN_WORDS = 25
_LEDE_MIN_PARAGRAPH_WORDS = 12  # shorter opening blocks are standfirsts or crossheads
# The writer's own `I` outside quotation marks: an interviewer introducing the piece.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WRITER_FIRST_PERSON = re.compile(r"\bI\b")
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
_AGO = re.compile(r"\bago\b|\bearlier\b", re.IGNORECASE)
_FIGURE_FLOOR = 1.0  # below it a figure is too vague or incidental to list
_RESTATED = 0.4  # share of a paraphrase's content words a figure's row holds: it repeats it
_REPEAT_OVERLAP = 0.7  # share of the shorter quote's words: above it, a quote repeats one
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_STEM_LENGTH = 6
_CENTRALITY_WEIGHT = 1.0


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
        lede, lede_paragraph = lede_of(extraction.article, extraction.kind)
        shown = f"{extraction.article.title or ''}\n{lede}"
        figures = _pick_figures(extraction, number, options.max_figures, shown)
        quotes = _pick_quotes(extraction, number, options.max_quotes, seen, shown, figures)
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
    return Brief(
        title=options.title,
        date=options.date,
        language=options.language,
        sections=merged,
        overview=overview_of(extractions, merged),
    )


def lede_of(article: Article, kind: ArticleKind = ArticleKind.NEWS) -> tuple[str, int]:
    """The article's opening one or two sentences, verbatim, and their paragraph.

    Outside opinion pieces (where the writer's voice is the piece), a paragraph in which
    the writer speaks as `I` (`I asked him about …`) introduces the piece, not the news.
    """
    body = [p for p in article.paragraphs if p.text != article.title] or list(article.paragraphs)
    long_enough = [p for p in body if len(p.text.split()) >= _LEDE_MIN_PARAGRAPH_WORDS]
    news = [p for p in long_enough if kind is ArticleKind.OPINION or not _writer_speaks(p.text)]
    opening = (news or long_enough or body)[0]
    sentences = split_sentences(opening.text)
    end = sentences[0][1]
    if len(opening.text[:end].split()) < _LEDE_MIN_WORDS and len(sentences) > 1:
        two_end = sentences[1][1]
        if len(opening.text[:two_end].split()) <= _LEDE_MAX_WORDS:
            end = two_end
    return opening.text[:end], opening.number


def _writer_speaks(text: str) -> bool:
    return _WRITER_FIRST_PERSON.search(_QUOTED.sub(" ", text)) is not None


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


def _stems(text: str) -> frozenset[str]:
    """Content words, crudely stemmed, so `recognize` meets `recognizing`."""
    return frozenset(
        word.casefold().rstrip("s")[:_STEM_LENGTH] for word in _CONTENT_WORD.findall(text)
    )


def _principal_voice(extraction: Extraction) -> str | None:
    """The speaker quoted most often: the voice the article is about."""
    counts = Counter(quote.speaker for quote in extraction.quotes if quote.speaker)
    return counts.most_common(1)[0][0] if counts else None


def _position_weight(extraction: Extraction) -> float:
    # News and speech reports put what matters first; interviews and essays do not.
    return 1.5 if extraction.kind in (ArticleKind.NEWS, ArticleKind.SPEECH_REPORT) else 0.5


class _Story:
    """What each paragraph of an article talks about, to tell a central quote from an aside."""

    def __init__(self, article: Article) -> None:
        self._stems = {p.number: _stems(p.text) for p in article.paragraphs}
        # In how many paragraphs each word stands: looked up, not searched for, so that
        # scoring every quote of a long article stays linear.
        self._paragraphs_with = Counter(stem for stems in self._stems.values() for stem in stems)
        # Words in most paragraphs (the main names) tell nothing about which part this is.
        self._everywhere = {
            stem for stem, count in self._paragraphs_with.items() if count * 2 > len(self._stems)
        }

    def centrality(self, quote: Quote) -> float:
        """The share of the quote's content words that other paragraphs take up too.

        Words the rest of the article returns to are its story; an aside is said once.
        """
        stems = _stems(quote.text) - self._everywhere
        own = self._stems.get(quote.paragraph, frozenset())
        echoed = sum(1 for stem in stems if self._paragraphs_with[stem] > (stem in own))
        return echoed / len(stems) if stems else 0.0


def _quote_score(
    quote: Quote, extraction: Extraction, principal: str | None, story: _Story
) -> float:
    words = len(quote.text.split())
    score = 2.0 if quote.type is QuoteType.DIRECT else 1.0
    if quote.speaker is None:
        score -= 3.0  # an unattributed quote is shown only when nothing else is left
    elif quote.speaker == principal and quote.relayed_by is None:
        score += 0.5
    score += 0.5 if _DIGIT.search(quote.text) else 0.0  # numbers make a claim specific
    # Fragments carry little; very long passages crowd the page.
    score += 1.0 if 8 <= words <= 45 else (-1.0 if words < 4 else 0.0)
    score += _CENTRALITY_WEIGHT * story.centrality(quote)
    return score - _position_weight(extraction) * _relative_position(quote.paragraph, extraction)


def _relative_position(paragraph: int, extraction: Extraction) -> float:
    return paragraph / max(1, extraction.article.paragraphs[-1].number)


def _is_quoted_crosshead(quote: Quote, article: Article) -> bool:
    """A paragraph that is only a title-cased phrase in quotation marks: a subhead.

    Editors word subheads themselves, paraphrasing the speaker; the words the article
    attributes to them stand in the body.
    """
    paragraph = article.paragraph(quote.paragraph).text.strip(" “”\"'‘’")
    words = [word for word in quote.text.split() if word[:1].isalpha()]
    title_cased = sum(1 for word in words if word[:1].isupper()) * 2 > len(words)
    return paragraph == quote.text.strip() and title_cased and quote.text[-1:] not in ".!?…"


def _evidence_rank(quote: Quote) -> int:
    """Lower is stronger: where the article says who spoke beats a pull quote."""
    evidence = list(SpeakerEvidence)
    return evidence.index(quote.speaker_evidence) if quote.speaker_evidence else len(evidence)


def _pick_quotes(
    extraction: Extraction,
    number: int,
    limit: int,
    seen: dict[str, KeyQuote],
    shown: str,
    figures: Sequence[KeyFigure],
) -> tuple[KeyQuote, ...]:
    """The best quotes, skipping what ``shown`` (headline and lede) already says and repeats.

    A paraphrase that holds a figure already listed is left out: the figure says it (the
    speaker's own words around it stay, they are the evidence for it). Of two
    quotes that repeat each other, the one the article attributes most plainly is kept.
    When the picks hold none of the article's direct quotes, its best direct quote takes
    the last place: the speaker's own words beat one more paraphrase. A quote another
    article already gave is not picked again; its citation is added to the earlier pick.
    """
    principal = _principal_voice(extraction)
    story = _Story(extraction.article)
    listed = [key.figure for key in figures]
    candidates = [
        quote
        for quote in extraction.quotes
        if quote.text not in shown
        and not _is_quoted_crosshead(quote, extraction.article)
        and not (quote.type is QuoteType.INDIRECT and _restates_a_figure(quote, listed))
    ]
    by_score = sorted(
        candidates,
        key=lambda q: (-_quote_score(q, extraction, principal, story), _evidence_rank(q)),
    )
    kept: list[Quote] = []
    for quote in sorted(by_score, key=_evidence_rank):
        if not any(_repeats(quote, other) for other in kept):
            kept.append(quote)
    ranked = [quote for quote in by_score if quote in kept]
    chosen: list[Quote] = []
    for quote in ranked:
        if len(chosen) == limit:
            break
        key = _quote_key(quote)
        if key not in seen:
            chosen.append(quote)
            continue
        earlier = seen[key]
        if all(c.source != number for c in earlier.citations):
            seen[key] = KeyQuote(
                earlier.quote, (*earlier.citations, Citation(number, quote.paragraph))
            )
    own_words = [
        q
        for q in by_score
        if q.type is QuoteType.DIRECT and q.speaker is not None and _quote_key(q) not in seen
    ]
    if chosen and own_words and not any(q.type is QuoteType.DIRECT for q in chosen):
        # The paraphrase that holds the speaker's words gives way to them.
        words = own_words[0]
        holder = next((q for q in chosen if _repeats(words, q)), chosen[-1])
        chosen[chosen.index(holder)] = words
    picked = [KeyQuote(quote, (Citation(number, quote.paragraph),)) for quote in chosen]
    seen.update((_quote_key(item.quote), item) for item in picked)
    return tuple(sorted(picked, key=lambda item: item.quote.paragraph))


def _restates_a_figure(quote: Quote, figures: Sequence[Figure]) -> bool:
    """Whether a figure's row (its number and what it measures) says most of the quote."""
    said = _stems(quote.text)
    return any(
        figure.paragraph == quote.paragraph
        and figure.text in quote.text
        and len(said & _stems(f"{figure.text} {figure.measures}")) >= _RESTATED * len(said)
        for figure in figures
    )


def _repeats(quote: Quote, other: Quote) -> bool:
    return _overlap(_words(quote.text), _words(other.text)) > _REPEAT_OVERLAP


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    return len(first & second) / max(1, min(len(first), len(second)))


def _figure_score(figure: Figure, extraction: Extraction) -> float:
    score = 1.5 if _is_span(figure) else 3.0  # counts, money and rates are the news
    score += 1.0 if figure.claimed_by else 0.0  # a named source, not the article's own voice
    score += 1.0 if figure.disputed else 0.0
    return score - _relative_position(figure.paragraph, extraction)


def _is_span(figure: Figure) -> bool:
    return figure.unit.rstrip("s") in _TIME_UNITS


def _listable(figure: Figure, shown: str) -> bool:
    """Whether a figure may be listed at all, whatever its score.

    A calendar date, or a span that dates something (`22 years ago`), says when, not how
    many: the lede and the source list say when. `a week` is an article, not a number.
    What the headline or lede already states is not repeated.
    """
    if figure.unit in DATE_UNITS or (_is_span(figure) and _AGO.search(figure.text)):
        return False
    if figure.value == 1 and not _DIGIT.search(figure.text):
        return False
    return figure.text not in shown


def _sentence_of(figure: Figure, paragraph: str) -> int:
    """The index of the sentence stating the figure in its paragraph."""
    offset = paragraph.find(figure.text)
    ends = [end for _, end in split_sentences(paragraph)]
    return next((index for index, end in enumerate(ends) if offset < end), len(ends))


def _pick_figures(
    extraction: Extraction, number: int, limit: int, shown: str
) -> tuple[KeyFigure, ...]:
    """The best figures, spread over the sentences that state them.

    One number stated twice (a question and its answer) is listed once. A span in a
    sentence that states a count is the count's period (`25,000 trained over four
    years`), part of what the count measures, not a figure of its own. No sentence takes
    more than half the places: a second sentence's figure beats a fourth from the first.
    """
    article = extraction.article
    located = []
    for figure in extraction.figures:
        paragraph = article.paragraph(figure.paragraph).text
        if _listable(figure, shown):
            located.append((figure, (figure.paragraph, _sentence_of(figure, paragraph))))
    counted = {where for figure, where in located if not _is_span(figure)}
    scored = [
        (figure, where, _figure_score(figure, extraction))
        for figure, where in located
        if not (_is_span(figure) and where in counted)
    ]
    ranked = sorted((item for item in scored if item[2] >= _FIGURE_FLOOR), key=lambda i: -i[2])
    per_sentence = max(1, limit // 2)
    stated: set[tuple[float, str]] = set()
    taken: Counter[tuple[int, int]] = Counter()
    best: list[Figure] = []
    for figure, where, _ in ranked:
        if len(best) == limit:
            break
        if (figure.value, figure.unit) in stated or taken[where] == per_sentence:
            continue
        stated.add((figure.value, figure.unit))
        taken[where] += 1
        best.append(figure)
    best.sort(key=lambda figure: figure.paragraph)
    return tuple(KeyFigure(figure, (Citation(number, figure.paragraph),)) for figure in best)
