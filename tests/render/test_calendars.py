"""How a brief writes a date: English, French, and Dari's Solar Hijri and Gregorian dates."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.languages import LANGUAGES
from briefing.render.calendars import AFGHAN_SOLAR_MONTHS, gregorian_date, long_date


@pytest.mark.parametrize(
    ("day", "code", "expected"),
    [
        (date(2025, 11, 23), "en", "23 November 2025"),
        (date(2025, 11, 23), "fr", "23\u00a0novembre\u00a02025"),
        (date(2025, 12, 1), "fr", "1er\u00a0décembre\u00a02025"),
        (date(2026, 2, 14), "fr", "14\u00a0février\u00a02026"),
        (date(2025, 11, 23), "prs", "۲ قوس ۱۴۰۴ (۲۳ نومبر ۲۰۲۵)"),
        (date(2025, 3, 21), "prs", "۱ حمل ۱۴۰۴ (۲۱ مارچ ۲۰۲۵)"),
        # 1403 is a leap year: Hut has 30 days, and 1 Hamal 1403 fell on 20 March 2024.
        (date(2025, 3, 20), "prs", "۳۰ حوت ۱۴۰۳ (۲۰ مارچ ۲۰۲۵)"),
        (date(2024, 3, 20), "prs", "۱ حمل ۱۴۰۳ (۲۰ مارچ ۲۰۲۴)"),
        (date(2026, 2, 14), "prs", "۲۵ دلو ۱۴۰۴ (۱۴ فبروری ۲۰۲۶)"),
        (date(2025, 6, 21), "prs", "۳۱ جوزا ۱۴۰۴ (۲۱ جون ۲۰۲۵)"),
    ],
    ids=lambda value: value.isoformat() if isinstance(value, date) else None,
)
def test_long_dates(day: date, code: str, expected: str) -> None:
    assert long_date(day, LANGUAGES[code]) == expected


def test_dari_month_names_are_the_afghan_ones() -> None:
    dari = LANGUAGES["prs"]
    gregorian = [gregorian_date(date(2025, month, 1), dari).split()[1] for month in range(1, 13)]
    assert gregorian == [
        "جنوری",
        "فبروری",
        "مارچ",
        "اپریل",
        "می",
        "جون",
        "جولای",
        "اگست",
        "سپتمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ]
    assert AFGHAN_SOLAR_MONTHS[0] == "حمل" and AFGHAN_SOLAR_MONTHS[8] == "قوس"
    assert len(set(AFGHAN_SOLAR_MONTHS)) == 12
