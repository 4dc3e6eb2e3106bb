"""The one exception tree of briefing; the CLI turns it into exit codes (``cli/exits.py``).

    BriefingError
    ├── UsageError         the options asked for cannot go together or are malformed (exit 2)
    ├── StrictError        strict mode met warnings, so nothing was written
    ├── InputError         an input cannot be read (missing, empty, binary, malformed, …)
    ├── InputErrors        several inputs failed; carries each problem
    ├── UnknownLanguage    a language the brief cannot be written in
    ├── TranslationError   a translation package is missing, broken, or cannot be fetched
    ├── RenderError        the brief could not be laid out or written
    └── MailError          the brief could not be e-mailed (address, server, login, recipient)

Every message is one sentence a user can act on: what went wrong and, where it helps,
how to fix it.
"""

from __future__ import annotations


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
