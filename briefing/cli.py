"""The command line: parse, build the options, call the pipeline, map errors to exit codes.

Errors a user can cause print one ``error: …`` sentence on stderr and exit 1; usage
errors exit 2. Heavy imports happen inside the command that needs them.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from briefing import __version__
from briefing.defaults import (
    DEFAULT_FETCH_BUDGET,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_ARTICLES,
    DEFAULT_MAX_FILE_BYTES,
    PASSWORD_VARIABLE,
)
from briefing.deliver.files import OutputFormat, format_named_by
from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.pipeline import MailOptions

T = TypeVar("T")


class Device(StrEnum):
    AUTO = "auto"
    CPU = "cpu"
    CUDA = "cuda"


_PROGRESS_FROM = 20  # articles; shorter runs finish before a bar would help

app = typer.Typer(
    help="Turn news articles into a short, sourced PDF brief.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[
    list[Path],
    typer.Argument(
        help="Article files (.txt, .md, .html), folders of them, or YAML manifests.",
        show_default=False,
    ),
]
SkipBad = Annotated[
    bool, typer.Option("--skip-bad", help="Leave out unreadable inputs instead of stopping.")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notices.")]
PackagesDir = Annotated[
    Path | None,
    typer.Option(
        envvar="ARGOS_PACKAGES_DIR",
        help="Argos packages folder (default: Argos's, ~/.local/share/argos-translate/packages).",
    ),
]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


def _default_date() -> date:
    """Today, or the date of SOURCE_DATE_EPOCH so reproducible builds stay reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return date.today()


def _parse_date(value: str | None) -> date:
    if value is None:
        return _default_date()
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD") from error


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    def track(items: Sequence[T], label: str) -> Iterable[T]:
        if quiet or len(items) < _PROGRESS_FROM or not sys.stderr.isatty():
            return items
        from rich.console import Console
        from rich.progress import track as rich_track

        return rich_track(items, description=label, console=Console(stderr=True), transient=True)

    return track


def _warn_skipped(skipped: Sequence[BriefingError], quiet: bool) -> None:
    if not quiet:
        for problem in skipped:
            typer.echo(f"warning: skipped {problem}", err=True)


