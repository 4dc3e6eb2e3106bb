"""What several commands share: options, the help panels they sit in, and stderr messages.

Every option that takes a value names it (FILE, N, URL) with a metavar, so help shows what
to write instead of a Python type. Options about the run as a whole (--strict, --verbose,
--quiet) stay in the general "Options" panel beside --help.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

T = TypeVar("T")

INPUT = "Input"
OUTPUT = "Output"
WEB = "Web"
TRANSLATION = "Translation"
MAIL = "E-mail"

_PROGRESS_FROM = 20  # articles; shorter runs finish before a bar would help


def at_least(minimum: float) -> Callable[[Any], Any]:
    """A check that an option's number is ``minimum`` or more; a smaller one exits 2."""

    def check(value: Any) -> Any:
        if value < minimum:
            raise typer.BadParameter(f"{value} is less than {minimum:g}, the least it can be")
        return value

    return check


def printable(value: T) -> T:
    """A check that an option's text (or each of its texts) can be shown in every format.

    Arguments the shell passes in another encoding than UTF-8 (a Latin-1 ``é``) reach
    Python as lone surrogates, which no format can encode; control characters break the
    PDF's markup and show as nothing elsewhere. Either is refused, naming the character.
    """
    from briefing.sources.decoding import without_unshown

    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str) and without_unshown(text) != text:
            character = next(c for c in text if without_unshown(c) != c)
            if "\udc80" <= character <= "\udcff":  # how Python holds an undecodable byte
                byte = ord(character) - 0xDC00
                raise typer.BadParameter(f"holds the byte 0x{byte:02X}, which is not UTF-8 text")
            raise typer.BadParameter(
                f"holds U+{ord(character):04X}, a control character no brief can show; remove it"
            )
    return value


SkipBad = Annotated[
    bool,
    typer.Option(
        "--skip-bad",
        help="Leave out unreadable inputs, with a warning for each, instead of stopping.",
        rich_help_panel=INPUT,
    ),
]
Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No progress bar or notices."),
]
Verbose = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Show each article read with the quotes and figures found in it, and how long "
        "each stage took (on stderr).",
    ),
]
Strict = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Treat warnings as errors, for unattended runs: write nothing, name each "
        "warning, exit 1.",
    ),
]
PackagesDir = Annotated[
    Path | None,
    typer.Option(
        envvar="ARGOS_PACKAGES_DIR",
        metavar="FOLDER",
        help="Argos packages folder (default: Argos's, ~/.local/share/argos-translate/packages).",
        rich_help_panel=TRANSLATION,
    ),
]


class EngineName(StrEnum):
    """The engines of ``briefing.translate.choice.ENGINES``, as the CLI offers them."""

    ARGOS = "argos"
    NLLB = "nllb"


TranslationEngine = Annotated[
    EngineName | None,
    typer.Option(
        metavar="ENGINE",
        help="argos, or nllb (NLLB-200, a real Dari direction; its weights are CC-BY-NC-4.0). "
        "Default: nllb for Dari when installed, else argos.",
        show_default=False,
        rich_help_panel=TRANSLATION,
    ),
]

MaxFileSize = Annotated[
    int,
    typer.Option(
        metavar="BYTES",
        callback=at_least(1),
        help="Largest article file or web page read.",
        rich_help_panel=INPUT,
    ),
]

MaxArticles = Annotated[
    int,
    typer.Option(
        metavar="N",
        callback=at_least(1),
        help="Most articles one brief is built from.",
        rich_help_panel=INPUT,
    ),
]

Feeds = Annotated[
    list[str] | None,
    typer.Option(
        metavar="URL",
        help="An RSS or Atom feed address: each page it lists is an article; repeat for several.",
        rich_help_panel=WEB,
    ),
]

FetchTimeout = Annotated[
    float,
    typer.Option(
        metavar="SECONDS",
        callback=at_least(0.1),
        help="Time a web request may take at most.",
        rich_help_panel=WEB,
    ),
]

FetchBudget = Annotated[
    float,
    typer.Option(
        metavar="SECONDS",
        callback=at_least(0.1),
        help="Time all fetching of one build may take.",
        rich_help_panel=WEB,
    ),
]
AllowPrivateAddresses = Annotated[
    bool,
    typer.Option(
        "--allow-private-addresses",
        help="Let addresses from feeds and redirects reach loopback, private, link-local and "
        "reserved addresses (an intranet); addresses you give are always fetched.",
        rich_help_panel=WEB,
    ),
]


def progress(quiet: bool):  # type: ignore[no-untyped-def]
    """A progress bar on stderr for long runs in a terminal, unless ``quiet``."""

    def track(items: Sequence[T], label: str) -> Iterable[T]:
        if quiet or len(items) < _PROGRESS_FROM or not sys.stderr.isatty():
            return items
        from rich.console import Console
        from rich.progress import track as rich_track

        return rich_track(items, description=label, console=Console(stderr=True), transient=True)

    return track


def report(verbose: bool) -> Callable[[str], None] | None:
    """Where ``--verbose`` lines go: stderr, so stdout keeps only what a command outputs."""
    if not verbose:
        return None
    return lambda line: typer.echo(line, err=True)


def warn(warnings: Iterable[str]) -> None:
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
