"""Who said what in Persian and Dari: speech verbs, colon speech, `به گفتهٔ X`, titles.

Persian is written subject first, verb last (`سخنگوی وزارت روز شنبه گفت`), without
capitals, so a speaker is the phrase that opens the clause of a speech verb, cut where
time and place begin. Agencies write speech after a colon, often without marks, to the
end of the statement (`وی افزود: این طرح …`); marked speech is set in « … ». A source
may open a sentence (`به گفتهٔ X،`, `به نقل از X`), reported speech follows `که`
(`X گفت که …`), and a person is named once with a role in apposition
(`X، سخنگوی Y، گفت`) and afterwards by role or by surname alone.
"""

from __future__ import annotations

import re

from briefing.extract.speech.genders import Gender
from briefing.extract.speech.lexicon_reader import (
    Clause,
    LexiconReader,
    Named,
    Span,
)
from briefing.extract.speech.quotes import QuoteSpan
from briefing.model import Article, SpeakerEvidence


def _words(phrase: str) -> list[str]:
    return phrase.split()


_JOIN = "[\\s\u200c]*"  # a space or a zero-width non-joiner between a verb's parts
_AFTER_WORD = "(?![\\w\u200c])"
_SIMPLE = rf"(?:گفت|افزود|نوشت)(?:ند|ه{_JOIN}(?:است|اند))?"
_PRESENT = rf"می{_JOIN}(?:گوید|گویند|افزاید|نویسد)"
# Speech said with a light verb, by the verb; Dari writes `نمود` where Persian writes `کرد`
# (`تأکید نمود`), and Iranian agencies `ساخت` (`خاطرنشان ساخت`).
_DOING = (
    "تأکید تاکید اعلام عنوان بیان تصریح خاطرنشان اضافه ادعا اذعان اعتراف ابراز تکذیب رد انکار "
    "علاوه اظهار یادآوری"
)
_LIGHT = {
    "کرد": _DOING,
    "نمود": _DOING,
    "ساخت": "خاطرنشان متذکر",
    "داشت": "اظهار ابراز اعلام اذعان بیان عنوان",
    "داد": "توضیح هشدار وضاحت خبر ادامه پاسخ",
    "شد": "یادآور مدعی متذکر",
}
_PRESENT_STEMS = {"کرد": "کن", "نمود": "نما", "ساخت": "ساز", "داشت": "دار", "داد": "ده", "شد": "شو"}


def _light(verb: str) -> str:
    """A light verb's forms: past, plural, perfect, present (`کرد`, `کردند`, `کرده است`,
    `می‌کند`)."""
    present = _PRESENT_STEMS[verb]
    return rf"(?:{verb}(?:ند|ه{_JOIN}(?:است|اند))?|می{_JOIN}{present}(?:د|ید|ند|یند))"


