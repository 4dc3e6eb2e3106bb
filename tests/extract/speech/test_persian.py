"""Who said what in Persian and Dari, on invented passages: colon speech without marks,
« » quotations, `به گفتهٔ X`, `که` clauses, and speakers named before their verb."""

from __future__ import annotations

from dataclasses import replace

import pytest
from briefs import invented_article

from briefing.extract import extract
from briefing.model import Extraction, QuoteType


def persian(*paragraphs: str, language: str = "fa") -> Extraction:
    return extract(replace(invented_article(*paragraphs), language=language))


def direct(*paragraphs: str, language: str = "fa") -> list[tuple[str, str | None]]:
    found = persian(*paragraphs, language=language).quotes
    return [(q.text, q.speaker) for q in found if q.type is QuoteType.DIRECT]


def reported(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = persian(*paragraphs).quotes
    return [(q.text, q.speaker) for q in found if q.type is QuoteType.INDIRECT]


@pytest.mark.parametrize("language", ["fa", "prs"])
def test_colon_speech_without_marks_runs_to_the_end_of_the_sentence(language: str) -> None:
    assert direct(
        "رئیس ادارهٔ آب روز چهارشنبه در یک نشست خبری گفت: ذخیرهٔ سدها کمتر از سال گذشته است.",
        language=language,
    ) == [("ذخیرهٔ سدها کمتر از سال گذشته است", "رئیس ادارهٔ آب")]


def test_colon_speech_goes_on_over_the_sentences_that_name_no_other_speaker() -> None:
    assert direct(
        "رئیس ادارهٔ آب افزود: مردم باید مصرف را کم کنند. این وضعیت تا پاییز ادامه دارد."
        " یک کشاورز گفت: زمین‌های ما خشک شده است."
    ) == [
        ("مردم باید مصرف را کم کنند. این وضعیت تا پاییز ادامه دارد", "رئیس ادارهٔ آب"),
        ("زمین‌های ما خشک شده است", "یک کشاورز"),
    ]


def test_a_quotation_in_guillemets_after_the_verb_and_colon() -> None:
    assert direct("مدیر بیمارستان تأکید کرد: «تخت خالی نداریم.»") == [
        ("تخت خالی نداریم.", "مدیر بیمارستان")
    ]


def test_a_speaker_after_the_quotation_opens_the_clause_of_its_verb() -> None:
    assert direct("«کار تمام نشده است»، مدیر بیمارستان در پایان افزود.") == [
        ("کار تمام نشده است", "مدیر بیمارستان")
    ]


def test_be_gofte_and_be_naghl_az_give_a_sentence_to_its_source() -> None:
    assert reported(
        "به گفتهٔ پلیس راه، جادهٔ شمال تا فردا بسته است.",
        "به نقل از یک مقام محلی، کمک‌ها هنوز نرسیده است.",
    ) == [("جادهٔ شمال تا فردا بسته است", "پلیس راه"), ("کمک‌ها هنوز نرسیده است", "یک مقام محلی")]


def test_reported_speech_is_the_clause_after_ke() -> None:
    assert reported(
        "سخنگوی شهرداری گفته است که پروژه تا پایان سال تمام می‌شود.",
        "کارگران می‌گویند که دستمزدشان پرداخت نشده است.",
    ) == [
        ("پروژه تا پایان سال تمام می‌شود", "سخنگوی شهرداری"),
        ("دستمزدشان پرداخت نشده است", "کارگران"),
    ]


def test_a_name_with_its_role_in_apposition_is_found_again_by_role_and_surname() -> None:
    assert direct(
        "آقای کاوه رستمی، مدیر بیمارستان، گفت: بخش اورژانس شلوغ است.",
        "مدیر بیمارستان اظهار داشت: پزشکان خسته‌اند.",
        "رستمی یادآور شد: بودجه کافی نیست.",
    ) == [
        ("بخش اورژانس شلوغ است", "کاوه رستمی"),
        ("پزشکان خسته‌اند", "کاوه رستمی"),
        ("بودجه کافی نیست", "کاوه رستمی"),
    ]


def test_a_role_then_the_name_in_apposition_is_the_named_person() -> None:
    assert direct("سخنگوی پولیس، نسرین کریمی، علاوه کرد: دو نفر بازداشت شدند.", language="prs") == [
        ("دو نفر بازداشت شدند", "نسرین کریمی")
    ]


def test_a_pronoun_is_the_last_speaker() -> None:
    assert reported(
        "مدیر بیمارستان تأکید کرد: «تخت خالی نداریم.»",
        "وی همچنین گفت که پرستاران جدید استخدام می‌شوند.",
    ) == [("پرستاران جدید استخدام می‌شوند", "مدیر بیمارستان")]


def test_a_conversation_is_no_speech_verb_and_does_not_end_colon_speech() -> None:
    assert direct("مدیر کارخانه گفت: جلسه لغو شد. گفت‌وگو با کارگران ادامه دارد.") == [
        ("جلسه لغو شد. گفت‌وگو با کارگران ادامه دارد", "مدیر کارخانه")
    ]


def test_a_figure_in_colon_speech_is_claimed_by_its_speaker() -> None:
    figures = persian("فرماندار شهر گفت: ۳۰۰ خانه آسیب دیده است.").figures
    assert [(figure.text, figure.claimed_by) for figure in figures] == [
        ("۳۰۰ خانه", "فرماندار شهر")
    ]


def test_dari_and_iranian_light_verbs_and_a_titled_name_found_again_by_surname() -> None:
    assert direct(
        "آقای حسین کریمی روز شنبه تأکید نمود: برق قطع نمی‌شود.",
        "کریمی خاطرنشان ساخت: «شبکه آماده است.»",
        language="prs",
    ) == [("برق قطع نمی‌شود", "حسین کریمی"), ("شبکه آماده است.", "حسین کریمی")]


def test_a_figure_a_source_gives_and_another_denies_is_disputed() -> None:
    figures = persian(
        "به گفتهٔ اتحادیه، ۳۰۰ کارگر اخراج شده‌اند، اما مدیر کارخانه این رقم را رد کرد."
    ).figures
    assert [(f.text, f.claimed_by, f.disputed) for f in figures] == [("۳۰۰ کارگر", "اتحادیه", True)]


def test_a_name_then_its_role_without_commas_and_speech_in_the_next_paragraph() -> None:
    assert direct(
        "ذبیح‌الله مجاهد سخنگوی طالبان در پیامی نوشت: این گزارش درست نیست.",
        "سخنگوی طالبان افزود:",
        "هیچ نیرویی در این منطقه حضور ندارد. مردم آرام هستند.",
    ) == [
        ("این گزارش درست نیست", "ذبیح‌الله مجاهد"),
        ("هیچ نیرویی در این منطقه حضور ندارد. مردم آرام هستند", "ذبیح‌الله مجاهد"),
    ]


def test_a_view_held_is_reported_like_speech() -> None:
    assert reported("یک کارشناس اقتصادی معتقد است که تورم کاهش می‌یابد.") == [
        ("تورم کاهش می‌یابد", "یک کارشناس اقتصادی")
    ]


@pytest.mark.parametrize("language", ["fa", "prs"])
def test_a_tag_after_the_quotation_keeps_the_name_before_its_role(language: str) -> None:
    assert direct(
        "«کار سرک تا ماه آینده تمام می‌شود»، این را احمد نوری، سخنگوی شاروالی، به خبرنگاران گفت.",
        "«هیچ حمله‌ای رخ نداده است»، قاری محمد یونس، سخنگوی والی، به رسانه‌ها گفت.",
        language=language,
    ) == [
        ("کار سرک تا ماه آینده تمام می‌شود", "احمد نوری"),
        ("هیچ حمله‌ای رخ نداده است", "محمد یونس"),
    ]


def test_a_short_form_of_a_role_is_the_one_person_given_it() -> None:
    assert reported(
        "به گزارش خبرگزاری نمونه، محمد کریمی، مدیرعامل شرکت آب منطقه‌ای تهران، گفت که "
        "ذخایر سدها کم شده است.",
        "به گفتهٔ مدیرعامل شرکت آب، مصرف روزانه بالا رفته است.",
        "به گفتهٔ وزیر نیرو، برق قطع نمی‌شود.",
    ) == [
        ("ذخایر سدها کم شده است", "محمد کریمی"),
        ("مصرف روزانه بالا رفته است", "محمد کریمی"),
        ("برق قطع نمی‌شود", "وزیر نیرو"),
    ]


def test_this_source_is_the_source_that_spoke_last() -> None:
    assert reported(
        "یک منبع محلی به خبرنگاران گفت که صدای تیراندازی شنیده شد.",
        "به گفتهٔ این منبع، راه‌های ورودی دره بسته شده است.",
    ) == [
        ("صدای تیراندازی شنیده شد", "یک منبع محلی"),
        ("راه‌های ورودی دره بسته شده است", "یک منبع محلی"),
    ]


def test_an_unnamed_source_keeps_where_it_works_and_a_connective_is_no_subject() -> None:
    assert reported(
        "اما یک منبع در وزارت صحت که نخواست نامش فاش شود، به خبرنگاران گفت که دوا کم است."
    ) == [("دوا کم است", "یک منبع در وزارت صحت")]


def test_each_speech_verb_with_ke_reports_its_own_clause_and_a_colon_ends_them() -> None:
    extraction = persian(
        "حسین کریمی، سخنگوی پولیس، تکذیب کرد که کسی بازداشت شده باشد و گفت که تنها سه تن "
        "دستگیر شده‌اند.",
        "کریمی همچنین تکذیب کرد که راه بسته شده باشد و افزود: همهٔ راه‌ها باز است.",
    )
    assert [(q.text, q.speaker, q.type) for q in extraction.quotes] == [
        ("کسی بازداشت شده باشد", "حسین کریمی", QuoteType.INDIRECT),
        ("تنها سه تن دستگیر شده‌اند", "حسین کریمی", QuoteType.INDIRECT),
        ("راه بسته شده باشد", "حسین کریمی", QuoteType.INDIRECT),
        ("همهٔ راه‌ها باز است", "حسین کریمی", QuoteType.DIRECT),
    ]


def test_a_perfect_without_ast_reports_and_a_dateline_is_no_part_of_the_subject() -> None:
    assert reported(
        "کندز (آژانس نمونه): مقام‌های محلی می‌گویند که هفت غیرنظامی کشته شده‌اند.",
        "سازمان جهانی صحت در گزارش تازهٔ خود اعلام کرده که ۴۰۰ مرکز صحی بسته شده است.",
    ) == [
        ("هفت غیرنظامی کشته شده‌اند", "مقام‌های محلی"),
        ("۴۰۰ مرکز صحی بسته شده است", "سازمان جهانی صحت"),
    ]


def test_ba_bayan_inke_reports_a_clause_and_va_ends_a_clause_only_before_a_verb() -> None:
    assert reported(
        "علی کاظمی، معاون وزیر، با بیان اینکه مشترکان پرمصرف عامل فشار هستند، اظهار کرد که "
        "مصرف بالا رفته است.",
        "رئیس جلسه اعلام کرد که گزارش به قوهٔ قضاییه و دیوان محاسبات ارسال می‌شود.",
    ) == [
        ("مشترکان پرمصرف عامل فشار هستند", "علی کاظمی"),
        ("مصرف بالا رفته است", "علی کاظمی"),
        ("گزارش به قوهٔ قضاییه و دیوان محاسبات ارسال می‌شود", "رئیس جلسه"),
    ]


def test_a_surname_alone_keeps_its_person_for_a_later_pronoun_never_a_body() -> None:
    assert direct(
        "به گفتهٔ لیلا سمیعی، استاد زمین‌شناسی دانشگاه، زمین هر سال فرو می‌نشیند.",
        "سازمان آب اعلام کرد که برداشت کم شده است.",
        "سمیعی اما راه‌حل را فقط در کشاورزی نمی‌بیند. وی می‌گوید: «شهرها هم باید سهم خود را بپذیرند.»",
    ) == [("شهرها هم باید سهم خود را بپذیرند.", "لیلا سمیعی")]


def test_a_quotation_after_a_sentence_about_the_one_person_its_paragraph_names() -> None:
    assert direct(
        "حسین کریمی، عضو شورای روستای ده‌نو، دیگر امیدی ندارد. «زمین ما خشک شده است.»"
    ) == [("زمین ما خشک شده است.", "حسین کریمی")]


def test_a_reported_clause_quoting_some_of_its_words_is_both_kinds_of_speech() -> None:
    extraction = persian(
        "علی صادقی، سخنگوی وزارت صحت، گفت که «مسئله موقتی است» و آموزش دختران از سر گرفته خواهد شد."
    )
    assert [(q.text, q.speaker, q.type) for q in extraction.quotes] == [
        (
            "«مسئله موقتی است» و آموزش دختران از سر گرفته خواهد شد",
            "علی صادقی",
            QuoteType.INDIRECT,
        ),
        ("مسئله موقتی است", "علی صادقی", QuoteType.DIRECT),
    ]


def test_a_part_that_says_when_is_no_subject() -> None:
    assert reported(
        "ساعاتی پس از انتشار این گزارش، نسرین مقدم، سخنگوی دولت، تکذیب کرد که تصمیمی گرفته "
        "شده باشد."
    ) == [("تصمیمی گرفته شده باشد", "نسرین مقدم")]


def test_a_role_in_the_lead_is_the_person_the_next_paragraph_names_as_adding() -> None:
    assert direct(
        "مدیرکل امور اتباع وزارت کشور گفت: بیش از ۸۰۰ هزار تبعه بازگشته‌اند.",
        "علی کاظمی‌پور روز سه‌شنبه در گفت‌وگو با خبرنگار ما افزود: هدف ما ساماندهی است.",
        "یک منبع آگاه گفت: برنامه تغییر نکرده است.",
        "حسین رحیمی افزود: همه چیز آماده است.",
    ) == [
        ("بیش از ۸۰۰ هزار تبعه بازگشته‌اند", "علی کاظمی‌پور"),
        ("هدف ما ساماندهی است", "علی کاظمی‌پور"),
        ("برنامه تغییر نکرده است", "یک منبع آگاه"),
        ("همه چیز آماده است", "حسین رحیمی"),
    ]


def test_a_role_in_the_lead_is_the_titled_name_that_goes_on_after_a_clause_of_its_own() -> None:
    # The cleric's ranks are titles; `با اشاره به اینکه …` stands between the name and
    # `افزود`; the lead's role is a post (`امام جمعه`) and is that person's after, too.
    assert direct(
        "امام جمعهٔ موقت شهر در خطبه‌های این هفته گفت: مسئولان سرگرم برنامه‌های بی‌حاصل شده‌اند.",
        "حجت‌الاسلام والمسلمین رضا کاوه با اشاره به اینکه زباله‌ها در شهر مانده است، افزود: "
        "«کسی پاسخگو نیست.»",
        "امام جمعهٔ موقت شهر گفت: «این عدالت نیست.»",
    ) == [
        ("مسئولان سرگرم برنامه‌های بی‌حاصل شده‌اند", "رضا کاوه"),
        ("کسی پاسخگو نیست.", "رضا کاوه"),
        ("این عدالت نیست.", "رضا کاوه"),
    ]


def test_a_role_in_the_lead_is_the_name_that_states_next() -> None:
    # `تصریح کرد` goes on as `افزود` does; the lead's clause whose speaker was not found
    # (`و افزود که …`) is no second speaker.
    assert direct(
        "«بازار ارز آرام می‌شود»؛ این را معاون بانک مرکزی گفت و افزود که عرضهٔ ارز بیشتر شده است.",
        "بهرام صدری با بیان اینکه ذخایر کافی است، تصریح کرد: خرید هیجانی زیان دارد.",
    ) == [
        ("بازار ارز آرام می‌شود", "بهرام صدری"),
        ("خرید هیجانی زیان دارد", "بهرام صدری"),
    ]


@pytest.mark.parametrize(
    "following",
    [
        # another role set beside the name
        "نماینده مردم تبریز در مجلس، احمد رحیمی، خاطرنشان کرد: «ما حمایت می‌کنیم.»",
        "داکتر جاوید احمدزی، معین این وزارت، تصریح کرد: «ما حمایت می‌کنیم.»",
        # also, but, in reply
        "احمد رحیمی نیز خاطرنشان کرد: «ما حمایت می‌کنیم.»",
        "اما احمد رحیمی تصریح کرد: «ما حمایت می‌کنیم.»",
        "در واکنش به این سخنان، احمد رحیمی خاطرنشان کرد: «ما حمایت می‌کنیم.»",
    ],
    ids=["role-before", "role-after", "also", "but", "in-reply"],
)
def test_someone_else_in_the_next_paragraph_never_takes_the_lead_s_role(following: str) -> None:
    assert direct("سخنگوی وزارت صحت گفت: «شمار بیماران کاهش یافته است.»", following)[0] == (
        "شمار بیماران کاهش یافته است.",
        "سخنگوی وزارت صحت",
    )


def test_the_lead_s_role_again_beside_the_name_is_that_person() -> None:
    assert direct(
        "سخنگوی وزارت خارجه گفت: «مذاکرات ادامه دارد.»",
        "به گزارش ایرنا، ناصر کیانی، سخنگوی وزارت خارجه، افزود: «ما آماده‌ایم.»",
    ) == [("مذاکرات ادامه دارد.", "ناصر کیانی"), ("ما آماده‌ایم.", "ناصر کیانی")]


def test_a_coach_is_a_role_the_article_gave_a_name() -> None:
    assert reported(
        "مهدی اسدی، سرمربی تیم ملی، گفت که بازیکنان حقوق نگرفته‌اند.",
        "سرمربی تیم ملی تصریح کرد که اردوها باید از همین حالا آغاز شود.",
    ) == [
        ("بازیکنان حقوق نگرفته‌اند", "مهدی اسدی"),
        ("اردوها باید از همین حالا آغاز شود", "مهدی اسدی"),
    ]


def test_the_title_of_a_programme_is_no_one_s_words() -> None:
    # Not the words of the coach who spoke last, nor anyone's.
    assert direct(
        "بهنام اسدی، سرمربی تیم ملی، گفت: «چهار ماه است که حقوق نگرفته‌ایم.»",
        "سرمربی تیم ملی تصریح کرد که اردوها باید از همین حالا آغاز شود.",
        "اما رئیس فدراسیون ادعای سرمربی تیم ملی را رد کرد. داوود مهر شامگاه دوشنبه در "
        "برنامهٔ تلویزیونی «ورزش و مردم» گفت: همهٔ مطالبات پرداخت شده است.",
        "او گفت که قطعی‌ها طولانی‌تر از برنامه «ناشی از فرسودگی شبکه» بوده است.",
    ) == [
        ("چهار ماه است که حقوق نگرفته‌ایم.", "بهنام اسدی"),
        ("همهٔ مطالبات پرداخت شده است", "داوود مهر"),
        ("ناشی از فرسودگی شبکه", "داوود مهر"),
    ]


def test_an_expert_named_with_agah_is_found_again_by_surname() -> None:
    assert direct(
        "فضل‌الرحمن وردک، آگاه مسائل اقتصادی، می‌گوید که قیمت آرد بالا رفته است.",
        "وردک افزود: «بازار به واردات وابسته است.»",
        language="prs",
    ) == [("بازار به واردات وابسته است.", "فضل‌الرحمن وردک")]


def test_paragraphs_built_to_make_the_readers_slow_are_read_at_once() -> None:
    # Hundreds of named officials, or thousands of که clauses in one sentence, took tens
    # of seconds before; a slip back to that would stall this test.
    for paragraph in (
        "".join(f"آقای حسن{i} کریمی{i}، سخنگوی وزارت، گفت. " for i in range(800)),
        "وی گفت که " * 4000,
    ):
        extraction = persian(paragraph)
        assert all(quote.text in paragraph for quote in extraction.quotes)


def test_this_said_x_as_a_sentence_of_its_own_and_a_word_called_so() -> None:
    assert direct(
        "«آتش از چند طرف به روستا نزدیک شده بود». این را غلامرضا حیدری، دهیار روستا، می‌گوید؛ "
        "روستایی که دو روز در محاصرهٔ آتش بود.",
        "اما حمید بهرامی، عضو کمیسیون انرژی مجلس، این وعده را «غیرواقعی» خواند.",
    ) == [
        ("آتش از چند طرف به روستا نزدیک شده بود", "غلامرضا حیدری"),
        ("غیرواقعی", "حمید بهرامی"),
    ]


def test_a_professor_is_a_role_and_a_name_s_own_va_is_kept() -> None:
    assert reported(
        "دکتر فرهاد نیک‌پور، استاد هیدرولوژی دانشگاه صنعتی کوهسار، گفت که آب کم است.",
        "یک منبع آگاه در شرکت آب و فاضلاب گفت که فشار کم شده است.",
    ) == [
        ("آب کم است", "فرهاد نیک‌پور"),
        ("فشار کم شده است", "یک منبع آگاه در شرکت آب و فاضلاب"),
    ]


def test_a_name_after_the_word_joining_its_sentence_is_the_one_a_pronoun_then_means() -> None:
    assert direct(
        "مینا کریمی، سخنگوی شهرداری، گفت: کار پل تمام شده است.",
        "اما رضا نوری، مدیر یک شرکت ساختمانی، نظر دیگری دارد. وی می‌گوید: پل هنوز ایمن نیست.",
    ) == [
        ("کار پل تمام شده است", "مینا کریمی"),
        ("پل هنوز ایمن نیست", "رضا نوری"),
    ]


def test_a_role_then_the_name_between_commas_lets_the_surname_name_them_later() -> None:
    assert reported(
        "«آب شهر سالم است.» این را سخنگوی ادارهٔ آب، کامران صدری، روز دوشنبه گفت.",
        "به گفتهٔ صدری، آزمایش‌ها هر روز انجام می‌شود.",
    ) == [("آزمایش‌ها هر روز انجام می‌شود", "کامران صدری")]


def test_a_role_written_again_as_a_subject_is_who_a_pronoun_after_it_means() -> None:
    assert direct(
        "مهسا رادان، مدیرکل امور مهاجران استان، گفت که ۲۰ هزار نفر ثبت‌نام کرده‌اند.",
        "اما حمید شیرازی، مدیر یک مدرسه، می‌گوید: صدها کودک جا مانده‌اند.",
        "مدیرکل امور مهاجران اما این آمار را رد کرد. او گفت: هیچ کودکی جا نمانده است.",
    )[-1] == ("هیچ کودکی جا نمانده است", "مهسا رادان")


def test_a_tag_after_a_semicolon_names_the_speaker_of_the_quotation_before_it() -> None:
    assert direct(
        "«هیچ قطعی برنامه‌ریزی نشده است»؛ این را فرماندار شهر، بهرام تقوی، عصر دوشنبه گفت."
    ) == [("هیچ قطعی برنامه‌ریزی نشده است", "بهرام تقوی")]


def test_an_unnamed_spokesman_is_the_same_however_shortly_written_again() -> None:
    role = "سخنگوی شرکت آب منطقه‌ای دشت‌آباد"
    found = persian(
        f"{role} روز شنبه شایعهٔ جیره‌بندی آب را تکذیب کرد.",
        "وی در گفت‌وگو با خبرنگاران گفت: فشار آب فقط در ساعات شب کم می‌شود.",
        "سخنگوی این شرکت افزود که مصرف آب در هفتهٔ گذشته ۹ درصد بیشتر شده است.",
        "سخنگوی شرکت آب گفت که ذخیرهٔ سد تا پاییز کافی است.",
    ).quotes
    assert [(q.paragraph, q.speaker) for q in found] == [
        (2, role),
        (3, role),
        (4, role),
    ]


def test_someone_named_with_an_indefinite_role_is_who_a_pronoun_after_means() -> None:
    assert direct(
        "مولوی عبدالکریم صافی، ولسوال دره‌سبز، گفت: کار ساخت مکتب آغاز شده است.",
        "شکیلا امیری، پرستاری که در کلینیک شهرک کار می‌کند، اما نظر دیگری دارد. او "
        "می‌گوید: «هر روز بیش از ۱۰۰ مریض داریم.»",
        language="prs",
    ) == [
        ("کار ساخت مکتب آغاز شده است", "عبدالکریم صافی"),
        ("هر روز بیش از ۱۰۰ مریض داریم.", "شکیلا امیری"),
    ]


def test_a_tag_after_a_semicolon_may_name_its_subject_before_this_and_go_on() -> None:
    found = persian(
        "بهروز کامیاب، رئیس انجمن صنفی نانوایان، در نشستی شرکت کرد.",
        "«ما با افزایش قیمت مخالفیم»؛ کامیاب این را می‌گوید و می‌افزاید که انجمن از "
        "فرمانداری مهلت خواسته است.",
    ).quotes
    assert [(q.type, q.speaker) for q in found if q.paragraph == 2] == [
        (QuoteType.DIRECT, "بهروز کامیاب"),
        (QuoteType.INDIRECT, "بهروز کامیاب"),
    ]


def test_a_role_written_with_the_ezafe_stands_for_who_its_clause_described() -> None:
    found = direct(
        "شکیلا امیری، پرستاری که در کلینیک شهرک کار می‌کند، گفت: مریض‌ها زیاد هستند.",
        "مولوی عبدالکریم صافی، ولسوال دره‌سبز، گفت: کلینیک تازه ساخته می‌شود.",
        "پرستار کلینیک شهرک اما به این وعده‌ها امید ندارد. او گفت: «پارسال هم گفتند.»",
        language="prs",
    )
    assert found[-1] == ("پارسال هم گفتند.", "شکیلا امیری")


def test_a_body_s_name_with_its_own_commas_is_no_person_a_pronoun_means() -> None:
    # `سازمان صنعت، معدن و تجارت`: the body's name goes on past its commas.
    assert direct(
        "به گزارش خبرگزاری نمونه، حسین کریمی، رئیس سازمان صنعت، معدن و تجارت استان، روز"
        " دوشنبه اظهار کرد: صادرات استان ۱۸ درصد افزایش یافت.",
        "وی افزود: سه کشور مقصد اصلی کالاهای استان هستند.",
    ) == [
        ("صادرات استان ۱۸ درصد افزایش یافت", "حسین کریمی"),
        ("سه کشور مقصد اصلی کالاهای استان هستند", "حسین کریمی"),
    ]


def test_the_speaker_a_pronoun_means_is_the_subject_without_its_verb() -> None:
    assert reported(
        "دادستان عمومی شهرستان کوهسار اعلام کرد که کیفرخواست صادر شده است. به گفتهٔ وی،"
        " متهمان ۳۲۰ میلیارد تومان برداشت کرده‌اند."
    ) == [
        ("کیفرخواست صادر شده است", "دادستان عمومی شهرستان کوهسار"),
        ("متهمان ۳۲۰ میلیارد تومان برداشت کرده‌اند", "دادستان عمومی شهرستان کوهسار"),
    ]


def test_a_first_name_alone_beside_an_age_is_a_person_whom_او_means() -> None:
    assert direct(
        "رضا قنبری، پیمانکار این پروژه، می‌گوید: کارگر پیدا نمی‌شود.",
        "عبدالواحد، کارگر ۲۸ ساله اهل هرات، یکی از ۹ نفری است که مانده‌اند. او می‌گوید:"
        " «من هم شب‌ها از کارگاه بیرون نمی‌آیم.»",
    ) == [
        ("کارگر پیدا نمی‌شود", "رضا قنبری"),
        ("من هم شب‌ها از کارگاه بیرون نمی‌آیم.", "عبدالواحد"),
    ]


def test_one_of_a_group_named_by_a_pronoun_is_nobody() -> None:
    # `یکی از آنان` (one of them) names no one a reader could; `یکی از باشندگان` (one of
    # the residents) is a description, given as written.
    assert direct(
        "احمد کریمی گفت: «بازار امروز بسته بود.»",
        "دو زن از بازار برگشتند. یکی از آنان گفت: «نان گران شده است.»",
        "یکی از باشندگان گفت: «آب نداریم.»",
    ) == [
        ("بازار امروز بسته بود.", "احمد کریمی"),
        ("نان گران شده است.", None),
        ("آب نداریم.", "یکی از باشندگان"),
    ]


def test_one_of_them_introducing_words_is_nobody_and_no_earlier_voice_goes_on() -> None:
    assert direct(
        "احمد کریمی، والی ولایت، به دیدار کارگران رفت. یکی از آنان گفت: «سه ماه است که معاش "
        "نگرفته‌ایم». «فرزندان ما گرسنه هستند».",
    ) == [("سه ماه است که معاش نگرفته‌ایم", None), ("فرزندان ما گرسنه هستند", None)]


def test_a_name_after_and_with_its_role_in_apposition_holds_that_role() -> None:
    # `… was devoted to questions to the energy minister, and Mehrdad Salehi, the energy
    # minister, came to answer.` ¶ `The energy minister stressed that …`
    assert reported(
        "نشست مجلس به سؤال نمایندگان از وزیر نیرو اختصاص داشت و مهرداد صالحی، وزیر نیرو، "
        "برای پاسخ‌گویی حاضر شد.",
        "وزیر نیرو تأکید کرد که برق بیمارستان‌ها قطع نخواهد شد.",
    ) == [("برق بیمارستان‌ها قطع نخواهد شد", "مهرداد صالحی")]


def test_a_public_relations_office_speaks_as_a_body_not_as_a_name() -> None:
    assert reported(
        "روابط عمومی وزارت نیرو در اطلاعیه‌ای اعلام کرد که ارقام وزیر بر پایهٔ داده‌های رسمی است."
    ) == [("ارقام وزیر بر پایهٔ داده‌های رسمی است", "روابط عمومی وزارت نیرو")]


def test_this_economist_is_the_one_recent_speaker_the_article_called_an_economist() -> None:
    assert reported(
        "فرشته ملکی، اقتصاددان و استاد دانشگاه، گفت که ریشهٔ گرانی رشد نقدینگی است.",
        "به گفتهٔ این اقتصاددان، یک خانوار چهارنفره ماهانه ۱۴ میلیون تومان نیاز دارد.",
    ) == [
        ("ریشهٔ گرانی رشد نقدینگی است", "فرشته ملکی"),
        ("یک خانوار چهارنفره ماهانه ۱۴ میلیون تومان نیاز دارد", "فرشته ملکی"),
    ]


def test_this_journalist_s_wife_speaks_as_the_article_describes_her() -> None:
    assert direct(
        "سخنگوی قوه قضاییه گفت: این روزنامه‌نگار به دلیل فعالیت رسانه‌ای بازداشت نشده است.",
        "همسر این روزنامه‌نگار روز دوشنبه گفت: «۵۰ روز است که از او خبری نداریم».",
    ) == [
        ("این روزنامه‌نگار به دلیل فعالیت رسانه‌ای بازداشت نشده است", "سخنگوی قوه قضاییه"),
        ("۵۰ روز است که از او خبری نداریم", "همسر این روزنامه‌نگار"),
    ]


def test_words_judged_by_a_verb_after_them_are_the_subject_s_before_an_and() -> None:
    # `Nikayin called the MP's figures "untrue" and said: …`: the surname opening the
    # sentence judges, not the surname with the object after it.
    assert direct(
        "غلامحسین نیک‌آیین، وزیر جهاد کشاورزی، در مجلس حاضر شد.",
        "نیک‌آیین آمار این نماینده را «خلاف واقع» خواند و گفت: ما مجوز تازه‌ای صادر نکرده‌ایم.",
    ) == [
        ("خلاف واقع", "غلامحسین نیک‌آیین"),
        ("ما مجوز تازه‌ای صادر نکرده‌ایم", "غلامحسین نیک‌آیین"),
    ]


def test_a_label_after_so_called_is_no_one_s_words() -> None:
    found = direct(
        "محمد رحیمی، سخنگوی قوه قضاییه، در نشستی خبری حاضر شد.",
        "رحیمی از صدور کیفرخواست پروندهٔ موسوم به «قاچاق سوخت» خبر داد و افزود: رسیدگی ادامه دارد.",
    )
    assert [text for text, _ in found] == ["رسیدگی ادامه دارد"]


def test_words_a_speaker_states_are_theirs_and_this_official_is_the_one_named_last() -> None:
    assert direct(
        "کامران صدری‌نیا، سخنگوی صنعت برق، در نشستی خبری حاضر شد.",
        "صدری‌نیا با بیان اینکه «شرایط امسال بی‌سابقه است»، افزود: سهم برق‌آبی کم شده است.",
        "جواد میرشکاری، مدیرکل امور اتباع، گفت: مرز باز است.",
        "این مقام مسئول با بیان اینکه «مهلت به پایان رسیده است»، تصریح کرد که کارفرمایان"
        " جریمه می‌شوند.",
    ) == [
        ("شرایط امسال بی‌سابقه است", "کامران صدری‌نیا"),
        ("سهم برق‌آبی کم شده است", "کامران صدری‌نیا"),
        ("مرز باز است", "جواد میرشکاری"),
        ("مهلت به پایان رسیده است", "جواد میرشکاری"),
    ]


def test_a_role_over_this_body_is_its_holder_s_when_the_body_is_named_in_full() -> None:
    # `Amiri, the spokesman of this front,` ¶ `The resistance front's spokesman also claimed`
    assert reported(
        "جبههٔ مقاومت این ادعا را رد کرد. ضیاءالحق امیری، سخنگوی این جبهه، گفت که"
        " بازداشت‌شدگان غیرنظامی هستند.",
        "سخنگوی جبههٔ مقاومت همچنین مدعی شد که نیروهای جبهه بر یک پوسته حمله کرده‌اند.",
    ) == [
        ("بازداشت‌شدگان غیرنظامی هستند", "ضیاءالحق امیری"),
        ("نیروهای جبهه بر یک پوسته حمله کرده‌اند", "ضیاءالحق امیری"),
    ]


def test_this_official_is_the_one_named_last_with_an_official_s_post() -> None:
    # `The labour minister met Sara Mohammadi, a labour activist.` ¶ `This official said:`
    assert direct(
        "احمد صادقی، وزیر کار، با سارا محمدی، فعال کارگری، دیدار کرد.",
        "این مقام مسئول گفت: «مطالبات کارگران پیگیری می‌شود.»",
    ) == [("مطالبات کارگران پیگیری می‌شود.", "احمد صادقی")]


def test_a_verb_without_subject_before_a_colon_is_no_speaker() -> None:
    # `در این بیانیه … آمده است:`: it is written there; the verb is no one's name.
    found = persian(
        "به گزارش مهرتاب، در این بیانیه که عصر دیروز قرائت شد، آمده است: «دولت باید "
        "تورم را مهار کند.»"
    ).quotes
    assert [(q.text, q.speaker) for q in found] == [("دولت باید تورم را مهار کند.", None)]


def test_the_past_perfect_reports_and_a_semicolon_ends_its_clause() -> None:
    found = persian(
        "جبههٔ مقاومت سال گذشته مدعی شده بود که صدها نیروی طالبان را کشته است؛ امارت "
        "اسلامی اما همواره رد کرده است که این جبهه در داخل کشور حضور داشته باشد.",
        language="prs",
    ).quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("صدها نیروی طالبان را کشته است", "جبههٔ مقاومت"),
        ("این جبهه در داخل کشور حضور داشته باشد", "امارت اسلامی"),
    ]


