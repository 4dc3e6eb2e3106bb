"""How Persian and Dari news write figures: Persian, Arabic-Indic or English digits with ٬
and ٫ (``۲۵٬۰۰۰``, ``۳٫۵``, ``۳/۵ درصد``), number words (``سه هزار``, ``ده و نیم
میلیارد``, Dari ``دو صد``), percent (``٪``, ``درصد``), afghani, toman and rial, and dates
in the solar months, Iranian (``فروردین``) or Afghan (``حمل``), or the Gregorian ones
(``نوامبر``, Dari ``نومبر``). Vague amounts (``هزاران``, ``ده‌ها``, ``چند هزار``) and clock
times are no figure. Dari spells ``ملیون`` and ``ملیارد`` where Iran writes ``میلیون``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from persiantools.jdatetime import JalaliDate

from briefing.extract.figures.finding import CURRENCY_SIGNS, Found
from briefing.extract.figures.lexicon import Lexicon, compile_lexicon
from briefing.languages import number_value
from briefing.patterns import DIGIT, DIGITS

_ONES = "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده"
_TENS = "بیست سی چهل پنجاه شصت هفتاد هشتاد نود"
_HUNDREDS = "یکصد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد"
_WORDS = {
    **{word: float(value) for value, word in enumerate(_ONES.split(), start=1)},
    **{word: float(value) for value, word in zip(range(20, 100, 10), _TENS.split(), strict=True)},
    **{
        word: float(value)
        for value, word in zip(range(100, 1000, 100), _HUNDREDS.split(), strict=True)
    },
    "هیجده": 18.0,
    # Dari spellings (`چار`, `چارصد`, `پنجصد`, `دوصد`)
    "چار": 4.0,
    "چارده": 14.0,
    "دوصد": 200.0,
    "چارصد": 400.0,
    "پنجصد": 500.0,
}
_SCALES = {
    "هزار": 1e3,
    "میلیون": 1e6,
    "ملیون": 1e6,
    "میلیارد": 1e9,
    "ملیارد": 1e9,
    "تریلیون": 1e12,
}
NUMBER_WORDS = frozenset({*_WORDS, *_SCALES, "صد"})
"""Persian and Dari words that write a number (`چهل`, `صد`, `هزار`)."""
_UNITS = {
    "افغانی": "AFN",
    "تومان": "IRT",
    "ریال": "IRR",
    "دلار": "USD",
    "یورو": "EUR",
    **dict.fromkeys(("نفر", "تن", "کشته", "زخمی"), "people"),
    "روز": "days",
    "هفته": "weeks",
    "ماه": "months",
    "سال": "years",
    "ساعت": "hours",
    "دقیقه": "minutes",
}
_SOLAR = (
    [
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    ],
    ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"],
)
_GREGORIAN = (
    [
        "ژانویه",
        "فوریه",
        "مارس",
        "آوریل",
        "مه",
        "ژوئن",
        "ژوئیه",
        "اوت",
        "سپتامبر",
        "اکتبر",
        "نوامبر",
        "دسامبر",
    ],
    [
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
    ],
)
_MONTHS = {
    name: (number, calendar)
    for calendar, names in (("solar", _SOLAR), ("gregorian", _GREGORIAN))
    for spelling in names
    for number, name in enumerate(spelling, start=1)
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Many month names are also words (مهر seal, میزان amount): a day before, or a year after.
_DATE = re.compile(
    rf"(?<![\w\u200c])(?:(?P<day>{DIGIT}{{1,2}})\s+(?P<month>{_MONTH})"
    rf"(?:\s+(?:سال\s+)?(?P<year>{DIGIT}{{4}}))?"
    rf"|(?P<month_only>{_MONTH})\s+(?:سال\s+)?(?P<month_year>{DIGIT}{{4}}))(?![\w\u200c])"
)
_SCALE_OR_PERCENT = "درصد|٪|%|هزار|میلیون|ملیون|میلیارد|ملیارد"
# ``۳/۵ درصد``: Iranian print often writes the decimal point as a slash.
_DIGITS = rf"{DIGIT}+/{DIGIT}{{1,2}}(?=\s*(?:{_SCALE_OR_PERCENT}))|{DIGITS}"
_NOT_A_FIGURE = re.compile(
    r"(?<![\w\u200c])(?:(?:ده|صد|هزار|میلیون|ملیون|میلیارد|ملیارد)\u200c?ها|هزاران|چندین"
    r"|چند\s*(?:صد|هزار|میلیون|ملیون|میلیارد|ملیارد))(?![\w\u200c])"
    rf"|{DIGIT}{{1,2}}:{DIGIT}{{2}}|ساعت\s+{DIGIT}{{1,2}}(?::{DIGIT}{{2}})?(?!{DIGIT})"
    # `ساعت هشت`: eight o'clock
    r"|ساعت\s+(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده)(?![\w\u200c])"
    # `منطقهٔ ۱۸`, `اصل ۴۰ قانون اساسی`, `خط ۶`, `شمارهٔ ۴۴۴۴`: a number that names
    rf"|(?<![\w\u200c])(?:منطقه|ناحیه|اصل|ماده|تبصره|بند|شماره|خط|فاز|کوچه|پلاک)"
    rf"(?:ٔ|\u200cی)?\s+{DIGIT}+(?!{DIGIT})"
    # `تا ۵ صبح`, `۴ عصر`: an hour of the day (`پنج شب` may count nights, so not شب)
    rf"|(?<![\w\u200c]){DIGIT}{{1,2}}\s+(?:صبح|بامداد|ظهر|عصر)(?![\w\u200c])"
)


def _digit_value(text: str) -> float:
    try:
        return float(number_value(text.replace("/", ".")))
    except InvalidOperation:
        raise ValueError(text) from None


def _dates(text: str, default_year: int) -> list[Found]:
    found = []
    for match in _DATE.finditer(text):
        name = match.group("month") or match.group("month_only")
        month, calendar = _MONTHS[name]
        year_text = match.group("year") or match.group("month_year")
        year = int(Decimal(number_value(year_text))) if year_text else None
        if year is not None and not (1300 <= year < 1500 or 1900 <= year < 2100):
            continue  # `میزان ۲۵۰۰`: an amount, not a month and year
        day_text = match.group("day")
        try:
            value, unit = _date_value(day_text, month, calendar, year, default_year)
        except ValueError:
            continue  # no such day: `۳۱ اسفند` in a common year
        found.append(Found(match.start(), match.end(), value, unit))
    return found


def _date_value(
    day_text: str | None, month: int, calendar: str, year: int | None, default_year: int
) -> tuple[int, str]:
    """YYYYMMDD (Gregorian) for a day, YYYYMM (as written) for a month and year."""
    if day_text is None:
        return int(year or default_year) * 100 + month, "year-month"
    day = int(number_value(day_text))
    if calendar == "gregorian":
        if not 1 <= day <= 31:
            raise ValueError(day_text)
        return (year or default_year) * 10000 + month * 100 + day, "date"
    # Without its year, a solar date falls in the article's Gregorian year: the solar
    # year starts on 21 March, and its last three months run into the next January.
    solar_year = year or default_year - (621 if month <= 9 else 622)
    gregorian = JalaliDate(solar_year, month, day).to_gregorian()  # type: ignore[no-untyped-call]
    return gregorian.year * 10000 + gregorian.month * 100 + gregorian.day, "date"


PERSIAN = compile_lexicon(
    Lexicon(
        digits=_DIGITS,
        digit_value=_digit_value,
        words=_WORDS,
        hundred=frozenset({"صد"}),
        scales=_SCALES,
        halves=frozenset({"نیم"}),
        joiners=frozenset({"و"}),
        approximately={},
        scaled_only=frozenset({"یک", "نه"}),  # also the article `a`, and `no`
        prefixes=(
            "حدود|در\\s+حدود|حدوداً|حدودا|بیش\\s+از|بیشتر\\s+از|کمتر\\s+از|کم\u200cتر\\s+از|"
            "نزدیک\\s+به|دست\u200cکم|دست\\s+کم|تقریباً|تقریبا|قریب\\s+به|بالغ\\s+بر"
        ),
        signs=CURRENCY_SIGNS,
        percent="درصد|٪|%",
        units=_UNITS,
        before_unit="(?!)",
        stop_words=frozenset(
            [
                "و",
                "در",
                "از",
                "به",
                "که",
                "را",
                "با",
                "تا",
                "هم",
                "نیز",
                "است",
                "اند",
                "بود",
                "شد",
                "شده",
                "می",
                "این",
                "آن",
                "یا",
                "برای",
                "بر",
                "هر",
                "اما",
            ]
        ),
        year_before="سال",
        year_after=frozenset({"میلادی", "خورشیدی", "شمسی", "هجری", "قمری"}),
        not_a_figure=_NOT_A_FIGURE,
        find_dates=_dates,
        ranges="تا|یا",
    )
)
