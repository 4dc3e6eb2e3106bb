"""Who said what in an article written in French or Persian: one reader, a rule set per language.

English has its own reader (``attribution.Reader``), grown on English news over time. Here a
language gives the few things that differ — where its sentences end, the words around a
quotation that name its speaker, the clauses that report speech, the speech a colon
introduces without marks, and how a phrase names a person — and ``LexiconReader`` does
the reading a reader does: quotes in « … » with their speakers, reported clauses, the
speaker carried on from an open quotation or a paragraph ending ``… a déclaré :``.
Every item's text is an exact slice of its paragraph, as in English.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.extract.speech.attribution import (
    IN_DOUBT,
    NOBODY,
    Attribution,
    Item,
    claimed,
    goes_on_from,
)
from briefing.extract.speech.genders import Gender
from briefing.extract.speech.guillemets import Quotations, nested_spans
from briefing.extract.speech.quotes import QuoteSpan, opens_paragraph, trimmed
from briefing.model import Article, QuoteType, SpeakerEvidence

Span = tuple[int, int]

# Fewer words than this in marks is a term or a title (`le « plan de relance »`), unless
# the sentence says someone speaks them.
_SPEECH_WORDS = 4
# Fewer words of its own than this, and a reported clause is its quotation (`selon elle,
# « … »`, `il a affirmé que « … »`); with any, it is reported speech that quotes some.
_OWN_WORDS = 1
# How many speakers back a pronoun may reach, most recent first.
_PRONOUN_REACH = 3
# How many speakers and people an article's reader keeps in mind, most recent last.
_RECENT = 32


@dataclass(frozen=True, slots=True)
class Clause:
    """Words said (``start``/``end`` in the paragraph) and who says them, as written."""

    start: int
    end: int
    phrase: str | None


def _words_outside(text: str, clause: Clause, spans: Quotations) -> int:
    """How many of the clause's words stand outside its quotations."""
    kept, at = [], clause.start
    for span in spans.overlapping(clause.start, clause.end):
        kept.append(text[at : max(at, span.start - 1)])
        at = max(at, span.end + 1)
    kept.append(text[at : clause.end])
    return len(" ".join(kept).split())


def before_denial(text: str, clause: Clause, denial: re.Pattern[str]) -> Clause:
    """``clause`` up to the comma before a denial inside it (`Selon X, 300 emplois sont
    menacés, ce que la direction a démenti`): the denial is someone else's."""
    denied = denial.search(text, clause.start, clause.end)
    if denied is None:
        return clause
    comma = max(
        text.rfind(",", clause.start, denied.start()), text.rfind("،", clause.start, denied.start())
    )
    if comma <= clause.start:
        return clause
    return Clause(clause.start, comma, clause.phrase)


class FirstMentions:
    """Where a text first names each person, by any word that stands for them.

    At each word's start the names of each length the cast has are looked up, not tried
    as one alternation at every character: an article of many names would make that
    alternation's cost grow with their number times the text's length.
    """

    def __init__(self, joiner: str = "") -> None:
        # A word's characters; Persian writes its zero-width non-joiner inside words.
        self._letter = re.compile(rf"[\w{joiner}]")
        self._word_start = re.compile(rf"(?<![\w{joiner}])\w")
        self._key: object = None
        self._owners: dict[str, str] = {}
        self._lengths: list[int] = []

    def __call__(
        self, text: str, key: object, owners: Callable[[], dict[str, str]]
    ) -> list[tuple[int, str]]:
        if key != self._key:
            self._key, self._owners = key, owners()
            self._lengths = sorted({len(name) for name in self._owners}, reverse=True)
        first: dict[str, int] = {}
        at = 0
        while self._lengths and (start := self._word_start.search(text, at)) is not None:
            at = start.start()
            # The longest name written here, ending where a word ends.
            name = next(
                (
                    text[at : at + length]
                    for length in self._lengths
                    if text[at : at + length] in self._owners
                    and not self._letter.match(text, at + length)
                ),
                None,
            )
            if name is not None:
                first.setdefault(self._owners[name], at)
            at += len(name) if name else 1
        return sorted((at, person) for person, at in first.items())


