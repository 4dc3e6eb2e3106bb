"""Who speaks: people and roles named in an article, and the subject of a reporting verb.

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

_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = r"[^\W\d_]"
_CAP = rf"[{_UPPER}]{_LETTER}*(?:[-'’]{_LETTER}+)*"
_CONNECTOR = r"(?:de|da|del|der|van|von|bin|al|la|le|du|dos)"
NAME = re.compile(rf"\b{_CAP}(?:\s+(?:{_CONNECTOR}\s+)?{_CAP}){{1,3}}\b")

# Capitalised words that start sentences or name things other than people.
_NOT_NAME_START = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "as",
        "after",
        "before",
        "during",
        "since",
        "while",
        "when",
        "however",
        "but",
        "and",
        "or",
        "if",
        "although",
        "though",
        "despite",
        "regarding",
        "according",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "we",
        "they",
        "he",
        "she",
        "it",
        "i",
        "there",
        "here",
        "today",
        "yesterday",
        "meanwhile",
        "also",
        "still",
        "even",
        "asked",
        "speaking",
    ]
)
_CALENDAR = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_ORG_WORDS = frozenset(
    [
        "front",
        "party",
        "council",
        "office",
        "ministry",
        "union",
        "nations",
        "parliament",
        "government",
        "administration",
        "republic",
        "army",
        "forces",
        "committee",
        "commission",
        "bank",
        "fund",
        "organization",
        "organisation",
        "agency",
        "department",
        "house",
        "court",
        "congress",
        "senate",
        "assembly",
        "association",
        "institute",
        "university",
        "news",
        "times",
        "post",
        "press",
        "process",
        "conference",
        "summit",
        "strategy",
        "movement",
        "group",
        "network",
        "media",
        "company",
        "corporation",
        "foundation",
        "alliance",
        "coalition",
        "state",
        "states",
        "kingdom",
        "police",
    ]
)
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "commander",
        "president",
        "minister",
        "senator",
        "rep",
        "representative",
        "governor",
        "mayor",
        "judge",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "ambassador",
        "secretary",
        "chancellor",
        "prime",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "lieutenant",
        "sergeant",
        "chairman",
        "chairwoman",
        "chair",
        "mp",
        "deputy",
        "speaker",
        "pope",
        "bishop",
        "rabbi",
        "imam",
        "sir",
        "lord",
        "lady",
        "dame",
    ]
)
PRONOUNS = frozenset({"he", "she", "him", "her"})
_VERBISH = frozenset(
    [
        "said",
        "told",
        "went",
        "gave",
        "says",
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
# Words between a subject and its verb (`Roe has also said`); adverbs in -ly as well.
_TRAILING = frozenset(
    [
        "also",
        "further",
        "then",
        "later",
        "previously",
        "recently",
        "once",
        "again",
        "repeatedly",
        "reportedly",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "could",
        "may",
        "might",
        "even",
        "however",
    ]
)
_ADVERB = re.compile(r"\w+ly", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:and|but|so|then|however|meanwhile|moreover|yet|also)\b[,\s]*)+", re.IGNORECASE
)
_PREPOSITION_START = re.compile(
    r"^(?:in|on|at|during|with|for|after|before|while|when|since|despite|regarding|about|"
    r"following|amid|among|under|over|from|to|into|as|by|through|speaking|asked|according)\b",
    re.IGNORECASE,
)
_LIST_END = re.compile(r"^(?:and|or)\s+\S", re.IGNORECASE)
_LIST_AND = re.compile(r"\s(?:and|or)\s")
_COORDINATED = re.compile(r"\s(?:and|or|&)\s|,")
_DETERMINER = re.compile(r"^(?:the|a|an|his|her|its|their|our)\s", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|who|which|whom)\s+", re.IGNORECASE)
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
                if first.lower() in _HONORIFICS:
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
        if holders and len(set(holders)) == 1:
            return holders[0]
        if holders:
            return Counter(holders).most_common(1)[0][0]
        return None

    def resolve(self, phrase: str, last_speaker: str | None) -> str | None:
        """The speaker a subject phrase names, or None when it names no one clearly."""
        phrase = _clean_phrase(phrase)
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
            bare = _unpossessed(words[0])
            full = self.full_name(bare)
            if full != bare or bare in self.names:
                return full
            return self.by_role(bare) or (bare if bare.lower() not in _NON_SPEAKERS else None)
        person = self.by_role(phrase)
        if person is not None:
            return person
        head = role_head(phrase)
        if head in _NON_SPEAKERS or len(words) > 12 or _VERBISH.intersection(lowered.split()):
            return None
        return phrase


def person_name(text: str) -> str | None:
    """``text`` as a person's name without title or possessive, or None if it is no name."""
    words = [_unpossessed(word) for word in text.split()]
    while words and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    if len(words) < 2 or len(words) > 4:
        return None
    if words[0].lower() in _NOT_NAME_START:
        return None
    if any(word.lower() in _CALENDAR or word.lower() in _ORG_WORDS for word in words):
        return None
    if any(word.isupper() and len(word) > 1 for word in words):
        return None  # acronyms belong to organisations
    return " ".join(words)


