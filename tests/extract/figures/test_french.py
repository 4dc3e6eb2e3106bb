"""French figures on invented sentences: grouping by spaces, decimal commas, words, dates."""

from __future__ import annotations

import pytest

from briefing.extract.figures.french import FRENCH
from briefing.extract.figures.lexicon import find_in


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in find_in(text, 2025, FRENCH)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La crue a touché 25 000 foyers.", [("25 000 foyers", 25000, "foyers")]),
        ("Elle a touché 25\u00a0000 foyers.", [("25\u00a0000 foyers", 25000, "foyers")]),
        ("Elle a touché 25\u202f000 foyers.", [("25\u202f000 foyers", 25000, "foyers")]),
        (
            "Le fonds verse 3,5 millions d'euros aux communes.",
            [("3,5 millions d'euros", 3.5e6, "EUR")],
        ),
        ("Les prix ont monté de 12 % en un an.", [("12 %", 12, "percent")]),
        ("Les prix ont monté de 12\u202f%.", [("12\u202f%", 12, "percent")]),
        ("Soit 4,5 pour cent de plus.", [("4,5 pour cent", 4.5, "percent")]),
        (
            "Une quinzaine de routes restent fermées.",
            [("Une quinzaine de routes", 15, "routes")],
        ),
        ("Il a fallu vingt-cinq jours.", [("vingt-cinq jours", 25, "days")]),
        ("On compte quatre-vingt-dix blessés.", [("quatre-vingt-dix blessés", 90, "people")]),
        ("Deux cent mille euros ont été versés.", [("Deux cent mille euros", 2e5, "EUR")]),
        (
            "Le vote a eu lieu le 1er mars 2024.",
            [("1er mars 2024", 20240301, "date")],
        ),
        ("Plus de 300 familles attendent.", [("Plus de 300 familles", 300, "people")]),
        ("Le budget atteint 1,2 milliard de dollars.", [("1,2 milliard de dollars", 1.2e9, "USD")]),
        ("La dette dépasse mille milliards d'euros.", [("mille milliards d'euros", 1e12, "EUR")]),
        ("Il a reçu 40 000 afghanis.", [("40 000 afghanis", 40000, "AFN")]),
        # a half: of one (`un demi-point`), added (`deux et demi`), or of a scale
        ("Les taux montent d'un demi-point.", [("un demi", 0.5, "count")]),
        (
            "Trois millions et demi de personnes ont voté.",
            [("Trois millions et demi de personnes", 3.5e6, "people")],
        ),
        ("Le trajet prend quatre heures.", [("quatre heures", 4, "hours")]),
        ("La ville est à deux heures de route.", [("deux heures", 2, "hours")]),
        # what no number counts: a qualifier, an adjective before the noun, a number word
        (
            "La banque a géré quelque 2,3 milliards de francs.",
            [("quelque 2,3 milliards de francs", 2.3e9, "francs")],
        ),
        ("Voici le plan des six prochains mois.", [("six prochains mois", 6, "months")]),
        (
            "Les huit principales centrales ont appelé à la grève.",
            [("huit principales centrales", 8, "centrales")],
        ),
        (
            "Les prix ont doublé ces trois dernières années.",
            [("trois dernières années", 3, "years")],
        ),
        (
            "Elle tourne sur deux des cinq lignes.",
            [("deux", 2, "count"), ("cinq lignes", 5, "lignes")],
        ),
        (
            "Ils sont moins de 100, pas 200 comme on l'écrit.",
            [
                ("moins de 100", 100, "count"),
                ("200", 200, "count"),
            ],
        ),
        (
            "Entre 1500 et 2000 manifestants ont défilé.",
            [("1500", 1500, "count"), ("2000 manifestants", 2000, "people")],
        ),
    ],
)
def test_a_french_figure_keeps_its_value(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Des milliers de personnes ont manifesté.",  # vague: no value
        "Plusieurs centaines de soldats sont partis.",
        "La réunion a commencé à 14 h 30.",  # a clock time
        "C'est la 3e fois au XXe siècle.",  # ordinals
        "En 2023, la ville a voté.",  # a bare year
        "Une maison a brûlé.",  # `une` is the article
        "Le cortège est parti à 14 heures.",  # a time of day
        "Les secours sont arrivés vers cinq heures du matin.",
        "La ligne 3 et la base aérienne 101 restent fermées.",  # numbers that name
        "Le club a fini en Ligue 2.",
        "La banque a opéré entre 2016 et 2022.",  # years
    ],
)
def test_what_french_leaves_vague_or_is_no_figure_has_no_value(text: str) -> None:
    assert figures(text) == []


def test_a_french_figure_reads_the_same_currency_signs_as_an_english_one() -> None:
    assert figures("Le visa coûte C$ 300, et le permis ₹ 900.") == [
        ("C$ 300", 300, "CAD"),
        ("₹ 900", 900, "INR"),
    ]


def test_the_first_end_of_a_range_has_the_scale_and_unit_of_the_second() -> None:
    assert figures("Le chantier coûtera entre 25 et 40 millions d'euros.") == [
        ("25", 25_000_000, "EUR"),
        ("40 millions d'euros", 40_000_000, "EUR"),
    ]
    assert figures("Les loyers ont pris de 10 à 12 %.") == [
        ("10", 10, "percent"),
        ("12 %", 12, "percent"),
    ]
    # two figures, the first of its own unit
    assert figures("On compte 5 blessés et 3 millions d'euros de dégâts.") == [
        ("5 blessés", 5, "people"),
        ("3 millions d'euros", 3_000_000, "EUR"),
    ]


def test_a_scale_s_letter_before_the_currency_sign_multiplies_it() -> None:
    assert figures("Québec promet 12 M$ cette année et 500 M€ d'ici 2027, puis 2 G$.") == [
        ("12 M$", 12_000_000, "USD"),
        ("500 M€", 500_000_000, "EUR"),
        ("2 G$", 2_000_000_000, "USD"),
    ]


def test_neuf_after_a_noun_is_new_not_nine() -> None:
    assert figures("Un studio neuf à 1 700 par mois, et neuf familles relogées.") == [
        ("1 700", 1700, "count"),
        ("neuf familles", 9, "people"),
    ]
