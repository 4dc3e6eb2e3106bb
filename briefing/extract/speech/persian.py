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
from dataclasses import replace
from itertools import pairwise

from briefing.extract.figures.persian import NUMBER_WORDS
from briefing.extract.sentences import sentence_start
from briefing.extract.speech import persian_lexicon as lexicon
from briefing.extract.speech.attribution import IN_DOUBT, Attribution, Item
from briefing.extract.speech.genders import Gender
from briefing.extract.speech.guillemets import Quotations
from briefing.extract.speech.lexicon_reader import (
    Clause,
    FirstMentions,
    LexiconReader,
    Named,
    Span,
)
from briefing.model import Article, SpeakerEvidence

# How many speakers and people back a shorter form of an unnamed role may reach.
_ROLE_REACH = 6


class PersianReader(LexiconReader):
    """Persian and Dari rules, with the people one article names (made for each article)."""

    denial = lexicon.DENIAL
    bodies_speak = False  # `او` and `وی` stand for people only
    replies = lexicon.REPLY

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.roles: dict[str, str] = {}
        # The roles by their first word's stem, and the stems of each role's words.
        self.roles_by_head: dict[str, list[str]] = {}
        self.role_stems: dict[str, set[str]] = {}
        self.surnames: dict[str, set[str]] = {}
        self.names: set[str] = set()
        self.described: dict[str, set[str]] = {}  # words a relative clause says of them
        # Names and surnames as one pattern, the counts it was made for, and whose each is.
        self._first_named = FirstMentions(joiner="\u200c")
        for paragraph in article.paragraphs:
            # `X، سخنگوی Y، …`: every name and role between commas, overlapping ones too
            # (`به گزارش ایرنا، X، مدیرعامل Z، گفت`).
            parts = re.split(lexicon.COMMA, paragraph.text)
            for before, between in pairwise(parts[:-1]):
                if lexicon.SENTENCE_END.search(between):
                    continue  # the commas of two sentences
                opening = _bare(_last_clause(before))
                # A name holds no `و`: the last clause's name begins after one (`… اختصاص
                # داشت و مهرداد صالحی‌نیا، وزیر نیرو،`); a role keeps its own (`راه و شهرسازی`).
                named = _bare(re.split(r"\s+و\s+", opening)[-1])
                # A role ends where a relative clause about its holder begins.
                role, *about = re.split(r"\s+که\s+", between, maxsplit=1)
                role = " ".join(role.split())
                # `X، سخنگوی Y،` or `سخنگوی Y، X،`: a name and its role, in either order.
                titled = re.split(r"\s+و\s+", _last_clause(before))[-1]
                for name, held in ((named, role), (_bare(between), opening)):
                    if (
                        (
                            _is_name(name)
                            or _first_name_presented(
                                name, held, name == _bare(re.split(r"[.؟!:]\s+", before)[-1])
                            )
                            or (held is role and _titled_first_name(titled))
                        )
                        and (_is_role(held) or lexicon.ONE_OF_GROUP.match(held))
                        and len(held) <= lexicon.LONGEST_ROLE
                        and not lexicon.SPEECH.search(held)  # a clause: subject, then verb
                    ):
                        self._person(name)
                        self._hold(held, name)
                        if held is role and about:
                            # `قابله‌ای که در کلینیک شهرک کار می‌کند`: what the article
                            # says of them may name them again (`قابلهٔ کلینیک شهرک`).
                            words = lexicon.word_list(about[0])
                            self.described.setdefault(name, set()).update(_stems(words))
            for match in lexicon.TITLED.finditer(paragraph.text):
                if lexicon.word_list(paragraph.text[: match.start()])[-1:] == ["یک"]:
                    continue  # `یک داکتر شفاخانه هرات`: a doctor, unnamed, of a hospital
                name = _subject(lexicon.SPEECH.split(match.group("name"))[0]) or ""
                if _is_name(name):
                    self._person(name)

    def _last_speaker_holding(self, words: list[str]) -> str | None:
        """The person who spoke last, where the article gave them a role of the same head
        that shares at least half the words after it and its last word that names no
        province or country (`رئیس اورژانس قم` after `X، رئیس مرکز … فوریت‌های پزشکی استان
        قم،` spoke): a role written shorter, in other words. Not `رئیس پلیس راه قم` after
        them, which shares only the place, nor `… ولایت قندهار` after `… ولایت هلمند`."""
        last = self.recent[-1] if self.recent else None
        if last not in self.names:
            return None
        head = _stem(words[0])
        rest = _stems(words[1:]) - {head}
        named = [stem for stem in map(_stem, words[1:]) if stem not in lexicon.GENERIC_PLACES]
        telling = set(named[-1:])  # the last word that says which body or place
        for role in self.roles_by_head.get(head, ()):
            shared = rest & self.role_stems[role]
            if (
                self.roles[role] == last
                and rest
                and 2 * len(shared) >= len(rest)
                and telling <= shared
            ):
                return last
        return None

    def read(self, article: Article) -> list[Item]:
        return self._named_after(article, super().read(article))

    def _named_after(self, article: Article, items: list[Item]) -> list[Item]:
        """Items whose speaker an agency gives by role, named in the next paragraph as the
        one who `added` (`مدیرکل امور اتباع گفت: …` then `علیرضا کاظمی‌پور … افزود: …`):
        the role is that person's, there and after."""
        by_paragraph: dict[int, set[str | None]] = {}
        for item in items:
            by_paragraph.setdefault(item.paragraph, set()).add(item.speaker)
        named: dict[str, str] = {}
        for number, speakers in by_paragraph.items():
            # `… این را X گفت و افزود که …`: a clause whose speaker was not found is no
            # second speaker.
            named_here = speakers - {None}
            if len(named_here) == 2:
                order = [item.speaker for item in items if item.paragraph == number]
                self._goes_on(article.paragraph(number).text, order, named)
            role = next(iter(named_here)) if len(named_here) == 1 else None
            following = article.paragraph(number + 1) if number + 1 in by_paragraph else None
            if role is None or following is None or not self._unheld_role(role):
                continue
            added = lexicon.ADDED.search(following.text)
            name = _subject(following.text[: added.start()]) if added else None
            if added and name not in by_paragraph[number + 1]:
                # `حجت‌الاسلام X که …، با اشاره به اینکه …، افزود`: the one who goes on is
                # the name the paragraph opens with (after titles), its only speaker.
                name = _opening_speaker(following.text, by_paragraph[number + 1])
            if (
                name is not None
                and _is_name(name)
                and name in by_paragraph[number + 1]
                and name not in self.roles.values()  # a person given another role
                and not _another_voice(following.text[: added.start()] if added else "", name, role)
            ):
                named[role] = name
                self._hold(role, name, replace_holder=True)
        return [
            replace(item, speaker=named[item.speaker], evidence=SpeakerEvidence.NAMED)
            if item.speaker in named
            else item
            for item in items
        ]

    def _goes_on(self, text: str, order: list[str | None], named: dict[str, str]) -> None:
        """In one paragraph, a role that speaks, then a name that goes on in a later
        sentence (`وزیر … اظهار داشت که … . سیدمحسن طاهرنیا ادامه داد: …`): the role is
        that person's, as across paragraphs. Not a name, then a role that goes on: the
        role may be another's (`… گفت. وزیر خارجه افزود`)."""
        role, name = (speaker for speaker in dict.fromkeys(order) if speaker is not None)
        if not self._unheld_role(role) or not _is_name(name) or name in self.roles.values():
            return
        at = text.find(name)
        added = lexicon.ADDED.search(text, at) if at >= 0 else None
        opened = sentence_start(text, at)
        if added is None or opened == 0 or text.find(role) >= opened:
            return  # the name must open a later sentence than the role's
        going_on = text[opened : added.start()]
        if _subject(going_on) == name and not _another_voice(going_on, name, role):
            named[role] = name
            self._hold(role, name, replace_holder=True)

    def _unheld_role(self, role: str) -> bool:
        """A role the article gives no one yet, naming someone it may name later (not `یک
        منبع آگاه`, who stays unnamed)."""
        return (
            _is_role(role)
            and role not in self.roles
            and lexicon.word_list(role)[0] not in lexicon.UNNAMED
        )

    def _hold(self, role: str, person: str, replace_holder: bool = False) -> None:
        """``person`` holds ``role``; roles are found again by their first word's stem."""
        if role not in self.roles:
            words = lexicon.word_list(role)
            self.roles_by_head.setdefault(_stem(words[0]), []).append(role)
            self.role_stems[role] = _stems(words)
        elif not replace_holder:
            return
        self.roles[role] = person

    def _person(self, name: str) -> None:
        self.names.add(name)
        words = name.split()
        if len(words) > 1:
            self.surnames.setdefault(words[-1], set()).add(name)

    def sentences(self, text: str, spans: Quotations) -> list[Span]:
        found: list[Span] = []
        start = 0
        for stop in lexicon.SENTENCE_END.finditer(text):
            held = spans.holding(stop.start())
            if held is not None and stop.start() < held.end - 1:
                continue
            found.append((start, stop.start() + len(stop.group().rstrip())))
            start = stop.end()
        if start < len(text.rstrip()):
            found.append((start, len(text.rstrip())))
        return found

    def tag_after(self, text: str, at: int) -> str | None:
        if lexicon.VERB_NEXT.match(text, at):
            # `X این وعده را «غیرواقعی» خواند`: the verb follows the words at once, so its
            # subject opened the sentence before them.
            opening = text.rfind("«", 0, at)
            start = max(text.rfind(stop, 0, opening) for stop in ".؟!") + 1
            if opening <= start or lexicon.LABELLED.search(text, start, opening):
                return None  # `پروندهٔ موسوم به «…» خبر داد`: a name, not the words judged
            return _subject(text[start:opening])
        tag = lexicon.TAG_AFTER.match(text, at) or lexicon.TAG_STATED.match(text, at)
        if tag is None:
            this_said = lexicon.THIS_SAID_WHO.match(text, at)
            if this_said is None or not _says_this(this_said):
                return None
            return _subject(this_said["who"])
        # `«…» این را X گفت`: `this (object)` stands before the subject.
        who = re.sub(r"^\s*(?:این|اینها|این‌ها)\s+را\s+", "", tag.group("who"))
        return _subject(re.sub(r"\s+(?:این|اینها|این‌ها)\s+را$", "", who))

    def titles(self, before: str) -> bool:
        work = lexicon.TITLED_WORK.search(before)
        # `به روزنامهٔ شرق گفت «…»`: a speech verb between makes the words someone's.
        return (
            work is not None
            and bool(work["ezafe"] or work["between"].strip())
            and lexicon.SPEECH.search(work["between"]) is None
        )

    def resolve(self, phrase: str | None) -> Attribution:
        who = super().resolve(phrase)
        if who.evidence is SpeakerEvidence.PRONOUN and self._someone_else_before(who.speaker):
            return IN_DOUBT
        return who

    def _someone_else_before(self, speaker: str | None) -> bool:
        """Whether the sentence before, in this paragraph, opens on someone other than
        ``speaker`` and then says what they are or sets them against who came before
        (`یاسر، یکی از استادکاران پروژه، … . او می‌گوید`, `پرتوی اما … . او می‌گوید`), or
        opens on someone unnamed (`یک داروساز در تهران …. به گفتهٔ او`):
        the pronoun after it may mean either; Persian's says no gender to tell them apart."""
        if not self.reading or self.replying:
            return False  # a reply is the one the sentence before spoke of (`او در واکنش`)
        prior = self.paragraph_sentences[self.reading - 1]
        opened = lexicon.NEW_SUBJECT.match(prior)
        if opened is None:
            return False
        if opened["someone"] is not None:
            # `یک داروساز در تهران که …`: someone unnamed, whom it may mean; not where the
            # sentence goes on to name the one it means (`یکی از ساکنان، X، …`).
            return speaker is None or speaker.split()[-1] not in prior.split()
        who = opened["who"] or opened["asked"]
        if opened["asked"] is not None and self.name(who).speaker not in self.recent:
            # `و خانواده‌اش؟`, `چرا؟`: a question, not someone who spoke turned to again
            return False
        words = lexicon.word_list(who)
        first = words[0]
        if (
            lexicon.PLACE_ENDINGS.intersection(words)  # `حاجی آباد، یکی از روستاها،`
            or first in lexicon.OPENERS
            or first in lexicon.CONNECTIVES
            or first in lexicon.PRONOUNS
            or first in lexicon.DEMONSTRATIVES
            or not self.personal(who)
        ):
            return False
        return (self.name(who).speaker or who) != speaker

    def introducer(self, before: str) -> str | None:
        document = lexicon.IN_THIS_DOCUMENT.match(before)
        if document is not None:
            # `X در بیانیه‌ای … هشدار داد. در این بیانیه آمده است: «…»`: X's words.
            prior = self.paragraph_sentences[self.reading - 1] if self.reading else ""
            issued = lexicon.ISSUED_IN[document["document"]].search(prior)
            return _issuer(prior[: issued.start()]) if issued is not None else None
        relayed = lexicon.RELAYED.search(before)
        if relayed is not None:
            return relayed.group("who")
        stating = lexicon.STATING.search(before)
        if stating is not None and not before[stating.end() :].strip():
            # `X با بیان اینکه «…»، افزود`: the words X states, as the clause after it.
            return _subject(before[: stating.start()])
        verbs = list(lexicon.SPEECH.finditer(before))
        if verbs:
            return _subject(before[: verbs[-1].start()])
        if before.rstrip().endswith(":"):
            return _subject(before.rstrip()[:-1])
        return None

    def clauses(self, text: str, start: int, end: int, spans: Quotations) -> list[Clause]:
        sentence = text[start:end]
        stop = start + len(sentence.rstrip(" .!?؟…"))
        if spans.holding(start) is not None:
            return []  # a sentence inside a quotation reports nothing of its own
        # Speech after a colon is direct (``unmarked`` reads it, or its marks hold it); what
        # is reported before it is not (`… رد کرد که A و گفت: «B»`).
        colon = lexicon.COLON.search(sentence)
        said = lexicon.SAID_COLON.search(sentence)
        limit = start + said.start() if said else stop
        according = lexicon.ACCORDING.search(sentence)
        if (
            according is not None
            and according.start() > 0
            and (
                lexicon.SPEECH.search(sentence, 0, according.start())
                or lexicon.SPEECH.search(sentence, according.end())
            )
        ):
            # `… افزود که …، که به گفتهٔ او …،`: inside another's report; `احمد که به گفتهٔ
            # خانواده‌اش، …، می‌گوید که …`: about the subject, whose verb reports.
            according = None
        if according is not None and colon is None:
            return [Clause(start + according.end(), stop, according.group("who"))]
        # `X تکذیب کرد که A و گفت که B`: two clauses, each up to the next verb's.
        # Not the `که` of a clause about the one who says `this` (`این را رضا می‌گوید که`).
        about_speaker = {
            said.end()
            for said in lexicon.THIS_SAID_WHO.finditer(text, start, limit)
            # `this` is a quotation just before (`این را سخنگو گفت که …` alone reports)
            if _says_this(said) and text[: said.start()].rstrip(" .،,؛").endswith("»")
        }
        thats = [
            that
            for that in lexicon.THAT.finditer(text, start, limit)
            if text.rfind("که", that.start(), that.end()) not in about_speaker
        ]
        ends = [that.start() for that in thats[1:]] + [limit] if thats else []
        found: list[Clause] = []
        said_from = start  # where the words before the next verb begin
        subject: str | None = None
        for that, end in zip(thats, ends, strict=True):
            # Each verb's subject is the sentence's unless the words since the last clause
            # name another (`… و سخنگوی وزارت افزود که …`): read those words only.
            between = lexicon.JOINING.sub("", text[said_from : that.start()])
            subject = (_subject(between) if between.strip() else None) or subject
            clause_end = _before_next(text, that.end(), end) if end < stop else end
            # `…، اما کشاورزان … می‌گویند …`: someone else speaks after `اما`.
            contrast = lexicon.CONTRAST.search(text, that.end(), clause_end)
            if contrast is not None and lexicon.SPEECH.search(text, contrast.end(), clause_end):
                clause_end = contrast.start()
            found.append(Clause(that.end(), clause_end, subject))
            said_from = clause_end
        # Not in words a colon gave someone earlier in the paragraph, which run on to its
        # end (`… گفت: … . وقتی معاون می‌گوید …، یعنی …`): theirs, not a report.
        spoken = thats or lexicon.SAID_COLON.search(text, 0, start) is not None
        bare = lexicon.SAID_BARE.search(text, start, limit) if not spoken else None
        if bare is not None:
            subject = _bare_subject(text[start : bare.start()])
            if subject is not None:
                found.append(Clause(bare.end(), _before_next(text, bare.end(), stop), subject))
        # `X با بیان اینکه A، گفت که B`: A is said too, by the subject of the sentence.
        stating = lexicon.STATING.search(text, start, limit)
        if stating is not None:
            comma = text.find("،", stating.end(), limit)
            if comma > 0:
                found.append(Clause(stating.end(), comma, _subject(text[start : stating.start()])))
        return sorted(found, key=lambda clause: clause.start)

    def unmarked(self, text: str, start: int, end: int) -> Clause | None:
        colon = lexicon.COLON.search(text, start, end)
        if colon is None or colon.end() >= end:
            return None
        return Clause(colon.end(), end, _subject(text[start : colon.start()]))

    def speaks(self, sentence: str) -> bool:
        return lexicon.SPEECH.search(sentence) is not None or "«" in sentence

    def name(self, phrase: str) -> Named:
        cleaned = _bare(" ".join(phrase.split()).strip(" ،,:."))
        if cleaned in lexicon.PRONOUNS:
            return Named(None, pronoun=True)
        if not cleaned:
            return Named(None)
        if lexicon.ONE_OF_THEM.fullmatch(cleaned):
            return Named(None, unidentified=True)
        if cleaned in self.roles:
            return Named(self.roles[cleaned], SpeakerEvidence.ROLE)
        words = lexicon.word_list(cleaned)
        if words[-1] == lexicon.OBJECT:
            return self._before_object(words[:-1])
        if lexicon.DEMONSTRATIVES.intersection(words[:2]) and len(words) > 1:
            # `این منبع`, `این مقام`, `سخنگوی این شرکت`: the one of that kind who spoke or
            # was named last.
            kind = _stems([word for word in words if word not in lexicon.DEMONSTRATIVES])
            recent = self.recent[-_ROLE_REACH:]
            for speaker in reversed(recent):
                if kind <= _stems(lexicon.word_list(speaker)):
                    return Named(speaker, SpeakerEvidence.ROLE)
            # Persian puts the noun first: `این نهاد بین‌المللی` is an institution.
            anaphor = _stem(next(word for word in words if word not in lexicon.DEMONSTRATIVES))
            if anaphor in lexicon.BODY_ANAPHORS:
                # A body in view: named in this paragraph or the sentence before it.
                opening = lexicon.BODY_ANAPHORS[anaphor]
                in_view = " ".join([*self.last_sentences[-1:], *self.paragraph_sentences])
                body = next(
                    (
                        speaker
                        for speaker in reversed(recent)
                        if not self.personal(speaker)
                        and opening in (None, lexicon.word_list(speaker)[0])
                        and lexicon.FINITE_VERB.search(speaker) is None
                        and speaker in in_view
                    ),
                    None,
                )
                return Named(body, SpeakerEvidence.ROLE if body else None)
            # `به گفتهٔ این اقتصاددان` after `X، اقتصاددان و استاد دانشگاه،` spoke: the one
            # recent speaker the article gave a role of that kind.
            holding = {
                holder
                for role, holder in self.roles.items()
                if holder in recent and kind <= self.role_stems[role]
            }
            if len(holding) == 1:
                return Named(holding.pop(), SpeakerEvidence.ROLE)
            if kind <= _OFFICIAL_STEMS:
                # `این مقام مسئول`: the person the article named last with an official's
                # post (`وزیر کار`, not `فعال کارگری`, an activist).
                officials = {
                    holder
                    for role, holder in self.roles.items()
                    if _stem(lexicon.word_list(role)[0]) in _OFFICIAL_POSTS
                }
                latest = next((person for person in reversed(recent) if person in officials), None)
                if latest is not None:
                    return Named(latest, SpeakerEvidence.ROLE)
            if _is_role(words[0]) and words[1] in lexicon.DEMONSTRATIVES:
                # `همسر این روزنامه‌نگار`: someone known by whom they are to a person just
                # written of (this journalist's wife), as the article writes them.
                return Named(cleaned, SpeakerEvidence.ROLE)
            return Named(None)
        stems = _stems(words)
        holders = {
            self.roles[role]
            for role in self.roles_by_head.get(_stem(words[0]), ())
            if stems <= self.role_stems[role] | self.described.get(self.roles[role], set())
            # `سخنگوی جبههٔ مقاومت` after `X، سخنگوی این جبهه،`: the body `این` pointed
            # to, named in full.
            or (
                _DEMONSTRATIVE_STEMS & self.role_stems[role]
                and self.role_stems[role] - _DEMONSTRATIVE_STEMS <= stems
            )
        }
        if _is_role(cleaned) and len(holders) == 1:
            # `مدیرعامل مترو`: the one person given a role it is short for
            # (`مدیرعامل شرکت بهره‌برداری متروی تهران`).
            return Named(holders.pop(), SpeakerEvidence.ROLE)
        if _is_role(cleaned) and not holders:
            last = self._last_speaker_holding(words)
            if last is not None:
                return Named(last, SpeakerEvidence.ROLE)
        owners = self.surnames.get(cleaned, set())
        if len(owners) == 1:
            return Named(next(iter(owners)), SpeakerEvidence.NAMED)
        named = next((name for name in self.names if name in cleaned), None)
        if named is not None:
            return Named(named, SpeakerEvidence.NAMED)
        first_owners = self.surnames.get(words[0], set()) if len(words) > 1 else set()
        if len(first_owners) == 1:
            # `نیک‌آیین آمار این نماینده را «…» خواند`: the subject, a surname, before the
            # object the verb judges.
            return Named(next(iter(first_owners)), SpeakerEvidence.NAMED)
        if _is_role(cleaned):
            # `سخنگوی شرکت توزیع` after `سخنگوی شرکت توزیع نیروی برق X` spoke: the same
            # unnamed spokesman, as first written.
            fuller = (
                speaker
                for speaker in reversed(self.recent[-_ROLE_REACH:])
                if speaker not in self.names
                and lexicon.word_list(speaker)[0] == words[0]
                and _stems(words) <= _stems(lexicon.word_list(speaker))
            )
            return Named(next(fuller, cleaned), SpeakerEvidence.ROLE)
        held = next(
            (i for i, word in enumerate(words) if i >= 2 and word in lexicon.ROLE_HEADS), None
        )
        # `X Y سخنگوی Z` without commas: the name, then its role; not a count of those who
        # hold it (`دست‌کم ۱۴ کارگردان`, `دست‌کم چهل کارگردان`, `ده‌ها بازیگر و کارگردان`).
        if held is not None and not _counts(words[:held]):
            name = " ".join(words[:held])
            self._person(name)
            self._hold(" ".join(words[held:]), name)
            return Named(name, SpeakerEvidence.NAMED)
        if not re.search(r"[^\W\d_]", cleaned):
            return Named(None)  # punctuation, no name
        return Named(cleaned, SpeakerEvidence.NAMED)

    def _before_object(self, words: list[str]) -> Named:
        """The subject of `X OBJECT را رد کرد`: nothing marks where X ends and the object
        begins, so X is the longest opening that is whole what the article gave someone (a
        name, a surname only one person has, a role entire: `رئیس صحت عامه ولایت هرات` is
        not Balkh's director) or an unnamed speaker it quoted. Else X and the object as
        written (`مقامات محلی کشته شدن سه نفر` still says who, where a cut would guess),
        unless the object names someone: `ادعای علی احمدی را رد کرد` is not his."""
        whole = self._names_and_surnames() | self.roles
        for size in range(len(words) - 1, 0, -1):  # at least a word of object
            opening = " ".join(words[:size])
            if opening in whole:
                evidence = SpeakerEvidence.ROLE if opening in self.roles else SpeakerEvidence.NAMED
                return Named(whole[opening], evidence)
            if opening in self.recent:
                return Named(opening, SpeakerEvidence.ROLE)
        object_words = " ".join(words[1:])
        owners = self._owners()
        if any(re.search(rf"(?<!\S){re.escape(known)}(?!\S)", object_words) for known in owners):
            return Named(None)
        return self.name(" ".join(words))

    def described_subject(self, sentence: str) -> str | None:
        # `سخنگوی شرکت X روز دوشنبه … را تکذیب کرد.` then `وی … گفت:`: the spokesman,
        # without the speech verb (`دادستان … اعلام کرد که …`).
        before = lexicon.SPEECH.split(sentence, maxsplit=1)[0]
        verb = lexicon.SPEECH.search(sentence)
        if verb is not None and verb.group().startswith("خبر"):
            before = lexicon.NEWS_OF.sub("", before)  # `X از قطعی برق خبر داد`: X gave news of
        phrase = _subject(before)
        if phrase is not None and phrase in map(_self_named, re.split(lexicon.COMMA, before)):
            return phrase  # `فروشنده‌ای که خود را حمید معرفی کرد، گفت …`: Hamid
        if phrase is None or not _is_role(phrase) or phrase.split()[0] in lexicon.UNNAMED:
            return None
        return self.name(phrase).speaker

    def gender(self, speaker: str) -> Gender | None:
        return None  # `او` and `وی` are either

    def personal(self, speaker: str) -> bool:
        return (
            lexicon.word_list(speaker)[0] not in lexicon.BODIES
        )  # `او` is never `سازمان جهانی صحت`

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """Where ``text`` first names each person, by full name, by a surname only one
        of them has (`سمیعی اما …`) or by their role's first words (`مدیرکل امور اتباع
        اما این آمار را رد کرد`), in order."""
        key = (len(self.names), len(self.surnames), len(self.roles))
        return self._first_named(text, key, self._owners)

    def _owners(self) -> dict[str, str]:
        """Whom each name, each surname only one person has, and the first words of a
        role only one person holds stand for."""
        holders: dict[str, set[str]] = {}
        for role, person in self.roles.items():
            words = lexicon.word_list(role)
            for size in range(min(len(words), lexicon.ROLE_MENTION_WORDS), len(words) + 1):
                holders.setdefault(" ".join(words[:size]), set()).add(person)
        unique = {
            opening: next(iter(people)) for opening, people in holders.items() if len(people) == 1
        }
        return unique | self._names_and_surnames()

    def _names_and_surnames(self) -> dict[str, str]:
        """Whom each name and each surname only one person has stand for."""
        return {
            surname: next(iter(people))
            for surname, people in self.surnames.items()
            if len(people) == 1
        } | {name: name for name in self.names}


