"""Recognise a document's own notices: normalise → one automaton → segment → per-block
language → voice → composition → readings (and findings, built by the engine).

Composition runs only when the document has both a polarity term and an action or licence
term anywhere, so a plain article costs one automaton pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import reduce
from itertools import islice
from operator import attrgetter, itemgetter, or_
from typing import Any

from compliance.agents import lookup
from compliance.notices.compose import (
    FLANKED,
    FOOTER_BLOCK,
    PROCEDURES,
    QUOTE_PAIRS,
    BlockReading,
    Clause,
    Context,
    actions_of,
    asked_actions,
    compose_block,
    dateline,
    is_narrative,
    others_speak,
    polarity,
    procedure_after,
    purposes_of,
    routes_of,
    share_routes,
    speaks_as_others,
    voice_frame,
)
from compliance.notices.lexicon import (
    REUSE_CONCEPTS,
    STRUCTURE_WORDS,
    Capitals,
    Hit,
    LexiconSet,
    Match,
    Ranges,
    Readings,
    fold_text,
    unspaced,
)
from compliance.notices.segment import Block, segment, table_row

_CLOSING_BLOCKS = 3
_PROSE = 80  # a paragraph of prose, not a list item or a name
_PROSE_UNSPACED = 30  # the same in a script written without spaces (a character says more)
_CONCEPT = attrgetter("concept")
_POLARITY = ("restrict", "require", "grant", "negator")
InFooter = Callable[[int, int], bool]
Span = tuple[int, int]


@dataclass
class Recognition:
    """Readings of the blocks that say something, in original-text offsets."""

    text: str
    readings: list[BlockReading] = field(default_factory=list)
    languages: dict[int, list[str]] = field(default_factory=dict)  # block index -> languages
    blocks: list[Block] = field(default_factory=list)


def recognise(
    text: str,
    kind: str,
    lexicons: LexiconSet,
    *,
    in_footer: InFooter | None = None,
    disabled: frozenset[str] = frozenset(),
    trace: bool = False,
    agent_groups: Sequence[tuple[int, int, tuple[str, ...]]] = (),
    names: Sequence[tuple[int, int]] = (),
) -> Recognition:
    """What the document's own notices state, block by block. For robots.txt,
    `agent_groups`: the spans of comments inside one group with that group's product tokens;
    `names`: spans that name one of the file's agents ("ia_archiver" is no AI)."""
    result = Recognition(text)
    if not text:
        return result
    folded = fold_text(text)  # same length: hit offsets are offsets in `text`
    scan = lexicons.scan(folded)
    if not _may_state_something(scan.readings(), lexicons.shared, text, scan.readings):
        return result
    if names:
        spans = _disjoint(sorted(names))
        starts = [start for start, _ in spans]
        scan.drop(lambda start, end: _within(start, end, starts, spans))
    blocks = segment(text, kind, lexicons.abbreviations)
    result.blocks = blocks
    # Each block's matches for their readings alone (found when first asked for: a story's
    # paragraphs mostly never are); placed in the text where read.
    ranges: dict[int, Ranges] = {}
    block_matches: dict[int, list[Match]] = {}

    def ranges_of(index: int) -> Ranges:
        found = ranges.get(index)
        if found is None:
            found = ranges[index] = scan.ranges(blocks[index].start, blocks[index].end)
        return found

    def matches_of(index: int) -> list[Match]:
        found = block_matches.get(index)
        if found is None:
            found = block_matches[index] = scan.unplaced(ranges_of(index))
        return found

    doc_votes: list[dict[int, int]] = []  # computed once, when a block has too few words

    def document_votes() -> dict[int, int]:
        if not doc_votes:
            doc_votes.append(lexicons.votes(folded))
        return doc_votes[0]

    cache: dict[int, list[Hit]] = {}
    # (acronyms the text writes in lower case are no hits: left out as hits are placed)
    capitals = Capitals(text, folded, lexicons) if lexicons.acronyms else None

    def hits_of(index: int, *, routes: bool = False, others: bool = False) -> list[Hit]:
        """The block's hits in its languages, outside inline quotations (computed once, on
        first use: a news story's paragraphs mostly never need them). With `routes`, also
        for a block whose only notable words are routes (a procedure); with `others`, for
        one whose only cues are of others speaking (a story's paragraph: `first_voice`)."""
        found = cache.get(index)
        if found is not None and (found or not (routes or others)):
            return found
        matches = matches_of(index)
        block = blocks[index]
        if not matches or not (
            block.role in ("lead-in", "heading")
            or any(map(_NOTABLE, map(_READINGS, matches)))
            or (routes and any(map(_ROUTES, map(_READINGS, matches))))
            or (others and any(map(_OTHERS, map(_READINGS, matches))))
        ):
            found = []  # nothing a notice is made of: no language vote needed
        else:
            active = lexicons.languages(folded[block.start : block.end], matches, document_votes)
            result.languages[index] = list(map(lexicons.language_names.__getitem__, sorted(active)))
            hits = scan.block_hits(lexicons, ranges_of(index), frozenset(active), capitals)
            if lexicons.punctuated and not lexicons.punctuated.keys().isdisjoint(map(_TERM, hits)):
                marked = _marks_after(hits, text, lexicons.punctuated)
                if len(marked) < len(hits):
                    # (rare: a label's word without its mark, "comentarii defăimătoare")
                    unmarked = _unmarked_matches(scan.placed(ranges_of(index)), hits, marked)
                    hits = lexicons.block_hits(unmarked, frozenset(active))
                    if capitals is not None:
                        hits = capitals.keep(hits)
                    marked = _marks_after(hits, text, lexicons.punctuated)
                hits = marked
            found = _without_permit_numbers(
                _outside_quotes(hits, text, block.start, block.end), text
            )
        cache[index] = found
        return found

    footer = in_footer or (lambda _s, _e: False)
    holders: list[list[str]] = []  # found once, when a story's closing block asks

    def names_the_holder(index: int) -> bool:
        """Does a closing block of a story name the page's © holder ("Los contenidos de
        Agro Hoy no pueden …" over "© Agro Hoy Comunicación")? Then it is the page's note
        at the article's end, as a footer's line would be (as one naming a licence is:
        "Conteúdo publicado sob licença Creative Commons Atribuição 4.0")."""
        if not holders:
            holders.append(copyright_holders(text))
        block = blocks[index]
        return any(_names_whole(text, name, block.start, block.end) for name in holders[0])

    feet: dict[int, bool] = {}

    def at_footer(index: int) -> bool:
        if index not in feet:
            feet[index] = footer(blocks[index].start, blocks[index].end)
        return feet[index]

    first_cache: dict[int, tuple[str, dict[str, int], bool]] = {}

    def first_voice(index: int) -> tuple[str, dict[str, int], bool]:
        """A block's voice judged alone (no story context), and whether it is prose."""
        found = first_cache.get(index)
        if found is None:
            block = blocks[index]
            # (outside a story the footer does not change a voice: not asked for here)
            ctx = Context([], None, False, False, disabled)
            ctx.noun_capitals = lexicons.noun_capitals
            # (a block that states nothing can still be someone else speaking: a story's)
            hits = hits_of(index, others=True)
            languages = set(map(_LEXICON, hits))
            ctx.complementizers = lexicons.structure_words("complementizers", languages)
            ctx.coordinators = lexicons.structure_words("coordinators", languages)
            ctx.locatives = lexicons.structure_words("locatives", languages)
            ctx.second_person = lexicons.structure_words("second_person", languages)
            ctx.quantifiers = lexicons.structure_words("quantifiers", languages)
            ctx.inclusives = lexicons.structure_words("inclusives", languages)
            voice, cues = voice_frame(hits, text[block.start : block.end], block, ctx)
            prose = _is_prose(block, text)
            found = first_cache[index] = (voice, cues, prose)
        return found

    first_prose = _first_prose(blocks, text)  # (len(blocks) when the page has none)

    def opens_as_story() -> bool:
        """The first paragraph of prose reads as reported or about others, told without its
        voice frame (what `is_narrative` would find first: a story)."""
        if first_prose == len(blocks):
            return False
        block = blocks[first_prose]
        hits = hits_of(first_prose, others=True)
        ctx = Context([], None, False, False, disabled)  # as `first_voice` frames it
        ctx.noun_capitals = lexicons.noun_capitals
        languages = set(map(_LEXICON, hits))
        ctx.locatives = lexicons.structure_words("locatives", languages)
        ctx.quantifiers = lexicons.structure_words("quantifiers", languages)
        return speaks_as_others(hits, text[block.start : block.end], block, ctx)

    _law_articles(blocks, text, matches_of)

    # First pass: the voices of the blocks, to tell a news story from a notice page (as far
    # as it takes to know).
    def titled_as_terms() -> bool:
        """A title in the page's own voice over its first prose ("Conditions de reprise des
        dépêches", "Nutzungsbedingungen"): a notice page, however its text speaks of the
        publisher ("Les dépêches de l'agence sont réservées à ses clients"). A pronoun
        ("What you need to know", "Ce que nous savons") titles stories too: only a name of
        the page's terms counts, and only in a title that states nothing ("Ledger Group
        blocks AI crawlers, rewrites terms of use" is a headline about someone's terms)."""
        for index, block in enumerate(blocks[:first_prose]):
            if (
                block.role == "heading"
                # (read only where some match may be own-voice: a story's headline has none)
                and any(map(_OWN_VOICE, map(_READINGS, matches_of(index))))
                and any(
                    h.concept == "own-voice" and len(h.term) >= _TERMS_TITLE for h in hits_of(index)
                )
                and not any(h.concept in _STATING_ONLY for h in hits_of(index))
            ):
                return True
        return False

    narrative = (
        "voice" not in disabled
        and not titled_as_terms()
        and (opens_as_story() or is_narrative(text, _LazyVoices(first_voice, len(blocks))))
    )
    # One context to rule out a story's paragraphs with (its structure words set per block).
    others_ctx = Context([], None, True, True, disabled)
    others_ctx.head_final = lexicons.head_final
    others_ctx.noun_capitals = lexicons.noun_capitals

    def others_in(index: int, hits: Sequence[Hit]) -> bool:
        """`others_speak` of a block with its hits: no voice frame of it (its first one, for
        a procedure, or its full one) reads the page's own voice, so it states nothing and
        names no procedure of the page's."""
        block = blocks[index]
        languages = set(map(_LEXICON, hits))
        others_ctx.locatives = lexicons.structure_words("locatives", languages)
        others_ctx.quantifiers = lexicons.structure_words("quantifiers", languages)
        return others_speak(hits, text[block.start : block.end], block, others_ctx)

    # A notice page (not a story) where the publisher speaks as itself: one word about
    # "websites" or "publishers" in another of its blocks is about its own sites.
    notice_page = not narrative and any(
        first_voice(i)[0] == "own" and first_voice(i)[1]["own-voice"] for i in range(len(blocks))
    )
    # (never the story's first block: a short story's lede is no footer)
    closing = _closing_start(blocks, text)  # the index of the first closing block
    head_final = lexicons.head_final
    addressed: dict[int, list[tuple[int, Hit]]] = {}
    sections: dict[int, list[int]] = {}  # heading -> the blocks under it that name an addressee
    for i, other in enumerate(blocks):
        if other.heading is not None and any("addressee" in m[2].concepts for m in matches_of(i)):
            sections.setdefault(other.heading, []).append(i)

    def addressees(heading: int, index: int) -> list[Hit]:
        """A section that addresses AI companies does so for its paragraphs from the address
        on: "Und an die KI-Firmen: Finger weg" after a blog's grant to quote addresses no
        grant before it."""
        if heading not in addressed:
            addressed[heading] = [
                (i, h)
                for i in sections.get(heading, [])
                for h in hits_of(i)
                if h.concept == "addressee"
            ]
        return [h for i, h in addressed[heading] if i <= index]

    procedures: dict[int, set[str]] = {}  # blocks that only say how to ask, their routes
    tails: dict[int, list[Hit]] = {}  # lead-in -> the route hits of its list's tail

    def tail_of(lead_in: int) -> list[Hit]:
        if lead_in not in tails:
            tails[lead_in] = _list_tail(blocks, hits_of, lead_in, text)
        return tails[lead_in]

    def note_procedure(index: int, hits: Sequence[Hit], voice: str | None = None) -> None:
        """Remember a block after the first that only says how to ask (`_procedure`). A
        list item is one of the list's acts, not a way to permission for the items before
        it ("• republishing articles without the editor's consent": its act unread)."""
        is_item = blocks[index].role == "item" and blocks[index].lead_in is not None

        # The voice (the block's first voice when not given) is judged only if needed.
        def judged() -> str:
            return voice if voice is not None else first_voice(index)[0]

        routes = _procedure(hits, judged, disabled) if index > 0 and not is_item else set()
        if routes and _only_a_link_label(text, blocks[index], hits):
            return  # "联系我们 · © 2025", "お問い合わせ": a footer's link, no procedure
        if routes:
            procedures[index] = routes

    def passed_over(index: int, why: str) -> None:
        """`explain` shows a block the fast paths pass over, and why: tracing must not
        change what is read, so it reads no more than a check does."""
        if trace:
            reading = BlockReading(blocks[index], index=index)
            reading.voice = first_voice(index)[0]
            reading.notes.append(why)
            result.readings.append(reading)

    own_voice = _by_block(scan.own_voice_in(0, len(text)), blocks) if narrative else {}
    # A story's credit lines, opening with their ©, wherever they stand: a wire's "Copyright
    # 2026 Continental Press. All rights reserved. This material may not be …"
    credits = (
        {
            i
            for i, b in enumerate(blocks)
            # (a block's first letter tells first: most open with none of a © line's)
            if text[b.start : b.start + 1] in _COPYRIGHT_FIRST
            and _COPYRIGHT_LINE.match(text, b.start)
        }
        if narrative
        else set()
    )
    if narrative and not trace:
        # A story's other paragraphs without a word of the publisher's own are passed over
        # unseen (as below): only the rest are visited, in order.
        read: Iterable[int] = sorted({*own_voice, *credits, *range(closing, len(blocks))})
    else:
        read = range(len(blocks))
    # (a story's headline: the headings before its first paragraph of prose, if it has one)
    headlines = first_prose if narrative and first_prose < len(blocks) else 0
    for index in read:
        block = blocks[index]
        # In a news story only its closing blocks can be the page's footer notice (never
        # the one its dateline opens: "Київ, 1 грудня. …" is the lede of a short story).
        at_foot = (
            ((not narrative or index >= closing) or index in credits)
            and (
                at_footer(index)
                or (
                    narrative
                    and (
                        names_the_holder(index)
                        or any(map(_LICENCE, map(_READINGS, matches_of(index))))
                    )
                )
            )
            and not (narrative and dateline(text[block.start : block.end]))
        )
        if index < headlines and index < closing and block.role == "heading":
            # "Ledger Group blocks AI crawlers, rewrites terms of use" over a story: its
            # headline tells the story (whatever words of terms it names)
            passed_over(index, "a news story's headline: it tells the story")
            continue
        if (
            narrative
            and not (at_foot and block.end - block.start <= FOOTER_BLOCK)
            and (
                index not in own_voice  # (most of a story's paragraphs: no call)
                or not _own_voice_outside_quotes(own_voice[index], text, block.start, block.end)
            )
        ):
            # a story's paragraph with no word of the publisher's own: not its notice
            if trace:
                passed_over(index, "a news story's paragraph without the publisher's own words")
            continue
        if (
            not any(map(_MAY_STATE, map(_READINGS, matches_of(index))))
            and not _asked_with_a_way(block, text, matches_of(index))
            and block.lead_in is None
            and not (block.role == "item" and block.heading is not None)
            and not (
                # "| Republishing | With written permission |": a row's status cell may be
                # a way to permission alone
                _is_row(text, block) and any(m[2].routes for m in matches_of(index))
            )
        ):
            if index > 0 and any(map(_ROUTES, map(_READINGS, matches_of(index)))):
                note_procedure(index, hits_of(index, routes=True))
            # no lexicon reads a predicate or a licence here, and nothing lends one
            passed_over(index, "no word states a rule here")
            continue
        block_hits = hits_of(index)
        if (
            block.role == "lead-in"
            # (its own ban words, unless what it introduces is code: "Paste a block like
            # this at the end of the file:" over robots.txt lines speaks of them)
            and (
                _BANNING.isdisjoint(map(_CONCEPT, block_hits))
                or (index + 1 < len(blocks) and first_voice(index + 1)[0] == "code")
            )
            and _introduces_a_quotation(index, blocks, first_voice)
        ):
            # "إليك نموذجاً يمكنك نسخه …:" over a quoted notice: "you can copy it" is about
            # the sample that follows, nothing of the page's granted (a ban it states stays)
            passed_over(index, "a lead-in to a quotation or a sample: it introduces it")
            continue
        if block.role == "heading" and (
            not _states_use(block_hits) or _gerund_title(block_hits, text, block.start)
        ):
            passed_over(index, "a title: it scopes the blocks under it, states nothing itself")
            continue
        if narrative and others_in(index, block_hits):
            # a story's paragraph (its closing ones could be a footer) in others' voice
            passed_over(index, "a news story's paragraph where others speak, not the publisher")
            continue
        concepts = set(map(_CONCEPT, block_hits))
        has_polarity = (
            not concepts.isdisjoint(_POLARITY)
            or any(c.startswith("licence:") for c in concepts)
            or not concepts.isdisjoint(REUSE_CONCEPTS)  # "转载请注明出处"
            or (  # a table row's status cell naming only a way to permission
                any(c.startswith("route:") for c in concepts) and _is_row(text, block)
            )
            or (  # "Vill du använda mina texter …? Hör av dig först": asked, then a way
                not concepts.isdisjoint(_ASKING_ROUTES)
                and any(c.startswith("action:") for c in concepts)
                and (
                    "condition" in concepts  # ("If you want to republish it, ask first")
                    or _QUESTION_MARK.search(text, block.start, block.end) is not None
                )
            )
        )
        lead = _lead_in_clause(blocks, hits_of, block, text, disabled, tail_of)
        if not has_polarity and not (lead is not None and lead.polarity):
            if index > 0 and any(h.concept.startswith("route:") for h in block_hits):
                note_procedure(index, block_hits)
            passed_over(index, "no polarity here, nor in a lead-in")
            continue
        heading = block.heading
        if narrative and heading is not None and heading < headlines:
            heading = None  # a story's headline tells the story: it lends its paragraphs no uses
        heading_hits = hits_of(heading) if heading is not None else []
        ctx = Context(heading_hits, lead, at_foot, narrative, disabled)
        ctx.head_final = head_final
        ctx.noun_capitals = lexicons.noun_capitals
        ctx.privative_routes = lexicons.privative_routes
        ctx.manners = lexicons.manners
        ctx.negating_overrides = lexicons.negating_overrides
        languages = {h.lexicon for h in block_hits}
        for name in STRUCTURE_WORDS:
            setattr(ctx, name, lexicons.structure_words(name, languages))
        ctx.lead_is_heading = lead is not None and block.lead_in is None
        if _answers_no(index, blocks, block_hits, text):
            # an answer under a question of permission: "Can I use your articles to train
            # AI?" / "No." ("Do you use my data to train AI?" / "No." asks of a practice)
            # (what the question itself asks: the block's last sentence, not an example
            # quoted before it: "… pvz.: „Draudžiama naudoti …“ Ar turiu registruotis?")
            previous = blocks[index - 1].sentences
            asked_from = previous[-1].start if previous else blocks[index - 1].start
            asked = [h for h in hits_of(index - 1) if h.start >= asked_from]
            if any(h.concept == "grant" for h in asked):
                ctx.asked = asked_actions(asked)
        if block.heading is not None:
            ctx.section_addressees = addressees(block.heading, index)
        reading = BlockReading(block, index=index)
        reading.voice, reading.cues = voice_frame(
            block_hits, text[block.start : block.end], block, ctx
        )
        if (
            reading.voice == "discussion"
            and reading.cues["discussion"] == 1
            and not reading.cues["reported"]
        ):
            if notice_page:
                reading.voice = "own"
                reading.notes.append("one word about others on the publisher's notice page: own")
            elif _item_of_own_ban(block, lead, first_voice):
                # "Untersagt ist: – die Übernahme … auf andere Websites": what is banned.
                reading.voice = "own"
                reading.notes.append("one word about others in an item of the page's own ban")
        if block.lead_in is not None and reading.voice == "own":
            # "Insert a clause such as:" introduces a sample, "The spokesman said:" others'
            # words: the items are said in the lead-in's voice; a job ad's "What you'll do:"
            # lists duties. (Not a lead-in about others that states a rule itself: "Other
            # websites may not:" names whom the page's own ban binds.)
            lead_voice = first_voice(block.lead_in)[0]
            if lead_voice in _VOICES_LENT and not (
                lead_voice == "discussion"
                and any(h.concept in _RULING for h in hits_of(block.lead_in))
            ):
                reading.voice = lead_voice
        if kind == "robots" and reading.voice == "own" and not _speaks_of_use(block_hits):
            reading.voice = "file-comment"
        if narrative:
            reading.notes.append("the document reads as a news story")
        if reading.voice == "own":
            if ctx.reported_spans and "voice" not in disabled:
                # (what others named before say, after "that": theirs, not the page's)
                block_hits = _outside(block_hits, ctx.reported_spans, every_concept=False)
            sentences = _per_sentence(block, block_hits)
            if kind == "robots":
                sentences = _without_file_descriptions(sentences, text, reading)
            compose_block(reading, sentences, text, ctx)
            if not reading.effects:
                note_procedure(index, block_hits, reading.voice)
        else:  # only the spans: the hits of each sentence are not read
            if trace:
                reading.sentence_spans = [(s.start, s.end) for s in block.sentences]
            reading.notes.append(f"not the publisher's own voice ({reading.voice}): no effect")
        result.readings.append(reading)
    procedure_after(result.readings, procedures, blocks)
    share_routes(result.readings, disabled)
    if agent_groups and "scope" not in disabled:
        groups = sorted(agent_groups)
        starts = [start for start, _, _ in groups]
        for reading in result.readings:
            _agent_scope(reading, groups, starts)
    return result


