"""Translating with an installed Argos Translate package (``packages.py`` installs them).

Translation drives CTranslate2 directly, one batched call for all sentences, with Argos's
own tokenizer classes: ``argostranslate.translate`` is never imported, because it loads
stanza and torch (2-3 s, 330 MB) and downloads a sentence splitter on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.util import find_spec
from typing import Any

from briefing.errors import OS_ERRORS, ErrorMap, TranslationError, mapped_errors
from briefing.model import MachineTranslation
from briefing.translate.packages import Package

ENGINE_ERRORS: ErrorMap = {
    **OS_ERRORS,
    RuntimeError: str,
    ValueError: str,
}
"""CTranslate2 and SentencePiece define no exception classes: they raise these."""


class ArgosEngine:
    """Translates sentences with an installed Argos package, all in one batch.

    The model loads on the first sentences to translate: a rebuild served from the
    cache never pays for it.
    """

    def __init__(
        self,
        package: Package,
        device: str = "cpu",
        beam_size: int = 4,
        threads: int = 0,
        max_decoding_length: int | None = None,
    ) -> None:
        """``threads`` 0 lets CTranslate2 choose; ``max_decoding_length`` None allows each
        sentence twice its length (CTranslate2's own default, 256 tokens, cuts long ones).
        """
        # Fail now, with the install command, rather than after the articles are read.
        if not all(find_spec(name) for name in ("ctranslate2", "sentencepiece", "argostranslate")):
            raise TranslationError(
                "translation needs the translate extra: pip install 'briefing[translate]'"
            )
        self.package = package
        self.device = device
        self.beam_size = beam_size
        self.threads = threads
        self.max_decoding_length = max_decoding_length
        self.provenance = MachineTranslation(
            engine="Argos Translate",
            package=package.name,
            version=package.version,
            from_code=package.from_code,
            to_code=package.to_code,
        )
        self._loaded: tuple[Any, Any] | None = None

    def _load(self) -> tuple[Any, Any]:
        if self._loaded is None:
            import ctranslate2
            from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

            package = self.package
            device = self.device
            if device == "auto":
                device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
            with mapped_errors(
                ENGINE_ERRORS,
                lambda reason: TranslationError(
                    f"cannot load {package.name} on {device} ({reason})"
                ),
            ):
                sentencepiece = package.path / "sentencepiece.model"
                tokenizer = (
                    SentencePieceTokenizer(sentencepiece)
                    if sentencepiece.exists()
                    else BPETokenizer(
                        package.path / "bpe.model", package.from_code, package.to_code
                    )
                )
                translator = ctranslate2.Translator(
                    str(package.path / "model"),
                    device=device,
                    compute_type="auto",
                    intra_threads=self.threads,
                )
            self._loaded = (tokenizer, translator)
        return self._loaded

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]:
        """Each sentence translated; one CTranslate2 call for the whole batch."""
        if not sentences:
            return []
        tokenizer, translator = self._load()
        # The tokenizers read their model files on first use, so a broken one fails here.
        with mapped_errors(
            ENGINE_ERRORS,
            lambda reason: TranslationError(
                f"{self.package.name} could not translate ({reason}); if its files are "
                f"damaged, remove it with 'briefing models remove {self.package.name}' and "
                "install it again"
            ),
        ):
            tokens = [tokenizer.encode(sentence) for sentence in sentences]
            longest = max(len(sentence_tokens) for sentence_tokens in tokens)
            prefix = self.package.target_prefix
            results = translator.translate_batch(
                tokens,
                target_prefix=[[prefix]] * len(tokens) if prefix else None,
                beam_size=self.beam_size,
                replace_unknowns=True,
                length_penalty=0.2,
                max_batch_size=64,
                batch_type="examples",
                max_decoding_length=self.max_decoding_length or max(256, 2 * longest + 8),
            )
            decoded = [tokenizer.decode(result.hypotheses[0]) for result in results]
        translated = []
        for text in decoded:
            if prefix and text.startswith(prefix):
                text = text[len(prefix) :]
            translated.append(text.strip())
        return translated