def test_this_ministry_and_this_institution_are_the_body_that_spoke() -> None:
    found = persian(
        "وزارت خزانه‌داری آمریکا هفتهٔ گذشته اعلام کرده بود که ۱۸ نفتکش را تحریم کرده است. "
        "به گفتهٔ این وزارتخانه، این شبکه محموله‌هایی جابه‌جا کرده است.",
        "سازمان جهانی بهداشت اعلام کرد که شمار بیماران کاهش یافته است. به گفتهٔ این نهاد "
        "بین‌المللی، واکسن به همهٔ استان‌ها رسیده است.",
    ).quotes
    assert [q.speaker for q in found] == [
        "وزارت خزانه‌داری آمریکا",
        "وزارت خزانه‌داری آمریکا",
        "سازمان جهانی بهداشت",
        "سازمان جهانی بهداشت",
    ]


def test_a_reply_may_be_the_one_another_s_words_named() -> None:
    found = persian(
        "رئیس دانشگاه، مهدی فرهادی، اعلام کرد که استاد این دانشگاه، کاوه نوری، اخراج شده "
        "است. او در واکنش گفت: «من هیچ تخلفی نکرده‌ام.»"
    ).quotes
    assert [(q.text, q.speaker) for q in found][1:] == [("من هیچ تخلفی نکرده‌ام.", "کاوه نوری")]