def _is_prose(block: Block, text: str) -> bool:
    """A paragraph (or one leading a list) long enough to be prose: 80 characters, or 30 of
    a script written without spaces ("该社区在新版用户协议中写道：…")."""
    if block.role not in ("paragraph", "lead-in"):
        return False
    size = block.end - block.start
    if size >= _PROSE:
        return True
    first = next((c for c in text[block.start : block.end] if c.isalpha()), "")
    return size >= _PROSE_UNSPACED and bool(first) and unspaced(first)


def _first_prose(blocks: Sequence[Block], text: str) -> int:
    """The index of the first paragraph of prose (`len(blocks)` if none): a story's
    headline and titles stand before it, and its voice tells a story from a notice. A
    paragraph leading a list is prose too ("… you are free to republish most of it. Please
    follow these rules:" opens a page of terms, whatever a later "the caption says" tells)."""
    return next(
        (index for index, block in enumerate(blocks) if _is_prose(block, text)),
        len(blocks),
    )


def _answers_no(index: int, blocks: Sequence[Block], hits: Sequence[Hit], text: str) -> bool:
    """Does the block open with a negator ("No.", "Нет, …") right after a question?"""
    first = min(hits, key=_START, default=None)
    if not index or first is None or first.concept != "negator":
        return False
    if text[blocks[index].start : first.start].strip(" \t\n-•*"):
        return False
    question = text[blocks[index - 1].start : blocks[index - 1].end]
    return question.rstrip().endswith(_QUESTION_MARKS)


