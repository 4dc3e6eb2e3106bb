"""Translating with NLLB-200 (converted for CTranslate2): a real Dari direction.

The sorted batches and the confidence are ``CTranslate2Engine``'s; what NLLB adds is its
language tokens. A source sentence is its SentencePiece pieces between the source
language's token and ``</s>``; every translation is forced to begin with the target
language's token (``target_prefix``), which is dropped from the output.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing.errors import TranslationError
from briefing.languages import ENGLISH, Language, language_name
from briefing.model import MachineTranslation
from briefing.translate.engine import CTranslate2Engine, SentencePieceTokenizer, Tokenizer
from briefing.translate.nllb_package import KIND, NAME, SENTENCEPIECE
from briefing.translate.packages import Package

NLLB_CODES = {"en": "eng_Latn", "fr": "fra_Latn", "prs": "prs_Arab", "fa": "pes_Arab"}
"""NLLB's token for each language code the brief knows (``fa``: Iranian Persian)."""
END = "</s>"


class NllbTokenizer:
    """SentencePiece pieces, between the source language's token and the end token."""

    def __init__(self, model: Path, source_token: str) -> None:
        self._pieces = SentencePieceTokenizer(model)
        self.source_token = source_token

    def encode(self, sentence: str) -> list[str]:
        return [self.source_token, *self._pieces.encode(sentence), END]

    def decode(self, tokens: Sequence[str]) -> str:
        return self._pieces.decode(tokens)


def serves(package: Package, target: Language) -> bool:
    """Whether ``package`` is an NLLB conversion with a direction into ``target``."""
    token = NLLB_CODES.get(target.code)
    return package.kind == KIND and token is not None and token in package.to_code.split()


def reads(package: Package, source: str) -> bool:
    """Whether an NLLB conversion reads ``source`` (an article's language code): English,
    or a language whose token it has (its directions run both ways)."""
    token = NLLB_CODES.get(source)
    return token is not None and (source == "en" or token in package.to_code.split())


class NllbEngine(CTranslate2Engine):
    """Translates sentences written in ``source`` (English unless said) into ``target`` with
    an installed NLLB-200 conversion."""

    def __init__(
        self,
        package: Package,
        target: Language,
        device: str = "cpu",
        beam_size: int = 4,
        threads: int = 0,
        source: str = "en",
    ) -> None:
        """``threads`` 0 uses every core this process may run on."""
        if not serves(package, target) or source not in NLLB_CODES:
            raise TranslationError(
                f"{package.name} has no {language_name(source, ENGLISH)}→{target.name} direction "
                f"({NLLB_CODES.get(target.code, target.code)})"
            )
        token = NLLB_CODES[target.code]
        self.source_token = NLLB_CODES[source]
        provenance = MachineTranslation(
            engine=NAME,
            package=package.name,
            version=package.version,
            from_code=self.source_token,
            to_code=token,
            licence=package.licence,
        )
        super().__init__(package, provenance, device, beam_size, threads)
        self.target_prefix = token

    def _new_tokenizer(self) -> Tokenizer:
        return NllbTokenizer(self.package.path / "model" / SENTENCEPIECE, self.source_token)
