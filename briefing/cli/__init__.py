"""The command line: parse, call ``briefing.api``, and turn errors into exit codes.

The commands live in ``build.py``, ``extract.py`` and ``models.py``; ``exits.py`` is the one
place errors become exit codes, through the command classes every command is made with
here. Heavy modules load inside the commands, so ``briefing --help`` stays quick.
"""

from __future__ import annotations

from typing import Annotated

import typer

from briefing import __version__
from briefing.cli import models
from briefing.cli.build import build
from briefing.cli.exits import BriefingCommand, BriefingGroup
from briefing.cli.extract import extract

__all__ = ["app", "main"]

app = typer.Typer(
    cls=BriefingGroup,
    help="Turn news articles into a short, sourced PDF brief.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("build", cls=BriefingCommand)(build)
app.command("extract", cls=BriefingCommand)(extract)

packages = typer.Typer(
    cls=BriefingGroup,
    help="Manage the offline translation packages (Argos Translate).",
    no_args_is_help=True,
)
packages.command("list", cls=BriefingCommand)(models.list_packages)
packages.command("install", cls=BriefingCommand)(models.install)
packages.command("remove", cls=BriefingCommand)(models.remove)
app.add_typer(packages, name="models")


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


def main() -> None:
    app()