_COMPOUND = "|".join(
    rf"(?:{'|'.join(_words(nouns))}){_JOIN}{_light(verb)}" for verb, nouns in _LIGHT.items()
)
# A view held rather than said, reported the same way: `معتقد است که …`.
_BELIEF = rf"(?:معتقد|بر{_JOIN}این{_JOIN}باور){_JOIN}(?:است|اند|هستند|بود|بودند)"
_VERB = rf"(?:{_SIMPLE}|{_PRESENT}|{_COMPOUND}|{_BELIEF}){_AFTER_WORD}"
DENIAL = re.compile(rf"(?:تکذیب|رد|انکار){_JOIN}(?:{_light('کرد')}|{_light('نمود')}){_AFTER_WORD}")
"""A denial (`رد کرد`, `تکذیب نمود`), which disputes a figure someone gave before it."""
# Adverbs between a subject and its verb (`وی همچنین افزود`), which the subject ends at.
_CUT_WORDS = _words(
    "روز امروز دیروز شب صبح عصر ظهر شامگاه بامداد در به با طی ضمن هنگام پس پیش نیز "
    "همچنین هم که این برای درباره دربارهٔ بار ساعاتی"
)
_OPENERS = _words(
    "در به با پس همچنین اما ولی همزمان هم‌زمان بر براساس روز امروز دیروز طی ضمن از سپس بنابراین"
)
_PRONOUNS = frozenset({"او", "وی", "ایشان", "آنها", "آن‌ها"})
_TITLES = frozenset(_words("آقای خانم جناب محترم دکتر داکتر مهندس انجنیر استاد حاجی جنرال"))
# A titled name (`آقای حسین کریمی`) is a person's, found again later by surname alone.
_TITLED = re.compile(
    rf"(?:{'|'.join(sorted(_TITLES))})\s+(?P<name>[^\s،,.:«»؛]+(?:\s+[^\s،,.:«»؛]+){{0,3}})"
)
# Words that open a role or a body rather than a name (`سخنگوی وزارت`, `پولیس`).
_ROLE_HEADS = frozenset(
    _words(
        "وزیر وزارت سخنگوی سخنگو رئیس رییس مسئول مسؤول معاون والی فرمانده مقام مقامات "
        "نماینده مدیر شهردار شاروال شاروالی استاندار فرماندار ولسوال عضو دبیر سفیر قاضی "
        "مشاور پولیس پلیس اداره شورای شورا دفتر سازمان خبرگزاری منابع منبع یک یکی کارشناس "
        "فرماندهی دولت حکومت ارتش جبهه"
    )
)
_SPEECH = re.compile(_VERB)
_COLON = re.compile(rf"{_VERB}\s*:\s*(?!\s*[«“])")
_THAT = re.compile(rf"{_VERB}\s+که\s+")
_ACCORDING = re.compile(
    r"^\s*(?:به\s+گفته[ٔ\u200cی]*|به\s+نقل\s+از)\s+(?P<who>[^،,:«»]{2,60}?)\s*[،,]\s*"
)
_RELAYED = re.compile(r"(?:به\s+گفته[ٔ\u200cی]*|به\s+نقل\s+از)\s+(?P<who>[^،,:«»]{2,60}?)\s*[،,:]")
_TAG_AFTER = re.compile(rf"\s*[،,]?\s*(?P<who>[^.«»:؟!،]{{1,60}}?)\s*{_VERB}\s*(?=[.؟!]|$)")
_SENTENCE_END = re.compile(r"[.!?؟…]+[»”)]*\s+")
_APPOSITION = re.compile(r"(?P<name>[^،,.:«»؛]{2,40}?)\s*،\s*(?P<role>[^،,.:«»؛]{2,60}?)\s*،")


