"""Load YAML rule packs: one folder per pack, one YAML file per rule, strictly validated.

A rule file names its kind and gives only that kind's fields. Anything unexpected is an
error naming the file, the line and the key, with a "did you mean" hint, so an editor who
writes a house-style rule learns at once what is wrong with it.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

from newslint.kinds import kinds
from newslint.rule import Example, Rule

COMMON = {
    "code": str,
    "name": str,
    "category": str,
    "severity": str,
    "summary": str,
    "why": str,
    "kind": str,
    "examples": dict,
}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PackError(Exception):
    """A rule pack or rule file newslint cannot use; the message names file and reason."""


def bundled_packs_dir() -> Path:
    """Where the packs shipped with newslint live: inside the installed package, or the
    repository's rules/ folder when running from a source checkout."""
    installed = Path(__file__).with_name("_rules")
    return installed if installed.is_dir() else Path(__file__).parent.parent / "rules"


def did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _line_of_key(source: str, key: str) -> str:
    match = re.search(rf"^\s*{re.escape(key)}\s*:", source, re.MULTILINE)
    return f":{source.count(chr(10), 0, match.start()) + 1}" if match else ""


def load_pack(directory: Path, pack: str | None = None) -> list[Rule]:
    """Every rule in a pack folder (subfolders included), sorted by file name."""
    if not directory.is_dir():
        raise PackError(f"{directory}: rule pack folder not found")
    pack = pack or directory.name
    files = sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml"))
    return [load_rule_file(path, pack) for path in files]


def load_rule_file(path: Path, pack: str) -> Rule:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read rule file ({exc})") from None
    try:
        data = yaml.load(source, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise PackError(f"{path}{where}: {problem}") from None
    try:
        rule = rule_from_mapping(data, pack, str(path), untrusted=not path.is_relative_to(bundled_packs_dir()))
    except _KeyProblem as exc:
        raise PackError(f"{path}{_line_of_key(source, exc.key)}: {exc}") from None
    except ValueError as exc:  # kinds start their messages with the key at fault
        key = str(exc).split(":", 1)[0]
        where = _line_of_key(source, key) if isinstance(data, dict) and key in data else ""
        raise PackError(f"{path}{where}: {exc}") from None
    if rule.name != path.stem:
        raise PackError(f"{path}: rule name {rule.name!r} must match the file name {path.stem!r}")
    return rule


class _KeyProblem(ValueError):
    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


def _examples(data: dict) -> tuple[Example, ...]:
    unknown = set(data) - {"bad", "good"}
    if unknown:
        key = sorted(unknown)[0]
        raise _KeyProblem(key, f"examples: unknown key {key!r}{did_you_mean(key, ['bad', 'good'])}")
    examples = []
    for label in ("bad", "good"):
        items = data.get(label) or []
        if not isinstance(items, list):
            raise _KeyProblem(label, f"examples.{label}: expected a list of examples")
        for item in items:
            if isinstance(item, str):
                examples.append(Example(item, bad=label == "bad"))
            elif isinstance(item, dict) and set(item) <= {"text", "article"} and "text" in item:
                examples.append(Example(str(item["text"]), label == "bad", bool(item.get("article"))))
            else:
                raise _KeyProblem(label, f"examples.{label}: each example is a string or {{text, article}}")
    return tuple(examples)


def _on_first_use(build, spec):
    built = []

    def check(doc, options):
        if not built:
            built.append(build(spec))
        return built[0](doc, options)

    return check


def _option_type(declared: type):
    """A kind's field type, as a config's value for that option is checked against it:
    the loader holds list fields to strings (patterns, phrases) and dict fields to
    strings mapped to strings, and so does the config."""
    return {list: list[str], dict: dict[str, str]}.get(declared, declared)


def rule_from_mapping(data, pack: str, source: str, untrusted: bool = True) -> Rule:
    """A Rule from a rule file's mapping. Patterns from packs newslint did not ship are
    matched with a time limit (see kinds.TimedPattern)."""
    if not isinstance(data, dict):
        raise ValueError("a rule file must be a mapping of keys to values")
    kind_name = data.get("kind")
    all_kinds = kinds()
    if kind_name not in all_kinds:
        hint = did_you_mean(str(kind_name), all_kinds) if kind_name else ""
        raise _KeyProblem("kind", f"kind: {kind_name!r} is not one of {', '.join(all_kinds)}{hint}")
    kind = all_kinds[kind_name]
    allowed = {**COMMON, **{key: spec[0] for key, spec in kind.FIELDS.items()}}
    for key, value in data.items():
        if key not in allowed:
            raise _KeyProblem(key, f"unknown key {key!r} for kind {kind_name!r}{did_you_mean(key, allowed)}")
        expected = allowed[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise _KeyProblem(key, f"{key}: expected {expected.__name__}, got {type(value).__name__}")
        if expected is list and not all(isinstance(item, str) for item in value):
            raise _KeyProblem(key, f"{key}: expected a list of strings")
        if expected is dict and key != "examples" and not all(isinstance(v, str) for v in value.values()):
            raise _KeyProblem(key, f"{key}: expected a mapping of strings to strings")
    missing = [key for key in (*COMMON, *kind.REQUIRED) if key not in data]
    if missing:
        raise ValueError(f"missing key {missing[0]!r}")
    spec = {key: data.get(key, default) for key, (_, default) in kind.FIELDS.items()}
    spec["untrusted"] = untrusted
    # A user's rule is compiled now, so a bad pattern is an error naming its file and key.
    # Bundled rules are tested; they compile on first use, which keeps start-up fast.
    check = kind.build(spec) if untrusted else _on_first_use(kind.build, spec)
    return Rule(
        code=data["code"],
        name=data["name"],
        category=data["category"],
        severity=data["severity"],
        summary=data["summary"].strip(),
        why=data["why"].strip(),
        check=check,
        examples=_examples(data["examples"]),
        options={key: spec[key] for key in kind.OPTIONS},
        option_types={key: _option_type(kind.FIELDS[key][0]) for key in kind.OPTIONS},
        pack=pack,
        source=source,
    )
