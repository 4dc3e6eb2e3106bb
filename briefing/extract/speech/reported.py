"""Finding reported speech in a sentence: the clause a reporting verb introduces.

``X said the plan failed``, ``the plan failed, X said``, ``according to X, …``: each
clause is returned as paragraph offsets with the verb that introduces it, so its text is an
exact slice of the paragraph; speakers are worked out by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.extract.speech.names import HONORIFICS, INITIAL_INSIDE, NAME, person_name
from briefing.extract.speech.phrases import names_one_by_role, role_head
from briefing.extract.speech.quotes import QuoteSpan
from briefing.extract.speech.subjects import LOOKBACK
from briefing.extract.speech.verbs import AUXILIARIES, Verb, reporting_verbs, used_as_noun
from briefing.patterns import DAY_NAME

_TELL = re.compile(r"^(?:tell|tells|told|telling|urge|urges|urged)$", re.IGNORECASE)
_BARE_CLAUSE_BLOCK = re.compile(
    r"^(?:to|by|of|about|so|in|on|at|for|with|during|from|after|before|as|that|"
    r"reporters|journalists)\b",
    re.IGNORECASE,
)
# How a subject after its verb may open, besides a name: `…, said the mayor`, `…, said her
# sister, Nadia Rahimi`.
_INVERTED_SUBJECT_OPENINGS = ("the ", "her ", "his ", "their ", "its ")
# An indefinite pronoun the verb takes as its object, with what qualifies it (`has said
# things that shame us`, `said something about it`); not a clause's subject (`said things
# were improving`).
_INDEFINITE_OBJECT = re.compile(
    r"^(?:things|something|anything|nothing|everything)\s*(?:[,.;]|$|(?:that|which|about|to|"
    r"like|of)\b)",
    re.IGNORECASE,
)
_ADJUNCT = re.compile(
    r"^(?:in|during|at|on|with|for|to|after|before|while|regarding|from|earlier|later|"
    r"last|this|on)\b",
    re.IGNORECASE,
)
# When, between a verb and its clause: `said Tuesday that …`, `said Tuesday his …`.
_WHEN_AFTER = re.compile(
    rf"(?:on\s+)?(?:yesterday|today|tonight|{DAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?\s+",
    re.IGNORECASE,
)
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’]+\s+){1,3}$", re.IGNORECASE)
_THAT = re.compile(r"\bthat\s+")
# `would not say more than that …`, `declined to say anything beyond that …`: what was said.
_NO_MORE_THAN = re.compile(
    r"\s+(?:much\s+)?(?:more|anything(?:\s+more)?)\s+(?:than|beyond)(?=\s+that\b)"
)
# Whom a postposed `told` ends its sentence with: `…, Roe told MPs on Monday.`
_TOLD_WHOM = re.compile(r"(?:[\w'’.-]+\s+){0,7}[\w'’.-]+?[.!?]?\s*")
# `declined to say whether …`, `would not say when …`: what follows was not said.
_WITHHELD = re.compile(
    r"\b(?:declined|declines|refused|refuses|(?:would|will|did|does|do|could|can)\s*n[o']t|"
    r"cannot|never)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<source>(?:{INITIAL_INSIDE}|[^,.;“”\"])+)")
# A clause of three words or more before `, according to`, not one still opening (`He
# said that, according to X, …`).
# A name set off after the source at the sentence's end (`…, according to the orchestra's
# director, Tom Hale.`): the source is that person.
_NAME_ENDING_SENTENCE = re.compile(rf",\s+(?P<name>{NAME.pattern})\s*[.!]?\s*$")
_NAME_SET_OFF = re.compile(rf",\s+(?P<name>{NAME.pattern}),")
_GOVERNED = re.compile(r"\b(?:of|against|by|for|from|with|on|in|about|to)\b", re.IGNORECASE)
_CLAUSE_BEFORE_ACCORDING = re.compile(
    r"\A\s*\S+\s+\S+\s+\S+.*(?<!\bthat)(?<!\band)(?<!\bbut)(?<!\bwhile)(?<!\bbecause),$",
    re.DOTALL,
)
_DATA_BY = re.compile(
    r"^(?:\w+\s+){0,2}?(?:data|figures|statistics|numbers|information|reports?|statements?)"
    r"\s+(?:released|published|issued|compiled|provided|shared)\s+by\s+",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:no|the|a|an|any|this|these|those|his|her|their|its|our|such|un\w*)\s+$",
    re.IGNORECASE,
)
# A quotation that opens the sentence and a few words after it, no more (`“…,” Bill
# Clinton`): the subject of the verb that tags the quotation.
_SUBJECT_AFTER_QUOTE = re.compile(
    r"\A\s*[“\"][^“”\"]+[”\"]\s*[^\s,;:.“”\"]+(?:\s+[^\s,;:.“”\"]+){0,4}\Z"
)
_NOUN_AFTER = re.compile(r"\s+(?:like|such\s+as|of|and|or|were|are|have)\b")
_FINITE = AUXILIARIES | {"shall", "does", "do", "did", "won't", "can't", "isn't", "wasn't"}
_NOT_SUBJECT = frozenset({"as", "to", "and", "or", "but", "for", "with", "by", "while"})
_APPOSITIVE = re.compile(r",[^,;:“”\"]{1,60},")
_STOP_INSIDE = re.compile(r"[.!?](?=[”\"]?\s+[“\"]?[A-Z])")


@dataclass(frozen=True, slots=True)
class Reported:
    """A clause of reported speech and the reporting verb that introduces it."""

    start: int
    end: int
    verb_start: int
    verb_end: int
    source: str | None = None
    """Who the clause is attributed to when the pattern names it (`according to X`)."""
    emit: bool = True
    """False for a claim that only credits figures (`X claim to have …`), not a quote."""


def reported_clauses(
    sentence: str,
    offset: int,
    quotes: list[QuoteSpan],
    headline: bool = False,
    verbs: Sequence[Verb] | None = None,
) -> list[Reported]:
    """Clauses of reported speech in one sentence (offsets are paragraph offsets).

    ``verbs`` are the sentence's reporting verbs with sentence offsets, when the caller
    already found them for the whole paragraph.
    """
    found: list[Reported] = []
    if verbs is None:
        verbs = reporting_verbs(sentence)
    verbs = [verb for verb in verbs if _is_verb(sentence, verb, headline)]
    for match in _ACCORDING.finditer(sentence):
        source = _DATA_BY.sub("", match.group("source")).strip()
        after = match.end()
        before = sentence[: match.start()].rstrip()
        if _CLAUSE_BEFORE_ACCORDING.search(before):
            # `It could cost $250,000, according to a memo from the attorney, Jo Pak.`: the
            # clause before is the claim; the comma after sets off a name.
            start, end = 0, len(before) - 1
            named = _NAME_ENDING_SENTENCE.match(sentence, after)
            if named is not None and _holds_role(source, named["name"]):
                source = f"{source}, {named['name']}"
        elif after < len(sentence) and sentence[after] == ",":
            start = _skip_space(sentence, after + 1)
            named = _NAME_SET_OFF.match(sentence, after)
            if named is not None and person_name(named["name"]) is not None:
                # `According to the prosecutor, Jane Roe, the evidence …`: her words; the
                # name is no part of the clause, whoever's it is.
                if _holds_role(source, named["name"]):
                    source = f"{source}, {named['name']}"
                start = _skip_space(sentence, named.end())
            end = _clause_end(sentence, start, verbs)
        else:
            continue
        found.append(
            Reported(
                offset + start, offset + end, offset + match.start(), offset + match.start(), source
            )
        )
    for verb in verbs:
        clause = _clause_after(sentence, verb, verbs)
        if clause is None:
            continue
        start, end, emit = clause
        if end - start < 8 or _in_quote_opening(sentence, start, offset, quotes):
            continue
        found.append(
            Reported(
                offset + start, offset + end, offset + verb.start, offset + verb.end, None, emit
            )
        )
    return found


def _holds_role(source: str, name: str) -> bool:
    """Whether ``name``, set off after an `according to` source, is who holds the role the
    source names (`the orchestra's director, Tom Hale`); not a name belonging to a noun
    inside it (`the family of the victim, Ana Ruiz`, `a complaint against the coach, Brian
    Hale`) or a body's (`the newspaper, The Boston Globe`)."""
    head = role_head(source)
    return (
        person_name(name) is not None
        and not _GOVERNED.search(source)
        and (names_one_by_role(head) or head in HONORIFICS)
    )


