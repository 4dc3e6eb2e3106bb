"""Page furniture: the lines a web page wraps around an article.

Page-text dumps carry comment prompts, navigation, image-caption residue, author bios,
disclaimers and lists of related links. The rules here are general shapes of such lines,
never lists of particular pages; they decide, paragraph by paragraph, what is furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Whole-line prompts and navigation that news sites print around every article.
_NAVIGATION = re.compile(
    r"""^(?:
        \d+\s+(?:comments?|responses?|replies|shares?)
      | (?:post|leave|add|write|view|show|load)\s+(?:an?\s+)?(?:new\s+)?
        (?:comments?|reply|responses?)
      | (?:more|related|latest|recent|top|trending|popular)\s+
        (?:news|stories|articles|posts|reads?)
      | you\s+may\s+also\s+like | read\s+(?:more|next|also) | see\s+also
      | recommended(?:\s+for\s+you)?
      | exit\s+mobile\s+version | skip\s+to\s+(?:main\s+)?content | back\s+to\s+top
      | share(?:\s+(?:this|on\s+\w+))? | tweet | print | email | advertisement | sponsored
      | subscribe(?:\s+to\s+(?:our|the)\s+newsletter)? | sign\s+up | log\s*in
      | (?:image|photo|picture)\s*(?:credit)?\s*:.*
      | tags?\s*:.* | categor(?:y|ies)\s*:.*
    )[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# Residue of images and caption tables left by HTML-to-text converters: `![]() |`, `Caption |`.
_CAPTION_RESIDUE = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)\s*)*\|?$|\|\s*$")

# "The views expressed … do not necessarily represent …": an outlet's opinion disclaimer.
_DISCLAIMER = re.compile(
    r"^(?:note|disclaimer)\s*:|do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)"
    r"|views?\s+(?:expressed\s+)?(?:of|by)\s+the\s+authors?",
    re.IGNORECASE,
)

# "Jane Roe is a journalist …" at the foot of the page: a contributor's bio.
_BIO = re.compile(
    r"^(?:About\s+the\s+author\b|(?:[A-Z][\w'’.-]+\s){1,3}(?:is|was)\s+(?:an?|the)\s+"
    r"(?:\w+\s+){0,4}?(?:journalist|writer|reporter|author|editor|analyst|activist|"
    r"entrepreneur|entrepenuer|researcher|contributor|correspondent|columnist|student|"
    r"professor|founder|expert|commentator|freelance))"
)

_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")


def _is_link_title(text: str) -> bool:
    """A headline-shaped line: short, mostly capitalised words, no closing punctuation."""
    words = text.split()
    if not 2 <= len(words) <= 16 or _SENTENCE_END.search(text):
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return capitalised / len(words) >= 0.6


def is_furniture_anywhere(text: str, title: str) -> bool:
    """Furniture wherever it stands: navigation, caption residue, a repeated headline."""
    stripped = text.strip()
    return bool(
        _NAVIGATION.match(stripped)
        or _CAPTION_RESIDUE.search(stripped)
        or (stripped == title.strip() and stripped != "")
    )


def _is_tail_furniture(text: str) -> bool:
    """Furniture only when nothing but furniture follows it: bios, disclaimers, link lists."""
    return bool(_BIO.match(text) or _DISCLAIMER.search(text) or _is_link_title(text))


def furniture_flags(texts: Sequence[str], title: str, first_body: int) -> tuple[bool, ...]:
    """Which of ``texts`` are furniture; those before ``first_body`` are never judged.

    The tail is read backwards: link titles, bios and disclaimers count as furniture
    only while every paragraph after them is furniture too, so a crosshead or a short
    closing line inside the article is kept.
    """
    flags = [
        index >= first_body and is_furniture_anywhere(text, title)
        for index, text in enumerate(texts)
    ]
    for index in range(len(texts) - 1, first_body, -1):
        if flags[index]:
            continue
        if not _is_tail_furniture(texts[index].strip()):
            break
        flags[index] = True
    return tuple(flags)
