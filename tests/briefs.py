"""Small briefs built by hand, for tests that need a Brief without the pipeline."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from briefing.languages import ENGLISH, language
from briefing.model import (
    Article,
    ArticleKind,
    Brief,
    Citation,
    Description,
    FigureComparison,
    KeyFigure,
    KeyQuote,
    MachineTranslation,
    Overview,
    Paragraph,
    Quote,
    QuoteType,
    Section,
    TimelineEntry,
    Translation,
    TranslationMethod,
    TranslationRoute,
    Voice,
)
from briefing.model import Figure as FigureItem


def brief_with(quote_text: str, measures: str = "families without water") -> Brief:
    article = Article(
        source="a.txt",
        title="Floods Hit the Valley",
        paragraphs=(Paragraph(1, "Floods Hit the Valley"), Paragraph(2, quote_text)),
        sha256="0" * 64,
    )
    quote = Quote(quote_text, "Miriam Okafor", QuoteType.DIRECT, 2)
    figure = FigureItem("1,200 families", 1200, "families", measures, "Miriam Okafor", 2)
    section = Section(
        number=1,
        article=article,
        headline="Floods Hit the Valley",
        kind=ArticleKind.NEWS,
        lede="Aid is late.",
        lede_citation=Citation(1, 2),
        quotes=(KeyQuote(quote, (Citation(1, 2),)),),
        figures=(KeyFigure(figure, (Citation(1, 2),)),),
    )
    return Brief("Brief", date(2025, 11, 23), ENGLISH, (section,))


def full_brief(code: str = "en") -> Brief:
    base = brief_with("We have trucks loaded with water.")
    (section,) = base.sections
    relayed = Quote("Roads are shut", "A driver", QuoteType.INDIRECT, 2, relayed_by="Radio Valley")
    unattributed = Quote("Help came late.", None, QuoteType.DIRECT, 2)
    quotes = (
        *section.quotes,
        KeyQuote(relayed, (Citation(1, 2),)),
        KeyQuote(unattributed, (Citation(1, 2),)),
    )
    disputed = dataclasses.replace(section.figures[0].figure, disputed=True)
    # A figure the article states in its own voice: no one claims it but the article.
    own = FigureItem("40 schools", 40, "schools", "schools closed", None, 2)
    first = dataclasses.replace(
        section,
        quotes=quotes,
        figures=(
            dataclasses.replace(section.figures[0], figure=disputed),
            KeyFigure(own, (Citation(1, 2),)),
        ),
    )
    others = []
    for number, kind in enumerate(
        (ArticleKind.INTERVIEW, ArticleKind.OPINION, ArticleKind.SPEECH_REPORT), start=2
    ):
        article = dataclasses.replace(
            section.article,
            source=f"articles/story-{number}.txt",
            publisher="Valley Times",
            published=date(2025, 11, 20),
            url="https://example.org/story" if number == 2 else "archive copy",
            # Story 2 was fetched from the web: its source entry says when.
            retrieved=datetime(2025, 11, 22, 9, 5, tzinfo=UTC) if number == 2 else None,
        )
        others.append(
            dataclasses.replace(
                section,
                number=number,
                article=article,
                kind=kind,
                headline=f"Story number {number}",
                quotes=(),
                figures=(),
            )
        )
    sections = (first, *others)
    translations = (
        # Every flag a machine translation can carry: a lost number, a low score, a loop.
        Translation(
            "Aid is late.",
            "AID IS LATE.",
            TranslationMethod.MACHINE,
            numbers_verified=False,
            confidence=0.2,
            low_confidence=True,
            loops=True,
        ),
        Translation(
            "We have trucks loaded with water.", "WE HAVE TRUCKS.", TranslationMethod.REVIEWED
        ),
    )
    return dataclasses.replace(
        base,
        title=None,
        language=language(code),
        sections=sections,
        translations=translations,
        # A licence, so that the notice shows its every sentence.
        machine_translations=(
            TranslationRoute(
                "en",
                (
                    MachineTranslation(
                        "Argos", "translate-en_xx", "1.0", "en", "xx", licence="CC-BY-NC-4.0"
                    ),
                ),
            ),
        ),
        overview=overview_of(sections),
    )


def overview_of(sections: tuple[Section, ...]) -> Overview:
    """An overview of ``full_brief``'s sections: a timeline, figures that disagree and
    figures that agree, a voice an article describes and one it does not."""
    first = sections[0]
    counted = KeyFigure(
        FigureItem("1,500 families", 1500, "families", "families without water", None, 2),
        (Citation(2, 2),),
    )
    schools = first.figures[1]
    same_schools = KeyFigure(
        FigureItem("forty schools", 40, "schools", "schools closed", "Valley Times", 2),
        (Citation(3, 2),),
    )
    return Overview(
        timeline=tuple(
            TimelineEntry(
                section.article.published,
                section.article.publisher,
                section.kind,
                section.headline,
                Citation(section.number, 1),
            )
            for section in sections
        ),
        compared_figures=(
            FigureComparison((first.figures[0], counted), disagree=True),
            FigureComparison((schools, same_schools), disagree=False),
        ),
        voices=(
            Voice(
                "Miriam Okafor",
                (Citation(1, 2), Citation(2, 2)),
                Description("the director of the valley's relief agency", Citation(1, 2)),
            ),
            Voice("A driver", (Citation(1, 2),)),
        ),
    )


def article_strings(brief: Brief) -> list[str]:
    """What the brief shows from the articles and the engine, never our own wording."""
    texts: list[str] = ["briefing"]  # <author>: the program's name
    for section in brief.sections:
        article = section.article
        texts += [section.headline, section.lede, Path(article.source).name, article.sha256]
        texts += [article.publisher or "", article.url or ""]
        for item in section.quotes:
            quote = item.quote
            texts += [quote.text, quote.speaker or "", quote.relayed_by or ""]
        for figure_item in section.figures:
            figure = figure_item.figure
            texts += [figure.text, figure.measures, figure.claimed_by or ""]
            texts += [figure.relayed_by or ""]
    for comparison in brief.overview.compared_figures:
        for figure_item in comparison.figures:
            figure = figure_item.figure
            texts += [figure.text, figure.measures, figure.claimed_by or ""]
    for voice in brief.overview.voices:
        texts += [voice.name, voice.description.text if voice.description else ""]
    texts += [translation.text for translation in brief.translations]
    for route in brief.machine_translations:
        texts += [text for mt in route.steps for text in (mt.engine, mt.package, mt.version)]
    return sorted(filter(None, texts), key=len, reverse=True)


def invented_article(
    *texts: str, title: str | None = None, furniture: tuple[str, ...] = ()
) -> Article:
    blocks = ([title] if title else []) + list(texts)
    return Article(
        source="invented.txt",
        title=title,
        paragraphs=tuple(Paragraph(n, text) for n, text in enumerate(blocks, start=1)),
        sha256="0" * 64,
        furniture=tuple(
            Paragraph(len(blocks) + n, text) for n, text in enumerate(furniture, start=1)
        ),
    )
