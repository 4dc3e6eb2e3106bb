"""A paragraph flowable that sets Dari (and any mixed-direction text) correctly.

ReportLab lays the words of every line out left to right and leaves HarfBuzz to guess each
word's direction, so Persian lines read backwards and Persian numbers come out reversed.
``BidiParagraph`` does the whole job itself: embedding levels once per paragraph
(``bidi_text``), one font per character (no glyph drawn as a box), HarfBuzz shaping of each
run with its direction forced from the level, line breaking in logical order by shaped
widths, rule L2 per line, right alignment for right-to-left paragraphs, and the glyphs drawn
through ReportLab's own shaped-text path so fonts stay subset and embedded. Bold spans,
internal links (``canvas.linkRect`` over the drawn run) and anchors keep working.

Glyphs without a character of their own (ligatures, Persian contextual forms) get a private
code point from ReportLab; the document's fonts map those back to the text they stand for,
so a reader can still copy and search the Dari text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import uharfbuzz as hb  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus import Flowable

from briefing.render.pdf.bidi_text import (
    break_lines,
    embedding_levels,
    visual_order,
    without_controls,
)
from briefing.render.pdf.fonts import (
    ARABIC_FACES,
    DocumentFonts,
    face_for,
    latin_face,
    sequence_face,
)

_REPLACEMENT = 0xFFFD


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of paragraph text with one inline style; ``anchor`` marks its start.

    ``left_to_right`` isolates the span as left-to-right text inside a right-to-left
    paragraph (the English original under a Dari quote), ending punctuation included;
    ``right_to_left`` as right-to-left text (a Dari original on an English page).
    """

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    anchor: str | None = None
    left_to_right: bool = False
    right_to_left: bool = False


@dataclass(slots=True)
class _Run:
    """Characters ``start:end`` at one level, in one face and span, shaped."""

    start: int
    end: int
    level: int
    face: str
    span: int
    glyphs: list[tuple[int, int, float, float, float]] = field(default_factory=list)
    cluster_ends: dict[int, int] = field(default_factory=dict)


