"""Reduce stage, wording: what a recurring block's words say, read with the lexicons.

The composer (NOTICES.md §3) reads the block first: its clauses' polarity, purposes and
routes are what the wording suggests. A block the composer finds nothing in still has its
concept hits (restrict, require, grant, actions, routes) in the languages the block speaks;
those are what a reviewer sees, and what a draft pack's effect is proposed from. A block with
no polarity term, or with one but nothing it bears on (no action, route or licence: "All
rights reserved"), is boilerplate, never a notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compliance.notices.lexicon import ACTIONS, Hit, LexiconSet, fold_text
from compliance.notices.recognise import recognise

_SHOWN = ("restrict", "require", "grant", "negator", "override", "exception", "addressee")
_SHOWN_PREFIXES = ("action:", "route:", "licence:")
# Concepts that make a recurring block a notice by themselves; a restriction or a route needs
# an action too ("All rights reserved" says nothing about a use), and "uses", "download" or
# "free" alone are everyday words of boilerplate.
_STRONG = frozenset({"addressee"})
_STRONG_PREFIXES = ("licence:", "action:ai", "action:train", "action:mine")
_AI_ACTIONS = frozenset({"action:ai", "action:train", "action:ai-input", "action:mine"})
CONCEPTS_SHOWN = 24
AI_PURPOSES = ("ai-train", "ai-input", "ai-index")


@dataclass
class Wording:
    """What one block says, as far as the lexicons and the composer can tell."""

    concepts: list[tuple[str, str]] = field(default_factory=list)  # (concept, term)
    languages: list[str] = field(default_factory=list)
    restricts: set[str] = field(default_factory=set)  # purposes the wording reserves
    grants: set[str] = field(default_factory=set)  # purposes it grants
    routes: set[str] = field(default_factory=set)  # ways to permission it names
    requires: bool = False
    notice: bool = False
    named: set[str] = field(default_factory=set)  # purposes the action terms name

    @property
    def purposes(self) -> set[str]:
        return self.restricts | self.grants


def read_wording(text: str, lexicons: LexiconSet) -> Wording:
    """The concept hits of `text` (one block) and the purposes and routes they suggest."""
    wording = Wording()
    recognition = recognise(text, "text", lexicons, trace=True)
    languages = sorted({lang for langs in recognition.languages.values() for lang in langs})
    wording.languages = [lang for lang in languages if lang != "und"]
    active = frozenset(lexicons.by_language[lang] for lang in languages) or frozenset(
        range(len(lexicons.lexicons))
    )
    folded = fold_text(text)
    matches = sorted(lexicons.matches(folded), key=lambda m: (m[0], -m[1]))
    hits = lexicons.block_hits(matches, active)
    wording.concepts = _shown(hits, text)
    concepts = {h.concept for h in hits if not _incidental(h, text)}
    strong = any(c in _STRONG or c.startswith(_STRONG_PREFIXES) for c in concepts)
    restricting = bool(concepts & {"restrict", "require"}) or any(
        c.startswith("route:") for c in concepts
    )
    named = {c for c in concepts if c.startswith("action:")}
    # Cookie and privacy lines name uses and consent, about something else.
    about_other = "other-object" in concepts and not named & _AI_ACTIONS
    wording.notice = not about_other and (strong or (restricting and bool(named)))
    wording.requires = "require" in concepts
    # The composer's reading first: it knows scope, bindings and exceptions.
    for reading in recognition.readings:
        for purpose, effect in reading.effects.items():
            if effect.verdict == "allow":
                wording.grants.add(purpose)
            else:
                wording.restricts.add(purpose)
            wording.routes |= effect.conditions
    wording.named = _named_purposes(concepts)
    if wording.notice and not wording.purposes:
        _fallback(wording, concepts)
    return wording


def _fallback(wording: Wording, concepts: set[str]) -> None:
    """Nothing composed: the purposes the block's actions name, AI ones first (an AI term or
    an addressee scopes the block to AI use, NOTICES.md §3.4), restricted unless the block
    only grants. A route makes the restriction conditional (see `proposed_effect`)."""
    purposes = _named_purposes(concepts)
    granting = "grant" in concepts and not concepts & {"negator", "restrict", "require"}
    if granting:
        wording.grants = purposes
    else:
        wording.restricts = purposes
    wording.routes = {c.split(":", 1)[1] for c in concepts if c.startswith("route:")}


def _named_purposes(concepts: set[str]) -> set[str]:
    """The purposes the block's action terms name; an AI term or an addressee scopes the
    block to AI use (NOTICES.md §3.4), so "use" next to "AI companies" is an AI use."""
    named = {c for c in concepts if c.startswith("action:")}
    ai_named = named & _AI_ACTIONS
    if ai_named or "addressee" in concepts:
        named = ai_named or {"action:ai"}
    purposes: set[str] = set()
    for concept in named:
        purposes |= ACTIONS.get(concept.split(":", 1)[1], frozenset())
    return purposes


def _incidental(hit: Hit, text: str) -> bool:
    """A two-letter term written in lower case ("di", "ia") is a word, not an acronym
    (AI, KI, IA): in cased scripts only the upper-case form names AI."""
    term = text[hit.start : hit.end]
    return len(term) <= 2 and term.lower() != term.upper() and not term.isupper()


def _shown(hits: list[Hit], text: str) -> list[tuple[str, str]]:
    """The concept hits a reviewer needs, once each, in text order (terms as written)."""
    seen: dict[tuple[str, str], None] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        if _incidental(hit, text):
            continue
        if hit.concept in _SHOWN or hit.concept.startswith(_SHOWN_PREFIXES):
            seen.setdefault((hit.concept, " ".join(text[hit.start : hit.end].split())), None)
        if len(seen) >= CONCEPTS_SHOWN:
            break
    return list(seen)


def proposed_effect(wording: Wording) -> tuple[dict[str, str], list[str]]:
    """Effect per purpose and conditions a draft pack would state, from the wording.

    restrict → deny; restrict with a route (permission, licence, attribution ...) →
    conditional with the route's condition; require without a named route → conditional on
    permission; grant → allow, or conditional when it names conditions of reuse.
    """
    conditions = sorted(wording.routes)
    effect: dict[str, str] = {}
    for purpose in sorted(wording.grants):
        effect[purpose] = "conditional" if conditions else "allow"
    if wording.restricts:
        if not conditions and wording.requires:
            conditions = ["permission"]
        for purpose in sorted(wording.restricts):
            effect[purpose] = "conditional" if conditions else "deny"
    return effect, conditions if "conditional" in effect.values() else []
