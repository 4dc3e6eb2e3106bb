"""Right-to-left Dari read back from the PDF by glyph position, as a reader's eye meets it.

Text extraction alone cannot tell a broken Persian page from a correct one, so the check
here reads each line's characters by x position, normalizes presentation forms back to
letters, and compares the line with the visual order the Unicode bidirectional algorithm
prescribes for it (levels resolved on the whole paragraph, rule L2 per line, mirrored
brackets). The check is shown to fail on deliberately broken renderings.
"""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from conftest import REPO
from installs import EXAMPLE, PERSIAN_PACKAGE, briefing, installed
from pages import drawn_without_glyph

from briefing.render.pdf import bidi
from briefing.render.pdf.bidi_text import embedding_levels, visual_order

FIXTURES = REPO / "tests" / "fixtures"
MEMORY = FIXTURES / "river-valley-floods.prs.tmx"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
Isolates = Sequence[tuple[int, int]]


def dari_sentences() -> list[str]:
    root = ET.parse(MEMORY).getroot()
    return [
        "".join(tuv.itertext()).strip() for tuv in root.iter("tuv") if tuv.get(_XML_LANG) == "prs"
    ]


DARI = dari_sentences()
WFP = next(s for s in DARI if "WFP" in s)
MIXED = f"{DARI[3]} گزارش کامل در https://example.org/floods نشر شده است. {WFP}"


def _shown(character: str) -> bool:
    return not (character.isspace() or unicodedata.category(character) in ("Mn", "Cf", "Cc"))


def expected_line(text: str, levels: Sequence[int], base: int) -> str:
    """The characters of one logical line in the order the UBA displays them."""
    order = list(range(len(text)))
    for level in range(max(levels, default=0), (min([*levels, base]) | 1) - 1, -1):
        index = 0
        while index < len(order):
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = reversed(order[index:end])
            index = end + 1
    return "".join(MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in order)


def pdf_lines(page: pdfplumber.page.Page) -> list[str]:
    """Each line's characters sorted by x, presentation forms normalized to letters."""
    rows: list[list[dict[str, object]]] = []
    for char in sorted(page.chars, key=lambda c: -float(c["matrix"][5])):
        if rows and abs(float(rows[-1][0]["matrix"][5]) - float(char["matrix"][5])) < 4:
            rows[-1].append(char)
        else:
            rows.append([char])
    lines = []
    for row in rows:
        pieces = []
        for char in sorted(row, key=lambda c: float(c["x0"])):
            text = unicodedata.normalize("NFKC", str(char["text"]))
            arabic = any("\u0600" <= c <= "\u06ff" for c in text)
            pieces.append(text[::-1] if arabic and len(text) > 1 else text)
        lines.append("".join(c for c in "".join(pieces) if _shown(c)))
    return [line for line in lines if line]


def bidi_order_problems(
    page: pdfplumber.page.Page, paragraph: str, rtl: bool, isolates: Isolates = ()
) -> list[str]:
    """Lines of ``paragraph`` on ``page`` whose glyph order is not the UBA's, with why.

    ``isolates`` are the ranges the layout was asked to keep left to right.
    """
    levels = embedding_levels(paragraph, rtl, isolates)
    logical = [(c, level) for c, level in zip(paragraph, levels, strict=True) if _shown(c)]
    problems, position = [], 0
    for line in pdf_lines(page):
        chunk = logical[position : position + len(line)]
        position += len(line)
        text = "".join(c for c, _ in chunk)
        expected = expected_line(text, [level for _, level in chunk], int(rtl))
        if line != expected:
            problems.append(f"shown {line!r}, UBA order {expected!r}")
    if position != len(logical):
        problems.append(f"{position} of {len(logical)} characters found")
    return problems


def render(path: Path, paragraph: str | list[bidi.Span], rtl: bool, width: float = 250) -> Path:
    """``paragraph`` (text or styled spans) alone in a narrow frame, so that it wraps."""
    from reportlab.platypus import SimpleDocTemplate

    from briefing.render.pdf.fonts import DocumentFonts
    from briefing.render.pdf.styles import brief_styles

    spans = [bidi.Span(paragraph)] if isinstance(paragraph, str) else paragraph
    with DocumentFonts() as fonts:
        flowable = bidi.BidiParagraph(spans, brief_styles()["lede"], rtl, fonts)
        document = SimpleDocTemplate(str(path), leftMargin=72, rightMargin=595 - 72 - width)
        document.build([flowable])
    return path


