"""The composer (NOTICES.md §3): concept hits of a block → the effects its notice states.

One function per operator, applied in order: voice frame (is this the publisher speaking?),
polarity per clause, actions → purposes (with heading / lead-in scope and elliptical
clauses), scope (addressee, binding), exceptions, routes (conditions) and override. Nothing
here knows a language: the words come from the lexicons.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, groupby, islice, pairwise, repeat
from operator import attrgetter, or_

from compliance.notices.lexicon import (
    ACTIONS,
    CONNECTIVES,
    REUSE_CONCEPTS,
    REUSE_ROUTES,
    Hit,
    fold_text,
    normalise_term,
    unspaced,
)
from compliance.notices.segment import LAW_CITATION, Block

AI_PURPOSES = frozenset({"ai-train", "ai-input", "ai-index"})
_AI_SPECIFIC = frozenset({"train", "mine", "ai-input", "answer"})
_AI_ENDS = frozenset({"train", "mine", "learn", "ai", "ai-input", "answer"})
_AI_OUTPUTS = frozenset({"ai", "ai-input", "ai-made"})  # what makes "answers" an AI's
_REUSE_ACTS = frozenset({"republish", "use"})  # (manners are matched as "republish")
_MADE_ANSWERS = frozenset({"ai-made", "answer"})
_ASKING = frozenset({"permission", "written-permission"})  # routes that ask the publisher
_MEANS_ACTIONS = frozenset({"crawl", "download", "use", "search", "republish"})
_PERMISSION_FAMILY = ("written-permission", "licence", "permission")
PROCEDURES = frozenset({"written-permission", "permission", "licence", "payment"})
# Every operator can be switched off, for the ablation table (`compliance eval --ablate`).
OPERATORS = (
    "voice",
    "negation",
    "scope",
    "ellipsis",
    "addressee",
    "binding",
    "exception",
    "route",
    "override",
)
_QUOTES = set('“”«»„"「」『』‹›')
# Each quotation mark that opens, with the marks that close it.
QUOTE_PAIRS = {
    "“": "”",
    "„": '“”"',
    "«": "»",
    "»": "«",  # Danish, German, Swedish: »…«
    "「": "」",
    "『": "』",
    '"': '"',
    "‹": "›",
    "”": "”",  # Finnish, Swedish: ”…”
    # Single marks double as apostrophes ("don't", "l'article", "'s avonds"): they open and
    # close a quotation only where no letter flanks them (`FLANKED`).
    "'": "'",
    "‘": "’",
    "’": "’",  # Finnish, Swedish: ’…’
    "‚": "‘",  # German: ‚…‘
}
FLANKED = frozenset("'‘’")
_NAME_OPENERS = frozenset(QUOTE_PAIRS) - FLANKED  # (a name's quotes: no apostrophes)
# "JAKARTA (ANTARA) -", "LONDON, Dec 2 (Reuters) -": a news story's dateline.
# (the place in capitals of any alphabet: "HÀ NỘI (TTXVN) –", "ΑΘΗΝΑ (ΑΠΕ) –", checked with
# `str.isupper`, which a character class cannot say)
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,4})"
    r"(?:,[^\n(]{0,40})?\s*\([^)\n]{2,40}\)\s*[-–—]"
)
# "Київ, 1 грудня.", "Ljubljana, 2. decembra (STA) –", "Sevilla, 4 de diciembre –": a
# place, a day and its month opening a line
_DATED_PLACE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_'-]*(?:[ '-][^\W\d_]+){0,2}),\s*\d{1,2}\.?\s+"
    r"(?:de\s+)?[^\W\d_]{3,12}\.?(?:\s+(?:de\s+)?\d{4})?\s*(?:[.–—-]|\(|/|$)"
)

# Verdict strength, most restrictive first (the decision's order, for one block).
_MARKED_MAX = 256
_STRENGTH = {"deny": 3, "conditional": 2, "allow": 1}


@dataclass
class Clause:
    start: int  # offsets in the normalised text
    end: int
    connective: str | None  # the connective that opens it (contrast, exception, condition)
    hits: list[Hit]
    polarity: str | None = None  # restrict | grant
    actions: set[str] = field(default_factory=set)
    routes: set[str] = field(default_factory=set)
    licences: list[str] = field(default_factory=list)
    purposes: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    referred: set[str] = field(default_factory=set)  # "such use": the purposes named before
    waived: bool = False  # "no attribution required": its routes are asked of no one
    examples: list[tuple[int, int]] | None = None  # its inclusives' spans, once looked up
    item: bool = False  # an item of a list run into the sentence, predicated by its lead-in

    def concepts(self) -> Counter[str]:
        return Counter(h.concept for h in self.hits)


@dataclass
class Effect:
    verdict: str
    conditions: set[str]
    hits: list[Hit]  # the cue, action and route terms that decided it
    granted: bool = False  # a grant on conditions of reuse ("may quote with attribution")
    grant: bool = False  # stated by a grant (`_grant`), on conditions or not
    # A ban only on manners of reuse ("You may not edit them"): the conditions it sets on a
    # grant of the same reuse (see `MANNERS`); empty for any other ban.
    manner: frozenset[str] = frozenset()


@dataclass
class BlockReading:
    """What the composer read in one block (also the explain trace)."""

    block: Block
    index: int = 0  # the block's position in the document's blocks
    voice: str = "own"
    cues: dict[str, int] = field(default_factory=dict)
    clauses: list[list[Clause]] = field(default_factory=list)  # per sentence
    effects: dict[str, Effect] = field(default_factory=dict)
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)  # normalised
    notes: list[str] = field(default_factory=list)
    # Ways to permission set on a bare "use" of the content: they hold for every use.
    any_use_routes: set[str] = field(default_factory=set)
    # Per purpose, the ways to permission a conditional ban of the block named, and the
    # purposes an override keeps absolute (see `_one_procedure`).
    asked_routes: dict[str, set[str]] = field(default_factory=dict)
    absolute: set[str] = field(default_factory=set)
    # The purposes a clause bans in its own words (not by a lead-in or an ellipsis).
    stated: set[str] = field(default_factory=set)


@dataclass
class Context:
    """What a block needs from around it: the hits of its heading and lead-in, its region,
    and whether the document reads as a news story."""

    heading_hits: list[Hit]
    lead_in: Clause | None
    in_footer: bool
    narrative: bool
    disabled: frozenset[str]
    section_addressees: list[Hit] = field(default_factory=list)
    head_final: frozenset[int] = frozenset()  # lexicons whose connectives follow their clause
    noun_capitals: frozenset[int] = frozenset()  # lexicons that write every noun capitalised
    privative_routes: frozenset[str] = frozenset()  # "non autorisé": a use without permission
    manners: Mapping[tuple[int, str], str] = field(default_factory=dict)  # LexiconSet.manners
    # LexiconSet.negating_overrides; None: every override negates
    negating_overrides: frozenset[tuple[int, str]] | None = None
    coordinators: frozenset[str] = frozenset()  # "and", "or", "및": the block's languages'
    locatives: frozenset[str] = frozenset()  # "on", "auf", "su": the block's languages'
    interrogatives: frozenset[str] = frozenset()  # "how", "whether": the block's languages'
    complementizers: frozenset[str] = frozenset()  # "that", "dass": the block's languages'
    inclusives: frozenset[str] = frozenset()  # "including", "notamment": the block's languages'
    carryovers: frozenset[str] = frozenset()  # "the same applies to": the block's languages'
    privatives: frozenset[str] = frozenset()  # "without", "ohne": the block's languages'
    exclusives: frozenset[str] = frozenset()  # "only", "nur", "のみ": the block's languages'
    second_person: frozenset[str] = frozenset()  # "your", "Ihre", "您的": the block's languages'
    adverbs: frozenset[str] = frozenset()  # "jedoch", "cependant": contrast adverbs mid-clause
    courtesies: frozenset[str] = frozenset()  # "please", "bitte": the block's languages'
    makers: frozenset[str] = frozenset()  # "generated", "erstellt": the block's languages'
    quantifiers: frozenset[str] = frozenset()  # "many", "viele": the block's languages'
    units: frozenset[str] = frozenset()  # "characters", "Zeichen": the block's languages'
    topics: frozenset[str] = frozenset()  # "about", "について": the block's languages'
    # Set by `voice_frame`: the spans where others named before speak ("Several outlets have
    # written into their terms that …"): in a block of the publisher's own, theirs.
    reported_spans: list[tuple[int, int]] = field(default_factory=list)
    asked: set[str] = field(default_factory=set)  # actions of a question right before it
    lead_is_heading: bool = False  # the list's lead-in is its heading ("What you must not do")


# -- 1. voice frame --------------------------------------------------------------------------

# A company's legal form after its name ("Nordlys Medier AS", "Acme Media Ltd", "Médias du
# Nord SA"), up to three more words of the name between.
_LEGAL_FORM = re.compile(
    r"[ \t]*(?:[\w'’&.-]+[ \t]+){0,3}?(?:AS|ASA|A/S|AB|Oy|Oyj|SA|S\.A\.|SAS|SARL|SL|S\.L\.|SpA|"
    r"S\.p\.A\.|Srl|S\.r\.l\.|GmbH|AG|KG|BV|B\.V\.|NV|N\.V\.|Ltd|Limited|LLC|Inc|Corp|plc|PLC|"
    r"a\.s\.|s\.r\.o\.|Sp\.|Kft|Zrt|d\.o\.o\.|OÜ|UAB|SIA|ООО|АО|ПАО|ЕООД|АД)(?![\w])"
)
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.I)
# "Art. 5. …", "Article 7 – …": an article number with no paragraph, letter or law after it.
_BARE_ARTICLE = re.compile(
    r"\s*art(?:icle|ikel|ículo|icolo|icolul|igo|ykuł|\.)?\s*\d+\.?[ \t–—-]", re.I
)


def _in_a_name(block_text: str, start: int, end: int, capital_is_a_name: bool = False) -> bool:
    """A capitalised discussion word inside a company's name ("© 2024 Nordlys Medier AS",
    "Acme Media Ltd", and where nouns take no capital, "Nordlys Medier forbyr …") names the
    publisher, not other publishers."""
    line_start = block_text.rfind("\n", max(0, start - _NAME_REACH), start) + 1
    before = block_text[max(line_start, start - _NAME_REACH) : start]
    mark = _copyright_end(before)
    if mark >= 0 and not _NAME_ENDS.search(before, mark):
        return True  # "© 2026 Jihočeská média, a.s.": a name in any case
    if not block_text[start : start + 1].isupper():
        return False
    if _legal_form_after(block_text, end):
        return True
    opener = next((c for c in reversed(before) if c in _NAME_OPENERS), None)
    if opener is not None and block_text[end : end + 1] in QUOTE_PAIRS[opener]:
        return True  # "SIA “Ziņu Mediji”", "ООО «Медиа Групп»": a name in quotes
    # "Nordlys Medier forbyr …": a capitalised word, then this one, then the verb in lower
    # case ("News Publishers Are Blocking AI", a title, goes on in capitals).
    if not capital_is_a_name:
        return False
    name = _word_before(before)
    verb = _WORD_AFTER.match(block_text, end)
    return bool(name and verb and name[0].isupper() and verb.group(1).islower())


def _without_directives(hits: list[Hit], text: str) -> list[Hit]:
    """ "add User-agent: GPTBot and Disallow: / to the file": a robots.txt directive quoted in
    prose (its name, a colon, a path) is a sample of the file, no ban or grant in words; the
    site's robots.txt itself is read as one."""
    if not any(h.concept in ("restrict", "grant") for h in hits):
        return hits
    return [
        h
        for h in hits
        if h.concept not in ("restrict", "grant") or not _DIRECTIVE_VALUE.match(text, h.end)
    ]


_DIRECTIVE_VALUE = re.compile(r"[ \t]*:[ \t]*/")  # "Disallow: /", "Allow: /public"


def _without_named_negators(hits: list[Hit], text: str, start: int) -> list[Hit]:
    """ "Vestkysten Nu forbeholder sig retten …": a negator another language reads in a
    capitalised word of a name (Romanian "nu") negates nothing."""
    named = [
        h
        for h in hits
        if h.concept == "negator"
        and h.start > start
        and text[h.start : h.start + 1].isupper()
        and _in_a_name(text, h.start, h.end, True)
    ]
    if not named:
        return hits
    dropped = set(named)  # (a set: a sentence of many such names stays linear)
    return [h for h in hits if h not in dropped]


def _legal_form_after(block_text: str, end: int) -> bool:
    """Does `_LEGAL_FORM` match at `end`, within `_NAME_REACH`? Every legal form but four
    holds a capital: a window in lower case without those four holds none, and is told by
    plain tests, not by trying the pattern's forty forms after each of its words."""
    reach = min(len(block_text), end + _NAME_REACH)
    window = block_text[end:reach]
    if window.islower() and not any(form in window for form in _LOWER_LEGAL_FORMS):
        return False
    return _LEGAL_FORM.match(block_text, end, reach) is not None


_LOWER_LEGAL_FORMS = ("plc", "a.s.", "s.r.o.", "d.o.o.")  # the legal forms without a capital


def _copyright_end(text: str) -> int:
    """Where the first copyright mark in `text` ends, or -1 (`_COPYRIGHT_MARK`; in ASCII
    text, known at once, by plain searches of its lower case)."""
    if not text.isascii():
        mark = _COPYRIGHT_MARK.search(text)
        return -1 if mark is None else mark.end()
    lower = text.lower()
    sign, word = lower.find("(c)"), lower.find("copyright")  # (they never start together)
    if sign < 0:
        return -1 if word < 0 else word + 9
    return sign + 3 if word < 0 or sign < word else word + 9


def _word_before(before: str) -> str | None:
    """The word `_WORD_BEFORE` finds before the spaces ending `before` (a text of one line),
    read backwards from them: searched forwards, every word of the text is tried first."""
    found = _SPACED_WORD_REVERSED.match(before[::-1])
    word = found.group(1)[::-1].lstrip("'’&-") if found else ""
    return word or None


def _the_readers(block_text: str, start: int, end: int, ctx: Context) -> bool:
    """Is an own-voice noun the reader's: a second-person possessive right before it or,
    where it follows the noun, right after it ("your terms of use", "uw algemene
    voorwaarden", "您的网站", "ketentuan anda"), nothing but spaces between?"""
    if not ctx.second_person:
        return False
    before = fold_text(block_text[max(0, start - _POSSESSIVE_REACH) : start]).rstrip(" \t")
    after = fold_text(block_text[end : end + _POSSESSIVE_REACH]).lstrip(" \t")
    # Before: either of two words ("din egen hjemmeside", "your own website") or both ("az
    # ön"); after: the next word or two as one ("ketentuan anda", "của bạn"), not "for your".
    spaced_before, spaced_after = before.split()[-2:], after.split()[:2]
    if before[-1:] in _ENDS_A_PHRASE:
        spaced_before = []  # "… pour votre classe. Vous ne pouvez pas": another sentence's
    candidates = {
        *spaced_before,
        " ".join(spaced_before),
        *spaced_after[:1],
        " ".join(spaced_after),
    }
    if not candidates.isdisjoint(ctx.second_person):
        return True
    # Unspaced scripts ("您的网站", "あなたのサイト"): the possessive runs into the noun.
    return any(
        (before.endswith(word) or after.startswith(word))
        for word in ctx.second_person
        if unspaced(word[-1])
    )


_POSSESSIVE_REACH = 24  # characters around an own-voice noun that may hold a possessive
_ENDS_A_PHRASE = frozenset(".!?;:,)。！？")
_FIRST_COLON = re.compile("[:：]")


def _yours_then_a_quotation(block_text: str, colon: int, ctx: Context) -> bool:
    """ "Du kan også skrive i dine vilkår: "Indholdet må ikke …"", "Put this in your
    footer: «…»": a reader's possessive before the block's first colon and a quotation
    right after it give the reader a sample to write, none of the page's rules."""
    after = block_text[colon + 1 : colon + 1 + _QUOTE_GAP].lstrip()
    if after[:1] not in QUOTE_PAIRS:
        return False
    before = fold_text(block_text[:colon])
    words = {w.strip(_WORD_MARKS) for w in before.split()}
    return not words.isdisjoint(ctx.second_person) or any(
        unspaced(w[-1]) and w in before
        for w in ctx.second_person  # "在您的网站上写："
    )


_QUOTE_GAP = 3  # characters of space between a colon and the quotation it introduces


_WORD_BEFORE = re.compile(r"(\w[\w'’&-]*)[ \t]+$")
_SPACED_WORD_REVERSED = re.compile(r"[ \t]+([\w'’&-]*)")  # `_WORD_BEFORE`, text reversed
_WORD_AFTER = re.compile(r"[ \t]+(\w)")


_NAME_REACH = 40  # characters around a name that may hold its © or its legal form
_NAME_ENDS = re.compile(r"[.!?;:](?:\s|$)")  # a sentence's end: the name is over


def voice_frame(
    hits: Sequence[Hit], block_text: str, block: Block, ctx: Context
) -> tuple[str, dict[str, int]]:
    """Own voice, or reported / statute / template / discussion, judged from the block."""
    # (only the cues and what they may cite are read: a dense block's other hits are many)
    banned = _banned_reports(hits, block_text, block.start, ctx.noun_capitals)
    all_hits = hits
    hits = [
        h
        for h in hits
        if (h.concept in _VOICE_CUES or h.concept.startswith(_CITED))
        and not (banned and h.concept == "reported" and h.start in banned)
    ]
    # One word is one cue, however many lexicons read it ("редакци" in ru and bg); other
    # sites named as a place ("publication on other sites") are no one speaking.
    theirs = _reported_clauses(hits, block_text, block, ctx)
    ctx.reported_spans = theirs
    their_starts = [start for start, _ in theirs]
    # A word's lexicons: a capital names a company only where some of them write nouns
    # in lower case.
    words: dict[tuple[int, int, str], bool] = {}
    for h in hits:
        key = (h.start, h.end, h.concept)
        words[key] = words.get(key, False) or h.lexicon not in ctx.noun_capitals
    # "your terms of use": advice to a reader on their own terms, a sample's cue
    readers = {
        (start, end)
        for start, end, concept in words
        if concept == "own-voice"
        and _the_readers(block_text, start - block.start, end - block.start, ctx)
    }
    counts = Counter(
        "template" if concept == "own-voice" and (start, end) in readers else concept
        for (start, end, concept), capital_is_a_name in words.items()
        if (
            concept != "discussion"
            or not (
                _after_locative(block_text, start - block.start, ctx)
                or _in_a_name(block_text, start - block.start, end - block.start, capital_is_a_name)
            )
        )
        and (concept != "own-voice" or not _inside(start, theirs, their_starts))
    )
    cues = {k: counts[k] for k in _VOICE_CUES}
    if not (cues["discussion"] or cues["reported"]) and (not cues["own-voice"] or ctx.narrative):
        # (only where no other cue of others is counted, nor the page's own words outweigh it)
        cues["discussion"] += _quantified_subjects(all_hits, block_text, block.start, ctx)
    elif cues["own-voice"]:
        # (the page's own voice: a sentence of others' practice in it is theirs)
        quantified = _quantified_sentences(all_hits, block_text, block.start, ctx, opening=True)
        if quantified:
            ctx.reported_spans = sorted([*theirs, *quantified])
    if cues["reported"]:
        cited = _Cited(hits)
        cues["reported"] -= sum(
            1
            for h in hits
            if h.concept == "reported" and _cites_law(h, cited, block_text, block.start, ctx)
        )
    if cues["statute"] >= 2:
        # "… etter åndsverkloven … jf. åndsverkloven § 13 b": one law named twice is a
        # citation; law wording throughout takes different words of it
        cues["statute"] = len({h.term for h in hits if h.concept == "statute"})
    if block.statute_numbered:
        cues["statute"] += 1
    if "voice" in ctx.disabled:
        return "own", cues
    own = cues["own-voice"]
    if _CODE.search(block_text):
        return "code", cues  # markup or code shown on the page is an example, not a notice
    if _quoted(block_text):
        return "quoted", cues  # the whole block in quotation marks: someone's words
    # "Sample clause: ..." / "Example: ..." opening the block marks a sample, whatever it
    # says inside; elsewhere ("including, for example, ...") it must outweigh the page's voice.
    # (measured once, and only when a label may open the block: a test per hit of the text
    # before it would be quadratic)
    labels = [h for h in hits if h.concept == "template" or h.term[-1:] in _LABEL_MARKS]
    lead = block.start + _leading(block_text) if labels else -1
    opens = any(h.concept == "template" and h.start <= lead for h in labels)
    # "content, for example by scraping, is not permitted": an aside names an instance.
    templates = sum(
        1
        for h in hits
        if h.concept == "template"
        and not _after_comma(block_text, h.start - block.start)
        # "… съдържанието, включително шаблони, текстове …": templates listed, no sample
        and not _after_inclusive(block_text, h.start - block.start, ctx.inclusives)
    )
    if opens or templates > own or _PLACEHOLDER.search(block_text):
        # ("All content on this website is owned by [COMPANY]": a blank to fill in)
        return "template", cues
    # "Add this sentence to your terms of use: …", "Voorbeeldtekst voor uw voorwaarden: …": a
    # sample's cue in what leads to the block's first colon introduces what follows it.
    colon = _FIRST_COLON.search(block_text) if readers or labels or ctx.second_person else None
    if colon is not None and (
        # (the reader's noun in the sentence that leads to the colon: "… auf euren Blog
        # kopieren. Und liebe KI-Firmen: …" addresses AI firms, no sample follows)
        any(
            s < block.start + colon.start()
            and not _SENTENCE_END.search(block_text, e - block.start, colon.start())
            for s, e in readers
        )
        or _yours_then_a_quotation(block_text, colon.start(), ctx)
        or any(
            h.concept == "template"
            and h.start < block.start + colon.start()
            and not _after_comma(block_text, h.start - block.start)
            for h in labels
        )
    ):
        return "template", cues
    if any(
        h.concept == "reported" and h.start <= lead and h.term[-1:] in _LABEL_MARKS for h in labels
    ):
        # "Comment: We should forbid …", "网友评论：…": a reader's label opening the block,
        # whatever the reader's "we" says
        return "reported", cues
    # Law text, not a notice citing a law: statute numbering, or law wording throughout. A
    # bare "Art. 5." numbers a publisher's terms as often as a law: it needs law wording too.
    numbered = block.statute_numbered and not _BARE_ARTICLE.match(block_text)
    if block.statute_numbered and not own and "own-voice" in map(_CONCEPT_OF, ctx.heading_hits):
        # "Kullanım Koşulları" over "Madde 5 – …": the page's terms number their own articles
        own = 1
    if (numbered or cues["statute"] >= 2) and not own:
        return "statute", cues
    if cues["statute"]:
        # "Theo Luật Sở hữu trí tuệ, … phải xin phép tác giả", "Según la ley, …": a
        # sentence the law's name opens, with no word of the page's own, says what the law
        # says; a block of such sentences is law text
        predicates = sorted(h.start for h in all_hits if h.concept in _PREDICATES)
        opened = _law_opened(all_hits, predicates, block_text, block, ctx)
        opened_starts = [start for start, _ in opened]
        if opened and not own and all(_inside(at, opened, opened_starts) for at in predicates):
            return "statute", cues
        if opened:
            ctx.reported_spans = sorted([*ctx.reported_spans, *opened])
    if _PROVISION.match(block_text):
        # "3.1 Les contenus ne peuvent être utilisés que par les abonnés …": a clause numbered
        # as terms number theirs is the page's own provision, whoever else it names
        own += 1
    if cues["reported"] and (not own or own <= cues["reported"] or _QUOTES & set(block_text)):
        return "reported", cues
    if cues["discussion"] and not own:
        return "discussion", cues
    # In a news story only the page's own short closing lines (a footer), or a block that
    # speaks as the publisher more than about others, speak for it.
    others = cues["reported"] + cues["discussion"]
    footer = ctx.in_footer and len(block_text) <= FOOTER_BLOCK
    if ctx.narrative and not footer and (not own or (others and own <= others + 1)):
        return "discussion", cues
    return "own", cues


# A blank a template leaves to fill in: "[COMPANY]", "[YOUR SITE NAME]", "{{company}}"
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z _/-]{2,40}\]|\{\{ ?\w{1,40} ?\}\}")
_PROVISION = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s")  # "3.1 ", "12.4. "
_LABEL_MARKS = frozenset(":：")  # a term written with one is a label (`punctuated`)
_LEAD_MARKS = " -*•\t"  # what may stand before a label opening a block


def _leading(block_text: str) -> int:
    """How many characters of `_LEAD_MARKS` open the block."""
    return len(block_text) - len(block_text.lstrip(_LEAD_MARKS))


def others_speak(hits: Sequence[Hit], block_text: str, block: Block, ctx: Context) -> bool:
    """Does every voice frame of this block read someone other than the publisher, in any
    region and any context: no own-voice word (nor a provision's number, "3.1 "), and a cue
    of others that `voice_frame` counts (a story's closing paragraph that merely could be a
    footer is then ruled out without framing it). Judged with the head-final lexicons in
    `ctx`, so a cue that counts here counts in both the block's first and its full frame; a
    block scoped by a lead-in is never ruled out here (its voice may be taken over from it)."""
    if "voice" in ctx.disabled or block.lead_in is not None:
        return False
    if "own-voice" in map(_CONCEPT_OF, hits) or _PROVISION.match(block_text):
        return False
    return _others_counted(hits, block_text, block.start, ctx)


def speaks_as_others(hits: Sequence[Hit], block_text: str, block: Block, ctx: Context) -> bool:
    """Does `voice_frame` (with this `ctx`) read the block as reported or about others, told
    without framing it: no own-voice word, a cue of others counted, and none of the voices
    it tests before those (code, one whole quotation, a sample, law text)."""
    if "voice" in ctx.disabled or block.statute_numbered:
        return False
    if not _UNTOLD.isdisjoint(map(_CONCEPT_OF, hits)):
        return False
    if _CODE.search(block_text) or _quoted(block_text) or _PROVISION.match(block_text):
        return False
    return _others_counted(hits, block_text, block.start, ctx)


def _others_counted(hits: Sequence[Hit], block_text: str, offset: int, ctx: Context) -> bool:
    """Does `voice_frame` count a cue of others in the block: a discussion word (every
    capital taken as a possible name), or more reported words than cite a law?"""
    discussion = [h for h in hits if h.concept == "discussion"]
    if any(
        not _after_locative(block_text, h.start - offset, ctx)
        and not _in_a_name(block_text, h.start - offset, h.end - offset, True)
        for h in discussion
    ):
        return True
    reported = [h for h in hits if h.concept == "reported"]
    if reported:
        banned = _banned_reports(hits, block_text, offset, ctx.noun_capitals)  # (as `voice_frame`)
        reported = [h for h in reported if h.start not in banned]
    if not reported:
        # (as `voice_frame` counts it: only where no discussion or reporting word is)
        return not discussion and bool(_quantified_subjects(hits, block_text, offset, ctx))
    cited = _Cited(hits)
    citing = sum(1 for h in reported if _cites_law(h, cited, block_text, offset, ctx))
    # `voice_frame`'s count of reported cues (one per span) stays above 0
    return len({(h.start, h.end) for h in reported}) > citing


def _quantified_subjects(hits: Sequence[Hit], block_text: str, offset: int, ctx: Context) -> int:
    """ "Many publishers have banned AI training", "Plusieurs titres avaient inscrit … une
    opposition", "Večina medijev je prepovedala …": a quantifier ("many", "plusieurs",
    "večina") before the first predicate of its sentence, no word of the publisher's own
    between, counts others who do something, a practice reported ("Many of our photos …"
    has one). Counted once a sentence, as a discussion cue."""
    return len(_quantified_sentences(hits, block_text, offset, ctx))


_LAW_OPENING = 2  # words before the law's name opening its sentence ("Según la Ley …, …")


def _law_opened(
    hits: Sequence[Hit], predicates: Sequence[int], block_text: str, block: Block, ctx: Context
) -> list[tuple[int, int]]:
    """The spans of the block's sentences a law's name opens as a phrase set off by a comma
    ("Theo Luật …, …", "Según la Ley de Propiedad Intelectual, …"), up to a colon after it
    ("Reservation under § 13 b: the publisher prohibits …" states the page's own), that
    hold no word of the page's own ("Under Article 4 we reserve …" is its reservation). A
    list item (its lead-in's voice) and a section the page heads in its own words ("All
    rights reserved", "Legal notice") cite the law for the page."""
    if block.lead_in is not None or any(
        h.concept == "own-voice" or h.concept in _PREDICATES for h in ctx.heading_hits
    ):
        return []
    laws = sorted(h.start for h in hits if h.concept == "statute")
    own = sorted(h.start for h in hits if h.concept == "own-voice")
    spans: list[tuple[int, int]] = []
    for sentence in block.sentences:
        k = bisect_left(laws, sentence.start)
        if k == len(laws) or laws[k] >= sentence.end:
            continue
        at = laws[k]
        if len(block_text[sentence.start - block.start : at - block.start].split()) > _LAW_OPENING:
            continue
        # (an opening phrase set off by its comma before the sentence states anything:
        # "Правовласник прямо застерігає …" names a party, it cites no law)
        k = bisect_right(predicates, at)
        predicate = predicates[k] if k < len(predicates) else sentence.end
        predicate = min(predicate, sentence.end)
        if not _COMMA.search(block_text, at - block.start, predicate - block.start):
            continue
        colon = _FIRST_COLON.search(block_text, at - block.start, sentence.end - block.start)
        end = block.start + colon.start() if colon else sentence.end
        if bisect_left(own, sentence.start) == bisect_left(own, end):
            spans.append((sentence.start, end))
    return spans


def _quantified_sentences(
    hits: Sequence[Hit], block_text: str, offset: int, ctx: Context, *, opening: bool = False
) -> list[tuple[int, int]]:
    """The spans (in the text's offsets) of the sentences `_quantified_subjects` counts,
    from the sentence's start to its end. With `opening`, only where the quantifier opens
    the sentence, as a subject does ("print as many copies as your students need" counts
    copies): in a block of the page's own voice what they state is others' practice
    ("মনে রাখবেন, অনেক ওয়েবসাইট … নিষেধ করে", remember, many websites forbid …)."""
    if not ctx.quantifiers or "voice" in ctx.disabled:
        return []
    predicates = sorted(h.start for h in hits if h.concept in _PREDICATES)[:_BINDINGS_MAX]
    if not predicates:
        return []
    folded = fold_text(block_text)  # (one pass: most blocks hold no quantifier at all)
    singles, phrases, glued = _quantifier_kinds(ctx.quantifiers)
    if singles.isdisjoint(w.strip(_WORD_MARKS) for w in folded.split()) and not any(
        q in folded for q in phrases + glued
    ):
        return []
    own = sorted(h.start for h in hits if h.concept == "own-voice")
    spans: list[tuple[int, int]] = []
    judged = -1
    for start in predicates:
        at = start - offset
        reach = max(0, at - _QUANTIFIER_REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(block_text, reach, at)]
        begin = ends[-1] if ends else reach
        if begin <= judged:
            continue  # a later predicate of a sentence already judged
        judged = begin
        if bisect_left(own, begin + offset) != bisect_left(own, start):
            continue
        gap = folded[begin:at]
        if opening:
            # (the quantifier among the sentence's first words: as a phrase may be long,
            # each start is tried with what follows it)
            words = gap.split()
            gap = next(
                (
                    " ".join(words[i:])
                    for i in range(min(_SUBJECT_OPENING, len(words)))
                    if _names_a_quantifier(" ".join(words[i : i + _QUANTIFIER_WORDS]), ctx)
                    and not _names_a_quantifier(" ".join(words[i + 1 : i + _QUANTIFIER_WORDS]), ctx)
                ),
                "",
            )
        if gap and _names_a_quantifier(gap, ctx):
            end = _SENTENCE_END.search(block_text, at)
            spans.append((begin + offset, (end.end() if end else len(block_text)) + offset))
    return spans