def test_a_relative_and_this_person_is_who_speaks() -> None:
    found = persian(
        "خانوادهٔ این روزنامه‌نگار اما پیش‌تر گفته بودند که او تنها گزارش‌هایی منتشر کرده است."
    ).quotes
    assert [q.speaker for q in found] == ["خانوادهٔ این روزنامه‌نگار"]


def test_a_clause_after_a_one_word_source_is_no_name_for_it() -> None:
    # `به گفتهٔ اتحادیه، کارگران … اخراج شده‌اند`: what the union says, not who it is.
    found = persian("به گفتهٔ اتحادیه، کارگران زیادی اخراج شده‌اند.").quotes
    assert [(q.text, q.speaker) for q in found] == [("کارگران زیادی اخراج شده‌اند", "اتحادیه")]


def test_an_anaphoric_body_is_one_in_view_whose_name_holds_no_verb() -> None:
    found = persian(
        "وزارت نیرو از قطعی برق در ده استان خبر داد. به گفتهٔ این وزارتخانه، مصرف برق "
        "۱۵ درصد افزایش یافته است.",
        "کمیسیون مستقل حقوق بشر گزارش تازه‌ای منتشر کرد. به گفتهٔ این نهاد، شمار تلفات "
        "۲۰ درصد افزایش یافته است.",
    ).quotes
    # The ministry, named in view; the commission never spoke, and the ministry is out of
    # view, so `این نهاد` is no one.
    assert [q.speaker for q in found] == ["وزارت نیرو", None]


