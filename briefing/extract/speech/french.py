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

from briefing.extract.speech.genders import (
    RELIGIOUS_TITLES,
    Gender,
    first_name_gender,
    title_gender,
)
from briefing.extract.speech.guillemets import Quotations
from briefing.extract.speech.lexicon_reader import (
    Clause,
    LexiconReader,
    Named,
    Span,
)
from briefing.model import Article, SpeakerEvidence


def _words(text: str) -> list[str]:
    return text.split()


# Regular verbs by stem: each is read as participle (-é, -ée, -és, -ées), present (-e,
# -ent), imperfect (-ait, -aient) and simple past (-a).
_REGULAR = _words(
    "déclar affirm estim soulign ajout expliqu assur indiqu précis dénonc confi lanc "
    "insist annonc jug regrett racont témoign comment résum observ signal confirm "
    "déplor contest réfut plaid relev avou martel rappel tranch qualifi révél avanc "
    "accus ni rejet demand gliss souffl ironis nuanc lâch interrog justifi répliqu "
    "rétorqu argument alert exhort réclam"
)
_DENIAL_STEMS = ("contest", "réfut", "rejet", "ni")
_IRREGULAR = _words(
    "dit dire disent disait disaient démenti démentie dément démentent répondu répond "
    "poursuivi poursuit promis promet reconnu reconnaît reconnait admis admet prévenu "
    "prévient conclu conclut soutenu soutient écrit écrivait averti avertit martèle "
    "rappelle rappellent renchérit renchéri reprend repris reprenait espère espéré "
    "concède concédé appelé appelée appelle appellent appelait"
)
# Speech said with a reflexive verb: `s'est félicité`, `se félicite-t-il`, `s'inquiète X`.
_REFLEXIVE = (
    r"(?:s['’]est\s+|se\s+|s['’])"
    r"(?:félicit|indign|inquièt|inquiét|agac|exclam|interrog|emport|réjou|étonn)\w*"
)
_DENIALS = "démenti démentie dément démentent"
_ENDINGS = ("é", "ée", "és", "ées", "e", "ent", "ait", "aient", "a")


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


