"""Who said what, read by the rules of the article's language."""

from __future__ import annotations

from collections.abc import Callable

from briefing.extract.speech.attribution import Item, Reader
from briefing.extract.speech.french import FrenchReader
from briefing.extract.speech.lexicon_reader import LexiconReader
from briefing.extract.speech.persian import PersianReader
from briefing.extract.speech.speakers import Cast
from briefing.model import Article

_READERS: dict[str, Callable[[Article], LexiconReader]] = {
    "fr": FrenchReader,
    "fa": PersianReader,
    "prs": PersianReader,
}


def read_speech(article: Article, cast: Cast) -> list[Item]:
    """The quotes and reported speech of ``article``; English rules (with ``cast``, the
    people it names) for English and for any language without its own."""
    reader = _READERS.get(article.language)
    if reader is None:
        return Reader(cast).read(article)
    return reader(article).read(article)
