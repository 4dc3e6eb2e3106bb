"""Translating sentences with CTranslate2, in sorted batches: Argos packages here, NLLB-200
conversions in ``nllb.py`` (the same batching and scoring, their own tokens).

Argos packages are read directly: their CTranslate2 model, and their tokenizer, read
with the libraries Argos itself uses (SentencePiece; or Moses tokenization and
subword-nmt's BPE for a ``bpe.model``). argostranslate is never imported: it pulls stanza
and torch (gigabytes) for a sentence splitter the brief does not need.

Sentences are sorted by length and cut into batches of about as many tokens as the
device handles well (CTranslate2 pads each batch to its longest sentence, so sorting
saves the padding); each call fills every CPU thread with one batch. Ctrl-C is heard
between two calls, so the translations done before it are kept.
"""

from __future__ import annotations

import ctypes
import math
import os
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Protocol

from briefing.errors import OS_ERRORS, ErrorMap, TranslationError, mapped_errors
from briefing.model import MachineTranslation
from briefing.translate.cache import MachineOutput
from briefing.translate.packages import Package

ENGINE_ERRORS: ErrorMap = {
    **OS_ERRORS,
    RuntimeError: str,
    ValueError: str,
}
"""CTranslate2 and SentencePiece define no exception classes: they raise these."""

LENGTH_PENALTY = 0.2
"""argostranslate's: beam search divides each score by (tokens ** LENGTH_PENALTY)."""

CUBLAS = "libcublas.so.12"
"""The cuBLAS PyPI's CTranslate2 4.x wheels are built against (CUDA 12)."""


@dataclass(frozen=True, slots=True)
class DeviceSettings:
    """How one device translates best (measured in issue 14, README "Translation")."""

    batch_tokens: int
    """Source tokens per batch: CPU caches favour small batches, a GPU wants to be full."""
    compute_type: str
    """int8 on CPU, as Argos packages are stored; float16 where a GPU computes it fast."""


DEVICES = {
    "cpu": DeviceSettings(batch_tokens=1024, compute_type="int8"),
    "cuda": DeviceSettings(batch_tokens=16_384, compute_type="float16"),
}


class Tokenizer(Protocol):
    def encode(self, sentence: str) -> list[str]: ...

    def decode(self, tokens: Sequence[str]) -> str: ...


class SentencePieceTokenizer:
    def __init__(self, model: Path) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=str(model))

    def encode(self, sentence: str) -> list[str]:
        pieces: list[str] = self._processor.encode(sentence, out_type=str)
        return pieces

    def decode(self, tokens: Sequence[str]) -> str:
        text: str = self._processor.decode_pieces(list(tokens))
        return text


class BPETokenizer:
    """Moses tokenization, then BPE codes (``@@`` joins a word's pieces), as Argos's."""

    def __init__(self, codes: Path, from_code: str, to_code: str) -> None:
        from sacremoses import MosesDetokenizer, MosesPunctNormalizer, MosesTokenizer
        from subword_nmt.apply_bpe import BPE

        self._normalizer = MosesPunctNormalizer(from_code)
        self._tokenizer = MosesTokenizer(from_code)
        self._detokenizer = MosesDetokenizer(to_code)
        with codes.open(encoding="utf-8") as lines:
            # subword-nmt ends the process (sys.exit) on a line that is not two units.
            if any(len(line.split()) != 2 for line in lines if not line.startswith("#version")):
                raise ValueError(f"{codes.name} is not a file of BPE codes")
            lines.seek(0)
            self._bpe = BPE(lines)

    def encode(self, sentence: str) -> list[str]:
        words = self._tokenizer.tokenize(self._normalizer.normalize(sentence))
        pieces: list[str] = self._bpe.segment_tokens(words)
        return pieces

    def decode(self, tokens: Sequence[str]) -> str:
        text: str = self._detokenizer.detokenize(" ".join(tokens).replace("@@ ", "").split(" "))
        return text