_QUESTION_MARKS = ("?", "？", "؟")


def copyright_holders(text: str) -> list[str]:
    """The names a text's © lines give, each as its first words ("© 2026 Agro Hoy
    Comunicación S.L." gives "Agro Hoy"): how the page names its publisher. Bounded: the
    first few © marks only."""
    names: list[str] = []
    for mark in islice(_COPYRIGHT_LINE.finditer(text), _HOLDERS_MAX):
        words = mark.group(1).split()[:_HOLDER_WORDS]
        name = " ".join(words)
        if len(name) >= _HOLDER_MIN and name not in names:
            names.append(name)
    return names


# "© 2026 Agro Hoy", "Copyright © 2019–2026 The Daily Post", "(c) Kantor Berita ANTARA": the
# holder's name, capitalised, after the mark and the years
_COPYRIGHT_LINE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b[ \t]*(?=©|\(c\)|\d{4}))[ \t]*(?:(?:©|\(c\))[ \t]*)?"
    r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{2,4})?[ \t,]*)?"
    r"((?:[^\W\d_][\w&'’.-]{0,30}[ \t]?){1,4})",
    re.IGNORECASE,
)
_HOLDERS_MAX = 4  # © marks read
_COPYRIGHT_FIRST = frozenset("©(Cc")  # what a © line opens with
_HOLDER_WORDS = 2  # words of a holder's name looked for ("Agro Hoy" of "Agro Hoy Comunicación")
_HOLDER_MIN = 3  # characters: a shorter name ("AP") is too often an abbreviation