def _another_voice(opening: str, name: str, role: str) -> bool:
    """Whether the words before the verb make the name someone else than the one who
    holds the lead's ``role``: a reply or a contrast (`اما`, `در مقابل`, `در واکنش به …`),
    `نیز` (also), or another role set beside the name between commas (`نماینده اهواز،
    جواد صفری،`; not `به گزارش ایرنا، X،`, nor the lead's role again)."""
    at = opening.find(name)
    if at < 0:
        return False
    before, after = opening[:at].rstrip(), opening[at + len(name) :].lstrip()
    beside = [
        part
        for part in (
            re.split(lexicon.COMMA, before[:-1])[-1] if before.endswith(("،", ",")) else "",
            re.split(lexicon.COMMA, after[1:])[0] if after.startswith(("،", ",")) else "",
        )
        if _is_role(part.strip())
    ]
    lead = _stem(lexicon.word_list(role)[0])
    return bool(
        lexicon.ANOTHER_VOICE.match(opening)
        or lexicon.ALSO.search(after)
        or any(_stem(lexicon.word_list(part)[0]) != lead for part in beside)
    )


def _opening_speaker(text: str, speakers: set[str | None]) -> str | None:
    """The one speaker of a paragraph, where the paragraph opens with their name (after
    any titles)."""
    if len(speakers) != 1:
        return None
    (speaker,) = speakers
    if speaker is None or not _is_name(speaker):
        return None
    at = text.find(speaker)
    opening = lexicon.word_list(text[:at]) if at >= 0 else None
    return speaker if opening is not None and all(w in lexicon.TITLES for w in opening) else None


