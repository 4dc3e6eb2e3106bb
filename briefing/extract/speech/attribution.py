"""Who said what: reading an article's paragraphs in order and attributing what they quote.

A ``Reader`` keeps the little state a reader keeps (who spoke last, whether a paragraph
ended with ``…said:``) and turns each quoted passage and reported clause into an ``Item``
with its offsets and speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from briefing.extract.sentences import split_sentences
from briefing.extract.speech.quotes import QuoteSpan, is_title_like, quote_spans, trimmed
from briefing.extract.speech.reported import reported_clauses
from briefing.extract.speech.speakers import Cast
from briefing.extract.speech.stances import stances
from briefing.extract.speech.subjects import PRONOUNS, sentence_subject, subject_before
from briefing.extract.speech.verbs import PARTICIPLE, REPORTING, Verb, reporting_verbs, verbs_within
from briefing.model import Article, QuoteType

_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
_RELAY = re.compile(r"\s+quoted\s+(?P<original>[^,.;]+?)\s+as\s+saying\W*$")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+$", re.IGNORECASE)
_AFTER_TAG = re.compile(
    rf"\s*[,—–]?\s*(?:(?P<verb1>{REPORTING.pattern})\s+(?P<who1>[^.,;:“”\"]{{1,60}}?)|"
    rf"(?P<who2>[^.,;:“”\"]{{1,60}}?)\s+(?:\w+ly\s+)?(?P<verb2>{REPORTING.pattern})"
    r"(?:\s+[^.,;:“”\"]{1,40}?)?)\s*(?=[.,;]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Item:
    """A quote, reported clause or bare claim found in a paragraph, with its offsets."""

    paragraph: int
    start: int
    end: int
    speaker: str | None
    type: QuoteType
    relayed_by: str | None = None
    emit: bool = True


class Reader:
    """Reads paragraphs in order, remembering who spoke last and any open introduction."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.last_speaker: str | None = None
        self.last_named: str | None = None  # the last person named, for a first pronoun
        self.introduced: str | None = None  # speaker of a paragraph ending `…, he said:`
        self.continuing: str | None = None  # speaker of a quote left open at paragraph end
        self.items: list[Item] = []

    def read(self, article: Article) -> list[Item]:
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
            self._stances(number, text, start, end, spans)
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
                self.items.append(Item(number, q_start, q_end, speaker, QuoteType.DIRECT, relay))
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
                Item(number, clause.start, clause_end, who, QuoteType.INDIRECT, emit=clause.emit)
            )
            self._heard(who)
        return speaker

    def _stances(
        self, number: int, text: str, start: int, end: int, spans: list[QuoteSpan]
    ) -> None:
        """Add the sentence's denials and expressed stances not already reported."""
        taken = [(item.start, item.end) for item in self.items if item.paragraph == number]
        for stance in stances(text[start:end], start, spans):
            who = self._resolve(stance.subject)
            if who is None or any(a < stance.end and stance.start < b for a, b in taken):
                continue
            self.items.append(Item(number, stance.start, stance.end, who, QuoteType.INDIRECT))
            self._heard(who)

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


def credit_interviewee(items: list[Item]) -> list[Item]:
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
