"""Rule packs: the YAML schema, the loader with `file:line:col` errors, and the self-tests."""

from compliance.rulepacks.loader import LoadedPack, RuleSet, load_packs
from compliance.rulepacks.schema import Example, MatchNode, Rule, RulePack

__all__ = ["Example", "LoadedPack", "MatchNode", "Rule", "RulePack", "RuleSet", "load_packs"]
