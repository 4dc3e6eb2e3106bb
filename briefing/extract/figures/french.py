"""How French news writes figures: ``25 000`` grouped with a space, ``3,5 millions d'euros``,
``12 %``, number words (``vingt-cinq``, ``quatre-vingt-dix``), ``une quinzaine`` (about 15),
dates (``le 1er mars 2024``). Vague amounts (``des milliers``, ``plusieurs centaines``),
clock times (``14 h 30``) and ordinals (``3e``, ``XXe siècle``) are no figure.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from briefing.extract.figures.finding import CURRENCY_SIGNS, Found
from briefing.extract.figures.lexicon import Lexicon, compile_lexicon
from briefing.patterns import DIGIT, FRENCH_DIGITS

_SMALL = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_WORDS = {
    **{word: float(value) for value, word in enumerate(_SMALL)},
    "une": 1.0,
    **{word: float(value) for word, value in _TENS.items()},
    "quatre-vingt": 80.0,
    "quatre-vingts": 80.0,
}
_LETTER_SCALES = {"k": 1e3, "m": 1e6, "md": 1e9, "g": 1e9}
_SCALES = {
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    # a scale's letter before the currency sign (`12 M$`, `500 M€`, `2 G$`, `40 k€`)
    **{f"{letter}{sign}": scale for letter, scale in _LETTER_SCALES.items() for sign in "$€"},
}
# `une quinzaine de blessés` says about fifteen: a number, said roughly.
_ROUGHLY = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30}
_ROUGHLY |= {"quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
_PEOPLE = [
    "personnes",
    "habitants",
    "morts",
    "blessés",
    "victimes",
    "soldats",
    "militaires",
    "combattants",
    "civils",
    "réfugiés",
    "enfants",
    "femmes",
    "hommes",
    "familles",
    "policiers",
    "manifestants",
    "détenus",
    "otages",
]
_UNITS = {
    "euros": "EUR",
    "euro": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "afghanis": "AFN",
    "afghani": "AFN",
    **dict.fromkeys(_PEOPLE, "people"),
    **dict.fromkeys(("jour", "jours"), "days"),
    **dict.fromkeys(("semaine", "semaines"), "weeks"),
    "mois": "months",
    **dict.fromkeys(("an", "ans", "année", "années"), "years"),
    **dict.fromkeys(("heure", "heures"), "hours"),
}
_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_DATE = re.compile(
    rf"(?<!\w)(?:(?P<day>1er|{DIGIT}{{1,2}})\s+)?(?P<month>{'|'.join(_MONTHS)})"
    rf"(?:\s+(?P<year>{DIGIT}{{4}}))?(?!\w)",
    re.IGNORECASE,
)
# Nouns a number names something after (`la ligne 3`, `la base aérienne 101`, `Ligue 2`).
_NAMING_NOUNS = (
    r"ligne|niveau|article|alinéa|base\s+aérienne|route|autoroute|nationale|départementale|"
    r"chambre|salle|porte|bus|tram|vol|terminal|zone|secteur|bâtiment|quai|numéro|n°|"
    r"division|ligue|pavillon|bloc|cellule|canal|chaîne|lot|tranche|phase|catégorie|classe|"
    r"groupe|section|bureau|box|loi|décret"
)
_NOT_A_FIGURE = re.compile(
    r"(?<!\w)(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}\s?h(?!\w)|\d{1,2}:\d{2}"  # 14 h 30, 9h, 9:30
    r"|\d+(?:er|re|e|ème|è|nd|nde)(?!\w)|[IVXLC]+e\s+siècle"  # 3e, 1er, XXe siècle
    r"|(?:des|plusieurs|quelques|de\s+nombreux|de\s+nombreuses)\s+"
    r"(?:dizaines|douzaines|vingtaines|centaines|milliers|millions|milliards)"
    r"(?:\s+de\s+(?:milliers|millions))?"
    # `à 14 heures`, `vers cinq heures du matin`: a time of day, not a duration
    rf"|(?:à|vers|dès|jusqu['’]à)\s+(?:{DIGIT}{{1,2}}|{'|'.join(_SMALL[1:13])})\s+heures?\b"
    r"(?:\s+(?:du\s+matin|du\s+soir|de\s+l['’]après-midi|de\s+la\s+nuit))?(?!\s+(?:de|d['’]))"
    # `un studio neuf à 1 700 $`: new, after a noun, not nine
    r"|(?<=[a-zà-ÿ]{3}\s)(?<!les\s)(?<!des\s)(?<!ces\s)(?<!ses\s)(?<!nos\s)(?<!vos\s)"
    r"(?<!aux\s)neuf(?=\s*[,.;:]|\s+(?:à|et|ou|en|pour|de|d['’])\s)"
    # `la ligne 3`, `la base aérienne 101`, `Ligue 2`: a number that names a thing
    rf"|\b(?:{_NAMING_NOUNS})\s+{DIGIT}+(?:[.,]{DIGIT}+)?(?!\w))",
    re.IGNORECASE,
)


def _digit_value(text: str) -> float:
    try:
        return float(Decimal(re.sub(r"[ \u00a0\u202f.]", "", text).replace(",", ".")))
    except InvalidOperation:
        raise ValueError(text) from None


def _dates(text: str, default_year: int) -> list[Found]:
    found = []
    for match in _DATE.finditer(text):
        day, year = match.group("day"), match.group("year")
        if day is None and year is None:
            continue  # `mars` alone, or `mai` the verb's look-alike: no date
        month = _MONTHS.index(match.group("month").lower()) + 1
        year_value = int(_digit_value(year)) if year else default_year
        if day is None:
            found.append(Found(match.start(), match.end(), year_value * 100 + month, "year-month"))
            continue
        day_value = 1 if day.lower() == "1er" else int(_digit_value(day))
        if 1 <= day_value <= 31:
            value = year_value * 10000 + month * 100 + day_value
            found.append(Found(match.start(), match.end(), value, "date"))
    return found


FRENCH = compile_lexicon(
    Lexicon(
        digits=FRENCH_DIGITS,
        digit_value=_digit_value,
        words=_WORDS,
        hundred=frozenset({"cent", "cents"}),
        scales=_SCALES,
        halves=frozenset({"demi"}),
        joiners=frozenset({"et"}),
        approximately=_ROUGHLY,
        scaled_only=frozenset({"un", "une"}),
        prefixes=(
            r"environ|près\s+de|plus\s+de|moins\s+de|au\s+moins|jusqu['’]à|presque|"
            r"quelque|quelques|approximativement|autour\s+de"
        ),
        signs=CURRENCY_SIGNS,
        percent=r"%|pour\s*cent(?!\w)",
        units=_UNITS,
        # Adjectives set between a number and its noun (`les trois dernières années`,
        # `les huit principales centrales`).
        before_unit=(
            r"de(?=\s)|d['’]|des(?=\s)|(?:principaux|nouveaux)(?=\s)"
            r"|(?:prochaine?|derni(?:er|ère)|premi(?:er|ère)|principale|autre|seule?|nouvelle)s(?=\s)"
        ),
        stop_words=frozenset(
            [
                "et",
                "ou",
                "à",
                "au",
                "aux",
                "en",
                "dans",
                "par",
                "pour",
                "sur",
                "sous",
                "avec",
                "sans",
                "qui",
                "que",
                "qu",
                "ont",
                "sont",
                "est",
                "a",
                "le",
                "la",
                "les",
                "l",
                "un",
                "une",
                "ce",
                "cette",
                "ces",
                "se",
                "sa",
                "son",
                "ses",
                "plus",
                "moins",
                "selon",
                "contre",
                "entre",
                "depuis",
                # what qualifies the next number, or none (`quelque 2 milliards`,
                # `une vingtaine tout au plus`, `200 comme certains l'écrivent`)
                "quelque",
                "tout",
                "comme",
            ]
        ),
        year_before=r"en|depuis|année|an|fin|début|mi|printemps|été|automne|hiver",
        year_after=frozenset(),
        not_a_figure=_NOT_A_FIGURE,
        find_dates=_dates,
        ranges=r"et|à|ou",
    )
)
