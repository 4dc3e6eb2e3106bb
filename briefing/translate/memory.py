"""What a translator has already decided: a glossary of renderings and a translation memory.

A glossary (TSV: English term, tab, rendering) fixes how names and organisations are
written; the package ships defaults per language, and user files are merged on top. A
translation memory in TMX holds whole segments a translator has reviewed: those are used
verbatim instead of machine translation and marked as reviewed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefing.errors import OS_ERRORS, ErrorMap, InputError, mapped_errors
from briefing.languages import Language
from briefing.resources import resource_dir
from briefing.sources.decoding import without_unshown
from briefing.sources.reading import read_capped, shown_name

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

GLOSSARY_ERRORS: ErrorMap = {
    **OS_ERRORS,
    UnicodeDecodeError: lambda error: f"byte {error.start} is not UTF-8",
}
"""Reading a glossary file as UTF-8 text."""

TMX_ERRORS: ErrorMap = {
    **OS_ERRORS,
    ET.ParseError: str,
    # An encoding the XML declaration names that Python does not know, or that expat
    # cannot read (a multi-byte one such as UTF-7 or UTF-32).
    LookupError: str,
    ValueError: str,
}
"""xml.etree parsing a TMX file (expat, and the file system under it)."""


MAX_FILE_BYTES = 20_000_000
"""The largest glossary or translation memory read: TMX is verbose XML, so a memory four
times an article's limit still holds tens of thousands of segments, and reads in seconds."""


def _normalized(text: str) -> str:
    """``text`` cleaned as ingest cleans articles, its spaces folded: control characters
    would break the PDF's markup, bidi controls reorder what a reader sees.
    """
    return " ".join(without_unshown(text).split())


@dataclass(frozen=True, slots=True)
class Glossary:
    """Preferred renderings, longest term first so `National Resistance Front` beats `Front`."""

    terms: tuple[tuple[str, str], ...] = ()

    def pattern(self) -> re.Pattern[str] | None:
        """A pattern matching any term as whole words, or None for an empty glossary."""
        if not self.terms:
            return None
        alternatives = "|".join(re.escape(term) for term, _ in self.terms)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def rendering(self, term: str) -> str:
        return dict(self.terms)[term]


def load_glossary(language: Language, user_files: Iterable[Path] = ()) -> Glossary:
    """The package's glossary for ``language`` with each user file merged on top, in order."""
    entries: dict[str, str] = {}
    shipped = resource_dir("glossary") / f"{language.code}.tsv"
    for path in (shipped, *user_files) if shipped.exists() else user_files:
        entries.update(_read_tsv(path))
    ordered = sorted(entries.items(), key=lambda item: (-len(item[0]), item[0]))
    return Glossary(tuple(ordered))


def _read_tsv(path: Path) -> Mapping[str, str]:
    source = shown_name(path)

    def unreadable(reason: str) -> InputError:
        return InputError(source, f"cannot be read as a UTF-8 glossary ({reason})")

    data = read_capped(path, MAX_FILE_BYTES, " for a glossary", unreadable)
    with mapped_errors(GLOSSARY_ERRORS, unreadable):
        lines = data.decode("utf-8").splitlines()
    entries = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        term, tab, rendering = line.partition("\t")
        term, rendering = _normalized(term), _normalized(rendering)
        if not tab or not term or not rendering:
            raise InputError(source, f"line {number} is not 'term<TAB>rendering'")
        entries[term] = rendering
    return entries


@dataclass(frozen=True, slots=True)
class TranslationMemory:
    """Reviewed translations of whole segments, keyed by the English text (spaces folded)."""

    segments: Mapping[str, str]

    def lookup(self, source: str) -> str | None:
        return self.segments.get(_normalized(source))


EMPTY_MEMORY = TranslationMemory({})


def load_memory(paths: Iterable[Path], language: Language) -> TranslationMemory:
    """Read TMX files; keep the units that pair English with ``language``."""
    segments: dict[str, str] = {}
    wanted = {language.code, language.argos_code, language.locale.replace("_", "-").lower()}
    for path in paths:
        data = read_capped(
            path, MAX_FILE_BYTES, " for a translation memory", partial(_unreadable_tmx, path)
        )
        with mapped_errors(TMX_ERRORS, partial(_unreadable_tmx, path)):
            root = ET.fromstring(data)
        for unit in root.iter("tu"):
            by_language = {}
            for variant in unit.iter("tuv"):
                code = (variant.get(_XML_LANG) or variant.get("lang") or "").lower()
                segment = variant.find("seg")
                if segment is not None:
                    by_language[code] = "".join(segment.itertext())
            english = next((t for c, t in by_language.items() if c.split("-")[0] == "en"), None)
            target = next((t for c, t in by_language.items() if c in wanted), None)
            if english and target:
                segments[_normalized(english)] = _normalized(target)
    return TranslationMemory(segments)


def _unreadable_tmx(path: Path, reason: str) -> InputError:
    return InputError(shown_name(path), f"is not a readable TMX file ({reason})")
