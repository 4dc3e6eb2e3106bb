"""The NLLB-200 engine on the toy conversion: real CTranslate2, real SentencePiece.

The toy copies source position *t* to output step *t*, upper-cased, after the forced
target token (``build_nllb_fixture.py``): so its output is the sentence upper-cased only
when the source language token took position 0, and the target token never shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from installs import nllb_builder

from briefing.errors import TranslationError
from briefing.languages import LANGUAGES
from briefing.translate.nllb import NllbEngine, NllbTokenizer
from briefing.translate.nllb_package import install_conversion
from briefing.translate.packages import Package

DARI, FRENCH, ENGLISH = LANGUAGES["prs"], LANGUAGES["fr"], LANGUAGES["en"]
SENTENCES = ["Hello world.", "Aid convoys wait at the border [0] days.", "Okafor said so."]


@pytest.fixture(scope="module")
def package(nllb_conversion: Path, tmp_path_factory: pytest.TempPathFactory) -> Package:
    return install_conversion(nllb_conversion, tmp_path_factory.mktemp("packages"))


def translated(engine: NllbEngine, sentences: list[str]) -> dict[str, str]:
    done: dict[str, str] = {}
    for part in engine.translate_sentences(sentences):
        done.update({sentence: output.text for sentence, output in part.items()})
    return done


@pytest.mark.parametrize("target", [DARI, FRENCH], ids=["prs", "fr"])
def test_each_direction_translates_every_sentence_deterministically(
    package: Package, target: object
) -> None:
    expected = {s: nllb_builder().expected_translation(s) for s in SENTENCES}
    assert translated(NllbEngine(package, target, threads=1), SENTENCES) == expected  # type: ignore[arg-type]
    assert translated(NllbEngine(package, target, threads=2), SENTENCES) == expected  # type: ignore[arg-type]


def test_the_source_token_is_passed_first_and_the_target_token_forced_then_dropped(
    package: Package,
) -> None:
    import ctranslate2

    tokenizer = NllbTokenizer(package.path / "model" / "sentencepiece.bpe.model", "eng_Latn")
    tokens = tokenizer.encode("Hello")
    assert tokens == ["eng_Latn", "H", "e", "l", "l", "o", "</s>"]
    translator = ctranslate2.Translator(str(package.path / "model"))
    with_token, without = translator.translate_batch(
        [tokens, tokens[1:]], target_prefix=[["prs_Arab"]] * 2
    )
    # The model itself shows what the engine relies on: the target token comes first, and
    # a source without its language token loses its first character.
    assert with_token.hypotheses[0] == ["prs_Arab", "H", "E", "L", "L", "O"]
    assert without.hypotheses[0] == ["prs_Arab", "E", "L", "L", "O"]
    assert translated(NllbEngine(package, DARI, threads=1), ["Hello"]) == {"Hello": "HELLO"}


def test_confidence_comes_from_the_scores_without_the_forced_token(package: Package) -> None:
    outputs = next(NllbEngine(package, DARI, threads=1).translate_sentences(["Hello world."]))
    # The hand-set model is certain of every token it writes, and would never pick the
    # forced prs_Arab: the confidence is of what it wrote, not of the token it was given.
    assert outputs["Hello world."].confidence > 0.99


def test_provenance_names_the_model_its_direction_and_licence(package: Package) -> None:
    provenance = NllbEngine(package, DARI).provenance
    assert (provenance.engine, provenance.to_code, provenance.licence) == (
        "NLLB-200",
        "prs_Arab",
        "CC-BY-NC-4.0",
    )
    assert provenance.package == "nllb-200-toy" and len(provenance.version) == 12


def test_a_direction_the_model_lacks_is_one_sentence(package: Package) -> None:
    with pytest.raises(TranslationError) as raised:
        NllbEngine(package, ENGLISH)
    assert str(raised.value) == ("nllb-200-toy has no English→English direction (eng_Latn)")
