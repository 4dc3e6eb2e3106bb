"""Templates: the catalog and environment each language's brief is worded through."""

from __future__ import annotations

import dataclasses
import io
from html.parser import HTMLParser
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
from briefing.render.templates import (
    catalog,
    context_for,
    environment,
    markdown_text,
    render_template,
    web_url,
)


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


class Directions(HTMLParser):
    """Each stretch of text of an HTML page with the ``dir`` it is laid out in."""

    VOID = frozenset({"meta", "br", "img", "hr", "link"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str | None] = []
        self.texts: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(dict(attrs).get("dir"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append((data.strip(), next(filter(None, reversed(self.open)), None)))

    def direction(self, text: str) -> str | None:
        return next(found for shown, found in self.texts if shown == text)


def dari_article(brief: Brief) -> Brief:
    """``brief`` with its first article written in Dari."""
    first = brief.sections[0]
    article = dataclasses.replace(first.article, language="prs")
    return dataclasses.replace(
        brief, sections=(dataclasses.replace(first, article=article), *brief.sections[1:])
    )


@pytest.mark.parametrize("output_format", ["html", "eml"])
def test_dari_translations_read_right_to_left_even_when_they_open_with_a_latin_name(
    output_format: str,
) -> None:
    brief = full_brief("prs")
    if output_format == "eml":
        html = render_template("email.html.j2", context_for(brief))
    else:
        html = rendered("prs", "html")
    page = Directions(html)
    assert page.direction("AID IS LATE.") == "rtl"
    assert page.direction("WE HAVE TRUCKS.") == "rtl"


def test_an_original_reads_in_its_own_languages_direction_in_html() -> None:
    page = Directions(rendered("prs", "html"))
    assert page.direction("Aid is late.") == "ltr"
    french = Directions(rendered("fr", "html", dari_article(full_brief("fr"))))
    assert french.direction("Aid is late.") == "rtl"  # the article, hence its text, is Dari


@pytest.mark.parametrize("output_format", ["txt", "md"])
def test_every_line_of_a_dari_text_brief_is_marked_right_to_left(output_format: str) -> None:
    text = rendered("prs", output_format)
    lines = [line.lstrip(" #->|") for line in text.splitlines() if line.strip(" -|")]
    assert all(line.startswith("\u200f") for line in lines), lines
    # The English original sits in a left-to-right isolate, its full stop inside.
    assert "\u2066Aid is late.\u2069" in text
    # In the source list: the file name, then the digest with its label, each apart.
    assert "\u2066story-3.txt\u2069." in text.replace("\\", "")
    assert "\u2066SHA-256 000000000000\u2069" in text


@pytest.mark.parametrize("output_format", ["txt", "md"])
def test_a_dari_original_in_a_french_brief_is_a_right_to_left_isolate(output_format: str) -> None:
    text = rendered("fr", output_format, dari_article(full_brief("fr")))
    assert "\u2067Aid is late.\u2069" in text
    assert "\u200f" not in text  # French lines keep their own direction
