"""Whether a person is written about as a man or a woman, so that `he` and `she` find them.

The evidence, strongest first: a gendered title the article gives them (`Mr`, `Ms`,
`Queen`), then what gender-guesser's first-name dictionary says of their first name (it
covers names from some fifty countries, Afghan and Iranian ones among them). Where neither
is clear the gender stays unknown, and a pronoun may then mean anyone.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import cache, lru_cache
from typing import Protocol


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


RELIGIOUS_TITLES = frozenset(
    [
        "mullah",
        "mollah",
        "mawlawi",
        "mawlavi",
        "maulvi",
        "molavi",
        "qari",
        "haji",
        "hajji",
        "hadji",
        "mufti",
        "ustad",
        "sheikh",
        "cheikh",
        "mgr",
        "msgr",
        "monseigneur",
        "monsignor",
    ]
)
"""Titles Afghan, Iranian and other Muslim men, and Catholic prelates, are named with in
any Latin-script press (`Mawlawi Abdul Kabir`, `le mollah Omar`, `Mgr Jean Roux`): a
title, not part of the name."""

_TITLE_GENDERS = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "chairman"), Gender.MALE),
    **dict.fromkeys(RELIGIOUS_TITLES, Gender.MALE),
    **dict.fromkeys(
        ("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "chairwoman"), Gender.FEMALE
    ),
}
GENDERED_TITLES = tuple(_TITLE_GENDERS)
"""The titles that say a person's gender, lower-case and without a stop."""
# Kin words say their holder's gender (`Her son, Zarif,`).
_KIN_GENDERS = {
    **dict.fromkeys(
        ("father", "husband", "son", "brother", "grandfather", "grandson", "widower", "uncle"),
        Gender.MALE,
    ),
    **dict.fromkeys(
        ("mother", "wife", "daughter", "sister", "grandmother", "granddaughter", "widow", "aunt"),
        Gender.FEMALE,
    ),
}
PRONOUN_GENDERS = {
    **dict.fromkeys(("he", "him", "his", "himself"), Gender.MALE),
    **dict.fromkeys(("she", "her", "hers", "herself"), Gender.FEMALE),
}
# gender-guesser's answers; `andy` (either) and `unknown` say nothing.
_GUESSES = {
    "male": Gender.MALE,
    "mostly_male": Gender.MALE,
    "female": Gender.FEMALE,
    "mostly_female": Gender.FEMALE,
}


class _Detector(Protocol):
    def get_gender(self, name: str, country: str | None = None) -> str: ...


@cache
def _detector() -> _Detector:
    """The first-name dictionary, read once per process (0.3 s): it is read-only data."""
    from gender_guesser.detector import Detector  # type: ignore[import-untyped]

    detector: _Detector = Detector(case_sensitive=False)
    return detector


def title_gender(title: str) -> Gender | None:
    return _TITLE_GENDERS.get(title.lower().rstrip("."))


def unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Arabic-origin compounds with God or the faith (`Nasrullah`, `Hibatullah`, `Sirajuddin`,
# `Nasreddine`) are men's names wherever they are written; the dictionary lacks many.
_MEN_S_NAME_ENDINGS = ("ullah", "ollah", "allah", "uddin", "oddin", "eddin", "eddine", "addin")
# … but `Amatullah`, `Amatallah` (a handmaid of God) are women's.
_WOMEN_S_NAME_OPENINGS = ("amat",)

ENGLISH_PRESS = ("usa", "great_britain")
"""The countries (in gender-guesser's words) whose usage an English article's readers share."""


def first_name_gender(name: str, countries: tuple[str, ...] = ()) -> Gender | None:
    """The gender a person's first name usually has, or None when names of it vary. Where
    ``countries`` (the readers') know the name, theirs is the answer, and None when they
    differ (`Jan` is a man's name across Europe, mostly a woman's in the US and Britain;
    `Robin` a woman's in the US, a man's in Britain)."""
    return _first_name_gender(name.split()[0], countries)


# An article asks about the same few names again and again; the dictionary's answer for
# a name never changes, so it is kept (a bounded number, whatever an article holds).
@lru_cache(maxsize=4096)
def _first_name_gender(first: str, countries: tuple[str, ...]) -> Gender | None:
    if len(first) < 2 or "." in first:
        return None  # an initial says nothing
    guess = _GUESSES.get(_detector().get_gender(first))
    # What the readers' countries say where they know the name, over the overall answer.
    there = {_GUESSES.get(_detector().get_gender(first, country)) for country in countries}
    there.discard(None)
    if there:
        return there.pop() if len(there) == 1 else None
    if guess is None and not first.isascii():
        # The dictionary spells many names without their accents (`Elodie`, `Etienne`).
        guess = _GUESSES.get(_detector().get_gender(unaccented(first)))
    if (
        guess is None
        and first.lower().endswith(_MEN_S_NAME_ENDINGS)
        and not first.lower().startswith(_WOMEN_S_NAME_OPENINGS)
    ):
        return Gender.MALE
    parts = first.split("-")
    if guess is None and len(parts) > 1 and all(part[:1].isupper() for part in parts):
        # `Jean-Michel`, `Anne-Sophie`: a compound the dictionary lacks takes its first
        # name's gender (`Noor-e Sahar`, a Persian name of a thing, is no compound).
        return _first_name_gender(parts[0], ())
    return guess


def role_gender(word: str) -> Gender | None:
    """The gender a lower-case role word gives its holder: `spokeswoman`, `widow`, `son`;
    None for any other word. `chairman` and `spokesman` say nothing: women hold them too
    (`GM's chairman, Mary Barra`)."""
    if word.endswith("woman"):
        return Gender.FEMALE
    return _KIN_GENDERS.get(word)
