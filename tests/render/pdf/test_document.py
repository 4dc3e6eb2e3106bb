"""The PDF brief, read back as a reader and a PDF viewer see it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from conftest import EXAMPLES, REPO, write
from pages import FOOTER_HEIGHT, body_text, drawn_without_glyph
from reportlab.pdfbase.ttfonts import TTFont

from briefing.pipeline import BuildOptions, BuildResult, build
from briefing.render.pdf.document import uncovered_characters
from briefing.resources import resource_dir


def build_brief(inputs: list[Path], output: Path, **overrides: object) -> BuildResult:
    options = BuildOptions(inputs=tuple(inputs), output=output, date=date(2025, 11, 23))
    fields = {name: overrides.get(name, getattr(options, name)) for name in options.__slots__}
    return build(BuildOptions(**fields))  # type: ignore[arg-type]


def source_paragraphs(path: Path) -> list[str]:
    """A page dump's paragraphs counted as a reader counts them: non-empty lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [" ".join(line.split()) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def seed_brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    from conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside this checkout ({SEEDS})")
    output = tmp_path_factory.mktemp("seeds") / "brief.pdf"
    return output, build_brief(sorted(SEEDS.glob("*.txt")), output, title="Seed brief")


CITED_ITEM = re.compile(
    r"(?:“(?P<direct>[^”]+)”|reported: (?P<reported>.+?)) (?P<cites>(?:\[\d+,\s¶\d+\] ?)+)"
)
CITATION = re.compile(r"\[(\d+),\s¶(\d+)\]")
SOURCE_ENTRY = re.compile(r"\[(\d+)\] .+? File: (\S+)\. SHA-256 ([0-9a-f]{12})")


def test_every_quote_shown_is_verbatim_in_the_paragraph_it_cites(
    seed_brief: tuple[Path, BuildResult],
) -> None:
    from conftest import SEEDS

    pdf, _ = seed_brief
    text = body_text(pdf)
    sources = {int(n): SEEDS / name for n, name, _ in SOURCE_ENTRY.findall(text)}
    assert len(sources) == 5

    shown = list(CITED_ITEM.finditer(text))
    assert len(shown) >= 10
    for item in shown:
        quoted = item["direct"] or item["reported"]
        for source, paragraph in CITATION.findall(item["cites"]):
            cited = source_paragraphs(sources[int(source)])[int(paragraph) - 1]
            assert quoted in cited, (quoted, source, paragraph)


def test_no_page_furniture_reaches_the_brief(
    seeds: Path, seed_brief: tuple[Path, BuildResult]
) -> None:
    pdf, result = seed_brief
    text = body_text(pdf)
    titles = {section.article.title for section in result.brief.sections}
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    furniture = {line for item in gold for line in item["boilerplate"]} - titles
    assert furniture
    for line in furniture:
        assert " ".join(line.split()) not in text


def test_citations_link_to_their_source_entry(seed_brief: tuple[Path, BuildResult]) -> None:
    pdf, _ = seed_brief
    reader = pypdf.PdfReader(pdf)
    checked = 0
    with pdfplumber.open(pdf) as document:
        height = document.pages[0].height
        for page_number, page in enumerate(reader.pages):
            for annotation in page.get("/Annots") or []:
                link = annotation.get_object()
                if link.get("/Subtype") != "/Link" or "/Dest" not in link:
                    continue
                x0, y0, x1, y1 = (float(v) for v in link["/Rect"])
                label = document.pages[page_number].crop((x0, height - y1, x1, height - y0))
                cited = CITATION.search(label.extract_text())
                assert cited, label.extract_text()
                target_page, _fit, _left, top, _zoom = link["/Dest"]
                entry_page = document.pages[reader.get_page_number(target_page.get_object())]
                below = [
                    w for w in entry_page.extract_words() if w["top"] >= height - float(top) - 3
                ]
                first_word_below = min(below, key=lambda word: (word["top"], word["x0"]))
                assert first_word_below["text"] == f"[{cited[1]}]"
                checked += 1
    assert checked >= 15


