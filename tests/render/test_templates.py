"""Templates: the catalog and environment each language's brief is worded through."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pdfplumber
import pytest
from briefs import full_brief

import briefing.render.templates
from briefing.deliver.files import OutputFormat
from briefing.errors import RenderError
from briefing.languages import LANGUAGES
from briefing.model import Brief
from briefing.render.formats import render
from briefing.render.templates import catalog, environment, markdown_text, web_url


def test_a_missing_catalog_is_an_error_not_an_english_brief(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(briefing.render.templates, "resource_dir", lambda name: tmp_path / name)
    with pytest.raises(RenderError, match=r"messages\.mo is missing\): run `make`"):
        catalog(LANGUAGES["fr"])
    assert catalog(LANGUAGES["en"]).gettext("Key quotes") == "Key quotes"


def test_one_environment_per_language() -> None:
    french, dari = LANGUAGES["fr"], LANGUAGES["prs"]
    assert environment(french) is environment(french)
    assert environment(french) is not environment(dari)
    for code, heading in (("en", "Sources"), ("fr", "Sources"), ("prs", "منابع")):
        assert environment(LANGUAGES[code]).from_string('{{ _("Sources") }}').render() == heading


@pytest.mark.parametrize(
    ("address", "link"),
    [
        ("https://example.org/floods?day=1", "https://example.org/floods?day=1"),
        ("javascript:alert(1)", None),
        ("https://example.org/a b", None),
        ('https://example.org/"><script>', None),
        (None, None),
    ],
    ids=["web-address", "script", "space", "quote", "none"],
)
def test_only_a_well_formed_web_address_becomes_a_link(
    address: str | None, link: str | None
) -> None:
    assert web_url(address) == link


@pytest.mark.parametrize(
    ("field", "literal"),
    [
        ("**bold** and [a link](x)", r"\*\*bold\*\* and \[a link\](x)"),
        ("<b>5 & $7</b>", r"\<b\>5 \& \$7\</b\>"),
        ("# not a heading", r"\# not a heading"),
        ("12. not a list", r"12\. not a list"),
        ("- not a list", r"\- not a list"),
        ("two\nlines", "two lines"),
    ],
    ids=["emphasis-link", "html-and-maths", "heading", "numbered-list", "bullet", "line-break"],
)
def test_a_markdown_field_is_literal_text(field: str, literal: str) -> None:
    assert markdown_text(field) == literal


def rendered(code: str, output_format: str, brief: Brief | None = None) -> str:
    """The hand-built full brief in language ``code`` as a user reads ``output_format``."""
    brief = brief or full_brief(code)
    if output_format == "pdf":
        with pdfplumber.open(io.BytesIO(render(brief, OutputFormat.PDF))) as document:
            return "\n".join(page.extract_text() or "" for page in document.pages)
    return render(brief, OutputFormat(output_format)).decode()


@pytest.mark.parametrize("output_format", ["txt", "md", "html", "pdf"])
def test_dari_bylines_have_no_dot_to_read_as_a_persian_zero(output_format: str) -> None:
    text = rendered("prs", output_format)
    assert "·" not in text
    assert "–" in text
    if output_format != "pdf":  # pdfplumber reads a Dari line's glyphs left to right
        # The brief's date, its language and its count of sources, parted by dashes.
        assert "(۲۳ نومبر ۲۰۲۵) – دری – ۴ منبع" in text


@pytest.mark.parametrize("output_format", ["txt", "md", "html"])
def test_a_dari_brief_writes_figures_in_persian_digits(output_format: str) -> None:
    text = rendered("prs", output_format)
    assert "۱٬۲۰۰ families" in text
    assert "1,200" not in text


def test_french_colons_take_a_no_break_space_in_text_and_markdown() -> None:
    text = rendered("fr", "txt")
    assert "1\u202f200 families\u00a0: " in text
    assert "Avancé par\u00a0: Miriam Okafor" in text
    markdown = rendered("fr", "md")
    assert "Texte original\u00a0: " in markdown
    assert "23\u00a0novembre\u00a02025" in markdown


@pytest.mark.parametrize("output_format", ["txt", "md", "html", "pdf"])
def test_a_headline_that_ends_a_sentence_gets_no_second_full_stop(output_format: str) -> None:
    brief = full_brief("en")
    first = dataclasses.replace(brief.sections[0], headline="Aid Stalls at the Front …")
    brief = dataclasses.replace(brief, sections=(first, *brief.sections[1:]))
    text = " ".join(rendered("en", output_format, brief).split())
    assert "Aid Stalls at the Front … Publisher not stated" in text
    assert "Story number 2. Valley Times" in text
