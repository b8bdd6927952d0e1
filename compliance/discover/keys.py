"""Mining stage, keys: a block's template key, so a site's repeated notice counts as one.

Publishers repeat their notice on every page, but not always byte for byte: dates, years,
counters and author names vary. The template key folds those away (numbers and capitalised
words are dropped, case folded, punctuation and spaces collapsed); what remains identifies
the wording. Scripts without case keep every word and lose only numbers. (Case folding and
word splitting here are Python's own, not the matcher's: a key only has to be the same for
the same wording, and this is the per-block hot path of mining.) Keys are hashed with
a stable digest (Python's `hash` of a str differs per process), so every worker, local or on
a cluster, counts the same block under the same key.
"""

from __future__ import annotations

import hashlib
import re

import regex

# Words that vary from page to page: numbers, and capitalised words (names, months, places).
_VARYING = regex.compile(r"\p{N}+|\p{Lu}[\p{L}\p{M}'’]*")
_NUMBERS = regex.compile(r"\p{N}+")
_WORD = re.compile(r"[^\W_]+")  # letters and digits; a key needs no finer word edges
MIN_KEY_WORDS = 3  # fewer words left: the block was mostly names; keep them in its key
MAX_BLOCK_CHARS = 1024  # a block is keyed (and kept) by its first 1,024 characters


def template(text: str) -> str:
    """The words of a block that stay the same across a site's pages, space-joined."""
    clipped = text[:MAX_BLOCK_CHARS]
    words = _WORD.findall(_VARYING.sub(" ", clipped).casefold())
    if len(words) < MIN_KEY_WORDS:
        # "Copyright © 2024 Foo News": without its names it is nothing; keep them.
        words = _WORD.findall(_NUMBERS.sub(" ", clipped).casefold())
    return " ".join(words)


def block_key(text: str) -> int | None:
    """A stable 64-bit key of the block's template, or None for a block with no words."""
    shape = template(text)
    if not shape:
        return None
    digest = hashlib.blake2b(shape.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")
