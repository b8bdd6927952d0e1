"""Lexicons: surface terms of each language mapped to a closed set of concepts.

Every term of every lexicon compiles into one Aho-Corasick automaton over normalised text
(NFKC, case-folded, whitespace collapsed, dashes folded), so the cost of a document is linear
in its length and flat in the number of terms. A term is a literal; a trailing `*` lets the
word go on (a stem), a leading `*` lets it start inside a word (agglutinative languages).
Lexicons of scripts written with spaces check word boundaries; the others (zh, ja, th) do not.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import attrgetter, ge, itemgetter, sub
from pathlib import Path
from typing import Any, Literal, NamedTuple

import ahocorasick_rs
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.version import VERSION as PYDANTIC_VERSION

from compliance.errors import ConfigError, Located
from compliance.resources import bundled_rules_dir
from compliance.rulepacks.loader import _display
from compliance.rulepacks.yamlsource import Positions, position_of

# The closed list of concepts (NOTICES.md §2). Extend it by changing the design, not a file.
PLAIN_CONCEPTS = frozenset(
    {
        "restrict",  # forbids or reserves: prohibited, may not, reserves, opts out
        "require",  # allowed only with something: requires, subject to
        "grant",  # allows: may, is permitted, free to, welcome
        "negator",  # flips a grant: not, no, never
        "override",  # keeps a ban absolute: under no circumstances
        "addressee",  # who is addressed: AI companies, AI crawlers
        "binding",  # a means bound to a purpose: to train, for the purpose of
        "own-voice",  # the publisher speaking: we, our, this site, hereby
        "reported",  # someone else speaking: said, according to, told
        "statute",  # law text: Article, paragraph, Act
        "template",  # sample clauses: sample clause, for example, template
        "discussion",  # commentary about others: publishers, websites, site owners
        "mask",  # swallows what it overlaps and means nothing: robots.txt
        "other-object",  # the sentence is about something else: personal data, cookies
        "others",  # what belongs to someone else: other people's photos, чужие тексты
        "comply",  # honours a rule named after it: respects robots.txt, comply with
        "detect",  # frequent function words that tell the language of a block
    }
)
# Connectives split a sentence into clauses; polarity may change only there.
CONNECTIVES = frozenset({"contrast", "exception", "condition"})
# What an action term names, and the purposes it sets.
ACTIONS: dict[str, frozenset[str]] = {
    "crawl": frozenset({"crawl"}),
    "download": frozenset({"crawl"}),  # a ban on (bulk) downloading; a reader's grant is none
    "republish": frozenset({"republish"}),
    "use": frozenset({"republish"}),  # a bare "use": weaker than any named action
    "mine": frozenset({"ai-train", "ai-index"}),  # text and data mining
    # machine learning: the training of models, no AI that answers with the content
    "learn": frozenset({"ai-train", "ai-index"}),
    "train": frozenset({"ai-train", "ai-index"}),  # counts only next to an AI term
    "ai": frozenset({"ai-train", "ai-input", "ai-index"}),  # AI named, the use not
    "ai-input": frozenset({"ai-input"}),  # RAG, AI answers, summaries, chatbots
    "answer": frozenset({"ai-input"}),  # answers, responses: counts only next to an AI term
    # Content an AI made ("AI-generated posts", "mit KI erstellte Bilder"): what members
    # post, no use of the site's content; beside "answers" it makes them an AI's.
    "ai-made": frozenset(),
    "same": frozenset(),  # "such use", "this use": the uses the sentence before named
    "search": frozenset({"search"}),
    "archive": frozenset({"archive"}),
    # Reuses by their manner (see `MANNERS`): matched as "republish".
    "alter": frozenset({"republish"}),  # modify, edit, adapt, translate
    "sell": frozenset({"republish"}),  # sell, resell, commercial use
}
# Actions that say how content is reused, not whether: a ban on them after a grant of
# republication is that grant's condition ("You may republish our stories. You may not edit
# them or sell them." allows republication unedited and unsold). They are matched as
# "action:republish", so alone they ban republication as before.
MANNERS: dict[str, str] = {"alter": "no-derivatives", "sell": "non-commercial"}


def matched_concept(concept: str) -> str:
    """The concept a term's hits carry: a manner of reuse is matched as republication."""
    if concept.startswith("action:") and concept[7:] in MANNERS:
        return "action:republish"
    return concept


ROUTES = frozenset(
    {
        "written-permission",
        "permission",
        "licence",
        "attribution",
        "non-commercial",
        "no-derivatives",
        "share-alike",
        "excerpt-limit",
        "payment",
    }
)
# An open licence named in prose: republication granted under these conditions.
LICENCES = frozenset({"attribution", "non-commercial", "no-derivatives", "share-alike"})
SCRIPTS = frozenset(
    {
        "latin",
        "cyrillic",
        "greek",
        "arabic",
        "hebrew",
        "devanagari",
        "bengali",
        "tamil",
        "thai",
        "georgian",
        "hangul",
        "cjk",
        "any",
    }
)


def concept_ok(concept: str) -> str | None:
    """None when `concept` is in the closed list, else what is wrong with it."""
    if concept in PLAIN_CONCEPTS or concept in CONNECTIVES:
        return None
    kind, _, value = concept.partition(":")
    if kind == "action" and value in ACTIONS:
        return None
    if kind == "route" and value in ROUTES:
        return None
    if kind == "licence" and (
        value == "public-domain" or (value and set(value.split("+")) <= LICENCES | {"software"})
    ):
        return None
    return (
        f"unknown concept {concept!r}: use one of {sorted(PLAIN_CONCEPTS | CONNECTIVES)}, "
        f"action:<{'|'.join(ACTIONS)}>, route:<{'|'.join(sorted(ROUTES))}>, "
        "licence:public-domain or licence:<attribution+non-commercial+...>"
    )


class _OneToOne(dict[int, str]):
    """`str.translate` table folding each character to exactly one character (NFKC, then
    case-folded; white space → space; every dash → `-`), computed once per character.

    One character in, one out: offsets in the folded text *are* offsets in the original, so
    no hit ever needs mapping back (ß stays ß, and terms are folded the same way)."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        if char.isspace() or unicodedata.category(char) in ("Zs", "Cf"):
            out = " "
        elif char in _DASH_CHARS:
            out = "-"
        elif char == "\u0130":  # İ: its lower case is two characters
            out = "i"
        elif char in _ARABIC_VARIANTS:  # Arabic and Persian spellings of yeh and kaf
            out = _ARABIC_VARIANTS[char]
        else:
            nfkc = unicodedata.normalize("NFKC", char)
            out = next(
                (f for f in (nfkc.casefold(), nfkc.lower(), char.lower()) if len(f) == 1), char
            )
        self[codepoint] = out
        return out


_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u058a\u05be"
_ARABIC_VARIANTS = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"}
_FOLD_ONE = _OneToOne()
_ASCII_SPACE_BYTES = bytes.maketrans(b"\t\n\r\x0b\x0c", b"     ")


def _VOWEL_MARKS(codepoint: int) -> bool:  # noqa: N802 - reads as a predicate table
    return (
        0x064B <= codepoint <= 0x065F
        or codepoint in (0x0640, 0x0670)  # tatweel, superscript alef
        or 0x06D6 <= codepoint <= 0x06ED
        or 0x0591 <= codepoint <= 0x05C7
    )


# Marks that say no on their own, negators of the shared lexicon: "✘ Zum Training von
# KI-Modellen verwenden" in a list of what readers may do. (Not the ticks: "✓" is also a
# cookie banner's button.)
_VERDICT_MARKS = frozenset("✘✗✖❌🚫⛔")


class _WordOnly(dict[int, str]):
    """Folded text → the same text with every character that is not part of a word (letters,
    digits, combining marks) made a space: word boundaries become spaces, so a bounded term
    is compiled as " term " and the automaton finds whole words only."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        if _VOWEL_MARKS(codepoint):
            out = "\x00"  # Arabic harakat, Hebrew niqqud: optional, removed when squeezing
        else:
            keep = (
                char.isalnum()
                or unicodedata.category(char) in ("Mn", "Mc")
                or char in _VERDICT_MARKS
            )
            out = char if keep else " "
        self[codepoint] = out
        return out


_WORD_ONLY = _WordOnly()


_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() else 0x20 for c in range(256))


def word_text(folded: str) -> str:
    """`folded` padded with one space on each side, non-word characters made spaces."""
    if folded.isascii():  # a byte table: ~20x a str.translate through a dict
        return f" {folded.encode('ascii').translate(_ASCII_WORD_BYTES).decode('ascii')} "
    return f" {folded.translate(_WORD_ONLY)} "


def fold_text(text: str) -> str:
    """The matching form of a document, the same length as `text` (see `_OneToOne`)."""
    if text.isascii():
        return text.lower().encode("ascii").translate(_ASCII_SPACE_BYTES).decode("ascii")
    return text.translate(_FOLD_ONE)


def normalise_term(text: str) -> str:
    """The matching form of a term: folded like documents, spaces collapsed."""
    return " ".join(fold_text(text).split())


class LexiconMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    language: str = Field(description="BCP-47 code; `und` for terms every language shares")
    name: str
    version: str = "1"
    script: str = Field(description="writing system, for choosing lexicons per block")
    word_boundaries: bool = Field(default=True, alias="word-boundaries")
    head_final: bool = Field(
        default=False,
        alias="head-final",
        description="connectives follow what they govern ('X を除き', 'X 제외하고')",
    )
    capitalised_nouns: bool = Field(
        default=False,
        alias="capitalised-nouns",
        description="every noun takes a capital ('Verlage'): a capital alone names no one",
    )

    @field_validator("script")
    @classmethod
    def _known_script(cls, value: str) -> str:
        if value not in SCRIPTS:
            raise ValueError(f"unknown script {value!r}; one of {sorted(SCRIPTS)}")
        return value


STRUCTURE_WORDS_MAX = 64  # words in one structure-word list (each is read per clause)


