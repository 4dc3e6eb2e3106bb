"""From paragraphs and metadata to an ``Article``: its headline and dateline found, the
page furniture set aside; and how many articles one build may read.
"""

from __future__ import annotations

import hashlib

from briefing.errors import InputError
from briefing.model import Article, Paragraph
from briefing.sources.furniture import furniture_flags, is_furniture_anywhere
from briefing.sources.language import declared_language, detected_language
from briefing.sources.metadata import Metadata, dateline_date, stated_date

MAX_PARAGRAPH_CHARACTERS = 300_000
"""The longest paragraph read. Attribution compares a paragraph's sentences with its
quotations, so its cost grows with the square of a paragraph's length: a page dump of
300,000 characters with no line breaks takes seconds, one of 5 MB would take many minutes.
News paragraphs are a few hundred characters."""


def check_article_count(count: int, max_articles: int) -> None:
    """Refuse more articles than the limit before any is read."""
    if count > max_articles:
        raise InputError(
            "input",
            f"{count:,} articles were given, over the limit of {max_articles:,} "
            "(raise it with --max-articles)",
        )


def build_article(
    source: str,
    blocks: list[str],
    metadata: Metadata,
    headline_in_body: bool,
    emphasised: frozenset[int] = frozenset(),
) -> Article:
    """The article ``blocks`` hold; the first is its headline when ``headline_in_body``
    allows it, no title is stated, and it reads like one. ``emphasised``: the indexes of
    the blocks set wholly in bold.
    """
    title = metadata.title
    headline_taken = (
        title is None
        and headline_in_body
        and _is_headline(blocks[0])
        and not is_furniture_anywhere(blocks[0], "")
    )
    if headline_taken:
        title = blocks[0]
    first_body = 1 if headline_taken else 0
    flags = list(furniture_flags(blocks, title or "", first_body))
    published = metadata.published
    # A date line or byline near the top is metadata, not text: it dates the article and
    # is dropped. A dateline opening the first paragraph dates it too, and stays text.
    for index in range(first_body, min(len(blocks), first_body + 3)):
        stated = stated_date(blocks[index])
        if stated is not None:
            published = published or stated
            flags[index] = True
            break
    opening = next(
        (
            text
            for text, flag in zip(blocks[first_body:], flags[first_body:], strict=True)
            if not flag
        ),
        "",
    )
    published = published or dateline_date(opening)
    paragraphs = tuple(
        Paragraph(number, text, emphasised=number - 1 in emphasised)
        for number, (text, furniture) in enumerate(zip(blocks, flags, strict=True), start=1)
        if not furniture
    )
    furniture = tuple(
        Paragraph(number, text)
        for number, (text, is_furniture) in enumerate(zip(blocks, flags, strict=True), start=1)
        if is_furniture
    )
    if not paragraphs:
        raise InputError(source, "holds no article text once page furniture is removed")
    longest = max(len(paragraph.text) for paragraph in paragraphs)
    if longest > MAX_PARAGRAPH_CHARACTERS:
        raise InputError(
            source,
            f"has a paragraph of {longest:,} characters, over the {MAX_PARAGRAPH_CHARACTERS:,} "
            "one paragraph may hold; separate its paragraphs with blank lines",
        )
    cleaned = "\n\n".join(paragraph.text for paragraph in paragraphs)
    article = Article(
        source=source,
        title=title,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(cleaned.encode("utf-8")).hexdigest(),
        publisher=metadata.publisher,
        author=metadata.author,
        published=published,
        url=metadata.url,
        language=declared_language(metadata.language)
        or detected_language([title or "", *(paragraph.text for paragraph in paragraphs)]),
        furniture=furniture,
    )
    return article


def _is_headline(text: str) -> bool:
    """A page dump's first line is a headline unless it reads like a body paragraph."""
    return len(text.split()) <= 30 and not text.endswith(".")
