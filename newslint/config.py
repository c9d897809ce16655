"""Configuration: `newslint.toml`, or `[tool.newslint]` in pyproject.toml, found upward
from each linted file (the nearest wins), and resolved into the rules a file gets."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from newslint.packs import did_you_mean
from newslint.registry import Registry, build_registry
from newslint.rule import SEVERITIES, Rule

KEYS = {
    "select": list,
    "ignore": list,
    "severity": dict,
    "rules": dict,
    "per-file-ignores": dict,
    "packs": list,
    "fail-on": str,
    "overrides": list,
    "max-file-size": (int, str),
}
# What an [[overrides]] table may set for the files its globs match.
OVERRIDE_KEYS = {"files", "select", "ignore", "severity", "rules", "packs"}


class ConfigError(Exception):
    """A config newslint cannot use; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the file it came from; None for built-in defaults
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rules: tuple[tuple[str, tuple], ...] = ()  # rule key -> options as sorted items
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    packs: tuple[str, ...] = ()
    fail_on: str | None = None
    overrides: tuple[tuple[tuple[str, ...], "Config"], ...] = ()  # (globs, settings)
    max_file_size: int = 25_000_000  # bytes; larger files are skipped with a notice

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def pack_folders(self) -> tuple[Path, ...]:
        """Packs named by path (house packs); bare names are bundled packs."""
        return tuple(
            (self.root / p).resolve() for p in self.packs if "/" in p or p.startswith(".")
        )

    @property
    def registry(self) -> Registry:
        return build_registry(self.pack_folders)


def _frozen(value):
    """Option values as hashable data, so resolved settings can be cached."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    return value


def _fail(path: Path, message: str) -> ConfigError:
    return ConfigError(f"{path}: {message}")


def _override(path: Path, index: int, table) -> tuple[tuple[str, ...], Config]:
    where = f"overrides[{index}]"
    if not isinstance(table, dict):
        raise _fail(path, f"{where}: expected a table with files and settings")
    for key in table:
        if key not in OVERRIDE_KEYS:
            raise _fail(path, f"{where}: unknown key {key!r}{did_you_mean(key, OVERRIDE_KEYS)}")
    files = table.get("files")
    files = [files] if isinstance(files, str) else files
    if not files or not all(isinstance(g, str) for g in files):
        raise _fail(path, f"{where}: files: give the globs this override applies to")
    settings = parse_config(path, {k: v for k, v in table.items() if k != "files"})
    return tuple(files), settings


def _merge(base: Config, override: Config) -> Config:
    """base with an override's settings: select replaces, the rest adds (later wins)."""
    return replace(
        base,
        select=override.select if override.select is not None else base.select,
        ignore=base.ignore + override.ignore,
        severity=base.severity + override.severity,
        rules=base.rules + override.rules,
        packs=base.packs + tuple(p for p in override.packs if p not in base.packs),
        overrides=(),
    )


def parse_config(path: Path, table: dict) -> Config:
    for key, value in table.items():
        if key not in KEYS:
            raise _fail(path, f"unknown key {key!r}{did_you_mean(key, KEYS)}")
        if not isinstance(value, KEYS[key]):
            expected = " or ".join(t.__name__ for t in KEYS[key]) if isinstance(KEYS[key], tuple) else KEYS[key].__name__
            raise _fail(path, f"{key}: expected a {expected}")
    for key in ("select", "ignore", "packs"):
        if not all(isinstance(v, str) for v in table.get(key, [])):
            raise _fail(path, f"{key}: expected a list of strings")
    for key, level in list(table.get("severity", {}).items()) + [("fail-on", table.get("fail-on"))]:
        if level is not None and level not in SEVERITIES:
            raise _fail(path, f"{key}: {level!r} is not one of {', '.join(SEVERITIES)}")
    for key, options in table.get("rules", {}).items():
        if not isinstance(options, dict):
            raise _fail(path, f"rules.{key}: expected a table of options")
    ignores = table.get("per-file-ignores", {})
    for glob, selectors in ignores.items():
        if not isinstance(selectors, list) or not all(isinstance(s, str) for s in selectors):
            raise _fail(path, f"per-file-ignores.{glob}: expected a list of strings")
    return Config(
        path=path,
        select=tuple(table["select"]) if "select" in table else None,
        ignore=tuple(table.get("ignore", ())),
        severity=tuple(table.get("severity", {}).items()),
        rules=tuple(
            (key, _frozen(options)) for key, options in table.get("rules", {}).items()
        ),
        per_file_ignores=tuple((g, tuple(s)) for g, s in ignores.items()),
        packs=tuple(table.get("packs", ())),
        fail_on=table.get("fail-on"),
        overrides=tuple(_override(path, i, t) for i, t in enumerate(table.get("overrides", ()))),
        max_file_size=_size(path, table.get("max-file-size", 25_000_000)),
    )


