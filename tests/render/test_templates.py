"""Templates: the catalog and environment each language's brief is worded through."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefing.render.templates
from briefing.errors import RenderError
from briefing.languages import LANGUAGES
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
