"""Manifests: a YAML list of article files, each with the metadata that wins over its own.

::

    articles:
      - file: articles/river-valley-floods.txt   # relative to the manifest
        publisher: Valley Dispatch
        published: 2025-03-14
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from briefing.errors import InputError
from briefing.sources.metadata import Metadata, load_yaml, stated_metadata
from briefing.sources.reading import shown_name


def manifest_entries(path: Path, text: str) -> list[tuple[Path, Metadata]]:
    """Each file the manifest at ``path`` (its ``text`` decoded) lists, with its metadata."""
    source = shown_name(path)
    document = load_yaml(text, source)
    entries = document.get("articles") if isinstance(document, Mapping) else None
    if not isinstance(entries, list) or not entries:
        raise InputError(source, "a manifest needs an 'articles:' list of entries")
    resolved = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str):
            raise InputError(source, f"article entry {number} needs a 'file:' path")
        metadata = stated_metadata(entry, f"{source}, article entry {number}")
        resolved.append((path.parent / entry["file"], metadata))
    return resolved
