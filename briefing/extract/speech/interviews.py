"""Interviews written as questions and answers: every answer is the interviewee's quote.

A turn is a paragraph that opens with a label and a colon. ``Q:``/``Question:`` or the
interviewer's name ask; ``A:``/``Answer:`` or the interviewee's name or surname answer.
Unlabelled paragraphs after an answer carry it on until the next labelled paragraph. Each
answer paragraph becomes one direct quote, the text after the label; a question is never a
quote, so a figure in it stays the article's (the interviewer's).

The interviewee is the person an answer label names, else the person the article introduces
as interviewed (``In an interview, Mayor Jane Roe said …``), else its principal speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from briefing.extract.speech.attribution import Item
from briefing.extract.speech.names import is_place, may_be_first_name
from briefing.extract.speech.phrases import is_role_word
from briefing.extract.speech.quotes import QuoteSpan, trimmed
from briefing.extract.speech.speakers import Cast
from briefing.model import Article, Paragraph, QuoteType, SpeakerEvidence

NamedIn = Callable[[str, int, int], list[str]]
"""The people ``text[start:end]`` names, in order (``Cast.named_in`` for English)."""

# Labels that ask and answer, in English, French and Persian/Dari.
_QUESTION = frozenset({"Q", "Question", "پرسش", "سؤال", "سوال", "س"})
_ANSWER = frozenset({"A", "Answer", "R", "Réponse", "پاسخ", "جواب", "ج"})
_LETTER_LABEL = re.compile(
    rf"(?P<label>{'|'.join(sorted(_QUESTION | _ANSWER, key=len, reverse=True))})\s*:\s+(?=\S)"
)
_NAME_LABEL = re.compile(r"(?P<label>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*:\s+(?=\S)")
# Persian and Dari have no capitals: a label of one to three words (`بهرامی:`), a person's
# only where the article names them.
_ARABIC_SCRIPT_LABEL = re.compile(
    r"(?P<label>[\u0621-\u064a\u067e-\u06cc][\w\u200c]*(?:\s+[\u0621-\u064a\u067e-\u06cc][\w\u200c]*){0,2})"
    r"\s*:\s+(?=\S)"
)
_INTRO = re.compile(
    r"\binterview(?:ed|s|ing)?\b|\b(?:spoke|spoken|speaking|talked|talking)\s+(?:to|with)\b|"
    r"\bsat\s+down\s+with\b|\bentretien\b|\bnos\s+questions\b|\bpropos\s+recueillis\b|"
    r"\binterrogée?\s+(?:pour\s+nous\s+)?|"
    # An opening that ends by handing them the word (`Elle raconte.`, `Il témoigne.`).
    r"\b(?:il|elle)\s+(?:raconte|témoigne|se\s+confie|nous\s+répond)\s*\.?\s*$|"
    r"گفت[\u200c\s]?و[\u200c\s]?گو|مصاحبه|"
    r"به\s+پرسش[\u200c\s]?های",
    re.IGNORECASE,
)
# A question set as a paragraph of its own without a label (its bold lost with the page):
# a short paragraph that ends on a question mark, one question or two (`And drinking
# water? Will Isfahan ration it this year?`).
_QUESTION_MARK = re.compile("[?؟]")
_UNLABELLED_QUESTION = re.compile(rf"^.{{3,}}{_QUESTION_MARK.pattern}$", re.DOTALL)
_QUESTION_AT_MOST = 300  # characters: a question is short beside the answers
_UNLABELLED_AT_LEAST = 2
# A label that asks at least this often is the interviewer's.
_ASKED_AT_LEAST = 2
# How far before `interview` its opening may name the interviewee: a Persian sentence may
# hold the name, a role, a relative clause and the outlet before it.
_INTRODUCED_WITHIN = 300
_NAMED_AFTER_INTRO = 80  # characters after `interview with` where the name stands
_HEADLINE_LABEL = re.compile(r"(?P<name>[^:«“\"]{3,60}?)\s*:\s*[«“\"]")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|il|elle|وی|او)\s*$", re.IGNORECASE)
_BY = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
# The words before a name that make its bearer the one who asks.
_REPORTER = re.compile(
    r"\b(?:reporter|correspondent|editor|journalist|interviewer|journaliste)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_EDITORS_NOTE = re.compile(r"\b(?:edited|condensed)\b.{0,40}\b(?:length|clarity)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Turn:
    paragraph: int
    start: int  # where the words after the label begin
    answer: bool


def interview_items(
    article: Article, cast: Cast, items: list[Item], interview: bool, named_in: NamedIn
) -> list[Item]:
    """``items`` with each answer of a Q/A interview added as the interviewee's quote.

    ``interview`` says the article reads as an interview already; without it the Q/A
    layout must show at least two questions and two answers to count. ``named_in`` finds
    the people a stretch of text names, by the rules of the article's language.
    """
    labelled = _labels(article)
    if not any(label in _QUESTION for label, _, _ in labelled.values()):
        labelled = _unlabelled_questions(article) | labelled  # only the answers labelled
    if not labelled:
        return items
    first = min(labelled)
    before = [p.text for p in article.paragraphs if p.number < first and p.text != article.title]
    persons = {label: _person(label, cast, named_in) for label, _, _ in labelled.values()}
    # The person named right after `interview`/`spoke to` is sure, in the opening or the
    # headline (`Interview with Jane Roe`, `گفت‌وگو با …`); else the one the headline
    # gives the floor (`Name : « … »`), else the one named last before it.
    introduced, sure = _introduced(before, named_in, cast)
    headline = article.title or ""
    presenting = _INTRO.search(headline)
    if not sure and presenting is not None:
        # A headline names no outlet it speaks to: whoever it names next is interviewed.
        after = presenting.end()
        named = named_in(headline, after, after + _NAMED_AFTER_INTRO)
        if named:
            introduced, sure = named[0], True
    if not sure:
        introduced = _headline_speaker(article.title, named_in, cast) or introduced
    interviewee = _interviewee(labelled, persons, introduced, items, cast)
    # A label other than the interviewee's that asks again and again is the interviewer
    # (`Le Point :`, `شرق:`), whether or not the article names them.
    asked = Counter(label for label, _, _ in labelled.values())
    askers = {
        label
        for label, times in asked.items()
        if times >= _ASKED_AT_LEAST
        and persons[label] != interviewee
        and label not in _ANSWER
        # `وی افزود:` is speech after a colon, not a label; an outlet the opening names in
        # guillemets may ask in two words (`«صبح بازار» در گفت‌وگو با …`, `صبح بازار:`),
        # and so may one whose name says it is a body (`Le Journal :`).
        and (" " not in label or f"«{label}»" in " ".join(before) or label in cast.named_bodies)
    }
    quoted = {item.paragraph for item in items}
    # Paragraphs that quote and name someone else: the page's own voice reporting another
    # side (`Contacté par …, le porte-parole, Abakar Moussa Hassaballah, évoque « … »`).
    others_speak = {
        paragraph.number
        for paragraph in article.paragraphs
        if paragraph.number in quoted
        and any(name != interviewee for name in named_in(paragraph.text, 0, len(paragraph.text)))
        # not the interviewee telling what someone said to them (`Quand le ministre X nous
        # a dit « … », nous avons compris`): the page's own voice says no `I` or `we`
        and not _FIRST_PERSON.search(_QUOTED.sub("", paragraph.text))
    }
    turns = _turns(article, labelled, persons, interviewee, askers, others_speak)
    answers = sum(1 for turn in turns if turn.answer)
    questions = len(turns) - answers
    if not answers or not questions or (not interview and min(answers, questions) < 2):
        return items
    by_paragraph = {turn.paragraph: turn for turn in turns}
    kept = [
        # `Elle m'a dit : « … »` in an answer: a pronoun there stands for someone the
        # answer speaks of (`Ma mère`), not the last person the article named.
        replace(item, speaker=None, evidence=None)
        if item.evidence is SpeakerEvidence.PRONOUN
        and item.paragraph in by_paragraph
        and by_paragraph[item.paragraph].answer
        else item
        for item in items
        if not _superseded(item, by_paragraph, interviewee)
    ]
    for turn in turns:
        if turn.answer:
            text = article.paragraph(turn.paragraph).text
            start, end = trimmed(text, QuoteSpan(turn.start, len(text), False))
            if end - start >= 2:
                kept.append(
                    Item(
                        turn.paragraph,
                        start,
                        end,
                        interviewee,
                        QuoteType.DIRECT,
                        evidence=SpeakerEvidence.INTERVIEW,
                    )
                )
    return sorted(kept, key=lambda item: (item.paragraph, item.start, -item.end))


def _labels(article: Article) -> dict[int, tuple[str, int, int]]:
    """Paragraph number → (label, where the words after it start, paragraph length)."""
    found: dict[int, tuple[str, int, int]] = {}
    for paragraph in article.paragraphs:
        if paragraph.text == article.title:
            continue
        match = (
            _LETTER_LABEL.match(paragraph.text)
            or _NAME_LABEL.match(paragraph.text)
            or _ARABIC_SCRIPT_LABEL.match(paragraph.text)
        )
        if match is not None:
            found[paragraph.number] = (match.group("label"), match.end(), len(paragraph.text))
    return found


def _person(label: str, cast: Cast, named_in: NamedIn) -> str | None:
    if label in _QUESTION or label in _ANSWER:
        return None
    name = cast.resolve(label, lambda _pronoun: None)  # a label is never a pronoun
    if name is not None and name in cast.names and " " in name:
        return _whole_label(label, name)
    named = named_in(label, 0, len(label))  # by the article's language's own rules
    return named[0] if len(named) == 1 else None


# Words in the first person, in English, French, Persian and Dari, outside quotation marks.
_FIRST_PERSON = re.compile(
    r"(?<![\w\u200c])(?:I|we|We|me|my|My|our|Our|us|(?i:je|j['’]|nous|moi|mon|ma|mes|notre|nos"
    r"|m['’])|من|ما|مرا)(?![\w\u200c])"
)
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")


def _whole_label(label: str, name: str) -> str:
    """The label itself where ``name`` ends it after words that are no title, role or place
    (`Ousmane Brahim Kodi :` with a first name no dictionary knows, where a sentence's
    `Ousmane Brahim Kodi` gives `Brahim Kodi`): a label opens no sentence and names no place,
    so each word of it is the name's. Else ``name`` (`Gen. Ahmad Massoud :`)."""
    words, kept = label.split(), name.split()
    before = words[: len(words) - len(kept)]
    if words[len(before) :] != kept or not before or len(words) > 4:
        return name
    if all(
        may_be_first_name(word) and not is_role_word(word.lower()) and not is_place(word)
        for word in before
    ):
        return label
    return name