def test_another_s_words_after_but_end_a_reported_clause() -> None:
    found = persian(
        "رئیس‌جمهور پیش‌تر گفته بود که دولت از کشاورزان حمایت می‌کند، اما کشاورزان خوزستان "
        "می‌گویند هنوز هیچ کمکی دریافت نکرده‌اند."
    ).quotes
    assert [(q.text, q.speaker) for q in found] == [("دولت از کشاورزان حمایت می‌کند", "رئیس‌جمهور")]


def test_a_role_and_a_name_that_goes_on_in_one_paragraph_are_one_person() -> None:
    # The lead gives the role; the next sentence names who goes on (`ادامه داد`).
    assert [
        speaker
        for _, speaker in reported(
            "وزیر نیرو در جمع خبرنگاران اظهار داشت که جیره‌بندی آب در کار نیست. "
            "کامران صدری‌نیا ادامه داد که مخازن سدها پر است."
        )
    ] == ["کامران صدری‌نیا", "کامران صدری‌نیا"]
    # A name, then a role that goes on: the role may be another's, and stays as written.
    assert [
        speaker
        for _, speaker in reported(
            "علی رضایی، عضو کمیسیون امنیت ملی مجلس، گفت که مذاکرات ادامه دارد. "
            "وزیر خارجه افزود که ایران آماده است."
        )
    ] == ["علی رضایی", "وزیر خارجه"]


