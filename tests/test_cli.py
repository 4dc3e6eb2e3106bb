"""The command line as a user meets it: exit codes, messages, outputs, help.

Most tests run the CLI in this process with Typer's ``CliRunner``; real processes stay
where the process is the point: the ``python -m briefing`` entry point, what a fresh
interpreter imports, ``make brief``, and a real Ctrl-C.
"""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import typer.main
from conftest import EXAMPLES, REPO, isolated_environment, run_briefing, write
from typer.testing import CliRunner, Result

from briefing.cli import app

HEAVY_MODULES = ("argostranslate", "ctranslate2", "stanza", "torch")
MANIFEST = EXAMPLES / "manifest.yaml"


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Run ``briefing ARGS`` in this process; an exception the CLI let escape fails the test.

    A wide terminal keeps Typer's error panels from wrapping the sentences checked.
    """
    result = CliRunner().invoke(
        app, [str(arg) for arg in args], env={"COLUMNS": "200", **(env or {})}
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"briefing {args} raised {result.exception!r}") from result.exception
    return result


def one_error_line(result: Result) -> str:
    """The one ``error:`` sentence a failed command printed, checked to be alone."""
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return result.stderr


def test_python_m_briefing_builds_the_pdf_and_prints_its_path(tmp_path: Path) -> None:
    output = tmp_path / "brief.pdf"
    result = run_briefing("build", MANIFEST, "-o", output, "--date", "2025-11-23")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(output)
    assert output.read_bytes().startswith(b"%PDF-")


def test_extract_json_has_the_documented_shape() -> None:
    result = invoke("extract", MANIFEST, "--json")
    assert result.exit_code == 0, result.stderr
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
    result = invoke("build", *(paths or [tmp_path / "missing.txt"]), "-o", output)
    assert message in one_error_line(result)
    assert not output.exists()


def test_one_bad_file_names_it_and_skip_bad_builds_from_the_rest(tmp_path: Path) -> None:
    bad = write(tmp_path / "broken.md", "---\ntitle: [\n---\nText.\n")
    good = EXAMPLES / "articles" / "port-strike.html"
    output = tmp_path / "brief.pdf"

    refused = invoke("build", good, bad, "-o", output)
    assert refused.exit_code == 1
    assert "broken.md: malformed YAML" in refused.stderr
    assert "--skip-bad" in refused.stderr
    assert not output.exists()

    skipped = invoke("build", good, bad, "-o", output, "--skip-bad")
    assert skipped.exit_code == 0, skipped.stderr
    assert "warning: skipped" in skipped.stderr and "broken.md" in skipped.stderr
    assert output.exists()


def broken_package_folder(root: Path) -> dict[str, str]:
    """An isolated environment whose Argos packages folder holds a package with bad JSON."""
    write(root / "packages" / "translate-en_fr-1_0" / "metadata.json", '{"from_code": "en",')
    return isolated_environment(root)


BROKEN = "is broken: its metadata.json is not valid JSON"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "missing.txt"], "missing.txt: no such file or directory"),
        (["extract", "missing.txt"], "missing.txt: no such file or directory"),
        (["models", "list"], BROKEN),
        (
            ["models", "install", "fake.argosmodel"],
            "cannot install fake.argosmodel: it is not a zip",
        ),
        (["models", "remove", "de"], "no installed package matches 'de'"),
        (["build", MANIFEST, "--lang", "fr"], BROKEN),
    ],
    ids=["build", "extract", "models-list", "models-install", "models-remove", "translation"],
)
def test_every_command_turns_an_error_into_one_sentence_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str | Path], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "fake.argosmodel", b"not a zip")
    result = invoke(*args, env=broken_package_folder(tmp_path / "home"))
    assert message in one_error_line(result)
    assert not (tmp_path / "brief.pdf").exists()


def test_a_broken_package_folder_is_one_sentence_naming_it(tmp_path: Path) -> None:
    env = broken_package_folder(tmp_path)
    folder = tmp_path / "packages" / "translate-en_fr-1_0"
    assert one_error_line(invoke("models", "list", env=env)) == (
        f"error: the package in {folder} is broken: its metadata.json is not valid JSON "
        "(Expecting property name enclosed in double quotes at line 1, column 20); "
        "remove it with 'briefing models remove translate-en_fr-1_0' and install it again\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "23/11/2025"], "is not a date; write it as YYYY-MM-DD"),
        (["--lang", "xx"], "'xx' is not a brief language"),
        (["--max-quotes", "-1"], "--max-quotes"),
        (["--fetch-timeout", "0"], "--fetch-timeout"),
        (["--format", "docx"], "docx"),
        (["--smtp", "mail.example.org:587"], "an e-mail needs --mail-from ADDRESS"),
        (["--eml", "--mail-to", "ana@example.org"], "an e-mail needs --mail-from ADDRESS"),
        (["--mail-from", "desk@example.org"], "the e-mail options need --eml or --smtp"),
        (["--eml", "--mail-from", "desk", "--mail-to", "a@example.org"], "'desk' is not an"),
        (["--eml", "--mail-from", "d@example.org", "--mail-to", "a@b@c"], "'a@b@c' is not an"),
        (
            ["--smtp", "no-port", "--mail-from", "d@example.org", "--mail-to", "a@example.org"],
            "'no-port' is not a mail server address",
        ),
    ],
    ids=[
        "date",
        "language",
        "limit",
        "timeout",
        "format",
        "smtp-without-recipient",
        "eml-without-sender",
        "address-without-eml",
        "malformed-sender",
        "malformed-recipient",
        "malformed-server",
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = invoke("build", MANIFEST, "-o", tmp_path / "b.pdf", *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Usage: " in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "args",
    [["build"], ["extract"], ["models", "install", "xx"], ["build", "--no-such-option"]],
    ids=["build-without-inputs", "extract-without-inputs", "unknown-language", "unknown-option"],
)
def test_every_command_exits_2_on_a_usage_error(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert "Usage: " in result.stderr and "Traceback" not in result.stderr


def test_output_under_a_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "notes", "a file, not a folder")
    result = invoke("build", MANIFEST, "-o", tmp_path / "notes" / "b.pdf")
    assert "notes is not a folder" in one_error_line(result)


def test_strict_turns_a_skipped_input_into_an_error_and_writes_nothing(tmp_path: Path) -> None:
    bad = write(tmp_path / "broken.md", "---\ntitle: [\n---\nText.\n")
    good = EXAMPLES / "articles" / "port-strike.html"
    output = tmp_path / "out" / "brief.pdf"
    output.parent.mkdir()

    result = invoke(
        "build", good, bad, "-o", output, "-f", "pdf", "-f", "html", "--skip-bad", "--strict"
    )
    error = one_error_line(result)
    assert error.startswith("error: strict mode stops at 1 warning(s), so nothing was written:")
    assert "skipped" in error and "broken.md: malformed YAML" in error
    assert not list(output.parent.iterdir())

    extracted = invoke("extract", good, bad, "--skip-bad", "--strict", "--json")
    assert "broken.md: malformed YAML" in one_error_line(extracted)


def test_strict_turns_a_character_no_font_draws_into_an_error(tmp_path: Path) -> None:
    article = write(
        tmp_path / "private.txt", "Odd Glyphs Here\n\nThe clerk said: “We filed \ue000 forms.”\n"
    )
    output = tmp_path / "b.pdf"
    result = invoke("build", article, "-o", output, "--strict")
    assert "characters no bundled font draws (U+E000)" in one_error_line(result)
    assert not output.exists()


def test_strict_without_warnings_builds_as_usual(tmp_path: Path) -> None:
    output = tmp_path / "b.pdf"
    result = invoke("build", MANIFEST, "-o", output, "--strict")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "" and result.stdout.strip() == str(output)


def test_verbose_shows_each_article_and_each_stage_on_stderr(tmp_path: Path) -> None:
    output = tmp_path / "b.pdf"
    result = invoke("build", MANIFEST, "-o", output, "-v")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == str(output)
    records = json.loads(invoke("extract", MANIFEST, "--json").stdout)
    lines = result.stderr.splitlines()
    for record in records:
        found = f"{len(record['quotes'])} quotes, {len(record['figures'])} figures"
        assert f"read {record['file']}: {record['kind']} article, {found}" in lines
    stages = [line.split(":")[0] for line in lines if re.fullmatch(r"[a-z ]+: \d+\.\d\d s", line)]
    assert stages == ["reading and extracting", "selecting", "rendering", "writing"]

    quiet = invoke("build", MANIFEST, "-o", output)
    assert quiet.stderr == ""

    extracted = invoke("extract", MANIFEST, "--verbose")
    assert extracted.exit_code == 0, extracted.stderr
    lines = extracted.stderr.splitlines()
    assert len(lines) == len(records) + 1 and lines[:-1] == [
        line for line in result.stderr.splitlines() if line.startswith("read ")
    ]
    assert re.fullmatch(r"reading and extracting: \d+\.\d\d s", lines[-1])


def test_article_count_and_file_size_limits_are_clear_errors(tmp_path: Path) -> None:
    too_many = invoke("build", MANIFEST, "-o", tmp_path / "b.pdf", "--max-articles", "2")
    assert too_many.exit_code == 1
    assert too_many.stderr == (
        "error: input: 3 articles were given, over the limit of 2 (raise it with --max-articles)\n"
    )
    too_big = invoke("build", MANIFEST, "-o", tmp_path / "b.pdf", "--max-file-size", "500")
    assert too_big.exit_code == 1
    assert "over the 500-byte limit (raise it with --max-file-size)" in too_big.stderr
    assert "Traceback" not in too_big.stderr and not list(tmp_path.iterdir())
    enough = invoke("build", MANIFEST, "-o", tmp_path / "b.pdf", "--max-articles", "3")
    assert enough.exit_code == 0, enough.stderr


def test_a_character_no_bundled_font_draws_is_a_warning(tmp_path: Path) -> None:
    article = write(
        tmp_path / "private.txt", "Odd Glyphs Here\n\nThe clerk said: “We filed \ue000 forms.”\n"
    )
    result = invoke("build", article, "-o", tmp_path / "b.pdf")
    assert result.exit_code == 0, result.stderr
    assert "warning: the brief has characters no bundled font draws (U+E000)" in result.stderr
    emoji = write(tmp_path / "emoji.txt", "Fans Cheer\n\nThe coach said: “We won 😀 today.”\n")
    quiet = invoke("build", emoji, "-o", tmp_path / "c.pdf")
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr


def command_paths() -> list[list[str]]:
    """Every group and command of the CLI, as the words that name it."""
    paths: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        paths.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return paths


@pytest.mark.parametrize("path", command_paths(), ids=lambda path: " ".join(path) or "briefing")
def test_help_names_values_instead_of_python_types(path: list[str]) -> None:
    result = invoke(*path, "--help")
    assert result.exit_code == 0, result.output
    tags = re.findall(r"<[a-zA-Z][^>]*>|\[x[<>]=", result.stdout)
    assert tags == [], f"type tags in 'briefing {' '.join(path)} --help': {tags}"


def test_build_help_groups_options_in_panels() -> None:
    help_text = invoke("build", "--help").stdout
    titles = re.findall(r"╭─ (.+?) ─", help_text)
    assert titles == [
        "Arguments",
        "Options",
        "Input",
        "Output",
        "Web",
        "Translation",
        "E-mail",
    ]
    assert "[INPUT]..." in help_text
    for flag, metavar in [("--output", "PATH"), ("--feed", "URL"), ("--max-quotes", "N")]:
        assert re.search(rf"{flag}\s.*\s{metavar}\s", help_text), f"{flag} {metavar}"
    assert "INPUT" in invoke("extract", "--help").stdout


def test_shell_completion_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    help_text = invoke("--help").stdout
    assert "--install-completion" in help_text and "--show-completion" in help_text
    # Typer's own switch: name the shell rather than detect it from the process tree,
    # which under a test runner may hold no shell at all.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    script = invoke("--show-completion", "bash")
    assert script.exit_code == 0, script.output
    assert "complete " in script.stdout


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

    build_modules = imported_after("build", str(MANIFEST), "-o", str(tmp_path / "b.pdf"), "--quiet")
    assert "reportlab" in build_modules  # the probe really built a brief
    assert not build_modules & set(HEAVY_MODULES)


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path) -> None:
    """A real SIGINT while ``models install`` waits on a package index that never answers."""
    with socket.create_server(("127.0.0.1", 0)) as index:
        address = f"http://127.0.0.1:{index.getsockname()[1]}/"
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing", "models", "install", "fr", "--index", address],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=isolated_environment(tmp_path),
        )
        try:
            connection, _ = index.accept()  # the command now waits for an answer
            with connection:
                process.send_signal(signal.SIGINT)
                stdout, stderr = process.communicate(timeout=60)
        finally:
            process.kill()
    assert process.returncode == 130, stderr
    assert stderr == "error: interrupted; nothing was written\n"
    assert stdout == ""
    assert not (tmp_path / "packages").exists()


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
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for parameter in command.params:
            assert getattr(parameter, "help", None), f"{name} {parameter.name} has no help"


def test_every_build_option_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    build = typer.main.get_command(app).commands["build"]  # type: ignore[attr-defined]
    for parameter in build.params:
        for flag in getattr(parameter, "opts", []):
            if flag.startswith("--") and flag != "--output":
                assert f"`{flag}" in readme, f"{flag} is not in the README"


def test_the_command_line_runs_in_a_thread_other_than_the_main_one(tmp_path: Path) -> None:
    """Only the main thread may handle signals; elsewhere the command runs without its
    Ctrl-C watch rather than fail."""
    results: list[Result] = []
    worker = threading.Thread(target=lambda: results.append(invoke("models", "--help")))
    worker.start()
    worker.join(timeout=60)
    (result,) = results
    assert result.exit_code == 0, result.output
