"""Persian and Dari figures on invented sentences: every digit and separator, number
words, afghani, toman and rial, solar and Gregorian dates."""

from __future__ import annotations

import pytest

from briefing.extract.figures.lexicon import find_in
from briefing.extract.figures.persian import PERSIAN


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in find_in(text, 2025, PERSIAN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("او گفت: «۲۵٬۰۰۰ خانواده بی‌خانمان اند.»", [("۲۵٬۰۰۰ خانواده", 25000, "خانواده")]),
        ("او گفت: ٢٥٬٠٠٠ خانواده بی‌خانمان اند.", [("٢٥٬٠٠٠ خانواده", 25000, "خانواده")]),
        ("او گفت 25,000 خانواده بی‌خانمان اند.", [("25,000 خانواده", 25000, "خانواده")]),
        ("تورم به ۱۲٪ رسید.", [("۱۲٪", 12, "percent")]),
        ("تورم به ۳٫۵ درصد رسید.", [("۳٫۵ درصد", 3.5, "percent")]),
        ("تورم به ۳/۵ درصد رسید.", [("۳/۵ درصد", 3.5, "percent")]),
        ("دولت سه هزار خانه ساخت.", [("سه هزار خانه", 3000, "خانه")]),
        ("بودجه ده و نیم میلیارد تومان است.", [("ده و نیم میلیارد تومان", 10.5e9, "IRT")]),
        # a half after a scale is half of that scale: two and a half million
        ("دو میلیون و نیم نفر رأی دادند.", [("دو میلیون و نیم نفر", 2.5e6, "people")]),
        ("بنزین با نرخ هزار و ۵۰۰ تومان عرضه می‌شود.", [("هزار و ۵۰۰ تومان", 1500, "IRT")]),
        ("وزارت ۳٫۵ ملیون افغانی پرداخت.", [("۳٫۵ ملیون افغانی", 3.5e6, "AFN")]),
        ("قیمت ۲۰۰ هزار ریال شد.", [("۲۰۰ هزار ریال", 2e5, "IRR")]),
        ("دو صد و پنجاه تن زخمی شدند.", [("دو صد و پنجاه تن", 250, "people")]),
        # A number said in parts, digits and words mixed.
        ("۲ هزار و ۵۰۰ خانه ویران شد.", [("۲ هزار و ۵۰۰ خانه", 2500, "خانه")]),
        ("بودجه ۲ میلیون و ۵۰۰ هزار دلار است.", [("۲ میلیون و ۵۰۰ هزار دلار", 2.5e6, "USD")]),
        ("بیش از 200 نفر آمدند.", [("بیش از 200 نفر", 200, "people")]),
        # Scales that multiply one another, and a number in words joined to its parts.
        ("دولت ۱۲ هزار میلیارد تومان داد.", [("۱۲ هزار میلیارد تومان", 12e12, "IRT")]),
        ("زیان کمتر از هزار میلیارد تومان بود.", [("کمتر از هزار میلیارد تومان", 1e12, "IRT")]),
        (
            "یک میلیون و ۲۰۰ هزار افغان برگشتند.",
            [("یک میلیون و ۲۰۰ هزار افغان", 1.2e6, "افغان")],
        ),
        ("دو هزار و ۴۰۰ خانواده آواره شدند.", [("دو هزار و ۴۰۰ خانواده", 2400, "خانواده")]),
        # Dari spellings.
        ("چهار هزار و پنجصد تن برگشتند.", [("چهار هزار و پنجصد تن", 4500, "people")]),
        ("چارصد دکان بسته شد.", [("چارصد دکان", 400, "دکان")]),
        # Joined numbers that are not one number's parts are each their own.
        (
            "۳ میلیون و ۲ میلیون نفر رأی دادند.",
            [("۳ میلیون", 3e6, "count"), ("۲ میلیون نفر", 2e6, "people")],
        ),
        ("۵ و ۶ کارگر اخراج شدند.", [("۵", 5, "count"), ("۶ کارگر", 6, "کارگر")]),
        ("پنج شب در راه بودیم.", [("پنج شب", 5, "شب")]),  # nights, not an hour
        ("سیلاب ۱۵ حمل ۱۴۰۳ آمد.", [("۱۵ حمل ۱۴۰۳", 20240403, "date")]),
        ("نشست ۲۳ نومبر ۲۰۲۵ برگزار شد.", [("۲۳ نومبر ۲۰۲۵", 20251123, "date")]),
        ("نشست ۲۳ نوامبر برگزار شد.", [("۲۳ نوامبر", 20251123, "date")]),
    ],
)
def test_a_persian_figure_keeps_its_value(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "هزاران نفر آواره شدند.",  # vague: no value
        "ده‌ها خانه ویران شد.",
        "چند هزار هکتار زمین از بین رفت.",
        "نشست روز سه‌شنبه برگزار شد.",  # سه inside سه‌شنبه (Tuesday)
        "در سال ۱۴۰۲ تورم بالا رفت.",  # a bare year
        "نه تنها یک خانه ویران شد.",  # نه (no) and یک (a)
        "این یک مسئلهٔ جدی است.",  # جدی (serious) is no month without a day or year
        "فشار آب بین ساعت ۲۳ تا ۵ صبح کم می‌شود.",  # hours of the day
        "زلزله ساعت ۴:۱۲ بامداد رخ داد.",
        "کلاس ساعت هشت شروع می‌شود.",
        # numbers that name: a district, an article of law, a line, a phone number
        "مادری در منطقهٔ ۱۸ تهران گفت.",
        "طبق اصل ۴۰ قانون اساسی کسی حق ندارد.",
        "ماده ۵ و ۶ قانون",
        "قطارهای خط ۶ متوقف شد.",
        "شکایت را به شمارهٔ ۴۴۴۴ بفرستید.",
    ],
)
def test_what_persian_leaves_vague_or_is_no_figure_has_no_value(text: str) -> None:
    assert figures(text) == []


def test_the_first_end_of_a_persian_range_has_the_scale_of_the_second() -> None:
    assert figures("قیمت هر واحد بین ۲۰ تا ۳۰ میلیون تومان است.") == [
        ("۲۰", 20_000_000, "IRT"),
        ("۳۰ میلیون تومان", 30_000_000, "IRT"),
    ]
