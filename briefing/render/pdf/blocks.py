"""The brief's blocks as flowables: markup to paragraphs, headings and table rows.

The template ``brief.xml.j2`` decides what the brief says and in which order; this module
decides how each kind of block is set. A block is set by ReportLab's paragraph, or by
``BidiParagraph`` where that cannot set it (right-to-left text, emoji, a character no
face draws).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from itertools import groupby
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from briefing.errors import RenderError
from briefing.render.pdf.bidi import BidiParagraph, Span
from briefing.render.pdf.bidi_text import has_right_to_left, without_controls
from briefing.render.pdf.fonts import EMOJI_FACE, fallback_face, uncovered
from briefing.render.pdf.styles import ACCENT, PAGE_HEIGHT, RULE, ZEBRA, Typesetting

_CELL_PADDING = 4
# A left-to-right isolate the templates mark in shared wording (a file name on a Dari page).
_LEFT_TO_RIGHT_ISOLATE = re.compile("\u2066([^\u2066-\u2069]*)\u2069")


class OutlineHeading(Paragraph):
    """A heading that gets a bookmark in the PDF outline."""

    def __init__(self, markup: str, style: ParagraphStyle, key: str, title: str) -> None:
        super().__init__(markup, style)
        self.outline_key = key
        self.outline_title = title


class BidiHeading(BidiParagraph):
    """A right-to-left (or mixed) heading that gets a bookmark in the PDF outline."""

    def __init__(
        self, spans: list[Span], style: ParagraphStyle, setting: Typesetting, key: str, title: str
    ) -> None:
        super().__init__(spans, style, setting.right_to_left, setting.fonts)
        self.outline_key = key
        self.outline_title = title


def flowables(block: ET.Element, setting: Typesetting) -> Iterator[Flowable]:
    """The flowables that set one block of the brief template's markup."""
    styles = setting.styles
    if block.tag == "table":
        yield from _table(block, setting)
    elif block.tag == "h2":
        title = " ".join("".join(block.itertext()).split())
        key = block.get("key", title)
        if shaped(title, setting.right_to_left):
            yield BidiHeading(_bidi_spans(block), styles["h2"], setting, key, title)
        else:
            yield OutlineHeading(_inline(block), styles["h2"], key, title)
    elif block.tag in ("quote", "item"):
        yield _paragraph(block, styles[block.tag], setting, bullet="•")
    elif block.tag in styles:
        yield _paragraph(block, styles[block.tag], setting)
    else:
        raise RenderError(f"the brief template uses an unknown block <{block.tag}>")
    if block.tag == "subtitle":
        yield HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=8)


def shaped(text: str, rtl: bool) -> bool:
    """Whether ``text`` is laid out by ``BidiParagraph`` rather than ReportLab's paragraph.

    Right-to-left text needs it; emoji need HarfBuzz, which turns their sequences into the
    font's single glyphs; a character no face draws gets a visible mark there, not a blank.
    """
    if rtl or has_right_to_left(text):
        return True
    return any(fallback_face(c) == EMOJI_FACE or uncovered(c) for c in text)


def _paragraph(
    element: ET.Element, style: ParagraphStyle, setting: Typesetting, bullet: str | None = None
) -> Flowable:
    """A ReportLab paragraph, or a bidi one for a right-to-left page, Arabic script or emoji.

    On a right-to-left page a block with no right-to-left letter (an English name, a
    figure as the source wrote it) keeps left-to-right order and aligns to the right.
    """
    text, rtl = "".join(element.itertext()), setting.right_to_left
    if shaped(text, rtl):
        return BidiParagraph(
            _bidi_spans(element),
            style,
            rtl,
            setting.fonts,
            bullet,
            text_right_to_left=rtl and has_right_to_left(text),
        )
    if bullet:
        return Paragraph(_inline(element), style, bulletText=bullet)
    return Paragraph(_inline(element), style)


def _inline(element: ET.Element) -> str:
    """The element's content as ReportLab paragraph markup, its text still escaped."""
    return _content_markup(element).strip()