class PersianReader(LexiconReader):
    """Persian and Dari rules, with the people one article names (made for each article)."""

    denial = DENIAL

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.roles: dict[str, str] = {}
        self.surnames: dict[str, set[str]] = {}
        self.names: set[str] = set()
        for paragraph in article.paragraphs:
            for match in _APPOSITION.finditer(paragraph.text):
                name = _bare(_last_clause(match.group("name")))
                role = " ".join(match.group("role").split())
                if _is_name(name) and _is_role(role):
                    self._person(name)
                    self.roles.setdefault(role, name)
            for match in _TITLED.finditer(paragraph.text):
                name = _subject(_SPEECH.split(match.group("name"))[0]) or ""
                if _is_name(name):
                    self._person(name)

    def _person(self, name: str) -> None:
        self.names.add(name)
        words = name.split()
        if len(words) > 1:
            self.surnames.setdefault(words[-1], set()).add(name)

    def sentences(self, text: str, spans: list[QuoteSpan]) -> list[Span]:
        found: list[Span] = []
        start = 0
        for stop in _SENTENCE_END.finditer(text):
            if any(span.start <= stop.start() < span.end - 1 for span in spans):
                continue
            found.append((start, stop.start() + len(stop.group().rstrip())))
            start = stop.end()
        if start < len(text.rstrip()):
            found.append((start, len(text.rstrip())))
        return found

    def tag_after(self, text: str, at: int) -> str | None:
        tag = _TAG_AFTER.match(text, at)
        if tag is None:
            return None
        # `«…» این را X گفت`: `this (object)` stands before the subject.
        return _subject(re.sub(r"^\s*(?:این|اینها|این‌ها)\s+را\s+", "", tag.group("who")))

    def introducer(self, before: str) -> str | None:
        relayed = _RELAYED.search(before)
        if relayed is not None:
            return relayed.group("who")
        verbs = list(_SPEECH.finditer(before))
        if verbs:
            return _subject(before[: verbs[-1].start()])
        if before.rstrip().endswith(":"):
            return _subject(before.rstrip()[:-1])
        return None

    def clauses(self, text: str, start: int, end: int, spans: list[QuoteSpan]) -> list[Clause]:
        sentence = text[start:end]
        stop = start + len(sentence.rstrip(" .!?؟…"))
        if any(start <= span.start - 1 < end or span.start <= start < span.end for span in spans):
            return []  # the quotation is the item
        if _COLON.search(sentence):
            return []  # colon speech is direct: ``unmarked`` reads it
        according = _ACCORDING.match(sentence)
        if according is not None:
            return [Clause(start + according.end(), stop, according.group("who"))]
        that = _THAT.search(sentence)
        if that is not None:
            return [Clause(start + that.end(), stop, _subject(sentence[: that.start()]))]
        return []

    def unmarked(self, text: str, start: int, end: int) -> Clause | None:
        colon = _COLON.search(text, start, end)
        if colon is None or colon.end() >= end:
            return None
        return Clause(colon.end(), end, _subject(text[start : colon.start()]))

    def speaks(self, sentence: str) -> bool:
        return _SPEECH.search(sentence) is not None or "«" in sentence

    def name(self, phrase: str) -> Named:
        cleaned = _bare(" ".join(phrase.split()).strip(" ،,:."))
        if cleaned in _PRONOUNS:
            return Named(None, pronoun=True)
        if not cleaned:
            return Named(None)
        if cleaned in self.roles:
            return Named(self.roles[cleaned], SpeakerEvidence.ROLE)
        owners = self.surnames.get(cleaned, set())
        if len(owners) == 1:
            return Named(next(iter(owners)), SpeakerEvidence.NAMED)
        named = next((name for name in self.names if name in cleaned), None)
        if named is not None:
            return Named(named, SpeakerEvidence.NAMED)
        if _is_role(cleaned):
            return Named(cleaned, SpeakerEvidence.ROLE)
        words = _words(cleaned)
        held = next((i for i, word in enumerate(words) if i >= 2 and word in _ROLE_HEADS), None)
        if held is not None:  # `X Y سخنگوی Z` without commas: the name, then its role
            name = " ".join(words[:held])
            self._person(name)
            self.roles.setdefault(" ".join(words[held:]), name)
            return Named(name, SpeakerEvidence.NAMED)
        return Named(cleaned, SpeakerEvidence.NAMED)

    def gender(self, speaker: str) -> Gender | None:
        return None  # `او` and `وی` are either

    def mentioned(self, sentence: str) -> list[str]:
        return [name for name in self.names if name in sentence]


def _is_role(phrase: str) -> bool:
    words = _words(phrase)
    return bool(words) and words[0] in _ROLE_HEADS


def _is_name(phrase: str) -> bool:
    words = _words(phrase)
    return 1 < len(words) <= 4 and words[0] not in _ROLE_HEADS | set(_OPENERS) | _PRONOUNS


def _bare(phrase: str) -> str:
    """``phrase`` without the titles before a name (`آقای`, `داکتر`)."""
    words = _words(phrase)
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def _last_clause(text: str) -> str:
    """The words after the last sentence break or `که` of ``text``: where a name begins."""
    return re.split(r"[.؟!:]\s+|\s+که\s+", text)[-1].strip()


def _subject(before: str) -> str | None:
    """The subject of the verb after ``before``: the first part between commas that is not
    an opening adverbial, cut where time, place or an adverb begins."""
    parts = [part.strip() for part in re.split("[،,]", before) if part.strip()]
    for index, part in enumerate(parts):
        words = _words(part)
        if words[0] in _OPENERS and not _RELAYED.match(part + "،"):
            continue
        if _is_role(part) and index + 1 < len(parts) and _is_name(parts[index + 1]):
            return parts[index + 1]  # `سخنگوی پولیس، X،`: the role, then who holds it
        kept: list[str] = []
        for word in words:
            if kept and word in _CUT_WORDS:
                break
            kept.append(word)
        return " ".join(kept)
    return None
