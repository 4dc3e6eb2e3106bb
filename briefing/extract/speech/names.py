"""What a person's name looks like, as opposed to a place, a date or an organisation.

``NAME`` finds runs of two to four capitalised words; ``person_name`` keeps those that name
a person, without the title (`Mr`, `the mayor`) or possessive they were written with.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.figures.dates import MONTH_NAMES
from briefing.extract.speech.genders import RELIGIOUS_TITLES, first_name_gender, unaccented
from briefing.extract.speech.quotes import is_headline

_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = r"[^\W\d_]"
_CAP = rf"[{_UPPER}]{_LETTER}*(?:[-'’]{_LETTER}+)*"
_CONNECTOR = r"(?:de|da|del|der|van|von|bin|al|la|le|du|dos)"
# Titles written as abbreviations (`Rep.`, `Lt.`): their stop would otherwise cut the name.
ABBREVIATED_TITLES = frozenset(
    """Mr Mrs Ms Dr Prof Sen Rep Gov Lt Gen Col Sgt Capt Cmdr Maj Adm Rev Hon Pres Atty""".split()  # noqa: SIM905
)
_TITLE_ABBREVIATION = rf"(?:{'|'.join(sorted(ABBREVIATED_TITLES))})\."
INITIAL = rf"[{_UPPER}]\."
# An initial inside a longer name, whose stop ends no sentence (`the U.S. Geological Survey`,
# `John F. Kennedy`): a lone capital, then another initial or a capitalised word.
INITIAL_INSIDE = rf"(?<![A-Za-z]){INITIAL}(?=[{_UPPER}]\.|\s+[{_UPPER}])"
_INITIALS = rf"(?:{INITIAL}){{1,3}}"  # `G.K.`, the `Q.` of `John Q. Public`
# A name: an optional abbreviated title, then capitalised words or initials, ending on a word.
# A plural's apostrophe stays inside a body's name (`the Independent Pilots’ Association`).
NAME = re.compile(
    rf"\b(?:{_TITLE_ABBREVIATION}\s+)?"
    rf"(?:(?:{_CAP}(?:(?<=s)['’])?|{_INITIALS})\s+(?:{_CONNECTOR}\s+)?){{1,7}}{_CAP}\b"
)

# Capitalised words that start sentences or name things other than people.
# Endings of adjectives, adverbs and participles, which first names rarely have (those
# that do, `Ted`, `Emily`, `Sterling`, are known first names and stay).
_NOT_A_FIRST_NAME = re.compile(r"(?:ed|ly|ing)$")
_NOT_NAME_START = frozenset(
    """
    former late retired acting ex
    the a an in on at of for to from by with as after before during since while when
    however but and or if although though despite regarding according this that these
    those his her its their our my your we they he she it i there here today yesterday
    meanwhile also still even asked speaking had has have was were is are did does do
    would could should will can may might must let says said unlike like under over
    through into about without within among between against where why how what who which
    not no yes all every each some many most both other another such only just perhaps
    maybe indeed instead then thus now once later earlier dear so yet nor because until
    unless whether
    one two three four five six seven eight nine ten several few
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_CALENDAR = frozenset(
    [
        *MONTH_NAMES,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
COMPANY_NAME_ENDINGS = frozenset(
    """
    railways railway airlines airways pharmaceuticals holdings industries technologies
    motor motors electric petroleum laboratories logistics ltd inc plc llc corp corporation gmbh
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
"""Words that end companies' names (`Halvern Pharmaceuticals`)."""
OUTLET_NAME_ENDINGS = frozenset(
    "news wire times journal herald tribune gazette radio television".split()  # noqa: SIM905
)
"""Words that end news outlets' names (`Meridian Wire`)."""
ORGANISATION_NAME_ENDINGS = (
    COMPANY_NAME_ENDINGS
    | OUTLET_NAME_ENDINGS
    | frozenset(
        """
        forum centre center network association society alliance federation organisation
        organization coalition movement league trust board bureau service
        """.split()  # noqa: SIM905 (a word list reads best as words)
    )
)
"""Words that end organisations' names (`Kabul Economic Policy Forum`) and never a
person's."""
_ORG_WORDS = ORGANISATION_NAME_ENDINGS | frozenset(
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
        "agency",
        "department",
        "house",
        "court",
        "congress",
        "senate",
        "assembly",
        "institute",
        "university",
        "post",
        "press",
        "process",
        "conference",
        "summit",
        "strategy",
        "group",
        "media",
        "company",
        "corporation",
        "foundation",
        "state",
        "states",
        "kingdom",
        "police",
    ]
)
# Words that end the names of places and buildings (`Vero Beach`, `Washington Heights`);
# none is a common surname, unlike `Hill`, `Park` or `Hall`.
_PLACE_WORDS = frozenset(
    [
        "beach",
        "heights",
        "street",
        "avenue",
        "road",
        "boulevard",
        "plaza",
        "square",
        "city",
        "county",
        "valley",
        "island",
        "islands",
        "river",
        "lake",
        "mountains",
        "hills",
        "club",
        "center",
        "centre",
        "station",
        "airport",
        "hospital",
        "school",
        "college",
        "mosque",
        "temple",
        "tower",
        "building",
        "camp",
        "bay",
        "coast",
        "harbor",
        "harbour",
        "village",
        "district",
        "province",
        "region",
        "desert",
        "sea",
        "ocean",
        "gulf",
        "canal",
        "palace",
        "stadium",
        "arena",
        "point",
        "republican",
        "republicans",
        "democrat",
        "democrats",
        "democratic",
    ]
)
# Offices British papers capitalise (`the Home Secretary said`): a role, never a name's word.
_OFFICE_WORDS = frozenset(["secretary", "minister", "spokesman", "spokeswoman", "spokesperson"])
# Words a title-case heading holds and no name does (`Things Latinos Said In 2015`).
_HEADING_WORDS = frozenset(
    "says in of the that us got and to for with".split()  # noqa: SIM905
)
_NOT_PERSON_WORDS = _CALENDAR | _ORG_WORDS | _PLACE_WORDS | _OFFICE_WORDS | _HEADING_WORDS
# Points of the compass open places' names, never a person's (`West` and `North` may end one).
_COMPASS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]
)
HONORIFICS = RELIGIOUS_TITLES | frozenset(
    [
        # West African and French forms that news in English and French writes too
        *("alhaji", "alhaja", "hajia", "hadja", "hadji", "maître", "docteur", "professeur"),
        "général",
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
        "sen",
        "gov",
        "sgt",
        "lt",
        "capt",
        "cmdr",
        "maj",
        "adm",
        "rev",
        "hon",
        "pres",
        "atty",
        "anchor",
        "co-anchor",
        "correspondent",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "detective",
        "coach",
        "chief",
        # police ranks and local offices, British and American (`DC Mark Ellery`)
        "constable",
        "dc",
        "ds",
        "di",
        "pc",
        "det",
        "insp",
        "inspector",
        "supt",
        "superintendent",
        "sheriff",
        "councillor",
        "cllr",
        "alderman",
        "justice",
        # American legislators' titles (`New York Congressman Pete King`)
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "councilman",
        "councilwoman",
        # offices written before a name (`Assistant County Prosecutor Renata Villalobos`)
        *("prosecutor", "attorney", "solicitor", "commissioner", "director", "coroner"),
        *("magistrate", "treasurer", "auditor", "comptroller", "ombudsman"),
    ]
)