def _before_next(text: str, start: int, end: int) -> int:
    """Where a reported clause ends before the next speech verb at ``end``: before the
    `و` that joins that verb and its few words of subject (`… باشند و گفت که`), or at the
    semicolon that opens that verb's own sentence (`… کشته است؛ امارت اسلامی اما …`)."""
    semicolon = text.find("؛", start, end)
    if semicolon >= 0:
        end = semicolon
    joined = text.rfind(" و ", start, end)
    if joined >= 0 and len(text[joined:end].split()) <= lexicon.JOINED_WORDS:
        end = joined
    while end > start and text[end - 1] in " .،,؛":
        end -= 1
    return end


def _stems(words: list[str]) -> set[str]:
    """Words without the ezafe a noun takes before another (`متروی` → `مترو`)."""
    return {_stem(word) for word in words}


def _stem(word: str) -> str:
    """A word without the ezafe or the indefinite ending (`قابلهٔ`, `قابله‌ای` → `قابله`)."""
    return re.sub("(?:\u200cای|\u200cی|ی|ٔ)$", "", word) or word


_DEMONSTRATIVE_STEMS = frozenset(_stems(list(lexicon.DEMONSTRATIVES)))
_OFFICIAL_POSTS = frozenset(_stems(list(lexicon.OFFICIAL_POSTS)))
_OFFICIAL_STEMS = frozenset(_stems(list(lexicon.OFFICIAL)))


