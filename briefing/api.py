"""briefing from Python: build a brief, or find the quotes and figures of articles, in one call.

The keywords are the command line's options, with ``_`` for ``-`` (``max_quotes``);
``-o`` is ``output``, ``--lang`` ``language``, ``--no-original`` ``show_original=False``,
and options given once per value take a sequence: ``formats``, ``feeds``, ``glossaries``,
``memories`` and ``mail_to``. The command line calls these functions, so both behave
alike. The pipeline loads inside them, so importing ``briefing`` stays quick.

Errors are ``briefing.errors.BriefingError``: ``UsageError`` for options that cannot be
used as given, ``StrictError`` for warnings in strict mode, the others as the CLI names them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.defaults import (
    DEFAULT_FETCH_BUDGET,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_ARTICLES,
    DEFAULT_MAX_FIGURES,
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_QUOTES,
    PASSWORD_VARIABLE,
)
from briefing.errors import MailError, UsageError

if TYPE_CHECKING:
    from briefing.errors import InputError
    from briefing.model import Article, Extraction
    from briefing.pipeline import BuildResult, MailOptions, Progress, Report
    from briefing.sources.web import FetchOptions

PathLike = str | os.PathLike[str]


def default_date() -> date:
    """Today, or the date of SOURCE_DATE_EPOCH so reproducible builds stay reproducible."""
    from briefing.sources.metadata import is_plausible_date, plausible_years

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return date.today()
    try:
        stated = datetime.fromtimestamp(int(epoch), UTC).date()
    except (ValueError, OverflowError, OSError):  # past year 9999, or the C library's range
        stated = None
    if stated is None or not is_plausible_date(stated):
        raise UsageError(f"SOURCE_DATE_EPOCH={epoch[:20]} is not a date {plausible_years()}")
    return stated


def build(
    *inputs: PathLike,
    output: PathLike = "brief.pdf",
    formats: Iterable[str] = (),
    title: str | None = None,
    date: date | None = None,
    language: str = "en",
    max_quotes: int = DEFAULT_MAX_QUOTES,
    max_figures: int = DEFAULT_MAX_FIGURES,
    skip_bad: bool = False,
    max_file_size: int = DEFAULT_MAX_FILE_BYTES,
    max_articles: int = DEFAULT_MAX_ARTICLES,
    feeds: Iterable[str] = (),
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
    fetch_budget: float = DEFAULT_FETCH_BUDGET,
    allow_private_addresses: bool = False,
    eml: bool = False,
    mail_from: str | None = None,
    mail_to: Iterable[str] = (),
    smtp: str | None = None,
    smtp_user: str | None = None,
    smtp_starttls: bool = False,
    packages_dir: PathLike | None = None,
    device: str = "cpu",
    engine: str | None = None,
    glossaries: Iterable[PathLike] = (),
    memories: Iterable[PathLike] = (),
    show_original: bool = True,
    strict: bool = False,
    progress: Progress[Article] | None = None,
    report: Report | None = None,
    interrupted: Callable[[], bool] | None = None,
) -> BuildResult:
    """Build a brief from article files, folders, YAML manifests and http(s) addresses.

    Writes each format asked (default: the ``output`` suffix's, else PDF) and returns the
    brief, the paths written, the inputs skipped (``skip_bad``) and the warnings. The SMTP
    password, when one is needed, is read from the ``BRIEFING_SMTP_PASSWORD`` environment
    variable. ``report`` receives what ``--verbose`` shows; ``interrupted`` says whether the
    user asked to stop (see ``briefing.pipeline.build``).
    """
    from briefing.deliver.files import OutputFormat, format_named_by
    from briefing.pipeline import (
        BuildOptions,
        TranslationSettings,
        never_interrupted,
        no_progress,
        no_report,
    )
    from briefing.pipeline import build as build_brief
    from briefing.sources.files import IngestOptions
    from briefing.translate.choice import ENGINES

    files, urls = _files_and_addresses(inputs)
    output_path = Path(output)
    names = tuple(formats)
    known = {str(output_format): output_format for output_format in OutputFormat}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise UsageError(f"'{unknown[0]}' is not an output format: use {', '.join(known)}")
    chosen = tuple(known[name] for name in names)
    if engine is not None and engine not in ENGINES:
        raise UsageError(f"'{engine}' is not a translation engine: use {', '.join(ENGINES)}")
    options = BuildOptions(
        inputs=files,
        urls=urls,
        feeds=tuple(feeds),
        fetch=_fetch_options(
            fetch_timeout, fetch_budget, max_file_size, max_articles, allow_private_addresses
        ),
        output=output_path,
        mail=_mail_options(eml, mail_from, tuple(mail_to), smtp, smtp_user, smtp_starttls),
        formats=chosen or (format_named_by(output_path),),
        date=date or default_date(),
        title=title,
        language=language,
        max_quotes=max_quotes,
        max_figures=max_figures,
        ingest=IngestOptions(
            skip_bad=skip_bad, max_file_bytes=max_file_size, max_articles=max_articles
        ),
        translation=TranslationSettings(
            packages_dir=Path(packages_dir) if packages_dir is not None else None,
            device=device,
            engine=engine,
            glossaries=tuple(map(Path, glossaries)),
            memories=tuple(map(Path, memories)),
            show_original=show_original,
        ),
        strict=strict,
    )
    if not options.inputs and not options.urls and not options.feeds:
        raise UsageError("give article files, web addresses, or feeds to build a brief from")
    return build_brief(
        options, progress or no_progress, report or no_report, interrupted or never_interrupted
    )


def _files_and_addresses(inputs: Iterable[PathLike]) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """The inputs that are files, folders or manifests, and those that are web addresses."""
    from briefing.sources.web import is_url

    given = [os.fspath(one) for one in inputs]
    return (
        tuple(Path(one) for one in given if not is_url(one)),
        tuple(one for one in given if is_url(one)),
    )


def _fetch_options(
    timeout: float, budget: float, max_bytes: int, max_pages: int, allow_private_addresses: bool
) -> FetchOptions:
    from briefing.sources.web import FetchOptions

    return FetchOptions(
        timeout=timeout,
        budget=budget,
        max_bytes=max_bytes,
        max_pages=max_pages,
        allow_private_addresses=allow_private_addresses,
    )


def _mail_options(
    eml: bool,
    sender: str | None,
    recipients: tuple[str, ...],
    smtp: str | None,
    user: str | None,
    starttls: bool,
) -> MailOptions | None:
    """What the e-mail options ask for, checked before any work is done.

    Every problem here is in the options as given (a missing or malformed address, a
    server not written as HOST:PORT, a login without its password), so it is a usage error.
    """
    if not eml and smtp is None:
        if sender or recipients or user or starttls:
            raise UsageError("the e-mail options need --eml or --smtp HOST:PORT")
        return None
    if not sender or not recipients:
        raise UsageError("an e-mail needs --mail-from ADDRESS and at least one --mail-to")
    from briefing.deliver.mail import MailSettings, SmtpServer, parse_endpoint
    from briefing.pipeline import MailOptions

    try:
        server = None
        if smtp is not None:
            host, port = parse_endpoint(smtp)
            password = os.environ.get(PASSWORD_VARIABLE)
            server = SmtpServer(host, port, starttls, user, password)
        return MailOptions(MailSettings(sender, recipients), eml=eml, smtp=server)
    except MailError as error:
        raise UsageError(str(error)) from error


@dataclass(frozen=True, slots=True)
class Extracted:
    """What ``extract_files`` found, and the inputs it left out (``skip_bad``)."""

    extractions: tuple[Extraction, ...]
    records: tuple[dict[str, Any], ...]
    """Per article its quotes and figures as ``briefing extract --json`` prints them."""
    skipped: tuple[InputError, ...]


def extract_files(
    *inputs: PathLike,
    skip_bad: bool = False,
    max_file_size: int = DEFAULT_MAX_FILE_BYTES,
    max_articles: int = DEFAULT_MAX_ARTICLES,
    feeds: Iterable[str] = (),
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
    fetch_budget: float = DEFAULT_FETCH_BUDGET,
    allow_private_addresses: bool = False,
    strict: bool = False,
    progress: Progress[Article] | None = None,
    report: Report | None = None,
) -> Extracted:
    """The quotes and figures of article files, folders, YAML manifests, http(s)
    addresses and the pages of feeds, read as ``build`` reads them.

    Each record marks with ``key`` the items a brief with the default limits would show.
    """
    from briefing.pipeline import (
        check_strict,
        extract_all,
        extraction_records,
        fetch_all,
        no_progress,
        no_report,
        timed,
    )
    from briefing.select import SelectOptions
    from briefing.sources.files import IngestOptions

    files, urls = _files_and_addresses(inputs)
    feeds = tuple(feeds)
    if not files and not urls and not feeds:
        raise UsageError("give article files, web addresses, or feeds to extract from")
    report = report or no_report
    fetch = _fetch_options(
        fetch_timeout, fetch_budget, max_file_size, max_articles, allow_private_addresses
    )
    web = fetch_all(urls, feeds, fetch, report)
    with timed(report, "reading and extracting"):
        extractions, skipped = extract_all(
            files,
            IngestOptions(skip_bad, max_file_size, max_articles),
            progress or no_progress,
            web,
            report,
        )
    if strict:
        check_strict(skipped, ())
    records = extraction_records(extractions, SelectOptions(title=None, date=default_date()))
    return Extracted(extractions, tuple(records), skipped)
