"""The words and patterns French news gives speech and speakers with, read by french.FrenchReader:
speech verbs (regular ones by stem), tags after a quotation, `selon X`, titles, roles in
apposition, and the words that open a sentence without being anyone."""

from __future__ import annotations

import re

from briefing.extract.speech.genders import (
    RELIGIOUS_TITLES,
    Gender,
    title_gender,
)


def word_list(text: str) -> list[str]:
    return text.split()


# Regular verbs by stem: each is read as participle (-é, -ée, -és, -ées), present (-e,
# -ent), imperfect (-ait, -aient) and simple past (-a).
REGULAR = word_list(
    "déclar affirm estim soulign ajout expliqu assur indiqu précis dénonc confi lanc "
    "insist annonc jug regrett racont témoign comment résum observ signal confirm "
    "déplor contest réfut plaid relev avou martel rappel tranch qualifi révél avanc "
    "accus ni rejet demand gliss souffl ironis nuanc lâch interrog justifi répliqu "
    "rétorqu argument alert exhort réclam analys murmur soupir chuchot salu fustig"
)
DENIAL_STEMS = ("contest", "réfut", "rejet", "ni")
IRREGULAR = word_list(
    "dit dire disent disait disaient dise répondu répond réponde répondent répondait "
    "poursuivi poursuit promis promet reconnu reconnaît reconnait admis admet prévenu "
    "prévient conclu conclut soutenu soutient écrit écrivait averti avertit martèle "
    "rappelle rappellent renchérit renchéri reprend repris reprenait espère espéré "
    "concède concédé appelé appelée appelle appellent appelait décrit décrivait décrivent "
    "relève relèvent répète répètent répété"
)
# Speech said with a reflexive verb: `s'est félicité`, `se félicite-t-il`, `s'inquiète X`.
REFLEXIVE = (
    r"(?:s['’]est\s+|se\s+|s['’])"
    r"(?:félicit|indign|inquièt|inquiét|agac|exclam|interrog|emport|réjou|étonn|amus|insurg"
    r"|désol|lament|plaign|plaint|moqu|enthousiasm|alarm|émeu|émouv|offusqu|esclaff|souvien"
    r"|justifi)\w*"
)
# A reflexive verb's complement: what someone feels or remembers (`s'émeut de la lettre`,
# `s'insurge contre le slogan`), whose words may follow.
FEELING_ABOUT = re.compile(r"\s+(?:\w+ment\s+|encore\s+)?(?:de\s|d['’]|du\s|des\s|contre\s)")
DENIALS = "démenti démentie dément démentent"
ENDINGS = ("é", "ée", "és", "ées", "e", "ent", "ait", "aient", "a")


def either_of(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


# Speech said with `faire` (`fait valoir X`, `a fait savoir que`).
WITH_FAIRE = [
    f"{form} {infinitive}"
    for form in ("fait", "font", "faisait", "faisaient")
    for infinitive in ("valoir", "remarquer", "savoir", "observer")
]
VERB_FORMS = (
    [stem + ending for stem in REGULAR for ending in ENDINGS]
    + IRREGULAR
    + word_list(DENIALS)
    + WITH_FAIRE
)
VERB = rf"(?:{either_of(VERB_FORMS)}|{REFLEXIVE})\b"
DENIAL_FORMS = (
    rf"(?:{either_of([s + e for s in DENIAL_STEMS for e in ENDINGS] + word_list(DENIALS))})\b"
)
AUXILIARY = r"(?:a|ont|avait|avaient|aurait|auraient)"
# Between an auxiliary and its participle (`a formellement démenti`, `a aussi dit`).
ADVERB = (
    r"(?:encore|aussi|également|ensuite|alors|pourtant|enfin|néanmoins|toutefois|déjà|"
    r"cependant|d['’]ailleurs|par\s+ailleurs|en\s+outre|de\s+son\s+côté|[a-zà-ÿ]{3,}ment)"
)
INVERTED = r"(?:il|elle|ils|elles)"
UPPER = "A-ZÀ-ÖØ-Þ"
CAPITALISED = rf"[{UPPER}][a-zß-ÿ][\w'’-]*"
# `Pieter Van den Broeck`, `Lula da Silva`: the lower-case words inside a name.
PARTICLE = r"(?:de|du|des|d['’]|le|la|van|von|den|der|ter|ten|da|dos|ben|ould|al|el|ibn)"
# How the names of peoples end (`le Norvégien`, `l'Afghane`, `le Français`, `l'Allemand`).
NATIONALITY_ENDINGS = tuple(word_list("ien ienne ain aine ais aise ois oise and ande an ane"))
# An Arabic article joined to the name after it: `al-Sahel`, `el-Sissi`, `ad-Din`.
_JOINED_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az)-"
NAME = (
    rf"{CAPITALISED}(?:[ \u00a0]+(?:{PARTICLE}[ \u00a0]*|{_JOINED_ARTICLE})?{CAPITALISED})"
    r"{1,3}"
)
# Titles by the gender they give (`Dr`, `Me` give none), lower-cased without the stop.
TITLES: dict[str, Gender | None] = {
    **dict.fromkeys(("m", "monsieur"), Gender.MALE),
    **dict.fromkeys(("mme", "madame", "mlle"), Gender.FEMALE),
    **dict.fromkeys(("dr", "me"), None),
    **{title: title_gender(title) for title in RELIGIOUS_TITLES},
}
# `Mᵉ`, `Mᵐᵉ`: Maître and Madame as typographers set them, with superscript letters.
TITLE = (
    rf"(?:M\.|Mme|Mᵐᵉ|Mlle|Mˡˡᵉ|Monsieur|Madame|Dr|Me|Mᵉ|"
    rf"(?i:{'|'.join(sorted(RELIGIOUS_TITLES))}))"
)
# Roles written before a name as a title: `le docteur Étienne Marchal`, `la juge Roux`,
# and ranks joined to them (`le médecin-colonel X`, `le lieutenant-colonel X`).
TITLE_ROLES = (
    r"(?:[a-zà-ÿ]+-)?(?:docteur|docteure|professeur|professeure|général|colonel|commandant|capitaine|"
    r"lieutenant|juge|commissaire|"
    r"procureur|procureure|maître|député|députée|sénateur|sénatrice|président|présidente|"
    r"ministre|maire|préfet|préfète|ambassadeur|ambassadrice|imam|émir|mollah|cheikh)"
)
# Before a surname: `M. Roux`, `le docteur Roux`, `la juge Roux`.
NAMING_TITLE = re.compile(rf"^(?:{TITLE}|(?:le|la|l['’])\s*{TITLE_ROLES})[ \u00a0]+", re.IGNORECASE)
# Those around someone, among whom a thing is said (`dans l'entourage de X`): whose words
# `-t-on` gives; not `dans la foulée`, `dans le village`, `dans un communiqué`.
_CIRCLE = r"dans\s+(?=(?:l['’]entourage|le\s+camp|les\s+rangs|l['’]équipe)\s+(?:de|du|des|d['’]))"
# What someone named in apposition is, before their name (`le libéral`, `la socialiste`).
_APPOSED_LABEL = r"(?:le|la)\s+[a-zà-ÿ][a-zà-ÿ-]+"