def test_pages_outline_metadata_and_fonts(seed_brief: tuple[Path, BuildResult]) -> None:
    pdf, result = seed_brief
    reader = pypdf.PdfReader(pdf)
    pages = len(reader.pages)
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            footer = page.crop((0, page.height - FOOTER_HEIGHT, page.width, page.height))
            assert f"{number} / {pages}" in footer.extract_text()

    outline = [entry.title for entry in reader.outline]
    headlines = [f"{s.number}. {s.headline}" for s in result.brief.sections]
    assert outline == [*headlines, "Sources"]

    info = reader.metadata
    assert info is not None
    assert info.title == "Seed brief"
    assert info.subject == "Sourced brief of 5 articles"
    assert info["/Creator"].startswith("briefing ")
    assert info["/CreationDate"].startswith("D:20251123")

    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()
            descendants = descriptor.get("/DescendantFonts")
            if descendants:
                descriptor = descendants[0].get_object()
            assert "/FontFile2" in descriptor["/FontDescriptor"], descriptor["/BaseFont"]


def test_same_inputs_and_date_give_the_same_bytes(tmp_path: Path) -> None:
    inputs = [EXAMPLES / "manifest.yaml"]
    first = build_brief(inputs, tmp_path / "first.pdf").outputs[0].read_bytes()
    second = build_brief(inputs, tmp_path / "second.pdf").outputs[0].read_bytes()
    assert first == second
    other_day = build_brief(inputs, tmp_path / "third.pdf", date=date(2025, 11, 24))
    assert other_day.outputs[0].read_bytes() != first


def test_markup_characters_print_literally(tmp_path: Path) -> None:
    article = write(
        tmp_path / "markup.txt",
        'Tags <font color="red">Like This</font> & <b>That</b> Stay Text\n\n'
        "The spokesman said: “Use <font> & <br/> as you like, 5 < 6 & 7 > 3.”\n",
    )
    pdf = build_brief([article], tmp_path / "brief.pdf").outputs[0]
    text = body_text(pdf)
    assert 'Tags <font color="red">Like This</font> & <b>That</b> Stay Text' in text
    assert "Use <font> & <br/> as you like, 5 < 6 & 7 > 3." in text


def test_no_character_of_an_article_is_drawn_without_a_glyph(tmp_path: Path) -> None:
    """Arrows, symbols and Persian digits fall back to a bundled face that draws them."""
    article = write(
        tmp_path / "symbols.txt",
        "Prices Up → Protests ⚠ Ahead\n\n"
        "The minister said: “Wages rose ≥ 5% ✓ and ۲۵ ★ families moved → north.”\n",
    )
    pdf = build_brief([article], tmp_path / "brief.pdf").outputs[0]
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in page.chars]
    faces = {c["text"]: c["fontname"].split("+")[-1] for c in chars if c["text"] in "→⚠≥✓۲★"}
    assert set(faces) == set("→⚠≥✓۲★")
    for character, face in faces.items():
        font = TTFont(face, resource_dir("fonts") / f"{face}.ttf")
        assert ord(character) in font.face.charToGlyph, (character, face)


EMOJI = "😀 🇦🇫 ✊🏽 👨\u200d👩\u200d👧 #\ufe0f\u20e3"


def test_emoji_in_a_quote_are_drawn_as_glyphs_and_copy_back_verbatim(tmp_path: Path) -> None:
    article = write(
        tmp_path / "emoji.txt",
        "Volunteers Post Flood Updates 🙏\n\nA volunteer group posted updates on Tuesday.\n\n"
        f"The organiser said: “We made it {EMOJI} thanks to all.”\n",
    )
    result = build_brief([article], tmp_path / "brief.pdf")
    pdf = result.outputs[0]
    assert drawn_without_glyph(pdf) == set()
    assert f"“We made it {EMOJI} thanks to all.”" in body_text(pdf)
    assert uncovered_characters(result.brief) == ()
    with pdfplumber.open(pdf) as document:
        emoji_fonts = {c["fontname"] for c in document.pages[0].chars if c["text"] == "😀"}
    assert emoji_fonts == {"AAAAAA+NotoEmoji-Regular"}  # a subset, not the 870 KB face
    assert pdf.stat().st_size < 150_000