def _names_whole(text: str, name: str, start: int, end: int) -> bool:
    """Does text[start:end] hold `name` as whole words ("ndp", not the "ndp" of "Endpunkt")?"""
    at = text.find(name, start, end)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            after >= len(text) or not text[after].isalnum()
        ):
            return True
        at = text.find(name, at + 1, end)
    return False


def _closing_start(blocks: Sequence[Block], text: str) -> int:
    """Where the page's closing blocks start: its last `_CLOSING_BLOCKS` blocks, not
    counting the short link labels that end it ("• Contact us", "• Privacy Policy"), then
    those labels (a footer's notice above its row of links is still among its closing
    blocks). Never the first block (a story's lede)."""
    end = len(blocks)
    while end > 1 and _a_link_label(blocks[end - 1], text):
        end -= 1
    return max(1, end - _CLOSING_BLOCKS)


_LINK_LABEL_MAX = 40  # characters of a list item that is one link of a footer's row


def _a_link_label(block: Block, text: str) -> bool:
    return block.role == "item" and block.end - block.start <= _LINK_LABEL_MAX


def _introduces_a_quotation(
    index: int,
    blocks: Sequence[Block],
    first_voice: Callable[[int], tuple[str, dict[str, int], bool]],
) -> bool:
    """Is the block after this lead-in (no list item; a short quoted line may read as a
    title) a quotation, code or a sample: what the lead-in says ("you can copy it", "use
    this text") is about that."""
    after = index + 1
    return (
        after < len(blocks)
        and blocks[after].role != "item"
        and first_voice(after)[0] in _INTRODUCED_VOICES
    )


_INTRODUCED_VOICES = frozenset({"quoted", "code", "template"})
_BANNING = frozenset({"restrict", "require", "negator", "override"})  # a lead-in's own ban


def _is_row(text: str, block: Block) -> bool:
    """`table_row` of a block, without copying the text of blocks that are none."""
    return text.startswith("|", block.start) and table_row(text[block.start : block.end])


def _law_articles(
    blocks: Sequence[Block], text: str, matches_of: Callable[[int], list[Match]]
) -> None:
    """ "Άρθρο 21Β – …" / "1. Επιτρέπονται …", "Zakon o autorskom pravu, članak 188." / "(1)
    Dopušteno je …", "Madde 36 – Eser sahibinin izni alınmadan …": an article of a law, and
    the numbered paragraphs under it, are law text wherever they stand on the page, when the
    article is a law's (a lettered number, or law wording in it or in a title line before
    it); `voice_frame` still reads a block with the publisher's own words as its own. A
    publisher's terms numbered "Article 5 – …" or "§ 5" name no law and stay the page's."""
    if not _may_number_an_article(text):
        return  # (most pages hold no number at all)
    for index, block in enumerate(blocks):
        found = _ARTICLE.match(text, block.start, block.end)  # (anchored: a few µs a block)
        if found is None:
            continue
        line_end = text.find("\n", found.end(), block.end)
        rest = (line_end if line_end >= 0 else block.end) - found.end()
        law = found.group("law") or ""
        if law and not law.endswith("\n") and rest > _TITLE_TAIL:
            continue  # after words of its own, an article cited in a sentence, no heading
        run = [index]
        for after in range(index + 1, min(len(blocks), index + 1 + _ARTICLE_PARAGRAPHS)):
            numbered = _PARAGRAPH_NUMBER.match(text, blocks[after].start, blocks[after].end)
            # (the article's title may stand between: "§ 39c" / "Vytěžování textů a dat")
            if not numbered and not (after == index + 1 and blocks[after].role == "heading"):
                break
            run.append(after)
        # The law named: a lettered number, or law wording in the article's own block or in
        # a title line before it ("中华人民共和国著作权法（节选）"); a citation in the
        # paragraphs ("gemäß § 44b UrhG") is no law's article.
        titles = [index]
        if index > 0 and blocks[index - 1].end - blocks[index - 1].start <= _LAW_TITLE:
            titles.append(index - 1)
        if not (
            found.group("letter")
            or found.group("code")
            or found.group("lettered")
            or found.group("abbreviated")
        ) and not any(
            reading[0] == "statute" for i in titles for m in matches_of(i) for reading in m[2]
        ):  # (in any lexicon: a law's name needs no language vote)
            continue
        for i in run:
            blocks[i].statute_numbered = True


# An article's designation opening a block, in the words laws use for it: "Art. 70-ter",
# "Άρθρο 21Β", "Статья 1274", "članak 188", "Madde 36", "Điều 25", "มาตรา 32", "§ 44b", also
# after the law's name ("Zakon o …, članak 188.") and with the number first ("35/A. §"), also
# after the law's abbreviation when lettered ("Szjt. 35/A. §").
_ARTICLE_WORDS = (
    r"art(?:icle|ikel|ículo|icolo|icolul|igo|ykuł|ikla|ikkel)?\.?|άρθρο|αρθρο|статья|стаття|"
    r"член|чл\.|článek|článok|člen|članak|čl\.|madde|pasal|điều|มาตรา|straipsnis|pants|"
    r"pykälä|cikk|סעיף|ماده|المادة|مادة|धारा|अनुच्छेद|ধারা|دفعہ|பிரிவு|მუხლი|kifungu|"
    r"seksyen|seksyon|section"
)
_ARTICLE = re.compile(
    rf"\s*(?P<law>[^\n]{{0,80}}?(?:[,/–—-][ \t]*|\n))?(?:(?:(?:{_ARTICLE_WORDS})\s*|[§¶]+\s*)"
    r"(?P<code>[LRD]\.?\s?(?=\d))?\d+"  # a code's article: "L122-5-3", "R. 335-3"
    r"(?P<letter>\s?-?(?:[a-zα-ωа-я]|bis|ter|quater|quinquies|sexies)\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?"
    rf"|\d+(?P<lettered>\s?/?[a-zα-ω](?=[\s.]))?\.?\s*(?:§|pants|straipsnis|cikk|მუხლი)"
    # ... and after the law's abbreviation: "Szjt. 35/A. §", "URL 15 a §", "TekijäL 13 b §"
    r"|[^\W\d_][^\W\d_.]{1,11}\.?[ \t]+\d+(?P<abbreviated>\s?/?[a-zα-ω](?=[\s.]))\.?\s*§"
    r"|第[0-9〇一二三四五六七八九十百千零]+[条條]|제\s?\d+\s?조)",
    re.I,
)
_DIGIT = re.compile(r"[\d第]")


