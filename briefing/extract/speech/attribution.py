"""Who said what: reading an article's paragraphs in order and attributing what they quote.

A ``Reader`` keeps the little state a reader keeps (who spoke last, whether a paragraph
ended with ``…said:``) and turns each quoted passage and reported clause into an ``Item``
with its offsets and speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.extract.sentences import sentence_start, split_sentences
from briefing.extract.speech.genders import PRONOUN_GENDERS, Gender
from briefing.extract.speech.names import (
    NAME,
    NAME_GIVEN_AS,
    TITLE,
    is_place,
    lone_capitalised,
    may_be_first_name,
    person_name,
    unpossessed,
)
from briefing.extract.speech.phrases import (
    COMPLEMENT,
    DETERMINERS,
    DOCUMENTS,
    is_person_role,
    is_role_word,
    is_trade_word,
    names_one_by_role,
    role_head,
)
from briefing.extract.speech.pronouns import (
    CLAUSE_BREAK,
    SPOKEN,
    Memory,
    Mention,
    heads_sentence,
    opens_clause,
)
from briefing.extract.speech.quotes import (
    QuoteSpan,
    closing_character,
    is_title_like,
    opens_paragraph,
    quote_spans,
    quoted_at,
    trimmed,
    with_doubled_marks_as_quotes,
)
from briefing.extract.speech.reported import Reported, reported_clauses
from briefing.extract.speech.speakers import AGE_AFTER, Cast
from briefing.extract.speech.stances import stances
from briefing.extract.speech.subjects import (
    DATELINE,
    PRONOUNS,
    VERBISH,
    clean_phrase,
    name_given,
    sentence_subject,
    subject_after,
    subject_before,
)
from briefing.extract.speech.tags import (
    ACCORDING_AFTER,
    ACCORDING_BEFORE,
    ACCORDING_TAG,
    AFTER_TAG,
    AS_SOURCE,
    BEFORE_TAG,
    BY_AFTER,
    PASSIVE,
    QUOTED_AS,
    RELAY,
)
from briefing.extract.speech.verbs import (
    EVALUATIVE,
    PARTICIPLE,
    REPORTING,
    Verb,
    reporting_verbs,
    used_as_noun,
    verbs_within,
)
from briefing.model import Article, QuoteType, SpeakerEvidence

_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
# A tag's own words after it, before its sentence ends (`Mr. Zahed said: “…”`, `Mr. Zahed
# said the attack “was …”`, `Mr. Zahed said yes.` to a question), not a time or place
# (`Mr. Zahed said on Monday.`).
_OWN_WORDS = re.compile(r"\s*:|\s+(?i:yes|no)\b|[^.!?“”\"]{0,80}[“\"]")
_NEXT_WORD = re.compile(r"\W*\s+(\w+)")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
# What the subject put out, which a participle after it describes with the subject's words
# (`Hale issued a statement describing the deal as “…”`, `released a new radio ad calling`).
_OWN_WRITING = re.compile(
    r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    rf"(?:{DOCUMENTS})$",
    re.IGNORECASE,
)
# `the statement`, not `The Post` (a paper's name).
_THE_DOCUMENT = re.compile(rf"(?i:the)\s+(?P<document>{DOCUMENTS})")
# Saying one put a document out (`said in a statement`, `In a letter, X wrote`), not
# answering another's (`in response to a statement from the ministry`).
_PUT_OUT = re.compile(
    rf"\b(?i:in)\s+(?i:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?P<document>{DOCUMENTS})\b"
    r"(?!\s+(?:from|by|of)\b)"
)
# A name that a noun governs (`opponents of Sen. Jo Park`): not the one the phrase names.
_GOVERNED_NAME = re.compile(r"\b(?:of|for|to|against|from|by)\s+(?-i:[A-Z])", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
# `with` and the subject of the participle that follows it, no comma between.
# `with Trump while saying` is no subject: a conjunction or preposition ends the phrase.
_WITH_SUBJECT = re.compile(
    r"\bwith\s+(?P<subject>(?:(?!(?:while|when|after|before|by|and|or|but|as|since|without|"
    r"of|in|for|to|from|on|at)\s)[\w'’.-]+\s+){1,5})$",
    re.IGNORECASE,
)
# A form of `be` before a verb, an adverb perhaps between (`is now calling`, `was widely
# called`): with `-ing` the subject's own verb, else a passive.
_PROGRESSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:\w+ly|often|also|still|now|once)\s+)?$",
    re.IGNORECASE,
)
# A possessive after a name (`Trump’s`, `Sanders’`): the name owns what follows.
_OWNER = re.compile(r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w-]*['’]s?(?!\w)")  # `Hale's`
_POSSESSOR = re.compile(r"['’](?:s\b|(?=\s))")
# How many words after a possessive may name the person owned (`Clinton’s [former
# campaign manager]`): a role's head comes within three.
_OWNED_WORDS = 3
# Whom a tag's verb addresses (`…,” he told Hannity`).
_ADDRESSED = re.compile(r"\s+((?:(?-i:[A-Z])[\w'’.-]*\s*){1,3})")
# Words finishing a sentence a quotation opened, up to the comma before a tag.
_CONTINUATION = re.compile(r"\s+(?-i:[a-z])[^“”\".;:!?]{0,120}?(?=,)")
# A sentence that gives the words before it their speaker (`That was the response of
# Karl Berg.`, `So said the mayor.`, `The words were posted by …`).
_SAID_BACK = re.compile(
    r"\s*(?:That|This|Those|These|Such|So|The\s+words)\b[^.!?]{0,60}?\b(?:said|says|"
    r"response|reply|answer|verdict|words|reaction|message|came|posted|wrote|tweeted)\b"
)
# A message someone else sent, told inside reported words (in lower case: `States` is
# no verb).
_RETOLD = re.compile(
    r"\b(?:said|says|told|warned|texted|messaged|emailed|e-mailed|wrote|cabled|"
    r"phoned|called|screamed|shouted|yelled|whispered|begged)\b"
)
_RELAYING = re.compile(rf"{REPORTING.pattern}|\b(?:what|how|as)\b", re.IGNORECASE)
# A person's role of someone named, as an object, and the holder's name between commas
# (`under Mr. Bush's father, George Bush, …`); not a subject after an opening phrase (`On
# TV, Mr. Trump's chairman, Paul Manafort, said`, `Compared with Mr. Reed's son, Tom Hale is`).
_APPOSED_TO_NAMED = re.compile(
    r"\b(?:under|with|for|to|of|by|from|about|against|at|than|like)\s+"
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}(?P<role>[\w-]+),\s*$"
)
_APPOSED_REACH = 120
# A name, a role it owns without a possessive and the holder's name (`McConnell spokesman
# Don Stewart`, `Clinton campaign manager Robby Mook`).
_ROLE_THEN_NAME = re.compile(r"(?P<words>(?:\s+[a-z][\w-]*){1,3}?)\s+(?-i:[A-Z])")
_ANY_DETERMINER = "|".join(sorted(DETERMINERS))
_DESCRIBED = re.compile(rf"\s*(?:{_ANY_DETERMINER})\s", re.IGNORECASE)
# A determiner and the lower-case words after it, where a role may be named (`the former
# president`, `a retired neurosurgeon`).
_ROLE_PHRASE = re.compile(
    rf"\b(?P<determiner>(?i:{_ANY_DETERMINER}))(?P<words>(?:\s+(?-i:[a-z])[\w-]*){{1,4}})"
)
# A capitalised word or a number before a comma: what follows may be in apposition.
_RELATIVE_LAST = re.compile(r"\s(?:who|which)$", re.IGNORECASE)
# The words after a role that name whom it means: a name given in a relative clause.
_NAMED_AFTER_ROLE = re.compile(rf"[^,;:“”\"]{{0,60}},\s*{NAME_GIVEN_AS.pattern}")
_BEFORE_COMMA = re.compile(
    r"(?:(?P<comma>,)\s*|\s+|^)(?P<word>[A-Z][\w.'’-]*|\d+)(?:\s*\([^()]*\))?,\s*$"
)
# A role's phrase running to a comma and a name: in apposition before it (`A potential
# vice president pick, Haley is …`); read in the next _LOOK_AFTER characters.
_AND_BEFORE = re.compile(r"\s(?:and|then|but)\s+$")
# A role's own complement, any further roles set beside it, then the subject pronoun they
# all stand beside (`A former nurse, the daughter of a miner, she said`).
_PRONOUN_APPOSED = re.compile(
    r"(?:\s+(?:of|from|at|in|for|to)\s+[^,.;:“”\"]*)?"
    r"(?:,\s+(?:the|a|an|his|her)\s+[^,.;:“”\"]*)*,\s+(?:he|she)\b"
)
_NAME_AFTER = re.compile(r"[\w\s'’-]{0,40},\s+(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*\b(?!,)")
_LOOK_AFTER = 120
# Words that open a subordinate clause (`as` and `if` open others too: `as Roe said`).
_CLAUSE_OPENERS = "after|before|when|while|because|since|until|although|though|once|whereas"
# A subordinate clause's subject just before its verb (`after Hale testified`).
_SUBORDINATE_SUBJECT = re.compile(
    rf"\b(?:{_CLAUSE_OPENERS}|as|if)\s+(?:[^\s,]+\s+){{1,4}}$", re.IGNORECASE
)
# `Trump claimed on Tuesday that “…,” one prosecutor said …`: words a reporting verb's
# `that` opens are that clause's, and a tag after them belongs to the next clause.
# A past tense only: `denied reports that “…,” the spokesman said` has a noun.
_THAT_OPENED = re.compile(
    rf"\b(?=\w+ed\b|said\b|told\b|wrote\b|swore\b)(?:{REPORTING.pattern})"
    rf"\s+(?:[\w’']+\s+){{0,4}}?that\s*$"
)
# `The claim was contradicted by a rescue coordinator`: a passive's agent, whom a pronoun
# after may mean as it may a subject.
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+$"
)
# A tag that ends its clause, or says only when and where (`…,” Nefzi added on Friday.`).
_TAG_ENDS = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:on|in|at|during|after|before|late|early|yesterday|today|"
    r"last|this)\b"
)
# Before a colon, a sign that the words are someone else's, written or shown (`Hale got a
# text from Kim:`, `Hale recalls his father's advice:`, `Kim read from the report:`).
_OTHERS_WORDS = re.compile(
    r"\bfrom\b|\b\w+['’]s\s+(?:\w+\s+)?(?:letter|text|sign|e-?mail|tweet|statement|report|"
    r"advice|message|note|warning|words|post|memo|slogan|motto|verdict|ruling|order)s?\b",
    re.IGNORECASE,
)
_AND = re.compile(r",\s*and$")
_LIST_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
_ADDRESSEE = re.compile(r"\b(?:to|for)\s+(?:(?-i:[A-Z])[\w.]*\s+){0,2}$", re.IGNORECASE)
_LONE_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]+")  # `Nefzi`: a surname written alone
# How far back from a verb or a quotation these scans read, so that a sentence as long as
# a hostile article is not read again for each of its quotations.
_TAG_REACH = 80  # `In the July cable, Hale reported,`: a tag and its subject
_CLAUSE_REACH = 300  # the clause a colon or a participle ends
_LAST_WORD = 40  # characters enough to hold the word before a pronoun or a role
_WORD = re.compile(r"\S+")
# A role someone's name owns, ending a phrase (`Duncan Hunter’s chief of staff`).
_OWNED_ROLE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*$")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_SUBJECT_WORDS = 5  # a reported clause's subject read from its words alone, at most
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who speaks, why we say so, and who relays the words."""

    speaker: str | None = None
    evidence: SpeakerEvidence | None = None
    relayed_by: str | None = None
    doubt: bool = False
    """A tag names the speaker (`…,” he said`) but the text leaves who it is in doubt:
    then nobody, not whoever spoke before."""
    gender: Gender | None = None
    """Nobody, but the text says the speaker's gender (`she added that …`)."""

    def __bool__(self) -> bool:
        return self.speaker is not None