def test_the_subject_of_khabar_dad_speaks_not_what_it_gave_news_of() -> None:
    assert reported(
        "رئیس سازمان آب منطقه‌ای از کاهش ذخایر سدهای استان خبر داد و گفت که جیره‌بندی آب"
        " از هفتهٔ آینده آغاز می‌شود."
    ) == [("جیره‌بندی آب از هفتهٔ آینده آغاز می‌شود", "رئیس سازمان آب منطقه‌ای")]


def test_a_subject_before_an_object_is_the_role_the_article_gave_someone() -> None:
    assert reported(
        "پرویز کاظمی، رئیس سازمان برنامه و بودجه، روز یکشنبه گفت که بودجه کسری ندارد.",
        "رئیس سازمان برنامه و بودجه گزارش مرکز پژوهش‌ها را رد کرد و گفت که این ارقام قدیمی است.",
    )[1] == ("این ارقام قدیمی است", "پرویز کاظمی")


def test_an_object_that_names_someone_gives_them_no_words() -> None:
    # Whose claim was denied is not who denies it: without a known subject, no one.
    assert reported(
        "نسرین فرهادی، عضو شورای شهر، گفت که نیمی از اتوبوس‌ها فرسوده است.",
        "سخنگوی شرکت واحد ادعای نسرین فرهادی را رد کرد و گفت که ناوگان نوسازی شده است.",
    )[1] == ("ناوگان نوسازی شده است", None)


def test_een_ra_x_goft_gives_what_follows_to_x() -> None:
    assert reported(
        "«قیمت‌ها پایین نمی‌آید»؛ این را رئیس اتاق اصناف در گفت‌وگو با خبرنگاران گفت و"
        " افزود که عرضهٔ کالا کم شده است."
    ) == [("عرضهٔ کالا کم شده است", "رئیس اتاق اصناف")]


def test_a_speech_verb_inside_another_word_is_no_tag() -> None:
    # `فرا می‌خواند` (summons) holds `خواند` (called): no tag for the quotation before it.
    assert direct(
        "کاوه نوروزی، نمایندهٔ مردم اراک، گفت: دولت قیمت را افزایش داده است.",
        "این نماینده ادامه داد: «به ما گفته بودند افزایش قیمت کم خواهد بود.» به گفتهٔ وی،"
        " کمیسیون هفتهٔ آینده وزیر را فرا می‌خواند.",
    )[1] == ("به ما گفته بودند افزایش قیمت کم خواهد بود.", "کاوه نوروزی")


def test_someone_who_gave_a_name_speaks_by_it_and_is_whom_a_pronoun_means() -> None:
    assert reported(
        "سیما کرمانی، مدیر شرکت برق، گفت که خاموشی‌ها ادامه دارد.",
        "مغازه‌داری که خود را رسول معرفی کرد، گفت فروش باتری چند برابر شده است. به گفتهٔ او،"
        " قیمت هر باتری دو برابر شده است.",
    )[-1] == ("قیمت هر باتری دو برابر شده است", "رسول")


def test_a_name_given_with_what_they_are_after_it_is_still_the_speaker() -> None:
    assert reported(
        "راننده‌ای که خود را جواد، کارگر کارخانهٔ قند معرفی کرد، گفت که جاده سه روز بسته بود."
    ) == [("جاده سه روز بسته بود", "جواد")]


@pytest.mark.parametrize(
    "subject",
    [
        # `also` after the subject and what it is
        ("پروین عطایی، صاحب یک نانوایی کوچک، نیز", "پروین عطایی"),
        # `also` before a clause about them: the whole description, its `به` kept
        ("پدر یک بیمار مبتلا به دیابت هم که در صف ایستاده بود،", "پدر یک بیمار مبتلا به دیابت"),
    ],
    ids=["also-after-apposition", "also-then-who"],
)
def test_the_subject_ends_where_its_also_stands(subject: tuple[str, str]) -> None:
    words, speaker = subject
    assert reported(f"{words} می‌گوید فروش روزانه تقریباً نصف شده است.") == [
        ("فروش روزانه تقریباً نصف شده است", speaker)
    ]


