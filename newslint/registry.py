"""One table of rules: Python built-ins, the bundled packs, plugins and a config's packs.

Codes and names must be unique across all of them; a clash is an error naming both
sources (flake8 lets plugins shadow each other silently; newslint does not).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslint.packs import PackError, bundled_packs_dir, load_pack
from newslint.rule import Rule

ENTRY_POINT_GROUP = "newslint.rules"
DEFAULT_PACK = "core"  # the bundled pack that is on without being asked for


@dataclass(frozen=True)
class Registry:
    rules: tuple[Rule, ...]
    opt_in_packs: frozenset[str]  # bundled packs a config or --select must name

    def default_on(self, rule: Rule) -> bool:
        return rule.enabled and rule.pack not in self.opt_in_packs

    def find(self, key: str) -> Rule | None:
        for rule in self.rules:
            if key in (rule.code, rule.name):
                return rule
        return None

    @property
    def packs(self) -> set[str]:
        return {rule.pack for rule in self.rules}


def _entry_point_rules() -> list[Rule]:
    from importlib.metadata import entry_points

    rules: list[Rule] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        source = f"entry point {ep.name!r} ({ep.value})"
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not look like newslint's fault
            raise PackError(f"{source}: cannot load ({type(exc).__name__}: {exc})") from None
        if isinstance(loaded, (str, Path)):
            rules.extend(load_pack(Path(loaded), pack=ep.name))
            continue
        for rule in [loaded] if isinstance(loaded, Rule) else list(loaded):
            if not isinstance(rule, Rule):
                raise PackError(f"{source}: provides {type(rule).__name__}, not a newslint Rule")
            rules.append(rule if rule.source else _with_source(rule, source))
    return rules


def _with_source(rule: Rule, source: str) -> Rule:
    from dataclasses import replace

    return replace(rule, source=source)


def _check_unique(rules: list[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            other = seen.get(key)
            if other is not None:
                raise PackError(
                    f"rule {key!r} is defined twice: in {other.source} and in {rule.source}"
                )
            seen[key] = rule


@lru_cache(maxsize=16)
def build_registry(extra_packs: tuple[Path, ...] = ()) -> Registry:
    """All rules. extra_packs are folders a config names; their rules are on by default."""
    from newslint.checks import BUILTINS

    rules: list[Rule] = list(BUILTINS)
    bundled = bundled_packs_dir()
    opt_in = set()
    for folder in sorted(p for p in bundled.iterdir() if p.is_dir()):
        rules.extend(load_pack(folder))
        if folder.name != DEFAULT_PACK:
            opt_in.add(folder.name)
    rules.extend(_entry_point_rules())
    for folder in extra_packs:
        rules.extend(load_pack(folder))
    _check_unique(rules)
    return Registry(tuple(rules), frozenset(opt_in))
