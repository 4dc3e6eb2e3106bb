"""The extract stage on short invented passages, and its quality gate on the seed articles."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from briefs import invented_article
from conftest import REPO, SEEDS

from briefing.extract.extraction import extract
from briefing.model import Article, ArticleKind, Extraction, QuoteType
from briefing.render.records import extraction_record
from briefing.sources.files import read_articles

BENCH = REPO / "bench" / "eval_extraction.py"


def run(*texts: str, **options: object) -> Extraction:
    return extract(invented_article(*texts, **options))  # type: ignore[arg-type]


def direct(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extraction.quotes if q.type is QuoteType.DIRECT]


def reported(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extraction.quotes if q.type is QuoteType.INDIRECT]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("Mayor Lena Ortiz opened the bridge. “We built it in a year,” she said.",),
            [("We built it in a year", "Lena Ortiz")],
        ),
        (
            ("“The river is rising. We are ready,” said Paul Brandt, the fire chief.",),
            [("The river is rising. We are ready", "Paul Brandt")],
        ),
        (
            ("Paul Brandt, the fire chief, said: “Stay indoors tonight.”",),
            [("Stay indoors tonight.", "Paul Brandt")],
        ),
        (
            (
                "“Nobody listened,” Brandt said. “Now the town pays for it.”",
                "Earlier, Paul Brandt had met the council.",
            ),
            [("Nobody listened", "Paul Brandt"), ("Now the town pays for it.", "Paul Brandt")],
        ),
        (
            (
                "Asked about the budget, the fire chief Paul Brandt replied:",
                "“We need two more trucks before winter.”",
            ),
            [("We need two more trucks before winter.", "Paul Brandt")],
        ),
        (
            ('Nora Vance, a local teacher, told the crowd "the school will stay open."',),
            [("the school will stay open", "Nora Vance")],
        ),
    ],
    ids=[
        "pronoun-after",
        "said-x-after",
        "colon-before",
        "interrupted",
        "colon-paragraph",
        "straight-marks-fragment",
    ],
)
def test_direct_quotes_and_speakers(
    texts: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert direct(run(*texts)) == expected


def test_pronoun_two_sentences_back() -> None:
    extraction = run(
        "Ines Moreau, the regional governor, visited the flooded valley on Monday. "
        "The roads were closed. Water covered the fields. "
        "“This is the worst flood in memory,” she said."
    )
    assert direct(extraction) == [("This is the worst flood in memory", "Ines Moreau")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            (
                "Karl Weiss, the chairman of the harbour board, met dock workers on Friday.",
                "The chairman said the new cranes would arrive in spring.",
                "Weiss added that wages would rise.",
            ),
            [
                ("the new cranes would arrive in spring", "Karl Weiss"),
                ("wages would rise", "Karl Weiss"),
            ],
        ),
        (
            ("Ada Okoro said the levee was weak, adding that repairs would take months.",),
            [("the levee was weak", "Ada Okoro"), ("repairs would take months", "Ada Okoro")],
        ),
    ],
    ids=["role-and-surname-resolve-to-full-name", "second-verb-starts-new-clause"],
)
def test_reported_clauses_and_their_speakers(
    texts: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert reported(run(*texts)) == expected


def test_quote_spanning_two_paragraphs_keeps_its_speaker() -> None:
    extraction = run(
        "Tomas Lind said: “The harvest failed in the north. Prices will climb.",
        "“We have asked for help from the capital.”",
    )
    assert direct(extraction) == [
        ("The harvest failed in the north. Prices will climb.", "Tomas Lind"),
        ("We have asked for help from the capital.", "Tomas Lind"),
    ]
    assert [q.paragraph for q in extraction.quotes] == [1, 2]


def test_nested_quote_is_one_quotation() -> None:
    extraction = run("“They told us ‘wait’ for a week and nothing came,” said Ada Okoro.")
    assert direct(extraction) == [("They told us ‘wait’ for a week and nothing came", "Ada Okoro")]


def test_relayed_quote_keeps_original_speaker_and_relay() -> None:
    extraction = run(
        "Jonas Berg, a senator, quoted Clara Holm as saying: “Our ports must stay open.”"
    )
    [quote] = [q for q in extraction.quotes if q.type is QuoteType.DIRECT]
    assert (quote.speaker, quote.relayed_by) == ("Clara Holm", "Jonas Berg")


@pytest.mark.parametrize(
    "text",
    [
        "He has shared his “worries!” about the market with friends.",
        "Delegates met at the “Future of Coastal Cities” summit in Lisbon.",
        "The so-called “reform” left most rules in place.",
    ],
    ids=["scare-quote", "event-name", "single-word"],
)
def test_not_quotes(text: str) -> None:
    assert direct(run(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Okoro said the dam would hold through the storm.",
            ("the dam would hold through the storm", "Ada Okoro"),
        ),
        (
            "Ada Okoro argued that the dam would hold through the storm.",
            ("the dam would hold through the storm", "Ada Okoro"),
        ),
        (
            "The dam would hold through the storm, Ada Okoro said.",
            ("The dam would hold through the storm", "Ada Okoro"),
        ),
        (
            "According to Ada Okoro, the dam would hold through the storm.",
            ("the dam would hold through the storm", "Ada Okoro"),
        ),
        (
            "Ada Okoro told reporters that the dam would hold through the storm.",
            ("the dam would hold through the storm", "Ada Okoro"),
        ),
        (
            "Ada Okoro acknowledged that the levee had failed twice.",
            ("the levee had failed twice", "Ada Okoro"),
        ),
        (
            "Ada Okoro acknowledged the old levee had failed twice.",
            ("the old levee had failed twice", "Ada Okoro"),
        ),
        (
            "Ada Okoro revealed Paul Brandt, the fire chief, had resigned in March.",
            ("Paul Brandt, the fire chief, had resigned in March", "Ada Okoro"),
        ),
    ],
    ids=[
        "said-bare",
        "argued-that",
        "postposed",
        "according-to",
        "told-that",
        "sometimes-that-clause",
        "sometimes-bare-clause",
        "sometimes-bare-clause-appositive",
    ],
)
def test_reported_speech(text: str, expected: tuple[str, str]) -> None:
    assert reported(run(text)) == [expected]


def test_figure_claimant_is_the_speaker_of_its_clause() -> None:
    extraction = run(
        "Ada Okoro runs the relief agency. She said the agency fed 12,000 families in May.",
        "The town has 40 schools.",
    )
    claims = {f.text: f.claimed_by for f in extraction.figures}
    assert claims["12,000 families"] == "Ada Okoro"
    assert claims["40 schools"] is None  # the article's own voice


def test_figure_claimant_named_in_the_previous_sentence() -> None:
    extraction = run(
        "Ada Okoro, the agency's director, spoke at the briefing on Tuesday. "
        "According to her, the agency fed 12,000 families."
    )
    [figure] = extraction.figures
    assert figure.claimed_by == "Ada Okoro"


def test_denied_figures_are_disputed() -> None:
    extraction = run(
        "According to figures released by the rebel press office, its units destroyed "
        "14 tanks. The army has denied these claims."
    )
    [figure] = extraction.figures
    assert figure.claimed_by == "the rebel press office"
    assert figure.disputed


@pytest.mark.parametrize(
    ("furniture", "texts", "title", "kind"),
    [
        ((), ("Rain fell across the region on Monday.",), "Storm hits the coast", ArticleKind.NEWS),
        (
            ("The views expressed are those of the author and do not necessarily reflect ours.",),
            ("The plan is a mistake.",),
            None,
            ArticleKind.OPINION,
        ),
        ((), ("In a long interview, I asked her about the strike.",), None, ArticleKind.INTERVIEW),
        (
            (),
            ("The minister said in her speech that taxes would fall.",),
            "Minister addresses parliament",
            ArticleKind.SPEECH_REPORT,
        ),
    ],
    ids=["news", "opinion-disclaimer", "interviewer", "speech"],
)
def test_kind(
    furniture: tuple[str, ...], texts: tuple[str, ...], title: str | None, kind: ArticleKind
) -> None:
    assert run(*texts, title=title, furniture=furniture).kind is kind


def test_record_shape(tmp_path: Path) -> None:
    path = tmp_path / "piece.txt"
    path.write_text(
        "Bridge reopens\n\n“It is safe,” said Lena Ortiz.\n\n0 Comments\n", encoding="utf-8"
    )
    record = extraction_record(extract(read_articles([path]).articles[0]))
    assert record == {
        "file": str(path),
        "title": "Bridge reopens",
        "published": None,
        "language": "en",
        "kind": "news",
        "quotes": [
            {
                "text": "It is safe",
                "speaker": "Lena Ortiz",
                "type": "direct",
                "paragraph": 2,
                "relayed_by": None,
                "speaker_evidence": "named",
            }
        ],
        "figures": [],
    }
    json.dumps(record)


def test_a_figure_in_the_articles_own_voice_is_claimed_by_the_article_in_json() -> None:
    record = extraction_record(run("The town has 40 schools."))
    assert [(f["text"], f["claimed_by"]) for f in record["figures"]] == [
        ("40 schools", "the article")
    ]


def _seed_articles() -> list[Article]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (CI clones shared/ beside the repo)")
    return list(read_articles(sorted(SEEDS.glob("*.txt"))).articles)


def test_every_item_is_a_slice_of_its_paragraph() -> None:
    for seed in _seed_articles():
        extraction = extract(seed)
        for item in (*extraction.quotes, *extraction.figures):
            assert item.text in seed.paragraph(item.paragraph).text, (seed.source, item)


def _bench_report(gold_path: Path) -> Any:
    """bench/eval_extraction.py's report on the articles ``gold_path`` annotates."""
    spec = importlib.util.spec_from_file_location("eval_extraction", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    records, _ = bench.run_in_process(gold_path, gold)  # its timing is bench/'s concern
    return bench.evaluate(gold, records)


def test_figures_of_the_french_persian_and_dari_samples() -> None:
    """The invented samples hold the figures each language writes (each with its value);
    read by English rules they scored F1 0.18."""
    assert _bench_report(REPO / "tests" / "fixtures" / "figures" / "gold.json").figures.f1 >= 0.95


def test_quality_gate_on_seeds() -> None:
    """Levels reached on the seeds; a change may raise them, never quietly lower them."""
    _seed_articles()
    report = _bench_report(SEEDS / "gold.json")
    assert report.direct.f1 >= 0.95
    assert report.direct_speaker.value >= 0.95
    assert report.indirect.f1 >= 0.85
    assert report.figures.f1 >= 0.9
    assert report.claimed_by.value >= 0.95
    assert report.disputed.value >= 0.95


@pytest.mark.parametrize(
    "text",
    [
        "Several neighbouring states such as Norland, Estavia, and Korvia have acknowledged "
        "the provisional council as the lawful authority and have cut ties with the rebels.",
        "The ministry confirmed the appointment of a new harbour master for the eastern docks.",
        "Ada Okoro mentioned the flood defences of the old town in her closing remarks.",
        "The auditors revealed a gap in the accounts of the regional water board.",
        "Most residents believe the official account of the fire at the depot.",
    ],
    ids=["listed-subject", "confirmed-object", "mentioned-object", "revealed-object", "believe"],
)
def test_verbs_that_only_sometimes_report_need_a_clause(text: str) -> None:
    assert reported(run(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials from Norland, Estavia and Korvia said the border would reopen in May.",
            "Officials from Norland, Estavia and Korvia",
        ),
        (
            "Coastal states like Norland, Estavia, and Korvia argued that the quota was unfair.",
            "Coastal states like Norland, Estavia, and Korvia",
        ),
        (
            "Ada Okoro and Paul Brandt said the bridge would stay shut until spring.",
            "Ada Okoro and Paul Brandt",
        ),
    ],
    ids=["officials-from-list", "states-like-list", "two-people"],
)
def test_a_listed_subject_is_never_its_last_item(text: str, speaker: str) -> None:
    assert [who for _, who in reported(run(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels said they shelled the depot. But the army has denied these claims and "
            "closed the road.",
            [
                ("Rebels", "they shelled the depot"),
                ("the army", "the army has denied these claims"),
            ],
        ),
        (
            "Although port officials recently denied reports of a strike, ships are waiting.",
            [("port officials", "port officials recently denied reports of a strike")],
        ),
        (
            "The minister denied any wrongdoing in the deal.",
            [("The minister", "The minister denied any wrongdoing in the deal")],
        ),
        (
            "Later, the governor expressed her support for the new dam.",
            [("the governor", "expressed her support for the new dam")],
        ),
        (
            "Ada Okoro visited the site. She made it clear that the dam would not be raised.",
            [("Ada Okoro", "the dam would not be raised")],
        ),
    ],
    ids=[
        "denial-as-act",
        "denial-after-conjunction",
        "denial-of-wrongdoing",
        "expressed-support",
        "made-it-clear",
    ],
)
def test_stances_reported_as_acts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(speaker, quote) for quote, speaker in reported(run(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The reporters were denied access to the camp.",
        "Guards denied them entry at the border.",
        "She expressed her support in a speech.",
        "The minister denied that the camp existed.",
        "The denied claims were old.",
    ],
    ids=[
        "passive",
        "refusal",
        "no-object-of-support",
        "that-clause-is-a-reporting-verb",
        "adjective",
    ],
)
def test_acts_that_are_not_stances(text: str) -> None:
    assert all(
        "denied" not in quote and "expressed" not in quote for quote, _ in reported(run(text))
    )


