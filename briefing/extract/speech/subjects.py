"""The subject of a reporting verb or of a sentence, as the phrase the text gives.

``subject_before`` reads back from a reporting verb (``Jane Roe, the mayor, said``);
``sentence_subject`` reads forward from the start of a sentence. Both return the phrase as
written, or None when it opens a list or is no noun phrase; turning it into a person is
``briefing.extract.speech.speakers``' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from briefing.extract.figures.dates import MONTH_NAMES
from briefing.extract.figures.numbers import NUMBER_WORDS
from briefing.extract.speech.genders import role_gender
from briefing.extract.speech.names import (
    NAME,
    NAME_GIVEN_AS,
    TITLE,
    may_be_first_name,
    person_name,
    unpossessed,
)
from briefing.extract.speech.phrases import (
    DETERMINERS,
    LINKING_WORDS,
    OPENERS,
    POSSESSIVES,
    holds_role,
    is_person_role,
    is_role_word,
    is_trade_word,
    role_head,
)
from briefing.extract.speech.verbs import AUXILIARIES, REPORTING
from briefing.patterns import DAY_NAME

PRONOUNS = frozenset({"he", "she", "him", "her"})
VERBISH = AUXILIARIES | {"said", "told", "went", "gave", "says"}

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
_ADVERB = re.compile(r"[a-z]\w*ly")  # lower-case: `Tully` is a name
# `Roe went on to say`: what the subject did next is to speak.
_WENT_ON_TO = re.compile(r"\s+(?:go|goes|went|gone|going)\s+on\s+to$", re.IGNORECASE)
# Nouns in -ly that end a subject (`Porter's family said`), no adverbs.
LY_NOUNS = frozenset({"family", "ally", "assembly", "rally", "supply", "monopoly", "reply"})
# Words that open a clause before its subject (`while Cruz`, `Like Corbin,`): never a name's.
_LEADING = re.compile(
    r"^(?:(?:and|but|so|then|however|meanwhile|moreover|yet|also|while|whereas|although|"
    r"though|because|unlike|like|as)\b[,\s]*)+",
    re.IGNORECASE,
)
# Words that open a clause of its own after a comma.
_CLAUSE_OPENING = re.compile(r"(?:while|whereas|although|though|but|and)\b", re.IGNORECASE)
_PREPOSITION_START = re.compile(
    r"^(?:in|on|at|during|with|for|after|before|while|when|since|despite|regarding|about|"
    r"following|amid|among|under|over|from|to|into|as|by|through|speaking|asked|according|like|"
    r"unlike|of|outside|inside|near|beside|behind|across|beyond|around|throughout|within|"
    r"against|between|along|alongside|amidst|opposite)\b",
    re.IGNORECASE,
)
_LIST_END = re.compile(r"^(?:and|or)\s+\S", re.IGNORECASE)
_LIST_AND = re.compile(r"\s(?:and|or)\s")
_CLAUSE_WORD = re.compile(r"\b(?:it|he|she|they|we|you)(?:['’][a-z]+)?\b", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|his|her|its|their|our)\s", re.IGNORECASE)
# A participle's agent inside a subject (`a commission appointed by President Bush`): whom
# the head was made by, not who speaks; the head before it is the subject.
_MADE_BY = re.compile(
    r"\s+(?:appointed|named|chaired|headed|founded|commissioned|created|hired|set\s+up)"
    r"\s+by\s+",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:that|who|which|whom|what|where|when|after|before|because|since|until|unless|"
    r"although|whereas)\s+",
    re.IGNORECASE,
)
# A sentence that opens with a quotation: its subject is in the tag after it.
_OPENING_QUOTE = re.compile(r"\s*[“\"][^“”\"]*[”\"][\s,]*")
_OPENS_RELATIVE = re.compile(r"(?:who|whose|which)\b", re.IGNORECASE)
# The subject of a clause whose object the relative word is (`in what Kay Ruiz …`).
_NAMED_OBJECT = re.compile(r"\b(?:what|whom|that)\s+(?P<name>[A-Z].*)$")
# A pronoun followed by a lower-case word opens a clause (`she released a statement`).
_PRONOUN_CLAUSE = re.compile(r"^(?P<pronoun>\w+)\s+[a-z]")
# Characters read back from a verb: far more than a subject and its appositives take, and
# a bound, so a sentence of many verbs is not re-read from its start for each of them.
LOOKBACK = 400


# A place-only dateline opening a story's first sentence (`KABUL —`, `NEW YORK (AP) —`),
# or in mixed case with the outlet in brackets (`Lyndale Heights, Ohio (Newsline) —`).
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.-]+(?:[\s,]+[A-Z][A-Za-z'’.-]+)*\s*(?:\([^)]{1,30}\)\s*)?"
    r"|[A-Z][\w'’.-]*(?:[\s,]+[A-Z][\w'’.-]*){0,5}\s*\([^)]{1,30}\)\s*)[—–]\s*"
)
# A part of the calendar or the day an adverbial of time names (`last week`, `this morning`).
_PERIOD = "(?:week|weekend|month|year|night|morning|afternoon|evening)"
# When a subject spoke, written before it without a comma (`Last week the company said`).
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN_FIRST = re.compile(
    rf"^(?:(?:last|this|next|early|late)\s+{_PERIOD}|(?:(?:early|late)\s+)?(?:on\s+)?{DAY_NAME}"
    rf"{_PART_OF_DAY}|yesterday|today|earlier|later|(?:\w+\s+){{1,2}}{_PERIOD}s?\s+ago|"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier)|"
    rf"in\s+(?:{'|'.join(MONTH_NAMES)})(?:\s+(?:last|this|next)\s+year|\s+\d{{4}})?)\s+(?=\S)",
    re.IGNORECASE,
)
# When a subject spoke, written after it (`the spokesman on Wednesday said`).
_WHEN = re.compile(
    rf"(?:\s+(?:on\s+{DAY_NAME}|(?:last|this|on)\s+{_PERIOD}|yesterday|today|tonight))+$",
    re.IGNORECASE,
)


# What a subject's appositions say of age and home, between commas (`59`, `of Ashton`).
_DETAIL = re.compile(r"\d{1,3}|(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_QUOTATION_MARK = re.compile(r"[“”\"]")
_DASH = re.compile(r"\s*—\s*|\s+–\s+")
_FIRST_NAME_ALONE = re.compile(r"[A-Z][a-z]{2,}")
_TITLED = re.compile(rf"{TITLE}\s+(?-i:[A-Z])")
# A place's name: up to three capitalised words (`Columbus`, `Dover`, `New Castle`).
_PLACE = r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}"
# `in Columbus, Ohio,`: a place, then the region it is in, which is no subject.
_PLACE_AT_END = re.compile(rf"\b(?:in|at|from|near)\s+(?P<place>{_PLACE})$", re.IGNORECASE)
# `Maria Chen of Dayton`, before `, Ohio says`.
_OF_TOWN = re.compile(rf"\sof\s+{_PLACE}$")
# An adverbial of time set before a subject between commas (`Hours later, Trump …`).
_WHEN_OPENING = re.compile(
    rf"(?:(?:last|this|next|early|late)\s+)?(?:{DAY_NAME}|{_PERIOD})|"
    r"(?:\w+\s+){1,3}(?:later|earlier|ago|afterwards?)|yesterday|today|meanwhile",
    re.IGNORECASE,
)

# Words that, after a name, are its verb or an adverb before it (the past in -ed aside).
_VERB_AFTER_NAME = frozenset(
    """
    met got held read heard went came took made gave saw won lost ran spoke wrote thought
    felt kept sent brought paid put set let began became fought stood sat struck led knew
    found meant sought built drew grew threw chose rose fell broke shook drove flew swore
    bought caught taught left shot hit cut quit spent lent beat cast cost hurt split spread
    withdrew forgot froze hid wore woke stole rode tore bore stuck swept slept
    did does cannot also never still then now again already once soon often even just only
    too later first last
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Those of them that say what a subject did, not what it thought (`he thought that “…”`
# has no subject a quotation may be given to).
_DEED_AFTER_SUBJECT = _VERB_AFTER_NAME - {"thought", "felt", "knew", "meant"}
# Other adverbials set before a subject between commas, none of them the subject (`However,
# Roe said`, `Back in 1999,`, `Just days before the vote,`, `Pressed on the point,`).
_ADVERBIAL_OPENING = re.compile(
    r"(?:back|even|just|only|shortly|long|right|soon|early|late|well|midway|halfway|"
    r"(?:\w+\s+)?(?:hours|days|weeks|months|years))"
    r"\s+(?:in|on|at|after|before|since|into|from|to)\b.*"
    r"|(?:within|across|outside|inside|throughout|upon|ahead|along|beyond|against|until|"
    r"without|behind|near|toward|towards|amid|amidst|alongside|aside|besides|instead|between)\b.*"
    r"|(?:earlier|later)(?:\s+\S+){0,3}"
    r"|of\s+course|once\s+again|even\s+so|by\s+contrast|in\s+turn|still|yet|then|now|"
    r"however|indeed|again|overall|otherwise|nonetheless|nevertheless|moreover|furthermore|"
    r"separately|afterwards?|onstage",
    re.IGNORECASE,
)
# Adverbs by their endings (`Separately`, `Privately`), unless a person's name (`McNally`).
_ADVERB_OPENING = re.compile(
    r"\w+(?:ally|ately|ously|ively|edly|ingly|ently|antly|fully|arly|ibly|ably|icly)"
)
# A participle and what it governs (`Responding to the news`), not a surname and its verb
# (`Husted continued`, `Boreing said`), nor a subject and its clause (`Boeing on Tuesday
# fired back`, `King on Friday`).
# A participle and what it governs (`Pressed on the point`, `killing three people`).
_PARTICIPLE_OPENING = re.compile(
    r"(?P<participle>\w+(?:ing|ed))\s+(?:to|on|at|by|about|with|from|for|in|into|over|after|"
    r"before|through|the|a|an|his|her|their|its|at\s+least|\d[\d,.]*|"
    rf"{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s(?P<governed>.*)",
    re.IGNORECASE,
)


def _without_leading(phrase: str) -> str:
    leading = _LEADING.match(phrase)
    return phrase[leading.end() :] if leading is not None else phrase


def _without_trailing(text: str) -> str:
    """``text`` without the auxiliaries and adverbs that end it (`Roe has also` → `Roe`).

    A loop over the last words; the equivalent regex anchored at `$` was retried at
    every character of every subject.
    """
    text = _WENT_ON_TO.sub("", text)
    while True:
        parts = text.rsplit(None, 1)
        if len(parts) < 2 or not (
            parts[1].lower() in _TRAILING
            or (_ADVERB.fullmatch(parts[1]) is not None and parts[1] not in LY_NOUNS)
        ):
            return text
        text = parts[0]


def clean_phrase(phrase: str) -> str:
    # A verb inside a quotation has its subject there too: never words before the mark.
    phrase = _after_quotations(phrase)
    phrase = DATELINE.sub("", " ".join(phrase.split())).strip(" ,;:—–-\"“”'‘’")
    phrase = _without_leading(phrase)
    phrase = _WHEN.sub("", _without_trailing(phrase)).strip(" ,")
    phrase = _WHEN_FIRST.sub("", phrase)  # `Last week the company` (said …)
    made_by = _MADE_BY.search(phrase)
    if made_by is not None:
        phrase = phrase[: made_by.start()]
    # After the last relative pronoun or subordinating conjunction: `funds that
    # Republicans` → Republicans; `Axelrod tweeted after Hillary Clinton` → Hillary Clinton.
    relatives = list(_RELATIVE.finditer(phrase))
    if relatives:
        phrase = phrase[relatives[-1].end() :]
    last = phrase.split()[-1:] if phrase else []
    if last and last[0].lower() in PRONOUNS:
        return last[0]  # `a point he` (described as …): the pronoun is the subject
    clause = _PRONOUN_CLAUSE.match(phrase)
    # `Her neighbour Graham Tulley`: a possessive before a noun, not a subject pronoun.
    if clause is not None and clause.group("pronoun").lower() in PRONOUNS - {"her"}:
        return clause.group("pronoun")  # `she released a statement` (saying …): she
    return phrase.strip(" ,")


def _after_quotations(text: str) -> str:
    """What ``text`` says after its last quotation mark or label (`Q: The Taliban say`)."""
    return _QUOTATION_MARK.split(text)[-1].rsplit(": ", 1)[-1]


def subject_after(phrase: str) -> str:
    """The subject of an inverted tag (`…,” said X`), without the clause that follows
    it: `one former executive who requested anonymity` → one former executive; `Dan
    Golvach when asked about Lindsey Graham` → Dan Golvach."""
    relative = _RELATIVE.search(phrase)
    return phrase[: relative.start()].rstrip(" ,") if relative else phrase


def subject_before(text: str) -> str | None:
    """The subject phrase that ends ``text``, the words before a reporting verb.

    ``Jane Roe, the mayor, said`` → Jane Roe; ``In May, the minister said`` → the minister;
    ``Jane Roe, speaking at the summit, said`` → Jane Roe.
    """
    # `…, which says`: the relative pronoun right before the verb is its subject (not
    # `which Will claims`, whose subject follows it).
    relative = _RELATIVE_ENDS.search(text) is not None
    # `… was told`: the verb is in the passive, so whoever a relative clause describes
    # before it is told, not telling.
    passive = any(word.lower() in AUXILIARIES for word in text[-LOOKBACK:].split()[-1:])
    # The subject comes after the last quotation (`“…,” Mr. Conant, the consultant, said`),
    # and dashes set a phrase apart as commas do (`— especially where … is concerned —
    # Sanders responded`).
    text = _DASH.sub(", ", _without_trailing(_after_quotations(text[-LOOKBACK:]).rstrip()))
    if text.endswith(","):
        # `As Andrew Tabler, an expert at …, noted,`: the subordinator is no part of a name.
        written = _segments(text[:-1])
        segments = [_without_leading(segment) for segment in written]
        given = name_given(segments[-2], segments[-1]) if len(segments) > 1 else None
        if given is not None:
            return given  # `A representative, who gave his name only as Mr. Zhou,`
        block: list[str] = []
        stopped_at = ""  # the segment before the block, which it is no part of
        for index in reversed(range(len(segments))):
            segment = segments[index]
            if block and _CLAUSE_OPENING.match(written[index + 1]):
                # `“…,” Ng said, while the inspector, Ray Bowen,`, `Warne criticised the
                # report, and her deputy, Tom Baxter,`: a clause of its own
                break
            if _DETAIL.fullmatch(segment) or _region(segments, index):
                continue  # `Donna Rawlings, 59, of Ashton, Md., said`: read on to the name
            if _MADE_BY.match(" " + segment):
                continue  # `The inquiry, headed by judge Mary Kline, said`: the inquiry
            if _is_noun_phrase(segment):
                block.append(segment)
                continue
            apposed = None if block else _apposed_name(segment)
            if apposed is not None:
                # `shopkeeper Gul Rahman, 52,`; after a role, in apposition to it (`Another
                # victim, retired postman Arthur Bellamy,`), never after a place.
                block.append(apposed)
                if index > 0 and is_person_role(segments[index - 1]):
                    continue
                break
            named_object = _NAMED_OBJECT.search(segment)
            if named_object is not None and _opens_with_name(named_object.group("name")):
                block.append(named_object.group("name"))  # `in what Kay Ruiz, a treasurer,`
                break
            if block and not _OPENS_RELATIVE.match(segment):
                stopped_at = segment
                break  # a relative clause belongs to the phrase before it: read on past it
        if not block:
            return None
        # The subject comes first and what follows is in apposition (`Jo Roe, the founder of
        # a group in New Hampshire,`): the earliest phrase that opens with a name speaks;
        # else one that names someone (`the head of the bank, James B. Comey`).
        opening = [segment for segment in reversed(block) if _opens_with_name(segment)] or [
            # `Her son, Zarif, 30, a labourer,`: a first name alone after the role it holds.
            segment
            for segment, role in pairwise(block)
            if _FIRST_NAME_ALONE.fullmatch(segment)
            and may_be_first_name(segment)
            and (is_role_word(role_head(role)) or role_gender(role_head(role)))
        ][-1:]
        naming = [segment for segment in block if _names_person(segment)]
        subject = (opening or naming or block[-1:])[0]
        if subject is block[-1] and len(block) > 1 and is_person_role(stopped_at):
            # `In a statement signed by its commissioner, Festus Odigie, the commission said`:
            # the name is in apposition to the role before it; the subject comes after.
            return block[-2]
        # `A spokeswoman for the majority leader, Ray Castellano, said`: a name of the
        # other gender than the role before it is the leader's, not the spokeswoman's.
        role = block[-1]
        return role if subject is not role and not holds_role(subject, role) else subject
    segments = _segments(text)
    if len(segments) > 1 and _home_region(segments):
        segments = segments[:-1]  # `Maria Chen of Dayton, Ohio says`: her town's region
    # `A, B and C said` lists its subject; after a whole clause (`X has warned that …, and
    # Lina Acosta said`) the `and` opens a clause of its own.
    if (
        len(segments) > 1
        and _is_list_item(segments[-2])
        and (_LIST_END.match(segments[-1]) or _LIST_AND.search(segments[-1]))
    ):
        return _list_subject(segments)
    described = _DESCRIBED_WHO.fullmatch(segments[-1].strip()) if segments else None
    if (
        described is not None
        # The clause ends before the verb: it has words of its own and no other clause
        # (not `A doctor who repeatedly warned`, the clause's own verb, nor `A man who … by
        # a judge who said`), and the verb is no passive (`A doctor who … was told`).
        and not described["clause"].endswith("ly")
        and not passive
        and re.search(r"\bwho\b", described["clause"]) is None
        and (_DETERMINER.match(described["head"]) or is_person_role(described["head"]))
        and not VERBISH & set(described["head"].lower().split())
    ):
        # `A carpet dealer who has worked in the bazaar since 1979 said`: the one the
        # clause describes speaks, not the words after its `who`; not a place before it
        # (`residents in Jupiter, Florida who were voting … complained`); by the name they
        # gave, where they gave one (`A man who identified himself as Omar Haddad`).
        head = clean_phrase(described["head"])
        return name_given(head, f"who {described['clause']}") or head
    last = _relative_subject(clean_phrase(segments[-1])) if segments else ""
    if relative and last.lower() in ("who", "which") and len(segments) > 1:
        # `a parents group, Families for Transparency, which says`, `backed by Tom Hale,
        # who said`: the relative's subject is the phrase it follows.
        return _antecedent(segments[:-1], person=last.lower() == "who")
    if re.search(r"(?:^|\s)(?:and|but)$", text) or not last:
        return None
    return last if len(last.split()) <= 12 else None


# A noun the words are about, then the subject of a relative clause without `that` (`a
# step the union has said would …`): the subject is the second phrase.
_REDUCED_RELATIVE = re.compile(
    r"^(?:a|an|the|one|another)\s+"
    rf"(?:(?!(?:{LINKING_WORDS})\s)[a-z-]+\s+){{1,2}}"
    r"(?=(?:the|a|an|its|his|her|their)\s)",
    re.IGNORECASE,
)


# Someone described by a relative clause without commas, `who` and its verb (`A dealer
# who works there`); not `the man who she said`, whose clause has a subject of its own.
_DESCRIBED_WHO = re.compile(
    r"(?P<head>(?:\S+\s+){0,5}?\S+)\s+who\s+"
    r"(?P<clause>(?!(?:i|we|you|he|she|they)\b)(?-i:[a-z])\S*(?:\s+\S+)+)",
    re.IGNORECASE,
)
_RELATIVE_ENDS = re.compile(r",\s+(?:who|which)\s*$", re.IGNORECASE)
# A name ending a clause (`backed by Tom Hale`); not a noun phrase, which `which` may
# pass over (`an analysis, first reported by the Boston Globe, which concluded`).
_ENDING_NAME = re.compile(rf"(?:{NAME.pattern})$")


def _antecedent(segments: list[str], person: bool) -> str | None:
    """What a `, who` or `, which` after the last of ``segments`` stands for: that segment
    when it is a name set off by commas (an apposition), or the name a description set
    off so follows (`Oliver Nash, an analyst at Bramwell Securities, who`); else, for
    `who` (``person``), a person's name it ends on (not `Hale met voters in Ohio`: whom
    `who` means is a doubt)."""
    segment = segments[-1].strip()
    apposed = len(segments) > 1
    if apposed and _is_noun_phrase(segment) and not VERBISH & set(segment.lower().split()):
        if _opens_with_name(segment) or (segment[:1].isupper() and not _DETERMINER.match(segment)):
            return segment
        return _ending_name(segments[-2]) or segment
    return _ending_name(segment) if person else None


def _ending_name(segment: str) -> str | None:
    named = _ENDING_NAME.search(segment.strip())
    return named.group(0) if named and person_name(named.group(0)) is not None else None


def _relative_subject(phrase: str) -> str:
    """The subject of a relative clause without `that` the phrase ends on (`a step the
    union` → the union), else the phrase; never past a verb (`The campaign says the
    candidate`: a clause, no noun phrase)."""
    relative = _REDUCED_RELATIVE.match(phrase)
    if (
        relative is None
        or REPORTING.search(relative.group())
        or VERBISH & set(relative.group().lower().split())
    ):
        return phrase
    return phrase[relative.end() :]


def _names_person(phrase: str) -> bool:
    return any(person_name(match.group(0)) for match in NAME.finditer(phrase))


def _opens_with_name(phrase: str) -> bool:
    """Whether a phrase opens on a person's name, in full or titled (`Mr. Frum`, `State
    Sen. Megan Lowry`: capitalised words and a title's abbreviation, then the name; not
    `AKA Danger Mouse`, nor a name owning what the phrase is: `Dana Cole’s lawyer`)."""
    if _TITLED.match(phrase):
        return True
    run = _LEADING_CAPITALISED.match(phrase)
    opening = phrase[: run.end()] if run else ""
    starts = [0, *(after.end() for after in re.finditer(r"\.\s+", opening))]
    return any(
        (first := NAME.match(phrase, start)) is not None
        and not first.group(0).endswith(("’s", "'s"))
        and person_name(first.group(0)) is not None
        for start in starts
    )


# The capitalised words a phrase opens on, where a name may begin after an abbreviation
# (`State Sen.`).
_LEADING_CAPITALISED = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}")


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
    # `But it’s not, and Dayton says`: a short clause, no item of a list.
    return len(segment.split()) <= 3 and segment[:1].isupper() and not _CLAUSE_WORD.search(segment)