def _asks(paragraph: Paragraph) -> bool:
    """Whether a paragraph reads as a question set apart: short and ending on a question
    mark, or in bold and asking one anywhere (`**Why? The farmers say otherwise.**`); not a
    bold subheading, which asks nothing."""
    if len(paragraph.text) > _QUESTION_AT_MOST:
        return False
    if paragraph.emphasised:
        return _QUESTION_MARK.search(paragraph.text) is not None
    return _UNLABELLED_QUESTION.match(paragraph.text) is not None


def _unlabelled_questions(article: Article) -> dict[int, tuple[str, int, int]]:
    """Questions without labels, where the opening presents an interview: each short
    paragraph ending on a question mark that another paragraph follows."""
    paragraphs = [p for p in article.paragraphs if p.text != article.title]
    questions = {
        paragraph.number: ("Question", 0, len(paragraph.text))
        for paragraph, following in pairwise(paragraphs[1:])
        if _asks(paragraph) and not _asks(following)
    }
    # One such paragraph is a report's subheading; a layout asks at least twice, after
    # words that present the interview (a report may end on one).
    first = min(questions, default=0)
    presented = any(_INTRO.search(p.text) for p in paragraphs if p.number < first)
    return questions if presented and len(questions) >= _UNLABELLED_AT_LEAST else {}