_SUBJECT_OPENING = 3  # words of a sentence before the quantifier of its subject ("Remember, many")
_QUANTIFIER_WORDS = 5  # words of the longest quantifier ("a growing number of")
_QUANTIFIER_REACH = 200  # characters from a quantifier to the predicate it counts a subject of
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？؟\n]")


def _names_a_quantifier(gap: str, ctx: Context) -> bool:
    """Does `gap` (folded) hold a quantifier not after a locative ("on many sites" is where
    content goes)? Unspaced scripts and several words are found as they are written."""
    words = [w.strip(_WORD_MARKS) for w in gap.split()]
    for i, word in enumerate(words):
        if word in ctx.quantifiers and not (i and words[i - 1] in ctx.locatives):
            return True
    _, phrases, glued = _quantifier_kinds(ctx.quantifiers)
    if any(q in gap for q in glued):
        return True
    spaced = f" {' '.join(words)} "  # ("داده های", "data", holds no "ده ها", "dozens")
    return any(f" {q} " in spaced for q in phrases)


@lru_cache(maxsize=256)
def _quantifier_kinds(
    quantifiers: frozenset[str],
) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The quantifiers of one word, of several words, and of unspaced scripts (found as
    written)."""
    glued = tuple(q for q in quantifiers if unspaced(q[0]))
    phrases = tuple(q for q in quantifiers if " " in q and q not in glued)
    return frozenset(quantifiers.difference(glued, phrases)), phrases, glued


_WORD_MARKS = ",;:()\"'“”„«»‘’–—-"


def _reported_clauses(
    hits: Sequence[Hit], block_text: str, block: Block, ctx: Context
) -> list[tuple[int, int]]:
    """ "De uitgevers wijzen erop dat zij in hun algemene voorwaarden … hebben voorbehouden":
    after others are named (a reporting or discussion cue) and a word that opens what they
    say ("that", "dat", "что"), the rest of the sentence is theirs, its "our terms" too,
    unless the publisher spoke first ("We point out that …")."""
    if not ctx.complementizers or "voice" in ctx.disabled:
        return []
    others = sorted(h.start for h in hits if h.concept in ("reported", "discussion"))
    own = sorted(h.start for h in hits if h.concept == "own-voice")
    if not others or not own or own[-1] < others[0]:
        return []  # nothing of the publisher's after others are named
    # Right after a noun ("Media outlets that want to republish our articles …") the word is
    # a relative pronoun: the clause it opens describes them, the rest is still the page's.
    nouns = {_word_end(block_text, h.end - block.start) for h in hits if h.concept == "discussion"}
    coordinated = (_coordinated_noun_ends(block_text, at, ctx.coordinators) for at in list(nouns))
    nouns = nouns.union(*coordinated)
    spans = []
    for sentence in block.sentences:
        k = bisect_left(others, sentence.start)
        if k == len(others) or others[k] >= sentence.end:
            continue
        after = others[k] - block.start
        end = sentence.end - block.start
        opener = _first_complementizer(block_text, after, end, ctx, nouns)
        if opener is None:
            continue
        opens_at = block.start + opener
        j = bisect_left(own, sentence.start)
        if j < len(own) and own[j] < opens_at:
            continue  # the publisher speaks before it reports
        spans.append((opens_at, sentence.end))
    return spans


def _coordinated_noun_ends(text: str, at: int, coordinators: frozenset[str]) -> set[int]:
    """Where "Le testate e i blog", "Publishers and bloggers" may end: the discussion noun
    ending at `at`, a coordinator, then one or two words (no punctuation between): a relative
    pronoun after them still describes them."""
    words = list(_WORD.finditer(text, at, min(len(text), at + _COORDINATED_REACH)))[:3]
    if not words or fold_text(words[0].group()) not in coordinators:
        return set()
    ends = set()
    for word in words[1:]:
        if set(text[at : word.start()]) & set(",;:.()"):
            break
        ends.add(word.end())
    return ends


_COORDINATED_REACH = 40  # characters after a discussion noun: "e i blog", "and bloggers"


def _first_complementizer(
    text: str, start: int, end: int, ctx: Context, nouns: set[int]
) -> int | None:
    """Offset of the first word in text[start:end] that opens a reported clause (not one
    right after one of the `nouns`, ending at those offsets: a relative pronoun)."""
    for word in _WORD.finditer(text, start, end):
        if fold_text(word.group()) in ctx.complementizers:
            before = word.start()
            while before > start and text[before - 1] in " ,\t":
                before -= 1
            if before in nouns:
                continue
            return word.start()
    return None


_WORD = re.compile(r"\w+(?:['’]\w+)?")


def _inside(at: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Is `at` inside one of `spans` (in order, disjoint; `starts` their starts)?"""
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


class _Cited:
    """The law and licence terms of a block, by start and by end (one bisect per question)."""

    def __init__(self, hits: Sequence[Hit]) -> None:
        cited = [h for h in hits if h.concept == "statute" or h.concept.startswith(_CITED)]
        self.starts = sorted(h.start for h in cited)
        self.ends = sorted(h.end for h in cited)

    def starts_within(self, at: int, gap: int) -> bool:
        k = bisect_left(self.starts, at)
        return k < len(self.starts) and self.starts[k] <= at + gap

    def ends_within(self, at: int, gap: int) -> bool:
        k = bisect_left(self.ends, at - gap)
        return k < len(self.ends) and self.ends[k] <= at


def _cites_law(hit: Hit, cited: _Cited, block_text: str, offset: int, ctx: Context) -> bool:
    """ "according to § 44b", "gemäß Art. 4", "লাইসেন্স অনুযায়ী" (according to the
    licence): a reported-speech word that cites a law or a licence names no speaker. In a
    head-final language what it cites comes before it."""
    after = block_text[hit.end - offset : hit.end - offset + 30].lstrip(" (")
    # (each pattern opens with one of a few characters: most words are told by the first)
    if after[:1] in _CITATION_OPENERS and (
        LAW_CITATION.match(after) or _SECTION_BEFORE_MARK.match(after)
    ):
        return True
    if "(" in after and _STATUTE_NUMBER.search(after):
        return True  # "skyddas enligt lagen (1960:729) om upphovsrätt"
    if after[:1].lower() in _LICENCE_OPENERS and _LICENCE_NAME.match(after):
        return True
    if cited.starts_within(hit.end, _CITE_GAP):
        return True
    return hit.lexicon in ctx.head_final and cited.ends_within(hit.start, _CITE_GAP)


_CITED = ("route:licence", "licence:")
# The cues a voice frame counts (and the only hits it reads, with what they may cite).
_VOICE_CUES = ("own-voice", "reported", "statute", "template", "discussion")
# Open licences go by their international names in every language ("enligt Creative
# Commons Erkännande 4.0", "según la licencia CC BY").
_LICENCE_NAME = re.compile(
    r"(?:the |la |le |die |de |a )?(?:creative commons|cc[ -]?by|cc0|open government licen)",
    re.IGNORECASE,
)
_CITE_GAP = 6  # "according to the licence": an article between
# The characters `LAW_CITATION` and `_LICENCE_NAME` (in lower case) may open with.
_CITATION_OPENERS = frozenset("§¶aA第제0123456789")
_STATUTE_NUMBER = re.compile(r"\(\d{4}:\d{1,4}\)")  # a Swedish statute's number, "(1960:729)"
_SECTION_BEFORE_MARK = re.compile(r"\d{1,3}\s?[a-z]?\s?§")  # "enligt 15 b §", as Nordic laws number
_LICENCE_OPENERS = frozenset("tldaco")


FOOTER_BLOCK = 400  # a longer block is no footer line
# `<meta name=...>` or fenced code shown as text: an example of markup, not a notice.
# Markup, a fenced block, or robots.txt rules shown on a page ("User-agent: GPTBot" /
# "Disallow: /" in a how-to): code, an example (a robots.txt file's own rules are no block)
_CODE = re.compile(
    r"<(?:meta|link)\b[^>]*>|```|^[ \t]*(?:User-agent|Disallow)[ \t]*:", re.MULTILINE
)
_OPENING = '“«„"「『‹‘'
_CLOSING = '”»“"」』›’'


def _quoted(block_text: str) -> bool:
    """The whole block is a quotation: it opens with a quotation mark and closes with one,
    or never closes it (a quotation cut off at the end of the page)."""
    body = block_text.strip().rstrip(".!?。 ")
    if len(body) <= 2 or body[0] not in _OPENING:
        return False
    return body[-1] in _CLOSING or not any(c in _CLOSING for c in body[1:])


def _banned_reports(
    hits: Sequence[Hit], block_text: str, offset: int, noun_capitals: frozenset[int] = frozenset()
) -> set[int]:
    """Starts of report words that report nothing: a ban governs them right before them
    ("Dilarang mengumumkan …": prohibited to announce, the act banned, nobody announcing),
    or they are a word of a name ("© Agencia Informa. Prohibido …": a capital after a
    capitalised word, no capital after it, where nouns take none)."""
    reports = [h for h in hits if h.concept == "reported"]
    if not reports:
        return set()
    ends = {h.end for h in hits if h.concept == "restrict"}
    out = set()
    for h in reports:
        k = j = h.start - offset
        while j > 0 and block_text[j - 1] in " \t":  # the spaces before it (not the block)
            j -= 1
        if j < k and (
            j + offset in ends
            or (
                block_text[k : k + 1].isupper()
                and h.lexicon not in noun_capitals
                and (_word_before(block_text[max(0, j - _NAME_REACH) : k]) or "")[:1].isupper()
                and not block_text[h.end - offset : h.end - offset + 2].strip()[:1].isupper()
            )
        ):
            out.add(h.start)
    return out


def dateline(line: str) -> bool:
    """Does the line open with a news story's dateline ("JAKARTA (ANTARA) -", "Київ, 1
    грудня.", "МОСКВА, 2 декабря. /ТАСС/.")?"""
    head = line[:_DATELINE_REACH]
    found = _DATELINE.match(line) if "(" in head else None  # (cheap tests first)
    if found is not None and found.group("place").isupper():
        return True
    comma = head.find(",")
    if comma < 0 or not head[comma + 1 : comma + 3].strip()[:1].isdigit():
        return False
    dated = _DATED_PLACE.match(line)
    return dated is not None and dated.group("place")[0].isupper()


_DATELINE_REACH = 120  # characters of a line a dateline's place, date and agency fit in


def is_narrative(text: str, voices: Sequence[tuple[str, dict[str, int], bool]]) -> bool:
    """A news story: a dateline; several blocks in reported voice or about others; or a
    first paragraph that says who speaks and is not the publisher."""
    # The dateline opens the story's first paragraph, under a headline or two.
    if any(map(dateline, text[:600].splitlines()[:4])):
        return True
    others = 0
    first: str | None = None
    for voice, cues, prose in voices:  # in order, stopping as soon as it is known
        if not prose:
            continue
        if voice in ("reported", "discussion"):
            others += 1
            if others >= 2:
                return True
        if first is None and any(cues.values()):
            first = voice
            if first in ("reported", "discussion", "statute"):
                return True
    return False


# -- 2. clauses and polarity -----------------------------------------------------------------


def _adverb_clause(text: str, start: int, hit: Hit, polar: Sequence[int]) -> int | None:
    """Where the clause starts that the contrast adverb `hit` stands inside, if it does: a
    word right before it ("wir jedoch", not ", jedoch" nor a sentence's first word) and a
    polarity term since the last mark ("KI-Training erlauben wir jedoch nicht"). After a
    comma with none ("Das Teilen ist erlaubt, das Training jedoch nicht") it opens the
    elliptical contrast itself: None."""
    before = text[max(start, hit.start - 2) : hit.start].rstrip(" ")
    if not before or not before[-1].isalnum():
        return None
    since = max(start, hit.start - _ADVERB_LOOK_BACK)  # (bounded: each adverb looks back once)
    mark = max(since - 1, *(text.rfind(m, since, hit.start) for m in _LISTING_MARKS))
    # a polarity term between the mark and the adverb (`polar`: their starts, sorted)
    if bisect_left(polar, hit.start) > bisect_right(polar, mark):
        return mark + 1
    return None


_ADVERB_LOOK_BACK = 200  # characters before a contrast adverb looked at for its clause


_POLAR = frozenset({"grant", "restrict", "require"})
# Marks that open a clause or list acts apart ("抓取、复制": crawl, copy).
_LISTING_MARKS = frozenset(",;:、，،；")


_COMMA = re.compile(r"[,，、،]")
_LIST_PUNCT = re.compile(r"[;:]\s|[；：]")  # full-width marks take no space after them


def _lexicons_speaking(hits: Sequence[Hit]) -> set[int]:
    """The lexicons that read some word of the sentence alone: their language is spoken
    there (a word every counted language reads, "robots", tells none)."""
    readers: dict[tuple[int, int], set[int]] = {}
    for h in hits:
        if h.concept not in CONNECTIVES:  # (the connective itself tells nothing)
            readers.setdefault((h.start, h.end), set()).add(h.lexicon)
    return {next(iter(ls)) for ls in readers.values() if len(ls) == 1}


def split_clauses(
    start: int,
    end: int,
    hits: Sequence[Hit],
    text: str = "",
    head_final: frozenset[int] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
    complementizers: frozenset[str] = frozenset(),
    contrast_adverbs: frozenset[str] = frozenset(),
) -> list[Clause]:
    """Cut a sentence at its connectives, and at `;` / `:` (a list inside a sentence); each
    clause keeps the hits inside it. A sentence cut into more than `_CLAUSES_MAX` clauses is
    no prose: the rest stays in its last clause (every per-sentence loop stays bounded)."""
    cuts: list[tuple[int, str | None]] = []
    if text:
        cuts += [(m.end(), "list") for m in _LIST_PUNCT.finditer(text, start, end)]
        if coordinators:
            cuts += [(at, "coordinated") for at in _second_bans(hits, text, coordinators)]
        cuts += [(at, "coordinated") for at in _listed_bans(hits, text, start, coordinators)]
        cuts += [
            (at, "coordinated") for at in _bans_after_a_closed_ban(hits, text, complementizers)
        ]
    actions = [h.start for h in hits if h.concept.startswith("action:")]  # hits are sorted
    routes = [h.start for h in hits if h.concept.startswith("route:")]
    starts = [h.start for h in hits]
    list_cuts = sorted(at for at, c in cuts if c == "list")  # (bisected: one per connective)
    polar = [h.start for h in hits if h.concept in _POLAR]  # (hits are sorted)
    adverbs = False  # the connective before was a contrast adverb kept in its clause
    previous_end = start  # the end of the previous connective
    speaking: set[int] | None = None  # the lexicons with a word of their own here
    for hit in hits:
        if hit.concept not in ("contrast", "exception", "condition"):
            continue
        if hit.concept == "contrast":
            speaking = _lexicons_speaking(hits) if speaking is None else speaking
            if hit.lexicon not in speaking:
                # Hungarian "de" (but) in a Portuguese "a utilização de quaisquer sistemas":
                # a connective of a language the sentence says nothing else in cuts nothing.
                continue
        if (
            hit.concept == "contrast"
            and hit.term in coordinators
            and not text[max(start, hit.start - 2) : hit.start].rstrip(" ").endswith(",")
        ):
            # Croatian "ali" (but) is Slovenian "ali" (or): where the block's languages read
            # it both ways, it cuts only after a comma, as a "but" stands (Croatian writes
            # one before it; the Slovenian "or" of a list has none).
            continue
        inside = (
            _adverb_clause(text, start, hit, polar)
            if hit.concept == "contrast" and hit.term in contrast_adverbs
            else None
        )
        if inside is not None:
            # "KI-Training erlauben wir jedoch nicht": an adverb inside its clause, which
            # goes on to the negator after it; the contrast opens that clause
            if inside > start:
                cuts.append((inside, "contrast"))
            continue
        opened, previous_end = previous_end, hit.end
        if hit.concept == "contrast" and _adverb_after_negator(
            hits, starts, hit, opened, text, adverbs
        ):
            adverbs = True  # "Non … invece … tuttavia …": a run of them stays one clause
            continue
        adverbs = False
        if hit.concept == "condition" and hit.lexicon in head_final and text:
            # "AI 학습에 활용할 경우 서면 합의해야 한다", "転載する場合は許可が必要": in a
            # head-final language the condition marker closes the condition it follows.
            clause_start = max(_clause_start(text, start, hit.start), opened)
            if text[clause_start : hit.start].strip(" ,.;:()-*•0123456789"):
                cuts += [(clause_start, "condition"), (hit.end, None)]
                continue
        if (
            hit.concept == "exception"
            and text
            and _head_final(hit, actions, text, start, end, head_final, routes)
        ):
            # "検索エンジンを除き", "검색 엔진을 제외하고": the excepted words come first.
            cuts += [(_clause_start(text, start, hit.start), "exception"), (hit.end, None)]
        else:
            cuts.append((hit.start, hit.concept))
        if text and hit.concept in ("condition", "exception"):
            # "Unless otherwise stated, ... may not be reproduced" / "except for search
            # engines, crawling is prohibited": a condition or an exception ends at its comma.
            # (no further than the list's next item: "(b) … other than our API; (c) use
            # …, including …" ends the exception at its ";")
            k = bisect_right(list_cuts, hit.end)
            reach = min(end, hit.end + _LOOK, list_cuts[k] if k < len(list_cuts) else end)
            comma = _COMMA.search(text, hit.end, reach)
            if comma and _opens_its_clause(text, hit.end, comma.end(), complementizers):
                # "при условии, что …", "pod warunkiem, że …": the comma is the
                # connective's own; the condition ends at the next one
                comma = _COMMA.search(text, comma.end(), min(end, hit.end + _LOOK))
            if comma:
                cuts.append((comma.end(), None))
            elif not any(h.concept in _PREDICATES and h.start < hit.start for h in hits):
                # "Unless otherwise stated reproduction is prohibited", "यदि ... तो लिखित
                # अनुमति आवश्यक है", "Das Crawlen ist mit Ausnahme von Suchmaschinen
                # untersagt": no comma closes the condition or exception, and the main
                # clause has had no predicate yet: it goes on at the first one after it.
                predicate = next(
                    (h for h in hits if h.start >= hit.end and h.concept in _PREDICATES), None
                )
                if predicate is not None:
                    cuts.append((_excepted_end(hits, hit, predicate), None))
    # At one offset a connective first, and a word's over a list mark's ("; except …").
    cuts.sort(key=lambda c: (c[0], c[1] is None, c[1] == "list"))
    bounds: list[tuple[int, str | None]] = [(start, None)]
    for s, c in cuts:
        if len(bounds) >= _CLAUSES_MAX:
            break
        if s > bounds[-1][0]:
            bounds.append((s, c))
        elif s == start and bounds[0][1] is None:
            bounds[0] = (start, c)  # the sentence opens with it: "If ...", "Unless ..."
    clauses: list[Clause] = []
    j = 0
    for i, (s, connective) in enumerate(bounds):
        e = bounds[i + 1][0] if i + 1 < len(bounds) else end
        while j < len(hits) and hits[j].start < s:
            j += 1
        k = j
        while k < len(hits) and hits[k].start < e:
            k += 1
        clauses.append(Clause(s, e, connective, list(hits[j:k])))
        j = k
    return clauses


_BAN_WORDS = frozenset({"restrict", "grant", "negator"})  # ("prior" is a requirement only)


def _second_bans(hits: Sequence[Hit], text: str, coordinators: frozenset[str]) -> Iterator[int]:
    """ "You must not use any robot on the site, and you must not use its content to train
    AI", "… sans autorisation écrite, et il est interdit en aucun cas de …", "… และห้าม…":
    a ban word (or an override opening a ban) right after a coordinator, a copula or two
    between, after a first predicate of the sentence, opens a ban of its own: it takes
    neither the first one's acts, nor its way to permission, nor its override. Yields where
    each such clause starts (its coordinator)."""
    seen_ban = seen_route = False
    seen_act = closed = False  # an act or a ban word seen; a way to permission after one
    after = 0  # the end of the last hit before, its subject ("you", "we") passed over
    last_predicate = max((h.start for h in hits if h.concept in _PREDICATES), default=-1)
    for hit in hits:
        if seen_ban and (hit.concept == "restrict" or (hit.concept == "override" and seen_route)):
            at = _coordinator_before(text, after, hit.start, coordinators)
            if at is not None:
                yield at
        elif (
            seen_ban
            and closed
            and (
                (hit.concept.startswith("action:") and hit.start < last_predicate)
                or hit.concept == "negator"
            )
            and (at := _coordinator_before(text, after, hit.start, coordinators)) is not None
        ):
            # "… sans autorisation, et l'utilisation de nos articles pour entraîner l'IA
            # n'est pas permise", "… uten tillatelse, og det er ikke tillatt å …": a first
            # ban closed with its way to permission, and a clause of its own acts and ban
            # word after a comma and a coordinator: the way is the first ban's alone
            # (one named before every act is the whole list's: "… előzetes írásbeli
            # engedélye nélkül nem másolhatók, …, és …"; a negator with no coordinator
            # word before it is tried as a glued one below)
            yield at
        elif seen_ban and hit.concept == "negator":
            # ("…، وبعدم …، إلا بموافقة خطية" asks the consent for both: only a condition
            # named before, or one of reuse the first ban cannot take, parts them)
            glued = _glued_coordinator(text, hit.start, coordinators)
            if glued is not None and (
                seen_route
                or _reuse_condition_elsewhere(
                    [h for h in hits if h.start < glued],
                    [routes_of([h for h in hits if h.start > glued])],
                )
            ):
                yield glued
        seen_ban |= hit.concept in _PREDICATES
        seen_route |= hit.concept.startswith("route:")
        closed |= seen_act and hit.concept.startswith("route:")
        seen_act |= hit.concept.startswith("action:") or hit.concept in _BAN_WORDS
        if hit.concept != "own-voice":
            after = hit.end


_AI_ACTS = frozenset(
    {"action:ai", "action:train", "action:mine", "action:learn", "action:ai-input"}
)


def _bans_after_a_closed_ban(
    hits: Sequence[Hit], text: str, complementizers: frozenset[str]
) -> Iterator[int]:
    """ "무단전재 및 재배포 금지, AI 학습 및 활용 금지", "Nachdruck ohne Genehmigung verboten,
    KI-Training verboten": a ban word closed by a comma, and another ban word after it, make
    two bans; the second takes neither the first one's acts nor its way to permission.
    Yields where each later ban starts (after the comma)."""
    bans = [h for h in hits if h.concept == "restrict"]
    acts = [h.start for h in hits if h.concept.startswith("action:")]  # (hits are sorted)
    if len(bans) < 2 or not acts:
        return
    # "yazılı izin alınmadan çoğaltılamaz, …, kullanılamaz": a way to permission named before
    # every act is the whole list's, unless a later ban turns to AI ("… izin alınmadan
    # kullanılamaz, yapay zekâ modellerinin eğitiminde kullanılamaz": a ban of its own)
    shared = any(h.concept.startswith("route:") and _word_end(text, h.end) < acts[0] for h in hits)
    ai_acts = [h.start for h in hits if h.concept in _AI_ACTS]
    for first, second in pairwise(bans):
        mark = _COMMA.match(text, _word_end(text, first.end))
        if mark is None or mark.end() > second.start:
            continue
        after = _NEXT_WORD.match(text, mark.end())
        if after is not None and fold_text(after.group(1)) in complementizers:
            continue  # "zastrzega, że eksploracja … niedozwolona": what is reserved
        # the second ban names its own act before its word ("AI 학습 및 활용 금지"), not in it:
        # "çoğaltılamaz, yayımlanamaz" lists one ban's verbs, on one way to permission
        word = _word_start(text, second.start)
        if shared and not (
            bisect_left(ai_acts, mark.end()) == 0
            and bisect_left(ai_acts, mark.end()) < bisect_left(ai_acts, word)
        ):
            continue
        if bisect_left(acts, mark.end()) < bisect_left(acts, word):
            yield mark.end()


def _opens_its_clause(text: str, end: int, after: int, complementizers: frozenset[str]) -> bool:
    """Is the comma ending at `after` right after the connective (ending at `end`) and
    right before a complementizer: the two words are one connective ("при условии, что")?"""
    if not complementizers or text[end : after - 1].strip():
        return False
    word = _NEXT_WORD.match(text, after)
    return word is not None and fold_text(word.group(1)) in complementizers


_NEXT_WORD = re.compile(r"\s*(\w+)")


def _listed_bans(
    hits: Sequence[Hit], text: str, start: int, coordinators: frozenset[str]
) -> Iterator[int]:
    """ "Pas de repost sans me créditer, pas d'usage commercial, et pas d'IA", "Não autorizo o
    uso … para treinamento de IA, nem a reprodução sem créditos": a sentence listing nominal
    bans, each opening with a negator after a comma or a coordinator. A condition named in
    one item is bound to it: every item after it is a ban of its own. An item before it
    shares it ("No reproduction, no distribution without permission" asks permission for
    both), unless the condition is only one of reuse (credit, a link) and the item names no
    reuse to set it on. Yields where each item cut off starts."""
    if not hits or hits[0].concept != "negator" or not _opens(text[start : hits[0].start]):
        return
    items: list[list[Hit]] = [[hits[0]]]
    for hit in hits[1:]:
        if hit.concept == "negator" and _listed_item(text, hit.start, coordinators):
            items.append([hit])
        else:
            items[-1].append(hit)
    routes = [{h.concept[6:] for h in item if h.concept.startswith("route:")} for item in items]
    for j in range(1, len(items)):
        if any(routes[:j]) or _reuse_condition_elsewhere(items[j - 1], routes[j:]):
            yield items[j][0].start


def _reuse_condition_elsewhere(item: Sequence[Hit], later: Sequence[set[str]]) -> bool:
    """Is the next condition named after this list item one of reuse only, and the item's
    use no reuse (no condition of credit holds for "no AI training")?"""
    named = next((routes for routes in later if routes), set())
    return (
        bool(named)
        and named <= REUSE_ROUTES
        and not any(h.concept == "action:republish" for h in item)
    )


def _listed_item(text: str, at: int, coordinators: frozenset[str]) -> bool:
    """Does the negator at `at` open a list item: right after a comma or a coordinator, or
    both (", et pas", "и никакого", ", and no")?"""
    before = text[max(0, at - _LISTED_REACH) : at]
    comma = max(before.rfind(","), before.rfind("，"), before.rfind("،"))
    between = before[comma + 1 :].split()
    if not between:
        return comma >= 0
    return fold_text(between[-1]) in coordinators


_LISTED_REACH = 12  # characters before a listed negator that may hold its comma and "and"
_COORDINATED_GAP = 3  # words from a coordinator to the ban word (it, is, also)
_GAP_WORD = re.compile(r"[^\s,;]+")


def _glued_coordinator(text: str, at: int, coordinators: frozenset[str]) -> int | None:
    """ "…، وبعدم نقل المحتوى": where a word opening with a one-letter coordinator written
    onto it ("و", "ו"), after a comma, holds the negator at `at`; None otherwise."""
    start = at
    while start > 0 and at - start < _GLUED_PREFIX and text[start - 1].isalpha():
        start -= 1
    if start == at or text[start] not in coordinators or text[start - 1 : start] != " ":
        return None
    before = text[max(0, start - _GLUED_COMMA_REACH) : start - 1].rstrip()
    return start if before.endswith(("،", ",")) else None


_GLUED_PREFIX = 2  # letters written onto a negator: "و" and a preposition ("وب")
_GLUED_COMMA_REACH = 8  # characters before the coordinator that may hold its comma


def _coordinator_before(text: str, after: int, at: int, coordinators: frozenset[str]) -> int | None:
    """Where a coordinator opens the words right before `at` (after `after`, the end of the
    hit before), at most `_COORDINATED_GAP` words before it; None if none does."""
    gap = text[max(after, at - 60) : at]
    words = list(_GAP_WORD.finditer(gap))
    for k in range(1, min(_COORDINATED_GAP, len(words)) + 1):
        word = words[-k]
        if word.group().lower() in coordinators or _written_onto(word.group(), coordinators):
            where = at - len(gap) + word.start()
            return where if _joins_clauses(text, where, word.group()) else None
    return None


def _written_onto(word: str, coordinators: frozenset[str]) -> bool:
    """A one-letter coordinator of the Hebrew or Arabic script written onto its word ("וחל
    איסור", "ويمنع"): the word opens a clause as the coordinator alone would."""
    return len(word) > 2 and word[0] in coordinators and "\u0590" <= word[0] <= "\u06ff"


def _joins_clauses(text: str, at: int, word: str) -> bool:
    """Does the coordinator at `at` join clauses, not nouns: a comma before it (", and you
    must not"), or a space in a script written without spaces ("… 2537 และห้าม")? Without
    either it joins the words of a list ("spam and materials infringing …")."""
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return before.endswith((",", "،", "，", "、")) or (
        unspaced(word[0]) and at > 0 and text[at - 1].isspace()
    )


def _adverb_after_negator(
    hits: Sequence[Hit],
    starts: Sequence[int],
    contrast: Hit,
    opened: int,
    text: str,
    in_run: bool,
) -> bool:
    """ "Non è invece consentito …", "Il n'est cependant pas permis de …": a contrast word after
    nothing but a negator (or right after another such adverb, `in_run`), no comma between,
    is an adverb of the clause it stands in; cut there, the negator would be parted from the
    grant it negates."""
    # (the hits since the previous connective: slices of a sentence read once in all)
    at = bisect_left(starts, contrast.start)
    before = hits[bisect_left(starts, opened) : at]
    if (
        (bool(before) or in_run)
        and all(h.concept == "negator" for h in before)
        and "," not in text[opened : contrast.start]
    ):
        return True
    negator = before[-1] if before else None
    return _inside_negated_predicate(hits, at, negator, contrast, text, in_run and not before)


def _inside_negated_predicate(
    hits: Sequence[Hit], at: int, negator: Hit | None, contrast: Hit, text: str, in_run: bool
) -> bool:
    """ "nu este însă permisă", "is not, however, permitted", "nie jest jednak dozwolony":
    a contrast word between a negator and the predicate it negates (a word or two each side,
    nothing but negators or more such adverbs between) is an adverb inside that predicate.
    "転載できませんが、引用は可能です" names a use after its contrast word: a clause of
    its own. Looks a few hits ahead only (a run of adverbs stays linear)."""
    if not text:
        return False
    if not in_run and (
        negator is None
        or negator.concept != "negator"
        or _words_between(text, negator.end, contrast.start) > _ADVERB_GAP
    ):
        return False
    for after in islice(hits, at + 1, at + 1 + _ADVERB_LOOK):
        if after.concept == "negator":
            continue
        if _words_between(text, contrast.end, after.start) > _ADVERB_GAP:
            return False
        return after.concept in _PREDICATES or after.concept == "contrast"
    return False


def _words_between(text: str, start: int, end: int) -> int:
    """Words in text[start:end], counted up to a short reach (more is "far")."""
    if end - start > _ADVERB_REACH:
        return _ADVERB_GAP + 1
    return len(text[start:end].split())


_ADVERB_LOOK = 4  # hits looked at after a contrast adverb
_ADVERB_REACH = 40  # characters: farther, a word is no neighbour
_ADVERB_GAP = 2  # words between a negator, a contrast adverb and the predicate negated