def _is_role(phrase: str) -> bool:
    words = lexicon.word_list(phrase)
    # `قابله‌ای که …`, `قابلهٔ کلینیک`: a role with the indefinite ending or the ezafe.
    return bool(words) and bool({words[0], _stem(words[0])} & lexicon.ROLE_HEADS)


_AGED = re.compile(r"[\d۰-۹٠-٩]+\s*ساله")
_NOT_NAME_START = (
    lexicon.ROLE_HEADS
    | set(lexicon.OPENERS)
    | lexicon.PRONOUNS
    | lexicon.DEMONSTRATIVES
    | lexicon.CONNECTIVES
)


def _self_named(part: str) -> str | None:
    """The name someone gave, where the part opens on them (`فروشنده‌ای که خود را حمید
    معرفی کرد`, `رانندهٔ دیگری که …`, `یکی از همسایگان که …`); not where the one who gave it is
    another's (`همسر مردی که خود را کریم معرفی کرد`, the man's wife) or an object
    (`پلیس مردی را که خود را … معرفی کرده بود بازداشت کرد`)."""
    found = lexicon.SELF_NAMED.search(f" {part}")
    if found is None:
        return None
    opening = lexicon.word_list(f" {part}"[: found.start()])
    one = (
        len(opening) == 1
        or opening[0] in lexicon.UNNAMED  # `یک زن عودت‌کننده`, `یکی از همسایگان …`
        or (len(opening) == 2 and opening[1] in lexicon.OTHER)
    )
    return found["name"] if one and lexicon.OBJECT not in opening else None