def _who(apposed: str) -> str:
    """A speaker named after its verb: words up to the clause's end, a title's stop
    included, and a name in apposition (`a déclaré la maire, Claire Vasseur.`), with a
    title before it or what else ``apposed`` allows."""
    return (
        # One way only through each character: a title inside the run would be read both
        # whole and letter by letter, and a failing match would try every split of them.
        rf"((?:{TITLE}[ \u00a0]+)?(?:[{UPPER}]\.|[^.,;:!?«»“”()]){{1,120}}?"
        # `un porte-parole du Front (FLHK), Sebghatullah Wardak`: the acronym, then the name.
        rf"(?:[ \u00a0]*\([^()]{{1,40}}\)(?=,))?"
        rf"(?:,[ \u00a0]+(?:(?:{TITLE}|(?:le|la|l['’])\s*{TITLE_ROLES}{apposed})[ \u00a0]+)?"
        rf"{NAME})?"
        rf"(?:[ \u00a0]*\([^()]{{1,40}}\))?)"
        # Up to a stop, but not an initial's or `M.`'s (`a déclaré M. Sadiqi devant …`).
        rf"(?=\s*(?:[,;:!?»(]|(?<!\b[{UPPER}])\.|$))"
    )


WHO = _who("")
# Right after a speech verb, also a word of what they are before the name (`a déclaré le
# formateur, le libéral David Leclercq`); not after `selon X,`, where such words may open
# the sentence's own clause.
WHO_AFTER_VERB = _who(rf"|{_APPOSED_LABEL}")
# Each alternative captures the speaker once: `», a-t-il dit`, `», estime-t-elle`,
# `», a déclaré le ministre`, `», selon X`.
AFTER = re.compile(
    rf"\s*[,—–]?\s*(?:"
    rf"{AUXILIARY}-t-({INVERTED})\s+(?:{ADVERB}\s+)?{VERB}|"
    rf"{VERB}-(?:t-)?({INVERTED})\b|"
    # `», lui a rétorqué X`, `», m'a confié X`: to whom, before the verb.
    rf"(?:(?:lui|leur|nous|vous|me|m['’])\s*)?(?:{AUXILIARY}\s+(?:{ADVERB}\s+)?)?{VERB}\s+{WHO_AFTER_VERB}|"
    # `», a fini par répondre le prévenu`: the speech verb after `fini par`.
    rf"{AUXILIARY}\s+fini\s+par\s+(?:lâcher|répondre|admettre|reconnaître|avouer|dire|"
    rf"concéder|lancer|déclarer|expliquer|confier)\s+{WHO}|"
    rf"(?i:selon|d['’]après)\s+{WHO}|"
    # `», précise-t-on à la direction`: the agency heard it from them.
    rf"{VERB}-t-on\s+(?:à|au|aux|auprès\s+(?:de|du|des|d['’])|{_CIRCLE})\s*{WHO}|"
    # Any verb inverted with its pronoun after a quotation is its tag (`», sourit-il`,
    # `», fait-elle remarquer`): French inverts only there.
    rf"[a-zà-ÿ]+(?:-t)?-({INVERTED}|on)\b|"
    # … and so is any verb its subject's full name follows (`», fulmine Karine Bouvier`,
    # `», a défendu Gérard Pouliquen`), or a role and the name after it (`», tempère le
    # directeur adjoint, Franck Sauvageot`, `», a défendu le maire (DVD), Gérard Pouliquen`).
    rf"(?:{AUXILIARY}\s+(?:{ADVERB}\s+)?)?"
    rf"(?!(?:et|ou|mais|car|donc|puis|avec|contre|sans|chez|dans|pour|lorsque|quand|si|"
    rf"que|comme|où|puisque|tandis|alors|après|avant|depuis|par|sur|sous|entre|vers|de|"
    rf"du|des|à|au|aux|en)\s)[a-zà-ÿ]+\s+"
    rf"((?:(?:le|la|l['’])\s*[a-zà-ÿ][^,;:.!?«»()]{{0,80}}(?:\s*\([^()]{{1,40}}\))?,[ \u00a0]+)?"
    rf"(?:{TITLE}[ \u00a0]+)?{NAME})(?=\s*(?:[.,;:!?(]|$)))"
)
# A passive of judging before a quotation (`une solution jugée « … » par la maire`): its
# agent, after the quotation, said it.
JUDGED = re.compile(
    r"\b(?:jug|qualifi|décri|dénonc|présent|salu|considér|estim|tax|critiqu)[a-zé]*\s+"
    r"(?:(?:de|d['’]|comme)\s*)?$",
    re.IGNORECASE,
)
# What introduces the agent of a passive (`jugée « … » par X`, `qualifié de « … » par X`),
# and that agent; not an adverb (`affirme par ailleurs`, `par écrit`, `par téléphone`).
_BY = (
    r"\s*(?:de\s+)?par\s+(?!(?i:ailleurs|exemple|contre|conséquent|la\s+suite|principe|"
    r"écrit|téléphone|courriel|mail|voie|avance|moments|endroits|deux\s+fois)\b)"
)
BY = re.compile(_BY)
BY_AGENT = re.compile(rf"{_BY}{WHO}")
# `Un chiffre balayé par Mathilde Roussel : « … »`: a passive's agent, before a colon.
AGENT_ENDS = re.compile(rf"[a-zà-ÿ]+(?:é|ée|és|ées){_BY}{WHO}\s*$")
# Words that may stand between a speech verb and its speaker or its `que`: when and to
# whom (`a déclaré lundi à la presse que`), never a noun the verb takes (`a annoncé un
# plan plus ambitieux que …` reports nothing).
BETWEEN = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    r"(?:\s+(?:matin|soir|après-midi|midi))?|"  # `assurait mercredi matin la ministre`
    # `a déclaré au petit matin le formateur`, `a-t-il dit en fin de journée`
    r"au\s+petit\s+matin|(?:ce|hier)\s+(?:matin|soir)|la\s+veille|le\s+lendemain|"
    r"(?:tard\s+)?dans\s+la\s+(?:nuit|soirée|matinée|journée)|"
    r"en\s+(?:fin|début)\s+(?:de\s+|d['’])(?:matinée|journée|soirée|après-midi|séance)|"
    rf"{ADVERB}|"
    r"(?:à|au|aux|devant|sur)\s+(?:l['’]|la\s+|le\s+|les\s+)?[^\s,.;:]+"
    # `a précisé à Radio Bocage la porte-parole`: a name of several words, when a role
    # follows it (`à Kaboul Ahmad Wali` keeps the speaker's name whole); `a déclaré au
    # micro de Saloum FM la médecin-chef`: whose microphone, named so.
    rf"(?:(?:\s+d(?:e\s+|['’]\s*)|\s+)(?-i:[{UPPER}])[^\s,.;:]*"
    rf"(?:\s+(?-i:[{UPPER}])[^\s,.;:]*)*(?=\s+(?:le|la|les|l['’])))?|"
    r"par\s+(?:téléphone|écrit|courriel|e-mail|SMS)|sous\s+couvert\s+d['’]anonymat|"
    # `a tranché auprès de notre rédaction la présidente …`
    r"auprès\s+(?:de|du|des|d['’])\s*(?:(?:notre|nos|la|le|les|l['’])\s*)?[^\s,.;:]+)"
)
# Words after an inverted pronoun's verb, up to the tag's end: where or to whom it was said
# (`a-t-il rappelé en conférence de presse.`); the pronoun is the subject whatever they are.
_AFTER_INVERTED = r"(?:\s+[^\s,.;:!?«»“”]+){0,6}?"
# A tag set inside the quotation between commas: `« Nous avons perdu, reconnaît-il, mais … »`.
INCISE = re.compile(
    rf",\s*(?:{VERB}-(?:t-)?({INVERTED}){_AFTER_INVERTED}|"
    rf"{AUXILIARY}-t-({INVERTED})\s+{VERB}{_AFTER_INVERTED}|"
    rf"{VERB}\s+((?:{TITLE}\s+)?{NAME}|(?:le|la|l['’])\s*[\w-]+)|"
    # `« …, a déclaré au Quotidien le porte-parole adjoint de l'Emirat, Nasrullah Haqjo.`:
    # a role first, since a name after `à`, `au` may be whom it was said to.
    rf"{AUXILIARY}\s+{VERB}(?:\s+{BETWEEN})*\s+(?=(?:le|la|l['’]))\s*{WHO})\s*[,.]"
)
# What follows a name set inside a quotation, up to the stop, when it says who they are
# (`…, soupire Véronique Stas, directrice d'une école. L'hiver …`): a noun of a person, bare
# or after `le`, `la`, `un`, `une`, to a stop that ends no title (`avocate de M. Diallo.`);
# not the words going on (`…, dit Paul Roy, les élèves attendent.`, `sa fille va mieux.`).
INCISE_APPOSITION = re.compile(
    r"\s*(?:(?:le|la|un|une)\s+|l['’]\s*)?(?P<head>[a-zà-ÿ][a-zà-ÿ-]+)"
    r"(?:[^,;:«»“”.!?]|(?:(?<=\bM)|(?<=\bMme)|(?<=\bDr)|(?<=\bMe))\.){0,100}?"
    # the words go on after it: an apposition does not end the quotation
    r"(?<!\bM)(?<!\bMme)(?<!\bDr)(?<!\bMe)\.(?=\s+\S)"
)
# A speech verb set inside a quotation after a comma (`« …, a écrit mardi …, le syndicat.`),
# however its subject is written.
INCISE_VERB = re.compile(rf",\s*(?:{AUXILIARY}\s+)?{VERB}(?:-t)?(?:-{INVERTED})?[\s,]")
ACCORDING_OPENS = re.compile(rf"^\s*(?i:selon|d['’]après)\s+{WHO}\s*,\s*")
# `Pour la direction, la décision est « irréversible »`, `Pour lui, …`: whose view the
# sentence gives; not `Pour la première fois,` or `Pour l'instant,`, which say when.
VIEW_OPENS = re.compile(
    rf"^\s*(?i:pour)\s+(?=[{UPPER}]|(?i:le|la|les|l['’])|(?i:lui|elle)\s*,)"
    r"(?!(?i:l['’]instant|l['’]heure|le\s+moment|l['’]an|l['’]année|le\s+mois)\b)"
    r"(?!(?i:(?:la|le|les)\s+(?:\w+\s+){0,3}(?:fois|années?|mois|jours?|semaines?|ans?)\b))"
    rf"{WHO}\s*,\s*"
    # `Pour les gestes pratiques, nous nous appuyons …`: a topic, the speaker's own.
    r"(?!\s*(?i:je|j['’]|nous|on)\b)"
)
# A French party's label inside a role, before a name or a place (`le sénateur (LR) Hervé
# Lemoine`, `Le maire (PS) de Brest`); the parties are a closed list, so a body's acronym
# (`L'Agence régionale de santé (ARS) de Bretagne`) is never taken for one.
_PARTIES = (
    "LR|PS|RN|LFI|EELV|EE-LV|PCF|UDI|LREM|LRM|MoDem|Modem|DVD|DVG|DVC|FN|UMP|NPA|PRG|"
    "Renaissance|Horizons|Reconquête"
)
PARTY_LABEL = re.compile(
    rf"(?<=\w)[ \u00a0]\((?:ex-)?(?:{_PARTIES})\)"
    rf"(?=[ \u00a0]+(?:[{UPPER}]|d[eu]\b|des\b|d['’]))"
)
# A name given an age (`Kévin Lemarchand, 29 ans,`, `Hamid S., âgé de 19 ans`) is a
# person's, whatever language their first name is from.
_AGE = (
    # `Zohra (le prénom a été modifié), 34 ans`: a note on the name may come first.
    r"(?:[ \u00a0]*\([^()]{1,60}\))?"
    r",[ \u00a0]+(?:(?:aujourd['’]hui[ \u00a0]+)?âgée?[ \u00a0]+de[ \u00a0]+)?"
    r"(?P<age>\d{1,3})[ \u00a0]+ans\b"
)
AGED = re.compile(rf"(?P<name>{NAME}){_AGE}")
# Any age the article gives, to someone it names or not (`une femme de 38 ans`, `Un
# retraité, 68 ans,`); not a span of time (`40 ans de carrière`, `depuis 30 ans`).
AGE_GIVEN = re.compile(
    r"(?:,|\bde|\bâgée?\s+de)[ \u00a0]+(?P<age>\d{1,3})[ \u00a0]+ans\b(?![ \u00a0]+d(?:e\b|['’]))"
)
NAME_ENDS_AT = re.compile(rf"{CAPITALISED}[ \u00a0]+$")
# Someone named by a first name alone, or with their surname's initial, as French press
# names witnesses and the accused who are not to be identified (`Shabnam, 34 ans`,
# `Hamid S., aujourd'hui âgé de 19 ans`): a person wherever an age follows, unless a
# capitalised word before it makes it the end of a longer name (`Marjan Sadat, 27 ans`).
AGED_FIRST_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>{CAPITALISED}(?:[ \u00a0][{UPPER}]\.)?)(?=,|[ \u00a0]*\(){_AGE}"
)
# Where a reported clause ends before a quotation its subject goes on to give in the
# sentence (`a démenti que A et a déclaré : « B »`): at that verb, or at the colon.
SAID_NEXT = re.compile(
    rf"(?:[ \u00a0,]+et[ \u00a0]+(?:{AUXILIARY}[ \u00a0]+(?:{ADVERB}[ \u00a0]+)?)?{VERB}"
    r"[^«»“”:.]{0,40})?[ \u00a0]*:[ \u00a0]*[«“]"
)
# Nouns of person shape that reports set beside a place or a state (`Kandahar, berceau
# des talibans`, `Moscou, allié de Damas`): no one's first name before them.
PLACE_EPITHETS = frozenset(
    word_list("berceau bastion fief capitale allié alliée partenaire pilier soutien symbole")
)
# A first name alone with what the person is in apposition (`Abdoulaye, commerçant,`,
# `Hadiza, mère de cinq enfants,`, `Karim, artisan plombier,`), as reports name people
# they meet.
FIRST_NAME_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<name>{CAPITALISED}),[ \u00a0]+(?P<determiner>une?[ \u00a0]+)?"
    rf"(?!{ADVERB}\b)(?P<head>[a-zà-ÿ][a-zà-ÿ-]+)(?:[ \u00a0]+[a-zà-ÿ][a-zà-ÿ-]+(?=[ \u00a0]*,))?"
    # `Aminata, étudiante en droit,`; not a participle before `en` (`Gao, occupée en 2012`)
    rf"(?=[ \u00a0]*,|[ \u00a0]+(?:de|du|des|d['’])\b|(?<![éè])(?<!ée)(?<!és)[ \u00a0]+en\b)"
)
# Adjectives French sets before a noun (`le principal prévenu`, `la jeune femme`); not
# `dernier` or `premier`, which stand for a person (`ce dernier affirme que …`).
_BEFORE_NOUN_WORDS = (
    *("principal", "principale", "jeune", "vieux", "vieille", "nouveau", "nouvel"),
    *("nouvelle", "ancien", "ancienne", "seul", "seule", "petit", "petite", "grand", "grande"),
)
# A determiner or such an adjective makes a verb's form a noun (`Une analyse que conteste
# X`, `son constat`, `le principal prévenu`); not `le`, `la`, `les` or `leur`, which may be
# pronouns before a verb (`il leur a dit`).
_NOUN_AFTER = "".join(
    rf"(?<!\b{first}{rest}\s)"
    for word in (
        *("un", "une", "des", "cette", "cet", "ce", "son", "sa", "ses", "du", "au", "aux"),
        *_BEFORE_NOUN_WORDS,
    )
    for first, rest in ((word[0], word[1:]), (word[0].upper(), word[1:]))
)
SPEECH = re.compile(rf"(?<![\w-]){_NOUN_AFTER}(?:{AUXILIARY}\s+(?:{ADVERB}\s+)?)?{VERB}")
# `…, selon X.`, and the agencies' `…, a-t-on appris auprès de X.` / `de source policière`.
ACCORDING_CLOSES = re.compile(
    # Not `selon la traduction de X`: a translator says nothing of their own.
    r",\s*(?:selon(?!\s+la\s+traduction)|d['’]après|a-t-on\s+appris\s+(?:auprès\s+)?"
    r"(?:de\s+la|de\s+l['’]|de|du|des|d['’]))"
    # `…, selon un responsable à Hérat, qui a requis l'anonymat.`: who they are, after.
    rf"\s*{WHO}\s*(?:,\s*qui\s[^«»]{{0,300}})?[.!?]?\s*$"
)
# An inverted tag after a clause: `, a indiqué mardi ` before a noun phrase or a name.
# `…, décrit les mêmes peurs`: what one describes follows the verb, not who describes it.
_INVERTED_TAG = (
    rf",\s*(?:{AUXILIARY}\s+)?(?!décri){VERB}(?:\s+{BETWEEN})*\s+"
    rf"(?=(?:le|la|les|l['’]|un|une|des|du)\b|[{UPPER}])"
)
# The subject of a relative clause just before its verb (`…, qui s'amuse`).
RELATIVE_BEFORE = re.compile(r",\s*qui\s+(?:ne\s+|n['’])?(?:se\s+|s['’])?$", re.IGNORECASE)
# Where a sentence's next clause begins, with a subject of its own.
CLAUSE_BREAK = re.compile(r";|,\s*(?:mais|puis|ce\s+qui)\s", re.IGNORECASE)
# Whom a tag says the words were said to or about (`a répondu X à la députée Y`, `au
# ministre`, `au sujet de Chloé Martin`).
ADDRESSEE = re.compile(
    r"\s(?P<to>au\s+sujet\s+d(?:e|u|es)|à\s+l['’]adresse\s+d(?:e|u|es)|auprès\s+d(?:e|u|es)"
    r"|devant|aux|au|à)"
    r"\s+(?P<whom>\S.*)$",
    re.IGNORECASE,
)
# The article a preposition contracts (`au ministre` is `le ministre`).
CONTRACTED_ARTICLE = {"au": "le ", "du": "le ", "aux": "les ", "des": "les "}
TAG_THEN_WHO = re.compile(rf"{_INVERTED_TAG}{WHO}\s*,\s*qui\s")
# A sentence closed by its inverted tag (`…, a indiqué mardi l'OIM, qui parle de « … ».`,
# `…, estime Paul Roy, président de l'ABN.`: a role apposed to a name, which the reader
# checks the tag's subject is).
TAG_CLOSES = re.compile(
    rf"{_INVERTED_TAG}{WHO}\s*(?:,\s*qui\s[^«»]{{0,300}}(?:«[^«»]{{0,300}}»[^«»]{{0,300}}){{0,3}}"
    r"|(?P<apposed>,\s*(?:(?:le|la|l['’]|un|une)\s*)?[a-zà-ÿ][^«»,;:.!?]{0,100}))?[.!?]?\s*$"
)
THAT = re.compile(rf"(?:\s+{BETWEEN})*\s+(?:qu['’]|que\s+)", re.IGNORECASE)
# What follows a denial without being what it denies: its agent (`un chiffre contesté par
# X`) or a figure it points back to (`contestent ce chiffre`).
NOT_DENIED_CONTENT = re.compile(r"(?:par\b|(?:ce|cet|cette|ces)\s+\S+\s*[.,;]?\s*$)", re.IGNORECASE)
# `…, selon laquelle …`, `…, juge X, pour qui « … »`: the view of the one just named.
ACCORDING_WHOM = re.compile(
    r",\s*(?:selon\s+(?:lequel|laquelle|lesquels|lesquelles)|pour\s+qui)\s+"
)
# A denial of fewer words is no claim (`dément toute irrégularité`, `conteste ce chiffre`).
DENIED_WORDS = 3
# Not passive (`l'amendement a été rejeté`): someone denies.
DENIED = re.compile(rf"(?<![\w-])(?<!été )(?:{AUXILIARY}\s+(?:{ADVERB}\s+)?)?{DENIAL_FORMS}\s+")
DENIAL = re.compile(rf"(?<![\w-]){DENIAL_FORMS}")
"""A denial (`a démenti`, `conteste`), which disputes a figure someone gave before it."""
# A stop, and the closing marks after it (`jours. » Il affirme`), French spaces between.
SENTENCE_END = re.compile(rf"[.!?…]+(?:[\s\u00a0\u202f]*[»”)])*\s+(?=[«“\"(]?\s*[{UPPER}0-9])")
LONGEST_ABBREVIATION = 5  # characters before a stop that may make it an abbreviation's
ABBREVIATED = re.compile(rf"(?:\b(?:M|Mme|Mlle|Dr|Me|St|av|env|p)|\b[{UPPER}])$")
PERSON = re.compile(rf"(?:(?P<title>{TITLE})[ \u00a0]+)?(?P<name>{NAME})")
TRAILING_PERSON = re.compile(rf"(?:{TITLE}[ \u00a0]+)?{NAME}$")
TITLED_PERSON = re.compile(rf"\b(?P<role>[Ll][ea]\s+{TITLE_ROLES})[ \u00a0]+(?P<name>{NAME})")
# A role's determiner: `le`, `la`, `l'`, and the possessives and indefinites of apposition
# (`sa coordinatrice, Freshta Nazari`, `un habitant, Karim Noori`).
ROLE_DETERMINER = r"(?:(?:[Ll]e|[Ll]a|[Ss]a|[Ss]on|[Ll]eur|[Uu]ne?)\s+|[Ll]['’]\s*)"
ROLE_BEFORE = re.compile(
    # A party or place in brackets may follow the role (`le maire (divers droite), X`).
    rf"\b(?P<role>{ROLE_DETERMINER}[a-zé][^,;:«»().]{{2,60}}?)(?:[ \u00a0]*\([^()]{{1,40}}\))?"
    rf"(?P<comma>,)?[ \u00a0]+"
    # A nationality may stand between (`…, le Norvégien Anders Lindqvist`).
    rf"(?P<nationality>(?:le|la|l['’])\s*[{UPPER}][a-zà-ÿ]+[ \u00a0]+)?(?:{TITLE}[ \u00a0]+)?"
    rf"(?P<name>{NAME})"
)
# A role opening its sentence without a determiner, then the name of its subject
# (`Maire depuis 2014, Yannick Le Goff défend …`).
ROLE_OPENING = re.compile(
    rf"(?:^|(?<=[.!?»][ \u00a0]))(?P<role>[{UPPER}][a-zà-ÿ'’-]+(?:[ \u00a0][^,;:«»().]{{1,70}}?)?),"
    rf"[ \u00a0]+(?:{TITLE}[ \u00a0]+)?(?P<name>{NAME})(?=[ \u00a0]+[a-zà-ÿ])"
)
ROLE_AFTER = re.compile(
    rf"(?P<name>{NAME}),[ \u00a0]+"
    rf"(?P<role>(?:(?:le|la|l['’])\s*)?[a-zé][^,;:«»().]{{2,100}}?)\s*(?P<end>[,.])"
)
# Words that open a sentence or a place, not a person's first name.
NOT_FIRST = frozenset(
    word_list(
        "le la les l un une des selon pour dans mais et en au aux lors après avant depuis "
        "lundi mardi mercredi jeudi vendredi samedi dimanche état etat saint sainte"
    )
)
# Institutions whose names open on a capital and read like a person's (`la République de
# Pontoise` after `procureur de`, `la Cour de cassation`).
INSTITUTIONS = frozenset(
    word_list(
        "république assemblée cour conseil tribunal parquet ministère préfecture mairie "
        "région département commission agence banque fédération ligue association"
    )
)
PRONOUNS = {
    "il": Gender.MALE,
    "lui": Gender.MALE,
    "elle": Gender.FEMALE,
    "ils": None,
    "elles": None,
}
# Nouns for bodies, not people, by their grammatical gender: a name set beside one (`la
# société Kerlann Habitat`) is an organisation's, which il/elle stand for only where no
# person could be meant, and only the pronoun of its gender (`l'Association des
# propriétaires …` is no `il`).
BODY_GENDERS = {
    **dict.fromkeys(
        word_list(
            "société entreprise agence association organisation ong mairie préfecture commune "
            "ville fondation banque université cour police gendarmerie armée mission "
            "fédération commission régie chaîne radio"
        ),
        Gender.FEMALE,
    ),
    **dict.fromkeys(
        word_list(
            "groupe ministère gouvernement conseil syndicat parti fonds institut hôpital "
            "tribunal parquet bureau office collectif comité promoteur laboratoire cabinet "
            "journal quotidien hebdomadaire magazine club"
        ),
        Gender.MALE,
    ),
}
BODIES = frozenset(BODY_GENDERS)
# Sides that speak as one when named alone (`Selon l'accusation, …`, `la direction a fait
# savoir`); in a longer phrase they may be anything (`une défense qui n'a pas convaincu`).
SIDES = frozenset(
    word_list("accusation défense direction exécutif opposition majorité intersyndicale")
)
DETERMINER_GENDER = {
    **dict.fromkeys(("le", "un"), Gender.MALE),
    **dict.fromkeys(("la", "une", "sa"), Gender.FEMALE),
}
# How far back an ordinal points: `ce dernier` to the last man named, `le premier` to
# the first of the last two people named.
ORDINAL_ANAPHORS: dict[str, tuple[int, Gender | None]] = {
    "ce dernier": (0, Gender.MALE),
    "cette dernière": (0, Gender.FEMALE),
    "le premier": (1, Gender.MALE),
    "la première": (1, Gender.FEMALE),
    "le second": (0, Gender.MALE),
    "la seconde": (0, Gender.FEMALE),
}
# A title just before a name (`un proche de M. X`): what stands before it governs the name.
TRAILING_TITLE = re.compile(rf"(?:{TITLE})\s*$")
# A preposition just before a phrase, which makes it another's complement (`du soutien de
# la présidente`).
GOVERNING = re.compile(
    r"\b(?:de|du|des|d['’]|au|aux|à|par|pour|avec|sans|chez|contre|malgré)\s*$", re.IGNORECASE
)
ORDINAL_OPENING = re.compile(
    rf"^(?:{'|'.join(sorted(ORDINAL_ANAPHORS, key=len, reverse=True))})\b", re.IGNORECASE
)
# Nouns that make `le premier`/`la première` an office (`la première dame`) or a thing
# (`Le second tour`, `La première fois`), beside the person nouns `describes_person` knows.
ORDINAL_NOUNS = frozenset(
    word_list(
        "dame adjoint adjointe conseiller conseillère tour fois jour match set round mandat "
        "volet acte épisode étage rang temps semestre trimestre partie rapport flic"
    )
)
ORDINAL_PAIR = frozenset({"le premier", "la première", "le second", "la seconde"})
DEMONSTRATIVE_GENDER: dict[str, Gender | None] = {
    "ce": Gender.MALE,
    "cet": Gender.MALE,
    "cette": Gender.FEMALE,
}
# A stressed pronoun between commas sets its subject against those before it (`Le
# maire, lui, a répondu`); without the commas `lui` is an object (`Le maire lui répond`).
STRESSED = frozenset({"lui", "eux", "elle", "elles"})
CONTRAST_TAIL = re.compile(rf",\s*(?P<pronoun>(?i:{either_of(list(STRESSED))}))\s*,\s*$")
CONTRASTED = re.compile(rf"(?P<subject>.+?),\s*(?i:{either_of(list(STRESSED))})")
# `Le président de l'ARM, qui revendique « … », dénonce la prolongation …`: a subject and
# its relative clause, then its own verb and that verb's object, no inverted tag.
# A name and its role set after it, the whole of what stands before a verb (`M. Paul Roy,
# président de l'Association …, conteste les chiffres`): its subject, not words said.
NAME_AND_ROLE = re.compile(
    rf"(?:{TITLE}[ \u00a0]+)?{NAME},\s+(?:(?:le|la|l['’]|un|une)\s*)?(?P<head>[a-zà-ÿ][\w-]*)"
    r"[^,;:«»“”]*"
)
SUBJECT_AND_RELATIVE = re.compile(r"[^,«»“”]{2,150},\s*qui\s(?:[^,«»“”]|«[^«»]*»|“[^“”]*”)*")
VAGUE = frozenset(word_list("on l'on l’on certains beaucoup personne plusieurs tous chacun"))
# Determiners that bring in someone new (`Un député d'extrême droite`).
INDEFINITE = frozenset(word_list("un une des"))
# One of a group a pronoun names (`a lancé l'une d'elles`): nobody a reader can name.
ONE_OF_THEM = re.compile(
    r"(?:l['’]une?|une?|certaine?s|quelques-une?s|aucune?)\s+d['’](?:entre\s+)?(?:eux|elles|nous|vous)",
    re.IGNORECASE,
)
# A phrase read as a speaker is none when it opens on one of these (`Je l'appelle …`,
# `ce`) or holds a conjugated auxiliary (`Le maire a formellement`): a clause, not a who.
NOT_SPEAKER_OPENING = frozenset(
    word_list(
        "je j' j’ nous vous tu on ce cela ça ceci qui que quoi tout rien il elle ils elles "
        "quand lorsque lorsqu' lorsqu’ si s' s’ comme parce puisque puisqu' puisqu’"
    )
)
FINITE_AUXILIARIES = frozenset(
    word_list(
        "a ont est sont avait avaient était étaient sera seront va vont doit peut ai as avons "
        "avez suis es sommes êtes étais"
    )
)
# More words than this is a clause or a list, not one speaker's name or role.
SPEAKER_WORDS = 14
# Words after which a speaker phrase goes on with where or when, not who: with the
# participle that places them (`un analyste basé à Kaboul`) or a word that tightens the
# time (`le ministre juste avant le vote`, `le ministre quelques minutes plus tard`).
ADJUNCT = re.compile(
    r"(?:\s+(?:basé|installé|établi|domicilié|joint|interrogé|contacté|rencontré)e?s?)?"
    r"(?:\s+(?:juste|un\s+peu|peu|aussitôt|sitôt))?"
    r"\s+(?!au\s+sein\b)(?:lors|devant|dans|sur|à|au|aux|en|pendant|après|avant|depuis|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|qui|dont|le\s+lendemain|la\s+veille|"
    r"(?:\w+\s+\w+\s+)?plus\s+(?:tard|tôt))\b.*$"
)
OPENING_ADJUNCT = re.compile(
    r"^(?:lors|devant|dans|sur|à|au|aux|en|pendant|après|avant|depuis|pour|mais|et|jusqu|d['’]ici|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ainsi|interrogée?s?|"
    r"selon|d['’]après|aujourd['’]hui|ensuite|enfin|désormais|puis|alors|pourtant|cependant|"
    r"toutefois|aussitôt|bref|surtout|"
    # `plus sérieusement`, `Finalement`: an adverb, in how it was said
    r"(?:(?:un\s+peu\s+)?(?:plus|moins|très|bien)\s+)?[a-zà-ÿ]+ment(?=\s*(?:[,:]|$))|"
    r"(?:un\s+peu\s+)?plus\s+(?:loin|tard|haut|bas)|non\s+loin|ce\s+(?:matin|soir|jour-là)|"
    r"cette\s+(?:nuit|semaine|année)|le\s+lendemain|la\s+veille)\b|"
    # A participle opening on who someone is or what happened to them (`Invité à
    # s'exprimer,`, `Arrivée en 2021,`, `Joint par téléphone,`).
    r"^\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|int|inte|ints|intes)\s+(?:à|au|aux|par|sur|"
    r"de|du|des|en|dans|après|lors)\b",
    re.IGNORECASE,
)
# Words between a verb and the speaker it names: `a déclaré lundi à l'AFP la ministre`.
LEADING_ADJUNCT = re.compile(rf"^(?:{BETWEEN}\s+|qu['’]|que\s+)+", re.IGNORECASE)
# What stands between commas after a subject and describes it, never the subject itself:
# an age (`58 ans`), a participle or a relative clause (`joint par téléphone`, `qui a
# requis l'anonymat`) — any part opening on a lower-case word that is no determiner or
# subject pronoun.
APPOSITION = re.compile(
    r"^(?:\d+\s+ans\b|(?!(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|"
    r"cette|ces|il|elle|ils|elles|on|qu['’]|que)\b)[a-zà-ÿ])"
)
# A body's name spelt out before its acronym: `le Programme alimentaire mondial (PAM)`.
ACRONYM_DEFINED = re.compile(
    r"(?:(?:^|(?<=[.!?]\s))(?:(?:Le|La|Les)\s+|L['’])|(?<=[\s(])(?:(?:le|la|les|du|des|"
    r"de\s+la|de\s+l['’])\s+|l['’]|d['’]))"
    rf"(?P<full>[{UPPER}][^()\n,;:.«»]{{1,80}}?)\s*\((?P<short>[{UPPER}][\w-]{{1,11}})\)"
)
TRAILING_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()]*)\)$")
# The object pronouns between a subject and its verb (`Un ancien élève m'a écrit`, `Le
# maire nous l'a dit`), no part of the subject.
TRAILING_CLITICS = re.compile(  # not a stressed pronoun set apart (`Le maire, lui,`)
    r"(?<!,)(?:\s+(?:m['’]|t['’]|l['’]|s['’]|me|te|nous|vous|lui|leur|les|se|y|en|ne|n['’])"
    r"\s*)+$"  # in lower case: `Elaine Lui` keeps her name
)
# What speaks for whoever wrote it: `ce rapport de la Mission`, `un communiqué du
# ministère`, `des chiffres communiqués par X`.
DOCUMENTS = (
    r"(?:rapport|communiqué|document|étude|enquête|bilan|texte|déclaration|note|lettre|"
    r"message|relevé|chiffres?|données|statistiques|estimations?)"
)
DOCUMENT_OF = re.compile(
    r"^(?:ce|cet|cette|ces|le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*"
    rf"{DOCUMENTS}\s+(?:(?:communiqué|publié|fourni|diffusé|"
    r"établi|cité)e?s?(?:\s+\w+)?\s+par\s+|de\s+(?=la\b|l['’])|du\s+|des\s+|de\s+|d['’])"
    # not its size (`ce document de 212 pages`)
    r"(?P<author>(?![\d\s\u00a0\u202f]+(?:pages?|feuillets?|mots|lignes|chapitres|volumes|tomes)\b).+)$",
    re.IGNORECASE,
)
# `d'après ses calculs`, `selon son rapport`: the words of whoever the possessive means.
OWN_DOCUMENT = re.compile(
    rf"(?:son|sa|ses|leur|leurs)\s+(?:{DOCUMENTS}|calculs|informations|propos|termes|mots)",
    re.IGNORECASE,
)
# A sentence that replies (`« … », a-t-elle réagi`, `a répliqué`, `en réponse`).
REPLY = re.compile(r"\b(?:réagi\w*|répliqu\w*|répond\w*|rétorqu\w*|ripost\w*|en\s+réponse)\b")
# `cet ancien officier`, `cette militante`: the person just named, never a document.
DEMONSTRATIVE = re.compile(rf"^(?P<which>ce|cet|cette)\s+(?!{DOCUMENTS}\b)[a-zà-ÿ]", re.IGNORECASE)
# A complement whose noun a name after it may stand beside (`de la victime X`, `du prévenu
# X`, `de la petite X`).
PERSON_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:de|du|des|d['’])\s+(?:(?:la|le|l['’]|les|sa|son|ses|leur|leurs)\s*)?"
    r"(?P<noun>[a-zà-ÿ-]+)\s+$"
)
# Nouns for people a story is about, whose name follows them without a comma.
PEOPLE_SPOKEN_OF = frozenset(
    word_list("victime victimes petite petit fillette défunt défunte disparu disparue")
)
# A place or time that the words between a verb and its inverted subject left behind,
# then the subject's name (`a rappelé devant les grilles de l'hôtel de ville Nordine
# Belkacem`: `de l'hôtel de ville Nordine Belkacem` is left): lower-case words only.
NAME_AFTER_COMPLEMENT = re.compile(
    rf"(?:de|d['’]|du|à|au|aux|sur|dans|devant|derrière|près|chez)\s+"
    rf"(?:(?:[a-zà-ÿ][\w-]*|[ld]['’][a-zà-ÿ][\w-]*)\s+)+(?P<name>{NAME})"
)
# `le maire, Yannick Le Bihan`; `Sa voisine de table, Farida` (a first name alone, as
# Afghan women are often named).
APPOSED_NAME = re.compile(
    rf",\s+(?:(?:{TITLE}|{_APPOSED_LABEL})\s+)?(?P<name>{NAME}|{CAPITALISED})$"
)
FINITE_VERB = re.compile(
    r"\s+(?:(?:ne|se|le|la|les|lui|leur|y|en)\s+|[nsl]['’])*"
    r"(?:a|ont|avait|avaient|est|sont|était|étaient)\s.*$"
)
# A role's complement: `le porte-parole des talibans` names whose spokesman.
COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’]|pour|chez|auprès)\b")
PREPOSITION = re.compile(r"(?:de|du|des|d['’]|à|au|aux|en|sur|dans|vers|par)", re.IGNORECASE)
# An agency's dateline: `KABOUL, 22 juillet 2025 (ANP) - `.
DATELINE = re.compile(rf"^[{UPPER}][{UPPER}' -]+,[^-–—]{{3,40}}\([^()]{{1,20}}\)\s*[-–—]\s*")
# The determiner just before a capitalised noun (`le Norvégien`), in the four characters
# before it.
AFTER_DETERMINER = re.compile(r"(?:^|\s)(?:[Ll]e|[Ll]a|[Ll]es)\s$|(?:^|\s)[Ll]['’]$")
# The auxiliary and the pronouns before it, after a subject (`M. Sadiqi l'a rejeté`).
CLITIC = r"(?:\s+(?:ne|se|le|la|les|lui|leur|y|en)\b|\s*\b[nsl]['’])"
TRAILING_AUXILIARY = re.compile(rf"(?:{CLITIC}*\s*\b{AUXILIARY}(?:\s+{ADVERB})?|{CLITIC}+)$")
# The pronoun inverted after a verb (`estime-t-elle`): that verb's subject.
INVERTED_AFTER = re.compile(rf"(?:-t)?-({INVERTED})\b")
INVERTED_TAIL = re.compile(rf"(?:^|\s)[a-zà-ÿ]+(?:-t)?-({INVERTED})$")
QUOTED = re.compile(r"«[^«»]*»?|“[^“”]*”?")
# A noun its relative clause follows (`Un chiffre que …`): the clause has its own subject.
RELATIVE_THAT = re.compile(
    r"^(?:un|une|le|la|les|l['’]|ce|cet|cette|des)\s*[\w-]+\s+qu(?:e\s+|['’])", re.IGNORECASE
)
OBJECT_RELATIVE = re.compile(r"\bqu(?:e\s+|['’])$", re.IGNORECASE)
_SUBORDINATOR = (
    r"(?:tandis|alors|parce|bien|avant|après|pendant)\s+qu(?:e\s+|['’])|"
    r"(?:lorsqu|quand|puisqu)(?:e\s+|['’]|\s+)"
)
CONJUNCTION = re.compile(
    rf"^(?:{_SUBORDINATOR}|et\s+|mais\s+|puis\s+)",
    re.IGNORECASE,  # `Puis elle a ajouté que …` opens its sentence
)
# A clause set before its sentence's own (`Quand on lui demande pourquoi, la septuagénaire
# hausse les épaules`): its subject is not the sentence's.
SUBORDINATE = re.compile(rf"^(?:{_SUBORDINATOR})", re.IGNORECASE)
# A clause of its own after a comma (`…, alors que le ministre jugeait l'accord`).
SUBORDINATE_AFTER_COMMA = re.compile(rf",\s*(?:{_SUBORDINATOR})", re.IGNORECASE)
OPENING_PRONOUN = re.compile(rf"^({INVERTED})(?:\s|$)", re.IGNORECASE)
LEADING_DETERMINER = re.compile(
    r"^(?:(?:le|la|les|sa|son|ses|leur|leurs|un|une)\s+|l['’]\s*)", re.IGNORECASE
)

