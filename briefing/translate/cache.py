"""A disk cache of machine translations, so rebuilding a brief re-translates nothing.

Keys are the package name and version, the target language and the exact (protected)
source sentence; values are the engine's output. SQLite commits each batch in one
transaction, so an interrupted build leaves either the whole batch or none of it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from briefing.errors import BriefingError


def default_cache_dir() -> Path:
    """``$BRIEFING_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefing``, else ``~/.cache/briefing``."""
    explicit = os.environ.get("BRIEFING_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefing"


class TranslationCache:
    """Translations by (package, version, target, sentence)."""

    def __init__(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(folder / "translations.sqlite3")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, text TEXT)"
            )
        except (OSError, sqlite3.Error) as error:
            raise BriefingError(
                f"cannot use the translation cache in {folder} ({error}); "
                "set BRIEFING_CACHE_DIR to a writable folder"
            ) from error

    @staticmethod
    def key(package: str, version: str, target: str, sentence: str) -> str:
        material = "\0".join((package, version, target, sentence))
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, text FROM translations WHERE key IN ({marks})", chunk
            )
            found.update(rows)
        return found

    def put_many(self, entries: Mapping[str, str] | Iterable[tuple[str, str]]) -> None:
        pairs = entries.items() if isinstance(entries, Mapping) else entries
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?)", pairs)

    def close(self) -> None:
        self._db.close()
