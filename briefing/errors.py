"""The one exception tree of briefing; the CLI turns it into exit codes (``cli/exits.py``).

    BriefingError
    ├── UsageError         the options asked for cannot go together or are malformed (exit 2)
    ├── StrictError        strict mode met warnings, so nothing was written
    ├── InputError         an input cannot be read (missing, empty, binary, malformed, …)
    ├── InputErrors        several inputs failed; carries each problem
    ├── UnknownLanguage    a language the brief cannot be written in
    ├── TranslationError   a translation package is missing, broken, or cannot be fetched,
    │                      or the translation cache cannot be used
    ├── RenderError        the brief could not be laid out or written
    └── MailError          the brief could not be e-mailed (address, server, login, recipient)

Every message is one sentence a user can act on: what went wrong and, where it helps,
how to fix it.

Exceptions of other libraries never travel: where a module calls a library, it wraps the
call in ``mapped_errors`` with that library's ``ErrorMap``, a table from each exception
class the call can raise to the reason a user reads (the way httpx maps its transport's
exceptions). ``tests/test_errors.py`` proves each table covers every exception class its
library defines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

ErrorMap = Mapping[type[Exception], Callable[[Any], str]]
"""Per exception class, the reason it gives a user; the most specific class listed wins."""

OS_ERRORS: ErrorMap = {
    OSError: lambda error: error.strerror or str(error),
    # The ValueErrors a file system call raises on POSIX: a path with a NUL byte, or with
    # a lone surrogate no byte stands for (a manifest's "\ud800" makes one).
    ValueError: lambda error: "its name holds a NUL character",
    UnicodeEncodeError: lambda error: "its name holds a character no file name can",
}
"""The file system's exceptions, as the reason a file or folder cannot be used."""


INTERRUPTED = 130  # the exit code a shell reports for a process ended by Ctrl-C
INTERRUPTED_MESSAGE = "interrupted; nothing was written"


class BriefingError(Exception):
    """Base of every error a user can cause or meet."""


class UsageError(BriefingError):
    """The options given cannot be used as they are: a usage mistake, found before any work."""


class StrictError(BriefingError):
    """Strict mode met warnings; ``warnings`` lists them, and nothing was written."""

    def __init__(self, warnings: tuple[str, ...]) -> None:
        lines = "\n".join(f"  {warning}" for warning in warnings)
        super().__init__(
            f"strict mode stops at {len(warnings)} warning(s), so nothing was written:\n{lines}"
        )
        self.warnings = warnings


class InputError(BriefingError):
    """One input cannot be used; ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class InputErrors(BriefingError):
    """Several inputs failed; raised once, after every input was tried."""

    def __init__(self, problems: tuple[InputError, ...]) -> None:
        lines = "\n".join(f"  {problem}" for problem in problems)
        hint = "fix them or pass --skip-bad to build from the rest"
        super().__init__(f"{len(problems)} input(s) could not be read ({hint}):\n{lines}")
        self.problems = problems


class UnknownLanguage(BriefingError):
    """A language the brief cannot be written in."""


class TranslationError(BriefingError):
    """A translation package is missing, broken, or could not be fetched."""


class RenderError(BriefingError):
    """The brief could not be laid out or written."""


class MailError(BriefingError):
    """The brief could not be e-mailed: a bad address, or the mail server said no."""


def reason_for(error: Exception, reasons: ErrorMap) -> str:
    """The reason ``reasons`` gives for ``error``: its most specific class's that is listed."""
    for kind in type(error).__mro__:
        reason = reasons.get(kind)
        if reason is not None:
            return reason(error)
    raise LookupError(f"no reason is listed for {type(error).__name__}") from error


@contextmanager
def mapped_errors(reasons: ErrorMap, raise_as: Callable[[str], BriefingError]) -> Iterator[None]:
    """Raise ``raise_as(reason)`` in place of any exception ``reasons`` lists a class of."""
    try:
        yield
    except tuple(reasons) as error:
        raise raise_as(reason_for(error, reasons)) from error