def sentence_subject(
    sentence: str, is_person: Callable[[str], bool] = lambda word: False
) -> str | None:
    """The subject of a sentence's main clause: its first noun phrase after adverbials.

    None when that phrase opens a list (`A, B and C agreed`): no one item speaks for it.
    ``is_person`` tells whether a lone capitalised word is a person's name (`Hale`).
    """
    sentence = DATELINE.sub("", sentence)
    opening_quote = _OPENING_QUOTE.match(sentence)
    if opening_quote is not None:
        sentence = sentence[opening_quote.end() :]  # `“…,” Roe said, adding …`: Roe's
    segments = _segments(sentence)
    for index, segment in enumerate(segments):
        opening = segment.strip()
        if (
            _PREPOSITION_START.match(opening)
            or _WHEN_OPENING.fullmatch(opening)
            or (index + 1 < len(segments) and _adverbial(opening, is_person))
        ):
            continue
        if _region(segments, index):
            continue  # `At a rally in Birmingham, Alabama, supporters …`
        if _opens_list(segments, index):
            return None
        words: list[str] = []
        written = segment.split()
        for position, word in enumerate(written):
            if words and _QUOTATION_MARK.search(word):
                return None  # `he thought that "Yellen is …"`: a verb the test below missed
            bare = word.strip('“”"').rstrip(":,;")
            if words and bare in ("who", "which"):
                # `An official who has argued …`: the verb may be the relative clause's
                return None
            # The first lower-case verb-looking word ends the subject phrase.
            if (
                words
                and bare[:1].islower()
                and (
                    (
                        (bare.endswith("ed") or bare in _DEED_AFTER_SUBJECT)  # `Residents met`
                        and words[-1].lower() not in {"the", "a", "an"}
                    )
                    or bare in VERBISH
                    or _ends_name(words, bare, written[position + 1 : position + 2], is_person)
                )
            ):
                break
            words.append(word)
        phrase = " ".join(words)
        given = name_given(phrase, segments[index + 1]) if index + 2 < len(segments) else None
        if given is not None and phrase == opening:
            return given  # `His neighbour, who gives his name only as Ramdas, puts …`
        apposed = _apposed_name(segments[index + 1]) if index + 2 < len(segments) else None
        if apposed and phrase == opening and _DETERMINER.match(phrase) and is_person_role(phrase):
            return apposed  # `A company spokeswoman, Anita Kerr, called …`: her name
        return phrase if 0 < len(words) <= 10 else None
    return None


