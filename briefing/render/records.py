"""The JSON records: the brief (``--format json``) and the extractions (``extract --json``).

Tools outside the project read both: the brief's record follows the versioned schema in
``briefing/schemas/brief.schema.json``, the extraction records the shape the README
documents. One function builds each record; what two records share (a quote, a figure, a
citation, a date) is built once, so the two shapes cannot drift apart by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from briefing import __version__
from briefing.model import (
    Article,
    Brief,
    Citation,
    Extraction,
    Figure,
    FigureComparison,
    KeyFigure,
    KeyQuote,
    MachineTranslation,
    Overview,
    Quote,
    TimelineEntry,
    Translation,
    TranslationRoute,
    Voice,
)

JSON_SCHEMA_VERSION = 1
# How the records name the claimant of a figure the article states in its own voice.
THE_ARTICLE = "the article"

Record = dict[str, Any]
# A text the brief shows, as a record: the original and its translation beside it.
_Shown = Callable[[str], Record]


def brief_record(brief: Brief) -> Record:
    """The brief as JSON-ready data, described by ``briefing/schemas/brief.schema.json``.

    Every quote and figure keeps its text as the source wrote it; a translation
    sits beside it, never in its place.
    """
    translations = {translation.source: translation for translation in brief.translations}

    def shown(text: str) -> Record:
        return {"text": text, "translation": _translation(translations.get(text))}

    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "generator": f"briefing {__version__}",
        "title": brief.title,
        "date": brief.date.isoformat(),
        "language": brief.language.code,
        "machine_translations": [_route(route) for route in brief.machine_translations],
        "overview": _overview(brief.overview, shown),
        "articles": [
            {
                "number": section.number,
                "kind": section.kind.value,
                "headline": shown(section.headline),
                "lede": {**shown(section.lede), "citation": _citation(section.lede_citation)},
                "quotes": [_key_quote(item, shown) for item in section.quotes],
                "figures": [_key_figure(item, shown) for item in section.figures],
                "source": _source(section.article),
            }
            for section in brief.sections
        ],
    }


def extraction_record(extraction: Extraction) -> Record:
    """One article's extraction, in the stable shape of ``briefing extract --json``."""
    article = extraction.article
    return {
        "file": article.source,
        "title": article.title,
        "published": _iso(article.published),
        "language": article.language,
        "kind": extraction.kind.value,
        "quotes": [quote_record(quote) for quote in extraction.quotes],
        "figures": [figure_record(figure) for figure in extraction.figures],
    }


def extraction_records(extractions: Sequence[Extraction], brief: Brief) -> list[Record]:
    """The ``extract --json`` records, each item marked ``key`` when ``brief`` shows it.

    ``brief`` is the brief selected from these extractions, in this order.
    """
    shown = {
        (citation.source, citation.paragraph, item.quote.text)
        for section in brief.sections
        for item in section.quotes
        for citation in item.citations
    } | {
        (section.number, item.figure.paragraph, item.figure.text)
        for section in brief.sections
        for item in section.figures
    }
    records = []
    for number, extraction in enumerate(extractions, start=1):
        record = extraction_record(extraction)
        for item in (*record["quotes"], *record["figures"]):
            item["key"] = (number, item["paragraph"], item["text"]) in shown
        records.append(record)
    return records


def quote_record(quote: Quote) -> Record:
    """A quote where its article has it: the paragraph it stands in."""
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "type": quote.type.value,
        "paragraph": quote.paragraph,
        "relayed_by": quote.relayed_by,
        "speaker_evidence": quote.speaker_evidence.value if quote.speaker_evidence else None,
    }


def figure_record(figure: Figure) -> Record:
    """A figure where its article has it: the paragraph it stands in."""
    return {
        "text": figure.text,
        "value": figure.value,
        "unit": figure.unit,
        "measures": figure.measures,
        "claimed_by": figure.claimed_by or THE_ARTICLE,
        "relayed_by": figure.relayed_by,
        "paragraph": figure.paragraph,
        "disputed": figure.disputed,
    }


def _key_quote(item: KeyQuote, shown: _Shown) -> Record:
    """A quote of the brief: translated beside its text, cited instead of its paragraph."""
    record = {**shown(item.quote.text), **quote_record(item.quote)}
    del record["paragraph"]  # the citations say where, in every article that reports it
    return {**record, "citations": [_citation(citation) for citation in item.citations]}


def _key_figure(item: KeyFigure, shown: _Shown) -> Record:
    """A figure of the brief: what it measures translated beside it, cited as a quote is."""
    record = figure_record(item.figure)
    record["measures"] = shown(item.figure.measures)
    del record["paragraph"]
    return {**record, "citations": [_citation(citation) for citation in item.citations]}


def _overview(overview: Overview, shown: _Shown) -> Record:
    return {
        "timeline": [_timeline_entry(entry, shown) for entry in overview.timeline],
        "compared_figures": [_comparison(group, shown) for group in overview.compared_figures],
        "voices": [_voice(voice, shown) for voice in overview.voices],
    }


def _timeline_entry(entry: TimelineEntry, shown: _Shown) -> Record:
    return {
        "published": _iso(entry.published),
        "publisher": entry.publisher,
        "kind": entry.kind.value,
        "headline": shown(entry.headline),
        "citation": _citation(entry.citation),
    }


def _comparison(group: FigureComparison, shown: _Shown) -> Record:
    figures = [_key_figure(item, shown) for item in group.figures]
    return {"disagree": group.disagree, "figures": figures}


def _voice(voice: Voice, shown: _Shown) -> Record:
    description = voice.description
    return {
        "name": voice.name,
        "sources": len(voice.citations),
        "citations": [_citation(citation) for citation in voice.citations],
        "description": description
        and {**shown(description.text), "citation": _citation(description.citation)},
    }


def _source(article: Article) -> Record:
    return {
        "title": article.title,
        "publisher": article.publisher,
        "author": article.author,
        "language": article.language,
        "published": _iso(article.published),
        "url": article.url,
        "retrieved": _iso(article.retrieved),
        "file": article.source,
        "sha256": article.sha256,
    }


def _route(route: TranslationRoute) -> Record:
    return {"from": route.from_code, "steps": [_step(step) for step in route.steps]}


def _step(provenance: MachineTranslation) -> Record:
    return {
        "engine": provenance.engine,
        "package": provenance.package,
        "version": provenance.version,
        "from": provenance.from_code,
        "to": provenance.to_code,
        "licence": provenance.licence or None,
    }


def _translation(translation: Translation | None) -> Record | None:
    if translation is None:
        return None
    return {
        "text": translation.text,
        "method": translation.method.value,
        "from": translation.from_code,
        "numbers_verified": translation.numbers_verified,
        "confidence": translation.confidence,
        "low_confidence": translation.low_confidence,
        "loops": translation.loops,
    }


def _citation(citation: Citation) -> dict[str, int]:
    return {"source": citation.source, "paragraph": citation.paragraph}


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()
