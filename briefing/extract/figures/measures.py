"""What a figure measures: a short phrase of its paragraph, cut at word boundaries.

In English the phrase is a noun phrase cut from the sentence, the counted noun and what
qualifies it (`districts still without clean water`, `deaths of Taliban members`,
`spent on repairs`), never a clause (`He said the city had spent`). Other languages get
the words nearest the number within its clause.
"""

from __future__ import annotations

import re

from briefing.extract.figures.dates import DATE_UNITS
from briefing.extract.figures.finding import Found
from briefing.extract.figures.numbers import NUMBER_WORDS
from briefing.extract.figures.words import (
    ADVERBS,
    BE,
    CLAUSE_WORDS,
    COMPARED,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    NOT_PAST,
    PREPOSITIONS,
    STAND_INS,
    SUBORDINATORS,
)
from briefing.extract.speech.verbs import AUXILIARIES, REPORTING

_BOUNDARY = re.compile(r"[;:!?()“”\"—–«»،؛؟]|,(?=\s|$)|(?<![\s.][A-Z])\.(?=\s|$)|\s-\s")
_MEASURE_WORDS = 12
_YEAR = re.compile(r"(?:19|20)\d\d\W*$")


def measures(text: str, found: Found, language: str = "en") -> str:
    """A short phrase of the paragraph saying what ``found`` counts, cut at word boundaries.

    A counted noun brings what follows it (`young men in jihadist schools`); money, time
    and dates take the words before them, the verb phrase they belong to (`Afghanistan
    received`), else the clause they open (`a week ago, the council met`). Clauses stop at
    punctuation outside numbers and at conjunctions, so the phrase never starts with `but`
    nor cuts into `25,000`.
    """
    start = _clause_start(text, found.start)
    end = _clause_end(text, found.end)
    # A date says when, not what: it keeps the clause it dates.
    dated = found.unit in DATE_UNITS
    english = _noun_phrase(text, found, start, end) if language == "en" and not dated else None
    if english:
        return _tidy(english[:_MEASURE_WORDS], text, found)
    left_words = _clause_words(text, start, found.start)
    right_words = _clause_words(text, found.end, end, left=False)
    if found.noun_start >= 0:
        noun = text[found.noun_start : found.noun_end].split()
        phrase = noun + right_words[: _MEASURE_WORDS - len(noun)]
        if len(phrase) < 6:
            phrase = _tail(left_words, _MEASURE_WORDS - len(phrase)) + phrase
    elif "-" in text[found.start : found.end].split()[-1] and right_words:
        phrase = right_words[:_MEASURE_WORDS]  # `the 90-day suspension of aid`
    else:
        while left_words and left_words[-1].lower() in FUNCTION_WORDS:
            left_words = left_words[:-1]
        phrase = _tail(left_words, _MEASURE_WORDS)
        if len(phrase) < 3:
            phrase += _head(right_words, _MEASURE_WORDS - len(phrase))
        if not phrase and end < len(text) and text[end] == ",":
            # `A week ago, the council met`: the figure dates the clause it opens.
            after = _clause_words(text, end + 1, _clause_end(text, end + 1), left=False)
            phrase = after[:_MEASURE_WORDS]
        elif len(phrase) < 3 and start > 0:
            before = _clause_words(text, _clause_start(text, start - 1), start - 1)
            phrase = _tail(before, _MEASURE_WORDS - len(phrase)) + phrase
    return _tidy(phrase, text, found)


def _tidy(phrase: list[str], text: str, found: Found) -> str:
    words = [word for word in phrase if word.strip("“”\"‘’'()")]
    while words and words[0].lower().strip(",") in CLAUSE_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(",") in FUNCTION_WORDS | CLAUSE_WORDS:
        words = words[:-1]
    return " ".join(words).strip(" ,;:“”\"‘’'()") or text[found.start : found.end]


def _clause_start(text: str, position: int) -> int:
    start = 0
    for match in _BOUNDARY.finditer(text, max(0, position - 200), position):
        start = match.end()
    return start


def _clause_end(text: str, position: int) -> int:
    match = _BOUNDARY.search(text, position)
    return match.start() if match is not None else len(text)


def _clause_words(text: str, start: int, end: int, left: bool = True) -> list[str]:
    """The words of ``text[start:end]`` on the figure's side of any clause word."""
    words = text[start:end].split()
    cuts = [index for index, word in enumerate(words) if word.lower() in CLAUSE_WORDS]
    if left:
        return words[cuts[-1] + 1 :] if cuts else words
    return words[: cuts[0]] if cuts else words


def _head(words: list[str], size: int) -> list[str]:
    """The first ``size`` words, not opening on a function word but for `this year`."""
    head = list(words)
    while len(head) > 1 and head[0].lower() in FUNCTION_WORDS and not _names_a_time(head):
        head = head[1:]
    return head[: max(size, 0)]


def _names_a_time(words: list[str]) -> bool:
    """`this year`, `next month`, `last week`: the function word is part of the time."""
    return words[0].lower() in {"this", "next", "last"} and words[1].lower().rstrip("s,.") in {
        "day",
        "week",
        "month",
        "year",
    }


def _tail(words: list[str], size: int) -> list[str]:
    """The last ``size`` words; when that cuts the phrase, not opening on a function word."""
    tail = words[-size:] if size > 0 else []
    while len(words) > size and len(tail) > 1 and tail[0].lower() in FUNCTION_WORDS:
        tail = tail[1:]
    return tail


