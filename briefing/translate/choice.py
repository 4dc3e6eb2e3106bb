"""Which engines take each article into the brief's language: the user's ``--engine``, else
the best one installed.

NLLB-200 translates between any two of its languages directly and has a real Dari
direction where Argos has only Persian, so for Dari it is the default when installed; for
other languages Argos is (directly, or through English: ``translate/routes.py``), and
NLLB-200 when Argos cannot.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing.errors import TranslationError
from briefing.languages import ENGLISH, Language, language_name
from briefing.sources.language import UNDETERMINED
from briefing.translate.engine import ArgosEngine, CTranslate2Engine
from briefing.translate.nllb import NllbEngine, reads, serves
from briefing.translate.packages import Package, argos_code, installed_packages
from briefing.translate.routes import route

ARGOS = "argos"
NLLB = "nllb"
ENGINES = (ARGOS, NLLB)
"""The engines ``--engine`` names."""


def chosen_routes(
    sources: Sequence[str],
    target: Language,
    folder: Path,
    chosen: str | None = None,
    device: str = "cpu",
) -> dict[str, tuple[CTranslate2Engine, ...]]:
    """For each article language in ``sources``, the engines that take it into ``target``
    in order: none for an article already in the target's language, else through the engine
    ``chosen`` or the default; an error naming the install step where one is missing. Each
    Argos package loads once, whichever routes use it."""
    if chosen not in (None, *ENGINES):
        raise TranslationError(f"'{chosen}' is not a translation engine: use {', '.join(ENGINES)}")
    packages = installed_packages(folder)
    argos: dict[Path, ArgosEngine] = {}
    routes: dict[str, tuple[CTranslate2Engine, ...]] = {}
    for source in sources:
        if argos_code(source) in (target.argos_code, UNDETERMINED):
            routes[source] = ()
            continue
        nllb = next((p for p in packages if serves(p, target) and reads(p, source)), None)
        engine = chosen or _default(source, target, folder, nllb)
        if engine == NLLB:
            routes[source] = (_nllb(nllb, source, target, folder, device),)
            continue
        routes[source] = tuple(
            argos.setdefault(package.path, ArgosEngine(package, device))
            for package in route(source, target, folder)
        )
    return routes


def _default(source: str, target: Language, folder: Path, nllb: Package | None) -> str:
    if nllb is None:
        return ARGOS
    if target.code == "prs":
        return NLLB
    try:
        route(source, target, folder)
    except TranslationError:
        return NLLB  # what Argos lacks, NLLB-200 has
    return ARGOS


def _nllb(
    package: Package | None, source: str, target: Language, folder: Path, device: str
) -> NllbEngine:
    if package is None:
        raise TranslationError(
            f"no NLLB-200 model with an {language_name(source, ENGLISH)}→{target.name} "
            f"direction is installed in "
            f"{folder}; install a CTranslate2 conversion of NLLB-200 with 'briefing models "
            "install FOLDER' (or a .zip or .tar of that folder)"
        )
    return NllbEngine(package, target, device, source=source)
