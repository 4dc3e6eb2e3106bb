"""Who speaks: the people and roles an article names, and whom a subject phrase means.

A first pass over the whole article collects full names (``Jane Roe``), the roles they are
given (``Jane Roe, the mayor of X`` / ``The French MP, Jane Roe``) and surnames, so a later
``Roe``, ``the mayor`` or a headline's ``Mayor`` resolves to the full name. Pronouns are
resolved by the caller, who knows the last speaker. When a subject cannot be resolved to a
person, an organisation-like phrase is kept as written and anything vaguer becomes None:
no speaker is better than a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.extract.speech.names import HONORIFICS, NAME, person_name, unpossessed
from briefing.extract.speech.subjects import PRONOUNS, VERBISH, clean_phrase

_NON_SPEAKERS = frozenset(
    [
        "i",
        "we",
        "you",
        "it",
        "they",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "one",
        "some",
        "many",
        "others",
        "group",
        "there",
        "here",
    ]
)
_COORDINATED = re.compile(r"\s(?:and|or|&)\s|,")
_APPOSITION_AFTER = re.compile(
    rf"(?P<name>{NAME.pattern}),\s+(?P<role>(?:the|a|an)\s+[^,;:“”\"]{{3,80}}?|"
    rf"[a-z][^,;:“”\"]{{2,80}}?\bof\b[^,;:“”\"]{{2,60}}?)(?=,|\.|\s+(?:said|says|stated))"
)
_APPOSITION_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<role>[^,;:()“”\"]{{2,60}}?),\s+(?P<name>{NAME.pattern}),"
)


@dataclass
class Cast:
    """The people an article names, with their roles and surnames."""

    names: Counter[str] = field(default_factory=Counter)
    roles: dict[str, list[str]] = field(default_factory=dict)
    heads: dict[str, list[str]] = field(default_factory=dict)
    mentions: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Per text, where each person's name stands, so readers need not search again."""

    @classmethod
    def of(cls, texts: Iterable[str]) -> Cast:
        cast = cls()
        for text in texts:
            mentions: list[tuple[int, str]] = []
            before_name = False
            for match in NAME.finditer(text):
                name = person_name(match.group(0))
                if name is None:
                    continue
                cast.names[name] += 1
                mentions.append((match.start(), name))
                before_name = before_name or text[match.end() : match.end() + 1] == ","
                first = match.group(0).split()[0]
                if first.lower() in HONORIFICS:
                    cast.add_role(first, name)
            cast.mentions[text] = mentions
            if not before_name:
                continue  # both appositions need a comma after a name
            for pattern in (_APPOSITION_AFTER, _APPOSITION_BEFORE):
                for match in pattern.finditer(text):
                    name = person_name(match.group("name"))
                    if name is not None:
                        cast.add_role(match.group("role"), name)
        return cast

    def named_in(self, text: str, start: int, end: int) -> list[str]:
        """Full names of the people named in ``text[start:end]``, in order."""
        if text not in self.mentions:
            self.mentions[text] = [
                (match.start(), name)
                for match in NAME.finditer(text)
                if (name := person_name(match.group(0))) is not None
            ]
        return [self.full_name(name) for at, name in self.mentions[text] if start <= at < end]

    def add_role(self, role: str, name: str) -> None:
        key = _role_key(role)
        if not key:
            return
        self.roles.setdefault(key, []).append(name)
        self.heads.setdefault(role_head(role), []).append(name)

    def full_name(self, name: str) -> str:
        """The fullest registered form of a name or surname (`Roe` → `Jane Roe`)."""
        if name in self.names or " " in name:
            return name
        candidates = [full for full in self.names if full.split()[-1] == name]
        if not candidates:
            return name
        return max(candidates, key=lambda full: (self.names[full], -len(full)))

    def by_role(self, phrase: str) -> str | None:
        key = _role_key(phrase)
        exact = self.roles.get(key)
        if exact:
            return Counter(exact).most_common(1)[0][0]
        holders = self.heads.get(role_head(phrase))
        if holders and " of " in key:
            # `the leader of X` is not whoever leads Y: the complements must agree.
            holders = [
                name
                for role, names in self.roles.items()
                if role_head(role) == role_head(phrase) and _same_complement(key, role)
                for name in names
            ]
        if holders and len(set(holders)) == 1:
            return holders[0]
        if holders:
            return Counter(holders).most_common(1)[0][0]
        return None

    def resolve(self, phrase: str, last_speaker: str | None) -> str | None:
        """The speaker a subject phrase names, or None when it names no one clearly."""
        phrase = clean_phrase(phrase)
        if not phrase:
            return None
        lowered = phrase.lower()
        if lowered in PRONOUNS:
            return last_speaker
        if lowered in _NON_SPEAKERS:
            return None
        if _COORDINATED.search(phrase):
            # `Roe and Doe`, `members like A, B, and C`: a group, never one of its members.
            whole = self.by_role(phrase)
            return whole or (None if len(phrase.split()) > 12 else phrase)
        for match in NAME.finditer(phrase):
            name = person_name(match.group(0))
            if name is not None:
                return self.full_name(name)
        words = phrase.split()
        if len(words) == 1 and words[0][0].isupper():
            bare = unpossessed(words[0])
            full = self.full_name(bare)
            if full != bare or bare in self.names:
                return full
            return self.by_role(bare) or (bare if bare.lower() not in _NON_SPEAKERS else None)
        person = self.by_role(phrase)
        if person is not None:
            return person
        head = role_head(phrase)
        if head in _NON_SPEAKERS or len(words) > 12 or VERBISH.intersection(lowered.split()):
            return None
        return phrase


def role_head(role: str) -> str:
    """The noun a role phrase is about: `the leader of the X` and `the X leader` → leader."""
    role = re.sub(r"\([^)]*\)", "", role)
    before_of = re.split(r"\s+of\s+", role.strip(), maxsplit=1)[0]
    words = before_of.split()
    return words[-1].lower().strip(".,") if words else ""


def _role_key(role: str) -> str:
    role = re.sub(r"\([^)]*\)", "", role)
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(role.lower().split()))


def _same_complement(key: str, role: str) -> bool:
    """Whether two roles' `of …` complements may name the same body (`the NRF` ~ `the
    National Resistance Front`): a shared word, or one an acronym of the other."""
    if " of " not in role:
        return True  # `the mayor` may be the mayor of anywhere
    ours, theirs = (_complement(text) for text in (key, role))
    if ours & theirs:
        return True
    initials = "".join(word[0] for word in sorted(theirs, key=role.find))
    return any(len(word) > 1 and word in initials for word in ours)


def _complement(role: str) -> set[str]:
    words = role.split(" of ", 1)[1].split()
    return {word.strip(".,") for word in words if word not in ("the", "a", "an", "of", "and")}