NOBODY = Attribution()
IN_DOUBT = Attribution(doubt=True)


def goes_on_from(unresolved: Attribution, speaker_gender: Gender | None) -> bool:
    """Whether words whose tag left them nobody's may go on from a speaker of
    ``speaker_gender``: not when the tag says otherwise (`she added that …` after a man)."""
    return None in (unresolved.gender, speaker_gender) or unresolved.gender == speaker_gender


@dataclass(frozen=True, slots=True)
class Item:
    """A quote, reported clause or bare claim found in a paragraph, with its offsets."""

    paragraph: int
    start: int
    end: int
    speaker: str | None
    type: QuoteType
    relayed_by: str | None = None
    emit: bool = True
    evidence: SpeakerEvidence | None = None


class Reader:
    """Reads paragraphs in order, remembering who spoke last and any open introduction."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.memory = Memory(cast)
        self.introduced = NOBODY  # speaker of a paragraph ending `…, he said:`
        self.continuing = NOBODY  # speaker of a quote left open at paragraph end
        self.ended_on = NOBODY  # speaker of a quote in a paragraph's last sentence
        # A quote left open at paragraph end with no speaker yet: the next paragraph's
        # opening quote goes on with it, and its tag names them both.
        self.open_unclaimed: int | None = None
        self.named: set[str] = set()  # everyone the sentences read so far name
        self.items: list[Item] = []
        self.paragraph_first_item = 0  # where the current paragraph's items start
        self.texts: dict[int, str] = {}  # this paragraph and the two before it, by number

    def read(self, article: Article) -> list[Item]:
        for paragraph in article.paragraphs:
            headline = paragraph.text == article.title
            # Offsets into the marked text hold for the paragraph: it has the same length.
            text = with_doubled_marks_as_quotes(paragraph.text)
            self._paragraph(paragraph.number, text, headline)
        return sorted(self.items, key=lambda item: (item.paragraph, item.start, -item.end))

    def _resolve(
        self, phrase: str | None, at: int | None = None, tagged: bool = False
    ) -> Attribution:
        """The speaker ``phrase`` names; a pronoun is read at offset ``at`` of the
        paragraph (default: the sentence's end). ``tagged``: see ``Cast.resolve``."""
        if phrase is None or phrase.strip().lower() in _FIRST_PERSON:
            return NOBODY
        if tagged and clean_phrase(phrase).lower() == "it":
            # `The Hospitals Group disputed the count. In a statement, it said …`: the body
            # the sentence before is about; an `it` after anything else is no one's.
            body = self.memory.body_opening()
            return Attribution(body, SpeakerEvidence.ROLE) if body is not None else NOBODY
        speaker = self.cast.resolve(
            phrase, lambda pronoun: self.memory.antecedent(pronoun, at), tagged=tagged
        )
        cleaned = clean_phrase(phrase)
        if _RELATIVE_LAST.search(cleaned):
            # `Cruz, a graduate of Harvard who has successfully argued a number of cases …,
            # will`: the verb is a relative clause's, whose end nothing shows.
            return NOBODY
        if speaker is None:
            # `She added that 2016 “is …”` with no one `she` surely is: nobody, and
            # none of the words go on from a man's.
            return Attribution(gender=PRONOUN_GENDERS.get(cleaned.lower()))
        words = cleaned.split()
        if words and words[-1].lower() in PRONOUNS:
            return Attribution(speaker, SpeakerEvidence.PRONOUN)
        if (
            speaker not in cleaned
            and speaker in self.cast.named_bodies
            and not any(self.cast.writes_body(speaker, text) for text in self.texts.values())
        ):
            # `the company` is the one the article called so only while it is in view:
            # further on, another (`Twitter acknowledged …`) may be meant, so as written.
            return Attribution(cleaned, SpeakerEvidence.ROLE)
        document = _THE_DOCUMENT.fullmatch(cleaned)
        if document is not None:
            # `X said in a statement that …` then `“…,” the statement said`: X's words.
            author = self._author_of(document["document"].lower())
            if author is not None:
                return Attribution(author, SpeakerEvidence.ROLE)
        if speaker == cleaned and words[0].lower() == "the":
            # `A Pakistani security official … denied that … The official said …`: the
            # one the article left unnamed and who spoke last with that role.
            speaker = self.memory.unnamed_with(role_head(cleaned)) or speaker
        # Named when the phrase writes the name (`Roe`, `Mr. Roe`), not a role (`the bank`).
        # A role is no name, however written (`The official`, `A security official`).
        # `The Taliban's chief spokesman` is a role by its head noun; `The White House` a name.
        head = role_head(speaker)
        role = speaker.islower() or (
            speaker.split()[0].lower() in DETERMINERS
            and (is_role_word(head) or is_trade_word(head))
        )
        named = not role and (speaker in cleaned or speaker.split()[-1] in map(unpossessed, words))
        return Attribution(speaker, SpeakerEvidence.NAMED if named else SpeakerEvidence.ROLE)

    def _author_of(self, document: str) -> str | None:
        """Who spoke in a sentence that says they put out ``document`` (`X said in a
        statement that …`, `In a letter, X wrote …`), in this paragraph or the two before:
        the one such speaker; with two (`… Union officials said in a statement …`), or a
        statement someone only answers (`In response to a statement from …`), no one."""
        authors = set()
        for item in reversed(self.items):
            text = self.texts.get(item.paragraph)
            if text is None:
                break  # before the paragraphs still in view
            if item.speaker is not None and any(
                put_out["document"] == document
                for put_out in _PUT_OUT.finditer(text, sentence_start(text, item.start), item.start)
            ):
                authors.add(item.speaker)
        return authors.pop() if len(authors) == 1 else None

    def _introduced_since(
        self, speaker: str | None, since: int, until: int, known: bool = False
    ) -> bool:
        """Whether the sentence made someone besides ``speaker`` its subject between
        paragraph offsets ``since`` and ``until``; ``known``: someone the article names
        as a person (not `African-Americans`, a lone capitalised word)."""
        return any(
            m.salient
            and m.name != speaker
            and since < m.position < until
            and (m.known or not known)
            for m in self.memory.current
        )

    def _heard(self, said: Attribution) -> None:
        if said.speaker is not None:
            # Someone the article never names (`a resident`) still speaks last: a pronoun
            # after them may be theirs, so it cannot reach past them to a named person.
            known = said.speaker in self.cast.names or self.cast.titled(said.speaker) is not None
            if known or is_person_role(said.speaker):
                self.memory.spoke(said.speaker, known=known)

    def _paragraph(self, number: int, text: str, headline: bool) -> None:
        self.paragraph_first_item = len(self.items)
        self.texts = {n: t for n, t in self.texts.items() if n >= number - 2} | {number: text}
        spans = quote_spans(text)
        sentences = split_sentences(text, [(span.start, span.end) for span in spans])
        introduced, continuing = self.introduced, self.continuing or self.ended_on
        self.introduced = self.continuing = self.ended_on = NOBODY
        run_on, self.open_unclaimed = self.open_unclaimed, None
        previous_quote = NOBODY
        reported_before = NOBODY  # the one speaker of the last sentence's reported speech
        retold_before = False  # whether that speech told of someone else's message
        quoted_until = -1  # where this sentence's last quote ends, if it has one
        opened_sentence = False  # whether that quote opens the sentence, or goes on from one
        opener: Attribution | None = None  # the speaker of a quote opening this sentence
        unclaimed: list[int] = []  # quotes run on into the next one, awaiting its speaker
        opening: int | None = None  # an untagged quotation opening the paragraph, unclaimed
        paragraph_verbs = reporting_verbs(text)
        named_here: set[str] = set()  # the people this paragraph's sentences name so far
        subjects_here: set[str] = set()  # and those of them that are subjects or speakers
        for start, end in sentences:
            sentence = text[start:end]
            verbs = verbs_within(paragraph_verbs, start, end)
            self.memory.start_sentence(self._people(text, start, end, spans), sentence, start)
            self._pronoun_subjects(text, start, end, spans)
            speakers = self._reported(number, text, start, end, spans, headline, verbs)
            known = [who for _, _, _, who in speakers if who]
            if opening is not None and known and self._introduced_here(known[0], start):
                # `“I can't climb a ladder.” Thomas Garvey, 58, an electrician, said that
                # …`: the words of the person the paragraph then introduces, speaking.
                self._claim([opening], known[0])
            opening = None
            self._stances(number, text, start, end, spans)
            # Verbs inside quotations are their words, not a sign of who speaks them.
            unquoted = [verb for verb in verbs if not quoted_at(spans, start + verb.start)]
            for span in spans:
                if not start <= span.start - 1 < end:
                    continue
                whole = opens_paragraph(text, span) and (
                    span.end >= len(text) - 2 or not span.closed
                )
                if not self._is_quote(text, span, sentence, start, whole, verbs):
                    continue
                said = _nearest_before(speakers, [start + v.start for v in verbs], span.start, text)
                who = self._direct_speaker(text, span, start, end, said, unquoted)
                if not who and not who.doubt and whole and start == 0:
                    who = _continued(introduced or continuing)
                last = previous_quote.speaker
                if (
                    not who
                    and not who.doubt
                    and last is not None
                    and goes_on_from(who, self.cast.gender(last))
                    # `Romney fired back, attacking Trump for “…”`: not past someone new
                    and not self._introduced_since(last, quoted_until, span.start, known=True)
                ):
                    who = _continued(previous_quote)
                elif (
                    not who
                    and not who.doubt
                    and len(named_here) == 1
                    and subjects_here == named_here
                    and not retold_before
                    and not _SAID_BACK.match(text, end)
                    and self._first_sentence_quote(text, span, start, end)
                ):
                    # `Clinton touted her credentials. “We need …”`: a quotation that is a
                    # sentence of its own, after ones about the one person the paragraph
                    # has named, is theirs.
                    who = Attribution(next(iter(named_here)), SpeakerEvidence.CONTINUATION)
                elif (
                    not who
                    and not who.doubt
                    and reported_before
                    and not retold_before
                    and self._sentence_of_its_own(text, span, start, end)
                    and not _speaks_of(text[span.start : span.end], reported_before.speaker or "")
                    # `“Over my dead body.” That was the response of Karl Berg.`: the next
                    # sentence says whose the words are.
                    and not _SAID_BACK.match(text, end)
                ):
                    # `Shabnam said she had lost her income. “The owner cried …”`: a quotation
                    # that is a sentence of its own, right after one that reports one
                    # person's words, goes on with them.
                    who = _continued(reported_before)
                q_start, q_end = trimmed(text, span)
                if q_end - q_start < 2:
                    continue
                self.items.append(
                    Item(
                        number,
                        q_start,
                        q_end,
                        who.speaker,
                        QuoteType.DIRECT,
                        who.relayed_by,
                        evidence=who.evidence,
                    )
                )
                if who and unclaimed:
                    self._claim(unclaimed, who)
                    unclaimed = []
                if who and run_on is not None and opens_paragraph(text, span):
                    self._claim([run_on], who)  # `“… (no close)` ¶ `“…,” she said.`
                run_on = None
                if not who and not who.doubt and opens_paragraph(text, span) and span.closed:
                    opening = len(self.items) - 1
                if not who and not span.closed and span.end < len(text):
                    unclaimed.append(len(self.items) - 1)  # reopened before it closed
                # A tag whose pronoun stands for no one sure (`“…,” he said. “…”`) still ends
                # the last speaker's turn: the words after it are that unknown one's.
                previous_quote = who if who or who.doubt or who.gender else previous_quote
                quoted_until = span.end
                if not text[start : span.start - 1].strip():
                    opener = who
                # `“…,” Trump told a rally, saying she would “abolish …”`: the same voice
                # as the quote that opened the sentence; `…, is a “false choice,” she
                # said.` ending the paragraph: words the tag gives, not a phrase quoted.
                opened_sentence = (
                    opener is who
                    or (opener is not None and who and who.speaker == opener.speaker)
                    or self._tag_ends(text, span)
                )
                self._heard(who)
                if not span.closed:
                    self.continuing = who
                    if not who and span.end >= len(text.rstrip()):
                        self.open_unclaimed = len(self.items) - 1
            self.memory.end_sentence()
            self.named.update(m.name for m in self.memory.current)
            written = [m for m in self.memory.current if m.known and m.position != SPOKEN]
            named_here.update(m.name for m in written)
            subjects_here.update(m.name for m in written if m.salient)
            if self._introduced_since(previous_quote.speaker, quoted_until, len(text)):
                previous_quote = NOBODY  # someone else was introduced since: no continuation
            speaking = {who.speaker for who in known}
            reported_before = known[-1] if len(speaking) == 1 else NOBODY
            # `Okafor said his daughter texted him.`: a quotation after it may be the
            # message she sent, whoever the paragraph is about.
            retold_before = any(
                _RETOLD.search(text, clause_start, verb_at if verb_at > clause_start else until)
                for verb_at, clause_start, until, _ in speakers
            )
            if start == sentences[-1][0] and opened_sentence:
                # `“…,” said Jake Sullivan.` ¶ `“…”`: a paragraph that is all quotation,
                # with no tag, goes on with whoever spoke a quotation opening the last
                # sentence (not a phrase quoted inside it: `… called the sanctions “…”`).
                self.ended_on = previous_quote
            quoted_until = -1
            opened_sentence = False
            opener = None
            if start == sentences[-1][0] and sentence.rstrip().endswith(":"):
                said = known[-1] if known else NOBODY
                self.introduced = self._intro_speaker(sentence, sentence.rstrip(), said, verbs, end)

    @staticmethod
    def _tag_ends(text: str, span: QuoteSpan) -> bool:
        """Whether a tag right after ``span`` ends the paragraph (`…,” she said.`)."""
        tag = AFTER_TAG.match(text, span.end + 1) if span.closed else None
        return tag is not None and not text[tag.end() :].strip(" .")

    @staticmethod
    def _sentence_of_its_own(text: str, span: QuoteSpan, start: int, end: int) -> bool:
        """Whether ``span`` is the whole sentence from ``start`` to ``end`` (its marks just
        outside the span), untagged."""
        before, after = text[start : span.start - 1], text[span.end + 1 : end]
        return span.closed and not before.strip() and not after.strip(" .")

    def _first_sentence_quote(self, text: str, span: QuoteSpan, start: int, end: int) -> bool:
        """Whether ``span`` is the whole sentence from ``start`` to ``end``, untagged, the
        paragraph's first quotation, and not about someone in the third person (`Jane Doe
        died on Monday. “She was the heart of this town.”`)."""
        earlier = self.items[self.paragraph_first_item :]
        return (
            self._sentence_of_its_own(text, span, start, end)
            and not _THIRD_PERSON.search(text, span.start, span.end)
            and not any(item.type is QuoteType.DIRECT for item in earlier)
        )

    def _introduced_here(self, said: Attribution, start: int) -> bool:
        """Whether ``said`` is a person the article names first in the sentence at
        ``start``, as its subject."""
        if said.evidence is not SpeakerEvidence.NAMED:
            return False
        here = any(m.name == said.speaker and m.salient for m in self.memory.current)
        return here and said.speaker not in self.named

    def _claim(self, indices: list[int], who: Attribution) -> None:
        """Quotes that ran on into ``who``'s are ``who``'s too."""
        for index in indices:
            self.items[index] = claimed(self.items[index], who)

    def _people(self, text: str, start: int, end: int, spans: list[QuoteSpan]) -> list[Mention]:
        """The people a sentence names outside its quotations, with where each stands, and
        the lone capitalised words that open its clauses, who may be people too."""
        named = self.cast.mentions_in(text, start, end)
        people = [
            Mention(position, full, _is_subject(text, start, position, name))
            for position, name in named
            if not quoted_at(spans, position)
            and self.cast.is_person(full := self.cast.full_name_at(text, position, name))
        ]
        for position, name in self.cast.titled_in(text, start, end):
            subject = _is_subject(text, start, position, name)
            gendered = self.cast.titled(name) is not None
            # An office says no gender (`President Obama`, `Judge Street`): as a clause's
            # subject, someone a pronoun after may mean, so a doubt, never the answer.
            if not quoted_at(spans, position) and (gendered or subject):
                people.append(Mention(position, name, subject, known=gendered))
        taken = {position for position, _ in named}
        dateline = DATELINE.match(text, start)  # `MADISON, Wis. —`: a place, no one
        first = dateline.end() if dateline else start
        # Such a word opening the sentence is its subject; after an opening phrase
        # (`Back in Kabul, Parwana has started …`) it may be, so no pronoun reaches past it.
        unknown = [
            Mention(position, word, salient=heads_sentence(opening), known=False)
            for position, word in lone_capitalised(text, first, end)
            if position not in taken
            and not quoted_at(spans, position)
            and opens_clause(opening := text[start:position])
            and _THE_BEFORE.search(opening) is None  # `the Taliban`: a body, nobody's name
            and self.cast.full_name(word) == word
            and word not in self.cast.names
            and not is_place(word)  # `As China builds islands, …`: no one a pronoun means
            # `Arizona governor Rosa Brewer`: a word before a role is its place or body.
            and not is_role_word(_next_word(text, position + len(word)))
        ]
        return sorted(
            people + unknown + self._by_role(text, start, end, spans),
            key=lambda mention: mention.position,
        )

    def _by_role(self, text: str, start: int, end: int, spans: list[QuoteSpan]) -> list[Mention]:
        """The people a sentence makes the subject of a clause by a role (`But the former
        president showed restraint`): the one the article gave that role, else someone it
        left unnamed, whom a pronoun after may mean, so none surely named earlier."""
        found = []
        for match in _ROLE_PHRASE.finditer(text, start, end):
            agent = text.endswith(" by ", start, match.start()) and _PASSIVE_AGENT.search(
                text, max(start, match.start() - _LOOK_AFTER), match.start()
            )
            may_open = agent or _may_open_clause(text, start, match.start())
            if not may_open or quoted_at(spans, match.start()):
                continue
            words = list(_WORD.finditer(match["words"]))
            head = next((i for i, w in enumerate(words) if names_one_by_role(w.group())), None)
            if head is None:
                continue
            while head + 1 < len(words) and names_one_by_role(words[head + 1].group()):
                head += 1  # `the chief executive`: the role's last noun heads it
            phrase = " ".join([match["determiner"], *(w.group() for w in words[: head + 1])])
            at = match.start("words") + words[head].end()
            after = text[at : at + _LOOK_AFTER]
            if after[:1] in "'’" or _next_word(after, 0)[:1].isupper() or _NAME_AFTER.match(after):
                continue  # `the senator's wife`, `the former president Bill Clinton`
            if _PRONOUN_APPOSED.match(after):
                continue  # `Born in Leeds, the daughter of a lock-keeper, she read …`: hers
            if _NAMED_AFTER_ROLE.match(after):
                continue  # `Another woman in the queue, who gave her name only as Shabana,`
            before = text[start : match.start()]
            if not (agent or opens_clause(before)) or _apposed(before):
                continue
            # `The lawyer for the firm`, `the senator from Ohio`: a role of its own
            # complement, whoever the article gave the bare role.
            own = COMPLEMENT.match(after) is None
            holder = self.cast.by_role(phrase) if own else None
            if holder is not None:
                found.append(Mention(match.start(), holder, salient=True))
            else:
                # `A woman walked in`, `the ambassador whispered`: someone unnamed, or
                # named but not known whom, whom a pronoun after may mean.
                found.append(Mention(match.start(), phrase, salient=True, known=False))
        return found

    def _pronoun_subjects(self, text: str, start: int, end: int, spans: list[QuoteSpan]) -> None:
        """A clause whose subject is `he` or `she` is about the person it stands for, who
        stays in view as that clause's subject (`Ginsburg spoke. In an interview, she
        joked …. She escalated … “…,” she said.`: hers, however far the chain runs)."""
        for pronoun in _SUBJECT_PRONOUN.finditer(text, start, end):
            at = pronoun.start()
            if not _may_open_clause(text, start, at) or quoted_at(spans, at):
                continue
            if not opens_clause(text[start:at]):
                continue
            person = self.memory.unrivalled(pronoun.group().lower(), at)
            if person is not None:
                self.memory.about(Mention(at, person, salient=True, by_pronoun=True))

    def _reported(
        self,
        number: int,
        text: str,
        start: int,
        end: int,
        spans: list[QuoteSpan],
        headline: bool,
        verbs: list[Verb],
    ) -> list[tuple[int, int, int, Attribution]]:
        """Add the sentence's reported clauses; return their speakers, known or not, each
        with where its verb stands and where the clause starts and ends, in order."""
        sentence = text[start:end]
        speaker = NOBODY
        speakers: list[tuple[int, int, int, Attribution]] = []
        for clause in reported_clauses(sentence, start, spans, headline, verbs):
            verb = text[clause.verb_start : clause.verb_end]
            quoted = next(
                (span for span in spans if span.start <= clause.verb_start < span.end), None
            )
            # `X quoted Y as saying that …`: Y's words, relayed by X, whom no phrase names.
            relay = RELAY.search(text[start : clause.verb_end])
            phrase, tagged = None, False
            if relay is None:
                chosen = _clause_phrase(text, start, end, clause, verb, spans)
                if chosen is None:
                    continue  # `“…,” Park said, according to X`: the quote carries the relay
                phrase, tagged = chosen
            if phrase is not None and phrase.strip().lower() in _FIRST_PERSON:
                continue
            if relay is not None:
                original, relayer = self._relay(text[start:], relay, clause.verb_start)
                who = NOBODY
                if original is not None:
                    who = Attribution(original, SpeakerEvidence.RELAY, relayer.speaker)
            else:
                who = self._resolve(phrase, clause.verb_start, tagged)
            if quoted is not None and (
                who.speaker not in self.cast.names
                or phrase is None
                or phrase.strip().lower() in PRONOUNS
            ):
                continue  # inside a quotation only a third party named there is reported
            if not who and phrase is None and relay is None:
                # `“…,” Nefzi added, saying it should be …`: the tag's subject speaks on.
                up_to = [verb for verb in verbs if verb.end <= clause.verb_end - start]
                tag = _tag_subject(sentence, up_to)
                if tag is not None:
                    who = self._resolve(tag, clause.verb_start, tagged=True)
                else:
                    who = speaker or self._resolve(self._sentence_subject(sentence))
            if quoted is None:  # a clause inside a quotation introduces nothing
                speaker = who or speaker
                speakers.append(
                    (clause.verb_start, clause.start, max(clause.end, clause.verb_end), who)
                )
            clause_end = min(clause.end, quoted.end) if quoted is not None else clause.end
            while clause_end > clause.start and text[clause_end - 1] in " .,;:":
                clause_end -= 1
            self.items.append(
                Item(
                    number,
                    clause.start,
                    clause_end,
                    who.speaker,
                    QuoteType.INDIRECT,
                    who.relayed_by,
                    emit=clause.emit,
                    evidence=who.evidence,
                )
            )
            if quoted is None:
                self._heard(who)
        return speakers

    def _stances(
        self, number: int, text: str, start: int, end: int, spans: list[QuoteSpan]
    ) -> None:
        """Add the sentence's denials and expressed stances not already reported."""
        # This paragraph's items are the last ones added: no scan of the whole article.
        taken = [(item.start, item.end) for item in self.items[self.paragraph_first_item :]]
        for stance in stances(text[start:end], start, spans):
            who = self._resolve(stance.subject)
            if not who or any(a < stance.end and stance.start < b for a, b in taken):
                continue
            self.items.append(
                Item(
                    number,
                    stance.start,
                    stance.end,
                    who.speaker,
                    QuoteType.INDIRECT,
                    evidence=who.evidence,
                )
            )
            self._heard(who)

    def _is_quote(
        self, text: str, span: QuoteSpan, sentence: str, start: int, whole: bool, verbs: list[Verb]
    ) -> bool:
        words = text[span.start : span.end].split()
        if whole or sentence.strip() == text[span.start - 1 : span.end + 1].strip():
            return True  # the quotation is the paragraph, or a sentence of its own
        if is_title_like(words) and not re.search(r"[.!?,]$", text[span.start : span.end]):
            return False
        if len(words) >= 5 or EVALUATIVE.search(text, start, span.start - 1):
            return True
        # A short phrase in marks is speech only when the sentence reports speech.
        inside = range(span.start - 1 - start, span.end + 1 - start)
        return any(verb.start not in inside for verb in verbs)

    def _direct_speaker(
        self,
        text: str,
        span: QuoteSpan,
        start: int,
        end: int,
        said: Attribution,
        verbs: list[Verb],
    ) -> Attribution:
        before = text[start : span.start - 1]
        sentence = text[start:end]
        if not before.strip() or closing_character(text, span) in ",?!—":
            tag = AFTER_TAG.match(text, span.end + 1) if span.closed else None
            if tag is None and span.closed and not before.strip():
                tag = self._tag_after_continuation(text, span)
            opened = _THAT_OPENED.search(before, max(0, len(before) - _CLAUSE_REACH))
            if tag is not None and _TAG_ENDS.match(text, tag.end()):
                opened = None  # `Kim cannot say that “…,” Nefzi added, …`: a tag after all
            if (
                tag is not None
                and (
                    _opens_next_sentence(text, span, tag)
                    # `After Scalia said that … “less advanced schools,” Trump said: “…”`: a
                    # tag that hands on to a colon introduces the words after it.
                    or (before.strip() and text[tag.end() :].lstrip().startswith(":"))
                    or opened is not None
                )
            ):
                tag = None
            if tag is None and opened is not None:
                # `Trump claimed that “…,” one prosecutor said`: the subject of the verb
                # whose `that` opens the words, not the next clause's.
                subject = subject_before(before[: opened.start()])
                if subject is not None:
                    return self._resolve(subject, span.end, tagged=True)
            if tag is not None:
                who = subject_after(tag.group("who1")) if tag.group("who1") else tag.group("who2")
                if tag.group("who1"):
                    # `“…,” said a vendor who gave his name only as Reza`: the name he gave.
                    who = name_given(who, text[tag.end("who1") : tag.end()]) or who
                apposed = [
                    part.strip()
                    for part in (tag.group("named1") or tag.group("apposed") or "").split(",")
                ]
                # The part that says who they are, past an age (`the lawyer, 45, Ann Purl`).
                first = next((part for part in apposed if not part.isdigit()), "")
                named = first if _names_only(first) else None
                role = (
                    not self._names_person(who)
                    or _OWNED_ROLE.search(who) is not None
                    or _DESCRIBED.match(who) is not None  # `a neighbour of Tom Hale, Ann Purl`
                )
                # `…,” Ann Purl, Tom Hale and Lee Chu, all residents, said`: a group; not
                # `…,” said Ann Purl, Grace Hollow.`, a name and her town.
                listed = sum(map(_names_only, apposed)) > 1 or any(
                    part.startswith(("and ", "& ")) for part in apposed
                )
                if named and not role and listed:
                    return IN_DOUBT
                if named and role:
                    # `…,” its spokesman, Farid Osmani, wrote`, `…,” said the attorney
                    # general, Pam Bondi.`, `…,” Rep. Duncan Hunter’s chief of staff, Joe
                    # Kasper, told …`, `…,” the mayor, Tom Hale, 55, said`: the name, not
                    # the role before it
                    who = named
                relayed = (
                    QUOTED_AS.match(text, tag.end())
                    if (tag.group("verb2") or "").lower() == "quoted"
                    else None
                )
                if relayed is not None:
                    # `“…,” the agency quoted Dehghanpour as saying`: his words, relayed.
                    relaying = self._resolve(who, span.end, tagged=True)
                    quoted_one = self._resolve(relayed["original"], span.end, tagged=True)
                    if not quoted_one:
                        return NOBODY
                    return Attribution(quoted_one.speaker, SpeakerEvidence.RELAY, relaying.speaker)
                speaker = self._resolve(who, span.end, tagged=True)
                if speaker.speaker and speaker.evidence is SpeakerEvidence.PRONOUN:
                    addressed = _ADDRESSED.match(text, tag.end())
                    if addressed is not None and speaker.speaker.split()[-1] in addressed[1]:
                        return IN_DOUBT  # `…,” he told Hannity`: not Hannity, whoever he is
                    if _speaks_of(text[span.start : span.end], speaker.speaker):
                        return IN_DOUBT  # `“Ruiz never balanced a budget,” he said`
                if speaker:
                    return self._relayed(speaker, text, tag.end(), span.end)
                # `…,” one Clinton ad declared`, `…,” one user commented`: words someone or
                # something the reader cannot name said, not the sentence's subject's.
                described = tag.group("who2") and _DESCRIBED.match(tag.group("who2"))
                if clean_phrase(who).lower() in PRONOUNS or described:
                    return IN_DOUBT
        according = ACCORDING_TAG.match(text, span.end + 1) if span.closed else None
        if according is None:  # `According to Mr. Rhodes, “…”`
            according = ACCORDING_BEFORE.search(before)
        if according is not None:  # `“…,” according to Mr. Rhodes.`
            source = self._resolve(according.group("source"), span.end, tagged=True)
            if source:
                return source
        passive = BY_AFTER.match(text, span.end + 1) if PASSIVE.search(before) else None
        if passive is not None:  # `described as “a disaster” by Tom Reyes`
            return self._resolve(passive.group("who"), span.end, tagged=True)
        relay = RELAY.search(before)
        if relay is not None:
            original, relayer = self._relay(before, relay, span.start)
            surname = original.split()[-1] if original else None
            quoted = text[span.start : span.end]
            # The relayer speaks in their own words when the quote names the original in
            # the third person (`X quoted Y as saying: "Y said we must …"`).
            if surname and re.search(
                rf"\b{re.escape(surname)}\b.{{0,60}}?\b(?:said|says)\b", quoted
            ):
                return relayer
            if original is None:
                return NOBODY
            return Attribution(original, SpeakerEvidence.RELAY, relayer.speaker)
        if before.strip():
            nested = self._nested_speaker(before, said, span.start)
            if nested is not None:
                return nested
            opening = AS_SOURCE.match(sentence)
            if opening is not None:  # `As the Courier noted, the candidate “…”`
                return self._resolve(opening["source"], span.start, tagged=True)
            tag_before = BEFORE_TAG.search(before, max(0, len(before) - _TAG_REACH))
            if tag_before is not None and not said:  # `Hale reported, “…”`
                subject = subject_before(before[: tag_before.start()])
                tagged = self._resolve(subject, span.start, tagged=True)
                if tagged:
                    return tagged
            return self._intro_speaker(sentence, before, said, verbs, span.start)
        return NOBODY

    def _nested_speaker(self, before: str, said: Attribution, at: int) -> Attribution | None:
        """Whose words a reported clause quotes when a verb of its own opens them: `She said
        she left after a manager told her that “…”` is the manager's, not hers; a doubt
        where that verb's subject cannot be named. None where the verb opening the words
        is the clause's own speaker's (`Hale said that “…”`)."""
        if not said:
            return None
        opened = _THAT_OPENED.search(before, max(0, len(before) - _CLAUSE_REACH))
        if opened is None:
            return None
        lead = before[: opened.start()]
        # The subject among the words between the clause's own verb and this one (`said
        # his brother had`, `said she left after a manager`).
        reported = [verb.end() for verb in REPORTING.finditer(lead)]
        own = clean_phrase(lead[reported[-1] :]).split() if reported else []
        if own and _SUBJECT_PRONOUN.fullmatch(own[0]):
            # `Reed said he (and his wife) had told the state that “…”`: most likely his
            # own words, whoever `he` is.
            return None
        subject = subject_before(lead)
        if subject is not None and VERBISH.intersection(subject.lower().split()):
            # read past the clause's own verb: its subject is the words after that verb
            subject = " ".join(own) if 0 < len(own) <= _SUBJECT_WORDS else None
        if subject is None:
            return None
        who = self._resolve(subject, at, tagged=True)
        if who.speaker == said.speaker:
            return None
        return who if who else IN_DOUBT

    @staticmethod
    def _tag_after_continuation(text: str, span: QuoteSpan) -> re.Match[str] | None:
        """The tag after words that open a sentence and the phrase that finishes them
        (`“We're extremely happy” about the decision, said Rose Ann Park.`), where that
        phrase reports nobody's words (`… is what Tom Hale said, Ann Lee recalled`)."""
        if closing_character(text, span) in ".?!":
            return None
        continued = _CONTINUATION.match(text, span.end + 1)
        if continued is None or _RELAYING.search(continued.group()):
            return None
        return AFTER_TAG.match(text, continued.end())

    def _names_person(self, phrase: str) -> bool:
        """Whether ``phrase`` writes a person's name (`Jo Park`), not only a place's or a
        body's before a role (`Florida's attorney general`)."""
        return any(
            (name := person_name(match.group(0))) is not None
            and self.cast.is_person(self.cast.full_name(name))
            for match in NAME.finditer(phrase)
        )

    def _relay(self, before: str, relay: re.Match[str], at: int) -> tuple[str | None, Attribution]:
        """Whom `X quoted Y as saying` quotes, and X who relays them."""
        original = self._resolve(relay.group("original"), at).speaker
        return original, self._resolve(subject_before(before[: relay.start()]), at)

    def _relayed(self, said: Attribution, text: str, after: int, at: int) -> Attribution:
        """``said`` as relayed by the source an `according to` after the tag names."""
        relay = ACCORDING_AFTER.match(text, after)
        if relay is None:
            return said
        relayer = self._resolve(relay.group("source"), at)
        return replace(said, relayed_by=relayer.speaker) if relayer else said

    def _intro_speaker(
        self, sentence: str, before: str, said: Attribution, verbs: list[Verb], at: int
    ) -> Attribution:
        """Who a sentence introduces as speaking what follows offset ``at``."""
        earlier = [
            verb for verb in verbs if verb.end <= len(before) and not used_as_noun(sentence, verb)
        ]
        # `He said the costs grew:` introduces the speaker of the sentence's own clause;
        # `After Scalia said that …, Trump said:` the subject of the verb before the colon.
        hands_on = (
            bool(earlier)
            and not PARTICIPLE.search(earlier[-1].text)  # `…, saying:`: the sentence's
            and before[earlier[-1].end :].strip() == ":"
        )
        if (said or said.doubt) and not hands_on:
            return said
        evaluative = EVALUATIVE.search(before)
        if evaluative is not None and (not earlier or evaluative.start() >= earlier[-1].end):
            # `Roe branded the offer “an insult”`; `“…,” Crane said, whereas her deputy,
            # Ray Ford, called it “…”`: the judging verb nearer the words is theirs.
            return self._judge(before, evaluative, sentence, at)
        if earlier:
            verb = earlier[-1]
            if PARTICIPLE.search(verb.text):
                own = _with_subject(before, 0, verb.start)
                if own is not None:  # `…, with one justice warning that … “…”`
                    return self._resolve(own, at, tagged=True)
                phrase = _tag_subject(before, earlier)
                if phrase is None and _OTHERS_WORDS.search(
                    before, max(0, verb.start - _CLAUSE_REACH), verb.start
                ):
                    return NOBODY  # `Hale got a call from Kim, demanding …`: Kim's, maybe
                phrase = phrase or self._sentence_subject(sentence)
                return self._resolve(phrase, at, tagged=hands_on)
            subject = subject_before(before[: verb.start])
            # `…, O'Neill said, “…”`: the subject of the verb that tags the words is their
            # speaker, a lone surname too, as after them.
            # `Hayek confirmed she had and said, “…”`: the verb joined to the sentence's
            # first by `and` has its subject.
            joined = (
                subject is None
                and _AND_BEFORE.search(before, max(0, verb.start - _TAG_REACH), verb.start)
                is not None
            )
            next_to_words = before[verb.end :].strip() in ("", ",", ":")
            tags = next_to_words and (subject is not None or joined)
            phrase = subject or self._sentence_subject(sentence)
            # The verb's subject is never found after the words it introduces (`…, Hale told
            # them that Roe was “…,” even if she …`); spaces as the phrase has them, since
            # doubled marks are read as a space and a mark.
            if subject is None and phrase is not None:
                squeezed = " ".join(sentence.split())
                if squeezed.find(phrase) >= len(" ".join(before.split())):
                    phrase = None
            return self._resolve(phrase, at, tagged=hands_on or tags)
        introduced = before.rstrip().endswith(":")
        if introduced or verbs:
            # `Roe fired back: “…”`: the subject introduces the words as its own; not where
            # a colon follows something written or someone else (`Hale got a text from
            # Rosa Kim: “…”`, `Hale heard Kim shout: “…”`).
            subject = self._sentence_subject(sentence)
            who = self._resolve(subject, at, tagged=introduced)
            if introduced and who and subject is not None:
                start = at - 1 - len(before)
                found = sentence.find(subject)
                after_subject = start + (found + len(subject) if found >= 0 else 0)
                clause = start + before.rfind(",") + 1  # what the colon ends, after a comma
                if _OTHERS_WORDS.search(
                    before, max(clause - start, len(before) - _CLAUSE_REACH)
                ) or self._others(who, max(after_subject, clause), at, sentence, start):
                    return NOBODY
            return who
        return NOBODY

    def _judge(self, before: str, evaluative: re.Match[str], sentence: str, at: int) -> Attribution:
        """Who gives the phrase a verb like `called` or `described … as` judges with.

        `Roe attacked the plan, calling it “…”`, `Roe took the stage and called it “…”`: the
        verb shares the subject of the sentence's first; not where the words may be
        another's (`Hale read a letter from Kim describing it as “…”`)."""
        judged_at = evaluative.start()
        progressive = _PROGRESSIVE.search(before, 0, judged_at)  # `Roe is calling it “…”`
        ending_in_ing = PARTICIPLE.search(evaluative.group().split()[0]) is not None
        if progressive and not ending_in_ing:
            return NOBODY  # `Roe has been called “…”`: a passive, whose judge is not said
        participle = progressive is None and ending_in_ing
        joined = _AND_BEFORE.search(before, 0, judged_at) is not None
        # `Residents met Roy Tate and called his plan “…”`: the subject of the verb joined
        # by `and` is the sentence's, never the words before `and`.
        subject = (
            None
            if joined
            else subject_before(before[: progressive.start() if progressive else judged_at])
        )
        if participle:
            own = before[:judged_at].rstrip()
            set_off = own.endswith(",")
            # `with Sen. Jo Park calling it`, not `with opponents of Sen. Jo Park calling it`
            named = (
                subject is not None
                and subject.split()[-1][:1].isupper()
                and _GOVERNED_NAME.search(subject) is None
            )
            if subject and named and not set_off:
                # `with Sen. Jo Park calling it “…”`: a participle's own subject is a name
                # right before it, not an object before a comma (`attacked Roe, calling`).
                return self._resolve(person_name(subject), at, tagged=True)
            if not set_off and _OWN_WRITING.search(own) is None:
                # `with prosecutors calling it “…”`, `a report by the auditor describing it
                # as “…”`: the participle is theirs, someone the sentence does not name.
                return NOBODY
            subject = None
        if subject is None and (participle or joined):
            reach = max(0, judged_at - _CLAUSE_REACH)
            # `Hale introduced Kim, who took the stage and called it “…”`: whose verb it is,
            # the relative's subject or the sentence's, is a doubt.
            if _OTHERS_WORDS.search(before, reach, judged_at) or _RELATIVE_WORD.search(
                before, reach, judged_at
            ):
                return NOBODY
            subject = self._sentence_subject(sentence)
        return self._resolve(subject, at, tagged=True)

    def _others(self, who: Attribution, since: int, at: int, sentence: str, start: int) -> bool:
        """Whether the sentence from paragraph offset ``start`` names someone besides
        ``who`` between offsets ``since`` and ``at``, other than as an owner (`Hale's
        deputy`) or the one spoken to (`a blunt message to Trump:`)."""
        return any(
            m.known
            and since <= m.position < at
            and m.name != who.speaker
            and not _OWNER.match(sentence, m.position - start)
            and not _ADDRESSEE.search(
                sentence, max(0, m.position - start - _TAG_REACH), m.position - start
            )
            for m in self.memory.current
        )

    def _sentence_subject(self, sentence: str) -> str | None:
        """``sentence_subject``, knowing which lone capitalised words name people."""
        return sentence_subject(
            sentence, lambda word: self.cast.is_person(self.cast.full_name(word))
        )


def claimed(item: Item, who: Attribution) -> Item:
    """``item``, a quotation that ran on into ``who``'s, as theirs."""
    return replace(
        item, speaker=who.speaker, relayed_by=who.relayed_by, evidence=SpeakerEvidence.CONTINUATION
    )


def _is_subject(text: str, start: int, position: int, name: str) -> bool:
    """Whether the name at ``position`` opens a clause of the sentence from ``start`` as its
    subject: not when it owns the person who does (`Clinton’s campaign manager, Robby Mook,
    said`); owning a thing, it still does (`Trump’s inexperience has shown. He …`)."""
    end = position + len(name)
    owned_role = _ROLE_THEN_NAME.match(text, end)
    if owned_role is not None:
        *kind, role = owned_role["words"].split()
        # One holder of a role in the singular (`Mark Reed judges Tom Hale`: a verb).
        if (
            is_person_role(role)
            and not role.endswith("s")
            and all(is_role_word(word) or is_trade_word(word) for word in kind)
        ):
            return False  # `McConnell spokesman Don Stewart wouldn't say`: Stewart speaks
    apposed = _APPOSED_TO_NAMED.search(text, max(start, position - _APPOSED_REACH), position)
    if apposed is not None and is_person_role(apposed["role"]) and text.startswith(",", end):
        return False
    owner = _POSSESSOR.match(text, end)
    possessive = owner is not None or unpossessed(name) != name
    opening = text[start:position].rstrip()
    if possessive and opening[-1:] not in ("", ",") and CLAUSE_BREAK.search(opening):
        return False  # `…; Mark Reed's band played`: a possessor after `;` or `, but`
    if _AND.search(opening) and _LIST_ENDS.match(text, end):
        return False  # `alongside Ann Lee, Jo Park, and Mark Reed.`: a list's last item
    if possessive:
        owned = text[owner.end() if owner else end :].split()[:_OWNED_WORDS]
        if any(is_person_role(word) or is_trade_word(word) for word in owned):
            return False
    # `Among them was Gul Bibi, 52, who …`: someone introduced with an age is whom the
    # passage turns to, wherever the name stands.
    return opens_clause(text[start:position]) or AGE_AFTER.match(text, end) is not None


def _tag_subject(before: str, verbs: list[Verb]) -> str | None:
    """Who speaks through a participle that follows a tag (`…, Nefzi said, adding, “…”`,
    `…, said Nefzi, adding`): the tag's subject, not the sentence's (`Mateen didn't
    mingle, Nefzi said, adding`); None when no tag stands right before it."""
    if len(verbs) < 2:
        return None
    tag, participle = verbs[-2], verbs[-1]
    if used_as_noun(before, tag):
        return None  # `Roe rejected the estimate, saying …`: a noun, no tag
    between = before[tag.end : participle.start].strip(" ,")
    if between:
        # Inverted after a comma (`…, said Nefzi, adding`), not an object (`told Nefzi`).
        inverted = before[: tag.start].rstrip()[-1:] in ",”\"'"
        named = NAME.fullmatch(between) or _LONE_NAME.fullmatch(between)
        return between if inverted and named else None
    if not before[tag.end : participle.start].strip():
        return None  # `has said saying`: no tag and its participle
    if _SUBORDINATE_SUBJECT.search(before, max(0, tag.start - _TAG_REACH), tag.start):
        return None  # `Kim said after Hale testified, adding`: the clause is no tag
    return subject_before(before[: tag.start])


# A subordinate clause opening after words, whose verb is its own subject's.
_SUBORDINATE_AFTER = re.compile(rf"\b(?:{_CLAUSE_OPENERS})\s+", re.IGNORECASE)


def _nearest_before(
    speakers: list[tuple[int, int, int, Attribution]], verbs: list[int], at: int, text: str
) -> Attribution:
    """The known speaker of the reported clause whose verb stands nearest before offset
    ``at``, else of the first after it (`… “a disaster” and must end, Roe said`), unless that
    verb is in a clause of its own after the words (`Reyes vowed to fight “…” after officials
    confirmed that …`). Past the end of that clause, another reporting verb before ``at``
    has a subject of its own (`Cruz said he would …, and Trump vowed to “bomb …”`):
    nobody, and the caller reads that verb's."""
    before = [(until, who) for verb_at, _, until, who in speakers if verb_at < at and who]
    if not before:
        # Known speakers, and the unknown one of a clause that holds the words.
        after = [
            (verb_at, who)
            for verb_at, begins, _, who in speakers
            if verb_at > at and (who or begins <= at)
        ]
        if not after:
            return NOBODY
        verb_at, who = after[0]
        opened = [m.end() for m in _SUBORDINATE_AFTER.finditer(text, at, verb_at)]
        # `… “…” after officials confirmed`; not `… when …, said Roe`: a comma closes it.
        if opened and "," not in text[opened[-1] : verb_at]:
            return NOBODY
        # `The deal was signed “…”, he told MPs.`: the words stand in the clause the verb
        # after them reports, a doubt where its tag leaves who spoke it unknown, never
        # the sentence's subject.
        return who if who else replace(who, doubt=True)
    until, who = before[-1]
    if at < until:
        return who  # the words stand inside the clause (`X said Y has been “strong”`)
    return NOBODY if any(until <= other < at for other in verbs) else who


def _clause_phrase(
    text: str, start: int, end: int, clause: Reported, verb: str, spans: list[QuoteSpan]
) -> tuple[str | None, bool] | None:
    """The phrase naming who speaks a reported clause of the sentence ``text[start:end]``,
    and whether it stands right at its verb (`tagged`; a source named after `according
    to` or a clause's own subject read from afar is weaker evidence); None when a
    quotation inside the clause carries the source."""
    if clause.source is not None:
        if any(clause.start <= s.start and s.end <= clause.end for s in spans):
            return None
        return clause.source, False
    if clause.end <= clause.verb_start:
        between = text[clause.end : clause.verb_start].strip(" ,")
        return between or _inverted_subject(text[clause.verb_end : end]), True
    if PARTICIPLE.search(verb) and not _PROGRESSIVE.search(text, 0, clause.verb_start):
        own = _with_subject(text, start, clause.verb_start)
        if own is not None and own.lower() not in PRONOUNS:
            return own, True
        return None, False
    return subject_before(text[start : clause.verb_start]), True


def _with_subject(text: str, start: int, participle: int) -> str | None:
    """The participle's own subject, after `with` right before it (`…, with one justice
    warning that …`), in ``text[start:participle]``."""
    own = _WITH_SUBJECT.search(text, start, participle)
    return own["subject"].strip() if own is not None else None


def _inverted_subject(after: str) -> str:
    """Who an inverted verb names (`…, said Jo Park, director of the ACLU.`): the words up
    to the first comma, and a name in apposition after them (`the mayor, Jo Park`)."""
    first, *rest = after.strip(" .,").split(",")
    if rest and _names_only(rest[0].strip()):
        return f"{first}, {rest[0].strip()}"
    return first


def _names_only(phrase: str) -> bool:
    """Whether ``phrase`` is a person's name and nothing else (`Farid Osmani`)."""
    whole = NAME.fullmatch(phrase)
    return whole is not None and person_name(phrase) is not None


def _may_open_clause(text: str, start: int, at: int) -> bool:
    """A quick test before ``opens_clause``, which words at ``at`` in the sentence from
    ``start`` can pass only after nothing, a clause's break or a capitalised word (`But`, `Mr.`);
    it reads only the last word, so a long sentence is not copied at every word."""
    last = text[max(start, at - _LAST_WORD) : at].rstrip()
    return not last or CLAUSE_BREAK.search(last) is not None or last.split()[-1][:1].isupper()


def _apposed(before: str) -> bool:
    """Whether words after ``before`` stand in apposition to a name or an age (`Walsh, a
    former labor leader,`; `Diana Ruocco, 21, a student`), not opening a clause as
    `Instead, the businessman` does."""
    comma = _BEFORE_COMMA.search(before)
    if comma is None:
        return False
    word = comma["word"]
    if word.isdigit():
        return comma["comma"] is not None  # an age after a name; `In 2008,` opens a clause
    return may_be_first_name(word)  # not `Instead,` or `On Monday,`


def _next_word(text: str, at: int) -> str:
    following = _NEXT_WORD.match(text, at)
    return following.group(1) if following else ""


def _opens_next_sentence(text: str, span: QuoteSpan, tag: re.Match[str]) -> bool:
    """Whether a tag after words that end their sentence (`“We are not terrorists.” Mr.
    Zahed said: “…”`) opens the next sentence rather than closing this one: its subject
    comes first and words of its own follow it."""
    ends = closing_character(text, span) in ".?!"
    return ends and tag.group("who2") is not None and _OWN_WORDS.match(text, tag.end()) is not None


def _speaks_of(quoted: str, speaker: str) -> bool:
    """Whether a quotation names ``speaker`` in the third person (`“Ruiz never balanced a
    budget,” he said` is not Ruiz's): not another of that surname (`Bill Clinton`) or
    something named after them (`the Clinton Foundation`)."""
    surname = speaker.split()[-1]
    for found in re.finditer(rf"\b{re.escape(surname)}\b", quoted):
        before = quoted[: found.start()].split()[-1:]
        after = quoted[found.end() :].split()[:1]
        other = (
            before
            and before[0][:1].isupper()
            and before[0] not in speaker.split()
            and not re.fullmatch(TITLE, before[0])  # `Mr. Ruiz` is him
        )
        if not other and not (after and after[0][:1].isupper()):
            return True
    # `“Habiba is my friend, and she is wrong,” she said` is not Habiba Amanzai's either.
    first, *rest = speaker.split()
    if rest and first[:1].isupper():
        for found in re.finditer(rf"\b{re.escape(first)}\b", quoted):
            after = quoted[found.end() :].split()[:1]
            if not after or not after[0][:1].isupper() or after[0].strip(".,;:!?") == rest[-1]:
                return True
    return False


def _continued(said: Attribution) -> Attribution:
    """The speaker of words that go on from ``said``'s, on that evidence."""
    if not said:
        return NOBODY
    return Attribution(said.speaker, SpeakerEvidence.CONTINUATION, said.relayed_by)