@dataclass(frozen=True, slots=True)
class Named:
    """The speaker a phrase names, and whether the phrase was a pronoun of some gender."""

    speaker: str | None
    evidence: SpeakerEvidence | None = None
    pronoun: bool = False
    gender: Gender | None = None
    unidentified: bool = False
    """The phrase names someone the text does not identify (`l'une d'elles`, `on`)."""


class LexiconReader(ABC):
    """Reads one article's paragraphs in order; a subclass gives a language's rules.

    Make one per article: it remembers who spoke last in that article only.
    """

    def __init__(self) -> None:
        self.recent: list[str] = []  # speakers and people named, most recent last
        # The people the last sentence named inside someone's reported words, with whose
        # words they were: spoken of there, not speaking.
        self.spoken_of: dict[str, str] = {}
        self.replying = False  # whether the sentence being read is a reply
        self.met: set[str] = set()  # everyone named or heard so far
        self.introduced = NOBODY  # speaker of a paragraph ending `… a déclaré :`
        # Whether a speech verb introduced them: only then is a paragraph without marks
        # their words (`Le plan prévoit trois mesures :` introduces a list, not speech).
        self.introduced_speech = False
        self.continuing = NOBODY  # speaker of a quotation left open at paragraph end
        # A quotation left open at paragraph end with no speaker yet: the next paragraph's
        # opening quotation goes on with it, and its tag names them both.
        self.open_unclaimed: int | None = None
        # Speaker of the quotation a paragraph ended on: a paragraph that opens on a
        # quotation and names nobody goes on with them (`« … », a-t-il dit.` then `« … »`).
        self.ended_on = NOBODY
        self.items: list[Item] = []
        # Where the paragraph being read first names each person, in order.
        self.here: list[tuple[int, str]] = []
        self.last_paragraph: list[tuple[int, str]] = []  # the previous paragraph's
        # Those of them named outside quotations: whom the text itself tells of.
        self.told: list[tuple[int, str]] = []
        self.last_told: list[tuple[int, str]] = []
        # The sentences of this paragraph and of the one before.
        self.paragraph_sentences: list[str] = []
        self.last_sentences: list[str] = []
        # Where the sentence being read starts and ends in its paragraph, and which it is.
        self.read_from = self.read_to = self.reading = 0
        self.subject_in_view: str | None = None  # the body that sentence opens on

    # The language's rules -------------------------------------------------------------

    @abstractmethod
    def sentences(self, text: str, spans: Quotations) -> list[Span]:
        """Sentence offsets in ``text``; none ends inside a quotation."""

    @abstractmethod
    def tag_after(self, text: str, at: int) -> str | None:
        """Who a tag right after a quotation closing at ``at`` names (`», a-t-il dit`)."""

    @abstractmethod
    def introducer(self, before: str) -> str | None:
        """Who the words of a sentence before a quotation introduce as its speaker."""

    denial: re.Pattern[str]
    """How the language says a claim is denied: a reported clause ends before it."""

    @abstractmethod
    def clauses(self, text: str, start: int, end: int, spans: Quotations) -> list[Clause]:
        """Reported speech, accounts and denials in the sentence ``text[start:end]``."""

    def reported(self, text: str, start: int, end: int, spans: Quotations) -> list[Clause]:
        """The sentence's clauses, each cut before a denial that follows inside it.

        A clause that is all quotation is that quotation's item, with the speaker its
        words give; one that quotes only some of its words is reported speech too."""
        return [
            before_denial(text, clause, self.denial)
            for clause in self.clauses(text, start, end, spans)
            if _words_outside(text, clause, spans) >= _OWN_WORDS
        ]

    def tag_inside(self, quoted: str) -> str | None:
        """Who a tag set inside the quotation names (`« Nous, dit-il, resterons »`)."""
        return None

    def tagged_inside(self, quoted: str) -> bool:
        """Whether a tag is set inside the quotation, whoever it names: its words are then
        no earlier speaker's going on."""
        return False

    def incise(self, quoted: str) -> tuple[int, int] | None:
        """Where a tag set inside the quotation stands, from its comma to where the words
        go on (`« On peut en discuter, a-t-il dit, mais … »`); None if there is none."""
        return None

    def unmarked(self, text: str, start: int, end: int) -> Clause | None:
        """Speech a colon introduces without marks in this sentence (Persian agencies)."""
        return None

    def titles(self, before: str) -> bool:
        """Whether ``before``, the words up to a quotation, make it the title of a work or
        a medium (`در برنامهٔ تلویزیونی «…»`), never anyone's words."""
        return False

    @abstractmethod
    def speaks(self, sentence: str) -> bool:
        """Whether ``sentence`` names someone speaking (it holds a speech verb or tag)."""

    @abstractmethod
    def name(self, phrase: str) -> Named:
        """The speaker ``phrase`` names, or the gender a pronoun asks for."""

    @abstractmethod
    def gender(self, speaker: str) -> Gender | None:
        """The gender the article gives ``speaker``, if any."""

    def clause_subject(self, before: str) -> str | None:
        """The subject of the clause ``before`` a quotation opens, when it has one."""
        return None

    def subject_pronoun(self, sentence: str) -> str | None:
        """The personal pronoun ``sentence`` opens on, if any."""
        return None

    def personal(self, speaker: str) -> bool:
        """Whether ``speaker`` is a person rather than a body."""
        return True

    def described_subject(self, sentence: str) -> str | None:
        """Who the subject of ``sentence`` stands for when it describes them rather than
        names them (`Un habitant de X a fait état de tirs`, `قابلهٔ کلینیک شهرک اما …`),
        so that a pronoun after it is theirs."""
        return None

    def subject_body(self, text: str) -> str | None:
        """The body ``text`` (a sentence up to its first quotation) opens on as its
        subject, if any (`la préfecture a contesté les chiffres, qu'elle juge « … »`), so
        that a pronoun after it may be the body's."""
        return None

    bodies_speak = True
    """Whether a third-person pronoun may stand for a body where no person fits (French
    `elle` for `la société`; never Persian `او`)."""
    replies: re.Pattern[str] | None = None
    """Words that make a sentence someone's reply (`a-t-elle réagi`, `در واکنش`): then a
    pronoun may well mean the one another's words just named, who answers them."""

    @abstractmethod
    def mentions(self, text: str) -> list[tuple[int, str]]:
        """Where ``text`` first names each person it names, in order."""

    def mentioned(self, text: str) -> list[str]:
        """The people ``text`` names, in order, so a later pronoun can find them."""
        return [person for _, person in self.mentions(text)]

    def readable(self, text: str) -> str:
        """A paragraph as the rules read it: the same length, so offsets hold for both."""
        return text

    # The reading ---------------------------------------------------------------------

    def read(self, article: Article) -> list[Item]:
        for paragraph in article.paragraphs:
            self._paragraph(paragraph.number, self.readable(paragraph.text))
        return sorted(self.items, key=lambda item: (item.paragraph, item.start, -item.end))

    def resolve(self, phrase: str | None) -> Attribution:
        if phrase is None or not phrase.strip():
            return NOBODY
        named = self.name(phrase.strip())
        if named.pronoun:
            # The body the sentence opened on comes before anyone named earlier; it
            # stands for no pronoun of a later sentence, where a person may be meant.
            body = self.subject_in_view
            fitting = [
                speaker
                for speaker in [
                    *([body] if body is not None else []),
                    *reversed(self.recent[-_PRONOUN_REACH:]),
                ]
                if (named.gender is None or self.gender(speaker) in (named.gender, None))
                and (self.bodies_speak or self.personal(speaker))
            ]
            if fitting and not self.replying and self.spoken_of.get(fitting[0]) in fitting:
                # `X soutient que … lorsque Y s'est jeté sur lui. « … », a-t-il répété`:
                # Y, named in X's words, or X who spoke them — a doubt.
                return Attribution(doubt=True, gender=named.gender)
            if fitting:
                # `La société … « … », a-t-elle indiqué`: a body, where no person fits; a
                # body named last and a person before it leave a doubt.
                if self.personal(fitting[0]) or not any(map(self.personal, fitting)):
                    return Attribution(fitting[0], SpeakerEvidence.PRONOUN)
                return Attribution(doubt=True, gender=named.gender)
            # Nobody before it: a pronoun may point ahead, to the one person of its
            # gender its paragraph names next (`« … », explique-t-il. Gérard Pinchon, …`).
            ahead = [
                person
                for _, person in self.here
                if named.gender is None or self.gender(person) in (named.gender, None)
            ]
            if not self.recent and len(ahead) == 1:
                return Attribution(ahead[0], SpeakerEvidence.PRONOUN)
            return Attribution(gender=named.gender)  # nobody, but of this gender
        if named.speaker is None:
            return IN_DOUBT if named.unidentified else NOBODY
        return Attribution(named.speaker, named.evidence)

    def _heard(self, who: Attribution) -> None:
        if who.speaker is not None:
            self._remember(who.speaker)

    def _remember(self, speaker: str) -> None:
        if speaker in self.recent:
            self.recent.remove(speaker)
        self.recent.append(speaker)
        self.met.add(speaker)
        del self.recent[:-_RECENT]  # no pronoun or description reaches further back

    def _mentioned(self, text: str) -> None:
        for person in self.mentioned(text):
            if person not in self.recent[-1:]:
                self._remember(person)

    def _add(self, number: int, start: int, end: int, who: Attribution, kind: QuoteType) -> None:
        self.items.append(Item(number, start, end, who.speaker, kind, evidence=who.evidence))
        self._heard(who)

    def _paragraph(self, number: int, text: str) -> None:
        self.last_paragraph = self.here
        self.last_told = self.told
        self.here = self.mentions(text)
        spans = nested_spans(text)
        self.told = [(at, person) for at, person in self.here if spans.holding(at) is None]
        sentences = self.sentences(text, spans)
        self.last_sentences = self.paragraph_sentences
        self.paragraph_sentences = [text[start:end] for start, end in sentences]
        introduced, continuing = self.introduced, self.continuing or self.ended_on
        spoken = introduced and self.introduced_speech
        self.introduced = self.continuing = self.ended_on = NOBODY
        run_on, self.open_unclaimed = self.open_unclaimed, None
        self.introduced_speech = False
        previous = NOBODY  # the speaker of this paragraph's last quotation
        said_until = -1  # unmarked speech runs over the sentences before this offset
        if spoken and not spans and sentences and not self.speaks(text[: sentences[0][1]]):
            # `… a déclaré :` and then a paragraph of speech without marks: its words.
            said_until = self._add_unmarked(
                number, text, Clause(0, sentences[0][1], None), introduced, sentences
            )
        for index, (start, end) in enumerate(sentences):
            prior = text[sentences[index - 1][0] : sentences[index - 1][1]] if index else ""
            sentence = text[start:end]
            self.read_from, self.read_to, self.reading = start, end, index
            self.replying = self.replies is not None and self.replies.search(sentence) is not None
            if start < said_until:
                continue
            # Who the sentence names before its first quotation, a pronoun there may mean
            # (`Mme Garnier a contesté le chiffre, qu'elle juge « gonflé »`).
            marks = spans.opening_in(start, end)
            opening = marks[0].start - 1 if marks else end
            # A sentence that opens on its subject pronoun (`Il a rappelé qu'aucun témoin
            # n'avait reconnu X, « … »`) points back past the people it names itself.
            if self.subject_pronoun(sentence) is None:
                self._mentioned(text[start:opening])
            self.subject_in_view = self.subject_body(text[start:opening])
            spoken_of: dict[str, str] = {}
            for clause in self.reported(text, start, end, spans):
                who = self.resolve(clause.phrase)
                self._add(number, clause.start, clause.end, who, QuoteType.INDIRECT)
                if who.speaker is not None:
                    inside = self.mentions(text[clause.start : clause.end])
                    spoken_of |= {p: who.speaker for _, p in inside if p != who.speaker}
            for span in marks:
                tag = self.tag_after(text, span.end + 1) if span.closed else None
                quoted = _Quoted(text, span, tag, start, prior, introduced, continuing, previous)
                who = self._quote_speaker(quoted)
                q_start, q_end = _inside_marks(text, span)
                whole = opens_paragraph(text, span) and text[span.end + 1 :].strip(" .…") in (
                    "",
                    ",",
                )
                if q_end - q_start < 2 or self.titles(text[start : span.start - 1]):
                    continue
                # Words a tag follows are speech, whoever it names (`« … », a-t-il dit`
                # with no man in view).
                speech = whole or who or who.doubt or tag is not None
                if not (speech or len(text[q_start:q_end].split()) >= _SPEECH_WORDS):
                    continue  # a term in marks, not speech
                for part_start, part_end in self._without_incise(text, q_start, q_end):
                    self._add(number, part_start, part_end, who, QuoteType.DIRECT)
                if who and run_on is not None and opens_paragraph(text, span):
                    # `« … (no close)` ¶ `« … », a-t-elle ajouté.`: one quotation, hers.
                    self.items[run_on] = claimed(self.items[run_on], who)
                run_on = None
                previous = _voice_after(who, previous)
                if not span.closed:
                    self.continuing = who
                    if not who and span.end >= len(text.rstrip()):
                        self.open_unclaimed = len(self.items) - 1
            unmarked = self.unmarked(text, start, end)
            if unmarked is not None:
                who = self.resolve(unmarked.phrase)
                said_until = self._add_unmarked(number, text, unmarked, who, sentences)
                previous = _voice_after(who, previous)
            # Whom its quotations name is theirs to speak of, not someone the narrative
            # brings into view (`« Sorbier était le mieux-disant », … il assure`).
            self._mentioned(_unquoted(text, start, end, marks))
            self.spoken_of = spoken_of
            described = self.described_subject(sentence)
            if described is not None:
                self._remember(described)
        if sentences and spans.opening_in(sentences[-1][0], len(text) + 1):
            self.ended_on = previous
        last = text[sentences[-1][0] : sentences[-1][1]].rstrip() if sentences else ""
        if last.endswith(":") and not spans:
            self.introduced = self.resolve(self.introducer(last))
            self.introduced_speech = self.speaks(last)

    def _without_incise(self, text: str, start: int, end: int) -> list[Span]:
        """The quotation's words, as the parts before and after a tag set inside them:
        the reporter's words between are no part of the quotation."""
        incise = self.incise(text[start:end])
        if incise is None:
            return [(start, end)]
        resumes = start + incise[1]
        while resumes < end and text[resumes].isspace():
            resumes += 1
        return [(start, start + incise[0])] + ([(resumes, end)] if end - resumes > 1 else [])

    def _add_unmarked(
        self, number: int, text: str, said: Clause, who: Attribution, sentences: list[Span]
    ) -> int:
        """Add speech without marks that begins as ``said``; return where it ends."""
        end = self._run_on(text, said, sentences)
        self._add(number, said.start, end, who, QuoteType.DIRECT)
        return end

    def _run_on(self, text: str, said: Clause, sentences: list[Span]) -> int:
        """Where unmarked speech ends: its sentence's end, or later while the sentences
        after it name nobody else speaking (the statement runs to the paragraph's end)."""
        end = said.end
        for start, stop in sentences:
            if start < said.end:
                continue
            if self.speaks(text[start:stop]):
                break
            end = stop
        while end > said.start and text[end - 1] in " .،,؛;":
            end -= 1
        return end

    def _quote_speaker(self, quoted: _Quoted) -> Attribution:
        """Who speaks a quotation."""
        tagged = self.resolve(quoted.tag)
        if tagged or tagged.doubt:
            # `« … », murmure l'une d'elles`: someone, but not whom; no earlier speaker.
            return tagged
        who = self._speaker_in_context(quoted)
        # `« … », a-t-il dit` where no man is in view: not the woman the paragraph named,
        # nor a woman's words going on.
        return who if goes_on_from(tagged, self.gender(who.speaker or "")) else IN_DOUBT

    def _speaker_in_context(self, quoted: _Quoted) -> Attribution:
        """Who speaks a quotation whose tag, if any, names nobody the text identifies: a
        tag inside it, the words before it, its paragraph, the speakers before it."""
        text, span, tag = quoted.text, quoted.span, quoted.tag
        start, prior = quoted.start, quoted.prior
        introduced, continuing, previous = quoted.introduced, quoted.continuing, quoted.previous
        who = self.resolve(self.tag_inside(text[span.start : span.end]))
        if who or who.doubt:
            return who
        before = text[start : span.start - 1]
        if before.strip():
            # `یکی از آنان گفت: «…»`: someone, but not whom, introduces the words.
            who = self.resolve(self.introducer(before))
            if who or who.doubt:
                return who
        if self.tagged_inside(text[span.start : span.end]):
            # `« …, a écrit mardi à la ministre Claire Vidal, le syndicat. … »`: someone's,
            # read or not, and no one before it going on.
            return IN_DOUBT
        if before.strip():
            subject = self.clause_subject(before)
            if subject is not None:
                # `Une voisine, elle, redoute « … »`: a sentence about someone of its own
                # goes on from no earlier speaker; `Il juge le chiffre « gonflé »` from his.
                who = self.resolve(subject)
                again = who and who.speaker == previous.speaker
                return who if who.evidence is SpeakerEvidence.PRONOUN or again else NOBODY
        elif start == 0 and (introduced or continuing):
            # `« … » La formule est de Mathilde Cazeneuve, …`: a paragraph that opens on
            # a quotation and then names someone else may be theirs: no continuation.
            carried = introduced or continuing
            others = {person for at, person in self.here if at > span.end} - {carried.speaker}
            if len(others) == 1 and self.here and self.here[0][0] > span.end:
                # `« … » Mère de deux élèves, Aurélie Gautier n'a pas fermé l'œil.`: the
                # one person the paragraph then introduces.
                return Attribution(others.pop(), SpeakerEvidence.CONTINUATION)
            if others:
                return NOBODY
            return _continued(carried)
        if not previous and not previous.doubt and start > 0:
            # `X n'attend plus rien. « … »`: a quotation that opens a sentence after one
            # about the one person its paragraph has named so far is theirs; after one
            # whose subject is a pronoun (`Elle était à l'antenne. « … »`), the pronoun's.
            # Untagged, a body it names (`une chaîne de Kaboul, Noor-e Sahar TV`) is not
            # whom it is about; a tag's pronoun may stand for one, so there it counts.
            # `La septuagénaire hausse les épaules. « … »`: the one the sentence before is
            # about, described rather than named, when the description names someone (`Le
            # garçon est dans le coma` is no one who speaks next).
            described = self.described_subject(prior) if prior else None
            if described is not None and described in self.mentioned(described):
                return Attribution(described, SpeakerEvidence.CONTINUATION)
            named = [
                person
                for _, person in self.here[: bisect_left(self.here, (start,))]
                if tag is not None or self.personal(person)
            ]
            if len(named) == 1 and self.personal(named[0]):
                return Attribution(named[0], SpeakerEvidence.CONTINUATION)
            if not named:
                who = self.resolve(self.subject_pronoun(prior))
                if who:
                    return who
        if previous and start > 0 and prior:
            # `« … », lance X. À ses côtés, son collègue Y se montre plus philosophe. « … »`:
            # after a sentence naming someone else, the words may be theirs.
            prior_start = text.rfind(prior, 0, start)
            if any(
                person != previous.speaker and self.personal(person)
                for at, person in self.here
                if prior_start <= at < start
            ):
                return NOBODY
        return _continued(previous)


