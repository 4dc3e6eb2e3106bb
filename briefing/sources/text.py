"""Plain text and Markdown articles: paragraphs, and the YAML front matter above them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.errors import InputError
from briefing.sources.metadata import Metadata, load_yaml, stated_metadata

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
# A block in bold from end to end, with no bold run closed inside it.
_MARKDOWN_BOLD_BLOCK = re.compile(r"(\*\*|__)(?=\S)(?:(?!\1).)+(?<=\S)\1")


def read_text(
    text: str, source: str, markdown: bool
) -> tuple[list[str], Metadata, bool, frozenset[int]]:
    """The paragraphs, the front matter's metadata, whether the first block may be the
    headline (only without front matter), and which blocks are wholly in bold.
    """
    metadata = Metadata()
    front = _FRONT_MATTER.match(text)
    if front:
        stated = load_yaml(front.group(1), source)
        if not isinstance(stated, Mapping):
            raise InputError(source, "front matter must be YAML 'key: value' lines")
        metadata = stated_metadata(stated, source)
        text = text[front.end() :]
    marked = (
        _markdown_blocks(text) if markdown else [(block, False) for block in _text_blocks(text)]
    )
    if not marked:
        raise InputError(source, "is empty")
    blocks = [block for block, _ in marked]
    emphasised = frozenset(index for index, (_, bold) in enumerate(marked) if bold)
    # Without front matter the first block is the headline, and counts as paragraph 1.
    return blocks, metadata, front is None, emphasised


def _text_blocks(text: str) -> list[str]:
    """Paragraphs of plain text: one per line, or per block when lines are hard-wrapped."""
    lines = [line.strip() for line in text.split("\n")]
    blocks = [block for block in re.split(r"\n\s*\n", text) if block.strip()]
    wrapped = (
        len(blocks) > 1
        and any("\n" in block.strip() for block in blocks)
        and max(map(len, lines)) <= 100
    )
    if wrapped:
        return [" ".join(block.split()) for block in blocks]
    return [" ".join(line.split()) for line in lines if line]


def _markdown_blocks(text: str) -> list[tuple[str, bool]]:
    """Each block's text without its markup, and whether it was set wholly in bold."""
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        joined = " ".join(_MARKDOWN_HEADING.sub("", line).strip() for line in block.split("\n"))
        linked = _MARKDOWN_LINK.sub(r"\1", joined).strip()
        bold = _MARKDOWN_BOLD_BLOCK.fullmatch(linked) is not None
        plain = " ".join(_MARKDOWN_EMPHASIS.sub(r"\2", linked).split())
        if plain:
            blocks.append((plain, bold))
    return blocks
