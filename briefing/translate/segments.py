"""Translating the brief into the reader's language, without losing a name or a number.

Only what the brief shows is translated: headlines, ledes, quotes, what each figure
measures and how the articles describe those they quote, each from its article's language
along that language's route (one engine, or two through English; none for an article
written in the brief's language, shown as written). Numbers, the names of speakers
and claimants, and glossary terms travel through the engine as placeholders and come back
intact, numbers in the target's own form. Each segment is then checked: every number of
the original must be in the translation, the engine must have been confident of it, and it
must not loop (a phrase repeated over and over, a known failure of these models), or the
segment is flagged. Numbers are read as the article's language writes them (French
``25 000`` and ``3,5`` are one number each). Segments a translator reviewed (a TMX
memory) are used verbatim.
Machine output is cached per sentence as the engine delivers it, so a rebuild, or one
after Ctrl-C, translates nothing twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from briefing.extract.sentences import split_sentences
from briefing.languages import Language, localized_number, number_pattern, written_numbers
from briefing.model import (
    Brief,
    MachineTranslation,
    TextKind,
    Translation,
    TranslationMethod,
    TranslationRoute,
)
from briefing.translate.cache import MachineOutput, TranslationCache
from briefing.translate.memory import Glossary, TranslationMemory

_PLACEHOLDER = re.compile(r"\[(\d+)\]")
# Every digit is protected (a number, or a lone digit inside a word like `G7`), so any
# `[n]` in the engine's output is one of ours.
_LONE_DIGITS = r"\d+"
# The articles' prose; names, numbers as written and the sources travel untranslated.
_TRANSLATED = frozenset(
    {TextKind.HEADLINE, TextKind.LEDE, TextKind.QUOTE, TextKind.MEASURES, TextKind.DESCRIPTION}
)
LOW_CONFIDENCE = 0.4
"""A segment whose weakest sentence the engine gave a mean token probability below this
is flagged: a model that has to guess at most of its words (under even odds on average)
is likely garbling or inventing. A starting point, not yet tuned on real packages' output
(no real package is available offline here)."""
LOOP_REPEATS = 4
"""A phrase of up to LOOP_PHRASE words said this many times in a row is a decoding loop."""
LOOP_PHRASE = 8


class Engine(Protocol):
    """A machine translator: the interface ``ArgosEngine`` and test fakes implement."""

    provenance: MachineTranslation

    def translate_sentences(self, sentences: Sequence[str]) -> Iterator[dict[str, MachineOutput]]:
        """Every sentence translated, in parts: each part as soon as it is done."""
        ...


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


Route = Sequence[Engine]
"""The engines a segment goes through, in order: none for an article written in the brief's
language, one, or two through English."""


def languages_shown(brief: Brief) -> tuple[str, ...]:
    """The languages of the articles whose prose the brief shows: each needs a route."""
    return tuple(dict.fromkeys(_segments(brief).values()))


def translate(brief: Brief, routes: Mapping[str, Route], options: TranslateOptions) -> Brief:
    """The brief with every shown segment translated into ``options.language`` along the
    route of its article's language (``routes`` has one for each of ``languages_shown``)."""
    names = _names(brief)
    segments = _segments(brief)
    done: dict[str, Translation] = {}
    machine: dict[str, list[tuple[str, _Protected]]] = {}
    for segment, source in segments.items():
        if not routes[source]:
            continue
        reviewed = options.memory.lookup(segment)
        if reviewed is not None:
            done[segment] = Translation(segment, reviewed, TranslationMethod.REVIEWED, source)
        else:
            protected = _protect(segment, names, options, source)
            machine.setdefault(source, []).append((segment, protected))
    for source, pending in machine.items():
        outputs = _translate_route([p.masked for _, p in pending], routes[source], options)
        for (segment, protected), output in zip(pending, outputs, strict=True):
            text, restored = _restore(output.text, protected)
            done[segment] = Translation(
                segment,
                text,
                TranslationMethod.MACHINE,
                source,
                numbers_verified=restored
                and _numbers_present(segment, text, options.language, source),
                confidence=output.confidence,
                low_confidence=output.confidence < LOW_CONFIDENCE,
                loops=_loops(text) and not _loops(segment),
            )
    return replace(
        brief,
        language=options.language,
        translations=tuple(done[segment] for segment in segments if segment in done),
        machine_translations=tuple(
            TranslationRoute(source, tuple(engine.provenance for engine in routes[source]))
            for source in machine
        ),
        show_original=options.show_original,
    )


