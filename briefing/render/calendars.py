"""How a brief writes a date for its reader.

English: ``23 November 2025``. French, the long form of a French administrative text:
``23 novembre 2025``, ``1er décembre 2025``. Dari, as Afghan documents do: the Solar Hijri
date with the Afghan month names first, then the Gregorian date with the Dari month names,
all in Persian digits: ``۲ قوس ۱۴۰۴ (۲۳ نومبر ۲۰۲۵)``.

The Gregorian month names come from CLDR through Babel (``fa_AF`` has the Afghan forms,
جنوری … دسمبر); the calendar conversion from persiantools. The Afghan Solar Hijri months
(Hamal … Hut, the zodiac names) are not in CLDR, whose ``fa`` Persian calendar has the
Iranian names (فروردین …), so they are listed here.
"""

from __future__ import annotations

from datetime import date

from briefing.languages import Language, localized_digits

# Solar Hijri months as written in Afghanistan: Hamal, Sawr, Jawza, Saratan, Asad, Sunbula,
# Mizan, Aqrab, Qaws, Jadi, Dalw, Hut.
AFGHAN_SOLAR_MONTHS = (
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
)


def long_date(value: date, target: Language) -> str:
    """``value`` written out in full the way a reader of ``target`` expects."""
    from babel.dates import format_date

    if target.code == "prs":
        return f"{solar_hijri_date(value, target)} ({gregorian_date(value, target)})"
    if target.code == "fr":
        written = format_date(value, format="long", locale=target.locale)
        # French writes the first day of a month as an ordinal: « 1er décembre »; a date
        # is never broken across lines (no-break spaces), as French typography wants.
        written = written.replace(" ", "\u00a0")
        return f"1er{written[1:]}" if value.day == 1 else written
    return format_date(value, format="d MMMM y", locale=target.locale)


def gregorian_date(value: date, target: Language) -> str:
    """Day, CLDR month name and year in ``target``'s digits: ``۲۳ نومبر ۲۰۲۵`` in Dari."""
    from babel.dates import get_month_names

    month = get_month_names("wide", context="format", locale=target.locale)[value.month]
    day, year = localized_digits(value.day, target), localized_digits(value.year, target)
    return f"{day} {month} {year}"


def solar_hijri_date(value: date, target: Language) -> str:
    """The Solar Hijri date with the Afghan month names: ``۲ قوس ۱۴۰۴``."""
    from persiantools.jdatetime import JalaliDate

    solar = JalaliDate.to_jalali(value)  # type: ignore[no-untyped-call]
    month = AFGHAN_SOLAR_MONTHS[solar.month - 1]
    day, year = localized_digits(solar.day, target), localized_digits(solar.year, target)
    return f"{day} {month} {year}"
