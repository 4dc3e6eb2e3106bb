"""The Python API a notebook uses: its names, the README's example, and that it builds what
the command line builds from the same options."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, write
from typer.testing import CliRunner

import briefing
from briefing.cli import app

MANIFEST = EXAMPLES / "manifest.yaml"


def test_the_package_exports_the_api_by_name() -> None:
    assert briefing.__all__ == [
        "BriefingError",
        "Extracted",
        "StrictError",
        "UsageError",
        "__version__",
        "build",
        "extract_files",
    ]
    namespace: dict[str, object] = {}
    exec("from briefing import *", namespace)
    assert set(briefing.__all__) <= set(namespace)
    assert issubclass(briefing.UsageError, briefing.BriefingError)
    assert issubclass(briefing.StrictError, briefing.BriefingError)


def test_importing_briefing_loads_no_pipeline_stage() -> None:
    probe = "import sys, briefing\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    loaded = set(result.stdout.split())
    assert "briefing.api" in loaded  # the probe really imported the API
    assert not loaded & {"briefing.pipeline", "jinja2", "yaml", "reportlab", "trafilatura"}


def readme_example() -> tuple[str, str]:
    """The README's Python example, and the output its comment promises."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    promised = re.search(r"# (\(PosixPath.*)", code)
    assert promised is not None
    return code, promised.group(1)


def test_the_readme_example_runs_as_written(tmp_path: Path) -> None:
    code, promised = readme_example()
    (tmp_path / "examples").symlink_to(EXAMPLES)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=180
    )
    assert result.returncode == 0, result.stderr
    built, extracted = result.stdout.splitlines()
    assert built == promised
    assert extracted.startswith("Flood Relief Stalls in River Valley as Aid Convoys Wait")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert "Weekly brief" in html


def test_build_writes_what_the_command_line_writes(tmp_path: Path) -> None:
    options = ["--date", "2025-11-23", "--title", "Same", "--max-quotes", "2", "-f", "pdf"]
    command = CliRunner().invoke(
        app, ["build", str(MANIFEST), "-o", str(tmp_path / "cli.pdf"), *options, "-f", "json"]
    )
    assert command.exit_code == 0, command.output
    result = briefing.build(
        MANIFEST,
        output=tmp_path / "api.pdf",
        date=date(2025, 11, 23),
        title="Same",
        max_quotes=2,
        formats=["pdf", "json"],
    )
    assert result.outputs == (tmp_path / "api.pdf", tmp_path / "api.json")
    assert (tmp_path / "api.pdf").read_bytes() == (tmp_path / "cli.pdf").read_bytes()
    assert (tmp_path / "api.json").read_bytes() == (tmp_path / "cli.json").read_bytes()
    assert all(len(section.quotes) <= 2 for section in result.brief.sections)


def test_extract_files_gives_the_records_extract_json_prints() -> None:
    printed = CliRunner().invoke(app, ["extract", str(MANIFEST), "--json"])
    found = briefing.extract_files(MANIFEST)
    assert list(found.records) == json.loads(printed.stdout)
    assert [e.article.title for e in found.extractions] == [r["title"] for r in found.records]
    assert found.skipped == ()


def test_skipped_inputs_are_returned_and_strict_refuses_them(tmp_path: Path) -> None:
    bad = write(tmp_path / "broken.md", "---\ntitle: [\n---\nText.\n")
    good = EXAMPLES / "articles" / "port-strike.html"
    found = briefing.extract_files(good, bad, skip_bad=True)
    assert [problem.source for problem in found.skipped] == [str(bad)]
    with pytest.raises(briefing.StrictError) as refused:
        briefing.extract_files(good, bad, skip_bad=True, strict=True)
    (warning,) = refused.value.warnings
    assert warning.startswith(f"skipped {bad}: malformed YAML")


def test_strict_build_raises_with_the_warnings_and_writes_nothing(tmp_path: Path) -> None:
    article = write(
        tmp_path / "in" / "private.txt",
        "Odd Glyphs Here\n\nThe clerk said: “We filed \ue000 forms.”\n",
    )
    output = tmp_path / "out" / "brief.pdf"
    output.parent.mkdir()
    with pytest.raises(briefing.StrictError) as refused:
        briefing.build(article, output=output, strict=True)
    (warning,) = refused.value.warnings
    assert "U+E000" in warning
    assert not list(output.parent.iterdir())
    assert briefing.build(article, output=output).warnings == refused.value.warnings


@pytest.mark.parametrize(
    ("inputs", "options", "message"),
    [
        ((), {}, "give article files, web addresses, or feeds"),
        ((MANIFEST,), {"formats": ["docx"]}, "'docx' is not an output format"),
        ((MANIFEST,), {"eml": True, "mail_to": ["a@example.org"]}, "needs --mail-from"),
        ((MANIFEST,), {"eml": True, "mail_from": "desk", "mail_to": ["a@example.org"]}, "'desk'"),
        ((MANIFEST,), {"engine": "deepl"}, "'deepl' is not a translation engine: use argos, nllb"),
    ],
    ids=["no-inputs", "format", "no-sender", "malformed-sender", "engine"],
)
def test_options_that_cannot_be_used_are_usage_errors(
    tmp_path: Path, inputs: tuple[Path, ...], options: dict[str, object], message: str
) -> None:
    with pytest.raises(briefing.UsageError, match=re.escape(message)):
        briefing.build(*inputs, output=tmp_path / "b.pdf", **options)  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())
