"""Who said what in French: speech verbs, tags, `selon X`, titles and il/elle.

French news sets quotations in « … » (a no-break space inside each mark) and names the
speaker after them by inverting verb and subject (`», a-t-il déclaré`, `», estime-t-elle`,
`», a déclaré le ministre`), or before them (`X a déclaré : « … »`, `Selon X, « … »`).
Reported speech is a verb and `que` (`X a affirmé que …`); a source may stand before or
after a sentence (`selon la préfecture`, `d'après X`); a denial needs no `que`
(`X a démenti toute implication`). People are named with French titles (`M.`, `Mme`)
and roles (`la maire, Claire Vasseur`), and `il`/`elle` follow the grammatical gender.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from briefing.extract.sentences import OPENS_SENTENCE, sentence_start
from briefing.extract.speech import french_lexicon as lexicon
from briefing.extract.speech.genders import (
    Gender,
    first_name_gender,
)
from briefing.extract.speech.guillemets import Quotations
from briefing.extract.speech.lexicon_reader import (
    Clause,
    FirstMentions,
    LexiconReader,
    Named,
    Span,
)
from briefing.model import Article, SpeakerEvidence

# How many people and speakers back a description (`le retraité`) may reach.
_DESCRIPTION_REACH = 3
# A preposition of place or time right before a phrase: the phrase says where or when.
_PLACE_WORDS = r"(?:sur|dans|devant|derrière|sous|vers|près\s+de|depuis|pendant)"
_PLACED = re.compile(rf"\b{_PLACE_WORDS}\s+$", re.IGNORECASE)
# `Originaire de Kunduz, dans le nord du pays, il …`: where, after a comma, is no role.
_PLACE = re.compile(rf"{_PLACE_WORDS}\s", re.IGNORECASE)


class FrenchReader(LexiconReader):
    """French rules, with the people one article names (made anew for each article)."""

    denial = lexicon.DENIAL
    replies = lexicon.REPLY

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.people: dict[str, Gender | None] = {}
        self.surnames: dict[str, set[str]] = {}
        self.roles: dict[str, set[str]] = {}
        # `manua`: `Mission d'assistance … en Afghanistan`
        self.acronyms: dict[str, str] = {}
        self.bodies: set[str] = set()  # names set beside a body's noun (`la société X`)
        self.bodies_by_noun: dict[str, set[str]] = {}  # `association` → Route Libre
        self.ages: dict[str, int] = {}  # `Gilbert Rouvière, 74 ans`
        self.ages_given: Counter[int] = Counter()  # how many ages of each decade, named or not
        self._first_named = FirstMentions()
        self._full_names = FirstMentions()  # the people a phrase names in full
        for paragraph in article.paragraphs:
            self._cast(self.readable(paragraph.text))
        for paragraph in article.paragraphs:
            self._titled_only(self.readable(paragraph.text))

    def readable(self, text: str) -> str:
        # `le sénateur (LR) Hervé Lemoine`: a party's label inside a role is read as blanks.
        return lexicon.PARTY_LABEL.sub(lambda label: " " * len(label.group()), text)

    def _cast(self, text: str) -> None:
        for match in lexicon.PERSON.finditer(text):
            name, title = _named(text, match), match.group("title")
            if name is None:
                continue
            # `Me` and `Dr` say nothing of gender: the first name may.
            titled = lexicon.TITLES.get(title.lower().rstrip(".")) if title else None
            gender = titled or first_name_gender(name)
            if title is None and gender is None and name not in self.people:
                continue  # capitalised words that are no person's name (`Le Courrier`)
            self._person(name, gender)
            if title == "Me":  # Maître: a lawyer (`l'avocate` is Me Oukaci)
                for role in ("avocat", "avocate"):
                    self.roles.setdefault(role, set()).add(name)
        for pattern in (
            lexicon.TITLED_PERSON,
            lexicon.ROLE_BEFORE,
            lexicon.ROLE_AFTER,
            lexicon.ROLE_OPENING,
        ):
            for match in pattern.finditer(text):
                name = _named(text, match)
                role = " ".join(match.group("role").split())
                if name is None or (
                    # `Lundi, …`, `Selon …`: a sentence's opening words, not a role
                    pattern is lexicon.ROLE_OPENING and role.split()[0].lower() in lexicon.NOT_FIRST
                ):
                    continue
                if pattern is lexicon.ROLE_BEFORE and _PLACED.search(text, 0, match.start("role")):
                    continue  # `Sur le parvis, Fatou Diallo, …`: where, not who she is
                if _PLACE.match(role):
                    continue
                if not match.groupdict().get("comma") and match.groupdict().get("nationality"):
                    # `Le grimpeur … devance le Danois X`: without a comma, a second
                    # determiner opens another phrase; the nationality is X's, the role not.
                    continue
                if lexicon.FINITE_AUXILIARIES.intersection(role.lower().split()):
                    # `Le directeur sportif a démenti toute tension avec X`: a clause
                    # about X, not X's role.
                    continue
                if "(" in text[match.end("role") : match.start("name")] and (
                    not lexicon.describes_person(_role_key(role).split()[0])
                    or lexicon.GOVERNING.search(text, 0, match.start("role"))
                ):
                    # `Avec le soutien du maire (LR), Jean Roux …`, `Fort du soutien de la
                    # présidente (LR), Marie Dupont …`: the bracket closes a phrase about
                    # someone else; the name after it opens the sentence's clause.
                    continue
                personal = self.personal(role)
                if not personal:  # `la société Kerlann Habitat`
                    self.bodies.add(name)
                    noun, *rest = _role_key(role).split()
                    if len(rest) <= 2:
                        # `l'association d'automobilistes Route Libre`; not `la commission
                        # présidée par l'ancienne magistrate X`, where X is whose it is.
                        self.bodies_by_noun.setdefault(noun, set()).add(name)
                # `l'écologiste Yanis Belkacem`: a person's role set right before a name
                # makes it a person's as a comma does; a body's (`la société X`) does not.
                by_role = pattern is lexicon.ROLE_BEFORE and lexicon.describes_person(
                    _role_key(role).split()[0]
                )
                if (
                    self.people.get(name) is None  # unknown, or of no gender known yet
                    and (match.groupdict().get("comma", ",") or by_role)
                    # after the name, an apposition closed by a comma, not a predicate
                    # (`Anders Lindqvist, se garde de trancher.`); or by the sentence's
                    # end where a person's noun opens it (`… fait bondir Bakary
                    # Coulibaly, secrétaire général de l'UTRM.`)
                    and (
                        match.groupdict().get("end", ",") == ","
                        or lexicon.describes_person(_role_key(role).split()[0])
                    )
                    and not _governed(text, match.start("name"))
                ):
                    # A name set beside a role between commas is a person's, whatever
                    # language their first name is from; the role's determiner tells
                    # their gender where no title did.
                    # A body (`une chaîne de Kaboul, Noor-e Sahar TV`) is remembered, for
                    # the doubt it leaves, but the gender of its kind's noun is not its own.
                    determiner, head = role.split()[0].lower(), _role_key(role).split()[0]
                    # `Fatou Diallo, présidente de l'amicale,`: without a determiner, the
                    # noun's own ending where it shows one.
                    gender = (
                        lexicon.DETERMINER_GENDER.get(determiner)
                        or (lexicon.description_gender("", head) if determiner == head else None)
                        if personal
                        else None
                    )
                    self._person(name, gender)
                # `Alain Sorbier, également prévenu`: a role someone else holds too, so it
                # names no one alone.
                shared = role.split()[0].lower() in ("également", "aussi")
                if name in self.people and not shared:
                    self.roles.setdefault(_role_key(role), set()).add(name)
        for match in lexicon.AGED.finditer(text):
            name = _named(text, match)
            if name is not None and name not in self.people:
                self._person(name, first_name_gender(name))
            at = text.rfind(name, match.start("name"), match.end("name")) if name else -1
            if name is not None and not _complement(text, at):
                self.ages[name] = int(match["age"])
        for match in lexicon.AGED_FIRST_NAME.finditer(text):
            name = match["name"]
            if (
                name not in self.people
                and name.split()[0].lower() not in lexicon.NOT_FIRST
                and not lexicon.NAME_ENDS_AT.search(text, 0, match.start())
            ):
                self._person(name, first_name_gender(name))
            if name in self.people and not _complement(text, match.start("name")):
                self.ages[name] = int(match["age"])
        for match in lexicon.FIRST_NAME_ROLE.finditer(text):
            name, head = match["name"], match["head"]
            before = text[: match.start()].split()[-1:]
            if (
                name not in self.people
                and name not in self.surnames  # `du commandant Hachimi, pourtant,`
                and name.lower() not in lexicon.NOT_FIRST
                # A sentence's first word is a place or an adverb as often (`Autrefois,
                # ouvrier du textile, il …`), unless a first name people are given
                # (`Karim, plombier, …`); `Selon la Vaudoise, un congé …` is a noun.
                and (
                    (before and not before[0].endswith((".", "!", "?", "…", ":")))
                    or first_name_gender(name) is not None
                )
                and not (before and lexicon.LEADING_DETERMINER.match(f"{before[0]} "))
                and head not in lexicon.PLACE_EPITHETS
                and not lexicon.NAME_ENDS_AT.search(text, 0, match.start())
                and not _governed(text, match.start())
                and lexicon.describes_person(head)
            ):
                determiner = (match["determiner"] or "").strip()
                self._person(name, lexicon.description_gender(determiner, head))
        for match in lexicon.AGE_GIVEN.finditer(text):
            self.ages_given[int(match["age"]) // 10 * 10] += 1
        for match in lexicon.ACRONYM_DEFINED.finditer(text):
            self.acronyms[match.group("short").lower()] = _tidy(match.group("full"))

    def _titled_only(self, text: str) -> None:
        """People the article only ever names by a gendered title and a surname (`Mme
        Noori`): a person, of the title's gender, whom a pronoun may then stand for."""
        for match in lexicon.PERSON.finditer(text):
            words = _tidy(match.group()).split()
            if len(words) != 2 or not re.fullmatch(lexicon.TITLE, words[0]):
                continue
            title, surname = words
            gender = lexicon.TITLES.get(title.lower().rstrip("."))
            if gender is not None and surname not in self.surnames:
                self.people.setdefault(f"{title} {surname}", gender)

    def _person(self, name: str, gender: Gender | None) -> None:
        self.people[name] = gender or self.people.get(name)
        # `M. Noorzai` and `M. Qahar Noorzai` both name Abdul Qahar Noorzai.
        if " " not in name or name.endswith("."):
            return  # `Shabnam`, `Hamid S.`: no surname to name them by
        for surname in {name.split(maxsplit=1)[1], name.split()[-1]}:
            self.surnames.setdefault(surname, set()).add(name)

    def sentences(self, text: str, spans: Quotations) -> list[Span]:
        return _sentences(text, spans)

    def tag_after(self, text: str, at: int) -> str | None:
        if _NEXT_SENTENCE.match(text, at) and text[: at - 1].rstrip()[-1:] in ".!?…":
            return None  # `« … Le pays est sûr. » Selon lui, …`: the next sentence's words
        tag = lexicon.AFTER.match(text, at)
        if tag is not None:
            if lexicon.SUBJECT_AND_RELATIVE.fullmatch(text, sentence_start(text, at), at):
                return None  # `X, qui revendique « … », dénonce la prolongation`: X's verb
            return next((group for group in tag.groups() if group), None)
        # `Une solution jugée « indigne » par la maire`: the agent of a verb that judges.
        agent = lexicon.BY_AGENT.match(text, at)
        opening = max(text.rfind("«", 0, at), text.rfind("“", 0, at))
        if agent is not None and opening > 0 and lexicon.JUDGED.search(text, 0, opening):
            return agent.group(1)
        return None

    def tag_inside(self, quoted: str) -> str | None:
        incise = lexicon.INCISE.search(quoted)
        return next((group for group in incise.groups() if group), None) if incise else None

    def tagged_inside(self, quoted: str) -> bool:
        return lexicon.INCISE_VERB.search(quoted) is not None

    def incise(self, quoted: str) -> tuple[int, int] | None:
        found = lexicon.INCISE.search(quoted)
        if found is None:
            return None
        end = found.end()
        named = found.group(3)
        if named and named[:1].isupper() and quoted[end - 1] == ",":
            # `…, dit Awa Sarr, médecin à Thiès.`: who she is, up to the stop.
            apposed = lexicon.INCISE_APPOSITION.match(quoted, end)
            # `-ent` ends verbs (`doivent aller plus loin`) as much as nouns (`agent`).
            if (
                apposed is not None
                and lexicon.describes_person(apposed["head"])
                and not apposed["head"].endswith("ent")
            ):
                end = apposed.end()
        return found.start(), end

    def introducer(self, before: str) -> str | None:
        # `La procureure avait anticipé l'argument : selon elle, …, « … »`: after a colon too.
        after_colon = before.rsplit(":", 1)[-1]
        according = _whose_view(after_colon)
        if according is not None:
            return according.group(1)
        # `Selon elle, trois facteurs expliquent ce trou : …, « … »`: hers, the whole way;
        # not where someone in the sentence speaks (`Selon X, le maire a dit : « … »`) or
        # a colon opens a clause of its own (`… ainsi : le ministre a hurlé « … »`).
        according = lexicon.ACCORDING_OPENS.match(before)
        if according is not None:
            rest = before[according.end() :]
            after_colon = rest.rsplit(":", 1)[1] if ":" in rest else ""
            if not lexicon.SPEECH.search(rest) and not lexicon.FINITE_VERB.search(after_colon):
                return according.group(1)
        relative = lexicon.TAG_THEN_WHO.search(before)
        if relative is not None:  # `…, a indiqué l'OIM, qui parle d'une situation « … »`
            return relative.group(1)
        according = lexicon.ACCORDING_WHOM.search(before)
        if according is not None:  # `…, précise une source, selon laquelle X était « … »`
            return _according_whom(before, according)
        # A verb inside an earlier quotation is not the sentence's (`… ont « repris le
        # contrôle » et que 43 assaillants ont été « neutralisés »`): blanked, offsets kept.
        unquoted = lexicon.QUOTED.sub(lambda quoted: " " * len(quoted.group()), before)
        verbs = [
            verb
            for verb in _speech_verbs(unquoted)
            # `X a lancé à Y, qui s'amuse encore de la scène : « … »`: Y's verb is the
            # relative clause's, and X introduces the words; not `…, Y, qui a lancé : « … »`.
            if not (
                lexicon.RELATIVE_BEFORE.search(unquoted, 0, verb.start())
                and unquoted[verb.end() :].strip(" ,:")
                # `…, Y, qui a accusé Israël de « … »`: the relative's verb judges with them
                and not _OBJECT_THEN_OF.fullmatch(unquoted, verb.end())
            )
            # `Une estimation jugée « … » par X`: a passive, whose agent judges
            and not lexicon.BY.match(unquoted, verb.end())
        ]
        breaks = list(lexicon.CLAUSE_BREAK.finditer(unquoted, verbs[-1].end() if verbs else 0))
        later = _sentence_subject(unquoted[breaks[-1].end() :].rstrip(" :")) if breaks else None
        if later and (verbs or unquoted.rstrip().endswith(":")) and _noun_phrase(later):
            # `X a défendu sa réforme, mais Y, qui …, n'en démord pas : « … »`: the verb is
            # an earlier clause's; the later clause's subject introduces the words (not
            # `…, mais sans jamais regarder la victime :`, which has none).
            return later
        if (
            verbs
            and before.rstrip().endswith(":")
            and verbs[-1].group().lower().startswith(("s'", "s’", "se "))
            and lexicon.FEELING_ABOUT.match(unquoted, verbs[-1].end())
        ):
            # `X s'émeut de la lettre de son petit-fils : « … »`, `X se souvient de sa
            # mère, qui répétait : « … »`: the words of what X feels about, maybe another's
            # (but `s'est insurgé contre un amendement « indigne »` calls it so).
            return None
        if verbs:
            # `Un montant « gonflé », estime-t-elle, chiffres à l'appui : « … »`: elle.
            inverted = lexicon.INVERTED_AFTER.match(before, verbs[-1].end())
            if inverted is not None:
                return inverted.group(1)
            # `D'ici là, a prévenu Erwan Le Goff, « … »`: after an adverbial, the subject
            # follows its verb.
            fronted = before[: verbs[-1].start()].strip()
            if len(verbs) > 1 and re.search(r"(?:^|\s)et$", fronted):
                # `X a démenti que … et a déclaré : « … »`: the first verb's subject.
                return _subject(before[: verbs[0].start()].strip())
            after = lexicon.AFTER.match(before, verbs[-1].start())
            # `Une analyse que conteste un diplomate, qui suit le dossier : « … »`: the
            # subject of a relative clause on its object follows the verb too.
            inverted_in_relative = lexicon.OBJECT_RELATIVE.search(before, 0, verbs[-1].start())
            if after is not None and (
                inverted_in_relative
                or (
                    before[after.end() :].strip(" ,:") == ""
                    and fronted.endswith(",")
                    and all(
                        lexicon.OPENING_ADJUNCT.match(part.strip())
                        for part in fronted.rstrip(",").split(",")
                    )
                )
            ):
                return next((group for group in after.groups() if group), None)
            return _subject(fronted)
        if before.rstrip().endswith(":"):
            agent = lexicon.AGENT_ENDS.search(before.rstrip()[:-1])
            return agent.group(1) if agent else _sentence_subject(before.rstrip()[:-1])
        return None

    def clauses(self, text: str, start: int, end: int, spans: Quotations) -> list[Clause]:
        if spans.holding(start) is not None:
            return []
        return self._clauses(text, start, end, spans)

    def _clauses(self, text: str, start: int, end: int, spans: Quotations) -> list[Clause]:
        sentence = text[start:end]
        stop = start + len(sentence.rstrip(" .!?…"))

        def quoted(at: int) -> bool:  # a verb inside a quotation reports nothing here
            return spans.holding(start + at) is not None

        opens = _whose_view(sentence)
        if opens is not None:
            return [Clause(start + opens.end(), stop, opens.group(1))]
        closes = lexicon.ACCORDING_CLOSES.search(sentence)
        # `« … », a-t-il déclaré, selon son avocat, Me X.`: the words are the tag's, as the
        # lawyer relays them; no clause of the lawyer's own.
        if closes is not None:
            before = sentence[: closes.start()]
            tag = before[max(before.rfind("»"), before.rfind("”")) + 1 :]
            if not (tag.strip() and lexicon.INVERTED_AFTER.search(tag)):
                return [Clause(start, start + closes.start(), closes.group(1))]
        for verb in lexicon.SPEECH.finditer(sentence):
            that = lexicon.THAT.match(sentence, verb.end())
            if that is not None and not quoted(verb.start()):
                said_next = lexicon.SAID_NEXT.search(sentence, that.end())
                clause_end = start + said_next.start() if said_next else stop
                return [Clause(start + that.end(), clause_end, _subject(sentence[: verb.start()]))]
        closed = lexicon.TAG_CLOSES.search(sentence)
        # `Son avocat, Me Thomas Garrigue, a plaidé la relaxe.`: a name before the verb
        # is its subject, and what follows its object, no speaker.
        said = sentence[: closed.start()].rstrip(" ,") if closed else ""
        # `Mme Roussel, elle, annonce un recours`: a subject set apart, not words said.
        if (
            closed is not None
            # a role set after a name, not after `des médecins` ending a list
            and (closed["apposed"] is None or closed.group(1)[:1].isupper())
            and not lexicon.TRAILING_PERSON.search(said)
            and not lexicon.CONTRASTED.fullmatch(said)
            and not lexicon.SUBJECT_AND_RELATIVE.fullmatch(said)
            and not (
                (named := lexicon.NAME_AND_ROLE.fullmatch(said)) is not None
                and lexicon.describes_person(named["head"])
            )
        ):
            return [Clause(start, start + closed.start(), closed.group(1))]
        # `selon laquelle …`: what the one just named says.
        relative = lexicon.ACCORDING_WHOM.search(sentence)
        if relative is not None:
            return [Clause(start + relative.end(), stop, _according_whom(sentence, relative))]
        # A denial without `que` denies what follows it (`a démenti toute implication`);
        # beside a quotation, that is what it answers (`a rejeté un rapport, « … »`).
        if spans.opening_in(start, end):
            return []
        denied = lexicon.DENIED.search(sentence)
        if (
            denied is not None
            # `Un argument que conteste X`: X, after the verb, denies what came before.
            and not lexicon.OBJECT_RELATIVE.search(sentence, 0, denied.start())
            and not lexicon.NOT_DENIED_CONTENT.match(sentence, denied.end())
            and len(sentence[denied.end() :].split()) >= lexicon.DENIED_WORDS
        ):
            return [Clause(start + denied.end(), stop, _subject(sentence[: denied.start()]))]
        return []

    def speaks(self, sentence: str) -> bool:
        return lexicon.SPEECH.search(sentence) is not None

    def name(self, phrase: str) -> Named:
        spelt = lexicon.TRAILING_PARENTHESIS.search(phrase.strip(" ,;:."))
        cleaned = _clean(phrase)
        # `l'Alliance pour le renouveau (APR)` is the body; `la présidente de l'Alliance …
        # (APR)` someone in it, whom the phrase describes.
        member = lexicon.DESCRIBED_PERSON.match(cleaned)
        someone_in_it = member is not None and lexicon.describes_person(member["head"])
        if (
            spelt is not None
            and spelt.group("inside").lower() in self.acronyms
            and not someone_in_it
        ):
            return Named(self.acronyms[spelt.group("inside").lower()], SpeakerEvidence.ROLE)
        document = lexicon.DOCUMENT_OF.match(" ".join(phrase.split()))
        if document is not None:
            return self.name(document.group("author"))
        if lexicon.OWN_DOCUMENT.fullmatch(cleaned):
            # `D'après ses calculs`: whose, where the paragraph names one person alone; a
            # possessive tells no gender, so with two it is a doubt.
            people = {person for _, person in self.here}
            return Named(people.pop(), SpeakerEvidence.PRONOUN) if len(people) == 1 else Named(None)
        # `Le responsable taliban, lui, …`: someone set against who came before, so a
        # description there stands for nobody just named.
        contrasted = lexicon.CONTRASTED.fullmatch(cleaned)
        if contrasted is not None:
            cleaned = contrasted.group("subject")
        lowered = cleaned.lower()
        if lowered in lexicon.PRONOUNS:
            return Named(None, pronoun=True, gender=lexicon.PRONOUNS[lowered])
        if lowered in lexicon.ORDINAL_ANAPHORS:
            # `ce dernier`: the last person named of that gender; `le premier`, `le
            # second`: one of the last two.
            back, gender = lexicon.ORDINAL_ANAPHORS[lowered]
            persons = [p for p in reversed(self.recent) if p in self.people]
            if lowered in lexicon.ORDINAL_PAIR:
                return self._one_of_pair(set(persons), back, gender)
            # named in its paragraph or the one before: further back, `ce dernier` is a guess
            last = next((p for p in persons if self.people[p] in (gender, None)), None)
            near = {person for _, person in (*self.here, *self.last_paragraph)}
            return Named(last, SpeakerEvidence.PRONOUN) if last in near else Named(None)
        demonstrative = lexicon.DEMONSTRATIVE.match(cleaned)
        if demonstrative is not None:
            return self._demonstrated(cleaned, demonstrative["which"].lower())
        if not cleaned:
            return Named(None)
        if lowered in lexicon.VAGUE or lexicon.ONE_OF_THEM.fullmatch(cleaned):
            return Named(None, unidentified=True)
        written = [
            person
            for at, person in self._full_names(
                cleaned, len(self.people), lambda: {p: p for p in self.people}
            )
            # `le fils de Georges Lenoir`, `un proche de Mme X`: someone of theirs
            if not lexicon.GOVERNING.search(lexicon.TRAILING_TITLE.sub("", cleaned[:at]))
            and not _of_someone_named(cleaned[:at])
        ]
        if written:  # the first person the phrase names in full
            return Named(written[0], SpeakerEvidence.NAMED)
        placed = lexicon.NAME_AFTER_COMPLEMENT.fullmatch(cleaned)
        if (
            placed is not None
            and not _complement(cleaned, placed.start("name"))
            and not _of_someone_named(cleaned[: placed.start("name")])
        ):
            return Named(_tidy(placed.group("name")), SpeakerEvidence.NAMED)
        apposed = lexicon.APPOSED_NAME.search(cleaned)
        if apposed is not None:  # `le maire, Yannick Le Bihan`
            return Named(_tidy(apposed.group("name")), SpeakerEvidence.NAMED)
        surname = lexicon.NAMING_TITLE.sub("", cleaned)
        owners = self.surnames.get(surname, set())
        if len(owners) == 1:
            return Named(next(iter(owners)), SpeakerEvidence.NAMED)
        if surname != cleaned and re.fullmatch(lexicon.NAME, surname):  # `le docteur Ali Karimi`
            return Named(surname, SpeakerEvidence.NAMED)
        key = _role_key(cleaned)
        if not key:
            return Named(None)  # a determiner alone (`L'`), cut from its noun
        if key in self.acronyms:  # `la Manua`, spelt out once as `la Mission … (Manua)`
            return Named(self.acronyms[key], SpeakerEvidence.ROLE)
        bodies = {
            full
            for full in self.acronyms.values()
            if not lexicon.COMPLEMENT.search(key) and full.split()[0].lower() == key.split()[0]
        }
        if len(bodies) == 1:  # `l'agence`, spelt out once as `L'agence régionale … (ARS)`
            return Named(bodies.pop(), SpeakerEvidence.ROLE)
        kind = self.bodies_by_noun.get(key, set())
        in_view = (*self.last_sentences, *self.paragraph_sentences) if len(kind) == 1 else ()
        if any((body := next(iter(kind))) in sentence for sentence in in_view) and not any(
            # `… à une autre société, qui conteste …`: one of its kind left unnamed
            _another_of(key).search(sentence)
            for sentence in in_view
        ):
            # `l'association d'automobilistes Route Libre. Selon l'association, …`: the one
            # body the article set beside that noun, named in view (further on, another of
            # its kind the article never names may be meant).
            return Named(body, SpeakerEvidence.ROLE)
        gender = lexicon.DETERMINER_GENDER.get(cleaned.split()[0].lower())
        description = lexicon.DESCRIPTION.fullmatch(cleaned)
        if gender is None and description is not None:  # `l'avocate`: the noun says it
            gender = lexicon.description_gender(description["determiner"], description["head"])
        # Someone new (`Un député d'extrême droite`) is no one the article gave a role.
        someone_new = cleaned.split()[0].lower() in lexicon.INDEFINITE
        if not someone_new and self._given_apart(key):
            return Named(None, unidentified=True)
        # `un député écologiste` is someone new, never the one deputy the article named;
        # but `X, un ancien du village, qui affirme …` is X, given that very role.
        # The article is cast before it is read: someone it names only in a later paragraph
        # (`Le président de la commission, X` after `a déclaré le président`) is not meant.
        holders = set() if someone_new and key not in self.roles else self._holders(key, gender)
        if key.split()[0] in lexicon.BODIES:
            # `la commission`, `le ministère`: a body speaks, never someone in it, whom a
            # first name or title gives a gender (`présidée par Hélène Dufresne`).
            holders = {holder for holder in holders if self.people.get(holder) is None}
        holders &= self.met | {person for _, person in self.here}
        # `le sénateur du Finistère Réjean Bouchard`: someone named, not the senator before.
        trailing = lexicon.TRAILING_PERSON.search(cleaned)
        if trailing is not None and trailing.group() in self.bodies:
            return Named(trailing.group(), SpeakerEvidence.NAMED)  # `la société Xinhe Mining`
        names_someone = trailing is not None
        if len(holders) == 1 and not names_someone:
            holder = holders.pop()
            if not self._another_in_view(holder, gender):
                return Named(holder, SpeakerEvidence.ROLE)
            return Named(cleaned, SpeakerEvidence.ROLE)  # either of them: as written
        if not _speaker_like(cleaned):
            return Named(None)
        described = None if contrasted or names_someone else self._described(cleaned)
        if described is not None:
            return Named(described, SpeakerEvidence.ROLE)
        named = cleaned[:1].isupper() and not lexicon.LEADING_DETERMINER.match(cleaned)
        return Named(cleaned, SpeakerEvidence.NAMED if named else SpeakerEvidence.ROLE)

    def _demonstrated(self, phrase: str, which: str) -> Named:
        """Who `cet élu` or `cette militante` stands for: the last person spoken of, when
        the article named them and their gender fits. Not when someone it left unnamed
        (`un officier`, `une source proche du dossier`) spoke since, and never for a noun
        that says nothing of who (`cette source`, `cette personne`): a guess."""
        head = phrase.split()[1].lower() if len(phrase.split()) > 1 else ""
        noun = phrase.split(maxsplit=1)[1].lower() if head else ""
        if not lexicon.describes_person(head) or lexicon.names_kin(noun):
            return Named(None, unidentified=True)
        gender = lexicon.DEMONSTRATIVE_GENDER[which]
        decade = lexicon.AGE_DECADES.get(head)
        if decade is not None and self.ages_given[decade]:  # `ce sexagénaire`, by age
            return Named(self._of_age(decade, gender), SpeakerEvidence.ROLE)
        for earlier in reversed(self.recent):
            if earlier in self.people:
                fits = (
                    self.people[earlier] in (gender, None)
                    and not self._other_office(earlier, head)
                    and not (decade is not None and earlier in self.ages)
                )
                return Named(earlier, SpeakerEvidence.PRONOUN) if fits else Named(None)
            if self.personal(earlier):
                return Named(None, unidentified=True)
        return Named(None)

    def _another_in_view(self, holder: str, gender: Gender | None) -> bool:
        """Whether this paragraph, up to the sentence read, names someone of the role's
        gender the article gave no role, and not its one holder: in `…, a jugé Bertrand
        Lhuillier. « … », a insisté le député`, the deputy may be Lhuillier as well as the
        one named earlier."""
        named = [person for at, person in self.told if at < self.read_to]
        given = {person for people in self.roles.values() for person in people}
        return holder not in named and any(
            person != holder
            and person not in given
            and (gender is None or self.people.get(person) in (gender, None))
            for person in named
        )

    def _other_office(self, person: str, head: str) -> bool:
        """Whether ``head`` is an office and the article gave ``person`` another role: `le
        préfet` is not the mayor named before him. (Any noun would be too much: `cet ancien
        officier` is the `commandant` named before.)"""
        if not lexicon.names_office(head):
            return False
        given = {
            role.split()[0]
            for role, held in self.roles.items()
            if person in held and lexicon.describes_person(role.split()[0])
        }
        return any(not lexicon.same_role(role, head) for role in given)

    def _one_of_pair(self, named: set[str], back: int, gender: Gender | None) -> Named:
        """Who `le premier` (``back`` 1) or `la seconde` (``back`` 0) stands for: one of
        the last two people named so far, in the order the text names them (`selon la
        première` spoken of her since must not make her `la seconde`), and where a sentence
        names two of them again, in its order (`Delpech et Coste ont tenu une conférence`
        makes Delpech `le premier`, whoever was named first). The two are named in this
        paragraph, up to the ordinal's sentence, or, when it names nobody so far, in the
        one before; a third leaves a doubt, and so do two named apart (with `Yanis Chérif`
        unread, `Kabasele …, rejoint par Chérif. Le second …` must not give Kabasele)."""
        here = [person for at, person in self.here if person in named and at < self.read_to]
        pair = here or [person for _, person in self.last_paragraph if person in named]
        sentences = self.paragraph_sentences[: self.reading + 1] if here else self.last_sentences
        for sentence in reversed(sentences):
            together = [person for _, person in self.mentions(sentence) if person in named]
            if len(together) >= 2:
                pair = together
                break
        if len(pair) != 2:
            return Named(None)
        chosen = pair[-1 - back]
        if self.people[chosen] not in (gender, None):
            return Named(None)
        return Named(chosen, SpeakerEvidence.PRONOUN)

    def _described(self, phrase: str) -> str | None:
        """The person a definite description stands for: French names someone, then
        calls them by what they are (`Gérard Pinchon, 71 ans, … « … », poursuit le
        retraité`). The last person named whose gender fits, when this paragraph names
        them (after a paragraph or more, `le maire` may be anyone) and nobody the article
        leaves unnamed (`un voisin`) spoke since."""
        description = lexicon.DESCRIPTION.fullmatch(phrase)
        if description is None or not lexicon.describes_person(description["head"]):
            return None
        gender = lexicon.description_gender(description["determiner"], description["head"])
        head = description["head"]
        if lexicon.names_kin(phrase[description.start("head") :]):
            return None  # `le grand-père`: the one just named is whose
        decade = lexicon.AGE_DECADES.get(head)
        if decade is not None and self.ages_given[decade]:
            return self._of_age(decade, gender)
        # A paragraph that names nobody goes on about the one before (`Secrétaire du
        # syndicat, Nathalie Fournier conteste …` then `La syndicaliste affirme que …`);
        # an office there (`le maire`) may be a holder the article never names.
        # Whom the sentence names only after the description is no one it stands for
        # (`Le directeur sportif a démenti toute tension avec X`).
        sentence = self.paragraph_sentences[self.reading] if self.paragraph_sentences else ""
        described_at = self.read_from + max(sentence.find(phrase), 0)
        ahead = {person for at, person in self.here if described_at < at < self.read_to}
        reach = self.here or ([] if head in lexicon.OFFICES else self.last_paragraph)
        here = {person for _, person in reach} - ahead
        told = self.told if self.here else self.last_told
        fitting = {
            person
            for _, person in told
            if person in self.met
            and person not in ahead
            and (gender is None or self.people[person] in (gender, None))
        }
        if len(fitting) > 1:
            # `X, cheffe de l'opposition, et l'adjointe Y …` then `l'élue d'opposition`:
            # two women in view, and the noun says which only where a role does.
            return None
        for earlier in reversed(self.recent[-_DESCRIPTION_REACH:]):
            if earlier in ahead:
                continue
            if earlier in self.people and (
                gender is None or self.people[earlier] in (gender, None)
            ):
                # Someone given an age is no `sexagénaire` when no one was given one.
                aged_otherwise = decade is not None and earlier in self.ages
                meant = earlier in here and not self._other_office(earlier, head)
                return earlier if meant and not aged_otherwise else None
            if earlier not in self.people and self.personal(earlier):
                return None
        return None

    def _of_age(self, decade: int, gender: Gender | None) -> str | None:
        """Who `le sexagénaire` is: the one person named so far whom the article gave an
        age in those ten years, of the description's gender, when it gave no one else such
        an age (`Un retraité, 68 ans,`); of several, which is a guess."""
        aged = {person for person, age in self.ages.items() if decade <= age < decade + 10}
        if len(aged) != self.ages_given[decade]:
            return None
        fitting = {
            person
            for person in aged & self.met
            if gender is None or self.people[person] in (gender, None)
        }
        return fitting.pop() if len(fitting) == 1 else None

    def _given_apart(self, role: str) -> bool:
        """Whether the article gave the role's noun to someone and one of its words of kind
        to someone else (`le député écologiste` after `le député de droite X` and
        `l'écologiste Y`): which of them is meant is a guess."""
        head = role.split()[0]
        kinds = _modifiers(role) - {head}
        given = [(words.split(), people) for words, people in self.roles.items()]
        holding = {p for words, people in given if words[0] == head for p in people}
        kinded = {p for words, people in given if kinds.intersection(words) for p in people}
        # Someone given the noun with all its words of kind (`le chef de groupe`) is meant.
        whole = any(words[0] == head and kinds <= set(words) for words, _ in given)
        return bool(holding and kinded - holding) and not whole

    def _holders(self, role: str, gender: Gender | None) -> set[str]:
        """The people given a role that ``role`` could be short for, of its gender: `le
        ministre` or `le ministre de l'Intérieur` is the one minister of the Interior the
        article named, `la porte-parole de l'agence` the one it named `la porte-parole de
        l'agence à Kaboul`."""
        words = set(role.split())
        if not lexicon.COMPLEMENT.search(role):
            # `l'envoyé onusien` names no body of its own: the one envoy the article named.
            heads = {
                person
                for given, people in self.roles.items()
                if given.split()[0] == role.split()[0]
                for person in people
                if gender is None or self.people[person] in (gender, None)
            }
            if len(heads) == 1:
                return heads
        return {
            person
            for given, people in self.roles.items()
            if words <= set(given.split())
            for person in people
            if gender is None or self.people[person] in (gender, None)
        }

    def clause_subject(self, before: str) -> str | None:
        plain = lexicon.QUOTED.sub("", before).rstrip(" :")
        # `« … », a dit Marie Lenoble, alors que le ministre jugeait l'accord « … »`: the
        # subject of the clause the words stand in, not of the sentence's first.
        opened = list(lexicon.SUBORDINATE_AFTER_COMMA.finditer(plain))
        return _sentence_subject(plain[opened[-1].end() :] if opened else plain)

    def subject_pronoun(self, sentence: str) -> str | None:
        # `Selon lui, Sørensen « a montré … »`: the pronoun comes before whom it names.
        view = _whose_view(sentence)
        if view is not None and view.group(1).strip().lower() in lexicon.PRONOUNS:
            return view.group(1).strip()
        for part in sentence.split(","):
            opening = lexicon.OPENING_PRONOUN.match(part.strip())
            if opening is not None:
                return opening.group(1)
            stripped = part.strip()
            if not (lexicon.OPENING_ADJUNCT.match(stripped) or lexicon.SUBORDINATE.match(stripped)):
                return None  # `Jusqu'en 2021, elle …`, `Lorsque …, il hésite`: past when
        return None

    def personal(self, speaker: str) -> bool:
        words = _role_key(speaker).split()
        return speaker not in self.bodies and not (
            words and (words[0] in lexicon.BODIES or " ".join(words) in lexicon.SIDES)
        )

    def subject_body(self, text: str) -> str | None:
        if _whose_view(text):
            return None  # `Selon lui, l'exécutif a balayé …`: the pronoun comes first
        subject = _verb_subject(text)
        if subject and lexicon.LEADING_DETERMINER.match(subject) and not self.personal(subject):
            return subject
        return None

    def described_subject(self, sentence: str) -> str | None:
        # `Le ministre, lui, a balayé les critiques`: the subject set apart by its pronoun.
        ordinal = _opening_ordinal(sentence)
        if ordinal is not None:
            return self.name(ordinal).speaker
        if _whose_view(sentence):
            # `Selon Paul Roux, un policier aurait frappé son fils`: the one described is
            # in Roux's account, not whom the sentence is about.
            return None
        contrasted = lexicon.CONTRASTED.match(sentence)
        subject = contrasted["subject"].strip() if contrasted else _verb_subject(sentence)
        if subject is None:
            # Past a time or place (`Un peu plus loin, une femme tient un nourrisson.`).
            parts = [part.strip() for part in lexicon.QUOTED.sub("", sentence).split(",")]
            first = next(
                (
                    part
                    for part in parts
                    if not lexicon.OPENING_ADJUNCT.match(part)
                    and not lexicon.SUBORDINATE.match(part)
                ),
                "",
            )
            opening = lexicon.OPENING_DESCRIPTION.match(first)
            subject = opening["phrase"] if opening is not None else None
        described = lexicon.DESCRIBED_PERSON.fullmatch(subject or "")
        if described is None or not (
            lexicon.describes_person(described["head"])
            # `Une source sécuritaire … fait état d'un bilan plus lourd`: someone unnamed.
            or (
                described["head"] in lexicon.ANONYMOUS_HEADS
                and described["determiner"].lower() in lexicon.INDEFINITE
            )
        ):
            return None
        # `Le sexagénaire a tout nié`: the person it stands for, or someone never named, as
        # written up to where and when (`Un diplomate européen en poste à Doha`).
        named = self.name(described.group())
        if named.speaker is not None and (
            named.speaker in self.people or described.group().startswith(named.speaker)
        ):
            return named.speaker
        return None

    def gender(self, speaker: str) -> Gender | None:
        if speaker in self.people:
            return self.people[speaker]
        body_noun = _role_key(speaker).split()[0] if speaker.strip() else ""
        if speaker[:1].isupper() and body_noun in lexicon.BODY_GENDERS:
            return lexicon.BODY_GENDERS[body_noun]  # `Association des propriétaires …`
        # `Son assureur`, `l'avocate`: where the noun shows it, as the determiner does.
        described = lexicon.DESCRIBED_PERSON.fullmatch(speaker)
        if described is not None:
            return lexicon.description_gender(described["determiner"], described["head"])
        return lexicon.DETERMINER_GENDER.get(speaker.split()[0].lower()) if speaker else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """Where ``text`` first names each person, by full name or by a surname only one
        of them has (`Mme Roussel, elle, …`), in order."""
        return self._first_named(text, len(self.people), self._owners)

    def _owners(self) -> dict[str, str]:
        owners = {
            surname: next(iter(people))
            for surname, people in self.surnames.items()
            if len(people) == 1
        }
        return owners | {person: person for person in self.people}


