"""Whom a pronoun stands for: the people each sentence names, remembered as a reader does.

``Memory`` keeps, sentence by sentence, the people named outside quotations and the
speakers given words, marking who is salient (a sentence's subject or speaker). A pronoun
then stands for the one person of its gender among the nearest of them, else for the one
subject of the sentence just before, and for nobody when two could be meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.speech.genders import PRONOUN_GENDERS, Gender
from briefing.extract.speech.names import TITLE
from briefing.extract.speech.phrases import (
    POSSESSIVES,
    by_role_only,
    is_role_word,
    is_trade_word,
    role_head,
)
from briefing.extract.speech.speakers import Cast
from briefing.extract.speech.subjects import DATELINE

# How many earlier sentences a pronoun may reach back to; past that nobody is sure. Within
# the nearest ones, two people it may stand for are a doubt; further back only the people of
# the last sentence naming anyone count (taking the nearest subject or speaker there, as
# this once did, PolNeAR's wrong names were 9 % of quotes against 7 %, for 1 % more right).
_PRONOUN_REACH = 6
_PRONOUN_NEAR = 2
# Lower-case words that may stand before a subject's name: titles' company, and `and`
# joining two subjects (`Mark Reed and Omar Aziz attacked the plan`).
_BEFORE_TITLES = frozenset({"the", "former", "then", "acting", "deputy", "vice", "and"})
_TRAILING_TITLES = re.compile(rf"(?:{TITLE}\s*)+$")
_TITLES_REACH = 40  # `Lt. Gen. Dr. `: how far back titles before a name are looked for
_JOINED_REACH = 200  # `Mark Reed and `, `her husband, ` and far longer
_BREAK_REACH = 40  # `, and `
_JOINED = re.compile(r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s+(?:and|&)\s*$")
_APPOSED_TO = re.compile(
    rf"\b(?:{'|'.join(sorted(POSSESSIVES))})\s+(?:[\w-]+\s+){{0,2}}[\w-]+,$", re.IGNORECASE
)
_QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?")
_SUBORDINATOR = re.compile(
    r"\b(?:after|although|though|while|as|when|because|since|if|before|until|once|whereas)\b",
    re.IGNORECASE,
)
_OBJECT_PRONOUNS = {
    Gender.MALE: re.compile(r"\bhim\b", re.IGNORECASE),
    Gender.FEMALE: re.compile(r"\bher\b", re.IGNORECASE),
}
# Someone of a gender addressed (`the ambassador told her`): another person than the one
# speaking to them, whom a later pronoun of that gender may mean.
_ADDRESSED = {
    gender: re.compile(
        rf"\b(?:told|tells|asked|asks|assured|warned|reminded|informed|urged|promised)\s+"
        rf"{pronoun.pattern}",
        re.IGNORECASE,
    )
    for gender, pronoun in _OBJECT_PRONOUNS.items()
}
# A phrase that opens a sentence before its subject: a preposition or a participle.
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|On|At|After|Before|During|From|Since|Following|Despite|Amid|Asked|Earlier|"
    r"Later|Last|This)\b|[A-Z][a-z]+ing\b)"
)
_SUBORDINATOR_LAST = re.compile(rf"(?:{_SUBORDINATOR.pattern}|\blike)\s+$", re.IGNORECASE)
_SUBJECT_PRONOUNS = {
    Gender.MALE: re.compile(r"\bhe\b", re.IGNORECASE),
    Gender.FEMALE: re.compile(r"\bshe\b", re.IGNORECASE),
}
_CLAUSE_OPENED = re.compile(
    r"\b(?:and|but|so|while|as|where|because|when|although|after|before|then|until|yet)"
    r"\s*(?:Q\s*,?\s*)?(?:he|she)?\s*$",
    re.IGNORECASE,
)
# What ends the words before a clause's subject: a comma, a semicolon, or either and a
# conjunction (`It's a big if, but Sanders was`; after `and`, see `_is_subject`).
CLAUSE_BREAK = re.compile(r"[,;](?:\s*(?:and|but|yet|so))?$")
# What someone named for the first time is, set after their name (`, a volunteer`, `, 58,`).
_INTRODUCED = re.compile(r",\s+(?:a|an|the|\d+,)\s")
_THE_OPENING = re.compile(r"^the\s+", re.IGNORECASE)
# A lower-case verb right after a body's name (`… Group disputed`, `… Council has rejected`),
# not more of a name or a clause set apart (`… Group, which runs …`).
_VERB_AFTER_BODY = re.compile(r"\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]+(?:ed|s)\b")
SPOKEN = 10**9  # where a speaker stands in a sentence: after every word, as its last voice


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in a sentence; ``salient`` when they are its subject or speaker."""

    position: int
    name: str
    salient: bool
    known: bool = True
    """False for a lone capitalised word the article never names in full (`And Obama,
    for all …, agreed`): someone a pronoun may stand for, so a doubt, never an answer."""
    by_pronoun: bool = False
    """True where a pronoun standing for them names them (`She escalated …`)."""