def _may_number_an_article(text: str) -> bool:
    """Whether `_ARTICLE` can match anywhere in `text`: every article's designation holds a
    digit or "第". Asked with `str` searches first: a search of the whole page for the
    designations themselves took ~0.8 ms per 4 KB (an alternation of 40 words, ignoring
    case, tried at every position), more than reading a cue-dense story."""
    return any(map(text.__contains__, "0123456789第")) or (
        not text.isascii() and _DIGIT.search(text) is not None
    )


_LAW_TITLE = 120  # characters of a title line naming the law before its article
_TITLE_TAIL = 12  # characters after a law's name and article number, on a title line
_PARAGRAPH_NUMBER = re.compile(
    r"\s*(?:\(\d{1,3}\)|\d{1,3}[.)]\s|[IVX]{1,4}\.\s|[（(][一二三四五六七八九十]{1,3}[）)])"
)
_ARTICLE_PARAGRAPHS = 12  # numbered paragraphs an article holds, at most


def _agent_scope(
    reading: BlockReading,
    groups: Sequence[tuple[int, int, tuple[str, ...]]],
    starts: Sequence[int],
) -> None:
    """A comment inside one robots.txt group speaks for that group's agents: only the
    purposes the catalogue gives them (none for an agent it does not know). `groups`:
    comment lines inside a group, sorted; `starts`: their starts."""
    block = reading.block

    def agents_at(offset: int) -> tuple[str, ...] | None:
        k = bisect_right(starts, offset) - 1
        return groups[k][2] if k >= 0 and offset <= groups[k][1] else None

    tokens = agents_at(block.start)
    if tokens is None or tokens != agents_at(max(block.start, block.end - 1)) or "*" in tokens:
        return
    purposes: set[str] = set()
    for token in tokens:
        agent = lookup(token)
        if agent is not None:
            purposes.update(purpose.value for purpose in agent.purposes)
    dropped = sorted(set(reading.effects) - purposes)
    for purpose in dropped:
        del reading.effects[purpose]
    if dropped:
        reading.notes.append(
            f"inside the group of {', '.join(tokens)}: speaks for it only"
            f" ({', '.join(dropped)} dropped)"
        )


def _marks_after(hits: list[Hit], text: str, punctuated: dict[str, frozenset[str]]) -> list[Hit]:
    """Drop the hits of terms written with a final mark ("Beispiel:", "が、") that the text
    does not follow by that mark, or by a short bracket and then the mark (a label naming
    its speaker: "Σχόλιο αναγνώστη (Νίκος Π.):", "コメント（匿名）:")."""
    return [h for h in hits if h.term not in punctuated or _mark_after(h, text, punctuated)]


def _mark_after(hit: Hit, text: str, punctuated: dict[str, frozenset[str]]) -> bool:
    after = text[hit.end : hit.end + 3].lstrip()[:1]
    if after in _BRACKETS:
        close = text.find(_BRACKETS[after], hit.end, hit.end + _BRACKETED)
        after = text[close + 1 : close + 4].lstrip()[:1] if close >= 0 else ""
    return after in punctuated[hit.term]


_BRACKETS = {"(": ")", "（": "）"}
_BRACKETED = 40  # characters of a speaker's name in brackets after a label


def _unmarked_matches(placed: list[Match], hits: list[Hit], marked: list[Hit]) -> list[Match]:
    """`placed` without the occurrences whose every hit `_marks_after` dropped: a term
    written with its final mark ("comentarii:", a label) that the text does not follow by
    it must not cover a shorter term at its place ("comentari*", another object) before
    it is dropped itself."""
    kept = {(h.start, h.end) for h in marked}
    dropped = {(h.start, h.end) for h in hits} - kept
    return [m for m in placed if (m[0], m[1]) not in dropped]


def _per_sentence(block: Block, hits: Sequence[Hit]) -> list[tuple[int, int, list[Hit]]]:
    """Each sentence with its hits in text order (one pass: a long block of many sentences
    costs its length, not sentences × hits)."""
    ordered = sorted(hits, key=_START)
    out: list[tuple[int, int, list[Hit]]] = []
    j = 0
    for sentence in block.sentences:
        while j < len(ordered) and ordered[j].start < sentence.start:
            j += 1
        k = j
        while k < len(ordered) and ordered[k].start < sentence.end:
            k += 1
        out.append((sentence.start, sentence.end, ordered[j:k]))
        j = k
    return out


def _gerund_title(hits: Sequence[Hit], text: str, start: int) -> bool:
    """ "Blocking AI crawlers with robots.txt", "Opting out of AI training": a title opening
    with a ban's gerund names a topic (a how-to's, a story's); "No AI training" bans."""
    first = min(hits, key=lambda h: h.start, default=None)
    if first is None or first.concept != "restrict" or text[start : first.start].strip(" #*-•"):
        return False
    word = text[first.start : first.end + _GERUND_TAIL].split(maxsplit=1)
    return bool(word) and word[0].lower().endswith("ing")


_GERUND_TAIL = 8  # letters after a stem term ("block*") up to its word's end
_TERMS_TITLE = 8  # letters at least of an own-voice term naming terms ("mentions légales")


def _states_use(hits: Sequence[Hit]) -> bool:
    """A short line with a predicate and a use ("No AI training", "Dilarang mengambil konten
    tanpa izin"), or that puts the content under a licence, states a notice even where it
    reads as a heading (a short last line)."""
    concepts = {h.concept for h in hits}
    if any(c.startswith("licence:") for c in concepts) and concepts & _LICENSING:
        return True  # "Distribué sous licence Creative Commons Attribution 4.0 International"
    return bool(concepts & {"restrict", "require", "negator"}) and any(
        c.startswith("action:") and c != "action:use" for c in concepts
    )


# Beside a licence's name, the words that put the content under it (a bare licence name may
# title an explainer).
_LICENSING = frozenset({"route:licence", "grant", "binding"})


class _LazyVoices(Sequence[tuple[str, dict[str, int], bool]]):
    """The first-pass voices as a sequence, each computed when it is read."""

    def __init__(self, voice: Callable[[int], tuple[str, dict[str, int], bool]], n: int) -> None:
        self._voice, self._n = voice, n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._voice(j) for j in range(*i.indices(self._n))]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return self._voice(i % self._n)


def _procedure(hits: Sequence[Hit], voice: Callable[[], str], disabled: frozenset[str]) -> set[str]:
    """ "Si desea licenciar nuestros contenidos para estos usos, escriba a …": a block of the
    publisher's that states nothing and names a way to permission is a procedure. The
    block's `voice` is judged last (a voice frame costs more than the rest)."""
    if "route" in disabled:
        return set()
    # "wenden Sie sich an …", "получить лицензию" ask for something; a ban or a grant
    # states something, and a use named other than "these uses" is a rule of its own.
    if any(h.concept in _STATING_ONLY or h.concept.startswith("licence:") for h in hits):
        return set()
    if actions_of(hits) - {"same", "use"}:
        return set()
    if any(h.concept in ("other-object", "others") for h in hits):
        return set()  # "Trang web sử dụng cookie … Đồng ý": consent to cookies, not to reuse
    routes = routes_of(hits) & PROCEDURES
    return routes if routes and voice() == "own" else set()


def _only_a_link_label(text: str, block: Block, hits: Sequence[Hit]) -> bool:
    """A block whose only words are its routes' ("Contact us", "联系我们", "Liên hệ", beside
    a "©" and a year), or a row of such links, is a link in a footer's row, not a sentence
    saying how to ask: no ban before it takes its way to permission ("Requests:
    rights@example.com" says how)."""
    rest = list(text[block.start : block.end])
    for hit in hits:
        if hit.concept.startswith("route:"):
            rest[hit.start - block.start : hit.end - block.start] = [" "] * (hit.end - hit.start)
    return not any(map(str.isalpha, rest)) or _a_menu(text[block.start : block.end])


def _a_menu(block_text: str) -> bool:
    """ "About us | Contact us | Privacy | Terms": a row of short links, a menu."""
    parts = _MENU_SEPARATOR.split(block_text.strip(" |\n"))
    return len(parts) >= _MENU_ITEMS and all(len(p.split()) <= _MENU_WORDS for p in parts)


_MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
_MENU_ITEMS = 3  # links in a row, at least
_MENU_WORDS = 4  # words of one link, at most


_STATING_ONLY = frozenset({"restrict", "grant", "negator"})
_RULING = frozenset({"restrict", "require", "grant", "negator"})  # a lead-in's own rule
_VOICES_LENT = frozenset({"template", "reported", "discussion"})  # a lead-in's, to its items
_STATING = _STATING_ONLY | {"override"}


def _item_of_own_ban(
    block: Block,
    lead: Clause | None,
    first_voice: Callable[[int], tuple[str, dict[str, int], bool]],
) -> bool:
    """A list item whose lead-in states a predicate in the page's own voice: the item is
    what that predicate applies to, so "other websites" there is its object, not a topic."""
    return (
        block.lead_in is not None
        and lead is not None
        and bool(lead.polarity)
        and first_voice(block.lead_in)[0] == "own"
    )


_START = attrgetter("start")
_USE_CONCEPTS = ("route:", "licence:", "action:ai", "action:mine", "action:learn")


def _speaks_of_use(hits: Sequence[Hit]) -> bool:
    """A robots.txt comment mostly describes the file ("block all crawlers from /tmp",
    "uncomment the next two lines"): it is a notice only when it names a way to permission,
    a licence or an AI use."""
    return any(h.concept.startswith(_USE_CONCEPTS) for h in hits)


def _without_file_descriptions(
    sentences: list[tuple[int, int, list[Hit]]], text: str, reading: BlockReading
) -> list[tuple[int, int, list[Hit]]]:
    """ "(b) If a Content-Signal = no, you may not collect content for the corresponding use",
    "The Disallow lines below keep crawlers out of /tmp": a comment sentence that names the
    file's own records describes them; the records themselves are read (and decide)."""
    out = []
    for start, end, hits in sentences:
        if hits and _RECORD_NAME.search(text, start, end):
            reading.notes.append("a comment describing the file's records: no notice")
            hits = []
        out.append((start, end, hits))
    return out


_RECORD_NAME = re.compile(
    r"(?i:\b(?:content-signals?|content-usage|user-agent|crawl-delay)\b)"
    r"|\bDisallow\b|\b(?:Allow|Sitemap)\s*:"
)
_INLINE_QUOTE = 150
_OPENERS = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")


# A licence's number after its word: "Giấy phép số 123/GP-BTTTT", "License No. 4521",
# "Лицензия № 77-123", "مجوز شماره ۱۲۳" (a number sign or a short abbreviation between).
_PERMIT_NUMBER = re.compile(
    r"\w*[ \t]*[:.]?[ \t]*(?:số|no\.|nr\.|n[°º]\.?|№|#|رقم|شماره|번호)?[ \t]*\d", re.I
)


def _without_permit_numbers(hits: list[Hit], text: str) -> list[Hit]:
    """A licence named with its number is the publisher's own press permit in a footer
    ("Giấy phép số 123/GP-BTTTT"), no way to ask for permission: its route is left out."""
    if "route:licence" not in map(_CONCEPT, hits):
        return hits
    return [
        h for h in hits if h.concept != "route:licence" or _PERMIT_NUMBER.match(text, h.end) is None
    ]


def _outside_quotes(hits: list[Hit], text: str, start: int, end: int) -> list[Hit]:
    """A ban quoted inside a sentence ("bearing the words „may not be used without written
    permission“") is someone else's notice, and the "we" inside a quotation is its
    speaker's: polarity and own-voice terms inside quotation marks do not count. A block that
    is one whole quotation is judged by the voice frame instead."""
    spans = _quote_spans(text, start, end)
    # A block that recommends or reports ("Zusätzlich empfehlen wir ...") offers its
    # quotations as samples, wherever the recommendation stands.
    if spans and _OTHERS_WORDS.isdisjoint(map(_CONCEPT, hits)):
        ordered = sorted(hits, key=_START)
        starts = [h.start for h in ordered]
        spans = [span for span in spans if not _quotes_itself(span, ordered, starts, text)]
    # "[Prohibit using this book for AI training](https://...)": the title of another page,
    # linked; not this page's notice.
    links = _spans_of(_LINK_LABEL, "](", text, start, end)
    # "`X-Robots-Tag: noai`": code shown in prose is a signal's syntax, not words; nor are
    # the words of an address ("lizenz@example.de", "https://example.com/licensing").
    code = _spans_of(_CODE_SPAN, "`", text, start, end) + _addresses(text, start, end)
    if not spans and not links and not code:
        return hits
    if code:
        hits = _outside(hits, _disjoint(sorted(code)), every_concept=True)
    if not spans and not links:
        return hits
    polar = sorted((h for h in hits if h.concept in _POLARITY), key=_START)
    starts = [h.start for h in polar]
    if spans and polar:
        # "Du kan skrive at «innholdet ikke kan brukes til trening av KI»": a quotation that
        # states something is a whole statement, its acts too; one without a predicate of
        # its own ("use for “AI training” is prohibited") names the acts of the sentence.
        stated = [span for span in spans if _holds(span, polar, starts)]
        if stated:
            hits = _outside(hits, stated, every_concept=True)
    spans = [_with_label(span, polar, starts, text) for span in spans]
    return _outside(hits, _disjoint(sorted(spans + links)), every_concept=False)


def _holds(span: tuple[int, int], polar: Sequence[Hit], starts: Sequence[int]) -> bool:
    """Does a polarity term (`polar`, by start) lie inside the quotation `span`?"""
    k = bisect_left(starts, span[0] + 1)
    return k < len(polar) and polar[k].end <= span[1]


def _spans_of(pattern: re.Pattern[str], mark: str, text: str, start: int, end: int) -> list[Span]:
    """The spans of `pattern` (its first group's end for a link label) in text[start:end];
    none without the `mark` every match holds (found by a plain search, most blocks)."""
    if text.find(mark, start, end) < 0:
        return []
    return [(m.start(), m.end(pattern.groups)) for m in pattern.finditer(text, start, end)]


def _addresses(text: str, start: int, end: int) -> list[Span]:
    """E-mail addresses and URLs in text[start:end] (a plain search first: most blocks have
    none)."""
    if (
        text.find("@", start, end) < 0
        and text.find("://", start, end) < 0
        and text.find("www.", start, end) < 0
    ):
        return []
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(text, start, end)]


def _with_label(
    span: tuple[int, int], polar: Sequence[Hit], starts: Sequence[int], text: str
) -> tuple[int, int]:
    """ "zastrzeżenia „wszelkie prawa zastrzeżone”", "the notice "no AI training"": a
    predicate word (`polar`, by start) right before a quotation names it, it states nothing.
    A negator or a modal names nothing: "users may not “use the Content …”", "no pueden
    «utilizar …»" say what may be done with what is quoted."""
    near = bisect_left(starts, span[0] - _LABEL_REACH)
    for hit in polar[near : bisect_left(starts, span[0])]:
        if (
            hit.end <= span[0]
            and hit.concept not in ("negator", "grant")
            and _LABEL_GAP.fullmatch(text, hit.end, span[0])
        ):
            return (hit.start, span[1])
    return span


_LABEL_REACH = 40  # a term and the rest of its word
_LABEL_GAP = re.compile(r"\w{0,30}[ \t]?")  # the rest of the word, one space


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inline quotations of text[start:end] (none when the block is one whole quotation)."""
    spans = list(_quotations(text, start, end))
    if not spans or (len(spans) == 1 and _whole_block(spans[0], start, end)):
        return []
    return spans


def _next_opener(text: str, at: int, end: int) -> int:
    """Where the next quotation mark that may open one stands in text[at:end], or -1. In
    ASCII text (known at once) only the straight marks can: two plain searches, not a
    regular expression's test of every character."""
    if text.isascii():
        double, single = text.find('"', at, end), text.find("'", at, end)
        return single if double < 0 or 0 <= single < double else double
    found = _OPENERS.search(text, at, end)
    return -1 if found is None else found.start()