def _whose_view(sentence: str) -> re.Match[str] | None:
    """`Selon X, …`, `D'après X, …`, `Pour X, …` opening ``sentence``: whose account it
    gives, in its first group."""
    return lexicon.ACCORDING_OPENS.match(sentence) or lexicon.VIEW_OPENS.match(sentence)


def _according_whom(sentence: str, relative: re.Match[str]) -> str | None:
    """Who `selon laquelle` stands for: the one the speech verb before it names, else the
    subject before it (`…, précise une source policière, selon laquelle …`)."""
    verbs = list(lexicon.SPEECH.finditer(sentence, 0, relative.start()))
    who = sentence[verbs[-1].end() : relative.start()] if verbs else None
    return who or _subject(sentence[: relative.start()])


def _speaker_like(phrase: str) -> bool:
    """Whether a phrase no person or role of the article resolves may stand as written."""
    words = re.findall(r"\w+['’]?", phrase.lower())
    return (
        bool(words)
        and len(words) <= lexicon.SPEAKER_WORDS
        and words[0] not in lexicon.NOT_SPEAKER_OPENING
        and not lexicon.FINITE_AUXILIARIES.intersection(words)
    )


def _complement(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a preposition's object, so that an age after it
    may be another's (`Le fils de Bernard Caron, 34 ans`, `Le père de Mathéo, 32 ans`)."""
    before = text[: max(start, 0)].split()[-1:]
    return bool(before) and lexicon.PREPOSITION.fullmatch(before[0]) is not None


def _governed(text: str, start: int) -> bool:
    """Whether the words at ``start`` are a preposition's object or the end of a longer
    capitalised name (`au micro de Radio Horizon Nord, la voix cassée`): no person set
    beside a role."""
    before = text[:start].split()[-1:]
    # `Le maire de Lac-Sainte-Aurélie, Réjean Bouchard,`: a comma ends the name before.
    # `L'écologiste Yanis Belkacem`: a sentence's first word with its article elided is a
    # role, not a name's end.
    return _complement(text, start) or (
        bool(before)
        and before[0][:1].isupper()
        and not before[0].endswith(",")
        and not _ELIDED.match(before[0])
    )


def _named(text: str, match: re.Match[str]) -> str | None:
    """The person's name a match's ``name`` group holds: without the sentence's opening
    word before it, or a nationality a determiner gives (`le Norvégien Anders Lindqvist`)."""
    name = _opened(_tidy(match.group("name")))
    before = text[max(0, match.start("name") - 4) : match.start("name")]
    if name and lexicon.AFTER_DETERMINER.search(before) and len(name.split()) > 2:
        # A nationality, when a first name follows it: not `la Katiba Nasr al-Sahel`.
        first, rest = name.split(maxsplit=1)
        if first.endswith(lexicon.NATIONALITY_ENDINGS) or first_name_gender(rest):
            return rest
    words = name.split() if name else []
    if (
        len(words) > 2
        and first_name_gender(name or "") is None
        and _OF_PLACE.search(text, 0, match.start("name"))
    ):
        # `le sénateur du Finistère Yannick Le Goff`: after `du`, a place, then the name
        # from its first name (not `Abiy Ahmed Ali`, whose first name is in no dictionary).
        starts = [
            i
            for i in range(1, len(words) - 1)
            if words[i][:1].isupper() and first_name_gender(words[i])
        ]
        if starts:
            return " ".join(words[starts[0] :])
    return name


def _opened(name: str) -> str | None:
    """``name`` without the words before it that open a sentence (`Pour Hélène Ferrand`)
    or are titles (`Mme Arnaud`, `Haji Gul Mohammad`), or None when fewer than two words
    are left."""
    words = name.split()
    while words and (
        words[0].lower().strip("'’") in lexicon.NOT_FIRST or re.fullmatch(lexicon.TITLE, words[0])
    ):
        words = words[1:]
    if words and words[0].lower() in lexicon.INSTITUTIONS:
        return None  # `la République de Pontoise`, `la Cour de cassation`: no one's name
    if any(_COMMON_AFTER_HYPHEN.search(word) for word in words):
        return None  # `Les Cerfs-volants de Kart-e-Char`, a book's title: a common noun
    return " ".join(words) if len(words) > 1 else None


def _tidy(name: str) -> str:
    return " ".join(name.split())


def _modifiers(role: str) -> set[str]:
    """The words of a role that say what kind (`écologiste`, `droite`), not its small
    words (`de`, `l'État`'s article) or an age."""
    return {word for word in _role_key(role).split() if word.isalpha() and len(word) > 3}


def _of_someone_named(before: str) -> bool:
    """Whether a name after ``before`` is that of a person in a complement (`la sœur de la
    victime Sarah Lenoir`, `le père de la petite Lina Morel`): whose relative speaks, not
    who speaks; not a body's (`le porte-parole du gouvernement X`)."""
    complement = lexicon.PERSON_COMPLEMENT_BEFORE.search(before)
    return complement is not None and (
        lexicon.describes_person(complement["noun"])
        or complement["noun"] in lexicon.PEOPLE_SPOKEN_OF
    )


@cache
def _another_of(noun: str) -> re.Pattern[str]:
    """`une association`, `une autre association`: one of a body's kind the text leaves
    unnamed."""
    return re.compile(rf"\b(?:une?|autre)\s+(?:autre\s+)?{re.escape(noun)}\b", re.IGNORECASE)


def _role_key(role: str) -> str:
    return lexicon.LEADING_DETERMINER.sub("", " ".join(role.split())).lower()


def _subject(before: str) -> str | None:
    """The subject of a verb that follows ``before``: its last comma-separated part that
    is neither a time or place (`Lundi,`) nor a role in apposition (`X, maire de Y,`)."""
    before = lexicon.QUOTED.sub("", before)  # never a subject: the words of a quotation
    # nor an aside in brackets (`X (Renouveau républicain, Gironde), lui a répondu`)
    before = _BRACKETED.sub("", lexicon.DATELINE.sub("", before))
    relative = lexicon.TAG_THEN_WHO.search(before)
    if relative is not None and not before[relative.end() :].strip():
        # `« … », explique le chercheur, qui estime que …`: the tag's subject, not the tag.
        return _antecedent(relative.group(1))
    inverted = lexicon.INVERTED_TAIL.search(before.rstrip(" ,"))
    if inverted is not None:  # `« … », a-t-il estimé, dénonçant …`: the tag's pronoun
        return inverted.group(1)
    contrast = lexicon.CONTRAST_TAIL.search(before)
    if contrast is not None:  # `Le maire, lui, a répondu`
        subject = _subject(before[: contrast.start()])
        return f"{subject}, {contrast.group('pronoun')}" if subject else None
    before = lexicon.TRAILING_AUXILIARY.sub("", before.rstrip(" ,"))
    # `Un chiffre que M. Hotak qualifie de …`: the relative clause's own subject.
    parts = [
        lexicon.RELATIVE_THAT.sub("", lexicon.CONJUNCTION.sub("", part.strip()))
        for part in before.split(",")
    ]
    parts = [part for part in parts if part]
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if part.lower() == "qui" and index > 0:  # `…, a rétorqué Mme Morvan, qui rappelle`
            antecedent = lexicon.TRAILING_PERSON.search(parts[index - 1])
            if antecedent is not None:
                return antecedent.group()
            # `…, explique cette chômeuse, qui estime`: past the tag's verb.
            tag = lexicon.SPEECH.match(parts[index - 1])
            if tag is not None:
                inverted = lexicon.INVERTED_AFTER.match(parts[index - 1], tag.end())
                rest = parts[index - 1][inverted.end() if inverted else tag.end() :].strip()
                return _antecedent(rest) if rest else None
        if lexicon.OPENING_ADJUNCT.match(part) or (index > 0 and lexicon.APPOSITION.match(part)):
            continue
        pronoun = lexicon.OPENING_PRONOUN.match(part)
        if pronoun is not None:  # `Il a seulement démenti`, `Elle n'est pas assurée`
            return pronoun.group(1)
        apposed = index > 0 and (part[:1].islower() or lexicon.LEADING_DETERMINER.match(part))
        if apposed and lexicon.PERSON.fullmatch(parts[index - 1]):
            return parts[index - 1]
        return part
    return None


def _noun_phrase(phrase: str) -> bool:
    """Whether a phrase may be a subject: it opens on a determiner, a pronoun or a name."""
    return bool(
        lexicon.LEADING_DETERMINER.match(phrase)
        or lexicon.OPENING_PRONOUN.match(phrase)
        or phrase[:1].isupper()
    )


def _antecedent(who: str) -> str:
    """Whom a relative clause after a tag's subject is about: that subject, or whom the tag
    says the words were said to (`a répondu X à la députée Y, qui affirme …`)."""
    addressed = list(lexicon.ADDRESSEE.finditer(f" {who}"))
    if not addressed:
        return who
    article = lexicon.CONTRACTED_ARTICLE.get(addressed[-1]["to"].split()[-1].lower(), "")
    return article + addressed[-1]["whom"]


def _sentence_subject(sentence: str) -> str | None:
    """The subject of a sentence without a speech verb (`X a pris la parole :`): its first
    part that is no time or place, up to its verb."""
    parts = sentence.split(",")
    for index, part in enumerate(parts):
        if _RELATIVE.match(f" {part.strip()}"):
            continue  # `À Berne, où le comité s'était réuni, sa coprésidente X …`
        if part.strip() and not lexicon.OPENING_ADJUNCT.match(part.strip()):
            pronoun = lexicon.OPENING_PRONOUN.match(part.strip())
            if pronoun is not None:  # `Il le jure :`, `Elle n'est pas assurée :`
                return pronoun.group(1)
            ordinal = _opening_ordinal(part.strip())
            if ordinal is not None:  # `La seconde hausse les épaules :`
                return ordinal
            named = parts[index + 1].strip() if index + 1 < len(parts) else ""
            if index + 2 < len(parts) and named.lower() in lexicon.STRESSED:
                return f"{part.strip()}, {named}"  # `Le maire, lui, répond :`
            if lexicon.APPOSED_NAME.search(", " + named):  # `Sa voisine, Farida, la coupe :`
                return named
            # `Une plaidoirie que Me Brun a balayée :`: the relative clause's own subject.
            relative = lexicon.RELATIVE_THAT.match(part.strip())
            subject = f" {part.strip()[relative.end() :]}" if relative else part
            return lexicon.FINITE_VERB.sub("", subject).strip() or None
    return None


def _opening_ordinal(sentence: str) -> str | None:
    """The ordinal a sentence opens on as its subject (`La première travaille ici`), whatever
    verb follows; not `Le premier ministre`, `La première dame`: an office, someone the
    ordinal does not point back to."""
    ordinal = lexicon.ORDINAL_OPENING.match(sentence)
    if ordinal is None:
        return None
    following = sentence[ordinal.end() :].split()[:1]
    office = following and (
        lexicon.describes_person(following[0]) or following[0] in lexicon.ORDINAL_NOUNS
    )
    return None if office else ordinal.group()


_BRACKETED = re.compile(r"[ \u00a0]*\([^()]*\)")
_NEXT_SENTENCE = re.compile(rf"[ \u00a0]*[{lexicon.UPPER}]")
_ELIDED = re.compile(r"[Ll]['’]\w")
# A common word joined by a hyphen (`Cerfs-volants`); a name's parts are capitalised
# (`Jean-Pierre`) or short particles (`Kart-e-Char`, `Abd-ul-Rahman`).
_COMMON_AFTER_HYPHEN = re.compile(r"-[a-zà-ÿ]{4,}")
_OF_PLACE = re.compile(r"\b(?:du|de|des|d['’]|de\s+la|de\s+l['’])\s*$", re.IGNORECASE)
_REFLEXIVE_VERB = re.compile(r"(?:ne\s+)?(?:se\s+|s['’])[a-zà-ÿ]")
# A lower-case word opening a part, no determiner, preposition or pronoun: a verb.
_VERB_AFTER_RELATIVE = re.compile(
    r"(?!(?:le|la|les|l['’]|un|une|des|du|de|d['’]|à|au|aux|en|dans|sur|sous|par|pour|avec|"
    r"sans|selon|depuis|après|avant|lors|et|ou|mais|puis|il|elle|ils|elles|on|qui|que|qu['’]|"
    r"dont|où|son|sa|ses|leur|leurs|ce|cet|cette|ces|très|plus|moins)\b)[a-zà-ÿ]+\b"
)
_RELATIVE = re.compile(r"\s(?:qui|que|qu['’]|dont|où)\b", re.IGNORECASE)
_OBJECT_THEN_OF = re.compile(r"[^,:;«»]{0,40}?\s(?:de|d['’])\s*")
_ARTICLE_AFTER_PREPOSITION = re.compile(
    rf"(?:^|\s)(?:{lexicon.PREPOSITION.pattern}|pour|avec|contre|chez|sous|entre|devant)"
    r"\s+(?:le|la|les)\s+$",
    re.IGNORECASE,
)


def _verb_subject(sentence: str) -> str | None:
    """The words before the verb of a sentence's first part that holds one, past times,
    places and verbless portraits (`Crâne dégarni, le sexagénaire a tout nié`), when a
    verb the lexicon knows ends them (`Un habitant de X a fait état de …`)."""
    apart = None  # a verbless part before a relative clause set between commas
    opening = None  # the first such part: the subject, when what is set beside it follows
    described = False  # whether a relative clause set between commas describes ``apart``
    for part in lexicon.QUOTED.sub("", sentence).split(","):
        if not part.strip() or lexicon.OPENING_ADJUNCT.match(part.strip()):
            continue
        if apart is None and lexicon.SUBORDINATE.match(part.strip()):
            continue
        if apart is not None and _RELATIVE.match(f" {part.strip()}"):
            described = True
            continue  # `Une élue de la minorité, qui a voté contre, regrette …`
        if described and _VERB_AFTER_RELATIVE.match(part.strip()):
            # `Une voisine, qui a refusé de donner son nom, montre …`: whatever verb opens
            # the part after the relative clause, the part before it is its subject.
            return _clean(apart) if apart is not None else None
        if opening is not None and _REFLEXIVE_VERB.match(part.strip()):
            # `Un diplomate en poste à Doha, …, se montre pessimiste`, `X, une militante
            # réfugiée à Ankara, se montre prudente`: the verb of the part that opened.
            return _clean(opening)
        # The subject ends at its verb, or where a relative clause about it begins (`une
        # enseignante qui dirige une école, …, décrit …`).
        ends = [
            found.start()
            for found in (
                lexicon.FINITE_VERB.search(part),
                next(_speech_verbs(part), None),
                _RELATIVE.search(part),
            )
            if found is not None
        ]
        if ends:
            subject = _clean(part[: min(ends)])
            return subject or (_clean(apart) if apart is not None else subject)
        # `Une mère de famille, venue avec sa fille, a pris la parole`: the subject, not
        # the words set beside it.
        if apart is None or not lexicon.APPOSITION.match(part.strip()):
            apart = part
        opening = opening or part
    return None


def _speech_verbs(text: str) -> Iterator[re.Match[str]]:
    """The speech verbs of ``text`` that are no noun after a preposition and its article
    (`Un expert mandaté par le juge d'instruction`: `juge`, the judge)."""
    for verb in lexicon.SPEECH.finditer(text):
        if not _ARTICLE_AFTER_PREPOSITION.search(text, 0, verb.start()):
            yield verb


def _clean(phrase: str) -> str:
    """A speaker phrase without what follows the speaker (`le ministre lors d'un débat`)."""
    phrase = " ".join(phrase.replace("\u00a0", " ").replace("\u202f", " ").split())
    phrase = lexicon.ADJUNCT.sub("", lexicon.LEADING_ADJUNCT.sub("", phrase))
    phrase = lexicon.TRAILING_PARENTHESIS.sub("", phrase.strip(" ,;:.")).strip(" ,;:.")
    return lexicon.TRAILING_CLITICS.sub("", phrase) if " " in phrase else phrase


def _sentences(text: str, spans: Quotations) -> list[Span]:
    found: list[Span] = []
    start = 0
    for stop in lexicon.SENTENCE_END.finditer(text):
        closing = stop.start() + len(stop.group().rstrip()) - 1  # the last stop or mark
        held = spans.holding(stop.start())
        if held is not None and closing < held.end:
            continue  # a stop inside the quotation, not after its closing mark
        if (
            text[stop.start()] == "."
            and lexicon.ABBREVIATED.search(
                text, max(0, stop.start() - lexicon.LONGEST_ABBREVIATION), stop.start()
            )
            and not OPENS_SENTENCE.match(text, stop.start() + 1)
        ):
            continue
        found.append((start, stop.end() - len(stop.group()) + len(stop.group().rstrip())))
        start = stop.end()
    if start < len(text.rstrip()):
        found.append((start, len(text.rstrip())))
    return found
