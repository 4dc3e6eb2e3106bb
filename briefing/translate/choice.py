"""Which engine translates a brief: the user's ``--engine``, else the best one installed.

For Dari, NLLB-200 has a real Dari direction where Argos has only Persian, so it is the
default when installed; for other languages Argos is, and NLLB-200 when it is the only one.
"""

from __future__ import annotations

from pathlib import Path

from briefing.errors import TranslationError
from briefing.languages import Language
from briefing.translate.engine import ArgosEngine, CTranslate2Engine
from briefing.translate.nllb import NllbEngine, serves
from briefing.translate.packages import argos_serves, installed_packages, package_for

ARGOS = "argos"
NLLB = "nllb"
ENGINES = (ARGOS, NLLB)
"""The engines ``--engine`` names."""


def chosen_engine(
    target: Language, folder: Path, chosen: str | None = None, device: str = "cpu"
) -> CTranslate2Engine:
    """The engine ``chosen``, or the default, for English→``target``; if it is not
    installed, an error naming the install step."""
    packages = installed_packages(folder)
    nllb = [package for package in packages if serves(package, target)]
    if chosen is None:
        argos = any(argos_serves(package, target) for package in packages)
        prefer_nllb = target.code == "prs" or not argos
        chosen = NLLB if nllb and prefer_nllb else ARGOS
    if chosen == ARGOS:
        return ArgosEngine(package_for(target, folder), device)
    if chosen != NLLB:
        raise TranslationError(f"'{chosen}' is not a translation engine: use {', '.join(ENGINES)}")
    if not nllb:
        raise TranslationError(
            f"no NLLB-200 model with an English→{target.name} direction is installed in "
            f"{folder}; install a CTranslate2 conversion of NLLB-200 with 'briefing models "
            "install FOLDER' (or a .zip or .tar of that folder)"
        )
    return NllbEngine(nllb[0], target, device)
