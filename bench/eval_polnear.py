"""Score quote extraction and speaker attribution against the PolNeAR corpus (train and dev).

    python bench/eval_polnear.py CORPUS [--split train|dev] [--limit N] [--errors FILE]
        [--sample EVIDENCE:N ... --sample-to FOLDER]

CORPUS is a PolNeAR snapshot: either a bare git directory (read with ``git ls-tree`` and
``git cat-file``, no work tree needed) or a folder holding ``data/``. The corpus is read at
run time and nothing of it is written into the repository.

Rules: only the ``train`` and ``dev`` splits are read. The test split is kept for one final
measurement by others, so this script refuses any other split and never lists, reads or
scores anything under ``data/test``. ``--errors`` writes quoted text, so it must point
outside the repository (the script refuses a path inside it).

How it measures, decided once so scores stay comparable between changes:

* Article: the raw ``text/*.txt`` split on blank lines (every PolNeAR text has them), the
  headline line being paragraph 1, each paragraph keeping its offset in the raw text.
  ``briefing.extract.extract`` runs on it; only that call is timed.
* Gold: every attribution relation (brat ``E`` line) with a Source and a Content, from one
  annotation file per article: several annotators' versions exist for some articles, and
  the first by file name is taken. A relation is *direct* when its content holds a double
  quotation mark (``"`` ``“`` ``”`` ``„`` ``«`` ``»``; single quotes are left out because
  ``’`` is also the apostrophe), else *indirect*.
* Gold speaker: the syntactic head of the Source span (CoreNLP basic dependencies). A
  proper-noun head gives the name (its run of NNP tokens; a head that is only a title or
  role takes the name after it: ``Secretary of State John Kerry``). A pronoun or
  common-noun head is followed through the CoreNLP coreference chain holding it to the
  chain's best proper name (PERSON first, then the longest), else to the chain's
  representative mention if that is not a pronoun. The surface phrase up to the head is
  kept as a further alias, and names the source when it holds a proper noun (``the
  Clinton campaign``). A source with none of these (``officials`` with no chain, ``who``)
  is *gold unnamed*. Where the CoreNLP file is absent from the snapshot (files of 4 MiB or
  more may be), the surface up to its first comma stands in.
* Spans: a prediction matches a gold relation of the same type when their raw-text
  character spans overlap by at least half of the shorter one (a quoted fragment of a
  longer attributed passage counts). Precision counts matched predictions, recall counts
  gold relations matched by at least one prediction. Predictions that match only a relation
  without a source (``Attribution-no-source``) are left out of both counts.
* Speaker, for each matched prediction, against the matched relation with the best
  overlap (ties: the tighter, inner relation): RIGHT when the predicted speaker and a gold
  name or alias, lower-cased with titles (Mr., Sen., President...), possessives and
  punctuation removed, end in the same word or one is a run of the other's words (not
  across a possessive); NONE when no speaker is predicted; WRONG otherwise. Shares are of
  matched predictions whose gold source is named; gold-unnamed ones are counted apart,
  with how often the system named a speaker there. The surname rule is lenient: two
  Clintons count as one, and a garbled speaker that ends in the right surname is RIGHT.

The table gives, per split and type, gold relations, predictions, matched predictions
(``match``, for precision) and gold relations found (``found``, for recall), then the
speaker verdicts as shares of matched predictions with a named gold source. ``--errors``
writes one tab-separated line per WRONG, NONE or UNNAMED verdict: split, article,
paragraph, type, verdict, predicted speaker, relayed_by, gold source, gold names, and the
first 80 characters of the quote. All of train and dev takes under a minute on two cores,
most of it reading the CoreNLP XML.

The gold side of a pronoun source is CoreNLP's coreference chain, and it is often wrong.
``--sample pronoun:60 --sample-to FOLDER`` draws matched direct quotes given on that
evidence (a fixed seed, so the draw repeats) and writes them blind, the quote and the
paragraphs before it only, for a reader to name each speaker from the text alone;
``bench/judge_polnear_sample.py FOLDER`` then scores the tool and the gold against the
reader's answers.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.extract import extract
from briefing.model import Article, Paragraph, Quote, QuoteType

SPLITS = ("train", "dev")
REPO = Path(__file__).resolve().parents[1]
SPAN_OVERLAP = 0.5
QUOTE_MARKS = frozenset('"“”„«»')
PROPER_POS = frozenset({"NNP", "NNPS"})
NAME_NER = frozenset({"PERSON", "ORGANIZATION"})
# Capitalised words that are no one's name: ``Thursday``, ``September``.
NOT_NAME_NER = frozenset(
    {"DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT"}
)
# Heads that stand for someone named elsewhere, never a name themselves.
PRONOUN_POS = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX"})
_TITLE_WORDS = """
    mr mrs ms miss dr prof rev sen senator rep representative gov governor president pres
    sec secretary gen general lt col sgt capt maj adm cmdr judge justice mayor former retired
    the a an jr sr ii iii
