"""The pipeline: ingest → extract → select → render, driven by one options object."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from briefing.errors import InputError
from briefing.extract import extract
from briefing.ingest import IngestOptions, read_articles
from briefing.model import Article, Brief, Extraction
from briefing.select import SelectOptions, select

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]


def no_progress(items: Sequence[T], _label: str) -> Iterable[T]:
    return items


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What a user asked for, built once by the CLI and passed down unchanged."""

    inputs: tuple[Path, ...]
    output: Path
    date: date
    title: str | None = None
    language: str = "en"
    max_quotes: int = 4
    max_figures: int = 4
    skip_bad: bool = False


@dataclass(frozen=True, slots=True)
class BuildResult:
    brief: Brief
    output: Path
    skipped: tuple[InputError, ...]


def extract_all(
    inputs: Iterable[Path], skip_bad: bool, progress: Progress[Article] = no_progress
) -> tuple[tuple[Extraction, ...], tuple[InputError, ...]]:
    """Read and extract every input; the problems skipped are returned, not hidden."""
    ingested = read_articles(inputs, IngestOptions(skip_bad=skip_bad))
    extractions = tuple(extract(article) for article in progress(ingested.articles, "Extracting"))
    return extractions, ingested.skipped


def extraction_records(
    extractions: Sequence[Extraction], select_options: SelectOptions
) -> list[dict[str, Any]]:
    """The ``extract --json`` records, each item marked ``key`` when the brief would show it."""
    from briefing.extract import extraction_record

    brief = select(extractions, select_options)
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


def build(options: BuildOptions, progress: Progress[Article] = no_progress) -> BuildResult:
    """Build the brief PDF at ``options.output``."""
    from briefing.layout import render_pdf

    extractions, skipped = extract_all(options.inputs, options.skip_bad, progress)
    brief = select(
        extractions,
        SelectOptions(
            title=options.title,
            date=options.date,
            language=options.language,
            max_quotes=options.max_quotes,
            max_figures=options.max_figures,
        ),
    )
    render_pdf(brief, options.output)
    return BuildResult(brief, options.output, skipped)
