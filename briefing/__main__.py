"""``python -m briefing`` and the ``briefing`` command.

The command line is imported here, under a guard: a Ctrl-C while Python is still loading
it (Typer, Rich) is one line and exit 130, as it is once the command runs.
"""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from briefing.cli import main as run_command_line
    except KeyboardInterrupt:
        from briefing.errors import INTERRUPTED, INTERRUPTED_MESSAGE

        print(f"error: {INTERRUPTED_MESSAGE}", file=sys.stderr)
        raise SystemExit(INTERRUPTED) from None
    run_command_line()


if __name__ == "__main__":
    main()