def _is_verb(sentence: str, verb: Verb, headline: bool) -> bool:
    """Not a noun or adjective (`these demands`, `no confirmed case`, `Secretary of State`)."""
    if verb.start > 0 and verb.text[:1].isupper() and not headline:
        return False
    if verb.text[-1:] in "sS" and _NOUN_AFTER.match(sentence, verb.end):
        return False  # `coastal states like …`, `claims of fraud`: a plural noun
    # `Rubio's claim that …`: after a possessive too.
    before = _DETERMINER_BEFORE.search(sentence, max(0, verb.start - LOOKBACK), verb.start)
    return before is None and not used_as_noun(sentence, verb)


def _clause_after(sentence: str, verb: Verb, verbs: list[Verb]) -> tuple[int, int, bool] | None:
    if _WHAT_BEFORE.search(sentence, max(0, verb.start - LOOKBACK), verb.start):
        return None  # `half of what it estimates the relief will cost`: no clause of its own
    if _WITHHELD.search(sentence, max(0, verb.start - 24), verb.start):
        beyond = _NO_MORE_THAN.match(sentence, verb.end)
        if beyond is None:
            return None
        # `would not say more than that the inquiry was “ongoing”`: all that was said
        verb = replace(verb, end=beyond.end())
    word = verb.text
    rest = sentence[verb.end :]
    stripped = rest.lstrip()
    position = verb.end + len(rest) - len(stripped)
    when = _WHEN_AFTER.match(stripped)
    if when is not None:
        # `promised Monday to begin …` keeps its day: what follows is no clause of its
        # own; and in `said Sunday was the deadliest day` the day is the clause's subject.
        after_when = stripped[when.end() :]
        next_word = (after_when.split() or [""])[0].lower()
        if not _ADJUNCT.match(after_when) and next_word not in _FINITE:
            position += when.end()
            stripped = after_when
    before = sentence[: verb.start].rstrip()
    if before.endswith(("”", '"', ",”", ',"')) or _SUBJECT_AFTER_QUOTE.search(before):
        # `“…,” said Roe, the mayor` and `“…,” Roe said Monday in Cheyenne, according to
        # …`: a quote's tag, not reported speech
        return None
    # `The plan failed, said Roe.` and `…, said Jo Park, director of the ACLU in Ohio.`: a
    # short subject after the verb, the rest its apposition.
    subject = stripped.split(",")[0]
    if (
        before.endswith(",")
        and 0 < len(subject.strip(" .").split()) <= 6
        and (
            subject == stripped
            or subject[:1].isupper()
            or subject.startswith(_INVERTED_SUBJECT_OPENINGS)
        )
        and not re.search(r"\bthat\b|[“\"]", stripped)
        # `Jo Park, the mayor, said the museum would open`: a clause, not a speaker.
        and not any(word.lower().strip(".,;") in _FINITE for word in subject.split())
    ):
        return _postposed(sentence, verb, verbs)
    if stripped[:1] not in ',.:“"' and _TAGS_A_QUOTATION.match(sentence, verb.end):
        return None  # `…, explained Rosenberg, “…”`: its subject, then the words it tags
    if not stripped or stripped[0] in ':“"' or re.match(r",\s*[“\"]", stripped):
        return _postposed(sentence, verb, verbs) if stripped[:1] in ",." or not stripped else None
    if stripped[0] in ",.;":
        return _postposed(sentence, verb, verbs)
    if word.lower() == "quoted":
        return None
    if stripped.startswith("to ") and word.lower().startswith("claim"):
        return (position, _clause_end(sentence, position, verbs), False)
    if word.lower() == "described":
        if not stripped.startswith("as "):
            return None
        start = position + 3
    elif stripped.startswith("that "):
        start = position + 5
    elif _TELL.match(word) and word.lower().startswith(("urg",)):
        start = position
    elif _TELL.match(word):
        that = _THAT.search(sentence, position, min(len(sentence), position + 60))
        # `Hale told Vance, after Vance told him that …`: the clause is the later verb's;
        # not after `, adding`, which goes on with the same subject (`who was arguing` and
        # `with Kim insisting` have subjects of their own).
        if that is None and _TOLD_WHOM.fullmatch(stripped):
            return _postposed(sentence, verb, verbs)  # `The plan failed, Roe told MPs.`
        if that is None or any(
            position <= other.start < that.start()
            and not (other.text.endswith("ing") and sentence[: other.start].endswith(", "))
            for other in verbs
        ):
            return None
        start = that.end()
    elif _ADJUNCT.match(stripped):
        that = _THAT.search(sentence, position)
        if that is None or any(mark in sentence[position : that.start()] for mark in '“"'):
            return None
        start = that.end()
    elif (
        _BARE_CLAUSE_BLOCK.match(stripped)
        or _INDEFINITE_OBJECT.match(stripped)
        or len(stripped.split()) < 4
    ):
        return None  # an object, not a clause: `announced their plans`
    elif verb.needs_clause and not _bare_clause(stripped):
        return None  # `acknowledged the new government as …`: an object, not speech
    else:
        start = position
    if sentence[start : start + 1] in '“"':
        return None
    return start, _clause_end(sentence, start, verbs), True