# A definite description of a person, standing for someone the article has just named
# (`Gérard Pinchon, 71 ans, … « … », poursuit le retraité`). French agent nouns and
# participles used as nouns end so (`éleveur`, `commerçante`, `syndicaliste`, `élue`,
# `prévenu`, `magistrate`); the rest are listed. Nouns of bodies, acts and documents that
# end the same way (`le gouvernement`, `le communiqué`, `la direction`) are not people.
PERSON_ENDINGS = tuple(
    word_list("eur euse rice iste ien ienne ier ière ant ante ent ente é ée u ue logue aire cin")
)
PERSON_HEADS = frozenset(
    word_list(
        "homme femme mère père fils fille frère sœur oncle tante veuve maire ministre juge "
        "jeune garçon patron patronne élève chef cheffe responsable porte-parole témoin édile "
        "artisan artisane paysan paysanne retraité retraitée invité invitée voisin voisine "
        "avocat avocate soldat soldate candidat candidate magistrat magistrate lauréat "
        "lauréate diplomate démocrate bureaucrate technocrate prélat évêque archevêque "
        "monarque oligarque cadre"
    )
)
# Offices someone unnamed may hold in any story (`a promis le maire`).
OFFICES = frozenset(
    word_list(
        "maire préfet préfète ministre président présidente procureur procureure juge "
        "directeur directrice porte-parole gouverneur ambassadeur ambassadrice adjoint adjointe"
    )
)
# Nouns a story gives a speaker it does not name: someone new after `une`
# (`une source sécuritaire`), nobody anyone can point back to after `cette`.
ANONYMOUS_HEADS = frozenset({"source"})
# `-que` is no feminine participle (`élue`) but a thing's noun: `attaque`, `banque`.
NOT_PERSON_ENDINGS = ("ment", "ité", "ion", "ure", "ie", "que")
NOT_PERSON_HEADS = frozenset(
    word_list(
        "communiqué arrêté traité décret relevé état mandat résultat syndicat consulat "
        "patronat secrétariat commissariat rectorat électorat exécutif accident incident "
        "verdict jugement budget marché contenu salaire horaire commentaire inventaire "
        "anniversaire itinéraire questionnaire formulaire dictionnaire vocabulaire lieu "
        "milieu enjeu bien rien lien soutien entretien maintien argent"
    )
)
_BEFORE_NOUN = rf"(?:(?:{'|'.join(_BEFORE_NOUN_WORDS)})\s+)?"
DESCRIPTION = re.compile(
    rf"(?P<determiner>(?i:le|la)(?=\s)|(?i:l['’]))\s*{_BEFORE_NOUN}"
    r"(?P<head>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ].*)?"
)
# Someone the article describes and never names (`Un habitant de Kalan Dara`, `une
# voisine`).
DESCRIBED_PERSON = re.compile(
    rf"(?P<determiner>(?i:une|un|le|la|sa|son)(?=\s)|(?i:l['’]))\s*{_BEFORE_NOUN}"
    r"(?P<head>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ-]+)*"
    r"(?:\s+(?:de|du|des|d['’]|à|au|aux|en)\b.*)?"  # a name only in its complement
)
# A sentence that opens on someone described and then a word in lower case, its verb
# however conjugated (`Sa collègue hausse les épaules`, `Une voisine acquiesce`); not a
# description that goes on (`Le ministre de l'Intérieur …`).
OPENING_DESCRIPTION = re.compile(
    rf"(?P<phrase>(?:(?i:une|un|le|la|sa|son)(?=\s)|(?i:l['’]))\s*{_BEFORE_NOUN}[a-zà-ÿ-]+"
    # with the adjectives of where they are from, which no verb after a third person ends
    # as (`Un diplomate européen`, `un ouvrier portugais`, `un élu local`; not `-ive`,
    # `-aise`, `-elle`: `esquive`, `apaise`, `interpelle`)
    r"(?:\s+[a-zà-ÿ]+(?:éen|éenne|ien|ienne|ain|aine|ais|ois|al)s?\b){0,2}+)"
    r"\s+(?!(?:de|du|des|d['’]|à|au|aux|en|et|ou|qui|que|dont)\b)"
    # Not a verb with another man as its object (`Le maire l'écoute`, `Le ministre lui
    # serre la main`): the words after may well be his (`la`, `les`, `nous` leave no
    # such doubt for a pronoun of the subject's gender).
    r"(?!(?:lui|le)\b|l['’])(?-i:[a-zà-ÿ])"
)
# The grammatical gender `l'` hides, from the noun's ending (`l'élue`, `l'éleveur`);
# `l'artiste`, `l'élève`, `l'athlète`, `l'astronaute` could be either.
EITHER_ENDINGS = ("iste", "aire", "logue", "ève", "ète", "ite", "aute", "ôte")
FEMININE_ENDINGS = ("ée", "ue", "te", "trice", "euse", "ienne", "ière", "ère", "ante", "ente")