def cpu_count() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def cuda_problem(ctranslate2: Any) -> str | None:
    """Why CTranslate2 cannot translate on a GPU here, in one clause; None if it can."""
    if ctranslate2.get_cuda_device_count() == 0:
        return (
            "CTranslate2 finds no CUDA GPU (no NVIDIA driver or GPU visible, or a CTranslate2 "
            "built without CUDA)"
        )
    try:
        ctypes.CDLL(CUBLAS)
    except OSError:
        return (
            f"CTranslate2 {ctranslate2.__version__} needs CUDA 12's cuBLAS ({CUBLAS}), which "
            "cannot be loaded: install it ('pip install nvidia-cublas-cu12', its lib folder on "
            "LD_LIBRARY_PATH, or the CUDA 12 toolkit)"
        )
    return None


class CTranslate2Engine(ABC):
    """Translates sentences with a CTranslate2 model in a package folder's ``model/``, in
    sorted batches; each kind of package says how it tokenizes (``_new_tokenizer``) and
    which target token, if any, starts every translation (``target_prefix``).

    The model loads on the first sentences to translate: a rebuild served from the
    cache never pays for it.
    """

    target_prefix = ""

    def __init__(
        self,
        package: Package,
        provenance: MachineTranslation,
        device: str = "cpu",
        beam_size: int = 4,
        threads: int = 0,
    ) -> None:
        """``threads`` 0 uses every core this process may run on."""
        # Fail now, with the install command, rather than after the articles are read.
        if not all(find_spec(name) for name in ("ctranslate2", "sentencepiece")):
            raise TranslationError(
                "translation needs the translate extra: pip install 'briefing[translate]'"
            )
        self.package = package
        self.provenance = provenance
        self.device = device
        self.beam_size = beam_size
        self.threads = threads or cpu_count()
        self._loaded: tuple[Any, str] | None = None
        self._tokenizer: Tokenizer | None = None

    @abstractmethod
    def _new_tokenizer(self) -> Tokenizer:
        """The package's tokenizer, its files read now."""

    def _load(self) -> tuple[Any, str]:
        """The CTranslate2 translator and the device it runs on."""
        if self._loaded is None:
            import ctranslate2

            package = self.package
            device = self._device(ctranslate2)
            with mapped_errors(
                ENGINE_ERRORS,
                lambda reason: TranslationError(
                    f"cannot load {package.name} on {device} ({reason})"
                ),
            ):
                translator = ctranslate2.Translator(
                    str(package.path / "model"),
                    device=device,
                    compute_type=DEVICES[device].compute_type,
                    # On a CPU, one batch per core: CTranslate2 runs them side by side.
                    inter_threads=self.threads if device == "cpu" else 1,
                    intra_threads=1,
                )
            self._loaded = (translator, device)
        return self._loaded

    def _device(self, ctranslate2: Any) -> str:
        if self.device == "cpu":
            return "cpu"
        problem = cuda_problem(ctranslate2)
        if problem is None:
            return "cuda"
        if self.device == "auto":
            return "cpu"
        raise TranslationError(f"cannot translate with --device cuda: {problem}")

    def _tokenized(self, sentences: Sequence[str]) -> tuple[Tokenizer, dict[str, list[str]]]:
        """The package's tokenizer, and each sentence as it splits it; the tokenizer's files
        are read now, so a damaged one fails here, in the words of ``_damaged``."""
        with self._damaged():
            if self._tokenizer is None:
                self._tokenizer = self._new_tokenizer()
            tokenizer = self._tokenizer
            return tokenizer, {sentence: tokenizer.encode(sentence) for sentence in sentences}

    def translate_sentences(self, sentences: Sequence[str]) -> Iterator[dict[str, MachineOutput]]:
        """Each sentence translated, in parts as each call ends (shortest sentences first)."""
        if not sentences:
            return
        translator, device = self._load()
        tokenizer, tokens = self._tokenized(sentences)
        # Each sentence may take twice its length: CTranslate2's own limit, 256, cuts long ones.
        limit = max(256, 2 * max(len(sentence_tokens) for sentence_tokens in tokens.values()) + 8)
        batch_tokens = DEVICES[device].batch_tokens
        prefix = self.target_prefix
        ordered = sorted(sentences, key=lambda sentence: len(tokens[sentence]))
        # One batch for each CPU thread per call, all of one size (sorted, so of like
        # lengths): a call lasts as long as its slowest batch. A GPU takes one at a time.
        workers = self.threads if device == "cpu" else 1
        for part in _calls(ordered, tokens, batch_tokens * workers):
            with self._damaged():
                results = translator.translate_batch(
                    [tokens[sentence] for sentence in part],
                    target_prefix=[[prefix]] * len(part) if prefix else None,
                    beam_size=self.beam_size,
                    replace_unknowns=True,
                    length_penalty=LENGTH_PENALTY,
                    return_scores=True,
                    max_batch_size=math.ceil(len(part) / workers),
                    max_decoding_length=limit,
                )
                done = {
                    sentence: _output(tokenizer, result, prefix, limit)
                    for sentence, result in zip(part, results, strict=True)
                }
            yield done

    def _damaged(self) -> AbstractContextManager[None]:
        """Errors translating: the tokenizer's files are read then, so a broken one fails here."""
        name = self.package.name
        return mapped_errors(
            ENGINE_ERRORS,
            lambda reason: TranslationError(
                f"{name} could not translate ({reason}); if its files are damaged, remove it "
                f"with 'briefing models remove {name}' and install it again"
            ),
        )


