"""The one place errors become exit codes, and help that shows no Python type tags.

Every command and group of the command line is made with these classes (see
``briefing/cli/__init__.py``), so every command, and the parsing of its options, runs
inside ``_exit_codes``:

- a usage mistake (``UsageError``, or Typer's own) exits 2 with the command's usage;
- any other ``BriefingError`` prints ``error: <sentence>`` on stderr and exits 1;
- Ctrl-C prints one line and exits 130; the builds leave no partial output behind.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from functools import partial
from types import FrameType
from typing import Any, NoReturn, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from briefing.errors import INTERRUPTED, INTERRUPTED_MESSAGE, BriefingError, UsageError

T = TypeVar("T")


class _Misuse(typer.BadParameter):
    """A ``UsageError`` shown as Typer shows its own: usage, then the sentence, exit 2."""

    def format_message(self) -> str:
        return self.message


class Interrupts:
    """Whether Ctrl-C was pressed during a command, even where a library swallowed the
    ``KeyboardInterrupt`` (ReportLab loads fonts and HarfBuzz under bare ``except:``)."""

    def __init__(self, previous: Any) -> None:
        self._seen = False
        self.previous = previous
        """The handler before the command's, run first: the one who installed it wants it."""

    def seen(self) -> bool:
        return self._seen

    def handle(self, number: int, frame: FrameType | None) -> None:
        self._seen = True
        if callable(self.previous):
            self.previous(number, frame)
        raise KeyboardInterrupt


_WATCH = "briefing.interrupts"  # where the command's Interrupts live in the click context


def interrupts(ctx: typer.Context) -> Interrupts:
    """The running command's watch on Ctrl-C."""
    watch: Interrupts = ctx.meta[_WATCH]
    return watch


def _exit_codes(ctx: Any, invoke: Callable[[], T]) -> T:
    if _WATCH in ctx.meta:  # a command inside the group: the group's watch holds
        return _mapped(ctx, invoke, ctx.meta[_WATCH])
    watch = ctx.meta[_WATCH] = Interrupts(signal.getsignal(signal.SIGINT))
    if threading.current_thread() is not threading.main_thread():
        return _mapped(ctx, invoke, watch)  # only the main thread may handle signals
    signal.signal(signal.SIGINT, watch.handle)
    try:
        return _mapped(ctx, invoke, watch)
    finally:
        signal.signal(signal.SIGINT, watch.previous)


def _mapped(ctx: Any, invoke: Callable[[], T], watch: Interrupts) -> T:
    try:
        return invoke()
    except UsageError as error:
        raise _Misuse(str(error), ctx=ctx) from None
    except BriefingError as error:
        if watch.seen():  # the interrupt became another error in a library
            _interrupted()
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _interrupted()
    except typer.Exit:
        raise  # an exit already decided, by a command inside this group or by Typer
    except Exception:
        if watch.seen():
            _interrupted()
        raise


def _interrupted() -> NoReturn:
    typer.echo(f"error: {INTERRUPTED_MESSAGE}", err=True)
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