def _bare_clause(rest: str) -> bool:
    """Whether ``rest`` opens with a clause (`the talks had failed`), not an object.

    A clause without `that` shows itself by a finite verb a few words in, after a subject
    that holds no `as`, `to` or coordination (`the new government as the authority`).
    """
    rest = _APPOSITIVE.sub(" ", rest, count=1)  # `Jane Roe, the mayor, had …`
    for index, word in enumerate(rest.split()[:8]):
        bare = word.lower().strip(',;:“”"')
        if bare in _FINITE:
            return index > 0
        if bare in _NOT_SUBJECT or word.endswith((",", ";", ":")):
            return False
    return False


# After a verb, the quotation it introduces: at once or after its inverted subject
# (`…, explained Rosenberg, “…”`).
_TAGS_A_QUOTATION = re.compile(r"(?:\s+[^,.;:“”\"]{1,60}?)?\s*[,:]\s*[“\"]")
# A participle that opens the sentence on a question put to its subject (`Asked whether
# Forde had objected, he laughed.`): no one's words, whatever verb follows.
_QUESTION_PUT = re.compile(
    r"(?:asked|pressed|questioned|quizzed|challenged)\s+(?:about|whether|if|on|why|how|what|"
    r"when|who|to)\b",
    re.IGNORECASE,
)