def _counts(words: list[str]) -> bool:
    """Whether ``words`` say how many rather than who: a digit, a number word, a
    quantifier, or a `و` joining them to more (`ده‌ها بازیگر و`)."""
    return any(
        word in NUMBER_WORDS
        or word in lexicon.QUANTIFIERS
        or word == "و"
        or any(character.isdigit() for character in word)
        for word in words
    )


def _says_this(said: re.Match[str]) -> bool:
    """Whether a ``THIS_SAID_WHO`` match is one subject and its verb, not a verb joined to
    another (`این را X گفت و افزود که …`, where `که` opens what X added)."""
    return lexicon.SPEECH.search(said["who"]) is None


def _is_name(phrase: str) -> bool:
    # A name holds no `و` (`رئیس سازمان صنعت، معدن و تجارت استان`: a body's name goes on),
    # no object's `را` (`تعطیلی مدارس را «…» خواند`), and no digit or verb (`به گفتهٔ
    # اتحادیه، ۳۰۰ کارگر اخراج شده‌اند`: the clause after a source).
    words = lexicon.word_list(phrase)
    return (
        1 < len(words) <= 4
        and words[0] not in _NOT_NAME_START
        and "و" not in words
        and lexicon.OBJECT not in words
        and not any(character.isdigit() for character in phrase)
        and lexicon.FINITE_VERB.search(phrase) is None
        # nor a noun joined to what follows by its ezafe (`سهمیهٔ انسولین استان‌های فارس`),
        # nor a pronoun (`همسایگان او`, his neighbours: every `او` would be a mention)
        and not any(word.endswith("\u0654") for word in words)
        and not lexicon.PRONOUNS.intersection(words)
    )