def description_gender(determiner: str, head: str) -> Gender | None:
    """The gender a definite description gives its person, where French shows it."""
    if determiner.lower() in DETERMINER_GENDER:
        return DETERMINER_GENDER[determiner.lower()]
    if head.endswith(EITHER_ENDINGS):
        return None
    if head.endswith(FEMININE_ENDINGS):
        return Gender.FEMALE
    return None if head.endswith("e") else Gender.MALE


# Nouns that say whose relative someone is (`le grand-père`, `la belle-mère de l'enfant`):
# never the one just named, whose relative they are.
_KIN = frozenset(
    word_list(
        "mère père fils fille frère sœur oncle tante veuve veuf mari épouse époux compagnon "
        "compagne cousin cousine neveu nièce gendre bru"
    )
)


_OWN_FAMILY = re.compile(r"\S+\s+d(?:e\s+|['’])(?:famille\b|\w+\s+enfants?\b)", re.IGNORECASE)


def names_kin(noun: str) -> bool:
    """Whether a description's noun and what follows it name someone's relative (`la
    mère`, `le beau-père de l'enfant`), not who they are (`ce père de deux enfants`)."""
    head = noun.split()[0] if noun.split() else ""
    kin = head in _KIN or head.split("-")[-1] in _KIN
    return kin and not _OWN_FAMILY.match(noun)