def name_given(described: str, relative: str) -> str | None:
    """The name someone described gave the reporter, in a relative clause after them
    (`A vendor at the market`, `who gave his name only as Rahim`); not where the clause
    may be of another the description names (`Relatives of a teenager`, `A lawyer for one
    of the detainees`)."""
    given = NAME_GIVEN_AS.fullmatch(relative.strip())
    complement = _COMPLEMENT.search(described)
    if given is None or (complement is not None and _of_people(complement["complement"])):
        return None
    return given["name"]


def _of_people(complement: str) -> bool:
    """Whether a complement names people (`a teenager`, `one of the detainees`, `the
    victims`), whom a relative clause after it may be about; not a body or a place (`the
    firm`, `the market`)."""
    last = complement.split()[-1].lower()
    return (
        is_person_role(complement)
        or _SOME_OF.match(complement) is not None
        or (last.endswith("s") and not is_role_word(last))
    )


# A description's complement (`of a teenager`, `for one of the detainees`, `of the firm`).
_COMPLEMENT = re.compile(r"\b(?:of|for|to)\s+(?P<complement>[a-z][\w\s-]*)$")
_SOME_OF = re.compile(r"(?:one|two|three|some|many|several)\s+of\b")


def _apposed_name(segment: str) -> str | None:
    """The name a segment set after a role gives (`Anita Kerr`, `Mr. Lee`, `retired
    postman Arthur Bellamy`): a name that ends it, after nothing but lower-case words."""
    if _opens_with_name(segment):
        return segment
    name = NAME.search(segment)
    if name is None or name.end() != len(segment) or person_name(name.group()) is None:
        return None
    before = segment[: name.start()].split()
    # The role right before the name says whom it names (not `who has given money to`).
    role = bool(before) and (is_role_word(before[-1]) or is_trade_word(before[-1]))
    return name.group() if role and " ".join(before).islower() else None


