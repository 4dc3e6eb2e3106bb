"""Translating a brief: placeholders, numbers, glossary, memory, cache — with a fake engine.

The real Argos path (the fixture package through CTranslate2) is exercised end to end in
tests/test_translation_cli.py; here a small fake engine makes each rule visible.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from briefs import brief_with, full_brief
from conftest import write

from briefing.languages import LANGUAGES, language, localized_number
from briefing.model import (
    Brief,
    MachineTranslation,
    Translation,
    TranslationMethod,
    TranslationRoute,
)
from briefing.translate.cache import MachineOutput, TranslationCache
from briefing.translate.memory import EMPTY_MEMORY, Glossary, load_glossary, load_memory
from briefing.translate.segments import (
    Engine,
    Route,
    TranslateOptions,
    flag_warnings,
    translate,
)

FRENCH = LANGUAGES["fr"]
DARI = LANGUAGES["prs"]


class UpperCaseEngine:
    """Upper-cases like the fixture model; counts what it was asked to translate."""

    provenance = MachineTranslation("Fake", "fake-en_xx", "1.0", "en", "xx")

    def __init__(
        self, drop_placeholders: bool = False, confidences: dict[str, float] | None = None
    ) -> None:
        self.calls: list[list[str]] = []
        self.drop_placeholders = drop_placeholders
        self.confidences = confidences or {}

    def translate_sentences(self, sentences: Sequence[str]) -> Iterator[dict[str, MachineOutput]]:
        self.calls.append(list(sentences))
        for sentence in sentences:  # one part per sentence, as if each were a batch
            out = sentence.upper()
            text = out.replace("[0]", "") if self.drop_placeholders else out
            yield {sentence: MachineOutput(text, self.confidences.get(sentence, 0.9))}


def from_english(engine: Engine) -> dict[str, Route]:
    """The routes of a brief whose articles are all English: through ``engine``."""
    return {"en": (engine,)}


def options(target=FRENCH, **values) -> TranslateOptions:  # type: ignore[no-untyped-def]
    values.setdefault("glossary", Glossary())
    values.setdefault("memory", EMPTY_MEMORY)
    return TranslateOptions(language=target, **values)


def unverified(brief: Brief) -> list[Translation]:
    """The translations the brief flags for a lost number."""
    return [t for t in brief.translations if not t.numbers_verified]


def by_source(brief: Brief) -> dict[str, str]:
    return {t.source: t.text for t in brief.translations}


def test_every_shown_segment_is_translated_in_one_batch() -> None:
    engine = UpperCaseEngine()
    brief = translate(
        brief_with("We need pumps. We need them now."), from_english(engine), options()
    )
    assert by_source(brief) == {
        "Floods Hit the Valley": "FLOODS HIT THE VALLEY",
        "Aid is late.": "AID IS LATE.",
        "We need pumps. We need them now.": "WE NEED PUMPS. WE NEED THEM NOW.",
        "families without water": "FAMILIES WITHOUT WATER",
    }
    assert len(engine.calls) == 1  # sentences of every segment, one call
    assert "We need pumps." in engine.calls[0] and "We need them now." in engine.calls[0]
    assert brief.language is FRENCH
    assert brief.machine_translations == (TranslationRoute("en", (engine.provenance,)),)


def test_only_the_articles_prose_goes_to_the_engine() -> None:
    """Names, figures as written, publishers, files and addresses are shown untranslated;
    how an article describes a speaker is its prose, and is translated."""
    brief = translate(
        dataclasses.replace(full_brief(), translations=()),
        from_english(UpperCaseEngine()),
        options(),
    )
    assert sorted(by_source(brief)) == sorted(
        [
            "Floods Hit the Valley",
            "Story number 2",
            "Story number 3",
            "Story number 4",
            "Aid is late.",
            "We have trucks loaded with water.",
            "Roads are shut",
            "Help came late.",
            "families without water",
            "schools closed",
            "the director of the valley's relief agency",
        ]
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("fr", "Okafor said 1\u202f200 families and 3,5 % more, in 2025, for $40 million."),
        ("prs", "Okafor said ۱٬۲۰۰ families and ۳٫۵ % more, in ۲۰۲۵, for $۴۰ million."),
    ],
    ids=["french", "dari"],
)
def test_numbers_and_names_travel_as_placeholders(target: str, expected: str) -> None:
    text = "Miriam Okafor said 1,200 families and 3.5 % more, in 2025, for $40 million."
    engine = UpperCaseEngine()
    brief = translate(brief_with(text), from_english(engine), options(language(target)))
    sent = " ".join(engine.calls[0])
    assert "1,200" not in sent and "Miriam Okafor" not in sent and "[0]" in sent
    translated = by_source(brief)[text]
    assert translated == "Miriam " + expected.upper().replace("OKAFOR", "Okafor", 1)
    assert flag_warnings(brief) == ()


def test_a_lost_number_flags_the_segment() -> None:
    text = "Miriam Okafor counted 1,200 families."
    brief = translate(
        brief_with(text), from_english(UpperCaseEngine(drop_placeholders=True)), options()
    )
    assert flag_warnings(brief) == (
        "the translation of “Miriam Okafor counted 1,200 families.” lost a number; it is "
        "flagged in the brief",
    )


DARI_QUOTE = "او گفت: «۲۵٬۰۰۰ خانواده و ۳٫۵ درصد بیشتر.»"  # invented for this test


@pytest.mark.parametrize(
    ("target", "number", "decimal"),
    [("prs", "۲۵٬۰۰۰", "۳٫۵"), ("fr", "25\u202f000", "3,5"), ("en", "25,000", "3.5")],
)
def test_a_persian_number_is_one_protected_token_in_every_direction(
    target: str, number: str, decimal: str
) -> None:
    """The Arabic thousands separator ٬ once split ۲۵٬۰۰۰ into ۲۵ and ۰۰۰, which came
    back as ۲۵٬۰: a changed number, marked verified."""
    engine = UpperCaseEngine()
    brief = translate(brief_with(DARI_QUOTE), from_english(engine), options(language(target)))
    assert "۰" not in " ".join(engine.calls[0])
    translated = by_source(brief)[DARI_QUOTE]
    assert f"«{number} خانواده و {decimal} درصد" in translated
    assert not unverified(brief)


def test_a_persian_number_cut_short_is_flagged() -> None:
    class CutEngine(UpperCaseEngine):
        """Writes the number as the split once did (۲۵٬۰) instead of passing it through."""

        def translate_sentences(
            self, sentences: Sequence[str]
        ) -> Iterator[dict[str, MachineOutput]]:
            for sentence in sentences:
                cut = sentence.replace("[0]", "۲۵٬۰").replace("[1]", "۳٫۵")
                yield {sentence: MachineOutput(cut, 0.9)}

    brief = translate(brief_with(DARI_QUOTE), from_english(CutEngine()), options(DARI))
    assert DARI_QUOTE in {t.source for t in unverified(brief)}


def test_glossary_renderings_come_back_verbatim(tmp_path: Path) -> None:
    user = write(tmp_path / "mine.tsv", "Valley\tVallée de Tarsan\n")
    glossary = load_glossary(FRENCH, [user])
    assert glossary.rendering("National Resistance Front") == "Front national de la résistance"
    brief = translate(
        brief_with("The National Resistance Front reached the Valley."),
        from_english(UpperCaseEngine()),
        options(glossary=glossary),
    )
    assert by_source(brief)["The National Resistance Front reached the Valley."] == (
        "THE Front national de la résistance REACHED THE Vallée de Tarsan."
    )


def test_reviewed_memory_wins_over_machine_translation(tmp_path: Path) -> None:
    tmx = write(
        tmp_path / "reviewed.tmx",
        '<?xml version="1.0"?><tmx version="1.4"><body>'
        '<tu><tuv xml:lang="en"><seg>We need  pumps.</seg></tuv>'
        '<tuv xml:lang="fr-FR"><seg>Il nous faut des pompes.</seg></tuv></tu>'
        "</body></tmx>",
    )
    engine = UpperCaseEngine()
    brief = translate(
        brief_with("We need pumps."),
        from_english(engine),
        options(memory=load_memory([tmx], FRENCH)),
    )
    reviewed = {t.source: t for t in brief.translations}["We need pumps."]
    assert reviewed.text == "Il nous faut des pompes."
    assert reviewed.method is TranslationMethod.REVIEWED
    assert "We need pumps." not in engine.calls[0]


def test_a_rebuild_translates_nothing(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "cache")
    first, second = UpperCaseEngine(), UpperCaseEngine()
    one = translate(brief_with("We need pumps."), from_english(first), options(cache=cache))
    two = translate(brief_with("We need pumps."), from_english(second), options(cache=cache))
    assert first.calls and second.calls == [[]]
    assert one.translations == two.translations
    assert one.translations[0].confidence == pytest.approx(0.9)


def test_a_segment_is_as_confident_as_its_weakest_sentence() -> None:
    text = "We need pumps. We need them now."
    engine = UpperCaseEngine(confidences={"We need them now.": 0.15})
    brief = translate(brief_with(text), from_english(engine), options())
    translation = {t.source: t for t in brief.translations}[text]
    assert translation.confidence == pytest.approx(0.15)
    assert translation.low_confidence and translation.numbers_verified


class LoopingEngine(UpperCaseEngine):
    """Loops the way a failing model does: the last words said again and again."""

    def translate_sentences(self, sentences: Sequence[str]) -> Iterator[dict[str, MachineOutput]]:
        for part in super().translate_sentences(sentences):
            yield {
                sentence: MachineOutput(
                    output.text + " OF THE RIVER" * 6 if "river" in sentence else output.text,
                    output.confidence,
                )
                for sentence, output in part.items()
            }


def test_a_translation_that_loops_is_flagged_and_one_that_does_not_is_not() -> None:
    looping = "Water rose along the river."
    steady = "Ha ha ha ha, said nobody at the station."  # the source repeats, not the engine
    brief = translate(brief_with(looping, steady), from_english(LoopingEngine()), options())
    flags = {t.source: t.loops for t in brief.translations}
    assert flags[looping] and not flags[steady]
    assert flag_warnings(brief) == (
        "the translation of “Water rose along the river.” repeats a phrase over and over; it "
        "is flagged in the brief",
    )


def test_an_interrupted_translation_keeps_what_was_done(tmp_path: Path) -> None:
    """Ctrl-C between two parts: the first is cached; the rebuild translates the rest only."""

    class Interrupted(UpperCaseEngine):
        def translate_sentences(
            self, sentences: Sequence[str]
        ) -> Iterator[dict[str, MachineOutput]]:
            parts = super().translate_sentences(sentences)
            yield next(parts)
            raise KeyboardInterrupt

    cache = TranslationCache(tmp_path / "cache")
    interrupted, again = Interrupted(), UpperCaseEngine()
    with pytest.raises(KeyboardInterrupt):
        translate(
            brief_with("We need pumps. We need them now."),
            from_english(interrupted),
            options(cache=cache),
        )
    translate(
        brief_with("We need pumps. We need them now."), from_english(again), options(cache=cache)
    )
    [asked], [asked_again] = interrupted.calls, again.calls
    assert len(asked) == 5 and asked_again == asked[1:]


def test_localized_numbers_keep_years_ungrouped() -> None:
    assert localized_number("2025", FRENCH) == "2025"
    assert localized_number("25,000", FRENCH) == "25\u202f000"
    assert localized_number("25,000", DARI) == "۲۵٬۰۰۰"


def test_a_flagged_translation_is_visible_in_the_pdf() -> None:
    import pdfplumber

    from briefing.render.pdf.document import render_pdf

    text = "Miriam Okafor counted 1,200 families."
    brief = translate(
        brief_with(text), from_english(UpperCaseEngine(drop_placeholders=True)), options()
    )
    with pdfplumber.open(io.BytesIO(render_pdf(brief))) as document:
        shown = " ".join(" ".join(page.extract_text() for page in document.pages).split())
    # The French wording of "Check this translation: a number of the original is missing".
    assert "Traduction à vérifier : un nombre de l’original n’y figure pas." in shown
