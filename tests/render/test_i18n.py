"""The brief's own wording in the reader's language: catalogs, dates, rendered briefs.

The pseudo-locale test follows Sphinx's ``test_intl``: a catalog built at test time wraps
every translation in ``⟦…⟧``, so any interface word left outside the markers is a string
that never went through gettext.
"""

from __future__ import annotations

import dataclasses
import gettext
import io
import re
import subprocess
import sys
import unicodedata
import zipfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from briefs import article_strings, full_brief
from conftest import REPO
from markupsafe import escape

from briefing.languages import LANGUAGES
from briefing.model import (
    Brief,
)
from briefing.render.calendars import long_date
from briefing.render.templates import (
    TemplateContext,
    catalog,
    context_for,
    localized_numbers,
    make_environment,
    markdown_text,
    render_template,
)

LOCALES = REPO / "locales"
POT = LOCALES / "messages.pot"
TRANSLATED = ("fr", "prs")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
ZWNJ = "\u200c"
# Every template a user sees the output of; partials (``_*.j2``) are inside them.
TEMPLATES = sorted(p.name for p in (REPO / "templates").glob("*.j2") if not p.name.startswith("_"))


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def messages(catalog_: Catalog) -> dict[str, Message]:
    """Each message under its (singular) msgid."""
    return {forms(message.id)[0]: message for message in catalog_ if message.id}


def forms(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


# A brief that reaches every branch of the template: each kind, relayed, reported and
# unattributed quotes, a disputed figure, missing publisher and date, machine translation
# with a reviewed segment and one carrying every flag (a lost number, low confidence, a loop).


@pytest.fixture(scope="module")
def pseudo_translations() -> gettext.GNUTranslations:
    """Every msgstr is its msgid between ⟦ and ⟧, placeholders intact."""
    template = read_catalog(POT)
    pseudo = Catalog(locale="en")
    for message in template:
        if not message.id:
            continue
        marked = tuple(f"⟦{form}⟧" for form in forms(message.id))
        pseudo.add(message.id, marked if len(marked) > 1 else marked[0])
    buffer = BytesIO()
    write_mo(buffer, pseudo)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def test_every_visible_string_goes_through_gettext(
    pseudo_translations: gettext.GNUTranslations,
) -> None:
    shown = ""
    # English, and Dari for the notice only a Dari brief carries, with and without originals.
    dari = full_brief("prs")
    # And a brief whose sources give no figure for the same measure.
    alone = dataclasses.replace(dari.overview, compared_figures=())
    for brief in (
        full_brief("en"),
        dari,
        dataclasses.replace(dari, show_original=False),
        dataclasses.replace(dari, overview=alone),
    ):
        code = brief.language.code
        context = context_for(brief)
        env = make_environment(context.language, pseudo_translations)
        values = {field.name: getattr(context, field.name) for field in dataclasses.fields(context)}
        for template in TEMPLATES:
            rendered = env.get_template(template).render(**values)
            shown += rendered
            leftover = wording_outside_gettext(rendered, template, brief, context)
            assert leftover == [], f"{code}, {template}: wording outside gettext: {leftover}"

    # The fixture must reach every marked string, or the check above proves little.
    for message in read_catalog(POT):
        if message.id:
            prefix = forms(message.id)[0].partition("%(")[0]
            assert f"⟦{prefix}" in shown, f"the fixture never shows {message.id!r}"


def wording_outside_gettext(
    rendered: str, template: str, brief: Brief, context: TemplateContext
) -> list[str]:
    """The words of a rendered brief that are neither article text nor pseudo-translated."""
    as_shown = markdown_text if template.endswith(".md.j2") else escape
    rest = re.sub(r"<[^>]*>|\(#[\w-]+\)", " ", rendered)  # tags, Markdown link targets
    for text in sorted(article_strings(brief), key=len, reverse=True):
        # A figure is shown in the brief's digits: ``۱٬۲۰۰ families`` in Dari.
        for form in (text, localized_numbers(text, context.language)):
            rest = rest.replace(str(as_shown(form)), " ").replace(form, " ")
    while re.search(r"⟦[^⟦⟧]*⟧", rest):
        rest = re.sub(r"⟦[^⟦⟧]*⟧", " ", rest)
    # Dates and the language's name come from CLDR, not from our catalogs.
    for day in {brief.date, date(2025, 11, 20), date(2025, 11, 22)}:
        rest = rest.replace(long_date(day, context.language), " ")
    rest = rest.replace(context.language_name, " ")
    return re.findall(r"[^\W\d_]{2,}", rest)


def test_committed_pot_matches_a_fresh_extraction(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "--mapping-file",
         "babel.cfg", "--no-wrap", "--output-file", str(fresh), "."],
        cwd=REPO, check=True, capture_output=True,
    )  # fmt: skip

    def shape(path: Path) -> list[tuple[object, ...]]:
        return [
            (m.id, sorted(m.locations), sorted(m.flags), m.auto_comments)
            for m in read_catalog(path)
            if m.id
        ]

    assert shape(POT) == shape(fresh), "locales/messages.pot is stale: run `make messages`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(code: str) -> None:
    template = messages(read_catalog(POT))
    po = LOCALES / code / "LC_MESSAGES" / "messages.po"
    translated = messages(read_catalog(po, "fa_AF" if code == "prs" else code))
    assert translated.keys() == template.keys(), "run `make messages` and translate"
    for key, message in translated.items():
        assert "fuzzy" not in message.flags, f"{code}: fuzzy translation of {key!r}"
        wanted = sorted(PLACEHOLDER.findall(forms(template[key].id)[-1]))
        for form in forms(message.string):
            assert form.strip(), f"{code}: no translation of {key!r}"
            assert sorted(PLACEHOLDER.findall(form)) == wanted, f"{code}: {key!r} → {form!r}"


