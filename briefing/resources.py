"""Where the package's templates, catalogs and fonts are, installed or in a checkout.

A wheel carries ``templates/`` and ``locales/`` inside the package; an editable install
of a checkout finds them at the top of the repository instead.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` (templates, locales, fonts) as shipped with this package."""
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name
