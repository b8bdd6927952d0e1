"""`compliance explain FILE`: why the composer read each block the way it did.

Per block: its role and scope, the languages that counted, the voice and its cues, each
sentence's clauses with their concept hits, the operators applied and the effects.
"""

from __future__ import annotations

from compliance.notices.compose import BlockReading
from compliance.notices.lexicon import LexiconSet
from compliance.notices.recognise import Recognition


def explain_lines(
    recognition: Recognition, lexicons: LexiconSet, *, all_blocks: bool = False
) -> list[str]:
    text = recognition.text
    lines: list[str] = []
    if not recognition.readings:
        lines.append(
            "no block holds both a polarity term and an action or licence: nothing to compose"
        )
        return lines
    for reading in recognition.readings:
        silent = not reading.effects and reading.voice == "own"
        if silent and not all_blocks and not any(c.polarity for s in reading.clauses for c in s):
            continue
        lines.extend(_block_lines(reading, recognition, lexicons, text))
        lines.append("")
    if not lines:
        # Every block read was silent: say so rather than print nothing.
        lines.append(
            f"{len(recognition.readings)} block(s) read, none states anything in the page's own"
            " voice (--all-blocks shows them)"
        )
    return lines


def _block_lines(
    reading: BlockReading, recognition: Recognition, lexicons: LexiconSet, text: str
) -> list[str]:
    block = reading.block
    index = reading.index
    line_no = text.count("\n", 0, block.start) + 1
    langs = ", ".join(recognition.languages.get(index, [])) or "-"
    scope = []
    for label, other in (("heading", block.heading), ("lead-in", block.lead_in)):
        if other is not None:
            head = recognition.blocks[other]
            scope.append(f"{label}: {_short(text, head.start, head.end)}")
    cues = ", ".join(f"{k} {v}" for k, v in reading.cues.items() if v) or "none"
    out = [
        f"block {index + 1} (line {line_no}, {block.role}) · languages: {langs}",
        f"  voice: {reading.voice} (cues: {cues})",
    ]
    out.extend(f"  {s}" for s in scope)
    out.extend(f"  note: {n}" for n in reading.notes)
    for s_index, clauses in enumerate(reading.clauses):
        s_start, s_end = reading.sentence_spans[s_index]
        out.append(f"  sentence: {_short(text, s_start, s_end, 160)}")
        for clause in clauses:
            if not clause.hits:
                continue
            opener = clause.connective or "main"
            pol = clause.polarity or "no polarity"
            purposes = ", ".join(sorted(clause.purposes)) or "-"
            routes = ", ".join(sorted(clause.routes)) or "-"
            out.append(f"    clause [{opener}]: {pol} · purposes: {purposes} · routes: {routes}")
            hits = ", ".join(f"{h.concept} «{text[h.start : h.end]}»" for h in clause.hits)
            out.append(f"      hits: {hits}")
            out.extend(f"      operator: {n}" for n in clause.notes)
    if reading.voice != "own" and not reading.clauses:
        for s, e in reading.sentence_spans[:3]:
            out.append(f"  sentence: {_short(text, s, e, 160)}")
    if reading.effects:
        effects = "; ".join(
            f"{p} {e.verdict}" + (f" ({', '.join(sorted(e.conditions))})" if e.conditions else "")
            for p, e in sorted(reading.effects.items())
        )
        out.append(f"  effects: {effects}")
    else:
        out.append("  effects: none")
    return out


def _short(text: str, start: int, end: int, limit: int = 80) -> str:
    snippet = " ".join(text[start:end].split())
    return f"«{snippet[:limit]}{'…' if len(snippet) > limit else ''}»"