def _headline_speaker(title: str | None, named_in: NamedIn, cast: Cast) -> str | None:
    """The person an interview's headline gives the floor (`Roseline Jean-Baptiste :
    « … »`, `Jane Roe: “…”`): the name and nothing else before its colon."""
    label = _HEADLINE_LABEL.match(title or "")
    if title is None or label is None:
        return None
    named = [name for name in named_in(title, 0, label.end("name")) if cast.is_person(name)]
    whole = len(named) == 1 and cast.full_name(label["name"]) == named[0]
    return named[0] if whole else None


def _introduced(texts: list[str], named_in: NamedIn, cast: Cast) -> tuple[str | None, bool]:
    """The person the opening presents as interviewed: named just after `interview`
    (sure), else just before it (a person rather than the body they run or the outlet
    they speak to, where the cast tells them apart: `Dr Naomi Fairbairn … of the Dales
    Ambulance Service …, she spoke to us`)."""
    for text in texts:
        for match in _INTRO.finditer(text):
            opens = max(0, match.start() - _INTRODUCED_WITHIN)
            window = text[opens : match.start()]
            earlier = named_in(text, opens, match.start())
            people = [name for name in earlier if cast.is_person(name)] or earlier
            # `She spoke to Kabul Horizon Weekly`: the outlet that asks is no interviewee,
            # nor the reporter who asks (`She spoke to Daniel Frew`, `The economist Mark
            # Tan spoke to Sarah Bright`, `interviewed by …`); but `Our reporter Amy
            # Stone spoke to Tom Ward` asks him.
            subject = next((name for name in people if window.rstrip().endswith(name)), None)
            reporter = subject is not None and bool(
                _REPORTER.search(window, 0, window.rfind(subject))
            )
            asked_by = (
                _PRONOUN_SUBJECT.search(window)
                or _BY.match(text, match.end())
                or (subject is not None and not reporter)
            )
            after = [
                name
                for name in named_in(text, match.end(), match.end() + _NAMED_AFTER_INTRO)
                if cast.is_person(name)
            ]
            if after and not asked_by:
                return after[0], True
            if reporter:
                people = [name for name in people if name != subject]
            # `Shabnam Rezaee, 39, founded Zarin Gol Saffron … She spoke to us`: a pronoun
            # stands for the one a sentence opens on, not the firm she founded.
            if _PRONOUN_SUBJECT.search(window):
                people = [name for name in people if _opens_sentence(name, window)] or people
            if people:
                return people[-1], False
    return None, False


