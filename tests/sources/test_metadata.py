"""YAML metadata a user writes wrong: each value PyYAML cannot build is named by its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write

from briefing.errors import InputErrors
from briefing.sources.files import read_articles

BODY = "Council Votes on the Budget\n\nThe council met on Monday.\n"


def only_reason(path: Path) -> str:
    with pytest.raises(InputErrors) as raised:
        read_articles([path])
    (problem,) = raised.value.problems
    assert "\n" not in problem.reason
    return f"{Path(problem.source).name}: {problem.reason}"


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        (
            "title: Budget\npublished: 2025-02-30",
            "the YAML at line 2 cannot be read: '2025-02-30' is no real date "
            "(day is out of range for month)",
        ),
        (
            "published: 0000-01-01",
            "the YAML at line 1 cannot be read: '0000-01-01' is no real date "
            "(year 0 is out of range)",
        ),
        (
            "published: 2025-03-01 10:00:00 +99:00",
            "the YAML at line 1 cannot be read: '2025-03-01 10:00:00 +99:00' is no real date",
        ),
        ("title: Budget\npages: 0x_", "the YAML at line 2 cannot be read: '0x_' is no real number"),
        (
            "published: !!timestamp 'soon'",
            "the YAML at line 1 cannot be read: 'soon' is no real date",
        ),
        ("title: [" * 2000 + "]" * 2000, "its YAML is nested too deeply to read"),
    ],
    ids=["february-30", "year-0", "offset-99-hours", "hex-without-digits", "tagged", "deep"],
)
def test_front_matter_values_yaml_cannot_build_name_their_line(
    tmp_path: Path, front_matter: str, reason: str
) -> None:
    path = write(tmp_path / "budget.md", f"---\n{front_matter}\n---\n{BODY}")
    assert only_reason(path).startswith(f"budget.md: {reason}")


def test_a_manifest_date_that_does_not_exist_names_the_manifest_line(tmp_path: Path) -> None:
    write(tmp_path / "budget.txt", BODY)
    manifest = write(
        tmp_path / "manifest.yaml",
        "articles:\n  - file: budget.txt\n    published: 2025-04-31\n",
    )
    assert only_reason(manifest) == (
        "manifest.yaml: the YAML at line 3 cannot be read: '2025-04-31' is no real date "
        "(day is out of range for month)"
    )
