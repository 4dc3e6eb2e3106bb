"""Who said what, and who denies it, read by the rules of the article's language."""

from __future__ import annotations

from collections.abc import Callable

from briefing.extract.speech import french, persian
from briefing.extract.speech.attribution import Item, Reader
from briefing.extract.speech.lexicon_reader import LexiconReader
from briefing.extract.speech.speakers import Cast
from briefing.model import Article

_READERS: dict[str, Callable[[Article], LexiconReader]] = {
    "fr": french.FrenchReader,
    "fa": persian.PersianReader,
    "prs": persian.PersianReader,
}
DENIALS = {"fr": french.DENIAL, "fa": persian.DENIAL, "prs": persian.DENIAL}
"""Denials by language, for languages other than English (whose pattern the caller has)."""


def read_speech(article: Article, cast: Cast) -> list[Item]:
    """The quotes and reported speech of ``article``; English rules (with ``cast``, the
    people it names) for English and for any language without its own."""
    reader = _READERS.get(article.language)
    if reader is None:
        return Reader(cast).read(article)
    return reader(article).read(article)
