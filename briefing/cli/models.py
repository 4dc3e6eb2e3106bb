"""``briefing models``: list, install and remove the offline translation packages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.options import PackagesDir


def list_packages(packages_dir: PackagesDir = None) -> None:
    """List installed packages and the languages they serve."""
    from briefing.translate.nllb_package import KIND, NAME
    from briefing.translate.packages import installed_packages
    from briefing.translate.packages import packages_dir as resolve

    folder = resolve(packages_dir)
    found = installed_packages(folder)
    if not found:
        typer.echo(f"no packages in {folder}; install one with 'briefing models install fr'")
    for package in found:
        line = (
            f"{package.name}  {package.from_name or package.from_code} → "
            f"{package.to_name or package.to_code}  version {package.version or '?'}"
        )
        if package.kind == KIND:
            line += f"  ({NAME}, {package.size:,} bytes, licence {package.licence})"
        typer.echo(line)


def install(
    what: Annotated[
        str,
        typer.Argument(
            metavar="LANG|PAIR|PATH",
            help=(
                "fr, prs (Dari: Argos's English→Persian package), a pair such as fr-en or "
                "fa-en (from-to), PATH.argosmodel, or an NLLB-200 conversion for CTranslate2 "
                "(its folder, .zip or .tar, with sentencepiece.bpe.model beside model.bin)."
            ),
            show_default=False,
        ),
    ],
    packages_dir: PackagesDir = None,
    index: Annotated[
        str | None,
        typer.Option(
            envvar="ARGOS_PACKAGE_INDEX",
            metavar="URL",
            help="Argos package index URL (when installing online).",
        ),
    ] = None,
) -> None:
    """Install a package from a local .argosmodel file or NLLB-200 conversion, or from the
    Argos index when online."""
    from briefing.errors import UnknownLanguage
    from briefing.translate.nllb_package import install_conversion, is_conversion
    from briefing.translate.packages import direction, install_file, install_from_index
    from briefing.translate.packages import packages_dir as resolve

    folder = resolve(packages_dir)
    if not what.endswith(".argosmodel") and is_conversion(Path(what)):
        package = install_conversion(Path(what), folder)
    elif what.endswith(".argosmodel") or Path(what).is_file():
        package = install_file(Path(what), folder)
    else:
        try:
            way = direction(what)
        except UnknownLanguage as error:
            raise typer.BadParameter(str(error), param_hint="LANG|PAIR|PATH") from None
        package = install_from_index(way, folder, index)
    typer.echo(f"installed {package.name} ({package.from_code} → {package.to_code}) in {folder}")
    if package.licence:
        typer.echo(f"its weights are licensed {package.licence}", err=True)


def remove(
    what: Annotated[
        str,
        typer.Argument(
            metavar="PACKAGE",
            help="A package name from 'models list', fr / prs, or a pair such as fr-en.",
            show_default=False,
        ),
    ],
    packages_dir: PackagesDir = None,
) -> None:
    """Remove an installed package."""
    from briefing.translate.packages import packages_dir as resolve
    from briefing.translate.packages import remove as remove_package

    package = remove_package(what, resolve(packages_dir))
    typer.echo(f"removed {package.name}")
