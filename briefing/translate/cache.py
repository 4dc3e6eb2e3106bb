"""A disk cache of machine translations, so rebuilding a brief re-translates nothing.

Keys are the package name and version, the target language and the exact (protected)
source sentence; values are the engine's output and its confidence. SQLite commits each
batch in one transaction, so an interrupted build leaves either the whole batch or none
of it. A cache from before confidences were kept gains their column; its rows, which
lack one, are translated again.

Losing cached translations costs only time, so a cache file that is damaged, or that
another program made under the same name, is set aside (renamed, never deleted) and a new
one begun, with a warning. A cache another build holds locked is waited for briefly, then
refused in one sentence.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from briefing.errors import OS_ERRORS, ErrorMap, TranslationError, mapped_errors

LOCK_WAIT = 5.0
"""Seconds to wait for a cache another build is writing to."""

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, text TEXT, confidence REAL)"
)
_COLUMNS = ["key", "text", "confidence"]
_UNSCORED_COLUMNS = ["key", "text"]
_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_LOCKED = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_ELSEWHERE = "set BRIEFING_CACHE_DIR to a writable folder"

T = TypeVar("T")


def default_cache_dir() -> Path:
    """``$BRIEFING_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefing``, else ``~/.cache/briefing``."""
    explicit = os.environ.get("BRIEFING_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefing"


def _code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``error`` (extended codes add high bits)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _sqlite_reason(error: sqlite3.Error) -> str:
    code = _code(error)
    if code in _LOCKED:
        return (
            "is locked by another build; wait for it to finish, or set BRIEFING_CACHE_DIR "
            "to another folder"
        )
    if code in _DAMAGED:
        return f"is damaged ({error}); delete it"
    return f"cannot be used ({error}); {_ELSEWHERE}"


SQLITE_ERRORS: ErrorMap = {
    sqlite3.Error: _sqlite_reason,
    sqlite3.Warning: lambda error: f"cannot be used ({error}); {_ELSEWHERE}",
    OSError: lambda error: f"cannot be created ({error.strerror or error}); {_ELSEWHERE}",
}
"""sqlite3, and the file system under it; the result code tells a lock from damage."""


@dataclass(frozen=True, slots=True)
class MachineOutput:
    """One sentence as the engine translated it, and how sure it was (0 to 1: the
    geometric mean of the probabilities it gave its output's tokens)."""

    text: str
    confidence: float


class TranslationCache:
    """Machine translations by (package, version, target, sentence)."""

    def __init__(self, folder: Path, lock_wait: float = LOCK_WAIT) -> None:
        self.path = folder / "translations.sqlite3"
        self._lock_wait = lock_wait
        self._set_aside_notes: list[str] = []
        self._db = self._open()

    @property
    def warnings(self) -> tuple[str, ...]:
        """What a user should be told: each cache file set aside, and why."""
        return tuple(self._set_aside_notes)

    @staticmethod
    def key(package: str, version: str, target: str, sentence: str) -> str:
        material = "\0".join((package, version, target, sentence))
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def get_many(self, keys: Sequence[str]) -> dict[str, MachineOutput]:
        def select(db: sqlite3.Connection) -> dict[str, MachineOutput]:
            found: dict[str, MachineOutput] = {}
            for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    "SELECT key, text, confidence FROM translations "
                    f"WHERE key IN ({marks}) AND confidence IS NOT NULL",
                    chunk,
                )
                found.update((key, MachineOutput(text, score)) for key, text, score in rows)
            return found

        return self._using(select)

    def put_many(
        self, entries: Mapping[str, MachineOutput] | Iterable[tuple[str, MachineOutput]]
    ) -> None:
        rows = [
            (key, output.text, output.confidence)
            for key, output in (entries.items() if isinstance(entries, Mapping) else entries)
        ]

        def insert(db: sqlite3.Connection) -> None:
            with db:
                db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?)", rows)

        self._using(insert)

    def close(self) -> None:
        self._db.close()

    def _errors(self) -> AbstractContextManager[None]:
        return mapped_errors(
            SQLITE_ERRORS,
            lambda reason: TranslationError(f"the translation cache {self.path} {reason}"),
        )

    def _open(self) -> sqlite3.Connection:
        """The cache's database; a damaged or foreign file is set aside and a new one begun."""
        with self._errors():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=self._lock_wait)
            try:
                problem = _unusable(db)
                if problem is not None:
                    db.close()
                    self._set_aside(problem)
                    db = sqlite3.connect(self.path, timeout=self._lock_wait)
                db.execute(_SCHEMA)
                if _columns(db) == _UNSCORED_COLUMNS:
                    db.execute("ALTER TABLE translations ADD COLUMN confidence REAL")
            except BaseException:
                db.close()
                raise
            return db

    def _using(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """``work`` done on the database; if it finds the file damaged, on a new one."""
        with self._errors():
            try:
                return work(self._db)
            except sqlite3.DatabaseError as error:
                if _code(error) not in _DAMAGED:
                    raise
                self._db.close()
                self._set_aside(f"is damaged ({error})")
                self._db = self._open()
                return work(self._db)

    def _set_aside(self, problem: str) -> None:
        """Rename the cache file, so that a new one can be begun.

        Its connection is closed by now, and SQLite has replayed or removed any journal
        beside it on opening it: the file alone holds all there is.
        """
        aside = _aside_path(self.path)
        with mapped_errors(
            OS_ERRORS,
            lambda reason: TranslationError(
                f"the translation cache {self.path} {problem} and cannot be set aside "
                f"({reason}); delete it"
            ),
        ):
            self.path.replace(aside)
        self._set_aside_notes.append(
            f"the translation cache {self.path} {problem}; it was set aside as {aside.name} "
            "and a new one begun"
        )


def _unusable(db: sqlite3.Connection) -> str | None:
    """Why ``db`` cannot be the cache (damaged, or another program's), or None if it can."""
    try:
        tables = {name for (name,) in db.execute("SELECT tbl_name FROM sqlite_master")}
        columns = _columns(db)
    except sqlite3.DatabaseError as error:
        if _code(error) not in _DAMAGED:
            raise
        return f"is damaged ({error})"
    if tables and (tables != {"translations"} or columns not in (_COLUMNS, _UNSCORED_COLUMNS)):
        return "was not made by briefing"
    return None


def _columns(db: sqlite3.Connection) -> list[str]:
    return [row[1] for row in db.execute("PRAGMA table_info(translations)")]


def _aside_path(path: Path) -> Path:
    """The first free name of the form ``translations.set-aside-N.sqlite3``."""
    number = 1
    while True:
        aside = path.with_name(f"{path.stem}.set-aside-{number}{path.suffix}")
        if not aside.exists():
            return aside
        number += 1
