"""Configuration: `newslint.toml`, or `[tool.newslint]` in pyproject.toml, found upward
from each linted file (the nearest wins), and resolved into the rules a file gets."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from newslint import lazy_re
from newslint.errors import ConfigError, did_you_mean, type_name
from newslint.rules.registry import Registry, build_registry
from newslint.rules.rule import NO_OPTIONS, SEVERITIES, Rule


def _is_strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


# Each top-level key: the test its value must pass, and what the error says is expected.
KEYS = {
    "select": (_is_strings, "a list of strings"),
    "ignore": (_is_strings, "a list of strings"),
    "packs": (_is_strings, "a list of strings"),
    "severity": (lambda v: isinstance(v, dict), "a table of rule or category = severity"),
    "rules": (lambda v: isinstance(v, dict), "a table of rule option tables"),
    "per-file-ignores": (lambda v: isinstance(v, dict), "a table of glob = list of rules"),
    "fail-on": (lambda v: isinstance(v, str), f"one of {', '.join(SEVERITIES)}"),
    "overrides": (lambda v: isinstance(v, list), "a list of tables ([[overrides]])"),
    "max-file-size": (lambda v: isinstance(v, (int, str)) and not isinstance(v, bool),
                      "a positive number of bytes or a size such as '25MB'"),
}
# What an [[overrides]] table may set for the files its globs match.
OVERRIDE_KEYS = {"files", "select", "ignore", "severity", "rules", "packs"}


class Config(NamedTuple):
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


class _Table(tuple):
    """A TOML table frozen into sorted (key, value) pairs. Its own type, so a frozen table
    is still told apart from a frozen list when an option's type is checked."""

    is_table = True  # errors.type_name calls it a table


def _frozen(value):
    """Option values as hashable data, so resolved settings can be cached."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return _Table(sorted((k, _frozen(v)) for k, v in value.items()))
    return value





def _got(value, item_type=None) -> str:
    """type_name, but for a list whose items should be item_type, the first that is not."""
    if item_type is not None and isinstance(value, (list, tuple)) and not isinstance(value, _Table):
        wrong = [item for item in value if not _conforms(item, item_type)]
        if wrong:
            return f"a list holding {type_name(wrong[0])}"
    return type_name(value)


def _fail(path: Path, message: str) -> ConfigError:
    return ConfigError(f"{path}: {message}")


def _override(path: Path, index: int, table) -> tuple[tuple[str, ...], Config]:
    where = f"overrides[{index}]"
    if not isinstance(table, dict):
        raise _fail(path, f"{where}: expected a table with files and settings, got {type_name(table)}")
    for key in table:
        if key not in OVERRIDE_KEYS:
            raise _fail(path, f"{where}: unknown key {key!r}{did_you_mean(key, OVERRIDE_KEYS)}")
    files = table.get("files")
    files = [files] if isinstance(files, str) else files
    if not files or not _is_strings(files):
        raise _fail(path, f"{where}: files: give the globs this override applies to (a list of strings)")
    settings = parse_config(path, {k: v for k, v in table.items() if k != "files"}, f"{where}.")
    return tuple(files), settings


def _merge(base: Config, override: Config) -> Config:
    """base with an override's settings: select replaces, the rest adds (later wins)."""
    return base._replace(
        select=override.select if override.select is not None else base.select,
        ignore=base.ignore + override.ignore,
        severity=base.severity + override.severity,
        rules=base.rules + override.rules,
        packs=base.packs + tuple(p for p in override.packs if p not in base.packs),
        overrides=(),
    )


