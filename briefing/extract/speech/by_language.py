"""Who said what, and who denies it, read by the rules of the article's language."""

from __future__ import annotations

import re
from importlib import import_module
from types import ModuleType

from briefing.extract.speech.attribution import Item, Reader
from briefing.extract.speech.interviews import NamedIn
from briefing.extract.speech.lexicon_reader import LexiconReader
from briefing.extract.speech.speakers import Cast
from briefing.model import Article

# The module of rules for each language other than English. Imported when an article in
# that language comes: compiling their patterns is a quarter of a second an English build
# need not spend.
_RULES = {
    "fr": ("french", "FrenchReader"),
    "fa": ("persian", "PersianReader"),
    "prs": ("persian", "PersianReader"),
}


def _rules(language: str) -> ModuleType | None:
    module, _ = _RULES.get(language, (None, None))
    return import_module(f"briefing.extract.speech.{module}") if module else None


def denial_pattern(language: str) -> re.Pattern[str] | None:
    """How an article in ``language`` denies a claim, where it has rules of its own."""
    rules = _rules(language)
    if rules is None:
        return None
    reader: type[LexiconReader] = getattr(rules, _RULES[language][1])
    return reader.denial


def read_speech(article: Article, cast: Cast) -> tuple[list[Item], NamedIn]:
    """The quotes and reported speech of ``article``, and how to find the people a stretch
    of it names; English rules (with ``cast``, the people it names) for English and for
    any language without its own."""
    rules = _rules(article.language)
    if rules is None:
        return Reader(cast).read(article), cast.named_in
    reader: LexiconReader = getattr(rules, _RULES[article.language][1])(article)
    return reader.read(article), lambda text, start, end: reader.mentioned(text[start:end])
