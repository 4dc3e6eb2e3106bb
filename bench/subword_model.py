"""An Argos package of a real package's shape and cost, with random weights (not a test).

    .venv/bin/python bench/subword_model.py OUT.argosmodel [--decode 48]

Real Argos packages are trained by argos-train: a Transformer of 6+6 layers, width 512,
8 heads, feed-forward 2048, a SentencePiece vocabulary of 50,000 pieces, stored in int8.
This builds one of that shape: its tokenizer is trained on the example and seed articles
(as many pieces as they allow), its vocabulary filled up to 50,000 pieces so the output
projection costs what a real one does, and its weights are random. Its output is noise,
but the work per token is a real model's.

Random weights never choose the end token, so every sentence would decode to the limit;
instead the decoder's position code at step ``--decode`` carries one large component that
only the end token's row of the output projection reads: every sentence, through any
tool, decodes exactly that many tokens, as news sentences do (40 to 60).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
VOCABULARY = 50_000
NEWS_LENGTH = 48
END_SIGNAL = 1000.0  # the position code's component at the last step: it outweighs the rest
END_GAIN, END_BIAS = 5.0, -50.0  # the end token's logit: about +60 at that step, -50 before


def corpus() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(REPO.glob("examples/articles/*"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def train_tokenizer(pieces: int = 8000) -> bytes:
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus()),
        model_writer=model,
        vocab_size=pieces,
        model_type="unigram",
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
    )
    return model.getvalue()


def random_spec(
    pieces: list[str], layers: int = 6, width: int = 512, heads: int = 8, decode: int = NEWS_LENGTH
) -> object:
    """A pre-norm Transformer of the given shape with small random weights, int8, whose
    decoding ends after ``decode`` tokens."""
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
    # The end: one dimension of the residual stream, set only at step ``decode``.
    end, signal = pieces.index("</s>"), width - 1
    spec.decoder.position_encodings.encodings[decode, signal] = END_SIGNAL
    spec.decoder.projection.weight[end] = 0.0
    spec.decoder.projection.weight[end, signal] = END_GAIN
    spec.decoder.projection.bias[end] = END_BIAS
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization="int8")
    return spec


def build_package(path: Path, decode: int = NEWS_LENGTH) -> Path:
    """Write the en→fr package to ``path`` (an ``.argosmodel``); return it."""
    import sentencepiece

    tokenizer = train_tokenizer()
    processor = sentencepiece.SentencePieceProcessor(model_proto=tokenizer)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    pieces[:3] = ["<unk>", "<s>", "</s>"]
    pieces += [f"▁filler{number}" for number in range(VOCABULARY - len(pieces))]
    spec = random_spec(pieces, decode=decode)
    top = "translate-en_fr-9_9"
    metadata = {
        "from_code": "en",
        "to_code": "fr",
        "from_name": "English",
        "to_name": "French",
        "package_version": "9.9",
    }
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(path, "w") as bundle:
        spec.save(folder)  # type: ignore[attr-defined]
        bundle.writestr(f"{top}/metadata.json", json.dumps(metadata))
        bundle.writestr(f"{top}/sentencepiece.model", tokenizer)
        bundle.writestr(f"{top}/minisbd/sbd.onnx", fixture_splitter())
        for file in Path(folder).iterdir():
            bundle.write(file, f"{top}/model/{file.name}")
    return path


def fixture_splitter() -> bytes:
    """The rule-based sentence splitter the test fixture ships, so Argos downloads nothing."""
    with zipfile.ZipFile(REPO / "tests" / "fixtures" / "translate-en_fr-toy.argosmodel") as z:
        return z.read("translate-en_fr-1_0/minisbd/sbd.onnx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--decode", type=int, default=NEWS_LENGTH)
    options = parser.parse_args()
    build_package(options.out, options.decode)
    print(options.out, f"{options.out.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