# Titles written short, whose stop is their own (`Sen.`, `Det.`); a word written in full
# ends a sentence with its stop (`…,” said the treasurer.`).
_SHORT_TITLES = frozenset(title.lower() for title in ABBREVIATED_TITLES) | frozenset(
    ["gen", "sgt", "cllr", "dc", "ds", "di", "pc", "det", "insp", "supt"]
)
# One title word as written before a name: `Mr.`, `Sen.`, `President`.
TITLE = (
    rf"\b(?i:(?:{'|'.join(sorted(_SHORT_TITLES & HONORIFICS, key=len, reverse=True))})\b\.?|"
    rf"(?:{'|'.join(sorted(HONORIFICS - _SHORT_TITLES, key=len, reverse=True))})\b)"
)


# `His neighbour, who gives his name only as Ramdas,`, `A representative, who gave his name
# only as Mr. Zhou,`, `a resident identified only as Ahmad`: the name someone gave the
# reporter, a first name alone or a title and a surname.
NAME_GIVEN_AS = re.compile(
    r"(?:who\s+(?:gave|gives|would\s+give|give)\s+(?:only\s+)?(?P<pronoun>his|her)\s+"
    r"(?:first\s+)?name\s+(?:only\s+)?as|(?:who\s+)?identified\s+(?:(?:him|her)self\s+)?"
    r"(?:only\s+)?as)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


# Offices written short before a name (`Gov. Lauren Whitacre`), as the role they are
# (`the governor` is hers). Not `Sen.` or `Rep.`: political news names several senators,
# and `the senator` may be one named in full elsewhere (PolNeAR train gained eleven wrong
# names with them).
OFFICE_ABBREVIATIONS = {"gov": "governor"}


def person_name(text: str) -> str | None:
    """``text`` as a person's name without title or possessive, or None if it is no name.

    Titles go with everything before them (`Deputy Transport Minister Ann Cole` → Ann
    Cole), and so do words that open sentences or name dates (`In May Jane Roe` → Jane Roe).
    """
    written = text.split()
    # A name starts after the last title or possessive before it (`Acme Bank's Jo Park`).
    cuts = [
        index
        for index, word in enumerate(written[:-1])
        if _is_title(word)
        or unpossessed(word) != word
        # `Det Con Karen Lowe`: a detective constable; `Con` alone may be a first name.
        or (index > 0 and word == "Con" and written[index - 1].rstrip(".") in ("Det", "Detective"))
    ]
    words = [unpossessed(word) for word in written[cuts[-1] + 1 if cuts else 0 :]]
    if len(words) > 2 and (words[-1] in _ORDINALS or words[-1] in _POST_NOMINALS):
        words = words[:-1]  # `Luther Pate IV`, `Aoife Brennan TD`: the surname ends the name
    while words and (
        words[0].lower() in _NOT_NAME_START
        or words[0].lower() in _CALENDAR
        or words[0].lower() in _COMPASS  # `North Korea`, `South Africa`: places
        or (_NOT_A_FIRST_NAME.search(words[0]) and first_name_gender(words[0]) is None)
    ):
        words = words[1:]  # `Understated Perez raises …`: a sentence's first word, no name
    if len(words) >= 3 and first_name_gender(words[0]) is None:
        # `Senate Minority Leader Harry M. Reid`: the name starts at its first name.
        starts = [i for i, word in enumerate(words[1:-1], 1) if first_name_gender(word)]
        if starts:
            words = words[starts[0] :]
    if len(words) < 2 or len(words) > 4 or words[-1].endswith(".") or _is_abbreviated(words[-1]):
        return None  # two to four words, ending on a surname (`King` may be), not `Lt` or `Q.`
    if any(word.lower() in _NOT_PERSON_WORDS for word in words):
        return None
    if any(word.isupper() and len(word) > 1 and "." not in word for word in words):
        return None  # acronyms belong to organisations; initials (`G.K.`) are a name's
    if _ADJECTIVE_ENDING.search(words[-1]):
        return None  # `New York-based`, `Kabul-born`: a place made an adjective
    if words[-2].endswith(".") and words[-1].lower() in _SUBJECT_PRONOUNS:
        return None  # `… in the U.S. He says`: a sentence's end and the next one's pronoun
    name = " ".join(words)
    if unaccented(name) in _place_names():
        return None  # `New Hampshire`, `New South Wales`: a place in a person's shape
    return name


_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])