def names_office(head: str) -> bool:
    """Whether a description's noun is an office, alone or in a compound (`le sous-préfet`)."""
    return any(part in OFFICES for part in head.split("-"))


def same_role(given: str, head: str) -> bool:
    """Whether a role's noun and a description's are the same role: `adjoint` and
    `maire-adjoint` (a deputy); not `maire` and `maire-adjoint`, nor `préfet` and
    `sous-préfet`."""
    if given == head:
        return True
    parts = head.split("-")
    return len(parts) > 1 and parts[0] not in _COMPOUND_PREFIXES and given == parts[-1]


# Nouns that call someone by the decade of their age (`le sexagénaire`), and its first year.
AGE_DECADES = {
    "trentenaire": 30,
    "quadragénaire": 40,
    "quinquagénaire": 50,
    "sexagénaire": 60,
    "septuagénaire": 70,
    "octogénaire": 80,
    "nonagénaire": 90,
}


_COMPOUND_PREFIXES = frozenset(word_list("sous vice ex co belle beau grand arrière demi"))


def describes_person(head: str) -> bool:
    """Whether a description's noun is a person's (`retraité`), not a body's or act's."""
    if head in PERSON_HEADS or head in OFFICES:
        return True
    # `maire-adjoint`, `sous-préfète`, `belle-mère`: a compound whose nouns are all a
    # person's; not `chef-lieu`, a town.
    parts = [part for part in head.split("-") if part not in _COMPOUND_PREFIXES]
    if len(parts) > 1 or (parts and parts[0] != head):
        return all(describes_person(part) for part in parts)
    # `-eure` is a woman's `-eur` (`rapporteure`, `procureure`), not a `-ure` noun.
    if head.endswith("eure"):
        return True
    if head in NOT_PERSON_HEADS or head in BODIES or head.endswith(NOT_PERSON_ENDINGS):
        return False
    return head.endswith(PERSON_ENDINGS)
