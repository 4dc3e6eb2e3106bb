"""``briefing build``: its options, parsed and handed to ``briefing.api.build``."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.exits import interrupts
from briefing.cli.options import (
    MAIL,
    OUTPUT,
    TRANSLATION,
    AllowPrivateAddresses,
    Feeds,
    FetchBudget,
    FetchTimeout,
    MaxArticles,
    MaxFileSize,
    PackagesDir,
    Quiet,
    SkipBad,
    Strict,
    TranslationEngine,
    Verbose,
    at_least,
    printable,
    progress,
    report,
    warn,
)
from briefing.defaults import (
    DEFAULT_FETCH_BUDGET,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_ARTICLES,
    DEFAULT_MAX_FIGURES,
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_QUOTES,
    PASSWORD_VARIABLE,
)
from briefing.deliver.files import OutputFormat


class Device(StrEnum):
    AUTO = "auto"
    CPU = "cpu"
    CUDA = "cuda"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from briefing.sources.metadata import is_plausible_date, plausible_years

    try:
        parsed = date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD") from error
    if not is_plausible_date(parsed):
        raise typer.BadParameter(f"'{value}' is not a date {plausible_years()}")
    return parsed


def build(
    ctx: typer.Context,
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Article files (.txt, .md, .html), folders of them, YAML manifests, "
            "http(s) addresses of web pages, or - for standard input.",
            show_default=False,
        ),
    ] = None,
    skip_bad: SkipBad = False,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Where to write the brief (a file name or a folder); each format takes "
            "this name with its own suffix.",
            rich_help_panel=OUTPUT,
        ),
    ] = Path("brief.pdf"),
    formats: Annotated[
        list[OutputFormat] | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="Output format: pdf, html, md, json or txt; repeat for several "
            "(default: the --output suffix's, else pdf).",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            callback=printable,
            metavar="TEXT",
            help="The brief's title (default: 'News brief').",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    brief_date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="The brief's date (default: SOURCE_DATE_EPOCH's date, or today).",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="The brief's language: en, fr, or prs (Dari; also dari, fa-AF).",
            rich_help_panel=OUTPUT,
        ),
    ] = "en",
    max_quotes: Annotated[
        int,
        typer.Option(
            metavar="N",
            callback=at_least(0),
            help="Key quotes shown per article at most.",
            rich_help_panel=OUTPUT,
        ),
    ] = DEFAULT_MAX_QUOTES,
    max_figures: Annotated[
        int,
        typer.Option(
            metavar="N",
            callback=at_least(0),
            help="Key figures shown per article at most.",
            rich_help_panel=OUTPUT,
        ),
    ] = DEFAULT_MAX_FIGURES,
    max_file_size: MaxFileSize = DEFAULT_MAX_FILE_BYTES,
    max_articles: MaxArticles = DEFAULT_MAX_ARTICLES,
    feed: Feeds = None,
    fetch_timeout: FetchTimeout = DEFAULT_FETCH_TIMEOUT,
    fetch_budget: FetchBudget = DEFAULT_FETCH_BUDGET,
    allow_private_addresses: AllowPrivateAddresses = False,
    packages_dir: PackagesDir = None,
    device: Annotated[
        Device,
        typer.Option(
            metavar="DEVICE",
            help="Where CTranslate2 translates: cpu, cuda (a GPU), or auto.",
            rich_help_panel=TRANSLATION,
        ),
    ] = Device.CPU,
    engine: TranslationEngine = None,
    glossary: Annotated[
        list[Path] | None,
        typer.Option(
            metavar="FILE",
            help="A TSV glossary (term, tab, rendering) merged over the defaults.",
            rich_help_panel=TRANSLATION,
        ),
    ] = None,
    memory: Annotated[
        list[Path] | None,
        typer.Option(
            metavar="FILE",
            help="A TMX translation memory: reviewed segments are used verbatim.",
            rich_help_panel=TRANSLATION,
        ),
    ] = None,
    original: Annotated[
        bool,
        typer.Option(
            "--original/--no-original",
            help="Show the original under translations.",
            rich_help_panel=TRANSLATION,
        ),
    ] = True,
    eml: Annotated[
        bool,
        typer.Option(
            "--eml",
            help="Also write the brief as an e-mail (.eml): a summary, the PDF attached.",
            rich_help_panel=MAIL,
        ),
    ] = False,
    mail_from: Annotated[
        str | None,
        typer.Option(
            callback=printable,
            metavar="ADDRESS",
            help="The e-mail's sender address (with --eml or --smtp).",
            rich_help_panel=MAIL,
        ),
    ] = None,
    mail_to: Annotated[
        list[str] | None,
        typer.Option(
            callback=printable,
            metavar="ADDRESS",
            help="A recipient address; repeat for several.",
            rich_help_panel=MAIL,
        ),
    ] = None,
    smtp: Annotated[
        str | None,
        typer.Option(
            metavar="HOST:PORT",
            help="Send the e-mail through this SMTP server; the password, if one is needed, "
            f"is read from the {PASSWORD_VARIABLE} environment variable, never a flag.",
            rich_help_panel=MAIL,
        ),
    ] = None,
    smtp_user: Annotated[
        str | None,
        typer.Option(
            metavar="USER",
            help="Log in to the SMTP server as this user.",
            rich_help_panel=MAIL,
        ),
    ] = None,
    smtp_starttls: Annotated[
        bool,
        typer.Option(
            "--smtp-starttls",
            help="Encrypt the SMTP connection (STARTTLS, certificate checked).",
            rich_help_panel=MAIL,
        ),
    ] = False,
    strict: Strict = False,
    verbose: Verbose = False,
    quiet: Quiet = False,
) -> None:
    """Build a sourced brief (PDF, HTML, Markdown, JSON or text) from articles."""
    from briefing import api
    from briefing.errors import UnknownLanguage
    from briefing.languages import language
    from briefing.pipeline import skipped_warning

    try:
        lang = language(lang).code
    except UnknownLanguage as error:
        raise typer.BadParameter(str(error), param_hint="--lang") from None
    result = api.build(
        *(inputs or ()),
        output=output,
        formats=formats or (),
        title=title,
        date=_parse_date(brief_date),
        language=lang,
        max_quotes=max_quotes,
        max_figures=max_figures,
        skip_bad=skip_bad,
        max_file_size=max_file_size,
        max_articles=max_articles,
        feeds=feed or (),
        fetch_timeout=fetch_timeout,
        fetch_budget=fetch_budget,
        allow_private_addresses=allow_private_addresses,
        eml=eml,
        mail_from=mail_from,
        mail_to=mail_to or (),
        smtp=smtp,
        smtp_user=smtp_user,
        smtp_starttls=smtp_starttls,
        packages_dir=packages_dir,
        device=device.value,
        engine=engine.value if engine else None,
        glossaries=glossary or (),
        memories=memory or (),
        show_original=original,
        strict=strict,
        progress=progress(quiet),
        report=report(verbose),
        interrupted=interrupts(ctx).seen,
    )
    if not quiet:
        warn(map(skipped_warning, result.skipped))
    warn(result.warnings)
    for path in result.outputs:
        typer.echo(str(path))
    if smtp is not None and not quiet:  # sending failed with an error, so it was accepted
        typer.echo(f"sent to {', '.join(mail_to or ())} through {smtp.strip()}", err=True)