def problems_in(pdf: Path, paragraph: str, rtl: bool = True, isolates: Isolates = ()) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return bidi_order_problems(document.pages[0], paragraph, rtl, isolates)


@pytest.mark.parametrize("paragraph", [*DARI, MIXED], ids=lambda p: p[:12])
def test_dari_lines_are_in_the_order_the_uba_prescribes(tmp_path: Path, paragraph: str) -> None:
    assert problems_in(render(tmp_path / "ok.pdf", paragraph, rtl=True), paragraph) == []


def test_levels_and_l2_agree_with_python_bidi_on_single_lines() -> None:
    for paragraph in [*DARI, MIXED]:
        levels = embedding_levels(paragraph, True)
        ours = "".join(paragraph[i] for i in visual_order(levels, 1))
        assert ours == get_display(paragraph, base_dir="R")  # it leaves mirroring to fonts


def per_line_levels(lines: list[tuple[int, int]]) -> Callable[[str, bool], list[int]]:
    """The classic bug: each line's levels resolved alone, with its own base direction."""

    def levels(text: str, rtl: bool, *_isolates: object) -> list[int]:
        result = [int(rtl)] * len(text)
        for start, end in lines:
            line = text[start:end]
            result[start:end] = embedding_levels(line, get_base_level(line) == 1)
        return result

    return levels


def reversed_numbers(text: str, rtl: bool, *_isolates: object) -> list[int]:
    """Digits resolved right to left, as HarfBuzz guesses for Persian digits."""
    return [
        1 if c.isdigit() else level
        for c, level in zip(text, embedding_levels(text, rtl), strict=True)
    ]


def broken(monkeypatch: pytest.MonkeyPatch, name: str, paragraph: str) -> Iterator[None]:
    from briefing.render.pdf.fonts import DocumentFonts
    from briefing.render.pdf.styles import brief_styles

    if name == "per-line levels":
        lede = brief_styles()["lede"]
        probe = bidi.BidiParagraph([bidi.Span(paragraph)], lede, True, DocumentFonts())
        probe.wrap(250, 1000)
        monkeypatch.setattr(bidi, "embedding_levels", per_line_levels(probe.lines))
    elif name == "reversed numbers":
        monkeypatch.setattr(bidi, "embedding_levels", reversed_numbers)
    else:  # words laid out left to right, as ReportLab's own shaped paragraphs do
        monkeypatch.setattr(bidi, "visual_order", lambda levels, base: range(len(levels)))
    yield


@pytest.mark.parametrize("name", ["reversed numbers", "reversed word order", "per-line levels"])
def test_the_check_fails_on_broken_renderings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    paragraph = MIXED
    if name == "per-line levels":  # needs a line that starts with Latin text
        paragraph = f"{DARI[3]} {DARI[3]} Relief agencies (WFP) say {WFP}"
    with pytest.MonkeyPatch.context() as patch:
        for _ in broken(patch, name, paragraph):
            pdf = render(tmp_path / "broken.pdf", paragraph, rtl=True)
    assert problems_in(pdf, paragraph) != [], name
    correct = render(tmp_path / "correct.pdf", paragraph, rtl=True)
    assert problems_in(correct, paragraph) == []


def test_a_dari_quote_reads_right_to_left_inside_an_english_page(tmp_path: Path) -> None:
    paragraph = f"Original: “{DARI[3]}” (WFP, 2024)"
    pdf = render(tmp_path / "ltr.pdf", paragraph, rtl=False, width=300)
    assert problems_in(pdf, paragraph, rtl=False) == []
    with pdfplumber.open(pdf) as document:
        words = document.pages[0].extract_words()
    assert words[0]["text"].startswith("Original")  # the page itself stays left to right


LABEL = "متن اصلی: "  # "Original: " in Dari
ENGLISH = "“Relief agencies (WFP) say 40,000 people are still waiting.”"