@dataclass(frozen=True, slots=True)
class _Quoted:
    """A quotation to attribute, with what stands around it: the speaker its tag after it
    names, the sentence it opens in, and the voices it may go on from."""

    text: str
    """Its paragraph."""
    span: QuoteSpan
    tag: str | None
    start: int
    """Where its sentence starts in the paragraph."""
    prior: str
    """The sentence before that one in the paragraph."""
    introduced: Attribution
    """Whom the paragraph before introduced (`… a déclaré :`)."""
    continuing: Attribution
    """Whose quotation ran on into this paragraph."""
    previous: Attribution
    """Who spoke last in this paragraph."""


def _unquoted(text: str, start: int, end: int, marks: Sequence[QuoteSpan]) -> str:
    """``text[start:end]`` with what its quotations hold blanked out, offsets kept."""
    pieces, at = [], start
    for span in marks:
        inside_end = min(span.end, end)
        pieces += [text[at : span.start], " " * max(0, inside_end - span.start)]
        at = max(at, inside_end)
    return "".join([*pieces, text[at:end]])


def _voice_after(who: Attribution, previous: Attribution) -> Attribution:
    """The voice later quotations in the paragraph may go on from, once ``who`` spoke. A
    doubt stays one: the words after `« … », lance l'une d'elles` go on from nobody named
    before it."""
    return who if who or who.doubt else previous


def _continued(said: Attribution) -> Attribution:
    if not said:
        return NOBODY
    return Attribution(said.speaker, SpeakerEvidence.CONTINUATION)


def _inside_marks(text: str, span: QuoteSpan) -> tuple[int, int]:
    """The quotation's words: without the no-break spaces French sets inside its marks."""
    end = span.end
    while end > span.start and text[end - 1].isspace():
        end -= 1
    return trimmed(text, QuoteSpan(span.start, end, span.closed))
