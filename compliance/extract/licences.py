"""Creative Commons licence URLs → signal ids (STANDARDS.md §11.1).

`https://creativecommons.org/licenses/by-nc-sa/4.0/` → `cc:by-nc-sa`; CC0 → `cc:zero`; the
Public Domain Mark → `cc:pdm`. The signal pack maps them to `republish` conditions; a CC
licence never yields `deny`.
"""

from __future__ import annotations

import re

_CC = re.compile(
    r"creativecommons\.org/(?:licenses|licences)/"
    r"(by(?:-nc)?(?:-nd|-sa)?|by-nd-nc|by-sa-nc)(?:/|$|\?|#)",
    re.IGNORECASE,
)
_CC_PUBLIC = re.compile(r"creativecommons\.org/publicdomain/(zero|mark)(?:/|$)", re.IGNORECASE)
_REORDER = {"by-nd-nc": "by-nc-nd", "by-sa-nc": "by-nc-sa"}


def cc_token(url: str) -> str | None:
    """The licence token of a Creative Commons URL (`by-sa`, `zero`, `pdm`), or None."""
    match = _CC.search(url)
    if match:
        token = match.group(1).lower()
        return _REORDER.get(token, token)
    public = _CC_PUBLIC.search(url)
    if public:
        return "zero" if public.group(1).lower() == "zero" else "pdm"
    return None
