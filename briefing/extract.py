"""The extract stage: quotes, reported speech, figures and the kind of each article.

``extract`` reads an article paragraph by paragraph, keeping the little state a reader
keeps (who spoke last, whether a paragraph ended with ``…said:``), and returns an
``Extraction`` whose every quote and figure text is an exact slice of its paragraph.
Figures are credited to whoever says them: the speaker of the quote or reported clause
that holds them, else the article itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from briefing.figures import find_numbers, measures
from briefing.model import Article, ArticleKind, Extraction, Figure, Quote, QuoteType
from briefing.quotes import (
    PARTICIPLE,
    REPORTING,
    QuoteSpan,
    Verb,
    is_title_like,
    quote_spans,
    reported_clauses,
    reporting_verbs,
    trimmed,
    verbs_within,
)
from briefing.sentences import split_sentences
from briefing.speakers import (
    PRONOUNS,
    Cast,
    sentence_subject,
    subject_before,
)

THE_ARTICLE = "the article"
_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
_RELAY = re.compile(r"\s+quoted\s+(?P<original>[^,.;]+?)\s+as\s+saying\W*$")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+$", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|disputed|disputes|rejected|rejects|refuted|"
    r"contested|contests|dismissed)\b",
    re.IGNORECASE,
)
_OPINION_FURNITURE = re.compile(
    r"views?\s+(?:expressed\s+)?(?:of|by|are\s+those\s+of)\s+the\s+authors?|"
    r"do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)|\bop-?ed\b|\bopinion\b",
    re.IGNORECASE,
)
_OPINION_TITLE = re.compile(r"^(?:opinion|op-?ed|commentary|editorial|column)\b", re.IGNORECASE)
_INTERVIEW_TITLE = re.compile(r"\binterview\b|\bQ\s?&\s?A\b", re.IGNORECASE)
_INTERVIEWER = re.compile(
    r"\b(?:I\s+asked|asked\s+(?:him|her|them)\b.{0,40}\bI\b|with\s+me\b|I\s+interviewed|"
    r"told\s+me\b|I\s+spoke\s+(?:to|with))|\bI\s+asked\b",
    re.IGNORECASE,
)
_QA_LINE = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]")
_SPEECH = re.compile(
    r"\b(?:address(?:es|ed)?|speech|speaks?\s+(?:to|at|before)|keynote|lecture)\b",
    re.IGNORECASE,
)
_AFTER_TAG = re.compile(
    rf"\s*[,—–]?\s*(?:(?P<verb1>{REPORTING.pattern})\s+(?P<who1>[^.,;:“”\"]{{1,60}}?)|"
    rf"(?P<who2>[^.,;:“”\"]{{1,60}}?)\s+(?:\w+ly\s+)?(?P<verb2>{REPORTING.pattern})"
    r"(?:\s+[^.,;:“”\"]{1,40}?)?)\s*(?=[.,;]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Item:
    """A quote, reported clause or bare claim found in a paragraph, with its offsets."""

    paragraph: int
    start: int
    end: int
    speaker: str | None
    type: QuoteType
    relayed_by: str | None = None
    emit: bool = True


def extract(article: Article) -> Extraction:
    """Quotes, reported speech and figures of one article, and what kind of piece it is."""
    cast = Cast.of(paragraph.text for paragraph in article.paragraphs)
    items = _Reader(cast).read(article)
    kind = article_kind(article)
    if kind is ArticleKind.INTERVIEW:
        items = _credit_interviewee(items)
    quotes = tuple(
        Quote(
            text=article.paragraph(item.paragraph).text[item.start : item.end],
            speaker=item.speaker,
            type=item.type,
            paragraph=item.paragraph,
            relayed_by=item.relayed_by,
        )
        for item in items
        if item.emit
    )
    return Extraction(article, kind, quotes, _figures(article, items))


def extraction_record(extraction: Extraction) -> dict[str, Any]:
    """The stable JSON shape of one article's extraction (``briefing extract --json``)."""
    article = extraction.article
    return {
        "file": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "kind": extraction.kind.value,
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "type": quote.type.value,
                "paragraph": quote.paragraph,
                "relayed_by": quote.relayed_by,
            }
            for quote in extraction.quotes
        ],
        "figures": [
            {
                "text": figure.text,
                "value": figure.value,
                "unit": figure.unit,
                "measures": figure.measures,
                "claimed_by": figure.claimed_by,
                "paragraph": figure.paragraph,
                "disputed": figure.disputed,
            }
            for figure in extraction.figures
        ],
    }


