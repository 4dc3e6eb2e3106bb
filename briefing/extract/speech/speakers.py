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
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from briefing.extract.speech.genders import (
    ENGLISH_PRESS,
    GENDERED_TITLES,
    PRONOUN_GENDERS,
    Gender,
    first_name_gender,
    role_gender,
    title_gender,
)
from briefing.extract.speech.names import (
    COMPANY_NAME_ENDINGS,
    HONORIFICS,
    NAME,
    NAME_GIVEN_AS,
    OFFICE_ABBREVIATIONS,
    ORGANISATION_NAME_ENDINGS,
    OUTLET_NAME_ENDINGS,
    TITLE,
    is_place,
    may_be_first_name,
    names_a_place,
    person_name,
    unpossessed,
)
from briefing.extract.speech.phrases import (
    DETERMINERS,
    DOCUMENTS,
    LINKING_WORDS,
    NON_SPEAKERS,
    OPENERS,
    POSSESSIVES,
    by_role_only,
    group_like,
    holds_role,
    is_person_role,
    is_role_word,
    is_trade_word,
    names_one_by_role,
    role_head,
    speaker_like,
)
from briefing.extract.speech.quotes import is_headline
from briefing.extract.speech.subjects import PRONOUNS, VERBISH, clean_phrase

_PLACED = re.compile(r"\b(?:in|on|at|from|near|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
# A name in the complement of the noun before it (`the widow of Tom Purl`, `a spokesman
# for X`, `an aide to X`): whose relative or agent speaks, not the one who does. Not a
# title's complement (`Secretary of State John Kerry`), which has no lower-case noun.
# Not a document's author (`a post from Arianna Roe`), whose words it holds.
_COMPLEMENT_BEFORE = re.compile(
    rf"\b(?!(?:{DOCUMENTS})\s+(?:from|by)\s)[a-z]{{3,}}\s+(?:of|for|to|from|at|with)\s+(?:the\s+)?$"
)
_COORDINATED = re.compile(r"\s(?:and|or|&)\s|,")
# `Physicians for Human Rights`, `Parents for Open Shelves`: people for a cause, a body.
_PEOPLE_FOR = re.compile(
    r"[A-Z][a-z]+s\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*)*"
)
# A couple named together under one surname (`Sarah and Tom Whitlock`).
_COUPLE = re.compile(
    r"\b(?P<one>[A-Z][a-z]+)\s+and\s+(?P<other>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w'’-]+)\b"
)
# `Her husband`, `his wife`: the spouse of the one the pronoun means, which a couple gives
# (not `his brother`, who may be another's whom the pronoun misses).
_SPOUSE_OF = re.compile(r"(?P<owner>[Hh]is|[Hh]er)\s+(?P<spouse>husband|wife)")
# A role owned by someone just named (`its spokesman`, `her lawyer`).
_POSSESSIVE_ROLE = re.compile(r"(?:its|their|his|her)\s", re.IGNORECASE)
# A name's possession in lower case (`Scott's family`), not a name (`Acme Bank's Mr Lee`).
_POSSESSED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s\s+[a-z][a-z\s-]*")
# A name and its role after one comma: one person, no list.
_APPOSED_ROLE = re.compile(r"(?P<name>[^,]+),\s+(?:the|a|an|his|her|its|their)\s[^,]+")
_ROLE_APPOSED = re.compile(r"(?:the|a|an|his|her|its|their)\s[^,]+,\s+(?P<name>[^,]+?),?")
_SURNAME = r"(?P<surname>[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*(?:['’]s?)?)"
# A first name alone after the role that presents it (`Her friend Shabnam`, `the student
# Mursal`): the role says a person is named, where a lone word says too little.
_ROLE_THEN_FIRST_NAME = re.compile(
    # after a determiner, or opening a clause (`A few streets away, salon owner Nilofar`)
    r"(?:\b(?i:her|his|their|our|my|the|a|an)\s+|(?<=[,.]\s)|\A)(?:[a-z][\w-]*\s+){0,2}"
    # `her husband Naqibullah`, or set off by commas: `Her husband, Naqibullah, a grocer,`
    r"(?P<role>[a-z][\w-]*)(?:\s+|,\s+(?=[A-Z][^\W\d_]+,))(?P<name>[A-Z][^\W\d_]+)"
    r"(?![\w'’.-]|\s+[A-Z])"
    r"(?:\s+(?P<noun>[a-z]+))?"
)


def _apposed_to_role(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a person's role and a comma, in apposition to it
    (`signed by its commissioner, Festus Odigie`)."""
    before = text[max(0, at - 80) : at]
    return before.endswith(", ") and is_person_role(before[:-2].rsplit(",", 1)[-1])


def _body_kind(head: str) -> str | None:
    """The kind of body a lower-case noun names (`the bank`, `the firm`), or None."""
    return (
        _BODY_KINDS.get(head)
        or (head if _KIND.fullmatch(head.capitalize()) else None)
        or ("company" if head.endswith("maker") else None)
    )


# Offices written by their initials, which a body's initials may also be (the Downtown
# Alliance is no `DA`, the district attorney).
_ROLE_INITIALS = frozenset(
    {"da", "pm", "gm", "ceo", "cfo", "coo", "cto", "mp", "mep", "vp", "ag", "md", "ed", "dg"}
)
# An organisation's initials as a name (`INEC`, `the CMA`): two to six capitals.
_BY_INITIALS = re.compile(r"(?:[Tt]he\s+)?(?P<initials>[A-Z]{2,6})")
# Lower-case words inside a body's name that its initials skip (`Competition and Markets
# Authority`: CMA).
_UNINITIALLED = frozenset({"of", "and", "for", "the", "on", "in", "&"})


# Capitalised words and the initials that stand for them after (`the Competition and
# Markets Authority (CMA)`, `Rapid Support Forces (RSF)`): a body's name, spelt out.
_DEFINED_INITIALS = re.compile(
    rf"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:{'|'.join(map(re.escape, sorted(_UNINITIALLED)))})\s+)*"
    r"[A-Z][\w'’-]*){1,7})\s+\((?P<initials>[A-Z]{2,6})\)"
)


def _spelt_out(name: str, initials: str) -> str | None:
    """The longest end of ``name`` whose initials are ``initials`` (`Sudan's Rapid Support
    Forces` for RSF: Rapid Support Forces), or None."""
    words = name.split()
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if words[start].lower() not in _UNINITIALLED and _initials(tail) == initials:
            return tail
    return None


def _initials(body: str) -> str | None:
    """The initials of a body's name of two words or more (`Rapid Support Forces`: RSF)."""
    words = [word for word in body.split() if word.lower() not in _UNINITIALLED]
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    return "".join(word[0] for word in words)


def _first_name_by_role(match: re.Match[str]) -> str | None:
    """The first name a `_ROLE_THEN_FIRST_NAME` or `_FIRST_NAME_APPOSED` match gives, when
    its role names a person and the word is no role or adjective of its own (`the
    incumbent Republican`, `the Afghan government`)."""
    role, name, noun = match["role"], match["name"], match.groupdict().get("noun")
    if not (names_one_by_role(role) and is_person_role(role) and may_be_first_name(name)):
        return None
    if is_place(name) or is_role_word(name.lower()) or (noun and is_role_word(noun)):
        return None
    return name


_TITLED_SURNAME = re.compile(rf"(?P<title>(?:{TITLE}\s+)+){_SURNAME}")
# A known person's surname after words that describe them for the moment (`a defiant
# Trump`, `warm-and-fuzzy Trump`); not those that tell apart another of the name (`the
# younger Mr. Trump` is the son).
_DESCRIBED_SURNAME = re.compile(
    r"(?:(?i:a|an|the)\s+)?"
    rf"(?:(?!(?:younger|elder|older|junior|senior|other|{LINKING_WORDS})\b)[a-z][\w-]*\s+){{1,3}}"
    rf"(?P<named>(?:{TITLE}\s+)*{_SURNAME})"
)
# A gendered title and a surname (`Mrs Haidari`), found in every sentence: a short
# alternation, not every title there is, keeps that cheap.
# The titles' first letters, looked at before the titles are tried at a word's start.
_TITLE_INITIALS = "".join(sorted({title[0] for title in GENDERED_TITLES}))
_GENDER_TITLED = re.compile(
    rf"\b(?=(?i:[{_TITLE_INITIALS}]))"
    rf"(?P<title>(?i:{'|'.join(sorted(GENDERED_TITLES, key=len, reverse=True))})\.?)\s+" + _SURNAME
)
# A gendered title just before a name (`Mrs. `), and how far back one is looked for.
_GENDER_TITLE_BEFORE = re.compile(
    rf"\b(?P<title>(?i:{'|'.join(sorted(GENDERED_TITLES, key=len, reverse=True))}))\.?\s+$"
)
_TITLE_REACH = 12
# An office written before a surname (`President Obama`, `Sen. Cruz`): someone a pronoun
# may mean, of either gender. Capitalised, and only offices that rarely start a body's
# name (`General Motors`, `Justice Department` do); some still do (`Judge Street`), so the
# reader takes such a person for a doubt, never an answer.
_OFFICE_TITLED = re.compile(
    r"\b(?P<title>(?-i:President|Senator|Sen\.|Governor|Gov\.|Rep\.|Representative|Mayor|"
    r"Judge|Secretary|Speaker|Chancellor|Ambassador|Gen\.|Prof\.|Dr\.?))\s+"
    + _SURNAME
    # `Sen. David Perdue` is a full name, found as one.
    + r"(?![\w'’-])(?!\s+(?-i:[A-Z]))"
)
# Organisations by the word that says what kind of body they are; a company's legal form
# (`Inc.`, `Ltd`) says it is a company.
_BODY_KINDS = {
    "co": "company",
    "group": "company",
    # what business stories call a company once they have named it (`the firm`)
    "firm": "company",
    "chain": "company",
    "retailer": "company",
    "business": "company",
    "maker": "company",
    "manufacturer": "company",
    "carrier": "company",
    "airline": "company",
    "lender": "company",
    "insurer": "company",
    "developer": "company",
    "housebuilder": "company",
    "builder": "company",
    "supplier": "company",
    "operator": "company",
    "contractor": "company",
    **dict.fromkeys(COMPANY_NAME_ENDINGS, "company"),
    # one kind, spelt two ways
    "center": "centre",
    "organization": "organisation",
    # news outlets, by the words their names end in and the words for them
    **dict.fromkeys((*OUTLET_NAME_ENDINGS, "newspaper", "paper", "broadcaster"), "outlet"),
}
_KINDS = (
    r"Bank|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Plc|LLC|Group|Agency|Ministry|Party|"
    r"Council|Commission|Committee|Union|Fund|Foundation|Institute|University|Authority|"
    r"Department|Court|Police|Army|Front|"
    + "|".join(sorted(word.capitalize() for word in ORGANISATION_NAME_ENDINGS))
)
_PROPER = r"(?!The\b)[A-Z][\w&’'-]*"
# `Hollins & Crewe, the toymaker behind …,`: a body and what kind it is, in apposition.
_BODY_APPOSED = re.compile(
    rf"(?P<name>{_PROPER}(?:\s+(?:&\s+)?{_PROPER}){{0,4}}),\s+the\s+(?P<kind>[^,;:“”\"]{{3,60}}?)"
    r"(?=[,.]|\s+(?:behind|that|which|who|with|in|of)\b)"
)
# A role and the body it serves, before that body's phrase (`A spokesman for `).
_SERVING = re.compile(r"\b(?P<role>[A-Za-z-]+)\s+(?:for|of|at|with|from)\s+$")
# `the prime contractor, Arvalis Aerospace of Huntsville,`: the kind, then the body.
_KIND_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){{0,2}}(?P<kind>[a-z]+),\s+"
    rf"(?P<name>{_PROPER}(?:\s+(?:&\s+)?{_PROPER}){{0,4}})(?=[,.]|\s+of\b)"
)
# `the aid group Oxfam`, `The U.N. refugee agency UNHCR`: the kind of body, then its name.
_KIND_NAMED = re.compile(
    rf"(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:for|of|to|at|in|with|from|by|on)\s)[\w.-]+\s+){{0,3}}?"
    rf"(?P<kind>[a-z]+)\s+"
    rf"(?P<name>{_PROPER}(?:\s+(?:&\s+)?{_PROPER}){{0,4}})"
)
# `Acme Bank`, `National Resistance Front`, or `the Ministry of Water`: the kind of body,
# with the capitalised words before it or the `of …` name after it.
_KIND = re.compile(rf"\b(?:{_KINDS})(?![\w-])")
_NAMED_BEFORE = re.compile(rf"{_PROPER}\s+(?:(?:(?:and|for|&)\s+)?{_PROPER}\s+){{0,3}}$")
_OF_NAME = re.compile(rf"\s+of\s+(?:the\s+)?{_PROPER}(?:\s+{_PROPER}){{0,3}}")
# `Jo Park, 43,` and `43-year-old Jo Park`: her age, by which the article may name her
# again (`the 43-year-old said`).
_AGE = r",\s+(?P<age>\d{1,3}),"
AGE_AFTER = re.compile(_AGE)
# A name written as a person's: with an age or `who`, or as the subject of a speech verb.
_SPOKE = r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|stated)"
_AS_A_PERSON_AFTER = re.compile(rf"{_AGE}|,\s+who\s|\s+{_SPOKE}\b")
_SPOKE_BEFORE = re.compile(rf"\b{_SPOKE}\s+$")
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+$")
_INDEFINITE = re.compile(rf"(?i:{'|'.join(sorted(DETERMINERS - {'the'}))})\s")
# A lower-case word before a name, and the word before it, which may own it (`her lawyer
# Tom Hale` is a lawyer to her, not the article's one lawyer).
_WORD_BEFORE = re.compile(r"(?:(?P<owner>[\w'’]+)\s+)?\b(?P<word>[a-z][\w-]*)\s+$")
# Someone named by a first name alone and an age (`Her son, Zarif, 30, a labourer,`), as
# reports name refugees and witnesses who give no family name; not the end of a longer name.
_FIRST_NAME_AGED = re.compile(rf"(?<![\w'’.-])(?P<name>[A-Z][a-z]{{2,}})(?={_AGE})")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# `Thandar, a schoolteacher who lost her mother,`, `said Nasir, a barber waiting …`: a
# first name opening a sentence or given words, set beside the role that presents it.
_FIRST_NAME_APPOSED = re.compile(
    rf"(?:\A|(?<=[.!?]\s)|\b{_SPOKE}\s+)(?P<name>[A-Z][a-z]{{2,}}),\s+(?:a|an)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)"
    r"(?=\s+(?:who|of|at|from|in|with|for|on)\b|\s+[a-z]+ing\b|[,.;])"
)
# `Shabnam, who gave only her first name,`, `Karim, who asked that his surname not be
# used,`: the reporter's words for a person named by a first name alone, and their gender.
_FIRST_NAME_ONLY = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z]{2,}),\s+who\s+(?:gave|gives|would\s+give|"
    r"(?:asked|declined|refused)\s+(?:that|to|not\s+to)(?:\s+[a-z]+){0,3}|did\s+not\s+give)"
    r"\s+(?:only\s+)?(?P<pronoun>his|her)\s+"
    r"(?:first\s+name|surname|family\s+name|last\s+name|full\s+name)\b"
)
_BY_AGE = re.compile(r"the\s+(?P<age>\d{1,3})-year-old\.?", re.IGNORECASE)
APPOSITION_AFTER = re.compile(
    rf"(?P<name>{NAME.pattern}),\s+(?P<role>(?:the|a|an)\s+[^,;:“”\"]{{3,80}}?|"
    rf"[a-z][^,;:“”\"]{{2,80}}?\bof\b[^,;:“”\"]{{2,60}}?)(?=,|\.|\s+(?:said|says|stated))"
)
# A preposition just before a name: the name is its object, in a phrase of its own.
_GOVERNING_BEFORE = re.compile(r"\b(?:to|for|with|from|by|in|at|on|about|against)\s+$")
# `Counsel assisting the coroner, Kate Lindqvist,`, `an aide to the governor, Ron Hale,`:
# the role is the object of what stands before it, and the name that person's.
_ROLE_AS_OBJECT = re.compile(
    r"(?:\b(?!(?:during|according|morning|evening)\b)[a-z]{3,}ing|\b(?:aides?|advis[eo]rs?|"
    r"spokes(?:man|woman|person)|lawyers?|counsel|attorneys?|assistants?)\s+(?:to|for))\s+$",
    re.IGNORECASE,
)
# `Fiona Caldwell, who became chief executive in March,`: a role the relative gives.
ROLE_BY_WHO = re.compile(
    rf"(?P<name>{NAME.pattern}),\s+who\s+(?:became|becomes|is|was|has\s+been|had\s+been|"
    rf"serves\s+as|served\s+as|is\s+now)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?P<role>[a-z][a-z -]{{2,40}}?)(?=\s+(?:in|at|of|for|since|from|until)\b|[,.;])"
)
APPOSITION_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<role>[^,;:()“”\"]{{2,60}}?),\s+(?P<name>{NAME.pattern})"
    r"(?:,|\s+of\s)"  # `One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist`
)