def _first_name_presented(name: str, held: str, opens_part: bool) -> bool:
    """Whether ``name`` is one word set beside a role that gives an age (`عبدالواحد، کارگر
    ۲۸ ساله اهل هرات`) or, where the word opens its part (``opens_part``; not `یکی از
    مال‌باختگان، زنی جوان`, one of the victims, nor `از سپیدرود`, a place), says what person
    they are (`نقیب، هواداری که از جلال‌آباد آمده بود`): someone named by a first name
    alone, as reports name witnesses; not a body (`روابط عمومی`)."""
    words = lexicon.word_list(name)
    role = lexicon.word_list(held)
    # One of a group names its kind after `یکی از` (`یکی از روستاهای …`: villages).
    kind = role[2:3] if lexicon.ONE_OF_GROUP.match(held) else role[:1]
    not_people = lexicon.BODIES | lexicon.PLACE_KINDS
    personal = bool(kind) and not {kind[0], _stem(kind[0])} & not_people
    return (
        len(words) == 1
        and words[0] not in _NOT_NAME_START
        and words[0] not in lexicon.PLACE_ENDINGS
        and (_AGED.search(held) is not None or (personal and opens_part))
    )


def _bare_subject(before: str) -> str | None:
    """The subject of a verb whose clause follows without `که`: the words between the last
    comma and the verb where there are any (`در سرای شهزاده، بزرگ‌ترین بازار اسعار کابل،
    صرافان می‌گویند …`: the money changers, not the market set beside the place), else the
    sentence's. Where `و` stands between the subject and the verb, where the subject ends
    is a guess: it may join a clause of its own (`نرخ دلار … رسید و فعالان بازار
    می‌گویند`), whose verb no list knows, or be inside a body's name (`دفتر مقابله با مواد
    مخدر و جرم سازمان ملل`), which `با` would cut. Nobody then."""
    last = re.split(lexicon.COMMA, before)[-1]
    if not lexicon.ALSO.sub("", last).strip():
        last = ""  # `مریم سلطانی، صاحب یک کافه، نیز می‌گوید`: `also`, after the subject
    subject = (_subject(last) if last.strip() else None) or _subject(before)
    if (
        subject is None
        or lexicon.word_list(subject)[0] in lexicon.NO_SUBJECT_OPENING
        or subject in lexicon.DEMONSTRATIVES  # `این گفتهٔ وزیر` (this saying of the minister)
        or re.search(r"\sو\s", before[before.find(subject) :])
    ):
        return None
    return subject