# Speech said with `faire` (`fait valoir X`, `a fait savoir que`).
_WITH_FAIRE = [
    f"{form} {infinitive}"
    for form in ("fait", "font", "faisait", "faisaient")
    for infinitive in ("valoir", "remarquer", "savoir", "observer")
]
_VERB_FORMS = [stem + ending for stem in _REGULAR for ending in _ENDINGS] + _IRREGULAR + _WITH_FAIRE
VERB = rf"(?:{_alternation(_VERB_FORMS)}|{_REFLEXIVE})\b"
_DENIAL = (
    rf"(?:{_alternation([s + e for s in _DENIAL_STEMS for e in _ENDINGS] + _words(_DENIALS))})\b"
)
_AUXILIARY = r"(?:a|ont|avait|avaient|aurait|auraient)"
_ADVERB = (
    r"(?:encore|aussi|également|ensuite|alors|pourtant|enfin|néanmoins|toutefois|déjà|"
    r"cependant|d['’]ailleurs)"
)
_INVERTED = r"(?:il|elle|ils|elles)"
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPITALISED = rf"[{_UPPER}][a-zß-ÿ][\w'’-]*"
_PARTICLE = r"(?:de|du|des|d['’]|le|la|van|von|ben|ould|al|el|ibn)"
_NAME = rf"{_CAPITALISED}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]*)?{_CAPITALISED}){{1,3}}"
# Titles by the gender they give (`Dr`, `Me` give none), lower-cased without the stop.
_TITLES: dict[str, Gender | None] = {
    **dict.fromkeys(("m", "monsieur"), Gender.MALE),
    **dict.fromkeys(("mme", "madame", "mlle"), Gender.FEMALE),
    **dict.fromkeys(("dr", "me"), None),
    **{title: title_gender(title) for title in RELIGIOUS_TITLES},
}
_TITLE = rf"(?:M\.|Mme|Mlle|Monsieur|Madame|Dr|Me|(?i:{'|'.join(sorted(RELIGIOUS_TITLES))}))"
# Roles written before a name as a title: `le docteur Étienne Marchal`, `la juge Roux`.
_TITLE_ROLES = (
    r"(?:docteur|professeur|général|colonel|commandant|capitaine|lieutenant|juge|commissaire|"
    r"procureur|procureure|maître|député|députée|sénateur|sénatrice|président|présidente|"
    r"ministre|maire|préfet|préfète|ambassadeur|ambassadrice|imam|émir|mollah|cheikh)"
)
# Before a surname: `M. Roux`, `le docteur Roux`, `la juge Roux`.
_NAMING_TITLE = re.compile(
    rf"^(?:{_TITLE}|(?:le|la|l['’])\s*{_TITLE_ROLES})[ \u00a0]+", re.IGNORECASE
)
# A speaker named after its verb: words up to the clause's end, a title's stop included,
# and a name in apposition (`a déclaré la maire, Claire Vasseur.`).
_WHO = (
    # One way only through each character: a title inside the run would be read both
    # whole and letter by letter, and a failing match would try every split of them.
    rf"((?:{_TITLE}[ \u00a0]+)?(?:[{_UPPER}]\.|[^.,;:!?«»“”()]){{1,120}}?"
    rf"(?:,[ \u00a0]+(?:{_TITLE}[ \u00a0]+)?{_NAME})?(?:[ \u00a0]*\([^()]{{1,40}}\))?)"
    # Up to a stop, but not an initial's or `M.`'s (`a déclaré M. Sadiqi devant …`).
    rf"(?=\s*(?:[,;:!?»(]|(?<!\b[{_UPPER}])\.|$))"
)
# Each alternative captures the speaker once: `», a-t-il dit`, `», estime-t-elle`,
# `», a déclaré le ministre`, `», selon X`.
_AFTER = re.compile(
    rf"\s*[,—–]?\s*(?:"
    rf"{_AUXILIARY}-t-({_INVERTED})\s+(?:{_ADVERB}\s+)?{VERB}|"
    rf"{VERB}-(?:t-)?({_INVERTED})\b|"
    rf"(?:{_AUXILIARY}\s+(?:{_ADVERB}\s+)?)?{VERB}\s+{_WHO}|"
    rf"(?i:selon|d['’]après)\s+{_WHO}|"
    # `», précise-t-on à la direction`: the agency heard it from them.
    rf"{VERB}-t-on\s+(?:à|au|aux|auprès\s+(?:de|du|des|d['’]))\s*{_WHO}|"
    # Any verb inverted with its pronoun after a quotation is its tag (`», sourit-il`,
    # `», fait-elle remarquer`): French inverts only there.
    rf"[a-zà-ÿ]+(?:-t)?-({_INVERTED})\b|"
    # … and so is any verb its subject's full name follows (`», fulmine Karine Bouvier`).
    rf"(?!(?:et|ou|mais|car|donc|puis|avec|contre|sans|chez|dans|pour)\s)[a-zà-ÿ]+\s+"
    rf"((?:{_TITLE}[ \u00a0]+)?{_NAME})(?=\s*(?:[.,;:!?(]|$)))"
)
# A tag set inside the quotation between commas: `« Nous avons perdu, reconnaît-il, mais … »`.
_INCISE = re.compile(
    rf",\s*(?:{VERB}-(?:t-)?({_INVERTED})|{_AUXILIARY}-t-({_INVERTED})\s+{VERB}|"
    rf"{VERB}\s+((?:{_TITLE}\s+)?{_NAME}|(?:le|la|l['’])\s*[\w-]+))\s*[,.]"
)
_ACCORDING_OPENS = re.compile(rf"^\s*(?i:selon|d['’]après)\s+{_WHO}\s*,\s*")
# `Pour la direction, la décision est « irréversible »`: whose view the sentence gives;
# not `Pour la première fois,` or `Pour l'instant,`, which say when.
_VIEW_OPENS = re.compile(
    rf"^\s*(?i:pour)\s+(?=[{_UPPER}]|(?i:le|la|les|l['’]))"
    r"(?!(?i:l['’]instant|l['’]heure|le\s+moment|l['’]an|l['’]année|le\s+mois)\b)"
    r"(?!(?i:(?:la|le|les)\s+(?:\w+\s+){0,3}(?:fois|années?|mois|jours?|semaines?|ans?)\b))"
    rf"{_WHO}\s*,\s*"
)
_SPEECH = re.compile(rf"(?<![\w-])(?:{_AUXILIARY}\s+(?:{_ADVERB}\s+)?)?{VERB}")
# `a affirmé que`, `a déclaré lundi à la presse que`: a few words may stand between.
# Words that may stand between a speech verb and its speaker or its `que`: when and to
# whom (`a déclaré lundi à la presse que`), never a noun the verb takes (`a annoncé un
# plan plus ambitieux que …` reports nothing).
_BETWEEN = (
    rf"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|{_ADVERB}|"
    r"(?:à|au|aux|devant)\s+(?:l['’]|la\s+|le\s+|les\s+)?[^\s,.;:]+)"
)
# `…, selon X.`, and the agencies' `…, a-t-on appris auprès de X.` / `de source policière`.
_ACCORDING_CLOSES = re.compile(
    # Not `selon la traduction de X`: a translator says nothing of their own.
    r",\s*(?:selon(?!\s+la\s+traduction)|d['’]après|a-t-on\s+appris\s+(?:auprès\s+)?"
    r"(?:de\s+la|de\s+l['’]|de|du|des|d['’]))"
    rf"\s*{_WHO}\s*[.!?]?\s*$"
)
_TAG_THEN_WHO = re.compile(
    rf",\s*(?:{_AUXILIARY}\s+)?{VERB}(?:\s+{_BETWEEN})*\s+"
    rf"(?=(?:le|la|les|l['’]|un|une|des|du)\b|[{_UPPER}]){_WHO}\s*,\s*qui\s"
)
# A sentence closed by its inverted tag (`…, a indiqué mardi l'OIM, qui parle de « … ».`).
_TAG_CLOSES = re.compile(
    rf",\s*(?:{_AUXILIARY}\s+)?{VERB}(?:\s+{_BETWEEN})*\s+"
    rf"(?=(?:le|la|les|l['’]|un|une|des|du)\b|[{_UPPER}])"
    rf"{_WHO}\s*(?:,\s*qui\s[^«»]{{0,300}}(?:«[^«»]{{0,300}}»[^«»]{{0,300}}){{0,3}})?[.!?]?\s*$"
)
_THAT = re.compile(rf"(?:\s+{_BETWEEN})*\s+(?:qu['’]|que\s+)", re.IGNORECASE)
# What follows a denial without being what it denies: its agent (`un chiffre contesté par
# X`) or a figure it points back to (`contestent ce chiffre`).
_NOT_DENIED_CONTENT = re.compile(
    r"(?:par\b|(?:ce|cet|cette|ces)\s+\S+\s*[.,;]?\s*$)", re.IGNORECASE
)
_ACCORDING_WHOM = re.compile(r",\s*selon\s+(?:lequel|laquelle|lesquels|lesquelles)\s+")
# A denial of fewer words is no claim (`dément toute irrégularité`, `conteste ce chiffre`).
_DENIED_WORDS = 3
# Not passive (`l'amendement a été rejeté`): someone denies.
_DENIED = re.compile(rf"(?<![\w-])(?<!été )(?:{_AUXILIARY}\s+(?:{_ADVERB}\s+)?)?{_DENIAL}\s+")
DENIAL = re.compile(rf"(?<![\w-]){_DENIAL}")
"""A denial (`a démenti`, `conteste`), which disputes a figure someone gave before it."""
# A stop, and the closing marks after it (`jours. » Il affirme`), French spaces between.
_SENTENCE_END = re.compile(rf"[.!?…]+(?:[\s\u00a0\u202f]*[»”)])*\s+(?=[«“\"(]?\s*[{_UPPER}0-9])")
_LONGEST_ABBREVIATION = 5  # characters before a stop that may make it an abbreviation's
_ABBREVIATED = re.compile(rf"(?:\b(?:M|Mme|Mlle|Dr|Me|St|av|env|p)|\b[{_UPPER}])$")
_PERSON = re.compile(rf"(?:(?P<title>{_TITLE})[ \u00a0]+)?(?P<name>{_NAME})")
_TRAILING_PERSON = re.compile(rf"(?:{_TITLE}[ \u00a0]+)?{_NAME}$")
_TITLED_PERSON = re.compile(rf"\b(?P<role>[Ll][ea]\s+{_TITLE_ROLES})[ \u00a0]+(?P<name>{_NAME})")
# A role's determiner: `le`, `la`, `l'`, and the possessives and indefinites of apposition
# (`sa coordinatrice, Freshta Nazari`, `un habitant, Karim Noori`).
_ROLE_DETERMINER = r"(?:(?:[Ll]e|[Ll]a|[Ss]a|[Ss]on|[Ll]eur|[Uu]ne?)\s+|[Ll]['’]\s*)"
_ROLE_BEFORE = re.compile(
    rf"\b(?P<role>{_ROLE_DETERMINER}[a-zé][^,;:«»().]{{2,60}}?)(?P<comma>,)?[ \u00a0]+"
    # A nationality may stand between (`…, le Norvégien Anders Lindqvist`).
    rf"(?:(?:le|la|l['’])\s*[{_UPPER}][a-zà-ÿ]+[ \u00a0]+)?(?:{_TITLE}[ \u00a0]+)?(?P<name>{_NAME})"
)
_ROLE_AFTER = re.compile(
    rf"(?P<name>{_NAME}),[ \u00a0]+"
    rf"(?P<role>(?:(?:le|la|l['’])\s*)?[a-zé][^,;:«»().]{{2,60}}?)\s*(?P<end>[,.])"
)
# Words that open a sentence or a place, not a person's first name.
_NOT_FIRST = frozenset(
    _words(
        "le la les l un une des selon pour dans mais et en au aux lors après avant depuis "
        "lundi mardi mercredi jeudi vendredi samedi dimanche état etat saint sainte"
    )
)
_PRONOUNS = {
    "il": Gender.MALE,
    "lui": Gender.MALE,
    "elle": Gender.FEMALE,
    "ils": None,
    "elles": None,
}
_DETERMINER_GENDER = {
    **dict.fromkeys(("le", "un"), Gender.MALE),
    **dict.fromkeys(("la", "une", "sa"), Gender.FEMALE),
}
# How far back an ordinal points: `ce dernier` to the last man named, `le premier` to
# the first of the last two people named.
_ORDINAL_ANAPHORS: dict[str, tuple[int, Gender | None]] = {
    "ce dernier": (0, Gender.MALE),
    "cette dernière": (0, Gender.FEMALE),
    "le premier": (1, Gender.MALE),
    "la première": (1, Gender.FEMALE),
    "le second": (0, Gender.MALE),
    "la seconde": (0, Gender.FEMALE),
}
_DEMONSTRATIVE_GENDER: dict[str, Gender | None] = {
    "ce": Gender.MALE,
    "cet": Gender.MALE,
    "cette": Gender.FEMALE,
}
_VAGUE = frozenset(_words("on certains beaucoup personne plusieurs tous chacun"))
# Words after which a speaker phrase goes on with where or when, not who.
_ADJUNCT = re.compile(
    r"\s+(?!au\s+sein\b)(?:lors|devant|dans|sur|à|au|aux|en|pendant|après|avant|depuis|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|hier|samedi|mercredi|ce|cette|qui|dont)\b.*$"
)
_OPENING_ADJUNCT = re.compile(
    r"^(?:lors|devant|dans|sur|à|au|aux|en|pendant|après|avant|depuis|pour|mais|et|jusqu|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ainsi|interrogée?s?)\b|"
    # A participle opening on who someone is or what happened to them (`Invité à
    # s'exprimer,`, `Arrivée en 2021,`, `Joint par téléphone,`).
    r"^\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|int|inte|ints|intes)\s+(?:à|au|aux|par|sur|"
    r"de|du|des|en|dans|après|lors)\b",
    re.IGNORECASE,
)
# Words between a verb and the speaker it names: `a déclaré lundi à l'AFP la ministre`.
_LEADING_ADJUNCT = re.compile(rf"^(?:{_BETWEEN}\s+|qu['’]|que\s+)+", re.IGNORECASE)
# What stands between commas after a subject and describes it, never the subject itself:
# an age (`58 ans`), a participle or a relative clause (`joint par téléphone`, `qui a
# requis l'anonymat`) — any part opening on a lower-case word that is no determiner or
# subject pronoun.
_APPOSITION = re.compile(
    r"^(?:\d+\s+ans\b|(?!(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|"
    r"cette|ces|il|elle|ils|elles|on|qu['’]|que)\b)[a-zà-ÿ])"
)
# A body's name spelt out before its acronym: `le Programme alimentaire mondial (PAM)`.
_ACRONYM_DEFINED = re.compile(
    r"(?:(?:^|(?<=[.!?]\s))(?:(?:Le|La|Les)\s+|L['’])|(?<=[\s(])(?:(?:le|la|les|du|des|"
    r"de\s+la|de\s+l['’])\s+|l['’]|d['’]))"
    rf"(?P<full>[{_UPPER}][^()\n,;:.«»]{{1,80}}?)\s*\((?P<short>[{_UPPER}][\w-]{{1,11}})\)"
)
_TRAILING_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()]*)\)$")
# A document speaks for whoever wrote it: `ce rapport de la Mission`, `un communiqué du
# ministère`.
# What speaks for whoever wrote it.
_DOCUMENTS = (
    r"(?:rapport|communiqué|document|étude|enquête|bilan|texte|déclaration|note|lettre|"
    r"message|relevé|chiffres?|données|statistiques|estimations?)"
)
_DOCUMENT_OF = re.compile(
    r"^(?:ce|cet|cette|ces|le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*"
    rf"{_DOCUMENTS}\s+(?:(?:communiqué|publié|fourni|diffusé|"
    r"établi|cité)e?s?(?:\s+\w+)?\s+par\s+|de\s+(?=la\b|l['’])|du\s+|des\s+|de\s+|d['’])(?P<author>.+)$",
    re.IGNORECASE,
)
# `cet ancien officier`, `cette militante`: the person just named, never a document.
_DEMONSTRATIVE = re.compile(
    rf"^(?P<which>ce|cet|cette)\s+(?!{_DOCUMENTS}\b)[a-zà-ÿ]", re.IGNORECASE
)
# `le maire, Yannick Le Bihan`; `Sa voisine de table, Farida` (a first name alone, as
# Afghan women are often named).
_APPOSED_NAME = re.compile(rf",\s+(?:{_TITLE}\s+)?(?P<name>{_NAME}|{_CAPITALISED})$")
_FINITE_VERB = re.compile(
    r"\s+(?:(?:ne|se|le|la|les|lui|leur|y|en)\s+|[nsl]['’])*"
    r"(?:a|ont|avait|avaient|est|sont|était|étaient)\s.*$"
)
# A role's complement: `le porte-parole des talibans` names whose spokesman.
_COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’]|pour|chez|auprès)\b")
_PREPOSITION = re.compile(r"(?:de|du|des|d['’]|à|au|aux|en|sur|dans|vers|par)", re.IGNORECASE)
# An agency's dateline: `KABOUL, 22 juillet 2025 (ANP) - `.
_DATELINE = re.compile(rf"^[{_UPPER}][{_UPPER}' -]+,[^-–—]{{3,40}}\([^()]{{1,20}}\)\s*[-–—]\s*")
# The determiner just before a capitalised noun (`le Norvégien`), in the four characters
# before it.
_AFTER_DETERMINER = re.compile(r"(?:^|\s)(?:[Ll]e|[Ll]a|[Ll]es)\s$|(?:^|\s)[Ll]['’]$")
# The auxiliary and the pronouns before it, after a subject (`M. Sadiqi l'a rejeté`).
_CLITIC = r"(?:\s+(?:ne|se|le|la|les|lui|leur|y|en)\b|\s*\b[nsl]['’])"
_TRAILING_AUXILIARY = re.compile(rf"(?:{_CLITIC}*\s*\b{_AUXILIARY}|{_CLITIC}+)$")
_INVERTED_TAIL = re.compile(rf"(?:^|\s)[a-zà-ÿ]+(?:-t)?-({_INVERTED})$")
_QUOTED = re.compile(r"«[^«»]*»?|“[^“”]*”?")
_CONJUNCTION = re.compile(
    r"^(?:(?:tandis|alors|parce|bien)\s+qu(?:e\s+|['’])|et\s+|mais\s+|puis\s+)"
)
_OPENING_PRONOUN = re.compile(rf"^({_INVERTED})(?:\s|$)", re.IGNORECASE)
_LEADING_DETERMINER = re.compile(
    r"^(?:(?:le|la|les|sa|son|ses|leur|leurs|un|une)\s+|l['’]\s*)", re.IGNORECASE
)