def test_a_character_no_face_draws_is_kept_marked_and_reported(tmp_path: Path) -> None:
    article = write(
        tmp_path / "private.txt",
        "Volunteers Post Flood Updates\n\nA volunteer group posted updates on Tuesday.\n\n"
        "The organiser said: “Sign \ue000 here, please.”\n",
    )
    result = build_brief([article], tmp_path / "brief.pdf")
    pdf = result.outputs[0]
    assert uncovered_characters(result.brief) == ("\ue000",)
    assert "“Sign \ue000 here, please.”" in body_text(pdf)  # the quote is not altered
    assert drawn_without_glyph(pdf) == {"\ue000"}  # the check sees the stand-in
    with pdfplumber.open(pdf) as document:
        (mark,) = [c for c in document.pages[0].chars if c["text"] == "\ue000"]
    assert mark["width"] > 3  # a visible replacement mark, not a blank


# Characters no bundled face draws. ReportLab gives the replacement mark drawn for the
# first one the private code U+E000: a font kept from that build would copy the second
# build's U+E000 back as U+F8FF.
UNDRAWN = ("\uf8ff", "\ue000", "\ue001")


def test_builds_in_one_process_each_copy_back_their_own_character(tmp_path: Path) -> None:
    for number, character in enumerate(UNDRAWN):
        article = write(
            tmp_path / f"private-{number}.txt",
            "Volunteers Post Flood Updates\n\nA volunteer group posted updates on Tuesday.\n\n"
            f"The organiser said: “Sign {character} here, please.”\n",
        )
        result = build_brief([article], tmp_path / f"brief-{number}.pdf")
        pdf = result.outputs[0]
        assert f"“Sign {character} here, please.”" in body_text(pdf), f"U+{ord(character):04X}"
        assert drawn_without_glyph(pdf) == {character}
        named = [re.findall(r"U\+[0-9A-F]{4,}", warning) for warning in result.warnings]
        assert [codes for codes in named if codes] == [[f"U+{ord(character):04X}"]]


# Snapshots every function and method of the ReportLab modules a PDF build loads, and the
# font registry, in a fresh interpreter (patched at import, they would already differ in
# this one), then builds two PDFs and names what changed.
_REPORTLAB_BEFORE_AND_AFTER = """
import json, sys
import reportlab.pdfgen.canvas, reportlab.platypus
from reportlab.pdfbase import pdfmetrics, ttfonts

def functions():
    found = {}
    for name, module in list(sys.modules.items()):
        for attribute, value in vars(module).items() if name.startswith("reportlab") else ():
            found[f"{name}.{attribute}"] = value
            for method, function in vars(value).items() if isinstance(value, type) else ():
                found[f"{name}.{attribute}.{method}"] = function
    return {name: value for name, value in found.items() if callable(value)}

before, registered = functions(), pdfmetrics.getRegisteredFontNames()
sys.path.insert(0, sys.argv[1])
from briefs import brief_with, full_brief
from briefing.render.pdf.document import render_pdf
render_pdf(brief_with("Sign \ue000 here 😀.")), render_pdf(full_brief("prs"))
after = functions()
print(json.dumps({
    "changed": sorted(name for name in before if after.get(name) is not before[name]),
    "registered": [registered, pdfmetrics.getRegisteredFontNames()],
    "checked": [len(before), ttfonts.makeToUnicodeCMap.__module__],
}))
"""


def test_building_a_pdf_leaves_reportlab_as_it_was() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", _REPORTLAB_BEFORE_AND_AFTER, str(REPO / "tests")],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(ran.stdout)
    assert report["changed"] == []
    before, after = report["registered"]
    assert after == before  # the document's fonts are gone with it
    functions, cmap_module = report["checked"]
    assert functions > 1000
    assert cmap_module == "reportlab.pdfbase.ttfonts"