def _titled_first_name(phrase: str) -> bool:
    """Whether ``phrase`` is a title and one word (`حاجی نورمحمد`, `مولوی عبدالرحیم`):
    someone named by a first name alone, whom the title says is a person."""
    words = lexicon.word_list(phrase)
    return (
        len(words) >= 2
        and all(word in lexicon.TITLES for word in words[:-1])
        and words[-1] not in _NOT_NAME_START
        and words[-1] not in lexicon.TITLES
        and words[-1] not in lexicon.PLACE_ENDINGS
    )


def _bare(phrase: str) -> str:
    """``phrase`` without the titles before a name (`آقای`, `داکتر`) or the word joining
    its sentence to the last (`اما محمدنادر سلطانی`)."""
    words = lexicon.word_list(phrase)
    while len(words) > 1 and (words[0] in lexicon.TITLES or words[0] in lexicon.CONNECTIVES):
        words = words[1:]
    return " ".join(words)


def _last_clause(text: str) -> str:
    """The words after the last sentence break, `که` or preposition of ``text``: where a
    name begins (`… در این باره با نرگس رحیمی`)."""
    sentence = re.split(r"[.؟!:]\s+", text)[-1]
    return lexicon.BEFORE_NAME.split(sentence)[-1].strip()


def _issuer(before: str) -> str | None:
    """Who issued the document whose mention ``before`` ends at: the subject of its clause,
    whole, since a body's name may hold `در` (`دفتر کمیساریای عالی … در امور پناهندگان`)."""
    if lexicon.SPEECH.search(before) or "که" in lexicon.word_list(before):
        return None  # `X گفت که Y در گزارشی …`: Y's report, whose subject ends nowhere clear
    words = lexicon.word_list(re.split(lexicon.COMMA, before)[-1])
    while words and words[0] in lexicon.CONNECTIVES:
        words = words[1:]
    while words and words[-1] in lexicon.ALSO_WORDS:
        words = words[:-1]
    if not words or words[0] in lexicon.OPENERS or words[0] in lexicon.PRONOUNS:
        return _subject(before)  # `روز سه‌شنبه X`, `او`: read as any subject is
    return " ".join(words)