def _longest(names: set[str]) -> set[str]:
    """``names`` without roles another writes longer: `A farmer …, who asked not to be
    named, said` makes the subject and the one given words the same person."""
    return {
        name
        for name in names
        if not (by_role_only(name) and any(other.startswith(f"{name} ") for other in names))
    }


def opens_clause(before: str) -> bool:
    """Whether a name after ``before`` (the sentence up to it) is the sentence's subject:
    nothing but titles and roles stand before it (`Former Arizona governor Jan Brewer`), or
    an opening phrase closed by a comma. Titles just before it are part of the subject
    they open (`Asked about it, Mr. Whitcomb shrugged`), and the second of two names
    joined by `and` is a subject where the first is (`Asked about China, Mark Reed and
    Omar Aziz attacked …`)."""
    titles = _TRAILING_TITLES.search(before, max(0, len(before) - _TITLES_REACH))
    before = before[: titles.start()] if titles else before
    # Each pattern ends the words before the name, so each reads only their last stretch:
    # this runs for every name of every sentence.
    joined = _JOINED.search(before, max(0, len(before) - _JOINED_REACH))
    before = (before[: joined.start()] if joined else before).rstrip()
    # `with her husband, Zalmai,`: a name in apposition to a role, not a clause's subject;
    # unless that role opens the sentence (`Her son, Zarif, said`).
    apposed = _APPOSED_TO.search(before, max(0, len(before) - _JOINED_REACH))
    if apposed is not None:
        joined_to = before[: apposed.start()].rstrip()
        if joined_to.endswith(" and") and heads_sentence(joined_to[:-4]):
            apposed = None  # `Liam Walsh and his co-accused, Declan Byrne,`: a subject too
    broken = CLAUSE_BREAK.search(before, max(0, len(before) - _BREAK_REACH))
    if broken is None:
        # `Speaking in Beijing, Foreign Ministry spokesman Lu Kang`: after the one comma
        # that closes an opening phrase, only the roles and titles that open the subject
        # (not `criticized Tulsa, Okla., police officer Betty Shelby`, an object's place).
        comma = before.find(",")
        if (
            comma > 0
            and comma == before.rfind(",")
            and _OPENING_PHRASE.match(before)
            and before[comma + 1 :].strip()
            and heads_sentence(before[comma + 1 :])
        ):
            broken = CLAUSE_BREAK.search(before, 0, comma + 1)
    return (broken is not None and not (apposed and apposed.start() > 0)) or heads_sentence(before)


def heads_sentence(before: str) -> bool:
    """Whether a name after ``before`` opens its sentence: nothing but titles, roles and
    capitalised words stand before it (`And Obama`, `Former Arizona governor Jan Brewer`)."""
    before = DATELINE.sub("", before.lstrip())  # `MADISON, Wis. — Gov. Dana Whitcomb`
    words = [word.strip(",").lower() if not word[:1].isupper() else word for word in before.split()]
    return all(
        word[:1].isupper()
        or word in _BEFORE_TITLES
        or is_role_word(word)
        or is_trade_word(word)
        or (index > 0 and words[index - 1].lower() in POSSESSIVES)  # `His wife, Melania`
        for index, word in enumerate(words)
    )


