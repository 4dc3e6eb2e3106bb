"""Manifests: the article files they list, with the metadata that wins over the files' own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES

from briefing.errors import InputError
from briefing.sources.files import read_articles
from briefing.sources.manifests import manifest_entries


def test_manifest_metadata_wins_and_paths_are_relative_to_it() -> None:
    articles = read_articles([EXAMPLES / "manifest.yaml"]).articles
    assert [Path(a.source).name for a in articles] == [
        "river-valley-floods.txt",
        "council-budget-vote.md",
        "port-strike.html",
    ]
    floods = articles[0]
    assert floods.publisher == "Valley Dispatch (sample)"
    assert floods.published == date(2025, 11, 18)  # from the text's own dateline


def test_each_entry_names_its_file_beside_the_manifest_with_its_metadata(tmp_path: Path) -> None:
    manifest = tmp_path / "lists" / "manifest.yaml"
    text = "articles:\n  - file: a.txt\n    publisher: Valley Dispatch\n  - file: ../b.md\n"
    entries = manifest_entries(manifest, text)
    assert [path.resolve() for path, _ in entries] == [
        (tmp_path / "lists" / "a.txt").resolve(),
        (tmp_path / "b.md").resolve(),
    ]
    assert [metadata.publisher for _, metadata in entries] == ["Valley Dispatch", None]


def test_a_manifest_with_no_entries_is_refused() -> None:
    with pytest.raises(InputError, match="a manifest needs an 'articles:' list of entries"):
        manifest_entries(Path("manifest.yaml"), "articles: []\n")


def test_a_manifest_that_repeats_values_by_alias_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    lists = "\n".join(f"l{n}: &l{n} [{','.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 9))
    text = f"l0: &l0 [a, a, a, a, a, a, a, a, a]\n{lists}\narticles:\n  - file: a.txt\n"
    text += "    publisher: *l8\n"
    with pytest.raises(InputError) as raised:
        manifest_entries(tmp_path / "manifest.yaml", text)
    assert raised.value.reason == (
        "the YAML at line 2 cannot be read: an alias (*l0) repeats a value; write each value out"
    )