def _content_markup(element: ET.Element) -> str:
    parts = [_text_markup(element.text or "")]
    for child in element:
        if child.tag == "a" and "href" in child.attrib:
            child.set("color", ACCENT.hexval())
        attributes = "".join(f" {name}={quoteattr(value)}" for name, value in child.items())
        inner = _content_markup(child)
        if child.tag in ("ltr", "rtl"):  # text without right-to-left letters: no direction
            parts.append(inner)
        elif inner:
            parts.append(f"<{child.tag}{attributes}>{inner}</{child.tag}>")
        else:
            parts.append(f"<{child.tag}{attributes}/>")
        parts.append(_text_markup(child.tail or ""))
    return "".join(parts)


def _text_markup(text: str) -> str:
    """Escaped text; runs the Latin faces cannot draw are set in a face that can.

    Bidi controls are left out: a left-to-right page has no use for them, and no face
    draws them.
    """
    pieces = []
    for face, run in groupby(_faces(without_controls(text)), key=lambda faced: faced[0]):
        escaped = escape("".join(character for _, character in run))
        pieces.append(escaped if face is None else f'<font name="{face}">{escaped}</font>')
    return "".join(pieces)


def _faces(text: str) -> Iterator[tuple[str | None, str]]:
    """Each character with its face; a combining mark keeps its base character's face.

    Set in a face of its own, a mark becomes a run of its own, and the PDF's text layer
    gives it back apart from its letter: a copied quote would no longer be the quote.
    """
    face = None
    for position, character in enumerate(text):
        if position == 0 or unicodedata.category(character) not in ("Mn", "Me"):
            face = fallback_face(character)
        yield face, character


_PLAIN = Span("")


def _spans(element: ET.Element, style: Span = _PLAIN) -> Iterator[Span]:
    """The element's text as spans styled like ``style``, for a ``BidiParagraph``."""
    if element.tag == "a":
        style = replace(style, href=element.get("href"))
    if element.text:
        yield from _isolated(element.text, style)
    for child in element:
        if child.tag == "a" and "name" in child.attrib:
            yield replace(style, href=None, anchor=child.attrib["name"])
        yield from _spans(
            child,
            replace(
                style,
                bold=style.bold or child.tag == "b",
                italic=style.italic or child.tag == "i",
                left_to_right=style.left_to_right or child.tag == "ltr",
                right_to_left=style.right_to_left or child.tag == "rtl",
            ),
        )
        if child.tail:
            yield from _isolated(child.tail, style)


def _isolated(text: str, style: Span) -> Iterator[Span]:
    """``text`` as spans styled like ``style``; each left-to-right isolate in it becomes
    a left-to-right span, as the ``ltr`` element does."""
    position = 0
    for match in _LEFT_TO_RIGHT_ISOLATE.finditer(text):
        if match.start() > position:
            yield replace(style, text=text[position : match.start()])
        yield replace(style, text=match[1], left_to_right=True)
        position = match.end()
    if position < len(text):
        yield replace(style, text=text[position:])


def _bidi_spans(element: ET.Element) -> list[Span]:
    """Spans with whitespace folded as ReportLab folds it, anchors joined to the next text."""
    spans: list[Span] = []
    anchor = None
    for span in _spans(element):
        if span.anchor:
            anchor = span.anchor
            continue
        text = " ".join(span.text.split())
        if span.text[:1].isspace() and text:
            text = " " + text
        if span.text[-1:].isspace() and span.text.strip():
            text += " "
        if not text:
            text = " " if span.text else ""
        if text:
            spans.append(replace(span, text=text, anchor=anchor))
            anchor = None
    while spans and not spans[0].text.strip():
        spans.pop(0)
    if spans:
        first, last = spans[0], spans[-1]
        spans[0] = replace(first, text=first.text.lstrip())
        spans[-1] = replace(last, text=last.text.rstrip())
    return spans


