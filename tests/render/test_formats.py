"""Every output format from one build: what each holds, and that article text stays text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from briefs import brief_with, full_brief
from conftest import EXAMPLES, Page, run_briefing, write
from markdown_it import MarkdownIt

from briefing.deliver.files import OutputFormat
from briefing.render.formats import render
from briefing.resources import resource_dir

FORMATS = ("pdf", "html", "md", "json", "txt")
HOSTILE = (
    "---\ntitle: \"Council Backs <script>alert('x')</script> Plan & *More*\"\n"
    'url: "http://x.example/<img\\tsrc=x\\tonerror=alert(1)>"\n---\n'
    "The mayor said: “Use <b>bold</b>, [a link](http://evil.example) and | pipes | "
    "as you like, 5 < 6 & $7 > $3, `code` and &amp; too.”\n\n"
    "- 12. This line starts like a list, said the clerk.\n"
)


def build(tmp_path: Path, *inputs: Path, formats: tuple[str, ...] = FORMATS) -> dict[str, Path]:
    args = [arg for output_format in formats for arg in ("--format", output_format)]
    output = tmp_path / "out" / "brief.pdf"
    output.parent.mkdir(exist_ok=True)
    result = run_briefing("build", *inputs, "-o", output, "--date", "2025-11-23", *args)
    assert result.returncode == 0, result.stderr
    written = {Path(line).suffix[1:]: Path(line) for line in result.stdout.split()}
    assert sorted(written) == sorted(formats)
    return written


@pytest.fixture(scope="module")
def example_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("formats"), EXAMPLES / "manifest.yaml")


@pytest.fixture(scope="module")
def hostile_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    scratch = tmp_path_factory.mktemp("hostile")
    return build(scratch, write(scratch / "hostile.txt", HOSTILE))


def test_one_build_writes_every_format_asked(example_outputs: dict[str, Path]) -> None:
    assert example_outputs["pdf"].read_bytes().startswith(b"%PDF-")
    for name, path in example_outputs.items():
        assert path.name == f"brief.{name}"
        assert path.stat().st_mode & 0o044, "a brief is readable like any document"
    assert not [p for p in example_outputs["pdf"].parent.iterdir() if p.name.startswith(".")]


def test_the_json_brief_follows_its_schema(example_outputs: dict[str, Path]) -> None:
    schema = json.loads((resource_dir("schemas") / "brief.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(example_outputs["json"].read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(document)
    document["articles"][0]["quotes"][0]["text"] = 42
    assert not validator.is_valid(document)


def test_json_quotes_are_verbatim_in_the_paragraph_they_cite(
    example_outputs: dict[str, Path],
) -> None:
    document = json.loads(example_outputs["json"].read_text(encoding="utf-8"))
    quotes = 0
    for article in document["articles"]:
        raw = Path(article["source"]["file"]).read_text(encoding="utf-8")
        blocks = [" ".join(block.split()) for block in raw.split("\n") if block.strip()]
        for quote in article["quotes"]:
            for citation in quote["citations"]:
                assert citation["source"] == article["number"]
                assert any(quote["text"] in block for block in blocks), quote["text"]
                quotes += 1
    assert quotes >= 8


def test_the_html_brief_is_self_contained(example_outputs: dict[str, Path]) -> None:
    html = example_outputs["html"].read_text(encoding="utf-8")
    parsed = Page(html)
    names = {tag for tag, _ in parsed.elements}
    assert not names & {"script", "link", "img", "iframe", "object", "style", "form"}
    anchors = {attrs["id"] for _, attrs in parsed.elements if "id" in attrs}
    for _tag, attrs in parsed.elements:
        assert "src" not in attrs and not any(name.startswith("on") for name in attrs)
        assert "url(" not in (attrs.get("style") or "")
        href = attrs.get("href")
        if href is not None and href.startswith("#"):
            assert href[1:] in anchors, href  # every citation lands on its source entry
        elif href is not None:
            assert href.startswith("https://example.org/"), href
    assert ("html", {"lang": "en", "dir": "ltr"}) in parsed.elements
    assert "Miriam Okafor" in parsed.text and "[1,\u00a0¶4]" in parsed.text


def test_markup_in_an_article_stays_text_in_every_format(
    hostile_outputs: dict[str, Path],
) -> None:
    headline = "Council Backs <script>alert('x')</script> Plan & *More*"
    quote = "Use <b>bold</b>, [a link](http://evil.example) and | pipes | as you like"

    html = Page(hostile_outputs["html"].read_text(encoding="utf-8"))
    assert not {tag for tag, _ in html.elements} & {"script", "b"}
    assert headline in html.text and quote in html.text

    rendered = Page(MarkdownIt("commonmark").enable("table").render(read(hostile_outputs, "md")))
    assert not {tag for tag, _ in rendered.elements} & {"script", "b", "code", "ol", "img"}
    assert not {tag for tag, _ in html.elements} & {"img"}
    assert not any(attrs.get("href") == "http://evil.example" for _, attrs in rendered.elements)
    assert headline in rendered.text and quote in rendered.text
    assert "5 < 6 & $7 > $3, `code` and &amp; too." in rendered.text

    text = read(hostile_outputs, "txt")
    assert headline in text and quote in text and "&amp; too" in text

    document = json.loads(read(hostile_outputs, "json"))
    assert document["articles"][0]["headline"]["text"] == headline


# GitHub-flavoured Markdown's extended autolinks (its spec, section 6.9): "www." or
# "http(s)://" at the start of a line or after a space, "*", "_", "~" or "(", and any
# e-mail address; a backslash escape anywhere in the trigger keeps it text.
GFM_AUTOLINK = re.compile(
    r"(?:^|(?<=[\s*_~(]))(?:www\.|https?://|ftp://)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE | re.MULTILINE,
)


def test_a_bare_address_in_a_quote_is_no_link_on_github() -> None:
    quote = "See www.example.org (or https://evil.example/x), and write to press@example.org"
    markdown = render(brief_with(quote), OutputFormat.MARKDOWN).decode()
    assert GFM_AUTOLINK.findall(markdown) == []
    rendered = Page(MarkdownIt("commonmark").render(markdown))
    assert quote in rendered.text  # the escapes show as nothing


def test_the_json_names_the_language_and_the_article_as_claimant_by_their_codes() -> None:
    """Tools read ``language`` and ``claimed_by``: both keep their schema-1 spelling."""
    for code in ("en", "fr", "prs"):
        document = json.loads(render(full_brief(code), OutputFormat.JSON))
        assert document["language"] == code
        claimants = [figure["claimed_by"] for figure in document["articles"][0]["figures"]]
        assert claimants == ["Miriam Okafor", "the article"], code


def read(outputs: dict[str, Path], name: str) -> str:
    return outputs[name].read_text(encoding="utf-8")


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run_briefing(
        "build", EXAMPLES / "manifest.yaml", "-o", tmp_path / "b.pdf", "-f", "docx"
    )
    assert result.returncode == 2
    assert "docx" in result.stderr and not list(tmp_path.iterdir())


def test_a_folder_gets_brief_files_and_a_named_suffix_picks_the_format(tmp_path: Path) -> None:
    manifest = EXAMPLES / "manifest.yaml"
    into_folder = run_briefing("build", manifest, "-o", tmp_path, "-f", "pdf", "-f", "md")
    assert into_folder.returncode == 0, into_folder.stderr
    assert into_folder.stdout.split() == [str(tmp_path / "brief.pdf"), str(tmp_path / "brief.md")]
    named = run_briefing("build", manifest, "-o", tmp_path / "weekly.html")
    assert named.returncode == 0, named.stderr
    assert named.stdout.split() == [str(tmp_path / "weekly.html")]
    assert (tmp_path / "weekly.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_relayed_figure_names_its_claimant_and_relay_in_every_format() -> None:
    import dataclasses
    import io

    import pdfplumber

    brief = full_brief("en")
    first = brief.sections[0]
    figure = dataclasses.replace(
        first.figures[0].figure, claimed_by="the rebels", relayed_by="Ada Okoro"
    )
    relayed = dataclasses.replace(first.figures[0], figure=figure)
    brief = dataclasses.replace(
        brief, sections=(dataclasses.replace(first, figures=(relayed,)), *brief.sections[1:])
    )
    shown = "the rebels (as quoted by Ada Okoro)"
    for output_format in (OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.HTML):
        assert shown in str(render(brief, output_format)), output_format
    document = json.loads(render(brief, OutputFormat.JSON))
    (record,) = document["articles"][0]["figures"]
    assert (record["claimed_by"], record["relayed_by"]) == ("the rebels", "Ada Okoro")
    pdf = render(brief, OutputFormat.PDF)
    assert isinstance(pdf, bytes)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = " ".join(" ".join(page.extract_text() or "" for page in opened.pages).split())
    # The claimant's cell wraps: its two lines read back one after the other.
    assert "the rebels (as quoted by" in text and "Ada Okoro)" in text