def _excepted_end(hits: Sequence[Hit], exception: Hit, predicate: Hit) -> int:
    """Where a fronted exception without a comma ends: at the second use named after it
    ("Ausgenommen Suchmaschinen ist das automatisierte Auslesen … untersagt": the excepted
    search engines, then the banned reading), else at the predicate."""
    named = (
        h
        for h in hits
        if exception.end <= h.start < predicate.start and h.concept.startswith("action:")
    )
    spans: list[tuple[int, set[str]]] = [
        (start, {h.concept for h in group}) for start, group in groupby(named, _START)
    ]
    for start, kinds in spans[1:]:
        if not kinds & spans[0][1]:
            return start
    # A negator right before the predicate is the predicate's ("Kopiering utover privat bruk
    # er ikkje tillate utan løyve": the exception ends before "ikkje").
    end = predicate.start
    for h in reversed([h for h in hits if exception.end <= h.start < predicate.start]):
        if h.concept != "negator":
            break
        end = h.start
    return end


_START = attrgetter("start")
_CONCEPT_OF = attrgetter("concept")
_UNTOLD = frozenset({"own-voice", "template", "statute"})  # voices `speaks_as_others` leaves
_COMMA_OR_STOP = re.compile(r"[,，、،;；:：]")
_PREDICATES = ("restrict", "require", "grant")
_LEADING = " -*•,.:;(\"'“„«‘‚‹「『"  # what may stand before a nominal ban's negator
_LOOK = 300  # how far a clause boundary is looked for around a connective (characters)
_CLAUSES_MAX = 64


def _clause_start(text: str, start: int, at: int) -> int:
    """Just after the last comma (or stop) before `at`, within `_LOOK` characters."""
    window = max(start, at - _LOOK)
    last = max(text.rfind(c, window, at) for c in ",，、،;；:：")
    return last + 1 if last >= 0 else window


def _head_final(
    hit: Hit,
    actions: Sequence[int],
    text: str,
    start: int,
    end: int,
    head_final: frozenset[int] = frozenset(),
    routes: Sequence[int] = (),
) -> bool:
    """An exception marker that follows what it excepts: actions right before it (back to
    the last comma), and either a language whose connectives follow what they govern or no
    action right after it (up to the next comma), nor a way to permission ("... redistributed
    except under a licence agreement"). `actions`, `routes`: sorted starts of those hits."""
    after = _COMMA_OR_STOP.search(text, hit.end, min(end, hit.end + _LOOK))
    after_end = after.start() if after else min(end, hit.end + _LOOK)
    before_start = _clause_start(text, start, hit.start)
    acts_before = bisect_left(actions, hit.start) > bisect_left(actions, before_start)
    acts_after = bisect_left(actions, after_end) > bisect_left(actions, hit.end)
    routes_after = bisect_left(routes, after_end) > bisect_left(routes, hit.end)
    if hit.lexicon in head_final:
        return acts_before
    return acts_before and not acts_after and not routes_after


def _not_for_ai(clause: Clause, text: str) -> bool:
    """ "Our content is not for AI training", "Meine Texte sind kein Trainingsmaterial für
    KI", "Nos articles ne sont pas des données d'entraînement pour l'IA": the page's own
    named, then a negator right before a purpose ("for") or an act bound to an AI use, no
    predicate in the clause: what the content is not for."""
    hits = sorted(clause.hits, key=_START)
    own = next((h.start for h in hits if h.concept == "own-voice"), None)
    if own is None or any(h.concept == "action:use" for h in hits):
        return False  # ("Wij gebruiken jouw documenten nooit om AI te trainen": a practice)
    for k, negator in enumerate(hits[:_BINDINGS_MAX]):
        if negator.concept != "negator" or negator.start < own:
            continue
        # (the hits after its word: another lexicon's reading of the same word is none)
        after = list(
            islice((h for h in islice(hits, k + 1, None) if h.start >= negator.end), _NOT_FOR_HITS)
        )
        if not after:
            continue
        gap = _words_between(text, _word_end(text, negator.end), after[0].start)
        # ("not for", "kein Trainingsmaterial", "pas des données d'entraînement"; not "ikkje
        # opplysningane til …", the negator's verb's object between)
        if not (
            # ("не са за", a copula between; "不用于" writes the use into the binding: "is
            # not used for", a practice)
            (after[0].concept == "binding" and gap <= 1 and not unspaced(text[negator.start]))
            or (after[0].concept.startswith("action:") and gap <= _NOT_FOR_GAP)
        ):
            continue
        bound = next((i for i, h in enumerate(after) if h.concept == "binding"), None)
        # (a use of AI named, not AI alone: "Our course is not for AI beginners"; the use
        # right after the negator needs no AI after it: "kein Trainingsmaterial für euch")
        if after[0].concept[7:] in _AI_USES or (
            bound is not None
            and any(h.concept[7:] in _AI_USES for h in after)
            and any(h.concept[7:] in _AI_ENDS for h in after[bound + 1 :])
        ):
            return True
    return False


_AI_USES = frozenset({"train", "mine", "learn", "ai-input"})
_NOT_FOR_HITS = 4  # hits after the negator read for "for" and the AI use it leads to
_NOT_FOR_GAP = 3  # words from the negator to them ("ne sont pas des données d'entraînement")


def _unless_we_permit(clause: Clause) -> bool:
    """An exception or condition that is a grant naming no act, way or other party: after a
    ban, the page's permission ("unless we permit it", "unless authorised", "sauf si nous
    l'autorisons"; "only permitted if the examiner allows it" is a grant's condition)."""
    concepts = {h.concept for h in clause.hits}
    return (
        clause.connective in ("exception", "condition")
        and "grant" in concepts
        and "restrict" not in concepts  # ("hacsak nem": its "not" is the idiom's)
        and concepts.isdisjoint(_PERMITTED_BY_OTHERS)  # "unless the law permits it"
        and not clause.routes
        and not any(c.startswith(("action:", "licence:")) for c in concepts)
    )


_PERMITTED_BY_OTHERS = frozenset({"statute", "others", "addressee", "discussion", "reported"})


def polarity(
    clause: Clause,
    text: str,
    disabled: frozenset[str],
    negating_overrides: frozenset[tuple[int, str]] | None = None,
    courtesies: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
) -> str | None:
    """restrict / grant / None. A negated grant restricts; so does a clause that opens with
    a negator ("No scraping.", "Not for AI training", "E niente bot …")."""
    c = clause.concepts()
    if c["grant"] and c["require"]:
        _may_or_must(clause, c)
    if clause.connective == "condition":
        # "If crawling infringes our rights, we may take action": a hypothetical, and
        # "provided you do not modify it": a condition, not a ban of its own.
        return None
    if clause.connective == "exception" and c["require"] and not (c["restrict"] or c["grant"]):
        # "..., exceto mediante contrato de licença", "salvo previa licenza": the way out of
        # the ban, not a ban of its own.
        return None
    # "Under no circumstances may ...": an override negates the grant it governs; a negator
    # that only waives a condition ("welcome to use them — no attribution required") does not.
    negated = (
        (c["override"] > 0 and not _grant_extended(clause, c, negating_overrides))
        or (c["negator"] > _answers(clause, text) and not _only_waives(clause))
    ) and "negation" not in disabled
    if c["require"] and c["grant"] and not (c["restrict"] or negated) and routes_of(clause.hits):
        # "Users may copy ... with mandatory citation of the authors": a grant on conditions.
        return "grant"
    if c["require"] and not (c["restrict"] or negated) and _only_beside_search(clause, text):
        # "Automaattinen haravointi on sallittu vain hakukoneille", "検索エンジンのみ許可",
        # "chỉ được phép đối với các công cụ tìm kiếm": the "only" names whom the grant is
        # for (`_only_for_search`), no condition.
        return "grant"
    if c["restrict"] and c["grant"] and not negated and _modal_before_ban(clause, text):
        # "a site's terms may still prohibit it", "Publishers can block AI crawlers": what
        # someone may do, not a ban.
        clause.notes.append("a modal before the ban: a possibility, not a ban")
        return None
    if c["require"] and negated and not (c["restrict"] or c["grant"]) and _negated_need(clause):
        # "— no attribution required", "keine Genehmigung erforderlich": nothing is asked.
        clause.notes.append("a negated requirement asks for nothing")
        clause.waived = True
        return None
    if c["restrict"] or c["require"]:
        return "restrict"
    if c["grant"]:
        return "restrict" if negated else "grant"
    if any(k.startswith("licence:") for k in c):
        return "grant"
    if negated:
        first = _first_after_courtesy(clause, text, courtesies)
        opening, joined = clause.start, False
        if (
            first.concept == "contrast"
            and not text[clause.start : first.start].strip()
            # (opening its sentence; one joining two clauses is an ellipsis: "…, но X нет")
            and text[max(0, clause.start - _OPENING_REACH) : clause.start].rstrip()[-1:]
            in _SENTENCE_OPENERS
        ):
            # "Pero nada de copiar y pegar mis textos …", "Men kopier venligst ikke …": the
            # connective opens the sentence, a ban may open what it joins
            after = sorted((h for h in clause.hits if h.start >= first.end), key=_START)
            if len(after) > 1:
                # (of the first word's readings, one in a language that negates in the clause)
                negating = {h.lexicon for h in after if h.concept == "negator"}
                firsts = [h for h in after if h.start == after[0].start]
                opening, joined = _word_end(text, first.end), True
                first = next((h for h in firsts if h.lexicon in negating), firsts[0])
        if (
            first.concept == "negator"
            and _opens(text[opening : first.start], courtesies | coordinators)
            # (after a connective, the use right after it: "… pero no sé si sirve" names none)
            and (not joined or after[1].concept.startswith("action:"))
            and _negates_a_use(clause, text, first)
        ):
            clause.notes.append("opens with a negator: a nominal ban")
            return "restrict"
        if _imperative_then_negator(clause, text, first, courtesies, opening):
            clause.notes.append("an imperative and its negator: a ban")
            return "restrict"
        if _asked_politely_not_to(clause, text, first, courtesies):
            clause.notes.append("asked politely not to: a ban")
            return "restrict"
        if _not_for_ai(clause, text):
            clause.notes.append("the page's own said to be not for an AI use: a ban")
            return "restrict"
        if any(k.startswith("action:") for k in c) and _refused(clause, text):
            # "Nu îmi dau acordul ca textele mele să fie folosite …", "Я не даю согласия на
            # использование …": the way to permission refused for a use bans it.
            clause.notes.append("consent refused: a ban")
            return "restrict"
        if any(h.concept == "negator" and _fills_a_cell(text, h) for h in clause.hits):
            clause.notes.append("a table cell saying no: the row's use is banned")
            return "restrict"
    if text.find("|", clause.start, clause.end) >= 0 and _status_cell_route(clause, text):
        clause.notes.append("a table cell naming a way to permission: the row's use needs it")
        return "restrict"
    return None


def _grant_extended(
    clause: Clause, c: Mapping[str, int], negating: frozenset[tuple[int, str]] | None
) -> bool:
    """ "Se permite su reutilización, incluso con fines comerciales": after a grant, with no
    negator or ban word, an override without a negator of its own ("even with", not "under
    no circumstances") extends the grant; before it ("Even with a licence, no …") or
    holding a negator it negates it. (`negating` None: unknown, every override negates.)"""
    if negating is None or not c["grant"] or c["negator"] or c["restrict"]:
        return False
    first_grant = min(h.start for h in clause.hits if h.concept == "grant")
    return all(
        h.start > first_grant and (h.lexicon, h.term) not in negating
        for h in clause.hits
        if h.concept == "override"
    )


def _negated_ban(clause: Clause, text: str, exclusives: frozenset[str]) -> bool:
    """ "We deliberately do not block AI bots", "Es ist nicht verboten, …", "nem tiltjuk ki",
    "Wij blokkeren AI-bots niet": every ban word of the clause is negated where it stands, so
    nothing is banned. Read narrowly, since a wrong reading loses a ban: the negation stands
    right before the ban word (a copula at most between, never "not only"), or ends the clause
    after it and its object; a ban word that governs a use right after it ("no unauthorised
    copying") is an attribute, and a negation of that is still a ban."""
    c = clause.concepts()
    if not text or not c["restrict"] or c["grant"] or c["require"] or c["override"]:
        return False  # (a nominal ban, "No scraping.", has no ban word to negate)
    hits = sorted(clause.hits, key=lambda h: h.start)
    negations: set[int] = set()  # ("do not" negating the ban word after it)
    for i in reversed(range(len(hits))):  # (a ban word first, then the negation before it)
        hit = hits[i]
        if hit.concept != "restrict" or hit.start in negations:
            continue
        if " " in hit.term.strip():
            return False  # "ne … pas disponibles", "nicht gestattet": a negative term, concord
        # the word right before the ban word: of the hits ending before it, the one ending
        # last, the longest of those ("do not", not the "do" another lexicon reads in it)
        at = max(
            (j for j in range(i - 1, max(-1, i - _BEFORE_LOOK), -1) if hits[j].end <= hit.start),
            key=lambda j: (hits[j].end, hits[j].end - hits[j].start),
            default=None,
        )
        before = hits[at] if at is not None else None
        # ("…, but not …": a contrast negates a constituent, not the ban's predicate)
        contrasted = at is not None and at > 0 and hits[at - 1].concept in ("contrast", "exception")
        if (
            before is not None
            and not contrasted
            and (_negating(before) or before.term.endswith(("n't", "n’t")))
            and _negation_reaches(text[before.end : hit.start], exclusives)
            and (
                # a verbal negation ("do not", "won't") negates the verb; only a nominal one
                # ("no unauthorised copying") may make the ban word an attribute of a use
                before.concept == "restrict"
                or before.term.endswith(("n't", "n’t"))
                or not _governs_a_use(hit, hits, i + 1, text)
            )
        ):
            negations.add(before.start)
            continue
        if not _final_negation(hit, hits, i + 1, text, clause.end):
            return False
    return True


def _negation_reaches(gap: str, exclusives: frozenset[str]) -> bool:
    """A negation and the ban word after it: adjacent, or a word (a copula) between that is
    not "only" ("not only prohibited but also …" bans)."""
    words = gap.split()
    return len(words) <= 1 and "," not in gap and not (words and words[0].lower() in exclusives)


def _governs_a_use(ban: Hit, hits: Sequence[Hit], first: int, text: str) -> bool:
    """Does a use's name follow the ban word's own word at once ("unauthorised copying")?
    (`hits[first:]` are the hits after it, looked at up to the first past its word.)"""
    end = _word_end(text, ban.end)
    following = next((hits[j] for j in range(first, len(hits)) if hits[j].start >= end), None)
    return (
        following is not None
        and following.concept.startswith("action:")
        and not text[end : following.start].strip()
    )


def _final_negation(ban: Hit, hits: Sequence[Hit], first: int, text: str, clause_end: int) -> bool:
    """ "Wir sperren KI-Bots bewusst nicht.": a negator that ends the clause, after the ban
    word and at most its object (a few words, no comma). (`hits[first:]` follow the ban
    word; only a few may, so a long tail is ruled out before it is read.)"""
    if first >= len(hits) or hits[-1].concept != "negator":
        return False
    negator = hits[-1]
    if len(hits) - first > _FINAL_NEGATION_HITS or any(
        not (h.concept.startswith("action:") or h.concept == "addressee")
        for h in hits[first:-1]  # (at most `_FINAL_NEGATION_HITS`)
    ):
        return False
    gap = text[ban.end : negator.start]
    return (
        "," not in gap
        and len(gap.split()) <= _FINAL_NEGATION_GAP
        and not text[negator.end : clause_end].strip(" .!;\n")
    )


_BEFORE_LOOK = 4  # hits looked at before a ban word for the word right before it
_FINAL_NEGATION_GAP = 5  # words between a ban word and the negator ending its clause
_FINAL_NEGATION_HITS = 12  # hits after a ban word that a clause-final negation may follow


def _status_cell_route(clause: Clause, text: str) -> bool:
    """ "| Republishing full articles | With written permission |": a cell that names only a
    route, in a row whose other cell names a use."""
    for route in (h for h in clause.hits if h.concept.startswith("route:")):
        opening = text.rfind("|", clause.start, route.start)
        closing = text.find("|", route.end, clause.end)
        if opening < 0 or closing < 0:
            continue
        in_cell = [h for h in clause.hits if opening < h.start < closing]
        if all(not h.concept.startswith("action:") for h in in_cell) and any(
            h.concept.startswith("action:") and not opening < h.start < closing for h in clause.hits
        ):
            return True
    return False


def _fills_a_cell(text: str, hit: Hit) -> bool:
    """ "| Use for AI training | No |": is the term a table cell's whole text?"""
    opening = text.rfind("|", max(0, hit.start - _CELL_REACH), hit.start)
    closing = text.find("|", hit.end, hit.end + _CELL_TAIL)
    after = text[hit.end : closing].strip(" \t.!")
    return (
        opening >= 0
        and closing >= 0
        and not text[opening + 1 : hit.start].strip()
        and (not after or after.startswith((",", "，")))  # "| No, unless licensed |"
    )


_CELL_REACH = 8  # characters of space before a term that opens a cell
_CELL_TAIL = 80  # characters after it to the cell's end ("No, unless licensed")


def _may_or_must(clause: Clause, counts: Counter[str]) -> None:
    """One word read as "may" by one language and "must" by its neighbour (Danish and
    Norwegian "må"): with a condition named it asks for it ("må avtales skriftlig"), without
    one it permits ("Søgemaskiner må gerne indeksere siden")."""
    grants = {(h.start, h.end) for h in clause.hits if h.concept == "grant"}
    both = grants & {(h.start, h.end) for h in clause.hits if h.concept == "require"}
    if both:
        dropped = "grant" if routes_of(clause.hits) else "require"
        counts[dropped] -= sum(
            1 for h in clause.hits if h.concept == dropped and (h.start, h.end) in both
        )


def _waivers(clause: Clause) -> tuple[set[int], set[int]]:
    """The negators that negate a need rather than an act, and the routes they waive (by
    start): a negator, at most a route, then the requirement ("no attribution required",
    "not required", "eine Genehmigung ist nicht erforderlich"); the requirement, a negator
    and a route ("requires no permission"); or a negator right before a condition of reuse
    ("no attribution", "keine Quellenangabe"). "پیشگی تحریری اجازت کے بغیر … نہیں بنا
    سکتے" negates the act, not the need."""
    negators: set[int] = set()
    routes: set[int] = set()
    if not any(h.concept == "negator" for h in clause.hits):
        return negators, routes  # most clauses: nothing to sort
    hits = sorted(clause.hits, key=lambda h: h.start)
    for i, hit in enumerate(hits):
        if hit.concept != "negator":
            continue
        before = hits[i - 1] if i else None
        rest = hits[i + 1 : i + 3]
        if rest and rest[0].concept == "require":
            negators.add(hit.start)
            if before is not None and before.concept.startswith("route:"):
                routes.add(before.start)  # "eine Genehmigung ist nicht erforderlich"
            if len(rest) == 2 and rest[1].concept.startswith("route:"):
                routes.add(rest[1].start)  # "no se requiere atribución"
        elif (
            len(rest) == 2 and rest[0].concept.startswith("route:") and rest[1].concept == "require"
        ):
            negators.add(hit.start)
            routes.add(rest[0].start)
        elif (
            before is not None
            and before.concept == "require"
            and rest
            and rest[0].concept.startswith("route:")
        ):
            negators.add(hit.start)
            routes.add(rest[0].start)  # "requires no permission"
        elif rest and rest[0].concept in REUSE_CONCEPTS and rest[0].start - hit.end <= 1:
            negators.add(hit.start)
            routes.add(rest[0].start)  # "no attribution"
    return negators, routes


def _negated_need(clause: Clause) -> bool:
    """Is a requirement itself negated (see `_waivers`)?"""
    hits = [h for h in clause.hits if h.concept == "negator"]
    negators, _ = _waivers(clause)
    return (
        bool(negators)
        and any(h.concept == "require" for h in clause.hits)
        and all(h.start in negators for h in hits)
    )


def _answers(clause: Clause, text: str) -> int:
    """ "no, I don't care if they end up in some AI dataset", "Nein, ich habe nichts dagegen":
    a negator set off by its comma before a grant answers a question; it negates nothing."""
    grants = [h.start for h in clause.hits if h.concept == "grant"]
    if not grants:
        return 0
    return sum(
        1
        for h in clause.hits
        if h.concept == "negator"
        and h.start - clause.start <= _ANSWER_REACH  # it opens the clause (a mark before it)
        and h.start < max(grants)
        and text[h.end : h.end + 2].lstrip(" ")[:1] == ","
        and not text[clause.start : h.start].strip(_LEADING)  # (not "is not, however, …")
    )


_ANSWER_REACH = 4  # characters of marks that may stand before an answering "no"


def _only_waives(clause: Clause) -> bool:
    """Does every negator of the clause waive a need after a grant ("welcome to use them —
    no attribution required")? Then the grant stands."""
    grants = [h.start for h in clause.hits if h.concept == "grant"]
    all_negators = [h.start for h in clause.hits if h.concept == "negator"]
    if not grants or not all_negators:
        return False
    negators, _ = _waivers(clause)
    first_grant = min(grants)
    return all(n in negators and n > first_grant for n in all_negators)


def _modal_before_ban(clause: Clause, text: str) -> bool:
    """Is a grant modal ("may", "can", "kann") right before the clause's ban, one short word
    at most between them ("may still prohibit")?"""
    grants = [h for h in clause.hits if h.concept == "grant"]
    bans = [h for h in clause.hits if h.concept == "restrict"]
    return any(
        0 <= ban.start - grant.end <= _WORD_MAX and len(text[grant.end : ban.start].split()) <= 1
        for grant in grants[:_PAIRS_MAX]
        for ban in bans[:_PAIRS_MAX]
    )


def _negates_a_use(clause: Clause, text: str, negator: Hit) -> bool:
    """ "No scraping", "Não copie", "Nu copiați": the opening negator governs a use named
    within a few words ("Nu uita că … roboții", "don't forget that … robots", negates
    forgetting: the robots come far after). With no use named after it, the use is another
    sentence's ("Not without a licence.")."""
    uses = [h for h in clause.hits if h.concept.startswith("action:") and h.start >= negator.end]
    if not text or not uses:
        return True  # "Not without a content licence." (the use is the question's)
    negators = [h for h in clause.hits if h.concept == "negator"]  # "pas de …, et pas d'IA"
    return any(
        h.start >= n.end and len(text[n.end : h.start].split()) <= _NOMINAL_REACH
        for n in negators[:_BINDINGS_MAX]
        for h in uses[:_BINDINGS_MAX]
    )


_NOMINAL_REACH = 3  # words between an opening negator and the use it bans


def _imperative_then_negator(
    clause: Clause,
    text: str,
    first: Hit,
    courtesies: frozenset[str] = frozenset(),
    opening: int | None = None,
) -> bool:
    """ "Kopiera inte mina bilder", "Snälla, sno inte …", "Kopier ikke", "Kopieer niet":
    a sentence opening with a use's verb and its negator right after it (the imperative of
    a verb-second language) bans it; the speaker's object may stand between ("Kopieer mijn
    foto's niet", "Kopiert meine Bilder nicht"), with no mark or other term in it. The
    sentence may open at `opening` (past a contrast connective: "Men kopier venligst ikke …")."""
    start = clause.start if opening is None else opening
    if not first.concept.startswith("action:") or not _opens(text[start : first.start], courtesies):
        return False
    after = [
        h
        for h in clause.hits
        if h.start >= first.end and h.concept not in (first.concept, "own-voice")
    ]
    nxt = min(after, key=lambda h: h.start, default=None)
    if (
        nxt is None
        or nxt.concept != "negator"
        or nxt.lexicon != first.lexicon  # (Finnish "et" after French "Intelligence …")
        or first.concept not in _IMPERATIVE_ACTS  # (not "AI", "archive": nouns, no verbs)
    ):
        return False
    gap = " ".join(
        w
        for w in text[_word_end(text, first.end) : nxt.start].split()
        if normalise_term(w) not in courtesies  # "Kopieer mijn foto's alsjeblieft niet"
    )
    # (asked politely, a pronoun stands for the speaker's object: "Bitte verwendet sie nicht")
    pronoun = len(gap.split()) == 1 and _courtesy_words(
        text[start : first.start].split(), courtesies
    )
    if (
        first.concept == "action:use"
        and not pronoun
        and not any(h.concept == "own-voice" and h.start >= first.end for h in clause.hits)
    ):
        return False  # a bare use bans the speaker's own ("Använd inte mina bilder …")
    if not gap.strip():
        return True
    # the object is the speaker's ("mijn foto's", "meine Bilder"): "ScrapeFlow does not …"
    # is a name and its auxiliary
    owned = any(h.concept == "own-voice" and first.end <= h.start < nxt.start for h in clause.hits)
    return (
        (owned or bool(pronoun))
        and len(gap.split()) <= _IMPERATIVE_OBJECT
        and not set(gap) & _CLAUSE_MARKS
    )


def _asked_politely_not_to(
    clause: Clause, text: str, first: Hit, courtesies: frozenset[str]
) -> bool:
    """ "Bitte ladet es nicht in KI-Tools hoch", "Please just don't copy them": a word
    asking politely opens the clause, a verb and its object at most (no term, no mark)
    stand before its negator (the speaker's object: "Bitte meine Texte nicht für KI
    verwenden"), and a use follows it. "Please note that we do not use AI" names the
    speaker first: no request."""
    if first.concept not in ("negator", "own-voice") or not courtesies:
        return False
    negator = next(
        (h for h in clause.hits if h.start >= first.start and h.concept != "own-voice"), None
    )
    if negator is None or negator.concept != "negator":
        return False
    words = text[clause.start : negator.start].split()
    polite = _courtesy_words(words, courtesies)
    between = words[polite:]
    if (
        not polite
        or not between
        or len(between) > _IMPERATIVE_OBJECT + 1
        or set("".join(between)) & _CLAUSE_MARKS
    ):
        return False
    return any(h.concept.startswith("action:") and h.start >= negator.end for h in clause.hits)


_OPENING_REACH = 8  # characters looked back for the mark that ends the sentence before
_SENTENCE_OPENERS = frozenset({"", ".", "!", "?", "。", "！", "？"})
_IMPERATIVE_ACTS = frozenset({"action:republish", "action:crawl", "action:download", "action:use"})
_IMPERATIVE_OBJECT = 2  # words of an object between an imperative and its negator
_CLAUSE_MARKS = frozenset(',;:.!?()"“”„«»、，。')


def _opens(before: str, courtesies: frozenset[str] = frozenset()) -> bool:
    """Nothing before a term (an item's mark at most), or a short address set off by a comma
    ("Por favor, no copies ...", "Please, no scraping"), or a word asking politely ("Bitte
    kopiert meine Bilder nicht", "S'il vous plaît, ne copiez pas")."""
    words = before.split()
    polite = _courtesy_words(words, courtesies) if courtesies else 0
    if polite:
        before = " ".join(words[polite:])
        if not before.strip(_LEADING):
            return True
    if not before.strip(_LEADING) or _ITEM_MARK.fullmatch(before):
        return True  # (an item's mark: "a) not to use robots", "б) да не използва")
    if len(before) <= _GLUED_PREFIX and before.isalpha():
        return True  # letters written onto the term: "وبعدم نقل" (and not to move)
    lead = before.rstrip()
    if not lead.endswith((",", "，", "،")):
        return False
    words = lead.split()
    # "A képeket kérlek, ne töltsd le …": a topic, then a word asking politely and its comma
    polite_last = normalise_term(words[-1].rstrip(",，،")) in courtesies
    return len(words) <= (_POLITE_TOPIC_WORDS if polite_last else 2)


def _first_after_courtesy(clause: Clause, text: str, courtesies: frozenset[str]) -> Hit:
    """The clause's first hit past a polite opening ("S'il vous plaît, ne copiez pas": not
    the "vous" of "s'il vous plaît")."""
    first = min(clause.hits, key=lambda h: h.start)
    if not courtesies:
        return first
    head = text[clause.start : first.start + _COURTESY_REACH]
    n = _courtesy_words(head.split(), courtesies)
    if not n:
        return first
    rest = head.split(maxsplit=n)  # the polite words, then the rest of the head (if any)
    past = clause.start + len(head) - (len(rest[n]) if len(rest) > n else 0)
    return min((h for h in clause.hits if h.start >= past), key=lambda h: h.start, default=first)


def _courtesy_words(words: list[str], courtesies: frozenset[str]) -> int:
    """How many of `words` at their start ask politely ("please", "s'il vous plaît"): 0 if
    they do not open with such a phrase."""
    for n in range(min(len(words), _COURTESY_WORDS), 0, -1):
        if normalise_term(" ".join(words[:n])).strip(_LEADING + "!") in courtesies:
            return n
    return 0


_POLITE_TOPIC_WORDS = 4  # words of a topic and the polite word after it, before a ban
_COURTESY_WORDS = 4  # the longest polite phrase, in words ("s'il vous plaît", "за ласка")
_COURTESY_REACH = 40  # characters looked at for it


# An item's letter or number and its mark ("a)", "(i)", "1.", "б)", "أ-", "(क)").
_ITEM_MARK = re.compile(r"\s*\(?\w{1,3}(?:\)|\.|-|–)\s*")


# -- 3. actions -> purposes -------------------------------------------------------------------


def actions_of(hits: Sequence[Hit]) -> set[str]:
    return {h.concept.split(":", 1)[1] for h in hits if h.concept.startswith("action:")}


def _addressing(
    addressees: list[Hit], sentences: Sequence[tuple[int, int, list[Hit]]]
) -> list[Hit]:
    """The section's addressees that address it. One named inside a sentence of this block
    that states its own AI use ("We do not allow OpenAI or other AI developers to train on
    our articles") is that sentence's party, not the reader of the block's other sentences
    ("The content is for readers' personal use only" stays about reuse)."""
    if not sentences:
        return addressees
    # Only the addressees inside this block can be its sentences' parties (the list is in
    # text order): the others pass as they are, and without any the list is not copied.
    at = [h.start for h in addressees]
    first = bisect_left(at, sentences[0][0])
    last = bisect_left(at, sentences[-1][1])
    if first == last:
        return addressees
    starts = [start for start, _, _ in sentences]  # in order
    states_a_use: dict[int, bool] = {}  # per sentence, computed once
    kept = addressees[:first]
    for hit in addressees[first:last]:
        k = bisect_right(starts, hit.start) - 1
        if k < 0 or hit.start >= sentences[k][1]:
            kept.append(hit)
            continue
        if k not in states_a_use:
            states_a_use[k] = bool(actions_of(sentences[k][2]) - {"use"})
        if not states_a_use[k]:
            kept.append(hit)
    return kept + addressees[last:]


def _continues_an_exception(clauses: Sequence[Clause], i: int) -> bool:
    """ "…, exceto mecanismos de busca públicos, na medida necessária para a indexação": a
    clause right after an exception, naming only what it excepted and stating nothing of its
    own ("needed" asks nothing of the reader here), goes on with the exception: it takes no
    ban of the lead-in's nor one of its own."""
    if i == 0 or clauses[i - 1].connective != "exception":
        return False
    clause = clauses[i]
    return (
        bool(clause.purposes)
        and clause.purposes <= clauses[i - 1].purposes
        and not any(h.concept in _STATING for h in clause.hits)
    )


_STATING = frozenset({"restrict", "grant", "negator", "override"})  # ("as needed" states none)


