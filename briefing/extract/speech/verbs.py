"""The verbs the extract stage listens for: reporting verbs and auxiliaries.

Reporting verbs come in two kinds: those that always report speech and those that report
it only before a clause. ``reporting_verbs`` finds them with one tokenisation of a
paragraph; the sentence-level readers then work on the offsets it returns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Verbs that always report speech, and verbs that report it only before a clause
# (`acknowledged that the talks failed`, not `acknowledged the new government`).
_SAY = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "state",
        "states",
        "stated",
        "stating",
        "stress",
        "stresses",
        "stressed",
        "stressing",
        "argue",
        "argues",
        "argued",
        "arguing",
        "warn",
        "warns",
        "warned",
        "warning",
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "explain",
        "explains",
        "explained",
        "explaining",
        "insist",
        "insists",
        "insisted",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "assert",
        "asserts",
        "asserted",
        "affirm",
        "affirms",
        "affirmed",
        "announce",
        "announces",
        "announced",
        "declare",
        "declares",
        "declared",
        "remark",
        "remarks",
        "remarked",
        "conclude",
        "concludes",
        "concluded",
        "urge",
        "urges",
        "urged",
        "replied",
        "replies",
        "responded",
        "promised",
        "vowed",
        "demand",
        "demands",
        "demanded",
        "demanding",
        "wrote",
        "writes",
        "tweeted",
        "quoted",
        # How the words were said, as tags give it (`…,” sobbed Kerry`, `she fumed`).
        "continued",
        "observed",
        "commented",
        "joked",
        "quipped",
        "quip",
        "quips",
        "laughed",
        "sighed",
        "sobbed",
        "fumed",
        "raged",
        "blasted",
        "shouted",
        "yelled",
        "cried",
        "whispered",
        "muttered",
        "snapped",
        "retorted",
        "countered",
        "conceded",
        "complained",
        "boasted",
        "pleaded",
        "testified",
        "reiterated",
        "recounted",
        "answered",
        "scoffed",
        "exclaimed",
        "mused",
        "marveled",
        "marvelled",
        "chuckled",
        "groused",
        "grumbled",
        "lamented",
        "cautioned",
    ]
)
_SOMETIMES = frozenset(
    [
        "deny",
        "denies",
        "denied",
        "denying",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "believe",
        "believes",
        "believed",
        "mention",
        "mentions",
        "mentioned",
        "reveal",
        "reveals",
        "revealed",
        "confirm",
        "confirms",
        "confirmed",
        "admit",
        "admits",
        "admitted",
        "maintain",
        "maintains",
        "maintained",
        "predict",
        "predicts",
        "predicted",
        "estimate",
        "estimates",
        "estimated",
        "suggest",
        "suggests",
        "suggested",
        "note",
        "notes",
        "noted",
        "noting",
        "recalled",
        "described",
        # `added $26,000 to the costs`: a sum added, unless a clause follows
        "add",
        "adds",
        "added",
        "adding",
    ]
)
_BE = frozenset({"remains", "is", "was", "are", "were"})
_BE_SURE = re.compile(r"\s+(?:confident|convinced|sure)\b", re.IGNORECASE)
_OUT = re.compile(r"\s+out\b", re.IGNORECASE)
# `state media reported`, `state-run television`, `a state of emergency`: the noun.
STATE_AS_NOUN = re.compile(
    r"(?:\s+|-)(?:media|television|tv|news|radio|broadcaster|agency|newspaper|press|"
    r"department|officials?|government|legislature|lawmakers|legislators|prosecutors?|"
    r"attorneys?|police|troopers|senators?|house|assembly|party|election|elections|"
    r"owned|run|controlled|funded|backed|sponsored|affiliated|level|capital|law|laws|of|"
    r"secrets?|visit|dinner|funeral|banquet|budget|workers|employees|schools?|university)\b",
    re.IGNORECASE,
)
_PLEA = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b", re.IGNORECASE)
_MAKE = frozenset({"make", "makes", "made", "making"})
_IT_CLEAR = re.compile(r"\s+it\s+(?:clear|plain)\b", re.IGNORECASE)
# Every word that may begin a reporting verb, looked up before anything around it is read.
_REPORTING_WORDS = _SAY | _SOMETIMES | _MAKE | _BE | {"pointed"}
_TOKEN = re.compile(r"\b[A-Za-z]{2,}\b")  # the verbs are ASCII words
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_SELF_BEFORE = re.compile(r"\bself-$", re.IGNORECASE)
# `Trump's remarks`, not `he's said` (has): a pronoun's `'s` is a verb's.
_CONTRACTED = "".join(
    rf"(?<!\b{pronoun})" for pronoun in ("he", "she", "it", "that", "who", "there", "what")
)
# A word after a possessive or a determiner is a noun (`Trump's remarks`, `her statement`):
# still a sign of speech, but of no subject.
_NOUN_BEFORE = re.compile(
    rf"(?:{_CONTRACTED}['’]s?|\b(?:his|her|their|its|our|my|your|the|a|an|this|these|those))\s+$",
    re.IGNORECASE,
)
REPORTING = re.compile(
    r"\b(?:"
    + "|".join(sorted(_SAY | _SOMETIMES, key=len, reverse=True))
    + r"|pointed\s+out|(?:make|makes|made|making)\s+it\s+(?:clear|plain)"
    + r"|(?:remains|is|was|are|were)\s+(?:confident|convinced|sure))\b",
    re.IGNORECASE,
)
"""The reporting verbs as one pattern, for matching at a known position only."""
# Verbs that give a short phrase in quotation marks as someone's own words about a thing:
# `branded the offer “an insult”`. (`so-called` names a label, not anyone's words.)
EVALUATIVE = re.compile(
    r"(?<!so-)\b(?:branded|brands|brand|branding|dubbed|dubs|dubbing|labell?ed|labels|"
    r"labell?ing|termed|terms|terming|called|calls|calling|"
    r"(?:described|describes|describing|referred\s+to|refers\s+to|referring\s+to|"
    r"dismissed|dismisses|dismissing|derided|derides|deriding|hailed|hails|hailing)"
    r"\s+[^“”\"]{1,40}\s+as)\b"
    # What is judged may be long (`called the neglect of advice from its own engineers
    # “reckless”`), but holds no clause of its own, where another may judge (`the bill
    # that his party's leader praised as “…”`; `called that figure “…”` is no clause).
    r"(?![^“”\".;:]*\b(?:which|who|whom|whose|had|has|have|was|were|is|are|will|would|"
    r"that\s+(?:his|her|their|its|the|a|an|(?-i:[A-Z])))\b)"
    r"[^“”\".;:]{0,100}$",
    re.IGNORECASE,
)
PARTICIPLE = re.compile(r"ing$")
# Finite auxiliaries: after a subject they show a clause, not a name, has begun.
AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
    ]
)


@dataclass(frozen=True, slots=True)
class Verb:
    """A reporting verb: its offsets, its words, and whether it needs a clause after it."""

    start: int
    end: int
    text: str
    needs_clause: bool = False


def reporting_verbs(text: str) -> list[Verb]:
    """The reporting verbs of ``text`` in order, found by one pass over its words.

    One tokenisation and set lookups instead of a case-insensitive alternation tried at
    every character: the alternation was most of the extract stage's time.
    """
    found: list[Verb] = []
    for token in _TOKEN.finditer(text):
        word = token.group().lower()
        if word not in _REPORTING_WORDS:
            continue  # most words: no verb, and no name or hyphen to look around for
        if token.group()[0].isupper() and _inside_name(text, token.start(), token.end()):
            continue  # `the United States is`, `the Islamic State had`: a name's last word
        if text[token.start() - 1 : token.start()] == "-" and not _SELF_BEFORE.search(
            text, max(0, token.start() - 5), token.start()
        ):
            continue  # `in-state`: part of a word (`self-described` still reports words)
        if word == "state" and STATE_AS_NOUN.match(text, token.end()):
            continue
        if word in ("pleaded", "pleads", "plead") and _PLEA.match(text, token.end()):
            continue  # `pleaded guilty to …`: a plea in court, no words reported
        if word in _SAY or word in _SOMETIMES:
            found.append(Verb(token.start(), token.end(), token.group(), word in _SOMETIMES))
        elif word in _MAKE:
            tail = _IT_CLEAR.match(text, token.end())
            if tail is not None:
                found.append(Verb(token.start(), tail.end(), text[token.start() : tail.end()]))
        elif word == "pointed" or word in _BE:
            tail = (_OUT if word == "pointed" else _BE_SURE).match(text, token.end())
            if tail is not None:
                found.append(Verb(token.start(), tail.end(), text[token.start() : tail.end()]))
    return found


# A verb's plain form that is also a noun, after a determiner and a word in the singular
# (`the cost estimate`, `a brief note`): no singular subject takes the plain form, and a
# plural one shows itself (`the analysts estimate`). `claim` is left out: British English
# gives a body a plural verb (`the club claim`).
_COMPOUND_NOUN = re.compile(
    r"\b(?i:his|her|their|its|our|my|your|the|a|an|this|that)\s+[a-z]+(?<!s)\s+"
    r"(?:estimate|note|remark|quip|mention)$"
)


# `dismissed that estimate as`, `in that report`: `that` a verb's or a preposition's
# object, a demonstrative before a noun (not `said that`, `analysts that estimate`).
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?:\b[a-z]+ed|\b(?:of|in|on|with|for|by|about|from|to|at))\s+that\s+$", re.IGNORECASE
)


def used_as_noun(text: str, verb: Verb) -> bool:
    """Whether a reporting word of ``text`` is a noun there (`Trump's remarks`, `the cost
    estimate`, `dismissed that estimate`)."""
    return (
        _NOUN_BEFORE.search(text, max(0, verb.start - 8), verb.start) is not None
        or _DEMONSTRATIVE_BEFORE.search(text, max(0, verb.start - 24), verb.start) is not None
        or _COMPOUND_NOUN.search(text, max(0, verb.start - 40), verb.end) is not None
    )


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word ends a name: a capitalised word before it, and no
    capitalised word after it (in a title-case headline, `Roe Says Plan Failed`, it is a verb)."""
    return bool(
        _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
        and not _CAPITALISED_AFTER.match(text, end)
    )


def verbs_within(verbs: Sequence[Verb], start: int, end: int) -> list[Verb]:
    """The verbs of a paragraph that lie in ``text[start:end]``, offsets made relative."""
    return [
        Verb(verb.start - start, verb.end - start, verb.text, verb.needs_clause)
        for verb in verbs
        if start <= verb.start and verb.end <= end
    ]
