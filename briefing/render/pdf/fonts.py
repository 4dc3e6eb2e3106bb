"""The bundled faces: their families, which face draws which character, and the fonts of
one document.

Every fact about the faces lives here: the families and their styles, the Arabic faces,
the order in which faces are tried for symbols and emoji, and the characters each face
draws, read once from the font files (they never change). What a document does with a
face belongs to that document's ``DocumentFonts`` and ends with it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, cached_property
from types import TracebackType
from typing import Any, Literal

import uharfbuzz as hb  # type: ignore[import-untyped]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from briefing.render.pdf.bidi_text import is_arabic
from briefing.resources import resource_dir

SERIF, SERIF_BOLD, SERIF_ITALIC = "NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic"
SANS, SANS_BOLD = "NotoSans-Regular", "NotoSans-Bold"
ARABIC_FACES = ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold")  # upright, bold
EMOJI_FACE = "NotoEmoji-Regular"  # monochrome: ReportLab cannot draw colour glyph tables
# Noto Serif, Noto Sans and Naskh have no arrows, most symbols or emoji: a character they
# lack is set in the first of these faces that draws it, so no character of an article
# or a translation becomes a box or a blank.
FALLBACK_FACES = ("NotoSansMath-Regular", "NotoSansSymbols2-Regular", EMOJI_FACE)

# Each family's face for regular, bold, italic and bold italic text. Italic sans is not
# needed and maps to upright; faces with a single style serve every style, upright.
_Flag = Literal[0, 1]
_STYLES: tuple[tuple[_Flag, _Flag], ...] = ((0, 0), (1, 0), (0, 1), (1, 1))
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "Serif": (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD),
    "Sans": (SANS, SANS_BOLD, SANS, SANS_BOLD),
    "Naskh": (*ARABIC_FACES, *ARABIC_FACES),
    "Math": (FALLBACK_FACES[0],) * 4,
    "Symbols": (FALLBACK_FACES[1],) * 4,
    "Emoji": (EMOJI_FACE,) * 4,
}
FACES = tuple(sorted({face for faces in FAMILIES.values() for face in faces}))

_PRIVATE_USE = range(0xE000, 0xF900)
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_EMOJI_SELECTOR = "\ufe0f"
_EXTENDING = ("Mn", "Me", "Cf")  # marks, enclosing keycaps, joiners and emoji tags


def _file(face: str) -> str:
    return str(resource_dir("fonts") / f"{face}.ttf")


@cache
def cmap(face: str) -> frozenset[int]:
    """The characters ``face`` draws.

    Private-use code points are left out: ReportLab adds its own there for shaped glyphs,
    and a private character of an article means nothing to the bundled faces.
    """
    drawn = TTFontFace(_file(face)).charToGlyph
    return frozenset(code for code in drawn if code not in _PRIVATE_USE)


def latin_face(style_face: str, bold: bool, italic: bool) -> str:
    """The Noto Serif or Sans face for ``bold`` or ``italic`` text in a paragraph's face."""
    family = FAMILIES["Sans" if style_face.startswith("NotoSans") else "Serif"]
    bold = bold or style_face.endswith("-Bold")
    italic = italic or style_face.endswith("-Italic")
    return family[bold + 2 * italic]


@cache
def face_for(character: str, latin: str, bold: bool) -> str:
    """The first face that draws ``character``: Naskh for Arabic script, else ``latin``.

    Joiners stay with Naskh too: they join Arabic letters.
    """
    arabic = ARABIC_FACES[bold]
    arabic_first = is_arabic(character) or character in ("\u200c", "\u200d")
    chain = (arabic, latin) if arabic_first else (latin, arabic)
    for face in (*chain, SANS, SERIF, *FALLBACK_FACES):
        if ord(character) in cmap(face):
            return face
    return chain[0]  # a control or default-ignorable character: HarfBuzz draws nothing


def sequence_face(text: str, position: int, previous: str | None) -> str | None:
    """The face that keeps ``text[position]`` in one sequence with its neighbour, if any.

    A joiner, mark or skin-tone modifier stays in the face of the character before it, and
    a character followed by the emoji presentation selector takes the emoji face: HarfBuzz
    then shapes flags, keycaps, skin tones and ZWJ families as the one glyph the font has.
    """
    character = text[position]
    code = ord(character)
    extends = unicodedata.category(character) in _EXTENDING or code in _SKIN_TONES
    if previous and extends and code in cmap(previous):
        return previous
    if text[position + 1 : position + 2] == _EMOJI_SELECTOR and code in cmap(EMOJI_FACE):
        return EMOJI_FACE
    return None