class BidiParagraph(Flowable):
    """A paragraph of styled spans, laid out by the Unicode bidirectional algorithm."""

    def __init__(
        self,
        spans: Sequence[Span],
        style: ParagraphStyle,
        right_to_left: bool,
        fonts: DocumentFonts,
        bullet: str | None = None,
        _prepared: _Prepared | None = None,
        _start: int = 0,
        _end: int | None = None,
        *,
        text_right_to_left: bool | None = None,
    ) -> None:
        """``right_to_left`` mirrors the layout (alignment, indents, bullet side);
        ``text_right_to_left`` sets the paragraph's bidi direction, the same by default:
        an English cell on a Dari page keeps its own order but aligns to the right.
        ``fonts`` are the document's, registered while it is laid out.
        """
        super().__init__()
        self.style = style
        self.right_to_left = right_to_left
        self.bullet = bullet
        if text_right_to_left is None:
            text_right_to_left = right_to_left
        self.prepared = _prepared or _Prepared(spans, style, text_right_to_left, fonts)
        self.start = _start
        self.end = len(self.prepared.text) if _end is None else _end
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.spaceBefore = style.spaceBefore if _start == 0 else 0
        self.spaceAfter = style.spaceAfter
        self.lines: list[tuple[int, int]] = []

    def _lines(self, width: float) -> list[tuple[int, int]]:
        style = self.style
        first = width - style.leftIndent - style.rightIndent
        later = first
        if self.start == 0:
            first -= style.firstLineIndent
        return [
            (start + self.start, end + self.start)
            for start, end in break_lines(
                self.prepared.text[self.start : self.end],
                self.prepared.advances[self.start : self.end],
                first,
                later,
            )
        ]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = self._lines(available_width)
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._lines(available_width)
        fit = int(available_height // self.style.leading)
        if fit < 1 or (fit < 2 and len(lines) > 1):
            return []
        if fit >= len(lines):
            return [self]
        head = self._copy(self.start, lines[fit - 1][1])
        head.spaceAfter = 0
        return [head, self._copy(lines[fit][0], self.end)]

    def _copy(self, start: int, end: int) -> BidiParagraph:
        """A fresh flowable (no frame or canvas state) for the text ``start:end``."""
        bullet = self.bullet if start == 0 else None
        prepared = self.prepared
        return BidiParagraph(
            (), self.style, self.right_to_left, prepared.fonts, bullet, prepared, start, end
        )

    def draw(self) -> None:
        canvas, style, prepared = self.canv, self.style, self.prepared
        if style.backColor is not None:
            pad = style.borderPadding
            canvas.saveState()
            canvas.setFillColor(style.backColor)
            canvas.rect(-pad, -pad, self.width + 2 * pad, self.height + 2 * pad, stroke=0, fill=1)
            canvas.restoreState()
        canvas.setFillColor(style.textColor)
        for number, (start, end) in enumerate(self.lines):
            baseline = self.height - style.fontSize - number * style.leading
            indent = style.leftIndent + (style.firstLineIndent if start == 0 else 0)
            pieces = prepared.pieces(start, end)
            width = sum(piece_width for *_, piece_width in pieces)
            x = self.width - indent - width if self.right_to_left else indent
            if number == 0 and self.bullet and self.start == 0:
                self._draw_bullet(baseline)
            links: list[tuple[str, float, float]] = []
            for run, glyphs, piece_width in pieces:
                span = prepared.spans[run.span]
                if span.anchor and run.start <= prepared.anchors.get(span.anchor, -1) < run.end:
                    canvas.bookmarkHorizontal(span.anchor, x, baseline + style.leading)
                prepared.draw_run(canvas, run, glyphs, x, baseline)
                if span.href:
                    if links and links[-1][0] == span.href and abs(links[-1][2] - x) < 0.01:
                        links[-1] = (span.href, links[-1][1], x + piece_width)
                    else:
                        links.append((span.href, x, x + piece_width))
                x += piece_width
            low = baseline - style.fontSize / 8
            for href, left, right in links:
                rect = (left, low, right, low + style.leading)
                if href.startswith("#"):
                    canvas.linkRect("", href[1:], rect, relative=1)
                else:
                    canvas.linkURL(href, rect, relative=1)

    def _draw_bullet(self, baseline: float) -> None:
        style, canvas, bullet = self.style, self.canv, self.bullet or ""
        font = style.bulletFontName
        size = style.bulletFontSize
        canvas.setFont(font, size)
        if self.right_to_left:
            canvas.drawRightString(self.width - style.bulletIndent, baseline, bullet)
        else:
            canvas.drawString(style.bulletIndent, baseline, bullet)


class _Prepared:
    """A paragraph's text, levels, shaped runs and per-character advances, made once."""

    def __init__(
        self,
        spans: Sequence[Span],
        style: ParagraphStyle,
        right_to_left: bool,
        fonts: DocumentFonts,
    ) -> None:
        self.fonts = fonts
        self.spans = [replace(span, text=without_controls(span.text)) for span in spans]
        self.text = "".join(span.text for span in self.spans)
        self.size = style.fontSize
        self.base = int(right_to_left)
        self.anchors: dict[str, int] = {}
        owner: list[int] = []
        isolates: dict[bool, list[tuple[int, int]]] = {False: [], True: []}  # by direction
        for index, span in enumerate(self.spans):
            start, end = len(owner), len(owner) + len(span.text)
            if span.anchor:
                self.anchors[span.anchor] = start
            if span.left_to_right or span.right_to_left:
                runs = isolates[span.right_to_left]
                if runs and runs[-1][1] == start:
                    runs[-1] = (runs[-1][0], end)
                else:
                    runs.append((start, end))
            owner.extend([index] * len(span.text))
        levels = embedding_levels(self.text, right_to_left, isolates[False], isolates[True])
        self.runs: list[_Run] = []
        for position, character in enumerate(self.text):
            span = self.spans[owner[position]]
            latin = latin_face(style.fontName, span.bold, span.italic)
            last = self.runs[-1] if self.runs else None
            face = sequence_face(self.text, position, last.face if last else None)
            key = (levels[position], face or face_for(character, latin, span.bold), owner[position])
            if last and (last.level, last.face, last.span) == key:
                last.end = position + 1
            else:
                self.runs.append(_Run(position, position + 1, *key))
        self.advances = [0.0] * len(self.text)
        codepoints = [ord(c) for c in self.text]
        for run in self.runs:
            self._shape(run, codepoints)

    def _shape(self, run: _Run, codepoints: list[int]) -> None:
        buffer = hb.Buffer()
        buffer.add_codepoints(codepoints, run.start, run.end - run.start)
        buffer.direction = "rtl" if run.level % 2 else "ltr"
        if run.face in ARABIC_FACES:
            buffer.language = "fa"
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        # A character no bundled face draws shows as the replacement mark, not a blank.
        font = self.fonts[run.face]
        buffer.not_found_glyph = font.face.charToGlyph.get(_REPLACEMENT, 0)
        buffer.guess_segment_properties()
        hb.shape(font.harfbuzz, buffer)
        scale = self.size / font.face.unitsPerEm
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            run.glyphs.append(
                (
                    info.codepoint,
                    info.cluster,
                    position.x_advance,
                    position.x_offset,
                    position.y_offset,
                )
            )
            self.advances[info.cluster] += position.x_advance * scale
        clusters = sorted({glyph[1] for glyph in run.glyphs})
        run.cluster_ends = dict(zip(clusters, [*clusters[1:], run.end], strict=True))

    def pieces(self, start: int, end: int) -> list[tuple[_Run, list[Any], float]]:
        """The runs of line ``start:end``, cut to it, in visual order, with their widths."""
        cut = [run for run in self.runs if run.start < end and run.end > start]
        levels = [run.level for run in cut]
        pieces = []
        for index in visual_order(levels, self.base):
            run = cut[index]
            glyphs = [g for g in run.glyphs if start <= g[1] < end]
            scale = self.size / self.fonts[run.face].face.unitsPerEm
            pieces.append((run, glyphs, sum(g[2] for g in glyphs) * scale))
        return pieces

    def draw_run(self, canvas: Any, run: _Run, glyphs: list[Any], x: float, y: float) -> None:
        font = self.fonts[run.face]
        face: Any = font.face  # ReportLab's shaping internals are not in its stubs
        text, data = [], []
        # HarfBuzz leaves a zero-width space glyph for a selector or joiner inside an emoji
        # sequence; the sequence's own glyph already carries that text.
        space = face.charToGlyph.get(32)
        inked = {glyph[1] for glyph in glyphs if glyph[0] != space or glyph[2]}
        for gid, cluster, advance, x_offset, y_offset in glyphs:
            if gid == space and not advance and cluster in inked:
                continue
            source = self.text[cluster : run.cluster_ends[cluster]]
            code = font.code_for(gid, source, advance)
            if code is None:
                continue
            text.append(chr(code))
            data.append(
                ShapeData(
                    cluster,
                    face._pdfScale(advance),
                    0,
                    face._pdfScale(x_offset),
                    face._pdfScale(y_offset),
                    face.charWidths.get(code, 0),
                )
            )
        if text:
            canvas.setFont(run.face, self.size)
            shaped: Any = ShapedStr
            canvas.drawString(x, y, shaped("".join(text), shapeData=data))