@pytest.mark.parametrize("width", [400, 150], ids=["one line", "wrapped"])
def test_an_english_original_in_a_dari_paragraph_keeps_its_own_order(
    tmp_path: Path, width: float
) -> None:
    paragraph, isolate = LABEL + ENGLISH, [(len(LABEL), len(LABEL + ENGLISH))]
    spans = [bidi.Span(LABEL), bidi.Span(ENGLISH, left_to_right=True)]
    pdf = render(tmp_path / "original.pdf", spans, rtl=True, width=width)
    assert problems_in(pdf, paragraph, isolates=isolate) == []
    # Without the isolate the UBA sends the closing full stop and quote to the far left.
    plain = render(tmp_path / "plain.pdf", paragraph, rtl=True, width=width)
    assert problems_in(plain, paragraph, isolates=isolate) != []


def test_an_english_original_reads_left_to_right_on_one_line(tmp_path: Path) -> None:
    spans = [bidi.Span(LABEL), bidi.Span(ENGLISH, left_to_right=True)]
    with pdfplumber.open(render(tmp_path / "original.pdf", spans, rtl=True, width=400)) as pdf:
        (line,) = pdf_lines(pdf.pages[0])
    english = "".join(ENGLISH.split())
    assert line == english + "".join(filter(_shown, LABEL[::-1]))  # label on the right


def test_emoji_in_a_dari_paragraph_are_drawn_as_glyphs_and_copy_back(tmp_path: Path) -> None:

    paragraph = f"{DARI[0]} 😀 🇦🇫 ✊🏽 👨\u200d👩\u200d👧 #\ufe0f\u20e3"
    pdf = render(tmp_path / "emoji.pdf", paragraph, rtl=True)
    assert drawn_without_glyph(pdf) == set()
    with pdfplumber.open(pdf) as document:
        text = "".join(char["text"] for char in document.pages[0].chars)
    for sequence in paragraph.split()[-5:]:
        assert sequence in text


@pytest.fixture
def dari_brief(home: dict[str, str], tmp_path: Path) -> Path:
    installed(home, PERSIAN_PACKAGE)
    output = tmp_path / "brief-prs.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "prs", "--memory", MEMORY, "-o", output)
    assert result.returncode == 0, result.stderr
    return output


def test_a_dari_brief_is_mirrored_and_its_lede_reads_right_to_left(dari_brief: Path) -> None:
    lede = DARI[1]
    with pdfplumber.open(dari_brief) as document:
        page = document.pages[0]
        lines = pdf_lines(page)
        lede_levels = embedding_levels(lede, True)
        first = expected_line(lede[:40], lede_levels[:40], 1)
        assert any(line.endswith("".join(filter(_shown, first))) for line in lines)
        # The text column ends at the margin less the frame's 6 pt padding (a figure
        # table that overran the margin once made the margin itself look right).
        right = page.width - 22 * 72 / 25.4 - 6
        ends = [c["x1"] for c in page.chars if "\u0600" <= str(c["text"]) <= "\ufeff"]
        assert max(ends) == pytest.approx(right, abs=3)  # set flush right
        footer = page.crop((0, page.height - 60, page.width / 2, page.height)).extract_text()
        total = len(document.pages)
        # On the left, read right to left, in Persian digits: page 1 of total.
        assert f"{str(total).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))} / ۱" in footer


def test_english_originals_in_a_dari_brief_end_with_their_own_punctuation(
    dari_brief: Path,
) -> None:
    with pdfplumber.open(dari_brief) as document:
        lines = [line for page in document.pages for line in pdf_lines(page)]
    # A quoted original, read left to right, its closing mark last, then the Dari label.
    assert any(line.startswith("«Everydaytheywait,familiesdrinkfromtheriver.»:") for line in lines)
    # The lede's original wraps: its second line ends with the sentence's full stop.
    assert any(line.endswith("whileaidconvoyswaitataclosedbordercrossing.") for line in lines)


