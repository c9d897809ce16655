"""Load YAML rule packs: one folder per pack, one YAML file per rule, strictly validated.

A rule file names its kind and gives only that kind's fields. Anything unexpected is an
error naming the file, the line and the key, with a "did you mean" hint, so an editor who
writes a house-style rule learns at once what is wrong with it.
"""

from __future__ import annotations

import marshal
import re
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from newslint.errors import PackError, did_you_mean
from newslint.files import cache_dir
from newslint.rules.rule import Example, Rule

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
PARSED_VERSION = 1
KEPT_FILES = 500  # rule files whose parse the cache keeps


@lru_cache(maxsize=1)
def bundled_packs_dir() -> Path:
    """Where the packs shipped with newslint live: inside the installed package, or the
    repository's rules/ folder when running from a source checkout (found once: each
    rule file asks)."""
    package = Path(__file__).resolve().parents[1]  # newslint/
    installed = package / "_rules"
    return installed if installed.is_dir() else package.parent / "rules"


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
    data = _parsed.get(path)
    source = None
    if data is None:
        source = _read(path)
        data = _parse_yaml(path, source)
        _parsed.put(path, data)
    try:
        rule = rule_from_mapping(data, pack, str(path), untrusted=not path.is_relative_to(bundled_packs_dir()))
    except _KeyProblem as exc:
        raise PackError(f"{path}{_line_of_key(source or _read(path), exc.key)}: {exc}") from None
    except ValueError as exc:  # kinds start their messages with the key at fault
        key = str(exc).split(":", 1)[0]
        where = _line_of_key(source or _read(path), key) if isinstance(data, dict) and key in data else ""
        raise PackError(f"{path}{where}: {exc}") from None
    if rule.name != path.stem:
        raise PackError(f"{path}: rule name {rule.name!r} must match the file name {path.stem!r}")
    return rule


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read rule file ({exc})") from None


def _parse_yaml(path: Path, source: str):
    import yaml

    try:
        return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise PackError(f"{path}{where}: {problem}") from None


class _ParsedFiles:
    """Rule files as parsed YAML, kept in newslint's cache by path, size and modification
    time: PyYAML's import and parse of every bundled rule were a sixth of a pre-commit
    call. A file whose parse marshal cannot hold is simply parsed each time."""

    def __init__(self):
        self._entries: dict | None = None
        self._unsaved = False

    def _file(self) -> Path:
        return cache_dir() / f"rule-files-v{PARSED_VERSION}.marshal"

    @staticmethod
    def _key(path: Path):
        try:
            info = path.stat()
        except OSError:
            return None
        return str(path.resolve()), info.st_size, info.st_mtime_ns

    def get(self, path: Path):
        if self._entries is None:
            try:
                self._entries = marshal.loads(self._file().read_bytes())
                if not isinstance(self._entries, dict):
                    self._entries = {}
            except (OSError, ValueError, EOFError, TypeError):
                self._entries = {}
        key = self._key(path)
        return self._entries.get(key) if key else None

    def put(self, path: Path, data) -> None:
        key = self._key(path)
        try:
            marshal.dumps(data)
        except ValueError:
            return
        if key and self._entries is not None:
            self._entries[key] = data
            self._unsaved = True

    def save(self) -> None:
        if not self._unsaved:
            return
        from newslint.files import write_new

        self._unsaved = False
        # Keep the files that still exist (a test's or an old checkout's packs go), a few hundred at most.
        kept = {key: data for key, data in self._entries.items() if Path(key[0]).is_file()}
        kept = dict(list(kept.items())[-KEPT_FILES:])
        try:
            write_new(self._file(), marshal.dumps(kept))
        except OSError:
            pass


_parsed = _ParsedFiles()
save_parsed = _parsed.save


def kinds() -> dict[str, ModuleType]:
    from newslint.rules.kinds import label, line, pattern, substitution

    return {"pattern": pattern, "line": line, "label": label, "substitution": substitution}


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


class _BuiltOnFirstUse:
    """A bundled rule's check, built when a document first needs it (and its regexes
    compiled later still, when an article holds their literals)."""

    def __init__(self, build, spec):
        self._build, self._spec, self._check = build, spec, None

    def _built(self):
        if self._check is None:
            self._check = self._build(self._spec)
        return self._check

    def __call__(self, doc, options):
        return self._built()(doc, options)

    def applies(self, doc) -> bool:
        return self._built().applies(doc)

    def prepare(self) -> None:
        """Build the check now: its literals join the literal pass (its regexes still
        compile on first use)."""
        self._built()


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
    check = kind.build(spec) if untrusted else _BuiltOnFirstUse(kind.build, spec)
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
