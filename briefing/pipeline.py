"""The pipeline: ingest → extract → select → render, driven by one options object.

``report`` receives what ``--verbose`` shows: each article read with what was found in it,
and how long each stage took.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.defaults import DEFAULT_MAX_FIGURES, DEFAULT_MAX_QUOTES
from briefing.deliver.files import OutputFormat, check_writable, output_path, write_files
from briefing.errors import InputError, MailError, StrictError
from briefing.extract import extract
from briefing.languages import Language, language
from briefing.model import Article, Brief, Extraction
from briefing.render import records, render
from briefing.select import SelectOptions, select
from briefing.sources.fetched import Fetched
from briefing.sources.files import IngestOptions, read_articles
from briefing.sources.web import FetchOptions, fetch_pages

if TYPE_CHECKING:  # smtplib and the email package load only for a brief that is mailed
    from briefing.deliver.mail import MailSettings, SmtpServer

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]
Report = Callable[[str], None]


def no_progress(items: Sequence[T], _label: str) -> Iterable[T]:
    return items


def no_report(_line: str) -> None:
    """Reports nothing: a build is silent unless asked."""


@contextmanager
def timed(report: Report, stage: str) -> Iterator[None]:
    """Reports how long the ``with`` block, one stage of a build, took."""
    began = time.perf_counter()
    yield
    report(f"{stage}: {time.perf_counter() - began:.2f} s")


@dataclass(frozen=True, slots=True)
class TranslationSettings:
    """How a non-English brief is translated."""

    packages_dir: Path | None = None
    device: str = "cpu"
    engine: str | None = None
    """``argos`` or ``nllb``; None lets ``chosen_routes`` pick the best one installed."""
    glossaries: tuple[Path, ...] = ()
    memories: tuple[Path, ...] = ()
    cache_dir: Path | None = None
    show_original: bool = True


@dataclass(frozen=True, slots=True)
class MailOptions:
    """The brief as an e-mail: written as an .eml file beside the brief, sent, or both."""

    settings: MailSettings
    eml: bool = False
    smtp: SmtpServer | None = None


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What a user asked for, built once by the CLI and passed down unchanged."""

    inputs: tuple[Path, ...]
    output: Path
    """Where to write: each format takes this name with its own suffix."""
    date: date
    formats: tuple[OutputFormat, ...] = (OutputFormat.PDF,)
    title: str | None = None
    language: str = "en"
    max_quotes: int = DEFAULT_MAX_QUOTES
    max_figures: int = DEFAULT_MAX_FIGURES
    ingest: IngestOptions = field(default_factory=IngestOptions)
    urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    """RSS or Atom feeds: every page they list is an article."""
    fetch: FetchOptions = field(default_factory=FetchOptions)
    mail: MailOptions | None = None
    translation: TranslationSettings = field(default_factory=TranslationSettings)
    strict: bool = False
    """Any warning (a skipped input included) stops the build before anything is written."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    brief: Brief
    outputs: tuple[Path, ...]
    skipped: tuple[InputError, ...]
    warnings: tuple[str, ...] = ()


def skipped_warning(problem: InputError) -> str:
    """How an input left out by ``skip_bad`` is warned about."""
    return f"skipped {problem}"


def check_strict(skipped: Sequence[InputError], warnings: Sequence[str]) -> None:
    """Strict mode: raise ``StrictError`` naming every warning, if there is any."""
    if skipped or warnings:
        raise StrictError((*map(skipped_warning, skipped), *warnings))


def fetch_all(
    urls: Sequence[str], feeds: Sequence[str], options: FetchOptions, report: Report = no_report
) -> Fetched | None:
    """The web pages and feeds asked for, fetched (None when none was asked for)."""
    if not urls and not feeds:
        return None
    with timed(report, "fetching"):
        return fetch_pages(urls, feeds, options)


def extract_all(
    inputs: Iterable[Path],
    options: IngestOptions,
    progress: Progress[Article] = no_progress,
    web: Fetched | None = None,
    report: Report = no_report,
) -> tuple[tuple[Extraction, ...], tuple[InputError, ...]]:
    """Read and extract every input; the problems skipped are returned, not hidden."""
    ingested = read_articles(inputs, options, web)
    extractions = []
    for article in progress(ingested.articles, "Extracting"):
        extraction = extract(article)
        report(
            f"read {article.source}: {extraction.kind} article, "
            f"{len(extraction.quotes)} quotes, {len(extraction.figures)} figures"
        )
        extractions.append(extraction)
    return tuple(extractions), ingested.skipped


def extraction_records(
    extractions: Sequence[Extraction], select_options: SelectOptions
) -> list[dict[str, Any]]:
    """The ``extract --json`` records, each item marked ``key`` when the brief would show it."""
    return records.extraction_records(extractions, select(extractions, select_options))


def never_interrupted() -> bool:
    return False


def build(
    options: BuildOptions,
    progress: Progress[Article] = no_progress,
    report: Report = no_report,
    interrupted: Callable[[], bool] = never_interrupted,
) -> BuildResult:
    """Build the brief in each format asked, each article's prose translated from its
    language into the brief's.

    An output that cannot be written is found before any article is read, a missing
    translation package as soon as the articles' languages are known; on any failure
    nothing is written. In strict mode a warning is a failure too, found before anything
    is rendered. ``interrupted`` is asked once more before anything is written or sent: a
    Ctrl-C that a library swallowed (ReportLab has bare ``except:`` clauses) still stops
    the build.
    """
    outputs = {
        output_format: output_path(options.output, f".{output_format}")
        for output_format in dict.fromkeys(options.formats)
    }
    eml = output_path(options.output, ".eml") if options.mail and options.mail.eml else None
    destinations = [*outputs.values(), *([eml] if eml else [])]
    check_writable(destinations)
    target = language(options.language)
    web = fetch_all(options.urls, options.feeds, options.fetch, report)
    with timed(report, "reading and extracting"):
        ingest = replace(options.ingest, outputs=frozenset(destinations))
        extractions, skipped = extract_all(options.inputs, ingest, progress, web, report)
    with timed(report, "selecting"):
        brief = select(
            extractions,
            SelectOptions(
                title=options.title,
                date=options.date,
                language=target,
                max_quotes=options.max_quotes,
                max_figures=options.max_figures,
            ),
        )
    brief, warnings = _translated(brief, target, options.translation, report)
    if OutputFormat.PDF in outputs or options.mail is not None:
        warnings += _glyph_warnings(brief)
    if options.strict:
        check_strict(skipped, warnings)
    with timed(report, "rendering"):
        files = {path: render(brief, output_format) for output_format, path in outputs.items()}
        message = None
        if options.mail is not None:
            from briefing.deliver.mail import compose_email, eml_bytes

            pdf = outputs.get(OutputFormat.PDF)
            attachment = files[pdf] if pdf else render(brief, OutputFormat.PDF)
            message = compose_email(brief, attachment, options.mail.settings)
            if eml is not None:
                files[eml] = eml_bytes(message)
    if interrupted():
        raise KeyboardInterrupt
    with timed(report, "writing"):
        write_files(files)
    if message is not None and options.mail is not None and options.mail.smtp is not None:
        from briefing.deliver.mail import send_email

        with timed(report, "sending"):
            try:
                send_email(message, options.mail.smtp)
            except MailError as error:
                written = ", ".join(map(str, files))
                raise MailError(f"{error} (the brief itself was written: {written})") from error
    return BuildResult(brief, tuple(files), skipped, warnings)


def _glyph_warnings(brief: Brief) -> tuple[str, ...]:
    from briefing.render.pdf.document import uncovered_characters

    missing = uncovered_characters(brief)
    if not missing:
        return ()
    codes = ", ".join(f"U+{ord(character):04X}" for character in missing)
    return (
        f"the brief has characters no bundled font draws ({codes}); in the PDF they show "
        "as � and copy as themselves",
    )


def _translated(
    brief: Brief, target: Language, settings: TranslationSettings, report: Report
) -> tuple[Brief, tuple[str, ...]]:
    """The brief translated, and what to warn about; unchanged when every article is written
    in the brief's language (no package, cache or glossary is needed then, nor reported)."""
    from briefing.translate.choice import chosen_routes
    from briefing.translate.packages import packages_dir
    from briefing.translate.segments import languages_shown

    routes = chosen_routes(
        languages_shown(brief),
        target,
        packages_dir(settings.packages_dir),
        settings.engine,
        settings.device,
    )
    if not any(routes.values()):
        return brief, ()
    from briefing.translate.cache import TranslationCache, default_cache_dir
    from briefing.translate.memory import load_glossary, load_memory
    from briefing.translate.segments import TranslateOptions, flag_warnings, translate

    cache = TranslationCache(settings.cache_dir or default_cache_dir())
    translate_options = TranslateOptions(
        language=target,
        glossary=load_glossary(target, settings.glossaries),
        memory=load_memory(settings.memories, target),
        cache=cache,
        show_original=settings.show_original,
    )
    with timed(report, "translating"):
        translated = translate(brief, routes, translate_options)
    return translated, cache.warnings + flag_warnings(translated)
