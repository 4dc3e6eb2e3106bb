"""The words around a quotation that say whose it is: tags after it (`…,” said Jo Park`,
`…,” Jo Park, a spokeswoman, said`), relays (`quoted Park as saying`, `according to X`)
and passives (`described as “…” by X`), as patterns the reader matches at known places.
"""

from __future__ import annotations

import re

from briefing.extract.speech.names import ABBREVIATED_TITLES, INITIAL, INITIAL_INSIDE, TITLE
from briefing.extract.speech.subjects import LY_NOUNS
from briefing.extract.speech.verbs import REPORTING, STATE_AS_NOUN

# Whom a relay quotes: `Park as saying`, `the police spokesman, Ahmad Hotak, as saying`.
_QUOTED_ONE = r"(?P<original>[^,.;“”\"]{1,80}?(?:,\s+[^,.;“”\"]+?,)?)\s+as\s+saying"
# Before the words (`X quoted Park as saying: “…”`, `… as saying that “…”`) and after
# them, past the tag's verb (`“…,” the agency quoted Dehghanpour as saying.`).
RELAY = re.compile(rf"\s+quoted\s+{_QUOTED_ONE}(?:\s+that)?\W*$")
QUOTED_AS = re.compile(rf"\s+{_QUOTED_ONE}\b")
# A speaker after the quote: words up to the clause's end, titles' stops included.
# An initial is a capital and a stop even where the pattern ignores case (`Lee.` ends).
_WHO_CHARACTER = rf"(?:{TITLE}|(?-i:{INITIAL})|[^.,;:“”\"])"
WHO = rf"{_WHO_CHARACTER}{{1,60}}?"
# After an inverted verb a speaker written around a name may be long (`…,” said Harlow
# State University political scientist Ann Lee`); a description with a determiner stays
# short, since a longer one names others (`said the mother of the teenager shot by
# officer Tom Hale …`).
_WHO_INVERTED = rf"(?:(?!(?:the|a|an|one|his|her|their|its|our)\s){_WHO_CHARACTER}{{1,100}}?|{WHO})"
# Verbs that tag a quotation beside it but do not introduce reported speech (`asked
# whether` is no statement): `“…?” asked Roe`, `“…,” Roe continued`.
_TAG_ONLY = (
    r"asked|asks|continued|continues|replied|replies|responded|chanted|quipped|joked|"
    r"wondered|interjected|demurred|reported|recalled|shouted|tweeted|posted|"
    r"questioned|pressed|interrupted|went\s+on|shot\s+back|fired\s+back|"
    # Only where the clause ends on it (`…,” Roe charged.`), not `a jury charged him`.
    r"charged(?=\s*[.,;]|$)|"
    # The present of tag verbs whose past reports speech (`Roe answers`, as `Roe answered`):
    # as a noun (`the answers`) it must not open a clause, so only beside a quotation.
    r"answers|scoffs|exclaims|muses|marvels|chuckles|grouses|grumbles|laments|cautions"
)
# An adverb between a speaker and the tag's verb (`Roe quickly said`), not the last word
# of the speaker (`Porter's family said`).
_ADVERB = rf"(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)\w+ly"
# A tag's verb is written in lower case: `the Islamic State` holds no verb.
_LOWER = "(?=(?-i:[a-z]))"
_TAGGING = rf"(?:{REPORTING.pattern}|\b(?:{_TAG_ONLY})\b)"
# `…,” said Jo Park.` ends where the name does; `…,” Jo Park said on TV, adding` need not.
# A stop that ends a title is no end of the speaker (`…,” said Sen. Jim Whelan who …`).
_NOT_A_TITLES_STOP = "".join(
    rf"(?<!\b{title})"
    for title in sorted(ABBREVIATED_TITLES | {"Det", "St"})  # and `St.`
)
# A name set after a role (`…,” said the attorney general, Pam Bondi.`).
_APPOSED_NAME = (
    rf"(?:{TITLE}\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?:{INITIAL}\s+)?(?-i:[A-Z][\w’'-]*)){{1,3}}"
)
# What a tag may say of its speaker between commas: an age, a description, a place that
# holds a comma of its own (`…,” Ann Purl, 67, a clerk in Dover, Del., said`).
_APPOSED_PART = rf"(?:{TITLE}|(?-i:{INITIAL})|[^,;:“”\"]){{1,100}}?"
# A clause about the speaker after an inverted tag, however long (`…,” said a former US
# law enforcement official who oversaw investigations and described it as “…”.`).
_ABOUT_THEM = r"(?:\s+(?:who|whom|whose|when|while|after|before|because)\b[^;]{0,300}?)?"
AFTER_TAG = re.compile(
    rf"\s*[,—–]?\s*(?:(?!states?\b){_LOWER}(?P<verb1>{_TAGGING})\s+(?P<who1>{_WHO_INVERTED})"
    rf"(?:\s*\([^()]{{1,40}}\))?(?:,\s+(?P<named1>{_APPOSED_NAME}))?{_ABOUT_THEM}"
    rf"\s*(?=(?<!\b[A-Z]){_NOT_A_TITLES_STOP}[.,;]|$)|"
    # `“…,” and Roe said she agreed`, `“…,” while Roe said …`: a clause of its own, no
    # tag of the words before.
    rf"(?!\s*(?:and|but|while|whereas|although|though|yet)\s)(?P<who2>{WHO})(?:\s*\([^()]{{1,40}}\))?"
    rf"(?:,(?P<apposed>{_APPOSED_PART}(?:,{_APPOSED_PART}){{0,3}}),)?"
    rf"\s+(?:{_ADVERB}\s+)?{_LOWER}(?P<verb2>{_TAGGING})\b"
    # `“…,” Afghan state broadcaster RTA quoted …`: the noun, not the verb.
    rf"(?!(?<=state)(?:{STATE_AS_NOUN.pattern})))",
    re.IGNORECASE,
)