def _noun_phrase(text: str, found: Found, start: int, end: int) -> list[str] | None:
    """The English noun phrase saying what ``found`` counts, or None where there is none.

    A counted noun takes what qualifies it after it, and the noun it depends on before
    it (`the deaths of 42 members`); a span or sum followed by a noun or `of` qualifies
    that (`20 months of struggle`, `$40 million cash packages`); a sum a verb governs
    takes the verb and where the money went (`spent on repairs`).
    """
    left = text[start : found.start].split()
    right = text[found.end : end].split()
    head = _governing_noun(left)
    noun = text[found.noun_start : found.noun_end].split() if found.noun_start >= 0 else []
    if noun:
        after = text[found.noun_end : end].split()
        if noun[-1].lower() in STAND_INS and head:
            return head[:1]
        return head + noun + _qualifiers(after)
    unit = text[found.start : found.end].split()[-1]
    if found.unit == "share":
        # `three quarters of staff`, `nine in ten centres`: a share of what follows.
        whole = right[1:] if right and right[0].lower() == "of" else right
        if whole and whole[0].lower() in FUNCTION_WORDS:
            whole = whole[1:]  # `half of the pupils`: the pupils
        nouns = _noun_run(whole)
        return ["share", "of", *(nouns or _qualifiers(whole))] if nouns or whole else None
    if right and right[0].lower() == "of":
        return [unit, *_qualifiers(right)]
    nouns = _noun_run(right)  # `$40 million cash packages`, `the 90-day suspension`
    if nouns:
        return nouns + _qualifiers(right[len(nouns) :])
    verb = _governing_verb(left)
    qualifiers = _qualifiers(right) if verb else []
    if verb and qualifiers:
        return [verb, *qualifiers]
    reported = _reported(left)
    if reported is not None or verb:
        return _tail(reported if reported is not None else left, _MEASURE_WORDS)
    return None


def _noun_run(words: list[str]) -> list[str]:
    """The nouns that open ``words`` (`cash packages` in `$40 million cash packages`)."""
    run: list[str] = []
    for word in words[:3]:
        if not _is_noun(word) or word[-1:] in ",;:":
            break
        run.append(word)
    return run


def _governing_noun(left: list[str]) -> list[str]:
    """`deaths of` in `the deaths of 42 members`: the noun a counted noun depends on."""
    if len(left) >= 2 and left[-1].lower() in {"of", "to", "among"} and _is_noun(left[-2]):
        return left[-2:]
    return []


def _governing_verb(left: list[str]) -> str | None:
    words = list(left)
    while words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()
    return words[-1] if words and _is_verb(words[-1]) else None


def _reported(left: list[str]) -> list[str] | None:
    """The clause a number belongs to, without who reported it (`He said`) or `that`;
    None when no reporting verb opens it (`claim to have trained` reports no clause)."""
    cuts = [index for index, word in enumerate(left) if word.lower() in CLAUSE_WORDS]
    text = " ".join(left[cuts[-1] + 1 :] if cuts else left)
    said = [
        found for found in REPORTING.finditer(text) if not text[found.end() :].startswith(" to ")
    ]
    if not said:
        return None
    words = text[said[-1].end() :].split()
    while words and words[0].lower() in {"that", *CLAUSE_WORDS}:
        words = words[1:]
    return words


def _qualifiers(words: list[str]) -> list[str]:
    """What qualifies a noun after it: `flooded`, `still without water`, `in 10 camps`.

    Stops at a verb, a clause word, another number or punctuation: the phrase stays a
    noun phrase. Right after a preposition a word belongs to it (`of armed groups`).
    """
    taken: list[str] = []
    index = 0
    while index < len(words) and words[index].lower() in AUXILIARIES | BE:
        index += 1
    if len(words) > index + 2 and words[index].lower() in COMPARED and words[index + 1] == "than":
        index += 3  # `30 percent more than promised on housing`: what it was spent on
    if index < len(words) and _is_verb(words[index]):
        taken.append(words[index])  # `districts flooded`, `men trained in camps`
        index += 1
    # After `are`, one word says what the things are (`residents currently homeless`).
    complement = index > 0 and not taken
    in_phrase = False
    for position in range(index, len(words)):
        word = words[position]
        bare = word.lower().strip(",.;:")
        after_preposition = position > 0 and words[position - 1].lower() in PREPOSITIONS
        if bare in PREPOSITIONS:
            in_phrase = True
        elif not in_phrase and not taken and (bare in ADVERBS or bare.endswith("ly")):
            pass  # `still without clean water`
        elif not in_phrase and complement and _is_noun(word):
            complement = False
        elif not in_phrase or _ends_phrase(word, words[position + 1 :], after_preposition):
            break
        taken.append(word)
    return taken


def _ends_phrase(word: str, rest: list[str], after_preposition: bool) -> bool:
    bare = word.lower()
    if bare in {"and", "or"}:
        following = rest[0].lower() if rest else ""
        return (
            not rest
            or following in AUXILIARIES
            or following in {"the", "a", "he", "she", "it", "they", "we"}
        )
    if bare in CLAUSE_WORDS | SUBORDINATORS or bare in AUXILIARIES:
        return True
    if after_preposition:
        return False  # `of armed groups`, `in 10 provinces`
    number = bare in NUMBER_WORDS or any(c.isdigit() for c in word)
    return (number and not _YEAR.match(word)) or _is_verb(word)


def _is_noun(word: str) -> bool:
    bare = word.lower()
    return (
        word[:1].isalpha()
        and bare not in FUNCTION_WORDS | CLAUSE_WORDS | PREPOSITIONS | AUXILIARIES | BE
        and not _is_verb(word)
        and not bare.endswith("ly")
    )


def _is_verb(word: str) -> bool:
    bare = word.lower().strip(",.;:")
    if bare in IRREGULAR_PAST or bare in AUXILIARIES:
        return True
    return len(bare) > 4 and bare.endswith("ed") and bare not in NOT_PAST
