"""Which installed packages take an article from its language into the brief's.

Argos has packages between English and each other language (``en→fr``, ``en→fa``,
``fr→en``, ``fa→en``); a pair of other languages goes through English, in two steps.
Dari is read and written with the Persian packages.
"""

from __future__ import annotations

from pathlib import Path

from briefing.errors import TranslationError
from briefing.languages import ENGLISH, Language, language_name
from briefing.sources.language import UNDETERMINED
from briefing.translate.packages import Direction, Package, argos_code, installed_packages


def route(source: str, target: Language, folder: Path) -> tuple[Package, ...]:
    """The installed packages that take an article written in ``source`` (its code) into
    ``target``, in order: none when it is written in the target's language (Persian and
    Dari alike into Dari) or in none, one where a package goes directly, else two through
    English; or an error naming the install command of each package missing."""
    start, end = argos_code(source), target.argos_code
    if start in (end, UNDETERMINED):
        return ()
    packages = installed_packages(folder)
    direct = Direction(start, end)
    hops = [direct]
    if ENGLISH.argos_code not in (start, end):
        hops = [Direction(start, ENGLISH.argos_code), Direction(ENGLISH.argos_code, end)]
    found = {way: next((p for p in packages if way.served_by(p)), None) for way in [direct, *hops]}
    if (direct_package := found[direct]) is not None:
        return (direct_package,)
    chosen = tuple(package for way in hops if (package := found[way]) is not None)
    if len(chosen) == len(hops):
        return chosen
    missing = [way for way in hops if found[way] is None]
    commands = " and ".join(f"'briefing models install {way.name}'" for way in missing)
    through = ", through English (no direct package is installed)" if len(hops) > 1 else ""
    raise TranslationError(
        f"an article in {language_name(source, ENGLISH)} needs the Argos package for "
        f"{' and '.join(way.words for way in missing)}{through}, which is not installed in "
        f"{folder}; install it with {commands} (online) or "
        "'briefing models install PATH.argosmodel'"
    )