"""
TITLES = frozenset(_TITLE_WORDS.split())
_PRONOUN_WORDS = "i me we us you he him she her they them it who this that those these"
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())

Span = tuple[int, int]


# --- Reading the corpus -------------------------------------------------------------------


def _check_split(split: str) -> None:
    """The one gate every read goes through: the test split is never touched."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} refused: only {', '.join(SPLITS)} may be read")


class Corpus:
    """The files of a PolNeAR snapshot, from a bare git directory or a plain folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.is_git = (root / "HEAD").is_file() and (root / "objects").is_dir()
        self._blobs: dict[str, str] = {}
        self._cat: subprocess.Popen[bytes] | None = None

    def names(self, split: str, kind: str) -> list[str]:
        """File names in ``data/<split>/<kind>/``, sorted."""
        _check_split(split)
        folder = f"data/{split}/{kind}/"
        if not self.is_git:
            return sorted(path.name for path in (self.root / folder).iterdir())
        listing = self._git("ls-tree", "-z", "HEAD", folder).decode("utf-8")
        names = []
        for entry in filter(None, listing.split("\0")):
            meta, path = entry.split("\t", 1)
            name = path.rsplit("/", 1)[-1]
            self._blobs[folder + name] = meta.split()[2]
            names.append(name)
        return sorted(names)

    def read(self, split: str, kind: str, name: str) -> bytes | None:
        """A file's bytes, or None when the snapshot lacks it (large files may be absent)."""
        _check_split(split)
        path = f"data/{split}/{kind}/{name}"
        if not self.is_git:
            file = self.root / path
            return file.read_bytes() if file.is_file() else None
        if path not in self._blobs:
            self.names(split, kind)
        blob = self._blobs.get(path)
        return None if blob is None else self._cat_blob(blob)

    def _git(self, *args: str) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.root}", *args], check=True, capture_output=True
        ).stdout

    def _cat_blob(self, blob: str) -> bytes | None:
        # One long-lived `git cat-file --batch`: a process per file would dominate the run.
        if self._cat is None:
            self._cat = subprocess.Popen(
                ["git", f"--git-dir={self.root}", "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self._cat.stdin is not None and self._cat.stdout is not None
        self._cat.stdin.write(blob.encode() + b"\n")
        self._cat.stdin.flush()
        header = self._cat.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            return None
        data = self._cat.stdout.read(int(header[2]))
        self._cat.stdout.read(1)  # the newline after each object
        return data

    def close(self) -> None:
        if self._cat is not None:
            assert self._cat.stdin is not None
            self._cat.stdin.close()
            self._cat.wait()
            self._cat = None


# --- Articles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One PolNeAR article: the Article handed to extract, and where its paragraphs start."""

    name: str
    article: Article
    offsets: dict[int, int]


def build_document(name: str, text: str) -> Document:
    """Paragraphs numbered from 1, with their raw-text offsets.

    PolNeAR's texts put the headline, a blank line, then one paragraph per line, so every
    non-empty line is a paragraph, as ``briefing`` reads a plain-text page dump.
    """
    paragraphs: list[Paragraph] = []
    offsets: dict[int, int] = {}
    for block in re.finditer(r"[^\s](?:[^\n]*[^\s])?", text):
        number = len(paragraphs) + 1
        paragraphs.append(Paragraph(number=number, text=block.group()))
        offsets[number] = block.start()
    article = Article(
        source=name,
        title=None,
        paragraphs=tuple(paragraphs),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return Document(name, article, offsets)


@dataclass(frozen=True)
class Prediction:
    quote: Quote
    span: Span


def locate_quotes(document: Document, quotes: Sequence[Quote]) -> list[Prediction]:
    """Raw-text spans of the quotes.

    A Quote carries no offset, so the n-th quote with a given text in a paragraph is taken
    to be that text's n-th occurrence there.
    """
    seen: dict[tuple[int, str], int] = {}
    located = []
    for quote in quotes:
        paragraph = document.article.paragraph(quote.paragraph).text
        key = (quote.paragraph, quote.text)
        start = -1
        for _ in range(seen.get(key, 0) + 1):
            start = paragraph.find(quote.text, start + 1)
        if start < 0:  # more repeats than occurrences: fall back to the first
            start = paragraph.find(quote.text)
        seen[key] = seen.get(key, 0) + 1
        begin = document.offsets[quote.paragraph] + start
        located.append(Prediction(quote, (begin, begin + len(quote.text))))
    return located


# --- Gold attributions (brat standoff) ----------------------------------------------------


@dataclass(frozen=True)
class Relation:
    source: tuple[Span, ...]
    content: tuple[Span, ...]


_TEXT_BOUND = re.compile(r"^(T\d+)\t([\w-]+) (\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)
_EVENT = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)


def parse_relations(ann: str) -> list[Relation]:
    """Attribution relations of a brat file; a relation without Source has an empty one.

    Only the offsets are used: brat repeats the annotated text after them, and a text that
    spans a line break continues on the next line, so lines that are not T or E are skipped.
    """
    spans = {
        match.group(1): tuple(
            (int(begin), int(end))
            for begin, end in (pair.split() for pair in match.group(3).split(";"))
        )
        for match in _TEXT_BOUND.finditer(ann)
    }
    relations = []
    for match in _EVENT.finditer(ann):
        roles: dict[str, list[Span]] = {}
        for argument in match.group(1).split():
            role, _, target = argument.partition(":")
            roles.setdefault(role.rstrip("0123456789"), []).extend(spans.get(target, ()))
        if roles.get("Content"):
            relations.append(
                Relation(tuple(roles.get("Source", ())), tuple(sorted(roles["Content"])))
            )
    return relations


# --- CoreNLP: tokens, dependency heads, coreference ---------------------------------------


@dataclass(frozen=True)
class Token:
    begin: int
    end: int
    pos: str
    ner: str
    governor: int  # global index of the basic-dependency governor, -1 for the root

    @property
    def proper(self) -> bool:
        return (self.pos in PROPER_POS and self.ner not in NOT_NAME_NER) or self.ner == "PERSON"


@dataclass(frozen=True)
class Mention:
    start: int  # global token indexes, end exclusive
    end: int
    head: int
    representative: bool


@dataclass
class Parse:
    tokens: list[Token] = field(default_factory=list)
    chains: list[list[Mention]] = field(default_factory=list)


def parse_corenlp(xml: bytes) -> Parse:
    """Tokens, basic-dependency governors and coreference chains of a CoreNLP XML file.

    Parse trees and the other dependency kinds make up most of each file and are skipped;
    elements are cleared as soon as they are read so memory stays flat.
    """
    parse = Parse()
    sentence_starts: list[int] = []
    sentence_tokens: list[tuple[int, int, str, str]] = []
    governors: dict[int, int] = {}
    for _, element in ET.iterparse(io.BytesIO(xml)):
        tag = element.tag
        if tag == "token":
            sentence_tokens.append(
                (
                    int(element.findtext("CharacterOffsetBegin", "0")),
                    int(element.findtext("CharacterOffsetEnd", "0")),
                    element.findtext("POS", ""),
                    element.findtext("NER", "O"),
                )
            )
            element.clear()
        elif tag == "dependencies" and element.get("type") == "basic-dependencies":
            for dep in element.iter("dep"):
                child, parent = dep.find("dependent"), dep.find("governor")
                if child is not None and parent is not None:
                    governors[int(child.get("idx", "0"))] = int(parent.get("idx", "0"))
        elif tag == "sentence" and element.get("id") is not None:
            base = len(parse.tokens)
            sentence_starts.append(base)
            for index, (begin, end, pos, ner) in enumerate(sentence_tokens, start=1):
                governor = governors.get(index, 0)  # 0: the sentence's root
                parse.tokens.append(
                    Token(begin, end, pos, ner, base + governor - 1 if governor else -1)
                )
            sentence_tokens, governors = [], {}
            element.clear()
        elif tag == "coreference" and element.find("mention") is not None:
            parse.chains.append(
                [_mention(mention, sentence_starts) for mention in element.iter("mention")]
            )
            element.clear()
    return parse


def _mention(element: ET.Element, sentence_starts: list[int]) -> Mention:
    base = sentence_starts[int(element.findtext("sentence", "1")) - 1] - 1
    return Mention(
        start=base + int(element.findtext("start", "1")),
        end=base + int(element.findtext("end", "2")),
        head=base + int(element.findtext("head", "1")),
        representative=element.get("representative") == "true",
    )


# --- Resolving a gold source to names -----------------------------------------------------


@dataclass(frozen=True)
class GoldSource:
    surface: str
    names: tuple[str, ...]  # empty: gold unnamed
    aliases: tuple[str, ...]  # names plus the surface phrase, for matching


def resolve_source(text: str, spans: Sequence[Span], parse: Parse | None) -> GoldSource:
    """The names a gold Source span stands for, found as the module docstring describes."""
    surface = " ".join(text[begin:end] for begin, end in spans).strip()
    if parse is None:
        return _resolve_by_surface(surface)
    inside = [
        index
        for index, token in enumerate(parse.tokens)
        if any(token.begin < end and begin < token.end for begin, end in spans)
    ]
    if not inside:
        return _resolve_by_surface(surface)
    head = _span_head(parse, inside)
    tokens = parse.tokens
    phrase_tokens = [index for index in inside if index <= head]
    phrase = text[tokens[phrase_tokens[0]].begin : tokens[head].end]
    names: list[str] = []
    if tokens[head].proper:
        name = _proper_run(text, parse, head, inside[0], inside[-1] + 1)
        if _only_titles(name):
            name = _name_after_title(text, parse, head, inside[-1] + 1) or name
        names.append(name)
    elif head + 1 <= inside[-1] and tokens[head + 1].proper:
        # A role before a name that the parser took for the head: ``spokesman Nick Merrill``.
        names.append(_proper_run(text, parse, head + 1, head + 1, inside[-1] + 1))
    else:
        names.extend(_chain_names(text, parse, head, inside))
        if any(tokens[index].proper for index in phrase_tokens):
            names.append(phrase)
    names = [name for name in names if re.search(r"\w", name)]  # a stray quote mark is none
    aliases = names if tokens[head].pos in PRONOUN_POS else [*names, phrase]
    return GoldSource(surface, tuple(dict.fromkeys(names)), tuple(dict.fromkeys(aliases)))


def _resolve_by_surface(surface: str) -> GoldSource:
    """Without CoreNLP: the surface up to an appositive comma, named if it has a capital."""
    phrase = surface.split(",")[0].strip()
    capitalised = any(word[:1].isupper() and word.lower() not in TITLES for word in phrase.split())
    named = capitalised and phrase.lower() not in _PRONOUNS
    return GoldSource(surface, (phrase,) if named else (), (phrase,))


def _span_head(parse: Parse, inside: list[int]) -> int:
    """The token of the span whose governor lies outside it: the phrase's syntactic head."""
    members = set(inside)
    heads = [index for index in inside if parse.tokens[index].governor not in members]
    nominal = [i for i in heads if parse.tokens[i].pos[:2] in ("NN", "PR", "WP", "CD")]
    return (nominal or heads or inside)[0]


def _proper_run(text: str, parse: Parse, head: int, low: int, high: int) -> str:
    """The run of proper-noun tokens from ``head`` within [low, high): ``Robby Mook``.

    Tokens of the head's named-entity class join too, since the tagger calls some words of a
    name common nouns (``Tax`` in ``Tax Policy Center``).
    """
    entity = parse.tokens[head].ner if parse.tokens[head].ner in NAME_NER else None

    def joins(index: int) -> bool:
        token = parse.tokens[index]
        return token.proper or (entity is not None and token.ner == entity)

    first = last = head
    while first - 1 >= low and joins(first - 1):
        first -= 1
    while last + 1 < high and joins(last + 1):
        last += 1
    return text[parse.tokens[first].begin : parse.tokens[last].end]


def _name_after_title(text: str, parse: Parse, head: int, high: int) -> str | None:
    """The name that follows a head which is only a title: ``Secretary of State John Kerry``.

    The last proper noun before the next comma ends it.
    """
    last = None
    for index in range(head + 1, high):
        if text[parse.tokens[index].begin : parse.tokens[index].end] == ",":
            break
        if parse.tokens[index].proper:
            last = index
    return None if last is None else _proper_run(text, parse, last, head + 1, last + 1)


def _only_titles(name: str) -> bool:
    return all(word in TITLES for word in re.findall(r"[\w-]+", name.lower()))


def _chain_names(text: str, parse: Parse, head: int, inside: list[int]) -> list[str]:
    """The best name of the coreference chain holding the source's head."""
    chain = _chain_of(parse, head, inside)
    if chain is None:
        return []
    best: tuple[tuple[bool, int, int], str] | None = None
    for order, mention in enumerate(chain):
        token = parse.tokens[mention.head]
        if not (token.proper or token.ner in NAME_NER):
            continue
        run = _proper_run(text, parse, mention.head, mention.start, mention.end)
        rank = (token.ner == "PERSON", len(run.split()), -order)
        if best is None or rank > best[0]:
            best = (rank, run)
    if best is not None:
        return [best[1]]
    representative = next((m for m in chain if m.representative), chain[0])
    if parse.tokens[representative.head].pos in PRONOUN_POS:
        return []
    # Up to its head only: a representative can run on through a relative clause.
    begin = parse.tokens[representative.start].begin
    return [text[begin : parse.tokens[representative.head].end].lstrip("\"“‘'( ")]


def _chain_of(parse: Parse, head: int, inside: list[int]) -> list[Mention] | None:
    """The chain with a mention headed by ``head``, else the tightest mention around it."""
    for chain in parse.chains:
        if any(mention.head == head for mention in chain):
            return chain
    around = [
        (mention.end - mention.start, index)
        for index, chain in enumerate(parse.chains)
        for mention in chain
        if mention.start <= head < mention.end and mention.start >= inside[0]
    ]
    return parse.chains[min(around)[1]] if around else None


# --- Comparing names ----------------------------------------------------------------------


def words(name: str) -> list[str]:
    """Comparable words: lower-cased, possessives, punctuation and titles removed."""
    name = re.sub(r"['’]s\b", " ", name.lower())
    found = re.findall(r"[\w-]+", name)
    # A bare title is all some sources give (``the former president``): keep it then.
    return [word for word in found if word not in TITLES] or found


def same_speaker(predicted: str, gold: str) -> bool:
    """Same last word, one name's words a run of the other's (no possessive in either),
    or one a body's initials and the other its name spelt out (`the DNC`, `Democratic
    National Committee`)."""
    predicted_words, gold_words = words(predicted), words(gold)
    if not predicted_words or not gold_words:
        return False
    if predicted_words[-1] == gold_words[-1]:
        return True
    if _initials_of(predicted_words, gold_words) or _initials_of(gold_words, predicted_words):
        return True
    if re.search(r"['’]s\b", predicted + " " + gold):
        return False
    shorter, longer = sorted((predicted_words, gold_words), key=len)
    return any(
        longer[index : index + len(shorter)] == shorter
        for index in range(len(longer) - len(shorter) + 1)
    )


def _initials_of(short: list[str], spelt: list[str]) -> bool:
    """Whether ``short`` is one word (past an article) made of the initials of ``spelt``."""
    short = [word for word in short if word != "the"]
    initials = "".join(word[0] for word in spelt if word not in ("the", "of", "and", "for"))
    return len(short) == 1 and len(initials) > 1 and short[0] == initials


# --- Scoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldItem:
    relation: Relation
    type: QuoteType
    source: GoldSource | None  # None: a relation without a source


def gold_type(text: str, content: Sequence[Span]) -> QuoteType:
    quoted = any(
        QUOTE_MARKS.intersection(text[begin:end]) or "''" in text[begin:end]
        for begin, end in content
    )  # doubled apostrophes are the quotation marks of some outlets' copy
    return QuoteType.DIRECT if quoted else QuoteType.INDIRECT


def overlap(span: Span, content: Sequence[Span]) -> tuple[float, float]:
    """Shared characters over the shorter span, and over the union (to rank ties)."""
    shared = sum(max(0, min(span[1], end) - max(span[0], begin)) for begin, end in content)
    predicted = span[1] - span[0]
    gold = sum(end - begin for begin, end in content)
    shorter = min(predicted, gold)
    return (shared / shorter if shorter else 0.0, shared / max(1, predicted + gold - shared))


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    none: int = 0
    unnamed: int = 0
    unnamed_named: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class ErrorRow:
    """One matched prediction's speaker verdict (non-RIGHT ones are the error list)."""

    split: str
    article: str
    verdict: str
    prediction: Prediction
    gold: GoldSource
    document: Document

    def line(self) -> str:
        quote = self.prediction.quote
        fields = [
            self.split,
            self.article,
            str(quote.paragraph),
            quote.type.value,
            self.verdict,
            quote.speaker or "-",
            quote.relayed_by or "-",
            quote.speaker_evidence.value if quote.speaker_evidence else "-",
            self.gold.surface,
            " | ".join(self.gold.names) or "-",
            quote.text[:80],
        ]
        return "\t".join(re.sub(r"\s+", " ", value) for value in fields)


def score_document(
    split: str,
    document: Document,
    gold: Sequence[GoldItem],
    predictions: Sequence[Prediction],
    tallies: dict[QuoteType, Tally],
    verdicts: list[ErrorRow],
    by_evidence: Counter[tuple[QuoteType, str, str]],
) -> None:
    for kind, tally in tallies.items():
        gold_items = [item for item in gold if item.type is kind]
        tally.gold += sum(1 for item in gold_items if item.source is not None)
        found: set[int] = set()
        for prediction in (p for p in predictions if p.quote.type is kind):
            ranked = sorted(
                (overlap(prediction.span, item.relation.content), index)
                for index, item in enumerate(gold_items)
            )
            ranked = [entry for entry in ranked if entry[0][0] >= SPAN_OVERLAP]
            sourced = [entry for entry in ranked if gold_items[entry[1]].source is not None]
            if ranked and not sourced:
                continue  # it found a relation without a source: neither right nor wrong
            tally.predicted += 1
            if not sourced:
                continue
            tally.matched += 1
            found.update(index for _, index in sourced)
            best = gold_items[sourced[-1][1]].source
            assert best is not None
            # Nested attributions (`X said, according to Y`) annotate the same words
            # twice: naming either source of the best-matching content is right.
            sources = [
                source
                for entry in sourced
                if entry[0][0] == sourced[-1][0][0]
                and (source := gold_items[entry[1]].source) is not None
            ]
            best = next((s for s in sources if _names_speaker(prediction.quote.speaker, s)), best)
            verdict = judge(prediction.quote.speaker, best, tally)
            evidence = prediction.quote.speaker_evidence
            by_evidence[kind, evidence.value if evidence else "-", verdict] += 1
            verdicts.append(ErrorRow(split, document.name, verdict, prediction, best, document))
        tally.found += len(found)


def _names_speaker(speaker: str | None, gold: GoldSource) -> bool:
    return speaker is not None and any(same_speaker(speaker, alias) for alias in gold.aliases)


def judge(speaker: str | None, gold: GoldSource, tally: Tally) -> str:
    if not gold.names:
        tally.unnamed += 1
        tally.unnamed_named += speaker is not None
        return "UNNAMED"
    if speaker is None:
        tally.none += 1
        return "NONE"
    if any(same_speaker(speaker, alias) for alias in gold.aliases):
        tally.right += 1
        return "RIGHT"
    tally.wrong += 1
    return "WRONG"


# --- Running a split ----------------------------------------------------------------------


@dataclass
class SplitResult:
    articles: int = 0
    seconds: float = 0.0
    missing_parses: int = 0
    tallies: dict[QuoteType, Tally] = field(
        default_factory=lambda: {QuoteType.DIRECT: Tally(), QuoteType.INDIRECT: Tally()}
    )
    by_evidence: Counter[tuple[QuoteType, str, str]] = field(default_factory=Counter)
    """(kind, speaker evidence, verdict) → matched quotes: which evidence misleads."""


def article_files(corpus: Corpus, split: str) -> Iterator[tuple[str, str]]:
    """(article stem, annotation file) pairs; the first annotator's file by name."""
    first_version: dict[str, str] = {}
    for name in corpus.names(split, "attributions"):  # sorted, so the first one stays
        first_version.setdefault(name.rsplit("_", 1)[0], name)
    for text_name in corpus.names(split, "text"):
        stem = text_name.removesuffix(".txt")
        if stem in first_version:
            yield stem, first_version[stem]


def run_split(
    corpus: Corpus, split: str, limit: int | None, verdicts: list[ErrorRow]
) -> SplitResult:
    result = SplitResult()
    for stem, annotation in list(article_files(corpus, split))[:limit]:
        raw = corpus.read(split, "text", stem + ".txt")
        ann = corpus.read(split, "attributions", annotation)
        if raw is None or ann is None:
            continue
        text = raw.decode("utf-8")
        document = build_document(stem, text)
        started = time.perf_counter()
        extraction = extract(document.article)
        result.seconds += time.perf_counter() - started
        result.articles += 1
        xml = corpus.read(split, "corenlp", stem + ".txt.xml")
        result.missing_parses += xml is None
        parse = None if xml is None else parse_corenlp(xml)
        gold = [
            GoldItem(
                relation,
                gold_type(text, relation.content),
                resolve_source(text, relation.source, parse) if relation.source else None,
            )
            for relation in parse_relations(ann.decode("utf-8"))
        ]
        predictions = locate_quotes(document, extraction.quotes)
        score_document(
            split, document, gold, predictions, result.tallies, verdicts, result.by_evidence
        )
    return result


# --- Report -------------------------------------------------------------------------------


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def format_result(split: str, result: SplitResult) -> str:
    per_article = result.seconds * 1000 / result.articles if result.articles else 0.0
    lines = [
        f"{split}: {result.articles} articles, extract {result.seconds:.1f} s "
        f"({per_article:.1f} ms/article), CoreNLP missing for {result.missing_parses}",
        f"{'items':<18}{'gold':>6}{'pred':>6}{'match':>7}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    names = {QuoteType.DIRECT: "direct quotes", QuoteType.INDIRECT: "reported speech"}
    for kind, tally in result.tallies.items():
        lines.append(
            f"{names[kind]:<18}{tally.gold:>6}{tally.predicted:>6}{tally.matched:>7}"
            f"{tally.found:>7}{tally.precision:>8.3f}{tally.recall:>8.3f}{tally.f1:>8.3f}"
        )
    lines += ["", f"{'speaker':<18}{'named':>6}{'right':>8}{'wrong':>8}{'none':>8}{'unnamed':>9}"]
    for kind, tally in result.tallies.items():
        named = tally.right + tally.wrong + tally.none
        lines.append(
            f"{names[kind]:<18}{named:>6}{_share(tally.right, named):>8}"
            f"{_share(tally.wrong, named):>8}{_share(tally.none, named):>8}"
            f"{tally.unnamed:>5} ({tally.unnamed_named} given a name)"
        )
    lines += ["", f"{'speaker evidence':<18}{'quotes':>7}{'right':>8}{'wrong':>8}  (direct)"]
    evidences = sorted({e for k, e, _ in result.by_evidence if k is QuoteType.DIRECT})
    for evidence in evidences:
        counts = {v: result.by_evidence[QuoteType.DIRECT, evidence, v] for v in _VERDICTS}
        judged = counts["RIGHT"] + counts["WRONG"] + counts["NONE"]
        lines.append(
            f"{evidence:<18}{judged:>7}{_share(counts['RIGHT'], judged):>8}"
            f"{_share(counts['WRONG'], judged):>8}"
        )
    return "\n".join(lines)


_VERDICTS = ("RIGHT", "WRONG", "NONE", "UNNAMED")


def _outside_repo(value: str) -> Path:
    """An --errors or --sample-to path, refused inside the repository: both quote the corpus."""
    path = Path(value)
    resolved = path.resolve()
    if resolved.is_relative_to(REPO):
        raise argparse.ArgumentTypeError(
            f"{path}: error lists quote the corpus; write outside {REPO}"
        )
    return resolved


# --- A blind sample for a reader to judge -------------------------------------------------

SAMPLE_SEED = 7
CONTEXT_BEFORE = 4  # paragraphs shown before the quote's own


def write_sample(verdicts: Sequence[ErrorRow], evidence: str, size: int, folder: Path) -> int:
    """Write ``size`` random matched direct quotes given on ``evidence``, scored RIGHT or
    WRONG, as ``EVIDENCE.md`` (each quote and the paragraphs before it, nothing of the
    tool's answer or the gold) and ``EVIDENCE.key.json`` (both answers, for
    ``bench/judge_polnear_sample.py``). Returns how many cases were written."""
    rows = [
        row
        for row in verdicts
        if row.prediction.quote.type is QuoteType.DIRECT
        and row.verdict in ("RIGHT", "WRONG")
        and (row.prediction.quote.speaker_evidence or "-") == evidence
    ]
    chosen = random.Random(SAMPLE_SEED).sample(rows, min(size, len(rows)))
    folder.mkdir(parents=True, exist_ok=True)
    cases, key = [], []
    for number, row in enumerate(chosen, start=1):
        quote = row.prediction.quote
        shown = [
            f"[{p.number}] {p.text}"
            for p in row.document.article.paragraphs
            if quote.paragraph - CONTEXT_BEFORE <= p.number <= quote.paragraph
        ]
        cases.append(
            f"## Case {number}\n\nQuote (in paragraph {quote.paragraph}): {quote.text}\n\n"
            + "\n\n".join(shown)
            + "\n"
        )
        key.append(
            {
                "case": number,
                "verdict": row.verdict,
                "system": quote.speaker,
                "gold_names": list(row.gold.names),
            }
        )
    (folder / f"{evidence}.md").write_text("\n".join(cases), encoding="utf-8")
    (folder / f"{evidence}.key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    return len(chosen)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("corpus", type=Path, help="PolNeAR git directory or folder with data/")
    parser.add_argument("--split", choices=SPLITS, action="append", help="default: both")
    parser.add_argument("--limit", type=int, help="first N articles of each split")
    parser.add_argument(
        "--errors", type=_outside_repo, help="write non-RIGHT speaker verdicts here (TSV)"
    )
    parser.add_argument(
        "--sample",
        metavar="EVIDENCE:N",
        action="append",
        default=[],
        help="draw N direct quotes given on EVIDENCE (named, pronoun, continuation …) "
        "for a blind reader; needs --sample-to",
    )
    parser.add_argument("--sample-to", type=_outside_repo, help="folder for --sample files")
    options = parser.parse_args(argv)
    if options.sample and options.sample_to is None:
        parser.error("--sample needs --sample-to")
    corpus = Corpus(options.corpus)
    verdicts: list[ErrorRow] = []
    try:
        for split in options.split or SPLITS:
            print(format_result(split, run_split(corpus, split, options.limit, verdicts)))
            print()
    finally:
        corpus.close()
    if options.errors:
        errors = [row for row in verdicts if row.verdict != "RIGHT"]
        options.errors.write_text("".join(row.line() + "\n" for row in errors), encoding="utf-8")
        print(f"{len(errors)} speaker errors written to {options.errors}")
    for wanted in options.sample:
        evidence, _, size = wanted.partition(":")
        written = write_sample(verdicts, evidence, int(size or 40), options.sample_to)
        print(f"{written} {evidence} cases written to {options.sample_to}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