def parse_config(path: Path, table: dict, where: str = "") -> Config:
    """A Config from a config file's table, every key checked for its type; where
    prefixes the key in messages ("overrides[0].") for the tables of an override."""
    for key, value in table.items():
        if key not in KEYS:
            raise _fail(path, f"{where}unknown key {key!r}{did_you_mean(key, KEYS)}")
        valid, expected = KEYS[key]
        if not valid(value):
            raise _fail(path, f"{where}{key}: expected {expected}, got {_got(value, str)}")
    levels = [(f"severity.{k}", v) for k, v in table.get("severity", {}).items()]
    for key, level in levels + [("fail-on", table.get("fail-on"))]:
        if level is not None and level not in SEVERITIES:
            shown = repr(level) if isinstance(level, str) else type_name(level)
            raise _fail(path, f"{where}{key}: {shown} is not one of {', '.join(SEVERITIES)}")
    for key, options in table.get("rules", {}).items():
        if not isinstance(options, dict):
            raise _fail(path, f"{where}rules.{key}: expected a table of options, got {type_name(options)}")
    ignores = table.get("per-file-ignores", {})
    for glob, selectors in ignores.items():
        if not _is_strings(selectors):
            raise _fail(path, f"{where}per-file-ignores.{glob}: expected a list of strings, got {_got(selectors, str)}")
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


_SIZE = lazy_re.compile(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", re.IGNORECASE)


def _size(path: Path, value: int | str) -> int:
    """Bytes from 25000000, "25MB", "500 kB". Zero, a negative size or true would skip
    every file, so they are errors rather than a run that checks nothing."""
    size = value
    if isinstance(value, str):
        match = _SIZE.fullmatch(value)
        factor = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9}[(match.group(2) or "b").lower()] if match else 0
        size = int(float(match.group(1)) * factor) if match else 0
    if size < 1:
        raise _fail(path, f"max-file-size: expected {KEYS['max-file-size'][1]}, got {type_name(value)}")
    return size