def _opens_sentence(name: str, text: str) -> bool:
    return re.search(rf"(?:^|[.!?]\s+){re.escape(name)}\b", text) is not None


def _interviewee(
    labelled: dict[int, tuple[str, int, int]],
    persons: dict[str, str | None],
    introduced: str | None,
    items: list[Item],
    cast: Cast,
) -> str | None:
    named = {person for person in persons.values() if person is not None}
    if introduced is not None and (introduced in named or not named):
        return introduced
    if named:
        # Answers run longer than questions: the person who says the most answers.
        spoken: Counter[str] = Counter()
        for label, _, length in labelled.values():
            person = persons[label]
            if person is not None:
                spoken[person] += length
        return spoken.most_common(1)[0][0]
    speakers = Counter(item.speaker for item in items if item.speaker in cast.names)
    if speakers:
        return speakers.most_common(1)[0][0]
    full = [name for name in cast.names if " " in name]
    return max(full, key=lambda name: cast.names[name]) if full else None


def _turns(
    article: Article,
    labelled: dict[int, tuple[str, int, int]],
    persons: dict[str, str | None],
    interviewee: str | None,
    askers: set[str],
    others_speak: set[int],
) -> list[_Turn]:
    turns: list[_Turn] = []
    answering = False
    surname = interviewee.split()[-1] if interviewee else None
    # Where only questions are labelled, the paragraphs after each are its answer.
    unlabelled_answers = not any(
        label in _ANSWER or persons[label] is not None for label, _, _ in labelled.values()
    )
    for paragraph in article.paragraphs:
        text = paragraph.text
        if unlabelled_answers and turns and turns[-1].paragraph == paragraph.number - 1:
            answering = answering or not turns[-1].answer  # the paragraph after a question
        if paragraph.number in labelled:
            label, start, _ = labelled[paragraph.number]
            person = persons[label]
            answering = label in _ANSWER or (person is not None and person == interviewee)
            if answering or label in _QUESTION or label in askers or person is not None:
                turns.append(_Turn(paragraph.number, start, answering))
        elif answering and text != article.title and not paragraph.emphasised:
            # (A bold line that asks nothing is a subheading, no one's words.)
            # The answer runs on, unless the page steps out of it (an editor's note, the
            # interviewee named in the third person, or someone else named speaking).
            if (
                _EDITORS_NOTE.search(text)
                or (surname and re.search(rf"\b{re.escape(surname)}\b", text))
                or paragraph.number in others_speak
            ):
                answering = False
                continue
            turns.append(_Turn(paragraph.number, len(text) - len(text.lstrip()), True))
    return turns


