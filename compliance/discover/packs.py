"""Output stage, draft packs: one publisher pack per site whose notice no rule explains.

`--emit-packs DIR` writes `DIR/<host>.yaml`: the site's stable wording as `phrases` (all of
them under `all:` when a changing name or date splits it), `domains: [host]`, the effect and
conditions proposed from the concept hits, the site's own blocks as `examples.match`, and
`review: required` on the pack: a person must read the wording and the proposal before the
pack decides anything in earnest. Every draft is validated against the rule-pack schema
before it is written; `compliance rules validate DIR` accepts it and `--rules DIR` applies it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from compliance.discover.candidates import Found
from compliance.rulepacks.schema import RulePack

_EXAMPLES = 3
_NO_MATCH = "This page has no notice about how its content may be used."
_SLUG = re.compile(r"[^a-z0-9._-]+")


def pack_id(site: str) -> str:
    """A pack id from a host: lower case, characters a pack id allows."""
    slug = _SLUG.sub("-", site.lower()).strip("-._")
    return slug or "site"


def draft_pack(site: str, found: Sequence[Found]) -> dict[str, Any]:
    """The pack (as plain data, in YAML key order) for one site's proposable candidates."""
    ident = pack_id(site)
    languages = sorted({lang for f in found for lang in f.wording.languages})
    rules = []
    for number, item in enumerate(found, start=1):
        phrases = item.phrases
        match: dict[str, Any] = (
            {"phrases": [phrases[0]]}
            if len(phrases) == 1
            else {"all": [{"phrases": [p]} for p in phrases]}
        )
        rule: dict[str, Any] = {
            "id": f"{ident}/recurring-notice-{number}",
            "title": f"Recurring notice on {site} ({item.documents} of {item.site_documents}"
            " pages)",
        }
        if item.wording.languages:
            langs = item.wording.languages
            rule["language"] = langs[0] if len(langs) == 1 else langs
        rule.update(
            {
                "where": "anywhere",
                "match": match,
                "effect": dict(item.effect),
            }
        )
        if item.conditions:
            rule["conditions"] = list(item.conditions)
        rule.update(
            {
                "confidence": "notice",
                "message": f"{site} states on {item.documents} of its {item.site_documents}"
                f" pages: {item.text[:300]}",
                "examples": {
                    "match": list(item.variants[:_EXAMPLES]),
                    "no-match": [_NO_MATCH],
                },
            }
        )
        rules.append(rule)
    meta: dict[str, Any] = {
        "id": ident,
        "version": "0",
        "title": f"Draft: the recurring notice of {site}",
        "description": "Drafted by `compliance discover` from the site's own pages;"
        " the effect and conditions are proposed from the wording. Review before use.",
        "publisher": site,
        "domains": [site],
    }
    if languages:
        meta["language"] = languages[0] if len(languages) == 1 else languages
    meta["review"] = "required"
    return {"pack": meta, "rules": rules}


def render_pack(site: str, data: dict[str, Any]) -> str:
    """YAML text of a validated draft, with a header a reviewer reads first."""
    RulePack.model_validate(data)  # never write a draft `rules validate` would refuse
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return (
        f"# Draft publisher pack for {site}, written by `compliance discover --emit-packs`.\n"
        "# review: required - check the wording, the effect and the conditions, then set\n"
        "# the version and remove `review` once a person has confirmed them.\n" + body
    )


def write_packs(directory: Path, found: Sequence[Found]) -> dict[str, str]:
    """Write one draft per site with a proposable candidate; site -> file written."""
    by_site: dict[str, list[Found]] = {}
    for item in found:
        if item.proposable:
            by_site.setdefault(item.site, []).append(item)
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for site in sorted(by_site):
        path = directory / f"{pack_id(site)}.yaml"
        path.write_text(render_pack(site, draft_pack(site, by_site[site])), "utf-8")
        written[site] = str(path)
    return written
