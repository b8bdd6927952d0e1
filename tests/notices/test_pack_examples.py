"""The old phrase packs' own `match` examples (tests/data/notice-pack-examples.jsonl, one per
line, with the purposes the old rule restricted), migrated: the lexicons and the composer
must restrict at least one of those purposes for nearly all of them. They are the packs'
examples, written per phrasing family, not the evaluation corpus's sentences."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from compliance.notices.lexicon import load_lexicons
from compliance.notices.recognise import recognise

DATA = Path(__file__).resolve().parents[1] / "data" / "notice-pack-examples.jsonl"
OVERALL = 0.92  # measured 0.941; a drop below this is a regression


def test_old_pack_examples_still_restrict() -> None:
    lexicons = load_lexicons()
    misses: list[str] = []
    seen: Counter[str] = Counter()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        seen[case["language"]] += 1
        reading = recognise(case["text"], "text", lexicons)
        restricted = {
            p
            for r in reading.readings
            if r.voice == "own"
            for p, e in r.effects.items()
            if e.verdict in ("deny", "conditional")
        }
        if not restricted & set(case["restricts"]):
            misses.append(f"{case['language']}: {case['text'][:100]}")
    total = sum(seen.values())
    assert total > 700 and len(seen) >= 44
    rate = 1 - len(misses) / total
    assert rate >= OVERALL, f"{rate:.1%} restricted; first misses:\n" + "\n".join(misses[:25])