@cache
def fallback_face(character: str) -> str | None:
    """None when Noto Serif draws ``character``, else the first other face that does.

    ReportLab's own paragraphs set such a character in a ``<font>`` of that face; ``<b>``
    around it picks Naskh bold.
    """
    if character.isspace() or ord(character) in cmap(SERIF):
        return None
    covering = (face for face in (ARABIC_FACES[0], *FALLBACK_FACES) if ord(character) in cmap(face))
    return next(covering, None)  # drawn by nothing bundled: left to the main face


@cache
def uncovered(character: str) -> bool:
    """Whether no bundled face draws ``character``; controls and joiners draw nothing."""
    if character.isspace() or unicodedata.category(character) in ("Cc", "Cf"):
        return False
    return not any(ord(character) in cmap(face) for face in FACES)


class DocumentFont(TTFont):
    """One bundled face as one document uses it.

    ReportLab gives a glyph with no character of its own (a ligature, a Persian contextual
    form, the replacement mark standing in for a character) a private code point in the
    font object; ``code_for`` records the text each such code stands for, and the font's
    ToUnicode maps give that text back, so a reader can copy and search it.
    """

    def __init__(self, face: str) -> None:
        super().__init__(face, _file(face))
        self._actual_text: dict[int, str] = {}

    @cached_property
    def harfbuzz(self) -> hb.Font:
        """The face for HarfBuzz, scaled in font units."""
        return hb.Font(self.hbFace)

    def code_for(self, gid: int, source: str, advance: float) -> int | None:
        """A code point for glyph ``gid`` whose ToUnicode entry gives back ``source``."""
        face: Any = self.face  # ReportLab's shaping internals are not in its stubs
        candidates = face.glyphToChar.get(gid, [])
        # One private code per glyph and text: a glyph drawn for two texts (a shared
        # contextual form, the replacement mark) must copy back as each of them.
        name = f"{self.harfbuzz.glyph_to_string(gid)} {source}"
        if source in ("\u200c", "\u200d"):  # the fonts' own glyphs are visible editing marks
            gid, name, candidates = face.charToGlyph[32], f"briefing-{ord(source):04X}", []
        # The character itself, or its mirror image in a right-to-left run. Never a
        # presentation form or ligature standing for it (the font maps ﻣ and ﬁ to the glyph
        # too): a reader searching the PDF types ordinary letters.
        wanted = {source, MIRRORED.get(source, source)}
        for code in candidates:
            if chr(code) in wanted:
                return int(code)
        if source.isspace() and candidates:
            return int(candidates[0])
        if not source:
            return None
        shaping: Any = self
        shaping.hbFont()  # installs ReportLab's private-code allocator on the font
        code = int(shaping.hbAddPrivate(name, gid, advance))
        self._actual_text.setdefault(code, source)
        return code

    def addObjects(self, doc: Any) -> None:
        """ReportLab's objects for this font in ``doc``, each ToUnicode map with real text."""
        subsets = self.state[doc].subsets
        names = [self.getSubsetInternalName(number, doc)[1:] for number in range(len(subsets))]
        super().addObjects(doc)
        for name, subset in zip(names, subsets, strict=True):
            to_unicode = doc.idToObject[doc.idToObject[name].ToUnicode.name]
            to_unicode.content = self._with_actual_text(to_unicode.content, subset)

    def _with_actual_text(self, cmap: str, subset: Sequence[int]) -> str:
        """ReportLab's ToUnicode map, with private code points mapped to their real text.

        ReportLab writes a character beyond U+FFFF (an emoji) as five hex digits, which a
        reader takes for another character; PDF wants its UTF-16 surrogate pair.
        """
        for index, code in enumerate(subset):
            text = self._actual_text.get(code, chr(code) if code > 0xFFFF else None)
            if text is not None:
                hexed = text.encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{hexed}>", 1)
        return cmap


class DocumentFonts:
    """The bundled faces as one document uses them, registered while it is laid out.

    ReportLab looks fonts up by name in one registry for the whole process, and a font
    object keeps what a document did with it (see ``DocumentFont``). So each document
    loads its own font objects, registers them under the faces' names on ``with``, and
    removes them after: nothing of one build reaches the next. Two documents cannot be
    laid out at the same time; the second is refused.
    """

    def __init__(self) -> None:
        self._fonts = {face: DocumentFont(face) for face in FACES}

    def __getitem__(self, face: str) -> DocumentFont:
        return self._fonts[face]

    def __enter__(self) -> DocumentFonts:
        taken = sorted(set(FACES) & set(pdfmetrics.getRegisteredFontNames()))
        if taken:
            raise RuntimeError(f"another document holds ReportLab's fonts {', '.join(taken)}")
        for font in self._fonts.values():
            pdfmetrics.registerFont(font)
        for family, faces in FAMILIES.items():
            for (bold, italic), face in zip(_STYLES, faces, strict=True):
                addMapping(family, bold, italic, face)  # so <b> and <i> pick a real face
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for font in self._fonts.values():
            font.unregister()