@app.command()
def build(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt, .md, .html), folders of them, YAML manifests, "
            "or http(s) addresses of web pages.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Where to write the brief (a file name or a folder); each format takes "
            "this name with its own suffix.",
        ),
    ] = Path("brief.pdf"),
    formats: Annotated[
        list[OutputFormat] | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format: pdf, html, md, json or txt; repeat for several "
            "(default: the --output suffix's, else pdf).",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option(help="The brief's title (default: 'News brief').")
    ] = None,
    brief_date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The brief's date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH's date, or today).",
        ),
    ] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang", help="The brief's language: en, fr, or prs (Dari; also dari, fa-AF)."
        ),
    ] = "en",
    max_quotes: Annotated[
        int, typer.Option(min=0, help="Key quotes shown per article at most.")
    ] = 4,
    max_figures: Annotated[
        int, typer.Option(min=0, help="Key figures shown per article at most.")
    ] = 4,
    skip_bad: SkipBad = False,
    max_file_size: Annotated[
        int, typer.Option(min=1, help="Largest article file or web page read, in bytes.")
    ] = DEFAULT_MAX_FILE_BYTES,
    max_articles: Annotated[
        int, typer.Option(min=1, help="Most articles one brief is built from.")
    ] = DEFAULT_MAX_ARTICLES,
    feed: Annotated[
        list[str] | None,
        typer.Option(help="An RSS or Atom feed address: each page it lists is an article."),
    ] = None,
    fetch_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a web request may take at most.")
    ] = DEFAULT_FETCH_TIMEOUT,
    fetch_budget: Annotated[
        float, typer.Option(min=0.1, help="Seconds all fetching of one build may take.")
    ] = DEFAULT_FETCH_BUDGET,
    eml: Annotated[
        bool,
        typer.Option(
            "--eml", help="Also write the brief as an e-mail (.eml): a summary, the PDF attached."
        ),
    ] = False,
    mail_from: Annotated[
        str | None, typer.Option(help="The e-mail's sender address (with --eml or --smtp).")
    ] = None,
    mail_to: Annotated[
        list[str] | None, typer.Option(help="A recipient address; repeat for several.")
    ] = None,
    smtp: Annotated[
        str | None,
        typer.Option(
            metavar="HOST:PORT",
            help="Send the e-mail through this SMTP server; the password, if one is needed, "
            f"is read from the {PASSWORD_VARIABLE} environment variable, never a flag.",
        ),
    ] = None,
    smtp_user: Annotated[
        str | None, typer.Option(help="Log in to the SMTP server as this user.")
    ] = None,
    smtp_starttls: Annotated[
        bool,
        typer.Option(
            "--smtp-starttls", help="Encrypt the SMTP connection (STARTTLS, certificate checked)."
        ),
    ] = False,
    quiet: Quiet = False,
    packages_dir: PackagesDir = None,
    device: Annotated[
        Device, typer.Option(help="Where CTranslate2 translates: cpu, cuda (a GPU), or auto.")
    ] = Device.CPU,
    glossary: Annotated[
        list[Path] | None,
        typer.Option(help="A TSV glossary (term, tab, rendering) merged over the defaults."),
    ] = None,
    memory: Annotated[
        list[Path] | None,
        typer.Option(help="A TMX translation memory: reviewed segments are used verbatim."),
    ] = None,
    original: Annotated[
        bool,
        typer.Option(
            "--original/--no-original", help="Show the English original under translations."
        ),
    ] = True,
) -> None:
    """Build a sourced brief (PDF, HTML, Markdown, JSON or text) from articles."""
    from briefing.errors import UnknownLanguage
    from briefing.languages import language
    from briefing.pipeline import BuildOptions, TranslationSettings
    from briefing.pipeline import build as build_brief
    from briefing.sources.files import IngestOptions
    from briefing.sources.web import FetchOptions, is_url

    try:
        lang = language(lang).code
    except UnknownLanguage as error:
        raise typer.BadParameter(str(error), param_hint="--lang") from None

    try:
        mail = _mail_options(eml, mail_from, mail_to or [], smtp, smtp_user, smtp_starttls)
    except BriefingError as error:
        raise _fail(str(error)) from None
    if not inputs and not feed:
        raise typer.BadParameter(
            "give article files, web addresses, or --feed", param_hint="INPUTS"
        )
    options = BuildOptions(
        inputs=tuple(Path(given) for given in inputs or () if not is_url(given)),
        urls=tuple(given for given in inputs or () if is_url(given)),
        feeds=tuple(feed or ()),
        fetch=FetchOptions(
            timeout=fetch_timeout,
            budget=fetch_budget,
            max_bytes=max_file_size,
            max_pages=max_articles,
        ),
        output=output,
        mail=mail,
        formats=tuple(formats or (format_named_by(output),)),
        date=_parse_date(brief_date),
        title=title,
        language=lang,
        max_quotes=max_quotes,
        max_figures=max_figures,
        ingest=IngestOptions(
            skip_bad=skip_bad, max_file_bytes=max_file_size, max_articles=max_articles
        ),
        translation=TranslationSettings(
            packages_dir=packages_dir,
            device=device.value,
            glossaries=tuple(glossary or ()),
            memories=tuple(memory or ()),
            show_original=original,
        ),
    )
    try:
        result = build_brief(options, _progress(quiet))
    except BriefingError as error:
        raise _fail(str(error)) from None

    _warn_skipped(result.skipped, quiet)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for path in result.outputs:
        typer.echo(str(path))


def _mail_options(
    eml: bool,
    sender: str | None,
    recipients: list[str],
    smtp: str | None,
    user: str | None,
    starttls: bool,
) -> MailOptions | None:
    """What ``--eml`` and ``--smtp`` ask for, checked before any work is done."""
    from briefing.deliver.mail import MailSettings, SmtpServer, parse_endpoint
    from briefing.pipeline import MailOptions

    if not eml and smtp is None:
        if sender or recipients or user or starttls:
            raise BriefingError("the e-mail options need --eml or --smtp HOST:PORT")
        return None
    if not sender or not recipients:
        raise BriefingError("an e-mail needs --mail-from ADDRESS and at least one --mail-to")
    server = None
    if smtp is not None:
        host, port = parse_endpoint(smtp)
        password = os.environ.get(PASSWORD_VARIABLE)
        server = SmtpServer(host, port, starttls, user, password)
    return MailOptions(MailSettings(sender, tuple(recipients)), eml=eml, smtp=server)


