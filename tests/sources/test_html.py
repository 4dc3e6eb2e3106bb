"""HTML articles: the main text and the metadata of a page."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import EXAMPLES

from briefing.errors import InputError
from briefing.sources.files import read_articles
from briefing.sources.html import read_html


def test_html_main_text_and_metadata_through_trafilatura() -> None:
    article = read_articles([EXAMPLES / "articles" / "port-strike.html"]).articles[0]
    assert article.title == "Dock Workers End Eight-Day Strike After Wage Deal"
    assert article.publisher == "Coastal Times (sample)"
    assert article.author == "Priya Raman"
    assert article.published == date(2025, 11, 21)
    assert article.url == "https://example.org/coastal-times/dock-strike-ends"
    text = " ".join(p.text for p in article.paragraphs)
    assert "general secretary" in text
    assert "Sport" not in text and "Share this article" not in text


PAGE = """<html><head><title>Port Talks Resume</title></head><body><article>
<h1>Port Talks Resume</h1>
<p>The union said the talks on pay would resume on Monday at the harbour office.</p>
<p>Its leader wrote &lt;b&gt;no deal&lt;/b&gt; on a sign, and the crowd cheered loudly.</p>
</article></body></html>"""


def test_a_page_shows_its_escaped_markup_as_words_verbatim() -> None:
    blocks, metadata, _, _ = read_html(PAGE, "page.html")
    assert metadata.title == "Port Talks Resume"
    assert any("wrote <b>no deal</b> on a sign" in block for block in blocks)


def test_a_page_with_no_article_text_is_refused() -> None:
    with pytest.raises(InputError, match="no article text found in this HTML page"):
        read_html("<html><head><title>Home</title></head><body><p> </p></body></html>", "x.html")


INTERVIEW_PAGE = """<html><head><title>Water</title></head><body><article>
<h1>Water</h1>
<p>Ines Varga runs the valley's water board. She spoke to the Ledger about the drought.</p>
<p><strong>How full is the dam today? The farmers say it is empty.</strong></p>
<p>Less than a fifth full. We have not seen that since 1999, and it will get worse.</p>
<p>Because <b>nobody</b> planned for it, the river is now the only source of water left.</p>
</article></body></html>"""


def test_a_paragraph_set_wholly_in_bold_is_marked() -> None:
    blocks, _, _, emphasised = read_html(INTERVIEW_PAGE, "page.html")
    bold = [blocks[index] for index in sorted(emphasised)]
    assert bold == ["How full is the dam today? The farmers say it is empty."]