# `Hale reported, “…”`, `Kim shot back: “…”`: a verb that tags the words after it, with
# its subject before it (the verbs that also report speech are read as such elsewhere);
# not in the passive (`Trump was asked, “…?”`: the asker's words).
BEFORE_TAG = re.compile(
    rf"(?<![“”\"])(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)"
    rf"\b(?:{_TAG_ONLY}|(?:shot|fired|hit)\s+back|snapped|retorted)\s*[,:]\s*$",
    re.IGNORECASE,
)
# `As the Daily Courier noted in an op-ed, the candidate “…”`: an opening that gives the
# source of the sentence's words.
AS_SOURCE = re.compile(
    r"^(?:but\s+|and\s+)?as\s+(?P<source>[^,“”\"]{2,60}?)(?:,[^,“”\"]{2,120},)?\s+(?:noted|reported|wrote|"
    r"observed|pointed\s+out|put\s+it|explained|argued|remarked|recalled|notes|reports|"
    r"writes|puts\s+it)\b[^,“”\"]{0,40},",
    re.IGNORECASE,
)
# `“…,” according to Mr. Rhodes.`: the source right after the words.
ACCORDING_TAG = re.compile(
    rf"\s*[,—–]?\s*according\s+to\s+(?P<source>{WHO})\s*(?=(?<!\b[A-Z])[.,;]|$)"
)
# `According to Mr. Rhodes, “…”`: the source right before the words, nothing between.
ACCORDING_BEFORE = re.compile(
    rf"(?:^|[.;]\s+)according\s+to\s+(?P<source>{WHO})\s*[,:]\s*$", re.IGNORECASE
)
# `…,” Jo Park told the paper, according to Radio Valley.`: the relay after a tag.
ACCORDING_AFTER = re.compile(
    rf"[^.;“”\"]{{0,60}}?,\s+according\s+to\s+(?P<source>(?:{INITIAL_INSIDE}|[^,.;“”\"])+)"
)
# `described as “a disaster” by Tom Reyes`: a passive tag after the words.
PASSIVE = re.compile(
    r"\b(?:described|branded|dubbed|labell?ed|called|termed)\s+(?:as\s+)?$", re.IGNORECASE
)
BY_AFTER = re.compile(rf"\s+by\s+(?P<who>{WHO})\s*(?=[.,;]|$)")
