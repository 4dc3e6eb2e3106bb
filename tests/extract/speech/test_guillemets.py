"""The quotations of a French or Persian paragraph: outermost « … », nested marks inside."""

from __future__ import annotations

from briefing.extract.speech.guillemets import nested_spans


def quoted(text: str) -> list[tuple[str, bool]]:
    return [(text[span.start : span.end], span.closed) for span in nested_spans(text)]


def test_inner_marks_belong_to_the_outer_quotation() -> None:
    assert quoted("Il a dit « on nous répond “demain” chaque fois » hier.") == [
        (" on nous répond “demain” chaque fois ", True)
    ]


def test_a_stray_closing_mark_opens_nothing_and_an_open_one_runs_to_the_end() -> None:
    assert quoted("Fin » du texte. « Nous reprendrons demain") == [
        (" Nous reprendrons demain", False)
    ]


def test_persian_guillemets_with_english_marks_inside() -> None:
    assert quoted("او گفت: «این “طرح” اجرا می‌شود.»") == [("این “طرح” اجرا می‌شود.", True)]