# What follows a surname to number a family's bearers of one name (`Luther Pate IV`), and
# would otherwise read as an acronym. (`Jr.` and `Sr.` stay: a son and father quoted in one
# article are two people.)
_ORDINALS = frozenset(["II", "III", "IV"])
# Letters after a name for a seat held or an honour (`Jo Park MP`, `Ann Lee QC`): no part of
# the name, and read as an acronym otherwise.
_POST_NOMINALS = frozenset(
    "MP MEP MSP MS MLA MPP MNA MHA TD KC QC SC BL OBE MBE CBE KBE DBE PhD".split()  # noqa: SIM905
)
# Words that make a place an adjective (`New York-based`), not a name's own lower-case
# part (`Ban Ki-moon`).
_ADJECTIVE_ENDING = re.compile(
    r"-(?:based|born|bred|raised|owned|led|run|backed|funded|made|held|controlled|linked|"
    r"aligned|allied|style|era|area|wide|centric|friendly|focused|oriented|bound)$"
)
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_WORD_AFTER = re.compile(r"[.]?\s+(\S)")
_FIRST_WORD = re.compile(r"[\s“\"‘'(]*")


def lone_capitalised(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Capitalised words in ``text[start:end]`` standing alone, with no capitalised word
    beside them, that may be a person's surname (`And Obama, for all …`), as (offset,
    word without possessive)."""
    if is_headline(text[start:end]):
        return []
    found = []
    first = _FIRST_WORD.match(text, start, end)
    for match in _CAPITALISED_WORD.finditer(text, start, end):
        word = unpossessed(match.group())
        # The checks on the word itself first: most capitalised words fail them, and the
        # words around need a search each.
        if (
            word.lower() in _NOT_NAME_START
            or word.lower() in _CALENDAR
            or _is_title(word)
            or (match.start() > start and text[match.start() - 1] not in " (")
        ):
            continue
        before = _WORD_BEFORE.search(text, max(start, match.start() - 40), match.start())
        after = _WORD_AFTER.match(text, match.end(), end)
        if (
            (
                before is not None
                and before.group(1)[:1].isupper()
                and not before.group(1).endswith(",")  # `Back in Kabul, Parwana`: apart
                and before.group(1).lower() not in _NOT_NAME_START
            )
            or (after is not None and after.group(1).isupper())
            # Every sentence opens with a capital (`Water covered the fields`): there
            # only a first name people are given (`Bob`) reads as a person.
            or (first is not None and match.start() == first.end() and not first_name_gender(word))
        ):
            continue
        found.append((match.start(), word))
    return found


def _is_abbreviated(word: str) -> bool:
    return word.rstrip(".") in ABBREVIATED_TITLES


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def may_be_first_name(word: str) -> bool:
    """Whether a capitalised word standing alone may be someone's first name: no title,
    month, day, point of the compass or word that opens sentences (`Today`, `Former`)."""
    lowered = word.lower()
    return not (
        lowered in _NOT_NAME_START or lowered in _CALENDAR or lowered in _COMPASS or _is_title(word)
    )


def names_a_place(word: str) -> bool:
    """Whether a word is a country's or a region's name, whatever else it is (`Jordan`,
    `Georgia`, `Farah`, first names too)."""
    return unaccented(word) in _place_names()


def is_place(word: str) -> bool:
    """Whether a capitalised word names a country or a region of one (`China`, `Ohio`,
    `Kabul`) and is not also a first name (`Georgia`, `Jordan`): no person, then."""
    lowered = word.lower()
    return (
        names_a_place(word)
        and first_name_gender(word) is None
        and lowered not in _COMPASS
        and lowered not in _GENERIC_REGIONS
    )


# Regions named by a common word (`Central`, `Delta`, `Lakes`), which also start names of
# people's bodies and people (`West`, a surname): no place for sure.
_GENERIC_REGIONS = frozenset(
    """central centre center coast delta lakes capital islands highlands lowlands plateau
    mountains valley upper lower middle inner outer border littoral est ouest nord sud""".split()  # noqa: SIM905
)


@cache
def _place_names() -> frozenset[str]:
    # ISO 3166 as pycountry ships it, offline: every country and its first-level regions
    # (states, provinces), in English. Imported here, where it is used: loading it takes
    # longer than the rest of the command line's start, and most commands never need it.
    import pycountry

    countries = [getattr(country, "common_name", country.name) for country in pycountry.countries]
    regions = [region.name for region in pycountry.subdivisions]
    return frozenset(unaccented(name) for name in countries + regions)


def unpossessed(word: str) -> str:
    """``word`` without a possessive `'s`/`’s` or bare apostrophe (a regex was too slow)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word