class FrenchReader(LexiconReader):
    """French rules, with the people one article names (made anew for each article)."""

    denial = DENIAL

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.people: dict[str, Gender | None] = {}
        self.surnames: dict[str, set[str]] = {}
        self.roles: dict[str, set[str]] = {}
        self.acronyms: dict[str, str] = {}
        # The people's names as one pattern, with how many people it was made for.
        self._named: tuple[int, re.Pattern[str] | None] | None = (
            None  # `manua`: `Mission d'assistance … en Afghanistan`
        )
        for paragraph in article.paragraphs:
            self._cast(paragraph.text)

    def _cast(self, text: str) -> None:
        for match in _PERSON.finditer(text):
            name, title = _named(text, match), match.group("title")
            if name is None:
                continue
            gender = _TITLES.get(title.lower().rstrip(".")) if title else first_name_gender(name)
            if title is None and gender is None and name not in self.people:
                continue  # capitalised words that are no person's name (`Le Courrier`)
            self._person(name, gender)
            if title == "Me":  # Maître: a lawyer (`l'avocate` is Me Oukaci)
                for role in ("avocat", "avocate"):
                    self.roles.setdefault(role, set()).add(name)
        for pattern in (_TITLED_PERSON, _ROLE_BEFORE, _ROLE_AFTER):
            for match in pattern.finditer(text):
                name = _named(text, match)
                role = " ".join(match.group("role").split())
                if name is None:
                    continue
                if (
                    name not in self.people
                    and match.groupdict().get("comma", ",")
                    # after the name, an apposition closed by a comma, not a predicate
                    # (`Anders Lindqvist, se garde de trancher.`)
                    and match.groupdict().get("end", ",") == ","
                    and not _governed(text, match.start("name"))
                ):
                    # A name set beside a role between commas is a person's, whatever
                    # language their first name is from; the role's determiner tells
                    # their gender where no title did.
                    determiner = role.split()[0].lower()
                    self._person(name, _DETERMINER_GENDER.get(determiner))
                if name in self.people:
                    self.roles.setdefault(_role_key(role), set()).add(name)
        for match in _ACRONYM_DEFINED.finditer(text):
            self.acronyms[match.group("short").lower()] = _tidy(match.group("full"))

    def _person(self, name: str, gender: Gender | None) -> None:
        self.people[name] = gender or self.people.get(name)
        # `M. Noorzai` and `M. Qahar Noorzai` both name Abdul Qahar Noorzai.
        for surname in {name.split(maxsplit=1)[1], name.split()[-1]}:
            self.surnames.setdefault(surname, set()).add(name)

    def sentences(self, text: str, spans: Quotations) -> list[Span]:
        return _sentences(text, spans)

    def tag_after(self, text: str, at: int) -> str | None:
        tag = _AFTER.match(text, at)
        if tag is None:
            return None
        return next((group for group in tag.groups() if group), None)

    def tag_inside(self, quoted: str) -> str | None:
        incise = _INCISE.search(quoted)
        return next((group for group in incise.groups() if group), None) if incise else None

    def introducer(self, before: str) -> str | None:
        according = _ACCORDING_OPENS.match(before) or _VIEW_OPENS.match(before)
        if according is not None:
            return according.group(1)
        relative = _TAG_THEN_WHO.search(before)
        if relative is not None:  # `…, a indiqué l'OIM, qui parle d'une situation « … »`
            return relative.group(1)
        verbs = list(_SPEECH.finditer(before))
        if verbs:
            return _subject(before[: verbs[-1].start()])
        if before.rstrip().endswith(":"):
            return _sentence_subject(before.rstrip()[:-1])
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

        opens = _ACCORDING_OPENS.match(sentence) or _VIEW_OPENS.match(sentence)
        if opens is not None:
            return [Clause(start + opens.end(), stop, opens.group(1))]
        closes = _ACCORDING_CLOSES.search(sentence)
        if closes is not None:
            return [Clause(start, start + closes.start(), closes.group(1))]
        for verb in _SPEECH.finditer(sentence):
            that = _THAT.match(sentence, verb.end())
            if that is not None and not quoted(verb.start()):
                return [Clause(start + that.end(), stop, _subject(sentence[: verb.start()]))]
        closed = _TAG_CLOSES.search(sentence)
        if closed is not None:
            return [Clause(start, start + closed.start(), closed.group(1))]
        # `selon laquelle …`: what the one just named says.
        relative = _ACCORDING_WHOM.search(sentence)
        if relative is not None:
            verbs = list(_SPEECH.finditer(sentence, 0, relative.start()))
            who = sentence[verbs[-1].end() : relative.start()] if verbs else None
            return [
                Clause(start + relative.end(), stop, who or _subject(sentence[: relative.start()]))
            ]
        # A denial without `que` denies what follows it (`a démenti toute implication`);
        # beside a quotation, that is what it answers (`a rejeté un rapport, « … »`).
        if spans.opening_in(start, end):
            return []
        denied = _DENIED.search(sentence)
        if (
            denied is not None
            and not _NOT_DENIED_CONTENT.match(sentence, denied.end())
            and len(sentence[denied.end() :].split()) >= _DENIED_WORDS
        ):
            return [Clause(start + denied.end(), stop, _subject(sentence[: denied.start()]))]
        return []

    def speaks(self, sentence: str) -> bool:
        return _SPEECH.search(sentence) is not None

    def name(self, phrase: str) -> Named:
        spelt = _TRAILING_PARENTHESIS.search(phrase.strip(" ,;:."))
        if spelt is not None and spelt.group("inside").lower() in self.acronyms:
            return Named(self.acronyms[spelt.group("inside").lower()], SpeakerEvidence.ROLE)
        document = _DOCUMENT_OF.match(" ".join(phrase.split()))
        if document is not None:
            return self.name(document.group("author"))
        cleaned = _clean(phrase)
        lowered = cleaned.lower()
        if lowered in _PRONOUNS:
            return Named(None, pronoun=True, gender=_PRONOUNS[lowered])
        demonstrative = _DEMONSTRATIVE.match(cleaned)
        if demonstrative is not None:
            gender = _DEMONSTRATIVE_GENDER[demonstrative.group("which").lower()]
            last = [p for p in reversed(self.recent) if p in self.people]
            if last and self.people[last[0]] in (gender, None):
                return Named(last[0], SpeakerEvidence.PRONOUN)
            return Named(None)
        if lowered in _ORDINAL_ANAPHORS:
            # `ce dernier`: the last person named of that gender; `le premier`: the one
            # before them (`X et Y … Le premier …, cette dernière …`).
            back, gender = _ORDINAL_ANAPHORS[lowered]
            persons = [p for p in reversed(self.recent) if p in self.people]
            if back == 0:
                persons = [p for p in persons if self.people[p] in (gender, None)]
            if len(persons) > back and self.people[persons[back]] in (gender, None):
                return Named(persons[back], SpeakerEvidence.PRONOUN)
            return Named(None)
        if not cleaned or lowered in _VAGUE:
            return Named(None)
        for person in self.people:
            if person in cleaned:
                return Named(person, SpeakerEvidence.NAMED)
        apposed = _APPOSED_NAME.search(cleaned)
        if apposed is not None:  # `le maire, Yannick Le Bihan`
            return Named(_tidy(apposed.group("name")), SpeakerEvidence.NAMED)
        surname = _NAMING_TITLE.sub("", cleaned)
        owners = self.surnames.get(surname, set())
        if len(owners) == 1:
            return Named(next(iter(owners)), SpeakerEvidence.NAMED)
        if surname != cleaned and re.fullmatch(_NAME, surname):  # `le docteur Ali Karimi`
            return Named(surname, SpeakerEvidence.NAMED)
        key = _role_key(cleaned)
        if key in self.acronyms:  # `la Manua`, spelt out once as `la Mission … (Manua)`
            return Named(self.acronyms[key], SpeakerEvidence.ROLE)
        holders = self._holders(key, _DETERMINER_GENDER.get(cleaned.split()[0].lower()))
        if len(holders) == 1:
            return Named(holders.pop(), SpeakerEvidence.ROLE)
        named = cleaned[:1].isupper() and not _LEADING_DETERMINER.match(cleaned)
        return Named(cleaned, SpeakerEvidence.NAMED if named else SpeakerEvidence.ROLE)

    def _holders(self, role: str, gender: Gender | None) -> set[str]:
        """The people given a role that ``role`` could be short for, of its gender: `le
        ministre` or `le ministre de l'Intérieur` is the one minister of the Interior the
        article named, `la porte-parole de l'agence` the one it named `la porte-parole de
        l'agence à Kaboul`."""
        words = set(role.split())
        if not _COMPLEMENT.search(role):
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

    def subject_pronoun(self, sentence: str) -> str | None:
        for part in sentence.split(","):
            opening = _OPENING_PRONOUN.match(part.strip())
            if opening is not None:
                return opening.group(1)
            if not _OPENING_ADJUNCT.match(part.strip()):
                return None  # `Jusqu'en 2021, elle …`: past when, to who
        return None

    def gender(self, speaker: str) -> Gender | None:
        if speaker in self.people:
            return self.people[speaker]
        return _DETERMINER_GENDER.get(speaker.split()[0].lower()) if speaker else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        if self._named is None or self._named[0] != len(self.people):
            alternation = "|".join(sorted(map(re.escape, self.people), key=len, reverse=True))
            self._named = (len(self.people), re.compile(alternation) if alternation else None)
        pattern = self._named[1]
        first: dict[str, int] = {}
        for match in pattern.finditer(text) if pattern else ():
            first.setdefault(match.group(), match.start())
        return sorted((at, person) for person, at in first.items())


