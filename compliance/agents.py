"""Reference data: the AI crawler catalogue (``rules/agents.yaml``), typed and cached.

What it does: loads the product tokens that robots.txt groups name, with their operator, role,
purposes and documentation. Why it matters: DESIGN.md §5 reads a robots.txt without ``--agent``
through these roles (a disallowed training crawler reserves ``ai-train``; a disallowed
answer-time agent reserves ``ai-input``; Googlebot and Bingbot decide ``search``), and the
catalogue is data so a new crawler never needs code. Spec: STANDARDS.md §3 and §15.2.

Example::

    lookup("gptbot").role            # Role.TRAINING
    [a.token for a in search_agents()]  # ["Googlebot", "Bingbot"]
"""

from __future__ import annotations

import enum
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from compliance.model import Purpose
from compliance.resources import bundled_rules_dir

__all__ = [
    "Agent",
    "AgentCatalogueError",
    "Catalogue",
    "Role",
    "agents_file",
    "all_agents",
    "answer_time_agents",
    "load_catalogue",
    "lookup",
    "search_agents",
    "training_agents",
]


class AgentCatalogueError(ValueError):
    """The bundled catalogue is missing or invalid (a packaging bug, never user data)."""


class Role(enum.StrEnum):
    """What a token is for; decides which DESIGN.md §5 reading looks at its groups."""

    TRAINING = "training"
    TRAINING_CONTROL = "training-control"  # never crawls (Google-Extended, Applebot-Extended)
    AI_SEARCH = "ai-search"
    USER_FETCH = "user-fetch"
    SEARCH = "search"
    OTHER = "other"


class _Closed(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Agent(_Closed):
    """One crawler product token."""

    token: str = Field(min_length=1)
    operator: str
    role: Role
    purposes: tuple[Purpose, ...] = ()
    docs: str = Field(pattern=r"^https://")
    decides_search: bool = False
    notes: str = ""

    @property
    def is_rfc_token(self) -> bool:
        """Whether a robots.txt ``User-agent`` line can name it (RFC 9309 §2.2.1)."""
        return all(c.isascii() and (c.isalnum() or c in "-_") for c in self.token)


class Catalogue(_Closed):
    version: str
    source: str
    agents: tuple[Agent, ...]

    @field_validator("agents")
    @classmethod
    def _unique(cls, agents: tuple[Agent, ...]) -> tuple[Agent, ...]:
        seen: set[str] = set()
        for agent in agents:
            key = agent.token.lower()
            if key in seen:
                raise ValueError(f"duplicate token {agent.token!r}")
            seen.add(key)
        return agents


def agents_file() -> Path:
    """Where ``agents.yaml`` is: inside the installed package, else in the source checkout."""
    return bundled_rules_dir() / "agents.yaml"


@cache
def load_catalogue() -> Catalogue:
    """Load and validate the catalogue once per process."""
    path = agents_file()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return Catalogue.model_validate(data)
    except OSError as exc:
        raise AgentCatalogueError(f"{path}: cannot read the agent catalogue ({exc})") from exc
    except yaml.YAMLError as exc:
        raise AgentCatalogueError(f"{path}: invalid YAML ({exc})") from exc
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise AgentCatalogueError(f"{path}: {problems}") from exc


@cache
def _by_token() -> dict[str, Agent]:
    return {agent.token.lower(): agent for agent in load_catalogue().agents}


def all_agents() -> tuple[Agent, ...]:
    return load_catalogue().agents


def lookup(token: str) -> Agent | None:
    """The catalogue entry of a product token (case-insensitive, exact), or None."""
    return _by_token().get(token.strip().lower())


@cache
def training_agents() -> tuple[Agent, ...]:
    """Tokens whose disallow reserves ``ai-train`` (crawlers and training-control tokens)."""
    roles = {Role.TRAINING, Role.TRAINING_CONTROL}
    return tuple(a for a in load_catalogue().agents if a.role in roles)


@cache
def answer_time_agents() -> tuple[Agent, ...]:
    """Tokens whose disallow reserves ``ai-input`` (AI search indexers and user fetchers)."""
    roles = {Role.AI_SEARCH, Role.USER_FETCH}
    return tuple(a for a in load_catalogue().agents if a.role in roles)


@cache
def search_agents() -> tuple[Agent, ...]:
    """Tokens whose groups decide ``search`` (DESIGN.md §5: Googlebot and Bingbot)."""
    return tuple(a for a in load_catalogue().agents if a.decides_search)