def test_a_role_of_another_body_is_another_person() -> None:
    extraction = run(
        "Ines Moreau, the leader of the Harbour Workers Union, met the board.",
        "The leader of the Green Party also expressed his support for the strike.",
        "The leader of the HWU said the talks would resume.",
    )
    assert reported(extraction) == [
        ("expressed his support for the strike", "The leader of the Green Party"),
        ("the talks would resume", "Ines Moreau"),
    ]


def test_figures_are_read_by_the_rules_of_the_articles_language() -> None:
    text = "La crue a touché 25 000 foyers ; l'État verse 3,5 millions d'euros."
    french = dataclasses.replace(invented_article(text), language="fr")
    found = [(figure.text, figure.value, figure.unit) for figure in extract(french).figures]
    assert found == [("25 000 foyers", 25000, "foyers"), ("3,5 millions d'euros", 3.5e6, "EUR")]
    # Read by English rules the space splits the number and the comma groups it.
    english = dataclasses.replace(french, language="en")
    values = {figure.value for figure in extract(english).figures}
    assert not values & {25000, 3.5e6}


def test_a_relayed_claim_keeps_its_relay() -> None:
    extraction = run(
        "Ada Okoro runs the agency. According to Okoro, the Rebel Front claim to have "
        "trained 2,000 fighters."
    )
    [figure] = extraction.figures
    assert (figure.claimed_by, figure.relayed_by) == ("the Rebel Front", "Ada Okoro")
    own = run("Ada Okoro said the agency fed 12,000 families.")
    assert [(f.claimed_by, f.relayed_by) for f in own.figures] == [("Ada Okoro", None)]
