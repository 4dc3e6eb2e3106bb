"""The Unicode bidirectional algorithm for laying out mixed Dari and English text.

Right-to-left text is laid out in three steps that must not be merged: embedding levels are
resolved once for the whole paragraph (resolving them per line changes the order of a
line's numbers and brackets), lines are broken in logical order, and only then is each
line reordered by rule L2. Drawing libraries that reorder first and wrap afterwards print
the lines of a paragraph bottom to top; this module keeps the steps apart.

The levels come from python-bidi's Rust core (the ``unicode-bidi`` crate, a complete
UBA with the paired-bracket rule N0). python-bidi exposes them only through its debug
output, so the version is pinned and the parse is checked against the text's length.
Nothing here knows about fonts or ReportLab: the layout module brings the widths.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.errors import RenderError
from briefing.patterns import BIDI_CONTROLS

_LEVELS = re.compile(r"Level\(\s*(\d+),?\s*\)")
# Explicit embeddings, overrides and isolates: article text has no business with them, and
# stripping them keeps every character's level a plain function of the paragraph.
_CONTROLS = dict.fromkeys(map(ord, BIDI_CONTROLS))
_LEFT_TO_RIGHT_ISOLATE, _RIGHT_TO_LEFT_ISOLATE, _POP_ISOLATE = "\u2066", "\u2067", "\u2069"
# The Arabic blocks (with the right-to-left Syriac, Thaana and N'Ko blocks among them) and
# Arabic presentation forms; with Hebrew, the letters that make a paragraph right to left.
_ARABIC_SCRIPT = "\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_HEBREW_SCRIPT = "\u0590-\u05ff\ufb1d-\ufb4f"
_ARABIC = re.compile(f"[{_ARABIC_SCRIPT}]")
_RIGHT_TO_LEFT = re.compile(f"[{_HEBREW_SCRIPT}{_ARABIC_SCRIPT}]")


def without_controls(text: str) -> str:
    """``text`` without bidi embedding, override and isolate controls."""
    return text.translate(_CONTROLS)


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds Hebrew or Arabic-script characters (a Dari quote, say)."""
    return _RIGHT_TO_LEFT.search(text) is not None


def is_arabic(character: str) -> bool:
    """Whether ``character`` is of the Arabic script."""
    return _ARABIC.match(character) is not None


def embedding_levels(
    text: str,
    right_to_left: bool,
    isolates: Sequence[tuple[int, int]] = (),
    right_to_left_isolates: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """One resolved embedding level per character of ``text`` (a whole paragraph).

    ``isolates`` are ``(start, end)`` ranges of ``text`` set apart as left-to-right
    isolates: structure the template marks (the English original under a Dari quote, whose
    closing full stop and quotation mark belong to the English), never the article's own;
    ``right_to_left_isolates`` likewise (a Dari original on an English or French page).
    """
    marks: set[int] = set()
    marked_text, previous = "", 0
    ranges = [(*r, _LEFT_TO_RIGHT_ISOLATE) for r in isolates]
    ranges += [(*r, _RIGHT_TO_LEFT_ISOLATE) for r in right_to_left_isolates]
    for start, end, opening in sorted(ranges):
        marked_text += text[previous:start]
        marks.add(len(marked_text))
        marked_text += opening + text[start:end]
        marks.add(len(marked_text))
        marked_text += _POP_ISOLATE
        previous = end
    marked_text += text[previous:]
    levels = _resolved_levels(marked_text, right_to_left)
    return [level for index, level in enumerate(levels) if index not in marks]


def _resolved_levels(text: str, right_to_left: bool) -> list[int]:
    if not text:
        return []
    from bidi import get_display  # type: ignore[import-untyped]

    info = get_display(text, base_dir="R" if right_to_left else "L", debug=True)
    assert isinstance(info, str)
    section = info.partition("levels: [")[2].partition("paragraphs:")[0]
    by_byte = [int(level) for level in _LEVELS.findall(section)]
    if len(by_byte) != len(text.encode("utf-8")):
        raise RenderError("python-bidi returned no embedding levels: pin python-bidi==0.6.12")
    levels, offset = [], 0
    for character in text:
        levels.append(by_byte[offset])
        offset += len(character.encode("utf-8"))
    return levels


def visual_order(levels: Sequence[int], base_level: int) -> list[int]:
    """Indices of a line's items (runs or characters) in visual order, by rule L2.

    From the highest level down to the lowest odd level, every maximal sequence of items
    at that level or higher is reversed.
    """
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(min(levels), base_level) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = reversed(order[index:end])
            index = end
    return order


def break_lines(
    text: str, advances: Sequence[float], first_width: float, width: float
) -> list[tuple[int, int]]:
    """Lines as ``(start, end)`` character ranges in logical order, trailing spaces left out.

    Lines break at spaces only: ZWNJ (the Persian half-space) and the no-break space keep
    their neighbours together. A word wider than the line is cut where it overflows.
    """
    lines: list[tuple[int, int]] = []
    start, count = 0, len(text)
    while start < count and text[start] == " ":
        start += 1
    while start < count:
        limit = first_width if not lines else width
        used, end, position = 0.0, start, start
        while position < count:
            word_end = position
            while word_end < count and text[word_end] != " ":
                word_end += 1
            word = sum(advances[position:word_end])
            if used + word > limit and end > start:
                break
            if used + word > limit:  # one word wider than the line: cut it
                while word_end > position + 1 and used + word > limit:
                    word_end -= 1
                    word -= advances[word_end]
                end = position = word_end
                break
            used += word
            end = word_end
            space_end = word_end
            while space_end < count and text[space_end] == " ":
                space_end += 1
            used += sum(advances[word_end:space_end])
            position = space_end
        lines.append((start, end))
        start = position if position > start else end
        while start < count and text[start] == " ":
            start += 1
    return lines