def load_config_file(path: Path) -> Config | None:
    """The config in path, or None for a pyproject.toml without [tool.newslint]."""
    import tomllib  # only when there is a config to read

    try:
        source = path.read_text(encoding="utf-8")
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, f"invalid TOML ({exc})") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise _fail(path, "invalid TOML (arrays or tables nested too deeply)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        if path.name == "pyproject.toml":
            table = _tool_table(path, data)
            return None if table is None else parse_config(path, table)
        return parse_config(path, data)
    except ConfigError as exc:
        raise _with_line(exc, path, source) from None


def _tool_table(path: Path, data: dict) -> dict | None:
    """pyproject.toml's [tool.newslint], or None when it has none."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise _fail(path, f"tool: expected a table, got {type_name(tool)}")
    table = tool.get("newslint")
    if table is not None and not isinstance(table, dict):
        raise _fail(path, f"tool.newslint: expected a table, got {type_name(table)}")
    return table


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


class Settings(NamedTuple):
    """What one file gets: its rules with their effective severity and options."""

    rules: tuple[Rule, ...]
    severity: Mapping = NO_OPTIONS  # code -> severity
    options: Mapping = NO_OPTIONS  # code -> options
    known: tuple[Rule, ...] = ()  # every rule the run knows, for naming them in directives


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
    _check_overrides(config)
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
    severity = {}
    for selector, level in config.severity:
        check_selectors(registry, [selector], f"{where}: severity")
        for rule in rules:
            if _matches(rule, selector):
                severity[rule.code] = level
    return Settings(tuple(rules), severity, _rule_options(config, registry), registry.rules)


def _rule_options(config: Config, registry: Registry) -> dict:
    """code -> options for each rule the config sets options for. Every option must be
    one the rule has, with the type it declares or its default has."""
    where = str(config.path or "command line")
    options = {}
    for key, items in config.rules:
        rule = registry.find(key)
        if rule is None:
            known = [k for r in registry.rules for k in (r.code, r.name)]
            raise ConfigError(f"{where}: rules: unknown rule {key!r}{did_you_mean(key, known)}")
        given = dict(items)
        for option, value in given.items():
            if option not in rule.options:
                hint = did_you_mean(option, rule.options) if rule.options else " (this rule takes no options)"
                raise ConfigError(f"{where}: rules.{key}: unknown option {option!r}{hint}")
            problem = option_problem(rule, option, value)
            if problem:
                raise ConfigError(f"{where}: rules.{key}.{option}: {problem}")
        if isinstance(given.get("file"), str) and given["file"]:
            given["file"] = str(config.root / given["file"])  # relative to the config file
        options[rule.code] = {**rule.options, **given}
    return options


@lru_cache(maxsize=256)
def _check_overrides(config: Config) -> None:
    """Check every override's rule options, not only those of the overrides a file
    matches: a mistake must not wait for the one file that would reveal it."""
    for _, override in config.overrides:
        merged = _merge(config, override)
        _rule_options(merged, merged.registry)


# How a type reads in an error: (one, many).
_TYPE_NAMES = {
    str: ("a string", "strings"),
    bool: ("true or false", "true or false values"),
    int: ("an integer", "integers"),
    float: ("a number", "numbers"),
    dict: ("a table", "tables"),
}


def _type_phrase(kind: type, many: bool = False) -> str:
    one, several = _TYPE_NAMES.get(kind, (f"a {kind.__name__}", f"{kind.__name__} values"))
    return several if many else one


def _option_type(rule: Rule, option: str):
    """The type a rule's option must have: declared in rule.option_types, or else its
    default's (list[str] for a list of strings, any number for an integer); None when the
    default says nothing."""
    if option in rule.option_types:
        return rule.option_types[option]
    default = rule.options[option]
    if isinstance(default, (list, tuple)):
        item_types = {type(item) for item in default}
        return list[item_types.pop()] if len(item_types) == 1 else list
    if type(default) is int:
        return float  # a threshold: `max-grade = 12.5` is as good as 14
    return None if default is None else type(default)


def _conforms(value, expected) -> bool:
    """Whether a (frozen) config value has the expected type. bool is not an integer; an
    integer is a number."""
    origin, args = getattr(expected, "__origin__", expected), getattr(expected, "__args__", ())
    if origin in (list, tuple):
        is_list = isinstance(value, (list, tuple)) and not isinstance(value, _Table)
        return is_list and all(_conforms(item, args[0]) for item in value) if args else is_list
    if origin is dict:
        pairs = value.items() if isinstance(value, dict) else value if isinstance(value, _Table) else None
        return pairs is not None and (not args or all(
            _conforms(k, args[0]) and _conforms(v, args[1]) for k, v in pairs))
    if isinstance(value, bool):
        return expected in (bool, object)
    if expected is float:
        return isinstance(value, (int, float))
    return isinstance(value, expected)


def _expected(expected) -> str:
    """An option type as an error says it: "a list of strings", "an integer"."""
    origin, args = getattr(expected, "__origin__", expected), getattr(expected, "__args__", ())
    if origin in (list, tuple):
        return f"a list of {_type_phrase(args[0], many=True)}" if args else "a list"
    if origin is dict:
        return f"a table of {_type_phrase(args[1], many=True)}" if args else "a table"
    return _type_phrase(expected)


def option_problem(rule: Rule, option: str, value) -> str | None:
    """What is wrong with value as rule's option, or None. Unchecked, a string where a list
    of patterns belongs would become one-letter patterns, and a string threshold would
    crash the rule on every file."""
    expected = _option_type(rule, option)
    if expected is None or _conforms(value, expected):
        return None
    listed = getattr(expected, "__origin__", None) in (list, tuple)
    return f"expected {_expected(expected)}, got {_got(value, expected.__args__[0] if listed else None)}"


def config_for(config, directory: Path):
    """The Config for files in directory: config None (found upward from it), a Config,
    or a config file's path."""
    if config is None:
        return find_config(directory)
    if isinstance(config, Config):
        return config
    loaded = load_config_file(Path(config))
    return loaded if loaded is not None else Config(path=Path(config))