def _whole_block(span: tuple[int, int], start: int, end: int) -> bool:
    """Does the quotation `span` hold all of text[start:end]? (None can follow it there.)"""
    return span[0] <= start + 1 and span[1] >= end - 2


def _quotations(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The quotations of text[start:end] in order, found as they are asked for (a caller
    that knows enough stops early), a whole-block one included."""
    i = start
    while i < end:
        i = _next_opener(text, i, end)
        if i < 0:
            break
        closers = QUOTE_PAIRS[text[i]]
        if text[i] in FLANKED:
            if not _opens(text, i, start, end):
                i += 1  # an apostrophe ("publisher's", "l'article"), not a quotation
                continue
            j = _flanked_closer(text, i + 1, end, closers)
        elif text[i] == '"':
            if _gershayim(text, i):
                i += 1  # "מו"לים", "ארה"ב": the mark of a Hebrew abbreviation
                continue
            j = text.find('"', i + 1, end)
            while j >= 0 and _gershayim(text, j):
                j = text.find('"', j + 1, end)
        elif len(closers) == 1:
            j = text.find(closers, i + 1, end)
        else:
            j = min((k for k in (text.find(c, i + 1, end) for c in closers) if k >= 0), default=-1)
        if j < 0:
            break  # never closed: not an inline quotation
        if text[i] not in "\"'" or (
            j - i <= _INLINE_QUOTE and not _whole_line(text, i, j, start, end)
        ):
            # a long "..." or '...' in straight quotes is a data string, and so is one that
            # is its line ("'ห้ามดึงข้อมูล …',": an item of a list of strings)
            yield (i, j)
        i = j + 1


def _whole_line(text: str, opener: int, closer: int, start: int, end: int) -> bool:
    """Is the quotation from `opener` to `closer` all of its line in text[start:end] (a
    separator after it)? Only the spaces around it are read: a page of quotations on one
    line costs each quotation its own neighbours, not the line."""
    i = opener
    while i > start and text[i - 1] in " \t":
        i -= 1
    if i > start and text[i - 1] != "\n":
        return False
    j = closer + 1
    while j < end and text[j] in " \t,;":
        j += 1
    return j >= end or text[j] == "\n"


def _opens(text: str, at: int, start: int, end: int) -> bool:
    """Does the single mark at `at` open a quotation: no letter or digit before it, and
    no space after it (" 'No AI training' ", not "publisher's" or "rock ' n")?"""
    return (at == start or not _spelt(text[at - 1])) and at + 1 < end and not text[at + 1].isspace()


def _flanked_closer(text: str, at: int, end: int, closer: str) -> int:
    """The first `closer` from `at` that closes a single-mark quotation: no letter or digit
    after it ("don't" goes on), no space before it; or -1. Each mark is tried once."""
    k = text.find(closer, at, end)
    while k >= 0:
        if (k + 1 == end or not _spelt(text[k + 1])) and not text[k - 1].isspace():
            return k
        k = text.find(closer, k + 1, end)
    return -1


def _gershayim(text: str, at: int) -> bool:
    """Is the straight double mark at `at` a Hebrew abbreviation's ("מו"לים", "ת"א"): inside
    a word that ends at most three letters after it? Not after a one-letter prefix before a
    longer word ("ש"חל איסור…"", "ב"אין…"": a quotation opened after the prefix)."""
    if not (0 < at < len(text) - 1 and _hebrew(text[at - 1]) and _hebrew(text[at + 1])):
        return False
    after = 1
    while after <= 3 and at + after + 1 < len(text) and _hebrew(text[at + after + 1]):
        after += 1
    if after > 3:
        return False
    prefix_only = at < 2 or not _hebrew(text[at - 2])
    return after == 1 or not prefix_only


def _hebrew(char: str) -> bool:
    return "\u05d0" <= char <= "\u05ea"


def _spelt(char: str) -> bool:
    """Is `char` a letter or digit of an alphabet that writes apostrophes inside words? Not
    Hangul, kana or Han: "'AI 학습 금지'라는" closes its quotation before a particle."""
    return char.isalnum() and char < "\u1100"


_INTRODUCED = 120  # characters before a quotation where its speaker is named
_OTHERS_WORDS = frozenset({"reported", "discussion", "template"})


def _quotes_itself(
    span: tuple[int, int], hits: Sequence[Hit], starts: Sequence[int], text: str
) -> bool:
    """ "The attribution string we send is: “... may not be used to train AI”": a quotation
    the publisher introduces after a colon in its own voice, with no one else named as
    speaking, is its own text ("papers bearing “reproduction prohibited”" are not)."""
    if not text[max(0, span[0] - 3) : span[0]].rstrip().endswith((":", "：")):
        return False
    before = hits[bisect_left(starts, span[0] - _INTRODUCED) : bisect_left(starts, span[0])]
    return any(h.concept == "own-voice" for h in before)


def _own_voice_outside_quotes(own: Sequence[Match], text: str, start: int, end: int) -> bool:
    """Could the block speak as the publisher: one of its own-voice words (`own`, in any
    lexicon) outside inline quotations (cheap: no language vote needed)."""
    if not own:
        return False
    # (`_within` of each word, by start, in `_quote_spans`, found only as far as the words
    # need: a story's quotation mostly opens its paragraph and holds the "we" in it)
    quotations = _quotations(text, start, end)
    # the first quotation, the last one opened before the word, one opened after it
    first: Span | None = None
    last: Span | None = None
    ahead: Span | None = None
    for word_start, word_end, _ in own:
        if ahead is not None and ahead[0] < word_start:
            last, ahead = ahead, None
        # (a quotation holding the word is the last one opened before it: none opens inside)
        while ahead is None and (last is None or last[1] < word_end):
            ahead = next(quotations, None)
            if ahead is None:
                break
            first = first or ahead
            if ahead[0] < word_start:
                last, ahead = ahead, None
        if last is None or word_end > last[1]:
            return True
    # every word inside a quotation: unless the one quotation is the whole block
    return first is not None and _whole_block(first, start, end)


def _by_block(matches: Sequence[Match], blocks: Sequence[Block]) -> dict[int, list[Match]]:
    """`matches` (placed, by start) by the index of the block they start in: a story asks
    each paragraph for its own-voice words, and most have none."""
    starts = [block.start for block in blocks]
    out: dict[int, list[Match]] = {}
    for match in matches:
        k = bisect_right(starts, match[0]) - 1
        if k >= 0 and match[0] < blocks[k].end:
            out.setdefault(k, []).append(match)
    return out


def _outside(hits: list[Hit], spans: list[tuple[int, int]], *, every_concept: bool) -> list[Hit]:
    """`hits` without those inside `spans` (sorted, disjoint): every hit, or the polarity
    terms only (a quoted ban names its actions all the same). A block mostly holds one
    quotation: then two comparisons a hit, no search."""
    if len(spans) == 1:
        low, high = spans[0]
        if every_concept:
            return [h for h in hits if not (low <= h.start and h.end <= high)]
        return [
            h for h in hits if h.concept not in _QUOTED or not (low <= h.start and h.end <= high)
        ]
    starts = [s for s, _ in spans]
    out = []
    for hit in hits:
        if every_concept or hit.concept in _QUOTED:
            k = bisect_left(starts, hit.start + 1) - 1
            if k >= 0 and hit.end <= spans[k][1]:
                continue  # inside the last quotation opened before it
        out.append(hit)
    return out


_QUOTED = frozenset({*_POLARITY, "own-voice"})  # what a quotation's speaker says, not the page


_CODE_SPAN = re.compile(r"`[^`\n]{1,200}`")
_ADDRESS = re.compile(
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|(?:https?://|www\.)[^\s<>\"]{1,300}"
)


_LINK_LABEL = re.compile(r"\[([^\]\n]{1,300})\]\((?:https?://|/|www\.)[^)\s]*\)")


def _within(start: int, end: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Is [start, end) inside one of the sorted, disjoint `spans`?"""
    k = bisect_left(starts, start + 1) - 1
    return k >= 0 and end <= spans[k][1]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the ones inside an earlier span dropped."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
            continue
        out.append(span)
    return out


def _asked_with_a_way(block: Block, text: str, matches: Sequence[Match]) -> bool:
    """A block asking of a use, or supposing one, and naming a way to permission ("Möchtest
    du meine Fotos verwenden? Frag mich vorher um Erlaubnis", "If you want to republish it,
    ask for permission"): the answer may state a condition."""
    return (
        any(map(_ROUTES, map(_READINGS, matches)))
        and any(m[2].acting for m in matches)
        and (
            _QUESTION_MARK.search(text, block.start, block.end) is not None
            or any(map(_SUPPOSES, map(_READINGS, matches)))
        )
    )


def _may_state_something(
    readings: Iterator[Readings],
    shared: frozenset[int],
    text: str = "",
    again: Callable[[], Iterator[Readings]] | None = None,
) -> bool:
    """Cheap gate before segmentation: some one language (with the shared terms) names both
    a polarity and an action, or a licence is named. An English "need" and a Hungarian
    "MI" in the same page are not a notice. Asked again after each chunk of the matches'
    `readings`: once true it stays true, and a cue-dense page is known within its first few
    dozen. A page that asks of a use, or supposes one, and names a way to permission may
    also state one ("Vill du använda mina texter …? Hör av dig först"): the readings read
    `again` for a condition only then (most pages name no way at all)."""
    polar = acting = 0  # bit masks of lexicons (see `Readings`)
    routed = False
    common = sum(1 << lexicon for lexicon in shared)
    while chunk := list(islice(readings, _GATE_CHUNK)):  # each chunk in C
        if any(map(_LICENCE, chunk)):
            return True
        polar = reduce(or_, map(_POLAR_BITS, chunk), polar)
        acting = reduce(or_, map(_ACTING_BITS, chunk), acting)
        if _polar_and_acting(polar, acting, common):
            return True
        routed = routed or any(map(_ROUTES, chunk))
    if not (routed and acting):
        return False
    return _QUESTION_MARK.search(text) is not None or (
        again is not None and any(map(_SUPPOSES, again()))
    )


_GATE_CHUNK = 32
_READINGS = itemgetter(2)
_LICENCE, _POLAR_BITS, _ACTING_BITS = (
    attrgetter("licence"),
    attrgetter("polar"),
    attrgetter("acting"),
)
_NOTABLE, _ROUTES, _OTHERS, _MAY_STATE, _SUPPOSES = map(
    attrgetter, ("notable", "routes", "others", "may_state", "supposes")
)
_LEXICON, _TERM = attrgetter("lexicon"), attrgetter("term")
_OWN_VOICE = attrgetter("own_voice")


def _polar_and_acting(polar: int, acting: int, common: int) -> bool:
    """Some lexicon (or the shared one with any other) has both a polarity and an action."""
    if polar & common:
        return bool(acting)
    if acting & common:
        return bool(polar)
    return bool(polar & acting)


_LEAD_SENTENCE = 160  # a paragraph this short can be a list's lead-in sentence


def _leads_a_list(clause: Clause, hits: Sequence[Hit], lead: Block) -> bool:
    """A paragraph right before a list leads it in only as one short sentence whose explicit
    predicate lacks its object ("이용자는 다음 행위를 하여서는 안 됩니다.")."""
    return (
        clause.polarity is not None
        and lead.end - lead.start <= _LEAD_SENTENCE
        and any(h.concept in ("restrict", "grant") for h in hits)
        and not actions_of(hits) - {"use"}
    )


# "to", "zu", "ものとします": what may follow a lead-in's final negator.
_AFTER_NEGATOR_MAX = 8


def _lead_in_clause(
    blocks: Sequence[Block],
    hits_of: Callable[[int], list[Hit]],
    block: Block,
    text: str,
    disabled: frozenset[str],
    tail_of: Callable[[int], list[Hit]],
) -> Clause | None:
    source = block.lead_in
    if source is None and block.role == "item" and block.heading is not None:
        # "What you must not do" over a list: the heading is the list's lead-in.
        source = block.heading
    if source is None:
        return None
    lead = blocks[source]
    hits = hits_of(source)
    start = _last_sentence(text, lead.start, lead.end, hits)
    if start > lead.start:
        # "Vous pouvez imprimer … pour votre usage personnel. Vous ne pouvez pas :": the
        # sentence that opens the list leads it, not the grant before it
        hits = [h for h in hits if h.start >= start]
    clause = Clause(start, lead.end, None, hits)
    clause.polarity = polarity(clause, text, disabled)
    if lead.role == "paragraph" and not _leads_a_list(clause, hits, lead):
        return None
    negators = [h for h in hits if h.concept == "negator"]
    if clause.polarity is None and negators and "negation" not in disabled:
        # "Usted se compromete a no:", "The user undertakes not to:", "以下の行為を行わない
        # ものとします。": the items are what is negated (at most an infinitive marker or an
        # auxiliary after the negator, and no other term).
        last = max(negators, key=lambda h: h.end)
        rest = text[last.end : lead.end].strip(" \t:：,，。.")
        after = any(h.end > last.end for h in hits)
        if len(rest) <= _AFTER_NEGATOR_MAX and len(rest.split()) <= 1 and not after:
            clause.polarity = "restrict"
            clause.notes.append("ends with a negator: its items are banned")
    clause.actions = actions_of(hits)
    clause.routes = routes_of(hits)
    if block.lead_in is not None and "scope" not in disabled:
        # "…; • copy or republish articles,\nin each case without our written permission."
        tail = tail_of(source)
        clause.routes |= routes_of(tail)
        clause.hits = [*hits, *tail]
    clause.purposes = purposes_of(clause.actions, clause.actions)
    return clause


def _last_sentence(text: str, start: int, end: int, hits: Sequence[Hit]) -> int:
    """Where the lead-in block's last sentence starts, when it states a predicate of its own
    (a polarity term or a negator); else the block's start ("… is prohibited. In particular:"
    leads with the sentence before)."""
    last = None
    # (its last few hundred characters: every item of a list asks for its lead-in's)
    for found in _SENTENCE_END.finditer(text, max(start, end - _LEAD_TAIL), end):
        if text[found.end() : end].strip():
            last = found
    if last is None:
        return start
    at = last.end()
    if any(h.start >= at and h.concept in _LEAD_PREDICATES for h in hits):
        return at
    return start


_SENTENCE_END = re.compile(r"[.!?。！？]\s+")
_LEAD_TAIL = 300  # characters at the end of a lead-in looked at for its last sentence
_LEAD_PREDICATES = frozenset({"restrict", "grant", "require", "negator"})


def _list_tail(
    blocks: Sequence[Block], hits_of: Callable[[int], list[Hit]], lead_in: int, text: str
) -> list[Hit]:
    """The route hits of a list's tail: a last line of its last item that goes on in lower
    case after a comma or semicolon and names only a way to permission ("in each case
    without our prior written consent", "jeweils ohne unsere Zustimmung"). It closes the
    lead-in's sentence, so it holds for every item, not the last one alone."""
    last = lead_in
    for index in range(lead_in + 1, len(blocks)):
        if blocks[index].lead_in != lead_in:
            break
        last = index
    block = blocks[last]
    if last == lead_in or block.role != "item":
        return []
    newline = text.rfind("\n", block.start, block.end)
    if newline < 0 or not text[block.start : newline].rstrip().endswith((",", ";", "，", "；")):
        return []
    line = (
        newline
        + 1
        + len(text[newline + 1 : block.end])
        - len(text[newline + 1 : block.end].lstrip())
    )
    if not text[line : line + 1].islower():
        return []
    tail = [h for h in hits_of(last) if h.start >= line]
    if any(h.concept in _STATING or h.concept.startswith(("action:", "licence:")) for h in tail):
        return []
    return [h for h in tail if h.concept.startswith("route:")]


_ASKING_ROUTES = frozenset({"route:permission", "route:written-permission"})
_QUESTION_MARK = re.compile(r"[?？؟]")