def test_a_five_article_dari_brief_stays_under_400_kb(
    home: dict[str, str], seeds: Path, tmp_path: Path
) -> None:
    installed(home, PERSIAN_PACKAGE)
    output = tmp_path / "seeds-prs.pdf"
    result = briefing(home, "build", *sorted(seeds.glob("*.txt")), "--lang", "prs", "-o", output)
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(output)
    assert len(reader.outline) == 7  # the overview, five articles, then the sources
    assert output.stat().st_size < 400 * 1024


def test_citation_links_in_a_dari_brief_land_on_their_source(dari_brief: Path) -> None:
    reader = pypdf.PdfReader(dari_brief)
    checked = 0
    with pdfplumber.open(dari_brief) as document:
        height = document.pages[0].height
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                link = annotation.get_object()
                if link.get("/Subtype") != "/Link" or "/Dest" not in link:
                    continue
                target, _fit, _left, top, _zoom = link["/Dest"]
                entry = document.pages[reader.get_page_number(target.get_object())]
                below = [w for w in entry.extract_words() if w["top"] >= height - float(top) - 3]
                line_top = min(w["top"] for w in below)
                first_line = [w["text"] for w in below if abs(w["top"] - line_top) < 3]
                assert {"[1]", "[۱]"} & set(first_line), first_line
                checked += 1
    assert checked >= 5


def test_dari_copied_or_searched_in_the_pdf_is_ordinary_letters(dari_brief: Path) -> None:
    with pdfplumber.open(dari_brief) as document:
        drawn = "".join(str(char["text"]) for page in document.pages for char in page.chars)
    forms = [c for c in drawn if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"]
    assert not forms, f"{len(forms)} presentation forms in the text layer"
    text = subprocess.run(
        ["pdftotext", str(dari_brief), "-"], capture_output=True, text=True, check=True
    ).stdout
    # What a reader types into the viewer's search box: the lede's words, letter by letter.
    # pdftotext sets a raised mark (the ezafe hamza) on a line of its own: marks left out.
    letters = "".join(filter(_shown, text))
    words = ["".join(filter(_shown, word.strip(".،:«»()"))) for word in DARI[1].split()]
    missing = [word for word in words if word and word not in letters]
    assert not missing


def dari_original_lines(code: str, lede: str, tmp_path: Path) -> list[str]:
    """The first page's lines of a brief in ``code`` whose first article, and so the
    original under its translated lede, is the Dari ``lede``."""
    from briefs import full_brief

    from briefing.model import Translation, TranslationMethod
    from briefing.render.pdf.document import render_pdf

    brief = full_brief(code)
    first = brief.sections[0]
    article = dataclasses.replace(first.article, language="prs")
    first = dataclasses.replace(first, article=article, lede=lede)
    reworded = Translation(lede, "TRANSLATED LEDE.", TranslationMethod.MACHINE)
    brief = dataclasses.replace(
        brief, sections=(first, *brief.sections[1:]), translations=(reworded,)
    )
    pdf = tmp_path / f"dari-original-{code}.pdf"
    pdf.write_bytes(render_pdf(brief))
    with pdfplumber.open(pdf) as document:
        # The overview opens the brief: the first section may start on a later page.
        return [line for page in document.pages for line in pdf_lines(page)]


def test_a_dari_original_in_a_dari_brief_reads_right_to_left(tmp_path: Path) -> None:
    lede = DARI[1]  # a Dari article's own sentence, ending with its full stop
    lines = dari_original_lines("prs", lede, tmp_path)
    # Laid out right to left: the sentence's full stop on the far left, at its end.
    tail = "".join(filter(_shown, lede))[-12:]
    assert any(line.startswith(expected_line(tail, [1] * len(tail), 1)) for line in lines)


def test_a_dari_original_in_a_french_brief_keeps_its_full_stop_at_its_end(
    tmp_path: Path,
) -> None:
    lede = "کمک‌ها دیر رسید."
    lines = dari_original_lines("fr", lede, tmp_path)
    # "Texte original :" left to right, then the Dari sentence right to left, its full
    # stop on its left, at its end: not flung to the right edge of the line.
    dari = "".join(filter(_shown, lede))
    assert "Texteoriginal:" + expected_line(dari, [1] * len(dari), 1) in lines
