"""The one place errors become exit codes, and help that shows no Python type tags.

Every command and group of the command line is made with these classes (see
``briefing/cli/__init__.py``), so every command, and the parsing of its options, runs
inside ``_exit_codes``:

- a usage mistake (``UsageError``, or Typer's own) exits 2 with the command's usage;
- any other ``BriefingError`` prints ``error: <sentence>`` on stderr and exits 1;
- Ctrl-C prints one line and exits 130; the builds leave no partial output behind.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from briefing.errors import BriefingError, UsageError

T = TypeVar("T")

INTERRUPTED = 130  # what a shell reports for a process ended by Ctrl-C


class _Misuse(typer.BadParameter):
    """A ``UsageError`` shown as Typer shows its own: usage, then the sentence, exit 2."""

    def format_message(self) -> str:
        return self.message


def _exit_codes(ctx: Any, invoke: Callable[[], T]) -> T:
    try:
        return invoke()
    except UsageError as error:
        raise _Misuse(str(error), ctx=ctx) from None
    except BriefingError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("error: interrupted; nothing was written", err=True)
        raise typer.Exit(INTERRUPTED) from None


class _NamedArgument(TyperArgument):
    """An argument shown by its metavar alone (INPUT), without Typer's Python type beside it."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def _untagged(params: list[Any]) -> list[Any]:
    """Help that shows no Python types: a flag (``--help`` too) takes no value, and an
    argument or an option that takes one is named by its metavar (FILE, N, URL).

    ``tests/test_cli.py`` checks that no ``<type>`` tag is left in any command's help.
    """
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag:
            param.metavar = ""
        elif type(param) is TyperArgument:
            param.__class__ = _NamedArgument  # Typer makes every argument; only its help differs
    return params


class BriefingGroup(TyperGroup):
    """A group of commands: errors met while choosing and parsing a command become exits."""

    def invoke(self, ctx: Any) -> Any:
        return _exit_codes(ctx, partial(super().invoke, ctx))

    def get_params(self, ctx: Any) -> list[Any]:
        return _untagged(super().get_params(ctx))


class BriefingCommand(TyperCommand):
    """A command whose errors become exit codes, shown with its own usage."""

    def invoke(self, ctx: Any) -> Any:
        return _exit_codes(ctx, partial(super().invoke, ctx))

    def get_params(self, ctx: Any) -> list[Any]:
        return _untagged(super().get_params(ctx))
