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


def manifest_entries(path: Path, text: str) -> list[tuple[Path, Metadata]]:
    """Each file the manifest at ``path`` (its ``text`` decoded) lists, with its metadata."""
    document = load_yaml(text, str(path))
    entries = document.get("articles") if isinstance(document, Mapping) else None
    if not isinstance(entries, list) or not entries:
        raise InputError(str(path), "a manifest needs an 'articles:' list of entries")
    resolved = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str):
            raise InputError(str(path), f"article entry {number} needs a 'file:' path")
        metadata = stated_metadata(entry, f"{path}, article entry {number}")
        resolved.append((path.parent / entry["file"], metadata))
    return resolved
