"""``briefing build`` met with what a stranger's files and a careless command line hold:
outputs that name inputs, names and options that are not UTF-8 or hold control
characters, dates no calendar of the brief can write. Each gets a sentence, never a
traceback; real processes, since how arguments reach Python is the point.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, isolated_environment, run_briefing, write
from installs import PERSIAN_PACKAGE, briefing, installed

ARTICLE = "River levels fall\n\n“We will rebuild the bridges,” Maria Lopez said on Tuesday.\n"
FORMATS = ("pdf", "html", "md", "json", "txt")


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The sentence a failed build printed, checked to be the only thing it printed."""
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode == 2:  # a usage error: Typer's panel, the sentence in it
        assert "Usage: " in result.stderr
        return " ".join(line.strip("│ ") for line in result.stderr.splitlines()[3:-1])
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("error:") and result.stderr.count("\n") == 1
    return result.stderr.removeprefix("error: ").strip()


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True
    ).stdout


def test_an_output_that_names_an_input_is_refused_and_the_article_kept(tmp_path: Path) -> None:
    article = write(tmp_path / "article.txt", ARTICLE)
    result = run_briefing("build", article, "-o", article, "-f", "txt")
    assert one_error(result).endswith(
        f"the brief would be written over the input {article}: choose another --output"
    )
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_folder_s_brief_from_the_last_run_is_not_read_as_an_article(tmp_path: Path) -> None:
    write(tmp_path / "news" / "article.txt", ARTICLE)
    for _ in range(2):
        result = run_briefing(
            "build", tmp_path / "news", "-o", tmp_path / "news", "-f", "md", "-f", "json"
        )
        assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "news" / "brief.json").read_text(encoding="utf-8"))
    assert [article["source"]["file"] for article in record["articles"]] == [
        str(tmp_path / "news" / "article.txt")
    ]


def test_the_readme_s_output_in_a_new_folder_works_as_written(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "-o out/brief.pdf" in readme
    write(tmp_path / "article.txt", ARTICLE)
    result = run_briefing("build", "article.txt", "-o", "out/brief.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "River levels fall" in pdf_text(tmp_path / "out" / "brief.pdf")


@pytest.mark.parametrize(
    ("name", "shown"),
    [(b"caf\xe9.txt", "caf\ufffd.txt"), (b"bell\x07.txt", "bell.txt")],
    ids=["not-utf8", "control-character"],
)
def test_a_file_name_no_format_could_carry_is_shown_cleaned_in_every_format(
    tmp_path: Path, name: bytes, shown: str
) -> None:
    article = tmp_path / os.fsdecode(name)
    write(article, ARTICLE)
    output = tmp_path / "brief.pdf"
    args = [arg for format_name in FORMATS for arg in ("-f", format_name)]
    result = run_briefing("build", article, "-o", output, *args)
    assert result.returncode == 0, result.stderr
    for format_name in ("html", "md", "txt"):
        assert shown in output.with_suffix(f".{format_name}").read_text(encoding="utf-8")
    record = json.loads(output.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["articles"][0]["source"]["file"] == str(tmp_path / shown)
    assert shown in "".join(pdf_text(output).split())


@pytest.mark.parametrize(
    ("option", "value", "sentence"),
    [
        ("--title", b"Caf\xe9 news", "'--title': holds the byte 0xE9, which is not UTF-8 text"),
        (
            "--title",
            b"Weekly\x07 news",
            "'--title': holds U+0007, a control character no brief can show; remove it",
        ),
        (
            "--mail-from",
            b"caf\xe9@example.org",
            "'--mail-from': holds the byte 0xE9, which is not UTF-8 text",
        ),
    ],
    ids=["latin-1-title", "bell-in-title", "latin-1-sender"],
)
def test_option_text_no_format_could_carry_is_one_sentence(
    tmp_path: Path, option: str, value: bytes, sentence: str
) -> None:
    article = write(tmp_path / "article.txt", ARTICLE)
    mail = ["--eml", "--mail-to", "ana@example.org"] if option == "--mail-from" else []
    result = run_briefing(
        "build", article, "-o", tmp_path / "brief.pdf", option, os.fsdecode(value), *mail
    )
    assert sentence in one_error(result)
    assert not list(tmp_path.glob("brief*"))


def test_a_build_date_past_what_a_brief_can_write_is_one_sentence(tmp_path: Path) -> None:
    article = write(tmp_path / "article.txt", ARTICLE)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "253402300800"}  # 10000-01-01
    result = run_briefing("build", article, "-o", tmp_path / "brief.md", env=env)
    assert "SOURCE_DATE_EPOCH=253402300800 is not a date from the years 1000–9000" in (
        one_error(result)
    )
    result = run_briefing("build", article, "-o", tmp_path / "brief.md", "--date", "0500-01-01")
    assert "'0500-01-01' is not a date from the years 1000–9000" in one_error(result)


def test_a_dari_brief_of_an_article_with_an_ancient_dateline_is_built(tmp_path: Path) -> None:
    """The Solar Hijri calendar starts in 622: a dateline of 500 is text, not the date."""
    home = isolated_environment(tmp_path / "home")
    installed(home, PERSIAN_PACKAGE)
    article = write(tmp_path / "old.txt", "River levels fall\n\n01/01/0500\n\n" + ARTICLE)
    output = tmp_path / "brief.json"
    formats = [arg for format_name in FORMATS for arg in ("-f", format_name)]
    result = briefing(home, "build", article, "--lang", "prs", "-o", output, *formats)
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(output.read_text(encoding="utf-8"))["articles"]
    assert article["source"]["published"] is None
