"""Finding direct quotes in a paragraph: the passages between quotation marks.

Direct quotes are the words between quotation marks (curly, straight, or the mixed pairs
that copy-pasted pages produce). Everything here works on character offsets into one
paragraph, so the text of a quote is always an exact slice of its paragraph; reported
speech is found in ``briefing.extract.speech.reported`` and speakers are worked out by the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_CLOSING = '”"»'
_MARK = re.compile('[“«”"»]')
_BEFORE_OPENING = set(" \t([{—–-:/‘'")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Words between quotation marks: ``start``/``end`` bound the text inside the marks."""

    start: int
    end: int
    closed: bool


def quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages in ``text``; one left open runs to the paragraph's end."""
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for mark in _MARK.finditer(text):  # only the marks, not every character
        index, char = mark.start(), mark.group()
        if opened is None:
            straight_ok = index == 0 or text[index - 1] in _BEFORE_OPENING
            if char in "“«" or (char == '"' and straight_ok):
                opened = index + 1
        elif char in "“«" or (char == '"' and _reopens(text, index)):
            # A mark that opens while a quote is open: the earlier one ran on unclosed
            # (`"The ferry returns in May. "Fares rise after that."`), and both count.
            spans.append(QuoteSpan(opened, len(text[:index].rstrip()), False))
            opened = index + 1
        elif char in _CLOSING:
            spans.append(QuoteSpan(opened, index, True))
            opened = None
    if opened is not None and opened < len(text):
        spans.append(QuoteSpan(opened, len(text), False))
    return [span for span in spans if span.end > span.start]


# Three apostrophes are a doubled pair against a single quotation mark nested in it: the
# single one closes first (`… on 'Fox,''' said Roe`) and opens last (`'''Fox' lied,''`).
_DOUBLED = re.compile(r"'''|''|``")


def _reopens(text: str, index: int) -> bool:
    """Whether a straight mark at ``index`` opens (space before, word after), not closes."""
    before = text[index - 1] if index else " "
    after = text[index + 1 : index + 2]
    return before.isspace() and after != "" and after[0].isalnum()


def with_doubled_marks_as_quotes(text: str) -> str:
    """``text`` with doubled apostrophes or backticks (`''Yes,'' he said`, a convention
    of some newsrooms and of typewritten copy) written as straight quotation marks.

    The result has the same length, so offsets found in it hold for ``text``: an opening
    pair (a word follows) becomes a space and a mark, the mark against its word as a
    sentence splitter expects; a closing pair becomes a mark and a space.
    """
    if "''" not in text and "``" not in text:
        return text

    def mark(pair: re.Match[str]) -> str:
        after = text[pair.end() : pair.end() + 1]
        opening = after.isalnum() or pair.group() == "``"
        if pair.group() == "'''":
            return " \"'" if opening else "'\" "
        return ' "' if opening else '" '

    return _DOUBLED.sub(mark, text)


def opens_paragraph(text: str, span: QuoteSpan) -> bool:
    """Whether only blanks stand before ``span``'s opening mark (a doubled one leaves one)."""
    return not text[: span.start - 1].strip()


def closing_character(text: str, span: QuoteSpan) -> str:
    """The character a quote's words end on, past a single quotation mark that closes with
    them (`“… at ‘independence,’” he wrote` ends on its comma)."""
    words = text[span.start : span.end]
    return (words.rstrip("'’") or words)[-1]


def quoted_at(spans: list[QuoteSpan], position: int) -> bool:
    """Whether ``position`` lies inside one of ``spans`` (in order, as ``quote_spans``
    gives them), found by bisection so a paragraph of many quotes stays linear."""
    index = bisect_right(spans, position, key=lambda span: span.start) - 1
    return index >= 0 and spans[index].start <= position < spans[index].end


def trimmed(text: str, span: QuoteSpan) -> tuple[int, int]:
    """The quote's offsets without edge spaces, a trailing comma, or a fragment's stop."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    inner = text[start:end]
    fragment = inner[:1].islower() and not re.search(r"[.!?]\s", inner)
    if fragment and end > start and text[end - 1] == ".":
        end -= 1
    return start, end


# From this many words a text with capitals throughout is a headline, whose capitals name
# nothing (`Roe Says Plan Failed`); shorter ones may be a name and title alone.
_HEADLINE_WORDS = 5
_HEADLINE_CAPITALS = 0.9


def is_headline(text: str) -> bool:
    """Whether ``text`` is written in title case, as headlines are."""
    words = text.split()
    return len(words) >= _HEADLINE_WORDS and is_title_like(words, _HEADLINE_CAPITALS)


def is_title_like(words: list[str], share: float = 0.7) -> bool:
    """A capitalised name (`the “Future of Energy” summit`) rather than speech: at least
    ``share`` of its words other than articles and prepositions capitalised."""
    content = [
        word
        for word in words
        if word.lower() not in {"of", "for", "a", "the", "and", "in", "on", "to", "an", "at"}
    ]
    if len(content) < 2:
        return False
    capitalised = sum(1 for word in content if word[:1].isupper())
    return capitalised / len(content) >= share