def test_after_this_the_subject_ends_at_its_own_speech_verb() -> None:
    assert reported(
        "«ما این را می‌پذیریم»؛ این را سخنگوی شرکت واحد گفت و افزود که درآمد بلیت هزینه‌ها را"
        " پوشش نمی‌دهد."
    ) == [("درآمد بلیت هزینه‌ها را پوشش نمی‌دهد", "سخنگوی شرکت واحد")]


def test_a_latin_comma_inside_a_number_splits_no_subject() -> None:
    assert reported(
        "مدیرعامل باشگاه از بدهی 1,450 میلیارد تومانی خبر داد و گفت که بخش بزرگی از آن ارزی است."
    ) == [("بخش بزرگی از آن ارزی است", "مدیرعامل باشگاه")]


def test_a_body_fighting_something_keeps_its_name_whole() -> None:
    assert reported(
        "ادارهٔ مبارزه با آفات نباتی اعلام کرد که ملخ‌ها به سه ولسوالی رسیده‌اند.",
        "ستاد مقابله با کرونا اعلام کرد که مدارس باز می‌مانند.",
    ) == [
        ("ملخ‌ها به سه ولسوالی رسیده‌اند", "ادارهٔ مبارزه با آفات نباتی"),
        ("مدارس باز می‌مانند", "ستاد مقابله با کرونا"),
    ]


def test_according_to_inside_a_relative_clause_gives_its_source() -> None:
    assert reported(
        "ماموران سه متهم را بازداشت کردند؛ محموله‌ای که به گفتهٔ فرماندهٔ مرزبانی، ارزش آن بیش از"
        " ۱۰ میلیارد تومان است."
    ) == [("ارزش آن بیش از ۱۰ میلیارد تومان است", "فرماندهٔ مرزبانی")]


def test_according_to_in_a_clause_about_the_subject_leaves_the_subject_speaking() -> None:
    assert reported(
        "احمد رحیمی که به گفتهٔ خانواده‌اش، سال‌ها در ایران کار کرده بود، می‌گوید که وضعیت"
        " اقتصادی بدتر شده است."
    ) == [("وضعیت اقتصادی بدتر شده است", "احمد رحیمی")]


def test_an_also_inside_the_subject_s_own_clause_ends_nothing() -> None:
    assert direct(
        "احمد که به برادرش هم که در ایران کار می‌کند پول می‌فرستد، می‌گوید: «این ماه چیزی نمانده است.»"
    ) == [("این ماه چیزی نمانده است.", "احمد")]


def test_words_to_whom_one_gave_a_name_are_no_name() -> None:
    assert (
        direct(
            "زنی که خود را به خبرنگاران، تنها با نام مریم معرفی کرد، گفت: «شوهرم ناپدید شده است.»"
        )[0][1]
        != "به خبرنگاران"
    )


def test_according_to_inside_another_s_report_is_no_report_of_its_own() -> None:
    assert reported(
        "نمایندهٔ شیراز افزود که تأخیر در بازگشت ارز، که به گفتهٔ او رقمی نزدیک به ۱۲ میلیارد دلار"
        " است، عامل اصلی گرانی بوده است."
    ) == [
        (
            "تأخیر در بازگشت ارز، که به گفتهٔ او رقمی نزدیک به ۱۲ میلیارد دلار است، عامل اصلی"
            " گرانی بوده است",
            "نمایندهٔ شیراز",
        )
    ]


def test_an_object_before_a_judged_quotation_is_no_name_of_the_role_before_it() -> None:
    # `یکی از پدران …، تعطیلی مدارس را «…» خواند`: the father judges; the closure is judged.
    assert direct("یکی از مادران که نخواست نامش منتشر شود، تعطیلی مدارس را «بی‌فایده» خواند.") == [
        ("بی‌فایده", "یکی از مادران")
    ]


def test_een_dar_hali_ast_ke_opens_no_subject_of_its_own() -> None:
    assert direct(
        "این در حالی است که سخنگوی وزارت صحت پیش‌تر این آمار را «مبالغه‌آمیز» خوانده بود.",
        language="prs",
    ) == [("مبالغه‌آمیز", "سخنگوی وزارت صحت")]


def test_a_reported_clause_ends_where_marked_speech_after_a_colon_begins() -> None:
    assert reported(
        "سخنگوی بانک مرکزی رد کرد که بانک‌ها با کمبود پول نقد روبه‌رو باشند و گفت: «ذخایر"
        " پولی در وضعیت خوب قرار دارد.»"
    ) == [("بانک‌ها با کمبود پول نقد روبه‌رو باشند", "سخنگوی بانک مرکزی")]


def test_a_name_given_by_someone_not_the_subject_is_not_the_speaker() -> None:
    # Whose name is given is the husband, the impostor: not the wife, not the police.
    speakers = [
        speaker
        for _, speaker in direct("همسر مردی که خود را کریم معرفی کرد، گفت: «شوهرم بیکار است.»")
        + reported(
            "پلیس تهران مردی را که خود را سرهنگ رضایی معرفی کرده بود بازداشت کرد و گفت که"
            " او مأمور قلابی است."
        )
    ]
    assert "کریم" not in speakers and "سرهنگ رضایی" not in speakers


def test_a_role_of_another_place_before_an_object_is_not_the_named_holder_s() -> None:
    assert (
        reported(
            "محمد نعیم، رئیس صحت عامه ولایت بلخ، گفت که بیماری گسترش یافته است.",
            "رئیس صحت عامه ولایت هرات گزارش سازمان صحی جهان را رد کرد و گفت که وضعیت عادی است.",
        )[1][1]
        != "محمد نعیم"
    )


def test_the_imperfect_mi_goft_is_a_speech_verb() -> None:
    assert direct(
        "سیما کرمانی، مدیر شرکت برق، گفت: «خاموشی‌ها ادامه دارد.» «کسی به فکر ما نیست»،"
        " حمید کریمی، مغازه‌دار بازار، می‌گفت."
    )[-1] == ("کسی به فکر ما نیست", "حمید کریمی")


def test_a_new_subject_after_one_clause_s_verb_and_va_speaks() -> None:
    assert reported(
        "پلیس از بازداشت دو مظنون خبر داد و دادستان تهران گفت که پرونده به دادگاه می‌رود."
    ) == [("پرونده به دادگاه می‌رود", "دادستان تهران")]


def test_a_clause_after_a_verb_of_speech_without_that_is_reported() -> None:
    assert reported(
        "نسرین کاظمی گفت قیمت نان از ماه آینده افزایش می‌یابد.",
        "در بازار میوهٔ شهر، بزرگ‌ترین بازار استان، فروشندگان می‌گویند خرید مردم نصف شده است.",
    ) == [
        ("قیمت نان از ماه آینده افزایش می‌یابد", "نسرین کاظمی"),
        ("خرید مردم نصف شده است", "فروشندگان"),
    ]


def test_no_clause_without_that_where_the_verb_is_no_one_s_speech() -> None:
    assert (
        reported(
            # a passive (it is said), and a participle that is a noun (this statement)
            "گفته می‌شود کارخانه‌ها آب رودخانه را می‌برند.",
            "کامران صافی این گفته را رد کرد.",
            # a clause of its own before `و`: where its subject ends is a guess
            "نرخ دلار به ۹۶ هزار تومان رسید و فعالان بازار می‌گویند هزینه‌ها بالا رفته است.",
        )
        == []
    )


def test_a_clause_without_that_inside_words_a_colon_gave_is_theirs() -> None:
    found = persian(
        "شیرین‌گل به خبرنگار ما گفت: فرزندانم در پاکستان به دنیا آمده‌اند. پولیس گفت "
        "اگر تا آخر ماه نروید، همه را زندانی می‌کنیم."
    ).quotes
    assert [(q.type, q.speaker) for q in found] == [(QuoteType.DIRECT, "شیرین‌گل")]


def test_a_title_and_a_first_name_beside_one_of_a_group_is_a_person() -> None:
    # `او` then stands for him, not for the farmer who spoke before.
    assert direct(
        "عبدالصمد، کشاورزی از ولسوالی دولت‌آباد، به خبرنگار گفت: زمین ما خشک است.",
        "حاجی نورمحمد، یکی از بزرگان محلی، اما نگاه دیگری دارد. او گفت: «کانال پوشش ندارد.»",
        language="prs",
    ) == [("زمین ما خشک است", "عبدالصمد"), ("کانال پوشش ندارد.", "نورمحمد")]


def test_a_shorter_role_of_the_one_who_spoke_last_is_theirs() -> None:
    opening = (
        "به گفتهٔ کامران احمدی، رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی استان یزد، "
        "این حادثه بامداد رخ داد."
    )
    assert direct(opening, "رئیس اورژانس یزد افزود: ۱۲ آمبولانس اعزام شدند.") == [
        ("۱۲ آمبولانس اعزام شدند", "کامران احمدی")
    ]
    # another head of another body, who shares only the place
    assert direct(opening, "رئیس پلیس راه یزد افزود: جاده بسته شد.") == [
        ("جاده بسته شد", "رئیس پلیس راه یزد")
    ]