def _present(word: str, following: list[str]) -> bool:
    """Whether ``word`` in -s is a verb in the present (`Byrne gives an account`), not a
    plural that the verb follows (`Hale allies are furious`, `Trump aides Jo Park`)."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    after = following[0].strip('“”"') if following else ""
    return not (
        after[:1].isupper() or after.endswith("ed") or after in VERBISH or after in _VERB_AFTER_NAME
    )


def _adverbial(segment: str, is_person: Callable[[str], bool]) -> bool:
    """Whether a segment set between commas before a subject is an adverbial (`However`,
    `Separately`, `Pressed on the point`), not the subject itself."""
    if _ADVERBIAL_OPENING.fullmatch(segment):
        return True
    if _ADVERB_OPENING.fullmatch(segment):
        return not is_person(segment)
    participle = _PARTICIPLE_OPENING.fullmatch(segment)
    return (
        participle is not None
        and not is_person(participle["participle"])
        and not any(
            word.endswith("ed") or word in _VERB_AFTER_NAME
            for word in participle["governed"].lower().split()
        )
    )


def _ends_name(
    words: list[str], word: str, following: list[str], is_person: Callable[[str], bool]
) -> bool:
    """Whether lower-case ``word`` ends a subject written as a person's name: a verb or an
    adverb before one (`Hale met with …`, `Byrne also wrote`, `Byrne gives an account`).
    Any other word may go on with the name (`Trump pick Rosa Kim`, `Trump allies are`,
    `Green groups`). A lone word must be a person's name (``is_person``): `Pollsters`,
    `Media` are not."""
    name = " ".join(words)
    return (
        (
            word in _VERB_AFTER_NAME
            or word.endswith(("ly", "n't", "n’t"))
            or _present(word, following)
        )
        and all(written[:1].isupper() for written in words)
        and (
            is_person(name) and name.lower() not in DETERMINERS | POSSESSIVES | OPENERS
            if len(words) == 1
            else _opens_with_name(name)
        )
        and unpossessed(words[-1]) == words[-1]
    )


def _region(segments: list[str], index: int) -> bool:
    """Whether segment ``index`` is the region of a place the one before ends on
    (`in Columbus, Ohio`)."""
    if index == 0 or not _is_list_item(segments[index]) or _names_person(segments[index]):
        return False
    place = _PLACE_AT_END.search(segments[index - 1])
    # `In October, Mr. Paulson`: a time, then the subject.
    return place is not None and not re.fullmatch(
        rf"{DAY_NAME}|{'|'.join(MONTH_NAMES)}", place["place"], re.IGNORECASE
    )


def _home_region(segments: list[str]) -> bool:
    """Whether the last segment is the region of the town a named person is `of`
    (`Maria Chen of Dayton, Ohio`), not a subject after a phrase (`…, Roe said`)."""
    home = _OF_TOWN.search(segments[-2])
    return (
        home is not None
        and _opens_with_name(segments[-2])
        and _is_list_item(segments[-1])
        and not _names_person(segments[-1])
    )


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
    if not segment or _PREPOSITION_START.match(segment) or _WHEN_OPENING.fullmatch(segment):
        return False
    first = segment.split()[0]
    return bool(
        first[:1].isupper()
        or _DETERMINER.match(segment)
        or first.lower() in PRONOUNS
        or is_role_word(first)  # `editor at large of The Forward`
    )