def _subject(before: str) -> str | None:
    """The subject of the verb after ``before``: the first part between commas that is not
    an opening adverbial, cut where time, place or an adverb begins."""
    before = lexicon.WHILE.sub("", lexicon.QUOTED.sub("", before).split("؛")[-1])
    before = lexicon.SELF_NAMED_APPOSITION.sub(r"\g<named>", before)
    # A dateline before a colon is no part of the subject (`کندز (پامیر): مقام‌ها …`).
    parts = [part.split(":")[-1].strip() for part in re.split(lexicon.COMMA, before)]
    parts = [part for part in parts if part]
    for index, part in enumerate(parts):
        words = lexicon.word_list(part)
        while len(words) > 1 and words[0] in lexicon.CONNECTIVES:
            words = words[1:]
        if words == [part.strip()] and words[0] in lexicon.CONNECTIVES:
            continue  # `اکنون، او می‌گوید`: an adverb set apart, no subject
        if words[0] in lexicon.OPENERS and not lexicon.RELAYED.match(part + "،"):
            continue
        if lexicon.WHEN.search(" ".join(words[: lexicon.WHEN_WITHIN])):
            continue  # `یک سال پس از آنکه …،`, `ساعاتی پس از انتشار گزارش،`: when
        if words[0] in lexicon.PRONOUNS:
            return words[0]  # `او شمار قابله‌ها را … خواند`
        if words[0] in lexicon.IMPERSONAL:
            return None
        if _is_role(part) and index + 1 < len(parts) and _is_name(parts[index + 1]):
            return parts[index + 1]  # `سخنگوی پولیس، X،`: the role, then who holds it
        also_who = next(
            (at for at, word in enumerate(words[1:-1], 1) if word in lexicon.ALSO_WORDS),
            None,
        )
        if also_who is not None and words[also_who + 1] == "که" and "که" not in words[:also_who]:
            # `مادر یک کودک مبتلا به تالاسمی هم که …`: the subject, whole, before its `also`
            # and the clause about them.
            return " ".join(words[:also_who])
        named_self = _self_named(part)
        if named_self is not None:
            return named_self
        # `X این رقم را رد کرد و گفت`, `X از افزایش … خبر داد و گفت`: X's own clause
        # comes first, and what its verb took is none of X. An object keeps its `را`, for
        # ``name`` to find where X ends. `این را X … گفت و افزود`: X comes after `this`.
        then = lexicon.THEN_SUBJECT.search(" ".join(words))
        if (
            then is not None
            and then["rest"].split()[0] not in lexicon.CUT_WORDS
            # not a relative clause's verbs (`یک بازنشسته که … ایستاده بود و نخواست …`)
            and "که" not in " ".join(words)[: then.start()].split()
        ):
            words = lexicon.word_list(then["rest"])
        own = lexicon.SPEECH.search(" ".join(words))
        if lexicon.OBJECT in words[1:]:
            at = words.index(lexicon.OBJECT, 1)
            this = at == 1 and words[0] in lexicon.DEMONSTRATIVES
            words = words[at + 1 :] if this else words[: at + 1]
            if not words:
                continue
            # `این را سخنگوی شرکت گفت و افزود که`: after `this`, the subject ends at its verb.
            own = lexicon.SPEECH.search(" ".join(words)) if this else None
        if own is not None and own.start() > 0:
            opening = " ".join(words)[: own.start()]
            if own.group().startswith("خبر"):
                opening = lexicon.NEWS_OF.sub("", opening)
            words = lexicon.word_list(opening)
        kept: list[str] = []
        # An unnamed source keeps where it works (`یک منبع در شرکت برشنا`): that is who.
        cuts = (lexicon.CUT_WORDS - {"در"} if words[0] == "یک" else lexicon.CUT_WORDS) | (
            lexicon.CONNECTIVES - {"و"}
        )  # `آب و فاضلاب`: a name's own `و`
        for at, word in enumerate(words):
            # `سخنگوی این شرکت`: this body's spokesman, where a role's `این` is its own.
            owned = at == 1 and word in lexicon.DEMONSTRATIVES and _is_role(words[0])
            # `ادارهٔ ملی مبارزه با حوادث`: a body's name fighting something keeps its `با`.
            fighting = word == "با" and bool(kept) and kept[-1] in lexicon.FIGHTING
            if kept and word in cuts and not owned and not fighting:
                break
            kept.append(word)
        return " ".join(kept)
    return None