class LexiconFile(BaseModel):
    """One `rules/lexicon/<lang>.yaml`: terms by concept, each with its own example."""

    model_config = ConfigDict(extra="forbid")

    lexicon: LexiconMeta
    detect: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    coordinators: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that join two nouns ("and", "or", "및"): not matched as terms, '
        "only looked up between two action terms",
    )
    interrogatives: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that embed a question ("how", "whether", "ob"): "defines how AI '
        'systems may crawl" grants nothing',
    )
    locatives: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that place content on a site ("on", "auf", "su"): "published '
        'on this site" describes the content, it does not reuse it',
    )
    complementizers: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that open a reported clause ("that", "dass", "что"): in "the '
        'publishers point out that their terms reserve TDM" the terms are theirs',
    )
    inclusives: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that open examples of what was just named ("including", '
        '"notamment", "в том числе"): "scraping, including by AI crawlers" bans all scraping',
    )
    carryovers: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description="the words that open a sentence applying the rule before it to more uses "
        '("the same applies to", "Gleiches gilt für"): "Copying is prohibited. The same applies '
        'to republication" bans both',
    )
    privatives: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words for "without" ("ohne", "sans", "без"; postpositions too: "बिना",'
        ' "nélkül"): in a grant, "You may republish without asking for permission" needs none',
    )
    exclusives: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that limit a grant to what follows them ("only", "nur", '
        '"uniquement", "のみ"): "Crawling is allowed only for search engines" bans the other '
        "crawlers",
    )
    adverbs: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the contrast terms that stand inside a clause as adverbs ("jedoch", "aber",'
        ' "cependant", "echter"): written mid-clause with no mark before them ("Training '
        'erlauben wir jedoch nicht") they cut nothing; after a mark they open a contrast',
    )
    makers: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the participles of making ("generated", "created", "générées", '
        '"retouchées", "erstellt"): a few words before an AI term, or right after it ("MI '
        'által generált"), they make it content an AI made (`action:ai-made`)',
    )
    quantifiers: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words counting many of a kind ("many", "several", "most", "viele", '
        '"plusieurs", "多くの"): before the predicate of their sentence, with no word of the '
        "publisher's own between, they make its subject others (\"Many publishers have banned "
        "AI training\" reports a practice, no rule of the page's)",
    )
    units: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the units a length of text is counted in ("characters", "words", '
        '"Zeichen", "caractères", "znaków", "字"): right after a number ("up to 500 '
        'characters", "500字以内") they limit a reuse to an excerpt (`excerpt-limit`)',
    )
    topics: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that make what follows them a topic ("about", "regarding", '
        '"über", "au sujet de"; in head-final lexicons the postpositions after it, "について", '
        '"hakkında"): "If you have questions about reproduction, contact us" supposes no '
        "reproduction of the reader's",
    )
    courtesies: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the words that ask politely ("please", "bitte", "alsjeblieft", "s\'il '
        'vous plaît"): before an imperative or a negator ("Bitte kopiert meine Bilder nicht") '
        "they open the sentence as a comma would",
    )
    second_person: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the reader\'s possessives ("your", "Ihre", "vos", "uw", "您的", "của bạn"),'
        ' before or after the noun: "Add this sentence to your terms of use:" advises a reader'
        " on their own terms, it states none of the page's",
    )
    negative_prefixes: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the negation a verb takes as its prefix ("ne" in cs, sk, lv, lt): a word '
        "made of one and an action or grant term of the lexicon reads as its negator and that "
        'term ("Neizmantojiet mūsu saturu", "licencijų nesuteikiame"), whether or not the '
        "lexicon lists the word",
    )
    adjective_endings: list[str] = Field(
        default_factory=list,
        max_length=STRUCTURE_WORDS_MAX,
        description='the endings of participles and adjectives ("ný", "tas"): an action a '
        "negative prefix opens that ends in one is an adjective, no act negated "
        '("Nepublikované fotografie ukazují …", unpublished photos show …)',
    )
    terms: dict[str, dict[str, str]] = Field(
        description="concept -> {term: an example sentence in this language that uses it}"
    )


class Hit(NamedTuple):
    """One concept hit, in normalised-text offsets (a named tuple: a document can hold
    thousands, and a frozen dataclass costs five times as much to build)."""

    start: int
    end: int
    concept: str
    term: str
    lexicon: int


# The kinds of structure words a lexicon lists beside its terms (fields of `LexiconFile`,
# `Lexicon` and the composer's `Context` alike): looked up in a block's own languages.
STRUCTURE_WORDS = (
    "coordinators",
    "locatives",
    "interrogatives",
    "complementizers",
    "inclusives",
    "carryovers",
    "privatives",
    "exclusives",
    "second_person",
    "adverbs",
    "courtesies",
    "makers",
    "quantifiers",
    "units",
    "topics",
)


@dataclass
class Lexicon:
    meta: LexiconMeta
    path: str
    sha256: str
    detect: tuple[str, ...]
    abbreviations: frozenset[str]
    terms: dict[str, dict[str, str]]
    coordinators: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    inclusives: frozenset[str] = frozenset()
    carryovers: frozenset[str] = frozenset()
    privatives: frozenset[str] = frozenset()
    exclusives: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    courtesies: frozenset[str] = frozenset()
    makers: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    negative_prefixes: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    term_lines: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"notices-{self.meta.language}"


def _privative_routes(lexicons: Sequence[Lexicon]) -> Iterator[str]:
    """Route terms that open with their language's negator ("non autorisé", "no autorizado",
    "nicht genehmigt"): they say a use lacks permission, they name no agreement."""
    for lx in lexicons:
        negators = {normalise_term(t) for t in lx.terms.get("negator", {}) if " " not in t}
        for concept, terms in lx.terms.items():
            if concept.startswith("route:"):
                for term in map(normalise_term, terms):
                    if term.split(" ", 1)[0] in negators and " " in term:
                        yield term.rstrip("*")


