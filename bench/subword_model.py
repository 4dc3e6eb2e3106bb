"""Batched versus per-segment translation on a model shaped like a real Argos package.

    .venv/bin/python bench/subword_model.py [--layers 6] [--width 512] [--beam 4]

The test fixture translates character by character, so its batches are long and padded
and say little about a real model. This builds, in a temporary folder, an Argos package
with a subword SentencePiece tokenizer (unigram, trained on the example and seed
articles) and a CTranslate2 Transformer of a real package's shape (6+6 layers, width
512, 8 heads, feed-forward 2048) with random weights. Its output is noise, but the work
per token is a real model's. Both sides decode exactly 256 tokens per sentence (random
weights never choose the end token first; 256 is argostranslate's own limit), with the
same beam and one CPU thread each, over the same segments as bench/translation.py.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translation

REPO = Path(__file__).resolve().parents[1]
DECODING_LENGTH = 256


def train_tokenizer(vocabulary: int) -> bytes:
    import sentencepiece

    corpus = []
    for path in sorted((REPO / "examples" / "articles").iterdir()):
        corpus.append(path.read_text(encoding="utf-8"))
    corpus += [path.read_text(encoding="utf-8") for path in translation.SEEDS.glob("*.txt")]
    sentences = [line for text in corpus for line in text.splitlines() if line.strip()]
    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model,
        vocab_size=vocabulary,
        model_type="unigram",
        hard_vocab_limit=False,
        character_coverage=1.0,
    )
    return model.getvalue()


def random_spec(pieces: list[str], layers: int, width: int, heads: int) -> object:
    """A pre-norm Transformer of the given shape with small random weights."""
    from ctranslate2.specs import TransformerSpec

    rng = np.random.default_rng(0)
    vocabulary, hidden = len(pieces), 4 * width
    spec = TransformerSpec.from_config((layers, layers), heads, pre_norm=True)

    def weights(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32)

    def norm(layer: object) -> None:
        layer.gamma = np.ones(width, np.float32)  # type: ignore[attr-defined]
        layer.beta = np.zeros(width, np.float32)  # type: ignore[attr-defined]

    def linear(layer: object, rows: int, columns: int) -> None:
        layer.weight = weights(rows, columns)  # type: ignore[attr-defined]
        layer.bias = np.zeros(rows, np.float32)  # type: ignore[attr-defined]

    def feed_forward(layer: object) -> None:
        norm(layer.layer_norm)  # type: ignore[attr-defined]
        linear(layer.linear_0, hidden, width)  # type: ignore[attr-defined]
        linear(layer.linear_1, width, hidden)  # type: ignore[attr-defined]

    def self_attention(attention: object) -> None:
        norm(attention.layer_norm)  # type: ignore[attr-defined]
        linear(attention.linear[0], 3 * width, width)  # type: ignore[attr-defined]
        linear(attention.linear[1], width, width)  # type: ignore[attr-defined]

    for stack in (spec.encoder, spec.decoder):
        embeddings = stack.embeddings[0] if isinstance(stack.embeddings, list) else stack.embeddings
        embeddings.weight = weights(vocabulary, width)
        stack.position_encodings.encodings = weights(1024, width)
        norm(stack.layer_norm)
        for layer in stack.layer:
            self_attention(layer.self_attention)
            feed_forward(layer.ffn)
    for layer in spec.decoder.layer:
        cross = layer.attention
        norm(cross.layer_norm)
        linear(cross.linear[0], width, width)
        linear(cross.linear[1], 2 * width, width)
        linear(cross.linear[2], width, width)
    linear(spec.decoder.projection, vocabulary, width)
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize()
    return spec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--width", type=int, default=512)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--vocabulary", type=int, default=4000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.update(translation.isolated_environment(Path(scratch)))
        print("building", end=" ", flush=True)
        tokenizer = train_tokenizer(options.vocabulary)
        import sentencepiece

        processor = sentencepiece.SentencePieceProcessor(model_proto=tokenizer)
        pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
        pieces[:3] = ["<unk>", "<s>", "</s>"]
        spec = random_spec(pieces, options.layers, options.width, options.heads)
        package = Path(scratch) / "translate-en_fr-9_9.argosmodel"
        with tempfile.TemporaryDirectory() as folder:
            spec.save(folder)  # type: ignore[attr-defined]
            with zipfile.ZipFile(package, "w") as bundle:
                top = "translate-en_fr-9_9"
                metadata = {
                    "from_code": "en",
                    "to_code": "fr",
                    "from_name": "English",
                    "to_name": "French",
                    "package_version": "9.9",
                }
                bundle.writestr(f"{top}/metadata.json", json.dumps(metadata))
                bundle.writestr(f"{top}/sentencepiece.model", tokenizer)
                bundle.writestr(f"{top}/minisbd/sbd.onnx", _fixture_splitter())
                for path in Path(folder).iterdir():
                    bundle.write(path, f"{top}/model/{path.name}")
        print(
            f"({len(pieces)} pieces, {options.layers}+{options.layers} layers, "
            f"width {options.width})"
        )
        translation.PACKAGE = package
        segments, sentences, batched, per_segment = translation.compare_engines(
            options.beam, decoding_length=DECODING_LENGTH
        )
        print(
            f"{segments} segments ({sentences} sentences), beam {options.beam}, "
            f"{DECODING_LENGTH} tokens each:"
        )
        print(f"  briefing, one batched call      {batched:8.2f} s")
        print(f"  argostranslate, per segment     {per_segment:8.2f} s")
        print(f"  ratio                           {per_segment / batched:8.1f}x")


def _fixture_splitter() -> bytes:
    """The rule-based sentence splitter the test fixture ships, so Argos downloads nothing."""
    with zipfile.ZipFile(REPO / "tests" / "fixtures" / "translate-en_fr-toy.argosmodel") as z:
        return z.read("translate-en_fr-1_0/minisbd/sbd.onnx")


if __name__ == "__main__":
    main()