def _governed(text: str, start: int) -> bool:
    """Whether the words at ``start`` are a preposition's object or the end of a longer
    capitalised name (`au micro de Radio Horizon Nord, la voix cassée`): no person set
    beside a role."""
    before = text[:start].split()[-1:]
    return bool(before) and (
        before[0][:1].isupper() or _PREPOSITION.fullmatch(before[0]) is not None
    )


def _named(text: str, match: re.Match[str]) -> str | None:
    """The person's name a match's ``name`` group holds: without the sentence's opening
    word before it, or a nationality a determiner gives (`le Norvégien Anders Lindqvist`)."""
    name = _opened(_tidy(match.group("name")))
    before = text[max(0, match.start("name") - 4) : match.start("name")]
    if name and _AFTER_DETERMINER.search(before) and len(name.split()) > 2:
        return name.split(maxsplit=1)[1]
    return name


def _opened(name: str) -> str | None:
    """``name`` without the words before it that open a sentence (`Pour Hélène Ferrand`),
    or None when fewer than two words are left."""
    words = name.split()
    while words and words[0].lower().strip("'’") in _NOT_FIRST:
        words = words[1:]
    return " ".join(words) if len(words) > 1 else None


def _tidy(name: str) -> str:
    return " ".join(name.split())


def _role_key(role: str) -> str:
    return _LEADING_DETERMINER.sub("", " ".join(role.split())).lower()