class TableRow(Flowable):
    """One row of a figures table: cells side by side, each wrapped once.

    ReportLab's Table wraps every cell paragraph again while drawing; with thousands of
    rows that doubled the layout time, and a brief's tables need no spans or grids. The
    columns share out the width the frame offers (its padding left out), so the table
    ends at the text's margin, not past it.
    """

    def __init__(
        self, cells: list[Flowable], shares: list[float], background: colors.Color | None
    ) -> None:
        super().__init__()
        self.cells = cells
        self.shares = shares
        self.background = background
        self.widths: list[float] = []
        self.wrapped_at: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # A row's height depends on the width alone: a long table is asked again on every
        # page it is split over, and wrapping its rows anew each time made a timeline of
        # a thousand sources grow with the square of its length.
        if available_width == self.wrapped_at:
            return self.width, self.height
        self.wrapped_at = available_width
        self.widths = [available_width * share / sum(self.shares) for share in self.shares]
        heights = [
            cell.wrap(width - 2 * _CELL_PADDING, available_height)[1]
            for cell, width in zip(self.cells, self.widths, strict=True)
        ]
        self.width = available_width
        self.height = max(heights) + 2 * _CELL_PADDING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        x = 0.0
        for cell, width in zip(self.cells, self.widths, strict=True):
            cell.drawOn(canvas, x + _CELL_PADDING, self.height - _CELL_PADDING - cell.height)
            x += width


class FigureTable(Flowable):
    """A table of figures under its caption: a heading row over body rows, split between
    rows with the heading repeated.

    The caption goes with the heading and the first two rows, and a page never ends the
    table after one row, unless two rows fill half a page by themselves (then one row
    will do, or the table could not be set at all); nor does the next page get only the
    last row. The caption is held here, not kept
    with the next flowable: ReportLab moves a kept-together group that does not fit to
    the next page whole, and a long table would leave the rest of its page empty.
    """

    def __init__(self, caption: Flowable | None, heading: TableRow, rows: list[TableRow]) -> None:
        super().__init__()
        self.caption = caption
        self.heading = heading
        self.rows = rows
        self.spaceBefore = caption.getSpaceBefore() if caption is not None else 0
        self.caption_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.caption is not None:
            caption_height = self.caption.wrap(available_width, available_height)[1]
            self.caption_height = caption_height + self.caption.getSpaceAfter()
        rows = [self.heading, *self.rows]
        self.height = self.caption_height + sum(
            row.wrap(available_width, available_height)[1] for row in rows
        )
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        used, fit = self._opening(0), 0
        for row in self.rows:
            if used + row.height > available_height:
                break
            used += row.height
            fit += 1
        if fit == len(self.rows):
            return [self]
        # ``fit`` is short of every row here, so a second row exists when ``fit`` is 1.
        if fit == 0 or (fit == 1 and self._opening(2) <= PAGE_HEIGHT / 2):
            return []
        if fit == len(self.rows) - 1 and fit > 2:
            fit -= 1  # nor is the last row left alone under the repeated heading
        return [
            FigureTable(self.caption, self.heading, self.rows[:fit]),
            FigureTable(None, self.heading, self.rows[fit:]),
        ]

    def _opening(self, count: int) -> float:
        """The height of the caption, the heading and the first ``count`` rows."""
        rows = sum(row.height for row in self.rows[:count])
        return self.caption_height + self.heading.height + rows

    def draw(self) -> None:
        canvas, top = self.canv, self.height
        if self.caption is not None:
            self.caption.drawOn(canvas, 0, top - self.caption.height)
            top -= self.caption_height
        for row in [self.heading, *self.rows]:
            top -= row.height
            row.drawOn(canvas, 0, top)
            if row is self.heading:
                self._rule(top, 0.8)
        self._rule(0, 0.4)

    def _rule(self, y: float, thickness: float) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(thickness)
        self.canv.line(0, y, self.width, y)


def _table(block: ET.Element, setting: Typesetting) -> Iterator[Flowable]:
    """A caption and rows of cells; on a right-to-left page the first column is on the
    right."""
    shares = [float(share) for share in block.get("widths", "").split(",")]
    order = slice(None, None, -1 if setting.right_to_left else 1)
    caption = block.find("caption")
    header, *rows = block.findall("tr")
    heading = TableRow(
        [_paragraph(cell, setting.styles["th"], setting) for cell in header][order],
        shares[order],
        None,
    )
    body = [
        TableRow(
            [_paragraph(cell, setting.styles["td"], setting) for cell in row][order],
            shares[order],
            ZEBRA if number % 2 else None,
        )
        for number, row in enumerate(rows)
    ]
    titled = _paragraph(caption, setting.styles["h3"], setting) if caption is not None else None
    yield FigureTable(titled, heading, body)
    yield Spacer(0, 6)