def _postposed(sentence: str, verb: Verb, verbs: list[Verb]) -> tuple[int, int, bool] | None:
    """`The plan failed, Roe said.` / `…, says Roe`: the clause stands before the verb."""
    before = sentence[: verb.start]
    comma = before.rfind(",")
    if comma <= 0:
        return None
    between = before[comma + 1 :].split()
    after = sentence[verb.end :].strip(" .,").split(",")[0]  # the name, not its apposition
    # Only a name or a role may follow an inverted verb: `…, says the mayor`.
    inverted = (
        not between
        and 0 < len(after.split()) <= 6
        and not verb.text.endswith("ing")
        and (after[:1].isupper() or after.startswith(_INVERTED_SUBJECT_OPENINGS))
    )
    if not inverted and not 0 < len(between) <= 5:
        return None
    if inverted and any(mark in after for mark in '“"'):
        return None
    if _TAGS_A_QUOTATION.match(sentence, verb.end):
        return None  # `On CBS the day before, she stated, “…”`: the verb tags the quotation
    start = 0
    for other in verbs:
        if other.start < comma and other is not verb:
            return None  # an earlier verb already owns this sentence's clause
    if sentence[:1] in '“"' or _QUESTION_PUT.match(sentence):
        return None
    return start, comma, True


def _clause_end(sentence: str, start: int, verbs: Sequence[Verb]) -> int:
    end = len(sentence.rstrip())
    # Quoted sentences are not split, so a clause also stops at a stop inside a quote.
    stop = _STOP_INSIDE.search(sentence, start)
    if stop is not None:
        end = stop.start() + (1 if sentence[stop.start()] in ".!?" else 0)
    # A later `, adding that …` or `, a point he described as …` starts a new clause.
    for other in verbs:
        if other.start <= start or other.start >= end:
            continue
        comma = sentence.rfind(",", start, other.start)
        if comma != -1 and len(sentence[comma + 1 : other.start].split()) <= 4:
            end = comma
            break
    while end > start and sentence[end - 1] in " .:;,!?":
        end -= 1
    return end


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _in_quote_opening(sentence: str, start: int, offset: int, quotes: list[QuoteSpan]) -> bool:
    """A clause that is itself a quoted passage is a direct quote, not reported speech
    (blanks before its mark too: a doubled one, `''…''`, leaves one)."""
    opening = _skip_space(sentence, offset) + start
    return any(span.start - 1 == opening for span in quotes)
