"""The translation cache with real SQLite files: damaged, foreign and locked ones.

A damaged or foreign file is set aside, never deleted, and a new cache begun with a
warning; a locked one is refused in one sentence once the wait is over.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from installs import EXAMPLE, briefing, installed

from briefing.errors import TranslationError
from briefing.translate.cache import MachineOutput, TranslationCache

ENTRIES = {"key-1": MachineOutput("UN", 0.9), "key-2": MachineOutput("DEUX", 0.25)}


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_translations_put_are_found_by_a_later_cache(tmp_path: Path) -> None:
    first = TranslationCache(tmp_path)
    first.put_many(ENTRIES)
    first.close()
    again = TranslationCache(tmp_path)
    assert again.get_many(["key-1", "key-2", "key-3"]) == ENTRIES
    assert again.warnings == ()


def test_a_file_that_is_no_database_is_set_aside_and_a_new_cache_begun(tmp_path: Path) -> None:
    garbage = b"these bytes are no SQLite database " * 200
    (tmp_path / "translations.sqlite3").write_bytes(garbage)

    cache = TranslationCache(tmp_path)
    cache.put_many(ENTRIES)

    assert cache.get_many(list(ENTRIES)) == ENTRIES
    assert cache.warnings == (
        f"the translation cache {tmp_path / 'translations.sqlite3'} is damaged (file is not a "
        "database); it was set aside as translations.set-aside-1.sqlite3 and a new one begun",
    )
    assert (tmp_path / "translations.set-aside-1.sqlite3").read_bytes() == garbage


def make_foreign(path: Path, schema: str) -> None:
    with sqlite3.connect(path) as other:
        other.execute(schema)
        other.execute(f"INSERT INTO {schema.split()[2]} VALUES ('theirs', 'kept', 'safe')")
    other.close()


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE people (name TEXT, email TEXT, note TEXT)",
        "CREATE TABLE translations (source TEXT, target TEXT, language TEXT)",
    ],
    ids=["other-tables", "other-columns"],
)
def test_another_programs_database_is_set_aside_untouched(tmp_path: Path, schema: str) -> None:
    make_foreign(tmp_path / "translations.sqlite3", schema)

    cache = TranslationCache(tmp_path)
    cache.put_many(ENTRIES)

    assert "translations.sqlite3 was not made by briefing; it was set aside" in cache.warnings[0]
    with sqlite3.connect(tmp_path / "translations.set-aside-1.sqlite3") as theirs:
        table = schema.split()[2]
        assert theirs.execute(f"SELECT * FROM {table}").fetchall() == [("theirs", "kept", "safe")]
    theirs.close()


def test_damage_found_mid_build_sets_the_file_aside_and_the_build_goes_on(tmp_path: Path) -> None:
    keys = [f"sentence-{number}" for number in range(3000)]
    cache = TranslationCache(tmp_path)
    cache.put_many({key: MachineOutput("TRANSLATED " * 20, 0.5) for key in keys})
    cache.close()
    # Page 1 (the schema) stays whole; the pages of rows and index after it do not.
    path = tmp_path / "translations.sqlite3"
    data = bytearray(path.read_bytes())
    for page in range(4096 * 3, len(data), 4096):
        data[page : page + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))

    cache = TranslationCache(tmp_path)
    assert cache.warnings == ()  # the schema reads fine: the damage shows only in use
    assert cache.get_many(keys) == {}
    assert "is damaged (database disk image is malformed)" in cache.warnings[0]
    cache.put_many(ENTRIES)
    assert cache.get_many(list(ENTRIES)) == ENTRIES


def test_each_file_set_aside_keeps_its_own_name(tmp_path: Path) -> None:
    (tmp_path / "translations.set-aside-1.sqlite3").write_bytes(b"set aside before")
    (tmp_path / "translations.sqlite3").write_bytes(b"damaged " * 100)

    TranslationCache(tmp_path)

    assert files_in(tmp_path) == [
        "translations.set-aside-1.sqlite3",
        "translations.set-aside-2.sqlite3",
        "translations.sqlite3",
    ]
    assert (tmp_path / "translations.set-aside-1.sqlite3").read_bytes() == b"set aside before"
    assert (tmp_path / "translations.set-aside-2.sqlite3").read_bytes() == b"damaged " * 100


def test_a_cache_another_build_holds_locked_is_one_sentence(tmp_path: Path) -> None:
    TranslationCache(tmp_path).put_many(ENTRIES)
    holder = sqlite3.connect(tmp_path / "translations.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(TranslationError) as raised:
            TranslationCache(tmp_path, lock_wait=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(raised.value) == (
        f"the translation cache {tmp_path / 'translations.sqlite3'} is locked by another "
        "build; wait for it to finish, or set BRIEFING_CACHE_DIR to another folder"
    )
    # Nothing was set aside: a lock is no damage.
    assert files_in(tmp_path) == ["translations.sqlite3"]
    assert TranslationCache(tmp_path).get_many(list(ENTRIES)) == ENTRIES


def test_a_cache_folder_that_is_a_file_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    with pytest.raises(TranslationError) as raised:
        TranslationCache(tmp_path / "cache")
    assert str(raised.value) == (
        f"the translation cache {tmp_path / 'cache' / 'translations.sqlite3'} cannot be "
        "created (File exists); set BRIEFING_CACHE_DIR to a writable folder"
    )


def test_a_translated_build_over_a_damaged_cache_warns_and_writes_the_brief(
    home: dict[str, str], tmp_path: Path
) -> None:
    installed(home)
    cache = Path(home["BRIEFING_CACHE_DIR"])
    cache.mkdir(parents=True)
    (cache / "translations.sqlite3").write_bytes(b"\x00damaged\x00" * 500)
    output = tmp_path / "brief.pdf"

    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output)

    assert result.returncode == 0, result.stderr
    assert output.exists()
    assert result.stderr.startswith(f"warning: the translation cache {cache}")
    assert "set aside as translations.set-aside-1.sqlite3" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_cache_from_before_confidences_keeps_working_and_retranslates_its_rows(
    tmp_path: Path,
) -> None:
    with sqlite3.connect(tmp_path / "translations.sqlite3") as older:
        older.execute("CREATE TABLE translations (key TEXT PRIMARY KEY, text TEXT)")
        older.execute("INSERT INTO translations VALUES ('key-1', 'UN')")
    older.close()
    cache = TranslationCache(tmp_path)
    assert cache.warnings == ()  # not set aside: it is briefing's own
    assert cache.get_many(["key-1"]) == {}  # no confidence: translated again
    cache.put_many(ENTRIES)
    assert TranslationCache(tmp_path).get_many(list(ENTRIES)) == ENTRIES
