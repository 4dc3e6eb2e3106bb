"""Which language an article is written in: as its source declares it, else detected.

A language that a front matter or manifest (``language:``/``lang:``) or a page's
``<html lang>`` declares is the user's or the publisher's word and wins. Otherwise
py3langid's bundled model names it from the text, offline. py3langid was chosen over
lingua (a 96 MB wheel, slower to load its models) and langdetect (unmaintained since 2021,
random unless seeded): its 4.5 MB model is right on a sentence of French, Persian or English.

Codes are ISO 639-1 (``en``, ``fr``, ``fa``), and ``prs`` for Dari: Persian text is Dari
when it dates something in the Afghan solar months (``۱۵ حمل``, ``ماه جدی``), which Iran
names differently (فروردین …), or uses Afghan administrative words Iran does not
(``ولسوالی`` district, ``شاروالی`` municipality, ``پوهنتون`` university, ``شفاخانه``
hospital, ``سارنوال`` prosecutor, ``ولسی جرگه`` and ``مشرانو جرگه``, ``پولیس`` where Iran
writes ``پلیس``) at least twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

ENGLISH_CODE = "en"
UNDETERMINED = "und"
"""ISO 639's code for a text with no letters to tell a language by."""

# Tags that name a language by its English name, or Dari by its region.
_TAG_ALIASES = {
    "dari": "prs",
    "fa-af": "prs",
    "persian": "fa",
    "farsi": "fa",
    "english": "en",
    "french": "fr",
}
_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")
_AFGHAN_MONTH = "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
# Most Afghan month names are also common words (میزان amount, جدی serious): only a
# number or ``ماه`` beside one makes it a date.
_AFGHAN_DATE = re.compile(
    rf"(?<!\w)(?:[0-9۰-۹]{{1,2}}\s+(?:{_AFGHAN_MONTH})|ماه\s+(?:{_AFGHAN_MONTH})"
    rf"|(?:{_AFGHAN_MONTH})\s+(?:سال\s+)?[0-9۰-۹]{{4}})(?!\w)"
)
_DARI_WORDS = re.compile(
    r"(?<!\w)(?:ولسوالی|شاروالی|پوهنتون|پوهنځی|شفاخانه|سارنوال|ولسی\s+جرگه|مشرانو\s+جرگه|پولیس)"
)
_DARI_WORDS_NEEDED = 2
# Enough text to tell a language; reading a whole long article tells nothing more.
_SAMPLE_CHARACTERS = 4000


def declared_language(tag: str | None) -> str | None:
    """The code a declared tag (``fr-FR``, ``fa_AF``, ``Dari``) names, or None for none."""
    if tag is None:
        return None
    key = tag.strip().lower().replace("_", "-")
    key = _TAG_ALIASES.get(key, key)
    if not _TAG.fullmatch(key):
        return None
    return key.partition("-")[0]


def detected_language(texts: Iterable[str]) -> str:
    """The language ``texts`` (an article's title and paragraphs) are written in."""
    sample = ""
    for text in texts:
        if len(sample) >= _SAMPLE_CHARACTERS:
            break
        sample += text + "\n"
    if not any(character.isalpha() for character in sample):
        return UNDETERMINED
    if all(character.isascii() for character in sample if character.isalpha()):
        # Not one accented or non-Latin letter in a few thousand characters: no French and
        # no Persian, the languages with rules of their own; the rest is read by the English
        # ones. Loading the model for it would cost every English build half a second.
        return ENGLISH_CODE
    # The most likely of its 97 languages: on a headline and a sentence the model is
    # right, though it spreads its probability wide (English at 0.45 is typical).
    code = str(_identifier().classify(sample)[0])
    return dari_or_persian(sample) if code == "fa" else code


def dari_or_persian(text: str) -> str:
    """``prs`` for Persian text that is recognisably Dari, else ``fa``."""
    if _AFGHAN_DATE.search(text):
        return "prs"
    return "prs" if len(_DARI_WORDS.findall(text)) >= _DARI_WORDS_NEEDED else "fa"


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model, loaded once (half a second) and only ever read."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