# Each catalog states its own rule, not Babel's table of the day: a Persian noun after a
# number stays singular (۵ منبع), one form; Babel 2.18's table agreed, 2.19 follows CLDR's
# two categories (i = 0 or n = 1) and would have the header change under a fresh install.
@pytest.mark.parametrize(
    ("code", "plural_forms"),
    [("fr", "nplurals=2; plural=(n > 1);"), ("prs", "nplurals=1; plural=0;")],
    ids=["fr", "prs"],
)
def test_plural_forms(code: str, plural_forms: str) -> None:
    po = (LOCALES / code / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    assert f'"Plural-Forms: {plural_forms}\\n"' in po
    translations = catalog(LANGUAGES[code])
    counts = {n: translations.ngettext("%(count)s source", "%(count)s sources", n) for n in (1, 5)}
    if code == "fr":
        assert counts == {1: "%(count)s source", 5: "%(count)s sources"}
        assert translations.ngettext("%(count)s source", "%(count)s sources", 0) == counts[1]
    else:
        assert counts == {1: "%(count)s منبع", 5: "%(count)s منبع"}


def test_dari_follows_persian_orthography() -> None:
    po = LOCALES / "prs" / "LC_MESSAGES" / "messages.po"
    translated = messages(read_catalog(po, "fa_AF"))
    assert translated["Key quotes"].string == f"نقل{ZWNJ}قول{ZWNJ}های کلیدی"
    assert translated["Sources"].string == "منابع"
    text = po.read_text(encoding="utf-8")
    # Persian letters, not their Arabic look-alikes; no "half-space" faked with a space.
    assert not {"ي", "ك"} & set(text)
    assert "نقل قول" not in text and "می " not in text.replace("می\u200c", "")


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogs_match_their_sources(code: str) -> None:
    """A stale .mo would print yesterday's wording; `make` compiles it again."""
    translations = catalog(LANGUAGES[code])
    po = LOCALES / code / "LC_MESSAGES" / "messages.po"
    for key, message in messages(read_catalog(po, "fa_AF" if code == "prs" else code)).items():
        if isinstance(message.id, str):
            assert translations.gettext(key) == message.string, "run `make` to compile"


def test_a_french_brief_reads_french() -> None:
    brief = full_brief("fr")
    markup = render_template("brief.xml.j2", context_for(brief))
    for wording in (
        "<title>Note de synthèse</title>",
        "23\u00a0novembre\u00a02025 · français · 4 sources",
        "<h3>Citations clés</h3>",
        "<caption>Chiffres clés</caption>",
        "Tribune / éditorial",
        "ont été traduits en français depuis la langue de leur article",
        "Articles en anglais\u00a0: traduits par Argos",
        "Éditeur non précisé",
        "«\u202fWE HAVE TRUCKS.\u202f»",
        "Texte original\u00a0: <ltr>«\u202fWe have trucks loaded with water.\u202f»</ltr>",
        '<h2 key="sources">Sources</h2>',
    ):
        assert wording in markup
    assert "Key quotes" not in markup and "Argos has no Dari model" not in markup


def test_a_dari_brief_reads_dari() -> None:
    brief = full_brief("prs")
    markup = render_template("brief.xml.j2", context_for(brief))
    for wording in (
        "<title>خلاصهٔ اخبار</title>",
        "۲ قوس ۱۴۰۴ (۲۳ نومبر ۲۰۲۵) – دری – ۴ منبع",
        f"<h3>نقل{ZWNJ}قول{ZWNJ}های کلیدی</h3>",
        '<h2 key="sources">منابع</h2>',
        "از زبان مقالهٔ خود به دری ترجمه شده",
        "مقاله‌های به زبان انگلیسی: توسط Argos",
        "Argos مدلی برای دری ندارد",
        '<a href="#source-1">[۱،\u00a0¶۲]</a>',
        "<b>[۴]</b>",
    ):
        assert wording in markup
    assert "Sources" not in markup and "23 November" not in markup


# The brief formats that list figures (the e-mail shows none), as their templates.
FIGURE_TEMPLATES = ("brief.html.j2", "brief.md.j2", "brief.txt.j2", "brief.xml.j2")


@pytest.mark.parametrize(
    ("code", "the_article"), [("fr", "l’article lui-même"), ("prs", "خود مقاله")], ids=TRANSLATED
)
def test_a_figure_in_the_articles_own_voice_is_claimed_in_the_readers_language(
    code: str, the_article: str
) -> None:
    import pdfplumber

    from briefing.render.pdf.document import render_pdf

    brief = full_brief(code)
    for template in FIGURE_TEMPLATES:
        rendered = render_template(template, context_for(brief))
        assert the_article in rendered and "the article" not in rendered, template
    with pdfplumber.open(io.BytesIO(render_pdf(brief))) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    # A Dari line comes back in visual order, in presentation forms: read it back as typed.
    typed = unicodedata.normalize("NFKC", text)[::-1] if code == "prs" else text
    assert the_article in typed and "the article" not in text


def test_an_english_brief_names_the_article_as_the_claimant() -> None:
    rendered = render_template("brief.txt.j2", context_for(full_brief("en")))
    assert "— Claimed by: the article [1,\u00a0¶2]" in rendered


def test_a_french_pdf_shows_french_headings() -> None:
    import pdfplumber

    from briefing.render.pdf.document import render_pdf

    with pdfplumber.open(io.BytesIO(render_pdf(full_brief("fr")))) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        subject = document.metadata.get("Subject")
    assert "Citations clés" in text and "Chiffres clés" in text
    assert "23 novembre 2025" in text
    assert subject == "Note de synthèse de 4 articles, sources citées"


def test_the_wheel_ships_compiled_catalogs(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("briefing-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        for code in TRANSLATED:
            compiled = archive.read(f"briefing/locales/{code}/LC_MESSAGES/messages.mo")
            translations = gettext.GNUTranslations(BytesIO(compiled))
            assert translations.gettext("Sources") == {"fr": "Sources", "prs": "منابع"}[code]
            assert translations.gettext("Key quotes") != "Key quotes"


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("en", ["In French.", "In Dari.", "In Persian.", "In English."]),
        ("fr", ["En français.", "En dari.", "En persan.", "En anglais."]),
        ("prs", ["به زبان فرانسوی.", "به زبان دری.", "به زبان فارسی.", "به زبان انگلیسی."]),
    ],
    ids=["en", *TRANSLATED],
)
def test_the_source_list_names_each_articles_language_in_the_readers_words(
    code: str, names: list[str]
) -> None:
    brief = full_brief(code)
    sections = tuple(
        dataclasses.replace(
            section, article=dataclasses.replace(section.article, language=article_language)
        )
        for section, article_language in zip(brief.sections, ["fr", "prs", "fa", "en"], strict=True)
    )
    brief = dataclasses.replace(brief, sections=sections)
    rendered = render_template("brief.txt.j2", context_for(brief))
    source_lines = rendered.rstrip().splitlines()[-4:]
    assert [name in line for name, line in zip(names, source_lines, strict=True)] == [True] * 4
