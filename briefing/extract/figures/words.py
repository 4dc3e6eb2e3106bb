"""The words that shape what a figure measures: where a phrase stops and what opens it.

Lower-cased, as the phrase rules compare them.
"""

from __future__ import annotations

# English, then French and Persian conjunctions and relative words.
CLAUSE_WORDS = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "yet",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "because",
        "although",
        "though",
        "if",
        "when",
        "where",
        *[
            "et",
            "ou",
            "mais",
            "donc",
            "car",
            "qui",
            "que",
            "qu",
            "dont",
            "lorsque",
            "quand",
            "si",
            "tandis",
        ],
        *["و", "یا", "اما", "ولی", "که", "زیرا", "چون", "اگر", "وقتی"],
    ]
)

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "from",
        "with",
        "over",
        "under",
        "within",
        "into",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "than",
        "more",
        "less",
        "fewer",
        "least",
        "up",
        "close",
        "next",
        "past",
        "last",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "during",
        "after",
        "before",
        "since",
        "until",
        "approximately",
        "roughly",
    ]
)

# Words that open a phrase qualifying a noun: `camps across Afghanistan`, `cases in May`.
PREPOSITIONS = frozenset(
    [
        "without",
        "beyond",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "with",
        "across",
        "over",
        "under",
        "among",
        "against",
        "since",
        "during",
        "inside",
        "outside",
        "through",
        "throughout",
        "within",
        "into",
        "per",
        "by",
        "around",
        "near",
        "between",
    ]
)

BE = frozenset({"be", "been", "being"})

ADVERBS = frozenset({"still", "now", "already", "also", "only", "all"})

# Past forms that do not end in -ed: a verb here ends a noun phrase.
IRREGULAR_PAST = frozenset(
    [
        "hit",
        "cut",
        "put",
        "set",
        "spent",
        "sent",
        "paid",
        "made",
        "took",
        "gave",
        "went",
        "came",
        "left",
        "fell",
        "rose",
        "lost",
        "won",
        "held",
        "kept",
        "met",
        "ran",
        "told",
        "found",
        "got",
        "brought",
        "built",
        "bought",
        "began",
        "fought",
        "swept",
        "struck",
        "said",
    ]
)

NOT_PAST = frozenset({"hundred", "need", "red", "bed", "shed", "seed", "feed", "speed"})

# Nouns that stand for people already named (`injuries to 37 others`): what counts them is
# the noun they follow.
STAND_INS = frozenset({"others", "more", "them", "those", "people"})

SUBORDINATORS = frozenset({"after", "before", "until", "unless", "as"})

COMPARED = frozenset({"more", "less", "fewer"})
