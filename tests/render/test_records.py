"""The JSON records: the brief's against its schema, and the brief and ``extract --json`` alike."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from briefs import full_brief
from conftest import EXAMPLES, run_briefing

from briefing.render.records import brief_record
from briefing.resources import resource_dir


@pytest.mark.parametrize("code", ["en", "fr", "prs"])
def test_a_translated_brief_follows_the_schema(code: str) -> None:
    """Translations, relayed and unattributed quotes, the article's own figures: all valid."""
    schema = json.loads((resource_dir("schemas") / "brief.schema.json").read_text())
    document = json.loads(json.dumps(brief_record(full_brief(code)), ensure_ascii=False))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(document)
    (first, *_) = document["articles"]
    assert first["lede"]["translation"]["text"] == "AID IS LATE."
    assert [quote["relayed_by"] for quote in first["quotes"]] == [None, "Radio Valley", None]


def test_the_brief_and_extract_json_describe_each_item_alike(tmp_path: Path) -> None:
    """A quote or figure the brief shows is the extract record's item marked ``key``."""
    manifest = EXAMPLES / "manifest.yaml"
    extracted = run_briefing("extract", manifest, "--json")
    built = run_briefing("build", manifest, "-o", tmp_path / "brief.json", "-f", "json")
    assert extracted.returncode == 0 and built.returncode == 0, extracted.stderr + built.stderr
    records = json.loads(extracted.stdout)
    brief = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    compared = 0
    for article in brief["articles"]:
        for quote in article["quotes"]:
            for citation in quote["citations"]:
                items = records[citation["source"] - 1]["quotes"]
                (item,) = [
                    i
                    for i in items
                    if (i["text"], i["paragraph"]) == (quote["text"], citation["paragraph"])
                ]
                assert item["key"]
                for field in ("speaker", "type", "relayed_by"):
                    assert item[field] == quote[field], field
                compared += 1
        for figure in article["figures"]:
            (citation,) = figure["citations"]
            items = records[citation["source"] - 1]["figures"]
            (item,) = [
                i
                for i in items
                if (i["text"], i["paragraph"]) == (figure["text"], citation["paragraph"])
            ]
            assert item["key"] and item["measures"] == figure["measures"]["text"]
            for field in ("value", "unit", "claimed_by", "disputed"):
                assert item[field] == figure[field], field
            compared += 1
    assert compared >= 12
