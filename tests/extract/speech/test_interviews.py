"""Interviews written as questions and answers, on invented passages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefs import invented_article

from briefing.extract.extraction import extract
from briefing.model import Article, ArticleKind, Extraction, Paragraph, QuoteType, SpeakerEvidence
from briefing.sources.files import read_articles


def run(*texts: str, title: str | None = None) -> Extraction:
    blocks = ([title] if title else []) + list(texts)
    paragraphs = tuple(Paragraph(n, text) for n, text in enumerate(blocks, start=1))
    return extract(Article("invented.txt", title, paragraphs, "0" * 64))


def quotes(extraction: Extraction) -> list[tuple[int, str, str | None]]:
    return [
        (quote.paragraph, quote.text, quote.speaker)
        for quote in extraction.quotes
        if quote.type is QuoteType.DIRECT
    ]


def claims(extraction: Extraction) -> list[tuple[int, str, str | None]]:
    return [(figure.paragraph, figure.text, figure.claimed_by) for figure in extraction.figures]


def test_letter_labels_answer_for_the_person_introduced() -> None:
    extraction = run(
        "In an interview, the harbour master Ines Calder talked about the storm season.",
        "Q: Were 30 boats really lost last winter?",
        "A: We lost 12 boats. Nobody was hurt.",
        "Q: And this year?",
        "A: Better, so far.",
        title="Interview: Ready for the Storms",
    )
    assert extraction.kind is ArticleKind.INTERVIEW
    assert quotes(extraction) == [
        (4, "We lost 12 boats. Nobody was hurt.", "Ines Calder"),
        (6, "Better, so far.", "Ines Calder"),
    ]
    # A figure in a question is the interviewer's (the article's); in an answer, hers.
    assert (3, "30 boats", None) in claims(extraction)
    assert (4, "12 boats", "Ines Calder") in claims(extraction)


def test_surname_labels_resolve_to_the_full_name() -> None:
    extraction = run(
        "Petra Lindqvist has run the city orchestra for nine years. Our critic Jon Abel met her.",
        "Abel: How many concerts did you play this season?",
        "Lindqvist: Forty-two, and 18 of them sold out. That has never happened before.",
        "Abel: What comes next?",
        "Lindqvist: A tour, if the council pays for the buses.",
    )
    assert quotes(extraction) == [
        (
            3,
            "Forty-two, and 18 of them sold out. That has never happened before.",
            "Petra Lindqvist",
        ),
        (5, "A tour, if the council pays for the buses.", "Petra Lindqvist"),
    ]
    assert all(paragraph not in (2, 4) for paragraph, _, _ in quotes(extraction))
    assert {claimant for paragraph, _, claimant in claims(extraction) if paragraph == 3} == {
        "Petra Lindqvist"
    }


def test_an_answer_runs_on_until_the_next_question() -> None:
    extraction = run(
        "We spoke with the engineer Omar Haddad about the new tunnel.",
        "Q: Is it safe?",
        "A: Yes. We tested every joint twice.",
        "The hard part was the water. It came in at 300 litres a minute.",
        "Q: When does it open?",
        "A: In May.",
    )
    assert quotes(extraction) == [
        (3, "Yes. We tested every joint twice.", "Omar Haddad"),
        (4, "The hard part was the water. It came in at 300 litres a minute.", "Omar Haddad"),
        (6, "In May.", "Omar Haddad"),
    ]
    assert [c for p, _, c in claims(extraction) if p == 4] == ["Omar Haddad"]


def test_an_editors_note_ends_the_answer() -> None:
    extraction = run(
        "In an interview, the pilot Mara Stone spoke about her record flight.",
        "Q: How long were you in the air?",
        "A: Nineteen hours.",
        "This interview has been edited for length and clarity.",
    )
    assert quotes(extraction) == [(3, "Nineteen hours.", "Mara Stone")]


def test_a_paragraph_quoting_someone_else_by_name_ends_the_answer() -> None:
    extraction = run(
        "We spoke with the engineer Omar Haddad about the new tunnel.",
        "Q: Is it safe?",
        "A: Yes. We tested every joint twice.",
        "Asked by this paper, the ministry's spokeswoman, Lina Ferro, said the tests were "
        '"thorough and independent".',
        "Q: When does it open?",
        "A: In May.",
    )
    assert quotes(extraction) == [
        (3, "Yes. We tested every joint twice.", "Omar Haddad"),
        (4, "thorough and independent", "Lina Ferro"),
        (6, "In May.", "Omar Haddad"),
    ]


def test_a_label_keeps_a_first_name_no_dictionary_knows() -> None:
    # In a sentence `Zorbek Ahmad Tarin` may be a word before a name; a label is a name.
    unknown = run(
        "Back from exile, Zorbek Ahmad Tarin leads the opposition. We spoke to him.",
        "Q: Why return now?",
        "Zorbek Ahmad Tarin: Because the country cannot wait.",
        "Q: And the elections?",
        "Zorbek Ahmad Tarin: They were stolen.",
    )
    titled = run(
        "Back from exile, Gen. Ahmad Tarin leads the opposition. We spoke to him.",
        "Q: Why return now?",
        "Gen. Ahmad Tarin: Because the country cannot wait.",
        "Q: And the elections?",
        "Gen. Ahmad Tarin: They were stolen.",
    )
    assert {speaker for _, _, speaker in quotes(unknown)} == {"Zorbek Ahmad Tarin"}
    assert {speaker for _, _, speaker in quotes(titled)} == {"Ahmad Tarin"}


def test_without_an_introduction_the_principal_speaker_answers() -> None:
    extraction = run(
        "Dana Whitfield, the head of the port authority, said the strike had cost millions.",
        "Q: Will the strike end?",
        "A: Soon, I hope.",
        "Q: And the losses?",
        "A: About 4 million dollars a week.",
    )
    assert [speaker for _, _, speaker in quotes(extraction)] == ["Dana Whitfield"] * 2


def test_labels_in_a_news_story_are_not_an_interview() -> None:
    extraction = run(
        "The council met on Monday. Ruth Ambler, the mayor, said the budget was tight.",
        "Update: The vote has been moved to Friday.",
    )
    assert extraction.kind is ArticleKind.NEWS
    assert quotes(extraction) == []


def test_persian_labels_ask_and_answer_and_the_opening_names_who_answers() -> None:
    extraction = extract(
        replace(
            invented_article(
                "خبرگزاری نمونه با نرگس رحیمی، رئیس مؤسسهٔ همیاری که در هرات کار می‌کند، "
                "گفت‌وگو کرده است.",
                "پرسش: روزانه چند نفر از مرز می‌گذرند؟",
                "پاسخ: روزانه میان ۸ تا ۱۰ هزار نفر وارد می‌شوند.",
                "پرسش: به آنان چه کمکی می‌رسد؟",
                "پاسخ: هر خانواده کمی پول نقد می‌گیرد.",
            ),
            language="prs",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("روزانه میان ۸ تا ۱۰ هزار نفر وارد می‌شوند.", "نرگس رحیمی"),
        ("هر خانواده کمی پول نقد می‌گیرد.", "نرگس رحیمی"),
    ]


def test_questions_without_labels_after_an_opening_that_presents_an_interview() -> None:
    extraction = extract(
        replace(
            invented_article(
                "Ancienne ministre, Mme Laila Haidari vit en exil. Elle a répondu à nos questions.",
                "Que sont devenues les écoles de filles ?",
                "Elles sont fermées depuis trois ans. Personne ne parle de les rouvrir.",
                "Voyez-vous des signes d'ouverture ?",
                "Très peu. Quelques cours ont lieu en secret.",
            ),
            language="fr",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("Elles sont fermées depuis trois ans. Personne ne parle de les rouvrir.", "Laila Haidari"),
        ("Très peu. Quelques cours ont lieu en secret.", "Laila Haidari"),
    ]


def test_an_opening_that_ends_by_handing_them_the_word_presents_an_interview() -> None:
    extraction = extract(
        replace(
            invented_article(
                "Née à Hérat, Nadia Rahimi, 48 ans, dirige une école de couture à Lyon. "
                "Elle raconte.",
                "Comment avez-vous commencé ?",
                "Avec deux machines prêtées par une voisine. Nous étions quatre.",
                "Et aujourd'hui ?",
                "Nous formons trente femmes par an.",
            ),
            language="fr",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("Avec deux machines prêtées par une voisine. Nous étions quatre.", "Nadia Rahimi"),
        ("Nous formons trente femmes par an.", "Nadia Rahimi"),
    ]


def test_a_single_question_heading_a_report_makes_no_interview() -> None:
    extraction = run(
        "Mayor Jane Roe spoke to reporters on Monday.",
        "Is the city ready for winter?",
        "Three shelters opened three weeks late, and the fourth has no heating yet.",
        title="Interview with Mayor Jane Roe: 'We Are Ready'",
    )
    assert quotes(extraction) == []


def test_persian_answers_labelled_with_the_surname_after_unlabelled_questions() -> None:
    extraction = extract(
        replace(
            invented_article(
                "بحث دربارهٔ کارگران مهاجر داغ شده است. با فرهاد بهرامی، اقتصاددان و پژوهشگر "
                "بازار کار، در این باره گفت‌وگو کرده‌ایم.",
                "آقای بهرامی، چند نفر از مهاجران در بازار کار فعال بودند؟",
                "بهرامی: آمار دقیقی وجود ندارد.",
                "این رقم را قبول دارید؟",
                "بهرامی: این محاسبه از پایه اشکال دارد.",
            ),
            language="fa",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("آمار دقیقی وجود ندارد.", "فرهاد بهرامی"),
        ("این محاسبه از پایه اشکال دارد.", "فرهاد بهرامی"),
    ]


def test_the_outlet_s_label_asks_and_the_surname_s_label_answers() -> None:
    extraction = extract(
        replace(
            invented_article(
                "مهتاب رضوانی، جامعه‌شناس و پژوهشگر مهاجرت، در گفت‌وگو با «روزنامهٔ نمونه» از "
                "پیامدهای این سیاست می‌گوید.",
                "نمونه: خانم رضوانی، ابعاد ماجرا چقدر است؟",
                "رضوانی: آمار دقیقی منتشر نمی‌شود.",
                "نمونه: دولت برنامه‌ای دارد؟",
                "رضوانی: من چنین برنامه‌ای ندیده‌ام.",
            ),
            language="fa",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("آمار دقیقی منتشر نمی‌شود.", "مهتاب رضوانی"),
        ("من چنین برنامه‌ای ندیده‌ام.", "مهتاب رضوانی"),
    ]


def test_speech_after_a_colon_at_paragraph_starts_is_no_interview() -> None:
    extraction = extract(
        replace(
            invented_article(
                "علی دهقان، نمایندهٔ مجلس، در گفت‌وگو با خبرنگار ما از کم‌آبی گفت.",
                "وی افزود: روستاها خالی شده است.",
                "آیا دولت کاری کرده است؟",
                "وی افزود: هیچ کاری نشده است.",
                "آیا راهی مانده است؟",
                "گفتنی است که آب سد کم شده است.",
            ),
            language="fa",
        )
    )
    assert SpeakerEvidence.INTERVIEW not in {q.speaker_evidence for q in extraction.quotes}


def test_an_interviewee_named_long_before_the_words_that_present_the_interview() -> None:
    extraction = extract(
        replace(
            invented_article(
                "مهندس لیلا کاظمی، رئیس انجمن صنفی پیمانکاران ساختمانی استان، که بیش از بیست "
                "سال در پروژه‌های مسکن‌سازی فعال بوده است، در روزهایی که کارگاه‌ها خالی شده‌اند، "
                "به پرسش‌های روزنامهٔ نمونه پاسخ داد.",
                "خروج کارگران چه تأثیری بر کارگاه‌های شما گذاشته است؟",
                "تأثیرش فوری و سنگین بوده است.",
                "آیا کارگر ایرانی جای آنان را می‌گیرد؟",
                "کارگر ایرانی هست، اما کم پیدا می‌شود.",
            ),
            language="fa",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("تأثیرش فوری و سنگین بوده است.", "لیلا کاظمی"),
        ("کارگر ایرانی هست، اما کم پیدا می‌شود.", "لیلا کاظمی"),
    ]


def test_an_outlet_named_in_guillemets_asks_in_two_words() -> None:
    extraction = extract(
        replace(
            invented_article(
                "«صبح بازار» در گفت‌وگویی کوتاه با علی‌اکبر افشار، دبیر انجمن صادرکنندگان، "
                "این بازار را بررسی کرده است:",
                "صبح بازار: آیا کاهش صادرات موقتی است؟",
                "افشار: من فکر نمی‌کنم موقتی باشد.",
                "صبح بازار: دولت چه کاری می‌تواند بکند؟",
                "افشار: پایانه‌ها باید شبانه‌روزی کار کنند.",
            ),
            language="fa",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("من فکر نمی‌کنم موقتی باشد.", "علی‌اکبر افشار"),
        ("پایانه‌ها باید شبانه‌روزی کار کنند.", "علی‌اکبر افشار"),
    ]


def test_the_interviewee_is_the_person_named_before_the_interview_not_their_body() -> None:
    extraction = run(
        "Dr Ruth Calder took over as chief executive of the Pennine Ambulance Service in "
        "April. Two months into the job, she spoke to us about delays.",
        "How bad are things?",
        "For the most serious calls we arrive in about nine minutes.",
        "And morale?",
        "I would be lying if I said morale was good.",
    )
    assert {speaker for _, _, speaker in quotes(extraction)} == {"Ruth Calder"}


def test_a_first_person_piece_quoting_several_people_credits_no_one_with_the_rest() -> None:
    found = extract(
        invented_article(
            "When I asked Ruth Amos about the plan, she laughed.",
            '"We will see," said Ruth Amos.',
            '"It is a good plan," said Tom Hale.',
            '"Nobody asked us," said Jo Park.',
            # A paragraph of narration: the last quote does not go on from Jo Park.
            "The council meets on Friday.",
            '"It will never happen."',
        )
    ).quotes
    assert [(q.text, q.speaker) for q in found][-1] == ("It will never happen.", None)


def test_the_interviewee_is_who_speaks_to_the_outlet_not_the_outlet_or_her_firm() -> None:
    extraction = run(
        "Laila Nouri, 41, founded Zarin Gol Textiles in Herat in 2015. Today it employs 80 "
        "weavers. She spoke to the Valley Ledger about exports.",
        "Q: How was this year?",
        "A: Better than last year. We sold 900 carpets.",
        "Q: And the banks?",
        "A: They still cannot send money abroad.",
    )
    assert {speaker for _, _, speaker in quotes(extraction)} == {"Laila Nouri"}


def test_a_question_s_label_is_no_part_of_the_subject_it_reports() -> None:
    extraction = run(
        "In an interview, the weaver Laila Nouri talked about exports.",
        "Q: The ministry says that exports rose. Is that so?",
        "A: Not for us.",
        "Q: And next year?",
        "A: We will see.",
    )
    reported = [(q.text, q.speaker) for q in extraction.quotes if q.type is QuoteType.INDIRECT]
    assert reported == [("exports rose", "The ministry")]


def test_the_person_a_headline_gives_the_floor_answers_and_others_keep_their_words() -> None:
    extraction = extract(
        replace(
            invented_article(
                "Il y a trois ans, Odile Marchand enseignait encore à Montréal-Nord. Jeudi, la "
                "romancière a reçu le prix des Lecteurs pour son deuxième roman.",
                "La critique du journal, Josée Lamarre, y a vu « le roman le plus juste sur "
                "l'exil qu'on ait lu depuis longtemps ». Entretien.",
                "Vous avez quitté l'enseignement. Vous ne le regrettez pas ?",
                "Mes élèves me manquent. Un ancien élève m'a écrit : « Madame, vous voyez que "
                "les devoirs, ça sert. » Je l'ai collé sur mon frigo.",
                "Et la suite ?",
                "Un troisième roman, qui se passera à Gatineau.",
            ),
            title="Odile Marchand : « J'écris pour ceux qui ont deux adresses »",
            language="fr",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes if q.type is QuoteType.DIRECT] == [
        ("le roman le plus juste sur l'exil qu'on ait lu depuis longtemps", None),
        (
            "Mes élèves me manquent. Un ancien élève m'a écrit : « Madame, vous voyez que les "
            "devoirs, ça sert. » Je l'ai collé sur mon frigo.",
            "Odile Marchand",
        ),
        ("Madame, vous voyez que les devoirs, ça sert.", "Un ancien élève"),
        ("Un troisième roman, qui se passera à Gatineau.", "Odile Marchand"),
    ]


def test_a_person_the_opening_says_was_interviewed_outranks_the_headline() -> None:
    extraction = run(
        "We spoke to Mary Smith, John Doe's lawyer, about the appeal. Interview.",
        "Do you still believe he is innocent?",
        "More than ever.",
        "Have you spoken to him?",
        "Yes, last week.",
        title='John Doe: "I am innocent"',
    )
    assert [speaker for _, text, speaker in quotes(extraction) if text != "I am innocent"] == [
        "Mary Smith",
        "Mary Smith",
    ]


def test_a_pronoun_in_an_answer_is_no_one_the_article_named_earlier() -> None:
    extraction = extract(
        replace(
            invented_article(
                "La critique, Josée Lamarre, a aimé le roman d'Odile Marchand. Entretien.",
                "Votre mère a lu le livre ?",
                "Deux fois. Ma mère m'a appelée à minuit. Elle m'a dit : « C'est notre "
                "histoire à toutes. » J'ai pleuré.",
                "Et la suite ?",
                "Un troisième roman.",
            ),
            title="Odile Marchand : « J'écris pour les autres »",
            language="fr",
        )
    )
    assert "Josée Lamarre" not in {q.speaker for q in extraction.quotes}


def test_the_reporter_she_spoke_to_or_who_interviewed_her_never_answers() -> None:
    # Bold questions lose their marks on the page: unlabelled questions, unlabelled answers.
    for opening in (
        "Ines Varga ran the city's housing office for ten years. She spoke to Daniel Frew.",
        "Ines Varga ran the city's housing office for ten years. She was interviewed by "
        "Daniel Frew.",
    ):
        extraction = run(
            opening,
            "Why did rents rise so fast?",
            "Because nobody built homes people could afford.",
            "Who should have?",
            "Every council in the region, and none did.",
        )
        assert quotes(extraction) == [
            (3, "Because nobody built homes people could afford.", "Ines Varga"),
            (5, "Every council in the region, and none did.", "Ines Varga"),
        ]


def test_the_person_the_opening_says_was_interviewed_answers() -> None:
    extraction = run(
        "The Valley Ledger interviewed Ines Varga, who ran the city's housing office.",
        "Why did rents rise so fast?",
        "Because nobody built homes people could afford.",
        "Who should have?",
        "Every council in the region, and none did.",
    )
    assert {speaker for _, _, speaker in quotes(extraction)} == {"Ines Varga"}


def test_a_paragraph_of_two_short_questions_is_asked_not_answered() -> None:
    extraction = run(
        "Ines Varga ran the city's housing office for ten years. She spoke to the Ledger.",
        "Why did rents rise so fast?",
        "Because nobody built homes people could afford.",
        "And the councils? Did they try?",
        "Some did. Most waited for money that never came.",
    )
    assert quotes(extraction) == [
        (3, "Because nobody built homes people could afford.", "Ines Varga"),
        (5, "Some did. Most waited for money that never came.", "Ines Varga"),
    ]


def test_a_bold_question_with_a_remark_after_it_is_asked_not_answered(tmp_path: Path) -> None:
    # A Markdown interview read from its file: the bold is what sets the question apart.
    source = tmp_path / "interview.md"
    source.write_text(
        "---\ntitle: Water\nlanguage: en\n---\n"
        "Ines Varga runs the valley's water board. She spoke to the Ledger.\n\n"
        "**How full is the dam today?**\n\n"
        "Less than a fifth full. We have not seen that since 1999.\n\n"
        "**What happens to the farmers? Nobody planted this autumn.**\n\n"
        "We pay them for the land they leave dry.\n\n"
        "**The heat**\n\n"
        "Summers are longer now, and the river feels it.\n",
        encoding="utf-8",
    )
    (article,) = read_articles([source]).articles
    assert quotes(extract(article)) == [
        (3, "Less than a fifth full. We have not seen that since 1999.", "Ines Varga"),
        (5, "We pay them for the land they leave dry.", "Ines Varga"),
        # A bold subheading asks nothing: the answer before it runs on past it.
        (7, "Summers are longer now, and the river feels it.", "Ines Varga"),
    ]


def test_a_page_s_bold_question_is_asked_not_answered(tmp_path: Path) -> None:
    source = tmp_path / "interview.html"
    source.write_text(
        "<html><head><title>Water</title></head><body><article><h1>Water</h1>"
        "<p>Ines Varga runs the valley's water board. She spoke to the Ledger.</p>"
        "<p><strong>How full is the dam today?</strong></p>"
        "<p>Less than a fifth full. We have not seen that since 1999.</p>"
        "<p><strong>What happens to the farmers? Nobody planted this autumn.</strong></p>"
        "<p>We pay them for the land they leave dry this year.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (article,) = read_articles([source]).articles
    assert [(text, speaker) for _, text, speaker in quotes(extract(article))] == [
        ("Less than a fifth full. We have not seen that since 1999.", "Ines Varga"),
        ("We pay them for the land they leave dry this year.", "Ines Varga"),
    ]


def test_who_speaks_to_a_reporter_answers_and_a_reporter_who_speaks_to_someone_asks() -> None:
    asked = (
        "Why did rents rise so fast?",
        "Because nobody built homes people could afford.",
        "Who should have?",
        "Every council in the region, and none did.",
    )
    for opening, interviewee in (
        ("The economist Mark Tan spoke to Sarah Bright.", "Mark Tan"),
        ("Our reporter Amy Stone spoke to Health Minister Tom Ward.", "Tom Ward"),
    ):
        assert {speaker for _, _, speaker in quotes(run(opening, *asked))} == {interviewee}


def test_unlabelled_answers_belong_to_the_one_the_headline_interviews() -> None:
    # The opening names her, then speaks of her only as `او` a long way on: the
    # headline's `گفت‌وگو با …` names who answers.
    extraction = extract(
        replace(
            invented_article(
                "نسرین کاظمی، پژوهشگر آب که سال‌ها در هرات کار کرده است، اکنون در برلین "
                "زندگی می‌کند و هنوز با کشاورزان، میراب‌ها و کارمندان ادارهٔ آبیاری در "
                "ولسوالی‌های غوریان، کهسان و زنده‌جان در تماس است. او معتقد است که سطح آب‌های "
                "زیرزمینی در دشت هرات در ده سال گذشته به شکل بی‌سابقه‌ای پایین رفته و بدون "
                "مدیریت مشترک رودخانهٔ هریرود، بحران آب به بحران مهاجرت تبدیل خواهد شد. با او "
                "دربارهٔ خشکسالی گفت‌وگو کرده‌ایم.",
                "چند روستا خالی شده است؟",
                "دست‌کم ۴۰ روستا خالی شده و مردم به شهرها رفته‌اند.",
                "دولت چه کرده است؟",
                "تقریباً هیچ کاری نکرده است.",
                title="گفت‌وگو با نسرین کاظمی: آب هرات تمام می‌شود",
            ),
            language="fa",
        )
    )
    assert [(text, speaker) for _, text, speaker in quotes(extraction)] == [
        ("دست‌کم ۴۰ روستا خالی شده و مردم به شهرها رفته‌اند.", "نسرین کاظمی"),
        ("تقریباً هیچ کاری نکرده است.", "نسرین کاظمی"),
    ]


def test_an_outlet_whose_name_says_it_is_a_body_asks_under_its_own_label() -> None:
    extraction = extract(
        replace(
            invented_article(
                "L'ethnologue Claire Vautrin revient d'un long séjour dans la vallée de "
                "Bamiyan, où elle a suivi des écoles clandestines.",
                "La Gazette : Combien d'élèves suivent ces cours ?",
                "Vautrin : Plusieurs centaines dans la seule vallée.",
                "La Gazette : Qui enseigne ?",
                "Vautrin : Surtout d'anciennes institutrices.",
            ),
            language="fr",
        )
    )
    assert [(q.text, q.speaker) for q in extraction.quotes if q.type is QuoteType.DIRECT] == [
        ("Plusieurs centaines dans la seule vallée.", "Claire Vautrin"),
        ("Surtout d'anciennes institutrices.", "Claire Vautrin"),
    ]


def test_an_answer_that_tells_what_someone_said_to_the_interviewee_goes_on() -> None:
    extraction = run(
        "We spoke with the midwife Ruth Okafor about her clinic.",
        "Q: Why did you open it?",
        "A: Because women were dying on the road to town.",
        'The health minister, Samuel Adeyemi, told me "there is no budget for you". So we '
        "raised the money ourselves.",
        "Q: And now?",
        "A: A second clinic, next year.",
    )
    assert [(paragraph, speaker) for paragraph, _, speaker in quotes(extraction)] == [
        (3, "Ruth Okafor"),
        (4, "Ruth Okafor"),
        (4, "Samuel Adeyemi"),
        (6, "Ruth Okafor"),
    ]


def test_a_label_s_title_is_no_part_of_the_name() -> None:
    extraction = run(
        "Alhaji Musa Danjuma Bello chairs the traders' association. We spoke to him.",
        "Q: Why protest?",
        "Alhaji Musa Danjuma Bello: Because the new levy is killing small traders.",
        "Q: And the council?",
        "Alhaji Musa Danjuma Bello: They do not sell here.",
    )
    assert {speaker for _, _, speaker in quotes(extraction)} == {"Musa Danjuma Bello"}
