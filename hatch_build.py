"""Compile the gettext catalogs into the wheel (mkdocs does the same in its build hook).

``locales/<lang>/LC_MESSAGES/messages.po`` is committed; its ``.mo`` is built, never
committed. The hook runs for every wheel, editable installs included, before the files are
collected, so the ``locales`` force-include (``briefing/locales`` in the wheel) carries
freshly compiled catalogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):
    """Runs ``pybabel compile -d locales`` before the wheel is assembled."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.frontend import compile_catalog

        locales = Path(self.root) / "locales"
        command = compile_catalog()
        command.directory = str(locales)
        command.statistics = False
        command.finalize_options()
        if command.run():
            raise RuntimeError(f"could not compile the gettext catalogs in {locales}")