def article_kind(article: Article) -> ArticleKind:
    """News unless the page shows an opinion disclaimer, an interviewer, or a speech."""
    title = article.title or ""
    if _OPINION_TITLE.match(title) or any(
        _OPINION_FURNITURE.search(block.text) for block in article.furniture
    ):
        return ArticleKind.OPINION
    opening = " ".join(paragraph.text for paragraph in article.paragraphs[:3])
    qa_lines = sum(1 for paragraph in article.paragraphs if _QA_LINE.match(paragraph.text))
    if _INTERVIEW_TITLE.search(title) or _INTERVIEWER.search(opening) or qa_lines >= 2:
        return ArticleKind.INTERVIEW
    speech_mentions = sum(len(_SPEECH.findall(p.text)) for p in article.paragraphs)
    if _SPEECH.search(title) or speech_mentions >= 2:
        return ArticleKind.SPEECH_REPORT
    return ArticleKind.NEWS


class _Reader:
    """Reads paragraphs in order, remembering who spoke last and any open introduction."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.last_speaker: str | None = None
        self.last_named: str | None = None  # the last person named, for a first pronoun
        self.introduced: str | None = None  # speaker of a paragraph ending `…, he said:`
        self.continuing: str | None = None  # speaker of a quote left open at paragraph end
        self.items: list[_Item] = []

    def read(self, article: Article) -> list[_Item]:
        for paragraph in article.paragraphs:
            headline = paragraph.text == article.title
            self._paragraph(paragraph.number, paragraph.text, headline)
        return sorted(self.items, key=lambda item: (item.paragraph, item.start, -item.end))

    def _resolve(self, phrase: str | None) -> str | None:
        if phrase is None or phrase.strip().lower() in _FIRST_PERSON:
            return None
        return self.cast.resolve(phrase, self.last_speaker or self.last_named)

    def _heard(self, speaker: str | None) -> None:
        if speaker is not None and speaker in self.cast.names:
            self.last_speaker = speaker

    def _paragraph(self, number: int, text: str, headline: bool) -> None:
        spans = quote_spans(text)
        sentences = split_sentences(text, [(span.start, span.end) for span in spans])
        introduced, continuing = self.introduced, self.continuing
        self.introduced = self.continuing = None
        previous_quote: str | None = None
        paragraph_verbs = reporting_verbs(text)
        for start, end in sentences:
            sentence = text[start:end]
            verbs = verbs_within(paragraph_verbs, start, end)
            said = self._reported(number, text, start, end, spans, headline, verbs)
            for span in spans:
                if not start <= span.start - 1 < end:
                    continue
                whole = span.start <= 1 and (span.end >= len(text) - 2 or not span.closed)
                if not self._is_quote(text, span, sentence, start, whole, verbs):
                    continue
                speaker, relay = self._direct_speaker(text, span, start, end, said, verbs)
                if speaker is None and whole and start == 0:
                    speaker = introduced or continuing
                if speaker is None:
                    speaker = previous_quote
                q_start, q_end = trimmed(text, span)
                if q_end - q_start < 2:
                    continue
                self.items.append(_Item(number, q_start, q_end, speaker, QuoteType.DIRECT, relay))
                previous_quote = speaker or previous_quote
                self._heard(speaker)
                if not span.closed:
                    self.continuing = speaker
            named = self.cast.named_in(text, start, end)
            if named:
                self.last_named = named[-1]
            if start == sentences[-1][0] and sentence.rstrip().endswith(":"):
                self.introduced = self._intro_speaker(sentence, sentence.rstrip(), said, verbs)

    def _reported(
        self,
        number: int,
        text: str,
        start: int,
        end: int,
        spans: list[QuoteSpan],
        headline: bool,
        verbs: list[Verb],
    ) -> str | None:
        """Add the sentence's reported clauses; return its last speaker."""
        sentence = text[start:end]
        speaker: str | None = None
        for clause in reported_clauses(sentence, start, spans, headline, verbs):
            verb = text[clause.verb_start : clause.verb_end]
            quoted = next(
                (span for span in spans if span.start <= clause.verb_start < span.end), None
            )
            if clause.source is not None:
                phrase: str | None = clause.source
            elif clause.end <= clause.verb_start:
                between = text[clause.end : clause.verb_start].strip(" ,")
                phrase = between or text[clause.verb_end : end].strip(" .,")
            elif PARTICIPLE.search(verb) and not _PROGRESSIVE.search(text, 0, clause.verb_start):
                phrase = None
            else:
                phrase = subject_before(text[start : clause.verb_start])
            if phrase is not None and phrase.strip().lower() in _FIRST_PERSON:
                continue
            who = self._resolve(phrase)
            if quoted is not None and (
                who not in self.cast.names or phrase is None or phrase.strip().lower() in PRONOUNS
            ):
                continue  # inside a quotation only a third party named there is reported
            if who is None and phrase is None:
                who = speaker or self._resolve(sentence_subject(sentence))
            speaker = who or speaker
            clause_end = min(clause.end, quoted.end) if quoted is not None else clause.end
            while clause_end > clause.start and text[clause_end - 1] in " .,;:":
                clause_end -= 1
            self.items.append(
                _Item(number, clause.start, clause_end, who, QuoteType.INDIRECT, emit=clause.emit)
            )
            self._heard(who)
        return speaker

    def _is_quote(
        self, text: str, span: QuoteSpan, sentence: str, start: int, whole: bool, verbs: list[Verb]
    ) -> bool:
        words = text[span.start : span.end].split()
        if whole:
            return True
        if is_title_like(words) and not re.search(r"[.!?,]$", text[span.start : span.end]):
            return False
        if len(words) >= 5:
            return True
        # A short phrase in marks is speech only when the sentence reports speech.
        inside = range(span.start - 1 - start, span.end + 1 - start)
        return any(verb.start not in inside for verb in verbs)

    def _direct_speaker(
        self,
        text: str,
        span: QuoteSpan,
        start: int,
        end: int,
        said: str | None,
        verbs: list[Verb],
    ) -> tuple[str | None, str | None]:
        before = text[start : span.start - 1]
        sentence = text[start:end]
        if not before.strip() or text[span.end - 1 : span.end] in ",?!—":
            tag = _AFTER_TAG.match(text, span.end + 1) if span.closed else None
            if tag is not None:
                who = tag.group("who1") or tag.group("who2")
                speaker = self._resolve(who)
                if speaker is not None:
                    return speaker, None
        relay = _RELAY.search(before)
        if relay is not None:
            original = self._resolve(relay.group("original"))
            relayer = self._resolve(subject_before(before[: relay.start()]))
            surname = original.split()[-1] if original else None
            quoted = text[span.start : span.end]
            # The relayer speaks in their own words when the quote names the original in
            # the third person (`X quoted Y as saying: "Y said we must …"`).
            if surname and re.search(
                rf"\b{re.escape(surname)}\b.{{0,60}}?\b(?:said|says)\b", quoted
            ):
                return relayer, None
            return original, relayer
        if before.strip():
            return self._intro_speaker(sentence, before, said, verbs), None
        return None, None

    def _intro_speaker(
        self, sentence: str, before: str, said: str | None, verbs: list[Verb]
    ) -> str | None:
        # `He said the costs grew:` introduces the speaker of the sentence's own clause.
        if said is not None:
            return said
        earlier = [verb for verb in verbs if verb.end <= len(before)]
        if earlier:
            verb = earlier[-1]
            if PARTICIPLE.search(verb.text):
                phrase = sentence_subject(sentence)
            else:
                phrase = subject_before(before[: verb.start]) or sentence_subject(sentence)
            return self._resolve(phrase)
        if before.rstrip().endswith(":") or verbs:
            return self._resolve(sentence_subject(sentence))
        return None


