"""The data that flows between the pipeline stages.

ingest → Article; extract → Extraction; select → Brief; render → file.
Every object is frozen: a stage returns new objects instead of changing what it was given.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from briefing.languages import Language


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of an article as its source shows it.

    ``number`` counts the non-empty blocks of the source from 1, the headline line of a
    plain-text file included, so a citation ``¶n`` can be found by a reader counting
    paragraphs in the original. Removing page furniture leaves gaps, never renumbers.
    """

    number: int
    text: str
    emphasised: bool = False
    """Whether the source set the whole paragraph in bold, as an interview sets its
    questions (Markdown's ``**…**``)."""


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with the metadata its source gave or that was detected."""

    source: str
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    sha256: str
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    language: str = "en"
    """The code of the language it is written in (ISO 639-1, ``prs`` for Dari; any language,
    not only a brief's): as its source declares it, else detected from its text."""
    retrieved: datetime | None = None
    """When the article was fetched from ``url`` (UTC), for pages read from the web."""
    furniture: tuple[Paragraph, ...] = ()
    """Blocks removed as page furniture, kept because they tell what kind of piece this is."""

    def paragraph(self, number: int) -> Paragraph:
        """The paragraph with this citation number.

        Paragraphs stand in the order of their numbers, so bisection finds one: looking up
        every item of a long article stays linear, not quadratic.
        """
        index = bisect_left(self.paragraphs, number, key=lambda paragraph: paragraph.number)
        if index < len(self.paragraphs) and self.paragraphs[index].number == number:
            return self.paragraphs[index]
        raise KeyError(number)


class QuoteType(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


class SpeakerEvidence(StrEnum):
    """Why a quote is given to its speaker, strongest first."""

    NAMED = "named"
    """The speaker is named beside the words: `…,” said Jo Park.` or `Park said that …`."""
    ROLE = "role"
    """A role noun (`the minister`) the article gave one person or body."""
    RELAY = "relay"
    """Someone reports the speaker's words: `the agency quoted Park as saying …`."""
    PRONOUN = "pronoun"
    """A pronoun, matched in gender and recency to the person it stands for."""
    CONTINUATION = "continuation"
    """The words go on from the same speaker's quote, with nobody else introduced."""
    INTERVIEW = "interview"
    """An answer, or a pull quote, in an interview with the speaker."""


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker; ``text`` is an exact substring of its paragraph.

    ``speaker_evidence`` says why the speaker is who they are; None when there is none.
    """

    text: str
    speaker: str | None
    type: QuoteType
    paragraph: int
    relayed_by: str | None = None
    speaker_evidence: SpeakerEvidence | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the article states, with what it measures and who claims it.

    ``text`` is an exact substring of its paragraph; ``value`` is the number it states,
    normalized (``about 3 billion dollars`` → 3000000000). ``claimed_by`` is the person or
    body whose words hold the number, or None when the article states it in its own voice;
    ``relayed_by`` who reports that claim (`X claim …, according to Y`), as for a quote.
    """

    text: str
    value: float
    unit: str
    measures: str
    claimed_by: str | None
    paragraph: int
    disputed: bool = False
    relayed_by: str | None = None


class ArticleKind(StrEnum):
    NEWS = "news"
    INTERVIEW = "interview"
    OPINION = "opinion"
    SPEECH_REPORT = "speech-report"


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extract stage found in one article."""

    article: Article
    kind: ArticleKind
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Citation:
    """Where an item stands: source number in the brief's source list, and paragraph."""

    source: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class KeyQuote:
    quote: Quote
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A figure the brief shows: in a section's key figures, or compared across sources."""

    figure: Figure
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """One article's part of the brief."""

    number: int
    article: Article
    headline: str
    kind: ArticleKind
    lede: str
    lede_citation: Citation
    quotes: tuple[KeyQuote, ...]
    figures: tuple[KeyFigure, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One source in the overview's timeline; ``citation`` is where its headline stands, or
    its lede when the headline is none of its paragraphs."""

    published: date | None
    publisher: str | None
    kind: ArticleKind
    headline: str
    citation: Citation


@dataclass(frozen=True, slots=True)
class FigureComparison:
    """Figures from different sources that measure the same thing, in source order.

    ``disagree`` is True when their values, in one unit, are not all the same.
    """

    figures: tuple[KeyFigure, ...]
    disagree: bool

    @property
    def sources(self) -> int:
        """How many sources the figures come from."""
        return len({citation.source for item in self.figures for citation in item.citations})


@dataclass(frozen=True, slots=True)
class Description:
    """How an article introduces someone it quotes, cut from it: `a French member of the
    European Parliament`."""

    text: str
    citation: Citation


@dataclass(frozen=True, slots=True)
class Voice:
    """Someone quoted, with where: the first quote of each source that quotes them.

    ``description`` is the first an article gives, in source order; None when none does.
    """

    name: str
    citations: tuple[Citation, ...]
    description: Description | None = None


@dataclass(frozen=True, slots=True)
class Overview:
    """The view across sources at the top of the brief, built only from cited items."""

    timeline: tuple[TimelineEntry, ...] = ()
    compared_figures: tuple[FigureComparison, ...] = ()
    voices: tuple[Voice, ...] = ()


class TranslationMethod(StrEnum):
    MACHINE = "machine"
    REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class Translation:
    """One segment of the brief in the reader's language; ``source`` is the original shown,
    written in ``from_code`` (its article's language).

    ``numbers_verified`` is False when a number of the source could not be found, in the
    target's own form, in the translation; ``low_confidence`` when the engine's own
    ``confidence`` (0 to 1, machine translations only) is low; ``loops`` when the engine
    repeated a phrase over and over. The brief flags each.
    """

    source: str
    text: str
    method: TranslationMethod
    from_code: str = "en"
    numbers_verified: bool = True
    confidence: float | None = None
    low_confidence: bool = False
    loops: bool = False


@dataclass(frozen=True, slots=True)
class MachineTranslation:
    """Which engine and package produced the machine-translated segments."""

    engine: str
    package: str
    version: str
    from_code: str
    to_code: str
    licence: str = ""
    """The licence of the model's weights, where it restricts their use (NLLB-200's)."""


@dataclass(frozen=True, slots=True)
class TranslationRoute:
    """How the articles written in one language reached the brief's: one package, or two
    through English where no package goes directly."""

    from_code: str
    """The articles' language (an ``Article.language``)."""
    steps: tuple[MachineTranslation, ...]


class TextKind(StrEnum):
    """What a text the brief shows is, so each stage picks what concerns it."""

    TITLE = "title"
    HEADLINE = "headline"
    PUBLISHER = "publisher"
    LEDE = "lede"
    QUOTE = "quote"
    NAME = "name"
    """A speaker, the source a quote was relayed by, or a figure's claimant."""
    FIGURE = "figure"
    """A number as the article wrote it."""
    MEASURES = "measures"
    DESCRIPTION = "description"
    """How an article describes someone it quotes, on first mention."""
    FILE = "file"
    URL = "url"
    TRANSLATION = "translation"


@dataclass(frozen=True, slots=True)
class ShownText:
    """One text of the brief, what it is, and the language of the article it comes from
    (None for the title and the translator's texts)."""

    kind: TextKind
    text: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything the renderer lays out.

    ``translations`` map the segments the brief shows to their translations: none for an
    article written in the brief's language. ``machine_translations`` say how each language
    of the articles was machine-translated.
    """

    title: str | None
    date: date
    language: Language
    sections: tuple[Section, ...]
    translations: tuple[Translation, ...] = ()
    machine_translations: tuple[TranslationRoute, ...] = ()
    show_original: bool = True
    overview: Overview = Overview()

    def shown_texts(self) -> Iterator[ShownText]:
        """Every text the brief shows from its title, the articles and the translator.

        In reading order, empty ones left out. The brief's own wording (headings, labels)
        is not among them: it comes from the catalogs.
        """
        texts: list[tuple[TextKind, str | None, str | None]] = [(TextKind.TITLE, self.title, None)]
        written_in = {section.number: section.article.language for section in self.sections}

        def language_of(citations: tuple[Citation, ...]) -> str | None:
            return written_in.get(citations[0].source) if citations else None

        for comparison in self.overview.compared_figures:
            for compared in comparison.figures:
                figure = compared.figure
                language = language_of(compared.citations)
                texts += [
                    (TextKind.FIGURE, figure.text, language),
                    (TextKind.MEASURES, figure.measures, language),
                    (TextKind.NAME, figure.claimed_by, language),
                ]
        for voice in self.overview.voices:
            description = voice.description
            texts += [
                (TextKind.NAME, voice.name, language_of(voice.citations)),
                (
                    TextKind.DESCRIPTION,
                    description.text if description else None,
                    language_of((description.citation,)) if description else None,
                ),
            ]
        for section in self.sections:
            article = section.article
            language = article.language
            texts += [
                (TextKind.HEADLINE, section.headline, language),
                (TextKind.PUBLISHER, article.publisher, language),
                (TextKind.LEDE, section.lede, language),
            ]
            for item in section.quotes:
                quote = item.quote
                texts += [
                    (TextKind.NAME, quote.speaker, language),
                    (TextKind.NAME, quote.relayed_by, language),
                    (TextKind.QUOTE, quote.text, language),
                ]
            for key in section.figures:
                figure = key.figure
                texts += [
                    (TextKind.FIGURE, figure.text, language),
                    (TextKind.MEASURES, figure.measures, language),
                    (TextKind.NAME, figure.claimed_by, language),
                    (TextKind.NAME, figure.relayed_by, language),
                ]
        for section in self.sections:
            article = section.article
            texts += [
                (TextKind.FILE, article.source, article.language),
                (TextKind.URL, article.url, article.language),
            ]
        texts += [
            (TextKind.TRANSLATION, translation.text, None) for translation in self.translations
        ]
        return (ShownText(kind, text, language) for kind, text, language in texts if text)
