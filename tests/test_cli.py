"""The command line as a user meets it: real processes, exit codes, messages, outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, run_briefing, write

HEAVY_MODULES = ("argostranslate", "ctranslate2", "stanza", "torch")


def test_build_writes_the_pdf_and_prints_its_path(tmp_path: Path) -> None:
    output = tmp_path / "brief.pdf"
    result = run_briefing("build", EXAMPLES / "manifest.yaml", "-o", output, "--date", "2025-11-23")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(output)
    assert output.read_bytes().startswith(b"%PDF-")


def test_extract_json_has_the_documented_shape() -> None:
    result = run_briefing("extract", EXAMPLES / "manifest.yaml", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [Path(r["file"]).name for r in records] == [
        "river-valley-floods.txt",
        "council-budget-vote.md",
        "port-strike.html",
    ]
    floods = records[0]
    assert floods["title"] == "Flood Relief Stalls in River Valley as Aid Convoys Wait at Border"
    assert floods["published"] == "2025-11-18"
    assert {"text", "speaker", "type", "paragraph"} <= set(floods["quotes"][0])
    assert {"text", "value", "unit", "measures", "claimed_by", "paragraph"} <= set(
        floods["figures"][0]
    )
    # Items the brief would show (default limits: four quotes, four figures) are marked.
    for record in records:
        assert 0 < sum(q["key"] for q in record["quotes"]) <= 4
        assert 0 < sum(f["key"] for f in record["figures"]) <= 4
    direct = {q["text"]: q["speaker"] for q in floods["quotes"] if q["type"] == "direct"}
    assert (
        direct["We have trucks loaded with water purification tablets and tents sitting idle"]
        == "Miriam Okafor"
    )


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "missing.txt: no such file or directory"),
        ({"empty.txt": ""}, "empty.txt: is empty"),
        ({"data.bin": b"\x00\x01"}, "unsupported file type '.bin'"),
        ({"noise.txt": bytes(range(256))}, "noise.txt: is a binary file, not text"),
        ({"m.yaml": "articles: [oops\n"}, "m.yaml: malformed YAML"),
    ],
    ids=["missing", "empty", "unsupported", "binary", "malformed-yaml"],
)
def test_bad_input_gets_one_clear_error_and_no_pdf(
    tmp_path: Path, files: dict[str, str | bytes], message: str
) -> None:
    paths = [write(tmp_path / name, content) for name, content in files.items()]
    output = tmp_path / "brief.pdf"
    result = run_briefing("build", *(paths or [tmp_path / "missing.txt"]), "-o", output)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_one_bad_file_names_it_and_skip_bad_builds_from_the_rest(tmp_path: Path) -> None:
    bad = write(tmp_path / "broken.md", "---\ntitle: [\n---\nText.\n")
    good = EXAMPLES / "articles" / "port-strike.html"
    output = tmp_path / "brief.pdf"

    refused = run_briefing("build", good, bad, "-o", output)
    assert refused.returncode == 1
    assert "broken.md: malformed YAML" in refused.stderr
    assert "--skip-bad" in refused.stderr
    assert not output.exists()

    skipped = run_briefing("build", good, bad, "-o", output, "--skip-bad")
    assert skipped.returncode == 0, skipped.stderr
    assert "warning: skipped" in skipped.stderr and "broken.md" in skipped.stderr
    assert output.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "23/11/2025"], "is not a date; write it as YYYY-MM-DD"),
        (["--lang", "xx"], "'xx' is not a brief language"),
        (["--max-quotes", "-1"], "--max-quotes"),
    ],
    ids=["date", "language", "limit"],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_briefing("build", EXAMPLES / "manifest.yaml", "-o", tmp_path / "b.pdf", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_output_in_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = run_briefing("build", EXAMPLES / "manifest.yaml", "-o", tmp_path / "no" / "b.pdf")
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def imported_after(*argv: str) -> set[str]:
    """Top-level modules loaded by running the CLI with ``argv`` in a fresh interpreter."""
    probe = (
        "import sys\n"
        "from briefing.cli import app\n"
        f"try:\n    app({list(argv)!r})\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    return set(result.stdout.splitlines()[-1].split())


def test_help_and_english_builds_import_no_translation_stack(tmp_path: Path) -> None:
    help_modules = imported_after("--help")
    assert not help_modules & {*HEAVY_MODULES, "reportlab", "trafilatura", "jinja2"}

    build_modules = imported_after(
        "build", str(EXAMPLES / "manifest.yaml"), "-o", str(tmp_path / "b.pdf"), "--quiet"
    )
    assert "reportlab" in build_modules  # the probe really built a brief
    assert not build_modules & set(HEAVY_MODULES)


def test_the_readme_shows_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make brief" in readme and "make test" in readme


def test_make_brief_builds_the_example_brief() -> None:
    """``make brief`` in the environment these tests run in, already installed: ``-o`` keeps
    make from installing it again (minutes), ``BIN`` names it (the same as ``make test``'s)."""
    from pages import body_text

    pdf = REPO / "out" / "example-brief.pdf"
    pdf.unlink(missing_ok=True)
    make = ["make", "--no-print-directory", "-o", ".venv/.installed"]
    result = subprocess.run(
        [*make, f"BIN={Path(sys.executable).parent}", "brief"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("out/example-brief.pdf")
    assert "Sample brief: floods, housing and ports" in body_text(pdf)


def test_every_option_has_help_text() -> None:
    import typer.main

    from briefing.cli import app

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for parameter in command.params:
            assert getattr(parameter, "help", None), f"{name} {parameter.name} has no help"


def test_every_build_option_is_documented_in_the_readme() -> None:
    import typer.main

    from briefing.cli import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    build = typer.main.get_command(app).commands["build"]  # type: ignore[attr-defined]
    for parameter in build.params:
        for flag in getattr(parameter, "opts", []):
            if flag.startswith("--") and flag != "--output":
                assert f"`{flag}" in readme, f"{flag} is not in the README"


def test_article_count_and_file_size_limits_are_clear_errors(tmp_path: Path) -> None:
    manifest = EXAMPLES / "manifest.yaml"
    too_many = run_briefing("build", manifest, "-o", tmp_path / "b.pdf", "--max-articles", "2")
    assert too_many.returncode == 1
    assert too_many.stderr == (
        "error: input: 3 articles were given, over the limit of 2 (raise it with --max-articles)\n"
    )
    too_big = run_briefing("build", manifest, "-o", tmp_path / "b.pdf", "--max-file-size", "500")
    assert too_big.returncode == 1
    assert "over the 500-byte limit (raise it with --max-file-size)" in too_big.stderr
    assert "Traceback" not in too_big.stderr and not list(tmp_path.iterdir())
    enough = run_briefing("build", manifest, "-o", tmp_path / "b.pdf", "--max-articles", "3")
    assert enough.returncode == 0, enough.stderr


def test_a_character_no_bundled_font_draws_is_a_warning(tmp_path: Path) -> None:
    article = write(
        tmp_path / "private.txt", "Odd Glyphs Here\n\nThe clerk said: “We filed \ue000 forms.”\n"
    )
    result = run_briefing("build", article, "-o", tmp_path / "b.pdf")
    assert result.returncode == 0, result.stderr
    assert "warning: the brief has characters no bundled font draws (U+E000)" in result.stderr
    emoji = write(tmp_path / "emoji.txt", "Fans Cheer\n\nThe coach said: “We won 😀 today.”\n")
    quiet = run_briefing("build", emoji, "-o", tmp_path / "c.pdf")
    assert quiet.returncode == 0 and "warning" not in quiet.stderr
