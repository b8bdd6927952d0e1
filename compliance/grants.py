"""Written permissions the user holds (`--grants grants.yaml`, DESIGN.md §5.3).

A grant names a publisher pack and/or domains, the purposes it covers and an expiry date.
It satisfies `written-permission` / `permission` / `licence` conditions and lifts `deny`
for that pack's findings and for documents on its domains. An expired grant changes nothing
and is reported, so a lapsed licence never silently keeps content flowing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from compliance.errors import ConfigError, Located
from compliance.model import Frozen, Purpose, parse_purposes
from compliance.rulepacks.yamlsource import YamlProblem, load_with_positions, position_of


class Grant(Frozen):
    """One permission on file, as written in grants.yaml."""

    id: str
    publisher: str | None = Field(default=None, description="a rule pack id, e.g. antara")
    domains: tuple[str, ...] = ()
    purposes: tuple[Purpose, ...] = Field(default=(), description="empty = every purpose")
    granted_by: str
    evidence: str
    expires: dt.date | None = None

    @field_validator("purposes", mode="before")
    @classmethod
    def _aliases(cls, value: object) -> object:
        if isinstance(value, (str, list, tuple)):
            return parse_purposes(value if not isinstance(value, tuple) else list(value))
        return value

    @field_validator("domains", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        if isinstance(value, list):
            return tuple(str(v).lower().strip(".") for v in value)
        return value

    def covers(self, purpose: Purpose) -> bool:
        return not self.purposes or purpose in self.purposes

    def covers_host(self, host: str | None) -> bool:
        if not host:
            return False
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def expired_on(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today


class GrantsFile(Frozen):
    grants: tuple[Grant, ...]


@dataclass(frozen=True)
class Grants:
    """The grants of a run, split by the run's clock into active and expired."""

    path: str
    sha256: str
    active: tuple[Grant, ...]
    expired: tuple[Grant, ...]


_FORMAT_HINT = "see examples/grants.yaml for the format"


def load_grants(
    path: str | Path, today: dt.date, known_packs: Collection[str] | None = None
) -> Grants:
    """Read and validate a grants file; every problem is reported at once (exit 2).

    With `known_packs` (the run's pack ids), a grant naming a pack that is not loaded is an
    error: it would never apply, and a typo must not look like a permission on file.
    """
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Located(shown, 0, 0, f"cannot read grants file: {exc}")]) from None
    try:
        data, positions, problems = load_with_positions(text)
    except YamlProblem as exc:
        raise ConfigError([Located(shown, exc.line, exc.column, exc.message)]) from None
    located = [Located(shown, p.line, p.column, p.message) for p in problems]
    if not isinstance(data, dict) or "grants" not in data:
        got = "an empty file" if data is None else f"a {_yaml_kind(data)}"
        message = f"a grants file is a mapping with a 'grants:' list of grants, not {got}"
        if isinstance(data, dict):
            message = "a grants file needs a top-level 'grants:' list"
        raise ConfigError([*located, Located(shown, 1, 1, message)], hint=_FORMAT_HINT)
    try:
        parsed = GrantsFile.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            line, col = position_of(positions, loc)
            where = ".".join(str(p) for p in loc) or "grants file"
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            located.append(Located(shown, line, col, f"{where}: {msg}"))
        raise ConfigError(located, hint=_FORMAT_HINT) from None
    for i, grant in enumerate(parsed.grants):
        if not grant.publisher and not grant.domains:
            line, col = position_of(positions, ("grants", i))
            located.append(
                Located(shown, line, col, f"grant {grant.id!r} needs a publisher or domains")
            )
        if grant.publisher and known_packs is not None and grant.publisher not in known_packs:
            line, col = position_of(positions, ("grants", i, "publisher"))
            close = difflib.get_close_matches(grant.publisher, sorted(known_packs), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            located.append(
                Located(
                    shown,
                    line,
                    col,
                    f"grant {grant.id!r}: no loaded rule pack is called {grant.publisher!r}"
                    f" (it would never apply){hint}",
                )
            )
    ids = [g.id for g in parsed.grants]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        located.append(Located(shown, 0, 0, f"duplicate grant id {dup!r}"))
    if located:
        raise ConfigError(located, hint=_FORMAT_HINT)
    active = tuple(g for g in parsed.grants if not g.expired_on(today))
    expired = tuple(g for g in parsed.grants if g.expired_on(today))
    return Grants(shown, hashlib.sha256(raw).hexdigest(), active, expired)


def _yaml_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return "single value"
