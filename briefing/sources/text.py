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


def read_text(text: str, source: str, markdown: bool) -> tuple[list[str], Metadata, bool]:
    """The paragraphs, the front matter's metadata, and whether the first block may be the
    headline (only without front matter).
    """
    metadata = Metadata()
    front = _FRONT_MATTER.match(text)
    if front:
        stated = load_yaml(front.group(1), source)
        if not isinstance(stated, Mapping):
            raise InputError(source, "front matter must be YAML 'key: value' lines")
        metadata = stated_metadata(stated, source)
        text = text[front.end() :]
    blocks = _markdown_blocks(text) if markdown else _text_blocks(text)
    if not blocks:
        raise InputError(source, "is empty")
    # Without front matter the first block is the headline, and counts as paragraph 1.
    return blocks, metadata, front is None


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


def _markdown_blocks(text: str) -> list[str]:
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        plain = " ".join(_MARKDOWN_HEADING.sub("", line).strip() for line in block.split("\n"))
        plain = _MARKDOWN_EMPHASIS.sub(r"\2", _MARKDOWN_LINK.sub(r"\1", plain))
        plain = " ".join(plain.split())
        if plain:
            blocks.append(plain)
    return blocks