class LexiconSet:
    """All loaded lexicons and their automatons: one for the concept terms, one for the
    function words that vote for a block's language (counted only where a block needs it)."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons = list(lexicons)
        self.by_language = {lx.meta.language: i for i, lx in enumerate(self.lexicons)}
        self.language_names = [lx.meta.language for lx in self.lexicons]  # by index
        self.abbreviations = frozenset(a for lx in self.lexicons for a in lx.abbreviations)
        # Per lexicon (a block looks up only its own languages' words: Swedish "en" is no
        # Spanish "en").
        self._structure = {
            name: tuple(getattr(lx, name) for lx in self.lexicons) for name in STRUCTURE_WORDS
        }
        self._structure_memo: dict[tuple[str, frozenset[int]], frozenset[str]] = {}
        # Terms a lexicon writes in capitals are acronyms ("AI", "KI", "IA"): in lower case
        # they are other languages' words (Italian "ai", Hungarian "ki", Romanian "ia").
        self.acronyms = frozenset(
            normalise_term(term)
            for lx in self.lexicons
            for terms in lx.terms.values()
            for term in terms
            if term.isupper()
        )
        self.acronym_max = max(map(len, self.acronyms), default=0)
        self.privative_routes = frozenset(_privative_routes(self.lexicons))
        # (lexicon, term) of the manners of reuse, and the condition a ban on each sets.
        self.manners = {
            (index, _term_forms(term)[0]): MANNERS[concept[7:]]
            for index, lx in enumerate(self.lexicons)
            for concept, terms in lx.terms.items()
            if concept.startswith("action:") and concept[7:] in MANNERS
            for term in terms
        }
        # (lexicon, term) of the overrides that hold a negator ("under no circumstances",
        # "in keinem Fall"): they negate a grant wherever they stand, where "even with"
        # after a grant ("incluso con fines comerciales") extends it.
        self.negating_overrides = frozenset(_negating_overrides(self.lexicons))
        # Terms written with a final comma or colon count only where the text has that mark
        # after them too: a label ("Beispiel:"; "zum Beispiel" labels nothing), a clause
        # connective ("が、"; the particle "が" alone marks a subject).
        self.punctuated = {
            surface: _FOLLOWING_MARKS[surface[-1]]
            for lx in self.lexicons
            for terms in lx.terms.values()
            for surface, _ in map(_term_forms, terms)
            if surface[-1:] in _FOLLOWING_MARKS
        }
        self.shared = frozenset(
            i for i, lx in enumerate(self.lexicons) if lx.meta.language == "und"
        )
        # Lexicons whose connectives follow their clause ("X を除き").
        self.head_final = frozenset(i for i, lx in enumerate(self.lexicons) if lx.meta.head_final)
        # Lexicons whose nouns all take a capital (German): there a capital is no name.
        self.noun_capitals = frozenset(
            i for i, lx in enumerate(self.lexicons) if lx.meta.capitalised_nouns
        )
        numbering = iter(range(1 << 62))  # one number per key, across the automatons
        self._terms = _TermNumbers(self.shared, max(len(self.lexicons), 1))
        # Verbs negated by a prefix ("neizmantojiet") are keys of the same automaton, last.
        fused = _compile_fused(self.lexicons, terms=self._terms, keys=numbering)
        self._automaton = _compile(
            self.lexicons, detect=False, terms=self._terms, keys=numbering, fused=fused
        )
        # (a prefixed word counts as the terms it is made of, never as one more key of them:
        # a word and its negation seldom stand in one block, and a term several keys carry
        # costs every block holding one of them a union)
        for readings in fused[0].values() if fused else ():
            for _, surface, index, _ in readings:
                self._terms.spread.setdefault(self._terms.ids[index, surface], 1)
        # Latin-letter terms of lexicons written without spaces ("AI" in a Japanese lexicon)
        # still need Latin word boundaries: "AIの" is AI, "said" is not.
        self._latin = _compile(
            self.lexicons, detect=False, latin=True, terms=self._terms, keys=numbering
        )
        # Function words: looked up per token where words are space-separated (a dict hit
        # per word, no substring noise), by automaton in scripts written without spaces.
        unbounded = [lx for lx in self.lexicons if not lx.meta.word_boundaries]
        self._detect = _compile(unbounded, detect=True, keys=numbering)
        self._terms.set_width()
        self._detect_index = [self.lexicons.index(lx) for lx in unbounded]
        # Text of one script cannot hold a term of another: ASCII text skips the automaton
        # of the unspaced scripts unless one of its function words is ASCII.
        self._detect_ascii = any(
            word.isascii() for lx in unbounded for word in lx.detect if normalise_term(word)
        )
        # `Readings.alone` and `.spread` by key, as the keys are first read (a dict lookup
        # in C costs a third of an attribute's, and a block asks of every key it holds).
        self._alone = _ByReadings(_ALONE)
        self._spread = _ByReadings(_SPREAD)
        # Each key's readings filtered for a block's languages (a few sets recur).
        self._by_active: dict[frozenset[int], dict[Readings, _Filtered]] = {}
        self._word_votes: dict[str, tuple[int, ...]] = {}
        for index, lx in enumerate(self.lexicons):
            if lx.meta.word_boundaries:
                for word in lx.detect:
                    key = normalise_term(word)
                    self._word_votes[key] = (*self._word_votes.get(key, ()), index)
        # The same votes as integers of `_TermNumbers` fields: a word adds all its votes at once.
        unit = self._terms.unit
        self._word_fields = {w: sum(map(unit, lxs)) for w, lxs in self._word_votes.items()}
        # The most votes one word gives one lexicon (a word listed twice votes twice).
        self._word_repeats = max(
            (n for lxs in self._word_votes.values() for n in Counter(lxs).values()), default=1
        )

    def structure_words(self, name: str, languages: Iterable[int]) -> frozenset[str]:
        """One kind of structure words (`STRUCTURE_WORDS`: "and", "on", "how", "that") of a
        block's languages only: Swedish "en" is no Spanish "en". Remembered per set of
        languages (a page's blocks speak the same few)."""
        key = (name, frozenset(languages))
        found = self._structure_memo.get(key)
        if found is None:
            if len(self._structure_memo) >= _STRUCTURE_MEMO_MAX:
                self._structure_memo.clear()
            per_lexicon = self._structure[name]
            found = self._structure_memo[key] = frozenset().union(*(per_lexicon[i] for i in key[1]))
        return found

    def hits(self, text: str) -> list[Hit]:
        """Concept hits in folded `text`, overlaps resolved leftmost, then longest."""
        return resolve_overlaps(self.raw_hits(text))

    def raw_hits(self, text: str) -> list[Hit]:
        """Every concept hit in folded `text`, overlapping ones included (a block's
        language decides which lexicons count before overlaps are resolved)."""
        return expand(self.matches(text), None)

    def matches(self, text: str) -> list[Match]:
        """Term occurrences in folded `text`, each with every lexicon's reading of it."""
        scan = self.scan(text)
        return scan.place(scan.found)

    def scan(self, text: str) -> Scan:
        """Term occurrences in folded `text`, in the automaton's offsets (the collapsed word
        text), kept as the automaton reports them: a caller that may stop at the concepts
        never makes matches of them, and one that reads a few blocks makes only theirs."""
        spaced = word_text(text)
        words, runs = _squeezed(spaced)
        found = self._automaton.found(words) if self._automaton is not None and words else []
        separate = self._latin is not None and not text.isascii()
        if self._latin is not None and not separate:
            found += _find(self._latin, words)  # ASCII text: the same word text
        if not separate:
            return Scan(((tuple(found), runs),))
        latin_words, latin_runs = _squeezed(_NON_ASCII.sub(" ", spaced))
        return Scan(((tuple(found), runs), (tuple(_find(self._latin, latin_words)), latin_runs)))

    def term_counts(self, matches: Iterable[Match]) -> dict[int, int]:
        """Distinct terms per lexicon (shared lexicons left out) among `matches`: the
        counts of each distinct key added up as one integer (see `_TermNumbers`)."""
        fields = self._terms.fields(self._term_total(matches))
        return {lexicon: n for lexicon, n in enumerate(fields) if n}

    def _term_total(self, matches: Iterable[Match]) -> int:
        """`term_counts` as one integer of fields."""
        distinct = set(map(_READINGS_OF, matches))  # by key: one `Readings` per key
        total: int = sum(map(self._alone.__getitem__, distinct))
        # A term some other key also has: once.
        spread = _NONE.union(*map(self._spread.__getitem__, distinct))
        return total + sum(map(self._terms.units.__getitem__, spread))

    def languages(
        self, text: str, matches: Sequence[Match], document_votes: Callable[[], dict[int, int]]
    ) -> set[int]:
        """Lexicons that count in a block (folded `text`, its `matches`): the shared one,
        plus the languages the block speaks most, by its function words and by the distinct
        terms of each lexicon it uses (Russian and Bulgarian share "за"; "сканирование ...
        запрещено" is Russian); the document's function words when the block says too
        little; all lexicons when nothing tells."""
        numbering = self._terms
        votes, most = self._vote_total(text)
        if most + numbering.most < numbering.limit:  # no field can overflow
            # Votes and terms added up as integers of fields, read once.
            total = self._term_total(matches) + votes
            fields = numbering.fields(total)
            best = max(fields)
            if best >= 2 or sum(fields) >= 2:  # (counted only when no field holds two)
                half = (best + 1) // 2  # n * 2 >= best
                if best < numbering.top_bit:
                    return {*self.shared, *numbering.at_least(total, half)}
                return {*self.shared, *compress(count(), map(ge, fields, repeat(half)))}
        combined = self.votes(text)  # counts are positive: plain sums (a Counter's are slower)
        for lexicon, n in self.term_counts(matches).items():
            combined[lexicon] = combined.get(lexicon, 0) + n
        if sum(combined.values()) < 2:
            for lexicon, n in document_votes().items():
                combined[lexicon] = combined.get(lexicon, 0) + n
        if not combined:
            return set(range(len(self.lexicons)))
        best = max(combined.values())
        return {*self.shared, *(i for i, n in combined.items() if n * 2 >= best)}

    def block_hits(self, matches: Sequence[Match], active: frozenset[int]) -> list[Hit]:
        """`resolve_overlaps(expand(matches, active))` for `matches` by start (or in the
        order found: ordered alike, see `kept`), decided per occurrence rather than per hit
        (all readings of one occurrence share its span)."""
        new = tuple.__new__
        return [
            new(Hit, (start, end, *reading))
            for start, end, readings in self.kept(matches, active)
            for reading in readings
        ]

    def kept(self, matches: Sequence[Match], active: frozenset[int]) -> list[_Kept]:
        """The readings each occurrence keeps, in the order `block_hits` lists their hits.
        `matches` by start or in the order found: sorted here by span, the occurrences of one
        span keep their order, which is the order found either way."""
        table = self._by_active.get(active)
        if table is None:
            if len(self._by_active) >= _ACTIVE_SETS_MAX:
                self._by_active.clear()
            table = self._by_active[active] = {}
        kept: list[_Kept] = []
        covered, span_start, span_end = -1, -1, -1
        covering_polar = covering_act = False
        any_side = False
        # By start, the longest first (two stable sorts on C keys: ties keep their order).
        ordered = sorted(matches, key=_END_OF, reverse=True)
        ordered.sort(key=_START_OF)
        for start, end, readings in ordered:
            entry = table.get(readings)
            if entry is None:
                if len(table) >= _KEYS_PER_SET_MAX:
                    table.clear()
                entry = table[readings] = _filtered(readings, active)
            if not entry[0]:  # (most: other languages' words, told before unpacking)
                if entry[2]:
                    any_side = True
                continue
            _, out, side, polar, acts = entry
            if side:
                any_side = True
            if start != span_start or end != span_end:
                if start < covered:
                    if covering_polar and acts:  # "riproduzione riservata": the action it names
                        kept.append((start, end, acts))
                    elif covering_act and polar and readings.inner:
                        # "taramamalı": an action's word ending in a polarity suffix
                        kept.append((start, end, tuple(r for r in out if r[0] in _POLAR)))
                    continue  # inside a longer term
                span_start, span_end, covered = start, end, end
                covering_polar, covering_act = polar, bool(acts)
            elif polar:
                covering_polar = True
            if out:
                kept.append((start, end, out))
        if any_side:  # side concepts never compete: in document order, after the others
            sided = compress(matches, map(_SIDED, map(_READINGS_OF, matches)))
            # (by start, stable: as they stand in `matches` sorted by start)
            for start, end, readings in sorted(sided, key=_START_OF):
                side = table[readings][2]
                if side:
                    kept.append((start, end, side))
        return kept

    def votes(self, text: str) -> dict[int, int]:
        """Function words per lexicon in folded `text`: a vote for each language."""
        votes: dict[int, int] = {}
        spaced, words = self._words(text)
        counts = Counter(words)
        table = self._word_votes
        for word in counts.keys() & table.keys():  # the few function words, not every word
            n = counts[word]
            for lexicon in table[word]:
                votes[lexicon] = votes.get(lexicon, 0) + n
        for _, _, infos in _scan(self._detect, spaced):
            for _, _, lexicon, _ in infos:
                index = self._detect_index[lexicon]
                votes[index] = votes.get(index, 0) + 1
        return votes

    def _vote_total(self, text: str) -> tuple[int, int]:
        """`votes` as one integer of fields, and a bound on any one field."""
        spaced, words = self._words(text)
        # Each word's votes, or None: the few function words add up in one pass.
        total = sum(filter(None, map(self._word_fields.get, words)))
        most = len(words) * self._word_repeats
        if not spaced:
            return total, most  # (no function word of an unspaced script can be here)
        unit = self._terms.unit
        for _, _, infos in _scan(self._detect, spaced):
            total += sum([unit(self._detect_index[lexicon]) for _, _, lexicon, _ in infos])
            most += len(infos)
        return total, most

    def _words(self, text: str) -> tuple[str, list[str]]:
        """Folded `text` as the automaton sees it (vowel signs of Devanagari or Tamil stay
        in the word), or "" when no function word of an unspaced script can be in it; and
        its words."""
        spaced = word_text(text)
        scan = self._detect is not None and (self._detect_ascii or not text.isascii())
        if scan or "\x00" in spaced:
            spaced = squeeze(spaced)  # vowel marks removed; split() skips space runs itself
        return (spaced if scan else ""), spaced.split()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_BYTEORDER = sys.byteorder
_CLAUSE_MARKS = frozenset(",、，:：;；。")
# A term's final mark, and the marks of the text that stand for it.
_FOLLOWING_MARKS = {
    **dict.fromkeys(":：", frozenset(":：")),
    **dict.fromkeys(",、，", frozenset(",、，")),
}
OTHER, POLARITY, ACTION, LICENCE = 0, 1, 2, 3


class Readings(tuple[tuple[str, str, int, int], ...]):
    """Every lexicon's reading of one automaton key, with what the per-document loops ask
    of it computed once, on first use: a cue-dense page has hundreds of occurrences, and a
    key like "data mining" is read by 37 lexicons."""

    number: int  # unique across a LexiconSet's automatons
    # Hashed by identity (one object per key, as `number`): a block's distinct keys are a
    # set built in C, not a dict of their numbers.
    __hash__ = object.__hash__
    numbering: _TermNumbers
    inner = False  # a term written "*word" in a lexicon with word boundaries: it starts inside one

    @classmethod
    def of(
        cls, infos: Iterable[tuple[str, str, int, int]], number: int, numbering: _TermNumbers
    ) -> Readings:
        readings = cls(infos)
        readings.number, readings.numbering = number, numbering
        return readings

    @cached_property
    def polar(self) -> int:
        """Bit i: lexicon i reads it as a polarity term."""
        return sum({1 << lx for _, _, lx, kind in self if kind == POLARITY})

    @cached_property
    def acting(self) -> int:
        """Bit i: lexicon i reads it as an action (a quotation is an act of reuse too:
        "Citat … er tilladt med kildeangivelse")."""
        return sum(
            {1 << lx for concept, _, lx, kind in self if kind == ACTION or concept == _EXCERPT}
        )

    @cached_property
    def routes(self) -> bool:
        """Some lexicon reads it as a way to permission or a condition."""
        return any(concept.startswith("route:") for concept, *_ in self)

    @cached_property
    def supposes(self) -> bool:
        """Some lexicon reads it as a condition ("if", "wenn"): "If you want to republish
        it, ask for permission" asks of a use as a question does."""
        return any(concept == "condition" for concept, *_ in self)

    @cached_property
    def licence(self) -> bool:
        return any(kind == LICENCE for *_, kind in self)

    @cached_property
    def concepts(self) -> frozenset[str]:
        """Every concept some lexicon reads it as: a cheap test before a block's languages
        are known ("could this block speak as the publisher, or address AI companies?")."""
        return frozenset(concept for concept, *_ in self)

    @cached_property
    def may_state(self) -> bool:
        """Some lexicon reads it as a predicate, a licence or a condition of reuse: a block
        without such a word states nothing of its own."""
        return any(concept in _STATING or concept.startswith("licence:") for concept, *_ in self)

    @cached_property
    def own_voice(self) -> bool:
        """Some lexicon reads it as the publisher speaking ("we", "this site")."""
        return "own-voice" in self.concepts

    @cached_property
    def others(self) -> bool:
        """Some lexicon reads it as a cue that others speak or are spoken of ("said",
        "publishers"): a block that states nothing can still tell a story from a notice."""
        return not self.concepts.isdisjoint(_OTHERS_CUES)

    @cached_property
    def sided(self) -> bool:
        """Some lexicon reads it as a side concept (`_SIDE_CONCEPTS`)."""
        return not self.concepts.isdisjoint(_SIDE_CONCEPTS)

    @cached_property
    def notable(self) -> bool:
        """Some reading is more than OTHER."""
        return any(kind != OTHER for *_, kind in self)

    @cached_property
    def _mine(self) -> set[int]:
        """The numbers of its (lexicon, term) readings, shared lexicons left out."""
        ids, shared = self.numbering.ids, self.numbering.shared
        return {ids[lx, term] for _, term, lx, _ in self if lx not in shared}

    @cached_property
    def alone(self) -> int:
        """Its readings no other key has, counted per lexicon in one integer."""
        spread, unit = self.numbering.spread, self.numbering.unit
        return sum(unit(n) for n in self._mine if spread[n] == 1)

    @cached_property
    def spread(self) -> frozenset[int]:
        """The numbers of its readings other keys have too (each to be counted once)."""
        spread = self.numbering.spread
        return frozenset(n for n in self._mine if spread[n] > 1)


class _ByReadings(dict["Readings", Any]):
    """One cached attribute of each `Readings` asked for, by the `Readings` (hashed by
    identity): filled on first use, at most one entry per automaton key."""

    def __init__(self, attribute: Callable[[Readings], Any]) -> None:
        super().__init__()
        self._attribute = attribute

    def __missing__(self, readings: Readings) -> Any:
        value = self[readings] = self._attribute(readings)
        return value


@dataclass
class _TermNumbers:
    """One number per (lexicon, term), `number % modulus` being the lexicon, and how many
    keys carry it. A block's distinct terms per lexicon are then counted in one integer of
    `width`-bit fields, one per lexicon: a key adds its own terms' counts at once."""

    shared: frozenset[int]
    modulus: int
    ids: dict[tuple[int, str], int] = field(default_factory=dict)
    spread: dict[int, int] = field(default_factory=dict)
    width: int = 64
    code: Literal["H", "I", "Q"] = "Q"  # the memoryview format of one field
    most: int = 0  # the terms of the largest lexicon
    units: dict[int, int] = field(default_factory=dict)  # of the numbers several keys carry
    # Constants of the width (`_derive`).
    limit: int = field(init=False, default=0)
    top_bit: int = field(init=False, default=0)
    size: int = field(init=False, default=0)
    _ones: int = field(init=False, default=0)
    _tops: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self._derive()

    def set_width(self) -> None:
        """Fields wide enough for every term of the largest lexicon."""
        most = max(Counter(n % self.modulus for n in self.ids.values()).values(), default=0)
        formats: tuple[tuple[int, Literal["H", "I", "Q"]], ...] = ((16, "H"), (32, "I"), (64, "Q"))
        self.width, self.code = next((w, c) for w, c in formats if most < 1 << w)
        self.most = most
        self.units = {n: self.unit(n) for n, keys in self.spread.items() if keys > 1}
        self._derive()

    def _derive(self) -> None:
        """The constants of the width, computed once: every block read asks for them."""
        self.limit = 1 << self.width  # a field holds less
        self.top_bit = 1 << (self.width - 1)  # a field's top bit (`at_least` needs all below)
        self.size = self.modulus * self.width // 8  # bytes of all fields
        self._ones = sum(1 << (i * self.width) for i in range(self.modulus))  # 1 in each
        self._tops = self._ones << (self.width - 1)  # the top bit of each

    def unit(self, number: int) -> int:
        return 1 << (number % self.modulus * self.width)

    def at_least(self, total: int, least: int) -> list[int]:
        """The fields of `total` that hold `least` or more, in order, when every field is
        below `top_bit` and 0 < `least` <= `top_bit`: all compared at once (adding
        top_bit - least to a field sets its top bit exactly when it holds `least`, and
        carries into no other field), then only the fields that do are visited."""
        width = self.width
        bits = (total + (self.top_bit - least) * self._ones) & self._tops
        out = []
        while bits:
            low = bits & -bits
            out.append((low.bit_length() - 1) // width)
            bits ^= low
        return out

    def fields(self, total: int) -> memoryview:
        """The per-lexicon counts of an integer of fields."""
        return memoryview(total.to_bytes(self.size, _BYTEORDER)).cast(self.code)


# (start, end, ((concept, term, lexicon, kind), ...)): one occurrence, every lexicon's
# reading; `kind` is POLARITY, ACTION, LICENCE or OTHER, so hot loops compare small ints.
Match = tuple[int, int, Readings]

# A key's readings for one set of languages: (whether some non-side reading competes for its
# characters, the non-side readings kept (masks dropped), the side readings, whether one
# kept reading is a polarity, the kept readings that are actions).
_Reading = tuple[str, str, int]
_Kept = tuple[int, int, tuple[_Reading, ...]]  # an occurrence's span and the readings it keeps
_Filtered = tuple[bool, tuple[_Reading, ...], tuple[_Reading, ...], bool, tuple[_Reading, ...]]
# The memo's bounds (at most some tens of MB, in practice well under one): language sets
# remembered, keys per set; past either, that part of the memo starts over.
_ACTIVE_SETS_MAX = 32
_STRUCTURE_MEMO_MAX = 1024  # (kind, language set) pairs: a few KB each at most
_KEYS_PER_SET_MAX = 4096


def _filtered(readings: Sequence[tuple[str, str, int, int]], active: frozenset[int]) -> _Filtered:
    mine = [(concept, term, lx) for concept, term, lx, _ in readings if lx in active]
    out = tuple(r for r in mine if r[0] not in _SIDE_CONCEPTS and r[0] != "mask")
    return (
        any(concept not in _SIDE_CONCEPTS for concept, _, _ in mine),
        out,
        tuple(r for r in mine if r[0] in _SIDE_CONCEPTS),
        any(r[0] in _POLAR for r in out),
        tuple(r for r in out if r[0].startswith("action:")),
    )


_NO_TERMS = _TermNumbers(frozenset(), 1)


# Conditions of reuse (not ways to ask permission): "with credit", "non-commercially".
REUSE_ROUTES = frozenset(
    {"attribution", "non-commercial", "no-derivatives", "share-alike", "excerpt-limit"}
)
REUSE_CONCEPTS = frozenset(f"route:{r}" for r in REUSE_ROUTES)
_EXCERPT = "route:excerpt-limit"
_OTHERS_CUES = frozenset({"reported", "discussion"})
_STATING = frozenset({"restrict", "require", "grant", "negator", *REUSE_CONCEPTS})


def concept_kind(concept: str) -> int:
    # A negator can carry a block's polarity alone ("No AI training."), and a condition of
    # reuse a permission ("转载请注明出处": reprint, crediting the source).
    if concept in ("restrict", "require", "grant", "negator") or concept in REUSE_CONCEPTS:
        return POLARITY
    if concept.startswith("action:"):
        return ACTION
    if concept.startswith("licence:"):
        return LICENCE
    return OTHER


def expand(matches: Iterable[Match], lexicons: set[int] | frozenset[int] | None) -> list[Hit]:
    """Hits of the given lexicons (all when None)."""
    return [
        Hit(start, stop, concept, term, lexicon)
        for start, stop, infos in matches
        for concept, term, lexicon, _ in infos
        if lexicons is None or lexicon in lexicons
    ]


_RUN = re.compile("  +")  # two spaces, then more: a literal prefix the engine searches fast
_GAP = re.compile(r"[ \x00]{2,}|\x00")


def squeeze(words: str) -> str:
    """Space runs made one space, vowel marks removed ("شُروط" reads as "شروط")."""
    if "\x00" not in words:
        return _RUN.sub(" ", words)
    return _GAP.sub(lambda m: " " if " " in m.group() else "", words)


def _squeezed(words: str) -> tuple[str, Callable[[], _Runs]]:
    """`squeeze(words)`, and how to find its runs if a caller places matches: without vowel
    marks, the split that squeezes also measures the runs."""
    if "\x00" in words:
        return squeeze(words), lambda: _Runs.of(words)
    pieces = _RUN_SPLIT.split(words)
    return " ".join(pieces[::2]), lambda: _Runs.split(pieces)


_RUN_SPLIT = re.compile(f"({_RUN.pattern})")


class _Runs:
    """Where `squeeze` collapsed the space runs of one word text ("Namensnennung -
    Weitergabe" reads as "namensnennung weitergabe"): maps offsets of the collapsed text
    (the automaton's) to offsets of the text, and back."""

    def __init__(self, starts: list[int], ends: list[int], removed: list[int]) -> None:
        """`starts`, `ends`: the runs in the word text; `removed`: the total removed after
        each."""
        self.spaced_starts = starts
        self.spaced_ends = ends
        self.starts = list(map(sub, ends, removed))  # where the shift grows
        self.shifts = [0, *removed]  # bisect_right(starts, ...) is k + 1: 0 is "before any"

    @classmethod
    def of(cls, words: str) -> _Runs:
        """The runs of a word text, found by searching it."""
        # Vowel marks: a run without a space is removed whole.
        pattern = _GAP if "\x00" in words else _RUN
        runs = [(*m.span(), " " in m.group()) for m in pattern.finditer(words)]
        removed = accumulate(end - start - kept for start, end, kept in runs)
        return cls([r[0] for r in runs], [r[1] for r in runs], list(removed))

    @classmethod
    def split(cls, pieces: list[str]) -> _Runs:
        """The runs of a word text without vowel marks from its split at them (`_squeezed`):
        words and runs alternate."""
        ends = list(accumulate(map(len, pieces)))
        removed = list(map(sub, accumulate(map(len, pieces[1::2])), count(1)))
        return cls(ends[0:-1:2], ends[1::2], removed)

    def place(self, matches: Iterable[Match]) -> list[Match]:
        """`matches` in offsets of the text (minus the leading pad)."""
        starts, shifts = self.starts, self.shifts
        if not starts:
            return [(begin - 1, stop - 1, infos) for begin, stop, infos in matches]
        return [
            (
                begin - 1 + shifts[bisect_right(starts, begin)],
                stop - 1 + shifts[bisect_right(starts, stop - 1)],
                infos,
            )
            for begin, stop, infos in matches
        ]

    def place_hits(self, kept: list[_Kept], capitals: Capitals | None = None) -> list[Hit]:
        """The hits of `kept` readings, in offsets of the text (as `place` puts matches);
        with `capitals`, those `Capitals.lower` leaves out are not made at all. Readings of
        one span come together (one occurrence's, or several keys' of the same words):
        placed once."""
        starts, shifts, new = self.starts, self.shifts, tuple.__new__
        hits: list[Hit] = []
        add = hits.append
        begin_at = stop_at = -1
        start = end = 0
        lower = False
        n = len(starts)
        longest = capitals.longest if capitals is not None else -1
        # (`Capitals.lower`, inline: asked of most spans)
        acronyms = capitals.acronyms if capitals is not None else frozenset()
        folded = capitals.folded if capitals is not None else ""
        text = capitals.text if capitals is not None else ""
        for begin, stop, readings in kept:
            if begin != begin_at or stop != stop_at:
                begin_at, stop_at = begin, stop
                k = bisect_right(starts, begin)
                start = begin - 1 + shifts[k]
                # (a term ends before the next run mostly: its start's shift, no second search)
                if k < n and starts[k] <= stop - 1:
                    end = stop - 1 + shifts[bisect_right(starts, stop - 1, k)]
                else:
                    end = stop - 1 + shifts[k]
                lower = (
                    end - start <= longest
                    and folded[start:end] in acronyms
                    and not text[start:end].isupper()
                )
            if lower:
                continue
            # (mostly one: a loop, not a comprehension's frame; unpacked, no list to build)
            for concept, term, lexicon in readings:
                add(new(Hit, (start, end, concept, term, lexicon)))
        return hits

    def collapsed(self, offset: int) -> int:
        """The first collapsed offset whose character lies at `offset` of the text or after
        it: a match starts at or after `offset` exactly when it starts at or after this."""
        at = offset + 1  # the leading pad
        k = bisect_right(self.spaced_starts, at) - 1
        if k < 0:
            return at
        return max(at, self.spaced_ends[k]) - self.shifts[k + 1]  # inside a run: its end


class Capitals:
    """Acronym terms ("AI", "KI", "IA") count only where the text writes them in capitals:
    in lower case they are other languages' words (Italian "ai", Hungarian "ki"). Whether
    a hit is one depends on its span alone, so all readings of a span go together."""

    def __init__(self, text: str, folded: str, lexicons: LexiconSet) -> None:
        self.text, self.folded = text, folded
        self.acronyms, self.longest = lexicons.acronyms, lexicons.acronym_max

    def lower(self, start: int, end: int) -> bool:
        """Is text[start:end] an acronym term written in lower case?"""
        return self.folded[start:end] in self.acronyms and not self.text[start:end].isupper()

    def keep(self, hits: list[Hit]) -> list[Hit]:
        """`hits` without the acronym terms the text writes in lower case."""
        longest, lower = self.longest, self.lower
        return [h for h in hits if h.end - h.start > longest or not lower(h.start, h.end)]


# One automaton's occurrences in one word text as it reports them, (key index, start, end),
# in the order they end; and the automaton (its tables make `Match`es of them).
_Found = tuple[list[tuple[int, int, int]], "_Automaton | _Fused"]


class _Part:
    """The occurrences found in one word text (by one automaton or two), with that text's
    runs. A block's matches are made when it is first asked for, from the occurrences that
    end near it: a cue-dense story has hundreds, and the few blocks it reads need theirs
    only (making all of them, and sorting them by start, cost more than the search)."""

    def __init__(self, found: tuple[_Found, ...], runs: _Runs) -> None:
        self.runs = runs
        self.keep(found)

    def keep(self, found: tuple[_Found, ...]) -> None:
        self.found = found
        self._own: tuple[list[int], list[Match]] | None = None
        self._chosen: dict[tuple[int, int], list[Match]] = {}

    def matches(self, start: int, end: int) -> list[Match]:
        """The matches that start at collapsed offsets [start, end), in the order found
        (unsorted: the readers of a block's matches ask of them all, and `kept` orders them
        itself; `placed` sorts them by start). Occurrences are reported in the order they
        end, and an occurrence ends after its start and less than its automaton's longest
        key after it: only those ending in [start + 1, end + longest) are made."""
        chosen = self._chosen.get((start, end))
        if chosen is None:
            chosen = []
            for raw, automaton in self.found:
                low = bisect_left(raw, start + 1, key=_FOUND_END)
                high = bisect_left(raw, end + automaton.longest, key=_FOUND_END)
                if low < high:
                    chosen += automaton.matches_in(raw[low:high], start, end)
            self._chosen[(start, end)] = chosen
        return chosen

    def own(self, start: int, end: int) -> list[Match]:
        """The own-voice matches that start at collapsed offsets [start, end), by start (the
        document's picked out once by key, in C: a story asks of every paragraph, and most
        have none)."""
        if self._own is None:
            own: list[Match] = []
            for raw, automaton in self.found:
                if not automaton.any_own_voice:
                    continue  # (the Latin terms of unspaced scripts mostly)
                flags = automaton.own_voice_keys
                # (a comprehension: two C `map`s and a `compress` cost twice its bytecode)
                own += automaton.matches([found for found in raw if flags[found[0]]])
            own.sort(key=_START_OF)
            self._own = (list(map(_START_OF, own)), own)
        starts, matches = self._own
        return matches[bisect_left(starts, start) : bisect_left(starts, end)]

    def bounds(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """For each span of the text, its bounds in collapsed offsets."""
        collapsed = self.runs.collapsed
        return [(collapsed(start), collapsed(end)) for start, end in spans]

    def bound(self, start: int, end: int) -> tuple[int, int]:
        """`bounds` of one span."""
        collapsed = self.runs.collapsed
        return collapsed(start), collapsed(end)

    def everything(self) -> tuple[int, int]:
        """Bounds holding every match of the part."""
        return (0, sys.maxsize)


# One word text's occurrences as found (by each automaton that scanned it), and how to
# measure its runs.
_Source = tuple[tuple[_Found, ...], Callable[[], "_Runs"]]
# Per word text, the bounds of a block in collapsed offsets (see `Scan.assign`).
Ranges = tuple[tuple[int, int], ...]


class Scan:
    """A document's term occurrences in the automaton's offsets, made into matches and
    placed in the text only where a caller asks: a cue-dense story has hundreds of
    occurrences, and only the few blocks it reads need their matches. A non-ASCII
    document has two word texts (its Latin-only one for the Latin terms of unspaced
    scripts), so two parts."""

    def __init__(self, sources: tuple[_Source, ...]) -> None:
        self._sources = sources
        self._runs: dict[int, _Runs] = {}

    @cached_property
    def found(self) -> list[Match]:
        """Every occurrence, unplaced, in the order found (never changed by `drop`)."""
        return [m for found, _ in self._sources for raw, a in found for m in a.matches(raw)]

    def readings(self) -> Iterator[Readings]:
        """The `Readings` of every occurrence, in the order found (what the gate reads: no
        match is made)."""
        return chain.from_iterable(
            a.readings_found(raw) for found, _ in self._sources for raw, a in found
        )

    def _runs_of(self, index: int) -> _Runs:
        """The runs of the `index`th word text (measured once: the parts and the own-voice
        words both place by them)."""
        runs = self._runs.get(index)
        if runs is None:
            runs = self._runs[index] = self._sources[index][1]()
        return runs

    @cached_property
    def _parts(self) -> list[_Part]:
        return [_Part(source[0], self._runs_of(i)) for i, source in enumerate(self._sources)]

    def place(self, matches: list[Match]) -> list[Match]:
        """Every match placed, in the order found (`matches` is `found`)."""
        assert matches is self.found, "place the list the scan found"
        return [
            m
            for i, (found, _) in enumerate(self._sources)
            for m in self._runs_of(i).place([m for raw, a in found for m in a.matches(raw)])
        ]

    def drop(self, inside: Callable[[int, int], bool]) -> None:
        """Leave out the matches whose span in the text is `inside` (a robots.txt agent's
        name is a name, not words)."""
        self.__dict__.pop("_own_placed", None)
        for part in self._parts:
            kept: list[_Found] = []
            for raw, a in part.found:
                placed = part.runs.place(a.whole(raw))
                kept.append(
                    ([r for r, p in zip(raw, placed, strict=True) if not inside(p[0], p[1])], a)
                )
            part.keep(tuple(kept))

    def assign(self, spans: Sequence[tuple[int, int]]) -> list[Ranges]:
        """For each span of the text, the bounds of the matches that start inside it."""
        bounds = [part.bounds(spans) for part in self._parts]
        return list(zip(*bounds, strict=True))

    def ranges(self, start: int, end: int) -> Ranges:
        """`assign` of one span: a story's blocks are mostly never read, so never bounded."""
        parts = self._parts
        if len(parts) == 1:
            return (parts[0].bound(start, end),)
        return tuple(part.bound(start, end) for part in parts)

    def everything(self) -> Ranges:
        """Ranges holding every match."""
        return tuple(part.everything() for part in self._parts)

    def own_voice_in(self, start: int, end: int) -> list[Match]:
        """The own-voice matches that start in text[start:end], placed, by start (as
        `own_voice` of its ranges, though matches that start together may come in another
        order): placed once per document, so each of a story's paragraphs, which mostly
        have none, costs two bisects."""
        starts, own = self._own_placed
        return own[bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def _own_placed(self) -> tuple[list[int], list[Match]]:
        own = self.placed(self.everything(), own_voice=True)
        return list(map(_START_OF, own)), own

    def unplaced(self, ranges: Ranges) -> list[Match]:
        """A block's matches in the automaton's offsets (for their readings alone)."""
        if len(ranges) == 1:
            return self._parts[0].matches(*ranges[0])
        return [
            m for part, bound in zip(self._parts, ranges, strict=True) for m in part.matches(*bound)
        ]

    def block_hits(
        self,
        lexicons: LexiconSet,
        ranges: Ranges,
        active: frozenset[int],
        capitals: Capitals | None = None,
    ) -> list[Hit]:
        """`lexicons.block_hits` of a block's placed matches (and `capitals.keep` of them).
        With one word text, offsets of the collapsed text order and overlap as the text's do
        (placing is strictly increasing), so the hits are found first and only they are
        placed (the acronyms the text writes in lower case left out as they are)."""
        if len(ranges) > 1:
            hits = lexicons.block_hits(self.placed(ranges), active)
            return hits if capitals is None else capitals.keep(hits)
        part = self._parts[0]
        return part.runs.place_hits(lexicons.kept(part.matches(*ranges[0]), active), capitals)

    def own_voice(self, ranges: Ranges) -> list[Match]:
        """A block's own-voice matches placed in the text, by start (a story asks of every
        paragraph, and most have none)."""
        if len(ranges) > 1:
            return self.placed(ranges, own_voice=True)
        part = self._parts[0]
        own = part.own(*ranges[0])
        return part.runs.place(own) if own else own

    def placed(self, ranges: Ranges, *, own_voice: bool = False) -> list[Match]:
        """A block's matches (its own-voice ones alone with `own_voice`) placed in the
        text, by start, as placing every match and sorting would order them."""
        out: list[Match] = []
        for part, bound in zip(self._parts, ranges, strict=True):
            chunk = part.own(*bound) if own_voice else part.matches(*bound)
            if chunk:
                out += part.runs.place(chunk)
        if len(ranges) > 1 or not own_voice:
            # (stable: on a tie the main automaton's match first, then the order found; the
            # own-voice matches come sorted)
            out.sort(key=_START_OF)
        return out


_START_OF, _END_OF, _READINGS_OF = itemgetter(0), itemgetter(1), itemgetter(2)
_KEY_OF, _FOUND_END = _START_OF, itemgetter(2)  # of an occurrence as found: (key, start, end)
_SIDED = attrgetter("sided")
_ALONE, _SPREAD = attrgetter("alone"), attrgetter("spread")
_NONE: frozenset[int] = frozenset()


class _Automaton:
    """One Aho-Corasick automaton over word-text keys, and per key where its term starts and
    ends inside it (a key is padded with the spaces that fence a word) and its `Readings`.

    `ahocorasick_rs` keeps the automaton in contiguous memory and returns every match as one
    list: on cue-dense text, where the search walks deep into the trie at most characters,
    that is several times faster than a trie of linked nodes iterated match by match."""

    def __init__(self, table: dict[str, Readings], cuts: dict[str, _Cut] | None = None) -> None:
        """`cuts`: the keys a negative prefix makes (the last of `table`), see `_Fused`."""
        self.keys = list(table)
        self.readings = list(table.values())
        self.leads = [int(key.startswith(" ")) for key in self.keys]
        self.trails = [int(key.endswith(" ")) for key in self.keys]
        self.longest = max(map(len, self.keys), default=0)
        self._find = ahocorasick_rs.AhoCorasick(self.keys).find_matches_as_indexes
        self._cuts = cuts or {}
        self.fused_from = len(self.keys) - len(self._cuts)  # the first prefixed key's index
        self.fused = _Fused(self, self._cuts) if self._cuts else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Automaton, (dict(zip(self.keys, self.readings, strict=True)), self._cuts))

    def found(self, words: str) -> list[_Found]:
        """`find`, the prefixed words' occurrences apart (their own `_Fused` part: one
        search for both; a text without them, most, is told by one C `max`)."""
        found = self.find(words)
        fused = self.fused
        if fused is None or not found or max(map(_KEY_OF, found)) < self.fused_from:
            return [(found, self)]
        first = self.fused_from
        own = [o for o in found if o[0] < first]
        prefixed = fused.kept((o for o in found if o[0] >= first), words)
        return [(own, self), (prefixed, fused)] if prefixed else [(own, self)]

    @cached_property
    def own_voice_keys(self) -> list[bool]:
        """By key index: does some lexicon read the key as the publisher speaking?"""
        return [readings.own_voice for readings in self.readings]

    @cached_property
    def any_own_voice(self) -> bool:
        """Does some key read as the publisher speaking?"""
        return any(self.own_voice_keys)

    def find(self, words: str) -> list[tuple[int, int, int]]:
        """Every occurrence of every key, overlapping ones included, as (key index, start,
        end) in the order they end (each end at or after the one before)."""
        found: list[tuple[int, int, int]] = self._find(words, overlapping=True)
        return found

    def matches(self, found: Iterable[tuple[int, int, int]]) -> list[Match]:
        """Occurrences as found made matches: the term's span inside its key, its readings."""
        leads, trails, readings = self.leads, self.trails, self.readings
        return [(start + leads[i], end - trails[i], readings[i]) for i, start, end in found]

    def matches_in(
        self, found: Sequence[tuple[int, int, int]], start: int, end: int
    ) -> list[Match]:
        """`matches(found)` that start in [start, end) (the others are never made)."""
        leads, trails, readings = self.leads, self.trails, self.readings
        return [
            (begin, stop - trails[i], readings[i])
            for i, at, stop in found
            if start <= (begin := at + leads[i]) < end
        ]

    def whole(self, found: Iterable[tuple[int, int, int]]) -> list[Match]:
        """One match per occurrence, over all of its term (as `matches` here)."""
        return self.matches(found)

    def readings_found(self, found: Iterable[tuple[int, int, int]]) -> Iterator[Readings]:
        """The `Readings` of `matches(found)`, in order, no match made."""
        return map(self.readings.__getitem__, map(_KEY_OF, found))

    def scan(self, words: str) -> list[Match]:
        """Every occurrence of every key, overlapping ones included, in the order they end."""
        return self.matches(self.find(words))


class _Fused:
    """The words a negative prefix makes of a lexicon's terms ("ne" + "izmanto*"), keys of
    the automaton they are found by: each occurrence makes two matches, the prefix read as
    a negator and the rest as the term, so the composer reads "Neizmantojiet …" as it reads
    "Do not use …". The key's own `Readings` (both together) are what `whole` makes."""

    any_own_voice = False  # (a negator and a verb: no one speaking)
    own_voice_keys: tuple[bool, ...] = ()

    def __init__(self, automaton: _Automaton, cuts: dict[str, _Cut]) -> None:
        self.automaton = automaton
        self.first = automaton.fused_from
        self.longest = automaton.longest
        keys = automaton.keys[self.first :]
        self.cuts = [cuts[key][0] for key in keys]
        self.negators = [cuts[key][1] for key in keys]
        self.terms = [cuts[key][2] for key in keys]
        self.endings = [cuts[key][3] for key in keys]

    def kept(self, found: Iterable[tuple[int, int, int]], words: str) -> list[tuple[int, int, int]]:
        """The occurrences in `words` that are no adjective ("nepublikované": an ending of
        `adjective_endings`), in the order found."""
        out = []
        endings, first = self.endings, self.first
        for occurrence in found:
            ends = endings[occurrence[0] - first]
            word = words[occurrence[1] : _word_text_end(words, occurrence[2] - 1)]
            if not ends or not word.endswith(ends):
                out.append(occurrence)
        return out

    def matches(self, found: Iterable[tuple[int, int, int]]) -> list[Match]:
        return self._split(found, 0, sys.maxsize)

    def matches_in(
        self, found: Sequence[tuple[int, int, int]], start: int, end: int
    ) -> list[Match]:
        return self._split(found, start, end)

    def whole(self, found: Iterable[tuple[int, int, int]]) -> list[Match]:
        return self.automaton.matches(found)

    def readings_found(self, found: Iterable[tuple[int, int, int]]) -> Iterator[Readings]:
        negators, terms, first = self.negators, self.terms, self.first
        return chain.from_iterable((negators[i - first], terms[i - first]) for i, _, _ in found)

    def _split(self, found: Iterable[tuple[int, int, int]], start: int, end: int) -> list[Match]:
        cuts, negators, terms = self.cuts, self.negators, self.terms
        trails, first = self.automaton.trails, self.first
        out: list[Match] = []
        for i, at, stop in found:
            k = i - first
            begin = at + 1  # past the leading space: every key is a whole word's start
            cut = begin + cuts[k]
            if start <= begin < end:
                out.append((begin, cut, negators[k]))
            if start <= cut < end:
                out.append((cut, stop - trails[i], terms[k]))
        return out


def _scan(automaton: _Automaton | None, words: str) -> list[Match]:
    """Matches in collapsed, padded word text (offsets of that text)."""
    if automaton is None or not words:
        return []
    return automaton.scan(words)


def _find(automaton: _Automaton | None, words: str) -> list[_Found]:
    """`automaton`'s occurrences in collapsed, padded word text, as found (none or one)."""
    return [(automaton.find(words), automaton)] if automaton is not None and words else []


# Concepts read beside the others, never competing for the same characters: "to train" is
# a binding *and* the action "train"; a function word votes for a language whatever else it is.
_SIDE_CONCEPTS = frozenset({"detect", "binding"})
_POLAR = frozenset({"restrict", "require", "grant"})


def resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """Where terms overlap the leftmost wins, then the longest ("ai crawlers" over
    "crawlers"); a partial overlap stays with the term that started first; side concepts
    never compete, and equal spans keep every lexicon's reading so the block's language
    can choose."""
    side = [h for h in hits if h.concept in _SIDE_CONCEPTS]
    others = sorted(
        (h for h in hits if h.concept not in _SIDE_CONCEPTS),
        key=lambda h: (h.start, -(h.end - h.start)),
    )
    kept: list[Hit] = []
    covered_until = -1
    span: tuple[int, int] | None = None
    covering_polar = False
    for hit in others:
        if span == (hit.start, hit.end):
            kept.append(hit)
            covering_polar = covering_polar or hit.concept in _POLAR
            continue
        if hit.start < covered_until:
            # A polarity term that names its action ("riproduzione riservata", "無断転載禁止")
            # keeps the action inside it.
            if covering_polar and hit.concept.startswith("action:"):
                kept.append(hit)
            continue
        kept.append(hit)
        span = (hit.start, hit.end)
        covered_until = hit.end
        covering_polar = hit.concept in _POLAR
    return [h for h in kept if h.concept != "mask"] + side


def _is_mark(char: str) -> bool:
    """Combining marks (Devanagari vowel signs, Thai tones) are part of a word."""
    return unicodedata.category(char) in ("Mn", "Mc")


def _term_forms(term: str) -> tuple[str, str]:
    """A term's matching form and its words (asked for once per automaton it may join).
    Memoised for the process, and kept in the lexicons' disk cache: working them out for
    20,000 terms was a third of `compliance check`'s start-up."""
    forms = _TERM_FORMS.get(term)
    if forms is None:
        surface = normalise_term(term.strip("*"))
        forms = _TERM_FORMS[term] = (surface, " ".join(squeeze(word_text(surface)).split()))
    return forms


_TERM_FORMS: dict[str, tuple[str, str]] = {}  # (terms come from lexicons alone: bounded)


def unspaced(char: str) -> bool:
    """A character of a script written without spaces (CJK, kana, Thai, Lao, Myanmar,
    Khmer): its words have no end to look for."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x0E00 <= code <= 0x0EFF
        or 0x1000 <= code <= 0x109F
        or 0x1780 <= code <= 0x17FF
    )


def _negating_overrides(lexicons: Sequence[Lexicon]) -> Iterator[tuple[int, str]]:
    """(lexicon, term) of each override with one of its lexicon's negators in it: a word
    of it, a word a negator stem opens, or (in a script without spaces) a part of it."""
    for index, lx in enumerate(lexicons):
        negators = [(_term_forms(n)[0], n.endswith("*")) for n in lx.terms.get("negator", {})]
        for term in lx.terms.get("override", {}):
            surface, words = _term_forms(term)
            split = words.split()
            if any(
                (unspaced(surface[0]) and n in surface)
                or any(w == n or (stem and w.startswith(n)) for w in split)
                for n, stem in negators
                if n
            ):
                yield index, surface


def _reservations_including(lexicon: Lexicon) -> list[tuple[str, str]]:
    """ "Wszelkie prawa zastrzeżone, w tym do eksploracji tekstów i danych", "Все права
    защищены, включая анализ текста и данных": a bare reservation of rights is masked (it
    sets nothing), but followed by one of the lexicon's `inclusives` it reserves what they
    name. Derived from the lexicon's masks and inclusives, not written out per language (a
    mask that reserves nothing, "strictly necessary cookies, including …", names no use)."""
    masks = [m for m in lexicon.terms.get("mask", {}) if not m.endswith("*") and " " in m.strip()]
    return [
        ("restrict", f"{mask}, {inclusive}")
        for mask in masks[:_DERIVED_MAX]
        for inclusive in sorted(lexicon.inclusives)[:_DERIVED_MAX]
    ]


_DERIVED_MAX = 64  # masks and inclusives of one lexicon that derive terms (a rule file is input)


def _compile(
    lexicons: Sequence[Lexicon],
    *,
    detect: bool,
    keys: Iterable[int],
    latin: bool = False,
    terms: _TermNumbers | None = None,
    fused: tuple[dict[str, Readings], dict[str, _Cut]] | None = None,
) -> _Automaton | None:
    """One automaton over `word_text`, each key with its `Readings`. A bounded term is keyed
    " term " (whole words only), a stem " stem", a suffix "suffix ", an unbounded term bare.
    `keys` numbers the readings (see `Readings`). `fused`: the prefixed keys and their cuts
    (`_compile_fused`), added last (a key the lexicons list themselves stays theirs)."""
    table: dict[str, list[tuple[str, str, int, int]]] = {}
    inner_keys: set[str] = set()
    for index, lx in enumerate(lexicons):
        bounded = lx.meta.word_boundaries
        if detect:
            entries: Iterable[tuple[str, str]] = (("detect", w) for w in lx.detect)
        else:
            entries = chain(
                ((concept, term) for concept, terms in lx.terms.items() for term in terms),
                _reservations_including(lx),
            )
        for concept, term in entries:
            surface, words = _term_forms(term)
            if not words:
                continue
            # A Latin term of a lexicon without word boundaries goes to the Latin automaton.
            if not detect and (latin != (not bounded and words.isascii())):
                continue
            fenced = bounded or latin
            lead = " " if fenced and not term.startswith("*") else ""
            tail = " " if fenced and not term.endswith("*") else ""
            key = f"{lead}{words}{tail}"
            matched = matched_concept(concept)
            table.setdefault(key, []).append((matched, surface, index, concept_kind(matched)))
            if fenced and not lead:
                inner_keys.add(key)
            if terms is not None:
                terms.ids.setdefault((index, surface), len(terms.ids) * terms.modulus + index)
    if terms is not None:
        for infos in table.values():
            for number in {terms.ids[lx, surface] for _, surface, lx, _ in infos}:
                terms.spread[number] = terms.spread.get(number, 0) + 1
    if not table:
        return None
    numbers = iter(keys)
    readings = {
        key: Readings.of(infos, next(numbers), terms or _NO_TERMS) for key, infos in table.items()
    }
    for key in inner_keys:
        readings[key].inner = True
    cuts: dict[str, _Cut] = {}
    if fused is not None:
        for key, prefixed in fused[0].items():
            if key not in readings:
                readings[key] = prefixed
                cuts[key] = fused[1][key]
    return _Automaton(readings, cuts)


# The concepts a negative prefix may open: verbs of reuse and of granting ("nekopírujte",
# "nesuteikiame"); the nouns of AI and its answers take none.
_PREFIXED = frozenset(
    {
        "grant",
        *(
            f"action:{a}"
            for a in (
                "republish",
                "alter",
                "sell",
                "use",
                "crawl",
                "download",
                "mine",
                "train",
                "search",
                "archive",
            )
        ),
    }
)


# A fused key's cut: the prefix's length, its negator readings, the term's readings, and the
# endings that make the word an adjective.
_Cut = tuple[int, Readings, Readings, tuple[str, ...]]


def _word_text_end(words: str, at: int) -> int:
    """Where the word running on at `at` of a word text ends."""
    end = words.find(" ", at)
    return len(words) if end < 0 else end


def _compile_fused(
    lexicons: Sequence[Lexicon], *, terms: _TermNumbers, keys: Iterable[int]
) -> tuple[dict[str, Readings], dict[str, _Cut]] | None:
    """The keys of the words each lexicon's negative prefixes make of its verbs, " " +
    prefix + term (a phrase, a term starting inside a word or already opening with the
    prefix makes none), with their `Readings` and cuts; None if no lexicon has a prefix."""
    split: dict[str, tuple[int, list[tuple[str, str, int, int]], list[tuple[str, str, int, int]]]]
    split = {}
    endings: dict[str, set[str]] = {}
    for index, lx in enumerate(lexicons):
        if not lx.meta.word_boundaries:
            continue
        for prefix in lx.negative_prefixes:
            negator = ("negator", prefix, index, concept_kind("negator"))
            for concept, listed in lx.terms.items():
                if concept not in _PREFIXED:
                    continue
                for term in listed:
                    surface, words = _term_forms(term)
                    if not words or " " in words or term.startswith("*") or term.isupper():
                        continue  # (a phrase, "data mining", takes no prefix)
                    if words.startswith(prefix):
                        continue
                    key = f" {prefix}{words}{'' if term.endswith('*') else ' '}"
                    reading = (concept, surface, index, concept_kind(concept))
                    _, negating, acting = split.setdefault(key, (len(prefix), [], []))
                    if negator not in negating:
                        negating.append(negator)
                    acting.append(reading)
                    if concept != "grant":  # "nepovoleno" is a predicate, not an adjective
                        endings.setdefault(key, set()).update(lx.adjective_endings)
                    for info in (negator, reading):
                        terms.ids.setdefault(
                            (index, info[1]), len(terms.ids) * terms.modulus + index
                        )
    if not split:
        return None
    numbers = iter(keys)
    readings = {
        key: Readings.of(negating + acting, next(numbers), terms)
        for key, (_, negating, acting) in split.items()
    }
    cuts = {
        key: (
            cut,
            Readings.of(negating, next(numbers), terms),
            Readings.of(acting, next(numbers), terms),
            tuple(sorted(endings.get(key, ()))),
        )
        for key, (cut, negating, acting) in split.items()
    }
    return readings, cuts


# -- loading ---------------------------------------------------------------------------------


def lexicon_files(directories: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for directory in directories:
        if directory.is_file():
            files.append(directory)
        elif directory.is_dir():
            files.extend(sorted(directory.glob("*.yaml")))
    return files


def bundled_lexicon_dir() -> Path:
    return bundled_rules_dir() / "lexicon"


def read_lexicon(path: Path, problems: list[Located]) -> Lexicon | None:
    """Parse and validate one lexicon file; problems are collected, never raised."""
    shown = _display(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Located(shown, 0, 0, f"cannot read lexicon: {exc}"))
        return None
    try:
        value, positions = _load_strings(text, shown, problems)
    except _Refused:
        return None
    if not isinstance(value, dict):
        problems.append(Located(shown, 1, 1, "a lexicon is a mapping with `lexicon` and `terms`"))
        return None
    try:
        model = LexiconFile.model_validate(value)
    except ValidationError as exc:
        for err in exc.errors():
            line, col = position_of(positions, tuple(err["loc"]))
            where = ".".join(str(x) for x in err["loc"])
            problems.append(Located(shown, line, col, f"{where}: {err['msg']}"))
        return None
    before = len(problems)
    term_lines: dict[tuple[str, str], int] = {}
    for concept, terms in model.terms.items():
        wrong = concept_ok(concept)
        if wrong:
            line, col = position_of(positions, ("terms", concept))
            problems.append(Located(shown, line, col, wrong))
            continue
        for term, example in terms.items():
            line, col = position_of(positions, ("terms", concept, term))
            term_lines[(concept, term)] = line
            if not normalise_term(term.strip("*")):
                problems.append(Located(shown, line, col, f"empty term in {concept}"))
            elif term.strip("*")[0] in "[{<":
                problems.append(
                    Located(
                        shown,
                        line,
                        col,
                        f"term {term!r}: a placeholder is not a term (punctuation is read as a"
                        " word boundary, so '[company' would match every 'company')",
                    )
                )
            elif term.strip("*")[0] in _CLAUSE_MARKS or term.strip("*")[-1] in ";；。":
                problems.append(
                    Located(
                        shown,
                        line,
                        col,
                        f"term {term!r}: punctuation is read as a word boundary; only a final"
                        " comma or colon counts, as a mark the text must have after the term"
                        " ('が、', 'Example:')",
                    )
                )
            elif "*" in term.strip("*"):
                problems.append(
                    Located(shown, line, col, f"term {term!r}: `*` may only start or end a term")
                )
            elif (
                "*" in term
                and model.lexicon.script in ("latin", "cyrillic", "greek")
                and _stem_weight(" ".join(word_text(normalise_term(term.strip("*"))).split())) < 3
            ):
                problems.append(
                    Located(shown, line, col, f"term {term!r}: a stem needs 3 or more characters")
                )
            elif not isinstance(example, str) or not example.strip():
                problems.append(Located(shown, line, col, f"term {term!r} needs an example"))
    if len(problems) > before:
        return None
    return Lexicon(
        meta=model.lexicon,
        path=shown,
        sha256=hashlib.sha256(raw).hexdigest(),
        detect=tuple(model.detect),
        abbreviations=frozenset(normalise_term(a) for a in model.abbreviations),
        coordinators=frozenset(normalise_term(c) for c in model.coordinators),
        locatives=frozenset(normalise_term(w) for w in model.locatives),
        interrogatives=frozenset(normalise_term(w) for w in model.interrogatives),
        complementizers=frozenset(normalise_term(w) for w in model.complementizers),
        inclusives=frozenset(normalise_term(w) for w in model.inclusives),
        carryovers=frozenset(normalise_term(w) for w in model.carryovers),
        privatives=frozenset(normalise_term(w) for w in model.privatives),
        exclusives=frozenset(normalise_term(w) for w in model.exclusives),
        second_person=frozenset(normalise_term(w) for w in model.second_person),
        adverbs=frozenset(normalise_term(w) for w in model.adverbs),
        courtesies=frozenset(normalise_term(w) for w in model.courtesies),
        makers=frozenset(normalise_term(w) for w in model.makers),
        quantifiers=frozenset(normalise_term(w) for w in model.quantifiers),
        units=frozenset(normalise_term(w) for w in model.units),
        topics=frozenset(normalise_term(w) for w in model.topics),
        negative_prefixes=tuple(normalise_term(w) for w in model.negative_prefixes),
        adjective_endings=tuple(normalise_term(w) for w in model.adjective_endings),
        terms=model.terms,
        term_lines=term_lines,
    )


def _stem_weight(stem: str) -> int:
    """Letters in a stem; a Hangul or Han syllable is a morpheme and counts as three."""
    return sum(3 if ord(c) >= 0x1100 else 1 for c in stem)


class _Refused(Exception):
    pass


def _load_strings(text: str, shown: str, problems: list[Located]) -> tuple[Any, Positions]:
    """YAML with every scalar a string (`no`, `on`, `1` are words here, not booleans or
    numbers), positions for every value, and no anchors or aliases (a lexicon needs none,
    and they are how a small file becomes a huge one)."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problems.append(Located(shown, line, col, f"invalid YAML: {exc.problem or exc}"))
        raise _Refused from None
    except yaml.YAMLError as exc:
        problems.append(Located(shown, 0, 0, f"invalid YAML: {exc}"))
        raise _Refused from None
    positions: Positions = {}
    seen: set[int] = set()

    def build(node: yaml.Node, path: tuple[str | int, ...]) -> Any:
        positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in seen:
            problems.append(Located(shown, *positions[path], "anchors and aliases are not allowed"))
            raise _Refused
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                at = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                if not isinstance(key, str):
                    problems.append(Located(shown, *at, "keys must be plain text"))
                    raise _Refused
                if key in out:
                    problems.append(Located(shown, *at, f"duplicate key {key!r}"))
                positions[(*path, key, "__key__")] = at
                out[key] = build(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [build(item, (*path, i)) for i, item in enumerate(node.value)]
        return node.value

    if node is None:
        return None, positions
    return build(node, ()), positions


def load_lexicons(extra: Sequence[str | Path] = (), *, include_bundled: bool = True) -> LexiconSet:
    """Bundled lexicons plus any in `extra` (a file or a folder's `lexicon/` or *.yaml with a
    `lexicon:` key); a user lexicon for a bundled language replaces it. Raises ConfigError."""
    paths = lexicon_files([bundled_lexicon_dir()]) if include_bundled else []
    for item in extra:
        base = Path(item)
        if base.is_dir() and (base / "lexicon").is_dir():
            paths.extend(lexicon_files([base / "lexicon"]))
        elif base.is_file() and _looks_like_lexicon(base):
            paths.append(base)
    return _load_cached(tuple(str(p) for p in paths))


def _looks_like_lexicon(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return False
    return any(line.startswith("lexicon:") for line in head.splitlines())


@lru_cache(maxsize=4)
def _load_cached(paths: tuple[str, ...]) -> LexiconSet:
    return LexiconSet(read_lexicons(paths))


def read_lexicons(paths: Sequence[str], cache_dir: Path | None = None) -> list[Lexicon]:
    """The lexicons of `paths` (a later one for the same language replaces an earlier
    one). Parsing and validating 45 YAML files is a third of `compliance check`'s start-up,
    so valid lexicons are kept on disk, keyed by the files' sha256 (see `_disk_cache`)."""
    cache = _disk_cache(paths, cache_dir)
    if cache is not None:
        cached = _read_cache(cache)
        if cached is not None:
            lexicons, forms = cached
            _TERM_FORMS.update(forms)
            return lexicons
    problems: list[Located] = []
    chosen: dict[str, Lexicon] = {}
    for path in paths:
        lexicon = read_lexicon(Path(path), problems)
        if lexicon is not None:
            chosen[lexicon.meta.language] = lexicon
    if problems:
        raise ConfigError(problems)  # never cached: every run reports them
    lexicons = list(chosen.values())
    if cache is not None:
        _write_cache(cache, lexicons)
    return lexicons


_CACHE_DAYS = 7


def user_cache_dir() -> Path | None:
    """`$XDG_CACHE_HOME/compliance`, else `~/.cache/compliance`; None without an absolute
    home (never a folder relative to wherever the command runs)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "compliance" if os.path.isabs(base) else None


def _disk_cache(paths: Sequence[str], cache_dir: Path | None) -> Path | None:
    """The cache file for these lexicon files: its name hashes every file's path and bytes
    and this module's own source (a changed loader never reads an old cache). None when a
    file cannot be read (the slow path then reports it) or there is no cache folder."""
    digest = hashlib.sha256()
    try:
        digest.update(Path(__file__).read_bytes())
        digest.update(f"{sys.version}\0{PYDANTIC_VERSION}\0".encode())
        for path in paths:
            digest.update(f"{path}\0".encode())
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    except OSError:
        return None
    folder = cache_dir or user_cache_dir()
    return folder / f"lexicons-{digest.hexdigest()[:40]}.pickle" if folder else None


def _read_cache(cache: Path) -> tuple[list[Lexicon], dict[str, tuple[str, str]]] | None:
    """The cached lexicons and their terms' forms, or None (missing, unreadable, not ours,
    or written by anyone but this user: a cache file is unpickled, so only one the user
    alone could write)."""
    try:
        with open(cache, "rb") as handle:
            info = os.fstat(handle.fileno())
            if (hasattr(os, "getuid") and info.st_uid != os.getuid()) or info.st_mode & 0o022:
                return None
            value = pickle.load(handle)
    except Exception:  # a broken cache is no cache
        return None
    if not (isinstance(value, tuple) and len(value) == 2):
        return None
    lexicons, forms = value
    if (
        isinstance(lexicons, list)
        and all(isinstance(lx, Lexicon) for lx in lexicons)
        and isinstance(forms, dict)
    ):
        return lexicons, forms
    return None


def _write_cache(cache: Path, lexicons: list[Lexicon]) -> None:
    """Write atomically (a concurrent run reads the old file or the new one); any failure
    (read-only home, full disk) leaves the run uncached, never failed."""
    try:
        cache.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=cache.parent, prefix=".lexicons-")
        try:
            with os.fdopen(handle, "wb") as out:
                forms = {
                    term: _term_forms(term)
                    for lx in lexicons
                    for term in chain(
                        (t for terms in lx.terms.values() for t in terms),
                        (t for _, t in _reservations_including(lx)),
                    )
                }
                pickle.dump((lexicons, forms), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(name, cache)
        except BaseException:
            os.unlink(name)
            raise
        # Caches of lexicons or loaders unused for a week are stale: keep the folder small.
        for old in cache.parent.glob("lexicons-*.pickle"):
            if old != cache and old.stat().st_atime < cache.stat().st_mtime - _CACHE_DAYS * 86400:
                old.unlink(missing_ok=True)
    except Exception:  # no cache is a slower start, not an error
        pass
