"""The figures a paragraph states, found by the rules of its article's language."""

from __future__ import annotations

from briefing.extract.figures.finding import Found, find_numbers
from briefing.extract.figures.french import FRENCH
from briefing.extract.figures.lexicon import find_in
from briefing.extract.figures.persian import PERSIAN

_LEXICONS = {"fr": FRENCH, "fa": PERSIAN, "prs": PERSIAN}


def find_figures(text: str, default_year: int, language: str) -> list[Found]:
    """Figures stated in one paragraph written in ``language`` (an article's code), in
    order of position; English rules for English and for any language without its own."""
    lexicon = _LEXICONS.get(language)
    if lexicon is None:
        return find_numbers(text, default_year)
    return find_in(text, default_year, lexicon)
