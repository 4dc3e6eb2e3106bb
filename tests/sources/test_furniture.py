"""Page furniture: the lines a page wraps around an article set aside, its own kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import write

from briefing.sources.files import read_articles
from briefing.sources.furniture import furniture_flags


def test_a_crosshead_inside_the_article_is_kept(tmp_path: Path) -> None:
    text = "Headline Here\n\nFirst paragraph of the story.\n\nWhat Comes Next\n\nThe end.\n"
    article = read_articles([write(tmp_path / "a.txt", text)]).articles[0]
    assert "What Comes Next" in [p.text for p in article.paragraphs]


def test_seed_page_furniture_is_removed(seeds: Path) -> None:
    import json

    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    articles = read_articles(sorted(seeds.glob("*.txt"))).articles
    for article, annotation in zip(articles, gold, strict=True):
        # The headline stays as paragraph 1 even where the page repeats it as furniture.
        kept = {p.text for p in article.paragraphs if p.text != article.title}
        assert not kept & set(annotation["boilerplate"]), article.source
        assert article.published == (
            date.fromisoformat(annotation["published"]) if annotation["published"] else None
        )


def test_navigation_and_caption_residue_are_furniture_wherever_they_stand() -> None:
    texts = ["Opening paragraph.", "Skip to main content", "Body paragraph.", "Photo |", "End."]
    assert furniture_flags(texts, "", 0) == (False, True, False, True, False)


def test_a_bio_or_disclaimer_is_furniture_only_at_the_foot_of_the_page() -> None:
    bio = "Jane Roe is a reporter covering the port for the paper."
    disclaimer = "The views expressed here do not necessarily reflect those of the paper."
    assert furniture_flags(["Story.", bio, "More story."], "", 0) == (False, False, False)
    assert furniture_flags(["Story.", bio, disclaimer], "", 0) == (False, True, True)


def test_the_headline_repeated_below_it_is_furniture_but_the_headline_is_not_judged() -> None:
    texts = ["Floods Hit the Valley", "Floods Hit the Valley", "Water rose overnight."]
    assert furniture_flags(texts, "Floods Hit the Valley", 1) == (False, True, False)