@dataclass
class Cast:
    """The people an article names, with their roles and surnames."""

    names: Counter[str] = field(default_factory=Counter)
    roles: dict[str, list[str]] = field(default_factory=dict)
    offices: dict[str, list[str]] = field(default_factory=dict)
    """Offices of several words written as a title before a name (`Prime Minister Marek
    Hollý`), which only the same words name again (`the prime minister`, not `the
    minister`, and `Vice President X` is never `the president`)."""
    mentions: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    """Per text, where each person's full name stands, so readers need not search again."""
    titles: dict[str, set[str]] = field(default_factory=dict)
    """The titles each name is written with (`mr`, `sen`), lower-cased, without stops."""
    bodies: dict[str, set[str]] = field(default_factory=dict)
    """Organisations the article names, by the kind of body each is (`bank` → Acme Bank)."""
    people: set[str] = field(default_factory=set)
    """Names written as a person's: beside a speech verb or with an age (`Jo Park, 43,`)."""
    ages: dict[str, set[str]] = field(default_factory=dict)
    """Who the article gives each age (`43` → Jo Park)."""
    couples: list[frozenset[str]] = field(default_factory=list)
    """People named together under one surname (`Sarah and Tom Whitlock`)."""
    genders: dict[str, Gender] = field(default_factory=dict)
    """What the article's own words say of a person's gender (`Shabnam, who gave only her
    first name`), where no title or dictionary does."""
    _surname_pattern: re.Pattern[str] | None = None
    _longer_names: dict[str, set[str]] | None = None
    _body_initials: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Cast:
        cast = cls()
        alone: set[str] = set()  # first names given alone with an age
        for text in texts:
            mentions: list[tuple[int, int, str]] = []
            if is_headline(text):
                cast.mentions[text] = mentions  # `Roe Says Plan Failed`: no names to read
                continue
            before_name = False
            for match in NAME.finditer(text):
                name = person_name(match.group(0))
                if name is None:
                    continue
                cast.names[name] += 1
                mentions.append((match.start(), match.end(), name))
                if _AS_A_PERSON_AFTER.match(text, match.end()) or _SPOKE_BEFORE.search(
                    text, max(0, match.start() - 12), match.start()
                ):
                    cast.people.add(name)
                aged = AGE_AFTER.match(text, match.end()) or _AGE_BEFORE.search(
                    text, max(0, match.start() - 16), match.start()
                )
                if aged is not None:
                    cast.ages.setdefault(aged["age"], set()).add(name)
                before_name = before_name or text.startswith((",", " of "), match.end())
                first = match.group(0).split()[0]
                if first.lower() in HONORIFICS:
                    cast.add_role(first, name)
                elif (office := OFFICE_ABBREVIATIONS.get(first.lower().rstrip("."))) is not None:
                    cast.add_role(office, name)  # `Gov. Lauren Whitacre`: the governor
                titled_by = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if (
                    titled_by is not None
                    and names_one_by_role(titled_by["word"])
                    and not _owned(titled_by["owner"] or "")
                ):
                    cast.add_role(titled_by["word"], name)  # `Republican pollster Whit Ayres`
                written = match.group(0)
                before = written[: written.find(name.split()[0])].split()
                # Only titles: `In Sarkanai Payan` puts no person in a village.
                words = (word.lower().rstrip(".") for word in before)
                cast.titles.setdefault(name, set()).update(
                    word for word in words if word in HONORIFICS
                )
                if len(before) > 1 and is_role_word(before[-1].lower()):
                    key = _role_key(" ".join(before))
                    cast.offices.setdefault(key, []).append(name)
            cast.mentions[text] = mentions
            alone.update(
                aged["name"]
                for aged in _FIRST_NAME_AGED.finditer(text)
                if not _CAPITALISED_BEFORE.search(text, 0, aged.start())
                and may_be_first_name(aged["name"])
            )
            # Not the gender of a pronoun in the apposition: `Omar, a nurse who treated her
            # burns,` is no woman.
            alone.update(
                apposed["name"]
                for apposed in _FIRST_NAME_APPOSED.finditer(text)
                if _first_name_by_role(apposed) is not None
            )
            cast.couples += [
                frozenset(
                    {
                        f"{couple['one']} {couple['surname']}",
                        f"{couple['other']} {couple['surname']}",
                    }
                )
                for couple in _COUPLE.finditer(text)
            ]
            for given in NAME_GIVEN_AS.finditer(text):
                if " " not in given["name"] and may_be_first_name(given["name"]):
                    alone.add(given["name"])  # `who gives his name only as Ramdas`
                    if given["pronoun"]:
                        cast.genders[given["name"]] = PRONOUN_GENDERS[given["pronoun"]]
            for unnamed in _FIRST_NAME_ONLY.finditer(text):
                if may_be_first_name(unnamed["name"]):
                    alone.add(unnamed["name"])
                    pronoun = unnamed["pronoun"]
                    cast.genders[unnamed["name"]] = PRONOUN_GENDERS[pronoun]
            alone.update(
                name
                for introduced in _ROLE_THEN_FIRST_NAME.finditer(text)
                if (name := _first_name_by_role(introduced)) is not None
            )
            for kind in _KIND.finditer(text):
                # A kind word is rarer than a capital: look back from it for the body's name.
                body = _NAMED_BEFORE.search(text, max(0, kind.start() - 80), kind.start())
                after = _OF_NAME.match(text, kind.end())
                if body is None and after is None:
                    continue
                start = body.start() if body else kind.start()
                joined = text.rfind(" and ", start, kind.start())
                if joined >= 0 and (
                    person_name(text[start:joined]) is not None
                    or any(
                        word.lower().rstrip(".") in HONORIFICS
                        for word in text[start:joined].split()
                    )
                ):
                    start = joined + len(" and ")  # `Mayor Tom Haldane and Westfield Council`
                name = text[start : after.end() if after else kind.end()].rstrip(".")
                word = kind.group().lower().rstrip(".")
                cast.bodies.setdefault(_BODY_KINDS.get(word, word), set()).add(name)
            for defined in _DEFINED_INITIALS.finditer(text):
                spelt = _spelt_out(defined["name"], defined["initials"])
                # `Andrés Manuel Ortega Lira (AMOL)` is a person.
                if spelt is not None and first_name_gender(spelt.split()[0]) is None:
                    last = spelt.split()[-1].lower()
                    cast.bodies.setdefault(_BODY_KINDS.get(last, last), set()).add(spelt)
            for apposed in (*_BODY_APPOSED.finditer(text), *_KIND_APPOSED.finditer(text)):
                body_kind = _body_kind(role_head(apposed["kind"]))
                served = _SERVING.search(text, max(0, apposed.start() - 40), apposed.start())
                if (
                    served is not None
                    and names_one_by_role(served["role"].lower())
                    and first_name_gender(apposed["name"].split()[0]) is not None
                ):
                    # `A spokesman for the department, Zeeshan Qureshi,`: the spokesman's
                    # name, not the department's.
                    continue
                if body_kind is not None:
                    cast.bodies.setdefault(body_kind, set()).add(apposed["name"])
            if not before_name:
                continue  # both appositions need a comma (or `of`) after a name
            for pattern in (APPOSITION_AFTER, APPOSITION_BEFORE, ROLE_BY_WHO):
                for match in pattern.finditer(text):
                    name = person_name(match.group("name"))
                    role = match.group("role")
                    # `who was arrested`: an act, no role
                    if (
                        name is not None
                        and (pattern is not ROLE_BY_WHO or is_person_role(role))
                        and not (
                            pattern is APPOSITION_BEFORE
                            and _ROLE_AS_OBJECT.search(
                                text, max(0, match.start() - 40), match.start()
                            )
                        )
                        and holds_role(name, role)
                        # `In a statement to Meridian Wire, the company said`, `… signed by
                        # its commissioner, Festus Odigie, the commission said`: a phrase
                        # that opened the sentence, then its subject, no apposition
                        and not (
                            pattern is APPOSITION_AFTER
                            and (
                                _GOVERNING_BEFORE.search(
                                    text, max(0, match.start() - 12), match.start()
                                )
                                or _apposed_to_role(text, match.start())
                            )
                            and not text.startswith((",", "."), match.end())
                        )
                    ):
                        cast.add_role(role, name)
        # `Fiorina, 61,` is Carly Fiorina's surname; `Zarif, 30,` a person of his own.
        named_words = {word for name in cast.names for word in name.split()}
        for name in alone - named_words:
            cast.names[name] += 1
            cast.people.add(name)
        return cast

    def named_in(self, text: str, start: int, end: int) -> list[str]:
        """Full names of the people named in ``text[start:end]``, in order."""
        return [self.full_name(name) for _, name in self.mentions_in(text, start, end)]

    def mentions_in(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Where each person in ``text[start:end]`` is named, by full name or surname."""
        if text not in self.mentions:
            self.mentions[text] = [
                (match.start(), match.end(), name)
                for match in NAME.finditer(text)
                if (name := person_name(match.group(0))) is not None
            ]
        if self._surname_pattern is None:
            self._surname_pattern = self._surnames()
        mentions = self.mentions[text]
        # Mentions are in order: find this sentence's by bisection, not by reading them all.
        first = bisect_left(mentions, start, key=lambda mention: mention[0])
        last = bisect_left(mentions, end, lo=first, key=lambda mention: mention[0])
        named = mentions[first:last]
        surnames = [
            (match.start(), match.group())
            for match in self._surname_pattern.finditer(text, start, end)
            if not any(at <= match.start() < until for at, until, _ in named)
        ]
        return sorted([(at, name) for at, _, name in named] + surnames)

    def full_name_at(self, text: str, position: int, name: str) -> str:
        """``full_name`` of a name written at ``position`` of ``text``, of the gender of a
        title just before it (`Mrs. Clinton`, of Bill and Hillary Clinton, is Hillary)."""
        titled = _GENDER_TITLE_BEFORE.search(text, max(0, position - _TITLE_REACH), position)
        return self.full_name(name, title_gender(titled["title"]) if titled else None)

    def titled_in(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Where ``text[start:end]`` names someone by a title and a surname the article never
        gives a full name (`Mr Noori`, `President Obama`), with the name as written."""
        found = []
        for pattern in (_GENDER_TITLED, _OFFICE_TITLED):
            for match in pattern.finditer(text, start, end):
                surname = match["surname"]
                if unpossessed(surname) != surname or surname.lower() in HONORIFICS:
                    # `Mr. Obama's adviser`: the adviser is the one in view; `Secretary
                    # General`: a title, no surname.
                    continue
                if self.full_name_at(text, match.start("surname"), surname) not in self.names:
                    found.append((match.start(), f"{' '.join(match['title'].split())} {surname}"))
        return sorted(found)

    def _surnames(self) -> re.Pattern[str]:
        """The cast's surnames (`Roe` for Jane Roe; one two people share stands for the one
        ``full_name`` gives), and the first names only one of them has and no one bears as
        a surname (`Omid thinks …` of Omid Nazari, whose mother shares his surname), longest
        first; not inside a hyphenated word (`Khana-e-Omid`, a house) or a contraction, and
        no first name that is also a place's (`Jordan has hosted him since` is no Jordan
        Haddad)."""
        surnames = {name.split()[-1] for name in self.names}
        first_names = Counter(name.split()[0] for name in self.names if " " in name)
        alone = {
            first for first, count in first_names.items() if count == 1 and not names_a_place(first)
        } - surnames
        short = sorted(surnames | alone, key=len, reverse=True)
        if not short:
            return re.compile(r"(?!)")
        # Not `Don’t` for Don Stewart.
        return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, short))})(?![\w-]|['’]t\b)")

    def add_role(self, role: str, name: str) -> None:
        key = _role_key(role)
        if not key:
            return
        self.roles.setdefault(key, []).append(name)

    def full_name(self, name: str, gender: Gender | None = None) -> str:
        """The fullest registered form of a name, surname or first name (`Roe` → `Jane Roe`);
        of ``gender`` where a title gives one (`Mr Noori` of Farida and Zalmai Noori)."""
        if " " in name:
            # `Judge Mac Aodha` of Gráinne Mac Aodha: a surname of two words
            if self._longer_names is None:  # read once the cast is complete
                self._longer_names = {}
                for full in self.names:
                    words = full.split()
                    for cut in range(1, len(words) - 1):
                        tail = " ".join(words[cut:])
                        self._longer_names.setdefault(tail, set()).add(full)
            longer = self._longer_names.get(name, set())
            return next(iter(longer)) if len(longer) == 1 else name
        if name in self.names:
            return name
        candidates = [
            full
            for full in self._with_surname(name)
            if gender is None or self.gender(full) in (gender, None)
        ]
        if not candidates:
            # `sobbed Kerry` after `Kerry Walsh, 34,`: the one person of that first name.
            given = {full for full in self.names if " " in full and full.split()[0] == name}
            return given.pop() if len(given) == 1 else name
        most = max(candidates, key=lambda full: self.names[full])
        others = [self.names[full] for full in candidates if full != most]
        # One named far more often is the one meant; else the one the article introduced
        # first, as a reader takes it (a relative comes later: `his father, Ahmad Shah …`).
        return most if all(2 * count <= self.names[most] for count in others) else candidates[0]

    def _with_surname(self, surname: str) -> list[str]:
        """The names the article gives with ``surname``, in the order it first gives them
        (a Counter keeps it)."""
        return [full for full in self.names if full.split()[-1] == surname]

    def by_role(self, phrase: str) -> str | None:
        """The one person the article gave the role ``phrase`` names; nobody for a role
        said of someone new (`a friend said`), whoever holds it."""
        if _INDEFINITE.match(phrase):
            return None
        key = _role_key(phrase)
        exact = self.roles.get(key) or self.offices.get(key)
        if exact:
            return Counter(exact).most_common(1)[0][0]
        if _POSSESSIVE_ROLE.match(phrase):
            return None  # `its spokesman`: the body's just named, not one the article gave
        if " " not in phrase.strip() and phrase[:1].isupper():
            return None  # `Trump` is a name, not the role `a close advisor to Trump` ends on
        head = role_head(phrase)
        if all(word[:1].isupper() for word in phrase.split()) and not (
            is_role_word(head) or is_trade_word(head)
        ):
            # `Lyndale Heights` is a name, no role, though `a Republican who represents
            # Lyndale Heights` ends on its word.
            return None
        # `the leader of X` is not whoever leads Y, nor `the Taliban's chief spokesman` the
        # police spokesman: the complements must agree, and the words before the head must
        # all stand in the holder's role.
        holders = {
            name
            for role, names in self.roles.items()
            if role_head(role) == head
            and (" of " not in key or _same_complement(key, role))
            and all(_stands_in(word, role) for word in _modifiers(key))
            for name in names
        }
        # Two people hold it: which one is meant is a guess.
        return holders.pop() if len(holders) == 1 else None

    @property
    def named_bodies(self) -> set[str]:
        """Every organisation the article names as a body of some kind."""
        return set().union(*self.bodies.values())

    def body_named(self, phrase: str) -> str | None:
        """The one organisation of its kind the article names, for `the company`, `the
        bank`, `the ministry`, `the health board`; None when it names none, or several."""
        words = phrase.lower().split()
        # not `the Rebel Front`, a name written whole
        if len(words) not in (2, 3) or words[0] != "the" or not phrase.split()[-1].islower():
            return None
        bodies = self.bodies.get(_BODY_KINDS.get(words[-1], words[-1]), set())
        if len(words) == 3:
            # `the health board` for Teifi and Tywi Health Board: the one whose name holds
            # the word before its kind.
            bodies = {body for body in bodies if words[1] in body.lower().split()}
        return next(iter(bodies)) if len(bodies) == 1 else None

    def body_by_initials(self, phrase: str) -> str | None:
        """The one organisation whose initials a phrase writes (`the CMA` for the
        Competition and Markets Authority, `INEC`); None when no body or several have them."""
        initials = _BY_INITIALS.fullmatch(phrase)
        if initials is None or initials["initials"].lower() in _ROLE_INITIALS:
            return None  # `the DA`, `the PM`, `the GM`: a person's office, not a body
        bodies = {body for body in self.named_bodies if _initials(body) == initials["initials"]}
        return bodies.pop() if len(bodies) == 1 else None

    def writes_body(self, body: str, text: str) -> bool:
        """Whether ``text`` names the organisation ``body``, in full or by its initials
        (`INEC`). Not by a short form (`Halvern` for Halvern Pharmaceuticals): the other
        body of its kind the article writes only so (`Labour` beside the Conservative
        Party) is no body the cast knows, and `the party` may be that one."""
        if body in text:
            return True
        if body not in self._body_initials:
            initials = _initials(body)
            self._body_initials[body] = (
                re.compile(rf"(?<![\w-]){initials}(?![\w-])") if initials else None
            )
        written = self._body_initials[body]
        return written is not None and written.search(text) is not None

    def gender(self, name: str) -> Gender | None:
        """How the article writes of this person: a gendered title, else the first name;
        someone written of by role only (`the spokeswoman`), the role's."""
        if name[:1].islower() or by_role_only(name):
            return role_gender(role_head(name))
        titled = self.titled(name)
        if titled is not None:
            return titled  # `Mr Noori`, a speaker the article never names in full
        for title in self.titles.get(name, ()):
            gender = title_gender(title)
            if gender is not None:
                return gender
        return self.genders.get(name) or first_name_gender(name, ENGLISH_PRESS)

    @staticmethod
    def titled(name: str) -> Gender | None:
        """The gender of a name written as a gendered title and a surname (`Mrs Haidari`)."""
        titled = _TITLED_SURNAME.fullmatch(name)
        return title_gender(titled["title"].split()[-1]) if titled else None

    def is_person(self, name: str) -> bool:
        """Whether a name in the cast is a person's rather than a place's or a thing's:
        written with a title, a role or an age, as someone speaking, or with a first name
        people are given."""
        if name in self.people or self.titles.get(name):
            return True
        if any(name in names for names in self.roles.values()):
            return True
        return first_name_gender(name) is not None

    def resolve(
        self, phrase: str, antecedent: Callable[[str], str | None], tagged: bool = False
    ) -> str | None:
        """The speaker a subject phrase names, or None when it names no one clearly.

        ``antecedent`` resolves a pronoun; the caller knows who was mentioned before it.
        ``tagged``: the phrase is the subject of a speech verb (`…,” Reid said`), so a lone
        capitalised word there is a speaker's name even when the article gives no more.
        """
        phrase = clean_phrase(phrase)
        if not phrase:
            return None
        lowered = phrase.lower()
        if lowered in PRONOUNS:
            return antecedent(lowered)
        if lowered in NON_SPEAKERS:
            return None
        apposed = _APPOSED_ROLE.fullmatch(phrase) or _ROLE_APPOSED.fullmatch(phrase)
        if apposed is not None and NAME.search(apposed.group("name")):
            # `Jo Park, the mayor of Ashby` and `the mayor of Ashby, Jo Park`: Jo Park
            phrase = apposed.group("name")
        by_age = _BY_AGE.fullmatch(phrase)
        if by_age is not None:
            # `the 43-year-old`: the one person the article gave that age, else nobody.
            aged = self.ages.get(by_age["age"], set())
            return next(iter(aged)) if len(aged) == 1 else None
        if _COORDINATED.search(phrase):
            # `Roe and Doe`, `members like A, B, and C`: a group, never one of its members.
            whole = self.by_role(phrase)
            return whole or (phrase if group_like(phrase) else None)
        spouse = _SPOUSE_OF.fullmatch(phrase)
        if spouse is not None:
            partner = self._partner(spouse["spouse"], antecedent(spouse["owner"].lower()))
            if partner is not None:
                return partner
        if _PEOPLE_FOR.fullmatch(phrase):
            return phrase  # `Families for Open Shelves`: a body's name, no one in it
        if _POSSESSED.fullmatch(phrase):
            # `Scott's family`, `Clinton's campaign`: those of the person, not the person.
            return phrase if speaker_like(phrase) else None
        by_initials = self.body_by_initials(phrase)
        if by_initials is not None:
            return by_initials
        named = [
            (match, full)
            for match in NAME.finditer(phrase)
            if (name := person_name(match.group(0))) is not None
            # `Republicans on Capitol Hill`: a place the phrase's people are in, no speaker.
            and (
                self.is_person(full := self.full_name(name))
                or not _PLACED.search(phrase, 0, match.start())
            )
            and not _COMPLEMENT_BEFORE.search(phrase, 0, match.start())
            # `A senior Civic Renewal lawmaker`, `a Hale aide`: a name before the role of
            # the one who speaks, whom the phrase describes.
            and not (
                _ROLE_AFTER_NAME.fullmatch(phrase, match.end()) is not None
                and is_role_word(role_head(phrase))
            )
        ]
        if named:
            return self._head_person(phrase, named)
        titled = _TITLED_SURNAME.fullmatch(phrase)
        if titled is not None:
            # `Mr. Lee`: the full name the article gave Lee, else the title and surname.
            surname = unpossessed(titled.group("surname"))
            title = " ".join(titled.group("title").split())
            full = self.full_name(surname, title_gender(title.split()[-1]))
            return full if full != surname else f"{title} {surname}"
        words = phrase.split()
        if len(words) == 1 and words[0][0].isupper():
            bare = unpossessed(words[0])
            full = self.full_name(bare)
            if full != bare or bare in self.names:
                return full
            lone_name = tagged and bare.lower() not in OPENERS | NON_SPEAKERS
            return self.by_role(bare) or (bare if lone_name or speaker_like(bare) else None)
        person = self.by_role(phrase) or self.body_named(phrase)
        if person is not None:
            return person
        kind_named = _KIND_NAMED.fullmatch(phrase)
        if kind_named is not None and _body_kind(kind_named["kind"]) is not None:
            return kind_named["name"]  # `the aid group Oxfam`: Oxfam
        described = _DESCRIBED_SURNAME.fullmatch(phrase)
        # Only words describing the person, not a role (`campaign manager Hale` may be
        # another Hale, whom the role names).
        if described is not None and not any(
            is_role_word(word) or is_trade_word(word)
            for word in phrase[: described.start("named")].split()
        ):
            surname = unpossessed(described["surname"])
            # Of one person only: `a smiling Hale` after Paula and Doug Hale is a doubt.
            if len(self._with_surname(surname)) == 1:
                return self.resolve(described["named"], antecedent, tagged)
        introduced = _ROLE_THEN_FIRST_NAME.fullmatch(phrase)
        first_name = _first_name_by_role(introduced) if introduced else None
        if first_name is not None:
            return self.full_name(first_name)
        head = role_head(phrase)
        if head in NON_SPEAKERS or len(words) > 12 or VERBISH.intersection(lowered.split()):
            return None
        return phrase if speaker_like(phrase) else None

    def _partner(self, spouse: str, of: str | None) -> str | None:
        """`Her husband` of Sarah Whitlock: the one the article named with her as a couple
        (`Sarah and Tom Whitlock`), of the gender ``spouse`` gives; else None. A shared
        surname alone is no marriage (`Sara Khan` and `Imran Khan`)."""
        if of is None:
            return None
        partners = {one for couple in self.couples if of in couple for one in couple} - {of}
        gender = role_gender(spouse)
        partners = {name for name in partners if self.gender(name) in (gender, None)}
        return partners.pop() if len(partners) == 1 else None

    def _head_person(self, phrase: str, named: list[tuple[re.Match[str], str]]) -> str:
        """The person a phrase naming several is about: `Former Arizona governor Jan
        Brewer` is Jan Brewer among the capitalised runs, and `Hillary Rodham's spokesman
        Brian Fallon` or `former Bush speechwriter Noam Neusner` the person the role
        before them belongs to names (the last), not whose role it is."""
        people = [(match, name) for match, name in named if self.is_person(name)]
        if not people:
            return named[0][1]
        for (before, _), (match, name) in reversed(list(pairwise(people))):
            between = phrase[before.end() : match.start()].replace("’", "'").split()
            words = [word.removeprefix("'s").lower() for word in between]
            if words[:1] == ["of"] and not any("'" in word for word in between):
                # `Jo Park of the Research Center for Peace Studies`: Park's body; but
                # `Rep. Tom Hale of Texas's spokeswoman Ann Lee` is Lee.
                continue
            if any(is_role_word(word) or is_trade_word(word) for word in words):
                return name
        return people[0][1]


# Lower-case words, a role among them, to a phrase's end (`… lawmaker`, `… bank executive`).
_ROLE_AFTER_NAME = re.compile(r"(?:\s+[a-z][\w-]*)+")


def _owned(word: str) -> bool:
    """Whether ``word`` owns what follows it (`her`, `Lee's`)."""
    return word.lower() in POSSESSIVES or unpossessed(word) != word


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
    spelt = sorted(theirs, key=role.find)
    return any(_abbreviates(word, spelt) for word in ours)


def _words(role: str) -> list[str]:
    return [word.strip(".,").removesuffix("'s").removesuffix("’s") for word in role.split()]


def _modifiers(key: str) -> set[str]:
    """The words a role key (its determiner already gone) sets before its head
    (`taliban chief` in `taliban's chief spokesman`)."""
    return set(_words(key.split(" of ", 1)[0])[:-1])


def _stands_in(word: str, role: str) -> bool:
    """Whether ``word`` is one of ``role``'s words, or the acronym of some of them (`nrf`
    in `leader of the national resistance front`)."""
    words = [w for w in _words(role) if w not in ("the", "a", "an", "of", "and")]
    return word in words or _abbreviates(word, words)


def _abbreviates(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the initials of a run of ``words`` (`nrf`, `un`)."""
    return len(word) > 1 and word in "".join(w[0] for w in words)


def _complement(role: str) -> set[str]:
    words = role.split(" of ", 1)[1].split()
    return {word.strip(".,") for word in words if word not in ("the", "a", "an", "of", "and")}
