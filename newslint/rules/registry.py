"""One table of rules: Python built-ins, the bundled packs, plugins and a config's packs.

Codes and names must be unique across all of them; a clash is an error naming both
sources (flake8 lets plugins shadow each other silently; newslint does not).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from newslint.errors import PackError
from newslint.rules.packs import bundled_packs_dir, load_pack
from newslint.rules.rule import Rule

ENTRY_POINT_GROUP = "newslint.rules"
DEFAULT_PACK = "core"  # the bundled pack that is on without being asked for


class Registry(NamedTuple):
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


def installed_entry_points() -> list[tuple[str, str]]:
    """(name, value) of every installed `newslint.rules` entry point.

    importlib.metadata reads every installed distribution's metadata, which with its import
    was a tenth of a pre-commit call. The list is kept in newslint's cache under the
    modification times of the folders on sys.path: installing, upgrading or removing a
    distribution changes its folder, and with it the key."""
    import marshal
    import os
    import sys

    from newslint.files import cache_dir, write_new

    key = []
    for folder in sys.path:
        try:
            key.append((folder, os.stat(folder or ".").st_mtime_ns))
        except OSError:
            key.append((folder, None))
    key = tuple(key)
    cache = cache_dir() / "entry-points-v1.marshal"
    try:
        saved = marshal.loads(cache.read_bytes())
        saved = saved if isinstance(saved, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        saved = {}
    if key in saved:
        return saved[key]
    from importlib.metadata import entry_points

    points = [(ep.name, ep.value) for ep in entry_points(group=ENTRY_POINT_GROUP)]
    kept = dict(list(saved.items())[-7:])  # a few environments (the console script, python -m ...)
    kept[key] = points
    try:
        write_new(cache, marshal.dumps(kept))
    except (OSError, ValueError):
        pass
    return points


def _load(value: str):
    """What an entry point's value ("module:attribute.path [extras]") names."""
    import importlib

    module, _, attribute = value.partition(":")
    loaded = importlib.import_module(module.strip())
    for part in attribute.split("[", 1)[0].strip().split(".") if attribute.strip() else ():
        loaded = getattr(loaded, part)
    return loaded


def _entry_point_rules() -> list[Rule]:
    rules: list[Rule] = []
    for name, value in installed_entry_points():
        source = f"entry point {name!r} ({value})"
        try:
            loaded = _load(value)
        except Exception as exc:  # a broken plugin must not look like newslint's fault
            raise PackError(f"{source}: cannot load ({type(exc).__name__}: {exc})") from None
        if isinstance(loaded, (str, Path)):
            rules.extend(load_pack(Path(loaded), pack=name))
            continue
        for rule in [loaded] if isinstance(loaded, Rule) else list(loaded):
            if not isinstance(rule, Rule):
                raise PackError(f"{source}: provides {type(rule).__name__}, not a newslint Rule")
            rules.append(rule if rule.source else _with_source(rule, source))
    return rules


def _with_source(rule: Rule, source: str) -> Rule:
    return rule.replace(source=source)


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
    from newslint.rules.checks import BUILTINS
    from newslint.rules.packs import save_parsed

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
    save_parsed()
    return Registry(tuple(rules), frozenset(opt_in))