def flag_warnings(brief: Brief) -> tuple[str, ...]:
    """What the CLI warns about: each flag the brief shows on a translation."""
    notes = []
    for translation in brief.translations:
        quoted = f"“{translation.source[:70]}”"
        if not translation.numbers_verified:
            notes.append(f"the translation of {quoted} lost a number; it is flagged in the brief")
        if translation.low_confidence:
            notes.append(
                f"the engine was unsure of its translation of {quoted} (confidence "
                f"{translation.confidence or 0:.2f}); it is flagged in the brief"
            )
        if translation.loops:
            notes.append(
                f"the translation of {quoted} repeats a phrase over and over; it is flagged "
                "in the brief"
            )
    return tuple(notes)


def _segments(brief: Brief) -> dict[str, str]:
    """What the brief shows of the articles' prose, in order, each once, with the language
    of the article it comes from (the first, for a text two articles share)."""
    segments: dict[str, str] = {}
    for shown in brief.shown_texts():
        if shown.kind in _TRANSLATED and shown.text.strip() and shown.language is not None:
            segments.setdefault(shown.text, shown.language)
    return segments


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


def _protect(
    segment: str, names: Iterable[str], options: TranslateOptions, source: str
) -> _Protected:
    """``segment`` masked: glossary terms, names and numbers (read as its article's
    language ``source`` writes them) become placeholders."""
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
    digits = re.compile(rf"{number_pattern(source).pattern}|{_LONE_DIGITS}")
    for match in digits.finditer(segment):
        localized = localized_number(match.group(), options.language, source)
        claim(match.start(), match.end(), localized)
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


def _numbers_present(original: str, translation: str, target: Language, source: str) -> bool:
    """Whether every number of ``original`` (in the language ``source``) is in
    ``translation``, in the target's form."""
    remaining = translation
    for number in written_numbers(original, source):
        localized = localized_number(number, target, source)
        if localized not in remaining:
            return False
        remaining = remaining.replace(localized, "", 1)
    return True


def _loops(text: str) -> bool:
    """Whether some phrase is said LOOP_REPEATS times or more in a row in ``text``."""
    words = text.split()
    for size in range(1, LOOP_PHRASE + 1):
        for start in range(len(words) - size * LOOP_REPEATS + 1):
            phrase = words[start : start + size]
            if all(
                words[start + size * repeat : start + size * (repeat + 1)] == phrase
                for repeat in range(1, LOOP_REPEATS)
            ):
                return True
    return False


def _translate_route(
    segments: Sequence[str], route: Route, options: TranslateOptions
) -> list[MachineOutput]:
    """``segments`` through each engine of ``route`` in turn (placeholders travel through
    both of two); a segment is as confident as its least confident step."""
    outputs = [MachineOutput(segment, 1.0) for segment in segments]
    for engine in route:
        steps = _translate_masked([output.text for output in outputs], engine, options)
        outputs = [
            MachineOutput(step.text, min(output.confidence, step.confidence))
            for output, step in zip(outputs, steps, strict=True)
        ]
    return outputs


def _translate_masked(
    segments: Sequence[str], engine: Engine, options: TranslateOptions
) -> list[MachineOutput]:
    """Split into sentences, translate what the cache lacks, join back; a segment is as
    confident as its weakest sentence. Each part the engine delivers is cached at once."""
    split = [
        [segment[start:end] for start, end in split_sentences(segment)] or [segment]
        for segment in segments
    ]
    sentences = list(dict.fromkeys(s for parts in split for s in parts))
    provenance = engine.provenance
    keys = {
        s: TranslationCache.key(provenance.package, provenance.version, provenance.to_code, s)
        for s in sentences
    }
    known = options.cache.get_many(list(keys.values())) if options.cache else {}
    missing = [s for s in sentences if keys[s] not in known]
    done = {s: known[keys[s]] for s in sentences if keys[s] in known}
    for part in engine.translate_sentences(missing):
        if options.cache:
            options.cache.put_many({keys[s]: output for s, output in part.items()})
        done.update(part)
    return [
        MachineOutput(" ".join(done[s].text for s in parts), min(done[s].confidence for s in parts))
        for parts in split
    ]
