"""Translating the brief into the reader's language, without losing a name or a number.

Only what the brief shows is translated: headlines, ledes, quotes, what each figure
measures and how the articles describe those they quote. Numbers, the names of speakers
and claimants, and glossary terms travel through the engine as placeholders and come back
intact, numbers in the target's own form. Each segment is then checked: every number of
the English must be in the translation, or the segment is flagged. Segments a translator
reviewed (a TMX memory) are used verbatim. Machine output is cached per sentence, so a
rebuild translates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from briefing.extract.sentences import split_sentences
from briefing.languages import NUMBER, Language, localized_number, written_numbers
from briefing.model import Brief, MachineTranslation, TextKind, Translation, TranslationMethod
from briefing.translate.cache import TranslationCache
from briefing.translate.memory import Glossary, TranslationMemory

_PLACEHOLDER = re.compile(r"\[(\d+)\]")
# Every digit is protected (a number, or a lone digit inside a word like `G7`), so any
# `[n]` in the engine's output is one of ours.
_DIGITS = re.compile(rf"{NUMBER.pattern}|\d+")
# The articles' prose; names, numbers as written and the sources travel untranslated.
_TRANSLATED = frozenset(
    {TextKind.HEADLINE, TextKind.LEDE, TextKind.QUOTE, TextKind.MEASURES, TextKind.DESCRIPTION}
)


class Engine(Protocol):
    """A machine translator: the interface ``ArgosEngine`` and test fakes implement."""

    provenance: MachineTranslation

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class TranslateOptions:
    language: Language
    glossary: Glossary
    memory: TranslationMemory
    cache: TranslationCache | None = None
    show_original: bool = True


@dataclass(frozen=True, slots=True)
class _Protected:
    """A segment with its protected spans replaced by ``[n]``, and what each ``n`` becomes."""

    masked: str
    restorations: tuple[str, ...]


def translate(brief: Brief, engine: Engine, options: TranslateOptions) -> Brief:
    """The brief with every shown segment translated into ``options.language``."""
    names = _names(brief)
    translations = []
    machine: list[tuple[str, _Protected]] = []
    for segment in _segments(brief):
        reviewed = options.memory.lookup(segment)
        if reviewed is not None:
            translations.append(Translation(segment, reviewed, TranslationMethod.REVIEWED))
        else:
            machine.append((segment, _protect(segment, names, options)))
    outputs = _translate_masked([p.masked for _, p in machine], engine, options)
    for (segment, protected), output in zip(machine, outputs, strict=True):
        text, restored = _restore(output, protected)
        verified = restored and _numbers_present(segment, text, options.language)
        translations.append(Translation(segment, text, TranslationMethod.MACHINE, verified))
    return replace(
        brief,
        language=options.language,
        translations=tuple(translations),
        machine_translation=engine.provenance if machine else None,
        show_original=options.show_original,
    )


def unverified(brief: Brief) -> list[Translation]:
    """Translations whose numbers could not all be found: the CLI warns about each."""
    return [t for t in brief.translations if not t.numbers_verified]


def _segments(brief: Brief) -> list[str]:
    """What the brief shows of the articles' prose, in order, each once."""
    segments = (shown.text for shown in brief.shown_texts() if shown.kind in _TRANSLATED)
    return [segment for segment in dict.fromkeys(segments) if segment.strip()]


def _names(brief: Brief) -> list[str]:
    """People and bodies the brief names; longest first so a full name wins over a part."""
    found = {shown.text for shown in brief.shown_texts() if shown.kind is TextKind.NAME}
    names = {name for name in found if name[:1].isupper()}
    # A person named in full is later called by surname alone (`Okafor said`).
    names |= {
        name.split()[-1]
        for name in names
        if 2 <= len(name.split()) <= 3 and all(word[:1].isupper() for word in name.split())
    }
    return sorted(names, key=lambda name: (-len(name), name))


def _protect(segment: str, names: Iterable[str], options: TranslateOptions) -> _Protected:
    spans: list[tuple[int, int, str]] = []

    def claim(start: int, end: int, replacement: str) -> None:
        if all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, replacement))

    glossary = options.glossary.pattern()
    if glossary is not None:
        for match in glossary.finditer(segment):
            claim(match.start(), match.end(), options.glossary.rendering(match.group()))
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", segment):
            claim(match.start(), match.end(), name)
    for match in _DIGITS.finditer(segment):
        claim(match.start(), match.end(), localized_number(match.group(), options.language))
    masked: list[str] = []
    restorations: list[str] = []
    cursor = 0
    for start, end, replacement in sorted(spans):
        masked.append(segment[cursor:start] + f"[{len(restorations)}]")
        restorations.append(replacement)
        cursor = end
    masked.append(segment[cursor:])
    return _Protected("".join(masked), tuple(restorations))


def _restore(output: str, protected: _Protected) -> tuple[str, bool]:
    """Placeholders back to their text; False if any went missing or came back twice."""
    used = [int(match.group(1)) for match in _PLACEHOLDER.finditer(output)]
    complete = sorted(used) == list(range(len(protected.restorations)))

    def back(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return protected.restorations[index] if index < len(protected.restorations) else ""

    return _PLACEHOLDER.sub(back, output), complete


def _numbers_present(source: str, translation: str, target: Language) -> bool:
    remaining = translation
    for number in written_numbers(source):
        localized = localized_number(number, target)
        if localized not in remaining:
            return False
        remaining = remaining.replace(localized, "", 1)
    return True


def _translate_masked(
    segments: Sequence[str], engine: Engine, options: TranslateOptions
) -> list[str]:
    """Split into sentences, translate what the cache lacks in one batch, join back."""
    split = [
        [segment[start:end] for start, end in split_sentences(segment)] or [segment]
        for segment in segments
    ]
    sentences = list(dict.fromkeys(s for parts in split for s in parts))
    provenance = engine.provenance
    keys = {
        s: TranslationCache.key(provenance.package, provenance.version, options.language.code, s)
        for s in sentences
    }
    known = options.cache.get_many(list(keys.values())) if options.cache else {}
    missing = [s for s in sentences if keys[s] not in known]
    fresh = dict(zip(missing, engine.translate_sentences(missing), strict=True))
    if options.cache and fresh:
        options.cache.put_many({keys[s]: text for s, text in fresh.items()})
    done = {s: fresh.get(s, known.get(keys[s], "")) for s in sentences}
    return [" ".join(done[s] for s in parts) for parts in split]