def _subject(before: str) -> str | None:
    """The subject of a verb that follows ``before``: its last comma-separated part that
    is neither a time or place (`Lundi,`) nor a role in apposition (`X, maire de Y,`)."""
    before = _QUOTED.sub("", before)  # never a subject: the words of a quotation
    before = _DATELINE.sub("", before)
    inverted = _INVERTED_TAIL.search(before.rstrip(" ,"))
    if inverted is not None:  # `« … », a-t-il estimé, dénonçant …`: the tag's pronoun
        return inverted.group(1)
    before = _TRAILING_AUXILIARY.sub("", before.rstrip(" ,"))
    parts = [_CONJUNCTION.sub("", part.strip()) for part in before.split(",")]
    parts = [part for part in parts if part]
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if part.lower() == "qui" and index > 0:  # `…, a rétorqué Mme Morvan, qui rappelle`
            antecedent = _TRAILING_PERSON.search(parts[index - 1])
            if antecedent is not None:
                return antecedent.group()
        if _OPENING_ADJUNCT.match(part) or (index > 0 and _APPOSITION.match(part)):
            continue
        pronoun = _OPENING_PRONOUN.match(part)
        if pronoun is not None:  # `Il a seulement démenti`, `Elle n'est pas assurée`
            return pronoun.group(1)
        apposed = index > 0 and (part[:1].islower() or _LEADING_DETERMINER.match(part))
        if apposed and _PERSON.fullmatch(parts[index - 1]):
            return parts[index - 1]
        return part
    return None