@app.command("extract")
def extract_command(
    inputs: Inputs,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON: per article its quotes and figures.")
    ] = False,
    skip_bad: SkipBad = False,
    quiet: Quiet = False,
) -> None:
    """Print the quotes and figures found in articles."""
    from briefing.pipeline import extract_all, extraction_records
    from briefing.select import SelectOptions
    from briefing.sources.files import IngestOptions

    try:
        extractions, skipped = extract_all(inputs, IngestOptions(skip_bad), _progress(quiet))
    except BriefingError as error:
        raise _fail(str(error)) from None
    _warn_skipped(skipped, quiet)
    records = extraction_records(extractions, SelectOptions(title=None, date=_default_date()))
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for record in records:
        typer.echo(f"{record['file']}: {record['title'] or '(untitled)'}")
        for quote in record["quotes"]:
            typer.echo(f"  ¶{quote['paragraph']} {quote['speaker'] or '?'}: {quote['text']}")
        for figure in record["figures"]:
            typer.echo(f"  ¶{figure['paragraph']} {figure['text']} ({figure['claimed_by']})")


models = typer.Typer(help="Manage the offline translation packages (Argos Translate).")
app.add_typer(models, name="models")


@models.command("list")
def models_list(packages_dir: PackagesDir = None) -> None:
    """List installed packages and the languages they serve."""
    from briefing.translate.argos import installed_packages
    from briefing.translate.argos import packages_dir as resolve

    folder = resolve(packages_dir)
    found = installed_packages(folder)
    if not found:
        typer.echo(f"no packages in {folder}; install one with 'briefing models install fr'")
    for package in found:
        typer.echo(
            f"{package.name}  {package.from_name or package.from_code} → "
            f"{package.to_name or package.to_code}  version {package.version or '?'}"
        )


@models.command("install")
def models_install(
    what: Annotated[
        str,
        typer.Argument(help="fr, prs (Dari: the English→Persian package), or PATH.argosmodel."),
    ],
    packages_dir: PackagesDir = None,
    index: Annotated[
        str | None,
        typer.Option(
            envvar="ARGOS_PACKAGE_INDEX", help="Argos package index URL (when installing online)."
        ),
    ] = None,
) -> None:
    """Install a package from a local .argosmodel file, or from the Argos index when online."""
    from briefing.errors import UnknownLanguage
    from briefing.languages import language
    from briefing.translate.argos import install_file, install_from_index
    from briefing.translate.argos import packages_dir as resolve

    folder = resolve(packages_dir)
    try:
        if what.endswith(".argosmodel") or Path(what).is_file():
            package = install_file(Path(what), folder)
        else:
            try:
                target = language(what)
            except UnknownLanguage as error:
                raise typer.BadParameter(str(error), param_hint="WHAT") from None
            package = install_from_index(target, folder, index)
    except BriefingError as error:
        raise _fail(str(error)) from None
    typer.echo(f"installed {package.name} ({package.from_code} → {package.to_code}) in {folder}")


@models.command("remove")
def models_remove(
    what: Annotated[str, typer.Argument(help="A package name from 'models list', or fr / prs.")],
    packages_dir: PackagesDir = None,
) -> None:
    """Remove an installed package."""
    from briefing.translate.argos import packages_dir as resolve
    from briefing.translate.argos import remove

    try:
        package = remove(what, resolve(packages_dir))
    except BriefingError as error:
        raise _fail(str(error)) from None
    typer.echo(f"removed {package.name}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefing {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Turn news articles into a short, sourced PDF brief."""


_INTERRUPTED = 130  # what Typer exits with on Ctrl-C, silently


def main() -> None:
    try:
        app()
    except SystemExit as done:
        if done.code == _INTERRUPTED:
            typer.echo("error: interrupted; nothing was written", err=True)
        raise