def _credit_interviewee(items: list[_Item]) -> list[_Item]:
    """In an interview an unattributed quotation (a pull quote) is the interviewee's."""
    counts = Counter(
        item.speaker for item in items if item.type is QuoteType.DIRECT and item.speaker is not None
    )
    if not counts:
        return items
    interviewee = counts.most_common(1)[0][0]
    return [
        replace(item, speaker=interviewee)
        if item.type is QuoteType.DIRECT and item.speaker is None
        else item
        for item in items
    ]


def _figures(article: Article, items: list[_Item]) -> tuple[Figure, ...]:
    year = _default_year(article)
    figures: list[Figure] = []
    by_paragraph: dict[int, list[_Item]] = {}
    for item in items:
        by_paragraph.setdefault(item.paragraph, []).append(item)
    for paragraph in article.paragraphs:
        text = paragraph.text
        here = by_paragraph.get(paragraph.number, [])
        numbers = find_numbers(text, year)
        denials = [match.start() for match in _DENIAL.finditer(text)] if numbers else []
        for found in numbers:
            holders = [
                item
                for item in here
                if item.start <= found.start and found.end <= item.end and item.speaker is not None
            ]
            holder = min(holders, key=lambda item: item.end - item.start, default=None)
            claimant = holder.speaker if holder is not None and holder.speaker else THE_ARTICLE
            disputed = claimant != THE_ARTICLE and any(
                position >= found.end and not _within(position, holders) for position in denials
            )
            figures.append(
                Figure(
                    text=text[found.start : found.end],
                    value=found.value,
                    unit=found.unit,
                    measures=measures(text, found),
                    claimed_by=claimant,
                    paragraph=paragraph.number,
                    disputed=disputed,
                )
            )
    return tuple(figures)


def _within(position: int, holders: list[_Item]) -> bool:
    return any(item.start <= position < item.end for item in holders)


def _default_year(article: Article) -> int:
    """The year a date without one most likely means: the publication's, else the last
    year the article states next to a month."""
    if article.published is not None:
        return article.published.year
    years = [
        int(year)
        for paragraph in article.paragraphs
        for year in re.findall(
            r"\b(?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December)\s+(?:\d{1,2},?\s+)?"
            r"((?:19|20)\d\d)\b",
            paragraph.text,
        )
    ]
    return max(years, default=0)