def _wished_for(clauses: Sequence[Clause], text: str, ctx: Context, after_a_ban: bool) -> bool:
    """A condition clause of the sentence (`clauses`) supposes a use of the reader's ("If
    you want to republish it, …", "Ask me before you share my photos") and states nothing
    itself. Not the publisher's own act ("If you believe our crawler is malfunctioning, contact
    us"), not a use named as a topic ("If you have questions about reproduction, …"), and
    not a bare "use" after a ban, which asks for what the ban named ("ご利用を希望される場合
    は…ご連絡ください" after a ban on AI summaries)."""
    supposed = [
        c
        for c in clauses
        if c.connective == "condition"
        and c.purposes
        and c.polarity is None
        and not _own_act(c.hits, text)
        and not all(
            _a_topic(h, text, ctx)
            for h in c.hits[:_BINDINGS_MAX]
            if h.concept.startswith("action:")
        )
    ]
    if not supposed or any(c.actions - {"use"} for c in supposed):
        return bool(supposed)
    return not after_a_ban


def _a_topic(hit: Hit, text: str, ctx: Context) -> bool:
    """Is the use `hit` names what something is about: a topic word a few words before it
    ("questions about the reproduction", "关于转载"), or, in a head-final lexicon, right
    after it ("転載について", "kopyalama hakkında")?"""
    if not ctx.topics:
        return False
    before = fold_text(text[max(0, hit.start - _TOPIC_REACH) : hit.start])
    spaced = f" {' '.join(before.split()[-_TOPIC_WORDS:])} "
    glued = before[-_GLUED_TOPIC:]
    if any(f" {t} " in spaced or (unspaced(t[-1]) and t in glued) for t in ctx.topics):
        return True
    if hit.lexicon not in ctx.head_final:
        return False
    after = fold_text(text[hit.end : hit.end + _TOPIC_REACH])
    spaced = f" {' '.join(after.split()[:_TOPIC_WORDS])} "
    return any(after.startswith(t) or f" {t} " in spaced for t in ctx.topics)


_TOPIC_REACH = 48  # characters looked at beside a use for its topic word
_TOPIC_WORDS = 5  # a topic word of up to three words, then an article and an adjective
_GLUED_TOPIC = 8  # characters before a use in an unspaced script for its topic word ("关于")


def _own_act(hits: Sequence[Hit], text: str) -> bool:
    """An action named right after the publisher's own word ("our crawler", "we use AI")."""
    owns = {h.end for h in hits if h.concept == "own-voice"}
    return bool(owns) and any(
        _word_before_ends(text, h.start) in owns for h in hits if h.concept.startswith("action:")
    )


def _word_before_ends(text: str, at: int) -> int:
    """Where the word before offset `at` ends: a few spaces back at most."""
    window = text[max(0, at - _SPACES_BEFORE) : at]
    return at - len(window) + len(window.rstrip())


_SPACES_BEFORE = 8  # spaces looked back over for the word before a use


def _narrows_an_exception(clauses: Sequence[Clause], i: int) -> bool:
    """ "Ausgenommen sind Suchmaschinen, soweit sie … mit Verlinkung indexieren": a condition
    after an exception of a use says how far the exception goes; it sets no condition of
    reuse. (After an exception naming a way out, "except for short quotations, provided the
    source is cited", it is a condition of that way.)"""
    return clauses[i].connective == "condition" and any(
        c.connective == "exception" and c.purposes for c in clauses[:i]
    )


def _sentence_actions(hits: Sequence[Hit]) -> set[str]:
    """The actions a sentence names; an AI addressee ("AI training scrapers", "AI
    companies") names AI, so "training" beside it is AI training."""
    acts = actions_of(hits)
    if any(h.concept == "addressee" for h in hits):
        acts.add("ai")
    return acts


def asked_actions(hits: Sequence[Hit]) -> set[str]:
    """The uses a question asks of, for a refusal after it to ban. A bare use asked of for a
    purpose no lexicon reads ("Posso usarlo per forare il cemento?") is the asker's own
    business, no use of the content; "Can I use your photos on my blog?" stays asked."""
    acts = actions_of(hits)
    if acts != {"use"}:
        return acts
    last_use = max(h.start for h in hits if h.concept == "action:use")
    bindings = [h.start for h in hits if h.concept == "binding" and h.start > last_use]
    return set() if bindings else acts


def purposes_of(
    actions: set[str], sentence_actions: set[str], block_actions: frozenset[str] = frozenset()
) -> set[str]:
    """Purposes named by a clause's actions. A bare "use" yields to any named action;
    "train" needs an AI term in the sentence (staff training is not AI training; an AI
    service's training is), "answer" one in the block (the answers an AI notice speaks of
    are its AI's, "AI-generated answers" too); a specific AI use makes the generic "AI"
    redundant. Content an AI made, with no other AI use beside it, is what the clause's
    acts are about ("Do not post AI-generated images": no reuse of ours)."""
    acts = set(actions)
    if "train" in acts and not ({"ai", "mine", "learn", "ai-input"} & sentence_actions):
        acts.discard("train")
    if "answer" in acts and not (_AI_OUTPUTS & (sentence_actions | block_actions)):
        acts.discard("answer")  # a helpdesk's answers are not an AI's (an AI notice's are)
    if "ai-made" in acts and not acts & _AI_ENDS:
        acts -= _REUSE_ACTS  # posting, publishing AI-made content: the members' own
    if "ai" in acts and acts & _AI_SPECIFIC:
        acts.discard("ai")
    if "use" in acts and len(acts - {"download"}) > 1:
        acts.discard("use")  # (not to "download": "禁止下载、使用" bans the use too)
    out: set[str] = set()
    for act in acts:
        out |= ACTIONS[act]
    return out


# -- 4. scope ---------------------------------------------------------------------------------


def _examples(clause: Clause, text: str, inclusives: frozenset[str]) -> list[tuple[int, int]]:
    """Where the clause opens examples of what it named ("including", "notamment", "в том
    числе"): the span of every inclusive, in order (found once per clause)."""
    if clause.examples is None:
        clause.examples = []
        if inclusives:
            folded = fold_text(text[clause.start : clause.end])
            clause.examples = [
                (clause.start + m.start(), clause.start + m.end())
                for m in _inclusive_pattern(inclusives).finditer(folded)
            ]
    return clause.examples


@lru_cache(maxsize=64)
def _inclusive_pattern(inclusives: frozenset[str]) -> re.Pattern[str]:
    words = sorted(inclusives, key=len, reverse=True)
    # Whole words only, except in scripts written without spaces ("禁止…，包括…").
    return re.compile(
        "|".join(re.escape(w) if unspaced(w[0]) else rf"(?<!\w){re.escape(w)}(?!\w)" for w in words)
    )


def _general_before_examples(clause: Clause, text: str, inclusives: frozenset[str]) -> set[str]:
    """ "The use of this content by AI systems, including for retrieval-augmented
    generation", "får användas fritt, även för träning av AI": a specific use named as an
    example leaves the general use named before it (the AI use, or any use), which the
    specific one otherwise makes redundant (`purposes_of`)."""
    general = clause.actions & {"ai", "use"}
    if not inclusives or not general or len(clause.actions) < 2:
        return set()  # (no other use beside it: the general one was kept)
    examples = _examples(clause, text, inclusives)
    if not examples:
        return set()
    at = examples[0][0]
    before = {h.concept[7:] for h in clause.hits if h.end <= at and h.concept.startswith("action:")}
    if before - {"ai", "use"}:
        return set()  # a specific use named before the examples stays the clause's own
    # "use by AI tools, notably for answers": the AI use is the general one, not any use;
    # "Any use …, including use for machine learning": any use, the AI one an example
    kept = {"ai"} if "ai" in before else general & before
    if not clause.actions - kept:
        return set()
    return set().union(*(ACTIONS[action] for action in kept))


def _without_examples(
    hits: list[Hit], clause: Clause, text: str, inclusives: frozenset[str]
) -> list[Hit]:
    """ "Scraping of this site, including by AI crawlers, is prohibited": an addressee named
    as an example does not narrow the ban to the AI purposes."""
    if not any(h.concept == "addressee" for h in hits):
        return hits
    examples = _examples(clause, text, inclusives)
    if not examples:
        return hits
    at = examples[0][0]
    return [h for h in hits if h.concept != "addressee" or not clause.start <= at <= h.start]


def addressee_scope(purposes: set[str], hits: Sequence[Hit], disabled: frozenset[str]) -> set[str]:
    """A notice addressed to AI companies or AI crawlers sets the AI purposes only."""
    if "addressee" in disabled or not any(h.concept == "addressee" for h in hits):
        return purposes
    scoped = purposes & AI_PURPOSES
    # Search named beside the addressee stays search: "AI crawlers no, search engines yes".
    return (scoped or set(AI_PURPOSES)) | (purposes & {"search"})


_BINDINGS_MAX = 16  # a clause with more "to"/"for" than this is no prose


def binding_scope(
    clause: Clause,
    disabled: frozenset[str],
    text: str = "",
    coordinators: frozenset[str] = frozenset(),
    head_final: frozenset[int] = frozenset(),
    inclusives: frozenset[str] = frozenset(),
) -> set[str]:
    """Scraping *to train AI* restricts the training, not the scraping: the means named
    right before a binding term ("to", "for the purpose of", "untuk") that leads to an AI
    use is bound to it. Only the nearest one: in "taking content, crawling or indexing for
    AI" the crawling stands on its own. A binding set off by a comma ("copy, extract or
    scrape content, in order to train AI") binds the whole enumeration before it. In a
    head-final language the purpose comes first and the means right after the binding
    ("生成AIの学習を目的とした記事の収集")."""
    acts = set(clause.actions)
    if "binding" in disabled:
        return acts
    actions = [h for h in clause.hits if h.concept.startswith("action:")]
    bound: set[tuple[int, int]] = set()
    bindings = [h for h in clause.hits if h.concept == "binding"][:_BINDINGS_MAX]
    # "får användas fritt, även för träning av AI": where the clause opens examples
    examples = _examples(clause, text, inclusives) if bindings else []
    marks = [end for _, end in examples]
    predicates = [h.start for h in clause.hits if h.concept in _PREDICATES][:_BINDINGS_MAX]
    for binding in bindings:
        if any(start <= binding.start < end for start, end in examples):
            continue  # the "for" of "for example" binds nothing
        if binding.lexicon in head_final:
            _bind_phrase(_means_after(binding, actions, text), actions, text, clause, bound)
            continue
        # (up to a clause coordinated after a comma: "bruke automatiserte verktøy for å hente
        # ut innhold, eller å bruke innholdet til å trene KI" names two acts)
        limit = _next_coordinated_clause(text, binding.end, clause.end, coordinators)
        # (granted, an AI use named as an example of a general purpose after the binding
        # is one of its purposes: "reuse … for any purpose, including training AI models")
        leads_to_ai = any(
            binding.start <= h.start < limit
            and h.concept[7:] in _AI_ENDS
            and (
                clause.polarity != "grant"
                or bisect_right(marks, binding.end) == bisect_right(marks, h.start)
            )
            for h in actions
        )
        # Reproducing "for the purpose of training AI" is a means to it, unless a verb after
        # the binding takes it ("weder veröffentlicht noch zum Training … verwendet").
        verb_after = any(h.start > binding.start and h.concept == "action:use" for h in actions)
        means = [
            h
            for h in actions
            if h.end <= binding.start + 1
            and h.concept[7:] in _MEANS_ACTIONS
            and not (
                h.concept == "action:republish"
                and (verb_after or _coordinated_away(text, h.end, binding.start, coordinators))
            )
            # "ohne Zustimmung automatisiert Daten zu erheben oder die Inhalte für das
            # Training … zu nutzen": crawling joined to another act stands on its own.
            and not (
                h.concept == "action:crawl"
                and verb_after
                and _coordinated_away(text, h.end, binding.start, coordinators, marks=False)
            )
            # "får användas fritt, även för träning av AI": the AI use is one of its uses
            and bisect_right(marks, binding.end) == bisect_right(marks, h.end)
            # "禁止任何形式的爬虫抓取，亦禁止将本站内容用于训练…": a means with a predicate
            # of its own before it and another before the binding is banned on its own
            # ("Reproduction is prohibited for the purpose of …" binds it)
            and not (
                any(p < h.start for p in predicates)
                and any(h.end <= p < binding.start for p in predicates)
            )
        ]
        if leads_to_ai and _after_comma(text, binding.start):
            enumerated = [
                h for h in actions if h.end <= binding.start and h.concept[7:] not in _AI_ENDS
            ]
            if enumerated:
                bound.update((h.start, h.end) for h in enumerated)
                clause.notes.append("binding: every act before ', to <AI use>' is a means to it")
                continue
        if leads_to_ai and not means:
            # "用于训练人工智能模型的爬虫": the purpose before the noun it modifies, the means
            # right after it
            _bind_phrase(_means_after_purpose(binding, actions, text), actions, text, clause, bound)
        if leads_to_ai and means:
            nearest = max(means, key=lambda h: h.start)
            bound.add((nearest.start, nearest.end))  # every lexicon's reading of that word
            # ... and the words of the same phrase: "automated scraping for AI training".
            phrase_start = nearest.start
            for other in sorted(means, key=lambda h: -h.start):
                if _one_phrase(text, other.end, phrase_start, coordinators) or (
                    # "par des robots ou des outils automatisés à des fins de …": the ways
                    # of crawling named as alternatives are one means
                    other.concept == nearest.concept == "action:crawl"
                    and not set(text[nearest.end : binding.start]) & set(",;:")
                    and _alternatives(text, other.end, phrase_start, coordinators)
                ):
                    bound.add((other.start, other.end))
                    phrase_start = other.start
            clause.notes.append(f"binding: {nearest.concept[7:]} only as a means to an AI use")
    # "AI scraping", "KI-Crawler": a crawl word right after an AI word is the AI's crawling.
    crawls = {h.start: h for h in actions if h.concept == "action:crawl"}
    for ai in (h for h in actions if h.concept[7:] in _AI_ENDS):
        crawl = crawls.get(ai.end) or crawls.get(ai.end + 1)
        if crawl is not None:
            bound.add((crawl.start, crawl.end))
            clause.notes.append("binding: crawling by AI only")
    if not bound:
        return acts
    return actions_of([h for h in actions if (h.start, h.end) not in bound])


def _next_coordinated_clause(text: str, start: int, end: int, coordinators: frozenset[str]) -> int:
    """Where the first ", or" / ", und" after `start` (before `end`) opens another clause;
    `end` if none does."""
    if not text or not coordinators:
        return end
    for comma in _COMMA_THEN_WORD.finditer(text, start, end):
        if fold_text(comma.group(1)) in coordinators:
            return comma.start()
    return end


_COMMA_THEN_WORD = re.compile(r"[,，،]\s*(\w+)")


def _one_phrase(text: str, end: int, start: int, coordinators: frozenset[str]) -> bool:
    """Do two means words belong to one phrase: next to each other ("automated scraping"),
    or the second a gloss in brackets after the first and its object ("automatsko
    prikupljanje sadržaja (scraping)")?"""
    gap = text[_word_end(text, end) : start]
    if len(gap) <= 1:
        return True
    # (a gloss in brackets after the means and its object: "prikupljanje sadržaja (scraping)")
    if not gap.rstrip().endswith("(") or len(gap) > _PHRASE_REACH or set(gap) & set(",;:."):
        return False
    words = fold_text(gap[: gap.rfind("(")]).split()
    return len(words) <= _PHRASE_WORDS and not any(w in coordinators for w in words)


def _alternatives(text: str, end: int, start: int, coordinators: frozenset[str]) -> bool:
    """Are two words a few words apart, a coordinator right after the first and no mark
    ("robots or automated tools", "des robots ou des outils automatisés"; not "scrapowania
    serwisu i gromadzenia danych", where the first act has its object before the "and")?"""
    gap = text[_word_end(text, end) : start]
    if len(gap) > _PHRASE_REACH or set(gap) & set(",;:.()"):
        return False
    words = fold_text(gap).split()
    return 0 < len(words) <= _PHRASE_WORDS and words[0] in coordinators


_PHRASE_REACH = 30  # characters between a means, its object and a gloss of it
_PHRASE_WORDS = 3  # a noun and its object: "collection of content"


def _coordinated_away(
    text: str, end: int, binding: int, coordinators: frozenset[str], marks: bool = True
) -> bool:
    """Is a coordination between a reproducing word and the binding after it ("转载、摘编
    或用于人工智能训练", "mengambil konten atau menggunakannya untuk melatih AI"), or is the
    binding far from it? Then the binding binds the item after the coordinator, and the
    reproduction stands on its own."""
    if binding - end > _BIND_REACH:
        return marks
    gap = fold_text(text[end:binding])
    if marks and any(mark in gap for mark in (*_COORDINATING_MARKS, ",", "，")):
        return True
    words = gap.split()
    return any(w in coordinators for w in words) or any(
        c in gap for c in coordinators if c and unspaced(c[0])
    )


def _means_after(binding: Hit, actions: Sequence[Hit], text: str) -> Hit | None:
    """The means right after a head-final binding whose AI purpose comes before it: "AI学習
    を目的とした記事の収集" (collecting articles for AI training), a few characters on."""
    if not any(h.end <= binding.start + 1 and h.concept[7:] in _AI_ENDS for h in actions):
        return None
    after = [
        h
        for h in actions
        if binding.end - 1 <= h.start <= binding.end + _HEAD_FINAL_REACH
        and h.concept[7:] in _MEANS_ACTIONS
        # (not across a comma: "… გასაწვრთნელად, ასევე … შეგროვება" names another act)
        and not _CLAUSE_ENDS.intersection(text[binding.end : h.start])
    ]
    return min(after, key=lambda h: h.start) if after else None


def _bind_phrase(
    first: Hit | None,
    actions: Sequence[Hit],
    text: str,
    clause: Clause,
    bound: set[tuple[int, int]],
) -> None:
    """Bind a means that follows its AI purpose, and the means of its phrase after it
    ("クローラーによる収集": collection by crawlers; "爬虫抓取": crawler scraping)."""
    if first is None:
        return
    bound.add((first.start, first.end))
    bound.update(_phrase_after(first, actions, text))
    clause.notes.append(f"binding: {first.concept[7:]} only as a means to the AI use before it")


def _means_after_purpose(binding: Hit, actions: Sequence[Hit], text: str) -> Hit | None:
    """The means a purpose right after its binding modifies: the next action after the
    purpose's last AI word, a particle away ("用于训练人工智能模型的爬虫")."""
    purpose = [h for h in actions if h.start >= binding.end and h.concept[7:] in _AI_ENDS]
    if not purpose:
        return None
    end = max(h.end for h in purpose[:_BINDINGS_MAX])
    for hit in sorted(actions, key=_START):
        if hit.start < end:
            continue
        gap = text[end : hit.start]
        if (
            hit.concept[7:] in _MEANS_ACTIONS
            and len(gap) <= _PURPOSE_GAP
            and not (_PUNCTUATION.intersection(gap) or set(gap) & _CLAUSE_ENDS)
        ):
            return hit
        return None
    return None


_PURPOSE_GAP = 3  # "模型的": the head noun of the purpose and a particle


def _phrase_after(first: Hit, actions: Sequence[Hit], text: str) -> list[tuple[int, int]]:
    """The means that go on the phrase of a head-final binding's means, each a few
    characters after the one before with no mark between ("クローラーによる収集")."""
    spans: list[tuple[int, int]] = []
    end = first.end
    for hit in sorted(actions, key=_START):
        if hit.start < end or hit.concept[7:] not in _MEANS_ACTIONS:
            continue
        gap = text[end : hit.start]
        if len(gap) > _PHRASE_GAP or _PUNCTUATION.intersection(gap) or set(gap) & _CLAUSE_ENDS:
            break
        spans.append((hit.start, hit.end))
        end = hit.end
    return spans


_PHRASE_GAP = 4  # "による", "の", "에 의한": a particle between two words of one phrase
_CLAUSE_ENDS = frozenset("、，。,;；")
_HEAD_FINAL_REACH = 20  # "目的とした記事の収集", "amacıyla sitemizin taranması": an object between
_BIND_REACH = 60  # "reproduced in any manner for the purpose of"
_MODIFIER_GAP_MAX = 8  # "AI training", "uso de IA", "utilisation par l'IA"
_PAIRS_MAX = 16  # a clause with more "AI training and use" pairs than this is no prose
_COORDINATING_MARKS = frozenset("・、/&+·")


def coordinated_ai_use(clause: Clause, text: str, ctx: Context) -> set[str]:
    """ "AI training and use", "AI 학습 및 활용", "entrenamiento y uso de IA": an AI word
    next to a coordination of an AI use and a bare "use" qualifies both, so the use is AI
    use (answers, RAG) too. A "use" that frames the AI use ("use of our content for AI
    training", "KI-Training zu nutzen") is no coordination: no coordinator joins the two."""
    acts = set(clause.actions)
    if "scope" in ctx.disabled or "use" not in acts or not acts & {"train", "mine"}:
        return acts
    actions = sorted(
        (h for h in clause.hits if h.concept.startswith("action:")), key=lambda h: h.start
    )
    candidates = [
        (first, second)
        for first, second in pairwise(actions)
        if "use" in {first.concept[7:], second.concept[7:]}
        and {first.concept[7:], second.concept[7:]} & {"train", "mine"}
    ]
    starts = sorted(h.start for h in clause.hits)
    for first, second in candidates[:_PAIRS_MAX]:
        if not _coordinated(first, second, starts, text, ctx.coordinators):
            continue
        # "AI training" (one term or two), "KI-Training", "AI学習"; "uso de IA".
        ai_before = any(
            h.concept == "action:ai" and h.start <= first.start and first.start - h.end <= 2
            for h in actions
        )
        second_end = _word_end(text, second.end)
        ai_after = any(
            h.concept == "action:ai" and 0 <= h.start - second_end <= _MODIFIER_GAP_MAX
            for h in actions
        )
        if ai_before or ai_after:
            clause.notes.append("coordination: the AI word qualifies the 'use' beside it too")
            return acts | {"ai-input"}
    return acts


def _privative_bans(
    clause: Clause, text: str, privatives: frozenset[str], head_final: frozenset[int]
) -> bool:
    """ "Les organismes de recherche bénéficient d'une exception sans possibilité
    d'opposition", "without any objection": every ban word of the clause right after a
    privative (two words at most between) names a ban that is not there."""
    if not privatives:
        return False
    bans = [h for h in clause.hits if h.concept in ("restrict", "require", "negator")]
    if not bans or any(h.concept != "restrict" or h.lexicon in head_final for h in bans):
        return False  # (a postposition names what is missing before it: "ნებართვის გარეშე")
    starts = sorted(h.start for h in clause.hits)
    for ban in bans:
        since = max(clause.start, ban.start - _BAN_PRIVATIVE_REACH)
        before = fold_text(text[since : ban.start])
        words = before.split()[-_BAN_PRIVATIVE_WORDS:]
        found = [k for k, w in enumerate(words) if w.strip("'’,") in privatives]
        if not found:
            return False
        # nothing read between the privative and the ban ("without permission is
        # prohibited": the way to permission is what is missing, the ban stands)
        at = since + before.rfind(" ".join(words[found[-1] :]))
        if bisect_left(starts, at) < bisect_left(starts, ban.start):
            return False
        # a term in the word right before it: "hozzájárulása nélkül tilos" (a postposition
        # after its noun)
        word_before = text.rfind(" ", clause.start, max(clause.start, at - 1)) + 1
        if bisect_left(starts, word_before) < bisect_left(starts, at):
            return False
    return True


_BAN_PRIVATIVE_REACH = 40  # characters before a ban word that may hold its privative
_BAN_PRIVATIVE_WORDS = 3  # "sans possibilité d'", "without any"


def _embedded_question(clause: Clause, text: str, ctx: Context) -> bool:
    """ "This document defines how AI systems may crawl ...", "an essay on whether a footer
    can prohibit AI training": the predicate of an embedded question is asked, not stated."""
    if not ctx.interrogatives or "voice" in ctx.disabled:
        return False
    polar = [h for h in clause.hits if h.concept in _PREDICATES]
    if not polar:
        return False
    gap = _without_asides(fold_text(text[clause.start : polar[0].start]), ctx.interrogatives)
    words = set(gap.split())
    return any(
        word in words or (unspaced(word[0]) and word in gap) or (" " in word and word in gap)
        for word in ctx.interrogatives
    )


def _without_asides(gap: str, interrogatives: frozenset[str]) -> str:
    """ "The collection of data, whether by crawlers or scrapers, is subject to …": an
    interrogative set off on both sides (commas, dashes, parentheses) opens an aside
    ("whether … or …", "ob … oder …"), no question; the aside is cut out of `gap`."""

    def cut(aside: re.Match[str]) -> str:
        # (its first word or the second: "– gleich ob …, oder … –", "– egal ob … –")
        opening = aside.group(0).strip(" ,-()").split()[:2]
        return "," if interrogatives.intersection(opening) else aside.group(0)

    return _ASIDE.sub(cut, gap)  # (one pass: a replace per aside would be quadratic)


# Set off by commas, by spaced dashes ("– ob zum Training oder … –") or by parentheses.
_ASIDE = re.compile(r",\s*(\w+)[^,]*,|\s-\s+(\w+)[^,]*?\s-\s|\(\s*(\w+)[^()]*\)")


def _after_locative(text: str, at: int, ctx: Context) -> bool:
    """Is the word before `at`, or the one before it ("på sociale medier", "auf andere
    Webseiten", "to other websites"), a locative: the place a use puts the content, no one
    speaking? (No punctuation between: "On Tuesday, websites …" names them.)"""
    words = text[max(0, at - _LOCATIVE_REACH) : at].split()[-_LOCATIVE_WORDS:]
    if not words or set(words[-1]) & _PUNCTUATION:
        return False
    attached, prefixes = _locative_forms(ctx.locatives)
    if not text[at - 1 : at].isspace() and text.endswith(attached, 0, at):
        return True  # attached to the noun: "ในร้านค้าออนไลน์อื่น"
    if text.startswith(prefixes, at):
        return True  # a one-letter prefix of a Semitic script, read with the noun: "באתרים"
    if len(words) > 1 and set(words[0]) & _PUNCTUATION:
        words = words[1:]
    return not ctx.locatives.isdisjoint(map(fold_text, words))