@dataclass
class Memory:
    """The people of the sentences read so far, for the pronouns still to come."""

    cast: Cast
    earlier: list[tuple[Mention, ...]] = field(default_factory=list)
    """The people each earlier sentence names or gives words to, most recent last."""
    current: list[Mention] = field(default_factory=list)
    """The people named so far in the sentence being read."""
    sentence: str = ""
    """The sentence being read, which starts at paragraph offset ``sentence_start``."""
    sentence_start: int = 0
    previous_sentence: str = ""
    """The sentence read before this one, which started at offset ``previous_start`` of
    its paragraph."""
    previous_start: int = 0
    _bodies: frozenset[str] = field(init=False)
    """The bodies the cast names, read once: every pronoun looks them up."""

    def __post_init__(self) -> None:
        self._bodies = frozenset(self.cast.named_bodies)

    def start_sentence(self, people: list[Mention], sentence: str = "", start: int = 0) -> None:
        self.current = people
        self.sentence, self.sentence_start = sentence, start

    def about(self, person: Mention) -> None:
        """The sentence being read also speaks of ``person`` (by a pronoun)."""
        self.current = sorted([*self.current, person], key=lambda mention: mention.position)

    def end_sentence(self) -> None:
        self.earlier.append(tuple(self.current))
        self.previous_sentence, self.previous_start = self.sentence, self.sentence_start

    def spoke(self, speaker: str, known: bool = True) -> None:
        """``speaker`` was given words in this sentence: its most salient person."""
        self.current.append(Mention(SPOKEN, speaker, salient=True, known=known))

    def body_opening(self) -> str | None:
        """The named body the sentence just before opens on, as its subject (`The West
        Coast Hospitals Group disputed the count.`), for an `it` that speaks after it."""
        opening = _THE_OPENING.sub("", self.previous_sentence.lstrip(), count=1)
        return next(
            (
                body
                for body in sorted(self._bodies, key=len, reverse=True)
                if opening.startswith(body) and _VERB_AFTER_BODY.match(opening, len(body))
            ),
            None,
        )

    def unnamed_with(self, head: str) -> str | None:
        """The speaker the article never named whose role has this head, who spoke last
        within a pronoun's reach (`a security official` for `the official`)."""
        for people in reversed([*self.earlier[-_PRONOUN_REACH:], tuple(self.current)]):
            for mention in reversed(people):
                if not mention.known and mention.position == SPOKEN:
                    return mention.name if role_head(mention.name) == head else None
        return None

    def antecedent(self, pronoun: str, at: int | None) -> str | None:
        """The person a pronoun stands for, or None when the text leaves a doubt.

        Among the people of the pronoun's gender named in its sentence before it and the
        subjects and speakers of the two sentences before that, there must be exactly one
        (`"We will win," said Tom Hale. Rosa Kim attacked the plan. "It will fail," she
        said.` is Kim's), or exactly one subject or speaker of the sentence just before and
        nobody in its own. When nobody is that near, the one such subject or speaker of the
        sentences further back, if there is just one. A clause an earlier pronoun of its
        gender opened is that pronoun's person's (`He staked out …, saying he would …`).
        The one candidate may be someone written of by a role alone (`A security official
        said …. “…,” he said.` gives `A security official`), where no one of the pronoun's
        gender is named near them.
        """
        gender = PRONOUN_GENDERS.get(pronoun)
        here = tuple(m for m in self.current if at is None or m.position < at)
        opened = self._pronoun_opened(gender, at)
        if opened is not None:
            # `He hinted at Donald Trump …, adding “…”`: the one an earlier `he` of the
            # sentence stands for, never someone named after it.
            here = tuple(m for m in here if m.position < opened or m.by_pronoun)
        fitting = {m for m in here if self._may_mean(m.name, gender)}
        of_gender = {m.name for m in fitting}
        if len(of_gender) == 1 and any(m.by_pronoun for m in fitting):
            # `He also staked out …, saying he would …`: the clause's subject, whom the
            # pronoun opening it was already found to stand for, and nobody since.
            return of_gender.pop()
        if len(of_gender) == 1 and all(self._plain_subject(m, gender, at) for m in fitting):
            # `Vice President Joe Biden weighed in as well, telling Mic, “…,” he said`: the
            # subject of the pronoun's own sentence, the one person of its gender there.
            return of_gender.pop()
        earlier = list(reversed(self.earlier[-_PRONOUN_REACH:]))
        near = fitting | {
            m for people in earlier[:_PRONOUN_NEAR] for m in self._subjects(people, gender)
        }
        if not near and not here:
            near = self._last_named(earlier, gender) or self._only_one_before(earlier, gender)
        names = _longest({m.name for m in near})
        if len(names) > 1 and earlier and not any(m in near for m in here):
            # `Sadia Mohmand said … Her colleague Mariam Tokhi said that … “…,” she said.`:
            # the one such subject or speaker of the sentence just before is meant.
            last = self._subjects(earlier[0], gender)
            if len({m.name for m in last}) == 1:
                near, names = last, {m.name for m in last}
        if len(names) != 1:
            return None
        if (
            not here
            and earlier
            and not names & {m.name for m in self._subjects(earlier[0], gender)}
            and self._newcomer(earlier, gender) - names
        ):
            # `“…,” said Darren Kellett. The inquiry heard from Mick Sorensen, a volunteer.
            # “…,” he said.`: someone of the pronoun's gender the sentence just before
            # brings in for the first time may be meant as much as a speaker before it
            # (not `Rosa Kim criticized Betty Shelby. “…,” she said.`: its own subject).
            return None
        # Someone a pronoun already stood for in the sentence just before (`A woman … . She
        # said … . “…,” she asked.`) is as sure as they were then.
        chained = {m.name for m in near if m.by_pronoun}
        if all(m.known or m.name in chained for m in near):
            return names.pop()
        # `A security official said …. “…,” he said.`: the one person the text gives no
        # name but a role, in this sentence or the one just before, where nobody of the
        # pronoun's gender is named beside them; by a role the article may have given
        # someone it named (`the mother`) only where words were given to that role already.
        just_before = earlier[0] if earlier else ()
        given_words = {m.name for m in near if m.position == SPOKEN}
        # `At her first posting, the ambassador told her that …. “…,” she says`: the one
        # addressed is someone else of the pronoun's gender, and may be meant.
        addressed = gender is not None and any(
            _ADDRESSED[gender].search(_QUOTED.sub(" ", sentence))
            for sentence in (self.previous_sentence, self.sentence)
        )
        by_role = not addressed and all(
            by_role_only(m.name)
            and (m in here or m in just_before)
            and (m.name in given_words or not m.name.lower().startswith("the "))
            for m in near
        )
        return names.pop() if by_role and _longest(self._named_near(gender, at)) <= names else None

    def _newcomer(self, earlier: list[tuple[Mention, ...]], gender: Gender | None) -> set[str]:
        """The people of ``gender`` whom the sentence just before (first of ``earlier``,
        most recent first) names for the first time in the article, in full and saying
        who they are (`Mick Sorensen, a volunteer`); not a possessor or one of a list."""
        if gender is None:
            return set()
        introduced = {
            m.name
            for m in earlier[0]
            if m.known
            and m.position != SPOKEN
            and self.cast.gender(m.name) == gender
            and _INTRODUCED.match(
                self.previous_sentence, m.position - self.previous_start + len(m.name)
            )
        }
        # Only then every sentence read before, which grows with the article.
        return introduced and introduced - {m.name for people in self.earlier[:-1] for m in people}

    def _pronoun_opened(self, gender: Gender | None, at: int | None) -> int | None:
        """Where the sentence's first pronoun of ``gender`` outside quotations stands, when
        it comes before ``at`` (paragraph offsets)."""
        if gender is None:
            return None
        until = len(self.sentence) if at is None else max(0, at - self.sentence_start)
        unquoted = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), self.sentence[:until])
        pronoun = _SUBJECT_PRONOUNS[gender].search(unquoted)
        if pronoun is None or _SUBORDINATOR_LAST.search(unquoted, 0, pronoun.start()):
            # `Much like he did before, Trump cast …`: a clause set before the sentence's
            # subject may speak of that subject.
            return None
        return self.sentence_start + pronoun.start()

    def _plain_subject(self, person: Mention, gender: Gender | None, at: int | None) -> bool:
        """Whether ``person``, named before a pronoun at ``at`` in the same sentence, is the
        subject of its main clause and nothing in between points to anyone else: a named
        person of the pronoun's gender; no `after`/`although` … before them; no `him`/`her`
        of that gender (`Mark Reed greeted him, and “sorry,” he said`: the one greeted);
        and no conjunction opening a clause of its own for the pronoun (`…, so “I quit,” he
        said`), whose subject may be anyone."""
        if not (
            person.salient
            and person.known
            and gender is not None
            and self.cast.gender(person.name) == gender
            and not by_role_only(person.name)
        ):
            return False
        until = len(self.sentence) if at is None else at - self.sentence_start
        before = _QUOTED.sub(" Q ", self.sentence[:until])
        opening = _QUOTED.sub(" Q ", self.sentence[: max(0, person.position - self.sentence_start)])
        return not (
            _SUBORDINATOR.search(opening)
            or _OBJECT_PRONOUNS[gender].search(before)
            or _CLAUSE_OPENED.search(before)
        )

    def unrivalled(self, pronoun: str, at: int) -> str | None:
        """The person a pronoun opening a clause at ``at`` stands for, where no one else
        of its gender is named in its sentence or the one before (`… Mr. Sanders's proudest
        moments … He was among …` after Gunnels spoke: a doubt)."""
        person = self.antecedent(pronoun, at)
        return person if self._named_near(PRONOUN_GENDERS.get(pronoun), at) <= {person} else None

    def _named_near(self, gender: Gender | None, at: int | None) -> set[str]:
        """Everyone of ``gender`` named in the sentence before offset ``at`` and in the
        sentence before it, subject or not."""
        before = [m for m in self.current if at is None or m.position < at]
        last = self.earlier[-1] if self.earlier else ()
        return {m.name for m in [*before, *last] if self._may_mean(m.name, gender)}

    def _only_one_before(
        self, earlier: list[tuple[Mention, ...]], gender: Gender | None
    ) -> set[Mention]:
        """The one person the sentence just before names, where no subject there is whom
        the pronoun may mean: `…, with Councilmember Delia Fuentes-Orr casting the
        deciding vote. “…,” she said`. Only someone written with the pronoun's gender,
        and no one else there, nor a pronoun of that gender, a pronoun may mean."""
        if not earlier or gender is None:
            return set()
        unquoted = _QUOTED.sub(" ", self.previous_sentence)
        if _SUBJECT_PRONOUNS[gender].search(unquoted):
            return set()  # `She said she'd rather see … Hillary Clinton …`: whom `she` means
        fitting = {m for m in earlier[0] if self._may_mean(m.name, gender)}
        names = {m.name for m in fitting}
        if len(names) != 1 or not all(m.known for m in fitting):
            return set()
        return fitting if self.cast.gender(next(iter(names))) == gender else set()

    def _may_mean(self, name: str, gender: Gender | None) -> bool:
        """Whether a pronoun of ``gender`` may stand for ``name``: someone of that gender,
        or of none the article shows; for `he` or `she` never a body the article names
        (`the supplier, Tessellate Systems`)."""
        return self.cast.gender(name) in (gender, None) and (
            gender is None or name not in self._bodies
        )

    def _subjects(self, people: tuple[Mention, ...], gender: Gender | None) -> set[Mention]:
        """The subjects and speakers among ``people`` whom a pronoun of ``gender`` may mean."""
        return {m for m in people if m.salient and self._may_mean(m.name, gender)}

    def _last_named(
        self, earlier: list[tuple[Mention, ...]], gender: Gender | None
    ) -> set[Mention]:
        """The salient people of ``gender`` in the nearest of ``earlier`` (most recent first)
        that names anyone at all, when that is beyond the near sentences."""
        for index, people in enumerate(earlier):
            if people:
                if index < _PRONOUN_NEAR:
                    return set()  # someone nearer, of another gender or no subject
                return self._subjects(people, gender)
        return set()
