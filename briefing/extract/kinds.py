"""What kind of piece an article is: news, opinion, interview or speech report.

The kind changes how quotes are read (in an interview an unattributed quotation is the
interviewee's) and how the brief presents the piece; it is judged from the title, the
page furniture and the opening paragraphs.
"""

from __future__ import annotations

import re

from briefing.extract.speech.quotes import quote_spans
from briefing.model import Article, ArticleKind

_OPINION_FURNITURE = re.compile(
    r"views?\s+(?:expressed\s+)?(?:of|by|are\s+those\s+of)\s+the\s+authors?|"
    r"do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)|\bop-?ed\b|\bopinion\b",
    re.IGNORECASE,
)
_OPINION_TITLE = re.compile(r"^(?:opinion|op-?ed|commentary|editorial|column)\b", re.IGNORECASE)
_INTERVIEW_TITLE = re.compile(r"\binterview\b|\bQ\s?&\s?A\b", re.IGNORECASE)
_INTERVIEWER = re.compile(
    r"\b(?:I\s+asked|asked\s+(?:him|her|them)\b.{0,40}\bI\b|with\s+me\b|I\s+interviewed|"
    r"told\s+me\b|I\s+spoke\s+(?:to|with))|\bI\s+asked\b",
    re.IGNORECASE,
)
_QA_LINE = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]")
_SPEECH = re.compile(
    r"\b(?:address(?:es|ed)?|speech|speaks?\s+(?:to|at|before)|keynote|lecture)\b",
    re.IGNORECASE,
)


def article_kind(article: Article) -> ArticleKind:
    """News unless the page shows an opinion disclaimer, an interviewer, or a speech."""
    title = article.title or ""
    if _OPINION_TITLE.match(title) or any(
        _OPINION_FURNITURE.search(block.text) for block in article.furniture
    ):
        return ArticleKind.OPINION
    # The reporter's own words: `told me` inside a villager's quotation is the villager's.
    narration = [_unquoted(paragraph.text) for paragraph in article.paragraphs]
    opening = " ".join(narration[:3])
    qa_lines = sum(1 for paragraph in article.paragraphs if _QA_LINE.match(paragraph.text))
    if _INTERVIEW_TITLE.search(title) or _INTERVIEWER.search(opening) or qa_lines >= 2:
        return ArticleKind.INTERVIEW
    speech_mentions = sum(len(_SPEECH.findall(text)) for text in narration)
    if _SPEECH.search(title) or speech_mentions >= 2:
        return ArticleKind.SPEECH_REPORT
    return ArticleKind.NEWS


def _unquoted(text: str) -> str:
    """``text`` without the words inside its quotation marks."""
    kept, at = [], 0
    for span in quote_spans(text):
        kept.append(text[at : span.start])
        at = span.end
    return "".join(kept) + text[at:]
