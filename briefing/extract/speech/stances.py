"""Stances reported as acts: `the ministry denied the reports`, `expressed support for …`.

Some reported speech is an act with an object rather than a reporting verb before a clause.
A denial's text is the whole act with its subject (`the ministry denied the reports`), since
the object alone does not say who denies what; a `that` clause after it is reported as
other clauses are. An expressed stance (`expressed his support for the plan`) is the act
and its object. Passives (`was denied entry`) and refusals (`denied them visas`) are acts,
not speech, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.speech.quotes import QuoteSpan
from briefing.extract.speech.subjects import subject_before

_ACT = re.compile(
    r"\b(?P<deny>denied|denies|deny|refuted|refutes)\b|"
    r"\bexpress(?:ed|es)\s+(?:(?:his|her|their|its|our|full|strong|firm|continued)\s+){0,2}"
    r"(?:support|opposition|solidarity|concern|regret|gratitude)\s+(?:for|with|over|about)\s"
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|the|a|an|this|these|those|no|its|their)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)  # `was denied entry`, `the denied claims`: no act of speech
_REFUSAL = re.compile(
    r"\s*(?:him|her|them|us|me|access|entry|permission|bail|visas?|requests?|applications?)\b",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"[,;:.!?“”\"()]|\s(?:and|but)\s+(?:\w+ly\s+)?(?:\w+ed|has|have|had|is|are|was|were|will)\b|"
    r"\s(?:after|because|while|when|since|despite|although|as)\s"
)
_OPENER = re.compile(
    r"^(?:(?:although|though|while|but|and|yet|however|when|if|because|since)\b[,\s]*)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Stance:
    """A reported act: its paragraph offsets and the subject phrase that performs it."""

    start: int
    end: int
    subject: str


def stances(sentence: str, offset: int, quotes: list[QuoteSpan]) -> list[Stance]:
    """Denials and expressed stances in one sentence (offsets are paragraph offsets)."""
    if "den" not in sentence and "refut" not in sentence and "express" not in sentence:
        return []
    found: list[Stance] = []
    for match in _ACT.finditer(sentence):
        before = sentence[: match.start()]
        if _PASSIVE.search(before) or _inside(offset + match.start(), quotes):
            continue
        subject = subject_before(before)
        if subject is None:
            continue
        opener = _OPENER.match(subject)
        subject = subject[opener.end() :] if opener is not None else subject
        rest = sentence[match.end() :]
        if match.group("deny") is None:
            start = match.start()
        elif rest.lstrip().startswith("that ") or _REFUSAL.match(rest):
            continue  # a clause is the reporting verbs' work; a refusal is no speech
        else:
            at = before.rfind(subject)
            if at < 0:
                continue
            start = at
        stop = _OBJECT_END.search(sentence, match.end())
        end = stop.start() if stop is not None else len(sentence.rstrip())
        if len(sentence[match.end() : end].split()) < 2:
            continue
        found.append(Stance(offset + start, offset + end, subject))
    return found


def _inside(position: int, quotes: list[QuoteSpan]) -> bool:
    return any(span.start <= position < span.end for span in quotes)