def _sentence_subject(sentence: str) -> str | None:
    """The subject of a sentence without a speech verb (`X a pris la parole :`): its first
    part that is no time or place, up to its verb."""
    parts = sentence.split(",")
    for index, part in enumerate(parts):
        if part.strip() and not _OPENING_ADJUNCT.match(part.strip()):
            pronoun = _OPENING_PRONOUN.match(part.strip())
            if pronoun is not None:  # `Il le jure :`, `Elle n'est pas assurée :`
                return pronoun.group(1)
            named = parts[index + 1].strip() if index + 1 < len(parts) else ""
            if _APPOSED_NAME.search(", " + named):  # `Sa voisine, Farida, la coupe :`
                return named
            return _FINITE_VERB.sub("", part).strip() or None
    return None


def _clean(phrase: str) -> str:
    """A speaker phrase without what follows the speaker (`le ministre lors d'un débat`)."""
    phrase = " ".join(phrase.replace("\u00a0", " ").replace("\u202f", " ").split())
    phrase = _ADJUNCT.sub("", _LEADING_ADJUNCT.sub("", phrase))
    return _TRAILING_PARENTHESIS.sub("", phrase.strip(" ,;:.")).strip(" ,;:.")


def _sentences(text: str, spans: Quotations) -> list[Span]:
    found: list[Span] = []
    start = 0
    for stop in _SENTENCE_END.finditer(text):
        closing = stop.start() + len(stop.group().rstrip()) - 1  # the last stop or mark
        held = spans.holding(stop.start())
        if held is not None and closing < held.end:
            continue  # a stop inside the quotation, not after its closing mark
        if text[stop.start()] == "." and _ABBREVIATED.search(
            text, max(0, stop.start() - _LONGEST_ABBREVIATION), stop.start()
        ):
            continue
        found.append((start, stop.end() - len(stop.group()) + len(stop.group().rstrip())))
        start = stop.end()
    if start < len(text.rstrip()):
        found.append((start, len(text.rstrip())))
    return found