def _superseded(item: Item, turns: dict[int, _Turn], interviewee: str | None) -> bool:
    """Reader items a turn replaces: questions are not quotes; an answer is quoted whole."""
    turn = turns.get(item.paragraph)
    if turn is None or (item.speaker is not None and item.speaker != interviewee):
        return False
    return not turn.answer or item.type is QuoteType.DIRECT


# An interview's pull quotes are its interviewee's when they say at least two in three of
# the words the article attributes.
_INTERVIEWEE_SHARE = 1.5


def credit_interviewee(article: Article, items: list[Item], named_in: NamedIn) -> list[Item]:
    """In an interview an unattributed quotation (a pull quote, `He added: “…”`) is the
    interviewee's; not one inside another quotation (a pupil's message the interviewee
    quotes in an answer) or in a sentence that names someone else (`La critique, Josée
    Lamarre, y a vu « … »`)."""
    counts = Counter(
        item.speaker for item in items if item.type is QuoteType.DIRECT and item.speaker is not None
    )
    if not counts:
        return items
    interviewee, theirs = counts.most_common(1)[0]
    if theirs * _INTERVIEWEE_SHARE < counts.total():
        return items  # several people quoted (a reporter's piece in the first person)
    nested = _nested(items)
    return [
        replace(item, speaker=interviewee, evidence=SpeakerEvidence.INTERVIEW)
        if item.type is QuoteType.DIRECT
        and item.speaker is None
        and id(item) not in nested
        and _named_before(article.paragraph(item.paragraph).text, item, named_in) <= {interviewee}
        else item
        for item in items
    ]


def _nested(items: list[Item]) -> set[int]:
    """The ids of the direct quotations that lie inside another of their paragraph, found
    in one pass over them in order (a paragraph of hundreds of quotes stays cheap)."""
    direct = sorted(
        (item for item in items if item.type is QuoteType.DIRECT),
        key=lambda item: (item.paragraph, item.start, -item.end),
    )
    nested: set[int] = set()
    paragraph, reach = None, -1
    for item in direct:
        if item.paragraph != paragraph:
            paragraph, reach = item.paragraph, -1
        if item.end <= reach:
            nested.add(id(item))
        reach = max(reach, item.end)
    return nested


def _named_before(text: str, item: Item, named_in: NamedIn) -> set[str]:
    """The people named in ``item``'s sentence before it."""
    opening = max(text.rfind(stop, 0, item.start) for stop in (". ", "? ", "! "))
    return set(named_in(text, opening + 1, item.start))