def test_words_quoted_before_a_subject_stating_this_are_the_subject_s() -> None:
    assert direct(
        "حمید رضایی، معاون استاندار، گفت که سهمیهٔ آرد کاهش نیافته است.",
        "«مشکل کمبود آرد نیست.»؛ این مقام مسئول با بیان این مطلب خاطرنشان کرد که سامانهٔ "
        "نان از ماه آینده فعال می‌شود.",
    ) == [("مشکل کمبود آرد نیست.", "حمید رضایی")]


def test_no_clause_without_that_after_words_that_open_no_subject() -> None:
    assert (
        reported(
            "باید گفت وضعیت آموزش دختران هر روز بدتر می‌شود.",
            "مردم محل به او داکتر صاحب می‌گویند زیرا سال‌ها در کلینیک کار کرده است.",
        )
        == []
    )


def test_a_shorter_role_naming_another_province_is_not_the_last_speaker_s() -> None:
    assert direct(
        "به گفتهٔ محمد قاسم ریاض، فرمانده پولیس ولایت هلمند، دو نفر بازداشت شدند.",
        "فرمانده پولیس ولایت قندهار نیز گفت: جاده باز است.",
        language="prs",
    ) == [("جاده باز است", "فرمانده پولیس ولایت قندهار")]


def test_a_village_named_after_a_title_word_is_no_person() -> None:
    assert direct(
        "عبدالله مفتون، سخنگوی ولایت، گفت: برف راه‌ها را بسته است.",
        "حاجی آباد، یکی از روستاهای دورافتاده، هنوز مسدود است. او افزود: «کمک نرسیده است.»",
        language="prs",
    ) == [("برف راه‌ها را بسته است", "عبدالله مفتون"), ("کمک نرسیده است.", "عبدالله مفتون")]


def test_a_demonstrative_alone_is_no_subject_of_a_clause_without_that() -> None:
    assert (
        len(
            reported(
                "این گفته وزیر خارجه با واکنش تند کاربران در شبکه‌های اجتماعی روبرو شد.",
                "این مقام گفت بودجهٔ امسال کافی نیست.",
            )
        )
        == 1
    )
    assert (
        reported(
            "این گفته وزیر خارجه با واکنش تند کاربران در شبکه‌های اجتماعی روبرو شد.",
            "این مقام گفت بودجهٔ امسال کافی نیست.",
        )[0][0]
        == "بودجهٔ امسال کافی نیست"
    )


def test_the_words_of_a_statement_are_the_body_s_that_the_sentence_before_says_issued_it() -> None:
    assert direct(
        "انجمن نانوایان شیراز نیز در اطلاعیه‌ای نسبت به کمبود آرد هشدار داد. در این اطلاعیه "
        "آمده است: «ذخیرهٔ آرد بیشتر نانوایی‌ها تنها برای سه روز کافی است.»",
        "در این بیانیه آمده است: «هیچ نانوایی تعطیل نشده است.»",
        "اما دفتر سازمان جهانی غذا در امور بحران در بیانیه‌ای که روز شنبه منتشر شد، خواستار "
        "کمک شد. در این بیانیه آمده است: «ذخایر گندم رو به پایان است.»",
    ) == [
        ("ذخیرهٔ آرد بیشتر نانوایی‌ها تنها برای سه روز کافی است.", "انجمن نانوایان شیراز"),
        ("هیچ نانوایی تعطیل نشده است.", None),
        ("ذخایر گندم رو به پایان است.", "دفتر سازمان جهانی غذا در امور بحران"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the report is named in what someone else said of it
        "سخنگوی وزارت خارجه گفت که سازمان ملل در گزارشی ادعاهای نادرستی مطرح کرده است. "
        "در این گزارش آمده است: «زنان از کار محروم شده‌اند.»",
        # a message, not the letter the words are from
        "رئیس‌جمهور در پیامی به مردم، از نامه‌ای یاد کرد که خانواده‌ها فرستاده بودند. "
        "در این نامه آمده است: «زنان از کار محروم شده‌اند.»",
    ],
    ids=["reported-report", "another-document"],
)
def test_a_document_no_one_plainly_issued_quotes_nobody(paragraph: str) -> None:
    assert direct(paragraph) == [("زنان از کار محروم شده‌اند.", None)]


def test_a_title_after_one_is_someone_unnamed_of_that_rank() -> None:
    assert direct(
        "یک پوهنیار پوهنتون هرات که نخواست نامش فاش شود گفت: «معاش ما پرداخت نشده است.»",
        language="prs",
    ) == [("معاش ما پرداخت نشده است.", "یک پوهنیار پوهنتون هرات")]


def test_an_afghan_academic_rank_is_a_title() -> None:
    assert direct(
        "پوهنوال فریدون سلطانی، استاد پوهنتون کابل، در پاسخ به انتقادها گفت: ارقام ما از "
        "زمین‌های للمی است.",
        language="prs",
    ) == [("ارقام ما از زمین‌های للمی است", "فریدون سلطانی")]


@pytest.mark.parametrize(
    "opening",
    [
        # someone described, then said to be something, between commas
        "برادرزادهٔ آقای صدری، یکی از کارگران کارخانه، پیش‌تر در تبریز کار می‌کرد.",
        # someone set against who spoke before
        "نیک‌پور اما این رقم را کامل نمی‌داند.",
    ],
    ids=["apposition", "contrast"],
)
def test_a_pronoun_after_a_sentence_about_someone_else_is_a_doubt(opening: str) -> None:
    assert reported(
        "مهران صدری، مدیرعامل کارخانه، گفت: «تولید متوقف نشده است.»",
        "شیرین نیک‌پور، حسابرس شرکت، نظر دیگری دارد.",
        f"{opening} او می‌گوید دستمزدها سه ماه است پرداخت نشده است.",
    ) == [("دستمزدها سه ماه است پرداخت نشده است", None)]


def test_a_pronoun_after_a_sentence_presenting_someone_by_first_name_is_theirs() -> None:
    # `بهرام، یکی از کارگران …` names a person, whom the sentence is about.
    assert reported(
        "مهران صدری، مدیرعامل کارخانه، گفت: «تولید متوقف نشده است.»",
        "بهرام، یکی از کارگران کارخانه و برادرزادهٔ آقای صدری، پیش‌تر در تبریز کار می‌کرد. "
        "او می‌گوید دستمزدها سه ماه است پرداخت نشده است.",
    ) == [("دستمزدها سه ماه است پرداخت نشده است", "بهرام")]


def test_a_pronoun_after_a_sentence_about_the_one_who_spoke_is_theirs() -> None:
    assert reported(
        "مهران صدری، مدیرعامل کارخانه، گفت: «تولید متوقف نشده است.»",
        "صدری اما این گزارش را نمی‌پذیرد. او می‌گوید کارخانه سود داده است.",
    ) == [("کارخانه سود داده است", "مهران صدری")]


def test_a_mission_s_name_holding_another_body_s_is_one_body() -> None:
    assert direct(
        "هیئت معاونت سازمان ملل متحد در افغانستان گفت: «همهٔ طرف‌ها باید به قوانین پایبند باشند.»",
        language="prs",
    ) == [("همهٔ طرف‌ها باید به قوانین پایبند باشند.", "هیئت معاونت سازمان ملل متحد")]


def test_a_place_opening_the_sentence_is_no_part_of_its_subject() -> None:
    assert reported(
        "بیرون از ورزشگاه، حمیدالله که دکان کوچکی دارد، گفت فروشش دو برابر شده است.",
    ) == [("فروشش دو برابر شده است", "حمیدالله")]


def test_a_pronoun_after_a_sentence_about_someone_unnamed_is_a_doubt() -> None:
    assert reported(
        "کیوان رستمی، مدیرکل نظارت بر دارو، گفت: «کمبودی وجود ندارد.»",
        "یک داروساز در تهران که نخواست نامش فاش شود روایت دیگری دارد. به گفتهٔ او، سهم "
        "تولید داخل حداکثر ۴۰ درصد است.",
    ) == [("سهم تولید داخل حداکثر ۴۰ درصد است", None)]


def test_a_part_saying_when_is_no_subject_and_a_time_after_a_name_no_part_of_it() -> None:
    # `هنگام رفتن` (on leaving) and `ساعتی بعد` (an hour later) say when, not who.
    assert direct(
        "پدر سه کودک که از صبح در صف ایستاده بود، هنگام رفتن گفت: «فردا دوباره می‌آیم.»",
        "نصیر احمدزی، مربی تیم، پس از بازی سخن گفت. احمدزی ساعتی بعد در صفحهٔ خود نوشت: "
        "«این پیروزی مال شهر است.»",
        language="prs",
    ) == [
        ("فردا دوباره می‌آیم.", "پدر سه کودک"),
        ("این پیروزی مال شهر است.", "نصیر احمدزی"),
    ]


