"""A fuzzer over the two commands, ``build`` and ``extract``, as a stranger can drive them.

``test_hostile`` sends hostile article text through the stages; here the whole command
line meets it, with what surrounds an article too: hostile front matter and manifests
(aliases, huge numbers, dates no calendar holds, tags PyYAML refuses), file names that
are not UTF-8 or hold control characters, tiny size limits, folders, standard input,
titles in another encoding, every output format. Whatever comes in, a command exits 0
with every file asked for written whole, or 1 (2 for an option it refuses) with one
``error:`` sentence, a line per input it names, and nothing written; never a traceback.

The suite runs a few examples; ``BRIEFING_FUZZ_EXAMPLES=2000`` runs a long campaign.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_hostile import articles, hostile_text
from typer.testing import CliRunner, Result

from briefing.cli import app

FORMATS = ("pdf", "html", "md", "json", "txt")
EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "8"))
BODY = "\n\n“We will rebuild the 12 bridges,” Maria Lopez said.\n"


def yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML strings


def alias_bomb(depth: int) -> str:
    lines = ["b0: &b0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"b{n}: &b{n} [{', '.join([f'*b{n - 1}'] * 9)}]" for n in range(1, depth + 1)]
    return "\n".join(lines) + f"\ntitle: *b{depth}"


date_text = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
)
front_value = st.one_of(
    hostile_text.map(yaml_string),
    date_text,
    date_text.map(lambda day: f"{day} 25:61:00 +99:00"),
    st.integers(1, 6_000).map(lambda digits: "9" * digits),
    st.sampled_from(
        ("null", "true", "~", "[]", "{}", "!!binary AAAA", "!!python/object:os.system x", "*x")
    ),
    st.integers(1, 3_000).map(lambda depth: "[" * depth + "]" * depth),
    st.sampled_from(("'01/01/0500'", "'Sunday, 11/23/2025'", '"\\x07\\u202e\\ud800"')),
)
front_matter = st.one_of(
    st.lists(
        st.tuples(
            st.sampled_from(("title", "publisher", "author", "published", "date", "url", "x")),
            front_value,
        ),
        max_size=5,
    ).map(lambda pairs: "\n".join(f"{key}: {value}" for key, value in pairs)),
    st.integers(1, 9).map(alias_bomb),
    st.just("&a [*a]"),
)


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """An article as ``(suffix, bytes)``: hostile text, or hostile front matter above a body."""
    if draw(st.booleans()):
        suffix, content = draw(articles())
        return suffix, content.encode("utf-8")
    suffix = draw(st.sampled_from((".md", ".txt")))
    return suffix, f"---\n{draw(front_matter)}\n---\n{BODY}".encode()


def file_name(raw: bytes) -> bytes:
    """``raw`` as a name the file system takes: anything but "/" and NUL, not "." or ".."."""
    name = raw.replace(b"/", b"_").replace(b"\0", b"_")
    return b"_" + name if name in (b".", b"..") else name


name_stems = st.one_of(
    st.binary(min_size=1, max_size=40),
    st.text(min_size=1, max_size=30).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.integers(1, 245).map(lambda length: b"n" * length),  # 250 bytes with the suffix
).map(file_name)

titles = st.one_of(
    st.none(),
    hostile_text,
    st.binary(min_size=1, max_size=20).map(os.fsdecode),  # a shell in another encoding
)


@dataclass(frozen=True)
class Command:
    """One drawn run: which command, on which file, asking for what."""

    extract: bool
    file: tuple[str, bytes]
    stem: bytes
    given_as: str
    """How the article is named: "file", its "folder", a "manifest" entry, or "-" (stdin)."""
    manifest_metadata: str
    formats: list[str]
    title: str | None
    max_size: int | None

    def run(self, folder: Path) -> tuple[Result, list[Path]]:
        """Run in ``folder``: the result, and the output files a success must have written."""
        suffix, content = self.file
        path = folder / os.fsdecode(self.stem + suffix.encode())
        path.write_bytes(content)
        manifest = folder / "manifest.yaml"
        entry = json.dumps(path.name)  # JSON escapes, which YAML reads, carry any name
        metadata = "".join(f"\n    {line}" for line in self.manifest_metadata.splitlines())
        manifest.write_text(f"articles:\n  - file: {entry}{metadata}\n", encoding="utf-8")
        source = {"file": str(path), "folder": str(folder), "manifest": str(manifest)}.get(
            self.given_as, "-"
        )
        output = folder / "out" / "brief.pdf"
        expected = [] if self.extract else [output.with_suffix(f".{f}") for f in self.formats]
        if self.extract:
            args = ["extract", "--json", source]
        else:
            args = ["build", source, "-o", str(output), "--date", "2025-11-23"]
            args += [arg for name in self.formats for arg in ("-f", name)]
            args += ["--title", self.title] if self.title is not None else []
            args += ["--max-file-size", str(self.max_size)] if self.max_size else []
        result = CliRunner().invoke(app, args, input=content if source == "-" else None)
        return result, expected


commands = st.builds(
    Command,
    extract=st.booleans(),
    file=article_files(),
    stem=name_stems,
    given_as=st.sampled_from(("file", "file", "folder", "manifest", "-")),
    manifest_metadata=front_matter,
    formats=st.lists(st.sampled_from(FORMATS), min_size=1, max_size=5, unique=True),
    title=titles,
    max_size=st.one_of(st.none(), st.integers(1, 3_000)),
)


def assert_one_clear_outcome(result: Result, expected: list[Path], folder: Path) -> None:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"a traceback: {result.exception!r}") from result.exception
    if result.exit_code == 0:
        for path in expected:
            data = path.read_bytes()
            if path.suffix == ".json":
                json.loads(data)
            elif path.suffix == ".pdf":
                assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
            else:
                data.decode("utf-8")
        if not expected:  # extract prints JSON
            json.loads(result.stdout)
        return
    assert result.exit_code in (1, 2), (result.exit_code, result.stderr)
    if result.exit_code == 1:
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert result.stderr.startswith("error:") and len(errors) == 1, result.stderr
        # Each line after the sentence names one input, indented.
        assert all(line.startswith("  ") for line in result.stderr.splitlines()[1:])
    else:
        assert "Usage: " in result.stderr, result.stderr
    assert not (folder / "out").exists() or not any((folder / "out").iterdir())


@settings(
    max_examples=EXAMPLES,
    suppress_health_check=[*settings.default.suppress_health_check, HealthCheck.data_too_large],
)
@given(command=commands)
def test_a_command_exits_with_its_outputs_or_one_sentence(command: Command) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        result, expected = command.run(folder)
        assert_one_clear_outcome(result, expected, folder)
    event(f"exit {result.exit_code}")