@lru_cache(maxsize=256)
def _locative_forms(locatives: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A set of locatives as `str.endswith` and `str.startswith` take them (one call, not a
    test per word): all of them, and the one-letter prefixes of a Semitic script."""
    prefixes = tuple(w for w in locatives if len(w) == 1 and w >= "\u0590")
    return tuple(locatives), prefixes


def _use_placed_elsewhere(clause: Clause, text: str, places: Sequence[Hit], ctx: Context) -> bool:
    """Does a use word stand a few words before other sites named as its place (`places`:
    "uso en otros marketplaces", "שימוש באתרי מסחר אחרים")?"""
    if "scope" in ctx.disabled:
        return False
    uses = [h for h in clause.hits if h.concept == "action:use"][:_BINDINGS_MAX]
    return any(
        use.end <= place.start and len(text[use.end : place.start].split()) <= _USE_PLACE_WORDS
        for use in uses
        for place in places[:_BINDINGS_MAX]
    )


_USE_PLACE_WORDS = 4  # words between a use and the other sites it is placed on


_LOCATIVE_REACH = 30  # characters before a discussion noun
_PUNCTUATION = frozenset(",;:.()")
_LOCATIVE_WORDS = 2  # a locative, then at most one word ("other", "sociale")


def _without_descriptions(clause: Clause, text: str, ctx: Context) -> set[str]:
    """ "i contenuti pubblicati su questo sito", "treści publikowanych w serwisie": a
    publishing word placed on the publisher's own site describes the content, it is no
    reuse of it (as "copying from this site" or "published on other sites" are)."""
    acts = set(clause.actions)
    if "republish" not in acts or "scope" in ctx.disabled or not ctx.locatives:
        return acts
    own = sorted((h for h in clause.hits if h.concept == "own-voice"), key=lambda h: h.start)
    own_starts = [h.start for h in own]
    kept = []
    for hit in clause.hits:
        if hit.concept != "action:republish":
            kept.append(hit)
            continue
        end = _word_end(text, hit.end)
        near = own[bisect_left(own_starts, end) : bisect_right(own_starts, end + _MODIFIER_GAP_MAX)]
        # "本网站所刊载的内容", "इस वेबसाइट पर प्रकाशित सामग्री": the place before the word.
        first = bisect_left(own_starts, hit.start - _OWN_SITE_REACH)
        before = own[first : bisect_left(own_starts, hit.start)]
        if not _placed_on_own_site(end, near, text, ctx) and not _own_site_before(
            hit.start, before, text, ctx
        ):
            kept.append(hit)
    if len(kept) == len(clause.hits):
        return acts
    left = actions_of(kept)
    if not left:
        # "Dilarang mengambil konten di situs web ini …": the clause's only act, no
        # description of what another act is done to (it would leave the ban with none)
        return acts
    clause.notes.append("a description of the content ('published on this site')")
    return left


def _without_own_archive(clause: Clause, text: str) -> set[str]:
    """ "Fotografie z nášho archívu …", "photos from our archive": an archive right after
    the publisher's possessive is the content's source, not an act of archiving."""
    acts = set(clause.actions)
    if "archive" not in acts:
        return acts
    archives = [h for h in clause.hits if h.concept == "action:archive"]
    owners = sorted({_word_end(text, h.end) for h in clause.hits if h.concept == "own-voice"})
    possessed = []
    for h in archives:
        k = bisect_right(owners, h.start)  # the nearest owner ending before the archive
        if k and not text[owners[k - 1] : h.start].strip():
            possessed.append(h)
    if len(possessed) < len(archives):
        return acts
    clause.notes.append("'our archive': the content's source")
    return acts - {"archive"}


def _without_automated_copying(clause: Clause, text: str, coordinators: frozenset[str]) -> set[str]:
    """ "Copying the site's content by automated means", "extraire de manière automatisée",
    "копіювання … автоматизованими засобами": a copy made by a crawler's means is the
    crawling itself, not a republication. Every republishing word must sit a few words from
    a crawling one with nothing joining others between ("automated copying and
    republication" still names republication)."""
    acts = set(clause.actions)
    if not {"crawl", "republish"} <= acts:
        return acts
    crawls = [h for h in clause.hits if h.concept == "action:crawl"][:_BINDINGS_MAX]
    copies = [h for h in clause.hits if h.concept == "action:republish"]
    if len(copies) > _BINDINGS_MAX:
        return acts  # no prose: every copy word stays what it says

    def beside(copy: Hit) -> bool:
        for crawl in crawls:
            first, second = (crawl, copy) if crawl.start < copy.start else (copy, crawl)
            if second.start - first.end > _MEANS_REACH:
                continue
            gap = text[first.end : second.start]
            words = fold_text(gap).split()
            if (
                _word_end(text, first.end) <= second.start
                and len(words) <= _MEANS_GAP
                and not any(w in coordinators for w in words)
                and not set(gap) & _LISTING_MARKS
            ):
                return True
        return False

    if not all(beside(copy) for copy in copies):
        return acts
    clause.notes.append("copying by a crawler's means: crawling, not republication")
    return acts - {"republish"}


_MEANS_GAP = 4  # words between a copy and the automated means it is made by


def _without_automated_outputs(clause: Clause, text: str) -> set[str]:
    """ "automated summaries", "réponses automatisées", "स्वचालित सारांश": a crawling word
    right beside an AI answer or summary describes how that output is made, not how the
    site is read. Crawling stays when any crawling word stands apart from them."""
    acts = set(clause.actions)
    if "crawl" not in acts or not {"ai-input", "answer"} & acts:
        return acts
    crawls = [h for h in clause.hits if h.concept == "action:crawl"][:_BINDINGS_MAX]
    outputs = [h for h in clause.hits if h.concept in ("action:ai-input", "action:answer")]
    if not all(any(_next_words(text, c, o) for o in outputs) for c in crawls):
        return acts
    clause.notes.append("an automated AI output: no crawling")
    return acts - {"crawl"}


def _without_reproduction_in_ai_outputs(clause: Clause, text: str, ctx: Context) -> set[str]:
    """ "may not be reproduced in AI-generated answers", "darf nicht in KI-generierten
    Antworten wiedergegeben werden": a reproduction placed in an AI's output is that AI
    use, no republication. Republication stays when any of its words stands apart."""
    acts = set(clause.actions)
    if "republish" not in acts or not {"ai-input", "answer"} & acts or not ctx.locatives:
        return acts
    copies = [h for h in clause.hits if h.concept == "action:republish"][:_BINDINGS_MAX]
    outputs = [h for h in clause.hits if h.concept in ("action:ai-input", "action:answer")]
    if not all(any(_placed_in(text, c, o, ctx) for o in outputs) for c in copies):
        return acts
    clause.notes.append("a reproduction placed in an AI's output: that AI use")
    return acts - {"republish"}


def _placed_in(text: str, copy: Hit, output: Hit, ctx: Context) -> bool:
    """Is the copy placed in the output: "reproduced in AI answers" (a locative then a few
    words), or "in KI-generierten Antworten wiedergegeben" (the place right before the verb)?
    No comma or coordinator between."""
    if copy.start < output.start:
        gap = text[_word_end(text, copy.end) : output.start]
    else:
        gap = text[_word_end(text, output.end) : copy.start]
        if len(gap.split()) > 1:
            return False
        gap = text[max(0, output.start - _PLACE_REACH) : output.start]  # the place before it
    if len(gap) > _PLACE_REACH or set(gap) & set(",;:.()"):
        return False
    words = fold_text(gap).split()
    if any(w in ctx.coordinators for w in words):
        return False
    return any(w in ctx.locatives for w in words[-_PLACE_WORDS:])


_PLACE_REACH = 40  # characters between a copy and the output it is placed in
_PLACE_WORDS = 4  # a locative and up to three words ("in den KI-generierten")


def _next_words(text: str, one: Hit, other: Hit) -> bool:
    """Do the words of two hits follow each other, only a space or a hyphen between (the
    second hit may start inside its word: "automatikus hírösszefoglalók")?"""
    first, second = (one, other) if one.start < other.start else (other, one)
    end = _word_end(text, first.end)
    if end > second.start:
        return False
    gap = text[end : second.start]
    rest = gap.lstrip(" -")
    # A separator is required: in unspaced scripts a run of words tells no neighbours.
    return 1 <= len(gap) - len(rest) <= _SEPARATOR_MAX and (not rest or rest.isalnum())


_SEPARATOR_MAX = 2


def _ai_search(clause: Clause, text: str, coordinators: frozenset[str]) -> set[str]:
    """ "motoare de căutare bazate pe inteligență artificială", "mesin pencari berbasis AI",
    "yapay zekâ destekli arama motorları": a search engine an AI word qualifies (a few words
    away, nothing joining others or punctuation between) is an AI system, no search
    indexing; the AI word sets its AI use. Search stays when any search word stands apart."""
    acts = set(clause.actions)
    if "search" not in acts or not {"ai", "ai-input"} & acts:
        return acts
    searches = [h for h in clause.hits if h.concept == "action:search"][:_BINDINGS_MAX]
    ais = [h for h in clause.hits if h.concept in ("action:ai", "action:ai-input")]
    if not searches or not all(
        any(_qualifies(text, s, a, coordinators) for a in ais) for s in searches
    ):
        return acts
    clause.notes.append("an AI-powered search engine: an AI use, not search indexing")
    return acts - {"search"}


def _qualifies(text: str, search: Hit, ai: Hit, coordinators: frozenset[str]) -> bool:
    """Is the AI word within a few words of the search word, with no comma, stop or
    coordinator between them?"""
    first, second = (search, ai) if search.start < ai.start else (ai, search)
    end = _word_end(text, first.end)
    if end > second.start or second.start - end > _AI_SEARCH_REACH:
        return False
    gap = text[end : second.start]
    if set(gap) & set(",;:.()/|"):
        return False
    words = fold_text(gap).split()
    return len(words) <= _AI_SEARCH_GAP and not any(w in coordinators for w in words)


_AI_SEARCH_GAP = 3  # words between a search engine and the AI word that qualifies it
_AI_SEARCH_REACH = 40  # characters
_MEANS_REACH = 80  # characters: farther apart, a copy is no copy made by that means


def _without_ai_as_the_tool(
    clause: Clause,
    text: str,
    locatives: frozenset[str] = frozenset(),
    makers: frozenset[str] = frozenset(),
) -> set[str]:
    """ "Students may not use AI tools such as ChatGPT to write their assignments", "Die
    Nutzung von KI-Werkzeugen zum Verfassen von Hausarbeiten": AI right after the use is
    what is used, not what the content is used for, when it is used for a purpose of the
    user's own and nothing of the publisher's is named ("using AI tools on our content"
    names it): no use of the content is at stake. A place between them ("use in generative
    AI products") is where the content goes."""
    acts = set(clause.actions)
    if "ai" not in acts:
        return acts
    uses = [h for h in clause.hits if h.concept == "action:use"][:_BINDINGS_MAX]
    ais = sorted(h.start for h in clause.hits if h.concept == "action:ai")
    if ais and uses and _used_as_a_tool(clause, text, uses, ais, locatives, makers):
        clause.notes.append("AI is what is used, not what the content is used for")
        made = [h for h in clause.hits if h.concept == "action:republish"]
        if made and all(_making(h, makers) for h in made):
            # "to write or edit this post": its making; the use is the AI's
            return acts - {"ai", "republish", "use"}
        return acts - {"ai", "use"}
    # The page's own named after the predicate is what is used ("using AI tools on our
    # content", "Emme salli artikkeliemme käyttöä …"); before it, who uses ("Our photo
    # desk never uses AI to alter news images"). (The use the first AI is the tool of: the
    # last before it.)
    predicates = [h.start for h in clause.hits if h.concept in _WHO_PREDICATES]  # (by start)
    if "use" not in acts or any(
        h.concept == "own-voice" and not _who_uses(h, uses, ais, predicates, text)
        for h in clause.hits
    ):
        return acts
    if not ais or not _for_something_else(clause, text, makers):
        return acts
    bindings = sorted(h.start for h in clause.hits if h.concept == "binding")
    for use in uses:
        after = _word_end(text, use.end)
        k = bisect_left(ais, after)
        if k == len(ais):
            continue
        ai = ais[k]
        between = fold_text(text[after:ai]).split()
        if (
            len(between) <= _TOOL_GAP
            and bisect_left(bindings, use.end) == bisect_left(bindings, ai)  # "use … for AI"
            and locatives.isdisjoint(between)
        ):
            clause.notes.append("AI is what is used, not what the content is used for")
            made = [h for h in clause.hits if h.concept == "action:republish" and h.start > ai]
            if made and all(_making(h, makers) for h in made):
                return acts - {"ai", "republish"}  # "never uses AI to alter news images"
            return acts - {"ai"}
    return acts


_TOOL_GAP = 2  # words between a use and the AI it uses ("Nutzung von KI-Werkzeugen")


_WHO_PREDICATES = frozenset({"restrict", "negator", "grant"})


def _who_uses(
    own: Hit, uses: Sequence[Hit], ais: Sequence[int], predicates: Sequence[int], text: str
) -> bool:
    """Is the page's own named before a negated or granted use of AI as its subject, the AI
    the use's object right after it ("Our photo desk never uses AI to alter news images",
    "We do not use generative AI to write stories", "You may use AI tools to brainstorm")?
    Named anywhere else it is what is used ("using AI tools on our content", "Emme salli
    artikkeliemme käyttöä …", "Our articles may not be used by AI tools")."""
    for use in uses:
        k = bisect_left(ais, use.end)
        if (
            use.start > own.start
            and k < len(ais)
            # (no word between: "used by AI" names an agent)
            and _words_between(text, _word_end(text, use.end), ais[k]) == 0
            # (a predicate between: `predicates` are starts, in order)
            and bisect_left(predicates, own.end) < bisect_left(predicates, use.start)
        ):
            return True
    return False


def _used_as_a_tool(
    clause: Clause,
    text: str,
    uses: Sequence[Hit],
    ais: Sequence[int],
    locatives: frozenset[str],
    makers: frozenset[str] = frozenset(),
) -> bool:
    """ "No AI was used to write this post", "No generative AI tools were used in its
    production", "Aucune IA n'a été utilisée pour écrire cet article": the AI, then its use
    a few words on (the passive, a negator at most between), then a purpose of the user's
    own in a word of its own and no other act or rule."""
    last_ai = ais[-1]
    use = next((u for u in uses if u.start >= last_ai), None)  # the use after the AI
    if use is None:
        return False
    between = fold_text(text[_word_end(text, last_ai) : use.start]).split()
    if len(between) > _TOOL_GAP or not locatives.isdisjoint(between):
        return False
    if any(last_ai < h.start < use.start and h.concept not in _AUXILIARY for h in clause.hits):
        return False  # "botom AI zabraniamy korzystania": a ban between, not "was used"
    if any(
        h.start > use.end and _acts_or_rules(h.concept) and not _making(h, makers)
        for h in clause.hits
    ):
        return False  # another act, or a ban after the use ("… பயன்படுத்துவது தடை…")
    if any(h.start < use.start and h.concept in _PREDICATES for h in clause.hits):
        return False  # "Unsere Artikel dürfen nicht von KI genutzt werden": a rule's agent
    if not any(
        h.concept == "negator" and ais[0] - _NEGATED_AI <= h.start < use.start for h in clause.hits
    ):
        return False  # ("No AI", "Aucune IA", "AI was not used": the negated tool)
    # (the purpose may name the page's own: "pour écrire cet article"; "in writing this
    # article" is how it was made, no way to permission)
    return _unread_words(clause, text, use.end, 1, routes_read=False)


_AUXILIARY = frozenset({"action:ai", "negator"})  # "Aucune IA n'a été utilisée"


def _making(hit: Hit, makers: frozenset[str]) -> bool:
    """An act that makes the text (its term opens a participle of making, or shares its stem:
    "editing", "edited"): "to write or edit this post", "in writing or editing this
    article" name how the post was made, no use of the content."""
    term = hit.term.rstrip("*")
    return len(term) >= _MAKING_STEM and any(
        maker.startswith(term)
        or _shared_letters(term, maker) >= max(_MAKING_STEM, len(maker) - _MAKING_ENDING)
        for maker in makers
    )


def _shared_letters(first: str, second: str) -> int:
    """How many letters two words open with alike."""
    return next(
        (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )


_MAKING_STEM = 4  # letters of a term that may open a participle of making ("edit")
_MAKING_ENDING = 3  # letters a participle's ending may differ by ("edit-ed", "edit-ing")
_NEGATED_AI = 8  # characters before the AI term its negator may start at ("Aucune IA")


def _acts_or_rules(concept: str) -> bool:
    return concept.startswith("action:") or concept in _PREDICATES


def _for_something_else(clause: Clause, text: str, makers: frozenset[str] = frozenset()) -> bool:
    """After the AI, a purpose none of ours in words of its own: "… to write their
    assignments", "… zum Verfassen von Hausarbeiten", a making ("… to alter news
    images") ("… may not be used by AI systems" names none: the content is what they use)."""
    last = max(h.end for h in clause.hits if h.concept == "action:ai")
    if any(
        h.concept.startswith("action:") and h.start >= last and not _making(h, makers)
        for h in clause.hits
    ):
        return False
    return _unread_words(clause, text, last, _OWN_PURPOSE_WORDS)


_OWN_PURPOSE_WORDS = 3  # words naming the user's own purpose after the AI used


def _unread_words(
    clause: Clause, text: str, start: int, enough: int, *, routes_read: bool = True
) -> bool:
    """Are there at least `enough` words of the clause from `start` on that no hit covers
    (no hit but a route, without `routes_read`)?"""
    covered = sorted(
        (h.start, h.end)
        for h in clause.hits
        if h.start >= start and (routes_read or not h.concept.startswith("route:"))
    )
    reach, k, words = start, 0, 0  # covered spans merged on the way (words come in order)
    for word in _WORD.finditer(text, start, clause.end):
        while k < len(covered) and covered[k][0] <= word.start():
            reach = max(reach, covered[k][1])
            k += 1
        if word.start() >= reach:
            words += 1
            if words >= enough:
                return True
    return False


def _without_route_compounds(
    clause: Clause, text: str, privative_routes: frozenset[str] = frozenset()
) -> set[str]:
    """ "利用契約を締結する必要があります", "이용 계약", "Nutzungsvertrag": a use word that only
    names the kind of agreement asked for is part of the route, no act of the clause (which
    then takes its use from the condition before it). A negated route after the use ("toute
    utilisation non autorisée", "uso no autorizado") names no agreement: the use is the act."""
    acts = set(clause.actions)
    if acts != {"use"}:
        return acts
    uses = [h for h in clause.hits if h.concept == "action:use"]
    route_starts = {
        h.start
        for h in clause.hits
        if h.concept.startswith("route:")
        and h.concept[6:] in PROCEDURES
        and h.term not in privative_routes
    }
    if all(
        _word_end(text, use.end) in route_starts or _word_end(text, use.end) + 1 in route_starts
        for use in uses
    ):
        clause.notes.append("a use naming the agreement asked for ('use agreement')")
        return set()
    return acts


def _placed_on_own_site(end: int, own: list[Hit], text: str, ctx: Context) -> bool:
    """Is the word ending at `end` followed by a locative and an own-voice term ("su questo
    sito"), or by an own-voice term that opens with one ("w serwisie")?"""
    for voice in own:
        words = fold_text(text[end : voice.start]).split()
        if not words:  # "w serwisie": the own-voice term may open with its preposition
            words = fold_text(text[voice.start : voice.end]).split()[:1]
        if len(words) == 1 and words[0] in ctx.locatives:
            return True
    return False


def _own_site_before(start: int, own: list[Hit], text: str, ctx: Context) -> bool:
    """Is the word at `start` right after an own-voice term and a postposition or particle
    ("本网站所刊载", "当サイトに掲載", "이 사이트에 게재된", "इस वेबसाइट पर प्रकाशित")?"""
    for voice in own:
        words = fold_text(text[voice.end : start]).split()
        if len(words) != 1:
            continue
        word = words[0]
        if word in ctx.locatives:
            return True
        # Unspaced scripts: the own-voice term may stop inside its word ("本网|站所").
        if unspaced(word[0]) and len(word) <= 3 and word.endswith(tuple(ctx.locatives)):
            return True
    return False


_OWN_SITE_REACH = 40  # an own-site term and its postposition before a publishing word


def _coordinated(
    first: Hit, second: Hit, starts: list[int], text: str, coordinators: frozenset[str]
) -> bool:
    """Are two terms joined by one coordinator: a word between them ("and", "y", "및"), a
    suffix of the first word ("학습과 활용"), or a mark ("AI学習・利用")?"""
    word_end = _word_end(text, first.end)
    if bisect_left(starts, word_end) < bisect_left(starts, second.start):
        return False  # another term between them
    gap = fold_text(text[word_end : second.start]).strip()
    if gap:
        return gap in coordinators or gap in _COORDINATING_MARKS
    return fold_text(text[first.end : word_end]) in coordinators


def _bound_to_search(clause: Clause) -> bool:
    """Does a binding lead to search and to no AI use ("for the purpose of search indexing")
    while the only AI word is the agent named before it ("AI crawlers may access ...")?"""
    bindings = [h for h in clause.hits if h.concept == "binding"]
    if not bindings:
        return False
    first = bindings[0].start
    after = {
        h.concept[7:] for h in clause.hits if h.concept.startswith("action:") and h.start >= first
    }
    before_ai = [h for h in clause.hits if h.concept == "action:ai" and h.start < first]
    agents = {(h.start, h.end) for h in clause.hits if h.concept == "addressee"}
    return (
        after == {"search"}
        and bool(before_ai)
        and all((h.start, h.end) in agents for h in before_ai)
        and not actions_of([h for h in clause.hits if h.start < first]) - {"ai", "crawl", "use"}
    )


def _without_members_ai_answers(
    clause: Clause, text: str = "", locatives: frozenset[str] = frozenset()
) -> set[str]:
    """ "No AI-generated posts or answers", "Do not post AI-generated answers without saying
    so": answers an AI made, with no act on them but the posting of them and nothing of the
    page's named, are what members post ("Dieser Beitrag darf nicht in KI-generierten
    Antworten wiedergegeben werden" places ours in them)."""
    if not _MADE_ANSWERS <= clause.actions <= _MADE_ANSWERS | _REUSE_ACTS or any(
        h.concept == "own-voice" for h in clause.hits
    ):
        return clause.actions
    made = sorted(h.start for h in clause.hits if h.concept == "action:ai-made")
    for act in (h for h in clause.hits if h.concept in ("action:use", "action:republish")):
        # the act's object right after it, no place between ("post AI-generated answers")
        k = bisect_right(made, act.start)
        if k == len(made):
            return clause.actions
        between = fold_text(text[_word_end(text, act.end) : made[k]]).split()
        if len(between) > _POSTED_GAP or not locatives.isdisjoint(between):
            return clause.actions
    clause.notes.append("answers an AI made: what members post, no use of ours")
    return set()


_POSTED_GAP = 1  # words between a posting act and the AI-made content it posts


def _length_limit(clause: Clause, text: str, units: frozenset[str]) -> bool:
    """A number and a unit of text right after it ("up to 500 characters", "do 500 znaków",
    "500字以内", "200 Wörter"): a length the clause limits a reuse to."""
    span = text[clause.start : clause.end]
    for number in _NUMBER.finditer(span):
        after = fold_text(span[number.end() : number.end() + _UNIT_REACH])
        words = [w.strip(".,;:)") for w in after.split()[:3]]
        if words and len(words[0]) <= _LINKING and words[0] not in units:
            words = words[1:]  # "500 de caractere", "500 of"
        if words and (words[0] in units or " ".join(words[:2]) in units):
            return True
        # unspaced scripts: the unit right after the digits ("500字以内", "500자 이내")
        if after[:1] and unspaced(after[0]) and any(after.startswith(u) for u in units):
            return True
    return False


_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d")
_UNIT_REACH = 32  # characters after a number that hold its unit
_LINKING = 2  # letters of a word between a number and its unit ("500 de caractere")


def _made_by_ai(hits: list[Hit], text: str, makers: frozenset[str]) -> list[Hit]:
    """ "Les images générées ou retouchées par une intelligence artificielle", "Answers
    generated by ChatGPT", "MI által generált képek": an AI term with a participle of making
    a few words before it (or right after it) names content the AI made, what members or
    entrants post (`action:ai-made`), not a use of the page's content."""
    if not makers or not any(h.concept == "action:ai" for h in hits):
        return hits
    # An AI named right after what is done to it or for it is that use's AI ("to train AI
    # systems created by third parties", "pour des IA créées par des tiers").
    purposes = [h.end for h in hits if h.concept in _AI_PURPOSE_WORDS]  # (hits are sorted)
    out: list[Hit] = []
    for h in hits:
        if h.concept == "action:ai" and (
            (
                bisect_left(purposes, h.start - _PURPOSE_REACH) == bisect_right(purposes, h.start)
                and _made(text, h, makers)
            )
            or _joined_to_made(out, h, text)
        ):
            h = h._replace(concept="action:ai-made")
        out.append(h)
    return out


def _joined_to_made(before: Sequence[Hit], hit: Hit, text: str) -> bool:
    """ "answers generated by ChatGPT or other AI tools": an AI right after another the
    makers made, a few words between and no mark, was named as one of the makers too."""
    if not before or before[-1].concept != "action:ai-made":
        return False
    gap = text[before[-1].end : hit.start]
    return len(gap.split()) <= _JOINED_MAKERS and not set(gap) & set(".;:!?")


_JOINED_MAKERS = 4  # words between two AIs named as makers ("or other", "u otras herramientas de")


def _honoured(hits: list[Hit], text: str, s_end: int, ctx: Context) -> list[Hit]:
    """ "Our crawler respects robots.txt and TDM opt-outs", "respektujeme robots.txt i
    výhrady dle § 39c", "соблюдение robots.txt и запретов правообладателей": rules named as
    what someone complies with (`comply`) are others', the speaker's practice, no rule of the
    page's. What follows the verb up to a colon, a connective or a new negated predicate
    ("… and must not …") states nothing, unless it names the page's own ("comply with our
    terms", "respect this site's robots.txt"). A grant or a condition before it makes it a
    condition of that grant ("puedes reproducirlo respetando la licencia"). Head-final
    languages put the object before the verb: not read yet."""
    if "voice" in ctx.disabled or not any(h.concept == "comply" for h in hits):
        return hits
    dropped: set[int] = set()
    # ("… est libre dans le respect de la mention de source": after a grant or a condition
    # the verb names a condition of it; found once, not per verb)
    duties = {h[:2] for h in hits if h.concept == "require"}  # (a grant's word, "må", too)
    granting = next(
        (
            k
            for k, h in enumerate(hits)
            if (h.concept == "grant" and h[:2] not in duties) or h.concept.startswith("route:")
        ),
        len(hits),
    )
    # ("Providers … must respect opt-outs from text and data mining": a duty to comply
    # with rules is others', a duty to respect a licence or a credit is its condition)
    required = next((k for k, h in enumerate(hits) if h.concept == "require"), len(hits))
    spans: dict[tuple[int, int], list[int]] = {}  # each span's readings, by index
    for k, h in enumerate(hits):
        spans.setdefault(h[:2], []).append(k)
    reach = -1  # the last hit of the scope read so far: a verb inside it is read with it
    for i, verb in enumerate(hits[:granting]):
        if verb.concept != "comply" or verb.lexicon in ctx.head_final or i <= reach:
            continue
        scope = _complied_with(hits, i, text, s_end, ctx)
        reach = max(reach, scope.stop - 1)
        if any(hits[k].concept == "own-voice" for k in scope):
            continue  # "comply with our terms": the rule complied with is the page's
        dropped.update(
            k
            for k in scope
            if _rule_word(hits[k].concept)
            and not (required < i and hits[k].concept.startswith(("route:", "licence:")))
        )
        # "deberán respetar …", "ще трябва да спазват", "kräver att leverantörer av AI-modeller
        # respekterar …": a duty only to comply, its subject at most between
        duty = i - 1
        while duty >= max(0, i - _DUTY_REACH) and hits[duty].concept in _DUTY_WORDS:
            if hits[duty].concept == "require":  # (its word read otherwise too: "må")
                span = hits[duty][:2]
                dropped.update(k for k in spans[span])
                break
            duty -= 1
    return [h for k, h in enumerate(hits) if k not in dropped] if dropped else hits


# A duty's modal, then its subject at most, before the verb of compliance
_DUTY_WORDS = frozenset({"action:ai", "addressee", "binding", "others", *_PREDICATES})
_DUTY_REACH = 8  # hits looked back from the verb for the modal
_COMPLIED_REACH = 300  # characters after a verb of compliance that may name what it honours
_HARD_MARKS = frozenset(":;：；，")  # (a full-width comma joins clauses)


def _rule_word(concept: str) -> bool:
    return concept in _RULE_WORDS or concept.startswith(("action:", "route:", "licence:"))


_RULE_WORDS = frozenset(
    {"restrict", "require", "grant", "negator", "override", "addressee", "binding"}
)


def _complied_with(hits: Sequence[Hit], verb: int, text: str, s_end: int, ctx: Context) -> range:
    """The hits after the `comply` hit at `verb` that name what is complied with: up to a
    colon or semicolon, a connective, a grant, a complementizer ("respect that we do not allow …"
    states the rule), or a negated predicate of its own after a coordinator or a comma
    ("… and must not collect …", "…, do not copy …")."""
    start = hits[verb].end
    # (bounded: a verb's object stands near it, and no search runs past the sentence)
    stop_at = min(s_end, start + _COMPLIED_REACH)
    marks = [at for at in map(text.find, _HARD_MARKS, repeat(start), repeat(stop_at)) if at >= 0]
    end = min(marks, default=stop_at)
    joins = _JOINS | ctx.coordinators
    stop = verb + 1
    while stop < len(hits) and hits[stop].start < end:
        hit = hits[stop]
        if hit.concept in CONNECTIVES or hit.concept == "grant":
            break  # (a grant opens a predicate of its own: "Users who respect these rules may
            # quote …"; a permission honoured restricts nothing anyway)
        words = fold_text(text[hits[stop - 1].end : hit.start]).replace(",", " , ").split()
        if stop == verb + 1 and not ctx.complementizers.isdisjoint(words[:1]):
            break  # "respect that …" (not "sites that opt out", what is respected)
        # ("and may not", "and does not", "und keine", ", don't"; "and the prohibitions"
        # goes on with the object)
        reach = -2 if hit.concept == "negator" else -1
        if hit.concept in _PREDICATE_OPENERS and not joins.isdisjoint(words[reach:]):
            break
        stop += 1
    return range(verb + 1, stop)


_PREDICATE_OPENERS = frozenset({"restrict", "negator", "grant", "require"})
_JOINS = frozenset({",", "、"})


_AI_PURPOSE_WORDS = frozenset({"action:train", "action:mine", "action:learn", "binding"})
_PURPOSE_REACH = 30  # characters from a training act or a purpose word to the AI it names


def _made(text: str, ai: Hit, makers: frozenset[str]) -> bool:
    """Does a participle of making stand a few words before the AI term, or right after it,
    with no clause mark between?"""
    before = fold_text(text[max(0, ai.start - _MAKER_REACH) : ai.start])
    before = before[max(before.rfind(m) for m in _CLAUSE_MARKS) + 1 :]
    after = fold_text(text[_word_end(text, ai.end) : ai.end + _MAKER_REACH])
    after = after[: min((i for i in map(after.find, _CLAUSE_MARKS) if i >= 0), default=len(after))]
    words_before = [w.strip("-") for w in before.split()[-_MAKERS_BEFORE:]]
    words_after = [w.strip("-,.;:") for w in after.replace("-", " ").split()[:_MAKERS_AFTER]]
    if not makers.isdisjoint(words_before) or not makers.isdisjoint(words_after):
        return True
    # unspaced scripts: the participle glued on, a particle at most between ("AI生成的回答",
    # "AIが生成した画像", "ที่สร้างโดย AI")
    glued_after, glued_before = after.lstrip()[:_GLUED_MAKER], before.rstrip()[-_GLUED_MAKER:]
    return any(unspaced(m[0]) and (m in glued_after or m in glued_before) for m in makers)


_MAKER_REACH = 60  # characters looked at around an AI term for a participle of making
_MAKERS_BEFORE = 4  # "générées ou retouchées par une intelligence artificielle"
_MAKERS_AFTER = 2  # "MI által generált", "AI generated", "yapay zekâ ile üretilmiş"
_GLUED_MAKER = 6  # characters beside an AI term in an unspaced script: a particle and the verb


def _cites_a_law(
    hits: Sequence[Hit], text: str, clause: Clause, block_start: int, sentence_start: int = 0
) -> bool:
    """Does the sentence of `clause` name a law (a statute term or a numbered article)? A
    number opening a line before the block ("§ 7 Nutzung der Inhalte"), or opening a short
    title run into it ("§ 7 Weitergabe. Eine Weitergabe … ist nur mit … zulässig"), numbers
    the terms' own sections; one inside a line ("Was regelt § 44b UrhG?") cites a law. One
    in an earlier sentence of the block ("… § 44b UrhG vor. Eine Nutzung … ist nur mit
    einer Lizenz gestattet.") is that sentence's."""
    if any(h.concept == "statute" for h in hits):
        return True
    if not hits:
        return False
    start = min(clause.start, hits[0].start)
    end = max(clause.end, hits[-1].end)
    lookback = max(0, start - 200)
    if sentence_start > block_start:
        lookback = max(lookback, sentence_start)
    for found in LAW_CITATION.finditer(text, lookback, end):
        at = found.start()
        line_start = text.rfind("\n", max(0, at - _LOOK), at) + 1
        if (line_start == 0 and at > _LOOK) or text[line_start:at].strip():
            return True  # inside a line
        if at >= block_start and not _section_title(text, found.end()):
            return True
    return False


def _section_title(text: str, at: int) -> bool:
    """Does a short title end right after a section number ("§ 7 Weitergabe.")?"""
    title = _TITLE_END.match(text, at)
    return title is not None and len(title.group(1).split()) <= _TITLE_WORDS_MAX


_TITLE_END = re.compile(r"([^.\n:;!?]{0,60})[.:](?:\s|$)")
_TITLE_WORDS_MAX = 4


def _after_inclusive(text: str, at: int, inclusives: frozenset[str], skip: int = 0) -> bool:
    """Does an inclusive ("including", "включително", "such as") end the text before `at`,
    or stand `skip` words before its end ("including for", "auch für")?"""
    if not inclusives:
        return False
    words = fold_text(text[max(0, at - _INCLUSIVE_REACH) : at]).split()
    return any(
        " ".join(words[len(words) - k - n : len(words) - k]) in inclusives
        for k in range(skip + 1)
        for n in range(1, _INCLUSIVE_WORDS + 1)
        if len(words) >= k + n
    )


_INCLUSIVE_WORDS = 3  # words of the longest inclusive ("in particular", "в том числе")
_INCLUSIVE_REACH = 30  # characters before a word that may hold the inclusive opening it


def _after_comma(text: str, at: int) -> bool:
    before = text[max(0, at - 8) : at].rstrip(" \t\n")
    return before.endswith((",", "，", "،", "、", "("))


# -- 6. routes ----------------------------------------------------------------------------------


def routes_of(hits: Sequence[Hit]) -> set[str]:
    return {h.concept.split(":", 1)[1] for h in hits if h.concept.startswith("route:")}


def merge_routes(routes: set[str]) -> set[str]:
    """Written permission says more than permission; keep the most specific of the family."""
    out = set(routes)
    for i, token in enumerate(_PERMISSION_FAMILY):
        if token in out:
            out -= set(_PERMISSION_FAMILY[i + 1 :])
            break
    return out


# -- the whole block --------------------------------------------------------------------------


def compose_block(
    reading: BlockReading,
    sentences: Sequence[tuple[int, int, list[Hit]]],
    text: str,
    ctx: Context,
) -> None:
    """Fill `reading.clauses` and `reading.effects` for one block in the publisher's voice."""
    disabled = ctx.disabled
    # the block's ways to permission named in no rule: each with the purposes its sentence
    # supposes ("If you wish to reproduce them, …"), or None when it names none or a bare use
    procedures: list[_Procedure] = []
    all_clauses: list[list[Clause]] = []
    block_actions = frozenset(a for _, _, hits in sentences for a in _sentence_actions(hits))
    if ctx.section_addressees and "scope" not in disabled:
        ctx.section_addressees = _addressing(ctx.section_addressees, sentences)
    asks_of_uses = False  # the sentence before asked of a use ("Vill du återpublicera …?")
    for s_start, s_end, hits in sentences:
        hits = _without_directives(_without_named_negators(hits, text, s_start), text)
        hits = _made_by_ai(hits, text, ctx.makers)
        hits = _honoured(hits, text, s_end, ctx)
        clauses = split_clauses(
            s_start,
            s_end,
            hits,
            text,
            ctx.head_final,
            ctx.coordinators,
            ctx.complementizers,
            ctx.adverbs,
        )
        sentence_actions = _sentence_actions(hits)
        if "scope" not in disabled and (
            ctx.section_addressees or any(h.concept == "addressee" for h in ctx.heading_hits)
        ):
            sentence_actions.add("ai")  # "For AI companies": "train models" there is AI's
        silent = _states_nothing(hits, text, s_start, s_end, ctx)
        answers_a_question, asks_of_uses = asks_of_uses, False
        if silent:
            asks_of_uses = silent == _A_QUESTION and bool(asked_actions(hits))
            all_clauses.append(clauses)
            for clause in clauses:
                clause.notes.append(silent)
                if silent == _A_QUESTION:
                    # What a question asks about is what its answer speaks of ("May I use
                    # your articles for AI training? No, this is prohibited.").
                    clause.actions = actions_of(clause.hits)
                    clause.purposes = purposes_of(
                        binding_scope(
                            clause, disabled, text, ctx.coordinators, ctx.head_final, ctx.inclusives
                        ),
                        sentence_actions,
                        block_actions,
                    )
            continue
        banned_before_it = False  # (a clause before this one of the sentence bans)
        for clause in clauses:
            _negated_condition(clause, clauses, disabled)
            clause.polarity = polarity(
                clause, text, disabled, ctx.negating_overrides, ctx.courtesies, ctx.coordinators
            )
            if (
                clause.polarity == "restrict"
                and "negation" not in disabled
                and _negated_ban(clause, text, ctx.exclusives)
            ):
                clause.polarity = None
                clause.notes.append("a negated ban ('we do not block', 'nicht verboten'): no ban")
                if any(
                    other.connective == "condition" and routes_of(other.hits) & REUSE_ROUTES
                    for other in clauses
                ):
                    # "… ist nicht untersagt, solange die Quelle genannt wird": not banned on
                    # a condition of reuse is allowed on it
                    clause.polarity = "grant"
                    clause.notes.append("not banned on a condition of reuse: a grant on it")
            if clause.polarity == "restrict" and _privative_bans(
                clause, text, ctx.privatives, ctx.head_final
            ):
                # ("ohne Einschränkung gestattet": the grant stands)
                granted = any(h.concept == "grant" for h in clause.hits)
                clause.polarity = "grant" if granted else None
                clause.notes.append("a ban named after 'without' ('sans possibilité d'opposition')")
            if clause.polarity and _embedded_question(clause, text, ctx):
                clause.polarity = None
                clause.notes.append("an embedded question ('how X may ...'): states nothing")
            clause.actions = actions_of(clause.hits)
            clause.routes = (
                set()
                if clause.waived
                else routes_of(_unnegated_routes(clause, text, ctx.privatives, ctx))
            )
            if ctx.units and not clause.waived and _length_limit(clause, text, ctx.units):
                clause.routes.add("excerpt-limit")  # "permitted only up to 500 characters"
            if banned_before_it and _unless_we_permit(clause):
                # "… prohibited unless we permit it", "tilos, hacsak nem engedélyezzük": the
                # publisher's permission is the way out, no grant of its own
                clause.polarity = None
                clause.routes.add("permission")
                clause.notes.append("an exception of the publisher's permission: a way to it")
            banned_before_it = banned_before_it or clause.polarity == "restrict"
            clause.licences = [
                h.concept.split(":", 1)[1] for h in clause.hits if h.concept.startswith("licence:")
            ]
        _contrasted_condition(clauses, disabled)
        _ellipsis(clauses, text, disabled, ctx.privatives)
        _reuse_on_condition(clauses, disabled)
        _inline_lead_in(clauses, text, disabled)
        for clause in clauses:
            clause.actions = actions_of(clause.hits)
            if "same" in clause.actions:
                clause.actions = _same_uses(clause, all_clauses, disabled)
            clause.actions = binding_scope(
                clause, disabled, text, ctx.coordinators, ctx.head_final, ctx.inclusives
            )
            clause.actions = coordinated_ai_use(clause, text, ctx)
            clause.actions = _without_descriptions(clause, text, ctx)
            clause.actions = _without_own_archive(clause, text)
            clause.actions = _without_route_compounds(clause, text, ctx.privative_routes)
            clause.actions = _without_ai_as_the_tool(clause, text, ctx.locatives, ctx.makers)
            clause.actions = _without_automated_copying(clause, text, ctx.coordinators)
            clause.actions = _without_automated_outputs(clause, text)
            clause.actions = _without_members_ai_answers(clause, text, ctx.locatives)
            clause.actions = _without_reproduction_in_ai_outputs(clause, text, ctx)
            clause.actions = _ai_search(clause, text, ctx.coordinators)
            clause.purposes = purposes_of(clause.actions, sentence_actions, block_actions)
            clause.purposes |= clause.referred
            clause.purposes |= _general_before_examples(clause, text, ctx.inclusives)
        named_outside_conditions = {
            a for c in clauses if c.connective != "condition" for a in actions_of(c.hits)
        }
        stated_routes = set().union(*(c.routes for c in clauses))  # (none waived or refused)
        if not named_outside_conditions and stated_routes & PROCEDURES and not answers_a_question:
            # "Requests for permission: ...", "Written permission can be requested from the
            # editors", "If you wish to reproduce them, contact us for permission": a sentence
            # that names a way to permission and no use outside a condition is the block's
            # procedure ("you must attribute it" is a condition of reuse, not a way to ask).
            supposed = [c for c in clauses if c.connective == "condition" and c.actions - {"use"}]
            procedures.append(
                (
                    stated_routes & PROCEDURES,
                    frozenset().union(*(c.purposes for c in supposed)) or None,
                    s_start,
                )
            )
        _carry_over(clauses, all_clauses, text, s_start, ctx)
        for k in range(1, len(clauses)):
            if clauses[k].connective == "list" and clauses[k - 1].polarity:
                # "… untersagen wir; das gilt ebenso für die Ausgabe in KI-Suchantworten"
                _carry_over(clauses[k:], [clauses[:k]], text, clauses[k].start, ctx)
        _condition_after_grant(clauses, all_clauses, disabled)
        _condition_beside_grant(clauses, disabled)
        if _exception_sentence(clauses, all_clauses, disabled):
            # "Scraping is prohibited. Search engines are excepted.": the exception belongs
            # to the ban before it.
            for clause in clauses:
                clause.connective = "exception"
                clause.notes.append("exception to the previous sentence's ban")
            all_clauses[-1].extend(clauses)
            clauses = []
        all_clauses.append(clauses)
    reading.clauses = all_clauses
    reading.sentence_spans = [(s, e) for s, e, _ in sentences]

    heading_actions = actions_of(ctx.heading_hits) if "scope" not in disabled else set()
    if (
        heading_actions
        and sentences
        and _COPYRIGHT_MARK.search(text, sentences[0][0], sentences[-1][1])
    ):
        # "© 2026 Brightwater Media. All rights reserved." under a page's "AI Policy
        # Counsel" title: a copyright line is whole in itself, it takes no use from above.
        heading_actions = set()
    if heading_actions and _HOW_TO.intersection(map(_CONCEPT_OF, ctx.heading_hits)):
        # "So formulieren Sie Ihren KI-Vorbehalt", "How to block AI crawlers": a heading that
        # teaches or tells of others lends "Ein Vorbehalt sollte klar … sein" no use
        heading_actions = set()
    if heading_actions and any(h.concept == "other-object" for h in ctx.heading_hits):
        # "Zásady používania súborov cookies" (on the use of cookies): the heading's use is
        # of another object, no use of the content it lends
        heading_actions = set()
    heading_polar = any(h.concept in _PREDICATES for h in ctx.heading_hits)
    heading_routes = routes_of(ctx.heading_hits) if heading_actions and not heading_polar else set()
    if "scope" not in disabled and heading_routes:
        # A section titled "Use without permission" / "Reprint permissions": its route holds
        # for the bans under it that name none. A bare "Licensing" or "Nutzungsrechte" names
        # a topic, not a way to permission: "You may not use our articles to train AI"
        # under it stays absolute.
        procedures.append((heading_routes & PROCEDURES, None, -1))
    procedures = _latest_procedures(procedures)
    lead = ctx.lead_in if "scope" not in disabled else None
    # The uses the sentence before asked about, if it asked; first, those of a question
    # right before the block ("Можно ли использовать тексты для обучения ИИ?" / "Нет.").
    asked = purposes_of(ctx.asked, ctx.asked) if "scope" not in disabled else set()
    # per sentence: does a sentence before it ban something (computed once: a page of
    # thousands of sentences each supposing a use stays linear)
    banned_before = list(
        accumulate(
            (any(c.polarity == "restrict" for c in cs) for cs in all_clauses[:-1]),
            or_,
            initial=False,
        )
    )
    for sentence, (clauses, (s_start, s_end, hits)) in enumerate(
        zip(all_clauses, sentences, strict=True)
    ):
        sentence_actions = _sentence_actions(hits)
        if _states_nothing(hits, text, s_start, s_end, ctx):
            # (a bare use asked of for a purpose of the asker's restricts nothing once
            # refused: "Posso usarlo per forare il cemento?" / "No, è vietato l'uso …")
            asked = set().union(*(c.purposes for c in clauses if asked_actions(c.hits)))
            continue
        answered, asked = asked, set()
        # the grants the law makes (read once: their provisos are the law's too, below)
        law_granted = {
            k
            for k, c in enumerate(clauses)
            if c.polarity == "grant" and _cites_a_law(hits, text, c, sentences[0][0], s_start)
        }
        for i, clause in enumerate(clauses):
            pol = clause.polarity
            purposes = set(clause.purposes)
            if pol != "grant" and _continues_an_exception(clauses, i):
                clause.notes.append("goes on with the exception before it")
                continue
            if (
                pol == "restrict"
                and clause.licences
                and not any(h.concept in ("restrict", "negator") for h in clause.hits)
            ):
                # "Dílo podléhá licenci Creative Commons Uveďte původ 4.0": subject to an open
                # licence is licensed under it.
                pol = "grant"
                clause.notes.append("subject to an open licence: granted under it")
            if (
                pol is None
                and lead is not None
                and lead.polarity
                and purposes
                and not _licensing(lead)
            ):
                # a list item under "You may not:" (not a menu under "Licence: CC BY-NC")
                pol = lead.polarity
                clause.notes.append("polarity from the lead-in")
            if (
                pol is None
                and lead is not None
                and lead.polarity == "grant"
                and lead.purposes
                and not purposes
                and clause.routes
                and clause.routes <= REUSE_ROUTES
            ):
                # "…次の条件に従って、…自由に利用できます" over "・出典を記載してください": an
                # item asking only a condition of reuse is a condition of the lead-in's grant
                pol, purposes = "grant", set(lead.purposes)
                clause.notes.append("a condition of reuse under a grant: the grant's condition")
            if (
                pol is None
                and purposes
                and clause.routes & REUSE_ROUTES
                and not clause.routes & set(_PERMISSION_FAMILY)
                and not _narrows_an_exception(clauses, i)
            ):
                # "转载请注明出处", "Sharing with attribution": a use named with a condition
                # of reuse is allowed on that condition.
                pol = "grant"
                clause.notes.append("a use with a condition of reuse: allowed on it")
            if pol is None and not purposes and _quoting_on_conditions(clause):
                # "Цитиране – само откъси, с посочване на източника и линк", "Quotes: short
                # excerpts, with a link": quoting named with its conditions is allowed on them
                pol = "grant"
                clause.notes.append("quoting named with its conditions: allowed on them")
            if (
                pol is None
                and clause.connective is None
                and clause.routes & _ASKING  # (not "uveď autora a licenciu": a condition)
                and not purposes
                and "scope" not in disabled
                and not any(h.concept == "negator" for h in hits)  # ("Ne, jei nėra licencijos")
                and (
                    answered
                    or (
                        "route" not in disabled
                        and _wished_for(clauses, text, ctx, banned_before[sentence])
                    )
                )
            ):
                # "Vill du återpublicera en artikel? Kontakta redaktionen för tillstånd.", "If
                # you want to republish it, ask for permission": the way to permission
                # answers for the use asked or supposed, not for a ban before it
                pol = "require"
                clause.notes.append("a way to permission for the use asked of or supposed")
            if pol is None:
                continue
            if (
                clause.connective == "list"
                and i
                and clauses[i - 1].polarity is None
                and not clause.routes
                and not purposes
            ):
                # "Quotation with a link to the source: permitted.": the label before the
                # colon names what the verdict after it speaks of, conditions included.
                clause.routes = set(clauses[i - 1].routes)
            if pol == "grant" and clause.licences and purposes <= {"archive"}:
                # an open licence named without its use ("Tekstane i arkivet vårt er
                # lisensierte under CC BY": the archive is where the texts are)
                purposes = {"republish"}
            if not purposes and pol == "grant" and clause.routes & {"excerpt-limit"}:
                # "You may quote up to 50 words", "Quotations … are welcome" (under an "AI
                # policy" heading too): an excerpt's reuse, its own use
                purposes = {"republish"}
            if not purposes:
                purposes = _borrowed_purposes(
                    clauses,
                    i,
                    lead,
                    heading_actions,
                    sentence_actions,
                    clause,
                    reading.block.role == "lead-in",
                    text,
                )
            if not purposes and answered:
                clause.notes.append("actions from the question it answers")
                purposes = set(answered)
            if not purposes and pol == "restrict" and clause.routes & REUSE_ROUTES:
                purposes = {"republish"}  # "Attribution required": a condition of reuse
            if (
                not purposes
                and pol == "restrict"
                and (
                    clause.routes & PROCEDURES or any(h.concept == "own-voice" for h in clause.hits)
                )
                and "addressee" not in disabled
                and any(h.concept == "addressee" for h in clause.hits)
            ):
                # "AI developers must obtain a licence from us first", "Non è consentito ai
                # fornitori di servizi di IA di acquisire i nostri articoli": what an AI
                # addressee is asked a licence for, or barred from doing with the
                # publisher's content, is its AI use.
                clause.notes.append("an addressee barred or asked a licence: its AI use")
                purposes = set(AI_PURPOSES)
            if not purposes:
                continue
            scope_hits = _without_examples(list(hits), clause, text, ctx.inclusives)
            if lead is not None and not ctx.lead_is_heading:
                scope_hits += lead.hits
            if clause.actions <= {"use"} and purposes <= {"republish"} and not clause.licences:
                # A section for AI companies: its bare "use" of the content is AI use (a use
                # it names, "Republication ... requires permission", stays that use; so
                # does an open licence, whoever the section addresses).
                scope_hits += [*ctx.heading_hits, *ctx.section_addressees]
            if _bound_to_search(clause):
                # "AI crawlers may access pages for the purpose of search indexing": the
                # purpose stated wins over the one the addressee suggests.
                clause.notes.append("binding: the stated purpose is search, not the addressee's")
                purposes = (purposes - AI_PURPOSES) or {"search"}
            else:
                purposes = addressee_scope(purposes, scope_hits, disabled)
            if pol == "grant" and (
                i in law_granted
                or (
                    clause.polarity != "grant"  # (a grant read here: "subject to a licence")
                    and _cites_a_law(hits, text, clause, sentences[0][0], s_start)
                )
            ):
                # "The new rules allow everyone to mine texts", "Art. 3 permits research
                # organisations ...": what the law allows, not what the publisher grants.
                clause.notes.append("a permission of the law, not of the publisher")
                continue
            if law_granted and not any(h.concept == "own-voice" for h in clause.hits):
                # "§ 19³ lubab teksti- ja andmekaevet, kui autor ei ole seda … keelanud":
                # the law's own proviso, no reservation of the publisher's
                clause.notes.append("a proviso of a permission of the law")
                continue
            if (
                pol == "grant"
                and clause.actions == {"use"}
                and not clause.licences
                and not clause.routes  # "use only for private purposes", "... with permission"
                and not any(c.connective == "condition" and c.routes for c in clauses)
                and not _used_freely(clause, text)
            ):
                clause.notes.append("a bare 'use' grants nothing")
                continue
            if pol == "grant" and _ai_as_the_subject(clause):
                # "AI can make editorial work more efficient", "KI kann … effizienter machen":
                # what AI can do, nothing of the page's granted to it.
                clause.notes.append("AI as the subject of a possibility: no permission")
                continue
            if pol == "grant" and "download" in clause.actions and "crawl" not in clause.actions:
                # "Users may read, download and print the articles": a reader's right, not a
                # crawler's; only a ban on downloading ("bulk downloading") restricts crawling.
                purposes.discard("crawl")
                clause.notes.append("downloading granted: a reader's act, not crawling")
                if not purposes and clause.routes & {"excerpt-limit"}:
                    purposes = {"republish"}  # "… download and quote the articles with a link"
                if not purposes:
                    continue
            if pol == "restrict":
                # "el uso de las fotografías en otros sitios web": a use placed on other
                # sites is their republication.
                places = [
                    h
                    for h in clause.hits
                    if h.concept == "discussion" and _after_locative(text, h.start, ctx)
                ]
                elsewhere = bool(places)
                if (
                    elsewhere
                    and "use" in clause.actions
                    and _use_placed_elsewhere(clause, text, places, ctx)
                ):
                    # "su uso en otros marketplaces ni su recopilación …": a use placed on
                    # other sites right after it stays a republication beside other acts
                    purposes = purposes | {"republish"}
                _restrict(
                    reading,
                    clauses,
                    i,
                    clause,
                    purposes,
                    _procedure_routes(procedures, purposes, s_start),
                    lead,
                    disabled,
                    text,
                    elsewhere,
                    ctx.privatives,
                    ctx.manners,
                )
            else:
                if "exception" not in disabled and _only_for_search(clause, text, ctx.exclusives):
                    # "Automated crawling is allowed only for search engines", "nur
                    # Suchmaschinen", "検索エンジンのみ": the others' crawling is banned.
                    clause.notes.append("a grant to search engines only: other crawling banned")
                    _add(reading, "crawl", "deny", set(), clause.hits, False)
                    purposes = (purposes - {"crawl"}) | {"search"}
                elif "scope" not in disabled and _search_engines_crawl(clause, purposes):
                    # "検索エンジンによる収集は歓迎します", "Search engines may crawl the site":
                    # what search engines are granted is search indexing, no crawler else's
                    clause.notes.append("a grant to search engines: search indexing")
                    purposes = purposes - {"crawl"}
                if not clause.routes and _manners_banned(clause, purposes, ctx.manners):
                    # "You can edit your profile", "You may sell your own photos": altering
                    # or selling alone grants no republication ("a licence for commercial
                    # use" offers one).
                    clause.notes.append("a manner of reuse alone: no grant of republication")
                    purposes = purposes - {"republish"}
                _grant(
                    reading,
                    clause,
                    purposes,
                    clauses,
                    i,
                    text,
                    ctx.privatives,
                    ctx.coordinators,
                    ctx.inclusives,
                )
    if "route" not in disabled:
        _one_procedure(reading)


def _licensing(clause: Clause) -> bool:
    return any(h.concept.startswith("licence:") for h in clause.hits)


def _a_quotation(clause: Clause, text: str) -> bool:
    """Does the clause open with a quotation mark ("…: „Забранява се …“"): words quoted
    after a lead-in, which lend no use and take no predicate."""
    opening = text[clause.start : clause.end].lstrip()[:2]
    return opening[:1] in QUOTE_PAIRS and not (opening[:1] in FLANKED and opening[1:].isspace())


def _search_engines_crawl(clause: Clause, purposes: set[str]) -> bool:
    """Does a grant name its crawling as search engines' (a search word before the crawl
    word, its agent: "Search engines may crawl", "検索エンジンによる収集")?"""
    if not {"crawl", "search"} <= purposes:
        return False
    searches = [h.start for h in clause.hits if h.concept == "action:search"]
    crawls = [h.start for h in clause.hits if h.concept == "action:crawl"]
    return min(searches) < min(crawls)


def _only_beside_search(clause: Clause, text: str) -> bool:
    """Does every require word of the clause ("vain", "のみ", "فقط", "chỉ được": "only" in
    many lexicons) name whom something is for: the next word the lexicons read after it (a
    grant word aside) is a search word, or, written after its noun, the word right before
    it is ("検索エンジンのみ")?"""
    hits = sorted((h for h in clause.hits if h.concept != "grant"), key=_START)
    if not any(h.concept == "action:search" for h in hits):
        return False
    for k, hit in enumerate(hits[:_BINDINGS_MAX]):
        if hit.concept != "require":
            continue
        after = next((h for h in hits[k + 1 :] if h.start >= hit.end), None)
        before = hits[k - 1] if k else None
        if not (
            (after is not None and after.concept == "action:search")
            or (
                before is not None
                and before.concept == "action:search"
                and not text[before.end : hit.start].strip()
            )
        ):
            return False
    return True


def _ai_as_the_subject(clause: Clause) -> bool:
    """A grant whose only use is AI named before its grant word ("AI can …", "Kunstig
    intelligens kan …"), with no word of the page's own, no way or licence: a capability;
    so is AI that "may be used" ("Tehisintellekti võib kasutada ideede leidmiseks")."""
    if clause.actions - {"use"} != {"ai"} or clause.routes or clause.licences:
        return False
    if any(h.concept in ("own-voice", "addressee") for h in clause.hits):
        return False
    first_ai = min(h.start for h in clause.hits if h.concept == "action:ai")
    grants = [h.start for h in clause.hits if h.concept == "grant"]
    return bool(grants) and first_ai < min(grants)


def _only_for_search(clause: Clause, text: str, exclusives: frozenset[str]) -> bool:
    """Does a grant of crawling name search engines as the only ones it is for: an exclusive
    ("only", "nur", "uniquement", "samo") anywhere before the search word, or a few words
    after it ("検索エンジンのみ", "لمحركات البحث فقط", "kwa injini za utafutaji tu")?"""
    if not exclusives or not {"crawl", "search"} <= clause.actions:
        return False
    search = next(h for h in clause.hits if h.concept == "action:search")
    folded = fold_text(text[clause.start : min(clause.end, search.end + _EXCLUSIVE_REACH)])
    at = search.start - clause.start
    for m in _inclusive_pattern(exclusives).finditer(folded):
        if m.start() < at or len(folded[search.end - clause.start : m.start()].split()) <= 2:
            return True
    return False


_EXCLUSIVE_REACH = 40  # characters after a search word where its "only" may stand


def _route_ban(
    reading: BlockReading, purpose: str, effect: Effect, routes: set[str], why: str
) -> None:
    """A ban made conditional on `routes` found elsewhere (one notice, one procedure)."""
    effect.verdict = "conditional"
    effect.conditions = merge_routes(routes)
    reading.notes.append(f"{purpose}: {why}")


def _one_procedure(reading: BlockReading) -> None:
    """ "Tous droits de reproduction réservés. Les dépêches ne peuvent être reproduites sans
    le consentement écrit de l'agence.": a ban of a use that another sentence of the block
    makes conditional on permission is conditional on it (as `share_routes` does between
    blocks), unless an override keeps it absolute."""
    for purpose, effect in reading.effects.items():
        routes = reading.asked_routes.get(purpose)
        if effect.verdict == "deny" and routes and purpose not in reading.absolute:
            _route_ban(
                reading, purpose, effect, routes, "the block's way to permission holds for its ban"
            )


def _negated_condition(clause: Clause, clauses: list[Clause], disabled: frozenset[str]) -> None:
    """ "…, sofern es nicht durch Suchmaschinen erfolgt", "if it is not for search": a
    condition with a negator after a ban is an exception to it ("unless"), as "except"
    would be."""
    if (
        clause.connective == "condition"
        and "exception" not in disabled
        and any(h.concept == "negator" for h in clause.hits)
        and not any(h.concept in _PREDICATES for h in clause.hits)
        and any(c.start < clause.start and _states_a_ban(c) for c in clauses)
    ):
        clause.connective = "exception"
        clause.notes.append("a negated condition after a ban: an exception ('unless')")


def _states_a_ban(clause: Clause) -> bool:
    return any(h.concept in ("restrict", "require") for h in clause.hits)


def _contrasted_condition(clauses: list[Clause], disabled: frozenset[str]) -> None:
    """ "This material may be shared, but not for commercial purposes", "boleh dikongsi
    semula, tetapi tidak untuk tujuan komersial": a contrast that names only a condition of
    reuse, right after a grant, is that grant's condition (read alone it stated nothing, and
    the grant went out unconditioned: `allow`)."""
    if "route" in disabled:
        return
    for before, clause in pairwise(clauses):
        if (
            clause.connective == "contrast"
            and before.polarity == "grant"
            and clause.routes
            and clause.routes <= REUSE_ROUTES
            and not actions_of(clause.hits)
            and not any(h.concept in _PREDICATES for h in clause.hits)
        ):
            before.routes |= clause.routes
            clause.notes.append("a contrast naming a condition of the grant before it")


def _reuse_on_condition(clauses: list[Clause], disabled: frozenset[str]) -> None:
    """ "如需转载，请注明出处", "If you republish our articles, please credit the source":
    a sentence that names a reuse under "if" and asks only a condition of reuse in its main
    clause allows that reuse on the condition (as "转载请注明出处" does)."""
    if "route" in disabled or any(c.polarity for c in clauses):
        return
    conditions = [c for c in clauses if c.connective == "condition" and c.actions & _REUSES]
    if not conditions:
        return
    for clause in clauses:
        if (
            clause.connective != "condition"
            and clause.routes & REUSE_ROUTES
            and not clause.actions - {"use", "republish"}
        ):
            clause.polarity = "grant"
            clause.notes.append("a condition of reuse asked of a reuse under 'if': allowed on it")


_REUSES = frozenset({"republish"})


def _same_uses(clause: Clause, before: list[list[Clause]], disabled: frozenset[str]) -> set[str]:
    """ "We license our archive for AI training. Without a licence, this use is not
    permitted.": "this use", "such use", "neither use" are the uses the block named last."""
    acts = clause.actions - {"same"}
    if "scope" in disabled:
        return acts
    for clauses in reversed(before):
        named: set[str] = set().union(*(c.purposes for c in clauses))
        if named:
            clause.notes.append(f"'such use': the uses named before ({', '.join(sorted(named))})")
            clause.referred = named
            return acts - {"use"}
    # "これらの目的での利用を希望される場合は…": the uses were named in another block; the
    # bare "use" of the phrase is theirs, not a reuse of its own.
    clause.notes.append("'such use': the uses were named outside this block")
    return acts - {"use"}


def _carry_over(
    clauses: list[Clause], before: list[list[Clause]], text: str, start: int, ctx: Context
) -> None:
    """ "Copying is prohibited. The same applies to republication on other websites.": a
    sentence opening with a carry-over ("Gleiches gilt für", "il en va de même pour") and
    naming uses without a predicate of its own bans them as the sentence before does, on the
    same way to permission."""
    if not ctx.carryovers or not before or "scope" in ctx.disabled:
        return
    if not any(c.purposes for c in clauses):
        return
    # (a grant on a condition is a ban without it: "… ist nur mit Zustimmung zulässig. Dies
    # gilt insbesondere für …" carries the condition to what it names)
    bans = [
        c for c in before[-1] if c.polarity == "restrict" or (c.polarity == "grant" and c.routes)
    ]
    if not bans:
        return
    raw = text[start : start + _CARRYOVER_REACH]
    opening = fold_text(raw).lstrip(" -–—•*")
    # (or after a short aside: "For the avoidance of doubt, this reservation extends to …")
    after_aside = opening.split(",", 1)[1].lstrip() if "," in opening else ""
    carried = next(
        (w for w in ctx.carryovers if opening.startswith(w) or after_aside.startswith(w)), None
    )
    if carried is None:
        return
    # Its own predicate may only be the carry-over's noun ("This ban also applies to …").
    reach = start + (len(raw) - len(opening)) + len(carried)
    if after_aside.startswith(carried):
        reach += len(opening) - len(after_aside)
    if any(
        (h.start >= reach and h.concept in _PREDICATES) or h.concept == "negator"
        for c in clauses
        for h in c.hits
    ):
        return
    for clause in clauses:
        if clause.purposes:
            clause.polarity = "restrict"
            clause.routes |= set().union(*(c.routes for c in bans))
            clause.notes.append("the rule of the sentence before ('the same applies to')")


_CARRYOVER_REACH = 80  # characters at a sentence's start that may hold a carry-over


def _condition_after_grant(
    clauses: list[Clause], before: list[list[Clause]], disabled: frozenset[str]
) -> None:
    """ "The images may be republished in editorial contexts. The photographer's name must
    always be credited.": a sentence that only asks a condition of reuse (no use of its own,
    no ban) right after a grant of reuse is that grant's condition."""
    if "route" in disabled or not before or not clauses:
        return
    asked = _only_reuse_asked(clauses)
    if not asked:
        return
    # (a bare use granted is a reuse once credit is asked of it: "… kan fritt brukes … /
    # Husk å kreditere")
    grants = [
        c
        for c in before[-1]
        if c.polarity == "grant" and (c.actions & _REUSES or c.actions == {"use"})
    ]
    for grant in grants:
        grant.routes |= asked
        grant.notes.append("the condition the next sentence asks of this reuse")


def _condition_beside_grant(clauses: list[Clause], disabled: frozenset[str]) -> None:
    """ "Yazılarımı paylaşabilirsiniz; tek ricam blogun linkini vermeniz", "You may
    republish my posts; just include a link back to the original post": a clause after the
    grant's ";" that only asks a condition of reuse (no act of its own, no ban) is the
    grant's condition, as the sentence after it would be."""
    if "route" in disabled:
        return
    for i, grant in enumerate(clauses):
        if grant.polarity != "grant" or not grant.actions & _REUSES:
            continue
        for later in clauses[i + 1 :]:
            asked = _only_reuse_asked([later])
            if later.polarity is not None or later.connective != "list" or not asked:
                break
            grant.routes |= asked
            grant.notes.append("the condition the clause after it asks of this reuse")


def _only_reuse_asked(clauses: Sequence[Clause]) -> set[str]:
    """The conditions of reuse these clauses ask, if that is all they do (no act of their
    own, no grant, no ban); none otherwise."""
    asked: set[str] = set().union(*(c.routes for c in clauses))
    if (
        not asked <= REUSE_ROUTES
        or any(c.actions - {"use"} or c.polarity == "grant" for c in clauses)
        or any(h.concept in ("restrict", "negator", "override") for c in clauses for h in c.hits)
    ):
        return set()
    return asked


def _exception_sentence(
    clauses: list[Clause], before: list[list[Clause]], disabled: frozenset[str]
) -> bool:
    """A sentence that only excepts uses ("Ausgenommen sind Suchmaschinen.") right after a
    sentence that bans some; it may name that ban without a use ("Запрет не
    распространяется на поисковые системы", "The ban does not apply to search engines")."""
    return (
        "exception" not in disabled
        and bool(before)
        and any(c.polarity == "restrict" for c in before[-1])
        and any(h.concept == "exception" for c in clauses for h in c.hits)
        and all(_names_no_new_ban(c) for c in clauses)
        and any(c.purposes for c in clauses)
    )


def _names_no_new_ban(clause: Clause) -> bool:
    return clause.polarity is None or (clause.polarity == "restrict" and not clause.purposes)


_OTHERS_REACH = 40  # characters from what is someone else's to the act on it
_A_QUESTION = "a question: states nothing"
_QUESTION_MARKS = ("?", "？", "؟", ";")  # ";" is the Greek question mark
_KANA_QUESTIONS = ("か。", "か｡")  # the particle asks, the stop only ends the sentence


def _states_nothing(
    hits: Sequence[Hit], text: str, start: int, end: int, ctx: Context | None = None
) -> str | None:
    """Why a sentence sets no effect, if it sets none: it is about another object (personal
    data, cookies, the user's own content) or what belongs to someone else ("Don't post
    other people's recipes"; "on someone else's site" is only where our content goes), or
    it asks ("How can site owners opt out of our crawler?", "May I reuse your articles?")."""
    if any(h.concept == "other-object" for h in hits):
        return "about another object (personal data, cookies, ...): no effect"
    others = [h.start for h in hits if h.concept == "others"]
    if others:
        # ... acted on (an act near it), and not the place our content goes ("на чужих
        # сайтах", "on someone else's blog")
        acts = [h.start for h in hits if h.concept.startswith("action:")]  # (hits are sorted)

        def placed(at: int) -> bool:
            return ctx is not None and _after_locative(text, at, ctx)

        # (our own content named beside it keeps the sentence a rule on ours: "Copying our
        # articles or other people's photos is prohibited"; "on our forum" is a place)
        ours = any(h.concept == "own-voice" and not placed(h.start) for h in hits)
        if not ours and any(
            bisect_left(acts, at - _OTHERS_REACH) < bisect_right(acts, at + _OTHERS_REACH)
            and not placed(at)
            for at in others
        ):
            return "about what belongs to someone else: no effect"
    tail = text[start:end].rstrip(" \t\n\"'”’»)」")
    if tail.endswith(_QUESTION_MARKS[:3]) or (tail.endswith(";") and _greek(text[start:end])):
        return None if _tag_question(hits, text, start, len(tail) + start) else _A_QUESTION
    if tail.endswith(_KANA_QUESTIONS):
        return _A_QUESTION  # "…どうすればよいか。"
    return None


def _tag_question(hits: Sequence[Hit], text: str, start: int, end: int) -> bool:
    """ "Não copie nossos textos, combinado?", "Don't repost my photos, okay?": a ban
    opening the sentence and a short tag after its last comma asks for assent, not a
    question ("May I reuse your articles, please?" opens with no ban and stays one)."""
    comma = max(
        text.rfind(",", start, end), text.rfind("،", start, end), text.rfind("，", start, end)
    )
    if comma < 0 or len(text[comma + 1 : end - 1].split()) > _TAG_WORDS:
        return False
    if any(h.start > comma for h in hits):
        return False
    opening = text[start:comma].split()[:_TAG_OPENING]
    reach = start + len(" ".join(opening)) + 1
    return any(h.concept in ("restrict", "negator") and h.start < reach for h in hits)


_TAG_WORDS = 2  # "combinado", "okay", "d'accord", "n'est-ce pas"
_TAG_OPENING = 3  # words before a ban that still opens the sentence ("Please don't")


def _greek(sentence: str) -> bool:
    return any("\u0370" <= c <= "\u03ff" for c in sentence[:80])


def _ellipsis(
    clauses: list[Clause],
    text: str,
    disabled: frozenset[str],
    privatives: frozenset[str] = frozenset(),
) -> None:
    """ "Search is allowed, but training is not" / "Zitieren ist erlaubt, Kopieren aber
    nicht": a contrast clause with a negator and no predicate of its own shares the previous
    clause's (negated); actions named after that clause's predicate belong to it. So does
    one whose act follows a privative ("You may share the link, but without copying the
    text", "אפשר לשתף קישור, אבל בלי להעתיק")."""
    if "ellipsis" in disabled:
        return
    for prev, clause in pairwise(clauses):
        c = clause.concepts()
        if not (
            clause.polarity is None
            and clause.connective == "contrast"
            and (c["negator"] or _privative_act(clause, text, privatives))
            and prev.polarity == "grant"
        ):
            continue
        clause.polarity = "restrict"
        clause.notes.append("elliptical: shares the previous clause's predicate, negated")
        if not actions_of(clause.hits):
            last_predicate = max(
                (h.end for h in prev.hits if h.concept in ("grant", "restrict", "require")),
                default=prev.end,
            )
            # ... and after the last comma: "We allow search engines to index, AI training
            # however not" moves only "AI training".
            last_comma = max(
                (m.end() for m in _COMMA.finditer(text, prev.start, prev.end)), default=prev.start
            )
            moved = [
                h
                for h in prev.hits
                if h.concept.startswith("action:") and h.start >= max(last_predicate, last_comma)
            ]
            if moved:
                prev.hits = [h for h in prev.hits if h not in moved]
                clause.hits = [*moved, *clause.hits]
                clause.notes.append("its subject stands before the connective")


def _privative_act(clause: Clause, text: str, privatives: frozenset[str]) -> bool:
    """Does the clause name an act after a privative and no way to permission ("but
    without copying", "aber ohne den Text zu kopieren"): the act is what it leaves out."""
    if not privatives or any(h.concept.startswith("route:") for h in clause.hits):
        return False
    act = next((h for h in clause.hits if h.concept.startswith("action:")), None)
    if act is None:
        return False
    before = fold_text(text[clause.start : act.start]).split()
    return _names_privative(before, privatives)


def _inline_lead_in(clauses: list[Clause], text: str, disabled: frozenset[str]) -> None:
    """ "You shall not: (1) scrape ...; (2) copy ...": items after a clause ending in `:`
    share its predicate and its routes."""
    if "scope" in disabled:
        return
    lead: Clause | None = None
    for clause in clauses:
        if (
            clause.polarity is None
            and lead is None
            and clause.connective == "list"
            and _INLINE_ITEM.match(text, clause.start, clause.end)
        ):
            # "You may not (a) modify …; (b) share …; or (c) use …": lettered items with
            # no colon share the predicate of the clause that opened the first of them
            lead = next(
                (
                    c
                    for c in reversed(clauses[: clauses.index(clause)])
                    if c.polarity and _INLINE_FIRST.search(text, c.start, c.end)
                ),
                None,
            )
        if (
            clause.polarity is None
            and lead is not None
            and clause.connective == "list"
            and not _a_quotation(clause, text)
        ):
            # (not a quotation after the colon: "Примерна клауза, която можете да
            # адаптирате: „Забранява се …“" quotes a clause, whose own words do not count)
            clause.polarity = lead.polarity
            clause.routes |= lead.routes
            clause.item = True
            clause.notes.append("predicate from the list's lead-in clause")
        if clause.polarity and text[clause.start : clause.end].rstrip().endswith((":", "：")):
            # "… SAUF s'ils l'interdisent par des procédés adéquats : en apposant …": a
            # predicate under "unless" or "if" is supposed, and the items say how, not what.
            lead = None if clause.connective in ("exception", "condition") else clause
    _shared_tail(clauses, text)


# An inline item's mark ("(b) ", "2) ", "or (c) ") at a clause's start, and the first
# item's ("(a) ", "(1) ", "(i) ") inside the clause that opens the list.
_INLINE_ITEM = re.compile(r"\s*(?:\w{1,4}\s+)?\(?(?:[^\W\d_]|[ivx]{1,4}|\d{1,2})\)\s")
_INLINE_FIRST = re.compile(r"\((?:a|i|1|а|α|ا|א)\)\s")


def _shared_tail(clauses: list[Clause], text: str) -> None:
    """ "You shall not: (a) copy …; (b) use any scraper …; or (c) use the Content to train
    AI, in each case without our prior written consent": a way to permission set off by a
    comma after the last item's acts closes the whole list, so items without a route of
    their own take it."""
    items = [c for c in clauses if c.connective == "list" and c.polarity]
    if len(items) < 2 or not items[-1].routes:
        return
    last = items[-1]
    acts = [h.end for h in last.hits if h.concept.startswith("action:")]
    routes = [h for h in last.hits if h.concept.startswith("route:")]
    if not acts or not routes or min(h.start for h in routes) < max(acts):
        return
    tail_start = text.rfind(",", max(acts), min(h.start for h in routes))
    if tail_start < 0:
        return
    tail = {h.concept.split(":", 1)[1] for h in routes if h.start > tail_start}
    for item in items[:-1]:
        if not item.routes:
            item.routes |= tail
            item.notes.append("route from the list's shared tail")


def _borrowed_purposes(
    clauses: list[Clause],
    i: int,
    lead: Clause | None,
    heading_actions: set[str],
    sentence_actions: set[str],
    clause: Clause,
    is_lead_in: bool = False,
    text: str = "",
) -> set[str]:
    """A predicate without an object takes it from a clause of the same sentence that has
    no predicate of its own, else from the lead-in, else from the heading."""
    if clause.polarity == "grant" and clause.connective in ("exception", "condition"):
        # "Except as expressly permitted, you will not …", "Sofern nicht ausdrücklich
        # gestattet, …": permissions given elsewhere, none granted here
        clause.notes.append("a permission given elsewhere: grants nothing here")
        return set()
    lenders = [
        other
        for j, other in enumerate(clauses)
        if j != i
        and other.polarity is None
        and other.purposes
        and other.connective != "exception"
        and not _a_quotation(other, text)  # its words are quoted, not the page's uses
        # (a contrast after a grant opposes it: "You may share a link, but without
        # copying" grants no copying)
        and not (clause.polarity == "grant" and other.connective == "contrast" and j > i)
    ]
    if lenders:
        # "…의 학습, 미세조정(fine-tuning), 검색증강생성(RAG)에 이용하려면 … 체결해야
        # 합니다": every clause the commas cut off lends its uses.
        clause.notes.append("actions from another clause of the sentence")
        if all(other.actions <= {"use"} for other in lenders):
            clause.actions = set().union(*(o.actions for o in lenders))  # a bare use stays bare
        return set().union(*(other.purposes for other in lenders))
    for j, other in enumerate(clauses):
        if j != i and _carries_the_subject(other):
            clause.notes.append("actions from the subject inside a head-final exception")
            return set(other.purposes)
    if lead is not None and lead.purposes and lead.polarity:
        clause.notes.append("actions from the lead-in")
        return set(lead.purposes)
    explicit = any(h.concept == "restrict" for h in clause.hits) or (
        # "Sista ansökningsdag 15 januari", "Изисквания: висше образование, …" under a job
        # ad's title naming AI: a requirement in words of its own, with no way to
        # permission, requires something else
        any(h.concept == "require" for h in clause.hits)
        and (
            # "如需商业授权，| 请联系 …" (the clauses near it only: bounded per clause)
            any(other.routes for other in clauses[max(0, i - _NEAR) : i + _NEAR])
            or not _says_more(_with_unread_tail(clause, clauses[i + 1 : i + _NEAR]), text)
        )
    )
    subordinate = clause.connective in ("exception", "condition")  # "... unless reserved"
    if (
        heading_actions
        and not is_lead_in
        and not subordinate
        # "We do not publish articles generated by AI" under "How we use AI": what AI
        # made is the clause's object, none of the heading's
        and "ai-made" not in clause.actions
        and (explicit or (clause.polarity == "grant" and not _says_more(clause, text)))
    ):
        # Only an explicit ban ("prohibited") takes its object from the heading; a negated
        # modal without an object ("otherwise we may not ...") is no ban of its own.
        clause.notes.append("actions from the heading")
        return purposes_of(heading_actions, heading_actions | sentence_actions)
    return set()


_NEAR = 8  # clauses on each side of a requirement that may name its way or its object


def _with_unread_tail(clause: Clause, after: list[Clause]) -> Clause:
    """The clause reaching over the clauses after it that no lexicon reads a word of
    but to cut it ("Изисквания: | висше образование, …": a label's colon ends no
    requirement)."""
    end = clause.end
    for other in after:
        if any(h.concept not in CONNECTIVES for h in other.hits):
            break
        end = other.end
    return clause if end == clause.end else replace(clause, end=end)


def _says_more(clause: Clause, text: str) -> bool:
    """ "You can write to us with any questions about this page" under "AI policy": a grant
    (or a requirement) with words of its own that no lexicon reads, and no condition of
    reuse, grants something else (writing to us), not the heading's use; an elliptical one
    ("Permitted.", "Yes, with attribution.") grants that."""
    if not text or clause.routes:  # a grant on conditions of reuse grants the reuse
        return False
    return _unread_words(clause, text, clause.start, _OWN_WORDS_MIN)


_OWN_WORDS_MIN = 3  # unread words that make a grant say something of its own


def _carries_the_subject(clause: Clause) -> bool:
    """A head-final exception that also holds the ban's subject ("本書の無断複写は著作権法上
    での例外を除き禁じられています": no comma parts them): its marker comes last, and a way to
    permission ("無断") or a law precedes it, which nothing excepted by use alone holds."""
    if clause.connective != "exception" or clause.polarity is not None or not clause.purposes:
        return False
    last = max(clause.hits, key=_START)
    return last.concept == "exception" and any(
        h.concept.startswith("route:") or h.concept == "statute" for h in clause.hits
    )


def _search_means(purposes: set[str]) -> set[str]:
    """ "except for search engine crawlers": crawling named beside search is search's
    means, so the exception lets search crawl and leaves the ban on every other crawler.
    What else the exception's clause names ("… autres que ceux des moteurs de recherche ou
    par des outils d'IA") is the ban's list going on: search engines are excepted for
    search only (granting the AI uses would fail open)."""
    if "search" in purposes:
        return {"search"}
    return purposes


def _narrowed(exception: Clause, ban: Clause, purposes: set[str]) -> set[str]:
    """Purposes an exception names by the ban's own action ("AI training is prohibited
    except for AI research by universities"): it carves out a few users of the banned use,
    so the ban stays for everyone else (granting the whole purpose would fail open). A ban
    that names no use of its own bans what the sentence names ("本書の無断複製は著作権法上
    での例外を除き禁じられています"): the exception cannot grant all of it."""
    if not ban.actions:
        return exception.purposes & purposes
    shared = exception.actions & ban.actions - {"use"}
    return set().union(*(ACTIONS[action] for action in shared))


def _list_items(clauses: Sequence[Clause]) -> list[int]:
    """Each clause's item in a list run into its sentence ("You agree not to: (a) …; (b) …"):
    0 before the first item, then 1, 2, … from each clause the lead-in predicates on."""
    items, item = [], 0
    for clause in clauses:
        if clause.item:
            item += 1
        items.append(item)
    return items


def _a_grants_condition(clauses: Sequence[Clause], k: int, ban: Clause) -> bool:
    """Is the condition clause `k` right beside a grant of its sentence (before it, or
    after it in a head-final order: "kaynak gösterilmek şartıyla paylaşılabilir")? Then it is
    that grant's condition, no way out of a ban elsewhere in the sentence."""
    return any(
        0 <= j < len(clauses) and clauses[j] is not ban and clauses[j].polarity == "grant"
        for j in (k - 1, k + 1)
    )


_HOW_TO = frozenset({"template", "discussion"})  # a heading's cues that lend no use


_FREELY_REACH = 60  # characters looked at on each side of a granted use


def _used_freely(clause: Clause, text: str) -> bool:
    """ "Pressemeddelelsen må frit bruges", "kan du bruke fritt", "may be freely used": a
    use granted by a second grant word right beside it (a modal's "freely") is a reuse."""
    grants = sorted({h.start for h in clause.hits if h.concept == "grant"})
    if len(grants) < 2:
        return False
    uses = [h for h in clause.hits if h.concept == "action:use"][:_BINDINGS_MAX]
    for use in uses:
        before = text[max(0, use.start - _FREELY_REACH) : use.start].split()[-2:]
        start = use.start - len(" ".join(before)) - 1
        end = use.end + len(" ".join(text[use.end : use.end + _FREELY_REACH].split()[:2])) + 1
        if bisect_left(grants, end) - bisect_left(grants, start) >= 2:
            return True
    return False


# A block's way to permission named in no rule: its routes, the purposes its sentence
# supposes (None: any), and where its sentence starts (-1: the heading's, over the block).
_Procedure = tuple[set[str], frozenset[str] | None, int]


def _quoting_on_conditions(clause: Clause) -> bool:
    """ "Цитиране – само откъси, с посочване на източника и линк", "per citazioni brevi basta
    indicare la fonte": quoting named with its conditions (an excerpt limit and another),
    no ban, is allowed on them; its conditions are its own, no ban's way to permission."""
    return (
        clause.connective in (None, "list")
        and "excerpt-limit" in clause.routes
        and len(clause.routes & REUSE_ROUTES) > 1
        and not any(h.concept in ("negator", "restrict") for h in clause.hits)
    )


def _quoting_named(clause: Clause) -> bool:
    """Quoting named with its conditions and no use of its own ("…; for short quotes, a
    credit is enough"): what quoting takes, no way to permission for a ban of another use
    beside it (a republication ban's rest it is: "No copying; short quotes with a link")."""
    return (
        not clause.purposes
        and clause.connective in (None, "list")
        and "excerpt-limit" in clause.routes
        and not clause.routes & set(_PERMISSION_FAMILY)
        and not any(h.concept in ("negator", "restrict") for h in clause.hits)
    )


def _latest_procedures(procedures: Sequence[_Procedure]) -> list[_Procedure]:
    """One procedure per way and supposed use, told where it reaches the most bans (the
    heading's, else the last): every ban reads them all, and a block of thousands of
    sentences that each tell the same way stays linear."""
    latest: dict[tuple[frozenset[str], frozenset[str] | None], int] = {}
    for routes, supposed, at in procedures:
        key = (frozenset(routes), supposed)
        known = latest.get(key)
        if known is None or (known >= 0 and (at < 0 or at > known)):
            latest[key] = at
    return [(set(routes), supposed, at) for (routes, supposed), at in latest.items()]


def _procedure_routes(
    procedures: Sequence[_Procedure], purposes: set[str], ban_start: int
) -> set[str]:
    """The ways to permission the block's procedures offer for a ban of `purposes` in the
    sentence at `ban_start`: a way asked for a use it supposes is for that use ("Do not
    train AI on my photos. Ask me before you share them" leaves the AI ban absolute), and a
    way told before the ban's sentence is for what came before it ("Want a photo for your
    site? Email me. And no, my pictures are not there to feed AI" leaves the ban absolute)."""
    return {
        route
        for routes, supposed, at in procedures
        if (supposed is None or not supposed.isdisjoint(purposes)) and (at < 0 or at >= ban_start)
        for route in routes
    }


def _restrict(
    reading: BlockReading,
    clauses: list[Clause],
    i: int,
    clause: Clause,
    purposes: set[str],
    procedure_routes: set[str],
    lead: Clause | None,
    disabled: frozenset[str],
    text: str = "",
    elsewhere: bool = False,
    privatives: frozenset[str] = frozenset(),
    manners: Mapping[tuple[int, str], str] | None = None,
) -> None:
    granted: set[str] = set()
    if "exception" not in disabled:
        for later in clauses:  # "except X, ... prohibited" and "... prohibited except X"
            if later.connective == "exception" and later.purposes and later.polarity is None:
                excepted = _search_means(later.purposes)
                if later is not clause:
                    excepted -= _narrowed(later, clause, purposes)
                if not excepted:
                    later.notes.append("exception narrows the banned use: the ban stays")
                    continue
                granted |= excepted & (purposes | {"search"})
                later.notes.append(f"exception: grants {', '.join(sorted(excepted))}")
        purposes = purposes - granted
        for purpose in sorted(granted):
            _add(reading, purpose, "allow", set(), clause.hits)
    routes: set[str] = set()
    if "route" not in disabled:
        routes = set(clause.routes)
        if not routes:
            items = _list_items(clauses)
            for k, other in enumerate(clauses):
                if _narrows_an_exception(clauses, k):
                    continue  # (how far the exception goes, no way out of the ban)
                if items[k] != items[i] and items[k] and items[i]:
                    continue  # "(a) use any robot …; (b) reproduce … except for your own
                    # personal, non-commercial use": another item's condition is its own
                if other.connective == "condition" and _a_grants_condition(clauses, k, clause):
                    continue  # "You may share them if you credit us, but not for AI …"
                if other is not clause and not other.polarity:
                    if "republish" not in purposes and _quoting_named(other):
                        continue  # "…; per citazioni brevi basta indicare la fonte": its own
                    routes |= other.routes
                    if not other.routes and other.connective == "condition":
                        # "… khi chưa xin phép" (when permission is not yet asked for): a
                        # condition that asks for something names permission.
                        routes |= {"permission"} if _asks_for_something(other) else set()
                elif other is not clause and other.polarity == "grant" and not other.purposes:
                    # "..., but a licence can be requested": a way to permission offered.
                    routes |= other.routes & PROCEDURES
        if not routes and lead is not None:
            routes |= lead.routes
        if not routes:
            routes |= procedure_routes
            if procedure_routes:
                clause.notes.append("route from a procedure sentence or the heading")
    # (a second ban coordinated with its own override keeps it: "… without permission, and
    # under no circumstances may …" leaves the first ban's way to permission open)
    overridden = "override" not in disabled and any(
        h.concept == "override"
        for c in clauses
        if c is clause or c.connective != "coordinated"
        for h in c.hits
    )
    if overridden:
        reading.absolute |= purposes
    if overridden and routes and _override_refuses_routes(clauses, text):
        clause.notes.append("override: the ban stays absolute")
        routes = set()
    elif overridden and routes:
        clause.notes.append("override of the manner, not of the way to permission")
    negated = any(h.concept == "negator" for h in clause.hits)
    if (
        not routes
        and not negated
        and _asks_for_something(clause)
        and not _undertakes_a_ban(clause, text, privatives)
    ):
        if clause.actions & {"answer", "ai-made"} and clause.actions <= _AI_OUTPUTS | {"answer"}:
            # "Ответы, сгенерированные нейросетью, должны быть помечены", "Jawaban dari AI
            # wajib diberi keterangan": what is required of AI answers, naming no way to
            # permission and no use of the content, is how members post them.
            clause.notes.append("a requirement on AI answers, not on a use of the content")
            return
        concepts = [h.concept for h in clause.hits]
        if (
            clause.actions == {"use"}
            and purposes == {"republish"}
            and not elsewhere
            and "action:use" in concepts
            and concepts.count("require") == 1
            and "own-voice" not in concepts
            and "grant" not in concepts
        ):
            # "Nước dùng phở cần ninh xương bò …" (the broth needs simmering): a bare use
            # needed, no way named and no one to ask ("fragt bitte vorher nach – ich freue
            # mich über jede Anfrage" asks the page), asks nothing of a reuse
            clause.notes.append("a bare 'use' with a need and no way: no reuse asked for")
            return
        if _a_duty_of_the_reader(clause, text):
            # "Du skal bygge værktøjer, der crawler …", "Sie müssen Werkzeuge bauen, die …
            # crawlen": what the reader must do, no use of the content asked for
            clause.notes.append("a duty of the reader's, no way to permission: nothing asked")
            return
        routes = {"permission"}  # "X requires ..." names no route: permission is the least
    if not routes and clause.actions == {"use"} and purposes == {"republish"} and not elsewhere:
        # "Using the site for defamation is forbidden": a bare "use" names no reuse of the
        # content; only "use ... without permission" does.
        clause.notes.append("a bare 'use' restricts only with a route to permission")
        return
    cue_hits = [h for c in clauses for h in c.hits if not h.concept.startswith(("detect",))]
    bound = (
        _routes_bound_to_one_action(clause, text, privatives) if "route" not in disabled else None
    )
    # (a route before a use that binding made a means, "bez licence použit pro trénování",
    # is bound to no purpose of its own: it holds for the clause)
    if bound and bound & purposes and routes == clause.routes and bound & purposes != purposes:
        # "Unauthorised reproduction and AI training are prohibited", "無断転載・AI学習禁止":
        # the route qualifies one action only; the others are banned outright.
        clause.notes.append(f"route bound to {', '.join(sorted(bound & purposes))} only")
        for purpose in sorted(purposes):
            verdict = "conditional" if purpose in bound else "deny"
            _add(
                reading,
                purpose,
                verdict,
                merge_routes(routes) if purpose in bound else set(),
                cue_hits,
            )
        return
    verdict = "conditional" if routes else "deny"
    if verdict == "deny" and any(h.concept in ("restrict", "negator") for h in clause.hits):
        reading.stated |= purposes
    if (
        clause.actions == {"use"}
        and any(h.concept == "require" for h in clause.hits)
        and not any(h.concept == "grant" for h in clause.hits)
    ):
        # "Use of the works requires prior written authorisation": every use, AI included
        # ("using the site for unauthorised commercial purposes" requires nothing of others;
        # "We grant you a licence to use the app solely for personal purposes" grants one).
        reading.any_use_routes |= routes & set(_PERMISSION_FAMILY)
    manner = (
        _manners_banned(clause, purposes, manners or {}, beside_others=True)
        if verdict == "deny"
        else frozenset()
    )
    for purpose in sorted(purposes):
        _add(
            reading,
            purpose,
            verdict,
            merge_routes(routes),
            cue_hits,
            manner=manner if purpose == "republish" else frozenset(),
        )


def _manners_banned(
    clause: Clause,
    purposes: set[str],
    manners: Mapping[tuple[int, str], str],
    beside_others: bool = False,
) -> frozenset[str]:
    """The conditions a clause that names republication only by manners of reuse sets:
    banned ("You may not edit our stories or sell them"), on a grant of republication;
    empty when it names another reuse, or (unless `beside_others`: a ban, "do not sell
    them or feed them into AI image generators") another use."""
    if not manners:
        return frozenset()
    if beside_others:
        if "republish" not in purposes:
            return frozenset()
    elif purposes != {"republish"} or clause.actions - {"republish", "use", "same"}:
        return frozenset()
    reuses = [h for h in clause.hits if h.concept == "action:republish"]
    named = [manners.get((h.lexicon, h.term)) for h in reuses]
    if not named or None in named:
        return frozenset()
    return frozenset(n for n in named if n)


def _unnegated_routes(
    clause: Clause,
    text: str = "",
    privatives: frozenset[str] = frozenset(),
    ctx: Context | None = None,
) -> list[Hit]:
    """ "— no attribution required", "ohne Quellenangabe nötig", "requires no permission": a
    condition named only to be waived is none (see `_waivers`), nor is a way to permission
    the publisher refuses (`_refused`), nor the reader's own licence ("Any breach terminates
    your licence to use the Services"); other hits pass."""
    _, waived = _waivers(clause)
    waived |= _refused(clause, text) - _after_privative(clause, text, privatives)
    waived |= _negated_extent(clause, text)
    waived |= _numbered_routes(clause, text)
    if ctx is not None and ctx.second_person and text and not _grants_or_requires(clause):
        # (a grant "im Rahmen ihres Abonnementvertrags" names a licence asked for: customers';
        # "Any breach terminates your licence" names the reader's)
        waived |= {
            h.start
            for h in clause.hits
            if h.concept == "route:licence" and _readers_licence(text, h, ctx)
        } - _after_privative(clause, text, privatives)
    return [h for h in clause.hits if h.start not in waived or not h.concept.startswith("route:")]


def _readers_licence(text: str, hit: Hit, ctx: Context) -> bool:
    """Is a second-person possessive the word right before the licence, or right after it
    ("your licence", "votre licence", "lisensen din")? ("modellane dykkar utan lisens": the
    possessive is the models'.)"""
    before = fold_text(text[max(0, hit.start - _POSSESSIVE_REACH) : hit.start]).split()
    after = fold_text(text[_word_end(text, hit.end) : hit.end + _POSSESSIVE_REACH]).split()
    return bool(
        (before and before[-1] in ctx.second_person)
        or (after and after[0].strip(_WORD_MARKS + ".") in ctx.second_person)
    )


def _grants_or_requires(clause: Clause) -> bool:
    """Does the clause grant or require something of its own?"""
    return any(h.concept in ("grant", "require") for h in clause.hits)


def _numbered_routes(clause: Clause, text: str) -> set[int]:
    """ "Giấy phép số 123/GP-BTTTT", "Licence No. 4711", "Лицензия № ФС77-12345": a route
    noun followed by a number names the licence a publisher holds (a press or broadcast
    registration), no way to permission of the reader's."""
    if not text:
        return set()
    return {
        h.start
        for h in clause.hits
        if h.concept.startswith("route:") and _IDENTIFIER.match(text, _word_end(text, h.end))
    }


# After a route's word: at most a short label ("No.", "Nr.", "số", "№", "#", ":"), then a
# token of three digits or more, or of digits joined by a slash or hyphen ("123/GP-BTTTT",
# "ФС77-12345"; "CC0", "Casa10" are names).
_IDENTIFIER = re.compile(
    r"[ \t]*(?:§|(?:(?:[^\W\d]{1,3}\.?|[№#nN]°?|nº)[ \t]*)?[:：]?[ \t]*"
    r"(?:\d{3}|\w{0,24}\d\w{0,24}[/-]\w))"
)  # ("Regulamin – fragment § 7": an excerpt of the terms cited, no limit on reuse; bounded
# repeats: a route before a word of 100,000 letters and digits is no slow match)


def _negated_extent(clause: Clause, text: str) -> set[int]:
    """ "darf weder ganz noch in Auszügen … wiedergegeben werden", "auch nicht in Auszügen",
    "not even in excerpts": an excerpt a negation reaches (a few words after it, nothing read
    between) is how far the ban goes, no condition of reuse."""
    if not text:
        return set()
    out = set()
    for before, hit in pairwise(clause.hits):
        if (
            hit.concept == _EXCERPT_ROUTE
            and before.concept == "negator"
            and _words_between(text, before.end, hit.start) <= _EXTENT_GAP
        ):
            out.add(hit.start)
    return out


_EXCERPT_ROUTE = "route:excerpt-limit"
_EXTENT_GAP = 3  # words between a negation and the excerpt it reaches ("weder ganz noch in")


def _negating(hit: Hit) -> bool:
    """A negation term: a negator, or a restrict term made of one ("do not", "n'", "don't")."""
    return hit.concept == "negator" or (
        hit.concept == "restrict" and (" not" in f" {hit.term}" or hit.term.endswith(_NT))
    )


_NT = ("n't", "n’t")  # English contracted negation: "don't", "won't", "can't"


def _after_privative(clause: Clause, text: str, privatives: frozenset[str]) -> set[int]:
    """Starts of the routes right after "without" ("… without our permission"), or opening
    with it ("nicht ohne Rückfrage verwenden"), or closing with it as a postposition ("লিখিত
    অনুমতি ছাড়া"): a condition of the act, never the publisher refusing a way to
    permission."""
    if not privatives or not text:
        return set()
    return {
        h.start
        for h in clause.hits
        if h.concept.startswith("route:")
        and (
            _follows_privative(clause, text, h.start, privatives)
            or _names_privative(words := fold_text(text[h.start : h.end]).split(), privatives, True)
            or _names_privative(words[-1:], privatives)
        )
    }


def _need_after_privative(clause: Clause, text: str, at: int, privatives: frozenset[str]) -> bool:
    """Does "without" stand right before the need at `at`, a word at most between and no
    mark ("senza necessità", "without any need"; not "bila malipo, kwa sharti …")?"""
    gap = text[max(clause.start, at - _PRIVATIVE_REACH) : at]
    words = fold_text(gap).split()[-2:]
    for k, word in enumerate(words):
        if _names_privative([word], privatives):
            tail = " ".join(words[k:])
            return not set(tail) & set(",;:")
    return False


def _follows_privative(clause: Clause, text: str, at: int, privatives: frozenset[str]) -> bool:
    """Does a privative ("without", "ohne", "بدون") stand a word or two before `at`?"""
    before = fold_text(text[max(clause.start, at - _PRIVATIVE_REACH) : at]).split()
    return _names_privative(before[-_PRIVATIVE_WORDS:], privatives)


def _names_privative(words: list[str], privatives: frozenset[str], at_start: bool = False) -> bool:
    """Do these folded words hold a "without" of the lexicons (a phrase too: "nang walang",
    "không cần")? With `at_start`, it must open them (a postposition right after a route)."""
    joined = " " + " ".join(w.strip(".,;:()") for w in words) + " "
    if at_start:
        return any(joined.startswith(f" {p} ") for p in privatives)
    return any(f" {p} " in joined for p in privatives)


def _refused(clause: Clause, text: str) -> set[int]:
    """Starts of the routes the publisher refuses: "We do not license our content for AI
    training", "We do not grant permission for such use", "No concedemos licencias", "Мы не
    предоставляем лицензий": a negation (after the publisher speaking, or before a verb of
    granting), then the route, each at most a word apart, before any use is named and with
    no predicate after the route ("we do not allow copying without permission" names a
    way; "Bawal kopyahin … nang walang pahintulot" bans first). After a use, the speaker
    may refuse anew: "For AI training we grant no licences"."""
    if not text or not any(h.concept.startswith("route:") for h in clause.hits):
        return set()
    hits = sorted(clause.hits, key=lambda h: h.start)
    refused: set[int] = set()
    last_predicate = max((h.start for h in hits if h.concept in _PREDICATES), default=-1)
    speaker = False
    negation: Hit | None = None  # the last negation, if only a granting verb followed it
    granting = False
    verb: Hit | None = None  # the last granting verb
    after_use = False  # a use named before: only a granting verb refused refuses anew
    for before, hit in pairwise(hits):
        if before.concept in ("restrict", "require") and not _negating(before):
            break  # a ban stated: what follows is its condition
        if before.concept.startswith("action:"):
            # a use named: what follows is its condition, unless the speaker refuses anew
            # ("Für das Training … erteilen wir grundsätzlich keine Lizenzen")
            speaker, negation, granting, verb = False, None, False, None
            after_use = True
            continue
        speaker = speaker or before.concept == "own-voice"
        if _negating(before):
            # "nie udziela żadnej licencji", "Nu se acordă nicio licență": a second negation
            # after the granting verb agrees with the first (negative concord); "erteilen
            # wir keine Lizenzen": the granting verb, then its negated object
            granting = (granting and negation is not None and _near(text, before, hit)) or (
                verb is not None
                and before.start - verb.end <= _ADVERBS_REACH
                and len(text[verb.end : before.start].split()) <= _ADVERBS_BEFORE_NEGATION
            )
            negation = before
        elif before.concept == "grant":
            verb = before
            if negation is not None and _near(text, negation, before):
                granting = True
            else:
                negation = None
        elif before.concept != "own-voice":
            negation = None
        if (
            negation is not None
            and hit.concept.startswith("route:")
            and (granting or (not after_use and (speaker or _opening(text, clause, negation))))
            and _near(text, before, hit)
            and last_predicate < hit.start
        ):
            refused.add(hit.start)
    return (
        refused
        | _refused_after(hits, text, clause.end)
        | _refused_passive(hits, text)
        | _refused_verb(hits, text)
        | _refused_after_dash(hits, text, clause.start, clause.end)
    )


_ADVERBS_BEFORE_NEGATION = 2  # "erteilen wir derzeit grundsätzlich keine Lizenzen"
_ADVERBS_REACH = 40  # characters between the granting verb and its negated object, at most


def _refused_verb(hits: Sequence[Hit], text: str) -> set[int]:
    """ "…, and I won't licence them for that", "we do not license": the speaker, its
    negation and a route written as the verb, no word between them, is the granting
    refused ("nang walang pahintulot", "โดยไม่ได้รับอนุญาต" are "without permission")."""
    spans = list({(h.start, h.end): h for h in hits}.values())  # one reading per word
    return {
        route.start
        for speaker, negation, route in zip([None, *spans], spans, spans[1:], strict=False)
        if route.concept.startswith("route:")
        and _negating(negation)
        and _spoken_by_speaker(text, speaker, negation)
        and not text[_word_end(text, negation.end) : route.start].strip()
    }


def _spoken_by_speaker(text: str, speaker: Hit | None, negation: Hit) -> bool:
    """Is the word right before `negation` the speaker: an own-voice term, or English "I"
    (no own-voice term: a quoted "I" is anyone's, but here it refuses its own licence)?"""
    if (
        speaker is not None
        and speaker.concept == "own-voice"
        and _words_between(text, speaker.end, negation.start) == 0
    ):
        return True
    return text[max(0, negation.start - 2) : negation.start] == "I "


def _refused_passive(hits: Sequence[Hit], text: str) -> set[int]:
    """ "No licence is granted for …", "No permission will be granted", "Aucune licence n'est
    concédée", "Tiada lesen diberikan", "Der gives ingen tilladelse": a negation right before
    the route, and a verb of granting right after the route (auxiliaries between) or right
    before the negation: the way to permission is what is refused, none is offered."""
    spans = list({(h.start, h.end): h for h in hits}.values())  # one reading per word
    refused = set()
    for k in range(1, len(spans)):
        route, negation = spans[k], spans[k - 1]
        if not (
            route.concept.startswith("route:")
            and _negating(negation)
            and _near(text, negation, route)
        ):
            continue
        after = spans[k + 1] if k + 1 < len(spans) else None
        before = spans[k - 2] if k >= 2 else None
        if (
            after is not None
            and after.concept == "grant"
            and len(text[route.end : after.start].split()) <= _AUXILIARIES
        ) or (before is not None and before.concept == "grant" and _near(text, before, negation)):
            refused.add(route.start)
    return refused


_AUXILIARIES = 2  # "No permission will be granted": words between the route and its verb


def _refused_after_dash(hits: Sequence[Hit], text: str, start: int, end: int) -> set[int]:
    """ "Please don't use my photos to train AI – I do not give permission for that", "… –
    za to ne dajem dovoljenja": after a spaced dash, a negation opening what follows (a
    subject at most before it) and a way to permission a word on, no use between: the
    publisher refuses it ("– not without permission" is a way: see `_after_privative`)."""
    dashes = list(_SPACED_DASH.finditer(text, start, end))
    if not dashes:
        return set()
    at = dashes[-1].end()
    after = [h for h in hits if h.start >= at]
    negation = next((h for h in after if _negating(h)), None)
    if negation is None or len(text[at : negation.start].split()) > _DASH_OPENING:
        return set()
    for hit in after:
        if hit.start <= negation.start:
            continue
        if hit.concept.startswith("action:") or hit.concept in _PREDICATES:
            return set()
        if hit.concept.startswith("route:"):
            near = len(text[negation.end : hit.start].split()) <= _REFUSAL_VERB
            return {hit.start} if near else set()
    return set()


_SPACED_DASH = re.compile(r"\s[-–—]\s")
_DASH_OPENING = 3  # words before the negation after a dash ("dafür gebe ich keine …")
_REFUSAL_VERB = 3  # words between a negation and the route it refuses ("не даю на это")


def _refused_after(hits: Sequence[Hit], text: str, end: int) -> set[int]:
    """ "Lizenzen hierfür vergeben wir nicht.": a route, a few words, and a negator that ends
    the clause ("ohne Lizenz nicht gestattet" goes on to its predicate; "許可なく転載…" to its
    use); or a granting verb its negation is written onto ("Licencijų … nesuteikiame")."""
    last = hits[-1]
    if text[_word_end(text, last.end) : end].strip(" \t.!。;,"):
        return set()
    fused = last.concept == "grant" and len(hits) > 1 and hits[-2].end == last.start
    if fused:
        last = hits[-2]  # the prefix read as a negator ("ne" + "suteikiame")
    if last.concept != "negator":
        return set()
    routes = [h for h in hits[:-1] if h.concept.startswith("route:")]
    if not routes:
        return set()
    route = routes[-1]
    between = [h for h in hits if route.end <= h.start < last.start]
    # (a verb of granting there is the refusal's own: "Licenties verlenen wij niet"; a use
    # between is what the route is for when the granting verb itself is negated)
    if any(
        (h.concept.startswith("action:") and not fused)
        or (h.concept in _PREDICATES and h.concept != "grant")
        for h in between
    ):
        return set()
    if len(text[_word_end(text, route.end) : last.start].split()) > _REFUSAL_GAP:
        return set()
    return {route.start}


_REFUSAL_GAP = 4  # words between a route and the negator that refuses it at the clause's end


def _opening(text: str, clause: Clause, negation: Hit) -> bool:
    """Does the negation open a main clause, a subject at most before it ("Ich gebe keine
    Zustimmung", "Я не даю согласия")? (In a condition, "nếu chưa được cấp phép", if not
    yet licensed, the negated way is the one asked for.)"""
    if clause.connective in ("condition", "exception"):
        return False
    return len(text[clause.start : negation.start].split()) <= _OPENING_WORDS


_OPENING_WORDS = 2


def _near(text: str, first: Hit, second: Hit) -> bool:
    """At most one word between two hits."""
    return len(text[first.end : second.start].split()) <= 1


def _undertakes_a_ban(clause: Clause, text: str, privatives: frozenset[str]) -> bool:
    """ "Naudotojas įsipareigoja nenaudoti robotų", "Uživatel se zavazuje nekopírovat obsah":
    a `require` term beside a ban word of its own clause, no way to permission named, is the
    undertaking that frames the ban; it asks for nothing. After "without" ("بدون کسب مجوز
    ممنوع", forbidden without obtaining permission) it is the way to permission."""
    if not any(h.concept == "restrict" for h in clause.hits):
        return False
    return not any(
        h.concept == "require" and _follows_privative(clause, text, h.start, privatives)
        for h in clause.hits
    )


def _a_duty_of_the_reader(clause: Clause, text: str) -> bool:
    """Is the clause's need a modal right after the pronoun it addresses ("Du skal", "Du
    ska", "Вы должны"), naming no way to permission? Then it tells the reader what to do,
    as a job ad or a guide does; "Use for AI requires …" needs the page's consent."""
    hits = clause.hits
    need = next((k for k, h in enumerate(hits) if h.concept == "require"), None)
    if need is None or need == 0 or clause.routes:
        return False
    subject = hits[need - 1]
    return (
        subject.concept == "own-voice"
        and subject.end <= hits[need].start
        and not text[subject.end : hits[need].start].strip()
    )


def _asks_for_something(clause: Clause) -> bool:
    """A `require` term that is not a purpose limit: "Nutzung nur für redaktionelle Zwecke"
    (its "für" binds a purpose) asks for no permission, "bedarf der Zustimmung" does."""
    bindings = [h for h in clause.hits if h.concept == "binding"]
    return any(
        h.concept == "require" and not any(b.start < h.end and h.start < b.end for b in bindings)
        for h in clause.hits
    )


def _routes_bound_to_one_action(
    clause: Clause, text: str = "", privatives: frozenset[str] = frozenset()
) -> set[str] | None:
    """Purposes of the actions that every route term of the clause sits right before
    ("unauthorised reproduction", "izinsiz kopyalanamaz": a stem's word ends where the
    word does), or None when some route stands on its own. A route after "without" ("om
    zonder onze toestemming … te verzamelen, of … te gebruiken") is a phrase of the whole
    clause, not an attribute of the next act."""
    routes = [h for h in clause.hits if h.concept.startswith("route:")]
    actions = [h for h in clause.hits if h.concept.startswith("action:")]
    if not routes:
        return None
    if _after_privative(clause, text, privatives):
        return None
    bound: set[str] = set()
    actions.sort(key=lambda a: a.start)
    stops = sorted(
        h.start for h in clause.hits if h.concept in _PREDICATES or h.concept.startswith("route:")
    )
    starts = [a.start for a in actions]
    for route in routes:
        end = _word_end(text, route.end)
        next_to = actions[bisect_left(starts, end) : bisect_right(starts, end + 1)]
        if not next_to:
            return None
        for action in [*next_to, *_listed_after(next_to[-1], actions, starts, stops, text)]:
            bound |= ACTIONS[action.concept[7:]]
    return bound


def _listed_after(
    first: Hit, actions: list[Hit], starts: list[int], stops: list[int], text: str
) -> list[Hit]:
    """The actions listed after `first` with list marks, up to the predicate, the next
    route or the end of the sentence ("無断転載・複製・生成AIへの学習利用等を禁じます"): a
    route bound to a list's first item is bound to all of them. `actions` by start."""
    k = bisect_right(stops, first.end)
    limit = stops[k] if k < len(stops) else len(text)
    final = _FINAL_MARK.search(text, first.end, limit)
    if final is not None:
        limit = final.start()
    mark = _LIST_MARK.search(text, first.end, limit)
    if mark is None:
        return []
    return actions[bisect_right(starts, mark.start()) : bisect_left(starts, limit)]


_LIST_MARK = re.compile("[・、·]")  # marks that list words (CJK, Korean)
_FINAL_MARK = re.compile("[。！？；.;!?]")


_WORD_MAX = 40  # a word longer than this is no word


def _word_end(text: str, at: int) -> int:
    """The end of the word that goes on at `at` (a stem's match ends inside its word)."""
    end = at
    limit = min(len(text), at + _WORD_MAX)
    while (
        end < limit
        and (text[end].isalnum() or unicodedata.category(text[end])[0] == "M")
        and not unspaced(text[end])
    ):
        end += 1
    return end


def _word_start(text: str, at: int) -> int:
    """The start of the word `at` stands in (a suffix's match starts inside its word)."""
    start = at
    limit = max(0, at - _WORD_MAX)
    while (
        start > limit
        and (text[start - 1].isalnum() or unicodedata.category(text[start - 1])[0] == "M")
        and not unspaced(text[start - 1])
    ):
        start -= 1
    return start


def _grant(
    reading: BlockReading,
    clause: Clause,
    purposes: set[str],
    clauses: list[Clause],
    i: int,
    text: str = "",
    privatives: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
    inclusives: frozenset[str] = frozenset(),
) -> None:
    if _unless_reserved(clause, clauses):
        return
    conditions = {r for r in clause.routes} - _granted_routes(clause, text)
    conditions -= _waived_by_privative(clause, text, privatives)
    conditions -= _commerce_included(clause, text, inclusives)
    conditions -= _either_way(clause, text, coordinators)
    for other in clauses[i + 1 :]:
        if (
            other.connective == "contrast"
            and other.polarity is None
            and other.routes
            and other.routes <= REUSE_ROUTES
            and not other.actions - {"use"}
        ):
            # "A receptet szívesen megoszthatod, de kérlek, linkeld be forrásként": a
            # condition of reuse asked after "but" is the grant's condition.
            conditions |= other.routes
            other.notes.append("condition of the grant")
    for other in clauses:
        if other is not clause and other.connective == "condition" and other.polarity is None:
            # "may be used ... provided they:" — a condition is set even when unnamed; one
            # before the grant counts as well ("If you credit us, you may republish",
            # "kaynak gösterilmek şartıyla alıntılanabilir").
            if clauses.index(other) < i and not other.routes:
                continue  # "If you like the article, you may share it": no condition of reuse
            conditions |= other.routes or {"permission"}
            other.notes.append("condition of the grant")
    if clause.licences:
        conditions -= set(_PERMISSION_FAMILY)  # "licensed under CC BY" names the licence
    for licence in clause.licences:
        if licence != "public-domain":
            conditions |= set(licence.split("+")) - {"software"}
    verdict = "conditional" if conditions else "allow"
    # Only a grant on conditions of reuse qualifies a ban of the rest; an open licence does
    # not outweigh a ban on AI training.
    on_conditions = verdict == "conditional" and not clause.licences
    for purpose in sorted(purposes):
        _add(
            reading,
            purpose,
            verdict,
            merge_routes(conditions),
            clause.hits,
            on_conditions,
            grant=True,
        )


def _either_way(clause: Clause, text: str, coordinators: frozenset[str]) -> set[str]:
    """ "for any purpose, commercial or non-commercial", "kommerziell oder nicht-kommerziell",
    "в коммерческих и некоммерческих целях": a condition coordinated with the word it
    negates is no condition. That word is the condition's own term without its negation (a
    word before it, or a prefix of at most three letters), inflected at most."""
    out: set[str] = set()
    for hit in clause.hits:
        if not hit.concept.startswith("route:") or not coordinators:
            continue
        before = text[max(clause.start, hit.start - _EITHER_REACH) : hit.start].split()
        after = text[hit.end : hit.end + _EITHER_REACH].split()
        pairs = (before[-2:], after[:2])
        for pair in pairs:
            if len(pair) != 2:
                continue
            word, coordinator = (pair[0], pair[1]) if pair is pairs[0] else (pair[1], pair[0])
            if fold_text(coordinator) in coordinators and _opposite(fold_text(word), hit.term):
                out.add(hit.concept[6:])
    if out:
        clause.notes.append("a condition coordinated with its opposite: none")
    return out


def _opposite(word: str, term: str) -> bool:
    """Is `word` the term without its negation: "commercial" of "non-commercial",
    "comerciales" of "no comercial", "коммерческих" of "некоммерческ"?"""
    word = word.strip(",;:.()")
    words = re.split(r"[\s-]", term.strip(" *"))
    last = words[-1]
    for cut in range(0 if len(words) > 1 else 2, _EITHER_PREFIX + 1):
        stem = last[cut:]
        shared = next(
            (i for i, (a, b) in enumerate(zip(word, stem, strict=False)) if a != b),
            min(len(word), len(stem)),
        )
        if shared >= max(_EITHER_WORD, len(stem) - 2):
            return True
    return False


_EITHER_PREFIX = 3  # letters of a negating prefix ("не", "ne", "nie", "un")
_EITHER_REACH = 40  # characters around a condition looked at for "commercial or"
_EITHER_WORD = 5  # letters at least of the opposite word ("commercial", "comercial")


def _unless_reserved(clause: Clause, clauses: list[Clause]) -> bool:
    """ "Mining is permitted if the author has not prohibited it", "lubatud, kui autor ei ole
    seda keelanud": a permission that holds until someone else forbids or reserves the use
    is the law's exception explained, not the publisher's grant (a publisher grants what
    it grants; it does not make its grant wait on its own ban). A condition on the reader's
    own conduct ("provided you do not modify them": an act, or the reader addressed) is a
    condition of the grant."""
    for other in clauses:
        concepts = {h.concept for h in other.hits}
        if (
            other is not clause
            and other.connective == "condition"
            and other.polarity is None
            and "restrict" in concepts
            and "own-voice" not in concepts
            and not any(c.startswith(("action:", "route:")) for c in concepts - {"action:use"})
        ):
            clause.notes.append("a permission until someone forbids it: the law's, no grant")
            return True
    return False


def _commerce_included(clause: Clause, text: str, inclusives: frozenset[str]) -> set[str]:
    """ "You may copy … and use the data, including for commercial purposes": a commercial
    use named among what a grant includes is granted too, no condition to keep to."""
    if not inclusives or "non-commercial" not in clause.routes:
        return set()
    # the inclusive right before it, or one word before that ("including for", "auch für")
    if not all(
        _after_inclusive(text, h.start, inclusives, skip=1)
        for h in clause.hits
        if h.concept == "route:non-commercial"
    ):
        return set()
    clause.notes.append("a commercial use the grant includes: no condition")
    return {"non-commercial"}


def _waived_by_privative(clause: Clause, text: str, privatives: frozenset[str]) -> set[str]:
    """ "You may republish these texts without asking for permission", "Puedes republicar
    sin pedir permiso", "可无需许可转载": in a grant, a way to permission (or a credit) after
    "without", or before a postposed one ("engedély nélkül"), is none to meet; so is a
    payment ("… without payment": free of charge). A condition named with "without"
    ("without modification") stays one. A need right after "without" is the waiver's own
    ("senza necessità di autorizzazione"); any other requirement keeps every route."""
    if (
        not privatives
        or not text
        or any(
            h.concept == "require" and not _need_after_privative(clause, text, h.start, privatives)
            for h in clause.hits
        )
    ):
        return set()
    waived: set[str] = set()
    kept: set[str] = set()
    first_grant = min((h.start for h in clause.hits if h.concept == "grant"), default=None)
    for route in clause.hits:
        name = route.concept[6:]
        if not route.concept.startswith("route:") or name not in _WAIVABLE:
            continue
        before = fold_text(text[max(clause.start, route.start - _PRIVATIVE_REACH) : route.end])
        after = fold_text(text[route.end : min(clause.end, route.end + _PRIVATIVE_REACH)])
        # (where words take no spaces, "无需许可", "許可なしで": right beside the route)
        beside_before = "".join(before[: len(before) - (route.end - route.start)].split())
        beside_after = "".join(after.split())
        # "Without such a licence, neither use is permitted": a "without" fronted before the
        # grant sets a condition; only one after it says how the granted act may be done
        # (a postposed one, "engedély nélkül átvehető", may come first).
        granted_before = first_grant is not None and first_grant < route.start
        prepositional = granted_before and (
            _names_privative(before.split()[-_PRIVATIVE_WORDS - 1 :], privatives)
            or any(beside_before.endswith(p) for p in privatives)
        )
        postposed = _names_privative(after.split()[:2], privatives, at_start=True) or any(
            beside_after.startswith(p) for p in privatives
        )
        if prepositional or postposed:
            waived.add(name)
        else:
            kept.add(name)
    if waived - kept:
        clause.notes.append("a way to permission after 'without': none needed")
    return waived - kept


_WAIVABLE = frozenset({*_PERMISSION_FAMILY, "attribution", "payment"})  # "… without payment": free
_PRIVATIVE_WORDS = 3  # "without asking us for permission": words between
_PRIVATIVE_REACH = 60  # characters looked at on each side of the route


def _granted_routes(clause: Clause, text: str) -> set[str]:
    """ "Permission is granted to search engines", "We grant permission", "Se concede
    permiso": a permission right beside the grant is what is granted, not a condition."""
    if any(h.concept == "require" for h in clause.hits):
        return set()  # "nur mit unserer Zustimmung zulässig": allowed only with it
    grant_ends = {h.end for h in clause.hits if h.concept == "grant"}
    grant_starts = {h.start for h in clause.hits if h.concept == "grant"}
    framing = [h.end for h in clause.hits if h.concept == "binding"]
    out: set[str] = set()
    for route in clause.hits:
        name = route.concept[6:]
        if not route.concept.startswith("route:") or name not in _PERMISSION_FAMILY:
            continue
        if any(0 <= route.start - end <= _FRAME_GAP for end in framing):
            continue  # "im Rahmen ihres Abonnements gestattet": the frame of the grant
        # Only a grant right beside it: a gap of an elided article at most.
        before = (
            end for end in range(route.start - _ARTICLE_MAX, route.start + 1) if end in grant_ends
        )
        after = (
            start
            for start in range(route.end, route.end + _ARTICLE_MAX + 1)
            if start in grant_starts
        )
        if any(_article_at_most(text[end : route.start]) for end in before) or any(
            _article_at_most(text[route.end : start]) for start in after
        ):
            out.add(name)
    if out:
        clause.notes.append("the permission is what is granted, not a condition")
    return out


_ARTICLE_MAX = 5  # " l' " between a grant and its permission
_FRAME_GAP = 8  # characters between "im Rahmen", "under" and the licence it names ("ihres ")


def _article_at_most(gap: str) -> bool:
    """Nothing, or an elided article ("l'"), between two terms: "mit", "na", "with" are
    words of their own ("erlaubt mit Genehmigung" keeps its condition)."""
    words = gap.split()
    return not words or (len(words) == 1 and len(words[0]) <= 3 and words[0][-1] in "'’")


def procedure_after(
    readings: Sequence[BlockReading], procedures: dict[int, set[str]], blocks: Sequence[Block]
) -> None:
    """ "No autorizamos: • … • … / Si desea licenciar nuestros contenidos para estos usos,
    escriba a …": a procedure block right after a ban (or after the list a lead-in opens)
    makes that ban conditional on its way to permission, unless an override keeps it."""
    if not procedures:
        return
    items: dict[int, list[int]] = {}  # lead-in -> its items
    for i, block in enumerate(blocks):
        if block.lead_in is not None:
            items.setdefault(block.lead_in, []).append(i)
    by_index = {reading.index: reading for reading in readings}
    for index, routes in procedures.items():
        before = blocks[index - 1]
        unit = [index - 1]
        if before.lead_in is not None:  # the whole list and its lead-in
            unit = [before.lead_in, *items[before.lead_in]]
        for reading in filter(None, map(by_index.get, unit)):
            overridden = any(
                h.concept == "override" for s in reading.clauses for c in s for h in c.hits
            )
            if reading.voice != "own" or overridden:
                continue
            for purpose, effect in reading.effects.items():
                if effect.verdict == "deny":
                    _route_ban(
                        reading,
                        purpose,
                        effect,
                        effect.conditions | routes,
                        "route from the procedure after it",
                    )


def _override_refuses_routes(clauses: Sequence[Clause], text: str) -> bool:
    """ "regardless of any licence", "ungeachtet einer Lizenz", "Lisansa bakılmaksızın": an
    override right beside a way to permission refuses it; "under no circumstances … without
    a licence", "lisans satın alınmadan hiçbir şekilde kullanılamaz" (a manner, the way to
    permission further off) leaves it. Without the text, every override refuses."""
    hits = [h for c in clauses for h in c.hits]
    overrides = [h for h in hits if h.concept == "override"]
    routes = [h for h in hits if h.concept.startswith("route:")]
    if not text:
        return True
    return any(
        (o.end <= r.start and len(text[o.end : r.start].split()) <= _OVERRIDE_REACH)
        or (r.end <= o.start and len(text[r.end : o.start].split()) <= 1)
        for o in overrides[:_BINDINGS_MAX]
        for r in routes[:_BINDINGS_MAX]
    )


_OVERRIDE_REACH = 2  # words between an override and the way to permission it refuses


def _absolute(reading: BlockReading) -> bool:
    """ "even with permission", "regardless of any licence": an override that speaks of a
    way to permission keeps the block's ban absolute ("regardless of whether for profit"
    does not)."""
    return any(
        any(h.concept == "override" for c in sentence for h in c.hits)
        and any(c.routes & set(_PERMISSION_FAMILY) for c in sentence)
        for sentence in reading.clauses
    )


def share_routes(readings: Sequence[BlockReading], disabled: frozenset[str]) -> None:
    """One notice, one procedure: a ban on a use that another block of the same page makes
    conditional on permission ("Use of AMI's works requires prior written authorisation")
    is conditional on that permission too — unless its own block keeps it absolute."""
    if "route" in disabled:
        return
    routes: dict[str, set[str]] = {}
    any_use: set[str] = set()
    granted: dict[str, set[str]] = {}  # a grant's conditions of reuse (republication's)
    reused: dict[str, set[str]] = {}  # the same of every grant, on conditions or not
    for reading in readings:
        if reading.voice != "own":
            continue
        any_use |= reading.any_use_routes
        for purpose, effect in reading.effects.items():
            family = effect.conditions & set(_PERMISSION_FAMILY)
            if effect.verdict == "conditional" and family:
                routes.setdefault(purpose, set()).update(family)
            if effect.granted and effect.verdict == "conditional" and purpose == "republish":
                granted.setdefault(purpose, set()).update(effect.conditions & REUSE_ROUTES)
            if _reuse_granted(effect):
                reused.setdefault(purpose, set()).update(effect.conditions & REUSE_ROUTES)
    for reading in readings:
        if reading.voice != "own" or _absolute(reading):
            continue
        for purpose, effect in reading.effects.items():
            if effect.verdict == "deny" and effect.manner and purpose in reused:
                # "You may republish our stories." / "• You may not edit them": the
                # manners banned are conditions of the grant in the other block.
                conditions = reused[purpose] | effect.manner
                _route_ban(reading, purpose, effect, conditions, "a manner of a grant elsewhere")
                continue
            if effect.verdict == "deny" and granted.get(purpose):
                # "You may quote short extracts with a link. You may not: • republish full
                # articles": the ban is the rest; the use is allowed on the grant's
                # conditions (as within one block, see `_add`).
                _route_ban(
                    reading, purpose, effect, granted[purpose], "the rest of a grant elsewhere"
                )
                continue
            # A ban stated in its own words on one use keeps it from a route set on any use
            # ("No AI training. Any use requires a licence."); an item of a general ban
            # ("This prohibition includes use for: 1. TDM …") takes it.
            general = set() if purpose in reading.stated else any_use
            if effect.verdict == "deny" and (purpose in routes or general):
                conditions = routes.get(purpose, set()) | general
                _route_ban(
                    reading, purpose, effect, conditions, "route stated elsewhere in the notice"
                )


def _add(
    reading: BlockReading,
    purpose: str,
    verdict: str,
    conditions: set[str],
    hits: list[Hit],
    granted: bool = False,
    *,
    grant: bool = False,
    manner: frozenset[str] = frozenset(),
) -> None:
    if verdict == "conditional" and not granted and conditions & set(_PERMISSION_FAMILY):
        reading.asked_routes.setdefault(purpose, set()).update(conditions & set(_PERMISSION_FAMILY))
    current = reading.effects.get(purpose)
    if (
        current is not None
        and current.grant
        and current.verdict != "deny"
        and verdict == "conditional"
        and conditions
        and conditions <= REUSE_ROUTES
    ):
        # "Republish this story for free. You must credit us": a condition of reuse asked
        # beside a grant of it is the grant's condition.
        current.verdict, current.granted = "conditional", True
        current.conditions = merge_routes(current.conditions | conditions)
        return
    if current is not None and (current.manner or manner):
        merged = _granted_manner(
            current, Effect(verdict, set(conditions), list(hits), granted, grant, manner)
        )
        if merged is not None:
            reading.effects[purpose] = merged
            return
        if current.verdict == verdict == "deny":
            # a ban on manners stays one only beside bans on manners
            current.manner = current.manner | manner if current.manner and manner else frozenset()
    if (
        current is not None
        and {current.granted, granted} == {True, False}
        and "deny"
        in (
            verdict,
            current.verdict,
        )
    ):
        # "You may quote up to 50 words with attribution. Any other reproduction is
        # prohibited.": the ban is the rest; the use is allowed on the grant's conditions.
        if granted:
            reading.effects[purpose] = Effect(verdict, set(conditions), list(hits), True)
        return
    if current is None or _STRENGTH[verdict] > _STRENGTH[current.verdict]:
        manner = manner if verdict == "deny" else frozenset()
        reading.effects[purpose] = Effect(
            verdict, set(conditions), list(hits), granted, grant, manner
        )
    elif _STRENGTH[verdict] == _STRENGTH[current.verdict]:
        current.conditions |= conditions
        if len(current.hits) < _MARKED_MAX:  # hits only mark evidence: a few are enough
            known = set(current.hits)
            current.hits.extend(h for h in hits if h not in known)


def _reuse_granted(effect: Effect) -> bool:
    """Is the reuse allowed, on conditions or not: stated by a grant, or banned only
    without conditions of reuse ("No reposting without credit": reposting with credit is
    allowed)? A ban without permission grants nothing."""
    if effect.grant:
        return effect.verdict != "deny"
    return (
        effect.verdict == "conditional"
        and bool(effect.conditions)
        and (effect.conditions <= REUSE_ROUTES)
    )


def _granted_manner(one: Effect, other: Effect) -> Effect | None:
    """ "You may republish our stories. You may not edit them.": a grant and a ban on
    manners of the same reuse are one grant on their conditions (in either order); None
    when the two are not a grant and such a ban."""
    for grant, ban in ((one, other), (other, one)):
        if _reuse_granted(grant) and ban.verdict == "deny" and ban.manner:
            return Effect(
                "conditional",
                merge_routes(grant.conditions | ban.manner),
                grant.hits + [h for h in ban.hits if h not in grant.hits][:_MARKED_MAX],
                True,
                True,
            )
    return None