def test_a_pronoun_after_an_interviewer_turns_to_someone_is_not_the_last_speaker_s() -> None:
    # `و رستمی؟` (and Rostami?) brings in another than the last one quoted.
    found = direct(
        "کاوه رستمی، کارگردان، و لیلا نادری، بازیگر فیلم، با ما گفت‌وگو کردند.",
        "نادری می‌گوید: «نقش سختی بود.» "
        "و رستمی؟ او که پنج سال منتظر مانده بود، با خنده می‌گوید: «فیلم بعدی را زودتر "
        "می‌سازم.»",
    )
    assert found[0] == ("نقش سختی بود.", "لیلا نادری")
    assert found[1][1] != "لیلا نادری"


def test_a_trade_after_a_name_is_its_role_and_a_count_of_those_in_it_no_name() -> None:
    # `بهمن اسدپور آهنگساز فیلم` is Asadpour, the film's composer, whom `آهنگساز فیلم`
    # then names; `دست‌کم ۱۲ کارگردان` (at least 12 directors) is no person `دست‌کم ۱۲`.
    assert direct(
        "بهمن اسدپور آهنگساز فیلم گفت: «موسیقی کوتاه شد.»",
        "آهنگساز فیلم گفت: «کار تمام است.»",
    ) == [("موسیقی کوتاه شد.", "بهمن اسدپور"), ("کار تمام است.", "بهمن اسدپور")]
    assert reported(
        "دست‌کم ۱۲ کارگردان سینما اعلام کردند که فیلم‌هایشان را از جشنواره خارج می‌کنند.",
    ) == [("فیلم‌هایشان را از جشنواره خارج می‌کنند", "دست‌کم ۱۲ کارگردان سینما")]


def test_a_time_of_day_set_between_commas_is_no_subject() -> None:
    assert reported(
        "مهدی سلیمانی‌فر، سخنگوی صنعت برق، صبح یکشنبه در نشست خبری گفت کسری تولید به ۱۴ "
        "هزار مگاوات رسیده است.",
    ) == [("کسری تولید به ۱۴ هزار مگاوات رسیده است", "مهدی سلیمانی‌فر")]


def test_a_noun_with_its_ezafe_after_a_source_is_no_name_holding_its_role() -> None:
    # `…، سهمیهٔ انسولین استان‌های فارس، …`: the clause's subject, not someone whom
    # `روابط عمومی این سازمان` names.
    assert reported(
        "به نقل از روابط عمومی این سازمان، سهمیهٔ انسولین استان‌های فارس، خراسان رضوی و "
        "خوزستان ۲۰ درصد افزایش یافته است.",
    ) == [
        (
            "سهمیهٔ انسولین استان‌های فارس، خراسان رضوی و خوزستان ۲۰ درصد افزایش یافته است",
            "روابط عمومی این سازمان",
        )
    ]


def test_this_said_by_someone_who_is_then_described_tags_the_words_before_it() -> None:
    # `«…» این را رضا می‌گوید که …`: `this` is what Reza says; the `که` after the verb
    # opens a clause about him, not his words. Then `یکی از همسایگان او` (one of his
    # neighbours) is no one named `همسایگان او`, whom every `او` would mean.
    found = persian(
        "«من ساعت چهار صبح خمیر می‌گیرم.» این را رضا می‌گوید که در محلهٔ باغ‌نو نانوایی "
        "کوچکی دارد. او گفت برای خرید یک منبع آب باید ۱۸ میلیون تومان بپردازد.",
        "یکی از همسایگان او، مادر سه فرزند که نخواست نامش فاش شود، نگرانی دیگری دارد.",
    ).quotes
    assert [(q.text, q.speaker, q.type) for q in found] == [
        ("من ساعت چهار صبح خمیر می‌گیرم.", "رضا", QuoteType.DIRECT),
        ("برای خرید یک منبع آب باید ۱۸ میلیون تومان بپردازد", "رضا", QuoteType.INDIRECT),
    ]


def test_a_first_name_set_beside_what_person_they_are_is_someone_named() -> None:
    # `نقیب، هواداری که …` (Naqib, a fan who …): a person named by a first name alone,
    # whose words go on in the quotation after his clause.
    assert (
        persian(
            "بیرون ورزشگاه، هواداران تا نیمه‌شب جشن گرفتند. نقیب، هواداری که از جلال‌آباد آمده "
            "بود، گفت ساعت سه بامداد حرکت کرده‌اند. «تکت را ۵۰۰ افغانی خریدیم.»",
            language="prs",
        )
        .quotes[1]
        .speaker
        == "نقیب"
    )


@pytest.mark.parametrize(
    "opening",
    [
        # another of the victims, a young woman
        "یکی دیگر از مال‌باختگان، زنی جوان که نامش را نگفت، گفت پولش را از دست داده است.",
        # reporting from a city, its spokesman
        "به گزارش خبرنگار ما از سپیدرود، سخنگوی شرکت آب این شهر گفت ذخیره کم است.",
    ],
    ids=["one-of-them", "place"],
)
def test_a_word_after_a_preposition_set_beside_a_role_is_no_first_name(opening: str) -> None:
    # Not a person named `مال‌باختگان` (victims) or `سپیدرود` (a city), whom `او` after
    # would then mean.
    assert reported(
        "ناصر کریمی، وکیل شاکیان، گفت پرونده باز است.",
        f"{opening} او می‌گوید که پول‌ها بازنگشته است.",
    )[-1][1] not in ("مال‌باختگان", "سپیدرود")


def test_a_news_site_named_after_a_time_of_day_still_speaks() -> None:
    # `عصر` (evening) opens `عصر ایران`, a news site's name, as often as a time.
    assert reported("عصر ایران نوشت که مذاکرات به بن‌بست رسیده است.") == [
        ("مذاکرات به بن‌بست رسیده است", "عصر ایران")
    ]


@pytest.mark.parametrize(
    "counted",
    ["دست‌کم چهل کارگردان مستقل", "ده‌ها بازیگر و کارگردان", "بیش از صد کارگردان و بازیگر"],
)
def test_a_count_in_words_before_a_role_is_no_name(counted: str) -> None:
    assert reported(f"{counted} گفتند که جشنواره را تحریم می‌کنند.") == [
        ("جشنواره را تحریم می‌کنند", counted)
    ]


@pytest.mark.parametrize("question", ["و خانواده‌اش؟", "چرا؟"])
def test_a_question_that_turns_to_no_one_who_spoke_leaves_the_pronoun_its_speaker(
    question: str,
) -> None:
    assert direct(
        "حسن رستمی، کارگر ۵۰ ساله، می‌گوید کارخانه شش ماه است حقوق نداده است. "
        f"{question} او می‌گوید: «همسرم خیاطی می‌کند.»",
    ) == [("همسرم خیاطی می‌کند.", "حسن رستمی")]


def test_this_said_with_no_quotation_before_it_reports_what_follows_that() -> None:
    assert reported("این را سخنگوی وزارت نیرو گفت که خاموشی‌ها ادامه خواهد داشت.") == [
        ("خاموشی‌ها ادامه خواهد داشت", "سخنگوی وزارت نیرو")
    ]


def test_a_first_name_with_an_age_after_a_preposition_is_still_someone_named() -> None:
    assert direct(
        "در بازار هرات با عبدالواحد، کارگر ۲۸ ساله، صحبت کردیم. او گفت: «سه ماه است بیکارم.»",
        language="prs",
    ) == [("سه ماه است بیکارم.", "عبدالواحد")]


def test_a_dari_captain_is_a_role_that_names_its_holder() -> None:
    # `کپتان` is Dari for captain: `X، کپتان تیم،` names X, so `X`'s surname is X.
    assert direct(
        "شفیق‌الله زدران، کپتان تیم، پس از بازی سخن گفت. زدران ساعتی بعد نوشت: «این جام "
        "مال مردم است.»",
        language="prs",
    ) == [("این جام مال مردم است.", "شفیق‌الله زدران")]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("رضا کامرانی گفت کارخانه تعطیل شده است. سرانجام او گفت:", "رضا کامرانی"),
        ("مریم رضایی، معلم مدرسه، سال‌ها درس داد. اکنون، او می‌گوید:", "مریم رضایی"),
        ("اکنون مدیر مدرسه می‌گوید:", "مدیر مدرسه"),
    ],
    ids=["finally", "now-apart", "now"],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_its_subject(
    opening: str, speaker: str
) -> None:
    # `سرانجام` (finally), `اکنون` (now) had been shown as, or in, the speaker.
    assert direct(f"{opening} «دیگر امیدی نداریم.»")[-1] == ("دیگر امیدی نداریم.", speaker)