class ArgosEngine(CTranslate2Engine):
    """Translates sentences with an installed Argos package."""

    def __init__(
        self,
        package: Package,
        device: str = "cpu",
        beam_size: int = 4,
        threads: int = 0,
    ) -> None:
        """``threads`` 0 uses every core this process may run on."""
        provenance = MachineTranslation(
            engine="Argos Translate",
            package=package.name,
            version=package.version,
            from_code=package.from_code,
            to_code=package.to_code,
        )
        super().__init__(package, provenance, device, beam_size, threads)
        self.target_prefix = package.target_prefix

    def _new_tokenizer(self) -> Tokenizer:
        package = self.package
        sentencepiece = package.path / "sentencepiece.model"
        if sentencepiece.exists():
            return SentencePieceTokenizer(sentencepiece)
        if all(find_spec(name) for name in ("sacremoses", "subword_nmt")):
            return BPETokenizer(package.path / "bpe.model", package.from_code, package.to_code)
        raise TranslationError(
            f"{package.name} is a BPE package, which needs the translate extra's "
            "sacremoses and subword-nmt: pip install 'briefing[translate]'"
        )


def _calls(ordered: Sequence[str], tokens: dict[str, list[str]], budget: int) -> list[list[str]]:
    """Consecutive runs of ``ordered`` (sorted by length) of at most ``budget`` padded
    tokens each (a run counts as its longest sentence times its size), at least one
    sentence each: as few runs as the budget allows, filled as evenly as that many allow
    (a last run of two sentences would leave most of its call's threads idle)."""
    fewest = len(_filled(ordered, tokens, budget))
    # The smallest budget that still needs no more runs: greedy filling gives the fewest
    # runs for a budget, and that number only falls as the budget grows.
    low, high = 1, budget
    while low < high:
        middle = (low + high) // 2
        if len(_filled(ordered, tokens, middle)) <= fewest:
            high = middle
        else:
            low = middle + 1
    return _filled(ordered, tokens, low)


def _filled(ordered: Sequence[str], tokens: dict[str, list[str]], budget: int) -> list[list[str]]:
    """Runs of ``ordered``, each filled up to ``budget`` padded tokens before the next."""
    runs: list[list[str]] = []
    part: list[str] = []
    for sentence in ordered:
        if part and (len(part) + 1) * max(len(tokens[sentence]), 1) > budget:
            runs.append(part)
            part = []
        part.append(sentence)
    if part:
        runs.append(part)
    return runs


def _output(tokenizer: Tokenizer, result: Any, prefix: str, limit: int) -> MachineOutput:
    """The best hypothesis without the target prefix, and its confidence: the geometric mean
    of its tokens' probabilities (CTranslate2's score undone from its length penalty)."""
    hypothesis = list(result.hypotheses[0])
    forced = 1 if prefix and hypothesis[:1] == [prefix] else 0
    # The end token is scored and counted too, unless decoding stopped at the limit; the
    # forced prefix is neither scored nor counted.
    length = len(hypothesis) - forced + (len(hypothesis) < limit)
    log_probability = result.scores[0] * length**LENGTH_PENALTY
    text = tokenizer.decode(hypothesis[forced:])
    return MachineOutput(text.strip(), math.exp(log_probability / length))
