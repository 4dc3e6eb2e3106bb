"""Which phrases can stand as a speaker as an article wrote them.

When a subject phrase names no person of the cast, it may still be a speaker as written:
a capitalised body (`the White House`), a person or body by role (`a spokesman for the
ministry`, `officials`), an acronym or a plural (`NATO`, `Republicans`). A clause fragment
(`Later in the summer`), a dateline (`WASHINGTON`) or a lone place (`Iowa`) is not: no
speaker is better than a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.extract.speech.genders import ENGLISH_PRESS, first_name_gender, role_gender

NON_SPEAKERS = frozenset(
    """
    i we you it they this that these those which who one some many others group there here
    people any all both each every none nobody everyone someone anyone everybody somebody
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
DOCUMENTS = r"statement|letter|post|tweet|release|memo|message|e-?mail|note|ad|advert|video"
"""What someone puts out in their words (`a post from Jo Park`), as a regex alternation."""
# Nouns for people who speak in news, by role; and for the bodies that issue statements.
# Not nouns that so often qualify another that a phrase about a thing would read as one
# about a person (`a victim impact statement`, `the parent company`, `a pilot project`).
_PERSON_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople official officials minister ministers
    president vice-president premier chancellor source sources analyst analysts expert
    experts lawyer lawyers attorney attorneys leader leaders commander commanders governor
    mayor senator senators lawmaker lawmakers legislator legislators candidate nominee judge
    judges prosecutor prosecutors aide aides adviser advisers advisor advisors resident
    residents witness witnesses activist activists director chief secretary ambassador envoy
    researcher researchers scientist scientists economist economists representative
    representatives member members chairman chairwoman chair executive executives manager
    owner founder professor doctor doctors teacher teachers student students father mother
    wife husband son daughter brother sister friend friends neighbour neighbor neighbours
    neighbors voter voters supporter supporters critic critics opponent opponents protester
    protesters journalist journalists reporter reporters correspondent editor writer author
    historian strategist strategists pollster consultant operative operatives insider
    insiders confidant confidants confidante confidantes associate associates loyalist
    loyalists diplomat diplomats observer observers worker workers employee employees farmer
    farmers officer officers soldier soldiers fighter fighters regulator regulators
    inspector investigators investigator negotiator negotiators lobbyist lobbyists organiser
    organizer organisers organizers host anchor narrator democrat democrats republican
    republicans conservative conservatives liberal liberals independent independents
    delegate delegates superdelegate donor donors staffer staffers front-runner frontrunner
    hopeful hopefuls contender contenders challenger challengers incumbent shopkeeper
    shopkeepers trader traders vendor vendors labourer labourers laborer laborers nurse
    nurses villager villagers survivor survivors businessman businesswoman pensioner
    pensioners widow widower midwife pharmacist mechanic tailor fisherman herder person
    veteran veterans colleague colleagues relative relatives cousin uncle aunt nephew
    niece defendant defendants suspect suspects detective sheriff deputy colonel captain
    sergeant lieutenant coach landlord tenant tenants priest imam rabbi bishop cleric
    teenager commissioner commissioners elder elders coordinator coordinators volunteer
    volunteers rescuer rescuers campaigner campaigners firefighter firefighters refugee
    refugees paramedic paramedics surgeon surgeons engineer engineers schoolteacher
    schoolteachers seller sellers dealer dealers merchant merchants buyer buyers customer
    customers shopper shoppers commuter commuters passenger
    passengers patient patients parent parents miner miners baker bakers
    graduate graduates barber barbers grandmother grandfather grandparent grandparents
    retiree retirees driver drivers waiter waitress chef cleaner cleaners carpenter plumber
    electrician builder builders welder clerk cashier accountant housewife homemaker artist
    artists musician musicians singer actor actress athlete athletes fan fans
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_BODY_NOUNS = frozenset(
    """
    ministry government company firm agency police army military statement report campaign
    party administration department office court council committee board union
    organisation organization foundation institute university poll survey study website
    newspaper paper magazine network broadcaster authorities authority family commission
    bank delegation embassy state states country countries nation nations governments
    watchdog force navy guard service coalition alliance movement federation
    association league club team parliament senate congress assembly cabinet
    presidency regime junta militia tribunal panel airline carrier hospital school church
    mission consulate secretariat trust insurer prosecution defence defense
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# `Texas rancher`, `Florida developer`, `HBO comedian`: nouns of a person's trade,
# which no list holds in full, by the endings English gives them.
_TRADE = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|man|woman)")
_NOT_TRADES = frozenset(
    """
    after never under over later ever other rather together however whether either neither
    further longer earlier sooner latter
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Words that open a phrase speaking of someone not named (`the pollster`, `one official`).
DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
# Words that make what follows someone's (`her lawyer`, `his wife, Melania`).
POSSESSIVES = frozenset({"her", "his", "their", "its", "our", "my", "your"})
# Words that open clauses and adverbials, never a speaker's name.
OPENERS = frozenset(
    """
    after before when while although though if because since as once until unless later
    earlier then now still yet so but and or also meanwhile however instead just only even
    here there this that these those it what which who in on at from by with for to of
    during into about through under over among amid despite without within
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# Prepositions and conjunctions, as an alternation: a phrase of words describing someone
# never holds one (`a defiant Hale`, not `an adviser to Hale`).
LINKING_WORDS = r"of|for|to|with|from|by|at|in|on|about|and|or"
# Where a role's complement starts: `the leader of X`, `a spokesman for Y`, `a report on Z`.
# What follows a role's noun (`leader of the X`), with the adjective that may open it
# (`aides familiar with the talks`, `people close to the minister`).
COMPLEMENT = re.compile(
    r"\s+(?:(?:familiar|involved|knowledgeable|briefed)\s+)?(?:of|for|on|from|at|with|about|in)\s+"
    r"|\s+close\s+to\s+"
)


# A role phrase before `to`: a few lower-case words, a determiner or an owner first, the
# role word last (`a longtime adviser`, `Chad's Ambassador`, `aide`), or a title
# (`U.S. Ambassador`, `Senior Adviser`).
_ROLE_BEFORE_TO = re.compile(
    r"(?:(?P<determiner>[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[\w.-]+['’]s)\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,3}(?P<head>(?(determiner)[\w-]+|[a-z][\w-]*))"
    r"|(?:[A-Z][\w.-]*\s+){0,3}(?P<title>[A-Z][\w-]*))"
)


# `one of the aides`, `two of its engineers`: some of a group, whose noun heads the phrase.
_SOME_OF = re.compile(
    r"(?:one|two|three|four|five|several|some|many|most|each|none|both)\s+of\s+"
    r"(?:the|his|her|its|their|our|those|these)\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def role_head(role: str) -> str:
    """The noun a role phrase is about: `the leader of the X` and `the X leader` → leader."""
    role = re.sub(r"\([^)]*\)", "", role).strip()
    some_of = _SOME_OF.match(role)
    if some_of is not None:
        role = role[some_of.end() :]
    before_of = COMPLEMENT.split(role, maxsplit=1)[0]
    # `an aide to the governor`, `the ambassador to France`: `to` sets off the complement
    # of a role word only (`pushed Democrats to moderate …` is no role of Democrats).
    held, to, _ = before_of.partition(" to ")
    role_to = _ROLE_BEFORE_TO.fullmatch(held) if to else None
    if role_to is not None and is_role_word((role_to["head"] or role_to["title"]).lower()):
        before_of = held
    words = before_of.split()
    return words[-1].lower().strip(".,") if words else ""


# Lower-case words a capitalised organisation name may hold (`Ministry of Defence`).
_NAME_LINKS = frozenset({"of", "the", "for", "and", "de", "on", "in", "&"})
# As many words in capitals or more are a heading, not a body's acronyms.
_HEADING_WORDS = 3
# Longer runs of capitals are a dateline's place (`WASHINGTON —`), not a body's acronym.
_ACRONYM_LENGTH = 6


_LIST_SEPARATOR = re.compile(r",|\s(?:and|or|&|like|such as|including)\s")


def group_like(phrase: str) -> bool:
    """Whether a listed subject speaks as one: a body or role heading the list (`Coastal
    states like A and B`), or names throughout (`Ada Okoro and Paul Brandt`)."""
    parts = [part.strip() for part in _LIST_SEPARATOR.split(phrase) if part.strip()]
    if not parts or len(phrase.split()) > 12:
        return False
    if speaker_like(parts[0]):
        return True
    return all(speaker_like(part) and part[:1].isupper() for part in parts)


def is_role_word(word: str) -> bool:
    """Whether a lower-case word names a person or body by role (`governor`, `experts`)."""
    return _among(word, _PERSON_NOUNS) or _among(word, _BODY_NOUNS)


def is_trade_word(word: str) -> bool:
    """Whether a lower-case word may name a person by their trade (`rancher`, `comedian`)."""
    return _TRADE.fullmatch(word) is not None and word not in _NOT_TRADES


def is_person_role(phrase: str) -> bool:
    """Whether a phrase names a person by role (`a resident of Banu`, `one official`)
    rather than a body (`the company`) or by name."""
    return _among(role_head(phrase), _PERSON_NOUNS)


def names_one_by_role(word: str) -> bool:
    """Whether a lower-case word names one person by role or trade (`president`,
    `businessman`); of trades, only by the endings no common noun has (`floor`, `order`)."""
    if word.endswith("s") and not word.endswith("ss"):
        return False
    if word in _PERSON_NOUNS:
        return True
    return word.endswith(("man", "woman", "ist", "ian")) and is_trade_word(word)


def by_role_only(phrase: str) -> bool:
    """Whether ``phrase`` speaks of one person by role alone (`A security official`, `the
    pollster`), with no name."""
    first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    return first in DETERMINERS and names_one_by_role(role_head(phrase))


def _among(word: str, nouns: frozenset[str]) -> bool:
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in nouns or singular in nouns


def speaker_like(phrase: str) -> bool:
    """Whether an unresolved subject phrase can stand as a speaker as written: a
    capitalised name of a body (`the White House`, `Amnesty International`) or a phrase
    about people by role (`a spokesman for the ministry`, `officials`); never a clause
    fragment (`Later in the summer`, `voting fraud`)."""
    words = phrase.replace("’s", "").replace("'s", "").split()
    if len(words) > 1 and words[0].lower() == "one" and words[1].lower() != "of":
        # `one Western diplomat`, `one official`: someone unnamed, by role
        return is_person_role(phrase)
    some_of = _SOME_OF.match(phrase)
    if some_of is not None:
        # `one of the aides`, `two of the officers`: by role too (not `one of them`)
        return is_person_role(phrase[some_of.end() :])
    if not words or len(words) > 12 or words[0].lower() in OPENERS | NON_SPEAKERS:
        return False
    if words[0][:1].isdigit():
        return False  # `39 percent blame his supporters`: a share of a poll, no speaker
    lettered = [word for word in words if word.isalpha()]
    if len(lettered) >= _HEADING_WORDS and all(word.isupper() for word in lettered):
        return False  # `IOWA POLLS NOT NECESSARILY WRONG`: a heading; `UN OCHA` speaks
    if len(words) == 1 and words[0][:1].isupper():
        # One capitalised word as written is a body only when it reads as one: an acronym
        # (`NATO`) or a plural (`Republicans`); a lone `Iowa` or `Unfortunately` is not.
        word = words[0]
        capitals = sum(char.isupper() for char in word)
        return (2 <= capitals <= _ACRONYM_LENGTH and capitals == len(word.strip("."))) or (
            word[:1].isupper() and word.endswith("s") and not word.endswith("ss")
        )
    content = [word for word in words if word.lower() not in _NAME_LINKS]
    if content and all(word[:1].isupper() for word in content):
        return True
    head = role_head(phrase)
    # `A former chief engineer at a water company`: someone unnamed, by their trade.
    return is_role_word(head) or (is_trade_word(head) and words[0].lower() in DETERMINERS)


def holds_role(name: str, role: str) -> bool:
    """Whether ``name`` may hold ``role``: not a first name of the other gender than the
    role's head (`A spokeswoman for the majority leader, Ray Castellano,` is the leader's
    name, not the spokeswoman's)."""
    held = role_gender(role_head(role))
    named = first_name_gender(name, ENGLISH_PRESS)  # as English readers take it
    return held is None or named is None or held is named