def _size(path: Path, value) -> int:
    """Bytes from 25000000, "25MB", "500 kB"."""
    if isinstance(value, int):
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", value, re.IGNORECASE)
    if not match:
        raise _fail(path, f"max-file-size: {value!r} is not a size such as 25MB")
    factor = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9}[(match.group(2) or "b").lower()]
    return int(float(match.group(1)) * factor)


def load_config_file(path: Path) -> Config | None:
    """The config in path, or None for a pyproject.toml without [tool.newslint]."""
    try:
        source = path.read_text(encoding="utf-8")
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, f"invalid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        if path.name == "pyproject.toml":
            table = data.get("tool", {}).get("newslint")
            return None if table is None else parse_config(path, table)
        return parse_config(path, data)
    except ConfigError as exc:
        raise _with_line(exc, path, source) from None


def _with_line(exc: ConfigError, path: Path, source: str) -> ConfigError:
    """Add the line of the key at fault: "newslint.toml:3: unknown key 'selct'"."""
    message = str(exc)
    match = re.search(r"(?:unknown key|unknown option) '([^']+)'|^[^:]+: ([\w.-]+(?:\[\d+\])?):", message)
    key = next((g for g in (match.groups() if match else ()) if g), None)
    if key:
        name = key.split(".")[-1].split("[")[0]
        found = re.search(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=|^\s*\[+[^\]]*{re.escape(name)}", source, re.MULTILINE)
        if found:
            line = source.count("\n", 0, found.start()) + 1
            return ConfigError(message.replace(f"{path}: ", f"{path}:{line}: ", 1))
    return exc


@lru_cache(maxsize=256)
def find_config(directory: Path) -> Config:
    """The nearest config at or above directory; defaults when there is none."""
    for folder in (directory, *directory.parents):
        for name in ("newslint.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                config = load_config_file(candidate)
                if config is not None:
                    return config
    return Config()


@dataclass(frozen=True)
class Settings:
    """What one file gets: its rules with their effective severity and options."""

    rules: tuple[Rule, ...]
    severity: dict = field(default_factory=dict)  # code -> severity
    options: dict = field(default_factory=dict)  # code -> options


def _matches(rule: Rule, selector: str) -> bool:
    return selector in (rule.code, rule.name, rule.category, rule.pack) or (
        selector.isupper() and rule.code.startswith(selector)
    )


def check_selectors(registry: Registry, selectors, where: str) -> None:
    """Unknown codes, names, categories or packs are an error with a hint."""
    known = {k for r in registry.rules for k in (r.code, r.name, r.category, r.pack)}
    for selector in selectors:
        if not any(_matches(rule, selector) for rule in registry.rules):
            raise ConfigError(f"{where}: unknown rule, category or pack {selector!r}{did_you_mean(selector, known)}")


def resolve(config: Config, relative_path: str, select=None, ignore=()) -> Settings:
    """The rules for one file. select (from the command line) replaces the config's;
    ignore adds to it."""
    for globs, override in config.overrides:
        if any(fnmatch.fnmatch(relative_path, glob) for glob in globs):
            config = _merge(config, override)
    ignored = list(config.ignore) + list(ignore)
    for glob, selectors in config.per_file_ignores:
        if fnmatch.fnmatch(relative_path, glob):
            ignored.extend(selectors)
    return _settings(config, tuple(select) if select is not None else None, tuple(ignored))


@lru_cache(maxsize=256)
def _settings(config: Config, select, ignored) -> Settings:
    registry = config.registry
    where = str(config.path or "command line")
    select = select if select is not None else config.select
    check_selectors(registry, list(select or ()) + list(ignored), where)
    bundled_on = {p for p in config.packs if p in registry.opt_in_packs}
    unknown_packs = [p for p in config.packs if "/" not in p and not p.startswith(".") and p not in registry.packs]
    if unknown_packs:
        raise ConfigError(f"{where}: packs: unknown pack {unknown_packs[0]!r}{did_you_mean(unknown_packs[0], registry.packs)}")
    rules = []
    for rule in registry.rules:
        if select is not None:
            on = any(_matches(rule, s) for s in select)
        else:
            on = registry.default_on(rule) or rule.pack in bundled_on
        if on and not any(_matches(rule, s) for s in ignored):
            rules.append(rule)
    severity, options = {}, {}
    for selector, level in config.severity:
        check_selectors(registry, [selector], f"{where}: severity")
        for rule in rules:
            if _matches(rule, selector):
                severity[rule.code] = level
    for key, items in config.rules:
        rule = registry.find(key)
        if rule is None:
            known = [k for r in registry.rules for k in (r.code, r.name)]
            raise ConfigError(f"{where}: rules: unknown rule {key!r}{did_you_mean(key, known)}")
        given = dict(items)
        for option in given:
            if option not in rule.options:
                hint = did_you_mean(option, rule.options) if rule.options else " (this rule takes no options)"
                raise ConfigError(f"{where}: rules.{key}: unknown option {option!r}{hint}")
        if isinstance(given.get("file"), str) and given["file"]:
            given["file"] = str(config.root / given["file"])  # relative to the config file
        options[rule.code] = {**rule.options, **given}
    return Settings(tuple(rules), severity, options)