def _unpossessed(word: str) -> str:
    """``word`` without a possessive `'s`/`’s` or bare apostrophe (a regex was too slow)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def role_head(role: str) -> str:
    """The noun a role phrase is about: `the leader of the X` and `the X leader` → leader."""
    role = re.sub(r"\([^)]*\)", "", role)
    before_of = re.split(r"\s+of\s+", role.strip(), maxsplit=1)[0]
    words = before_of.split()
    return words[-1].lower().strip(".,") if words else ""


def _role_key(role: str) -> str:
    role = re.sub(r"\([^)]*\)", "", role)
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(role.lower().split()))


def _without_leading(phrase: str) -> str:
    leading = _LEADING.match(phrase)
    return phrase[leading.end() :] if leading is not None else phrase


def _without_trailing(text: str) -> str:
    """``text`` without the auxiliaries and adverbs that end it (`Roe has also` → `Roe`).

    A loop over the last words; the equivalent regex anchored at `$` was retried at
    every character of every subject.
    """
    while True:
        parts = text.rsplit(None, 1)
        if len(parts) < 2 or not (
            parts[1].lower() in _TRAILING or _ADVERB.fullmatch(parts[1]) is not None
        ):
            return text
        text = parts[0]


def _clean_phrase(phrase: str) -> str:
    phrase = " ".join(phrase.split()).strip(" ,;:—–-")
    phrase = _without_leading(phrase)
    phrase = _without_trailing(phrase).strip(" ,")
    lowered = phrase.lower()
    if "that" in lowered or "wh" in lowered:
        # After the last relative pronoun: `funds that Republicans` → Republicans.
        relatives = list(_RELATIVE.finditer(phrase))
        if relatives:
            phrase = phrase[relatives[-1].end() :]
    last = phrase.split()[-1:] if phrase else []
    if last and last[0].lower() in PRONOUNS:
        return last[0]  # `a point he` (described as …): the pronoun is the subject
    return phrase.strip(" ,")


def subject_before(text: str) -> str | None:
    """The subject phrase that ends ``text``, the words before a reporting verb.

    ``Jane Roe, the mayor, said`` → Jane Roe; ``In May, the minister said`` → the minister;
    ``Jane Roe, speaking at the summit, said`` → Jane Roe.
    """
    text = _without_trailing(text.rstrip())
    if text.endswith(","):
        segments = _segments(text[:-1])
        block: list[str] = []
        for segment in reversed(segments):
            if _is_noun_phrase(segment):
                block.append(segment)
            elif block:
                break
        if not block:
            return None
        for segment in block:
            if any(person_name(match.group(0)) for match in NAME.finditer(segment)):
                return segment
        return block[-1]
    segments = _segments(text)
    if len(segments) > 1 and (
        _LIST_END.match(segments[-1])
        or (_LIST_AND.search(segments[-1]) and _is_list_item(segments[-2]))
    ):
        return _list_subject(segments)
    last = _clean_phrase(segments[-1]) if segments else ""
    if re.search(r"(?:^|\s)(?:and|but)$", text) or not last:
        return None
    return last if len(last.split()) <= 12 else None


def _list_subject(segments: list[str]) -> str | None:
    """A listed subject as written (`members like A, B, and C`), never its last item.

    The list runs back from its `and C` item over short comma-separated items to the one
    that opens it; a list that does not open with a noun phrase names no one.
    """
    items: list[str] = []
    for segment in reversed(segments):
        if _PREPOSITION_START.match(segment):
            break
        items.append(segment)
        if len(items) > 1 and not _is_list_item(segment):
            break
    items.reverse()
    phrase = _without_leading(", ".join(items))
    if not _is_noun_phrase(phrase) or len(phrase.split()) > 12:
        return None
    return phrase


def _opens_list(segments: list[str], index: int) -> bool:
    after = index + 1
    while after < len(segments) and _is_list_item(segments[after]):
        after += 1
    if after == len(segments) or (after == index + 1 and not _is_list_item(segments[index])):
        return False
    head = " ".join(segments[after].split()[:4])
    return bool(_LIST_END.match(head) or (head[:1].isupper() and _LIST_AND.search(head)))


def _is_list_item(segment: str) -> bool:
    return len(segment.split()) <= 3 and segment[:1].isupper()


def sentence_subject(sentence: str) -> str | None:
    """The subject of a sentence's main clause: its first noun phrase after adverbials.

    None when that phrase opens a list (`A, B and C agreed`): no one item speaks for it.
    """
    segments = _segments(sentence)
    for index, segment in enumerate(segments):
        if _PREPOSITION_START.match(segment.strip()):
            continue
        if _opens_list(segments, index):
            return None
        words: list[str] = []
        for word in segment.split():
            bare = word.strip('“”"')
            # The first lower-case verb-looking word ends the subject phrase.
            if (
                words
                and bare[:1].islower()
                and (
                    (bare.endswith("ed") and words[-1].lower() not in {"the", "a", "an"})
                    or bare in _VERBISH
                )
            ):
                break
            words.append(word)
        phrase = " ".join(words)
        return phrase if 0 < len(words) <= 10 else None
    return None


def _segments(text: str) -> list[str]:
    # Commas inside parentheses or quotes do not separate phrases.
    if "(" not in text and "“" not in text:
        return [part for part in (piece.strip() for piece in text.split(",")) if part]
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "(“":
            depth += 1
        elif char in ")”" and depth:
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def _is_noun_phrase(segment: str) -> bool:
    segment = segment.strip()
    if not segment or _PREPOSITION_START.match(segment):
        return False
    first = segment.split()[0]
    return bool(first[:1].isupper() or _DETERMINER.match(segment) or first.lower() in PRONOUNS)
